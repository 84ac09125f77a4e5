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
    i18n = True
    alternates = True
    x_default = True

    def _urls(self, page, protocol, domain):
        """Django points x-default at the address without a language prefix; here
        every address has one, so x-default is the default language's address
        (as in the pages' own hreflang links)."""
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            by_language = {alt["lang_code"]: alt for alt in url["alternates"]}
            if "x-default" in by_language and settings.LANGUAGE_CODE in by_language:
                by_language["x-default"]["location"] = by_language[settings.LANGUAGE_CODE][
                    "location"
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
