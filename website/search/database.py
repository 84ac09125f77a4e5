"""Site search across pages, stories, news, resources and organisations.

Both databases read a stored index (website.search.index) of the text the
visitor sees: their language, else the next language of its fallback order
(core.languages.fallback_order, as modeltranslation shows it). A query stem
matches the beginnings of words, without diacritics.

- PostgreSQL: the ``search_<lang>`` tsvector column and its GIN index, a prefix
  ``tsquery`` (``isnaudojim:*``) and ``ts_rank`` with the weights the trigger
  stored (title A, summary B, text C).
- SQLite: the FTS5 table of the kind and language, a prefix query
  (``"isnaudojim"*``) and ``bm25`` with the title weighted far above the rest,
  so that, as on PostgreSQL, rows with every word in the title come first.

Each kind costs one query, and one more for its rows when it has results,
whatever the number of rows and of matches: the first COUNT_LIMIT + 1 matches
(in the order the index gives them) are the candidates; they are counted and
ranked, and the best PER_KIND are loaded. A search that matches more than
COUNT_LIMIT rows of a kind says "more than 1,000" and shows the best of those.
"""

from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import Expression, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from awareness.models import NewsItem, Organisation, Page, Resource
from stories.models import Story
from website.search.index import CONFIG, column, fts_table

PER_KIND = 10
# Counting stops here: a search that matches more says "more than 1,000".
COUNT_LIMIT = 1000
# bm25 weights on SQLite, by field. The title's is so far above the others that a
# title match outranks a text-only match however long or short the texts, as
# weight A does under ts_rank (bm25 saturates with frequency: mere ratios like
# 1 : 0.4 : 0.2 let a short text beat a long title match).
BM25_WEIGHTS = (1000.0, 4.0, 2.0, 1.0)


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


@dataclass
class Found:
    results: list  # the best PER_KIND rows, best first
    total: int  # how many match, at most COUNT_LIMIT
    more: bool = False  # more than COUNT_LIMIT match


class StoredVector(Expression):
    """The kind's ``search_<lang>`` column, which the model does not declare."""

    output_field = SearchVectorField()

    def __init__(self, model: type, language: str):
        super().__init__()
        self.model, self.language = model, language

    def as_sql(self, compiler, connection):
        table = compiler.quote_name(self.model._meta.db_table)
        return f"{table}.{connection.ops.quote_name(column(self.language))}", []


def _visible(kind: SearchKind) -> QuerySet:
    return kind.model.objects.published().order_by()


def _candidates_postgresql(kind: SearchKind, stems: tuple[str, ...], language: str):
    """The SQL of the first COUNT_LIMIT + 1 matches (table order), each with its ts_rank."""
    terms = " & ".join(f"'{part}':*" for part in stems)  # stems are letters and digits
    query = SearchQuery(terms, search_type="raw", config=CONFIG)
    vector = StoredVector(kind.model, language)
    rows = _visible(kind).alias(search=vector).filter(search=query)
    rows = rows.annotate(score=-SearchRank(vector, query)).values("pk", "score")
    return rows[: COUNT_LIMIT + 1].query.sql_with_params()


def fts_query(stems: tuple[str, ...]) -> str:
    """Every stem as the beginning of a word: ``"isnaudojim"* AND "darb"*``."""
    return " AND ".join(f'"{part}"*' for part in stems)  # letters and digits only


def _candidates_sqlite(kind: SearchKind, stems: tuple[str, ...], language: str):
    """The SQL of the first COUNT_LIMIT + 1 matches (rowid order), each with its bm25."""
    fts = connection.ops.quote_name(fts_table(kind.key, language))
    # Published, checked on the matches only (a primary-key look-up each).
    visible = _visible(kind).filter(pk=RawSQL(f"{fts}.rowid", ())).values("pk")  # noqa: S611
    visible_sql, visible_params = visible.query.sql_with_params()
    weights = ", ".join(map(str, BM25_WEIGHTS[: len(kind.fields)]))
    # Names and numbers from the code; the query's words go in as a parameter.
    sql = (
        f"SELECT rowid AS pk, bm25({fts}, {weights}) AS score FROM {fts}"  # noqa: S608
        f" WHERE {fts} MATCH %s AND EXISTS ({visible_sql}) LIMIT %s"
    )
    return sql, (fts_query(stems), *visible_params, COUNT_LIMIT + 1)


def _find(kind: SearchKind, stems: tuple[str, ...], language: str) -> Found:
    """The best PER_KIND of the first COUNT_LIMIT + 1 matches, and how many matched.

    Only those candidates are ranked, so a search costs the same whether 1,001
    or 100,000 rows match; with that many, the best of the first 1,001 is shown
    and the visitor is asked for another word.
    """
    if connection.vendor == "postgresql":
        candidates, params = _candidates_postgresql(kind, stems, language)
    else:
        candidates, params = _candidates_sqlite(kind, stems, language)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT pk, count(*) OVER () FROM ({candidates}) AS candidates"  # noqa: S608
            " ORDER BY score, pk LIMIT %s",
            (*params, PER_KIND),
        )
        found = cursor.fetchall()
    if not found:
        return Found([], 0)
    ids, count = [pk for pk, _count in found], found[0][1]
    rows = kind.model.objects.in_bulk(ids)
    results = [rows[pk] for pk in ids if pk in rows]
    return Found(results, min(count, COUNT_LIMIT), count > COUNT_LIMIT)


def search(stems: tuple[str, ...], language: str) -> list[dict]:
    """Up to PER_KIND results of each kind, best first, with each kind's (capped) total."""
    groups = []
    for kind in KINDS:
        found = _find(kind, stems, language)
        if found.results:
            groups.append(
                {"kind": kind, "results": found.results, "total": found.total, "more": found.more}
            )
    return groups
