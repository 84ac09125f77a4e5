from uuid import uuid4

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.fields import RichTextField
from core.languages import taken_slugs
from core.models import Term
from core.publishing import Publishable, PublishableQuerySet, status_field
from core.querysets import TranslatedSlugQuerySet
from stories.images import renditions, validate_image


class ExploitationForm(Term):
    class Meta(Term.Meta):
        verbose_name = _("form of exploitation")
        verbose_name_plural = _("forms of exploitation")


class RecruitmentMethod(Term):
    class Meta(Term.Meta):
        verbose_name = _("recruitment method")
        verbose_name_plural = _("recruitment methods")


class StoryStatus(models.TextChoices):
    """Publishable's steps with one between: a colleague reads a story before it goes out."""

    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")


class AgeGroup(models.TextChoices):
    UNDER_18 = "under-18", _("under 18")
    FROM_18 = "18-25", _("18–25")
    FROM_26 = "26-35", _("26–35")
    FROM_36 = "36-50", _("36–50")
    OVER_50 = "over-50", _("over 50")


# The rule, once, for the database: a published story has its consent and its
# anonymisation check recorded.
RECORDED = Q(consent_recorded_at__isnull=False, anonymised_at__isnull=False)


class StoryQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    def publishable(self):
        return self.filter(RECORDED)


def illustration_path(instance, filename: str) -> str:
    # Never keep the uploaded file's name: it may name a person or a place.
    return f"stories/{uuid4().hex}.webp"


class Story(Publishable):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=200)
    pseudonym = models.CharField(
        _("pseudonym"), max_length=60, help_text=_("A changed first name, never the real one.")
    )
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("story"), blank=True)
    forms = models.ManyToManyField(
        ExploitationForm, verbose_name=_("forms of exploitation"), related_name="stories"
    )
    recruitment = models.ManyToManyField(
        RecruitmentMethod, verbose_name=_("how the person was recruited"), related_name="stories"
    )
    destination = CountryField(_("destination country"), blank=True)
    period_start = models.PositiveSmallIntegerField(_("from year"))
    period_end = models.PositiveSmallIntegerField(
        _("to year"), null=True, blank=True, help_text=_("Leave empty for a single year.")
    )
    age_group = models.CharField(_("age group"), max_length=10, choices=AgeGroup.choices)
    is_composite = models.BooleanField(
        _("illustrative composite"),
        default=True,
        help_text=_("Shown on the page: the story combines several real cases."),
    )
    featured = models.BooleanField(_("featured on the home page"), default=False)
    illustration = models.ImageField(
        _("illustration"),
        upload_to=illustration_path,
        blank=True,
        validators=[validate_image],
        width_field="illustration_width",
        height_field="illustration_height",
        help_text=_(
            "JPEG, PNG or WebP up to 5 MB. All metadata (place, camera, author) is removed."
        ),
    )
    illustration_width = models.PositiveIntegerField(null=True, editable=False)
    illustration_height = models.PositiveIntegerField(null=True, editable=False)
    illustration_small = models.ImageField(
        upload_to=illustration_path,
        blank=True,
        editable=False,
        width_field="illustration_small_width",
        height_field="illustration_small_height",
    )
    illustration_small_width = models.PositiveIntegerField(null=True, editable=False)
    illustration_small_height = models.PositiveIntegerField(null=True, editable=False)
    illustration_alt = models.CharField(
        _("illustration text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )

    status = status_field(StoryStatus, default=StoryStatus.DRAFT)
    # Staff only: never rendered to visitors.
    source = models.TextField(_("source"), blank=True)
    consent_recorded_at = models.DateTimeField(_("consent recorded"), null=True, editable=False)
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("consent recorded by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    anonymised_at = models.DateTimeField(
        _("identifying details removed"), null=True, editable=False
    )
    anonymised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("identifying details checked by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    internal_notes = models.TextField(_("internal notes"), blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = StoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        # Rows without a time yet (drafts) first on every database.
        ordering = [F("publish_at").desc(nulls_first=True), "-pk"]
        # The public list's order and the published() rule (status, then
        # publish_at) in one index: the page, the count and the filter counts
        # read it instead of the table; the home page's featured stories too.
        indexes = [
            models.Index(fields=["status", "-publish_at", "-id"], name="story_public_order"),
            models.Index(
                fields=["featured", "status", "-publish_at", "-id"], name="story_featured_order"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=StoryStatus.PUBLISHED) | RECORDED,
                name="story_published_needs_consent_and_anonymisation",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if self.illustration and not self.illustration._committed:
            self._reencode_illustration()
        elif not self.illustration and self.illustration_small:
            self._remove_illustration_files()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("stories:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        status_errors = []
        if self.status == StoryStatus.PUBLISHED and self.stored_status() == StoryStatus.DRAFT:
            status_errors.append(
                _(
                    "A story is read in review before it is published: choose “In review” "
                    "first, and publish it once a colleague has read it."
                )
            )
        if self.status == StoryStatus.PUBLISHED and not (
            self.consent_recorded_at and self.anonymised_at
        ):
            status_errors.append(
                _(
                    "A story can be published only after the person's consent and the check "
                    "that identifying details are removed have both been recorded."
                )
            )
        if status_errors:
            errors["status"] = status_errors
        if self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("The period cannot end before it starts.")
        for code in taken_slugs(self):
            errors[f"slug_{code}"] = _("Another story already uses this address.")
        if self.illustration and not self.illustration_alt:
            errors["illustration_alt"] = _("Describe the picture for people who cannot see it.")
        if errors:
            raise ValidationError(errors)

    def stored_status(self) -> str:
        """The status as saved (a new story starts as a draft)."""
        if self.pk is None:
            return StoryStatus.DRAFT
        stored = Story.objects.filter(pk=self.pk).values_list("status", flat=True).first()
        return stored or StoryStatus.DRAFT

    def _remove_illustration_files(self) -> None:
        """Removed in the admin: both stored files go, not just the reference."""
        stored = Story.objects.filter(pk=self.pk).values_list("illustration", flat=True).first()
        if stored:
            self.illustration.storage.delete(stored)
        self.illustration_small.delete(save=False)
        self.illustration_small_width = self.illustration_small_height = None

    def _reencode_illustration(self) -> None:
        """Store only metadata-free renditions; the upload itself is never written."""
        small, large = renditions(self.illustration.file)
        self.illustration.save("x.webp", large.content, save=False)
        self.illustration_small.save("x.webp", small.content, save=False)
        # The sizes are known from the renditions: no need to open the files again.
        self.illustration_width, self.illustration_height = large.width, large.height
        self.illustration_small_width = small.width
        self.illustration_small_height = small.height

    @property
    def period(self) -> str:
        if self.period_end and self.period_end != self.period_start:
            return f"{self.period_start}–{self.period_end}"
        return str(self.period_start)


class WarningSign(models.Model):
    story = models.ForeignKey(
        Story, on_delete=models.CASCADE, related_name="warning_signs", verbose_name=_("story")
    )
    text = models.CharField(_("warning sign"), max_length=200)
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("warning sign")
        verbose_name_plural = _("warning signs")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.text
