"""The "eenvoudige versie" of phases, steps and tools: its own URL, the switch, canonical links, the
links that keep the choice while browsing, and the editor's all-or-nothing rule."""

import re

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.admin_forms import body, edit_url, form_errors, page_data, post_page, questions
from tests.factories import paragraphs
from tests.factories import questions as question_blocks

pytestmark = pytest.mark.django_db

SIMPLE_SUMMARY = "Je zoekt een paar mensen die mee willen doen."
SIMPLE_QUESTION = "Wie wil er meedoen?"
SIMPLE_BODY = "Begin met een kleine groep. Dat werkt het best."


STEP_FIELDS = {
    "order": "1",
    "summary": "Wat je in deze stap doet.",
    "guiding_questions": questions("Wie doet mee?"),
    "body": body("Uitleg bij deze stap."),
}


def simple_step(phase, **fields):
    return factories.StepPageFactory(
        parent=phase,
        title="Klein beginnen",
        slug="klein-beginnen",
        summary="Start met een kleine, gedreven groep professionals en bewoners die elkaar aanvullen.",
        body=paragraphs("Groot beginnen lijkt efficiënt, maar een breed overleg zonder gedeelde drive loopt vast."),
        simple_summary=SIMPLE_SUMMARY,
        simple_guiding_questions=question_blocks(SIMPLE_QUESTION),
        simple_body=paragraphs(SIMPLE_BODY),
        **fields,
    )


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def link(html, rel):
    found = html.find("link", rel=rel)
    return found and found["href"]


def switch(html):
    found = html.select_one(".reading-switch a")
    return found and (found.get_text(strip=True), found["href"])


def test_a_step_with_a_simple_version_offers_it_with_a_plain_link(client, phases):
    step = simple_step(phases[0])
    html = soup(client.get(step.url))
    assert switch(html) == ("Lees in eenvoudige taal", f"{step.url}eenvoudig/")
    alternate = html.find("link", rel="alternate", hreflang="nl")
    assert alternate["href"] == f"http://localhost{step.url}eenvoudig/"
    assert link(html, "canonical") == f"http://localhost{step.url}"
    assert SIMPLE_SUMMARY not in html.get_text()


def test_the_simple_version_shows_its_own_texts_and_points_search_engines_to_the_normal_page(client, phases):
    step = simple_step(phases[0])
    html = soup(client.get(f"{step.url}eenvoudig/"))
    text = html.get_text(" ", strip=True)
    assert SIMPLE_SUMMARY in text
    assert SIMPLE_QUESTION in text
    assert SIMPLE_BODY in text
    assert "breed overleg" not in text
    assert "elkaar aanvullen" not in text
    assert link(html, "canonical") == f"http://localhost{step.url}"
    assert html.find("link", rel="alternate")["href"] == f"http://localhost{step.url}"
    assert switch(html) == ("Lees de gewone versie", step.url)
    assert html.title.get_text().startswith("Klein beginnen (eenvoudige taal)")
    assert "Je leest nu de eenvoudige versie" in text


def test_a_page_without_a_simple_version_says_so_and_shows_the_normal_text(client, phases):
    step = factories.StepPageFactory(parent=phases[0], slug="zonder", summary="De gewone samenvatting.")
    normal = soup(client.get(step.url))
    assert switch(normal) is None
    assert normal.find("link", rel="alternate", hreflang="nl") is None

    html = soup(client.get(f"{step.url}eenvoudig/"))
    note = html.select_one(".reading-note")
    assert (
        note.get_text(strip=True) == "Van deze pagina is nog geen eenvoudige versie. Hieronder staat de gewone tekst."
    )
    assert "De gewone samenvatting." in html.get_text()
    assert switch(html) == ("Lees de gewone versie", step.url)
    assert link(html, "canonical") == f"http://localhost{step.url}"


def test_in_the_simple_version_links_to_phases_steps_and_tools_keep_the_simple_version(
    client, phases, tool_index, story_index
):
    first = simple_step(phases[0])
    second = factories.StepPageFactory(parent=phases[0], slug="tweede", order=first.order + 1)
    tool = factories.ToolPageFactory(slug="wijkscan", labels={"phases": [phases[0]], "steps": [first]})
    story = factories.PracticeStoryPageFactory(parent=story_index, slug="wedde", phase_reached=phases[0])
    story.tools_used.set([tool])
    story.save_revision().publish()

    html = soup(client.get(f"{first.url}eenvoudig/"))
    hrefs = {a["href"] for a in html.select("main a[href]")}
    assert f"{phases[0].url}eenvoudig/" in hrefs  # the phase badge and the breadcrumb
    assert f"{tool.url}eenvoudig/" in hrefs
    assert f"{second.url}eenvoudig/" in hrefs  # the next step
    assert story.url in hrefs  # stories have no simple version
    assert tool.url not in hrefs

    normal = soup(client.get(first.url))
    simple_links = [a["href"] for a in normal.select("main a[href]") if a["href"].endswith("/eenvoudig/")]
    assert simple_links == [f"{first.url}eenvoudig/"]  # only the switch: the normal version links normally


