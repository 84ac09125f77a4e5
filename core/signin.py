"""Staff sign-in: the second step after the password, and the lock-out after
repeated wrong passwords (docs/deployment.md, "Staff sign-in").

- The password is typed on Django's admin login page. Whoever must use a second
  step (``second_step_required``) or has turned it on (a confirmed device) is
  then asked for the six-digit code of an authenticator app (django-otp's TOTP
  device) or a recovery code (its static device), or, with no device yet, is
  taken to set one up. Until then ``SecondStepMiddleware`` lets them reach no
  admin page but these, the login and the logout, and shows them the public
  site as a visitor sees it (no previews of drafts).
- django-axes counts wrong passwords per account and client address and per
  client address alone (``StaffLoginHandler``); ``locked_out`` is the page a
  locked-out staff member gets.
"""

import base64
import unicodedata
from datetime import timedelta
from urllib.parse import urlencode

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.db.models import Max, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csp import csp_override
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.ratelimits import client_key

# Admin views a half-signed-in staff member may open (URL names in the admin).
OPEN_ADMIN_VIEWS = {"login", "logout", "jsi18n", "two_step_verify"}
# The unconfirmed device this session is setting up (core.signin._setup_device).
SETUP_DEVICE_SESSION_KEY = "two_step_setup_device"


# --- Who needs the second step ---------------------------------------------------


def second_step_required(user) -> bool:
    """Superusers and whoever can read consultations or publish stories."""
    return user.is_active and (
        user.is_superuser
        or any(user.has_perm(perm) for perm in settings.TWO_FACTOR_REQUIRED_PERMISSIONS)
    )


def has_second_step(user) -> bool:
    """A confirmed device: once set up, the second step is required every time."""
    return user_has_device(user, confirmed=True)


def needs_second_step(user) -> bool:
    return user.is_authenticated and (has_second_step(user) or second_step_required(user))


def reset_second_step(user) -> int:
    """Delete every device of the user (lost phone); returns how many."""
    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)


