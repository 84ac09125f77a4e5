"""Settings read from the environment and refuse unsafe production starts."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]


def clean_environ() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DJANGO_") and k not in ("DATABASE_URL", "REDIS_URL")
    }


def run(code: str, **env) -> subprocess.CompletedProcess:
    base = clean_environ()
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=base | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_env_bool_understands_true_and_false(monkeypatch):
    monkeypatch.setenv("X_FLAG", "Yes")
    assert env_bool("X_FLAG", False) is True
    monkeypatch.setenv("X_FLAG", "off")
    assert env_bool("X_FLAG", True) is False
    monkeypatch.delenv("X_FLAG")
    assert env_bool("X_FLAG", True) is True


def test_env_helpers_fail_loudly(monkeypatch):
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="X_FLAG must be true or false"):
        env_bool("X_FLAG", False)
    monkeypatch.setenv("X_NUMBER", "ten")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("X_NUMBER", 1)


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv("X_HOSTS", " a.lt, b.lt ,,")
    assert env_list("X_HOSTS") == ["a.lt", "b.lt"]


def test_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run("import config.settings", DJANGO_DEBUG="false", DJANGO_ALLOWED_HOSTS="x.lt")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_refuses_to_start_without_allowed_hosts_when_debug_is_off():
    result = run("import config.settings", DJANGO_DEBUG="false", DJANGO_SECRET_KEY="k" * 60)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS is not set" in result.stderr


def test_check_deploy_reports_nothing_in_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        | {
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": "s3cr3t-" + "x9Y!" * 15,
            "DJANGO_ALLOWED_HOSTS": "prekybazmonemis.lt",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_defaults_are_secure():
    code = (
        "import config.settings as s; print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, s.DEBUG)"
    )
    result = run(
        code, DJANGO_DEBUG="false", DJANGO_SECRET_KEY="k" * 60, DJANGO_ALLOWED_HOSTS="x.lt"
    )
    assert result.stdout.split() == ["True", "True", "True", "True", "False"]


def test_database_url_selects_postgresql():
    code = "import config.settings as s; print(s.DATABASES['default']['ENGINE'])"
    result = run(code, DJANGO_DEBUG="true", DATABASE_URL="postgres://postgres@127.0.0.1:5432/test")
    assert result.stdout.strip() == "django.db.backends.postgresql"
    default = run(code, DJANGO_DEBUG="true")
    assert default.stdout.strip() == "django.db.backends.sqlite3"
