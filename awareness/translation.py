from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from awareness.models import (
    City,
    Figure,
    HomePage,
    Hotline,
    Language,
    NewsItem,
    Organisation,
    Page,
    Resource,
    Service,
    Theme,
)


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "meta_description")
    # Only the default language is required; the others fall back to it.
    required_languages = (settings.LANGUAGE_CODE,)


@register(Hotline)
class HotlineTranslationOptions(TranslationOptions):
    fields = ("name", "hours", "description")
    required_languages = (settings.LANGUAGE_CODE,)


@register(HomePage)
class HomePageTranslationOptions(TranslationOptions):
    fields = ("intro_title", "intro", "test_title", "test_text", "test_link_label")
    required_languages = (settings.LANGUAGE_CODE,)


REQUIRED = (settings.LANGUAGE_CODE,)


@register([Service, City, Language])
class TermTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = REQUIRED


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "description", "opening_hours", "source")
    required_languages = {settings.LANGUAGE_CODE: ("name", "description")}


@register(NewsItem)
class NewsItemTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "place", "source")
    required_languages = {settings.LANGUAGE_CODE: ("title", "slug", "summary")}


@register(Resource)
class ResourceTranslationOptions(TranslationOptions):
    fields = ("title", "description", "publisher")
    required_languages = {settings.LANGUAGE_CODE: ("title",)}


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = REQUIRED


@register(Figure)
class FigureTranslationOptions(TranslationOptions):
    fields = ("label", "unit", "source")
    required_languages = {settings.LANGUAGE_CODE: ("label",)}
