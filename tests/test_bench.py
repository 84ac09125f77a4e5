"""`make bench`'s pure parts: reading wrk's figures, the targets, the tables.

No server and no load here (and no timing): scripts/bench.py itself is run by
`make bench`.
"""

import copy
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import bench

ROOT = Path(__file__).resolve().parent.parent

WRK_OUTPUT = """Running 5s test @ http://127.0.0.1:8000/lt/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    20.00ms   10.00ms 139.96ms   80.00%
  5853 requests in 5.00s, 4.01MB read
Requests/sec:   1170.60
Transfer/sec:    821.00KB
BENCH_JSON {"requests": 5853, "duration_us": 5000000, "bytes": 4209060, "connect_errors": 1, \
"read_errors": 2, "write_errors": 0, "status_errors": 3, "timeouts": 4, "p50_us": 20849, \
"p95_us": 59467, "p99_us": 94933, "max_us": 139958, "mean_us": 19998.8}
"""


def test_parse_wrk_reads_the_json_line_in_milliseconds_with_every_error():
    figures = bench.parse_wrk(WRK_OUTPUT)
    assert figures["requests"] == 5853
    assert figures["rps"] == pytest.approx(1170.6)
    assert (figures["p50_ms"], figures["p95_ms"], figures["p99_ms"]) == (20.85, 59.47, 94.93)
    assert figures["errors"] == 1 + 2 + 3 + 4
    assert figures["status_errors"] == 3 and figures["socket_errors"] == 3
    assert figures["timeouts"] == 4


def test_parse_wrk_refuses_output_without_the_scripts_line():
    with pytest.raises(ValueError, match="BENCH_JSON"):
        bench.parse_wrk(WRK_OUTPUT.split("BENCH_JSON")[0])


def test_the_lua_scripts_json_line_is_what_parse_wrk_reads():
    """The format string in scripts/bench.lua, filled in as wrk would."""
    lua = (ROOT / "scripts" / "bench.lua").read_text()
    pieces = re.findall(r"'([^']*)'", lua.split("function done")[1])
    line = "".join(pieces).replace("\\n", "").replace("%.1f", "2.5").replace("%d", "7")
    figures = bench.parse_wrk(line)
    assert (
        figures["requests"] == 7 and figures["errors"] == 7 * 5
    )  # connect, read, write, status, timeout
    assert figures["p99_ms"] == 0.01


def result(name, variant, language="lt", **figures):
    row = {
        "name": name,
        "variant": variant,
        "language": language,
        "connections": 1 if variant == "1 client" else 32,
        "requests": 1000,
        "rps": 900.0,
        "p50_ms": 10.0,
        "p95_ms": 20.0,
        "p99_ms": 25.0,
        "errors": 0,
        "floor_ratio": 0.9,
        "status": 200,
    }
    return row | figures


def good_report():
    results = [result(name, "cached") for name in ("home", "stories", "story", "help", "news")]
    results += [result(name, "uncached", floor_ratio=0.4) for name in ("home", "stories", "story")]
    results += [
        result("search", "post", p95_ms=400.0),  # under load: no target of its own
        result("search", "1 client", p95_ms=60.0),
        result("sitemap-index", "1 client", "-", p95_ms=30.0),
        result("sitemap-page", "1 client", "-", p95_ms=150.0),
        result("risk-step", "post", p95_ms=25.0),
    ]
    return {
        "database": "sqlite",
        "database_label": "SQLite",
        "database_version": "SQLite 3.46.1",
        "command": "make bench",
        "date": "2026-12-01 21:00 UTC",
        "stories": 10000,
        "machine": {
            "cores": 2,
            "cpu": "AMD EPYC",
            "memory_gb": 23.4,
            "load_before": "1.0 1.0 1.0",
            "load_after": "2.0 1.5 1.0",
        },
        "run": {
            "wrk": "4.1.0",
            "connections": 32,
            "seconds": 5,
            "warmup": 1,
            "workers": 4,
            "threads": 2,
        },
        "floor": {"rps": 1000.0, "runs": [990.0, 1010.0], "p50_ms": 20.0},
        "results": results,
        "story_list_growth": {
            "lt": {"small_stories": 100, "small_p50_ms": 8.0, "large_p50_ms": 9.0, "ratio": 1.12}
        },
        "rss": {"site_peak_mb": 80.0, "site_end_mb": 75.0, "floor_peak_mb": 30.0},
        "weights": [{"path": "/lt/", "html_kb": 5.0, "assets_kb": 4.0, "total_kb": 9.0}],
    }


def test_a_report_within_every_target_misses_none():
    assert bench.check_targets(good_report()) == []


def spoil(change):
    report = copy.deepcopy(good_report())
    change(report)
    return bench.check_targets(report)


