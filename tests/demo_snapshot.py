"""What the demo site shows: per model and per language, its published objects.

`snapshot()` reads the loaded demo into plain data: for every content model, the
objects a visitor can see (``published()`` where the model has it), each as its
text in one language (every translated field) and a digest of its other fields
(dates left out: news dates are set relative to the day the demo loads).
tests/fixtures/demo_published.json holds the snapshot taken before the demo
content moved from Python modules into data files; the demo test compares.
Regenerate it only for a deliberate content change:
    python -m tests.demo_snapshot > tests/fixtures/demo_published.json
"""

import hashlib
import json

from django.apps import apps
from django.conf import settings
from django.db import models

CONTENT_APPS = ("awareness", "stories", "quiz")
NAMING = ("title", "name", "label", "text", "intro_title", "question")
# How a row is published may change shape; which rows are visible is what counts.
PUBLICATION = {"published", "status"}
SKIPPED = (models.AutoField, models.DateField, models.DateTimeField, models.FileField)


def _visible(model):
    manager = model._default_manager
    return manager.published() if hasattr(manager.all(), "published") else manager.all()


def _translated(model) -> tuple[str, ...]:
    from modeltranslation.translator import NotRegistered, translator

    try:
        return tuple(sorted(translator.get_options_for_model(model).fields))
    except NotRegistered:
        return ()


def _plain_fields(model, translated) -> list[str]:
    names = set()
    for code, _name in settings.LANGUAGES:
        names.update(f"{field}_{code}" for field in translated)
    return [
        field.attname
        for field in model._meta.concrete_fields
        if not isinstance(field, SKIPPED)
        and not field.is_relation
        and field.name not in names
        and field.name not in translated
        and field.name not in PUBLICATION
    ]


def _digest(values) -> str:
    text = json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _entry(obj, translated, plain, code) -> str:
    texts = {field: getattr(obj, f"{field}_{code}") or "" for field in translated}
    name = next((field for field in NAMING if texts.get(field)), "")
    first = texts.get(name, "")[:60]
    others = {name: getattr(obj, name) for name in plain}
    return f"{first} | {_digest(texts)} | {_digest(others)}"


def snapshot() -> dict[str, dict[str, list[str]]]:
    result = {}
    for label in CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            translated = _translated(model)
            plain = _plain_fields(model, translated)
            rows = list(_visible(model))
            result[model._meta.label] = {
                code: sorted(_entry(obj, translated, plain, code) for obj in rows)
                for code, _name in settings.LANGUAGES
            }
    return result


if __name__ == "__main__":
    import io
    import os
    import sys
    import tempfile

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DJANGO_DEBUG", "true")
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/snapshot.sqlite3"
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    json.dump(snapshot(), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
