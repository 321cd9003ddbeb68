"""Team scans in the workspace: a kartrekker starts a round, partners answer through the link, members read results."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from networks import services
from networks.models import NetworkTeam
from scans.models import TeamRound
from tests.networks.conftest import signed_in
from tests.scans.conftest import Visitor

pytestmark = pytest.mark.django_db


def round_url(network, team_round):
    return reverse("networks:team_round", args=[network.key, team_round.pk])


def scans_url(network):
    return reverse("networks:team_scans", args=[network.key])


def answer(scan, team_round, value, address):
    """Someone without an account answers every statement of the round with `value`."""
    person = Visitor(Client(REMOTE_ADDR=address), scan)
    person.answer_all(person.join(team_round), value)


def test_a_kartrekker_starts_a_team_round_that_belongs_to_the_network(network, kartrekker, scan):
    client = signed_in(kartrekker.user)
    page = client.get(scans_url(network))
    assert "Start een teamronde" in page.text and scan.title in page.text
    response = client.post(reverse("networks:start_round", args=[network.key]), {"scan": scan.pk})
    team_round = TeamRound.objects.get()
    assert response.status_code == 302 and response["Location"] == round_url(network, team_round)
    team = NetworkTeam.objects.get()
    assert (team.network, team.scan, team.team, team.started_by) == (network, scan, team_round.team, kartrekker.user)


@pytest.mark.parametrize("who", ["member", "reader"])
def test_a_lid_or_meelezer_cannot_start_a_team_round(request, network, scan, who):
    membership = request.getfixturevalue(who)
    client = signed_in(membership.user)
    assert client.post(reverse("networks:start_round", args=[network.key]), {"scan": scan.pk}).status_code == 403
    assert not TeamRound.objects.exists() and not NetworkTeam.objects.exists()
    page = client.get(scans_url(network))
    assert page.status_code == 200 and "Start een teamronde" not in page.text
    assert "Een kartrekker kan er een starten." in page.text


def test_a_scan_that_is_not_chosen_or_not_live_is_refused_with_400(network, kartrekker, scan):
    client = signed_in(kartrekker.user)
    assert client.post(reverse("networks:start_round", args=[network.key]), {"scan": ""}).status_code == 400
    scan.unpublish()
    assert client.post(reverse("networks:start_round", args=[network.key]), {"scan": scan.pk}).status_code == 400
    assert not TeamRound.objects.exists()


def test_starting_rounds_is_rate_limited_per_address(network, kartrekker, scan, settings):
    settings.SCAN_RATE_LIMITS = {**settings.SCAN_RATE_LIMITS, "start": (1, 3600)}
    client = signed_in(kartrekker.user)
    start = reverse("networks:start_round", args=[network.key])
    assert client.post(start, {"scan": scan.pk}).status_code == 302
    refused = client.post(start, {"scan": scan.pk})
    assert refused.status_code == 429 and "te veel teamrondes" in refused.text
    assert TeamRound.objects.count() == 1


def test_partners_without_an_account_answer_through_the_link_and_members_see_the_results(
    network, kartrekker, member, reader, scan
):
    team_round = services.start_team_round(network, scan, kartrekker.user)
    answer_path = f"{scan.url}team/{team_round.answer_token}/"
    assert Client().get(answer_path).status_code == 200
    for i, value in enumerate([2, 4, 3]):
        answer(scan, team_round, value, f"192.0.2.{i + 1}")

    for membership in (member, reader):
        page = signed_in(membership.user).get(round_url(network, team_round))
        assert page.status_code == 200
        assert "Uitslag van ronde 1" in page.text and "3 deelnemers" in page.text
        assert f'value="http://testserver{answer_path}"' in page.text
        assert "Ronde sluiten" not in page.text
    assert "Ronde sluiten" in signed_in(kartrekker.user).get(round_url(network, team_round)).text


def test_the_kartrekker_closes_a_round_and_starts_the_next_in_the_workspace(network, kartrekker, scan):
    client = signed_in(kartrekker.user)
    first = services.start_team_round(network, scan, kartrekker.user)
    assert client.post(round_url(network, first), {"actie": "sluiten"}).status_code == 302
    first.refresh_from_db()
    assert not first.is_open
    assert Client().get(f"{scan.url}team/{first.answer_token}/").status_code == 410

    response = client.post(round_url(network, first), {"actie": "nieuwe-ronde"})
    second = TeamRound.objects.get(number=2)
    assert response["Location"] == round_url(network, second)
    assert second.team == first.team and second.is_open


def test_an_unknown_action_on_a_round_answers_400(network, kartrekker, scan):
    team_round = services.start_team_round(network, scan, kartrekker.user)
    response = signed_in(kartrekker.user).post(round_url(network, team_round), {"actie": "wissen"})
    assert response.status_code == 400 and "Dat kan hier niet" in response.text
    assert TeamRound.objects.count() == 1


def test_a_round_started_from_the_secret_results_page_belongs_to_the_network_too(network, kartrekker, member, scan):
    first = services.start_team_round(network, scan, kartrekker.user)
    response = Client().post(f"{scan.url}teamuitslag/{first.results_token}/", {"actie": "nieuwe-ronde"})
    assert response.status_code == 302
    second = TeamRound.objects.get(number=2)
    client = signed_in(member.user)
    assert client.get(round_url(network, second)).status_code == 200
    page = client.get(scans_url(network)).text
    assert f'href="{round_url(network, first)}">Ronde 1' in page
    assert f'href="{round_url(network, second)}">Ronde 2' in page
    overview = client.get(network.get_absolute_url()).text
    assert f'href="{round_url(network, second)}">{scan.title}, ronde 2' in overview


def test_the_team_scans_page_lists_every_round_with_the_change_per_dimension(network, kartrekker, member, scan):
    first = services.start_team_round(network, scan, kartrekker.user)
    answer(scan, first, 2, "192.0.2.1")
    answer(scan, first, 2, "192.0.2.2")
    second = first.start_next()
    answer(scan, second, 4, "192.0.2.3")
    third = second.start_next()
    answer(scan, third, 5, "192.0.2.4")

    html = signed_in(member.user).get(scans_url(network)).text
    assert "· 2 deelnemers</span>" in html and "· 1 deelnemer</span>" in html
    table = html.split("<table")[1].split("</table>")[0]
    assert re.findall(r'<th scope="col">Ronde (\d)</th>', table) == ["1", "2", "3"]
    for dimension in ("Ambitie", "Belangen", "Organiseren"):
        row = re.search(rf'<th scope="row">{dimension}</th>(.*?)</tr>', table).group(1)
        assert re.findall(r"<td>([^<]*)</td>", row) == ["2,0", "4,0", "5,0", "+1,0"]


def test_a_team_with_one_round_shows_no_table_of_changes(network, kartrekker, scan):
    services.start_team_round(network, scan, kartrekker.user)
    html = signed_in(kartrekker.user).get(scans_url(network)).text
    assert "Ronde 1" in html and "<table" not in html


def test_a_round_of_another_network_or_of_nobody_is_not_found_in_this_workspace(
    network, kartrekker, other_network, scan
):
    theirs = services.start_team_round(other_network, scan, other_network.memberships.get().user)
    anonymous = Visitor(Client(), scan).start_team()
    client = signed_in(kartrekker.user)
    for team_round in (theirs, anonymous):
        assert client.get(round_url(network, team_round)).status_code == 404
        assert client.post(round_url(network, team_round), {"actie": "sluiten"}).status_code == 404
        team_round.refresh_from_db()
        assert team_round.is_open
    assert "Nog geen teamscan." in client.get(scans_url(network)).text


def test_a_team_whose_rounds_passed_the_retention_term_leaves_the_pages_working(network, kartrekker, scan):
    team_round = services.start_team_round(network, scan, kartrekker.user)
    TeamRound.objects.filter(pk=team_round.pk).delete()  # as delete_expired_scan_answers does after the term
    client = signed_in(kartrekker.user)
    for url in (network.get_absolute_url(), scans_url(network)):
        response = client.get(url)
        assert response.status_code == 200, url
        assert f"{scan.title}, ronde" not in response.text


def test_starting_the_next_round_in_the_workspace_is_rate_limited(network, kartrekker, scan, settings):
    settings.SCAN_RATE_LIMITS = {**settings.SCAN_RATE_LIMITS, "start": (1, 3600)}
    client = signed_in(kartrekker.user)
    client.post(reverse("networks:start_round", args=[network.key]), {"scan": scan.pk})
    first = TeamRound.objects.get()
    response = client.post(round_url(network, first), {"actie": "nieuwe-ronde"})
    assert response.status_code == 429
    assert "te veel teamrondes gestart" in response.text
    assert TeamRound.objects.count() == 1
