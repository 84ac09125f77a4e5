"""`make bench`: the site under load, as visitors get it, beside the framework floor.

1. Builds two fresh databases: a fresh SQLite file each (in a temporary
   directory) by default, or, when DATABASE_URL names a PostgreSQL database,
   two scratch databases beside it (``<name>_bench`` and ``<name>_bench_small``,
   created and dropped here; the named database itself is never written). Each
   is migrated and filled by ``manage.py load_bench_data``: the large one with
   its defaults (10,000 stories, 2,000 news items, ...), the small one with the
   same but 100 stories. Static files are collected into the temporary directory.
2. Starts the site as ``make run`` does (gunicorn with gunicorn.conf.py, DEBUG
   off, the same environment) on a free port, and the framework floor beside it
   (scripts/bench_floor.py: one view, a 4 KB template, no database, the same
   gunicorn settings).
3. Drives each URL with wrk (scripts/bench.lua): BENCH_CONNECTIONS (32)
   connections for BENCH_SECONDS (5) after BENCH_WARMUP (1) seconds of warm-up,
   in Lithuanian and English. Each row: requests per second, p50/p95/p99
   latency, errors (statuses of 400 and over, socket errors, timeouts) and the
   ratio to the floor's requests per second (the mean of a run before and one
   after). "cached" rows repeat one anonymous URL (the page cache answers them);
   "uncached" rows send ``Cookie: sessionid=bench`` (UNCACHED_COOKIE), which
   makes a request non-anonymous, so the page cache never answers it; "post"
   rows are forms (search, the risk test); "1 client" rows are one connection,
   the time a single request takes.
4. Measures the story list at 100 stories on the small database, the peak
   resident memory of every gunicorn worker over the run (VmHWM, sampled from
   /proc twice a second, so a worker recycled by max_requests is still seen),
   and each page's weight: its HTML, CSS and JavaScript as served, compressed.
5. Writes docs/performance-<database>.json and this database's section of
   docs/performance.md, prints the table, and exits 1 when a target of issue
   #14 is missed (listing which), after writing the files.

A search from one address would soon meet the search rate limit; the bench's
32 connections are not 32 visitors, so DJANGO_SEARCH_RATE is raised for the
run. REDIS_URL, when set, is passed on to the site as in production.
"""

import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode, urlsplit, urlunsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

ROOT = Path(__file__).resolve().parent.parent
LUA = ROOT / "scripts" / "bench.lua"
DOCS = ROOT / "docs"

# The switch the page cache honours: a request with a session cookie is not
# anonymous, so it is rendered every time (the "uncached" rows).
UNCACHED_COOKIE = "sessionid=bench"
SMALL_STORIES = 100
LANGUAGES = ("lt", "en")
SEARCH_WORDS = {"lt": "darbdavys", "en": "passport"}

# Issue #14's targets, checked by check_targets().
CACHED_FLOOR_RATIO = 0.8  # cached home, story list, story, help
UNCACHED_FLOOR_RATIO = 0.3  # uncached story list and story
SEARCH_P95_MS = 100.0  # one client
SITEMAP_P95_MS = 200.0  # one client
STORY_LIST_GROWTH = 1.5  # p50 at 10,000 stories / p50 at 100, one client, uncached
RISK_STEP_P95_MS = 30.0  # at BENCH_CONNECTIONS clients
WORKER_RSS_MB = 100.0
PAGE_WEIGHT_KB = 15.0
CACHED_PAGES = ("home", "stories", "story", "help")
# The pages whose weight is measured (every HTML page of the run).
WEIGHED = (
    "home",
    "stories",
    "stories-filtered",
    "story",
    "help",
    "news",
    "facts",
    "consultation",
    "search",
    "risk-step",
    "risk-result",
)
UNCACHED_PAGES = ("stories", "story")


# --- Pure parts (tests/test_bench.py) -------------------------------------------


def parse_wrk(output: str) -> dict:
    """The figures of one wrk run, from the JSON line bench.lua prints."""
    for line in output.splitlines():
        if line.startswith("BENCH_JSON "):
            raw = json.loads(line.removeprefix("BENCH_JSON "))
            break
    else:
        raise ValueError("wrk printed no BENCH_JSON line (was it run with scripts/bench.lua?)")
    seconds = raw["duration_us"] / 1e6
    socket_errors = raw["connect_errors"] + raw["read_errors"] + raw["write_errors"]
    return {
        "requests": raw["requests"],
        "rps": round(raw["requests"] / seconds, 1) if seconds > 0 else 0.0,
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p95_ms": round(raw["p95_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "max_ms": round(raw["max_us"] / 1000, 2),
        "errors": raw["status_errors"] + socket_errors + raw["timeouts"],
        "status_errors": raw["status_errors"],
        "socket_errors": socket_errors,
        "timeouts": raw["timeouts"],
    }


