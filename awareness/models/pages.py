from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.fields import RichTextField
from core.languages import language_codes, taken_slugs
from core.publishing import Publishable, PublishableQuerySet
from core.querysets import TranslatedSlugQuerySet


class PageQuerySet(TranslatedSlugQuerySet, PublishableQuerySet):
    def menu(self):
        return self.published().order_by("menu_order", "pk")


class Page(Publishable):
    """An informational page; ``parent`` gives the two-level menu."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("address"),
        max_length=200,
        help_text=_(
            "The last part of the page's web address: lower-case letters, "
            "numbers and hyphens, for example kas-yra-prekyba-zmonemis."
        ),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in lists.")
    )
    body = RichTextField(_("text"), blank=True)
    meta_description = models.CharField(
        _("description for search engines"),
        max_length=160,
        blank=True,
        help_text=_("Up to 160 characters; the summary is used when empty."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent page"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        help_text=_("Leave empty for a page in the main menu."),
    )
    menu_order = models.PositiveIntegerField(
        _("menu order"), default=0, help_text=_("Smaller numbers come first.")
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["menu_order", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("awareness:page", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.parent_id and (self.parent.parent_id or self.parent_id == self.pk):
            raise ValidationError(
                {"parent": _("Choose a page from the main menu: the menu has only two levels.")}
            )
        if self.pk and self.parent_id and self.children.exists():
            raise ValidationError(
                {"parent": _("This page has its own sub-pages, so it must stay in the main menu.")}
            )
        self._validate_slugs()

    def _validate_slugs(self) -> None:
        errors = {
            f"slug_{code}": _("Another page already uses this address.")
            for code in taken_slugs(self)
        }
        for code in language_codes():
            slug = getattr(self, f"slug_{code}", "")
            if slug and f"slug_{code}" not in errors and not _is_free_page_path(slug, code):
                errors[f"slug_{code}"] = _(
                    "This address is used by another part of the site. Please choose another one."
                )
        if errors:
            raise ValidationError(errors)


def _is_free_page_path(slug: str, language: str) -> bool:
    """True when /<language>/<slug>/ would reach the page view, not another view,
    and ``slug`` is no section's path segment in any other language either
    (a page "pomoshch" would read as the Russian help section's address)."""
    for code in [language, *(c for c in language_codes() if c != language)]:
        with translation.override(code):
            try:
                match = resolve(f"/{code}/{slug}/")
            except Resolver404:
                if code == language:
                    return False
                continue
        if match.view_name != "awareness:page":
            return False
    return True


dial_validator = RegexValidator(
    r"^\+?[0-9]{3,15}$",
    _("Digits only, optionally starting with +, for example +37080091119."),
)


class Hotline(models.Model):
    """A phone line shown on every page; staff keep numbers and hours current."""

    name = models.CharField(_("name"), max_length=120)
    number = models.CharField(
        _("number as shown"),
        max_length=40,
        help_text=_("As people read it, for example 8 800 91119."),
    )
    tel = models.CharField(
        _("number to dial"),
        max_length=20,
        validators=[dial_validator],
        help_text=_("Used for the tap-to-call link, for example +37080091119."),
    )
    hours = models.CharField(
        _("opening hours"),
        max_length=120,
        blank=True,
        help_text=_("For example: 24/7, free of charge."),
    )
    description = models.CharField(_("short description"), max_length=200, blank=True)
    languages = models.ManyToManyField(
        "awareness.Language",
        verbose_name=_("languages it answers in"),
        related_name="hotlines",
        blank=True,
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    active = models.BooleanField(_("shown on the site"), default=True)

    class Meta:
        verbose_name = _("hotline")
        verbose_name_plural = _("hotlines")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.number})"

    def answers_in(self) -> list[str]:
        """The names of the languages it answers in, in the current language
        (prefetch ``languages`` for a list)."""
        return [language.name for language in self.languages.all()]


class HomePage(models.Model):
    """The home page's own words; there is only ever one row (pk=1)."""

    intro_title = models.CharField(_("heading"), max_length=200)
    intro = RichTextField(_("introduction"), blank=True)
    test_title = models.CharField(_("risk test call: heading"), max_length=200, blank=True)
    test_text = models.TextField(_("risk test call: text"), blank=True)
    test_link_label = models.CharField(_("risk test call: button"), max_length=80, blank=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home page")

    def __str__(self) -> str:
        return str(_("Home page"))

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def load(cls) -> "HomePage | None":
        return cls.objects.filter(pk=1).first()
