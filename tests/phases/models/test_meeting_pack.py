"""The werkmap of a step (`/stappenplan/<fase>/<stap>/werkmap/`): a printable pack for the network's meeting."""

import re

import pytest

from tests import factories
from tests.pages import count_queries, page_html

pytestmark = pytest.mark.django_db

STEP = "/stappenplan/vormgeven/wijkscan-maken/"
PACK = STEP + "werkmap/"


def lessons(*texts):
    return [{"type": "lesson", "value": text} for text in texts]


@pytest.fixture
def step(phases):
    return factories.StepPageFactory(
        parent=phases[1],
        title="Een wijkscan maken",
        slug="wijkscan-maken",
        summary="Breng de wijk in kaart met cijfers en gesprekken.",
        guiding_questions=factories.questions(
            "Welke cijfers over de wijk zijn er al?", "Wat zien bewoners zelf?", "Wie helpt met duiden?"
        ),
    )


@pytest.fixture
def step_tools(phases, step, tool_index):
    """Two tools of the step (one with an outside source) and one of another step."""
    return [
        factories.ToolPageFactory(
            parent=tool_index,
            title="Wijkscan",
            slug="wijkscan",
            tool_type="methodiek",
            summary="Cijfers en gesprekken over de wijk in één beeld.",
            time_needed="Twee tot drie maanden",
            labels={"phases": [phases[1]], "steps": [step]},
        ),
        factories.ToolPageFactory(
            parent=tool_index,
            title="Sociale kaart",
            slug="sociale-kaart",
            tool_type="format",
            summary="Wie doet wat in de wijk, en hoe bereik je elkaar?",
            external_url="https://example.org/sociale-kaart",
            external_label="Website van het ROS",
            labels={"phases": [phases[1]], "steps": [step]},
        ),
        factories.ToolPageFactory(
            parent=tool_index, title="Spinnenweb", slug="spinnenweb", labels={"phases": [phases[2]]}
        ),
    ]


def story(phases, title, *, tools_used=(), phase=1, live=True, lesson_texts=("Begin klein.",)):
    return factories.PracticeStoryPageFactory(
        title=title,
        place=f"{title}, de wijk",
        province="gelderland",
        phase_reached=phases[phase],
        summary=f"Hoe het netwerk in {title} begon.",
        lessons=lessons(*lesson_texts),
        live=live,
        labels={"tools_used": list(tools_used)},
    )


def section(html, heading_id):
    match = re.search(rf'<section [^>]*aria-labelledby="{heading_id}">.*?</section>', html, re.DOTALL)
    assert match, heading_id
    return match.group(0)


def test_the_werkmap_of_a_live_step_shows_its_title_phase_and_summary(client, step, step_tools):
    html = page_html(client, PACK)
    assert "<title>Werkmap: Een wijkscan maken | Wijknetwerk Toolbox</title>" in html
    assert '<h1 id="werkmap-titel">Een wijkscan maken</h1>' in html
    assert "Werkmap voor de bijeenkomst" in html
    assert "<span>Fase 2</span> Netwerk vormgeven" in html
    assert "Breng de wijk in kaart met cijfers en gesprekken." in html


def test_every_guiding_question_is_followed_by_lines_for_notes(client, step, step_tools):
    questions = section(page_html(client, PACK), "werkmap-vragen")
    items = re.findall(r"<li>(.*?)</li>", questions, re.DOTALL)
    assert [re.search(r'"meeting-pack__question">(.*?)<', item).group(1) for item in items] == [
        "Welke cijfers over de wijk zijn er al?",
        "Wat zien bewoners zelf?",
        "Wie helpt met duiden?",
    ]
    assert all('<div class="meeting-pack__lines"><span></span>' in item for item in items)


def test_every_tool_of_the_step_is_summarised_with_type_time_and_where_to_find_it(client, step, step_tools):
    found = section(page_html(client, PACK), "werkmap-tools")
    assert re.findall(r"<h3>(.*?)</h3>", found) == ["Sociale kaart", "Wijkscan"]  # not the other step's tool
    assert "Methodiek · Tijd: Twee tot drie maanden" in found
    assert "Cijfers en gesprekken over de wijk in één beeld." in found
    assert "Wie doet wat in de wijk, en hoe bereik je elkaar?" in found
    # On paper a link is only its address: the absolute URL is printed.
    assert '<a href="http://localhost/toolbox/wijkscan/">http://localhost/toolbox/wijkscan/</a>' in found
    assert 'Website van het ROS: <a href="https://example.org/sociale-kaart">' in found


