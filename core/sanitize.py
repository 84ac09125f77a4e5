"""One allow-list for the HTML that content staff write.

Used when a body is saved and again when it is rendered, so that no script,
no on* attribute and no javascript: link can reach a visitor, even from rows
written before a rule changed or straight into the database.
"""

import nh3
from django.utils.safestring import SafeString, mark_safe

# What the editor offers (EDITOR_EXTENSIONS) and nothing more.
ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "a",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False},
    "History": True,
}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
)


def clean_html(html: str | None) -> str:
    """Return ``html`` reduced to the allow-list ('' for None)."""
    if not html:
        return ""
    cleaned = _cleaner.clean(html)
    # The editor stores an empty document as an empty paragraph.
    return "" if cleaned in {"<p></p>", "<p><br></p>"} else cleaned


def safe_html(html: str | None) -> SafeString:
    return mark_safe(clean_html(html))  # noqa: S308 - cleaned just above
