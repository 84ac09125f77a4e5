"""Readers' pages from the cache (core/pagecache.py).

Run on SQLite with the local-memory cache (the version is read from the
database: one query per cached page) and on PostgreSQL with Redis (the version
is in Redis: no query at all).
"""

import gzip
import io
import re
import time
from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import OperationalError, connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date

from awareness.models import HomePage, NewsItem, Page
from consultations.models import Consultation
from core import cache as safe
from core import pagecache
from core.models import ContentVersion
from quiz.models import DailyCompletions
from tests.quiz.conftest import choice_id
from tests.signin import sign_in_verified

BROKEN_CACHE = {"default": {"BACKEND": "tests.outage.broken_cache.BrokenCache"}}
PUBLIC = "public, max-age=0, s-maxage=60"


def hit_queries() -> int:
    """Queries a page served from the cache costs: the version read from the
    database, or none with Redis (the version comes with the page)."""
    return 0 if safe.shared() else 1


def queries(client: Client, path: str, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, **headers)
    return response, len(captured)


@contextmanager
def committed(django_capture_on_commit_callbacks):
    """What staff change inside is committed (the test's transaction stands in
    for the commit: the callbacks run as they would after it)."""
    with django_capture_on_commit_callbacks(execute=True):
        yield


@pytest.fixture
def reader() -> Client:
    return Client(HTTP_ACCEPT_ENCODING="gzip, deflate, br")


def text(response) -> str:
    """The page as the browser reads it (the reader takes gzip)."""
    body = response.content
    if response.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return body.decode()


@pytest.fixture
def site(db, make_page, make_story, hotline, django_capture_on_commit_callbacks):
    """A page, a story, the home page and a hotline, written as staff would (committed)."""
    with committed(django_capture_on_commit_callbacks):
        page = make_page(title_lt="Apie mus", title_en="About us", slug_lt="apie", slug_en="about")
        story = make_story()
        HomePage.objects.create(intro_title_lt="Sveiki", intro_title_en="Welcome")
    return {"page": page, "story": story}


def reader_paths(site) -> list[str]:
    story = site["story"]
    return [
        "/lt/",
        "/en/",
        "/lt/istorijos/",
        "/en/stories/",
        f"/lt/istorijos/{story.slug_lt}/",
        f"/en/stories/{story.slug_en}/",
        "/lt/pagalba/",
        "/en/help/",
        "/lt/apie/",
        "/en/about/",
        "/en/news/",
        "/en/facts/",
        "/en/risk-test/",
        "/en/news.atom",
        "/sitemap.xml",
        "/sitemap-stories.xml",
        "/robots.txt",
    ]


# --- Served from the cache, exactly as drawn ------------------------------------------------


def test_the_second_request_is_served_from_the_cache_with_the_same_headers(
    page_cache, site, reader
):
    for path in reader_paths(site):
        first, drawn = queries(reader, path)
        second, served = queries(reader, path)
        assert first.status_code == second.status_code == 200, path
        # Drawn (templates rendered, or the view's own queries), then replayed.
        assert (first.templates or drawn > served) and not second.templates, path
        assert drawn >= served == hit_queries(), path
        assert second.content == first.content, path
        assert dict(second.headers) == dict(first.headers), path
        assert "default-src 'none'" in second["Content-Security-Policy"], path
        for header in (
            "Permissions-Policy",
            "Referrer-Policy",
            "Cross-Origin-Opener-Policy",
            "Cross-Origin-Resource-Policy",
            "X-Frame-Options",
            "X-Content-Type-Options",
            "Content-Language",
            "ETag",
        ):
            assert second.has_header(header), (path, header)
        assert second["Content-Encoding"] == "gzip", path
        assert second["Cache-Control"] == PUBLIC, path


def test_a_head_request_is_answered_from_the_cache(page_cache, site, reader):
    first = reader.get("/en/")
    head, served = queries(reader, "/en/", REQUEST_METHOD="HEAD")
    assert head.status_code == 200 and served == hit_queries()
    assert head["ETag"] == first["ETag"]


def test_gzip_and_plain_copies_are_kept_apart(page_cache, site):
    gzip, plain = Client(HTTP_ACCEPT_ENCODING="gzip"), Client(HTTP_ACCEPT_ENCODING="identity")
    gzip.get("/en/")
    response, count = queries(plain, "/en/")
    assert count > hit_queries()  # drawn again: a gzipped copy is no answer here
    assert not response.has_header("Content-Encoding") and "Welcome" in response.text
    again, count = queries(plain, "/en/")
    assert count == hit_queries() and again.content == response.content
    assert "Accept-Encoding" in again["Vary"]
    zipped, count = queries(gzip, "/en/")
    assert count == hit_queries() and zipped["Content-Encoding"] == "gzip"


