"""Every form and every address that reads a parameter, in every language, gets
hypothesis-generated bad input: never a 5xx, never a script on the page, nothing
sent echoed into a header, nothing typed in a consultation in an address.

The routes come from the URLconf (tests/security/targets.py); the sample
address of a route that needs a slug comes from the sitemaps of the demo site
(or from a link on one of its section pages).
"""

import re
from urllib.parse import quote, urlsplit

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from consultations.codes import code_hash, new_code
from consultations.models import Consultation, Message
from quiz.models import Loaded, Questionnaire
from quiz.state import State
from tests.conftest import PLAIN_STATIC
from tests.security.conftest import PROFILE, PROFILE_GET, new_client
from tests.security.inputs import (
    BAD_VALUES,
    TALLY,
    TRAVERSAL,
    Sent,
    body_text,
    check,
    encoded,
    form_data,
)
from tests.security.targets import FORMS, JUNK_KEYS, LANGUAGES, form_fields, routes

ROUTES = {route.name: route for route in routes()}
# Addresses outside the language prefix: one "language", shown as "-".
UNPREFIXED = {"healthz", "robots", "sitemap", "sitemap-section", "media"}
GET_PARAMETERS = sorted(name for name, route in ROUTES.items() if route.get_parameters())
GETS = sorted(name for name in ROUTES if name != "media")
PRIVATE = {name for name in ROUTES if name.startswith("consultations:")}


def languages(name: str) -> tuple[str, ...]:
    return ("-",) if name in UNPREFIXED else LANGUAGES


@pytest.fixture(scope="module")
def addresses(demo_site, django_db_blocker) -> dict[tuple[str, str], str]:
    """(route, language) -> an address of the route on the demo site."""
    found = {}
    storages = {**settings.STORAGES, "staticfiles": PLAIN_STATIC}
    with django_db_blocker.unblock(), override_settings(STORAGES=storages):
        for name, route in ROUTES.items():
            if not route.kwargs:
                for language in languages(name):
                    with translation.override(None if language == "-" else language):
                        found[name, language] = reverse(name)
        client = new_client()
        sitemaps = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").text)
        pages = sitemaps + [
            page
            for sitemap in sitemaps
            for page in re.findall(r"<loc>([^<]+)</loc>", client.get(sitemap).text)
        ]
        sections = [path for (name, _lang), path in found.items() if name not in UNPREFIXED]
        links = [
            link
            for path in sections
            for link in re.findall(r'href="(/[^"#?]*)"', client.get(path).text)
        ]
        for address in [urlsplit(page).path for page in pages] + links:
            language = address.split("/")[1]
            if language not in LANGUAGES:  # /sitemap-stories.xml: no language prefix
                language = "-"
            try:
                with translation.override(language):
                    match = resolve(address)
            except Resolver404:
                continue
            found.setdefault((match.view_name, language), address)
    return found


def address(addresses, name: str, language: str) -> str:
    assert (name, language) in addresses, f"no address of {name} in {language} in the demo"
    return addresses[name, language]


@pytest.mark.usefixtures("site", "open_limits")
@pytest.mark.parametrize(
    ("name", "language"), [(n, lang) for n in GET_PARAMETERS for lang in languages(n)]
)
def test_query_parameters(addresses, name, language):
    """Each parameter the view reads, and junk beside it, in every language."""
    url = address(addresses, name, language)
    keys = ROUTES[name].get_parameters()

    @PROFILE_GET
    @given(sent=form_data(keys, (101, 61)))
    def attempt(sent: Sent):
        TALLY.add(f"GET {name}", language)
        response = new_client().get(url, QUERY_STRING=sent.raw)
        check(response, sent, get=True, reading=name not in PRIVATE)

    attempt()


def _form_extras(name: str, language: str, code: str, state: str):
    """Fields sent as they are, so that some examples get past the first check."""
    if name == "consultations:ask":
        valid = {"topic": "job-offer", "language": language if language != "-" else "lt"}
        return st.sampled_from([{}, valid])
    if name in ("consultations:answer", "consultations:reply"):
        return st.sampled_from([{}, {"code": code}])
    if name == "quiz:take":
        return st.sampled_from([{}, {"state": state}, {"state": state, "action": "next"}])
    return st.just({})


def _form_outcome(name: str, response) -> None:
    """A consultation form answers with what happened: sent, or what is wrong."""
    if not name.startswith("consultations:") or response.status_code != 200:
        return
    body = body_text(response)
    shown = ('id="code"', 'class="thread"', 'class="error-summary"')
    assert any(mark in body for mark in shown), "neither a result nor an error message"


@pytest.fixture
def open_consultation(site) -> str:
    """A consultation waiting for a reply; its code."""
    code = new_code()
    consultation = Consultation.objects.create(
        code_hash=code_hash(code), topic="job-offer", language="lt"
    )
    Message.objects.create(consultation=consultation, author="visitor", text="Klausimas")
    return code


@pytest.mark.usefixtures("site", "open_limits")
@pytest.mark.parametrize(("name", "language"), [(n, lang) for n in FORMS for lang in LANGUAGES])
def test_forms(addresses, open_consultation, name, language):
    """Every field of every form, missing, repeated or full of bad input."""
    url = address(addresses, name, language)
    if name == "quiz:take":
        with translation.override(language):
            slug = resolve(url).kwargs["slug"]
        loaded = Loaded(Questionnaire.objects.published().with_slug(slug, language).get())
        state = State(loaded.questionnaire.pk, loaded.fingerprint).dumps()
    else:
        state = ""
    fields, lengths = form_fields(name)
    extras = _form_extras(name, language, open_consultation, state)

    @(PROFILE_GET if name == "website:search" else PROFILE)
    @given(sent=form_data(fields, lengths, extras))
    def attempt(sent: Sent):
        TALLY.add(f"POST {name}", language)
        response = new_client().post(
            url, sent.raw.encode("ascii"), content_type="application/x-www-form-urlencoded"
        )
        check(response, sent, get=False, private=name in PRIVATE)
        _form_outcome(name, response)

    attempt()


