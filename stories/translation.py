from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from stories.models import ExploitationForm, RecruitmentMethod, Story, WarningSign

REQUIRED = (settings.LANGUAGE_CODE,)


@register(Story)
class StoryTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "pseudonym", "summary", "body", "illustration_alt")
    required_languages = {settings.LANGUAGE_CODE: ("title", "slug", "pseudonym")}


@register(ExploitationForm)
class ExploitationFormTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = REQUIRED


@register(RecruitmentMethod)
class RecruitmentMethodTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = REQUIRED


@register(WarningSign)
class WarningSignTranslationOptions(TranslationOptions):
    fields = ("text",)
    required_languages = REQUIRED