def test_each_language_has_its_own_copy(page_cache, site, reader):
    assert 'lang="lt"' in text(reader.get("/lt/apie/"))
    english, count = queries(reader, "/en/about/")
    assert count > hit_queries() and 'lang="en"' in text(english)
    assert english["Content-Language"] == "en" and "About us" in text(english)
    # Without a prefix the language comes from the browser: robots.txt is kept per language.
    reader.get("/robots.txt", HTTP_ACCEPT_LANGUAGE="en")
    lithuanian, count = queries(reader, "/robots.txt", HTTP_ACCEPT_LANGUAGE="lt")
    assert lithuanian.templates and lithuanian["Content-Language"] == "lt"  # drawn
    english, count = queries(reader, "/robots.txt", HTTP_ACCEPT_LANGUAGE="en")
    assert count == hit_queries() and english["Content-Language"] == "en"
    assert not english.templates  # from the cache


def test_campaign_parameters_share_one_copy_and_are_never_shown(page_cache, site, reader):
    reader.get("/en/stories/?utm_source=tv&utm_campaign=spring")
    response, count = queries(reader, "/en/stories/?fbclid=IwAR0abc123")
    assert count == hit_queries()
    assert "fbclid" not in text(response) and "utm_" not in text(response)
    # A real filter is a page of its own.
    _response, count = queries(reader, "/en/stories/?form=forced-labour&fbclid=x")
    assert count > hit_queries()


# --- Edits show at once -------------------------------------------------------------------


def test_a_saved_change_shows_on_the_next_request(
    page_cache, site, reader, django_capture_on_commit_callbacks
):
    page = site["page"]
    assert "Text 1" in text(reader.get("/en/about/"))
    page.body_en = "<p>Corrected text</p>"
    with committed(django_capture_on_commit_callbacks):
        page.save()
    response, count = queries(reader, "/en/about/")
    assert count > hit_queries() and "Corrected text" in text(response)
    assert "Corrected text" in text(reader.get("/en/about/"))


def test_an_edit_in_the_admin_shows_on_every_page_at_once(
    page_cache, site, reader, admin_client, django_capture_on_commit_callbacks
):
    before = text(reader.get("/en/"))
    assert "Newly written" not in before
    data = {
        "title_lt": "Naujai parašyta",
        "title_en": "Newly written",
        "slug_lt": "naujai",
        "slug_en": "newly",
        "body_lt": "<p>Tekstas</p>",
        "body_en": "<p>Text</p>",
        "menu_order": "9",
        "status": "published",
    }
    with committed(django_capture_on_commit_callbacks):
        response = admin_client.post("/en/admin/awareness/page/add/", data)
    assert response.status_code == 302
    assert "Newly written" in text(reader.get("/en/"))  # the menu on every page
    assert "Naujai parašyta" in text(reader.get("/lt/istorijos/"))


def test_what_every_page_shows_is_read_once_per_version(
    page_cache, site, hotline, django_capture_on_commit_callbacks
):
    """The menu and the hotlines are built once per content version in each
    process, also for pages the cache does not keep (staff, forms), and an edit
    shows on the next page."""
    staff = Client()
    staff.cookies["sessionid"] = "not-a-session"  # drawn every time, never cached
    first, built = queries(staff, "/en/about/")
    second, reused = queries(staff, "/en/about/")
    assert reused <= built - 2  # no menu query, no hotlines query
    assert "National hotline" in second.text and "About us" in second.text
    hotline.name_en = "National helpline"
    with committed(django_capture_on_commit_callbacks):
        hotline.save()
    third, rebuilt = queries(staff, "/en/about/")
    assert rebuilt >= reused + 2  # built again for the new version
    assert "National helpline" in third.text and "National hotline" not in third.text


def test_what_every_page_shows_is_not_kept_from_a_failed_database(page_cache, site):
    """A build that met a database failure (its fallback: no menu, the numbers
    from the settings) is not kept for the version; the next good build is."""
    down = RequestFactory().get("/en/about/")
    down.database_down = True  # what core.middleware.database_failed marks
    assert pagecache.per_version(down, "menu", lambda: ["fallback"]) == ["fallback"]
    assert pagecache.per_version(RequestFactory().get("/"), "menu", lambda: ["menu"]) == ["menu"]
    assert pagecache.per_version(RequestFactory().get("/"), "menu", lambda: ["other"]) == ["menu"]


