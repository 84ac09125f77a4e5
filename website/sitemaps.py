"""sitemap.xml: every public address in every language, with hreflang alternates."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
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


class ContentSitemap(LanguagesSitemap):
    """Published rows of ``model`` (its QuerySet's published() is the rule)."""

    def __init__(self, model, lastmod_field: str | None = None):
        super().__init__()
        self.model = model
        self.lastmod_field = lastmod_field

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, item):
        return getattr(item, self.lastmod_field) if self.lastmod_field else None


SITEMAPS = {
    "sections": SectionSitemap(),
    "pages": ContentSitemap(Page, "updated"),
    "stories": ContentSitemap(Story, "updated"),
    "news": ContentSitemap(NewsItem, "updated"),
    "organisations": ContentSitemap(Organisation),
    "resources": ContentSitemap(Resource),
}
