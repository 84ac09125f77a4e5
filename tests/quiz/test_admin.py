"""Staff edit questionnaires; the admin refuses bands that do not fit the scores."""

from quiz.models import ResultBand


def band_form(questionnaire, bands) -> dict:
    data = {
        "title_lt": questionnaire.title_lt,
        "title_en": questionnaire.title_en,
        "slug_lt": questionnaire.slug_lt,
        "slug_en": questionnaire.slug_en,
        "introduction_lt": "<p>Įžanga</p>",
        "introduction_en": "<p>Intro</p>",
        "status": "published",
        "order": "0",
        "questions-TOTAL_FORMS": "0",
        "questions-INITIAL_FORMS": "0",
        "bands-TOTAL_FORMS": str(len(bands)),
        "bands-INITIAL_FORMS": "0",
    }
    existing = list(questionnaire.bands.values_list("pk", flat=True))
    data["bands-INITIAL_FORMS"] = str(len(existing))
    data["bands-TOTAL_FORMS"] = str(max(len(existing), len(bands)))
    for n in range(max(len(existing), len(bands))):
        prefix = f"bands-{n}-"
        if n < len(existing):
            data[prefix + "id"] = str(existing[n])
            data[prefix + "questionnaire"] = str(questionnaire.pk)
        if n < len(bands):
            low, high, level = bands[n]
            data |= {
                prefix + "min_score": str(low),
                prefix + "max_score": str(high),
                prefix + "level": level,
                prefix + "title_lt": f"Lygis {n}",
                prefix + "title_en": f"Level {n}",
                prefix + "advice_lt": "",
                prefix + "advice_en": "",
            }
        else:
            data[prefix + "DELETE"] = "on"
    return data


def test_bands_with_a_gap_are_refused_and_nothing_is_saved(staff, questionnaire):
    url = f"/en/admin/quiz/questionnaire/{questionnaire.pk}/change/"
    response = staff.post(
        url, band_form(questionnaire, [(0, 2, "low"), (3, 4, "medium"), (6, 7, "high")])
    )
    assert response.status_code == 200
    assert "no band covers the scores 5" in response.text
    assert list(questionnaire.bands.values_list("max_score", flat=True)) == [2, 4, 7]


def test_overlapping_bands_are_refused_in_lithuanian(staff, questionnaire):
    url = f"/lt/admin/quiz/questionnaire/{questionnaire.pk}/change/"
    response = staff.post(
        url, band_form(questionnaire, [(0, 3, "low"), (3, 4, "medium"), (5, 7, "high")])
    )
    assert "balus 3 apima daugiau nei vienas intervalas" in response.text


def test_valid_bands_are_saved(staff, questionnaire):
    url = f"/en/admin/quiz/questionnaire/{questionnaire.pk}/change/"
    response = staff.post(
        url, band_form(questionnaire, [(0, 1, "low"), (2, 4, "medium"), (5, 7, "high")])
    )
    assert response.status_code == 302
    assert list(ResultBand.objects.values_list("max_score", flat=True)) == [1, 4, 7]


def test_changing_points_that_break_the_bands_is_refused(staff, questionnaire):
    question = questionnaire.questions.order_by("order").last()
    choices = list(question.choices.order_by("order"))
    data = {
        "questionnaire": questionnaire.pk,
        "text_lt": question.text_lt,
        "text_en": question.text_en,
        "help_text_lt": "",
        "help_text_en": "",
        "kind": "multiple",
        "order": "2",
        "choices-TOTAL_FORMS": "3",
        "choices-INITIAL_FORMS": "3",
    }
    for n, choice in enumerate(choices):
        data |= {
            f"choices-{n}-id": choice.pk,
            f"choices-{n}-question": question.pk,
            f"choices-{n}-text_lt": choice.text_lt,
            f"choices-{n}-text_en": choice.text_en,
            f"choices-{n}-points": choice.points + (5 if n == 2 else 0),
            f"choices-{n}-explanation_lt": "",
            f"choices-{n}-explanation_en": "",
            f"choices-{n}-order": n,
        }
    response = staff.post(f"/en/admin/quiz/question/{question.pk}/change/", data)
    assert response.status_code == 200 and "no band covers the scores" in response.text
    assert question.choices.order_by("order").last().points == 3


def test_deleting_a_question_that_would_break_the_bands_is_refused(staff, questionnaire):
    first, _second, third = questionnaire.questions.order_by("order")
    # "No" to the first question now scores 1, so the lowest total is 1 ...
    first.choices.filter(points=0).update(points=1)
    questionnaire.bands.filter(min_score=0).update(min_score=1)
    # ... and without that question a total of 0 would have no band.
    response = staff.post(f"/en/admin/quiz/question/{first.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert response["Location"] == f"/en/admin/quiz/question/{first.pk}/change/"
    assert questionnaire.questions.filter(pk=first.pk).exists()
    page = staff.get(response["Location"]).text
    assert "This question cannot be deleted yet" in page and "no band covers the scores 0" in page


def test_deleting_a_question_that_leaves_the_bands_valid_works(staff, questionnaire):
    third = questionnaire.questions.order_by("order").last()
    staff.post(f"/en/admin/quiz/question/{third.pk}/delete/", {"post": "yes"})
    assert not questionnaire.questions.filter(pk=third.pk).exists()


def test_questions_have_no_bulk_delete(staff, questionnaire):
    assert 'value="delete_selected"' not in staff.get("/en/admin/quiz/question/").text
