"""The in-memory word index (toolbox_site/word_index.py) finds exactly the pages the search backend finds,
and follows edits."""

import random
import re
from collections import defaultdict

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from phases.models import SuccessFactor
from tests import factories
from toolbox_site.query import matching, matching_rows
from toolbox_site.word_index import WordIndex

pytestmark = pytest.mark.django_db


def backend_matches(query):
    """What the search backend itself finds among the pages and the success factors."""
    found = defaultdict(set)
    for pk, content_type in matching_rows(Page, query, "content_type"):
        found[content_type].add(pk)
    for (pk,) in matching_rows(SuccessFactor, query):
        found[ContentType.objects.get_for_model(SuccessFactor).pk].add(pk)
    return dict(found)


def matching_pages(query):
    return matching(query, Page, SuccessFactor)


def sample_queries(seed=7, count=120):
    """Single words, pairs and triples from the demo pages' own text, and some that are not there."""
    text = " ".join(
        f"{title} {summary}" for title, summary in Page.objects.specific().values_list("title", "search_description")
    )
    for page in Page.objects.live().specific():
        text += " " + getattr(page, "summary", "") + " " + getattr(page, "intro", "")
    words = sorted(set(re.findall(r"[^\W_]+", text)))
    chooser = random.Random(seed)
    queries = [chooser.choice(words) for _ in range(count)]
    queries += [" ".join(chooser.sample(words, 2)) for _ in range(count // 2)]
    queries += [" ".join(chooser.sample(words, 3)) for _ in range(count // 4)]
    queries += [
        "kartrekker",
        "kartrekkers",
        "samenwerken",
        "Samenwerking WIJK",
        "Alzheimercafé",
        "alzheimercafe",
        "de het een",  # stop words only
        "2019",
        "xyzzy",
        "kartrekker xyzzy",
        "dementie ouderen eenzaamheid",
    ]
    return queries


def test_the_word_index_finds_what_the_backend_finds(demo):
    index = WordIndex.current()
    answered_in_memory = 0
    for query in sample_queries():
        assert matching_pages(query) == backend_matches(query), query
        answered_in_memory += index.words_of(query) is not None
    assert answered_in_memory > 150  # the backend is the exception, not the rule


def test_a_published_page_is_found_at_once_and_a_deleted_one_is_gone(phases, tool_index):
    factories.ToolPageFactory(parent=tool_index, title="Kaart", labels={"phases": [phases[0]]})
    assert matching_pages("zeldzaamwoord") == backend_matches("zeldzaamwoord") == {}

    tool = factories.ToolPageFactory(
        parent=tool_index, title="Zeldzaamwoord in de titel", labels={"phases": [phases[0]]}
    )
    tool.save_revision().publish()
    assert [pks for pks in matching_pages("zeldzaamwoord").values()] == [{tool.pk}]

    tool.title = "Een andere titel"
    tool.save_revision().publish()
    assert matching_pages("zeldzaamwoord") == backend_matches("zeldzaamwoord") == {}

    tool.delete()
    assert matching_pages("titel") == backend_matches("titel")
