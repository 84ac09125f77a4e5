from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from awareness.documents import document_path, validate_pdf
from awareness.models.directory import Language
from core.publishing import Publishable, Status, status_field


class ResourceKind(models.TextChoices):
    STUDY = "study", _("Study")
    REPORT = "report", _("Report")
    LEAFLET = "leaflet", _("Leaflet")
    VIDEO = "video", _("Video")


class Resource(Publishable):
    """A study, report, leaflet or video: an uploaded PDF or a link."""

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        help_text=_("The last part of the web address, for example global-estimates-2021."),
    )
    kind = models.CharField(_("type"), max_length=10, choices=ResourceKind)
    description = models.TextField(_("description"), blank=True)
    document = models.FileField(
        _("PDF document"),
        upload_to=document_path,
        blank=True,
        validators=[validate_pdf],
        help_text=_("A PDF file; or give a link instead."),
    )
    document_size = models.PositiveIntegerField(_("size in bytes"), null=True, editable=False)
    url = models.URLField(_("link"), blank=True, help_text=_("Where to read or watch it."))
    language = models.ForeignKey(
        Language,
        verbose_name=_("language of the document"),
        on_delete=models.PROTECT,
        related_name="resources",
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("The year it was published, if known."),
    )
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    status = status_field(default=Status.PUBLISHED)
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        # Newest first; undated ones last on every database. Indexes in this
        # order, per language, are kept by hand (awareness/list_indexes.py).
        ordering = [F("year").desc(nulls_last=True), "title"]
        # published() with both filters' columns: the list's count and the type
        # and language counts read the index, not the table.
        indexes = [
            models.Index(
                fields=["status", "publish_at", "kind", "language"], name="resource_public"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        replaced = self._stored_document()
        if not self.document:
            self.document_size = None
        elif not self.document._committed:  # a new upload
            self.document_size = self.document.size
        super().save(*args, **kwargs)
        if replaced and replaced != self.document.name:
            # A replaced or removed document leaves the server too, once saved.
            storage = self.document.storage
            transaction.on_commit(lambda: storage.delete(replaced))

    def get_absolute_url(self) -> str:
        return reverse("awareness:resource", kwargs={"slug": self.slug})

    def delete(self, *args, **kwargs):
        stored = self._stored_document()
        result = super().delete(*args, **kwargs)
        if stored:
            storage = self.document.storage
            transaction.on_commit(lambda: storage.delete(stored))
        return result

    def clean(self):
        super().clean()
        if bool(self.document) == bool(self.url):
            raise ValidationError(_("Upload a PDF document or give a link: one of the two."))

    def _stored_document(self) -> str:
        if self.pk is None:
            return ""
        return Resource.objects.filter(pk=self.pk).values_list("document", flat=True).first() or ""

    @property
    def is_pdf(self) -> bool:
        return bool(self.document)
