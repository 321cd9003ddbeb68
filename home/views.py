"""Site-wide search at /zoeken/: every kind of content, grouped and labelled by kind.

The matches of every kind (pages and the success factor snippets) are looked up at once
(toolbox_site.query.matching) and split by kind, so the number of queries is fixed, whatever the
number of results. Tools and stories are searched by their own finder, so they come back as its
cards, and link on into that finder with the same term, where the visitor can narrow down by
phase, role and theme.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.http import QueryDict
from django.shortcuts import render
from wagtail.models import Page

from phases.models import PhasePage, StepPage, SuccessFactor
from scans.models import ScanPage
from toolbox_site.pagination import paginate
from toolbox_site.query import matching, ranked, read_query
from tools.facets import STORY_FACETS, TOOL_FACETS
from tools.finder import Finder
from tools.models import PracticeStoryPage, ToolPage

KIND_PARAM = "soort"
RESULTS_PER_GROUP = 5


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str  # plural, for headings
    singular: str
    model: type
    finder: str = ""  # key of the section whose finder takes `q` as well
    facets: tuple = ()  # the finder's facets: search through its facet index

    def search(self, query, found):
        """Every match of `query`, best first, as a list; `found` holds the matches of every kind."""
        if self.facets:
            params = QueryDict(mutable=True)
            params["q"] = query
            return Finder(self.model, self.facets, params).results()  # its own index knows the words
        matches = found.get(ContentType.objects.get_for_model(self.model).pk, [])
        if issubclass(self.model, SuccessFactor):  # a snippet, not a page
            return list(ranked(SuccessFactor.objects.select_related("aspect"), query, matches, title_field="name"))
        # The roadmap's steps and phases are a few dozen at most.
        return list(ranked(self.model.objects.live().public().defer_streamfields(), query, matches))


KINDS = [
    Kind("stap", "Stappen", "stap", StepPage),
    Kind("tool", "Tools", "tool", ToolPage, finder="toolbox", facets=tuple(TOOL_FACETS)),
    Kind(
        "praktijkverhaal",
        "Praktijkverhalen",
        "praktijkverhaal",
        PracticeStoryPage,
        finder="stories",
        facets=tuple(STORY_FACETS),
    ),
    Kind("succesfactor", "Succesfactoren", "succesfactor", SuccessFactor),
    Kind("fase", "Fases", "fase", PhasePage),
    Kind("zelfscan", "Zelfscans", "zelfscan", ScanPage),
]
KINDS_BY_SLUG = {kind.slug: kind for kind in KINDS}


def search(request):
    query, note = read_query(request.GET)
    notes = [note] if note else []
    requested = request.GET.get(KIND_PARAM, "")
    selected = KINDS_BY_SLUG.get(requested)
    if requested and selected is None:
        notes.append(f"Onbekende soort ‘{requested[:40]}’ genegeerd; je ziet alle soorten.")

    groups, page_obj, total = [], None, 0
    if query:
        found = matching(query, Page, SuccessFactor)
        for kind in KINDS:
            results = kind.search(query, found)
            count = len(results)
            total += count
            groups.append(
                {
                    "kind": kind,
                    "count": count,
                    "results": [] if selected else results[:RESULTS_PER_GROUP],
                    "url": "?" + urlencode({"q": query, KIND_PARAM: kind.slug}),
                    "finder_query": "?" + urlencode({"q": query}),
                }
            )
            if kind is selected:
                page_obj = paginate(request, results)

    return render(
        request,
        "home/search.html",
        {
            "query": query,
            "notes": notes,
            "groups": groups,
            "selected_kind": selected,
            "page_obj": page_obj,
            "total": total,
            "all_url": "?" + urlencode({"q": query}),
            "canonical_url": request.build_absolute_uri(request.path),  # every query is a view of one page
        },
    )