def test_a_phase_in_its_simple_version_shows_simple_step_summaries_and_links(client, phases):
    phase = phases[1]
    phase.simple_intro = "In deze fase maak je samen een plan."
    phase.simple_guiding_questions = question_blocks("Wat wil je samen bereiken?")
    phase.save_revision().publish()
    step = simple_step(phase)
    other = factories.StepPageFactory(parent=phase, slug="gewoon", summary="Alleen een gewone samenvatting.")

    html = soup(client.get(f"{phase.url}eenvoudig/"))
    text = html.get_text(" ", strip=True)
    assert "In deze fase maak je samen een plan." in text
    assert "Wat wil je samen bereiken?" in text
    assert SIMPLE_SUMMARY in text
    assert "Alleen een gewone samenvatting." in text  # a step without a simple version keeps its own
    hrefs = {a["href"] for a in html.select(".step-cards a")}
    assert hrefs == {f"{step.url}eenvoudig/", f"{other.url}eenvoudig/"}


def test_a_tool_has_a_simple_version_of_its_summary_and_body(client, phases, tool_index):
    tool = factories.ToolPageFactory(
        slug="sociale-kaart",
        summary="Een overzicht van voorzieningen, organisaties en initiatieven in het sociaal domein.",
        simple_summary="Een lijst van wie je kan helpen in de wijk.",
        simple_body=paragraphs("Je ziet wie wat doet. Zo weet je wie je kunt bellen."),
        labels={"phases": [phases[0]]},
    )
    html = soup(client.get(f"{tool.url}eenvoudig/"))
    text = html.get_text(" ", strip=True)
    assert "Een lijst van wie je kan helpen in de wijk." in text
    assert "Zo weet je wie je kunt bellen." in text
    assert "sociaal domein" not in text
    assert f"{phases[0].url}eenvoudig/" in {a["href"] for a in html.select("main a[href]")}


def test_only_the_simple_version_is_a_route_below_a_page(client, phases):
    step = simple_step(phases[0])
    assert client.get(f"{step.url}eenvoudig/extra/").status_code == 404
    assert client.get(f"{step.url}moeilijk/").status_code == 404


def test_the_sitemap_lists_the_normal_pages_only(client, phases):
    step = simple_step(phases[0])
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"http://localhost{step.url}</loc>" in sitemap
    assert "eenvoudig/" not in sitemap


def test_the_page_preview_shows_either_version(admin_client, phases):
    step = simple_step(phases[0])
    preview = f"/admin/pages/{step.pk}/edit/preview/"
    fields = {
        **STEP_FIELDS,
        "simple_summary": SIMPLE_SUMMARY,
        "simple_guiding_questions": questions(SIMPLE_QUESTION),
        "simple_body": body("Zo zie je wat een bewoner leest."),
    }
    data = page_data(step.title, step.slug, publish=False, multi={"success_factors": []}, **fields)
    assert admin_client.post(preview, data).json() == {"is_valid": True, "is_available": True}
    simple = admin_client.get(f"{preview}?mode=eenvoudig").content.decode()
    normal = admin_client.get(f"{preview}?mode=").content.decode()
    assert "Zo zie je wat een bewoner leest." in simple
    assert "Uitleg bij deze stap." not in simple
    assert "Uitleg bij deze stap." in normal


def test_the_editor_has_a_tab_for_the_simple_version(admin_client, phases):
    step = simple_step(phases[0])
    html = soup(admin_client.get(edit_url(step)))
    tabs = [tab.get_text(strip=True) for tab in html.select("[role=tab]")]
    assert [tab for tab in tabs if tab.startswith("Eenvoudige versie")]  # with its error count in ()
    for name in ("simple_summary", "simple_guiding_questions", "simple_body"):
        assert html.find(attrs={"data-contentpath": name}) is not None, name


def test_the_editor_refuses_half_a_simple_version_with_a_dutch_message(admin_client, phases):
    step = factories.StepPageFactory(parent=phases[0], slug="half")
    fields = {
        **STEP_FIELDS,
        "simple_summary": "Je zoekt mensen die mee willen doen.",
        "simple_guiding_questions": questions(),
        "simple_body": body(),
    }
    response = post_page(admin_client, edit_url(step), step.title, step.slug, fields, multi={"success_factors": []})
    assert response.status_code == 200
    errors = form_errors(response)
    assert set(errors) == {"simple_guiding_questions", "simple_body"}
    assert re.match(r"Vul dit veld ook in", errors["simple_body"][0])
    step.refresh_from_db()
    assert step.simple_summary == ""


def test_the_editor_saves_a_complete_simple_version(admin_client, phases):
    step = factories.StepPageFactory(parent=phases[0], slug="heel")
    fields = {
        **STEP_FIELDS,
        "simple_summary": SIMPLE_SUMMARY,
        "simple_guiding_questions": questions(SIMPLE_QUESTION),
        "simple_body": body(SIMPLE_BODY),
    }
    response = post_page(admin_client, edit_url(step), step.title, step.slug, fields, multi={"success_factors": []})
    assert response.status_code == 302, form_errors(response)
    step.refresh_from_db()
    assert step.has_simple_version
    assert step.simple_summary == SIMPLE_SUMMARY
