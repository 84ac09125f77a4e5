"""Site search across pages, stories, news, resources and organisations.

PostgreSQL uses its full-text search with the ``site_search`` configuration
(the 'simple' parser plus unaccent, created by migration awareness/0004). SQLite calls a
Python function registered on each connection (website.apps). Both match a
query stem against the beginnings of words, without diacritics, in the text
the visitor sees: their language, else the next language of its fallback order
(core.languages.fallback_order, as modeltranslation shows it).
One query per kind of content, whatever the number of rows.
"""

from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Count, F, FloatField, Func, QuerySet, TextField, Value, Window
from django.db.models.functions import Coalesce, NullIf
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from awareness.models import NewsItem, Organisation, Page, Resource
from core.languages import fallback_order
from stories.models import Story
from website.search.words import score

CONFIG = "site_search"
PER_KIND = 10
WEIGHTS = ("A", "B", "C", "D")


@dataclass(frozen=True)
class SearchKind:
    key: str
    label: Promise
    model: type  # searched through its published(), the one visibility rule
    fields: tuple[str, ...]  # the title first, then shorter text before longer


KINDS = (
    SearchKind("pages", _("Information"), Page, ("title", "summary", "body")),
    SearchKind("stories", _("Stories"), Story, ("title", "summary", "body")),
    SearchKind("news", _("News and events"), NewsItem, ("title", "summary", "body")),
    SearchKind("resources", _("Resources"), Resource, ("title", "description", "publisher")),
    SearchKind("organisations", _("Where to get help"), Organisation, ("name", "description")),
)


def shown_text(field: str, language: str):
    """The field as the visitor sees it: the first language of the fallback order
    with text (ru: ru, uk, en, lt), as modeltranslation resolves it."""
    columns = [NullIf(F(f"{field}_{code}"), Value("")) for code in fallback_order(language)]
    return Coalesce(*columns, Value(""), output_field=TextField())


def ranked(kind: SearchKind, stems: tuple[str, ...], language: str) -> QuerySet:
    rows = kind.model.objects.published()
    texts = [shown_text(field, language) for field in kind.fields]
    if connection.vendor == "postgresql":
        vector = SearchVector(texts[0], weight="A", config=CONFIG)
        for text, weight in zip(texts[1:], WEIGHTS[1:], strict=False):
            vector += SearchVector(text, weight=weight, config=CONFIG)
        terms = " & ".join(f"'{part}':*" for part in stems)  # stems are letters and digits
        query = SearchQuery(terms, search_type="raw", config=CONFIG)
        rows = rows.alias(search_vector=vector).filter(search_vector=query)
        rows = rows.annotate(rank=SearchRank(vector, query))
    else:
        rank = Func(Value(" ".join(stems)), *texts, function="site_rank", output_field=FloatField())
        rows = rows.annotate(rank=rank).filter(rank__gt=0)
    return rows.annotate(total=Window(Count("pk"))).order_by("-rank", "pk")[:PER_KIND]


def sqlite_rank(stems: str, *fields: str) -> float:
    return score(tuple(stems.split()), *fields)


def search(stems: tuple[str, ...], language: str) -> list[dict]:
    """Up to PER_KIND results of each kind, best first, with each kind's total."""
    groups = []
    for kind in KINDS:
        results = list(ranked(kind, stems, language))
        if results:
            groups.append({"kind": kind, "results": results, "total": results[0].total})
    return groups
