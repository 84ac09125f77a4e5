"""The demo site shows what it showed before its content moved into data files."""

import io
import json
from pathlib import Path

from django.core.management import call_command

from tests.demo_snapshot import snapshot

FIXTURE = Path(__file__).parent / "fixtures" / "demo_published.json"


def test_demo_publishes_the_same_objects_per_model_and_language(db):
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    actual = snapshot()
    assert sorted(actual) == sorted(expected)
    for model, languages in expected.items():
        for code, rows in languages.items():
            assert actual[model][code] == rows, f"{model} in {code}"
