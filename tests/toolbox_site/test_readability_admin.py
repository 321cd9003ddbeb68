"""The readability check in the admin (toolbox_site/readability_admin.py): the editor's panel and its live
check, the warning after saving a simple version above B1, and the report "Leesbaarheid"."""

import re

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from phases.models import StepPage
from tests import factories
from tests.admin_forms import add_url, body, edit_url, form_errors, page_data, post_page, questions
from tests.factories import paragraphs
from tests.factories import questions as question_blocks
from tests.toolbox_site.test_readability import B1_SAMPLE, C1_SAMPLE, LONG_SENTENCE, PASSIVE
from toolbox_site import readability_admin

pytestmark = pytest.mark.django_db

CHECK_URL = "/admin/leesbaarheid/toets/"
REPORT_URL = "/admin/leesbaarheid/"
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
STEP_FIELDS = {
    "order": "1",
    "summary": "Wat je in deze stap doet.",
    "guiding_questions": questions("Wie doet mee?"),
    "body": body("Uitleg bij deze stap."),
    # the simple version's fields, empty, as the editor's form posts them for a page without one
    "simple_summary": "",
    "simple_guiding_questions": questions(),
    "simple_body": body(),
}


def simple_step(phase, text, **fields):
    """A step whose simple version is `text` (with a question), under `phase`."""
    return factories.StepPageFactory(
        parent=phase,
        simple_summary="Wat je in deze stap doet.",
        simple_guiding_questions=question_blocks("Wie doet er mee?"),
        simple_body=paragraphs(text),
        **fields,
    )


