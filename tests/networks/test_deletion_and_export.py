"""Leaving, handing over, deleting a network with everything in it, and "Download onze gegevens"."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from networks import services
from networks.models import (
    Invitation,
    Membership,
    Network,
    NetworkTeam,
    Partner,
    StepStatus,
    StepStatusChange,
    WorkspaceRole,
)
from scans.models import ScanResponse, TeamRound
from tests.networks.conftest import KARTREKKER_EMAIL, NETWORK_NAME, NOTHING_FILLED_IN, PARTNER_NAME, signed_in
from tests.networks.factories import MembershipFactory, PartnerFactory, invitation
from tests.scans.conftest import Visitor

pytestmark = pytest.mark.django_db

LAST_KARTREKKER = "Een netwerk heeft altijd minstens één kartrekker."


def url(name, network, *args):
    return reverse(f"networks:{name}", args=[network.key, *args])


# --- leaving and handing over ----------------------------------------------------------------


def test_a_member_leaves_after_confirming(network, kartrekker, member):
    client = signed_in(member.user)
    assert client.post(url("leave", network), NOTHING_FILLED_IN).status_code == 400
    assert Membership.objects.filter(pk=member.pk).exists()
    response = client.post(url("leave", network), {"confirm": "on"})
    assert response.status_code == 302 and response["Location"] == reverse("networks:index")
    assert not Membership.objects.filter(pk=member.pk).exists()
    assert client.get(network.get_absolute_url()).status_code == 404


def test_the_last_kartrekker_cannot_leave_until_another_is_kartrekker(network, kartrekker, member):
    client = signed_in(kartrekker.user)
    refused = client.post(url("leave", network), {"confirm": "on"})
    assert refused.status_code == 400
    assert LAST_KARTREKKER in refused.text and "Maak eerst iemand anders kartrekker" in refused.text
    assert Membership.objects.filter(pk=kartrekker.pk).exists()

    client.post(url("change_role", network, member.pk), {"workspace_role": WorkspaceRole.KARTREKKER})
    assert client.post(url("leave", network), {"confirm": "on"}).status_code == 302
    assert list(network.memberships.values_list("workspace_role", flat=True)) == [WorkspaceRole.KARTREKKER]


def test_the_last_kartrekker_cannot_be_demoted(network, kartrekker, member):
    refused = signed_in(kartrekker.user).post(
        url("change_role", network, kartrekker.pk), {"workspace_role": WorkspaceRole.MEMBER}
    )
    assert refused.status_code == 400 and LAST_KARTREKKER in refused.text
    kartrekker.refresh_from_db()
    assert kartrekker.is_kartrekker


def test_a_kartrekker_who_hands_over_may_step_down_and_lands_on_the_overview(network, kartrekker, member):
    client = signed_in(kartrekker.user)
    client.post(url("change_role", network, member.pk), {"workspace_role": WorkspaceRole.KARTREKKER})
    response = client.post(url("change_role", network, kartrekker.pk), {"workspace_role": WorkspaceRole.READER})
    assert response.status_code == 302 and response["Location"] == network.get_absolute_url()
    kartrekker.refresh_from_db()
    assert kartrekker.workspace_role == WorkspaceRole.READER


def test_the_last_kartrekker_cannot_be_removed(network, kartrekker):
    with pytest.raises(services.NotAllowed, match=LAST_KARTREKKER):
        services.remove_member(kartrekker)
    # Removing oneself from the members page goes to "leave", which explains why not.
    response = signed_in(kartrekker.user).post(url("remove_member", network, kartrekker.pk))
    assert response.status_code == 302 and response["Location"] == url("leave", network)
    assert Membership.objects.filter(pk=kartrekker.pk).exists()


def test_one_of_two_kartrekkers_can_be_removed_by_the_other(network, kartrekker):
    second = MembershipFactory(network=network, workspace_role=WorkspaceRole.KARTREKKER)
    assert signed_in(kartrekker.user).post(url("remove_member", network, second.pk)).status_code == 302
    assert not Membership.objects.filter(pk=second.pk).exists()


def test_an_unknown_role_is_refused_with_400(network, kartrekker, member):
    response = signed_in(kartrekker.user).post(url("change_role", network, member.pk), {"workspace_role": "baas"})
    assert response.status_code == 400 and "Kies een van de drie rollen." in response.text
    member.refresh_from_db()
    assert member.workspace_role == WorkspaceRole.MEMBER


# --- deleting ---------------------------------------------------------------------------------


def fill(network, kartrekker, scan, steps, answers=2):
    """Something of everything in `network`: a member, partner, open invitation, status with history, two rounds."""
    member = MembershipFactory(network=network)
    PartnerFactory(network=network)
    invitation(network, f"uitgenodigd-{network.pk}@voorbeeld.example")
    services.set_step_status(network, steps[0], "bezig", "", member)
    services.set_step_status(network, steps[0], "afgerond", "", member)
    team_round = services.start_team_round(network, scan, kartrekker.user)
    for number in (1, 2):
        if number == 2:
            team_round = team_round.start_next()
        for i in range(answers):
            person = Visitor(Client(REMOTE_ADDR=f"192.0.2.{i + 1}"), scan)
            person.answer_all(person.join(team_round), 3)
    return team_round.team


def kartrekker_of(network):
    return network.memberships.get(workspace_role=WorkspaceRole.KARTREKKER)


def rows(network, team):
    return {
        "networks": Network.objects.filter(pk=network.pk).count(),
        "memberships": Membership.objects.filter(network_id=network.pk).count(),
        "invitations": Invitation.objects.filter(network_id=network.pk).count(),
        "statuses": StepStatus.objects.filter(network_id=network.pk).count(),
        "history": StepStatusChange.objects.filter(network_id=network.pk).count(),
        "partners": Partner.objects.filter(network_id=network.pk).count(),
        "teams": NetworkTeam.objects.filter(network_id=network.pk).count(),
        "rounds": TeamRound.objects.filter(team=team).count(),
        "answers": ScanResponse.objects.filter(round__team=team).count(),
    }


@pytest.fixture
def two_networks(network, kartrekker, other_network, scan, steps):
    team = fill(network, kartrekker, scan, steps)
    other_team = fill(other_network, kartrekker_of(other_network), scan, steps)
    alone = Visitor(Client(REMOTE_ADDR="198.51.100.1"), scan).start_alone()  # a scan answered by nobody's network
    return team, other_team, alone


def test_without_the_checkbox_nothing_is_deleted_and_the_answer_is_400(network, kartrekker, two_networks):
    team, _, _ = two_networks
    before = rows(network, team)
    response = signed_in(kartrekker.user).post(url("delete", network), NOTHING_FILLED_IN)
    assert response.status_code == 400
    assert "Er is niets verwijderd" in response.text and "Vink aan dat je het zeker weet." in response.text
    assert rows(network, team) == before


def test_the_delete_page_says_what_goes(network, kartrekker, two_networks):
    html = signed_in(kartrekker.user).get(url("delete", network)).text
    assert "2 leden en de openstaande uitnodigingen" in html  # the kartrekker and the member made by fill
    assert "1 partner;" in html and "1 teamscan met" in html and "de voortgang van 1 stap " in html


def test_a_kartrekker_deletes_the_network_with_everything_in_it_and_other_networks_keep_theirs(
    network, kartrekker, other_network, two_networks
):
    team, other_team, alone = two_networks
    before = rows(network, team)
    assert all(before.values()) and before["answers"] == 4 and before["rounds"] == 2
    other_before = rows(other_network, other_team)

    client = signed_in(kartrekker.user)
    response = client.post(url("delete", network), {"confirm": "on"})
    assert response.status_code == 302 and response["Location"] == reverse("networks:index")
    assert set(rows(network, team).values()) == {0}
    assert rows(other_network, other_team) == other_before
    assert ScanResponse.objects.filter(pk=alone.pk).exists()
    follow = client.get(reverse("networks:index"))
    assert f"{NETWORK_NAME} is verwijderd" in follow.text


def test_deleting_keeps_the_accounts_of_the_members(network, kartrekker, member):
    services.delete_network(network)
    kartrekker.user.refresh_from_db()
    member.user.refresh_from_db()


# --- "Download onze gegevens" -----------------------------------------------------------------


def test_download_gives_all_of_the_networks_data_as_json_and_nothing_of_another(
    network, kartrekker, member, reader, partner, other_network, two_networks, steps
):
    services.set_step_status(network, steps[1], "overslaan", "Niet nodig", member)
    steps[1].unpublish()  # its status is data too
    response = signed_in(reader.user).get(url("download", network))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="netwerk-gezond-samen-tjalleberd-')
    raw = response.content.decode()
    data = json.loads(raw)

    assert data["netwerk"]["naam"] == NETWORK_NAME and data["netwerk"]["provincie"] == "Friesland"
    members = {m["naam"]: m for m in data["leden"]}
    assert members["Anna de Vries (POH)"]["e_mailadres"] == KARTREKKER_EMAIL
    assert members["Fatima El Amrani"]["rol_in_de_netwerkplek"] == "Meelezer"
    assert len(data["leden"]) == network.memberships.count() == 4
    assert [i["e_mailadres"] for i in data["uitnodigingen"]] == [f"uitgenodigd-{network.pk}@voorbeeld.example"]
    steps_data = {s["stap"]: s for s in data["stappen"]}
    assert steps_data["Verken de wijk"]["status"] == "Afgerond"
    assert steps_data["Maak een plan"]["status"] == "Nog niet begonnen"
    assert steps_data["Zoek partners"] == {
        "fase": None,
        "stap": "Zoek partners",
        "adres": steps_data["Zoek partners"]["adres"],
        "status": "Slaan we over",
        "notitie": "Niet nodig",
    }
    assert [(c["stap"], c["status"]) for c in data["geschiedenis_van_de_stappen"]] == [
        ("Zoek partners", "Slaan we over"),
        ("Verken de wijk", "Afgerond"),
        ("Verken de wijk", "Bezig"),
    ]
    assert PARTNER_NAME in [p["naam"] for p in data["partners"]] and len(data["partners"]) == 2
    [scan] = data["teamscans"]
    assert [(r["ronde"], r["deelnemers"]) for r in scan["rondes"]] == [(1, 2), (2, 2)]
    assert scan["rondes"][0]["scores"] == {"Ambitie": 3.0, "Belangen": 3.0, "Organiseren": 3.0}

    other = kartrekker_of(other_network)
    for theirs in (other_network.name, other.name, other.user.email, "Wijkteam Westerbroek", other_network.key):
        assert theirs not in raw
    assert f"uitgenodigd-{other_network.pk}@" not in raw


def test_the_download_holds_no_ones_own_answers(network, kartrekker, two_networks):
    team, _, _ = two_networks
    raw = signed_in(kartrekker.user).get(url("download", network)).content.decode()
    for response in ScanResponse.objects.filter(round__team=team):
        assert response.token not in raw
    for team_round in TeamRound.objects.filter(team=team):
        assert team_round.answer_token not in raw and team_round.results_token not in raw
