"""Reading the search term `q` from a query string, the same way in the finders and in /zoeken/."""

import re
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models import Case, Value, When
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from .word_index import WordIndex

SEARCH_PARAM = "q"
MAX_QUERY_LENGTH = 100
# Only letters, digits and spaces reach the search backend: quotes, operators and control
# characters (NUL above all) have a meaning, or break the query, in SQLite FTS5 and PostgreSQL.
_NOT_A_WORD = re.compile(r"[\W_]+")


def read_query(params, max_length=MAX_QUERY_LENGTH):
    """The cleaned search term and a Dutch note for the visitor when it had to be shortened."""
    raw = " ".join(params.getlist(SEARCH_PARAM))
    query = _NOT_A_WORD.sub(" ", raw).strip()
    if len(query) > max_length:
        return query[:max_length].strip(), f"De zoekterm was te lang en is ingekort tot {max_length} tekens."
    return query, None


def stem_prefixes(query):
    """Rough Dutch stems of the search words ("samenwerken" → "samenwer"), for ranking and marking."""
    words = [word for word in query.split() if len(word) >= 3]
    return sorted({word[: max(4, len(word) - 3)].lower() for word in words}, key=len, reverse=True)


def matching_pks(queryset, query):
    """A subquery of the pks in `queryset` that match `query` in the site's search backend.

    Relevance scores are not asked for: the backends compute them with a correlated subquery per
    row, which is what makes a search slow on thousands of pages. `ranked()` orders instead.
    """
    results = get_search_backend().search(query, queryset.model.objects.all(), operator="and", order_by_relevance=False)
    return results.get_queryset().order_by().values_list("pk", flat=True)


def matching_rows(model, query, *fields):
    """(pk, *fields) of every `model` object that matches `query`, read straight off the cursor.

    A common word can match thousands of pages; Django's row iteration would cost more than the
    search itself, and nothing but a few integers is needed.
    """
    rows = matching_pks(model.objects.all(), query).values_list("pk", *fields)
    sql, params = rows.query.sql_with_params()
    with connections[rows.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def matching(query, *models):
    """{content type id: set of pks} of the objects of `models` (and their subclasses) matching `query`.

    From the in-memory word index when it can answer (toolbox_site.word_index), else from the
    backend: one search over all pages (a common word matches thousands of pages, and the cost
    grows with them, not with the number of kinds) and one per other model.
    """
    index = WordIndex.current()
    words = index.words_of(query)
    if words is not None:
        kinds = {kind for model in models for kind in get_descendants_content_types_pks(model)}
        return {kind: pks for kind, pks in index.matching(words).items() if kind in kinds}
    found = defaultdict(set)
    for model in models:
        if issubclass(model, Page):
            for pk, content_type in matching_rows(model, query, "content_type"):
                found[content_type].add(pk)
        else:
            kind = ContentType.objects.get_for_model(model).pk
            found[kind].update(pk for (pk,) in matching_rows(model, query))
    return {kind: pks for kind, pks in found.items() if pks}


def ranked(queryset, query, matches, title_field="title"):
    """The objects of `queryset` among `matches` (pks found by `matching`), title matches first.

    The title of a page is its strongest signal, so a match there ranks above a match in the
    body, the same on every database.
    """
    title_hits = [
        Case(When(**{f"{title_field}__icontains": prefix}, then=Value(1)), default=Value(0))
        for prefix in stem_prefixes(query)
    ]
    queryset = queryset.filter(pk__in=matches)
    if title_hits:
        queryset = queryset.annotate(title_hits=sum(title_hits[1:], title_hits[0]))
        return queryset.order_by("-title_hits", title_field, "pk")
    return queryset.order_by(title_field, "pk")
