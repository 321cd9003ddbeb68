"""The "gewenste situatie" of a team round: asked per dimension or per statement, the gap in the results."""

import csv
import io
import re

import pytest
from django.test import Client
from django.urls import reverse

from networks import services
from scans import scoring
from scans.models import Ambition
from tests import factories
from tests.networks.conftest import kartrekker, network, signed_in  # noqa: F401 - fixtures used below
from tests.scans.conftest import Visitor

pytestmark = pytest.mark.django_db

QUESTION = "Waar zou jullie netwerk hier moeten staan?"


def member(scan, address):
    return Visitor(Client(REMOTE_ADDR=address), scan)


def results_url(scan, team_round):
    return f"{scan.url}teamuitslag/{team_round.results_token}/"


def wanted_fields(html):
    """The names of the wanted-situation fields on a screen, in order."""
    return list(dict.fromkeys(re.findall(r'name="(g-[^"]+)"', html)))


def answer_step(person, response, step, value, wanted=None, *, action="volgende"):
    """Answer every statement of a screen with `value` and each wanted-situation field with `wanted`."""
    url = person.step_url(response, step)
    html = person.client.get(url).text
    data = {name: str(value) for name in re.findall(r'name="(s-[^"]+)"', html)}
    data |= {name: "" if wanted is None else str(wanted) for name in wanted_fields(html)}
    return person.client.post(url, data | {"actie": action})


def section(html, heading_id, end="</section>"):
    return html.split(f'id="{heading_id}"')[1].split(end)[0]


# Answering


def test_a_team_member_is_asked_the_wanted_situation_once_per_dimension_on_the_same_scale(visitor, scan):
    team_round = visitor.start_team()
    person = member(scan, "192.0.2.1")
    response = person.join(team_round)
    html = person.client.get(person.step_url(response, 1)).text
    dimension = response.version.dimensions[0]
    assert wanted_fields(html) == [f"g-{dimension['id']}"]
    assert html.count(QUESTION) == 1 and f"<legend>{QUESTION}</legend>" in html
    fieldset = html.split(f"<legend>{QUESTION}</legend>")[1].split("</fieldset>")[0]
    assert re.findall(r"<span>([^<]+)</span>", fieldset) == [
        *["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"],
        "Geen antwoord",
    ]
    assert "weet ik niet" not in fieldset
    assert re.search(r'type="radio" name="g-[^"]+" value=""[^>]*checked', fieldset)  # nothing given yet


def test_with_ambition_per_statement_each_statement_gets_a_wanted_choice_next_to_its_answer(client):
    scan = factories.ScanPageFactory(slug="per-stelling", ambition=Ambition.STATEMENT)
    team_round = Visitor(client, scan).start_team()
    person = member(scan, "192.0.2.1")
    response = person.join(team_round)
    html = person.client.get(person.step_url(response, 1)).text
    statements = response.version.dimensions[0]["statements"]
    assert wanted_fields(html) == [f"g-{s['id']}" for s in statements]
    assert QUESTION not in html
    first = html.split("</fieldset>")[0]
    assert f'<select name="g-{statements[0]["id"]}"' in first and 'aria-describedby="gewenst-uitleg"' in first
    assert re.search(r'<label for="id_g-[^"]+">Gewenst<span class="visually-hidden"> \(stelling 1\)', first)
    assert 'id="gewenst-uitleg"' in html


def test_answering_alone_asks_no_wanted_situation(client, visitor):
    response = visitor.start_alone()
    html = client.get(visitor.step_url(response, 1)).text
    assert wanted_fields(html) == [] and QUESTION not in html


def test_a_scan_without_ambition_asks_team_members_nothing_more(client):
    scan = factories.ScanPageFactory(slug="zonder-ambitie", ambition=Ambition.NONE)
    team_round = Visitor(client, scan).start_team()
    person = member(scan, "192.0.2.1")
    response = person.join(team_round)
    html = person.client.get(person.step_url(response, 1)).text
    assert wanted_fields(html) == [] and QUESTION not in html and "Gewenst" not in html


def test_a_round_on_a_scan_version_from_before_the_ambition_asks_nothing_more(visitor, scan):
    team_round = visitor.start_team()
    del team_round.version.definition["ambition"]
    team_round.version.save()
    person = member(scan, "192.0.2.1")
    response = person.join(team_round)
    assert wanted_fields(person.client.get(person.step_url(response, 1)).text) == []


