"""The online consultation: ask, note the code, come back for the answer, reply."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.browser.helpers import LANGS, axe_check, sign_in_to_admin
from tests.signin import confirmed_device

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("lang", LANGS)]

URLS = {
    "lt": ("/lt/konsultacija/", "/lt/konsultacija/atsakymas/"),
    "en": ("/en/consultation/", "/en/consultation/answer/"),
}
T = {
    "lt": {
        "topic": "Darbo pasiūlymas užsienyje",
        "question": "Jūsų klausimas",
        "send": "Siųsti klausimą",
        "code": "Jūsų kodas",
        "show": "Rodyti mano konsultaciją",
        "message": "Jūsų žinutė",
        "reply": "Siųsti",
        "sent": "Jūsų žinutė išsiųsta.",
        "save": "Išsaugoti",
        "not_found": "Konsultacijos su tokiu kodu neradome",
    },
    "en": {
        "topic": "A job offer abroad",
        "question": "Your question",
        "send": "Send the question",
        "code": "Your reference code",
        "show": "Show my consultation",
        "message": "Your message",
        "reply": "Send",
        "sent": "Your message was sent.",
        "save": "Save",
        "not_found": "We found no consultation with this code",
    },
}
QUESTION = {
    "lt": "Man siūlo darbą Vokietijoje, bet prašo pinigų. Ką daryti?",
    "en": "I am offered a job in Germany, but they ask for money. What should I do?",
}
ANSWER = "Never pay for a job offer. Call 8 800 91119 to check the employer."


def ask(page, site, lang) -> str:
    t = T[lang]
    page.goto(site + URLS[lang][0])
    axe_check(page)
    page.get_by_label(t["topic"]).check()
    page.locator("#id_question").fill(QUESTION[lang])
    page.get_by_role("button", name=t["send"]).click()
    code = page.locator("#code").inner_text().strip()
    assert re.fullmatch(r"[2-9A-Z]{4}(-[2-9A-Z]{4}){3}", code)
    assert code not in page.url
    axe_check(page)
    return code


def answer_in_admin(staff, site, lang) -> None:
    user = get_user_model().objects.create_superuser(
        "konsultante", "k@example.org", "ilgas-slaptazodis-1"
    )
    device = confirmed_device(user)
    sign_in_to_admin(staff, site, lang, "konsultante", "ilgas-slaptazodis-1", device)
    staff.goto(f"{site}/{lang}/admin/consultations/consultation/")
    staff.locator("#result_list tbody tr th a").first.click()
    expect(staff.locator("body")).to_contain_text(QUESTION[lang])
    staff.locator("#id_messages-1-text").fill(ANSWER)
    staff.locator("input[name='_save']").click()
    expect(staff.locator(".messagelist")).to_be_visible()


def test_ask_come_back_read_the_answer_and_follow_up(open_page, site, lang):
    t = T[lang]
    visitor = open_page()
    code = ask(visitor, site, lang)
    answer_in_admin(open_page(), site, lang)

    visitor.goto(site + URLS[lang][1])
    visitor.locator("#id_code").fill(code.lower().replace("-", " "))
    visitor.get_by_role("button", name=t["show"]).click()
    expect(visitor.locator(".thread")).to_contain_text(QUESTION[lang])
    expect(visitor.locator(".thread__message--staff")).to_contain_text(ANSWER)
    assert code not in visitor.url and "?" not in visitor.url
    axe_check(visitor)

    visitor.locator("#id_text").fill("Thank you. And if I already paid?")
    visitor.get_by_role("button", name=t["reply"], exact=True).click()
    expect(visitor.get_by_role("status")).to_have_text(t["sent"])
    expect(visitor.locator(".thread")).to_contain_text("And if I already paid?")


def test_a_wrong_code_gets_the_generic_message(open_page, site, lang, transactional_db):
    t = T[lang]
    page = open_page()
    page.goto(site + URLS[lang][1])
    page.locator("#id_code").fill("ABCD-EFGH-JKMN-PQRS")
    page.get_by_role("button", name=t["show"]).click()
    expect(page.get_by_role("alert")).to_contain_text(t["not_found"])
    axe_check(page)