def row(report, name, variant):
    return next(r for r in report["results"] if r["name"] == name and r["variant"] == variant)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: row(r, "help", "cached").update(floor_ratio=0.79), "cached help (lt): 0.79 of"),
        (lambda r: row(r, "story", "uncached").update(floor_ratio=0.29), "uncached one story (lt)"),
        (lambda r: row(r, "search", "1 client").update(p95_ms=100.0), "search (lt): p95 100 ms"),
        (
            lambda r: row(r, "sitemap-page", "1 client").update(p95_ms=250.0),
            "sitemap page (-): p95 250",
        ),
        (lambda r: row(r, "risk-step", "post").update(p95_ms=31.0), "risk-test step (lt)"),
        (lambda r: r["story_list_growth"]["lt"].update(ratio=1.6), "story list (lt): 1.60×"),
        (lambda r: r["rss"].update(site_peak_mb=120.0), "worker memory: peak 120 MB"),
        (lambda r: r["weights"][0].update(total_kb=15.5), "page weight /lt/: 15.5 KB"),
        (lambda r: row(r, "news", "cached").update(errors=3), "errors: 3 in news (lt, cached)"),
        (lambda r: row(r, "news", "cached").update(requests=0), "no request completed"),
    ],
)
def test_each_missed_target_is_named(change, expected):
    missed = spoil(change)
    assert len(missed) == 1
    assert expected in missed[0]


def test_the_ratio_keeps_three_digits_however_small():
    assert bench.floor_ratio(900.0, 1000.0) == 0.9
    assert bench.floor_ratio(1.2, 1396.0) == 0.00086
    assert bench.floor_ratio(5.0, 0.0) == 0.0


def test_a_row_without_a_completed_request_shows_no_latency():
    table = bench.markdown_table([result("search", "post", requests=0, rps=0.0, floor_ratio=0)])
    assert "| search | lt | post | 0.0 | none completed | – | – | 0 | 0 |" in table


def test_small_ratios_read_as_fractions():
    assert [bench.ratio_text(v) for v in (0.85, 0.1, 0.0232, 0.004, 0)] == [
        "0.85",
        "0.10",
        "1/43",
        "1/250",
        "0",
    ]
    spoiled = spoil(lambda r: row(r, "home", "cached").update(floor_ratio=0.0232))
    assert spoiled == [
        "cached home (lt): 1/43 of the floor's requests per second, target at least 0.8"
    ]


def test_a_slow_page_without_a_target_misses_nothing():
    assert spoil(lambda r: row(r, "news", "cached").update(floor_ratio=0.01)) == []


def test_the_section_has_a_row_per_result_and_the_misses():
    report = good_report()
    report["misses"] = ["worker memory: peak 120 MB"]
    section = bench.markdown_section(report)
    table_rows = [line for line in section.splitlines() if line.startswith("| ")]
    assert len(table_rows) == 1 + len(report["results"])  # the header and each row
    assert "| home | lt | cached | 900 | 10.0 | 20.0 | 25.0 | 0 | 0.90 |" in section
    assert "Command: `make bench`" in section and "2 cores (AMD EPYC)" in section
    assert "lt 8.0 → 9.0 ms (1.12×)" in section
    assert "home 0.90 cached, 0.40 uncached" in section
    assert "search 60 ms, sitemap index 30 ms, sitemap page 150 ms" in section
    assert "- worker memory: peak 120 MB" in section
    report["misses"] = []
    assert "All targets met." in bench.markdown_section(report)


def test_the_document_keeps_the_other_databases_section():
    document = bench.update_document("", "sqlite", "### SQLite\n\nfirst-run\n")
    assert document.startswith("# Performance")
    document = bench.update_document(
        document + "\n## Lighthouse\n\nscores\n", "postgresql", "### PostgreSQL\n\npg\n"
    )
    document = bench.update_document(document, "sqlite", "### SQLite\n\nnew\n")
    assert "first-run" not in document
    assert document.count("<!-- bench:sqlite -->") == 1
    assert "new" in document and "### PostgreSQL\n\npg" in document
    assert "## Lighthouse\n\nscores" in document
    assert document.index("new") < document.index("Lighthouse") < document.index("pg")


def test_the_floor_is_a_bare_django_page_of_about_4_kb():
    code = (
        "import bench_floor\n"
        "from django.test import Client\n"
        "response = Client().get('/', HTTP_ACCEPT_ENCODING='gzip')\n"
        "plain = Client().get('/')\n"
        "print(response.status_code, response['Content-Encoding'], len(plain.content))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT / "scripts",
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    status, encoding, size = done.stdout.split()
    assert (status, encoding) == ("200", "gzip")
    assert 3500 <= int(size) <= 4600
