"""Translation work in the admin: which languages an object lacks, as a column and a filter.

An object lacks a language when one of its model's main translated fields (those
modeltranslation requires for the default language, core.languages.main_fields) is
empty or NULL in that language's column.
"""

from dataclasses import dataclass
from itertools import count

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from modeltranslation.translator import translator

from awareness.models import Hotline, NewsItem, Organisation, Page, Resource, Service
from core import admin as core_admin
from core.admin import MissingLanguageFilter
from core.languages import judged_languages, main_fields, missing_language_q, missing_languages
from quiz.models import Question, Questionnaire
from stories.models import ExploitationForm, Story

FOUR_LANGUAGES = [("lt", "Lithuanian"), ("en", "English"), ("ru", "Russian"), ("uk", "Ukrainian")]
numbers = count(1)


@dataclass
class Case:
    model: type
    values: object  # n -> the fields of an object complete in Lithuanian and English
    blank: str  # a main field, emptied to make an object that lacks English

    def make(self, **fields):
        return self.model.objects.create(**(self.values(next(numbers)) | fields))

    @property
    def url(self) -> str:
        return f"/en/admin/{self.model._meta.app_label}/{self.model._meta.model_name}/"


def both(field: str, lt: str, en: str) -> dict:
    """Complete in Lithuanian and English; Russian and Ukrainian copy the English."""
    return {f"{field}_lt": lt, f"{field}_en": en, f"{field}_ru": en, f"{field}_uk": en}


def _questionnaire(n: int) -> dict:
    return both("title", f"Testas {n}", f"Test {n}") | both("slug", f"testas-{n}", f"test-{n}")


CASES = {
    "page": Case(
        Page,
        lambda n: (
            both("title", f"Puslapis {n}", f"Page {n}")
            | both("slug", f"puslapis-{n}", f"page-{n}")
            | both("summary", "Santrauka.", "Summary.")
            | both("body", "<p>Tekstas</p>", "<p>Text</p>")
            | both("meta_description", "Aprašymas.", "Description.")
        ),
        # Page declares every translated field required: an optional one counts too.
        blank="meta_description",
    ),
    "story": Case(
        Story,
        lambda n: (
            both("title", f"Istorija {n}", f"Story {n}")
            | both("slug", f"istorija-{n}", f"story-{n}")
            | both("pseudonym", "Rūta", "Ruta")
            | {"period_start": 2019, "age_group": "26-35"}
        ),
        blank="pseudonym",
    ),
    "organisation": Case(
        Organisation,
        lambda n: (
            both("name", f"Organizacija {n}", f"Organisation {n}")
            | both("description", "Padeda.", "Helps.")
            | {"slug": f"org-{n}"}
        ),
        blank="description",
    ),
    "questionnaire": Case(Questionnaire, _questionnaire, blank="title"),
    "question": Case(
        Question,
        lambda n: (
            both("text", f"Klausimas {n}?", f"Question {n}?")
            | {"questionnaire": Questionnaire.objects.get_or_create(**_questionnaire(0))[0]}
        ),
        blank="text",
    ),
    "hotline": Case(
        Hotline,
        lambda n: (
            both("name", f"Linija {n}", f"Line {n}")
            | both("hours", "Visą parą", "24/7")
            | both("description", "Nemokama.", "Free.")
            | {"number": "8 800 91119", "tel": "+37080091119"}
        ),
        blank="hours",
    ),
    "newsitem": Case(
        NewsItem,
        lambda n: (
            both("title", f"Naujiena {n}", f"News {n}")
            | both("slug", f"naujiena-{n}", f"news-{n}")
            | both("summary", "Trumpai.", "In short.")
        ),
        blank="summary",
    ),
    "service": Case(
        Service,
        lambda n: both("name", f"Paslauga {n}", f"Service {n}") | {"slug": f"service-{n}"},
        blank="name",
    ),
    "exploitationform": Case(
        ExploitationForm,
        lambda n: both("name", f"Forma {n}", f"Form {n}") | {"slug": f"form-{n}"},
        blank="name",
    ),
}


def _filtered(client, case: Case, code: str) -> set:
    response = client.get(case.url, {MissingLanguageFilter.parameter_name: code})
    assert response.status_code == 200
    return {obj.pk for obj in response.context["cl"].result_list}


