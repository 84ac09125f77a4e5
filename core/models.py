from django.db import models
from django.utils.translation import gettext_lazy as _


class Term(models.Model):
    """A staff-editable taxonomy entry; ``slug`` is the stable key in filter links."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_(
            "A short key in plain Latin letters, used in filter links (for a language: its "
            "code, such as lt or en). Change it only if you must: old links stop working."
        ),
    )
    order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.name


class Source(models.Model):
    """Where a fact or contact detail comes from; the site cites it beside the content."""

    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("Who published it, for example: IOM Lithuania, 2024."),
    )
    source_url = models.URLField(_("source link"), blank=True)

    class Meta:
        abstract = True


class ContentVersion(models.Model):
    """One row: the version of everything readers see (core/pagecache.py).

    A new random ``token`` is written whenever staff change public content;
    cached pages drawn under another token are no longer served. ``changes_at``
    is when the next scheduled publication falls due (seconds since the epoch),
    when the version goes out of date by itself."""

    token = models.CharField(max_length=32)
    changes_at = models.FloatField(null=True, blank=True)

    def __str__(self) -> str:
        return self.token
