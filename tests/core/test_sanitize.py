"""Staff HTML is cleaned on save and again on render."""

from django.db import connection

from awareness.models import Page
from core.sanitize import clean_html

DIRTY = (
    '<p onclick="steal()">Hi<script>alert(1)</script></p>'
    '<a href="javascript:alert(1)">x</a><img src="https://tracker.example/p.gif">'
    '<a href="https://ilo.org/" target="_blank">ILO</a>'
)


def test_clean_html_removes_scripts_handlers_and_javascript_links():
    cleaned = clean_html(DIRTY)
    assert "script" not in cleaned and "onclick" not in cleaned
    assert "javascript:" not in cleaned and "<img" not in cleaned
    assert '<a href="https://ilo.org/" rel="noopener noreferrer">ILO</a>' in cleaned


def test_empty_editor_document_is_empty():
    assert clean_html("<p></p>") == ""
    assert clean_html(None) == ""


def test_body_is_cleaned_on_save(make_page):
    page = make_page(body_lt=DIRTY, body_en=DIRTY)
    page.refresh_from_db()
    assert "script" not in page.body_lt and "onclick" not in page.body_en


def test_body_is_cleaned_on_render_even_if_stored_dirty(client, make_page):
    page = make_page(slug_lt="svarus")
    with connection.cursor() as cursor:  # bypass save(), as a raw import would
        cursor.execute(
            f"UPDATE {Page._meta.db_table} SET body_lt = %s WHERE id = %s", [DIRTY, page.pk]
        )
    html = client.get("/lt/svarus/").text
    assert "alert(1)" not in html and "onclick" not in html
    assert "tracker.example" not in html
