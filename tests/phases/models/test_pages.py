"""The roadmap's step pages: their URLs, their place in the roadmap (previous and next step) and their cost."""

import re

import pytest

from phases.models import StepPage
from tests import factories
from tests.pages import count_queries, page_html

pytestmark = pytest.mark.django_db


@pytest.fixture
def steps(phases):
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


def test_the_steps_follow_each_other_across_the_phases(client, steps):
    assert pager(client, FIRST) == (None, SECOND)
    assert pager(client, SECOND) == (FIRST, THIRD)
    assert pager(client, THIRD) == (SECOND, None)


def test_the_pager_names_the_phase_of_a_step_in_another_phase(client, steps):
    html = page_html(client, THIRD)
    assert "Vorige stap (fase 1)</span> Bewoners bevragen" in html
    assert "<span>Fase 2</span>" in html


def test_an_unpublished_step_leaves_the_sequence(client, steps):
    pager(client, THIRD)  # the sequence is built and kept
    steps[1].unpublish()
    assert pager(client, FIRST) == (None, THIRD)
    assert pager(client, THIRD) == (FIRST, None)


def test_a_published_step_joins_the_sequence(client, phases, steps):
    pager(client, FIRST)
    new = factories.StepPageFactory(parent=phases[0], order=3, title="Een kartrekker", slug="kartrekker", live=False)
    assert pager(client, THIRD) == (SECOND, None)
    new.save_revision().publish()
    assert pager(client, THIRD) == ("/stappenplan/verkennen/kartrekker/", None)


def test_a_step_moved_to_another_phase_is_linked_at_its_new_place(client, phases, steps):
    pager(client, FIRST)
    steps[0].move(phases[1], pos="last-child")
    moved = "/stappenplan/vormgeven/klein-beginnen/"
    assert client.get(FIRST)["Location"] == moved  # Wagtail's redirect from the old URL
    assert pager(client, SECOND) == (None, THIRD)
    assert pager(client, THIRD) == (SECOND, moved)  # the same order in phase 2: the older page first
    assert pager(client, moved) == (THIRD, None)


def test_a_new_order_within_the_phase_swaps_the_links(client, steps):
    pager(client, FIRST)
    first = steps[0]
    first.order = 3
    first.save_revision().publish()
    assert pager(client, SECOND) == (None, FIRST)
    assert pager(client, FIRST) == (SECOND, THIRD)


def test_the_neighbours_are_copies_each_request_can_change_freely(steps):
    step = StepPage.objects.get(pk=steps[1].pk)
    previous, following = step.sequence_neighbours()
    previous.title = "Veranderd"
    previous.phase_page.number = 9
    again, _ = StepPage.objects.get(pk=steps[1].pk).sequence_neighbours()
    assert (again.title, again.phase_page.number) == ("Klein beginnen", 1)
    assert following.pk == steps[2].pk


def test_a_step_in_a_draft_phase_is_still_served_with_its_phase_but_without_neighbours(client, phases, steps):
    phases[1].unpublish()
    html = page_html(client, THIRD)  # Wagtail serves a live page below a draft, as it always did
    assert "<span>Fase 2</span>" in html
    assert pager(client, THIRD) == (None, None)
    assert pager(client, SECOND) == (FIRST, None)


def test_the_phase_of_a_step_is_its_parent(steps, phases):
    assert StepPage.objects.get(pk=steps[2].pk).phase.pk == phases[1].pk
    steps[2].unpublish()
    assert StepPage.objects.get(pk=steps[2].pk).phase.pk == phases[1].pk  # outside the sequence: read from the tree


def test_a_step_and_its_werkmap_are_served_at_their_urls(client, steps):
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
def test_unknown_paths_answer_404(client, steps, path):
    page_html(client, FIRST)
    assert client.get(path).status_code == 404


def test_a_draft_step_answers_404_and_so_does_its_werkmap(client, steps):
    steps[0].unpublish()
    assert client.get(FIRST).status_code == 404
    assert client.get(FIRST + "werkmap/").status_code == 404


def test_a_step_without_its_trailing_slash_is_redirected_to_it(client, steps):
    response = client.get(FIRST.rstrip("/"))
    assert response.status_code == 301
    assert response["Location"] == FIRST


def test_a_step_page_runs_at_most_12_queries(client, django_assert_max_num_queries, phases, steps, tool_index):
    factor = factories.SuccessFactorFactory()
    factories.set_relations(steps[1], success_factors=[factor])
    tools = [
        factories.ToolPageFactory(parent=tool_index, labels={"phases": [phases[0]], "steps": [steps[1]]})
        for _ in range(3)
    ]
    factories.PracticeStoryPageFactory(phase_reached=phases[0], labels={"tools_used": tools})
    count_queries(client, SECOND)  # the first request after a change builds the per-process caches
    with django_assert_max_num_queries(12):
        assert client.get(SECOND).status_code == 200
