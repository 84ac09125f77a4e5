from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import Source
from core.publishing import Publishable, Status, status_field

YEAR = [MinValueValidator(1900), MaxValueValidator(2100)]


class Display(models.TextChoices):
    BARS = "bars", _("Bar chart (figures with the same unit)")
    NUMBERS = "numbers", _("Key figures")


class Theme(Publishable):
    """A group of figures shown together, as one chart or as key figures."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("key"), max_length=60, unique=True)
    description = models.TextField(
        _("description"),
        help_text=_("What the figures show, in a sentence or two; screen readers read it too."),
    )
    display = models.CharField(_("shown as"), max_length=10, choices=Display, default=Display.BARS)
    order = models.PositiveIntegerField(_("order"), default=0)
    status = status_field(default=Status.PUBLISHED)

    class Meta:
        verbose_name = _("theme of facts and figures")
        verbose_name_plural = _("facts and figures")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.title


class Figure(Source):
    """One statistic: a labelled value with its unit, year and source."""

    theme = models.ForeignKey(
        Theme, verbose_name=_("theme"), on_delete=models.CASCADE, related_name="figures"
    )
    label = models.CharField(_("label"), max_length=200)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    unit = models.CharField(
        _("unit"), max_length=60, blank=True, help_text=_("For example: %, million people.")
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=YEAR, help_text=_("Empty when not known.")
    )
    year_end = models.PositiveSmallIntegerField(
        _("last year of the period"),
        null=True,
        blank=True,
        validators=YEAR,
        help_text=_("For a figure that covers several years, for example 2020–2022."),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"{self.label}: {self.value} {self.unit}".strip()

    def clean(self):
        super().clean()
        if self.value is not None and self.value < 0:
            raise ValidationError({"value": _("A figure cannot be negative.")})
        if self.year_end and not self.year:
            raise ValidationError({"year": _("Give the first year of the period too.")})
        if self.year_end and self.year and self.year_end < self.year:
            raise ValidationError({"year_end": _("The period cannot end before it starts.")})

    @property
    def period(self) -> str:
        if self.year and self.year_end and self.year_end != self.year:
            return f"{self.year}–{self.year_end}"
        return str(self.year or "")
