"""Demo content for `manage.py load_demo`, from the project's sources."""

from django.conf import settings


def translated(data: dict, fields: tuple[str, ...]) -> dict:
    """{"title": {"lt": ..., "en": ...}} -> {"title_lt": ..., "title_en": ...}."""
    codes = [code for code, _name in settings.LANGUAGES]
    return {f"{field}_{code}": data[field].get(code, "") for field in fields for code in codes}
