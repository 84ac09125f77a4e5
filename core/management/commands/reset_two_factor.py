"""Remove a staff member's two-step sign-in devices (a lost phone): their next
sign-in asks them to set it up again, if their account requires it."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from core.signin import reset_second_step


class Command(BaseCommand):
    help = "Delete a user's two-step sign-in devices (authenticator app and recovery codes)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        count = reset_second_step(user)
        self.stdout.write(
            f"Deleted {count} two-step sign-in device(s) of {username}. "
            "At the next sign-in they set up an authenticator app again "
            "(if their account requires it)."
        )
