"""Consultation in the four languages: asking, looking up and replying on /ru/ and /uk/,
and the consultants' inbox showing and filtering the answer language."""

import re

import pytest

from consultations.models import Consultation, ConsultationStatus, Message
from tests.consultations.test_abuse_and_staff import staff_client

PAGES = {
    "ru": {
        "ask": "/ru/konsultatsiya/",
        "answer": "/ru/konsultatsiya/otvet/",
        "reply": "/ru/konsultatsiya/otvetit/",
        "question": "Мне предложили работу в Польше, но нужно заплатить 300 евро. Это безопасно?",
        "answer_text": "Никогда не платите за работу.",
        "answered": "Отвечена",
        "follow_up": "Спасибо. А если я уже заплатил?",
        "sent": "Ваше сообщение отправлено.",
    },
    "uk": {
        "ask": "/uk/konsultatsiia/",
        "answer": "/uk/konsultatsiia/vidpovid/",
        "reply": "/uk/konsultatsiia/vidpovisty/",
        "question": "Мені пропонують роботу в Норвегії, але треба заплатити 500 євро. Це безпечно?",
        "answer_text": "Ніколи не платіть за роботу.",
        "answered": "Відповідь надано",
        "follow_up": "Дякую. А якщо я вже заплатила?",
        "sent": "Ваше повідомлення надіслано.",
    },
}
OPTIONS = (
    '<option value="lt" lang="lt">Lietuviškai</option>',
    '<option value="en" lang="en">English</option>',
    '<option value="ru" lang="ru">Русский</option>',
    '<option value="uk" lang="uk">Українська</option>',
)


@pytest.mark.parametrize(
    ("language", "path"),
    [
        ("lt", "/lt/konsultacija/"),
        ("en", "/en/consultation/"),
        ("ru", "/ru/konsultatsiya/"),
        ("uk", "/uk/konsultatsiia/"),
    ],
)
def test_the_form_offers_four_answer_languages_named_in_themselves(client, db, language, path):
    html = client.get(path).text
    for option in OPTIONS:
        if f'"{language}"' in option:  # the page's language comes first
            option = option.replace(" lang=", " selected lang=")
        assert option in html, option


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_ask_look_up_and_reply_in_russian_and_ukrainian(client, db, language):
    page = PAGES[language]
    response = client.post(
        page["ask"],
        {
            "topic": "job-offer",
            "question": page["question"],
            "language": language,
            "contact": "",
            "website": "",
        },
    )
    assert response.status_code == 200
    code = re.search(r'<p class="code" id="code">([A-Z0-9-]+)</p>', response.text).group(1)
    consultation = Consultation.objects.get()
    assert consultation.language == language
    assert consultation.messages.get().text == page["question"]

    Message.objects.create(
        consultation=consultation, author=Message.Author.STAFF, text=page["answer_text"]
    )
    consultation.status = ConsultationStatus.ANSWERED
    consultation.save()
    html = client.post(page["answer"], {"code": code.lower()}).text
    assert page["question"] in html and page["answer_text"] in html
    assert page["answered"] in html
    assert f'action="{page["reply"]}"' in html

    response = client.post(page["reply"], {"code": code, "text": page["follow_up"]})
    assert response.status_code == 200 and page["sent"] in response.text
    assert page["follow_up"] in response.text
    consultation.refresh_from_db()
    assert consultation.status == ConsultationStatus.NEW
    assert consultation.messages.count() == 3


def test_a_visitor_on_a_russian_page_may_ask_for_an_answer_in_ukrainian(client, db):
    client.post(
        "/ru/konsultatsiya/",
        {"topic": "other", "question": "Вопрос", "language": "uk", "contact": "", "website": ""},
    )
    assert Consultation.objects.get().language == "uk"


def test_an_unknown_answer_language_is_refused_never_a_500(client, db):
    response = client.post(
        "/uk/konsultatsiia/",
        {"topic": "other", "question": "Питання", "language": "uz", "contact": "", "website": ""},
    )
    assert response.status_code == 200 and not Consultation.objects.exists()


def test_consultants_see_and_filter_the_answer_language(db):
    for language in ("lt", "en", "ru", "uk"):
        consultation = Consultation.objects.create(
            code_hash=f"hash-{language}", topic="other", language=language
        )
        Message.objects.create(consultation=consultation, author="visitor", text=language)
    consultant = staff_client("Consultants")
    url = "/en/admin/consultations/consultation/"
    html = consultant.get(url).text
    assert '<th scope="col" class="sortable column-language">' in html
    for name in ("Lithuanian", "English", "Russian", "Ukrainian"):
        assert f'<td class="field-language">{name}</td>' in html
    # The filter offers every language and keeps only the chosen one.
    for code in ("lt", "en", "ru", "uk"):
        assert f'href="?language__exact={code}"' in html
    filtered = consultant.get(url, {"language__exact": "uk"}).text
    assert '<td class="field-language">Ukrainian</td>' in filtered
    assert '<td class="field-language">Russian</td>' not in filtered
    assert filtered.count('<td class="field-language">') == 1
