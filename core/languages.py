"""Helpers for models with modeltranslation fields (one column per language)."""

from django.conf import settings


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def fallback_order(language: str) -> tuple[str, ...]:
    """The languages a text is looked for in, ``language`` first
    (MODELTRANSLATION_FALLBACK_LANGUAGES, as modeltranslation resolves it)."""
    from modeltranslation.utils import resolution_order

    return resolution_order(language)


def missing_languages(instance, field: str = "body") -> list[str]:
    """The languages in which ``field`` is still empty."""
    return [code for code in language_codes() if not getattr(instance, f"{field}_{code}", "")]


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
