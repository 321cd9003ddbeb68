"""The finder: facets OR within, AND across, counts per choice, bad input handled, constant queries."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from tests import factories
from toolbox_site.query import MAX_QUERY_LENGTH
from tools.facets import STORY_FACETS, TOOL_FACETS
from tools.finder import Finder
from tools.models import PracticeStoryPage, ToolPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxonomy():
    return {
        "huisarts": factories.RoleFactory(slug="huisarts", name="Huisarts"),
        "gemeente": factories.RoleFactory(slug="gemeente", name="Gemeente"),
        "dementie": factories.ThemeFactory(slug="dementie", name="Dementie"),
        "eenzaamheid": factories.ThemeFactory(slug="eenzaamheid", name="Eenzaamheid"),
        "ggz": factories.ThemeFactory(slug="ggz", name="GGZ"),
    }


@pytest.fixture
def tools(phases, tool_index, taxonomy):
    verkennen, vormgeven, verdiepen, _ = phases
    t = taxonomy

    def tool(title, phase_list, roles, themes, tool_type="methodiek"):
        return factories.ToolPageFactory(
            parent=tool_index,
            title=title,
            tool_type=tool_type,
            labels={"phases": phase_list, "roles": [t[r] for r in roles], "themes": [t[x] for x in themes]},
        )

    return {
        "wijkscan": tool("Wijkscan", [vormgeven], ["gemeente"], ["eenzaamheid"]),
        "sociale-kaart": tool("Sociale kaart", [vormgeven, verdiepen], ["huisarts"], ["dementie"], "format"),
        "alzheimercafe": tool(
            "Alzheimercafé", [verdiepen], ["huisarts", "gemeente"], ["dementie", "eenzaamheid"], "werkvorm"
        ),
        "spinnenweb": tool("Spinnenweb", [verdiepen], ["huisarts"], ["ggz"]),
        "speeddate": tool("Speeddate", [verkennen], ["gemeente"], ["eenzaamheid"], "werkvorm"),
    }


def finder(query_string, facets=TOOL_FACETS, model=ToolPage):
    return Finder(model, facets, QueryDict(query_string), noun=("tool", "tools"))


def titles(finder_):
    return sorted(page.title for page in finder_.results())


def counts(finder_, param):
    state = next(s for s in finder_.facet_states() if s.facet.param == param)
    return {option.value: option.count for option in state.options}


def test_without_filters_every_live_tool_is_listed(tools):
    assert len(titles(finder(""))) == 5


def test_filter_by_phase(tools):
    assert titles(finder("fase=vormgeven")) == ["Sociale kaart", "Wijkscan"]


def test_filter_by_two_themes_returns_tools_with_either(tools):
    assert titles(finder("thema=dementie&thema=ggz")) == ["Alzheimercafé", "Sociale kaart", "Spinnenweb"]


def test_facets_are_combined_with_and(tools):
    assert titles(finder("rol=huisarts&thema=eenzaamheid")) == ["Alzheimercafé"]
    assert titles(finder("fase=verdiepen&rol=gemeente&type=werkvorm")) == ["Alzheimercafé"]


def test_filter_by_type(tools):
    assert titles(finder("type=werkvorm")) == ["Alzheimercafé", "Speeddate"]


def test_a_tool_in_two_phases_is_listed_once(tools):
    results = list(finder("fase=vormgeven&fase=verdiepen").results())
    assert len(results) == len({page.pk for page in results}) == 4


def test_counts_apply_the_other_facets_but_not_their_own(tools):
    f = finder("thema=dementie")
    # Theme counts ignore the selected theme, so a visitor sees what adding one would give.
    assert counts(f, "thema") == {"dementie": 2, "eenzaamheid": 3, "ggz": 1}
    # Role counts apply the theme filter.
    assert counts(f, "rol") == {"huisarts": 2, "gemeente": 1}
    assert counts(f, "fase") == {"verkennen": 0, "vormgeven": 1, "verdiepen": 2, "verankeren": 0}


def test_choices_that_would_give_nothing_are_kept_with_count_zero(tools):
    f = finder("rol=huisarts")
    state = next(s for s in f.facet_states() if s.facet.param == "fase")
    assert [o.value for o in state.options] == ["verkennen", "vormgeven", "verdiepen", "verankeren"]
    assert {o.value: o.count for o in state.options}["verkennen"] == 0


def test_unknown_values_are_ignored_with_a_note(tools):
    f = finder("thema=dementie&thema=tandarts&fase=<script>")
    assert titles(f) == ["Alzheimercafé", "Sociale kaart"]
    assert any("‘tandarts’" in note for note in f.notes)
    assert any("fase" in note for note in f.notes)


def test_repeated_and_empty_parameters_are_harmless(tools):
    f = finder("thema=dementie&thema=dementie&thema=&rol=&q=")
    assert titles(f) == ["Alzheimercafé", "Sociale kaart"]
    assert [chip.label for chip in f.chips()] == ["Thema: Dementie"]
    assert f.notes == []


def test_overlong_query_is_cut_with_a_note(tools):
    f = finder("q=" + "kaart " * 100)
    assert len(f.query) <= MAX_QUERY_LENGTH
    assert f.notes


def test_search_combines_with_facets(tools):
    assert titles(finder("q=kaart")) == ["Sociale kaart"]
    assert titles(finder("q=kaart&thema=ggz")) == []
    f = finder("q=kaart")
    assert counts(f, "thema")["dementie"] == 1 and counts(f, "thema")["ggz"] == 0


def test_chips_remove_one_value_and_keep_the_rest(tools):
    f = finder("q=kaart&thema=dementie&thema=ggz&rol=huisarts")
    chips = {chip.label: chip.remove_query for chip in f.chips()}
    assert chips["Thema: GGZ"] == "?q=kaart&rol=huisarts&thema=dementie"
    assert chips["Zoekterm: kaart"] == "?rol=huisarts&thema=dementie&thema=ggz"


def test_empty_result_suggests_which_filter_to_drop(tools):
    f = finder("thema=ggz&type=werkvorm")
    assert titles(f) == []
    suggestions = {label: (query, count) for label, query, count in f.suggestions()}
    assert suggestions["zonder filter thema"] == ("?type=werkvorm", 2)
    assert suggestions["zonder filter soort tool"] == ("?thema=ggz", 1)


def test_count_in_words():
    f = finder("")
    assert f.count_in_words(0) == "Geen tools gevonden"
    assert f.count_in_words(1) == "1 tool gevonden"
    assert f.count_in_words(12) == "12 tools gevonden"


def test_page_past_the_end_gives_the_last_page(tools):
    request = RequestFactory().get("/toolbox/", {"pagina": "999"})
    page = finder("").page(request, per_page=2)
    assert page.number == 3
    request = RequestFactory().get("/toolbox/", {"pagina": "abc"})
    assert finder("").page(request, per_page=2).number == 1


def test_story_facets_filter_by_province_status_and_phase_reached(phases, story_index, taxonomy):
    factories.PracticeStoryPageFactory(parent=story_index, title="Wedde", province="groningen", phase_reached=phases[3])
    factories.PracticeStoryPageFactory(
        parent=story_index,
        title="Merenwijk",
        province="zuid-holland",
        status="gestopt",
        end_year=2018,
        phase_reached=phases[0],
    )
    factories.PracticeStoryPageFactory(
        parent=story_index, title="Katwijk", province="zuid-holland", phase_reached=phases[2]
    )

    def story_titles(qs):
        return titles(finder(qs, STORY_FACETS, PracticeStoryPage))

    assert story_titles("provincie=zuid-holland") == ["Katwijk", "Merenwijk"]
    assert story_titles("provincie=zuid-holland&status=actief") == ["Katwijk"]
    assert story_titles("fase=verankeren&fase=verdiepen") == ["Katwijk", "Wedde"]
    assert counts(finder("status=gestopt", STORY_FACETS, PracticeStoryPage), "provincie")["zuid-holland"] == 1


def count_queries(query_string):
    f = finder(query_string)
    request = RequestFactory().get("/toolbox/" + ("?" + query_string if query_string else ""))
    with CaptureQueriesContext(connection) as queries:
        context = f.context(request)
        for card in context["page_obj"]:
            assert card.url and card.tags  # what a tool card shows, read from the index
    return len(queries)


def test_a_tool_card_shows_type_phases_in_order_and_themes(tools, phases):
    card = next(card for card in finder("").results() if card.title == "Sociale kaart")
    assert card.kind == "Format of checklist"
    assert card.url == "/toolbox/" + tools["sociale-kaart"].slug + "/"
    assert [(tag.label, bool(tag.colour)) for tag in card.tags] == [
        (phases[1].short_name, True),
        (phases[2].short_name, True),
        ("Dementie", False),
    ]


def test_a_story_card_shows_place_province_years_phase_and_stopped(phases, story_index, taxonomy):
    factories.PracticeStoryPageFactory(
        parent=story_index,
        title="Merenwijk",
        place="Leiden",
        province="zuid-holland",
        start_year=2017,
        end_year=2018,
        status="gestopt",
        phase_reached=phases[1],
        labels={"themes": [taxonomy["ggz"]]},
    )
    (card,) = finder("", STORY_FACETS, PracticeStoryPage).results()
    assert card.kind == "Leiden · Zuid-Holland · 2017–2018"
    assert card.stopped
    assert [tag.label for tag in card.tags] == [phases[1].short_name, "GGZ"]


def test_query_count_does_not_grow_with_results_or_active_facets(tools, phases, tool_index, taxonomy):
    baseline = count_queries("")
    with_facets = count_queries("fase=verdiepen&fase=vormgeven&rol=huisarts&thema=dementie&thema=ggz&type=format")
    for i in range(15):
        factories.ToolPageFactory(parent=tool_index, title=f"Extra {i}", labels={"phases": phases[:2]})
    assert count_queries("") == baseline
    assert (
        count_queries("fase=verdiepen&fase=vormgeven&rol=huisarts&thema=dementie&thema=ggz&type=format") == with_facets
    )
    # Active facets cost at most the empty-state suggestions (one per facet), a small constant.
    assert with_facets <= baseline + len(TOOL_FACETS) + 1
