"""The faceted finder behind /toolbox/ and /praktijkverhalen/: one module for both.

It reads the query string (values are slugs; a parameter may repeat), ignores what it does not
know with a note for the visitor, filters on the listing's facet index (values of one facet
OR-ed, facets AND-ed; see tools.facet_index), applies full-text search on top, and counts for
every choice how many results it would give with the other active facets. The results are the
index's cards (tools.cards), so no page is read from the database: the number of SQL queries and
most of the time per request depend neither on the number of pages nor on the active values.
"""

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType

from toolbox_site.pagination import PAGE_PARAM, paginate
from toolbox_site.query import SEARCH_PARAM, matching, read_query, stem_prefixes
from toolbox_site.word_index import WordIndex

from .facet_index import FacetIndex

MAX_VALUES_PER_FACET = 30


@dataclass(frozen=True)
class Facet:
    """One filter: its query parameter, its label, the ORM path to the slug, and its options.

    The admin's listings filter on the same facets (tools.wagtail_hooks): on `field`, and for a
    relation on the objects of `queryset` (all of them, drafts too, as editors see them).
    """

    param: str
    label: str
    lookup: str
    options: object  # callable returning [(slug, label), ...] in display order
    plural: str = ""
    queryset: object = None  # for a relation: callable returning what editors choose from

    @property
    def field(self):
        """The model field the facet filters on: the lookup without its way to the slug."""
        return self.lookup.removesuffix("__slug")


@dataclass
class Option:
    """One choice of a facet, with what its checkbox needs precomputed (the template stays lean)."""

    param: str
    value: str
    label: str
    count: int
    selected: bool

    @property
    def input_id(self):
        return f"f-{self.param}-{self.value}"

    @property
    def disabled(self):
        """A choice that would give nothing is shown but cannot be ticked (unless it already is)."""
        return self.count == 0 and not self.selected

    @property
    def count_noun(self):
        return "resultaat" if self.count == 1 else "resultaten"


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
    """Filters the listing of `model` by `facets` from `params` (a QueryDict); see the module docstring."""

    def __init__(self, model, facets, params, *, noun=("resultaat", "resultaten")):
        self.model = model
        self.facets = facets
        self.params = params
        self.noun = noun
        self.notes = []
        self.query, note = read_query(params)
        if note:
            self.notes.append(note)
        self.index = FacetIndex.for_listing(model, facets)
        self.options = self.index.options
        self.selected = {facet.param: self._read(facet) for facet in facets}

    def _read(self, facet):
        known = {slug for slug, _ in self.options[facet.param]}
        values = _unique(self.params.getlist(facet.param))[:MAX_VALUES_PER_FACET]
        unknown = [value for value in values if value not in known]
        if unknown:
            shown = ", ".join(f"‘{value[:40]}’" for value in unknown[:3])
            self.notes.append(f"Onbekende {facet.label.lower()} {shown} genegeerd.")
        return [value for value in values if value in known]

    # --- filtering on the facet index ---------------------------------------------------------

    @cached_property
    def _search_mask(self):
        """The pages matching `q` as a bitset of the index (None when there is no query)."""
        if not self.query:
            return None
        words = WordIndex.current().words_of(self.query)
        if words is not None:
            return self.index.mask_of_words(words)
        kind = ContentType.objects.get_for_model(self.model).pk  # only the backend can tell
        return self.index.mask_of_pks(matching(self.query, self.model).get(kind, ()))

    def _mask(self, skip=None, search=True):
        """Pages matching every facet except `skip` (and `q` unless `search` is off)."""
        mask = self.index.everything
        for facet in self.facets:
            values = self.selected[facet.param]
            if values and facet.param != skip:
                mask &= self.index.mask_of(facet.param, values)
        if search and self._search_mask is not None:
            mask &= self._search_mask
        return mask

    def results(self):
        """The cards (tools.cards) of the filtered pages: title matches first when searching, then by title."""
        mask = self._mask()
        if not self.query:
            positions = self.index.positions(mask)
        else:
            # Pages with a search word in their title come first, most title hits first; only they
            # are counted, which keeps this cheap when a common word matches thousands of bodies.
            hits, in_title = Counter(), 0
            for prefix in stem_prefixes(self.query):
                titled = mask & self.index.title_mask(prefix)
                in_title |= titled
                hits.update(self.index.positions(titled))
            positions = sorted(hits, key=lambda i: (-hits[i], i)) + self.index.positions(mask & ~in_title)
        return [self.index.cards[i] for i in positions]

    def page(self, request, per_page=None):
        kwargs = {"per_page": per_page} if per_page else {}
        return paginate(request, self.results(), **kwargs)

    # --- facets and their counts --------------------------------------------------------------

    def facet_states(self):
        states = []
        for facet in self.facets:
            mask = self._mask(skip=facet.param)
            bits = self.index.masks[facet.param]
            selected = set(self.selected[facet.param])
            options = [
                Option(
                    param=facet.param,
                    value=slug,
                    label=label,
                    count=(mask & bits.get(slug, 0)).bit_count(),
                    selected=slug in selected,
                )
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
            count = self._mask(search=False).bit_count()
            if count:
                suggestions.append((f"zonder zoekterm ‘{self.query}’", self.state(**{SEARCH_PARAM: []}), count))
        for facet in self.facets:
            if self.selected[facet.param]:
                count = self._mask(skip=facet.param).bit_count()
                if count:
                    suggestions.append((f"zonder filter {facet.label.lower()}", self.state(**{facet.param: []}), count))
        return suggestions

    def canonical_url(self, request, page_obj):
        """Filtered and searched states point search engines to the plain listing (or its page).

        Each of the many combinations is a view of the same tools, not a page of its own; a
        canonical link rather than `noindex` keeps the listing itself, and its pages, indexed.
        """
        url = request.build_absolute_uri(request.path)
        if not self.is_filtered and page_obj.number > 1:
            url += f"?{PAGE_PARAM}={page_obj.number}"
        return url

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
            "canonical_url": self.canonical_url(request, page_obj),
        }
