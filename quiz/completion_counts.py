"""Counting completed tests: the anonymous counts added as each test is finished.

Atomic increments that lose no count under load. The admin reads these counts
in quiz.admin_statistics.
"""

from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from quiz.models import BandCount, ChoiceCount, DailyCompletions, Questionnaire


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

    Returns False when this completion was already counted.
    """
    if not cache.add(f"quiz:completed:{nonce}", True, timeout=timeout):
        return False
    with transaction.atomic():
        _increment(DailyCompletions, "day", [timezone.localdate()], questionnaire=questionnaire)
        if band_id is not None:
            _increment(BandCount, "band_id", [band_id])
        # Rows are locked in one statement, in the database's order: no deadlock.
        _increment(ChoiceCount, "choice_id", sorted(set(choice_ids)))
    return True
