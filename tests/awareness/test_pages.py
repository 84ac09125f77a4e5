"""Content pages: publishing, staff preview, translated slugs and the menu."""

import pytest
from django.contrib.auth.models import Permission, User
from django.utils import translation

from awareness.models import Page


def test_published_page_is_shown_in_each_language(client, make_page):
    page = make_page(
        title_lt="Darbas užsienyje",
        title_en="Working abroad",
        slug_lt="darbas-uzsienyje",
        slug_en="working-abroad",
    )
    lt = client.get("/lt/darbas-uzsienyje/")
    en = client.get("/en/working-abroad/")
    assert "<h1>Darbas užsienyje</h1>" in lt.text
    assert "<h1>Working abroad</h1>" in en.text
    with translation.override("lt"):
        assert page.get_absolute_url() == "/lt/darbas-uzsienyje/"
    with translation.override("en"):
        assert page.get_absolute_url() == "/en/working-abroad/"


def test_slug_of_the_other_language_is_not_found(client, make_page):
    make_page(slug_lt="darbas", slug_en="work")
    assert client.get("/en/darbas/").status_code == 404


def test_unpublished_page_is_hidden_from_visitors(client, make_page):
    make_page(slug_lt="juodrastis", status="draft")
    assert client.get("/lt/juodrastis/").status_code == 404


def test_staff_editor_previews_an_unpublished_page(client, make_page):
    make_page(slug_lt="juodrastis", status="draft")
    editor = User.objects.create_user("editor", password="x", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="change_page"))
    client.force_login(editor)
    response = client.get("/lt/juodrastis/")
    assert response.status_code == 200
    assert "Peržiūra: šis puslapis nepaskelbtas" in response.text
    assert "no-store" in response["Cache-Control"]


def test_staff_without_page_permission_gets_no_preview(client, make_page):
    make_page(slug_lt="juodrastis", status="draft")
    client.force_login(User.objects.create_user("other", password="x", is_staff=True))
    assert client.get("/lt/juodrastis/").status_code == 404


def test_missing_translation_falls_back_with_a_visible_note(client, make_page):
    make_page(
        slug_lt="tik-lietuviskai",
        slug_en="",
        title_en="",
        body_en="",
        body_lt="<p>Tik lietuviškas tekstas</p>",
    )
    response = client.get("/en/tik-lietuviskai/")
    assert response.status_code == 200
    assert "not yet available in your language, so it is shown in Lithuanian" in response.text
    assert '<div class="prose" lang="lt"><p>Tik lietuviškas tekstas</p></div>' in response.text


def test_no_note_when_the_text_exists(client, make_page):
    make_page(slug_en="both")
    assert "not yet available" not in client.get("/en/both/").text


def test_menu_has_two_levels_and_only_published_pages(client, make_page):
    parent = make_page(title_en="Forms of exploitation")
    make_page(title_en="Forced labour", parent=parent)
    make_page(title_en="Hidden draft", parent=parent, status="draft")
    html = client.get("/en/").text
    start = html.index('class="menu__list"')
    menu = html[start : html.index("</nav>", start)]
    assert "Forms of exploitation" in menu and "Forced labour" in menu
    assert "Hidden draft" not in menu
    assert (
        menu.index("Forms of exploitation")
        < menu.index("<ul>", menu.index("Forms"))
        < menu.index("Forced labour")
    )


def test_parent_page_lists_its_published_children(client, make_page):
    parent = make_page(slug_en="forms")
    make_page(title_en="Forced begging", summary_en="Made to beg.", parent=parent)
    html = client.get("/en/forms/").text
    assert "Forced begging" in html and "Made to beg." in html


@pytest.mark.parametrize("slug", ["admin", "pagalba"])
def test_slug_cannot_take_the_address_of_another_view(make_page, slug):
    page = make_page()
    page.slug_lt = slug
    with pytest.raises(Exception) as error:
        page.full_clean()
    assert "slug_lt" in error.value.message_dict


@pytest.mark.parametrize(
    ("field", "slug"),
    [
        ("slug_lt", "pomoshch"),  # ru help
        ("slug_en", "dopomoha"),  # uk help
        ("slug_lt", "novosti"),  # ru news
        ("slug_en", "novyny"),  # uk news
        ("slug_ru", "help"),  # en help
        ("slug_uk", "naujienos"),  # lt news
        ("slug_ru", "test-ryzyku"),  # uk risk test
        ("slug_uk", "istorii"),  # stories in ru and uk
    ],
)
def test_slug_cannot_be_a_section_segment_of_any_language(make_page, field, slug):
    page = make_page()
    setattr(page, field, slug)
    with pytest.raises(Exception) as error:
        page.full_clean()
    assert field in error.value.message_dict


def test_slug_free_in_every_language_is_accepted(make_page):
    page = make_page(slug_ru="rabota", slug_uk="robota")
    page.full_clean()


def test_slug_must_be_unique_per_language(make_page):
    make_page(slug_en="same")
    other = make_page()
    other.slug_en = "same"
    with pytest.raises(Exception) as error:
        other.full_clean()
    assert error.value.message_dict["slug_en"] == ["Šį adresą jau naudoja kitas puslapis."]


def test_menu_has_only_two_levels(make_page):
    top = make_page()
    middle = make_page(parent=top)
    bottom = make_page()
    bottom.parent = middle
    with pytest.raises(Exception) as error:
        bottom.full_clean()
    assert "parent" in error.value.message_dict


def test_published_queryset_is_the_one_rule(make_page):
    shown = make_page()
    make_page(status="draft")
    assert list(Page.objects.published()) == [shown]


def test_lithuanian_fallback_note_names_the_language_in_lower_case(client, make_page):
    make_page(slug_lt="tik-angliskai", slug_en="english-only", body_lt="", title_lt="Tik angliškai")
    html = client.get("/lt/tik-angliskai/").text
    assert "todėl jis rodomas anglų kalba" in html


def test_the_menu_is_bounded_and_links_to_the_rest(client, make_page):
    from awareness.context_processors import MENU_CHILDREN, MENU_TOP

    parents = [make_page() for _ in range(MENU_TOP + 2)]
    children = [make_page(parent=parents[0]) for _ in range(MENU_CHILDREN + 3)]
    html = client.get("/en/").text
    menu = html[html.index('class="menu"') : html.index("</nav>", html.index('class="menu"'))]
    shown = [page for page in parents if f'href="/en/{page.slug_en}/"' in menu]
    assert shown == parents[:MENU_TOP]
    listed = [page for page in children if f'href="/en/{page.slug_en}/"' in menu]
    assert listed == children[:MENU_CHILDREN]
    # The parent's own page lists them all; the menu says there are more.
    assert "More in this section" in menu
    assert menu.count(f'href="/en/{parents[0].slug_en}/"') == 2


def test_a_parent_page_lists_its_sub_pages_a_page_at_a_time(client, make_page):
    from awareness.views.pages import CHILDREN_PER_PAGE

    parent = make_page(slug_en="forms")
    children = [make_page(parent=parent) for _ in range(CHILDREN_PER_PAGE + 1)]

    def listed(url: str) -> str:  # the page's own list, not the menu
        html = client.get(url).text
        return html[html.index('<article class="page">') :]

    first = listed("/en/forms/")
    assert f">{children[0].title_en}<" in first and f">{children[-1].title_en}<" not in first
    assert 'rel="next"' in first
    second = listed("/en/forms/?page=2")
    assert f">{children[-1].title_en}<" in second and f">{children[0].title_en}<" not in second
    assert client.get("/en/forms/?page=3").status_code == 404
    assert client.get("/en/forms/?page=x").status_code == 404
