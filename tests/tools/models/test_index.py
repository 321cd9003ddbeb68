"""The finder pages (tools/models/index.py) as a visitor meets them: the GET form, counts, chips, notes,
empty state and bad input, the listing of their children and its cost."""

import re
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories
from tests.pages import count_queries, listing_queries, page_html
from toolbox_site.pagination import PER_PAGE
from tools.models import Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def toolbox(phases, tool_index, story_index):
    huisarts = factories.RoleFactory(slug="huisarts", name="Huisarts")
    gemeente = factories.RoleFactory(slug="gemeente", name="Gemeente")
    dementie = factories.ThemeFactory(slug="dementie", name="Dementie")
    eenzaamheid = factories.ThemeFactory(slug="eenzaamheid", name="Eenzaamheid")
    ggz = factories.ThemeFactory(slug="ggz", name="GGZ")
    wijkscan = factories.ToolPageFactory(
        parent=tool_index,
        title="Wijkscan",
        summary="Breng de wijk in kaart met cijfers en gesprekken.",
        labels={"phases": [phases[1]], "roles": [gemeente], "themes": [eenzaamheid]},
    )
    factories.ToolPageFactory(
        parent=tool_index,
        title="Alzheimercafé",
        tool_type="werkvorm",
        labels={"phases": [phases[2]], "roles": [huisarts, gemeente], "themes": [dementie, eenzaamheid]},
    )
    factories.ToolPageFactory(
        parent=tool_index,
        title="Spinnenweb",
        labels={"phases": [phases[2]], "roles": [huisarts], "themes": [ggz]},
    )
    factories.PracticeStoryPageFactory(
        parent=story_index,
        title="Wedde dat 't lukt",
        province="groningen",
        phase_reached=phases[3],
        labels={"roles": [huisarts], "themes": [eenzaamheid], "tools_used": [wijkscan]},
    )
    return tool_index


def checkbox(html, param, value):
    match = re.search(rf'<input type="checkbox" id="f-{param}-{value}"[^>]*>', html)
    assert match, (param, value)
    return match.group(0)


def test_finder_is_a_plain_get_form_with_a_submit_button(client, toolbox):
    html = page_html(client, "/toolbox/")
    assert '<form class="finder__form" method="get" action="/toolbox/"' in html
    assert '<button type="submit" class="button">Toon resultaten</button>' in html
    assert "3 tools gevonden" in html


def test_each_choice_shows_its_count_and_zero_choices_are_disabled_not_hidden(client, toolbox):
    html = page_html(client, "/toolbox/?rol=huisarts")
    assert "2 tools gevonden" in html
    assert "disabled" not in checkbox(html, "thema", "dementie")
    assert "disabled" in checkbox(html, "type", "film")  # no film at all
    # Within the role facet the other role still counts as if the role filter were not set.
    assert re.search(r'f-rol-gemeente">Gemeente <span class="facet__count">\(2', html)


def test_active_filters_become_chips_with_a_way_to_clear_them_all(client, toolbox):
    html = page_html(client, "/toolbox/?thema=dementie&thema=ggz&rol=huisarts")
    assert 'href="?rol=huisarts&amp;thema=ggz"' in html  # the Dementie chip removes only itself
    assert "Thema: Dementie" in html and "Rol: Huisarts" in html
    assert "Wis alle filters" in html
    assert "checked" in checkbox(html, "thema", "ggz")


@pytest.mark.parametrize(
    ("path", "canonical"),
    [
        ("/toolbox/", "/toolbox/"),
        ("/toolbox/?thema=dementie", "/toolbox/"),
        ("/toolbox/?q=samenwerking&rol=huisarts", "/toolbox/"),
        ("/toolbox/?thema=dementie&pagina=2", "/toolbox/"),
    ],
)
def test_every_state_of_a_listing_names_the_plain_listing_or_its_page_as_canonical(client, toolbox, path, canonical):
    html = page_html(client, path)
    assert 'name="robots"' not in html
    assert re.findall(r'<link rel="canonical" href="([^"]+)">', html) == ["http://testserver" + canonical]


def test_a_later_page_of_the_plain_listing_is_its_own_canonical(client, toolbox, phases, tool_index):
    for number in range(PER_PAGE):
        factories.ToolPageFactory(parent=tool_index, title=f"Tool {number}", labels={"phases": [phases[0]]})
    html = page_html(client, "/toolbox/?pagina=2")
    assert '<link rel="canonical" href="http://testserver/toolbox/?pagina=2">' in html


def test_unknown_values_are_ignored_with_a_visible_note(client, toolbox):
    html = page_html(client, "/toolbox/?thema=bestaat-niet&thema=dementie")
    assert "Onbekende thema ‘bestaat-niet’ genegeerd." in html
    assert "1 tool gevonden" in html


def test_empty_result_suggests_which_filter_to_drop(client, toolbox):
    html = page_html(client, "/toolbox/?thema=ggz&rol=gemeente")
    assert "Geen tools gevonden" in html
    assert "zonder filter rol" in html and 'href="?thema=ggz"' in html


def test_search_term_is_highlighted_in_the_excerpt(client, toolbox):
    html = page_html(client, "/toolbox/?q=wijk")
    assert "Wijkscan" in html
    assert "<mark>wijk</mark>" in html


