"""What every app's admin shares."""

from axes.models import AccessFailureLog, AccessLog
from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.utils.translation import get_language_info, ngettext
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
