"""The admin for content staff: languages, the editors' group, pages, home page."""

import pytest
from django.contrib.auth.models import Group, User

from awareness.models import HomePage, Page, Theme
from tests.signin import sign_in_verified

EDITOR_PERMISSIONS = {
    "add_hotline",
    "add_page",
    "change_homepage",
    "change_hotline",
    "change_page",
    "delete_hotline",
    "delete_page",
    "view_homepage",
    "view_hotline",
    "view_page",
} | {
    f"{action}_{model}"
    for action in ("add", "change", "delete", "view")
    for model in (
        "service",
        "city",
        "language",
        "organisation",
        "newsitem",
        "resource",
        "theme",
        "figure",
    )
}


@pytest.fixture
def editor(db) -> User:
    user = User.objects.create_user("editor", password="a-long-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name="Content editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    sign_in_verified(client, editor)
    return client


def test_content_editors_group_has_exactly_the_content_permissions(db):
    group = Group.objects.get(name="Content editors")
    awareness = group.permissions.filter(content_type__app_label="awareness")
    assert set(awareness.values_list("codename", flat=True)) == EDITOR_PERMISSIONS
    apps = set(group.permissions.values_list("content_type__app_label", flat=True))
    assert apps <= {"awareness", "stories", "quiz"}  # never auth, sessions, consultations


def test_editor_cannot_manage_users(editor_client):
    assert editor_client.get("/lt/admin/auth/user/").status_code == 403


@pytest.mark.parametrize(
    ("language", "title", "logout"),
    [
        ("lt", "Stop prekybai žmonėmis: svetainės administravimas", "Atsijungti"),
        ("en", "Stop human trafficking: site administration", "Log out"),
    ],
)
def test_admin_speaks_both_languages(editor_client, language, title, logout):
    html = editor_client.get(f"/{language}/admin/").text
    assert title in html and logout in html


def test_page_form_has_a_tab_per_language_and_the_editor(editor_client):
    html = editor_client.get("/lt/admin/awareness/page/add/").text
    for field in ("title_lt", "title_en", "body_lt", "body_en", "slug_lt", "slug_en"):
        assert f'id="id_{field}"' in html
    assert "tabbed_translation_fields.js" in html
    assert "data-django-prose-editor" in html


def test_admin_forms_load_nothing_from_another_origin(editor_client):
    html = editor_client.get("/lt/admin/awareness/page/add/").text
    assert "googleapis" not in html and "//ajax" not in html
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in html


def test_editor_adds_a_page_and_the_body_is_cleaned(editor_client):
    response = editor_client.post(
        "/en/admin/awareness/page/add/",
        {
            "title_lt": "Naujas",
            "title_en": "New",
            "slug_lt": "naujas",
            "slug_en": "new",
            "summary_lt": "",
            "summary_en": "",
            "meta_description_lt": "",
            "meta_description_en": "",
            "body_lt": "<p>Tekstas<script>x()</script></p>",
            "body_en": '<p onclick="x()">Text</p>',
            "menu_order": "5",
            "status": "published",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    page = Page.objects.get(slug_lt="naujas")
    assert page.body_lt == "<p>Tekstas</p>" and page.body_en == "<p>Text</p>"


def test_admin_form_reports_a_taken_address(editor_client, make_page):
    make_page(slug_lt="uzimtas")
    response = editor_client.post(
        "/lt/admin/awareness/page/add/",
        {
            "title_lt": "Kitas",
            "slug_lt": "uzimtas",
            "menu_order": "1",
        },
    )
    assert response.status_code == 200
    assert "Šį adresą jau naudoja kitas puslapis." in response.text


def test_page_list_filters_and_search(editor_client, make_page):
    make_page(title_lt="Priverstinis darbas", title_en="Forced labour")
    make_page(title_lt="Elgetavimas", title_en="Begging", status="draft")
    found = editor_client.get("/en/admin/awareness/page/", {"q": "labour"}).text
    assert "Forced labour" in found and "Begging" not in found
    drafts = editor_client.get("/en/admin/awareness/page/", {"status__exact": "draft"}).text
    assert "Begging" in drafts and "Forced labour" not in drafts


def test_bulk_publish(editor_client, make_page):
    draft = make_page(status="draft")
    editor_client.post(
        "/en/admin/awareness/page/", {"action": "publish", "_selected_action": [draft.pk]}
    )
    draft.refresh_from_db()
    assert draft.is_public


def test_missing_languages_column(editor_client, make_page):
    # Complete in Lithuanian (every field of a page counts, tests/core/test_admin_languages.py),
    # not in English.
    make_page(summary_lt="Santrauka.", meta_description_lt="Aprašymas.", body_en="")
    html = editor_client.get("/en/admin/awareness/page/").text
    assert '<td class="field-missing_languages_display">EN, RU, UK</td>' in html


def test_home_page_is_a_single_row(editor_client):
    HomePage.objects.create(intro_title_lt="Sveiki")
    response = editor_client.get("/lt/admin/awareness/homepage/")
    assert response.status_code == 302 and response["Location"].endswith("/homepage/1/change/")
    html = editor_client.get("/lt/admin/awareness/homepage/1/change/").text
    assert 'class="deletelink"' not in html
    assert editor_client.get("/lt/admin/awareness/homepage/add/").status_code == 403


@pytest.mark.parametrize(
    "model", ["organisation", "service", "city", "language", "newsitem", "resource", "theme"]
)
@pytest.mark.parametrize("language", ["lt", "en"])
def test_editor_can_open_the_new_sections_forms(editor_client, model, language):
    for path in (
        f"/{language}/admin/awareness/{model}/",
        f"/{language}/admin/awareness/{model}/add/",
    ):
        assert editor_client.get(path).status_code == 200, path


def test_editor_adds_an_event_and_gets_a_clear_message_without_its_date(editor_client):
    data = {
        "kind": "event",
        "title_lt": "Mokymai",
        "slug_lt": "mokymai",
        "summary_lt": "Mokymai specialistams.",
        "publish_at_0": "2026-11-23",
        "publish_at_1": "10:00:00",
    }
    response = editor_client.post("/en/admin/awareness/newsitem/add/", data)
    assert response.status_code == 200
    assert "An event needs the date it starts." in response.text
    assert 'value="Mokymai"' in response.text  # nothing typed is lost
    data |= {"event_start_0": "2026-12-01", "event_start_1": "09:00:00", "status": "published"}
    assert editor_client.post("/en/admin/awareness/newsitem/add/", data).status_code == 302


def test_editor_adds_a_theme_with_figures(editor_client):
    data = {
        "title_lt": "Aukos pagal amžių",
        "slug": "amzius",
        "description_lt": "Suaugusiųjų ir vaikų dalis.",
        "display": "bars",
        "order": 0,
        "status": "published",
        "figures-TOTAL_FORMS": 1,
        "figures-INITIAL_FORMS": 0,
        "figures-MIN_NUM_FORMS": 0,
        "figures-MAX_NUM_FORMS": 1000,
        "figures-0-label_lt": "Suaugusieji",
        "figures-0-value": "62",
        "figures-0-unit_lt": "%",
        "figures-0-year": "2022",
        "figures-0-order": 0,
    }
    assert editor_client.post("/lt/admin/awareness/theme/add/", data).status_code == 302
    assert Theme.objects.get(slug="amzius").figures.get().value == 62
