"""Every page type renders with its related content, in Dutch, with the shared page furniture."""

import datetime
import re

import pytest

from tests import factories
from tests.pages import count_queries, page_html
from tools.models import StoryStatusUpdate

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_content(phases, tool_index, story_index):
    """A small, fully linked toolbox: two steps, one tool, one story, one factor."""
    aspect = factories.SuccessAspectFactory(name="Gedeelde ambitie", slug="gedeelde-ambitie")
    factor = factories.SuccessFactorFactory(
        aspect=aspect, name="Gevoelde urgentie", slug="gevoelde-urgentie", kind="praktijk"
    )
    step_1 = factories.StepPageFactory(parent=phases[1], order=1, title="Maak een wijkscan", slug="wijkscan-maken")
    step_2 = factories.StepPageFactory(
        parent=phases[1], order=2, title="Kies samen thema's", slug="themas-prioriteren", success_factors=[factor]
    )
    last_of_phase_1 = factories.StepPageFactory(parent=phases[0], order=1, title="Begin klein", slug="klein-beginnen")
    role = factories.RoleFactory(name="Huisarts en POH", slug="huisarts")
    theme = factories.ThemeFactory(name="Dementie", slug="dementie")
    tool = factories.ToolPageFactory(
        parent=tool_index,
        title="Sociale kaart",
        slug="sociale-kaart",
        tool_type="format",
        maintained_by="Radboudumc",
        last_checked=datetime.date(2026, 10, 12),
        labels={"phases": [phases[1]], "steps": [step_2], "roles": [role], "themes": [theme]},
    )
    story = factories.PracticeStoryPageFactory(
        parent=story_index,
        title="DementieNet Dukenburg",
        slug="dementienet-dukenburg",
        place="Nijmegen, Dukenburg",
        province="gelderland",
        start_year=2015,
        phase_reached=phases[2],
        funding="ZonMw",
        labels={"roles": [role], "themes": [theme], "success_factors": [factor], "tools_used": [tool]},
    )
    StoryStatusUpdate.objects.create(
        page=story, date=datetime.date(2019, 3, 1), text="Het Alzheimercafé draait maandelijks."
    )
    success_page = factories.SuccessFactorsPageFactory()
    return {
        "steps": (last_of_phase_1, step_1, step_2),
        "tool": tool,
        "story": story,
        "factor": factor,
        "success_page": success_page,
        "role": role,
    }


def test_every_page_has_dutch_language_landmarks_skip_link_and_navigation(client, site_content):
    for url in ["/", "/stappenplan/", "/stappenplan/vormgeven/", "/stappenplan/vormgeven/wijkscan-maken/", "/toolbox/",
                "/toolbox/sociale-kaart/", "/praktijkverhalen/", "/praktijkverhalen/dementienet-dukenburg/",
                "/succesfactoren/", "/zoeken/?q=kaart"]:  # fmt: skip
        html = page_html(client, url)
        assert '<html lang="nl"' in html, url
        assert 'href="#inhoud"' in html and 'id="inhoud"' in html, url
        assert "<header" in html and "<main" in html and "<footer" in html, url
        for label in ["Stappenplan", "Toolbox", "Praktijkverhalen", "Succesfactoren", "Zoeken"]:
            assert label in html, (url, label)
        head = html.split("</head>")[0]
        # What the browser loads (scripts, styles, icons, fonts); canonical and feed links are only named.
        loaded = re.findall(r'<(?:script|img|iframe)\b[^>]*\bsrc="([^"]+)"', head) + [
            href for rel, href in re.findall(r'<link rel="([^"]+)"[^>]*href="([^"]+)"', head)
            if rel not in ("canonical", "alternate")
        ]  # fmt: skip
        external = [asset for asset in loaded if re.match(r"(?:https?:)?//", asset)]
        assert loaded and external == [], ("no external assets in <head>", url, external)


def test_the_navigation_follows_a_section_that_moves_or_goes_offline(client, site_content, tool_index):
    menu = re.compile(r'<nav[^>]*aria-label="Hoofdmenu".*?</nav>', re.DOTALL)
    assert 'href="/toolbox/"' in menu.search(page_html(client, "/")).group()

    tool_index.slug = "gereedschap"
    tool_index.save_revision().publish()
    assert 'href="/gereedschap/"' in menu.search(page_html(client, "/")).group()

    tool_index.unpublish()
    assert "gereedschap" not in menu.search(page_html(client, "/")).group()


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


