"""Site-wide search /zoeken/ (home/views.py): every kind of content, grouped and labelled, linking into the finders."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.pages import page_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(phases, tool_index, story_index):
    aspect = factories.SuccessAspectFactory(name="Betekenisgevend proces", slug="betekenisgevend-proces")
    factories.SuccessFactorFactory(
        aspect=aspect,
        name="Onafhankelijke kartrekker",
        slug="onafhankelijke-kartrekker",
        description="Een kartrekker zonder eigen belang houdt het netwerk bij elkaar.",
    )
    factories.StepPageFactory(
        parent=phases[0], title="Stel een kartrekker aan", slug="kartrekker-aanstellen", summary="Wie trekt de kar?"
    )
    factories.ToolPageFactory(
        parent=tool_index,
        title="Competentieprofiel kartrekker",
        summary="Wat een goede kartrekker kan.",
        labels={"phases": [phases[0]]},
    )
    factories.PracticeStoryPageFactory(
        parent=story_index, title="Wedde dat 't lukt", summary="De dorpsondersteuner is de kartrekker in Wedde."
    )
    factories.SuccessFactorsPageFactory()


def test_search_groups_results_by_kind_with_counts(client, content):
    html = client.get("/zoeken/?q=kartrekker").text
    for heading in ("Stappen", "Tools", "Praktijkverhalen", "Succesfactoren"):
        assert '<h2 id="groep-' in html and heading in html, heading
    assert html.index("Stel een kartrekker aan") < html.index("Competentieprofiel kartrekker")
    assert 'href="/succesfactoren/#factor-onafhankelijke-kartrekker"' in html


def test_one_search_over_all_pages_finds_words_in_fields_of_each_kind(client, content):
    """The word is only in the story's summary and the step's title: both found, each in its group."""
    html = client.get("/zoeken/?q=dorpsondersteuner").text
    assert "1 resultaat voor ‘dorpsondersteuner’" in html
    assert "Praktijkverhaal · Wedde" in html
    assert 'href="/praktijkverhalen/' in html and "Wedde dat &#x27;t lukt" in html
    html = client.get("/zoeken/?q=kartrekker&soort=stap").text
    assert 'aria-current="page">Stappen (1)' in html
    assert "Stel een kartrekker aan" in html


def test_search_offers_the_finders_with_the_same_term(client, content):
    html = client.get("/zoeken/?q=kartrekker").text
    assert 'href="/toolbox/?q=kartrekker"' in html
    assert 'href="/praktijkverhalen/?q=kartrekker"' in html


def test_search_can_show_one_kind(client, content):
    html = client.get("/zoeken/?q=kartrekker&soort=tool").text
    assert "Competentieprofiel kartrekker" in html
    assert "Stel een kartrekker aan" not in html
    assert 'aria-current="page">Tools (1)' in html


def test_unknown_kind_is_ignored_with_a_note(client, content):
    html = client.get("/zoeken/?q=kartrekker&soort=recept").text
    assert "Onbekende soort ‘recept’ genegeerd" in html
    assert "Competentieprofiel kartrekker" in html


def test_search_results_name_the_search_page_as_canonical(client, content):
    assert '<link rel="canonical" href="http://testserver/zoeken/">' in client.get("/zoeken/?q=kartrekker").text


@pytest.mark.skipif(connection.vendor != "postgresql", reason="Dutch stemming is a PostgreSQL feature")
@pytest.mark.parametrize(("query", "title"), [("samenwerken", "Samenwerking"), ("kartrekkers", "kartrekker")])
def test_dutch_stemming_on_postgresql(client, phases, tool_index, query, title):
    factories.ToolPageFactory(parent=tool_index, title=f"{title} in de wijk", labels={"phases": [phases[0]]})
    assert f"{title} in de wijk" in client.get(f"/toolbox/?q={query}").text
    assert f"{title} in de wijk" in client.get(f"/zoeken/?q={query}").text


@pytest.mark.skipif(connection.vendor != "postgresql", reason="Ranking weights are a PostgreSQL feature")
def test_title_matches_rank_above_body_matches_on_postgresql(client, phases, tool_index):
    factories.ToolPageFactory(
        parent=tool_index, title="Werkvorm", summary="Dit gaat ook over een wijkscan.", labels={"phases": [phases[0]]}
    )
    factories.ToolPageFactory(parent=tool_index, title="Wijkscan", labels={"phases": [phases[0]]})
    html = client.get("/toolbox/?q=wijkscan").text
    assert html.index(">Wijkscan</a>") < html.index(">Werkvorm</a>")


def test_a_search_reads_the_content_version_once_for_all_its_indexes(client, content):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/zoeken/?q=kartrekker").status_code == 200
    assert sum("contentversion" in query["sql"] for query in queries.captured_queries) == 1


def test_search_finds_pages_and_labels_their_kind(client, site_content):
    html = page_html(client, "/zoeken/?q=Sociale")
    assert "Sociale kaart" in html
    assert '<p class="result__kind">Tool · Format of checklist</p>' in html