def test_the_wanted_situation_is_stored_per_dimension_and_kept_when_going_back(visitor, scan):
    team_round = visitor.start_team()
    person = member(scan, "192.0.2.1")
    response = person.join(team_round)
    first, second, _ = (d["id"] for d in response.version.dimensions)

    assert answer_step(person, response, 1, 3, wanted=4).status_code == 302
    assert answer_step(person, response, 2, 3, wanted=5, action="vorige").status_code == 302
    response.refresh_from_db()
    assert response.ambitions == {first: 4, second: 5}

    screen = person.client.get(person.step_url(response, 1)).text
    assert re.search(rf'name="g-{first}" value="4"[^>]*checked', screen)
    assert answer_step(person, response, 1, 3, wanted=None).status_code == 302  # "Geen antwoord" takes it back
    response.refresh_from_db()
    assert response.ambitions == {second: 5}
    assert len(response.answers) == 4


def test_the_wanted_situation_per_statement_is_stored_and_shown_again(client):
    scan = factories.ScanPageFactory(slug="per-stelling", ambition=Ambition.STATEMENT)
    team_round = Visitor(client, scan).start_team()
    person = member(scan, "192.0.2.1")
    response = person.join(team_round)
    statements = [s["id"] for s in response.version.dimensions[0]["statements"]]
    url = person.step_url(response, 1)
    data = {f"s-{s}": "2" for s in statements} | {f"g-{statements[0]}": "5", f"g-{statements[1]}": ""}
    assert person.client.post(url, data | {"actie": "volgende"}).status_code == 302
    response.refresh_from_db()
    assert response.ambitions == {statements[0]: 5}
    screen = person.client.get(url).text
    assert re.search(r'<option value="5" selected>helemaal eens</option>', screen)


def test_an_unknown_wanted_value_gets_a_dutch_400_and_the_answers_are_kept(visitor, scan):
    team_round = visitor.start_team()
    person = member(scan, "192.0.2.1")
    response = person.join(team_round)
    page = answer_step(person, response, 1, 4, wanted=9)
    assert page.status_code == 400
    assert "Kies een van de antwoorden bij de gewenste situatie, of laat hem leeg." in page.text
    response.refresh_from_db()
    assert sorted(response.answers.values()) == [4, 4] and response.ambitions == {}


# Scoring

DEFINITION = {
    "dimensions": [
        {"id": "a", "title": "Ambitie", "statements": [{"id": "a1"}, {"id": "a2"}]},
        {"id": "b", "title": "Belangen", "statements": [{"id": "b1"}, {"id": "b2"}]},
    ]
}


def test_a_persons_wanted_score_is_their_dimension_value_or_the_mean_of_their_statements():
    ambition, interests = DEFINITION["dimensions"]
    assert scoring.person_wanted(ambition, {"a": 4}) == 4
    assert scoring.person_wanted(ambition, {"a1": 5, "a2": 2}) == pytest.approx(3.5)
    assert scoring.person_wanted(interests, {"a": 4}) is None


def test_the_team_wants_the_mean_of_those_who_gave_one_and_the_gap_is_wanted_minus_now():
    answers = [{"a1": 3, "a2": 3, "b1": 2}, {"a1": 2, "a2": 2, "b1": 4}, {"a1": 1, "a2": 1}]
    ambitions = [{"a": 5}, {"a1": 4, "a2": 3}, {}]
    ambition, interests = scoring.with_ambitions(DEFINITION, scoring.team(DEFINITION, answers), ambitions)
    assert ambition.mean == pytest.approx(2.0)
    assert ambition.wanted == pytest.approx(4.25)  # 5 and 3.5; the third member gave none
    assert ambition.gap == pytest.approx(2.25)
    assert (interests.mean, interests.wanted, interests.gap) == (pytest.approx(3.0), None, None)


def test_the_advice_goes_to_the_largest_gap_first_then_to_the_lowest_scores_without_one():
    scores = [
        scoring.DimensionScore("a", "Ambitie", 4.0, wanted=4.5, gap=0.5),
        scoring.DimensionScore("b", "Belangen", 3.0, wanted=4.5, gap=1.5),
        scoring.DimensionScore("c", "Cultuur", 1.0),
        scoring.DimensionScore("d", "Draagvlak", 2.0),
        scoring.DimensionScore("e", "Eigenaarschap", None, wanted=5.0),
    ]
    assert [s.id for s in scoring.largest_gaps(scores, count=4)] == ["b", "a", "c", "d"]
    assert [s.id for s in scoring.lowest(scores)] == ["c", "d"]  # unchanged for callers


