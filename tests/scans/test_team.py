"""Team rounds: two links, anonymous members, results for the link holder only, closing, rounds over time."""

import csv
import io

import pytest
from django.test import Client

from scans.models import TeamRound
from tests import factories
from tests.scans.conftest import Visitor

pytestmark = pytest.mark.django_db


@pytest.fixture
def team_roles():
    return {
        slug: factories.RoleFactory(slug=slug, name=name)
        for slug, name in [("huisarts", "Huisarts"), ("wijkbewoner", "Wijkbewoner"), ("gemeente", "Gemeente")]
    }


def member(scan, address):
    return Visitor(Client(REMOTE_ADDR=address), scan)


def results_url(scan, team_round):
    return f"{scan.url}teamuitslag/{team_round.results_token}/"


def test_starting_a_team_round_gives_an_answer_link_and_a_secret_results_link(client, visitor, scan):
    team_round = visitor.start_team()
    assert team_round.answer_token != team_round.results_token
    assert min(len(team_round.answer_token), len(team_round.results_token)) >= 43
    page = client.get(results_url(scan, team_round) + "?nieuw=1")
    assert "Je teamronde staat klaar" in page.text
    assert f"{scan.url}team/{team_round.answer_token}/" in page.text
    assert "Nog niemand heeft geantwoord" in page.text
    assert page["Cache-Control"] == "private, no-store"


def test_members_answer_anonymously_and_the_results_show_no_single_person(client, visitor, scan, team_roles):
    team_round = visitor.start_team()
    for i, value in enumerate([1, 3, 5]):
        person = member(scan, f"192.0.2.{i + 1}")
        response = person.join(team_round, "huisarts")
        assert response.round == team_round and response.role == team_roles["huisarts"]
        person.answer_all(response, value)

    html = client.get(results_url(scan, team_round)).text
    assert "3 deelnemers" in html
    assert "Ronde 1: Ambitie 3,0, Belangen 3,0, Organiseren 3,0" in html  # the mean of 1, 3 and 5
    assert "1,0–5,0" in html  # lowest–highest
    assert "Waar jullie het meest verschillen" in html
    assert "192.0.2" not in html


def test_the_answer_link_and_a_members_own_link_never_open_the_team_results(client, visitor, scan):
    team_round = visitor.start_team()
    response = member(scan, "192.0.2.1").join(team_round)
    for token in (team_round.answer_token, response.token, "raden"):
        assert client.get(f"{scan.url}teamuitslag/{token}/").status_code == 404
        assert client.get(f"{scan.url}teamuitslag/{token}/csv/").status_code == 404
    assert client.get(f"{scan.url}team/{team_round.results_token}/").status_code == 404


def test_role_groups_appear_from_three_members_and_smaller_groups_merge(client, visitor, scan, team_roles):
    team_round = visitor.start_team()
    people = [("huisarts", 5)] * 3 + [("wijkbewoner", 1)] * 3 + [("gemeente", 3)] * 2 + [("", 3)]
    for i, (role, value) in enumerate(people):
        person = member(scan, f"192.0.2.{i + 1}")
        person.answer_all(person.join(team_round, role), value)
    roles_section = client.get(results_url(scan, team_round)).text.split('id="rollen-titel"')[1].split("</section>")[0]
    assert "Huisarts <span" in roles_section and "Wijkbewoner <span" in roles_section
    assert "Gemeente" not in roles_section  # two people: merged with the one who did not say
    assert 'Overige rollen en niet genoemd <span class="link-list__text">(3)' in roles_section


def test_the_agenda_lists_the_statements_members_want_to_talk_about(client, visitor, scan):
    team_round = visitor.start_team()
    for i, talk in enumerate([[0], [0, 1], [1], [0]]):
        person = member(scan, f"192.0.2.{i + 1}")
        person.answer_all(person.join(team_round), 3, talk=talk)
    agenda = client.get(results_url(scan, team_round)).text.split('id="agenda-titel"')[1]
    assert agenda.index("Wij willen hetzelfde.") < agenda.index("Het doel spreekt ons aan.")
    assert "3 keer gekozen" in agenda


