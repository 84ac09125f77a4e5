"""The demo data files: readable YAML, every language the site offers, no prose left in Python."""

import ast
from collections import Counter
from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.conf import settings

from website.demo.loader import (
    DATA,
    SCHEMA,
    Fields,
    Item,
    languages,
    read,
    required_languages,
    translated,
)

ROOT = Path(settings.BASE_DIR)
SECTIONS = sorted(SCHEMA)
PYTHON_DIRS = ("awareness", "stories", "quiz", "website")
LONGEST_STRING = 300  # characters; demo prose belongs in the data files


def missing(item: Item, fields: Fields, where: str, codes: list[str]) -> list[str]:
    """Each language a field lacks, as "where: field: no 'xx'"; nested lists too."""
    problems = []
    for name in fields.translated:
        texts = item.get(name) or {}
        if not isinstance(texts, dict):
            problems.append(f"{where}: {name}: not one text per language")
            continue
        empty = [code for code in codes if not str(texts.get(code) or "").strip()]
        if name in fields.optional and len(empty) == len(codes):
            continue  # an optional field left out in every language
        problems += [f"{where}: {name}: no '{code}'" for code in empty]
    for name, nested in fields.nested.items():
        for number, child in enumerate(item.get(name) or [], start=1):
            problems += missing(child, nested, f"{where}: {name}[{number}]", codes)
    return problems


def section_problems(section: str, data: dict, codes: list[str]) -> list[str]:
    problems = []
    for list_name, fields in SCHEMA[section].items():
        required = [code for code in codes if code in required_languages(section, list_name)]
        for number, item in enumerate(data[list_name], start=1):
            where = f"{section}.yaml: {item.get('key', f'{list_name}[{number}]')}"
            problems += missing(item, fields, where, required)
    return problems