def _column(client, case: Case, obj) -> str:
    response = client.get(case.url)
    model_admin = admin.site.get_model_admin(case.model)
    assert obj in response.context["cl"].result_list
    return model_admin.missing_languages_display(obj)


# --- Which fields count ------------------------------------------------------------


def test_main_fields_follow_the_translation_options():
    # required_languages as a list of languages: every translated field, in model order.
    assert main_fields(Page) == ["title", "slug", "summary", "body", "meta_description"]
    # ... as a dict: the fields named for the default language.
    assert main_fields(Story) == ["title", "slug", "pseudonym"]
    assert main_fields(Organisation) == ["name", "description"]
    assert main_fields(Questionnaire) == ["title", "slug"]


def test_main_fields_without_required_ones_are_all_translated_fields(monkeypatch):
    options = translator.get_options_for_model(Resource)
    monkeypatch.setattr(options, "required_languages", ())
    assert main_fields(Resource) == ["title", "description", "publisher"]
    monkeypatch.setattr(options, "required_languages", {"en": ("title",)})  # not for lt
    assert main_fields(Resource) == ["title", "description", "publisher"]
    monkeypatch.setattr(options, "required_languages", {"default": ("publisher",)})
    assert main_fields(Resource) == ["publisher"]


# --- Column and filter, model by model ----------------------------------------------


@pytest.mark.parametrize("name", CASES)
def test_an_object_missing_english_is_shown_and_found(admin_client, name):
    case = CASES[name]
    complete = case.make()
    lacking = case.make(**{f"{case.blank}_en": ""})
    assert _column(admin_client, case, lacking) == "EN"
    assert _column(admin_client, case, complete) == "—"
    assert _filtered(admin_client, case, "en") == {lacking.pk}
    assert _filtered(admin_client, case, "lt") == set()
    assert {obj.pk for obj in admin_client.get(case.url).context["cl"].result_list} >= {
        complete.pk,
        lacking.pk,
    }


@pytest.mark.parametrize("name", ["page", "organisation", "story"])
def test_null_counts_as_missing_and_the_default_language_is_judged_alike(admin_client, name):
    case = CASES[name]
    null = case.make(**{f"{case.blank}_en": None})
    neither = case.make(**{f"{case.blank}_en": None, f"{case.blank}_lt": ""})
    assert missing_languages(null) == ["en"]
    assert _column(admin_client, case, neither) == "LT, EN"
    assert _filtered(admin_client, case, "en") == {null.pk, neither.pk}
    assert _filtered(admin_client, case, "lt") == {neither.pk}


def test_the_column_and_the_filter_agree(db):
    objects = []
    for case in CASES.values():
        objects += [case.make(), case.make(**{f"{case.blank}_en": ""})]
        objects.append(case.make(**{f"{case.blank}_lt": None}))
    for obj in objects:
        model = type(obj)
        found = [
            code
            for code in judged_languages(model)
            if model.objects.filter(missing_language_q(model, code), pk=obj.pk).exists()
        ]
        assert found == missing_languages(obj), obj


def test_the_filter_speaks_the_admin_language(admin_client):
    html = admin_client.get("/lt/admin/awareness/page/").text
    assert '<details data-filter-title="Trūksta kalbos"' in html
    assert "?missing_language=lt" in html and ">Lietuvių</a>" in html
    assert "?missing_language=en" in html and ">Anglų</a>" in html
    html = admin_client.get("/en/admin/awareness/page/").text
    assert "Missing a language" in html and ">English</a>" in html
    assert "By Missing a language" not in html


def test_the_filter_counts_with_the_admin_facets(admin_client):
    case = CASES["story"]
    case.make()
    case.make(title_en="")
    case.make(pseudonym_en="", pseudonym_lt="")
    html = admin_client.get(case.url, {"_facets": "1"}).text
    assert ">Lithuanian (1)</a>" in html and ">English (2)</a>" in html


def test_an_unknown_choice_filters_nothing_out(admin_client):
    case = CASES["page"]
    objects = {case.make().pk, case.make(title_en="").pk}
    assert _filtered(admin_client, case, "xx") == objects


