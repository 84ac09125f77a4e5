from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.fields import RichTextField
from core.languages import language_codes, taken_slugs
from core.models import Source
from core.publishing import Publishable, PublishableQuerySet
from core.querysets import TranslatedSlugQuerySet


class NewsKind(models.TextChoices):
    NEWS = "news", _("News")
    EVENT = "event", _("Event")


class NewsQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    def newest(self):
        return self.published().order_by(F("publish_at").desc(nulls_first=True), "-pk")


class NewsItem(Publishable, Source):
    """A news item or an event (an event has a date and a place)."""

    kind = models.CharField(_("kind"), max_length=10, choices=NewsKind, default=NewsKind.NEWS)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("address"),
        max_length=200,
        help_text=_("The last part of the web address: lower-case letters, numbers and hyphens."),
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences shown in lists."))
    body = RichTextField(_("text"), blank=True)
    event_start = models.DateTimeField(_("event starts"), null=True, blank=True)
    event_end = models.DateTimeField(_("event ends"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = NewsQuerySet.as_manager()

    class Meta:
        verbose_name = _("news item or event")
        verbose_name_plural = _("news and events")
        # Rows without a time yet (drafts) first on every database.
        ordering = [F("publish_at").desc(nulls_first=True), "-pk"]
        # The list's order with the published() rule; the kind filter's list and
        # counts; the upcoming events.
        indexes = [
            models.Index(fields=["status", "-publish_at", "-id"], name="news_public_order"),
            models.Index(fields=["status", "kind", "-publish_at", "-id"], name="news_kind_order"),
            models.Index(fields=["kind", "event_start"], name="news_upcoming"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("awareness:news-detail", kwargs={"slug": self.slug})

    @property
    def is_event(self) -> bool:
        return self.kind == NewsKind.EVENT

    def clean(self):
        super().clean()
        errors = {
            f"slug_{code}": _("Another news item already uses this address.")
            for code in taken_slugs(self)
        }
        if self.kind == NewsKind.EVENT and not self.event_start:
            errors["event_start"] = _("An event needs the date it starts.")
        places = [getattr(self, f"place_{code}", "") for code in language_codes()]
        if self.kind == NewsKind.NEWS and (self.event_start or self.event_end or any(places)):
            errors["kind"] = _(
                "Only events have a date and a place: choose “Event”, or clear those fields."
            )
        if self.event_start and self.event_end and self.event_end < self.event_start:
            errors["event_end"] = _("The event cannot end before it starts.")
        if errors:
            raise ValidationError(errors)
