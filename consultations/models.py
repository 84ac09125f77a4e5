from django.conf import settings
from django.db import models
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_TEXT = 4000


class Topic(models.TextChoices):
    JOB_OFFER = "job-offer", _("A job offer abroad")
    EXPLOITED = "exploited", _("I think I am being exploited")
    SOMEONE = "someone", _("Someone I know")
    OTHER = "other", _("Something else")


class ConsultationStatus(models.TextChoices):
    NEW = "new", _("New")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class ConsultationQuerySet(models.QuerySet):
    def expired(self, days: int):
        """Closed more than ``days`` ago: due for deletion."""
        cutoff = timezone.now() - timezone.timedelta(days=days)
        return self.filter(status=ConsultationStatus.CLOSED, closed_at__lt=cutoff)

    def answered_and_quiet(self, days: int):
        """Answered, with no new message (from either side) for more than ``days``: due to close."""
        cutoff = timezone.now() - timezone.timedelta(days=days)
        return (
            self.filter(status=ConsultationStatus.ANSWERED)
            .annotate(last_activity=Coalesce(Max("messages__created"), "created"))
            .filter(last_activity__lt=cutoff)
        )


class Consultation(models.Model):
    """An anonymous question. The visitor's reference code is kept only as a hash."""

    code_hash = models.CharField(max_length=64, unique=True, editable=False)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    language = models.CharField(_("answer in"), max_length=10, choices=settings.LANGUAGES)
    contact = models.CharField(_("contact (optional)"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ConsultationStatus.choices,
        default=ConsultationStatus.NEW,
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("consultant"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("received"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)

    objects = ConsultationQuerySet.as_manager()

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ["-created"]

    def __str__(self) -> str:
        return _("Consultation no. %(number)s") % {"number": self.pk}

    def save(self, *args, **kwargs):
        if self.status == ConsultationStatus.CLOSED and self.closed_at is None:
            self.closed_at = timezone.now()
        elif self.status != ConsultationStatus.CLOSED:
            self.closed_at = None
        super().save(*args, **kwargs)


class Message(models.Model):
    class Author(models.TextChoices):
        VISITOR = "visitor", _("Visitor")
        STAFF = "staff", _("Consultant")

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="messages"
    )
    author = models.CharField(
        _("from"), max_length=10, choices=Author.choices, default=Author.STAFF
    )
    staff_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("message"), max_length=MAX_TEXT)
    created = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created", "pk"]

    def __str__(self) -> str:
        return f"{self.get_author_display()}, {self.created:%Y-%m-%d %H:%M}"
