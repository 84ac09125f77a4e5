"""The demo stories in a browser: filter the list, read a story, switch language."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from stories.models import ExploitationForm, RecruitmentMethod, Story
from tests.browser.helpers import LANGS, OTHER, TEXT, axe_check, url_of

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("lang", LANGS)]

STORY_TEXT = {
    "lt": {
        "filters": "Istorijų filtrai",
        "form": "Išnaudojimo forma",
        "recruitment": "Kaip žmogus buvo užverbuotas",
        "all": "Visos",
        "signs": "Pavojaus ženklai šioje istorijoje",
        "composite": "Ši istorija sukurta remiantis keliais tikrais atvejais. "
        "Vardai ir detalės pakeisti.",
        "take_test": "Atlikite rizikos testą",
        "risk_test": "Rizikos testas",
    },
    "en": {
        "filters": "Filter stories",
        "form": "Form of exploitation",
        "recruitment": "How the person was recruited",
        "all": "All",
        "signs": "Warning signs in this story",
        "composite": "This is an illustrative composite built from several real cases. "
        "Names and details have been changed.",
        "take_test": "Take the risk test",
        "risk_test": "Risk test",
    },
}
FORM, METHOD = "forced-labour", "job-offer-abroad"
STORY = "ruta-darbas-vokietijoje"  # the demo's first story (website/demo/data/stories.yaml)


def path(name: str, lang: str) -> str:
    with translation.override(lang):
        return reverse(name)


def count_text(n: int, lang: str) -> str:
    with translation.override(lang):
        return translation.ngettext("%(counter)s story", "%(counter)s stories", n) % {"counter": n}


def titles(stories, lang: str) -> list[str]:
    return sorted(getattr(story, f"title_{lang}") for story in stories)


def term_link(group, term, lang: str):
    name = re.compile(rf"^{re.escape(getattr(term, f'name_{lang}'))} \(\d+\)$")
    return group.get_by_role("link", name=name)


def assert_list_shows(page, stories, lang: str) -> None:
    assert page.locator("main [role=status]").inner_text() == count_text(len(stories), lang)
    shown = page.locator(".cards--stories .card__title").all_inner_texts()
    assert sorted(shown) == titles(stories, lang)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_filter_links_narrow_the_list_and_are_marked_current(
    open_page, site, demo, lang, javascript
):
    page, text = open_page(java_script_enabled=javascript), STORY_TEXT[lang]
    form = ExploitationForm.objects.get(slug=FORM)
    method = RecruitmentMethod.objects.get(slug=METHOD)
    published = Story.objects.published()
    page.goto(f"{site}{path('stories:list', lang)}")
    assert_list_shows(page, list(published), lang)
    filters = page.get_by_role("navigation", name=text["filters"])
    forms = filters.get_by_role("list", name=text["form"])
    assert forms.get_by_role("link", name=text["all"], exact=True).get_attribute("aria-current")

    term_link(forms, form, lang).click()
    page.wait_for_url(f"{site}{path('stories:list', lang)}?form={FORM}")
    by_form = list(published.filter(forms=form))
    assert 0 < len(by_form) < published.count()
    assert_list_shows(page, by_form, lang)
    assert term_link(forms, form, lang).get_attribute("aria-current") == "true"
    assert forms.get_by_role("link", name=text["all"]).get_attribute("aria-current") is None

    methods = filters.get_by_role("list", name=text["recruitment"])
    term_link(methods, method, lang).click()
    page.wait_for_url(re.compile(rf"\?form={FORM}&recruitment={METHOD}$"))
    both = list(published.filter(forms=form).filter(recruitment=method))
    assert 0 < len(both) < len(by_form)
    assert_list_shows(page, both, lang)
    assert term_link(methods, method, lang).get_attribute("aria-current") == "true"
    assert term_link(forms, form, lang).get_attribute("aria-current") == "true"


def test_a_story_from_the_list_shows_its_warning_signs_and_composite_note(
    browser_page, site, demo, lang
):
    page, text = browser_page, STORY_TEXT[lang]
    story = Story.objects.get(slug_lt=STORY)
    page.goto(f"{site}{path('stories:list', lang)}")
    page.locator(".cards--stories").get_by_role(
        "link", name=getattr(story, f"title_{lang}"), exact=True
    ).click()
    page.wait_for_url(f"{site}{url_of(story, lang)}")
    assert page.locator("h1").inner_text() == getattr(story, f"title_{lang}")
    signs = page.get_by_role("region", name=text["signs"])
    expected = [getattr(sign, f"text_{lang}") for sign in story.warning_signs.all()]
    assert expected and signs.locator("li").all_inner_texts() == expected
    assert page.locator("article p.note").inner_text() == text["composite"]


def test_language_switcher_on_a_story_opens_its_translation(browser_page, site, demo, lang):
    page, other = browser_page, OTHER[lang]
    story = Story.objects.get(slug_lt=STORY)
    page.goto(f"{site}{url_of(story, lang)}")
    page.get_by_role("navigation", name=TEXT[lang]["language"]).get_by_role(
        "link", name=TEXT[lang]["switch_to"]
    ).click()
    page.wait_for_url(f"{site}{url_of(story, other)}")
    assert getattr(story, f"slug_{lang}") != getattr(story, f"slug_{other}")
    assert page.locator("html").get_attribute("lang") == other
    assert page.locator("h1").inner_text() == getattr(story, f"title_{other}")


def test_a_story_leads_to_the_risk_test(browser_page, site, demo, lang):
    page, text = browser_page, STORY_TEXT[lang]
    page.goto(f"{site}{url_of(Story.objects.get(slug_lt=STORY), lang)}")
    page.get_by_role("link", name=text["take_test"], exact=True).click()
    page.wait_for_url(f"{site}{path('quiz:index', lang)}")
    assert page.locator("h1").inner_text() == text["risk_test"]
    assert page.locator("main .cards a").count() >= 2


def test_story_list_and_a_story_pass_axe(browser_page, site, demo, lang):
    page = browser_page
    page.goto(f"{site}{path('stories:list', lang)}")
    axe_check(page)
    page.goto(f"{site}{url_of(Story.objects.get(slug_lt=STORY), lang)}")
    assert page.get_by_role("region", name=STORY_TEXT[lang]["signs"]).is_visible()
    axe_check(page)