@pytest.mark.parametrize("section", SECTIONS)
def test_each_file_parses_with_safe_load_into_the_lists_of_its_schema(section):
    text = (DATA / f"{section}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data == read(section)
    assert sorted(data) == sorted(SCHEMA[section])
    assert all(isinstance(rows, list) and rows for rows in data.values())


def test_there_is_a_file_for_each_section_and_no_other():
    assert sorted(path.stem for path in DATA.glob("*.yaml")) == SECTIONS


@pytest.mark.parametrize("section", SECTIONS)
def test_every_item_has_a_unique_key(section):
    for list_name, rows in read(section).items():
        keys = [item.get("key") for item in rows]
        assert all(keys), f"{section}.yaml: an item of {list_name} has no key"
        doubled = [key for key, count in Counter(keys).items() if count > 1]
        assert not doubled, f"{section}.yaml: {list_name}: keys used twice: {doubled}"


@pytest.mark.parametrize("section", SECTIONS)
def test_every_required_text_is_there_in_every_language_of_the_site(section):
    problems = section_problems(section, read(section), languages())
    assert not problems, "\n".join(problems)


def test_a_missing_language_is_named_with_file_item_and_field():
    data = read("pages")
    page = data["pages"][0]
    del page["title"]["en"]
    page["summary"]["en"] = " "
    problems = section_problems("pages", data, languages())
    key = page["key"]
    assert problems == [
        f"pages.yaml: {key}: title: no 'en'",
        f"pages.yaml: {key}: summary: no 'en'",
    ]


def test_a_new_language_of_the_site_needs_its_texts_and_is_loaded_from_its_keys(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("pl", "Polish")]
    problems = section_problems("site", read("site"), languages())
    assert "site.yaml: national: name: no 'pl'" in problems
    hotline = {"name": {"lt": "Linija", "en": "Hotline", "pl": "Linia"}}
    assert translated(hotline, ["name"]) == {
        "name_lt": "Linija",
        "name_en": "Hotline",
        "name_ru": "",
        "name_uk": "",
        "name_pl": "Linia",
    }


def test_lists_that_may_wait_need_only_the_languages_content_is_written_in():
    assert required_languages("news", "news") == ["lt", "en"]
    assert required_languages("stories", "forms") == languages()
    data = read("news")
    data["news"][0]["title"].pop("ru", None)
    assert section_problems("news", data, languages()) == []


def test_at_least_three_stories_are_in_every_language_of_the_site():
    complete = [
        story["key"]
        for story in read("stories")["stories"]
        if not missing(story, SCHEMA["stories"]["stories"], story["key"], languages())
    ]
    assert len(complete) >= 3, complete


def test_an_optional_text_is_in_every_language_or_in_none():
    data = read("quiz")
    choice = data["questionnaires"][0]["questions"][0]["choices"][1]
    choice["explanation"] = {"lt": "Paaiškinimas"}
    assert section_problems("quiz", data, languages()) == [
        f"quiz.yaml: am-i-at-risk: questions[1]: choices[2]: explanation: no '{code}'"
        for code in languages()
        if code != "lt"
    ]


@pytest.mark.parametrize("questionnaire", read("quiz")["questionnaires"], ids=lambda q: q["key"])
def test_risk_test_bands_cover_every_total_and_scored_answers_explain_themselves(questionnaire):
    low = high = 0
    for question in questionnaire["questions"]:
        points = [choice["points"] for choice in question["choices"]]
        low += min(points)
        high += max(points) if question["kind"] == "single" else sum(points)
        for choice in question["choices"]:
            if choice["points"] or choice.get("red_flag"):
                assert all(choice.get("explanation", {}).get(code) for code in languages()), choice
    bands = questionnaire["bands"]
    for total in range(low, high + 1):
        assert sum(band["min"] <= total <= band["max"] for band in bands) == 1, total
    assert (bands[0]["min"], bands[-1]["max"]) == (low, high)


def test_the_python_demo_modules_are_gone():
    gone = ["awareness/demo", "stories/demo.py", "stories/demo_loader.py", "quiz/demo.py"]
    gone.append("quiz/demo_loader.py")
    assert [name for name in gone if (ROOT / name).exists()] == []


def _docstrings(tree: ast.AST) -> set[int]:
    nodes = [tree, *ast.walk(tree)]
    bodies = [node.body for node in nodes if isinstance(getattr(node, "body", None), list)]
    return {
        id(body[0].value)
        for body in bodies
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
    }


def test_no_python_module_holds_prose():
    """A cheap guard: no string longer than a few lines outside docstrings and migrations."""
    long = []
    for folder in PYTHON_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = _docstrings(tree)
            long += [
                f"{path.relative_to(ROOT)}:{node.lineno}"
                for node in ast.walk(tree)
                if isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value) > LONGEST_STRING
                and id(node) not in docstrings
            ]
    assert long == [], f"long strings (demo prose belongs in {DATA.name}/): {long}"


LIST_MODELS = {
    "pages": "awareness.Page",
    "hotlines": "awareness.Hotline",
    "home": "awareness.HomePage",
    "services": "awareness.Service",
    "cities": "awareness.City",
    "languages": "awareness.Language",
    "organisations": "awareness.Organisation",
    "news": "awareness.NewsItem",
    "resources": "awareness.Resource",
    "themes": "awareness.Theme",
    "forms": "stories.ExploitationForm",
    "recruitment": "stories.RecruitmentMethod",
    "stories": "stories.Story",
    "questionnaires": "quiz.Questionnaire",
}


def _too_long(item: Item, fields: Fields, model, where: str) -> list[str]:
    problems = []
    for name in fields.translated:
        limit = getattr(model._meta.get_field(name), "max_length", None)
        for code, text in (item.get(name) or {}).items():
            if limit and text and len(text) > limit:
                problems.append(f"{where}: {name}: {code}: {len(text)} > {limit}")
    for name, nested in fields.nested.items():
        child_model = model._meta.get_field(name).related_model  # figures, choices…
        for number, child in enumerate(item.get(name) or [], start=1):
            problems += _too_long(child, nested, child_model, f"{where}: {name}[{number}]")
    return problems


@pytest.mark.parametrize("section", SECTIONS)
def test_no_text_is_longer_than_its_column(section):
    # SQLite does not enforce a CharField's length; PostgreSQL refuses the load.
    problems = []
    data = read(section)
    for list_name, fields in SCHEMA[section].items():
        for item in data[list_name]:
            where = f"{section}.yaml: {item.get('key')}"
            problems += _too_long(item, fields, apps.get_model(LIST_MODELS[list_name]), where)
    assert not problems, "\n".join(problems)
