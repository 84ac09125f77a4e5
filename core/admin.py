"""What every app's admin shares."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.languages import missing_languages


class MissingLanguagesMixin:
    """A column naming the languages an object still lacks (translation work)."""

    @admin.display(description=_("missing languages"))
    def missing_languages_display(self, obj) -> str:
        return ", ".join(code.upper() for code in missing_languages(obj)) or "—"
