from django.conf import settings
from django.db import models
from django.db.models import Q


class TranslatedSlugQuerySet(models.QuerySet):
    def with_slug(self, slug: str, language: str):
        """Rows whose slug in ``language`` is ``slug`` or, where that slug is
        empty, whose slug in a fallback language is (as their links are built)."""
        condition = Q(**{f"slug_{language}": slug})
        empty = Q(**{f"slug_{language}": ""}) | Q(**{f"slug_{language}__isnull": True})
        for fallback in settings.MODELTRANSLATION_FALLBACK_LANGUAGES:
            if fallback != language:
                condition |= empty & Q(**{f"slug_{fallback}": slug})
        return self.filter(condition)
