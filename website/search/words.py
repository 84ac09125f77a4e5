"""Search text handling, without the database: queries, folding, highlighting.

Both database back-ends match the same way: a query word is stemmed for the
current language (Snowball for lt, en and ru; "išnaudojimas" -> "išnaudojim";
a short ending rule for uk, which Snowball lacks), folded to lower case without
diacritics the way PostgreSQL's unaccent folds ("isnaudojim"), and matches every
word of the folded text that begins with it. So "isnaudojimas" finds "išnaudojimo"
and "торговля" finds "торговлей".
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from html import unescape
from os.path import commonprefix

import snowballstemmer
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

MAX_LENGTH = 100
MAX_TERMS = 8
WORD = re.compile(r"[^\W_]+")
TAG = re.compile(r"<[^>]*>")
STEMMERS = {"lt": "lithuanian", "en": "english", "ru": "russian"}
SNIPPET = 180


@dataclass(frozen=True)
class Query:
    text: str
    stems: tuple[str, ...]
    error: str = ""


def _base_letter(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return decomposed[0] if decomposed else char


CYRILLIC = range(0x0400, 0x0500)

# Latin and Greek letters with diacritics -> their base letter, once; only letters
# that fold to a letter (U+037A folds to a space: not that one).
FOLDED = {
    code: base
    for code in range(0x00C0, 0x0500)
    if code not in CYRILLIC
    and len(base := _base_letter(chr(code))) == 1
    and base != chr(code)
    and base.isalnum()
}
# Letters Unicode does not decompose but unaccent folds (Łódź, København, Đakovo).
FOLDED |= {
    ord(k): v for k, v in {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d"}.items()
}
# In Cyrillic, unaccent folds only ё to е (Russian writes ё as е more often than
# not). й, ї, є, ґ, і and ў are letters of their own to it, and so they are here:
# "мой" does not find "мои", "її" does not find "ii". Decomposing them like the
# Latin letters would make SQLite find what PostgreSQL does not.
FOLDED |= {ord("ё"): "е", ord("Ё"): "е"}


# A regular expression over the few letters that fold is several times faster
# than str.translate() on non-ASCII text.
_FOLDABLE = {chr(code): base for code, base in FOLDED.items()}
_FOLDABLE_RE = re.compile("[" + "".join(map(re.escape, _FOLDABLE)) + "]")


def _fold_letters(text: str) -> str:
    return _FOLDABLE_RE.sub(lambda match: _FOLDABLE[match.group()], text)


def fold(text: str) -> str:
    """Lower-case without diacritics, one character for one: positions still match."""
    folded = text.lower()
    if len(folded) != len(text):  # a rare letter whose lower case is longer (İ)
        folded = "".join(char.lower()[0] for char in text)
    return _fold_letters(folded)


# Ukrainian has no Snowball stemmer. Its words are matched by prefix: a word of
# four or more letters loses one inflectional ending (the longest that fits,
# leaving at least three letters): "людина", "людини" -> "людин"; "люди",
# "людей", "людьми" -> "люд". Before і, г/к/х alternate with з/ц/с
# ("допомога", "допомозі"), so a stem of five or more letters ending in one of
# these six letters loses it too: "допомогу" and "допомозі" both become
# "допомо". Simple and predictable; it finds some words it should not ("доро"
# for "дорога" also begins "дорослий"), which the ranking puts below the exact ones.
_LONG_ENDINGS = ("тися", "ться", "ують", "ами", "ями", "ьми", "ові", "еві", "єві", "ого", "ому")
_LONG_ENDINGS += ("ими", "іми", "ати", "яти", "ють")
_TWO_LETTER_ENDINGS = ("ах", "ях", "ам", "ям", "ом", "ем", "єм", "ей", "ою", "ею", "єю", "ів")
_TWO_LETTER_ENDINGS += ("їв", "ий", "ій", "ої", "их", "іх", "им", "ім", "ти", "ть", "ся", "сь")
_TWO_LETTER_ENDINGS += ("ує", "ли")
_ONE_LETTER_ENDINGS = ("а", "я", "о", "е", "є", "и", "і", "ї", "у", "ю", "ь", "й")
UKRAINIAN_ENDINGS = _LONG_ENDINGS + _TWO_LETTER_ENDINGS + _ONE_LETTER_ENDINGS  # longest first
UKRAINIAN_ALTERNATING = frozenset("гкхзцс")


def ukrainian_stem(word: str) -> str:
    """``word`` (lower case) without one inflectional ending; see UKRAINIAN_ENDINGS."""
    if len(word) < 4:
        return word
    for ending in UKRAINIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if len(word) >= 5 and word[-1] in UKRAINIAN_ALTERNATING:
        word = word[:-1]
    return word


class _UkrainianStemmer:
    def stemWord(self, word: str) -> str:  # noqa: N802 - snowballstemmer's name
        return ukrainian_stem(word)


@cache
def _stemmer(language: str):
    if language == "uk":
        return _UkrainianStemmer()
    algorithm = STEMMERS.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def stem(word: str, language: str) -> str:
    """The beginning every form of ``word`` shares, folded.

    Snowball's stem is not always a prefix of the word ("study" -> "studi",
    "piliečiai" -> "piliet"): the part it shares with the word is used.
    """
    stemmer = _stemmer(language)
    word = word.lower()
    folded = fold(word)
    if stemmer is None or len(word) <= 3:
        return folded
    shared = commonprefix([folded, fold(stemmer.stemWord(word))])
    return shared if len(shared) >= 3 else folded


def parse(raw: str, language: str) -> Query:
    """The query's search stems, or a message saying why there are none."""
    text = " ".join(raw.replace("\x00", " ").split())
    if not text:
        return Query(text, (), str(_("Type a word to search for.")))
    if len(text) > MAX_LENGTH:
        return Query(
            text[:MAX_LENGTH],
            (),
            str(_("The search is too long. Use at most %(max)d characters.") % {"max": MAX_LENGTH}),
        )
    stems = tuple(
        dict.fromkeys(
            part for word in WORD.findall(text) if WORD.fullmatch(part := stem(word, language))
        )
    )
    if not stems:
        return Query(text, (), str(_("Type at least one letter or number.")))
    return Query(text, stems[:MAX_TERMS])


