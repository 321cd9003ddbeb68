"""The roadmap's pages (phases/models/pages.py): the roadmap and its phases as a visitor reads them, and the
step pages: their URLs, their place in the roadmap (previous and next step), their schema.org HowTo and
their cost."""

import re

import pytest

from phases.models import StepPage
from tests import factories
from tests.pages import SITE, count_queries, json_ld, listing_queries, page_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_steps(phases):
    """Two steps in phase 1 and one in phase 2, created out of order."""
    second = factories.StepPageFactory(parent=phases[0], order=2, title="Bewoners bevragen", slug="bewoners-bevragen")
    first = factories.StepPageFactory(parent=phases[0], order=1, title="Klein beginnen", slug="klein-beginnen")
    third = factories.StepPageFactory(parent=phases[1], order=1, title="Een wijkscan maken", slug="wijkscan-maken")
    return first, second, third


def pager(client, url):
    """The (previous, next) step links of the step at `url`, as paths, None where there is none."""
    html = page_html(client, url)
    found = {
        rel: href for href, rel in re.findall(r'<a class="pager__link[^"]*" href="([^"]+)" rel="(prev|next)"', html)
    }
    return found.get("prev"), found.get("next")


FIRST = "/stappenplan/verkennen/klein-beginnen/"
SECOND = "/stappenplan/verkennen/bewoners-bevragen/"
THIRD = "/stappenplan/vormgeven/wijkscan-maken/"


def test_the_steps_follow_each_other_across_the_phases(client, three_steps):
    assert pager(client, FIRST) == (None, SECOND)
    assert pager(client, SECOND) == (FIRST, THIRD)
    assert pager(client, THIRD) == (SECOND, None)


def test_the_pager_names_the_phase_of_a_step_in_another_phase(client, three_steps):
    html = page_html(client, THIRD)
    assert "Vorige stap (fase 1)</span> Bewoners bevragen" in html
    assert "<span>Fase 2</span>" in html


def test_an_unpublished_step_leaves_the_sequence(client, three_steps):
    pager(client, THIRD)  # the sequence is built and kept
    three_steps[1].unpublish()
    assert pager(client, FIRST) == (None, THIRD)
    assert pager(client, THIRD) == (FIRST, None)


def test_a_published_step_joins_the_sequence(client, phases, three_steps):
    pager(client, FIRST)
    new = factories.StepPageFactory(parent=phases[0], order=3, title="Een kartrekker", slug="kartrekker", live=False)
    assert pager(client, THIRD) == (SECOND, None)
    new.save_revision().publish()
    assert pager(client, THIRD) == ("/stappenplan/verkennen/kartrekker/", None)


def test_a_step_moved_to_another_phase_is_linked_at_its_new_place(client, phases, three_steps):
    pager(client, FIRST)
    three_steps[0].move(phases[1], pos="last-child")
    moved = "/stappenplan/vormgeven/klein-beginnen/"
    assert client.get(FIRST)["Location"] == moved  # Wagtail's redirect from the old URL
    assert pager(client, SECOND) == (None, THIRD)
    assert pager(client, THIRD) == (SECOND, moved)  # the same order in phase 2: the older page first
    assert pager(client, moved) == (THIRD, None)


def test_a_new_order_within_the_phase_swaps_the_links(client, three_steps):
    pager(client, FIRST)
    first = three_steps[0]
    first.order = 3
    first.save_revision().publish()
    assert pager(client, SECOND) == (None, FIRST)
    assert pager(client, FIRST) == (SECOND, THIRD)


def test_the_neighbours_are_copies_each_request_can_change_freely(three_steps):
    step = StepPage.objects.get(pk=three_steps[1].pk)
    previous, following = step.sequence_neighbours()
    previous.title = "Veranderd"
    previous.phase_page.number = 9
    again, _ = StepPage.objects.get(pk=three_steps[1].pk).sequence_neighbours()
    assert (again.title, again.phase_page.number) == ("Klein beginnen", 1)
    assert following.pk == three_steps[2].pk


def test_a_step_in_a_draft_phase_is_still_served_with_its_phase_but_without_neighbours(client, phases, three_steps):
    phases[1].unpublish()
    html = page_html(client, THIRD)  # Wagtail serves a live page below a draft, as it always did
    assert "<span>Fase 2</span>" in html
    assert pager(client, THIRD) == (None, None)
    assert pager(client, SECOND) == (FIRST, None)


def test_the_phase_of_a_step_is_its_parent(three_steps, phases):
    assert StepPage.objects.get(pk=three_steps[2].pk).phase.pk == phases[1].pk
    three_steps[2].unpublish()
    # outside the sequence: read from the tree
    assert StepPage.objects.get(pk=three_steps[2].pk).phase.pk == phases[1].pk


def test_a_step_and_its_werkmap_are_served_at_their_urls(client, three_steps):
    assert '<h1 id="stap-titel">Klein beginnen</h1>' in page_html(client, FIRST)
    assert '<h1 id="werkmap-titel">Klein beginnen</h1>' in page_html(client, FIRST + "werkmap/")


