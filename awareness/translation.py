from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from awareness.models import HomePage, Hotline, Page


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
