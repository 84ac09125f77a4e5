"""Reaching the admin in tests, now that staff sign in in two steps (core.signin).

``sign_in_verified(client, user)`` is the one way a test reaches the admin as a
user who needs the second step (superusers, consultants, content editors who
publish stories): it logs the client in and marks the session as having passed
the second step with a real, confirmed TOTP device, exactly as a typed code
would. The ``admin_client`` fixture (tests/conftest.py) already uses it.
``totp_code(device)`` is the six-digit code an authenticator app would show now.
"""

import time

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def confirmed_device(user) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="Test phone", confirmed=True)


def sign_in_verified(client, user) -> TOTPDevice:
    """Log ``client`` in as ``user`` with the second step passed; returns the device."""
    device = confirmed_device(user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def totp_code(device: TOTPDevice, offset_steps: int = 0) -> str:
    """The code the app shows now (``offset_steps`` later: a code not used yet)."""
    generator = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    generator.time = time.time() + offset_steps * device.step
    return f"{generator.token():0{device.digits}d}"
