"""Queries per step stay the same however long the questionnaire is."""

import pytest

from quiz.models import Choice, Question
from tests.quiz.conftest import Taker, choice_id

STEP_QUERIES = 6  # questionnaire, questions, their answers, bands, menu, hotlines


def lengthen(questionnaire, extra: int) -> None:
    for n in range(extra):
        question = Question.objects.create(
            questionnaire=questionnaire, text_lt=f"K{n}", order=100 + n
        )
        Choice.objects.create(question=question, text_lt="Ne", points=0)


@pytest.mark.parametrize("extra", [0, 40])
def test_each_question_step_runs_the_same_queries(
    client, questionnaire, django_assert_num_queries, extra
):
    lengthen(questionnaire, extra)
    taker = Taker(client, questionnaire)
    first = choice_id(questionnaire, 0, 0)
    with django_assert_num_queries(STEP_QUERIES):
        taker.start()
    with django_assert_num_queries(STEP_QUERIES):
        taker.answer(first)
    with django_assert_num_queries(STEP_QUERIES):
        taker.answer(action="back")


@pytest.mark.parametrize("language", ["lt", "en"])
def test_list_and_intro_queries(client, questionnaire, django_assert_num_queries, language):
    with django_assert_num_queries(3):
        client.get(f"/{language}/" + ("risk-test/" if language == "en" else "rizikos-testas/"))
    with django_assert_num_queries(3):
        client.get(questionnaire.get_absolute_url())


RESULT_QUERIES = 18  # a step's 6; the nonce (savepoint, insert, release) and the counters
# (3 × insert + update) in a transaction; expired nonces deleted after it


@pytest.mark.parametrize("extra", [0, 40])
def test_the_result_step_runs_the_same_queries(
    client, questionnaire, django_assert_num_queries, extra
):
    from quiz.models import Loaded
    from quiz.state import State

    lengthen(questionnaire, extra)
    loaded = Loaded(questionnaire)
    answers = {q.id: [q.choices[-1].id] for q in loaded.question_data}
    state = State(
        questionnaire.pk, loaded.fingerprint, index=len(loaded.questions) - 1, answers=answers
    )
    last = loaded.question_data[-1].id
    with django_assert_num_queries(RESULT_QUERIES):
        response = client.post(
            questionnaire.get_absolute_url(),
            {"state": state.dumps(), "action": "next", "answer": answers[last]},
        )
    assert "Jūsų rezultatas" in response.text
