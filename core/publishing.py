"""One publication rule for every kind of content visitors can see.

A publishable row has a ``status`` and a ``publish_at`` time. It is public when
its status is "published" and its publish time, if it has one, has come:
``published()`` says so to the database, ``is_public`` for a row already loaded.
An empty time means "as soon as it is published" (so rows written by
bulk_create() or update() are not hidden by a missing time); save() fills it in
with the moment a row is saved as published, which then dates it. A future time
schedules it.

Staff who may edit a model see its unpublished rows through the same detail
views (``StaffPreviewMixin``): a preview, never cached.
"""

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


PUBLISHED = Status.PUBLISHED.value  # what published() asks for, whatever a model's choices


def status_field(choices: type[models.TextChoices] = Status, default: str = Status.DRAFT):
    """The ``status`` field; a model with other steps (stories) or that is
    published by default overrides ``Publishable.status`` with its own call."""
    return models.CharField(_("status"), max_length=10, choices=choices, default=default)


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What visitors may see: published, and its publish time (if any) has come."""
        due = Q(publish_at__isnull=True) | Q(publish_at__lte=timezone.now())
        return self.filter(due, status=PUBLISHED)

    def hidden(self):
        """What published() leaves out (drafts, rows in review, scheduled rows),
        asked so that the (status, publish_at) index finds it."""
        statuses = self.model._meta.get_field("status").choices
        others = [value for value, _label in statuses if value != PUBLISHED]
        scheduled = Q(status=PUBLISHED, publish_at__gt=timezone.now())
        return self.filter(Q(status__in=others) | scheduled)

    def publish(self) -> int:
        """Publish every row (admin actions); a row without a publish time is
        public from now on (save() fills it in), a scheduled one stays scheduled."""
        return self.set_status(PUBLISHED)

    def set_status(self, status: str) -> int:
        """Give every row this status, one save() per row rather than one
        update(): the audit trail records each change with who made it."""
        count = 0
        with transaction.atomic():
            for row in self:
                row.status = status
                row.save(update_fields=["status"])  # and publish_at, see save()
                count += 1
        return count


class Publishable(models.Model):
    status = status_field()
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("Empty: as soon as it is published. A future time schedules it."),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.status == PUBLISHED and self.publish_at is None:
            self.publish_at = timezone.now()
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "publish_at"}
        super().save(*args, **kwargs)

    @property
    def is_public(self) -> bool:
        """What published() selects, for one row already loaded."""
        return self.status == PUBLISHED and (
            self.publish_at is None or self.publish_at <= timezone.now()
        )


class StaffPreviewMixin:
    """A DetailView of a Publishable model: visitors get ``published()``; staff
    who may change the model see every row, with a ``preview`` note in the
    context when it is not public, and the response is never cached."""

    http_method_names = ["get", "head"]  # reading only, as require_safe allowed

    @cached_property
    def previewing(self) -> bool:
        meta = self.model._meta
        return self.request.user.has_perm(f"{meta.app_label}.change_{meta.model_name}")

    def get_queryset(self):
        rows = super().get_queryset()
        return rows if self.previewing else rows.published()

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | {"preview": not self.object.is_public}

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.previewing:  # a page that may show a draft never sits in a shared cache
            add_never_cache_headers(response)
        return response
