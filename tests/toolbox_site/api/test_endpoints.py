"""The three open data listings (toolbox_site/api/endpoints.py): live public pages only, JSON only,
read only, a fixed number of queries, kept by the page cache."""

import datetime

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from tests import factories
from tests.pages import api_items, api_titles, count_queries
from tools.models import Role, StoryStatusUpdate, Theme

pytestmark = pytest.mark.django_db


def test_drafts_and_private_pages_are_neither_listed_nor_found(client, open_data, tool_index, story_index):
    draft = factories.ToolPageFactory(parent=tool_index, title="Concept", live=False)
    private = factories.ToolPageFactory(parent=tool_index, title="Alleen voor leden")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="lid")
    hidden_story = factories.PracticeStoryPageFactory(parent=story_index, title="Nog niet af")
    hidden_story.unpublish()

    assert "Concept" not in api_titles(client, "/api/v2/tools/")
    assert "Alleen voor leden" not in api_titles(client, "/api/v2/tools/")
    assert "Nog niet af" not in api_titles(client, "/api/v2/praktijkverhalen/")
    for url in (
        f"/api/v2/tools/{draft.pk}/",
        f"/api/v2/tools/{private.pk}/",
        f"/api/v2/praktijkverhalen/{hidden_story.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json()["message"].startswith("Niet gevonden")


def test_a_tool_is_not_found_in_the_stories_endpoint(client, open_data):
    tool = api_items(client, "/api/v2/tools/")[0]
    assert client.get(f"/api/v2/praktijkverhalen/{tool['id']}/").status_code == 404


def test_the_api_answers_json_also_to_a_browser(client, open_data):
    response = client.get("/api/v2/tools/", headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert b"<script" not in response.content


def test_the_api_is_read_only(client, open_data):
    assert client.post("/api/v2/tools/", {"title": "Nieuw"}).status_code == 405
    assert client.delete("/api/v2/tools/").status_code == 405


def make_tools(count, tool_index, phases):
    for i in range(count):
        role, theme = factories.RoleFactory(), factories.ThemeFactory()
        factories.ToolPageFactory(
            parent=tool_index,
            labels={"phases": [phases[i % 4]], "roles": [role], "themes": [theme, factories.ThemeFactory()]},
        )


def make_stories(count, story_index, phases):
    tool = factories.ToolPageFactory()
    factor = factories.SuccessFactorFactory()
    for i in range(count):
        story = factories.PracticeStoryPageFactory(
            parent=story_index,
            phase_reached=phases[i % 4],
            lessons=[{"type": "lesson", "value": "Begin klein."}],
            labels={"tools_used": [tool], "success_factors": [factor]},
        )
        StoryStatusUpdate.objects.create(page=story, date=datetime.date(2026, 1, 1), text="Het loopt nog.")


def make_steps(count, phases):
    tool = factories.ToolPageFactory()
    factor = factories.SuccessFactorFactory()
    for i in range(count):
        step = factories.StepPageFactory(parent=phases[i % 4], success_factors=[factor])
        tool.steps.add(step)
    tool.save()


@pytest.mark.parametrize(
    ("url", "make"),
    [
        ("/api/v2/tools/", lambda n, f: make_tools(n, f["tool_index"], f["phases"])),
        ("/api/v2/praktijkverhalen/", lambda n, f: make_stories(n, f["story_index"], f["phases"])),
        ("/api/v2/stappen/", lambda n, f: make_steps(n, f["phases"])),
    ],
)
def test_a_listing_costs_the_same_queries_for_3_or_20_items(
    client, phases, tool_index, story_index, django_assert_max_num_queries, url, make
):
    fixtures = {"phases": phases, "tool_index": tool_index, "story_index": story_index}
    make(3, fixtures)
    client.get(url)
    few = count_queries(client, url)
    make(17, fixtures)
    client.get(url)
    with django_assert_max_num_queries(few):
        assert len(api_items(client, url)) == 20


def test_a_filtered_listing_costs_no_more_for_more_items(client, phases, tool_index):
    make_tools(3, tool_index, phases)
    url = "/api/v2/tools/?fase=verkennen,vormgeven&rol=" + ",".join(Role.objects.values_list("slug", flat=True)[:2])
    client.get(url)
    few = count_queries(client, url)
    make_tools(17, tool_index, phases)
    client.get(url)
    assert count_queries(client, url) == few


def test_the_page_cache_keeps_the_api_and_a_publish_reaches_it(client, settings, open_data, tool_index):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    assert client.get("/api/v2/tools/?thema=ggz")["X-Cache"] == "miss"
    assert client.get("/api/v2/tools/?thema=ggz")["X-Cache"] == "hit"
    assert "X-Cache" not in client.get("/api/v2/tools/?thema=onbekend")  # a 400 is never kept

    tool = factories.ToolPageFactory(
        parent=tool_index, title="GGZ-kaart", labels={"themes": [Theme.objects.get(slug="ggz")]}
    )
    tool.save_revision().publish()
    assert api_titles(client, "/api/v2/tools/?thema=ggz") == ["GGZ-kaart", "Spinnenweb"]
    cache.clear()