# Results


@pytest.fixture
def answered_round(visitor, scan):
    """Three members: Ambitie 4 now and 5, 5, 4 wanted; Belangen 3 and 3, 3, none; Organiseren 2, none wanted."""
    team_round = visitor.start_team()
    for i, wanted in enumerate([(5, 3), (5, 3), (4, None)]):
        person = member(scan, f"192.0.2.{i + 1}")
        response = person.join(team_round)
        for step, (value, want) in enumerate([(4, wanted[0]), (3, wanted[1]), (2, None)], start=1):
            assert answer_step(person, response, step, value, want).status_code == 302
    return team_round


def test_the_results_show_the_wanted_situation_and_the_gap_in_the_table(client, scan, answered_round):
    html = client.get(results_url(scan, answered_round)).text
    table = html.split('<table class="score-table">')[1].split("</table>")[0]
    assert '<th scope="col">Gewenst</th>' in table and '<th scope="col">Verschil <span' in table
    rows = {title: row for title, row in re.findall(r'<th scope="row">(\w+)</th>(.*?)</tr>', table, re.S)}
    assert re.findall(r"<td>([^<]*)</td>", rows["Ambitie"])[-2:] == ["4,7", "+0,7"]
    assert re.findall(r"<td>([^<]*)</td>", rows["Belangen"])[-2:] == ["3,0", "0,0"]
    assert re.findall(r"<td>([^<]*)</td>", rows["Organiseren"])[-2:] == ["–", "–"]
    assert "Het verschil is gewenst min nu" in html


def test_the_chart_draws_the_wanted_situation_as_a_second_line(client, scan, answered_round):
    html = client.get(results_url(scan, answered_round)).text
    assert html.count('class="radar__series radar__series--') == 2
    assert 'class="radar__series radar__series--wanted"' in html
    assert "Gewenste situatie: Ambitie 4,7, Belangen 3,0, Organiseren geen score" in html
    assert '<span class="radar-legend__wanted">Gewenste situatie</span>' in html


def test_the_advice_is_ranked_by_the_gap_when_the_team_gave_a_wanted_situation(client, scan, answered_round):
    html = client.get(results_url(scan, answered_round)).text
    advice = section(html, "advies-titel")
    assert advice.index("Advies bij ambitie.") < advice.index("Advies bij belangen.")
    assert "Advies bij organiseren." not in advice  # the lowest score, but nobody said where it should be
    assert "score 4,0, gewenst 4,7" in advice


def test_without_a_wanted_situation_the_results_page_is_as_before(client, visitor, scan):
    team_round = visitor.start_team()
    for i in range(3):
        person = member(scan, f"192.0.2.{i + 1}")
        response = person.join(team_round)
        for step, value in enumerate([4, 3, 2], start=1):
            assert answer_step(person, response, step, value).status_code == 302
    html = client.get(results_url(scan, team_round)).text
    assert "Gewenst" not in html and "radar__series--wanted" not in html and "radar-legend" not in html
    assert "gewenst min nu" not in html
    advice = section(html, "advies-titel")
    assert advice.index("Advies bij organiseren.") < advice.index("Advies bij belangen.")
    assert "Advies bij ambitie." not in advice


def test_the_csv_has_the_teams_wanted_mean_and_gap_per_dimension(client, scan, answered_round):
    response = client.get(results_url(scan, answered_round) + "csv/")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][-2:] == ["gewenst", "verschil"]
    assert [row[1:3] + row[-2:] for row in rows[1:]] == [
        ["Ambitie", "Hele team", "4,67", "0,67"],
        ["Belangen", "Hele team", "3,00", "0,00"],
        ["Organiseren", "Hele team", "", ""],
    ]


def test_the_workspace_shows_the_same_wanted_situation_and_gap(scan, network, kartrekker):  # noqa: F811
    team_round = services.start_team_round(network, scan, kartrekker.user)
    person = member(scan, "192.0.2.1")
    response = person.join(team_round)
    for step in (1, 2, 3):
        assert answer_step(person, response, step, 2, wanted=4).status_code == 302
    page = signed_in(kartrekker.user).get(reverse("networks:team_round", args=[network.key, team_round.pk]))
    assert page.status_code == 200
    assert '<th scope="col">Gewenst</th>' in page.text and "+2,0" in page.text
    assert "radar__series--wanted" in page.text
