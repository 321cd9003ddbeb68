"""The network itself: "Mijn netwerk", starting a network, its overview and facts, and a member's own name and role."""

import pytest
from django.urls import reverse

from networks.models import Membership, Network, WorkspaceRole
from tests import factories
from tests.networks.conftest import NETWORK_NAME, signed_in

pytestmark = pytest.mark.django_db


def facts(**changes):
    return {
        "name": "Samen sterk in Ruinen",
        "place": "Ruinen",
        "province": "drenthe",
        "setting": "dorp",
        "residents": "4000",
        "start_year": "2026",
        "current_phase": "",
        **changes,
    }


def test_someone_with_an_account_starts_a_network_and_is_its_first_kartrekker(outsider, phases):
    role = factories.RoleFactory(name="Huisarts")
    client = signed_in(outsider)
    page = client.get(reverse("networks:create"))
    assert page.status_code == 200 and "Fase 1: Verkennen" in page.text
    response = client.post(
        reverse("networks:create"),
        facts(current_phase=phases[0].pk, member_name="Dokter Jansen", member_role=role.pk),
    )
    network = Network.objects.get()
    assert response.status_code == 302 and response["Location"] == network.get_absolute_url()
    assert (network.name, network.province, network.residents, network.current_phase) == (
        "Samen sterk in Ruinen",
        "drenthe",
        4000,
        phases[0],
    )
    membership = Membership.objects.get(network=network)
    assert (membership.user, membership.name, membership.role, membership.workspace_role) == (
        outsider,
        "Dokter Jansen",
        role,
        WorkspaceRole.KARTREKKER,
    )
    assert "Samen sterk in Ruinen" in client.get(reverse("networks:index")).text


def test_a_network_form_with_mistakes_answers_400_in_dutch_and_keeps_what_was_typed(outsider):
    response = signed_in(outsider).post(
        reverse("networks:create"), facts(name="", residents="7.500", start_year="1850", member_name="Ans")
    )
    assert response.status_code == 400
    assert "De netwerkplek is nog niet gemaakt" in response.text
    assert "Vul dit in." in response.text
    assert "Vul een heel getal in, zonder punten, bijvoorbeeld 7500." in response.text
    assert "Vul een jaartal vanaf 1990 in." in response.text
    assert "Kies een rol." in response.text
    assert 'value="Ruinen"' in response.text and 'value="Ans"' in response.text
    assert not Network.objects.exists()


def test_mijn_netwerk_lists_only_the_users_own_networks(member, other_network):
    html = signed_in(member.user).get(reverse("networks:index")).text
    assert NETWORK_NAME in html and other_network.name not in html


def test_mijn_netwerk_invites_someone_without_a_network_to_start_one(outsider):
    html = signed_in(outsider).get(reverse("networks:index")).text
    assert "Je bent nog geen lid van een netwerk." in html
    assert f'href="{reverse("networks:create")}"' in html


def test_the_overview_gives_the_advice_on_an_area_far_too_small(network, member, phases):
    network.residents = 1_200
    network.save()
    html = signed_in(member.user).get(network.get_absolute_url()).text
    assert "buurdorp" in html and "ongeveer 1.200 inwoners" in html


def test_a_kartrekker_edits_the_networks_facts(network, kartrekker, phases):
    client = signed_in(kartrekker.user)
    url = reverse("networks:edit", args=[network.key])
    assert client.get(url).status_code == 200
    response = client.post(url, facts(name="Gezond Samen Tjalleberd en Luinjeberd", current_phase=phases[1].pk))
    assert response.status_code == 302
    network.refresh_from_db()
    assert network.name == "Gezond Samen Tjalleberd en Luinjeberd" and network.current_phase == phases[1]
    assert client.post(url, facts(province="")).status_code == 400


def test_only_live_phases_can_be_chosen_as_the_current_phase(network, kartrekker, phases):
    phases[3].unpublish()
    client = signed_in(kartrekker.user)
    assert "Fase 4" not in client.get(reverse("networks:edit", args=[network.key])).text
    assert (
        client.post(reverse("networks:edit", args=[network.key]), facts(current_phase=phases[3].pk)).status_code == 400
    )


def test_a_member_changes_their_own_name_and_role(network, member):
    role = factories.RoleFactory(name="Wijkverpleging")
    client = signed_in(member.user)
    url = reverse("networks:profile", args=[network.key])
    response = client.post(url, {"profiel-name": "Jeroen B. (wijkverpleging)", "profiel-role": role.pk})
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.name, member.role, member.workspace_role) == (
        "Jeroen B. (wijkverpleging)",
        role,
        WorkspaceRole.MEMBER,
    )
    refused = client.post(url, {"profiel-name": "", "profiel-role": role.pk, "profiel-workspace_role": "kartrekker"})
    assert refused.status_code == 400
    member.refresh_from_db()
    assert member.workspace_role == WorkspaceRole.MEMBER  # nobody makes themselves kartrekker


def test_the_members_page_shows_e_mail_addresses_to_kartrekkers_only(network, kartrekker, member, reader):
    url = reverse("networks:members", args=[network.key])
    assert member.user.email in signed_in(kartrekker.user).get(url).text
    for membership in (member, reader):
        html = signed_in(membership.user).get(url).text
        assert "Jeroen Bakker" in html and member.user.email not in html and kartrekker.user.email not in html
