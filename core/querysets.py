from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_language

from core.languages import fallback_order


class TranslatedSlugQuerySet(models.QuerySet):
    def with_slug(self, slug: str, language: str):
        """Rows whose slug in ``language`` is ``slug`` or, where that slug is
        empty, whose slug in a fallback language is (as their links are built)."""
        condition = Q(**{f"slug_{language}": slug})
        empty = Q(**{f"slug_{language}": ""}) | Q(**{f"slug_{language}__isnull": True})
        for fallback in fallback_order(language)[1:]:
            condition |= empty & Q(**{f"slug_{fallback}": slug})
        return self.filter(condition)


class TranslatedSlugMixin:
    """A DetailView that finds its object by the slug in the page's language
    (``with_slug``, falling back as links do)."""

    def get_object(self, queryset=None):
        rows = self.get_queryset() if queryset is None else queryset
        found = rows.with_slug(self.kwargs[self.slug_url_kwarg], get_language()).first()
        if found is None:
            raise Http404
        return found
