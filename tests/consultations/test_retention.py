"""purge_consultations: the guard on --days, closing answered ones gone quiet, then deleting."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from consultations.models import Consultation, ConsultationStatus, Message


def consultation(status: str, last_message_days_ago: int, closed_days_ago: int | None = None):
    item = Consultation.objects.create(
        code_hash=f"{status}-{last_message_days_ago}-{closed_days_ago}",
        topic="other",
        language="lt",
        status=status,
    )
    sent = timezone.now() - timedelta(days=last_message_days_ago)
    Consultation.objects.filter(pk=item.pk).update(
        created=sent - timedelta(days=1),
        closed_at=(
            timezone.now() - timedelta(days=closed_days_ago)
            if closed_days_ago is not None
            else None
        ),
    )
    for author in ("visitor", "staff"):
        message = Message.objects.create(consultation=item, author=author, text="t")
        Message.objects.filter(pk=message.pk).update(created=sent)
    item.refresh_from_db()
    return item


@pytest.mark.parametrize("days", ["0", "-1", "-365"])
def test_fewer_than_one_day_is_refused_and_nothing_changes(db, days):
    closed_today = consultation(ConsultationStatus.CLOSED, 0, closed_days_ago=0)
    closed_long_ago = consultation(ConsultationStatus.CLOSED, 400, closed_days_ago=400)
    quiet = consultation(ConsultationStatus.ANSWERED, 400)
    with pytest.raises(CommandError, match="at least 1"):
        call_command("purge_consultations", "--days", days)
    assert Consultation.objects.count() == 3 and Message.objects.count() == 6
    assert Consultation.objects.get(pk=quiet.pk).status == ConsultationStatus.ANSWERED
    assert {closed_today.pk, closed_long_ago.pk} < set(
        Consultation.objects.values_list("pk", flat=True)
    )


def test_the_refusal_exits_non_zero_from_the_command_line(db, capsys):
    with pytest.raises(SystemExit) as exit_:
        from django.core.management import execute_from_command_line

        execute_from_command_line(["manage.py", "purge_consultations", "--days", "0"])
    assert exit_.value.code != 0
    assert "--days must be at least 1" in capsys.readouterr().err


def test_answered_and_quiet_are_closed_then_deleted_a_period_later(db, settings, capsys):
    settings.CONSULTATION_RETENTION_DAYS = 30
    quiet = consultation(ConsultationStatus.ANSWERED, 31)
    recent = consultation(ConsultationStatus.ANSWERED, 29)
    unanswered = consultation(ConsultationStatus.NEW, 200)

    call_command("purge_consultations", "--dry-run")
    assert "Would close 1 answered consultation(s)" in capsys.readouterr().out
    assert Consultation.objects.get(pk=quiet.pk).status == ConsultationStatus.ANSWERED

    call_command("purge_consultations")
    assert "Closed 1 answered consultation(s)" in capsys.readouterr().out
    quiet.refresh_from_db()
    assert quiet.status == ConsultationStatus.CLOSED
    assert timezone.now() - quiet.closed_at < timedelta(minutes=5)
    assert Message.objects.filter(consultation=quiet).count() == 2  # kept for now
    recent.refresh_from_db()
    unanswered.refresh_from_db()
    assert recent.status == ConsultationStatus.ANSWERED and recent.closed_at is None
    assert unanswered.status == ConsultationStatus.NEW  # staff still owe an answer

    # A retention period later, the nightly run deletes it like any closed one.
    Consultation.objects.filter(pk=quiet.pk).update(closed_at=timezone.now() - timedelta(days=31))
    call_command("purge_consultations")
    assert not Consultation.objects.filter(pk=quiet.pk).exists()
    assert not Message.objects.filter(consultation_id=quiet.pk).exists()
    assert set(Consultation.objects.values_list("pk", flat=True)) == {recent.pk, unanswered.pk}


def test_a_new_message_keeps_an_answered_consultation_open(db, settings):
    settings.CONSULTATION_RETENTION_DAYS = 30
    item = consultation(ConsultationStatus.ANSWERED, 60)
    Message.objects.create(consultation=item, author="visitor", text="Ačiū")
    call_command("purge_consultations")
    item.refresh_from_db()
    assert item.status == ConsultationStatus.ANSWERED
