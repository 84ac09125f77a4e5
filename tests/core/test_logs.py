"""Log lines cannot be forged and name no client address: Django's and gunicorn's."""

import io
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.logging import EscapingFormatter, escape_controls, redact_ips

ROOT = Path(__file__).resolve().parents[2]
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def test_escaping_is_unambiguous_and_one_line():
    assert escape_controls("a\r\nb\x00c\td\x1b[2J\x7f\x85\u2028") == (
        "a\\r\\nb\\x00c\\td\\x1b[2J\\x7f\\x85\\u2028"
    )
    assert escape_controls("C:\\new") == "C:\\\\new"  # not to be read as a line break
    assert escape_controls("Vilnius, ąčę, Київ") == "Vilnius, ąčę, Київ"


def test_addresses_are_redacted_but_times_and_versions_stay():
    line = "from ip=203.0.113.9 and [2001:db8::1]:443 and ::ffff:10.0.0.1 at 17:45:03, v27.0.1"
    assert redact_ips(line) == "from ip=[ip] and [[ip]]:443 and [ip] at 17:45:03, v27.0.1"


def test_a_django_log_record_is_escaped_message_args_and_traceback(db):
    # The formatter LOGGING (config/settings.py) gave the root logger's console handler.
    (formatter,) = [
        handler.formatter
        for handler in logging.getLogger().handlers
        if isinstance(handler.formatter, EscapingFormatter)
    ]
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    logger = logging.getLogger("core.tests")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("Odd path: %s", "/lt/a\r\nFORGED 2026-01-01 ERROR\x00 from 192.0.2.7")
        try:
            raise ValueError("bad\r\nvalue")
        except ValueError:
            logger.exception("Failed\r\nagain")
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("Odd path: /lt/a\\r\\nFORGED 2026-01-01 ERROR\\x00 from [ip]")
    assert "Failed\\r\\nagain\\nTraceback (most recent call last):\\n" in lines[1]
    assert lines[1].endswith("ValueError: bad\\r\\nvalue")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def gunicorn(tmp_path):
    """The site under gunicorn.conf.py on a free port (SQLite, test settings), output captured."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.gunicorn_settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_HTTPS": "false",
        "DJANGO_SECRET_KEY": "only-for-the-test-suite",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "WEB_CONCURRENCY": "1",
        "GUNICORN_THREADS": "1",
        "GUNICORN_LOG_LEVEL": "debug",  # so that every message gunicorn has is written
    }
    env.pop("REDIS_URL", None)
    output = tmp_path / "gunicorn.log"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"]
            + ["--bind", f"127.0.0.1:{port}", "--no-control-socket", "config.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
        try:
            for _attempt in range(300):  # up to about 30 s for the app to load
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    assert process.poll() is None, output.read_bytes().decode(errors="replace")
                    time.sleep(0.1)
            yield port, lambda: output.read_bytes()
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)


def send(port: int, raw: bytes, source: str = "127.0.0.1") -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=20, source_address=(source, 0)) as s:
        s.sendall(raw)
        received = b""
        while chunk := s.recv(65536):
            received += chunk
    return received


def wait_for(read, needle: bytes) -> bytes:
    for _attempt in range(200):
        text = read()
        if needle in text:
            return text
        time.sleep(0.1)
    return read()


def test_gunicorn_escapes_a_forged_line_and_names_no_client(gunicorn):
    port, read = gunicorn
    answer = send(
        port,
        b"GET /lt/a%0d%0aFORGED%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    )
    assert answer.startswith(b"HTTP/1.1 ")
    # A malformed request line, from another loopback address than the server's.
    refused = send(port, b"GET /\x01bad HTTP/1.1 extra\r\n\r\n", source="127.0.0.2")
    assert refused.startswith(b"HTTP/1.1 400")
    log = wait_for(read, b"Invalid request")

    assert b"\x00" not in log and b"\r" not in log
    lines = log.decode().splitlines()
    access = [line for line in lines if '"GET /lt/a' in line]
    assert len(access) == 1, log.decode()
    assert '"GET /lt/a\\r\\nFORGED\\x00"' in access[0]
    assert not any(line.startswith("FORGED") for line in lines)
    invalid = [line for line in lines if "Invalid request from ip=" in line]
    assert invalid == [line for line in invalid if "ip=[ip]" in line] and invalid
    assert "127.0.0.2" not in log.decode()
    assert not IPV4.search(log.decode())  # not even the server's own bind address