def test_the_story_that_used_most_of_the_steps_tools_is_the_one_shown(client, phases, step, step_tools):
    story(phases, "Wedde", tools_used=step_tools[:1])
    story(
        phases,
        "Dukenburg",
        tools_used=step_tools,
        lesson_texts=("Maak doelen concreet.", "Betrek huisartsen.", "Train de trekkers.", "Geef het tijd."),
    )
    story(phases, "Concept", tools_used=step_tools, live=False)
    found = section(page_html(client, PACK), "werkmap-verhaal")
    assert re.findall(r"<h3>(.*?)</h3>", found) == ["Dukenburg"]
    assert "Dukenburg, de wijk · Gelderland · sinds 2014" in found
    assert "Hoe het netwerk in Dukenburg begon." in found
    assert re.findall(r"<li>(.*?)</li>", found) == ["Maak doelen concreet.", "Betrek huisartsen.", "Train de trekkers."]
    assert "http://localhost/praktijkverhalen/dukenburg/" in found


def test_without_a_story_using_its_tools_a_story_that_reached_the_phase_is_shown(client, phases, step, step_tools):
    story(phases, "Verderop", phase=2)
    story(phases, "Lemmer", phase=1)
    found = section(page_html(client, PACK), "werkmap-verhaal")
    assert re.findall(r"<h3>(.*?)</h3>", found) == ["Lemmer"]


def test_without_a_fitting_story_the_pack_leaves_the_story_out(client, phases, step, step_tools):
    story(phases, "Verderop", phase=2)
    html = page_html(client, PACK)
    assert "werkmap-verhaal" not in html
    assert "Afspraken en actiepunten" in html


def test_the_pack_ends_with_an_empty_table_of_agreements_who_what_when(client, step, step_tools):
    notes = section(page_html(client, PACK), "werkmap-afspraken")
    assert re.findall(r'<th scope="col">(\w+)</th>', notes) == ["Wie", "Wat", "Wanneer"]
    assert notes.count("<tr><td></td><td></td><td></td></tr>") == 6
    assert "Volgende bijeenkomst" in notes


def test_the_pack_has_a_print_button_for_script_and_a_way_back_without(client, step, step_tools):
    html = page_html(client, PACK)
    assert '<button type="button" class="button js-print" hidden>Print de werkmap</button>' in html
    assert f'<a class="button button--secondary" href="{STEP}">Terug naar de stap</a>' in html
    assert '<span aria-current="page">Werkmap</span>' in html  # the breadcrumbs end at the pack


def test_the_step_page_links_to_its_werkmap_next_to_the_print_button(client, step, step_tools):
    html = page_html(client, STEP)
    actions = re.search(r'<p class="page-actions">.*?</p>', html).group(0)
    assert "Print deze stap" in actions
    assert f'<a class="button button--secondary" href="{PACK}">Werkmap voor de bijeenkomst</a>' in actions


@pytest.mark.parametrize("path", [PACK + "extra/", STEP + "werkmappen/", STEP + "werkmap/1/"])
def test_unknown_routes_below_a_step_answer_404(client, step, path):
    assert client.get(path).status_code == 404


def test_a_draft_step_has_no_werkmap(client, step):
    step.unpublish()
    assert client.get(PACK).status_code == 404


def test_the_query_count_does_not_grow_with_tools_or_stories(client, phases, step, tool_index):
    def add(number):
        for _ in range(number):
            tool = factories.ToolPageFactory(parent=tool_index, labels={"phases": [phases[1]], "steps": [step]})
            story(phases, f"Netwerk {tool.pk}", tools_used=[tool])

    add(1)
    count_queries(client, PACK)  # the first request after a change
    few = count_queries(client, PACK)
    add(12)
    count_queries(client, PACK)
    assert count_queries(client, PACK) == few


def test_the_werkmap_runs_at_most_12_queries(client, django_assert_max_num_queries, phases, step, step_tools):
    story(phases, "Dukenburg", tools_used=step_tools[:2])
    count_queries(client, PACK)  # the first request after a change builds the per-process caches
    with django_assert_max_num_queries(12):
        assert client.get(PACK).status_code == 200
