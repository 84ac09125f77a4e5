"""One rich-text field (core.fields.RichTextField) cleans staff HTML on every write."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from modeltranslation.fields import TranslationField

from awareness.models import HomePage, NewsItem, Page
from core.fields import RichTextField
from quiz.models import Questionnaire

ROOT = Path(__file__).resolve().parents[2]
DIRTY = (
    '<p onclick="steal()">Hello<script>alert(1)</script> <a href="javascript:alert(2)">link</a></p>'
)
CLEAN_PARTS = ("<script", "onclick", "javascript:", "alert(1)")


def assert_clean(html: str) -> None:
    assert "Hello" in html
    for part in CLEAN_PARTS:
        assert part not in html, html


def rich_text_fields():
    return [
        field
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField)
    ]


def test_every_language_column_is_a_rich_text_field():
    fields = rich_text_fields()
    translated = [field for field in fields if isinstance(field, TranslationField)]
    names = {(field.model.__name__, field.name) for field in fields}
    for model, base in {
        ("Page", "body"),
        ("HomePage", "intro"),
        ("NewsItem", "body"),
        ("Story", "body"),
        ("Questionnaire", "introduction"),
        ("ResultBand", "advice"),
    }:
        for code, _name in settings.LANGUAGES:
            assert (model, f"{base}_{code}") in names
    # modeltranslation's copy keeps the field's own pre_save
    assert translated and all(
        type(field).pre_save is RichTextField.pre_save for field in translated
    )


@pytest.mark.django_db
def test_saving_cleans_a_non_default_language_column():
    page = Page.objects.create(title_lt="Puslapis", slug_lt="puslapis", body_en=DIRTY)
    assert_clean(page.body_en)  # the instance holds what was stored
    page.refresh_from_db()
    assert_clean(page.body_en)
    assert page.body_lt in ("", None)


@pytest.mark.django_db
def test_every_rich_text_model_cleans_on_save():
    home = HomePage.objects.create(intro_title_lt="Sveiki", intro_lt=DIRTY, intro_en=DIRTY)
    item = NewsItem.objects.create(
        title_lt="Naujiena", slug_lt="naujiena", summary_lt="Santrauka", body_en=DIRTY
    )
    quiz = Questionnaire.objects.create(title_lt="Testas", slug_lt="testas", introduction_en=DIRTY)
    home.refresh_from_db()
    item.refresh_from_db()
    quiz.refresh_from_db()
    for html in (home.intro_lt, home.intro_en, item.body_en, quiz.introduction_en):
        assert_clean(html)


@pytest.mark.django_db
def test_bulk_create_cleans_too():
    Page.objects.bulk_create(
        [Page(title_lt="Masinis", slug_lt="masinis", body_lt=DIRTY, body_en=DIRTY)]
    )
    page = Page.objects.get(slug_lt="masinis")
    assert_clean(page.body_lt)
    assert_clean(page.body_en)


@pytest.mark.django_db
def test_update_fields_cleans_the_named_column():
    page = Page.objects.create(title_lt="Puslapis", slug_lt="puslapis")
    page.body_en = DIRTY
    page.save(update_fields=["body_en"])
    page.refresh_from_db()
    assert_clean(page.body_en)


def test_the_form_field_is_the_editor_with_the_allow_list():
    field = Page._meta.get_field("body_en")
    assert field.config == {"extensions": RichTextField().config["extensions"]}
    assert_clean(field.clean(DIRTY, None))


def test_no_model_cleans_html_itself():
    """Cleaning is the field's job (and the template filter's), not each model's save()."""
    calls = re.compile(r"\bclean_(translated_)?html\b")
    model_modules = [
        path
        for app in ("awareness", "stories", "quiz", "consultations", "website", "core")
        for path in (ROOT / app).rglob("models*.py")
    ] + list((ROOT / "awareness" / "models").glob("*.py"))
    assert model_modules
    offenders = [
        str(path.relative_to(ROOT))
        for path in model_modules
        if calls.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
