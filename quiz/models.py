import hashlib

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.fields import RichTextField
from core.publishing import Publishable, PublishableQuerySet
from core.querysets import TranslatedSlugQuerySet
from quiz import scoring


class QuestionKind(models.TextChoices):
    SINGLE = scoring.SINGLE, _("One answer")
    MULTIPLE = scoring.MULTIPLE, _("Several answers")


class Level(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class QuestionnaireQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    pass


class Questionnaire(Publishable):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=200)
    introduction = RichTextField(_("introduction"), blank=True)
    order = models.PositiveIntegerField(_("order"), default=0)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = QuestionnaireQuerySet.as_manager()

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("quiz:take", kwargs={"slug": self.slug})


class Question(models.Model):
    questionnaire = models.ForeignKey(
        Questionnaire,
        on_delete=models.CASCADE,
        related_name="questions",
        verbose_name=_("questionnaire"),
    )
    text = models.CharField(_("question"), max_length=300)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    kind = models.CharField(
        _("answers"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.text


class Choice(models.Model):
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="choices", verbose_name=_("question")
    )
    text = models.CharField(_("answer"), max_length=200)
    points = models.SmallIntegerField(_("points"), default=0)
    red_flag = models.BooleanField(
        _("red flag now"),
        default=False,
        help_text=_("This answer alone puts the result in the highest band."),
    )
    explanation = models.CharField(
        _("why this answer matters"),
        max_length=400,
        blank=True,
        help_text=_("Shown with the result when this answer was chosen."),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.text


class ResultBand(models.Model):
    questionnaire = models.ForeignKey(
        Questionnaire,
        on_delete=models.CASCADE,
        related_name="bands",
        verbose_name=_("questionnaire"),
    )
    min_score = models.SmallIntegerField(_("from score"))
    max_score = models.SmallIntegerField(_("to score"))
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    title = models.CharField(_("title"), max_length=200)
    advice = RichTextField(_("advice"), blank=True)

    class Meta:
        verbose_name = _("result band")
        verbose_name_plural = _("result bands")
        ordering = ["min_score", "pk"]

    def __str__(self) -> str:
        return f"{self.title} ({self.min_score}–{self.max_score})"


class Loaded:
    """A questionnaire with its questions, answers and bands, loaded in 3 queries,
    and the same as plain data for quiz.scoring."""

    def __init__(self, questionnaire: Questionnaire):
        self.questionnaire = questionnaire
        self.questions = list(questionnaire.questions.prefetch_related("choices"))
        self.bands = list(questionnaire.bands.all())
        self.question_data = [
            scoring.QuestionData(
                q.pk,
                q.kind,
                tuple(scoring.ChoiceData(c.pk, c.points, c.red_flag) for c in q.choices.all()),
            )
            for q in self.questions
        ]
        self.band_data = [scoring.BandData(b.pk, b.min_score, b.max_score) for b in self.bands]
        self.fingerprint = fingerprint(self.question_data)


def fingerprint(questions: list[scoring.QuestionData]) -> str:
    """Changes whenever a question, answer or score changes: a test taken over an
    edit cannot mix two versions."""
    text = repr([(q.id, q.kind, q.choices) for q in questions])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# Anonymous counters for staff: no time finer than a day, no answer sets.
class DailyCompletions(models.Model):
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "day"], name="one_row_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.day}: {self.count}"


class BandCount(models.Model):
    band = models.OneToOneField(ResultBand, on_delete=models.CASCADE, related_name="tally")
    count = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.band_id}: {self.count}"


class ChoiceCount(models.Model):
    choice = models.OneToOneField(Choice, on_delete=models.CASCADE, related_name="tally")
    count = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.choice_id}: {self.count}"


class CompletionNonce(models.Model):
    """A completed test's random nonce, remembered so that a replayed final form
    counts once (quiz.completion_counts). Nothing else: no questionnaire, no
    answer, no time finer than needed to delete it when its state has expired."""

    nonce = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return self.nonce