@pytest.mark.parametrize(
    "path",
    [
        "/stappenplan/verkennen/bestaat-niet/",
        "/stappenplan/bestaat-niet/klein-beginnen/",
        "/stappenplan/vormgeven/klein-beginnen/",  # a step's slug under another phase
        "/verkennen/klein-beginnen/",  # without the roadmap
        FIRST + "bestaat-niet/",
        FIRST + "werkmap/bestaat-niet/",
    ],
)
def test_unknown_paths_answer_404(client, three_steps, path):
    page_html(client, FIRST)
    assert client.get(path).status_code == 404


def test_a_draft_step_answers_404_and_so_does_its_werkmap(client, three_steps):
    three_steps[0].unpublish()
    assert client.get(FIRST).status_code == 404
    assert client.get(FIRST + "werkmap/").status_code == 404


def test_a_step_without_its_trailing_slash_is_redirected_to_it(client, three_steps):
    response = client.get(FIRST.rstrip("/"))
    assert response.status_code == 301
    assert response["Location"] == FIRST


def test_a_step_page_runs_at_most_12_queries(client, django_assert_max_num_queries, phases, three_steps, tool_index):
    factor = factories.SuccessFactorFactory()
    factories.set_relations(three_steps[1], success_factors=[factor])
    tools = [
        factories.ToolPageFactory(parent=tool_index, labels={"phases": [phases[0]], "steps": [three_steps[1]]})
        for _ in range(3)
    ]
    factories.PracticeStoryPageFactory(phase_reached=phases[0], labels={"tools_used": tools})
    count_queries(client, SECOND)  # the first request after a change builds the per-process caches
    with django_assert_max_num_queries(12):
        assert client.get(SECOND).status_code == 200


def test_step_page_is_a_howto_whose_steps_are_its_guiding_questions(client, step_tool_story):
    data = json_ld(client, "/stappenplan/vormgeven/wijkscan-maken/")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "HowTo"
    assert data["name"] == "Maak een wijkscan"
    assert data["description"] == "Breng samen in kaart wat er in de wijk speelt."
    assert data["url"] == f"{SITE}/stappenplan/vormgeven/wijkscan-maken/"
    question_1, question_2 = "Wat speelt er in de wijk?", "Wie kent de wijk het best?"
    assert data["step"] == [
        {"@type": "HowToStep", "position": 1, "name": question_1, "text": question_1},
        {"@type": "HowToStep", "position": 2, "name": question_2, "text": question_2},
    ]
    assert data["isPartOf"]["name"] == "Netwerk vormgeven"
    assert data["isPartOf"]["position"] == 2
    assert data["isPartOf"]["url"] == f"{SITE}/stappenplan/vormgeven/"
    assert data["tool"] == [{"@type": "HowToTool", "name": "Sociale kaart", "url": f"{SITE}/toolbox/sociale-kaart/"}]


def test_roadmap_shows_the_phases_in_order_with_their_questions(client, site_content):
    html = page_html(client, "/stappenplan/")
    positions = [html.index(f"Netwerk {name}") for name in ["verkennen", "vormgeven", "verdiepen", "verankeren"]]
    assert positions == sorted(positions)
    assert "Met wie ga je samenwerken?" in html
    assert "Maak een wijkscan" in html


def test_phase_page_lists_its_steps_and_links_into_the_finder(client, site_content):
    html = page_html(client, "/stappenplan/vormgeven/")
    assert html.index("Maak een wijkscan") < html.index("Kies samen thema")
    assert "/toolbox/?fase=vormgeven" in html


def test_step_page_shows_phase_questions_tools_stories_factors_and_neighbours(client, site_content):
    html = page_html(client, "/stappenplan/vormgeven/themas-prioriteren/")
    assert "Fase 2" in html
    assert "Wie doet mee?" in html  # guiding question
    assert "Sociale kaart" in html  # its tool
    assert "DementieNet Dukenburg" in html  # a story that used that tool
    assert "Gevoelde urgentie" in html and "#factor-gevoelde-urgentie" in html
    assert 'href="/stappenplan/vormgeven/wijkscan-maken/"' in html  # previous step
    assert "Kruimelpad" in html


def test_first_step_of_a_phase_links_back_to_the_last_step_of_the_previous_phase(client, site_content):
    html = page_html(client, "/stappenplan/vormgeven/wijkscan-maken/")
    assert 'href="/stappenplan/verkennen/klein-beginnen/"' in html
    assert 'href="/stappenplan/vormgeven/themas-prioriteren/"' in html


@pytest.mark.parametrize("url", ["/stappenplan/verkennen/"])
def test_listing_query_count_does_not_grow_with_the_number_of_items(client, tool_index, story_index, phases, url):
    factories.add_tools_and_stories(2, tool_index, story_index, phases)
    few, many = listing_queries(
        client, url, lambda: factories.add_tools_and_stories(10, tool_index, story_index, phases)
    )
    assert many == few, f"{url}: {few} queries for 2 items, {many} for 12"
