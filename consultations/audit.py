"""The audit trail for consultations: what staff did, never what a visitor did.

config/audit.py records a consultation's status, consultant and closing time,
and a message's author; never its text, the contact or the code hash. Entries
without a signed-in staff member (a visitor asking or writing again, the
scheduled purge) are not written at all: they are no staff action, and an entry
kept for the trail's retention period would outlive the consultation itself.
"""

from auditlog.context import auditlog_value
from auditlog.signals import accessed, pre_log

from consultations.models import Consultation, Message


def _acting_staff():
    try:
        actor = auditlog_value.get().get("actor")
    except LookupError:  # outside a request (a management command)
        return None
    return actor if actor is not None and actor.is_staff else None


def skip_visitors(sender, **kwargs):
    """pre_log receiver: False (no entry) unless a staff member is acting."""
    if _acting_staff() is None:
        return False
    return None


def record_reading(consultation: Consultation) -> None:
    """An "access" entry: the signed-in staff member opened this consultation."""
    accessed.send(Consultation, instance=consultation)


def connect() -> None:
    for model in (Consultation, Message):
        pre_log.connect(skip_visitors, sender=model, dispatch_uid=f"audit-{model.__name__}")