class SecondStepMiddleware:
    """After django_otp's OTPMiddleware: a session that passed the password but
    not the second step reaches only the sign-in pages of the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified() or not needs_second_step(user):
            return None
        match = request.resolver_match
        if "admin" not in match.namespaces:
            # The public site as a visitor sees it: no previews of drafts.
            request.user = AnonymousUser()
            return None
        has_device = has_second_step(user)
        if match.url_name in OPEN_ADMIN_VIEWS or (match.url_name == "two_step" and not has_device):
            return None
        target = reverse("admin:two_step_verify" if has_device else "admin:two_step")
        return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")


# --- The pages -----------------------------------------------------------------------


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "autofocus": True}
        ),
    )

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split()).replace("-", "").lower()


def _context(request: HttpRequest, title: str, **extra) -> dict:
    context = admin.site.each_context(request)
    if not request.user.is_verified() and needs_second_step(request.user):
        # Nothing of the admin's content before the second step.
        context.update(available_apps=[], is_nav_sidebar_enabled=False)
    return context | {"title": title, "subtitle": None} | extra


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


def _qr_svg(device: TOTPDevice) -> str:
    """The set-up QR code, drawn here as inline SVG: no request to anyone else."""
    # Imported here: only staff setting up the second step need it (about 5 MB
    # in every worker otherwise).
    import qrcode  # noqa: PLC0415
    import qrcode.image.svg  # noqa: PLC0415

    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage)
    svg = image.to_string(encoding="unicode")
    label = escape(_("QR code for your authenticator app"))
    return mark_safe(svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1))  # noqa: S308


def _secret(device: TOTPDevice) -> str:
    """The secret as an app asks for it when typed by hand, in groups of four."""
    text = base64.b32encode(device.bin_key).decode()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def _new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes with new ones, shown once."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="Recovery codes")
    codes = [StaticToken.random_token() for __ in range(settings.RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def _recovery_codes_page(request: HttpRequest, codes: list[str]) -> HttpResponse:
    grouped = [f"{code[:4]}-{code[4:]}" for code in codes]
    return render(
        request,
        "admin/two_step/recovery_codes.html",
        _context(request, _("Your recovery codes"), codes=grouped, next=_next_url(request)),
    )


def two_step(request: HttpRequest) -> HttpResponse:
    """Set up the second step, or (once set up) see that it is on and get new
    recovery codes. Served by the admin site: staff only, admin CSP."""
    user = request.user
    totp = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if totp is not None:
        if request.method == "POST" and "new_codes" in request.POST:
            return _recovery_codes_page(request, _new_recovery_codes(user))
        return render(
            request,
            "admin/two_step/status.html",
            _context(request, _("Two-step sign-in"), device=totp),
        )

    device = _setup_device(request)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        allowed, refusal = _verify_is_allowed(device)
        if not allowed:
            form.add_error("code", _throttled_message(refusal))
        elif device.verify_token(form.cleaned_data["code"]):
            with transaction.atomic():
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                TOTPDevice.objects.filter(user=user, confirmed=False).delete()
                codes = _new_recovery_codes(user)
            otp_login(request, device)
            return _recovery_codes_page(request, codes)
        else:
            form.add_error("code", _wrong_code_message())
    return render(
        request,
        "admin/two_step/setup.html",
        _context(
            request,
            _("Set up two-step sign-in"),
            form=form,
            qr_svg=_qr_svg(device),
            secret=_secret(device),
            required=second_step_required(user),
            next=_next_url(request),
        ),
    )


def _setup_device(request: HttpRequest) -> TOTPDevice:
    """This session's own unconfirmed device: its secret is shown to this
    session only, so a second session (someone else who knows the password)
    never sees the key the staff member is about to scan."""
    device = TOTPDevice.objects.filter(
        user=request.user, confirmed=False, pk=request.session.get(SETUP_DEVICE_SESSION_KEY)
    ).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=request.user, name="Authenticator app", confirmed=False
        )
        request.session[SETUP_DEVICE_SESSION_KEY] = device.pk
    return device


def _verify_is_allowed(device) -> tuple[bool, dict | None]:
    """django-otp's throttle, with its wait capped: the count of wrong codes
    starts again LOGIN_COOLOFF_MINUTES after the last one."""
    last = device.throttling_failure_timestamp
    cap = timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES)
    if last is not None and timezone.now() - last >= cap:
        device.throttle_reset()
    return device.verify_is_allowed()


def _wrong_code_message() -> str:
    return _(
        "This code is not right. Type the six digits your app shows now "
        "(check that the phone's clock is right), or one of your recovery codes."
    )


def _throttled_message(info: dict | None) -> str:
    until = (info or {}).get("locked_until") or timezone.now() + timedelta(seconds=1)
    seconds = max(1, int((until - timezone.now()).total_seconds()) + 1)
    return _(
        "Too many wrong codes. Please wait %(seconds)d s, "
        "then type the code your app shows at that moment."
    ) % {"seconds": seconds}


def verify(request: HttpRequest) -> HttpResponse:
    """The second step: a code from the authenticator app or a recovery code."""
    user = request.user
    if user.is_verified():
        return redirect(_next_url(request))
    if not has_second_step(user):
        return redirect("admin:two_step" if second_step_required(user) else "admin:index")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        model = TOTPDevice if code.isdigit() else StaticDevice
        devices = [d for d in devices_for_user(user, confirmed=True) if isinstance(d, model)]
        checks = [_verify_is_allowed(device) for device in devices]
        refusals = [info for allowed, info in checks if not allowed]
        if refusals:
            form.add_error("code", _throttled_message(refusals[0]))
        else:
            device = next((d for d in devices if d.verify_token(code)), None)
            if device is not None:
                otp_login(request, device)
                return redirect(_next_url(request))
            form.add_error("code", _wrong_code_message())
    return render(
        request,
        "admin/two_step/verify.html",
        _context(request, _("Two-step sign-in"), form=form, next=_next_url(request)),
    )


# --- Wrong passwords (django-axes) ---------------------------------------------------


def login_username(request: HttpRequest, credentials: dict | None = None) -> str:
    """The account name django-axes counts and stores: as typed, without control
    characters and cut to the longest user name there can be (a name of a
    thousand characters is a wrong password, not a database error)."""
    typed = (credentials or {}).get("username") or request.POST.get("username") or ""
    printable = "".join(ch for ch in str(typed) if unicodedata.category(ch)[0] != "C")
    return printable[: User.username.field.max_length]


def client_address(request: HttpRequest) -> str | None:
    """django-axes' client address: the site's own logic (core.ratelimits)."""
    return client_key("login", request) or None


class StaffLoginHandler(AxesDatabaseHandler):
    """One account from one client address is locked after LOGIN_FAILURE_LIMIT
    wrong passwords; the client address as a whole (any accounts) only after
    LOGIN_CLIENT_FAILURE_LIMIT. An attacker elsewhere never locks a staff member
    out of their own address, and one address cannot guess passwords for
    everyone in turn."""

    def _recent(self, request: HttpRequest, credentials: dict | None):
        attempts = AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request))
        username = get_client_username(request, credentials)
        return (
            attempts.filter(username=username, ip_address=request.axes_ip_address),
            attempts.filter(ip_address=request.axes_ip_address),
        )

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        account, client = (
            qs.aggregate(n=Sum("failures_since_start"))["n"] or 0
            for qs in self._recent(request, credentials)
        )
        if client >= settings.LOGIN_CLIENT_FAILURE_LIMIT:
            return max(account, settings.AXES_FAILURE_LIMIT)
        return account

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        """After a successful sign-in (AXES_RESET_ON_SUCCESS): that account's
        failures from that address only, so that signing in to one account
        never wipes the count of guesses at the others."""
        return self._recent(request, credentials)[0].delete()[0]

    def locked_until(self, request: HttpRequest, credentials: dict | None = None):
        times = [
            qs.aggregate(t=Max("attempt_time"))["t"] for qs in self._recent(request, credentials)
        ]
        latest = max((t for t in times if t), default=timezone.now())
        return latest + timedelta(minutes=settings.LOGIN_COOLOFF_MINUTES)


def locked_out(
    request: HttpRequest, original_response=None, credentials: dict | None = None
) -> HttpResponse:
    """django-axes' lock-out response: our translated page, under the admin's CSP."""
    handler = StaffLoginHandler()
    until = timezone.localtime(handler.locked_until(request, credentials))
    client_failures = handler._recent(request, credentials)[1].aggregate(
        n=Sum("failures_since_start")
    )["n"]

    def page(request):
        return render(
            request,
            "admin/locked_out.html",
            admin.site.each_context(request)
            | {
                "title": _("Sign-in paused"),
                "until": time_format(until, "H:i"),
                "minutes": settings.LOGIN_COOLOFF_MINUTES,
                # Every account from this address, not only this one.
                "whole_address": (client_failures or 0) >= settings.LOGIN_CLIENT_FAILURE_LIMIT,
            },
            status=429,
        )

    return csp_override(settings.ADMIN_CSP)(page)(request)
