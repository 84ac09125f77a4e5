"""What every app's admin shares."""

from django.contrib import admin
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from core.languages import judged_languages, missing_language_q, missing_languages


class MissingLanguageFilter(admin.SimpleListFilter):
    """The objects that still lack a language (core.languages: missing_language_q).

    One option per language of settings.LANGUAGES that the model has columns for,
    named in the admin's own language; the filtering happens in the database.
    """

    title = _("Missing a language")
    parameter_name = "missing_language"
    # The title alone: Django's own template would say "By Missing a language".
    template = "admin/missing_language_filter.html"

    def lookups(self, request, model_admin):
        return [
            (code, get_language_info(code)["name_translated"])
            for code in judged_languages(model_admin.model)
        ]

    def queryset(self, request, queryset):
        code = self.value()
        if code not in judged_languages(queryset.model):
            return None  # no choice, or one that is not offered: every object
        return queryset.filter(missing_language_q(queryset.model, code))


class MissingLanguagesMixin:
    """For a translated model's admin: the languages each object still lacks,
    as a column (``missing_languages_display``) and a list filter
    (MissingLanguageFilter); each admin names both in its own lists."""

    @admin.display(description=_("missing languages"))
    def missing_languages_display(self, obj) -> str:
        return ", ".join(code.upper() for code in missing_languages(obj)) or "—"
