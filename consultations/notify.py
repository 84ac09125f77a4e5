"""E-mail the consultants that a question arrived, without its content.

Mail passes through other people's servers: the notice says only that there is
a new question and where to read it in the admin.
"""

import logging
import smtplib

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import DatabaseError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

CONSULTANTS = "Consultants"
logger = logging.getLogger(__name__)


def notify_consultants(request, consultation) -> int:
    """Run once the question is committed (transaction.on_commit); it never
    fails the request: the question is stored whatever happens here."""
    try:
        users = get_user_model().objects.filter(groups__name=CONSULTANTS, is_active=True)
        recipients = sorted({user.email for user in users.exclude(email="")})
    except DatabaseError:
        logger.warning("Could not read the consultants for the notice of no. %s", consultation.pk)
        return 0
    if not recipients:
        return 0
    with translation.override("lt"):
        url = request.build_absolute_uri(
            reverse("admin:consultations_consultation_change", args=[consultation.pk])
        )
        subject = _("New online consultation no. %(number)s") % {"number": consultation.pk}
        body = _("A new question has arrived. Read and answer it in the admin:\n%(url)s") % {
            "url": url
        }
    try:
        return send_mail(subject, body, None, recipients)
    except (OSError, smtplib.SMTPException):
        # The question is saved; a failed notice must not lose it or show an error.
        logger.warning("Could not send the new-consultation notice for no. %s", consultation.pk)
        return 0