def test_a_deleted_story_and_changed_links_show_at_once(
    page_cache, site, reader, forms, django_capture_on_commit_callbacks
):
    story = site["story"]
    filtered = "/en/stories/?form=sexual-exploitation"
    assert story.title_en not in text(reader.get(filtered))
    with committed(django_capture_on_commit_callbacks):
        story.forms.add(forms["sexual-exploitation"])
    assert story.title_en in text(reader.get(filtered))
    detail = f"/en/stories/{story.slug_en}/"
    assert reader.get(detail).status_code == 200
    with committed(django_capture_on_commit_callbacks):
        story.delete()
    assert reader.get(detail).status_code == 404


def test_one_transaction_makes_one_version(db, make_page, django_capture_on_commit_callbacks):
    with pytest.MonkeyPatch.context() as patch:
        bumps = []
        patch.setattr(pagecache, "bump", lambda: bumps.append(1))
        with django_capture_on_commit_callbacks(execute=True):
            for _ in range(5):
                make_page()
        assert bumps == [1]
        with django_capture_on_commit_callbacks(execute=True):
            make_page()
        assert bumps == [1, 1]


def test_a_version_written_by_another_process_is_read_at_once(page_cache, site, reader):
    """Another gunicorn worker (or server) changed content: this process has the
    old page in its cache but reads the version from where all processes share it."""
    reader.get("/en/about/")
    Page.objects.filter(pk=site["page"].pk).update(title_en="Renamed elsewhere")  # no signal
    assert "Renamed elsewhere" not in text(reader.get("/en/about/"))
    # What the other process's bump() wrote:
    ContentVersion.objects.filter(pk=1).update(token="written-elsewhere")
    if safe.shared():
        safe.safe_set(pagecache.VERSION_KEY, ("written-elsewhere", None), None)
    assert "Renamed elsewhere" in text(reader.get("/en/about/"))


def test_with_redis_a_lost_version_is_taken_from_the_database(page_cache, site, reader):
    if not safe.shared():
        pytest.skip("with the local-memory cache the version is always read from the database")
    reader.get("/en/about/")
    Page.objects.filter(pk=site["page"].pk).update(title_en="Changed while Redis was away")
    ContentVersion.objects.filter(pk=1).update(token="after-the-outage")
    # Redis lost the version key (evicted, or the bump could not reach it).
    cache.delete(pagecache.VERSION_KEY)
    assert "Changed while Redis was away" in text(reader.get("/en/about/"))
    assert safe.safe_get(pagecache.VERSION_KEY)[0] == "after-the-outage"


def test_a_scheduled_publication_shows_when_it_falls_due(
    page_cache, site, reader, make_page, django_capture_on_commit_callbacks
):
    due = timezone.now() + timedelta(hours=2)
    with committed(django_capture_on_commit_callbacks):
        scheduled = make_page(title_en="Scheduled page", publish_at=due)
    assert ContentVersion.objects.get(pk=1).changes_at == pytest.approx(due.timestamp())
    assert "Scheduled page" not in text(reader.get("/en/"))
    # Two hours later (without waiting): the page is due, and so is the version.
    Page.objects.filter(pk=scheduled.pk).update(publish_at=timezone.now())
    ContentVersion.objects.filter(pk=1).update(changes_at=time.time() - 1)
    if safe.shared():
        token = ContentVersion.objects.get(pk=1).token
        safe.safe_set(pagecache.VERSION_KEY, (token, time.time() - 1), None)
    assert "Scheduled page" in text(reader.get("/en/"))
    assert ContentVersion.objects.get(pk=1).changes_at is None  # nothing else scheduled
    _response, count = queries(reader, "/en/")
    assert count == hit_queries()


def test_only_public_content_changes_the_version(page_cache, taker, questionnaire, ask):
    version = ContentVersion.objects.get(pk=1).token
    with pytest.MonkeyPatch.context() as patch:
        bumps = []
        patch.setattr(pagecache, "bump", lambda: bumps.append(1))
        taker.start()
        taker.answer(choice_id(questionnaire, 0, 0))
        taker.answer(choice_id(questionnaire, 1, 0))
        taker.answer(choice_id(questionnaire, 2, 0))
        ask()
        assert DailyCompletions.objects.exists() and Consultation.objects.exists()
        assert bumps == []
    assert ContentVersion.objects.get(pk=1).token == version


def test_loading_the_demo_starts_the_cache_afresh(db):
    before = ContentVersion.objects.get(pk=1).token
    call_command("load_demo", stdout=io.StringIO())  # bulk_create: no signals
    assert ContentVersion.objects.get(pk=1).token != before


