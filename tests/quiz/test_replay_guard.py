"""The risk test's replay guard keeps no time finer than an hour, and forgets
a nonce once its state has expired (quiz.completion_counts)."""

from datetime import timedelta

from django.utils import timezone

from quiz.completion_counts import record_completion
from quiz.models import CompletionNonce, DailyCompletions


def test_a_nonce_is_kept_to_the_hour_counted_once_and_forgotten_after_its_state(questionnaire):
    band = questionnaire.bands.last()
    choices = [question.choices.first().pk for question in questionnaire.questions.all()]
    assert record_completion(questionnaire, band.pk, choices, "first", timeout=7200)
    stored = CompletionNonce.objects.get(nonce="first").created
    assert (stored.minute, stored.second, stored.microsecond) == (0, 0, 0)
    assert timezone.now() - stored < timedelta(hours=1)
    # A replay adds nothing.
    assert not record_completion(questionnaire, band.pk, choices, "first", timeout=7200)
    assert DailyCompletions.objects.get().count == 1
    # Three hours later, the next completion forgets it (the state lived two).
    CompletionNonce.objects.filter(nonce="first").update(created=stored - timedelta(hours=3))
    assert record_completion(questionnaire, band.pk, choices, "second", timeout=7200)
    assert list(CompletionNonce.objects.values_list("nonce", flat=True)) == ["second"]
