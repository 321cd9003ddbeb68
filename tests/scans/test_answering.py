"""Taking a scan alone: start, answer screen by screen (going back keeps answers), and the result."""

import re

import pytest

from scans.models import ScanResponse, ScanVersion
from tests import factories
from tests.scans.conftest import statement_fields

pytestmark = pytest.mark.django_db


def test_the_scan_page_offers_both_ways_to_start_and_says_what_happens_to_answers(client, scan, settings):
    settings.SCAN_RETENTION_DAYS = 180
    html = client.get(scan.url).text
    assert "Start de scan alleen" in html and "Start een teamronde" in html
    assert "geen naam en geen e-mailadres" in html
    assert "Na 180 dagen verwijderen we de antwoorden" in html
    assert "6, één onderdeel per scherm" in html  # statements


def test_starting_alone_leads_to_the_first_screen_with_progress(client, visitor, scan):
    response = visitor.start_alone()
    assert len(response.token) >= 43  # secrets.token_urlsafe(32): 256 random bits
    page = client.get(visitor.step_url(response, 1))
    assert page.status_code == 200
    assert "Onderdeel 1 van 3" in page.text and "<progress" in page.text
    assert "Ambitie" in page.text and "Wij willen hetzelfde." in page.text
    assert "weet ik niet" in page.text and "Hier wil ik over praten" in page.text
    assert page["Cache-Control"] == "private, no-store"


def test_each_screen_is_saved_before_the_next_is_shown_and_going_back_keeps_the_answers(client, visitor):
    response = visitor.start_alone()
    assert visitor.answer(response, 1, 4, talk=[1]).url == visitor.step_url(response, 2)
    response.refresh_from_db()
    assert sorted(response.answers.values()) == [4, 4]
    assert len(response.talk_about) == 1

    back = visitor.answer(response, 2, 2, action="vorige")
    assert back.url == visitor.step_url(response, 1)
    first_screen = client.get(visitor.step_url(response, 1)).text
    assert len(re.findall(r'type="radio"[^>]*value="4"[^>]*checked', first_screen)) == 2
    assert len(re.findall(r'type="checkbox"[^>]*checked', first_screen)) == 1
    response.refresh_from_db()
    assert sorted(response.answers.values()) == [2, 2, 4, 4]  # going back saved screen 2 too


def test_going_on_without_an_answer_shows_dutch_errors_and_keeps_what_was_given(client, visitor):
    response = visitor.start_alone()
    url = visitor.step_url(response, 1)
    first, second = statement_fields(client.get(url).text)
    page = client.post(url, {first: "5", "actie": "volgende"})
    assert page.status_code == 400
    assert "Kies een antwoord, of ‘weet ik niet’." in page.text
    assert "Wat je wel hebt ingevuld, is bewaard." in page.text
    response.refresh_from_db()
    assert response.answers == {first[2:]: 5}


@pytest.mark.parametrize("value", ["9", "-1", "abc", "3.5", ""])
def test_answers_outside_the_scale_are_refused_without_a_server_error(client, visitor, value):
    response = visitor.start_alone()
    url = visitor.step_url(response, 1)
    first, second = statement_fields(client.get(url).text)
    page = client.post(url, {first: value, second: "3", "actie": "volgende"})
    assert page.status_code == 400
    response.refresh_from_db()
    assert response.answers == {second[2:]: 3}


def test_unknown_links_and_steps_get_a_dutch_404(client, visitor, scan):
    response = visitor.start_alone()
    for path in [
        "invullen/geen-token/1/",
        f"invullen/{response.token}/0/",
        f"invullen/{response.token}/4/",
        "uitslag/x/",
    ]:
        page = client.get(scan.url + path)
        assert page.status_code == 404, path
        assert "bestaat niet" in page.text or "kennen we niet" in page.text
    assert client.get(scan.url + "invullen/abc/def/").status_code == 404
    other = factories.ScanPageFactory()
    assert client.get(f"{other.url}invullen/{response.token}/1/").status_code == 404  # a token belongs to its scan


