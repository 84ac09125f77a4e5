"""Lists with filter links: plain links with counts, no JavaScript needed."""

import re
from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.utils.functional import Promise, cached_property
from django.views.generic import ListView

# A filter value is a key; anything else (junk, NUL bytes) is ignored.
KEY = re.compile(r"[-a-zA-Z0-9_]{1,60}")


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class TermFilter:
    """Filter by a taxonomy model (City, Service, ...)."""

    label: Promise
    all_label: Promise  # the "all" option, worded to agree with the label
    model: type
    field: str  # the listed rows' relation to the term
    related: str  # the term's relation back to the listed rows

    def lookup(self) -> str:
        return f"{self.field}__slug"

    def options(self, matching: QuerySet, hidden: QuerySet | None = None) -> list[Option]:
        relation = matching.model._meta.get_field(self.field)
        if hidden is not None and relation.many_to_many:
            counts = _links_less_hidden(relation, hidden)
        else:
            counts = _counts(matching, self.field)
        return [
            Option(term.slug, term.name, counts.get(term.pk, 0))
            for term in self.model.objects.all()
        ]


@dataclass(frozen=True)
class ChoiceFilter:
    """Filter by a field with TextChoices (a resource's type, news or event)."""

    label: Promise
    all_label: Promise
    field: str
    choices: type

    def lookup(self) -> str:
        return self.field

    def options(self, matching: QuerySet, hidden: QuerySet | None = None) -> list[Option]:
        counts = _counts(matching, self.field)
        return [Option(value, label, counts.get(value, 0)) for value, label in self.choices.choices]


def _counts(matching: QuerySet, field: str) -> dict:
    """{value of ``field``: how many of ``matching`` have it}, in one aggregate
    query (GROUP BY) that the database answers from its indexes; the rows
    themselves are never loaded. Each selected filter is one value, so a row
    is joined once per value of ``field`` and needs no DISTINCT."""
    return dict(matching.order_by().values_list(field).annotate(Count("pk")))


def _links_less_hidden(relation, hidden: QuerySet) -> dict:
    """The counts of a many-to-many filter when no other filter is chosen: the
    join table's rows per term (read from its own index, without joining the
    listed rows) less those of the rows visitors may not see (drafts and
    scheduled rows, found by the published() index; few). Two small aggregate
    queries instead of joining every published row to the join table."""
    through = relation.remote_field.through
    term = relation.m2m_reverse_field_name()
    counts = dict(through.objects.order_by().values_list(term).annotate(Count("pk")))
    for value, count in _counts(hidden, relation.name).items():
        if value in counts:
            counts[value] -= count
    return counts


class FilteredListView(ListView):
    """A ListView of ``model``'s published rows, narrowed by ``filters``
    ({key: TermFilter | ChoiceFilter}).

    Each option shows how many rows it would give with the other filters kept;
    options that would give none are left out unless chosen.
    """

    filters: dict = {}
    paginate_by = 20
    http_method_names = ["get", "head", "options"]

    def base_queryset(self) -> QuerySet:
        """What visitors may see: the model's one visibility rule."""
        return self.model.objects.published()

    def hidden_queryset(self) -> QuerySet:
        """What visitors may not see: every row of the model not in
        base_queryset() (override both together)."""
        return self.model.objects.hidden()

    @cached_property
    def selected(self) -> dict[str, str]:
        values = {key: self.request.GET.get(key, "") for key in self.filters}
        return {key: value for key, value in values.items() if KEY.fullmatch(value)}

    def filtered(self, skip: str | None = None) -> QuerySet:
        rows = self.base_queryset()
        for key, value in self.selected.items():
            if key != skip:
                rows = rows.filter(**{self.filters[key].lookup(): value})
        return rows

    def get_queryset(self):
        return self.filtered()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        selected = self.selected
        context["selected"] = selected
        context["filters"] = [
            {
                "key": key,
                "label": spec.label,
                "all_label": spec.all_label,
                "selected": selected.get(key, ""),
                "options": [
                    option
                    for option in spec.options(
                        self.filtered(skip=key),
                        # Alone, a filter may count from its join table.
                        None if set(selected) - {key} else self.hidden_queryset(),
                    )
                    if option.count or option.value == selected.get(key)
                ],
            }
            for key, spec in self.filters.items()
        ]
        return context