def test_tool_page_shows_its_phases_steps_stories_and_upkeep(client, site_content):
    html = page_html(client, "/toolbox/sociale-kaart/")
    assert "Format of checklist" in html
    assert "Netwerk vormgeven" in html
    assert "Kies samen thema" in html
    assert "DementieNet Dukenburg" in html
    assert "Radboudumc" in html
    assert "12 oktober 2026" in html
    assert "Huisarts en POH" in html and "Dementie" in html


def test_story_page_shows_its_facts_tools_factors_and_status_updates(client, site_content):
    html = page_html(client, "/praktijkverhalen/dementienet-dukenburg/")
    for fact in ["Nijmegen, Dukenburg", "Gelderland", "2015", "ZonMw", "Netwerk verdiepen", "Een huisarts"]:
        assert fact in html, fact
    assert "Sociale kaart" in html
    assert "Gevoelde urgentie" in html
    assert "Het Alzheimercafé draait maandelijks." in html
    assert 'datetime="2019-03-01"' in html
    assert "Radboudumc" in html


def test_stopped_story_is_clearly_labelled(client, story_index, phases):
    factories.PracticeStoryPageFactory(
        parent=story_index,
        title="Proeftuin Merenwijk",
        slug="merenwijk",
        status="gestopt",
        start_year=2017,
        end_year=2018,
        phase_reached=phases[0],
    )
    html = page_html(client, "/praktijkverhalen/merenwijk/")
    assert "Gestopt" in html
    assert "2017–2018" in html


def test_index_pages_list_their_children(client, site_content):
    assert "Sociale kaart" in page_html(client, "/toolbox/")
    assert "DementieNet Dukenburg" in page_html(client, "/praktijkverhalen/")


def test_success_factors_page_groups_factors_by_aspect_with_their_stories(client, site_content):
    html = page_html(client, "/succesfactoren/")
    assert "Gedeelde ambitie" in html
    assert 'id="factor-gevoelde-urgentie"' in html
    assert "DementieNet Dukenburg" in html


def test_search_finds_pages_and_labels_their_kind(client, site_content):
    html = page_html(client, "/zoeken/?q=Sociale")
    assert "Sociale kaart" in html
    assert '<p class="result__kind">Tool · Format of checklist</p>' in html


def test_unknown_page_gives_a_dutch_404(client, site_content):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert '<html lang="nl"' in response.text


def test_draft_tool_is_not_listed(client, site_content, tool_index, phases):
    draft = factories.ToolPageFactory(parent=tool_index, title="Geheime concepttool", labels={"phases": [phases[0]]})
    draft.unpublish()
    assert "Geheime concepttool" not in page_html(client, "/toolbox/")
    assert "Geheime concepttool" not in page_html(client, "/stappenplan/verkennen/")


def add_tools_and_stories(tool_index, story_index, phases, count):
    role, theme = factories.RoleFactory(), factories.ThemeFactory()
    for _ in range(count):
        tool = factories.ToolPageFactory(
            parent=tool_index, labels={"phases": phases[:2], "roles": [role], "themes": [theme]}
        )
        factories.PracticeStoryPageFactory(parent=story_index, phase_reached=phases[0], labels={"tools_used": [tool]})


@pytest.mark.parametrize("url", ["/toolbox/", "/praktijkverhalen/", "/stappenplan/verkennen/"])
def test_listing_query_count_does_not_grow_with_the_number_of_items(client, tool_index, story_index, phases, url):
    add_tools_and_stories(tool_index, story_index, phases, 2)
    count_queries(client, url)  # warm per-process caches (site root, content types)
    few = count_queries(client, url)
    add_tools_and_stories(tool_index, story_index, phases, 10)
    count_queries(client, url)  # the first request after a change rebuilds the facet index
    many = count_queries(client, url)
    assert many == few, f"{url}: {few} queries for 2 items, {many} for 12"
