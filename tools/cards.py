"""What a finder result shows: a small card made once per content version, not per request.

A listing of thousands of pages is rendered from these cards (see tools.facet_index), so showing
a page of results reads nothing from the database and builds no page objects. Each listed model
makes its cards in `listing_cards()` with a fixed number of queries for all of its pages.
"""

from collections import defaultdict
from dataclasses import dataclass
from types import SimpleNamespace

from wagtail.models import Page


@dataclass(frozen=True)
class Tag:
    label: str
    colour: str = ""  # a phase tag carries its phase's colour token


@dataclass(frozen=True)
class Card:
    pk: int
    title: str
    url: str
    summary: str
    kind: str  # the line above the title, e.g. the tool type or "Oss · Noord-Brabant · sinds 2016"
    tags: tuple = ()
    stopped: bool = False


def page_urls(pages):
    """{pk: URL} of `pages` (a page queryset) relative to their site, as Wagtail routes them.

    The site has one root (see home.HomePage), so the path below it is the URL `pageurl` gives.
    """
    site_root_paths = SimpleNamespace()  # Wagtail caches the site root paths on this object
    urls = {}
    for pk, url_path in pages.values_list("pk", "url_path"):
        parts = Page(pk=pk, url_path=url_path).get_url_parts(request=site_root_paths)
        if parts and parts[2]:
            urls[pk] = parts[2]
    return urls


def related_tags(pages, field, tags):
    """{page pk: [Tag, ...]} of the `field` relation of `pages`, in the order of `tags` ({pk: Tag})."""
    order = {pk: position for position, pk in enumerate(tags)}
    found = defaultdict(set)  # a set: a join may repeat a pair
    for page_pk, related_pk in pages.values_list("pk", f"{field}__pk"):
        if related_pk in tags:
            found[page_pk].add(related_pk)
    return {page_pk: [tags[pk] for pk in sorted(pks, key=order.get)] for page_pk, pks in found.items()}


def tags_by_pk(queryset, label, colour=None):
    """{pk: Tag} of a queryset of phases or themes, in the queryset's order."""
    fields = ("pk", label, colour) if colour else ("pk", label)
    return {row[0]: Tag(*row[1:]) for row in queryset.values_list(*fields)}
