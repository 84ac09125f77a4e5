"""Taking the test: one question per page, Back, the result, no cookie, no URL."""

import pytest
from django.core import signing

from quiz.models import BandCount, ChoiceCount, DailyCompletions
from tests.quiz.conftest import Taker, choice_id, state_of


def test_list_and_intro(client, questionnaire):
    assert "Am I at risk?" in client.get("/en/risk-test/").text
    html = client.get("/lt/rizikos-testas/ar-man-gresia-pavojus/").text
    assert "Įžanga" in html and "ne diagnozė" in html


def test_one_question_per_page_with_progress(taker, questionnaire):
    html = taker.start().text
    assert "Question 1 of 3" in html and "Is the pay too good?" in html
    html = taker.answer(choice_id(questionnaire, 0, 0)).text
    assert "Question 2 of 3" in html and "Does someone keep your passport?" in html


def test_safest_answers_reach_the_lowest_band(taker, questionnaire):
    taker.start()
    taker.answer(choice_id(questionnaire, 0, 0))
    taker.answer(choice_id(questionnaire, 1, 0))
    html = taker.answer(choice_id(questionnaire, 2, 0)).text
    assert "Low risk" in html and "Advice Low risk" in html
    assert "Nothing you answered was saved" in html
    assert "The warning signs in your answers" not in html


def test_riskiest_answers_reach_the_highest_band_with_reasons(taker, questionnaire):
    taker.start()
    taker.answer(choice_id(questionnaire, 0, 1))
    taker.answer(choice_id(questionnaire, 1, 0))
    html = taker.answer(choice_id(questionnaire, 2, 1), choice_id(questionnaire, 2, 2)).text
    assert "High risk" in html
    assert "Too good to be true." in html and "Threats are a sign of forced labour." in html


def test_a_red_flag_alone_gives_the_highest_band(taker, questionnaire):
    taker.start()
    taker.answer(choice_id(questionnaire, 0, 0))
    taker.answer(choice_id(questionnaire, 1, 1))  # passport kept: 1 point, red flag
    html = taker.answer(choice_id(questionnaire, 2, 0)).text
    assert "High risk" in html and "serious warning sign" in html


def test_back_keeps_the_earlier_answer_and_it_can_be_changed(taker, questionnaire):
    taker.start()
    yes = choice_id(questionnaire, 0, 1)
    taker.answer(yes)
    html = taker.answer(action="back").text
    assert "Question 1 of 3" in html
    assert f'value="{yes}" id="answer-{yes}" checked' in html
    taker.answer(choice_id(questionnaire, 0, 0))
    taker.answer(choice_id(questionnaire, 1, 0))
    assert "Low risk" in taker.answer(choice_id(questionnaire, 2, 0)).text


def test_missing_answer_gets_a_translated_message(client, questionnaire):
    taker = Taker(client, questionnaire, "lt")
    taker.start()
    html = taker.answer().text
    assert "Pasirinkite atsakymą." in html and "Klausimas 1 iš 3" in html


@pytest.mark.parametrize("bad", ["999999", "abc", ""])
def test_unknown_choice_gets_a_message(taker, questionnaire, bad):
    taker.start()
    response = taker.answer(bad)
    assert response.status_code == 200
    assert "Please choose" in response.text and "Question 1 of 3" in response.text


def test_two_answers_to_a_single_question_are_refused(taker, questionnaire):
    taker.start()
    html = taker.answer(choice_id(questionnaire, 0, 0), choice_id(questionnaire, 0, 1)).text
    assert "not one of the choices" in html


def test_forged_state_is_refused(client, questionnaire, taker):
    taker.start()
    token = state_of(taker.response)
    forged = signing.dumps(
        {"q": questionnaire.pk, "f": "x", "i": 2, "a": {}, "n": "n"}, salt="another"
    )
    for state in (token[:-3] + "abc", forged, "", "garbage"):
        response = client.post(taker.url, {"state": state, "action": "next", "answer": "1"})
        assert response.status_code == 400
        assert "We could not read your answers" in response.text
        assert 'value="start"' in response.text


