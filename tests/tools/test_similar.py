"""Similar networks ("vergelijkbare netwerken", tools/similar.py): each story points to the other networks
most like it, best first."""

import pytest
from wagtail.models import PageViewRestriction

from tests import factories
from tests.pages import count_queries, page_html
from tools.similar import similar_stories

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes():
    return {
        slug: factories.ThemeFactory(slug=slug, name=name, sort_order=position)
        for position, (slug, name) in enumerate(
            [
                ("dementie", "Dementie"),
                ("eenzaamheid", "Eenzaamheid"),
                ("ggz", "GGZ"),
                ("positief", "Positieve Gezondheid"),
            ]
        )
    }


@pytest.fixture
def story_in(story_index, phases, themes):
    """make(title, themes, setting, phase number): a live story under the story index."""

    def make(title, theme_slugs, setting, phase, **fields):
        return factories.PracticeStoryPageFactory(
            parent=story_index,
            title=title,
            setting=setting,
            phase_reached=phases[phase - 1],
            labels={"themes": [themes[slug] for slug in theme_slugs]},
            **fields,
        )

    return make


@pytest.fixture
def wedde(story_in):
    """The story being read: a village network on dementia and loneliness that reached phase 2."""
    return story_in("Wedde", ["dementie", "eenzaamheid"], "dorp", 2, slug="wedde", place="Wedde")


def titles(story):
    return [similar.page.title for similar in similar_stories(story)]


def test_more_shared_themes_come_first_and_stories_sharing_nothing_are_left_out(wedde, story_in):
    story_in("Dorp in fase twee", ["ggz"], "dorp", 2)  # setting + phase: 2
    story_in("Beide thema's", ["dementie", "eenzaamheid"], "stad", 1)  # two themes: 4
    story_in("Niets gemeen", ["ggz"], "stad", 3)  # 0
    story_in("Een thema en een dorp", ["dementie"], "dorp", 1)  # theme + setting: 3
    assert titles(wedde) == ["Beide thema's", "Een thema en een dorp", "Dorp in fase twee"]


def test_among_equal_matches_networks_further_along_the_roadmap_come_first_then_by_title(wedde, story_in):
    story_in("Bergen", ["dementie"], "stad", 3)
    story_in("Assen", ["dementie"], "stad", 3)
    story_in("Zwolle", ["dementie"], "stad", 4)
    assert titles(wedde) == ["Zwolle", "Assen", "Bergen"]


def test_at_most_three_are_shown(wedde, story_in):
    for title in ["Aa", "Bb", "Cc", "Dd", "Ee"]:
        story_in(title, ["dementie"], "stad", 1)
    assert titles(wedde) == ["Aa", "Bb", "Cc"]


def test_the_story_itself_drafts_and_private_stories_are_never_suggested(wedde, story_in):
    story_in("Concept", ["dementie", "eenzaamheid"], "dorp", 2).unpublish()
    private = story_in("Besloten", ["dementie", "eenzaamheid"], "dorp", 2)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    story_in("Openbaar", ["dementie"], "stad", 1)
    assert titles(wedde) == ["Openbaar"]


def test_the_reason_names_the_shared_themes_setting_and_phase(wedde, story_in):
    story_in("Winschoten", ["dementie", "eenzaamheid", "ggz"], "dorp", 2)
    story_in("Nijmegen", ["eenzaamheid"], "stad", 3)
    reasons = {similar.page.title: similar.reason for similar in similar_stories(wedde)}
    assert reasons == {
        "Winschoten": "Ook over dementie en eenzaamheid · ook in een dorp · ook in de fase vormgeven",
        "Nijmegen": "Ook over eenzaamheid",
    }


def test_theme_names_keep_their_abbreviations_mid_sentence(story_in):
    reader = story_in("Oss", ["ggz", "positief", "dementie"], "stad", 1)
    story_in("Uden", ["ggz", "positief", "dementie"], "regio", 2)
    [similar] = similar_stories(reader)
    assert similar.reason == "Ook over dementie, GGZ en positieve gezondheid"


def test_story_page_lists_similar_networks_with_place_phase_and_reason(client, wedde, story_in):
    story_in("Winsum", ["dementie"], "dorp", 4, slug="winsum", place="Winsum", status="gestopt", end_year=2020)
    html = page_html(client, "/praktijkverhalen/wedde/")
    section = html[html.index('<section aria-labelledby="vergelijkbaar-titel">') :]
    section = section[: section.index("</section>")]
    assert '<h2 id="vergelijkbaar-titel">Vergelijkbare netwerken</h2>' in section
    assert '<a href="/praktijkverhalen/winsum/">Winsum</a>' in section
    assert "Winsum · fase 4: Verankeren · gestopt" in section
    assert "Ook over dementie · ook in een dorp" in section


def test_without_similar_networks_the_section_is_absent(client, wedde, story_in):
    story_in("Niets gemeen", ["ggz"], "stad", 3)
    assert "Vergelijkbare netwerken" not in page_html(client, "/praktijkverhalen/wedde/")


def test_finding_similar_stories_takes_the_same_queries_for_few_or_many_stories(
    client, wedde, story_in, django_assert_max_num_queries
):
    story_in("Eerste", ["dementie"], "dorp", 3)
    story_in("Tweede", ["eenzaamheid"], "stad", 1)
    count_queries(client, "/praktijkverhalen/wedde/")  # warm per-process caches (site root, content types)
    few = count_queries(client, "/praktijkverhalen/wedde/")
    with django_assert_max_num_queries(4):
        assert len(similar_stories(wedde)) == 2

    for number in range(12):
        story_in(f"Verhaal {number}", ["dementie", "eenzaamheid"][: number % 2 + 1], "dorp", number % 4 + 1)
    similar_stories(wedde)  # the first call after a change rebuilds the per-process caches (view restrictions)
    with django_assert_max_num_queries(4):
        assert len(similar_stories(wedde)) == 3
    count_queries(client, "/praktijkverhalen/wedde/")  # the first request after a change may rebuild caches
    with django_assert_max_num_queries(few):
        assert "Vergelijkbare netwerken" in page_html(client, "/praktijkverhalen/wedde/")


def test_theme_names_that_contain_en_are_kept_apart_by_commas(story_in, themes):
    themes["leefstijl"] = factories.ThemeFactory(slug="leefstijl", name="Overgewicht en leefstijl", sort_order=9)
    reader = story_in("Katwijk", ["leefstijl", "dementie"], "stad", 1)
    story_in("Lelystad", ["leefstijl", "dementie"], "dorp", 2)
    [similar] = similar_stories(reader)
    assert similar.reason == "Ook over dementie, overgewicht en leefstijl"