def test_story_finder_filters_by_province(client, toolbox):
    html = page_html(client, "/praktijkverhalen/?provincie=groningen")
    assert "1 praktijkverhaal gevonden" in html and "Wedde dat" in html
    assert "Geen praktijkverhalen gevonden" in page_html(client, "/praktijkverhalen/?provincie=limburg")


def test_phase_page_links_to_the_finder_with_its_phase_set(client, toolbox):
    assert 'href="/toolbox/?fase=verdiepen"' in page_html(client, "/stappenplan/verdiepen/")


@pytest.mark.parametrize(
    "query",
    [
        "pagina=999",
        "pagina=-1",
        "pagina=abc",
        "fase=&fase=&rol=",
        "thema=" + "x" * 5000,
        "q=" + "zorg " * 300,
        "q=%00%01",
        "q=%22%27%3B--",
        "q=*&q=:&type=%F0%9F%98%80",
        "q=OR&q=NOT",
        "q=NEAR%28zorg%29",
    ],
)
def test_odd_query_strings_give_a_page_not_an_error(client, toolbox, query):
    for url in ("/toolbox/", "/praktijkverhalen/", "/zoeken/"):
        assert client.get(f"{url}?{query}").status_code == 200, (url, query)


PARAMS = st.sampled_from(["fase", "rol", "thema", "type", "provincie", "status", "q", "pagina", "soort", "x"])
VALUES = st.one_of(
    st.sampled_from(["verkennen", "huisarts", "dementie", "format", "groningen", "gestopt", "tool", "", "2", "-5"]),
    st.text(max_size=120),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pairs=st.lists(st.tuples(PARAMS, VALUES), max_size=8), raw=st.text(max_size=40))
def test_random_query_strings_never_give_a_server_error(client, toolbox, pairs, raw):
    query = urlencode(pairs) + ("&" + raw if raw else "")
    for url in ("/toolbox/", "/praktijkverhalen/", "/zoeken/"):
        response = client.get(f"{url}?{query}")
        assert response.status_code < 500, (url, query)


@pytest.mark.parametrize(
    "url",
    [
        "/toolbox/?q=tool",
        "/toolbox/?q=tool&thema=dementie&rol=huisarts",
        "/praktijkverhalen/?q=netwerk&provincie=groningen",
        "/zoeken/?q=tool",
        "/zoeken/?q=tool&soort=tool",
    ],
)
def test_search_listings_keep_a_constant_number_of_queries(client, toolbox, phases, url):
    role, theme = factories.RoleFactory(), factories.ThemeFactory()
    numbers = iter(range(100))

    def add(count):
        for _ in range(count):
            i = next(numbers)
            tool = factories.ToolPageFactory(
                parent=toolbox,
                title=f"Tool {i}",
                summary="Een tool voor het netwerk.",
                labels={"phases": phases[:2], "roles": [role], "themes": [theme]},
            )
            factories.PracticeStoryPageFactory(
                title=f"Netwerk {i}", phase_reached=phases[0], labels={"tools_used": [tool], "themes": [theme]}
            )

    add(2)
    count_queries(client, url)
    few = count_queries(client, url)
    add(8)
    count_queries(client, url)  # the first request after a change rebuilds the facet index
    assert count_queries(client, url) == few, url


def test_counts_follow_publishing_and_unpublishing(client, toolbox, phases):
    """The facet index of every process is rebuilt when the content version changes."""
    assert "1 tool gevonden" in page_html(client, "/toolbox/?thema=ggz")
    extra = factories.ToolPageFactory(
        parent=toolbox, title="Nieuwe GGZ-tool", labels={"phases": [phases[0]], "themes": [factories.ThemeFactory()]}
    )
    extra.themes.add(Theme.objects.get(slug="ggz"))
    extra.save_revision().publish()
    html = page_html(client, "/toolbox/?thema=ggz")
    assert "2 tools gevonden" in html and "Nieuwe GGZ-tool" in html
    extra.unpublish()
    html = page_html(client, "/toolbox/?thema=ggz")
    assert "1 tool gevonden" in html and "Nieuwe GGZ-tool" not in html


def test_a_renamed_theme_slug_reaches_the_finder(client, toolbox):
    theme = Theme.objects.get(slug="ggz")
    page_html(client, "/toolbox/?thema=ggz")
    theme.slug = "psychische-gezondheid"
    theme.save()
    assert "1 tool gevonden" in page_html(client, "/toolbox/?thema=psychische-gezondheid")


def test_index_pages_list_their_children(client, site_content):
    assert "Sociale kaart" in page_html(client, "/toolbox/")
    assert "DementieNet Dukenburg" in page_html(client, "/praktijkverhalen/")


@pytest.mark.parametrize("url", ["/toolbox/", "/praktijkverhalen/"])
def test_listing_query_count_does_not_grow_with_the_number_of_items(client, tool_index, story_index, phases, url):
    factories.add_tools_and_stories(2, tool_index, story_index, phases)
    few, many = listing_queries(
        client, url, lambda: factories.add_tools_and_stories(10, tool_index, story_index, phases)
    )
    assert many == few, f"{url}: {few} queries for 2 items, {many} for 12"