def simple_fields(text):
    """The simple version of a step as the editor's form posts it."""
    return {
        "simple_summary": "Wat je in deze stap doet.",
        "simple_guiding_questions": questions("Wie doet er mee?"),
        "simple_body": body(text),
    }


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def warnings(response):
    return [str(m.message) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def all_messages(response):
    return [str(m.message) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def admin_without_pages(django_user_model):
    """A user who may enter the admin (e.g. for snippets) but edit no page."""
    user = django_user_model.objects.create_user(username="snippets", password="geheim-wachtwoord")
    group = Group.objects.create(name="Alleen snippets")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def member_client(django_user_model):
    """A logged-in user of the site (a network member) without admin access."""
    user = django_user_model.objects.create_user(username="lid", password="geheim-wachtwoord")
    client = Client()
    client.force_login(user)
    return client


# --- the panel in the editor ------------------------------------------------------------------


def readability_panel(html):
    tab = html.find(id="tab-eenvoudige_versie")
    assert tab is not None, [s.get("id") for s in html.select("[role=tabpanel]")]
    panel = tab.select_one("[data-readability]")
    assert panel is not None
    return panel


def test_the_simple_version_tab_scores_both_versions_of_a_step_and_lists_what_lifts_them(admin_client, phases):
    step = simple_step(phases[0], f"{LONG_SENTENCE} {PASSIVE}", summary=C1_SAMPLE)
    panel = readability_panel(soup(admin_client.get(edit_url(step))))
    text = panel.get_text(" ", strip=True)
    assert [h.get_text(strip=True) for h in panel.find_all("h3")] == ["Gewone versie", "Eenvoudige versie"]
    normal = step.readability()
    assert f"{normal.level_name} (score {str(normal.score).replace('.', ',')};" in text
    assert "woorden per zin" in text
    assert LONG_SENTENCE in [li.get_text(strip=True) for li in panel.find_all("li")]
    assert PASSIVE in [li.get_text(strip=True) for li in panel.find_all("li")]
    assert "samenwerkingsverband" in text  # a long word of the normal version
    assert "Flesch-Douma" in text
    assert panel["data-readability-url"] == CHECK_URL
    assert panel["data-readability-page-type"] == "phases.steppage"
    assert panel["data-readability-fields"].split() == [
        "summary",
        "guiding_questions",
        "body",
        "simple_summary",
        "simple_guiding_questions",
        "simple_body",
    ]
    assert panel.select_one("[role=status][aria-live=polite]") is not None


@pytest.mark.parametrize("kind", ["phase", "step", "tool"])
def test_the_panel_is_in_the_editor_of_each_page_type_with_a_simple_version(admin_client, phases, tool_index, kind):
    page = {
        "phase": lambda: phases[0],
        "step": lambda: factories.StepPageFactory(parent=phases[0]),
        "tool": lambda: factories.ToolPageFactory(parent=tool_index, labels={"phases": [phases[0]]}),
    }[kind]()
    html = soup(admin_client.get(edit_url(page)))
    panel = readability_panel(html)
    assert panel["data-readability-page-type"] == page._meta.label_lower
    assert "Nog geen eenvoudige versie" in panel.get_text()
    assert html.find("script", src="/static/js/readability-panel.js") is not None


def test_a_half_written_simple_version_is_scored_and_said_to_be_incomplete(admin_client, phases):
    step = factories.StepPageFactory(parent=phases[0], simple_summary="Je zoekt mensen die mee willen doen.")
    text = readability_panel(soup(admin_client.get(edit_url(step)))).get_text(" ", strip=True)
    assert "Nog niet compleet" in text
    assert "A2 · heel eenvoudig" in text or "B1 · eenvoudig" in text


def test_the_panel_is_in_the_editor_of_a_new_step_too(admin_client, phases):
    panel = readability_panel(soup(admin_client.get(add_url(StepPage, phases[0]))))
    text = panel.get_text(" ", strip=True)
    assert "Nog geen tekst om te meten." in text
    assert "Nog geen eenvoudige versie" in text


# --- the live check -----------------------------------------------------------------------------


def step_form_data(**fields):
    return page_data("Klein beginnen", "klein-beginnen", publish=False, **{**STEP_FIELDS, **fields})


def test_the_live_check_scores_the_editor_form_of_both_versions(admin_client):
    data = {"page_type": "phases.steppage", **step_form_data(summary=C1_SAMPLE, **simple_fields(B1_SAMPLE))}
    response = admin_client.post(CHECK_URL, data)
    assert response.status_code == 200
    answer = response.json()
    assert set(answer["versions"]) == {"normal", "simple"}
    simple = answer["versions"]["simple"]
    assert simple["level"] in ("A2", "B1")
    assert simple["reaches_target"] is True
    assert simple["complete"] is True
    assert answer["versions"]["normal"]["level"] in ("C1", "C2")
    assert answer["versions"]["normal"]["long_words"]
    html = BeautifulSoup(answer["html"], "html.parser")
    assert "zoals die nu in het formulier staat" in html.get_text()
    assert html.select_one("[data-readability]") is None  # only the scores: the panel stays
    assert answer["status"].startswith("Bijgewerkt. Gewone versie: C")
    assert "Eenvoudige versie: " in answer["status"]


def test_the_live_check_scores_plain_text_fields(admin_client):
    data = {"page_type": "tools.toolpage", "simple_summary": "Een lijst van hulp.", "simple_body": PASSIVE}
    answer = admin_client.post(CHECK_URL, data).json()
    assert set(answer["versions"]) == {"simple"}
    assert answer["versions"]["simple"]["passive_sentences"] == [PASSIVE]
    assert answer["versions"]["simple"]["complete"] is True
    assert answer["versions"]["simple"]["sentences"] == 2


def test_the_live_check_scores_an_incomplete_simple_version_and_says_so(admin_client):
    data = {"page_type": "phases.phasepage", "simple_intro": "In deze fase leer je elkaar kennen."}
    answer = admin_client.post(CHECK_URL, data).json()
    assert answer["versions"]["simple"]["complete"] is False
    assert "Nog niet compleet" in answer["html"]


def test_the_live_check_of_an_empty_version_has_no_score(admin_client):
    data = {"page_type": "phases.steppage", "simple_summary": " ", "simple_body-count": "0"}
    answer = admin_client.post(CHECK_URL, data).json()
    assert answer["versions"] == {"simple": None}
    assert "Nog geen eenvoudige versie" in answer["html"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"simple_summary": "Hallo."}, "Onbekend paginatype"),
        ({"page_type": "home.homepage", "intro": "Hallo."}, "Onbekend paginatype"),
        ({"page_type": "geen.model", "summary": "Hallo."}, "Onbekend paginatype"),
        ({"page_type": "zonderpunt", "summary": "Hallo."}, "Onbekend paginatype"),
        ({"page_type": "phases.steppage"}, "Er is geen tekst meegestuurd"),
        ({"page_type": "phases.steppage", "title": "Alleen een titel"}, "Er is geen tekst meegestuurd"),
        ({"page_type": "phases.steppage", "simple_body-count": "twee"}, "onvolledig of onleesbaar"),
        ({"page_type": "phases.steppage", "simple_body-count": "2"}, "onvolledig of onleesbaar"),
        (
            {
                "page_type": "phases.steppage",
                "simple_body-count": "1",
                "simple_body-0-type": "paragraph",
                "simple_body-0-deleted": "",
                "simple_body-0-order": "0",
                "simple_body-0-value": "{geen json",
            },
            "onvolledig of onleesbaar",
        ),
        ({"page_type": "phases.steppage", "summary": "Woord. " * 10_000}, "te lang om te meten"),
    ],
)
def test_the_live_check_answers_bad_input_with_a_dutch_400(admin_client, data, message):
    response = admin_client.post(CHECK_URL, data)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_the_live_check_refuses_a_request_that_is_too_large_before_reading_it(admin_client):
    response = admin_client.post(
        CHECK_URL,
        "page_type=phases.steppage&summary=" + "a" * (readability_admin.MAX_REQUEST_BYTES + 1),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert "te veel tekst" in response.json()["error"]


def test_the_live_check_answers_only_posts(admin_client):
    assert admin_client.get(CHECK_URL).status_code == 405


def test_the_live_check_needs_an_admin_login(client):
    response = client.post(CHECK_URL, {"page_type": "phases.steppage", "summary": "Hallo."})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.post(CHECK_URL, {"page_type": "phases.steppage"}, **XHR).status_code == 403


def test_the_live_check_refuses_a_user_without_admin_access(member_client):
    response = member_client.post(CHECK_URL, {"page_type": "phases.steppage", "summary": "Hallo."})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert member_client.post(CHECK_URL, {"page_type": "phases.steppage"}, **XHR).status_code == 403


def test_the_live_check_refuses_an_admin_user_who_edits_no_pages(admin_without_pages):
    response = admin_without_pages.post(CHECK_URL, {"page_type": "phases.steppage", "summary": "Hallo."}, **XHR)
    assert response.status_code == 403
    assert "Je mag geen pagina's bewerken" in response.json()["error"]


def test_the_live_check_needs_the_csrf_token_the_script_sends_in_a_header(django_user_model):
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_superuser(username="csrf", password="geheim-wachtwoord"))
    data = {"page_type": "phases.steppage", "summary": "Hallo daar."}
    assert client.post(CHECK_URL, data, **XHR).status_code == 403
    client.get("/admin/")  # sets the CSRF cookie, as opening the editor does
    token = client.cookies["csrftoken"].value
    assert client.post(CHECK_URL, data, HTTP_X_CSRFTOKEN=token, **XHR).status_code == 200


