"""The sitemap: every public address in every language, with hreflang alternates.

/sitemap.xml is an index of one sitemap per kind of content
(/sitemap-<section>.xml), each in pages of ``limit`` addresses (?p=2, ...): 100
rows in four languages. No request reads or writes more than one page, however
large the site grows.
"""

from collections.abc import Sequence

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max
from django.urls import reverse

from awareness.models import NewsItem, Organisation, Page, Resource
from stories.models import Story

SECTIONS = (
    "website:home",
    "awareness:help",
    "awareness:news",
    "awareness:resources",
    "awareness:facts",
    "stories:list",
    "quiz:index",
    "consultations:ask",
)


class LanguagesSitemap(Sitemap):
    """Every address in every language, each naming its translations and a default.

    Django's own x_default would point at the address without a language prefix;
    here every address has one, so x-default is the default language's address (as
    in the pages' own hreflang links). It is added to the documented ``alternates``
    list (dicts of ``location`` and ``lang_code``) of each URL that get_urls() gives
    the sitemap view.
    """

    i18n = True
    alternates = True

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            default = [a for a in url["alternates"] if a["lang_code"] == settings.LANGUAGE_CODE]
            url["alternates"] += [
                {"location": a["location"], "lang_code": "x-default"} for a in default
            ]
        return urls


class SectionSitemap(LanguagesSitemap):
    def items(self):
        return SECTIONS

    def location(self, item: str) -> str:
        return reverse(item)


class RowsInEveryLanguage(Sequence):
    """The (row, language) pairs Django's sitemap pages through when i18n is on,
    read from the database a page at a time (Django's own list would hold every
    row of the table in every language)."""

    def __init__(self, queryset, languages: list[str]):
        self.queryset = queryset
        self.languages = languages
        self._rows: int | None = None

    def count(self) -> int:  # the Paginator asks this, once per request
        if self._rows is None:
            self._rows = self.queryset.count()
        return self._rows * len(self.languages)

    __len__ = count

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(len(self))
        each = len(self.languages)
        first = start // each
        rows = self.queryset[first : -(-stop // each)]
        pairs = [(row, language) for row in rows for language in self.languages]
        return pairs[start - first * each : stop - first * each]


class ContentSitemap(LanguagesSitemap):
    """Published rows of ``model`` (its QuerySet's published() is the rule),
    ``limit`` addresses per sitemap page, reading only the columns an address needs."""

    limit = 400

    def __init__(self, model, lastmod_field: str | None = None):
        super().__init__()
        self.model = model
        self.lastmod_field = lastmod_field

    def items(self):
        codes = [code for code, _name in settings.LANGUAGES]
        names = {field.name for field in self.model._meta.concrete_fields}
        slugs = [f"slug_{code}" for code in codes if f"slug_{code}" in names] or ["slug"]
        columns = ["pk", *slugs, *([self.lastmod_field] if self.lastmod_field else [])]
        return self.model.objects.published().order_by("pk").only(*columns)

    @property
    def paginator(self):
        return Paginator(RowsInEveryLanguage(self.items(), self._languages()), self.limit)

    def lastmod(self, item):
        return getattr(item, self.lastmod_field) if self.lastmod_field else None

    def get_latest_lastmod(self):
        """For the index: one aggregate query, not every row."""
        if not self.lastmod_field:
            return None
        return self.items().aggregate(latest=Max(self.lastmod_field))["latest"]


SITEMAPS = {
    "sections": SectionSitemap(),
    "pages": ContentSitemap(Page, "updated"),
    "stories": ContentSitemap(Story, "updated"),
    "news": ContentSitemap(NewsItem, "updated"),
    "organisations": ContentSitemap(Organisation),
    "resources": ContentSitemap(Resource),
}
