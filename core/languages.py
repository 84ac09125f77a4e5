"""Helpers for models with modeltranslation fields (one column per language)."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Model, Q
from modeltranslation.translator import translator
from modeltranslation.utils import resolution_order


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def fallback_order(language: str) -> tuple[str, ...]:
    """The languages a text is looked for in, ``language`` first
    (MODELTRANSLATION_FALLBACK_LANGUAGES, as modeltranslation resolves it)."""
    return resolution_order(language)


def fallback_language(obj, field: str, language: str) -> str:
    """The language ``field`` is shown in when ``language`` has no text for it;
    '' when it has (templates mark such text with its lang and a note)."""
    if getattr(obj, f"{field}_{language}", None):
        return ""
    for code in fallback_order(language)[1:]:
        if getattr(obj, f"{field}_{code}", None):
            return code
    return ""


def main_fields(model: type[Model]) -> list[str]:
    """The translated fields an object needs before it has a language.

    Those modeltranslation requires for the default language (the translation
    options' ``required_languages``: a list of languages covers every translated
    field, a dict names the fields per language or under "default"), or every
    translated field when none are declared required. In the model's field order.
    """
    options = translator.get_options_for_model(model)
    translated = set(options.all_fields)
    required = options.required_languages
    if isinstance(required, (list, tuple)):
        main = translated if settings.LANGUAGE_CODE in required else set()
    else:
        main = set(required.get(settings.LANGUAGE_CODE, required.get("default", ())))
    main = (main & translated) or translated
    return [field.name for field in model._meta.get_fields() if field.name in main]


def judged_languages(model: type[Model]) -> list[str]:
    """The languages of settings.LANGUAGES whose columns the model has.

    modeltranslation adds a column per language of settings.LANGUAGES when Django
    starts. A language the settings gained later (in a test, with override_settings)
    has no column to look at, so it is left out here rather than reported missing.
    """
    fields = main_fields(model)
    names = {field.name for field in model._meta.get_fields()}
    return [
        code for code in language_codes() if all(f"{field}_{code}" in names for field in fields)
    ]


def _is_empty(value) -> bool:
    return value is None or value == ""


def missing_languages(instance: Model) -> list[str]:
    """The languages in which any of the object's main fields is empty or NULL.

    The same rule as missing_language_q, worked out on an object already loaded.
    """
    model = type(instance)
    fields = main_fields(model)
    return [
        code
        for code in judged_languages(model)
        if any(_is_empty(getattr(instance, f"{field}_{code}")) for field in fields)
    ]


def missing_language_q(model: type[Model], code: str) -> Q:
    """Objects that lack ``code``: any main field's column empty or NULL, in SQL."""
    conditions = []
    for field in main_fields(model):
        column = f"{field}_{code}"
        conditions.append(Q(**{f"{column}__isnull": True}))
        if model._meta.get_field(field).empty_strings_allowed:
            conditions.append(Q(**{column: ""}))
    return reduce(or_, conditions)


def taken_slugs(instance) -> list[str]:
    """The languages whose slug another row of the same model already uses."""
    others = type(instance)._default_manager.exclude(pk=instance.pk)
    return [
        code
        for code in language_codes()
        if (slug := getattr(instance, f"slug_{code}", ""))
        and others.filter(**{f"slug_{code}": slug}).exists()
    ]


def translated_fields(*fields: str) -> list[str]:
    """Every language's column of ``fields``, e.g. for an admin's search_fields."""
    return [f"{field}_{code}" for field in fields for code in language_codes()]
