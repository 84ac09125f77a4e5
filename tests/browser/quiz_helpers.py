"""Helpers for the risk-test browser tests: the demo questionnaires, answering
them by clicking labels, and a trail of everything the browser kept or sent."""

from urllib.parse import unquote, urlsplit

from quiz.models import Questionnaire
from tests.browser.helpers import url_of
from website.demo.loader import read

QUESTIONNAIRES = read("quiz")["questionnaires"]

KEYS = [data["key"] for data in QUESTIONNAIRES]
SLUGS = {data["key"]: data["slug"] for data in QUESTIONNAIRES}

QUIZ_TEXT = {
    "lt": {
        "start": "Pradėti testą",
        "next": "Kitas",
        "result": "Žiūrėti rezultatą",
        "back": "Atgal",
        "progress": "Klausimas {number} iš {total}",
        "problem": "Kilo problema",
        "missing": "Pasirinkite atsakymą.",
        "print": "Spausdinti rezultatą",
        "your_result": "Jūsų rezultatas",
    },
    "en": {
        "start": "Start the test",
        "next": "Next",
        "result": "See the result",
        "back": "Back",
        "progress": "Question {number} of {total}",
        "problem": "There is a problem",
        "missing": "Please choose an answer.",
        "print": "Print this result",
        "your_result": "Your result",
    },
}


def load(key: str, lang: str):
    """The demo questionnaire ``key`` and its questions, choices prefetched."""
    questionnaire = Questionnaire.objects.get(**{f"slug_{lang}": SLUGS[key][lang]})
    return questionnaire, list(questionnaire.questions.prefetch_related("choices"))


def safest(question) -> list:
    """The first 0-point choice (on a multiple question, "None of these" alone)."""
    zero = [choice for choice in question.choices.all() if choice.points == 0]
    assert zero, f"no 0-point choice in {question}"
    return zero[:1]


def riskiest(question) -> list:
    """The highest-points choice; on a multiple question every choice but the 0-point one."""
    choices = list(question.choices.all())
    if question.kind == "multiple":
        return [choice for choice in choices if choice.points > 0]
    return [max(choices, key=lambda choice: choice.points)]


def expected_band(questionnaire, chosen):
    """The band quiz.scoring should give: a red flag means the highest band."""
    bands = sorted(questionnaire.bands.all(), key=lambda band: band.max_score)
    if any(choice.red_flag for choice in chosen):
        return bands[-1]
    total = sum(choice.points for choice in chosen)
    return next(band for band in bands if band.min_score <= total <= band.max_score)


class Trail:
    """Navigation requests, the address after each step, and any cookie."""

    def __init__(self, page):
        self.page, self.requests, self.urls, self.cookies = page, [], [], []
        page.on("request", self._record)

    def _record(self, request):
        if request.is_navigation_request() and request.frame == self.page.main_frame:
            self.requests.append((request.method, request.url))

    def step(self):
        self.urls.append(self.page.url)
        self.cookies.extend(self.page.context.cookies())

    def assert_private(self, own_url: str, chosen, lang: str, posts: int) -> None:
        assert self.cookies == [], f"cookies set during the test: {self.cookies}"
        urls = self.urls + [url for _method, url in self.requests]
        for url in urls:
            parts = urlsplit(url)
            assert not parts.query and not parts.fragment, url
            segments = unquote(parts.path).split("/")
            for choice in chosen:
                assert str(choice.pk) not in segments, url
                assert getattr(choice, f"text_{lang}") not in unquote(url), url
        assert set(urls) == {own_url}
        sent = [url for method, url in self.requests if method == "POST"]
        assert len(sent) == posts and set(sent) == {own_url}


def submit(page, label: str, trail: Trail | None = None) -> None:
    """Press a form button and wait for the page it posts to."""
    with page.expect_navigation():
        page.get_by_role("button", name=label, exact=True).click()
    if trail:
        trail.step()


def start(page, site: str, questionnaire, lang: str, trail: Trail | None = None) -> None:
    page.goto(f"{site}{url_of(questionnaire, lang)}")
    if trail:
        trail.step()
    assert page.locator("h1").inner_text() == getattr(questionnaire, f"title_{lang}")
    submit(page, QUIZ_TEXT[lang]["start"], trail)


def progress(page) -> str:
    return page.locator(".quiz__progress strong").inner_text()


def answer(page, choices, lang: str) -> None:
    """Click each choice's label text; its input is then checked."""
    for choice in choices:
        text = getattr(choice, f"text_{lang}")
        page.locator("fieldset").get_by_text(text, exact=True).click()
        assert page.get_by_label(text, exact=True).is_checked(), text


def walk(page, lang, questions, pick, first=1, total=None, trail=None) -> list:
    """Answer ``questions`` (numbered from ``first``) with ``pick``; return the choices."""
    total, text, chosen = total or len(questions), QUIZ_TEXT[lang], []
    for number, question in enumerate(questions, start=first):
        assert page.locator("h1").inner_text() == getattr(question, f"text_{lang}")
        assert progress(page) == text["progress"].format(number=number, total=total)
        choices = pick(question)
        answer(page, choices, lang)
        chosen += choices
        submit(page, text["result"] if number == total else text["next"], trail)
    return chosen


def assert_result(page, questionnaire, chosen, lang: str, level: str):
    band = expected_band(questionnaire, chosen)
    assert band.level == level
    assert page.locator("h1").inner_text() == QUIZ_TEXT[lang]["your_result"]
    assert page.locator(f"section.result--{level}").is_visible()
    assert page.locator("#band-heading").inner_text() == getattr(band, f"title_{lang}")
    return band
