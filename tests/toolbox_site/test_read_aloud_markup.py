""" "Lees voor" in the rendered HTML: every content page marks its main text and holds the controls,
hidden until static/js/read-aloud.js finds a browser that can speak (tests/browser/test_read_aloud.py)."""

import pytest
from bs4 import BeautifulSoup

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def content_pages(home, site_content):
    """One page of each kind that has a text to read, by name."""
    roadmap = site_content["steps"][0].get_parent().get_parent().specific
    step = site_content["steps"][1]
    return {
        "home": home.url,
        "stappenplan": roadmap.url,
        "fase": step.get_parent().url,
        "stap": step.url,
        "stap, eenvoudige versie": f"{step.url}eenvoudig/",
        "tool": site_content["tool"].url,
        "tool, eenvoudige versie": f"{site_content['tool'].url}eenvoudig/",
        "praktijkverhaal": site_content["story"].url,
        "succesfactoren": site_content["success_page"].url,
    }


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_every_content_page_holds_the_read_aloud_controls_hidden_until_a_script_shows_them(client, content_pages):
    for name, url in content_pages.items():
        html = html_of(client, url)
        controls = html.select("[data-read-aloud-controls]")
        assert len(controls) == 1, name
        group = controls[0]
        assert group.has_attr("hidden"), name
        assert group["role"] == "group" and group["aria-label"] == "Voorlezen", name
        assert "no-print" in group["class"], name
        buttons = {button["data-read-aloud-action"]: button for button in group.find_all("button")}
        assert {action: button.get_text(strip=True) for action, button in buttons.items()} == {
            "start": "Lees voor",
            "pause": "Pauze",
            "stop": "Stop",
        }, name
        assert all(button["type"] == "button" for button in buttons.values()), name
        assert buttons["pause"].has_attr("hidden") and buttons["stop"].has_attr("hidden"), name
        assert group.select_one("[data-read-aloud-status]")["role"] == "status", name


def test_every_content_page_marks_its_main_text_with_the_title_in_it(client, content_pages):
    for name, url in content_pages.items():
        html = html_of(client, url)
        marked = html.select("main [data-read-aloud]")
        assert marked, name
        assert html.h1 in [heading for element in marked for heading in element.find_all("h1")], name


def test_the_reader_comes_from_the_sites_own_static_files_deferred(client, content_pages):
    html = html_of(client, content_pages["stap"])
    scripts = [script for script in html.find_all("script", src=True) if script["src"].endswith("js/read-aloud.js")]
    assert len(scripts) == 1
    assert scripts[0]["src"].startswith("/static/")
    assert scripts[0].has_attr("defer")


def test_a_page_that_is_no_content_page_has_no_read_aloud_controls(client, site_content, tool_index):
    html = html_of(client, tool_index.url)
    assert html.select("[data-read-aloud-controls]") == []
    assert html.select("[data-read-aloud]") == []


def test_the_simple_version_marks_the_simple_text_for_reading(client, phases):
    step = factories.StepPageFactory(
        parent=phases[0],
        title="Klein beginnen",
        summary="Start met een kleine, gedreven groep professionals.",
        simple_summary="Begin met een paar mensen.",
        simple_guiding_questions=factories.questions("Wie wil er meedoen?"),
        simple_body=factories.paragraphs("Een kleine groep werkt het best."),
    )
    marked = html_of(client, f"{step.url}eenvoudig/").select_one("[data-read-aloud]")
    text = marked.get_text(" ", strip=True)
    assert "Begin met een paar mensen." in text
    assert "Een kleine groep werkt het best." in text
    assert "gedreven groep" not in text