@cache
def _patterns(stems: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(rf"(?<![^\W_]){re.escape(part)}") for part in stems)


def plain(html: str) -> str:
    return " ".join(unescape(TAG.sub(" ", html or "")).split())


def first_match(text: str, stems: tuple[str, ...]) -> int | None:
    """Where the first word beginning with a stem starts in ``text``, if anywhere."""
    folded = fold(text)
    found = [match.start() for pattern in _patterns(stems) if (match := pattern.search(folded))]
    return min(found) if found else None


def matches(word: str, stems: tuple[str, ...]) -> bool:
    folded = fold(word)
    return any(folded.startswith(part) for part in stems)


def highlight(text: str, stems: tuple[str, ...]) -> SafeString:
    """``text`` escaped, with each matching word in <mark>."""
    out, last = [], 0
    for found in WORD.finditer(text):
        if matches(found.group(), stems):
            out.append(conditional_escape(text[last : found.start()]))
            out.append(f"<mark>{conditional_escape(found.group())}</mark>")
            last = found.end()
    out.append(conditional_escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece above is escaped


def snippet(htmls: list[str], stems: tuple[str, ...], length: int = SNIPPET) -> SafeString:
    """About ``length`` characters around the first match in the first of ``htmls``
    where a query word appears (else the start of the first with text), highlighted."""
    texts = [text for html in htmls if (text := plain(html))]
    text, first = (texts[0] if texts else ""), 0
    for candidate in texts:
        if (position := first_match(candidate, stems)) is not None:
            text, first = candidate, position
            break
    start = max(0, first - length // 3)
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + length)
    if end < len(text) and (space := text.rfind(" ", start, end)) > start:
        end = space
    part = text[start:end]
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{highlight(part, stems)}{suffix}")  # noqa: S308


def search_text(html: str) -> str:
    """What the SQLite index holds for a text: its words without tags, lower case and
    folded like ``unaccent`` (a decomposed "š" counts as the letter it shows)."""
    return fold(unicodedata.normalize("NFC", plain(html))) if html else ""
