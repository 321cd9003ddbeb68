"""Practice story pages (tools/models/story.py): their facts, status and lessons as a visitor reads them,
their schema.org Article, and the rule an editor must keep."""

import datetime

import pytest

from tests import factories
from tests.admin_forms import add_url, form_errors, post_page, story_data
from tests.pages import SITE, json_ld, page_html
from tools.models import PracticeStoryPage

pytestmark = pytest.mark.django_db


def same_moment(iso_text, moment):
    """An ISO 8601 time in JSON (to the millisecond) names `moment`."""
    return abs(datetime.datetime.fromisoformat(iso_text) - moment) < datetime.timedelta(milliseconds=1)


def test_story_page_is_an_article_about_its_themes_set_in_its_province(client, step_tool_story):
    data = json_ld(client, "/praktijkverhalen/dementienet-dukenburg/")
    story = step_tool_story["story"]
    story.refresh_from_db()
    assert data["@type"] == "Article"
    assert data["headline"] == "DementieNet Dukenburg"
    assert data["description"] == "Huisartsen en welzijn werken samen rond dementie."
    assert data["url"] == f"{SITE}/praktijkverhalen/dementienet-dukenburg/"
    assert same_moment(data["datePublished"], story.first_published_at)
    assert same_moment(data["dateModified"], story.last_published_at)
    assert data["keywords"] == ["Dementie", "Eenzaamheid"]
    assert [thing["name"] for thing in data["about"]] == ["Dementie", "Eenzaamheid"]
    assert data["contentLocation"]["@type"] == "Place"
    assert data["contentLocation"]["name"] == "Nijmegen, Dukenburg"
    assert data["contentLocation"]["address"]["addressRegion"] == "Gelderland"
    assert data["publisher"] == {"@type": "Organization", "name": "Wijknetwerk Toolbox", "url": f"{SITE}/"}
    assert "image" not in data


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


def test_stopped_story_needs_the_year_it_stopped(admin_client, story_index, phases):
    title, slug, fields, multi = story_data(
        phase=phases[0], roles=[factories.RoleFactory()], themes=[factories.ThemeFactory()], status="gestopt"
    )
    response = post_page(admin_client, add_url(PracticeStoryPage, story_index), title, slug, fields, multi)
    assert response.status_code == 200
    assert form_errors(response)["end_year"] == ["Vul in in welk jaar het netwerk stopte."]