def test_every_public_model_is_watched():
    from django.apps import apps
    from django.db.models.signals import post_save

    watched = set(pagecache.content_models())
    for label in ("awareness", "stories", "quiz"):
        for model in apps.get_app_config(label).get_models():
            counter = model._meta.object_name in {
                "DailyCompletions",
                "BandCount",
                "ChoiceCount",
                "CompletionNonce",
            }
            assert (model in watched) is not counter, model
            assert post_save.has_listeners(model) or counter, model
    for model in apps.get_app_config("consultations").get_models():
        assert model not in watched


# --- Never cached -------------------------------------------------------------------------


def test_staff_are_never_served_from_the_cache_nor_fill_it(
    page_cache, site, reader, client, admin_user, make_story
):
    draft = make_story(status="draft", publish_at=None, title_en="Draft in preview")
    sign_in_verified(client, admin_user)
    reader.get("/en/")  # cached for readers
    staff, count = queries(client, "/en/")
    assert count > hit_queries()
    assert "no-store" in staff["Cache-Control"] and "private" in staff["Cache-Control"]
    assert "public" not in staff["Cache-Control"]
    # A preview of a draft (200 for staff) never reaches a reader.
    preview = f"/en/stories/{draft.slug_en}/"
    for _ in range(2):
        response = client.get(preview)
        assert response.status_code == 200 and "Draft in preview" in response.text
        assert "no-store" in response["Cache-Control"]
    assert reader.get(preview).status_code == 404
    # Staff again: still drawn for them, with their session's Vary: Cookie.
    again, count = queries(client, f"/en/stories/{site['story'].slug_en}/")
    assert count > hit_queries() and "Cookie" in again["Vary"]


def test_the_consultation_form_is_never_cached_and_its_token_works(page_cache, db):
    browser = Client(enforce_csrf_checks=True)
    for _ in range(2):
        form, count = queries(browser, "/lt/konsultacija/")
        assert form.status_code == 200 and form.templates  # drawn each time
        assert "no-store" in form["Cache-Control"] and "public" not in form["Cache-Control"]
        assert "csrftoken" in form.cookies
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    sent = browser.post(
        "/lt/konsultacija/",
        {
            "csrfmiddlewaretoken": token,
            "topic": "job-offer",
            "question": "Ar saugu?",
            "language": "lt",
            "contact": "",
            "website": "",
        },
    )
    assert sent.status_code == 200 and Consultation.objects.count() == 1
    # A new visitor gets a form of their own (a fresh token and cookie).
    other = Client(enforce_csrf_checks=True).get("/lt/konsultacija/")
    assert other.cookies["csrftoken"].value != form.cookies["csrftoken"].value


def test_risk_test_steps_are_never_cached(page_cache, client, taker, questionnaire):
    first = taker.start()
    assert "no-store" in first["Cache-Control"]
    again = client.post(taker.url, {"action": "start"})
    assert again.templates and again.status_code == 200  # drawn again
    state = re.search(r'name="state" value="([^"]+)"', again.text).group(1)
    data = {"state": state, "action": "next", "answer": [choice_id(questionnaire, 0, 1)]}
    answered = [client.post(taker.url, data) for _ in range(2)]
    for response in answered:
        assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
        assert "Does someone keep your passport?" in response.text


def test_the_risk_test_is_loaded_once_per_version(
    page_cache, taker, questionnaire, django_capture_on_commit_callbacks
):
    """Every step of every visitor's test reads the same questionnaire, kept per
    content version in the process; an edit shows on the next step."""
    taker.start()
    yes = choice_id(questionnaire, 0, 1)
    with CaptureQueriesContext(connection) as captured:
        second = taker.answer(yes)
    assert "Does someone keep your passport?" in second.text
    assert len(captured) == hit_queries()  # only the version (none with Redis)
    question = questionnaire.questions.order_by("order")[1]
    question.text_en = "Does anyone hold your passport?"
    with committed(django_capture_on_commit_callbacks):
        question.save()
    again = taker.answer(action="back")  # the first question, then forward again
    assert "Is the pay too good?" in again.text
    third = taker.answer(yes)
    assert "Does anyone hold your passport?" in third.text


def test_an_unknown_risk_test_is_not_kept(page_cache, client, questionnaire):
    """Made-up addresses cannot fill a worker's memory."""
    for n in range(3):
        assert client.post(f"/en/risk-test/made-up-{n}/", {"action": "start"}).status_code == 404
    assert not [name for name in pagecache._PerVersion.values if "made-up" in name]


def test_a_page_with_a_form_token_is_never_kept(page_cache, rf):
    """Whatever view draws it: the CSRF middleware leaves the key at False once it
    has sent the cookie, and its presence is what marks the token's use."""
    request = rf.get("/en/")
    get_token(request)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False  # as after the cookie was set
    assert not pagecache._shareable(request, HttpResponse("<form>…</form>"))
    assert pagecache._shareable(rf.get("/en/"), HttpResponse("<p>…</p>"))


