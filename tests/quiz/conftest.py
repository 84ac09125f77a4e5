import re

import pytest
from django.contrib.auth.models import Group, User

from quiz.models import Choice, Question, Questionnaire, ResultBand
from tests.signin import sign_in_verified


@pytest.fixture
def questionnaire(db) -> Questionnaire:
    """Three questions (one multiple), max total 2 + 1 + 4 = 7, one red flag."""
    q = Questionnaire.objects.create(
        title_lt="Ar man gresia pavojus?",
        title_en="Am I at risk?",
        slug_lt="ar-man-gresia-pavojus",
        slug_en="am-i-at-risk",
        introduction_lt="<p>Įžanga</p>",
        introduction_en="<p>Introduction</p>",
        status="published",
    )
    specs = [
        (
            "single",
            "Ar žadama alga per didelė?",
            "Is the pay too good?",
            [("Ne", "No", 0, False, ""), ("Taip", "Yes", 2, False, "Too good to be true.")],
        ),
        (
            "single",
            "Ar kas nors laiko jūsų pasą?",
            "Does someone keep your passport?",
            [
                ("Ne", "No", 0, False, ""),
                ("Taip", "Yes", 1, True, "Nobody may keep your passport."),
            ],
        ),
        (
            "multiple",
            "Kas iš šių tinka?",
            "Which of these apply?",
            [
                ("Nė vienas", "None of these", 0, False, ""),
                ("Skola", "A debt", 1, False, "Debts are used to trap people."),
                ("Grasinimai", "Threats", 3, False, "Threats are a sign of forced labour."),
            ],
        ),
    ]
    for order, (kind, lt, en, choices) in enumerate(specs):
        question = Question.objects.create(
            questionnaire=q, kind=kind, order=order, text_lt=lt, text_en=en
        )
        for n, (c_lt, c_en, points, flag, why) in enumerate(choices):
            Choice.objects.create(
                question=question,
                text_lt=c_lt,
                text_en=c_en,
                points=points,
                red_flag=flag,
                explanation_en=why,
                explanation_lt=why,
                order=n,
            )
    for low, high, level, lt, en in [
        (0, 2, "low", "Maža rizika", "Low risk"),
        (3, 4, "medium", "Vidutinė rizika", "Some risk"),
        (5, 7, "high", "Didelė rizika", "High risk"),
    ]:
        ResultBand.objects.create(
            questionnaire=q,
            min_score=low,
            max_score=high,
            level=level,
            title_lt=lt,
            title_en=en,
            advice_en=f"<p>Advice {en}</p>",
            advice_lt=f"<p>Patarimas {lt}</p>",
        )
    return q


def choice_id(questionnaire, question_index: int, choice_index: int) -> int:
    question = questionnaire.questions.order_by("order")[question_index]
    return question.choices.order_by("order")[choice_index].pk


def state_of(response) -> str:
    return re.search(r'name="state" value="([^"]+)"', response.text).group(1)


class Taker:
    """Drives the test through the Django test client, like a browser without JS."""

    def __init__(self, client, questionnaire, language="en"):
        self.client, self.q, self.language = client, questionnaire, language
        self.url = (
            f"/{language}/risk-test/am-i-at-risk/"
            if language == "en"
            else "/lt/rizikos-testas/ar-man-gresia-pavojus/"
        )
        self.response = None

    def start(self):
        self.response = self.client.post(self.url, {"action": "start"})
        return self.response

    def answer(self, *choices, action="next"):
        data = {"state": state_of(self.response), "action": action, "answer": list(choices)}
        self.response = self.client.post(self.url, data)
        return self.response


@pytest.fixture
def taker(client, questionnaire):
    return Taker(client, questionnaire)


@pytest.fixture
def staff(client, db):
    user = User.objects.create_user("editor", password="x-long-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Content editors"))
    sign_in_verified(client, user)
    return client
