"""Counters lose nothing when many tests finish at the same moment (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections

from quiz.completion_counts import record_completion
from quiz.models import BandCount, ChoiceCount, DailyCompletions

THREADS = 12
EACH = 5

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row locking under concurrency is tested on PostgreSQL",
    ),
]


def test_parallel_completions_lose_no_count(questionnaire):
    band = questionnaire.bands.last()
    choices = [q.choices.first().pk for q in questionnaire.questions.all()]
    barrier = threading.Barrier(THREADS)
    errors = []

    def finish_tests(worker: int) -> None:
        try:
            barrier.wait()
            for n in range(EACH):
                record_completion(questionnaire, band.pk, choices, f"{worker}-{n}", timeout=60)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=finish_tests, args=(w,)) for w in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert DailyCompletions.objects.get().count == THREADS * EACH
    assert BandCount.objects.get(band=band).count == THREADS * EACH
    assert set(ChoiceCount.objects.values_list("count", flat=True)) == {THREADS * EACH}