def test_a_closed_round_refuses_new_members_and_answers_with_a_dutch_410(client, visitor, scan):
    team_round = visitor.start_team()
    person = member(scan, "192.0.2.1")
    response = person.join(team_round)
    person.answer(response, 1, 4)
    assert client.post(results_url(scan, team_round), {"actie": "sluiten"}).status_code == 302
    team_round.refresh_from_db()
    assert not team_round.is_open

    refused = person.answer(response, 2, 4)
    assert refused.status_code == 410 and "Deze ronde is gesloten" in refused.text
    assert person.client.get(f"{scan.url}team/{team_round.answer_token}/").status_code == 410
    response.refresh_from_db()
    assert len(response.answers) == 2  # what was given before closing still counts
    assert "1 deelnemer" in client.get(results_url(scan, team_round)).text


def test_a_new_round_of_the_same_team_compares_with_the_earlier_one(client, visitor, scan):
    first = visitor.start_team()
    for i in range(3):
        person = member(scan, f"192.0.2.{i + 1}")
        person.answer_all(person.join(first), 2)
    assert client.post(results_url(scan, first), {"actie": "nieuwe-ronde"}).status_code == 302
    second = TeamRound.objects.get(number=2)
    assert second.team == first.team and second.answer_token != first.answer_token
    first.refresh_from_db()
    assert not first.is_open
    for i in range(3):
        person = member(scan, f"192.0.2.{i + 10}")
        person.answer_all(person.join(second), 4)

    html = client.get(results_url(scan, second)).text
    assert "Verschil met ronde 1" in html and "+2,0" in html
    assert "Verloop over de rondes" in html
    assert "Ronde 1: Ambitie 2,0" in html and "Ronde 2: Ambitie 4,0" in html  # both in the chart
    other_team = visitor.start_team()
    assert "Verloop over de rondes" not in client.get(results_url(scan, other_team)).text


def test_the_csv_export_has_every_round_per_dimension_and_group_and_nothing_per_person(
    client, visitor, scan, team_roles
):
    first = visitor.start_team()
    for i in range(6):
        person = member(scan, f"192.0.2.{i + 1}")
        person.answer_all(person.join(first, "huisarts" if i < 3 else "wijkbewoner"), 1 + i % 5)
    client.post(results_url(scan, first), {"actie": "nieuwe-ronde"})
    second = TeamRound.objects.get(number=2)

    response = client.get(results_url(scan, second) + "csv/")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        *["ronde", "onderdeel", "groep", "aantal", "gemiddelde", "laagste", "hoogste", "spreiding"],
        *["gewenst", "verschil"],
    ]
    # answers 1, 2, 3, 4, 5, 1; nobody gave a wanted situation
    assert rows[1] == ["1", "Ambitie", "Hele team", "6", "2,67", "1,00", "5,00", "1,49", "", ""]
    assert {row[2] for row in rows[1:]} == {"Hele team", "Huisarts", "Wijkbewoner"}
    assert {row[0] for row in rows[1:]} == {"1", "2"}
    assert len(rows) == 1 + 3 * 3 + 3  # round 1: team and two roles; round 2: team only


def test_the_results_page_takes_the_same_number_of_queries_however_many_answered(
    client, visitor, scan, django_assert_num_queries
):
    team_round = visitor.start_team()

    def count(members):
        for i in range(members):
            person = member(scan, f"192.0.2.{i + 1}")
            person.answer_all(person.join(team_round), 3)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(results_url(scan, team_round)).status_code == 200
        return len(queries)

    count(0)  # the first request builds the per-process caches (view restrictions, content types)
    assert count(2) == count(10)


@pytest.mark.parametrize("data", [{"actie": "weg"}, {}])
def test_an_unknown_action_on_the_results_page_is_a_dutch_400(client, visitor, scan, data):
    team_round = visitor.start_team()
    page = client.post(results_url(scan, team_round), data)
    assert page.status_code == 400 and "Kies ‘Ronde sluiten’" in page.text


def test_an_unknown_role_is_refused_with_a_dutch_message_and_nothing_is_started(client, visitor, scan):
    team_round = visitor.start_team()
    page = client.post(f"{scan.url}team/{team_round.answer_token}/", {"role": "koning"})
    assert page.status_code == 400 and "Kies een van de rollen uit de lijst" in page.text
    assert not team_round.responses.exists()
