"""`make bench`: speed, size and query figures, checked against targets.

Builds a throw-away SQLite database with the demo content (or uses
DATABASE_URL), then measures each page through Django's test client: the
median of repeated requests, the queries per request, and the home page's
weight (HTML + CSS + JS, gzip-compressed as WhiteNoise serves them).
Exits 1 when a target is missed. Timings belong here, never in the tests.
"""

import gzip
import logging
import os
import re
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore", message="No directory at")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TMP = tempfile.mkdtemp(prefix="bench-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{TMP}/bench.sqlite3")
for name, value in {
    "DJANGO_SETTINGS_MODULE": "config.settings",
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "bench-only",
    "DJANGO_HTTPS": "false",
    "DJANGO_ALLOWED_HOSTS": "testserver",
    "DJANGO_SEARCH_RATE": "1000000/m",  # the bench searches far faster than any visitor
}.items():
    os.environ.setdefault(name, value)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

RUNS = 30
TARGET_MEDIAN_MS = 50.0  # per page, on the 2-core reference machine
TARGET_HOME_WEIGHT_KB = 30.0  # HTML + CSS + JS, compressed
# A search ranks every published row of five kinds of content, so it has its
# own targets: the demo content, and the worst case, a word in every one of
# 5,000 rows, all of which must be ranked.
TARGET_SEARCH_MS = 100.0
TARGET_WORST_SEARCH_MS = 150.0
PAGES = [
    "/lt/",
    "/en/",
    "/lt/pagalba/",
    "/en/help/",
    "/lt/kas-yra-prekyba-zmonemis/",
    "/en/forced-labour/",
    "/lt/nera-tokio/",
    "/lt/naujienos/",
    "/en/resources/",
    "/lt/faktai/",
    "/en/news.atom",
    "/sitemap.xml",
]
LARGE = [  # with 1,000 stories, organisations, news items, resources and figures
    "/lt/istorijos/",
    "/en/stories/?form=bench-form-3",
    "/lt/istorijos/bench-7/",
    "/lt/pagalba/",
    "/en/help/?city=city-1&service=service-1",
    "/lt/naujienos/",
    "/en/resources/?type=study",
    "/lt/faktai/",
]
SEARCHES = [("/lt/paieska/", "isnaudojimas"), ("/en/search/", "exploitation labour")]


def measure(client: Client, url: str) -> tuple[float, int]:
    client.get(url)  # warm caches and templates
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings), len(queries)


def add_stories(count: int = 1000, tags: int = 20) -> None:
    """1,000 published stories over 20 forms and 20 recruitment methods."""
    from django.utils import timezone

    from stories.models import ExploitationForm, RecruitmentMethod, Story

    now = timezone.now()
    forms = ExploitationForm.objects.bulk_create(
        ExploitationForm(slug=f"bench-form-{n}", name_lt=f"Forma {n}") for n in range(tags)
    )
    methods = RecruitmentMethod.objects.bulk_create(
        RecruitmentMethod(slug=f"bench-method-{n}", name_lt=f"Būdas {n}") for n in range(tags)
    )
    stories = Story.objects.bulk_create(
        Story(
            title_lt=f"Istorija {n}",
            slug_lt=f"bench-{n}",
            pseudonym_lt="Rūta",
            period_start=2020,
            age_group="18-25",
            status="published",
            publish_at=now,
            consent_recorded_at=now,
            anonymised_at=now,
            summary_lt="Santrauka " * 20,
        )
        for n in range(count)
    )
    Story.forms.through.objects.bulk_create(
        Story.forms.through(story=s, exploitationform=forms[n % tags])
        for n, s in enumerate(stories)
    )
    Story.recruitment.through.objects.bulk_create(
        Story.recruitment.through(story=s, recruitmentmethod=methods[n % tags])
        for n, s in enumerate(stories)
    )


def measure_post(client: Client, url: str, make_data) -> tuple[float, int]:
    client.post(url, make_data())
    timings = []
    for _ in range(RUNS):
        data = make_data()
        start = time.perf_counter()
        client.post(url, data)
        timings.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.post(url, make_data())
    return statistics.median(timings), len(queries)


def quiz_steps(client: Client) -> list[tuple[str, float, int]]:
    from quiz.models import Loaded, Questionnaire
    from quiz.state import State

    questionnaire = Questionnaire.objects.get(slug_lt="ar-man-gresia-pavojus")
    loaded = Loaded(questionnaire)
    url = "/lt/rizikos-testas/ar-man-gresia-pavojus/"
    answers = {q.id: [q.choices[-1].id] for q in loaded.question_data}
    last = loaded.question_data[-1]

    def middle():
        state = State(questionnaire.pk, loaded.fingerprint, index=1, answers=answers)
        return {
            "state": state.dumps(),
            "action": "next",
            "answer": answers[loaded.question_data[1].id],
        }

    def final():
        state = State(
            questionnaire.pk, loaded.fingerprint, index=len(loaded.questions) - 1, answers=answers
        )
        return {"state": state.dumps(), "action": "next", "answer": answers[last.id]}

    return [
        ("risk test: start", *measure_post(client, url, lambda: {"action": "start"})),
        ("risk test: a question step", *measure_post(client, url, middle)),
        ("risk test: result page", *measure_post(client, url, final)),
    ]


def home_weight(client: Client) -> float:
    html = client.get("/lt/").content
    total = len(gzip.compress(html))
    for path in re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html):
        total += len(gzip.compress((ROOT / "static" / path.decode()).read_bytes()))
    return total / 1024


def main() -> int:
    settings.STORAGES["staticfiles"] = {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
    }
    logging.disable(logging.WARNING)  # the 404 page is measured on purpose
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    client = Client()
    failed = False
    print(f"{'page':40} {'median ms':>10} {'queries':>8}")
    for url in PAGES:
        median, queries = measure(client, url)
        failed |= median > TARGET_MEDIAN_MS
        print(f"{url:40} {median:10.2f} {queries:8d}")
    for label, median, queries in quiz_steps(client):
        failed |= median > TARGET_MEDIAN_MS
        print(f"{label:40} {median:10.2f} {queries:8d}")
    for url, words in SEARCHES:
        median, queries = measure_post(client, url, lambda words=words: {"q": words})
        failed |= median > TARGET_SEARCH_MS
        print(f"{'search ' + url + ' ' + words:40} {median:10.2f} {queries:8d}")
    add_stories()
    # The same bulk rows as the query-count tests.
    from tests.awareness.test_section_queries import build

    build(1000)
    print("with 1,000 rows of each kind:")
    for url in LARGE:
        median, queries = measure(client, url)
        failed |= median > TARGET_MEDIAN_MS
        print(f"{url:40} {median:10.2f} {queries:8d}")
    for url, words in SEARCHES:
        median, queries = measure_post(client, url, lambda words=words: {"q": words})
        failed |= median > TARGET_WORST_SEARCH_MS
        print(f"{'search ' + url + ' ' + words:40} {median:10.2f} {queries:8d}")
    weight = home_weight(client)
    failed |= weight > TARGET_HOME_WEIGHT_KB
    print(
        f"home page weight (HTML+CSS+JS, gzip): {weight:.1f} KB "
        f"(target {TARGET_HOME_WEIGHT_KB:.0f} KB)"
    )
    print(
        "targets:",
        "MISSED" if failed else "met",
        f"(median <= {TARGET_MEDIAN_MS:.0f} ms per page; a search <= {TARGET_SEARCH_MS:.0f} ms, "
        f"one matching all 5,000 rows <= {TARGET_WORST_SEARCH_MS:.0f} ms)",
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
