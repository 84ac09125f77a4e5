"""Scoring and band validation, without the database."""

from hypothesis import given
from hypothesis import strategies as st

from quiz.scoring import (
    BandData,
    ChoiceData,
    QuestionData,
    answer_error,
    band_problems,
    question_totals,
    reachable_totals,
    score,
)

YES_NO = QuestionData(1, "single", (ChoiceData(10, 0), ChoiceData(11, 2)))
PASSPORT = QuestionData(2, "single", (ChoiceData(20, 0), ChoiceData(21, 1, red_flag=True)))
TICK = QuestionData(3, "multiple", (ChoiceData(30, 0), ChoiceData(31, 1), ChoiceData(32, 3)))
QUESTIONS = [YES_NO, PASSPORT, TICK]
BANDS = [BandData(1, 0, 2), BandData(2, 3, 4), BandData(3, 5, 7)]


def test_multiple_choice_totals_are_every_non_empty_subset():
    assert question_totals(TICK) == {0, 1, 3, 4}


def test_reachable_totals():
    assert reachable_totals(QUESTIONS) == {0, 1, 2, 3, 4, 5, 6, 7}
    assert reachable_totals([]) == {0}


def test_bands_covering_every_score_once_are_valid():
    assert band_problems(BANDS, reachable_totals(QUESTIONS)) == []


def test_gap_and_overlap_are_reported():
    problems = band_problems([BandData(1, 0, 2), BandData(2, 2, 3)], reachable_totals(QUESTIONS))
    assert ("uncovered", "4–7") in problems
    assert ("overlap", "2") in problems


def test_unreachable_gap_is_fine():
    questions = [QuestionData(1, "single", (ChoiceData(1, 0), ChoiceData(2, 5)))]
    assert band_problems([BandData(1, 0, 0), BandData(2, 5, 5)], reachable_totals(questions)) == []


def test_inverted_band_is_reported():
    assert ("inverted", "3–1") in band_problems([BandData(1, 3, 1)], {0})


def test_total_picks_the_band():
    outcome = score(QUESTIONS, {1: [11], 2: [20], 3: [31]}, BANDS)
    assert (outcome.total, outcome.red_flag, outcome.band_id) == (3, False, 2)


def test_red_flag_answer_puts_the_result_in_the_highest_band():
    outcome = score(QUESTIONS, {1: [10], 2: [21], 3: [30]}, BANDS)
    assert outcome.total == 1 and outcome.red_flag and outcome.band_id == 3


def test_answer_errors():
    assert answer_error(YES_NO, []) == "missing"
    assert answer_error(YES_NO, [10, 11]) == "unknown"
    assert answer_error(YES_NO, [99]) == "unknown"
    assert answer_error(TICK, [30, 30]) == "unknown"
    assert answer_error(TICK, [31, 32]) is None
    assert answer_error(YES_NO, [11]) is None


@given(st.lists(st.integers(0, 3), min_size=1, max_size=4), st.booleans())
def test_every_reachable_total_lands_in_exactly_one_valid_band(points, multiple):
    question = QuestionData(
        1,
        "multiple" if multiple else "single",
        tuple(ChoiceData(n, p) for n, p in enumerate(points)),
    )
    reachable = reachable_totals([question])
    bands = [BandData(t, t, t) for t in sorted(reachable)]  # one band per score
    assert band_problems(bands, reachable) == []
    for choice in question.choices:
        outcome = score([question], {1: [choice.id]}, bands)
        assert outcome.band_id == choice.points
