from auditlog.models import LogEntry
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone


class Command(BaseCommand):
    help = (
        "Delete audit trail entries older than AUDIT_RETENTION_DAYS days "
        '(docs/deployment.md, "Audit trail"). Run it daily.'
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.AUDIT_RETENTION_DAYS,
            help="Keep entries this many days (default: the setting).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say what would be deleted."
        )

    def handle(self, *args, days: int, dry_run: bool, **options):
        if days < 1:
            raise CommandError("--days must be at least 1: the trail is never emptied at once.")
        old = LogEntry.objects.filter(timestamp__lt=timezone.now() - timezone.timedelta(days=days))
        if dry_run:
            self.stdout.write(f"Would delete {old.count()} entries older than {days} days.")
            return
        count, _per_model = old.delete()
        self.stdout.write(self.style.SUCCESS(f"Deleted {count} entries older than {days} days."))