def test_stale_state_is_refused(taker, questionnaire, monkeypatch):
    taker.start()
    monkeypatch.setattr("quiz.state.STATE_MAX_AGE", -1)
    response = taker.answer(choice_id(questionnaire, 0, 0))
    assert response.status_code == 400 and "left open for too long" in response.text


def test_questionnaire_edited_mid_way(taker, questionnaire):
    taker.start()
    question = questionnaire.questions.first()
    question.choices.update(points=1)
    response = taker.answer(choice_id(questionnaire, 0, 0))
    assert response.status_code == 400 and "updated while you were taking it" in response.text


def test_completion_is_counted_once_even_if_replayed(client, taker, questionnaire):
    taker.start()
    taker.answer(choice_id(questionnaire, 0, 1))
    taker.answer(choice_id(questionnaire, 1, 0))
    last_state = state_of(taker.response)
    final = {"state": last_state, "action": "next", "answer": [choice_id(questionnaire, 2, 1)]}
    client.post(taker.url, final)
    client.post(taker.url, final)  # replayed
    assert DailyCompletions.objects.get().count == 1
    assert BandCount.objects.get().count == 1
    assert ChoiceCount.objects.get(choice_id=choice_id(questionnaire, 0, 1)).count == 1


def test_no_cookie_no_answer_in_url_and_not_cached(taker, questionnaire):
    responses = [taker.start(), taker.answer(choice_id(questionnaire, 0, 1))]
    responses.append(taker.answer(choice_id(questionnaire, 1, 0)))
    responses.append(taker.answer(choice_id(questionnaire, 2, 2)))
    for response in responses:
        assert response.cookies == {} and "Set-Cookie" not in response.headers
        assert "no-store" in response["Cache-Control"]
        assert (
            'action="/en/risk-test/am-i-at-risk/"' in response.text
            or "Your result" in response.text
        )
        assert "csrfmiddlewaretoken" not in response.text


def test_print_and_start_again_on_the_result(taker, questionnaire):
    taker.start()
    taker.answer(choice_id(questionnaire, 0, 0))
    taker.answer(choice_id(questionnaire, 1, 0))
    html = taker.answer(choice_id(questionnaire, 2, 0)).text
    assert "data-print hidden" in html and "js/print" in html
    assert 'href="/en/risk-test/am-i-at-risk/">Start again' in html
    assert 'href="tel:+37080091119"' in html and 'href="/en/help/"' in html


def test_unpublished_questionnaire_is_not_found(client, questionnaire):
    questionnaire.status = "draft"
    questionnaire.save()
    assert client.get("/en/risk-test/am-i-at-risk/").status_code == 404
    assert client.post("/en/risk-test/am-i-at-risk/", {"action": "start"}).status_code == 404


def test_language_switch_on_the_intro(client, questionnaire):
    html = client.get("/en/risk-test/am-i-at-risk/").text
    assert 'href="/lt/rizikos-testas/ar-man-gresia-pavojus/" lang="lt"' in html


def test_switching_language_mid_test_keeps_the_answers(taker, questionnaire, client):
    taker.start()
    yes = choice_id(questionnaire, 0, 1)
    html = taker.answer(yes).text
    # On a question page the switcher posts the signed answers to the other language.
    assert '<form method="post" action="/lt/rizikos-testas/ar-man-gresia-pavojus/">' in html
    state = state_of(taker.response)
    lithuanian = client.post(
        "/lt/rizikos-testas/ar-man-gresia-pavojus/", {"state": state, "action": "show"}
    )
    assert lithuanian.status_code == 200
    assert "Klausimas 2 iš 3" in lithuanian.text
    back = client.post(
        "/lt/rizikos-testas/ar-man-gresia-pavojus/",
        {"state": state_of(lithuanian), "action": "back"},
    )
    assert f'value="{yes}" id="answer-{yes}" checked' in back.text


def test_other_pages_switch_language_with_plain_links(client, questionnaire):
    html = client.get("/en/risk-test/am-i-at-risk/").text
    assert 'name="action" value="show"' not in html
    assert 'href="/lt/rizikos-testas/ar-man-gresia-pavojus/"' in html
