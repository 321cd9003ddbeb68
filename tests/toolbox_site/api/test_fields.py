"""What an item of the open data API holds: only the fields its endpoint names (the allow-list in
toolbox_site/api/endpoints.py), written as toolbox_site/api/fields.py writes them."""

from urllib.parse import urlparse

import pytest
from django.apps import apps

from tests.pages import api_bad_request_message, api_items
from tools.models import PracticeStoryPage

pytestmark = pytest.mark.django_db


TOOL_FIELDS = {
    "id", "meta", "title", "summary", "tool_type", "phases", "steps", "roles", "themes", "time_needed",
    "external_url", "external_label", "document", "maintained_by", "last_checked", "source",
}  # fmt: skip


STORY_FIELDS = {
    "id", "meta", "title", "summary", "place", "province", "setting", "start_year", "end_year", "status",
    "initiator", "target_group", "partner_count", "partner_kinds", "funding", "support", "phase_reached", "roles",
    "themes", "success_factors", "tools_used", "lessons", "status_updates", "maintained_by", "last_checked", "source",
}  # fmt: skip


STEP_FIELDS = {"id", "meta", "title", "summary", "phase", "order", "guiding_questions", "success_factors", "tools"}


META_FIELDS = {"type", "detail_url", "html_url", "slug", "first_published_at", "last_published_at"}


def test_tools_endpoint_lists_live_tools_in_title_order_with_their_taxonomies(client, open_data):
    tools = api_items(client, "/api/v2/tools/")
    assert [tool["title"] for tool in tools] == ["Alzheimercafé", "Spinnenweb", "Wijkscan"]
    wijkscan = tools[2]
    assert set(wijkscan) == TOOL_FIELDS
    assert set(wijkscan["meta"]) == META_FIELDS
    assert wijkscan["summary"] == "Breng de wijk in kaart met cijfers en gesprekken."
    assert wijkscan["tool_type"] == {"slug": "methodiek", "name": "Methodiek"}
    assert wijkscan["phases"] == [{"slug": "verkennen", "name": "Verkennen", "number": 1}]
    assert wijkscan["roles"] == [{"slug": "gemeente", "name": "Gemeente"}]
    assert wijkscan["themes"] == [{"slug": "eenzaamheid", "name": "Eenzaamheid"}]
    assert [step["title"] for step in wijkscan["steps"]] == ["Kennismaken"]
    assert wijkscan["meta"]["html_url"] == "http://localhost/toolbox/wijkscan/"
    assert wijkscan["meta"]["type"] == "tools.ToolPage"
    assert urlparse(wijkscan["meta"]["detail_url"]).path == f"/api/v2/tools/{wijkscan['id']}/"


def test_a_tool_has_a_detail_url_with_the_same_fields(client, open_data):
    tool = api_items(client, "/api/v2/tools/?thema=ggz")[0]
    response = client.get(urlparse(tool["meta"]["detail_url"]).path)
    assert response.status_code == 200
    assert response.json() == tool


def test_stories_endpoint_gives_the_facts_phase_reached_and_taxonomies(client, open_data):
    stories = api_items(client, "/api/v2/praktijkverhalen/")
    assert [story["title"] for story in stories] == ["Samen in Oss", "Wedde dat 't lukt"]
    wedde = stories[1]
    assert set(wedde) == STORY_FIELDS
    assert wedde["province"] == {"slug": "groningen", "name": "Groningen"}
    assert wedde["status"] == {"slug": "actief", "name": "Actief"}
    assert wedde["setting"] == {"slug": "dorp", "name": "Dorp"}
    assert wedde["phase_reached"] == {"slug": "verankeren", "name": "Verankeren", "number": 4}
    assert wedde["roles"] == [{"slug": "huisarts", "name": "Huisarts"}]
    assert wedde["success_factors"][0]["slug"] == "gedeelde-ambitie"
    assert wedde["lessons"] == ["Begin klein."]
    assert [(tool["title"], tool["html_url"]) for tool in wedde["tools_used"]] == [
        ("Wijkscan", "http://localhost/toolbox/wijkscan/")
    ]
    assert stories[0]["end_year"] == 2020


def test_steps_endpoint_lists_steps_in_roadmap_order_with_their_phase(client, open_data):
    steps = api_items(client, "/api/v2/stappen/")
    assert [step["title"] for step in steps] == ["Kennismaken", "Doel bepalen", "Afspraken maken"]
    first = steps[0]
    assert set(first) == STEP_FIELDS
    assert first["phase"] == {"slug": "verkennen", "name": "Verkennen", "number": 1}
    assert first["guiding_questions"] == ["Wie doet mee?", "Wat is het doel?"]
    assert first["success_factors"][0]["name"] == "Gedeelde ambitie"
    assert [tool["title"] for tool in first["tools"]] == ["Wijkscan"]
    assert steps[2]["phase"]["slug"] == "vormgeven"
    assert client.get(urlparse(first["meta"]["detail_url"]).path).json() == first


def test_fields_narrows_what_each_item_holds(client, open_data):
    tool = api_items(client, "/api/v2/tools/?fields=_,id,title,themes")[0]
    assert set(tool) == {"id", "title", "themes"}


def test_the_story_fields_are_an_allow_list_that_ignores_the_models_api_fields(client, open_data, monkeypatch):
    monkeypatch.setattr(PracticeStoryPage, "api_fields", ["owner", "locked_by", "submission"], raising=False)
    for url in ("/api/v2/praktijkverhalen/", "/api/v2/praktijkverhalen/?fields=*"):
        for story in api_items(client, url):
            assert set(story) == STORY_FIELDS
            assert set(story["meta"]) == META_FIELDS
    assert "Onbekend veld" in api_bad_request_message(client, "/api/v2/praktijkverhalen/?fields=owner")


def test_a_stories_contact_address_never_leaves_the_site(client, open_data):
    try:
        submission_model = apps.get_model("tools", "StorySubmission")
    except LookupError:
        pytest.skip("tools.StorySubmission does not exist yet")
    story = PracticeStoryPage.objects.get(title="Wedde dat 't lukt")
    submission_model.objects.create(page=story, contact_email="inzender@example.org")
    assert "Onbekend veld" in api_bad_request_message(client, "/api/v2/praktijkverhalen/?fields=submission")
    for url in (
        "/api/v2/praktijkverhalen/",
        "/api/v2/praktijkverhalen/?fields=*",
        f"/api/v2/praktijkverhalen/{story.pk}/",
        "/feeds/praktijkverhalen/",
        "/sitemap.xml",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"inzender@example.org" not in response.content, url
