"""The map of the Netherlands on /praktijkverhalen/: live stories counted per province, linked to the finder."""

import re

import pytest

from tests import factories
from tests.pages import count_queries, page_html
from tools.choices import Province
from tools.province_map import LABELS, OUTLINES, PATHS, VIEW_BOX, shade

pytestmark = pytest.mark.django_db

URL = "/praktijkverhalen/"


@pytest.fixture
def stories(phases, story_index):
    """Two live stories in Utrecht, one in Zeeland and one in Groningen; a draft in Utrecht and one in Limburg."""
    for title, province in [
        ("Zuilen", "utrecht"),
        ("Overvecht", "utrecht"),
        ("Walcheren", "zeeland"),
        ("Wedde", "groningen"),
    ]:
        factories.PracticeStoryPageFactory(parent=story_index, title=title, province=province, phase_reached=phases[1])
    for title, province in [("Kanaleneiland", "utrecht"), ("Heerlen", "limburg")]:
        factories.PracticeStoryPageFactory(
            parent=story_index, title=title, province=province, phase_reached=phases[1], live=False
        )
    return story_index


def section(html):
    match = re.search(r'<section class="province-map".*?</section>', html, re.DOTALL)
    assert match, "no province map on the page"
    return match.group(0)


def drawing(html):
    return re.search(r"<svg class=\"province-map__svg\".*?</svg>", section(html), re.DOTALL).group(0)


def listed(html):
    """{province name: (count, href or None)} from the accessible list next to the drawing."""
    items = re.findall(r"<li>(.*?)</li>", section(html), re.DOTALL)
    found = {}
    for item in items:
        name = re.search(r">([^<>]+?) <span class=\"province-map__count\">(\d+)", item)
        href = re.search(r'<a href="([^"]+)"', item)
        found[name.group(1)] = (int(name.group(2)), href.group(1) if href else None)
    return found


def test_the_list_counts_the_live_stories_of_every_province_and_leaves_drafts_out(client, stories):
    counts = {name: count for name, (count, _) in listed(page_html(client, URL)).items()}
    assert counts == {
        "Groningen": 1,
        "Friesland": 0,
        "Drenthe": 0,
        "Overijssel": 0,
        "Flevoland": 0,
        "Gelderland": 0,
        "Utrecht": 2,
        "Noord-Holland": 0,
        "Zuid-Holland": 0,
        "Zeeland": 1,
        "Noord-Brabant": 0,
        "Limburg": 0,
    }


def test_the_drawing_shows_the_same_number_on_each_province(client, stories):
    labels = re.findall(r"<text [^>]*>(\d+)</text>", drawing(page_html(client, URL)))
    assert [int(label) for label in labels] == [1, 0, 0, 0, 0, 0, 2, 0, 0, 1, 0, 0]  # in the order of Province


def test_a_province_with_stories_links_to_the_finder_filtered_on_it(client, stories):
    html = page_html(client, URL)
    assert listed(html)["Utrecht"] == (2, "/praktijkverhalen/?provincie=utrecht")
    assert '<a href="/praktijkverhalen/?provincie=utrecht" tabindex="-1"' in drawing(html)
    filtered = page_html(client, "/praktijkverhalen/?provincie=utrecht")
    assert "2 praktijkverhalen gevonden" in filtered
    assert "Zuilen" in filtered and "Overvecht" in filtered and "Walcheren" not in filtered


def test_a_province_without_stories_is_drawn_but_not_linked(client, stories):
    html = page_html(client, URL)
    assert listed(html)["Limburg"] == (0, None)  # its only story is a draft
    assert "provincie=limburg" not in html
    svg = drawing(html)
    assert svg.count("<path ") == len(Province.choices)
    assert svg.count('<a href="') == 3
    assert svg.count("province-map__area--0") == 9


def test_the_fill_is_darker_for_more_stories(client, stories):
    svg = drawing(page_html(client, URL))
    assert re.search(r'provincie=utrecht".*?province-map__area--4', svg, re.DOTALL)
    assert re.search(r'provincie=zeeland".*?province-map__area--2', svg, re.DOTALL)


def test_the_list_is_the_accessible_alternative_and_the_drawing_stays_out_of_the_tab_order(client, stories):
    html = section(page_html(client, URL))
    assert '<section class="province-map" aria-labelledby="provincies-titel">' in html
    assert '<h2 id="provincies-titel" class="province-map__title">Praktijkverhalen per provincie</h2>' in html
    svg = drawing(html)
    assert 'aria-hidden="true"' in svg.split(">", 1)[0]
    assert svg.count('tabindex="-1"') == svg.count("<a ") == 3
    list_links = re.findall(r"<li><a [^>]*>", html)
    assert len(list_links) == 3 and not any("tabindex" in link for link in list_links)
    assert '2<span class="visually-hidden"> praktijkverhalen</span>' in html
    assert '1<span class="visually-hidden"> praktijkverhaal</span>' in html


def test_the_map_shows_on_the_plain_listing_and_marks_the_chosen_province(client, stories):
    html = page_html(client, "/praktijkverhalen/?provincie=utrecht")
    assert '<a href="/praktijkverhalen/?provincie=utrecht" aria-current="true">' in section(html)
    assert "province-map__area--current" in drawing(html)
    assert listed(html)["Zeeland"] == (1, "/praktijkverhalen/?provincie=zeeland")  # totals, to switch province


@pytest.mark.parametrize("query", ["?status=actief", "?q=zuilen", "?provincie=utrecht&status=actief"])
def test_the_map_of_totals_stays_away_from_a_view_with_other_filters(client, stories, query):
    """There the facet counts say what each province would give; totals would contradict them."""
    assert "province-map" not in page_html(client, URL + query)


def test_the_toolbox_has_no_map(client, stories, tool_index):
    assert "province-map" not in page_html(client, "/toolbox/")


def test_the_map_costs_no_queries_of_its_own_and_does_not_grow_with_stories(client, phases, story_index):
    def add(provinces):
        for province in provinces:
            factories.PracticeStoryPageFactory(parent=story_index, province=province, phase_reached=phases[0])

    add(["utrecht", "zeeland"])
    count_queries(client, URL)  # the first request after a change builds the facet index
    few = count_queries(client, URL)
    add(Province.values)
    count_queries(client, URL)
    assert count_queries(client, URL) == few
    assert count_queries(client, URL + "?status=actief") == few  # the same page without the map


def test_every_province_has_an_outline_and_a_label_inside_the_drawing():
    _, _, width, height = map(float, VIEW_BOX.split())
    assert set(OUTLINES) == set(LABELS) == set(PATHS) == set(Province.values)
    for path in PATHS.values():
        for x, y in re.findall(r"([\d.]+),([\d.]+)", path):
            assert 0 <= float(x) <= width and 0 <= float(y) <= height


@pytest.mark.parametrize(
    ("count", "most", "expected"),
    [(0, 5, 0), (1, 5, 1), (2, 5, 2), (3, 5, 3), (5, 5, 4), (1, 1, 4), (1, 100, 1), (0, 0, 0)],
)
def test_the_shade_grows_with_the_count_relative_to_the_busiest_province(count, most, expected):
    assert shade(count, most) == expected