def floor_ratio(rps: float, floor_rps: float) -> float:
    """rps / floor_rps to three significant digits (a ratio of 1/1000 keeps its digits)."""
    return float(f"{rps / floor_rps:.3g}") if floor_rps > 0 else 0.0


def find(results: list[dict], name: str, variant: str, language: str | None = None) -> list[dict]:
    return [
        row
        for row in results
        if row["name"] == name
        and row["variant"] == variant
        and (language is None or row["language"] == language)
    ]


def check_targets(report: dict) -> list[str]:
    """The targets missed, each as a sentence (empty: all met)."""
    results = report["results"]
    missed = []

    def at_least(rows, ratio, what):
        for row in rows:
            if row["floor_ratio"] < ratio:
                missed.append(
                    f"{what} {LABELS[row['name']]} ({row['language']}): "
                    f"{ratio_text(row['floor_ratio'])} of the floor's requests per second, "
                    f"target at least {ratio}"
                )

    for name in CACHED_PAGES:
        at_least(find(results, name, "cached"), CACHED_FLOOR_RATIO, "cached")
    for name in UNCACHED_PAGES:
        at_least(find(results, name, "uncached"), UNCACHED_FLOOR_RATIO, "uncached")
    for name, limit in (
        ("search", SEARCH_P95_MS),
        ("sitemap-index", SITEMAP_P95_MS),
        ("sitemap-page", SITEMAP_P95_MS),
    ):
        for row in find(results, name, "1 client"):
            if row["p95_ms"] >= limit:
                missed.append(
                    f"{LABELS[name]} ({row['language']}): p95 {row['p95_ms']:.0f} ms for one "
                    f"client, target under {limit:.0f} ms"
                )
    for row in find(results, "risk-step", "post"):
        if row["p95_ms"] >= RISK_STEP_P95_MS:
            missed.append(
                f"risk-test step ({row['language']}): p95 {row['p95_ms']:.0f} ms at "
                f"{row['connections']} clients, target under {RISK_STEP_P95_MS:.0f} ms"
            )
    for language, growth in sorted(report.get("story_list_growth", {}).items()):
        if growth["ratio"] > STORY_LIST_GROWTH:
            missed.append(
                f"story list ({language}): {growth['ratio']:.2f}× its time at "
                f"{growth['small_stories']} stories, target at most {STORY_LIST_GROWTH}×"
            )
    rss = report.get("rss", {})
    if rss.get("site_peak_mb", 0) > WORKER_RSS_MB:
        missed.append(
            f"worker memory: peak {rss['site_peak_mb']:.0f} MB, target at most "
            f"{WORKER_RSS_MB:.0f} MB"
        )
    for page in report.get("weights", []):
        if page["total_kb"] > PAGE_WEIGHT_KB:
            missed.append(
                f"page weight {page['path']}: {page['total_kb']:.1f} KB compressed with its "
                f"CSS and JS, target at most {PAGE_WEIGHT_KB:.0f} KB"
            )
    for row in results:
        if not row["requests"]:
            missed.append(
                f"{LABELS[row['name']]} ({row['language']}, {row['variant']}): no request "
                "completed in the run (a longer BENCH_SECONDS, or a far too slow page)"
            )
        if row["errors"]:
            missed.append(
                f"errors: {row['errors']} in {LABELS[row['name']]} ({row['language']}, "
                f"{row['variant']}): a run with errors is not a valid figure"
            )
    return missed


LABELS = {
    "home": "home",
    "stories": "story list",
    "stories-filtered": "story list, filtered",
    "story": "one story",
    "help": "help",
    "news": "news",
    "facts": "facts",
    "search": "search",
    "risk-step": "risk test, a step",
    "risk-result": "risk test, the result",
    "consultation": "consultation",
    "sitemap-index": "sitemap index",
    "sitemap-page": "sitemap page",
    "feed": "news feed",
}


