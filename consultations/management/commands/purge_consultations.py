from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from consultations.models import Consultation, ConsultationStatus, Message


class Command(BaseCommand):
    help = (
        "Close answered consultations with no new message for CONSULTATION_RETENTION_DAYS "
        "days, then delete closed consultations, with all their messages, closed more than "
        "that many days ago. New (unanswered) ones are kept. Run it every night "
        "(docs/operations.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.CONSULTATION_RETENTION_DAYS,
            help="Retention period in days, at least 1 (default: the setting).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say what would be closed and deleted."
        )

    @transaction.atomic
    def handle(self, *args, days: int, dry_run: bool, **options):
        if days < 1:
            # 0 would delete consultations closed a moment ago, a negative number
            # every closed one: never what an operator means.
            raise CommandError(f"--days must be at least 1 (got {days}); nothing was changed.")
        # Locked first (a visitor's reply at this moment changes the status), then
        # checked again; FOR UPDATE cannot go with the aggregate itself.
        candidates = list(
            Consultation.objects.answered_and_quiet(days).values_list("pk", flat=True)
        )
        locked = list(
            Consultation.objects.select_for_update()
            .filter(pk__in=candidates)
            .values_list("pk", flat=True)
        )
        quiet = list(Consultation.objects.answered_and_quiet(days).filter(pk__in=locked))
        expired = Consultation.objects.expired(days)
        count = expired.count()
        messages = Message.objects.filter(consultation__in=expired).count()
        if dry_run:
            self.stdout.write(
                f"Would close {len(quiet)} answered consultation(s) with no new message for "
                f"{days} days.\nWould delete {count} consultation(s) and {messages} message(s) "
                f"closed more than {days} days ago."
            )
            return
        for consultation in quiet:
            # One by one, through save(), so that closed_at is set. No staff member
            # does this: the audit trail records staff actions only (a system
            # close is not an entry). The visitor can still read the answer with
            # their code until it is deleted, `days` later.
            consultation.status = ConsultationStatus.CLOSED
            consultation.save(update_fields=["status", "closed_at"])
        expired.delete()
        self.stdout.write(
            self.style.SUCCESS(
                f"Closed {len(quiet)} answered consultation(s) with no new message for {days} "
                f"days. Deleted {count} consultation(s) and {messages} message(s) closed more "
                f"than {days} days ago."
            )
        )