def test_made_up_parameters_and_search_words_never_reach_the_cache(page_cache, site, reader):
    """Only the parameters pages read make a copy of their own (a flood of made-up
    addresses cannot fill the cache and push out the rate limits' counters), and a
    search's words are not even looked up."""
    for n in range(2):
        response = reader.get(f"/en/stories/?made-up={n}")
        assert response.status_code == 200 and response.templates  # drawn, never kept
    assert pagecache.cache_key(RequestFactory().get("/en/stories/", {"page": "1"}))
    assert pagecache.cache_key(RequestFactory().get("/en/stories/", {"form": "labour"}))
    assert pagecache.cache_key(RequestFactory().get("/en/search/", {"q": "passport"})) is None
    assert pagecache.cache_key(RequestFactory().get("/en/", {"x": "1"})) is None


def test_search_results_are_not_cached(page_cache, site, reader):
    for _ in range(2):
        response, count = queries(reader, "/en/search/?q=story")
        assert response.status_code == 200 and count > hit_queries()
        assert "no-store" in response["Cache-Control"]


def test_not_found_healthz_and_the_admin_are_never_cached(page_cache, site, reader):
    for path in ("/en/no-such-page/", "/healthz", "/en/admin/login/"):
        for _ in range(2):
            response, count = queries(reader, path)
            assert response.templates or count >= 1, path  # drawn each time
            assert "public" not in response.get("Cache-Control", ""), path


def test_readers_get_no_cookie_and_no_vary_cookie(page_cache, site, reader):
    for path in reader_paths(site):
        for _ in range(2):
            response = reader.get(path)
            assert not response.cookies, path
            assert "Cookie" not in response.get("Vary", ""), path


# --- Conditional GET ----------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/en/stories/", "/en/news.atom", "/sitemap.xml"])
def test_a_conditional_get_gets_304(page_cache, site, reader, path, settings):
    NewsItem.objects.create(
        title_lt="Naujiena", title_en="News", slug_lt="n", slug_en="n", status="published"
    )
    etag = reader.get(path)["ETag"]
    not_modified, count = queries(reader, path, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304 and count == hit_queries()
    assert not_modified["ETag"] == etag and not_modified.content == b""
    assert not_modified["Cache-Control"] == PUBLIC
    # Not in the cache (another worker's copy, say): drawn, kept, and still a 304.
    cache.clear()
    drawn, count = queries(reader, path, HTTP_IF_NONE_MATCH=etag)
    assert drawn.status_code == 304 and count > hit_queries()
    _served, count = queries(reader, path, HTTP_IF_NONE_MATCH=etag)
    assert count == hit_queries()
    # Another version of the page: the full page.
    assert reader.get(path, HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_the_feed_answers_if_modified_since(page_cache, site, reader):
    NewsItem.objects.create(
        title_lt="Naujiena", title_en="News", slug_lt="n", slug_en="n", status="published"
    )
    feed = reader.get("/en/news.atom")
    later = http_date(time.time() + 60)
    response = reader.get("/en/news.atom", HTTP_IF_MODIFIED_SINCE=later)
    assert feed.has_header("Last-Modified") and response.status_code == 304


def test_staff_pages_are_still_conditional_but_private(page_cache, site, admin_client):
    etag = admin_client.get("/en/stories/")["ETag"]
    response = admin_client.get("/en/stories/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and "private" in response["Cache-Control"]


# --- When something is down ---------------------------------------------------------------


def test_with_the_cache_down_every_page_is_drawn(page_cache, site, reader, settings):
    settings.CACHES = BROKEN_CACHE
    for path in reader_paths(site):
        for _ in range(2):
            response, count = queries(reader, path)
            assert response.status_code == 200 and count >= 1, path
            assert response["Cache-Control"] == PUBLIC, path  # a proxy may still keep it


@contextmanager
def database_down():
    def fail(execute, sql, params, many, context):
        raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")

    with connection.execute_wrapper(fail):
        yield


def test_with_the_database_down_the_last_copy_is_served(page_cache, site, reader):
    cached = reader.get("/en/about/")
    with database_down():
        again = reader.get("/en/about/")
        never_cached = reader.get("/en/stories/")
    assert again.status_code == 200 and again.content == cached.content
    assert never_cached.status_code == 503


def test_off_means_every_page_is_drawn(site, reader):
    reader.get("/en/")
    _response, count = queries(reader, "/en/")
    assert count > 1
