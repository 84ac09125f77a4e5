"""The site's stylesheet, inlined into every page's <head>.

A linked stylesheet blocks the first paint until it has arrived: one more
round trip on a slow phone, for a file of about 3.5 KB compressed. Inlined,
the page paints from its own bytes. A strict CSP still forbids inline styles
(no blanket allowance for them), so the policy allows exactly this text by its
SHA-256 hash (a nonce would change on every request and break pages served from
a cache).

Both the hash (in SECURE_CSP, settings) and the text (the ``site_stylesheet``
template tag) come from the same bytes, read once per process from the source
file. Changing static/css/site.css therefore needs a restart, as code does
(``make dev`` restarts on it: core.apps watches the file).
"""

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SITE_CSS = Path(__file__).resolve().parent.parent / "static" / "css" / "site.css"


@dataclass(frozen=True)
class InlineStyle:
    text: str
    # The CSP source that allows exactly ``text`` in a <style> element.
    csp_source: str


def csp_hash(text: str) -> str:
    """The CSP hash source ('sha256-...') for a <style> element's exact content."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@cache
def load(path: Path = SITE_CSS) -> InlineStyle:
    text = path.read_bytes().decode("utf-8")
    if "</" in text:
        # "</style>" would end the element early; no stylesheet needs "</".
        raise ValueError(f"{path.name} contains '</' and cannot be inlined in a <style> element")
    return InlineStyle(text=text, csp_source=csp_hash(text))