# --- the warning after saving or publishing -------------------------------------------------------


def publish_step(admin_client, step, **fields):
    response = post_page(
        admin_client, edit_url(step), step.title, step.slug, {**STEP_FIELDS, **fields}, multi={"success_factors": []}
    )
    assert response.status_code == 302, form_errors(response)
    return response


def test_publishing_a_simple_version_above_b1_warns_with_its_level_score_and_tab(admin_client, phases):
    step = factories.StepPageFactory(parent=phases[0], title="Samen plannen", slug="samen-plannen")
    response = publish_step(admin_client, step, **simple_fields(C1_SAMPLE))
    messages = all_messages(response)
    assert any("is gepubliceerd" in m for m in messages), messages  # Wagtail's own message stays
    [warning] = warnings(response)
    step.refresh_from_db()
    simple = step.readability(simple=True)
    assert simple.level in ("B2", "C1", "C2")
    assert simple.level_name in warning
    assert re.search(rf"score {int(simple.score)},\d", warning)
    assert "‘Samen plannen’" in warning
    assert "tabblad ‘Eenvoudige versie’" in warning
    assert f'href="{edit_url(step)}#tab-eenvoudige_versie"' in warning


def test_saving_a_draft_with_a_hard_simple_version_warns_too(admin_client, phases):
    step = factories.StepPageFactory(parent=phases[0])
    data = page_data(step.title, step.slug, publish=False, multi={"success_factors": []}, **STEP_FIELDS)
    data.update(page_data(step.title, step.slug, publish=False, **simple_fields(C1_SAMPLE)))
    response = admin_client.post(edit_url(step), data)
    assert response.status_code == 302, form_errors(response)
    assert len(warnings(response)) == 1


