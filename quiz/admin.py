from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from core.admin import MissingLanguageFilter, MissingLanguagesMixin
from core.publishing import Status
from quiz import scoring
from quiz.admin_statistics import statistics_csv_view, statistics_view
from quiz.models import Choice, Loaded, Question, Questionnaire, ResultBand


def _alive(formset) -> list:
    """The formset's filled-in forms that are not being deleted."""
    return [f for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]


PROBLEM_MESSAGES = {
    scoring.INVERTED: _("the band %(scores)s ends before it starts"),
    scoring.UNCOVERED: _("no band covers the scores %(scores)s"),
    scoring.OVERLAP: _("more than one band covers the scores %(scores)s"),
}


BAND_RULE = _(
    "The result bands must cover every score the answers can add up to, "
    "each score exactly once: %(problems)s."
)


def _band_problems(question_data, band_data) -> str:
    """The bands' problems in words, or '' when they cover every reachable score once."""
    problems = scoring.band_problems(band_data, scoring.reachable_totals(question_data))
    return "; ".join(str(PROBLEM_MESSAGES[kind] % {"scores": scores}) for kind, scores in problems)


def _raise_band_problems(question_data, band_data) -> None:
    if described := _band_problems(question_data, band_data):
        raise ValidationError(BAND_RULE, params={"problems": described})


class BandFormSet(BaseInlineFormSet):
    """Refuse bands that leave a reachable score uncovered or overlap."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        bands = [
            scoring.BandData(index, form.cleaned_data["min_score"], form.cleaned_data["max_score"])
            for index, form in enumerate(_alive(self))
        ]
        if self.instance.pk is None:
            return  # no questions yet: checked again when they are added
        if not bands:
            if self.instance.status == Status.PUBLISHED:
                raise ValidationError(_("A published questionnaire needs result bands."))
            return
        _raise_band_problems(Loaded(self.instance).question_data, bands)


class ChoiceFormSet(BaseInlineFormSet):
    """New points must still fit the questionnaire's bands."""

    def clean(self):
        super().clean()
        if any(self.errors) or self.instance.questionnaire_id is None:
            return
        choices = tuple(
            scoring.ChoiceData(
                index, form.cleaned_data.get("points") or 0, bool(form.cleaned_data.get("red_flag"))
            )
            for index, form in enumerate(_alive(self))
        )
        if not choices:
            raise ValidationError(_("A question needs at least one answer."))
        loaded = Loaded(self.instance.questionnaire)
        kind = self.instance.kind
        questions = [q for q in loaded.question_data if q.id != self.instance.pk]
        questions.append(scoring.QuestionData(self.instance.pk or 0, kind, choices))
        if loaded.band_data:
            _raise_band_problems(questions, loaded.band_data)


class ChoiceInline(TranslationTabularInline):
    model = Choice
    formset = ChoiceFormSet
    extra = 0
    fields = ("text", "points", "red_flag", "explanation", "order")


class QuestionInline(TranslationTabularInline):
    model = Question
    extra = 0
    fields = ("text", "kind", "order", "edit_answers")
    # One answer or several changes the reachable scores: it is set on the
    # question's own page, where its answers and the bands are checked together.
    readonly_fields = ("kind", "edit_answers")
    can_delete = False
    show_change_link = True

    @admin.display(description=_("answers"))
    def edit_answers(self, obj) -> str:
        if not obj.pk:
            return "—"
        url = reverse("admin:quiz_question_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Edit the answers"))


class BandInline(TranslationStackedInline):
    model = ResultBand
    formset = BandFormSet
    extra = 0
    fields = (("min_score", "max_score", "level"), "title", "advice")


@admin.register(Questionnaire)
class QuestionnaireAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    list_display = (
        "title",
        "status",
        "order",
        "statistics_link",
        "updated",
        "missing_languages_display",
    )
    list_filter = ("status", MissingLanguageFilter)
    search_fields = [f"title_{code}" for code, _n in settings.LANGUAGES]
    prepopulated_fields = {"slug": ("title",)}
    inlines = [QuestionInline, BandInline]

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/statistics/", view(statistics_view), name="quiz_statistics"),
            path("<int:pk>/statistics.csv", view(statistics_csv_view), name="quiz_statistics_csv"),
            *super().get_urls(),
        ]

    @admin.display(description=_("statistics"))
    def statistics_link(self, obj) -> str:
        url = reverse("admin:quiz_statistics", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("View"))


@admin.register(Question)
class QuestionAdmin(MissingLanguagesMixin, TabbedTranslationAdmin):
    list_display = ("text", "questionnaire", "kind", "order", "missing_languages_display")
    list_filter = ("questionnaire", "kind", MissingLanguageFilter)
    list_select_related = ("questionnaire",)
    search_fields = [f"text_{code}" for code, _n in settings.LANGUAGES]
    inlines = [ChoiceInline]

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        # Questions are deleted one at a time, on their own page, where the bands
        # are checked against the scores left.
        actions = super().get_actions(request, action_location)
        actions.pop("delete_selected", None)
        return actions

    def delete_view(self, request, object_id, extra_context=None):
        question = self.get_object(request, object_id)
        if question is not None:
            loaded = Loaded(question.questionnaire)
            rest = [q for q in loaded.question_data if q.id != question.pk]
            if described := _band_problems(rest, loaded.band_data):
                message = _(
                    "This question cannot be deleted yet. Without it, %(problems)s. "
                    "Change the result bands first, then delete the question."
                )
                self.message_user(request, message % {"problems": described}, messages.ERROR)
                return redirect("admin:quiz_question_change", question.pk)
        return super().delete_view(request, object_id, extra_context)
