from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from quiz.models import Choice, Question, Questionnaire, ResultBand

REQUIRED = (settings.LANGUAGE_CODE,)


@register(Questionnaire)
class QuestionnaireTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "introduction")
    required_languages = {settings.LANGUAGE_CODE: ("title", "slug")}


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("text", "help_text")
    required_languages = {settings.LANGUAGE_CODE: ("text",)}


@register(Choice)
class ChoiceTranslationOptions(TranslationOptions):
    fields = ("text", "explanation")
    required_languages = {settings.LANGUAGE_CODE: ("text",)}


@register(ResultBand)
class ResultBandTranslationOptions(TranslationOptions):
    fields = ("title", "advice")
    required_languages = {settings.LANGUAGE_CODE: ("title",)}