def test_a_start_without_a_choice_is_a_400_with_a_dutch_message(client, scan):
    page = client.post(scan.url, {"start": "iets"})
    assert page.status_code == 400
    assert "Kies of je de scan alleen of met je team invult." in page.text


def test_the_result_shows_scores_chart_table_lowest_dimensions_advice_and_next_steps(client, visitor, home):
    step = factories.StepPageFactory(
        title="Samen leren", parent=factories.PhasePageFactory(number=3, short_name="Verdiepen")
    )
    tool = factories.ToolPageFactory(title="Leersessies")
    scan = factories.ScanPageFactory(
        dimensions=factories.dimensions(
            ("Ambitie", ["A1", "A2"]),
            ("Vertrouwen", ["V1", "V2"], {"advice": "<p>Leer elkaar kennen.</p>", "steps": [step], "tools": [tool]}),
            ("Organiseren", ["O1"]),
        )
    )
    visitor.scan = scan
    response = visitor.start_alone()
    for number, value in [(1, 5), (2, 1), (3, 3)]:
        assert visitor.answer(response, number, value).status_code == 302
    page = client.get(f"{scan.url}uitslag/{response.token}/")
    assert page.status_code == 200
    html = page.text
    assert '<svg class="radar"' in html and "<table" in html
    assert "Jouw score: Ambitie 5,0, Vertrouwen 1,0, Organiseren 3,0" in html
    lowest = html.split("Hier valt het meest te winnen")[1]
    assert lowest.index("Vertrouwen") < lowest.index("Organiseren")
    assert "Leer elkaar kennen." in lowest
    next_steps = html.split("Aanbevolen volgende stappen")[1]
    assert f'href="{step.url}"' in next_steps and "Stap in fase 3: verdiepen" in next_steps
    assert f'href="{tool.url}"' in next_steps
    assert page["Cache-Control"] == "private, no-store" and page["X-Robots-Tag"] == "noindex, nofollow"
    response.refresh_from_db()
    assert response.completed_at is not None


def test_editing_the_scan_after_answers_keeps_old_results_as_they_were_asked(client, visitor, scan):
    response = visitor.start_alone()
    visitor.answer_all(response, 2)
    scan.dimensions = factories.dimensions(("Nieuw onderdeel", ["Een nieuwe stelling."]))
    scan.save_revision().publish()

    old = client.get(f"{scan.url}uitslag/{response.token}/").text
    assert "Ambitie" in old and "Nieuw onderdeel" not in old
    newer = visitor.start_alone()
    assert newer.version_id != response.version_id
    assert "Een nieuwe stelling." in client.get(visitor.step_url(newer, 1)).text
    assert ScanVersion.objects.filter(scan=scan).count() == 2


def test_the_same_scan_content_is_one_version_however_many_answer_it(visitor, scan):
    visitor.start_alone()
    visitor.start_alone()
    assert ScanVersion.objects.count() == 1
    assert ScanResponse.objects.count() == 2


def test_starting_and_answering_are_rate_limited_per_address_with_a_dutch_429(client, visitor, scan, settings):
    settings.SCAN_RATE_LIMITS = {"start": (2, 3600), "answer": (3, 600)}
    visitor.start_alone()
    response = visitor.start_alone()
    refused = client.post(scan.url, {"start": "alleen"})
    assert refused.status_code == 429 and "Even wachten" in refused.text
    for step in (1, 2, 3):
        assert visitor.answer(response, step, 3).status_code == 302
    assert visitor.answer(response, 1, 3).status_code == 429
    other_address = type(visitor)(type(client)(REMOTE_ADDR="192.0.2.9"), scan)
    assert other_address.start_alone().pk != response.pk


def test_the_page_cache_never_keeps_a_scan_form_or_anything_behind_a_link(client, visitor, scan, settings):
    settings.PAGE_CACHE_SECONDS = 600
    assert "X-Cache" not in client.get(scan.url)  # its form carries this visitor's CSRF token
    assert "X-Cache" not in client.get(scan.url)
    response = visitor.start_alone()
    visitor.answer_all(response, 3)
    for path in [f"invullen/{response.token}/1/", f"uitslag/{response.token}/"]:
        client.get(scan.url + path)
        assert "X-Cache" not in client.get(scan.url + path)
