"""Tool pages (tools/models/tool.py): what a visitor reads on one, its schema.org LearningResource, and a
draft staying out of every listing."""

import pytest

from tests import factories
from tests.pages import SITE, json_ld, page_html

pytestmark = pytest.mark.django_db


def test_tool_page_shows_its_phases_steps_stories_and_upkeep(client, site_content):
    html = page_html(client, "/toolbox/sociale-kaart/")
    assert "Format of checklist" in html
    assert "Netwerk vormgeven" in html
    assert "Kies samen thema" in html
    assert "DementieNet Dukenburg" in html
    assert "Radboudumc" in html
    assert "12 oktober 2026" in html
    assert "Huisarts en POH" in html and "Dementie" in html


def test_draft_tool_is_not_listed(client, site_content, tool_index, phases):
    draft = factories.ToolPageFactory(parent=tool_index, title="Geheime concepttool", labels={"phases": [phases[0]]})
    draft.unpublish()
    assert "Geheime concepttool" not in page_html(client, "/toolbox/")
    assert "Geheime concepttool" not in page_html(client, "/stappenplan/verkennen/")


def test_tool_page_is_a_learning_resource_with_themes_as_keywords_and_roles_as_audience(client, step_tool_story):
    data = json_ld(client, "/toolbox/sociale-kaart/")
    assert data["@type"] == "LearningResource"
    assert data["name"] == "Sociale kaart"
    assert data["description"] == "Een overzicht van wie wat doet in de wijk."
    assert data["url"] == f"{SITE}/toolbox/sociale-kaart/"
    assert data["learningResourceType"] == "Format of checklist"
    assert data["keywords"] == ["Dementie"]
    assert data["audience"] == [  # in the roles' own order
        {"@type": "Audience", "audienceType": "Gemeente"},
        {"@type": "Audience", "audienceType": "Huisarts en POH"},
    ]
    assert data["dateModified"] == "2026-10-12"
    assert data["maintainer"] == {"@type": "Organization", "name": "Radboudumc"}
