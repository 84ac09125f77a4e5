from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from consultations.models import Consultation, Message


class Command(BaseCommand):
    help = (
        "Delete closed consultations, with all their messages, closed more than "
        "CONSULTATION_RETENTION_DAYS days ago. Open and answered ones are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.CONSULTATION_RETENTION_DAYS,
            help="Keep closed consultations this many days (default: setting).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say what would be deleted."
        )

    @transaction.atomic
    def handle(self, *args, days: int, dry_run: bool, **options):
        expired = Consultation.objects.expired(days)
        count = expired.count()
        messages = Message.objects.filter(consultation__in=expired).count()
        if dry_run:
            self.stdout.write(
                f"Would delete {count} consultation(s) and {messages} message(s) "
                f"closed more than {days} days ago."
            )
            return
        expired.delete()
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {count} consultation(s) and {messages} message(s) closed more than "
                f"{days} days ago."
            )
        )
