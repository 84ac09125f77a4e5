"""Counting completed tests: atomic increments that lose no count under load."""

from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from quiz.models import BandCount, ChoiceCount, DailyCompletions, Questionnaire


def _increment(model, **key) -> None:
    # get_or_create survives a race on the first row (it retries the get
    # after an IntegrityError); the UPDATE ... SET count = count + 1 is atomic.
    model.objects.get_or_create(**key)
    model.objects.filter(**key).update(count=F("count") + 1)


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
        _increment(DailyCompletions, questionnaire=questionnaire, day=timezone.localdate())
        if band_id is not None:
            _increment(BandCount, band_id=band_id)
        for choice_id in sorted(set(choice_ids)):  # a fixed order avoids deadlocks
            _increment(ChoiceCount, choice_id=choice_id)
    return True