def test_creating_a_step_with_a_hard_simple_version_warns(admin_client, phases):
    fields = {**STEP_FIELDS, **simple_fields(C1_SAMPLE)}
    response = post_page(admin_client, add_url(StepPage, phases[0]), "Nieuw", "nieuw", fields)
    assert response.status_code == 302, form_errors(response)
    assert len(warnings(response)) == 1


def test_a_simple_version_at_b1_is_published_without_a_warning(admin_client, phases):
    step = factories.StepPageFactory(parent=phases[0])
    response = publish_step(admin_client, step, **simple_fields(B1_SAMPLE))
    assert warnings(response) == []
    assert any("is gepubliceerd" in m for m in all_messages(response))


def test_a_page_without_a_simple_version_gets_no_warning(admin_client, phases):
    step = factories.StepPageFactory(parent=phases[0])
    response = publish_step(admin_client, step, body=body(C1_SAMPLE))
    assert warnings(response) == []


def test_the_autosave_gets_no_warning_to_pile_up(admin_client, phases):
    step = factories.StepPageFactory(parent=phases[0])
    data = page_data(step.title, step.slug, publish=False, multi={"success_factors": []}, **STEP_FIELDS)
    data.update(page_data(step.title, step.slug, publish=False, **simple_fields(C1_SAMPLE)))
    response = admin_client.post(edit_url(step), data, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["success"] is True
    assert warnings(response) == []


# --- the report ---------------------------------------------------------------------------------


def report_rows(response):
    html = soup(response)
    return [[cell.get_text(" ", strip=True) for cell in row.find_all("td")] for row in html.select("table tbody tr")]


def test_the_report_lists_every_phase_step_and_tool_worst_first(admin_client, phases, tool_index):
    easy = simple_step(phases[0], B1_SAMPLE, title="Makkelijk")
    hard = simple_step(phases[0], C1_SAMPLE, title="Moeilijk")
    factories.StepPageFactory(parent=phases[0], title="Zonder", summary=C1_SAMPLE)
    factories.ToolPageFactory(parent=tool_index, title="Gereedschap", labels={"phases": [phases[0]]})
    rows = report_rows(admin_client.get(REPORT_URL))
    titles = [row[0] for row in rows]
    assert len(rows) == 4 + 4  # the four phases, three steps, one tool
    assert titles[-1] == "Makkelijk"  # the only one whose simple version reaches B1
    assert titles.index("Moeilijk") < titles.index("Makkelijk")
    by_title = {row[0]: row for row in rows}
    assert by_title["Zonder"][1] == "Stap"
    assert by_title["Zonder"][4:] == ["geen eenvoudige versie", ""]
    assert by_title["Gereedschap"][1] == "Tool"
    assert by_title["Netwerk verkennen"][1] == "Fase"
    simple = hard.readability(simple=True)
    assert by_title["Moeilijk"][4:] == [simple.level_name, str(simple.score).replace(".", ",")]
    assert by_title["Makkelijk"][4] == easy.readability(simple=True).level_name
    missing_first = [row for row in rows if row[4] == "geen eenvoudige versie" or not row[4].startswith(("A2", "B1"))]
    assert rows[: len(missing_first)] == missing_first
    # the pages without one come in order of their (normal) score, lowest first
    scores = [float(row[3].replace(",", ".")) for row in rows if row[4] == "geen eenvoudige versie"]
    assert scores == sorted(scores)
    links = {a.get_text(strip=True): a["href"] for a in soup(admin_client.get(REPORT_URL)).select("td.title a")}
    assert links["Moeilijk"] == edit_url(hard)


def test_the_report_has_dutch_headings_and_a_place_in_the_reports_menu(admin_client, phases):
    html = soup(admin_client.get(REPORT_URL))
    headings = [th.get_text(" ", strip=True) for th in html.select("table thead th")]
    assert headings == [
        "Titel",
        "Soort",
        "Niveau gewone versie",
        "Score gewone versie",
        "Niveau eenvoudige versie",
        "Score eenvoudige versie",
    ]
    assert html.find("h1").get_text(strip=True) == "Leesbaarheid"
    menu = admin_client.get("/admin/").content.decode()
    assert "Leesbaarheid" in menu
    assert REPORT_URL in menu


def test_the_report_downloads_as_a_spreadsheet_with_the_same_columns(admin_client, phases):
    simple_step(phases[0], C1_SAMPLE, title="Moeilijk")
    response = admin_client.get(f"{REPORT_URL}?export=csv")
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == (
        "Titel,Soort,Niveau gewone versie,Score gewone versie,Niveau eenvoudige versie,Score eenvoudige versie"
    )
    assert len(lines) == 1 + 4 + 1
    assert any(line.startswith("Moeilijk,Stap,") for line in lines)
    assert admin_client.get(f"{REPORT_URL}?export=xlsx").status_code == 200


def test_the_report_is_refused_to_a_user_who_edits_no_pages(admin_without_pages, member_client, client):
    response = admin_without_pages.get(REPORT_URL)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert REPORT_URL not in admin_without_pages.get("/admin/").content.decode()
    assert member_client.get(REPORT_URL)["Location"].startswith("/admin/login/")
    assert client.get(REPORT_URL)["Location"].startswith("/admin/login/")


def add_report_pages(phase, tool_index, count):
    """`count` steps and `count` tools with a simple version whose body holds an image and a document."""
    image = wagtail_factories.ImageFactory()
    document = wagtail_factories.DocumentFactory()
    media = [
        {"type": "image", "value": {"image": image.pk, "alt_text": "Een buurthuis.", "caption": ""}},
        {"type": "document", "value": {"document": document.pk, "label": "De checklist"}},
    ]
    for _ in range(count):
        simple_step(phase, C1_SAMPLE, body=[*paragraphs("Uitleg."), *media])
        factories.ToolPageFactory(
            parent=tool_index,
            labels={"phases": [phase]},
            simple_summary="Een tool.",
            simple_body=[*paragraphs(B1_SAMPLE), *media],
        )


def test_the_report_runs_as_many_queries_for_ten_steps_and_tools_as_for_three(
    admin_client, phases, tool_index, django_assert_max_num_queries
):
    add_report_pages(phases[0], tool_index, 3)
    admin_client.get(REPORT_URL)  # warm per-process caches (content types, site root)
    with CaptureQueriesContext(connection) as few:
        assert len(report_rows(admin_client.get(REPORT_URL))) == 4 + 6
    add_report_pages(phases[1], tool_index, 7)
    with django_assert_max_num_queries(len(few)):
        assert len(report_rows(admin_client.get(REPORT_URL))) == 4 + 20