@pytest.mark.parametrize("name", ["page", "story", "organisation", "questionnaire", "question"])
def test_filtered_changelist_queries_stay_flat(admin_client, django_assert_num_queries, name):
    case = CASES[name]
    url = f"{case.url}?missing_language=en"
    for _ in range(3):
        case.make(**{f"{case.blank}_en": ""})
    case.make()
    admin_client.get(url)  # warm up: session, content types
    with CaptureQueriesContext(connection) as three:
        assert len(admin_client.get(url).context["cl"].result_list) == 3
    for _ in range(27):
        case.make(**{f"{case.blank}_en": ""})
    with django_assert_num_queries(len(three)):
        assert len(admin_client.get(url).context["cl"].result_list) == 30


# --- Every translated model's admin ---------------------------------------------------

TRANSLATED_ADMINS = sorted(
    (
        model_admin
        for model, model_admin in admin.site._registry.items()
        if model in translator.get_registered_models()
    ),
    key=lambda model_admin: model_admin.opts.label,
)


def test_the_translated_admins_are_all_found():
    assert len(TRANSLATED_ADMINS) >= 14
    assert {Page, Story, Organisation, Questionnaire, Question, Service} <= {
        model_admin.model for model_admin in TRANSLATED_ADMINS
    }


@pytest.mark.parametrize("model_admin", TRANSLATED_ADMINS, ids=lambda m: m.opts.label)
@pytest.mark.parametrize(
    ("language", "title"), [("lt", "Trūksta kalbos"), ("en", "Missing a language")]
)
def test_every_translated_admin_has_the_column_and_the_filter(
    admin_client, rf, admin_user, model_admin, language, title
):
    opts = model_admin.opts
    response = admin_client.get(f"/{language}/admin/{opts.app_label}/{opts.model_name}/")
    assert response.status_code == 200
    assert f'<details data-filter-title="{title}"' in response.text
    assert '<a href="?missing_language=en">' in response.text
    request = rf.get("/")
    request.user = admin_user
    assert "missing_languages_display" in model_admin.get_list_display(request)
    assert MissingLanguageFilter in model_admin.get_list_filter(request)


# --- Languages in the settings ------------------------------------------------------


def test_four_languages_build_the_options_and_conditions(rf, admin_user, settings, monkeypatch):
    settings.LANGUAGES = FOUR_LANGUAGES
    condition = missing_language_q(Story, "uk")
    assert condition.connector == "OR"
    assert condition.children == [
        ("title_uk__isnull", True),
        ("title_uk", ""),
        ("slug_uk__isnull", True),
        ("slug_uk", ""),
        ("pseudonym_uk__isnull", True),
        ("pseudonym_uk", ""),
    ]
    # As if the models had the new columns (they get them when Django starts
    # with the new LANGUAGES, and a migration): one option per language.
    monkeypatch.setattr(core_admin, "judged_languages", lambda model: ["lt", "en", "ru", "uk"])
    request = rf.get("/")
    request.user = admin_user
    model_admin = admin.site.get_model_admin(Page)
    for language, names in {
        "en": ["Lithuanian", "English", "Russian", "Ukrainian"],
        "lt": ["Lietuvių", "Anglų", "Rusų", "Ukrainiečių"],
        "uk": ["Литовська", "Англійська", "Російська", "Українська"],
    }.items():
        with translation.override(language):
            choices = MissingLanguageFilter(request, {}, Page, model_admin).lookups(
                request, model_admin
            )
            assert [(code, str(name)) for code, name in choices] == list(
                zip(["lt", "en", "ru", "uk"], names, strict=True)
            )


def test_a_language_without_columns_is_neither_offered_nor_reported(rf, admin_user, settings):
    case = CASES["page"]
    lacking = case.make(title_en="")
    complete = case.make()
    settings.LANGUAGES = [*FOUR_LANGUAGES, ("pl", "Polish")]
    # A language added to the settings after start (here, in a test) has no
    # columns yet: it is left out (not reported missing, not offered).
    assert judged_languages(Page) == ["lt", "en", "ru", "uk"]
    assert missing_languages(lacking) == ["en"] and missing_languages(complete) == []
    request = rf.get("/")
    request.user = admin_user
    model_admin = admin.site.get_model_admin(Page)
    queryset = Page.objects.all()

    def pick(code):
        params = {MissingLanguageFilter.parameter_name: [code]}
        return MissingLanguageFilter(request, params, Page, model_admin)

    assert [code for code, _name in pick("en").lookup_choices] == ["lt", "en", "ru", "uk"]
    assert list(pick("en").queryset(request, queryset)) == [lacking]
    assert pick("pl").queryset(request, queryset) is None  # not offered: no filtering
