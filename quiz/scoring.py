"""Scoring and band validation, without the database.

A questionnaire is seen here as plain data: each question has a kind (one
choice, or several) and its choices' points and red-flag marks. Totals are
small integers, so the set of reachable totals is computed exactly.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

SINGLE = "single"
MULTIPLE = "multiple"


@dataclass(frozen=True)
class ChoiceData:
    id: int
    points: int
    red_flag: bool = False


@dataclass(frozen=True)
class QuestionData:
    id: int
    kind: str
    choices: tuple[ChoiceData, ...]


@dataclass(frozen=True)
class BandData:
    id: int
    min_score: int
    max_score: int


@dataclass(frozen=True)
class Outcome:
    total: int
    red_flag: bool
    band_id: int | None


def question_totals(question: QuestionData) -> set[int]:
    """Every total one question can add: one choice, or any non-empty set of them."""
    points = [choice.points for choice in question.choices]
    if question.kind == SINGLE:
        return set(points)
    totals: set[int] = set()  # sums of non-empty subsets, built one answer at a time
    for point in points:
        totals |= {total + point for total in totals} | {point}
    return totals


def reachable_totals(questions: Iterable[QuestionData]) -> set[int]:
    totals = {0}
    for question in questions:
        options = question_totals(question)
        if options:
            totals = {total + option for total in totals for option in options}
    return totals


INVERTED, UNCOVERED, OVERLAP = "inverted", "uncovered", "overlap"


def band_problems(bands: Sequence[BandData], reachable: set[int]) -> list[tuple[str, str]]:
    """Problems as (kind, scores) pairs, e.g. ("uncovered", "4–7"); the admin
    words them in the editor's language."""
    problems = [
        (INVERTED, f"{band.min_score}–{band.max_score}")
        for band in bands
        if band.min_score > band.max_score
    ]
    gaps = sorted(t for t in reachable if not any(b.min_score <= t <= b.max_score for b in bands))
    overlaps = sorted(
        t for t in reachable if sum(b.min_score <= t <= b.max_score for b in bands) > 1
    )
    if gaps:
        problems.append((UNCOVERED, _ranges(gaps)))
    if overlaps:
        problems.append((OVERLAP, _ranges(overlaps)))
    return problems


def _ranges(values: list[int]) -> str:
    """[1, 2, 3, 7] -> '1–3, 7'."""
    parts, start = [], None
    for index, value in enumerate(values):
        if start is None:
            start = value
        if index + 1 == len(values) or values[index + 1] != value + 1:
            parts.append(str(start) if start == value else f"{start}–{value}")
            start = None
    return ", ".join(parts)


def score(
    questions: Sequence[QuestionData],
    answers: Mapping[int, Sequence[int]],
    bands: Sequence[BandData],
) -> Outcome:
    """Total the answers; any red-flag answer puts the result in the highest band.

    ``answers`` maps question ids to chosen choice ids and must already be
    validated (see ``answer_errors``).
    """
    by_id = {c.id: c for q in questions for c in q.choices}
    chosen = [by_id[c] for q in questions for c in answers.get(q.id, ())]
    total = sum(choice.points for choice in chosen)
    red_flag = any(choice.red_flag for choice in chosen)
    ordered = sorted(bands, key=lambda band: band.max_score)
    if red_flag and ordered:
        return Outcome(total, True, ordered[-1].id)
    band = next((b.id for b in ordered if b.min_score <= total <= b.max_score), None)
    return Outcome(total, False, band)


def answer_error(question: QuestionData, choice_ids: Sequence[int]) -> str | None:
    """Why ``choice_ids`` is not a valid answer to ``question``, or None."""
    valid = {choice.id for choice in question.choices}
    if not choice_ids:
        return "missing"
    if len(set(choice_ids)) != len(choice_ids) or not set(choice_ids) <= valid:
        return "unknown"
    if question.kind == SINGLE and len(choice_ids) != 1:
        return "unknown"
    return None
