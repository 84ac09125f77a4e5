"""What every app's admin shares."""

from datetime import UTC

from auditlog.admin import LogEntryAdmin
from auditlog.models import LogEntry
from auditlog.render import get_field_verbose_name
from axes.models import AccessFailureLog, AccessLog
from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator, capfirst
from django.utils.translation import get_language_info, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.languages import judged_languages, missing_language_q, missing_languages
from core.signin import reset_second_step


class MissingLanguageFilter(admin.SimpleListFilter):
    """The objects that still lack a language (core.languages: missing_language_q).

    One option per language of settings.LANGUAGES that the model has columns for,
    named in the admin's own language; the filtering happens in the database.
    """

    title = _("Missing a language")
    parameter_name = "missing_language"
    # The title alone: Django's own template would say "By Missing a language".
    template = "admin/missing_language_filter.html"

    def lookups(self, request, model_admin):
        return [
            (code, get_language_info(code)["name_translated"])
            for code in judged_languages(model_admin.model)
        ]

    def queryset(self, request, queryset):
        code = self.value()
        if code not in judged_languages(queryset.model):
            return None  # no choice, or one that is not offered: every object
        return queryset.filter(missing_language_q(queryset.model, code))


class MissingLanguagesMixin:
    """For a translated model's admin: the languages each object still lacks,
    as a column (``missing_languages_display``) and a list filter
    (MissingLanguageFilter); each admin names both in its own lists."""

    @admin.display(description=_("missing languages"))
    def missing_languages_display(self, obj) -> str:
        return ", ".join(code.upper() for code in missing_languages(obj)) or "—"


# --- Staff sign-in (core.signin) ---------------------------------------------------
# django-otp's own device pages are untranslated and show nothing staff need;
# an administrator resets a lost device with the action on users below (or
# `manage.py reset_two_factor <username>`).
# django-axes' logs of successful logins and of failures stay empty
# (AXES_DISABLE_ACCESS_LOG, AXES_ENABLE_ACCESS_FAILURE_LOG): only its
# "access attempts" (the current locks, with an unlock) are shown.
for _model in (TOTPDevice, StaticDevice, AccessLog, AccessFailureLog):
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)


class StaffUserAdmin(UserAdmin):
    actions = [*UserAdmin.actions, "reset_two_step"]

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        if not request.user.is_superuser:
            actions.pop("reset_two_step", None)
        return actions

    @admin.action(description=_("Reset two-step sign-in (lost phone)"))
    def reset_two_step(self, request, queryset):
        if not request.user.is_superuser:
            raise PermissionDenied
        count = sum(1 for user in queryset if reset_second_step(user))
        self.message_user(
            request,
            ngettext(
                "Two-step sign-in was reset for %(count)d user.",
                "Two-step sign-in was reset for %(count)d users.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


User = get_user_model()
if admin.site.is_registered(User):
    admin.site.unregister(User)
admin.site.register(User, StaffUserAdmin)


# --- The audit trail (django-auditlog; what it records: config/audit.py) --------


class AuditedTypeFilter(admin.SimpleListFilter):
    """Filter the trail by kind of record, named as the admin names the model
    (auditlog's own filter shows the raw model name)."""

    title = _("Resource Type")
    parameter_name = "resource_type"

    def lookups(self, request, model_admin):
        types = ContentType.objects.filter(
            pk__in=LogEntry.objects.values("content_type").distinct()
        )
        named = []
        for content_type in types:
            model = content_type.model_class()
            name = model._meta.verbose_name if model else content_type.model
            named.append((str(content_type.pk), capfirst(name)))
        return sorted(named, key=lambda item: str(item[1]))

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        if not self.value().isdigit():
            return queryset.none()
        return queryset.filter(content_type_id=self.value())


class AuditTrailAdmin(LogEntryAdmin):
    """The audit trail, for superusers only: read-only, nothing can be deleted
    from here (old entries go with `manage.py purge_audit_trail`)."""

    list_display = ["created", "resource_url", "action", "msg_short", "user_url"]
    list_filter = ["action", AuditedTypeFilter]
    search_fields = ["object_repr", "actor__username"]
    fieldsets = [
        (None, {"fields": ["created", "user_url", "resource_url"]}),
        (_("Changes"), {"fields": ["action", "msg"]}),
    ]

    def has_module_permission(self, request):
        return _is_administrator(request)

    def has_view_permission(self, request, obj=None):
        return _is_administrator(request)

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("User"))
    def user_url(self, obj):
        if obj.actor is None:
            return gettext("system")
        return super().user_url(obj)

    @admin.display(description=_("Changes"))
    def msg_short(self, obj) -> str:
        if obj.action in (LogEntry.Action.DELETE, LogEntry.Action.ACCESS):
            return ""
        changes = obj.changes_dict
        fields = ", ".join(str(get_field_verbose_name(obj, name)) for name in changes)
        return ngettext(
            "%(count)d change: %(fields)s", "%(count)d changes: %(fields)s", len(changes)
        ) % {"count": len(changes), "fields": Truncator(fields).chars(80)}

    @admin.display(description=_("Changes"))
    def msg(self, obj):
        """Field, from, to: choices by their label, relations as added or removed
        (auditlog's own table shows raw values)."""
        rows = []
        for name, change in obj.changes_dict.items():
            label = get_field_verbose_name(obj, name)
            if isinstance(change, dict):  # many-to-many
                verb = gettext("added") if change.get("operation") == "add" else gettext("removed")
                rows.append(
                    (label, "", f"{verb}: {', '.join(map(str, change.get('objects', [])))}")
                )
            else:
                rows.append((label, *(_shown(obj, name, value) for value in change)))
        if not rows:
            return ""
        return format_html(
            "<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>{}</table>",
            _("Field"),
            _("From"),
            _("To"),
            format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", rows),
        )


def _shown(entry, field_name: str, value) -> str:
    """A recorded value as the admin shows it: a choice by its label, nothing as —."""
    if value in (None, "None", ""):
        return "—"
    model = entry.content_type.model_class()
    try:
        field = model._meta.get_field(field_name) if model else None
    except FieldDoesNotExist:
        field = None
    if isinstance(field, models.DateTimeField) and (moment := _parse_datetime(value)):
        # auditlog records times in UTC without the zone: shown in the site's.
        return formats.localize(timezone.localtime(moment.replace(tzinfo=UTC)))
    choices = dict(field.flatchoices) if field is not None and field.choices else {}
    return str(choices.get(value, value))


def _parse_datetime(value):
    try:
        return parse_datetime(str(value))
    except ValueError:
        return None


def _is_administrator(request) -> bool:
    return request.user.is_active and request.user.is_superuser


admin.site.unregister(LogEntry)
admin.site.register(LogEntry, AuditTrailAdmin)
