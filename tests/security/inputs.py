"""Bad input for the security suite, and what every response to it must respect.

Values are bytes, sent percent-encoded (or raw, in a form body) exactly as a
hostile client could send them: over-long, the wrong shape (repeated keys where
one is read, numbers for text, text for numbers), invalid UTF-8 (lone surrogates,
overlong forms, broken escapes), control characters, path traversal and markup.
"""

from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote_from_bytes, unquote

from hypothesis import strategies as st

# Every one of these must come back escaped (or not at all).
MARKUP = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<a href="javascript:alert(1)">x</a>',
    '<iframe srcdoc="<script>alert(1)</script>">',
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<!--<script>-->",
    "{{ request }}{% debug %}",
)
URLS = ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x")
CONTROL = (
    "\x00",
    "\r\n",
    "\r",
    "\n",
    "\x1b[31m",
    "\u202e",
    "\x7f",
    "\u2028",
    "\ufeff",
    "\x0b",
    "\t",
)
TRAVERSAL = (
    "../",
    "..\\",
    "..%2f",
    "%2e%2e%2f",
    "%2e%2e/",
    "....//",
    "..%00/",
    "%00",
    "..%c0%af",
    "%252e%252e%252f",
    "/etc/passwd",
    "..;/",
)
# Invalid UTF-8: lone and paired surrogates (CESU-8), overlong forms, stray bytes.
RAW_BYTES = (
    b"\xed\xa0\x80",
    b"\xed\xbf\xbf",
    b"\xed\xa0\xbd\xed\xb8\x80",
    b"\xc0\xaf",
    b"\xc0\x80",
    b"\xe0\x80\xaf",
    b"\xff\xfe",
    b"\x80",
    b"\xf4\x90\x80\x80",
    b"\xe2\x82",
)
BROKEN_ESCAPES = ("%", "%z", "%zz", "%E2%82", "%%", "%u202e", "%0", "%C0%AF", "%ED%A0%80")
NUMBERS = ("-1", "0", "1e308", "NaN", "-0", "0x1f", "99999999999999999999999", "1.5", "١٢", "²")


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def long_values(*lengths: int) -> st.SearchStrategy[bytes]:
    """Strings just over a field's limit and far over it (100,000 characters)."""
    sizes = st.sampled_from(sorted({*lengths, 100_000}))
    fill = st.sampled_from(["x", "ž", "<b>", "\u202e", "Ж"])
    return st.builds(lambda n, f: _utf8((f * n)[:n]), sizes, fill)


PLAIN_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
BAD_VALUES = st.one_of(
    st.sampled_from(MARKUP + URLS).map(_utf8),
    st.tuples(PLAIN_TEXT, st.sampled_from(MARKUP)).map(lambda t: _utf8(t[0] + t[1])),
    st.lists(st.sampled_from(CONTROL), min_size=1, max_size=4).map(lambda c: _utf8("a".join(c))),
    st.sampled_from(TRAVERSAL).map(_utf8),
    st.lists(st.sampled_from(RAW_BYTES), min_size=1, max_size=3).map(b"x".join),
    st.sampled_from(NUMBERS).map(_utf8),
    st.integers(-(2**70), 2**70).map(lambda n: _utf8(str(n))),
    PLAIN_TEXT.map(_utf8),
)


def values(*lengths: int) -> st.SearchStrategy[bytes]:
    """Any bad value, over-long ones included (``lengths``: the field's limits + 1)."""
    return st.one_of(BAD_VALUES, long_values(*(lengths or (1001,))))


@st.composite
def encoded(draw, value: bytes) -> str:
    """``value`` percent-encoded, sometimes with a broken escape spliced in."""
    text = quote_from_bytes(value, safe="")
    if draw(st.integers(0, 4)) == 0:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(BROKEN_ESCAPES)) + text[at:]
    return text


@dataclass
class Sent:
    """What one request carried: the raw query string or body, and its values."""

    raw: str
    values: list[str] = field(default_factory=list)

    def markup(self) -> list[str]:
        return [m for m in MARKUP + URLS if any(m in v for v in self.values)]

    def typed(self, min_length: int = 8) -> list[str]:
        """Values distinctive enough that finding them elsewhere means they leaked."""
        return [v for v in self.values if len(v.strip()) >= min_length]


