"""A private Redis, a private PostgreSQL and the site under gunicorn, for the
outage tests: each on its own free port, never the shared servers, stopped and
started by the test, and removed afterwards whatever happens."""

import glob
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import HTTPCookieProcessor, Request, build_opener

ROOT = Path(__file__).resolve().parents[2]


class Missing(Exception):
    """A server program is not installed."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not come up within {seconds} s")


class Redis:
    def __init__(self):
        self.program = shutil.which("redis-server")
        if not self.program:
            raise Missing("redis-server is not installed (apt-get install redis-server)")
        self.port = free_port()
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                self.program,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self._answers, "Redis")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None


def postgres_bin() -> Path:
    """The newest installed PostgreSQL's programs (Debian's layout, else PATH)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise Missing("the PostgreSQL server programs (initdb, pg_ctl) are not installed")


class Postgres:
    """A throw-away cluster in a temporary folder. initdb refuses to run as
    root, so as root the programs run as the ``postgres`` user (runuser)."""

    def __init__(self):
        self.bin = postgres_bin()
        self.as_user = []
        self.folder = Path(tempfile.mkdtemp(prefix="outage-pg-"))
        if os.geteuid() == 0:
            if not shutil.which("runuser"):
                raise Missing("runuser is needed to run PostgreSQL as root")
            self.as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.folder, "postgres")
        self.data = self.folder / "data"
        self.port = free_port()
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "--auth=trust",
            "-U",
            "postgres",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self.as_user, str(self.bin / program), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=60,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "log"),
            "-w",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def query(self, sql: str, *params):
        import psycopg

        with psycopg.connect(self.url, connect_timeout=5) as conn:
            return conn.execute(sql, params).fetchone()[0]

    def remove(self) -> None:
        try:
            self.stop("immediate")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


@dataclass
class Answer:
    status: int
    headers: dict
    text: str


class Visitor:
    """A browser without JavaScript: cookies, and the headers a browser sends
    on a same-origin form post under ``Referrer-Policy: no-referrer``."""

    def __init__(self, base: str):
        self.base = base
        self.opener = build_opener(HTTPCookieProcessor(CookieJar()))

    def get(self, path: str) -> Answer:
        return self._open(Request(self.base + path))  # noqa: S310 - our own http:// site

    def post(self, path: str, data: dict) -> Answer:
        body = urlencode(data, doseq=True).encode()
        headers = {"Origin": self.base, "Sec-Fetch-Site": "same-origin"}
        request = Request(self.base + path, data=body, headers=headers)  # noqa: S310 - http only
        return self._open(request)

    def _open(self, request: Request) -> Answer:
        try:
            with self.opener.open(request, timeout=20) as response:
                return Answer(response.status, dict(response.headers), response.read().decode())
        except HTTPError as error:
            return Answer(error.code, dict(error.headers), error.read().decode())


class Site:
    """The site as `make run` serves it (DEBUG off, gunicorn.conf.py), one worker
    unless told otherwise. ``environ`` adds to (or overrides) its environment;
    tests/multiserver starts two of these on one database and one Redis."""

    def __init__(
        self, database_url: str, redis_url: str, workers: int = 1, environ: dict | None = None
    ):
        self.folder = Path(tempfile.mkdtemp(prefix="outage-site-"))
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = (
            {
                key: value
                for key, value in os.environ.items()
                if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "GUNICORN_", "WEB_"))
            }
            | {
                "DJANGO_SETTINGS_MODULE": "config.settings",
                "DJANGO_DEBUG": "false",
                "DJANGO_HTTPS": "false",
                "DJANGO_SECRET_KEY": "only-for-the-outage-test",
                "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
                "DJANGO_STATIC_ROOT": str(self.folder / "static"),
                "DJANGO_MEDIA_ROOT": str(self.folder / "media"),
                "DATABASE_URL": database_url,
                "REDIS_URL": redis_url,
                "WEB_CONCURRENCY": str(workers),
                # gunicorn's control socket is one path per user by default: each
                # server its own, so that two never replace each other's.
                "GUNICORN_CMD_ARGS": f"--control-socket {self.folder / 'gunicorn.ctl'}",
            }
            | (environ or {})
        )
        self.process = None
        self.log = self.folder / "gunicorn.log"

    def manage(self, *args: str) -> None:
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=120,
        )

    def start(self, prepare: bool = True, wait: bool = True) -> None:
        """Migrate, load the demo and collect the static files (unless the
        database is ready and the settings serve static files from the source
        tree: ``prepare=False``), then serve; ``wait=False`` returns at once
        (then call ``wait_until_healthy``)."""
        if prepare:
            self.manage("migrate", "--no-input", "-v0")
            self.manage("load_demo")
            self.manage("collectstatic", "--no-input", "-v0")
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "--config",
                    "gunicorn.conf.py",
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "config.wsgi",
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        if wait:
            self.wait_until_healthy()

    def wait_until_healthy(self, seconds: float = 30) -> None:
        wait_until(lambda: self._healthy(), "gunicorn", seconds)

    def _healthy(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped:\n{self.log_tail()}")
        try:
            return Visitor(self.base).get("/healthz").status == 200
        except OSError:
            return False

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stopping(self) -> None:
        """Ask gunicorn to stop (``stop`` waits for it)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()

    def stop(self) -> None:
        try:
            if self.process is not None and self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(20)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(10)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def first(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    assert match, f"{pattern!r} not found in the page"
    return match.group(1)


def question_form(token: str, text: str) -> dict[str, str]:
    """The consultation form as a visitor sends it: a question in Lithuanian, no contact."""
    return {
        "csrfmiddlewaretoken": token,
        "topic": "job-offer",
        "question": text,
        "language": "lt",
        "contact": "",
        "website": "",
    }
