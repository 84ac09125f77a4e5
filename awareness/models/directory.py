from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from awareness.models.pages import dial_validator
from core.models import Source, Term
from core.publishing import Publishable, Status, status_field


class Service(Term):
    class Meta(Term.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")


class City(Term):
    class Meta(Term.Meta):
        verbose_name = _("city or place")
        verbose_name_plural = _("cities and places")


class Language(Term):
    """A language people speak or a document is written in; the key is its ISO code."""

    class Meta(Term.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")


class Organisation(Publishable, Source):
    """An organisation in the help directory."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        help_text=_("The last part of the web address, for example klaipedos-centras."),
    )
    description = models.TextField(_("what it does"))
    services = models.ManyToManyField(
        Service, verbose_name=_("services"), related_name="organisations", blank=True
    )
    city = models.ForeignKey(
        City,
        verbose_name=_("city or place"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    phone = models.CharField(
        _("phone as shown"),
        max_length=40,
        blank=True,
        help_text=_("As people read it, for example 8 800 91119."),
    )
    tel = models.CharField(
        _("phone to dial"),
        max_length=20,
        blank=True,
        validators=[dial_validator],
        help_text=_("Used for the tap-to-call link, for example +37080091119."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages spoken"), related_name="organisations", blank=True
    )
    checked = models.DateField(
        _("contact details checked on"),
        null=True,
        blank=True,
        help_text=_("When someone last made sure the contact details are right."),
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    status = status_field(default=Status.PUBLISHED)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["order", "name"]
        # published() with the city: the directory's count and city counts read
        # the index, not the table; the list is read in its order.
        indexes = [
            models.Index(fields=["status", "publish_at", "city"], name="organisation_public"),
            models.Index(fields=["order"], name="organisation_order"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("awareness:organisation", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if bool(self.phone) != bool(self.tel):
            raise ValidationError(
                _("Fill in both the phone as shown and the phone to dial, or neither.")
            )
