"""Create the demo questionnaires (called by `load_demo`)."""

from awareness.demo import translated
from quiz.demo import QUESTIONNAIRES
from quiz.models import Choice, Question, Questionnaire, ResultBand


def load_questionnaires(default_language: str) -> int:
    created = 0
    for data in QUESTIONNAIRES:
        slug = data["slug"][default_language]
        if Questionnaire.objects.filter(**{f"slug_{default_language}": slug}).exists():
            continue
        questionnaire = Questionnaire.objects.create(
            order=data["order"],
            published=True,
            **translated(data, ("title", "slug", "introduction")),
        )
        for order, question_data in enumerate(data["questions"], start=1):
            question = Question.objects.create(
                questionnaire=questionnaire,
                kind=question_data["kind"],
                order=order * 10,
                **translated(question_data, ("text", "help_text")),
            )
            Choice.objects.bulk_create(
                Choice(
                    question=question,
                    points=choice["points"],
                    red_flag=choice["red_flag"],
                    order=n * 10,
                    **translated(choice, ("text", "explanation")),
                )
                for n, choice in enumerate(question_data["choices"], start=1)
            )
        ResultBand.objects.bulk_create(
            ResultBand(
                questionnaire=questionnaire,
                min_score=band["min"],
                max_score=band["max"],
                level=band["level"],
                **translated(band, ("title", "advice")),
            )
            for band in data["bands"]
        )
        created += 1
    return created