@pytest.mark.usefixtures("site", "open_limits")
@pytest.mark.parametrize("language", ("-", *LANGUAGES))
def test_every_address(addresses, language):
    """Every address of the site (in this language) with junk parameters, and
    the addresses with a slug with junk in its place."""
    names = [n for n in GETS if (n, language) in addresses]
    assert names

    @PROFILE_GET
    @given(name=st.sampled_from(names), sent=form_data(JUNK_KEYS), junk=BAD_VALUES, data=st.data())
    def attempt(name, sent: Sent, junk: bytes, data):
        TALLY.add("GET every address", language)
        url = addresses[name, language]
        client = new_client()
        check(client.get(url, QUERY_STRING=sent.raw), sent, get=True, reading=name not in PRIVATE)
        if ROUTES[name].kwargs:
            slug = url.rstrip("/").rsplit("/", 1)[-1]
            bad = url.replace(slug, data.draw(encoded(junk)), 1)
            check(client.get(bad), Sent("", [junk.decode("utf-8", "replace")]), get=True)

    attempt()


@pytest.fixture
def media_root(settings, tmp_path):
    """An upload, and a secret beside (not inside) the uploads' folder."""
    root = tmp_path / "media"
    (root / "resources").mkdir(parents=True)
    (root / "resources" / "guide.txt").write_text("public upload")
    (tmp_path / "secret.txt").write_text("SECRET-OUTSIDE-MEDIA")
    settings.MEDIA_ROOT = root
    return root


PATH_PARTS = st.one_of(
    st.sampled_from(TRAVERSAL),
    st.sampled_from(["resources", "guide.txt", "secret.txt", "..", ".", "", "%2fetc", "\\"]),
    BAD_VALUES.map(lambda v: quote(v.decode("utf-8", "replace"), safe="")),
    st.sampled_from(["%ED%A0%80", "%C0%AF", "%00", "%0d%0a", "%", "%zz"]),
)


@pytest.mark.usefixtures("site")
@pytest.mark.parametrize("prefix", ["/media/", "/static/"])
def test_file_paths(media_root, prefix):
    """Path traversal and bad bytes in file paths: a 4xx, never a file from
    outside, never a 5xx."""

    @PROFILE
    @given(parts=st.lists(PATH_PARTS, min_size=1, max_size=6))
    def attempt(parts):
        TALLY.add(f"GET {prefix}<path>", "-")
        path = prefix + "/".join(parts)
        response = new_client().get(path)
        assert response.status_code < 500, path
        body = body_text(response)
        assert "SECRET-OUTSIDE-MEDIA" not in body and "SECRET_KEY" not in body, path
        assert "root:x:0:0" not in body, path

    attempt()
    if prefix == "/media/":
        # The upload itself is served: the traversal checks are not vacuous.
        response = new_client().get("/media/resources/guide.txt")
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"public upload"
        for sneaky in ("/media/../secret.txt", "/media/resources/%2e%2e/%2e%2e/secret.txt"):
            assert new_client().get(sneaky).status_code in (400, 404)


@pytest.mark.usefixtures("site")
def test_every_route_that_reads_parameters_is_attacked():
    """A view that starts reading request.GET or request.POST must be listed here."""
    attacked = set(GET_PARAMETERS) | set(FORMS)
    readers = {name for name, route in ROUTES.items() if route.reads_parameters()}
    assert readers <= attacked, readers - attacked
    assert {"website:search", "stories:list", "awareness:news", "quiz:take"} <= attacked


@pytest.mark.usefixtures("site")
@pytest.mark.parametrize("language", LANGUAGES)
def test_rate_limited_pages_render(settings, addresses, language):
    """Over the limit: a 429 page, translated, with the input escaped."""
    settings.CONSULTATION_RATES = {"ask": "1/h", "lookup": "1/h"}
    settings.SEARCH_RATE = "1/h"
    payload = '"><img src=x onerror=alert(1)>'
    form = {"topic": "job-offer", "question": payload, "language": language}
    cases = [
        ("website:search", {"q": payload}),
        ("consultations:ask", form),
        ("consultations:answer", {"code": payload}),
        ("consultations:reply", {"code": payload, "text": payload}),
    ]
    client = new_client()
    for name, data in cases:
        url = address(addresses, name, language)
        first = client.post(url, data)
        assert first.status_code < 500
        limited = client.post(url, data)
        assert limited.status_code == 429, name
        assert limited.headers["Content-Language"] == language
        check(limited, Sent("", list(data.values())), get=False, private=name in PRIVATE)


@pytest.mark.usefixtures("site", "open_limits")
def test_markup_in_a_consultation_is_kept_as_text(addresses, open_consultation):
    """A message full of markup is accepted, stored as typed and shown escaped."""
    text = '<script>alert(1)</script> "><img src=x onerror=alert(1)> javascript:alert(1)'
    url = address(addresses, "consultations:reply", "en")
    response = new_client().post(url, {"code": open_consultation, "text": text})
    assert response.status_code == 200 and 'class="note"' in response.text
    assert Message.objects.filter(text=text).exists()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    check(response, Sent("", [text]), get=False, private=True)
