"""The faceted finder behind /toolbox/ and /praktijkverhalen/: one module for both.

It reads the query string (values are slugs; a parameter may repeat), ignores what it does not
know with a note for the visitor, filters in the ORM (values of one facet OR-ed, facets AND-ed),
applies full-text search on top, and counts for every choice how many results it would give
with the other active facets. The number of SQL queries depends on the number of facets, never
on the number of results or of active values.
"""

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.db.models import Count

from toolbox_site.pagination import PAGE_PARAM, paginate
from toolbox_site.query import SEARCH_PARAM, matching_pks, ranked, read_query

MAX_VALUES_PER_FACET = 30


@dataclass(frozen=True)
class Facet:
    """One filter: its query parameter, its label, the ORM path to the slug, and its options."""

    param: str
    label: str
    lookup: str
    options: object  # callable returning [(slug, label), ...] in display order
    plural: str = ""


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetState:
    facet: Facet
    options: list = field(default_factory=list)

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


@dataclass
class Chip:
    label: str
    remove_query: str


def _unique(values):
    seen = []
    for value in values:
        value = value.strip()
        if value and value not in seen:
            seen.append(value)
    return seen


class Finder:
    """Filters `queryset` by `facets` from `params` (a QueryDict); see the module docstring."""

    def __init__(self, queryset, facets, params, *, noun=("resultaat", "resultaten")):
        self.base = queryset
        self.facets = facets
        self.params = params
        self.noun = noun
        self.notes = []
        self.query, note = read_query(params)
        if note:
            self.notes.append(note)
        self.options = {facet.param: list(facet.options()) for facet in facets}
        self.selected = {facet.param: self._read(facet) for facet in facets}

    def _read(self, facet):
        known = {slug for slug, _ in self.options[facet.param]}
        values = _unique(self.params.getlist(facet.param))[:MAX_VALUES_PER_FACET]
        unknown = [value for value in values if value not in known]
        if unknown:
            shown = ", ".join(f"‘{value[:40]}’" for value in unknown[:3])
            self.notes.append(f"Onbekende {facet.label.lower()} {shown} genegeerd.")
        return [value for value in values if value in known]

    # --- querysets ----------------------------------------------------------------------------

    def _filter(self, queryset, skip=None):
        for facet in self.facets:
            values = self.selected[facet.param]
            if values and facet.param != skip:
                # A subquery keeps one row per page however many values match (no DISTINCT needed).
                matching = self.base.model.objects.filter(**{f"{facet.lookup}__in": values}).values("pk")
                queryset = queryset.filter(pk__in=matching)
        return queryset

    def _search_matches(self):
        """The pks matching `q` as a subquery (None when there is no query)."""
        return matching_pks(self.base, self.query) if self.query else None

    @cached_property
    def _matches(self):
        return self._search_matches()

    def _matching(self, skip=None):
        """Pages matching `q` and every facet except `skip`: the base of that facet's counts."""
        queryset = self._filter(self.base, skip=skip)
        if self._matches is not None:
            queryset = queryset.filter(pk__in=self._matches)
        return queryset

    def results(self):
        """The filtered pages: title matches first when searching, then by title."""
        filtered = self._filter(self.base)
        if self.query:
            return ranked(filtered, self.query)
        return filtered.order_by("title", "pk")

    def page(self, request, per_page=None):
        kwargs = {"per_page": per_page} if per_page else {}
        return paginate(request, self.results(), **kwargs)

    # --- facets and their counts --------------------------------------------------------------

    def facet_states(self):
        states = []
        for facet in self.facets:
            counts = dict(
                self._matching(skip=facet.param)
                .order_by()
                .values_list(facet.lookup)
                .annotate(n=Count("pk", distinct=True))
                .values_list(facet.lookup, "n")
            )
            selected = set(self.selected[facet.param])
            options = [
                Option(value=slug, label=label, count=counts.get(slug, 0), selected=slug in selected)
                for slug, label in self.options[facet.param]
            ]
            states.append(FacetState(facet=facet, options=options))
        return states

    # --- what the visitor sees ----------------------------------------------------------------

    @property
    def is_filtered(self):
        return bool(self.query) or any(self.selected.values())

    def state(self, **changes):
        """The query string of the current state with `changes` applied (a value of None drops it)."""
        state = {SEARCH_PARAM: [self.query] if self.query else []}
        state.update({param: list(values) for param, values in self.selected.items()})
        state.update(changes)
        pairs = [(param, value) for param, values in state.items() if values for value in values]
        return "?" + urlencode(pairs) if pairs else "?"

    def chips(self):
        chips = []
        if self.query:
            chips.append(Chip(label=f"Zoekterm: {self.query}", remove_query=self.state(**{SEARCH_PARAM: []})))
        for facet in self.facets:
            labels = dict(self.options[facet.param])
            for value in self.selected[facet.param]:
                remaining = [v for v in self.selected[facet.param] if v != value]
                chips.append(
                    Chip(label=f"{facet.label}: {labels[value]}", remove_query=self.state(**{facet.param: remaining}))
                )
        return chips

    def count_in_words(self, count):
        singular, plural = self.noun
        if count == 0:
            return f"Geen {plural} gevonden"
        return f"{count} {singular if count == 1 else plural} gevonden"

    def suggestions(self):
        """For an empty result: which single filter to drop, and how many results that would give."""
        suggestions = []
        if self.query:
            count = self._filter(self.base).count()
            if count:
                suggestions.append((f"zonder zoekterm ‘{self.query}’", self.state(**{SEARCH_PARAM: []}), count))
        for facet in self.facets:
            if self.selected[facet.param]:
                count = self._matching(skip=facet.param).count()
                if count:
                    suggestions.append((f"zonder filter {facet.label.lower()}", self.state(**{facet.param: []}), count))
        return suggestions

    def context(self, request):
        page_obj = self.page(request)
        return {
            "finder": self,
            "page_obj": page_obj,
            "result_count": page_obj.paginator.count,
            "result_count_words": self.count_in_words(page_obj.paginator.count),
            "facets": self.facet_states(),
            "chips": self.chips(),
            "suggestions": self.suggestions() if page_obj.paginator.count == 0 else [],
            "robots_noindex": self.is_filtered or PAGE_PARAM in request.GET,
        }