def ratio_text(value: float) -> str:
    """0.85; below 0.1 as a fraction (1/43), easier to read than 0.02."""
    if value <= 0:
        return "0"
    return f"{value:.2f}" if value >= 0.1 else f"1/{round(1 / value)}"


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def markdown_table(results: list[dict]) -> str:
    lines = [
        "| Page | Lang | Kind | Req/s | p50 ms | p95 ms | p99 ms | Errors | × floor |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in results:
        latencies = (
            f"{row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {row['p99_ms']:.1f}"
            if row["requests"]
            else "none completed | – | –"
        )
        lines.append(
            f"| {LABELS.get(row['name'], row['name'])} | {row['language']} | {row['variant']} "
            f"| {_number(row['rps'])} | {latencies} | {row['errors']} "
            f"| {ratio_text(row['floor_ratio'])} |"
        )
    return "\n".join(lines)


def summary(report: dict) -> str:
    """The figures issue #14 asks the note to give, in one paragraph."""
    results = report["results"]

    def ratio(name: str, variant: str) -> str:
        rows = find(results, name, variant)
        return " / ".join(ratio_text(r["floor_ratio"]) for r in rows) or "-"

    def p95(name: str) -> str:
        rows = find(results, name, "1 client")
        return " / ".join(f"{r['p95_ms']:.0f}" for r in rows) or "-"

    languages = " / ".join(LANGUAGES)
    return (
        f"In short ({languages}; × the floor's requests per second): home "
        f"{ratio('home', 'cached')} cached, {ratio('home', 'uncached')} uncached; story list "
        f"{ratio('stories', 'cached')} cached, {ratio('stories', 'uncached')} uncached; "
        f"a story {ratio('story', 'cached')} cached, {ratio('story', 'uncached')} uncached. "
        f"At {report['stories']:,} stories, one client, p95: search {p95('search')} ms, "
        f"sitemap index {p95('sitemap-index')} ms, sitemap page {p95('sitemap-page')} ms. "
        f"Peak worker memory {report['rss']['site_peak_mb']:.0f} MB."
    )


def markdown_section(report: dict) -> str:
    """This database's part of docs/performance.md."""
    machine = report["machine"]
    run = report["run"]
    floor = report["floor"]
    rss = report["rss"]
    lines = [
        f"### {report['database_label']}",
        "",
        f"Command: `{report['command']}`, {report['date']}.",
        f"Machine: {machine['cores']} cores ({machine['cpu']}), {machine['memory_gb']} GB "
        f"memory, load average {machine['load_before']} before the run and "
        f"{machine['load_after']} after (other work shares it: read the ratios). "
        f"{report['database_version']}; wrk {run['wrk']}, {run['connections']} connections, "
        f"{run['seconds']} s per row after {run['warmup']} s of warm-up; gunicorn "
        f"{run['workers']} workers × {run['threads']} threads; cache: "
        + ("Redis (REDIS_URL)." if run.get("redis") else "local memory."),
        "",
        summary(report),
        "",
        f"Framework floor: {_number(floor['rps'])} requests per second (runs: "
        + ", ".join(_number(r) for r in floor["runs"])
        + f"; p50 {floor['p50_ms']:.1f} ms).",
        "",
        markdown_table(report["results"]),
        "",
    ]
    growth = report.get("story_list_growth", {})
    if growth:
        parts = [
            f"{lang} {g['small_p50_ms']:.1f} → {g['large_p50_ms']:.1f} ms ({g['ratio']:.2f}×)"
            for lang, g in sorted(growth.items())
        ]
        small = next(iter(growth.values()))["small_stories"]
        lines += [
            f"Story list at {small} and at {report['stories']:,} stories (uncached, one "
            f"client, p50): " + "; ".join(parts) + ".",
            "",
        ]
    lines += [
        f"Worker memory: peak {rss['site_peak_mb']:.0f} MB (largest VmHWM of any site "
        f"worker during the run), {rss['site_end_mb']:.0f} MB resident at the end; the "
        f"floor's workers {rss['floor_peak_mb']:.0f} MB.",
        "",
    ]
    weights = report.get("weights", [])
    if weights:
        heaviest = max(weights, key=lambda page: page["total_kb"])
        lines += [
            f"Page weight (HTML + CSS + JS as served, compressed), {len(weights)} pages: "
            f"heaviest {heaviest['path']} {heaviest['total_kb']:.1f} KB "
            f"(HTML {heaviest['html_kb']:.1f} KB, CSS and JS {heaviest['assets_kb']:.1f} KB); "
            f"lightest {min(p['total_kb'] for p in weights):.1f} KB.",
            "",
        ]
    misses = report.get("misses", [])
    if misses:
        lines += ["Targets missed:", ""] + [f"- {miss}" for miss in misses]
    else:
        lines.append("All targets met.")
    return "\n".join(lines) + "\n"


DOCUMENT_HEAD = """# Performance

`make bench` (scripts/bench.py) measures the site as visitors get it, beside a
bare Django page (the framework floor), on SQLite (`make bench`) and on
PostgreSQL (`DATABASE_URL=postgres://… make bench`). README.md ("Speed: make
bench") says how it works. Each database's section below is replaced by its
latest run; performance-sqlite.json and performance-postgresql.json beside this
file hold every figure.

Reading the tables:

- **cached**: the same anonymous URL again and again, which the page cache
  answers; **uncached**: the same with `Cookie: sessionid=bench`, which the page
  cache never answers (a request with a session is not anonymous); **post**: forms
  (the search box, the risk test), never cached; **1 client**: one connection,
  uncached, the time a single request takes (search, sitemap and story-list
  targets).
- **× floor**: the row's requests per second over the floor's (the mean of a run
  before the rows and one after); below 0.1 written as a fraction (1/43 = 0.023).
- Latencies are those of the requests that completed in the run: a page slower
  than the run shows "no request completed" and a p95 close to the run's length.
- The machine is shared with other work (its load average is given): the ratios
  say more than the absolute figures.
"""


def update_document(text: str, database: str, section: str) -> str:
    """docs/performance.md with ``database``'s section replaced (or added at the end)."""
    start, end = f"<!-- bench:{database} -->", f"<!-- /bench:{database} -->"
    block = f"{start}\n{section.rstrip()}\n{end}"
    if not text.strip():
        text = DOCUMENT_HEAD
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        return pattern.sub(lambda _match: block, text, count=1)
    return text.rstrip() + "\n\n" + block + "\n"


# --- Databases ----------------------------------------------------------------------


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Databases:
    """Two fresh databases, large and small: SQLite files, or PostgreSQL scratch
    databases beside the one DATABASE_URL names (never that one)."""

    def __init__(self, url: str, tmp: Path):
        self.url = url
        self.postgres = url.startswith(("postgres://", "postgresql://", "pgsql://"))
        if url and not self.postgres:
            raise SystemExit("make bench: DATABASE_URL must be a PostgreSQL URL (or unset: SQLite)")
        if self.postgres:
            parts = urlsplit(url)
            base = parts.path.lstrip("/") or "postgres"
            self.names = {"large": f"{base}_bench", "small": f"{base}_bench_small"}
            self.urls = {
                size: urlunsplit(parts._replace(path="/" + name))
                for size, name in self.names.items()
            }
        else:
            self.urls = {
                size: f"sqlite:///{tmp / f'{size}.sqlite3'}" for size in ("large", "small")
            }

    @property
    def kind(self) -> str:
        return "postgresql" if self.postgres else "sqlite"

    def _admin(self, statements: list[str]) -> None:
        import psycopg

        try:
            connection = psycopg.connect(self.url, autocommit=True)
        except psycopg.OperationalError:  # the named database need not exist
            parts = urlsplit(self.url)
            connection = psycopg.connect(
                urlunsplit(parts._replace(path="/postgres")), autocommit=True
            )
        with connection:
            for statement in statements:
                connection.execute(statement)

    def create(self) -> None:
        if self.postgres:
            for name in self.names.values():
                self._admin(
                    [
                        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                        f'CREATE DATABASE "{name}"',
                    ]
                )

    def drop(self) -> None:
        if self.postgres:
            for name in self.names.values():
                self._admin([f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'])

    def busy(self) -> bool:
        """PostgreSQL still running queries for the site (a worker waiting on the
        database uses no CPU of its own)."""
        if not self.postgres:
            return False
        import psycopg

        with psycopg.connect(self.urls["large"], autocommit=True) as connection:
            row = connection.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ANY(%s) "
                "AND state = 'active' AND pid <> pg_backend_pid()",
                [list(self.names.values())],
            ).fetchone()
        return row[0] > 0

    def version(self) -> str:
        if self.postgres:
            import psycopg

            with psycopg.connect(self.urls["large"]) as connection:
                row = connection.execute("SHOW server_version").fetchone()
            return f"PostgreSQL {row[0].split()[0]}"
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"


def manage(env: dict, *arguments: str) -> None:
    subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, check=True
    )


# --- Servers ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn with gunicorn.conf.py, as `make run` starts it."""

    def __init__(self, label: str, app: str, env: dict, log_path: Path, extra=(), busy=None):
        self.label = label
        self.database_busy = busy or (lambda: False)
        self.port = free_port()
        self.log_path = log_path
        self.log_file = open(log_path, "ab")  # noqa: SIM115 - closed in stop()
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(  # noqa: S603
            [str(gunicorn), "--config", "gunicorn.conf.py", *extra]
            + ["--bind", f"127.0.0.1:{self.port}", app],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,  # the access log: a line per request
            stderr=self.log_file,
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait(self, path: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        # Its own address: another program may have taken the free port first.
        # (gunicorn's log line, with the address redacted by core.gunicorn_logging)
        listening = re.compile(rf"Listening at: \S+:{self.port} \({self.process.pid}\)")
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            if not listening.search(self.log_path.read_text(errors="replace")):
                time.sleep(0.2)
                continue
            try:
                status, _body, _headers = fetch(self.base + path)
                if status < 500:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        tail = self.log_path.read_text(errors="replace")[-3000:]
        raise SystemExit(f"make bench: the {self.label} did not start. Its log:\n{tail}")

    def workers(self) -> list[int]:
        pid = self.process.pid
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return []
        return [int(child) for child in children]

    def busy_ticks(self) -> int:
        """CPU time used so far by the workers, in clock ticks (/proc/<pid>/stat)."""
        total = 0
        for pid in self.workers():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total

    def wait_idle(self, seconds: float = 120) -> None:
        """Until the workers have finished what the last run left queued (wrk stops
        with requests still in the server): no CPU used for half a second, and no
        query still running in the database."""
        deadline = time.monotonic() + seconds
        before = self.busy_ticks()
        while time.monotonic() < deadline:
            time.sleep(0.5)
            now = self.busy_ticks()
            if now - before <= 1 and not self.database_busy():
                return
            before = now

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log_file.close()


def memory_kb(pid: int) -> dict[str, int]:
    """VmHWM (peak) and VmRSS of a process, in KB, from /proc (Linux)."""
    values = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                values[key] = int(rest.split()[0])
    except OSError:
        pass
    return values


class MemoryWatch(threading.Thread):
    """The largest VmHWM of each server's workers, sampled twice a second."""

    def __init__(self, servers: list[Server]):
        super().__init__(daemon=True)
        self.servers = servers
        self.peak_kb = {server.label: 0 for server in servers}
        self.running = True

    def sample(self) -> None:
        for server in self.servers:
            for pid in server.workers():
                peak = memory_kb(pid).get("VmHWM", 0)
                self.peak_kb[server.label] = max(self.peak_kb[server.label], peak)

    def run(self) -> None:
        while self.running:
            self.sample()
            time.sleep(0.5)

    def stop(self) -> None:
        self.running = False
        self.join()
        self.sample()


# --- HTTP -----------------------------------------------------------------------------


class _NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = build_opener(_NoRedirect)


def fetch(url: str, *, data: bytes | None = None, headers: dict | None = None):
    """(status, body as sent, headers), without following redirects."""
    request = Request(url, data=data, headers=headers or {})  # noqa: S310 - our own server
    try:
        with _OPENER.open(request, timeout=60) as response:
            return response.status, response.read(), response.headers
    except HTTPError as error:
        return error.code, error.read(), error.headers


ASSET = re.compile(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"')


def page_weight(base: str, path: str, body: str | None, label: str = "") -> dict:
    """A page's HTML, CSS and JS as a browser asking for gzip or brotli receives them."""
    compressed = {"Accept-Encoding": "br, gzip"}
    data = body.encode() if body else None
    _status, html, _headers = fetch(base + path, data=data)
    _status, html_sent, _headers = fetch(base + path, data=data, headers=compressed)
    assets = 0
    for asset in dict.fromkeys(ASSET.findall(html)):
        _status, sent, _headers = fetch(base + asset.decode(), headers=compressed)
        assets += len(sent)
    return {
        "path": path + (f" (POST: {label})" if body else ""),
        "html_kb": round(len(html_sent) / 1024, 2),
        "assets_kb": round(assets / 1024, 2),
        "total_kb": round((len(html_sent) + assets) / 1024, 2),
    }


# --- What is measured -------------------------------------------------------------


def uncached(row: dict) -> bool:
    """Rows sent with the session cookie, which the page cache never answers."""
    return row["variant"] in ("uncached", "1 client")


def _row(name: str, language: str, variant: str, path: str, **extra) -> dict:
    method = "POST" if ("body" in extra or "bodies" in extra) else "GET"
    return (
        {"name": name, "language": language, "variant": variant, "path": path}
        | extra
        | {"method": method}
    )


def site_rows(seconds: int, tmp: Path) -> tuple[list[dict], int]:
    """Every row to measure, read from the large database (Django set up here),
    and how many stories it has."""
    import django

    django.setup()
    from django.conf import settings
    from django.db import connections
    from django.db.models import Count
    from django.urls import reverse
    from django.utils import translation

    from quiz.models import Loaded, Questionnaire
    from quiz.state import State
    from stories.models import ExploitationForm, Story

    form = (
        ExploitationForm.objects.annotate(count=Count("stories"))
        .order_by("-count", "pk")
        .values_list("slug", flat=True)
        .first()
    )
    published = Story.objects.published()
    stories = published.count()
    story = published.order_by("pk")[stories // 2]  # one from the middle of the table
    questionnaire = Questionnaire.objects.published().first()
    loaded = Loaded(questionnaire)
    ids = [question.id for question in loaded.question_data]
    # The last choice of each question: the one with the most to explain.
    answers = {question.id: [question.choices[-1].id] for question in loaded.question_data}

    def step(index: int) -> str:
        """The form answering question ``index`` (those before it answered);
        each state has its own nonce, so each last step counts one more test."""
        state = State(
            questionnaire.pk,
            loaded.fingerprint,
            index=index,
            answers={i: answers[i] for i in ids[:index]},
        )
        fields = {"state": state.dumps(), "action": "next", "answer": answers[ids[index]]}
        return urlencode(fields, doseq=True)

    def bodies(name: str, count: int) -> str:
        path = tmp / name
        path.write_text("\n".join(step(len(ids) - 1) for _ in range(count)) + "\n")
        return str(path)

    rows = []
    for language in LANGUAGES:
        with translation.override(language):
            listing = reverse("stories:list")
            quiz = questionnaire.get_absolute_url()
            search = reverse("website:search")
            pages = {
                "home": reverse("website:home"),
                "stories": listing,
                "stories-filtered": f"{listing}?form={form}",
                "story": story.get_absolute_url(),
                "help": reverse("awareness:help"),
                "news": reverse("awareness:news"),
                "facts": reverse("awareness:facts"),
                "consultation": reverse("consultations:ask"),
                "feed": reverse("awareness:news-feed"),
            }
        for name, path in pages.items():
            rows.append(_row(name, language, "cached", path))
            if name in ("home", "stories", "story"):
                rows.append(_row(name, language, "uncached", path))
        words = urlencode({"q": SEARCH_WORDS[language]})
        rows += [
            _row("search", language, "post", search, body=words),
            _row("risk-step", language, "post", quiz, body=step(1)),
            # Enough for 2,000 results a second; beyond that a replayed form is
            # shown the same page and counted once (quiz.completion_counts).
            _row(
                "risk-result",
                language,
                "post",
                quiz,
                bodies=bodies(f"result-{language}.txt", int(2000 * seconds)),
                warmup_bodies=bodies(f"result-{language}-warmup.txt", 2000),
            ),
            _row("search", language, "1 client", search, body=words),
            _row("stories", language, "1 client", listing),
            # What one step costs without a queue (the 32-client row's p95 is
            # mostly the wait for a free worker).
            _row("risk-step", language, "1 client", quiz, body=step(1)),
        ]
    # A page from the middle of the stories' sitemap (ContentSitemap.limit
    # addresses a page, one per story and language).
    from website.sitemaps import ContentSitemap  # noqa: PLC0415

    middle = stories * len(settings.LANGUAGES) // ContentSitemap.limit // 2
    sitemap_page = f"/sitemap-stories.xml?p={max(1, middle)}"
    for variant in ("cached", "1 client"):
        rows.append(_row("sitemap-index", "-", variant, "/sitemap.xml"))
        rows.append(_row("sitemap-page", "-", variant, sitemap_page))
    connections.close_all()
    return rows, stories


class Driver:
    def __init__(self, seconds: int, warmup: int, connections: int, threads: int, tmp: Path):
        self.server_threads = gunicorn_setting("workers") * gunicorn_setting("threads")
        self.seconds = seconds
        self.warmup = warmup
        self.connections = connections
        self.threads = threads
        self.tmp = tmp

    def connections_for(self, row: dict, *, warm: bool = False) -> int:
        if row["variant"] == "1 client":
            return 1
        # The warm-up uses only as many connections as the server has threads:
        # enough to reach every worker, and little left queued when it stops.
        return min(self.connections, self.server_threads) if warm else self.connections

    def wrk(self, url: str, row: dict, seconds: int, *, warm: bool = False) -> dict:
        connections = self.connections_for(row, warm=warm)
        threads = min(self.threads, connections)
        env = dict(os.environ, BENCH_METHOD=row["method"], BENCH_THREADS=str(threads))
        if uncached(row):
            env["BENCH_COOKIE"] = UNCACHED_COOKIE
        if "body" in row:
            body_file = self.tmp / f"body-{secrets.token_hex(4)}.txt"
            body_file.write_text(row["body"] + "\n")
            env["BENCH_BODIES"] = str(body_file)
        elif "bodies" in row:
            env["BENCH_BODIES"] = row["warmup_bodies" if warm else "bodies"]
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s"]
        command += ["--timeout", "10s", "-s", str(LUA), url]
        done = subprocess.run(  # noqa: S603 - wrk with our own arguments
            command, env=env, capture_output=True, text=True
        )
        if done.returncode:
            raise SystemExit(f"make bench: wrk failed: {' '.join(command)}\n{done.stderr}")
        return parse_wrk(done.stdout)

    def measure(self, server: "Server", row: dict) -> dict:
        """One row: a single request for its status, the warm-up, the run; then
        waits until the server has worked off what wrk left queued."""
        url = server.base + row["path"]
        body = row.get("body")
        if "bodies" in row:
            body = Path(row["warmup_bodies"]).read_text().splitlines()[0]
        headers = {"Cookie": UNCACHED_COOKIE} if uncached(row) else {}
        try:
            status, _content, _headers = fetch(url, data=body and body.encode(), headers=headers)
        except OSError as error:  # wrk's figures will say how bad it is
            log(f"make bench: {url}: {error}")
            status = 0
        if self.warmup:
            self.wrk(url, row, self.warmup, warm=True)
        server.wait_idle()
        figures = self.wrk(url, row, self.seconds)
        server.wait_idle()
        public = {k: v for k, v in row.items() if k not in ("body", "bodies", "warmup_bodies")}
        return public | {"status": status, "connections": self.connections_for(row)} | figures


# --- The run --------------------------------------------------------------------------


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    memory_gb = 0.0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.partition(":")[2].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": memory_gb,
        "load_before": load(),
        "python": platform.python_version(),
    }


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def wrk_version() -> str:
    done = subprocess.run(["wrk", "--version"], capture_output=True, text=True)  # noqa: S607
    match = re.search(r"wrk (\S+)", done.stdout + done.stderr)
    return match.group(1) if match else "?"


def gunicorn_setting(name: str):
    """gunicorn.conf.py's value (workers, threads), as the servers read it."""
    values: dict = {}
    exec(compile((ROOT / "gunicorn.conf.py").read_text(), "gunicorn.conf.py", "exec"), values)  # noqa: S102
    return values[name]


def site_environment(tmp: Path) -> dict:
    """`make run`'s environment (the Makefile's RUN_ENV), filled in when run directly."""
    env = dict(os.environ)
    env.setdefault("DJANGO_DEBUG", "false")
    env.setdefault("DJANGO_HTTPS", "false")
    env.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
    if not env.get("DJANGO_SECRET_KEY"):
        key = ROOT / ".secret_key"
        env["DJANGO_SECRET_KEY"] = (
            key.read_text().strip() if key.exists() else secrets.token_urlsafe(50)
        )
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    env["DJANGO_STATIC_ROOT"] = str(tmp / "static")
    env["DJANGO_SEARCH_RATE"] = "1000000/m"  # 32 connections from one address are not a class
    return env


def prepare(databases: Databases, env: dict) -> None:
    log(f"make bench: {databases.kind}: creating and loading two databases")
    databases.create()
    for size, url in databases.urls.items():
        db_env = dict(env, DATABASE_URL=url)
        manage(db_env, "migrate", "--no-input", "--verbosity", "0")
        sizes = ["--stories", str(SMALL_STORIES)] if size == "small" else []
        manage(db_env, "load_bench_data", *sizes)
    large = dict(env, DATABASE_URL=databases.urls["large"])
    manage(large, "collectstatic", "--no-input", "--verbosity", "0")


STARTED = time.monotonic()


def progress(result: dict) -> None:
    log(
        f"  {time.monotonic() - STARTED:5.0f} s {result['name']:16} "
        f"{result['language']:2} {result['variant']:9}"
        f"{result['rps']:9.1f}/s  p50 {result['p50_ms']:7.1f} ms  p95 {result['p95_ms']:7.1f} ms"
        f"  errors {result['errors']}  (HTTP {result['status']})"
    )


def run() -> int:
    if not shutil.which("wrk"):
        raise SystemExit("make bench needs wrk: apt-get install wrk (Debian, Ubuntu)")
    seconds = int(os.environ.get("BENCH_SECONDS", "5"))  # wrk takes whole seconds
    warmup = int(os.environ.get("BENCH_WARMUP", "1"))
    connections = int(os.environ.get("BENCH_CONNECTIONS", "32"))
    threads = int(os.environ.get("BENCH_WRK_THREADS", "2"))
    keep = os.environ.get("BENCH_KEEP", "") not in ("", "0", "false")
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    databases = Databases(os.environ.get("DATABASE_URL", ""), tmp)
    env = site_environment(tmp)
    about = machine()
    started = time.monotonic()
    servers: list[Server] = []
    try:
        prepare(databases, env)
        large_env = dict(env, DATABASE_URL=databases.urls["large"])
        os.environ.update(large_env)
        rows, stories = site_rows(seconds, tmp)
        site = Server("site", "config.wsgi", large_env, tmp / "site.log", busy=databases.busy)
        floor = Server(
            "floor", "bench_floor:application", env, tmp / "floor.log", ("--pythonpath", "scripts")
        )
        servers = [site, floor]
        site.wait("/healthz")
        floor.wait("/")
        watch = MemoryWatch(servers)
        watch.start()
        driver = Driver(seconds, warmup, connections, threads, tmp)
        floor_row = _row("floor", "-", "cached", "/")
        log("make bench: the floor, then each row")
        floor_runs = [driver.measure(floor, floor_row)]
        progress(floor_runs[0])
        weights = []
        for row in rows:
            if row["variant"] in ("cached", "post") and row["name"] in WEIGHED:
                body = row.get("body")
                if "bodies" in row:
                    body = Path(row["warmup_bodies"]).read_text().splitlines()[-1]
                weights.append(page_weight(site.base, row["path"], body, LABELS[row["name"]]))
        results = []
        for row in rows:
            results.append(driver.measure(site, row))
            progress(results[-1])
        floor_runs.append(driver.measure(floor, floor_row))
        progress(floor_runs[-1])
        watch.stop()
        end_rss = [memory_kb(pid).get("VmRSS", 0) for pid in site.workers()]
        for server in servers:
            server.stop()
        floor_rps = sum(run["rps"] for run in floor_runs) / len(floor_runs)
        for result in results:
            result["floor_ratio"] = floor_ratio(result["rps"], floor_rps)

        log(f"make bench: the story list at {SMALL_STORIES} stories")
        small = Server(
            "site on the small database",
            "config.wsgi",
            dict(env, DATABASE_URL=databases.urls["small"]),
            tmp / "small.log",
            busy=databases.busy,
        )
        servers = [small]
        small.wait("/healthz")
        growth = {}
        for row in rows:
            if row["name"] == "stories" and row["variant"] == "1 client":
                result = driver.measure(small, row)
                progress(result)
                large = find(results, "stories", "1 client", row["language"])[0]
                growth[row["language"]] = {
                    "small_stories": SMALL_STORIES,
                    "small_p50_ms": result["p50_ms"],
                    "large_p50_ms": large["p50_ms"],
                    "ratio": round(large["p50_ms"] / max(result["p50_ms"], 0.01), 2),
                    "small_errors": result["errors"],
                }
        small.stop()
        servers = []
        if any(r["errors"] or r["status"] >= 400 for r in results):
            lines = (tmp / "site.log").read_text(errors="replace").splitlines()
            log("make bench: errors; the end of the site's error log:\n" + "\n".join(lines[-30:]))
        command = (
            "DATABASE_URL=postgres://…/<name> make bench" if databases.postgres else "make bench"
        )
        if seconds != 5:
            command = f"BENCH_SECONDS={seconds} {command}"
        report = {
            "database": databases.kind,
            "database_label": "PostgreSQL" if databases.postgres else "SQLite",
            "database_version": databases.version(),
            "command": command,
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "stories": stories,
            "machine": about | {"load_after": load()},
            "run": {
                "wrk": wrk_version(),
                "connections": connections,
                "wrk_threads": threads,
                "seconds": seconds,
                "warmup": warmup,
                "workers": gunicorn_setting("workers"),
                "threads": gunicorn_setting("threads"),
                "uncached_cookie": UNCACHED_COOKIE,
                "redis": bool(env.get("REDIS_URL")),
                "minutes": round((time.monotonic() - started) / 60, 1),
            },
            "floor": {
                "rps": round(floor_rps, 1),
                "runs": [run["rps"] for run in floor_runs],
                "p50_ms": floor_runs[-1]["p50_ms"],
            },
            "results": results,
            "story_list_growth": growth,
            "rss": {
                "site_peak_mb": round(watch.peak_kb["site"] / 1024, 1),
                "site_end_mb": round(max(end_rss, default=0) / 1024, 1),
                "floor_peak_mb": round(watch.peak_kb["floor"] / 1024, 1),
            },
            "weights": weights,
        }
        report["misses"] = check_targets(report)
        write(report)
        print(markdown_section(report))
        if report["misses"]:
            log(f"make bench: {len(report['misses'])} target(s) missed, listed above")
            return 1
        return 0
    finally:
        for server in servers:
            server.stop()
        if keep:
            log(f"make bench: kept {tmp} and the databases (BENCH_KEEP)")
        else:
            databases.drop()
            shutil.rmtree(tmp, ignore_errors=True)


def write(report: dict) -> None:
    json_path = DOCS / f"performance-{report['database']}.json"
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    document = DOCS / "performance.md"
    text = document.read_text() if document.exists() else ""
    document.write_text(update_document(text, report["database"], markdown_section(report)))
    log(f"make bench: wrote docs/{json_path.name} and docs/performance.md")


def render(paths: list[str]) -> int:
    """`scripts/bench.py --render docs/performance-sqlite.json ...`: the document's
    sections again from saved runs (after a change to this script's tables)."""
    missed = 0
    for path in paths:
        report = json.loads(Path(path).read_text())
        for result in report["results"]:
            result["floor_ratio"] = floor_ratio(result["rps"], report["floor"]["rps"])
        report["misses"] = check_targets(report)
        missed += len(report["misses"])
        write(report)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if sys.argv[1:2] == ["--render"]:
        sys.exit(render(sys.argv[2:]))
    sys.exit(run())