@st.composite
def form_data(draw, keys: tuple[str, ...], lengths: tuple[int, ...] = (), fixed=None) -> Sent:
    """A query string or urlencoded body: ``keys`` the view reads (each maybe
    missing, once, or repeated), junk keys, and bad values for all of them.
    ``fixed`` gives a strategy of fields sent as they are (e.g. a valid state)."""
    pairs: list[tuple[str, bytes]] = []
    for key in keys:
        count = draw(st.sampled_from([0, 1, 1, 1, 2, 3]))
        pairs += [(key, draw(values(*lengths))) for _ in range(count)]
    for _ in range(draw(st.integers(0, 2))):
        # PHP-style list keys, or any bad value as a key.
        brackets = st.sampled_from([f"{k}[]" for k in keys] or ["x[]"])
        junk_key = draw(st.one_of(brackets, BAD_VALUES.map(lambda v: v.decode("utf-8", "replace"))))
        pairs.append((junk_key, draw(BAD_VALUES)))
    if fixed is not None:
        pairs += [(k, _utf8(v)) for k, v in draw(fixed).items()]
    draw(st.randoms()).shuffle(pairs)
    parts = [f"{quote_from_bytes(_utf8(k), safe='')}={draw(encoded(v))}" for k, v in pairs]
    if draw(st.integers(0, 9)) == 0:
        parts.append(draw(st.sampled_from(["=", "&", "&&", "q", "=x", "%"])))
    return Sent("&".join(parts), [unquote(p.split("=", 1)[-1], errors="replace") for p in parts])


# What a page may not contain, whatever it was sent: found by parsing it as a
# browser would, so text escaped inside an attribute or an element is no alarm.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "frame", "applet"}


class ActiveContent(HTMLParser):
    """Collects what could run: event handlers, script URLs, inline scripts,
    frames; and every address on the page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.addresses: list[str] = []

    def handle_starttag(self, tag, attrs):
        named = dict(attrs)
        for name, value in attrs:
            if name.startswith("on") or name == "srcdoc":
                self.problems.append(f"<{tag} {name}=...>")
            if name in URL_ATTRIBUTES:
                self.addresses.append(value or "")
                # As a browser reads it: tabs and new lines dropped, case ignored.
                value = "".join((value or "").split()).lower()
                if value.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.problems.append(f"<{tag} {name}={value[:40]}>")
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        inline = not (named.get("src") or "").startswith("/static/")
        data_block = named.get("type") == "application/json"  # not run by a browser
        if tag == "script" and inline and not data_block and "nonce" not in named:
            self.problems.append("<script> inline without a nonce")
        if tag == "meta" and (named.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")

    handle_startendtag = handle_starttag


def active_content(body: str) -> ActiveContent:
    parser = ActiveContent()
    parser.feed(body)
    parser.close()
    return parser


def body_text(response) -> str:
    content = b"" if getattr(response, "streaming", False) else response.content
    return content.decode("utf-8", "replace")


def check(response, sent: Sent, *, get: bool, reading: bool = False, private: bool = False) -> None:
    """What must hold for any response to bad input.

    get: an anonymous GET (nothing sent may come back in a header);
    reading: a page that only reads (no cookie at all);
    private: consultation text (nothing sent may appear in an address).
    """
    assert response.status_code < 500, (response.status_code, sent.raw[:300])
    body = body_text(response)
    for payload in sent.markup():
        if "<" in payload or '"' in payload:
            assert payload not in body, ("unescaped", payload, sent.raw[:300])
    parsed = active_content(body) if "html" in response.headers.get("Content-Type", "") else None
    assert parsed is None or not parsed.problems, (parsed.problems, sent.raw[:300])
    location = response.headers.get("Location", "")
    cookies = [morsel.OutputString() for morsel in response.cookies.values()]
    if get or private:
        for value in sent.typed():
            assert not _contains(location, value), ("in Location", value, location)
            for cookie in cookies:
                assert not _contains(cookie, value), ("in Set-Cookie", value)
    if reading:
        assert not cookies, ("a cookie for a reader", cookies)
    if private:
        urls = (parsed.addresses if parsed else []) + [location]
        for value in sent.typed():
            leaked = [u for u in urls if _contains(u, value)]
            assert not leaked, ("consultation text in an address", value, leaked)


def _contains(text: str, value: str) -> bool:
    if not text:
        return False
    return value in text or value in unquote(text, errors="replace")


class Tally:
    """How many bad inputs each target got in each language (printed at the end)."""

    def __init__(self):
        self.counts: Counter = Counter()

    def add(self, target: str, language: str) -> None:
        self.counts[(target, language)] += 1


TALLY = Tally()
