"""The fields a browser would send with a form of a page, as (name, value) pairs:
enough to post an admin change form back with one field changed."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIPPED_INPUTS = {"submit", "button", "image", "reset", "file"}


@dataclass
class Form:
    attrs: dict
    fields: list[tuple[str, str]] = field(default_factory=list)

    def data(self, **changes: str) -> list[tuple[str, str]]:
        """The fields as the browser sends them, with ``changes`` replacing values."""
        missing = set(changes) - {name for name, _value in self.fields}
        assert not missing, f"the form has no field {sorted(missing)}"
        return [(name, changes.get(name, value)) for name, value in self.fields]


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._textarea: str | None = None
        self._text: list[str] = []
        self._select: str | None = None
        self._multiple = False
        self._options: list[tuple[str, bool]] = []
        self._option: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "form":
            self._form = Form(attrs)
            self.forms.append(self._form)
        if self._form is None or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in SKIPPED_INPUTS or (kind in {"checkbox", "radio"} and "checked" not in attrs):
                return
            self._form.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []
        elif tag == "select" and name:
            self._select, self._options = name, []
            self._multiple = "multiple" in attrs
        elif tag == "option" and self._select is not None:
            self._option = attrs
            self._text = []

    def handle_data(self, data):
        if self._textarea is not None or self._option is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            text = "".join(self._text)
            # A browser drops the one newline right after <textarea>.
            self._form.fields.append((self._textarea, text.removeprefix("\n")))
            self._textarea = None
        elif tag == "option" and self._option is not None:
            value = self._option.get("value", "".join(self._text).strip())
            self._options.append((value, "selected" in self._option))
            self._option = None
        elif tag == "select" and self._select is not None:
            chosen = [value for value, selected in self._options if selected]
            if not chosen and not self._multiple:  # a single choice: the first option
                chosen = [value for value, _selected in self._options[:1]]
            for value in chosen:
                self._form.fields.append((self._select, value))
            self._select = None
        elif tag == "form":
            self._form = None


def forms(html: str) -> list[Form]:
    parser = _FormParser()
    parser.feed(html)
    parser.close()
    return parser.forms


def form_with(html: str, field_name: str) -> Form:
    """The first form of the page that has a field named ``field_name``."""
    for form in forms(html):
        if any(name == field_name for name, _value in form.fields):
            return form
    raise AssertionError(f"no form with a field {field_name!r} in the page")
