"""Counting completed tests: the anonymous counts added as each test is finished.

Atomic increments that lose no count under load. The admin reads these counts
in quiz.admin_statistics.

Each test is counted once: the state's random nonce is remembered in the
database (``CompletionNonce``, unique), in the same transaction as the counts.
Not in the cache: a guard kept in Redis lets replays through while Redis is
down, and a fallback to the database only while it is down would still let a
form counted before the outage be counted again during it (and the other way
round). The database guard is exact whatever the cache does, is atomic with the
counts (a failed count does not use up the nonce), and costs one small indexed
insert next to the three updates a completion makes anyway. Nonces are deleted
once their state has expired (STATE_MAX_AGE): an expired form is refused before
it is counted.
"""

import contextlib
from collections.abc import Iterable
from datetime import timedelta

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from quiz.models import BandCount, ChoiceCount, CompletionNonce, DailyCompletions, Questionnaire


def _increment(model, field: str, values: list, **fixed) -> None:
    """Add one to the rows ``field`` = each of ``values`` (creating them at 0).

    INSERT ... ON CONFLICT DO NOTHING makes the rows exist without a race;
    UPDATE ... SET count = count + 1 is atomic. Two queries whatever the number.
    """
    model.objects.bulk_create(
        [model(**{field: value}, **fixed) for value in values], ignore_conflicts=True
    )
    model.objects.filter(**{f"{field}__in": values}, **fixed).update(count=F("count") + 1)


def record_completion(
    questionnaire: Questionnaire,
    band_id: int | None,
    choice_ids: Iterable[int],
    nonce: str,
    timeout: int,
) -> bool:
    """Count one completed test, once per ``nonce`` (a replayed form adds nothing).

    Returns False when this completion was already counted. ``timeout`` is how
    long a nonce must be remembered (the state's lifetime).
    """
    with transaction.atomic():
        try:
            with transaction.atomic():  # a savepoint: a replay fails alone
                CompletionNonce.objects.create(nonce=nonce[:64], created=_this_hour())
        except IntegrityError:
            return False
        _increment(DailyCompletions, "day", [timezone.localdate()], questionnaire=questionnaire)
        if band_id is not None:
            _increment(BandCount, "band_id", [band_id])
        # Rows are locked in one statement, in the database's order: no deadlock.
        _increment(ChoiceCount, "choice_id", sorted(set(choice_ids)))
    _forget_expired(timeout)
    return True


def _this_hour():
    """When a nonce was stored, to the hour only: enough to delete it once its
    state has expired, too coarse to tell when someone took the test."""
    return timezone.now().replace(minute=0, second=0, microsecond=0)


def _forget_expired(timeout: int) -> None:
    """Delete the nonces of states that have expired (after the count's commit,
    so it never holds the count's locks; a failure here changes no count). An
    hour more than the state's lifetime, as the time stored is the hour's start."""
    with contextlib.suppress(DatabaseError):
        CompletionNonce.objects.filter(
            created__lt=timezone.now() - timedelta(seconds=timeout, hours=1)
        ).delete()
