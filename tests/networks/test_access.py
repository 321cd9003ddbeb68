"""The permissions matrix: every address of the workspace, for everyone who must not see or change a network.

Each test walks `networks.urls.urlpatterns` itself, so a new page that nobody listed here fails
the tests until its place in the matrix is decided.
"""

from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse

from networks import services
from networks.models import Invitation, Membership, Partner, StepStatus, WorkspaceRole
from networks.urls import urlpatterns
from scans.models import TeamRound
from tests.networks.conftest import KARTREKKER_EMAIL, NETWORK_NAME, NOTHING_FILLED_IN, PARTNER_NAME, PK_OF, signed_in

pytestmark = pytest.mark.django_db

# What a meelezer gets for GET and for an empty POST. Reads are open to them, every change of the
# network is refused with 403; their own membership (name, leaving) is theirs to change, and
# "Mijn netwerk" and starting a network of their own are not this network's.
READER_EXPECTS = {
    "index": (200, 200),
    "create": (200, 400),
    "delete_account": (200, 400),  # their own account; not confirmed
    "accept_invitation": (403, 403),  # the invitation is for another address
    "overview": (200, 200),
    "edit": (403, 403),
    "download": (200, 200),
    "leave": (200, 400),  # not confirmed
    "delete": (403, 403),
    "steps": (200, 200),
    "step": (200, 403),
    "partners": (200, 200),
    "partner_add": (403, 403),
    "partner_edit": (403, 403),
    "partner_delete": (403, 403),
    "members": (200, 200),
    "invite": (403, 403),
    "profile": (302, 400),  # their own name and role: GET goes to the members page, an empty form fails
    "change_role": (403, 403),
    "remove_member": (403, 403),
    "revoke_invitation": (403, 403),
    "team_scans": (200, 200),
    "start_round": (403, 403),
    "team_round": (200, 403),
}
# Pages that are not of one network: someone else sees their own list or an empty form there.
NOT_OF_A_NETWORK = {"index": (200, 200), "create": (200, 400), "delete_account": (200, 400)}


def leaks(response):
    """What of the network an answer shows: its name, a partner's name, a member's e-mail address."""
    body = response.content.decode() + response.get("Location", "")
    return [secret for secret in (NETWORK_NAME, PARTNER_NAME, KARTREKKER_EMAIL) if secret in body]


def snapshot(network):
    """Everything a refused request must leave as it was."""
    network.refresh_from_db()
    return (
        network.name,
        sorted(Membership.objects.filter(network=network).values_list("pk", "workspace_role", "name")),
        sorted(Partner.objects.filter(network=network).values_list("pk", "name")),
        sorted(Invitation.objects.filter(network=network).values_list("pk", "accepted_at")),
        sorted(StepStatus.objects.filter(network=network).values_list("step_id", "status", "note")),
        TeamRound.objects.count(),
    )


def walk(client, world, expected, key=None):
    """GET and an empty POST to every pattern; the ways the answers differ from `expected(name, method, url)`."""
    problems = []
    for pattern in urlpatterns:
        if pattern.name not in READER_EXPECTS:
            pytest.fail(f"networks:{pattern.name} is new to the permissions matrix: add it to READER_EXPECTS")
        url = world.url(pattern, key)
        for method in ("get", "post"):
            response = getattr(client, method)(url, NOTHING_FILLED_IN if method == "post" else None)
            want = expected(pattern.name, method, url)
            if isinstance(want, int):
                if response.status_code != want:
                    problems.append(f"{method.upper()} {pattern.name}: {response.status_code}, expected {want}")
            elif response.status_code != 302 or response["Location"] != want:
                problems.append(f"{method.upper()} {pattern.name}: {response.status_code} {response.get('Location')}")
            if response.status_code in (403, 404, 302) and leaks(response):
                problems.append(f"{method.upper()} {pattern.name} shows {leaks(response)}")
    return problems


def test_every_address_of_a_network_is_404_for_a_member_of_another_network_and_shows_none_of_it(world):
    client = signed_in(world.outsider_member.user)
    before = snapshot(world.network)

    def expected(name, method, url):
        if name in NOT_OF_A_NETWORK:
            return NOT_OF_A_NETWORK[name][method == "post"]
        return 403 if name == "accept_invitation" else 404

    assert walk(client, world, expected) == []
    assert snapshot(world.network) == before
    for name in NOT_OF_A_NETWORK:
        assert not leaks(client.get(reverse(f"networks:{name}")))


def test_a_meelezer_reads_every_page_and_every_change_by_get_or_post_is_refused_with_403(world):
    client = signed_in(world.reader.user)
    before = snapshot(world.network)

    def expected(name, method, url):
        return READER_EXPECTS[name][method == "post"]

    assert walk(client, world, expected) == []
    assert snapshot(world.network) == before


def test_a_signed_out_visitor_is_sent_to_sign_in_from_every_address_except_the_invitation_link(world):
    client = Client()
    before = snapshot(world.network)

    def expected(name, method, url):
        return 200 if name == "accept_invitation" else f"/account/login/?next={quote(url)}"

    assert walk(client, world, expected) == []
    assert snapshot(world.network) == before


def test_the_invitation_link_explains_itself_to_a_signed_out_visitor_without_the_networks_members_or_partners(world):
    for method in ("get", "post"):
        response = getattr(Client(), method)(reverse("networks:accept_invitation", args=[world.token]))
        assert response.status_code == 200
        assert "Log eerst in met het e-mailadres waarop je de uitnodiging kreeg" in response.text
        # The invitation names the network it is for (as its e-mail does), nothing that is in it.
        assert leaks(response) == [NETWORK_NAME]


def test_a_removed_member_gets_404_everywhere_in_the_network_they_left(world):
    client = signed_in(world.removed)
    before = snapshot(world.network)

    def expected(name, method, url):
        if name in NOT_OF_A_NETWORK:
            return NOT_OF_A_NETWORK[name][method == "post"]
        return 403 if name == "accept_invitation" else 404

    assert walk(client, world, expected) == []
    assert snapshot(world.network) == before
    assert not leaks(client.get(reverse("networks:index")))


def test_a_removed_member_who_is_still_signed_in_loses_access_at_once(world):
    client = signed_in(world.member.user)
    assert client.get(world.network.get_absolute_url()).status_code == 200
    services.remove_member(world.member)
    response = client.get(world.network.get_absolute_url())
    assert response.status_code == 404 and not leaks(response)


def test_a_kartrekker_of_another_network_cannot_reach_this_networks_objects_through_their_own_address(world):
    """The pk of a partner, member, invitation or round is looked up inside the network of the key, never on its own.

    (A step is a public page of the roadmap: its pk opens that step in the kartrekker's own network.)
    """
    client = signed_in(world.outsider_member.user)
    before = snapshot(world.network)
    own_key = world.outsider_member.network.key
    with_pk = [pattern for pattern in urlpatterns if "pk" in pattern.pattern.converters]
    assert {pattern.name for pattern in with_pk} == set(PK_OF)
    for pattern in with_pk:
        if PK_OF[pattern.name] == "step":
            continue
        url = world.url(pattern, key=own_key)
        for method in ("get", "post"):
            response = getattr(client, method)(url, NOTHING_FILLED_IN if method == "post" else None)
            assert response.status_code == 404, (method, pattern.name)
            assert not leaks(response), (method, pattern.name)
    assert snapshot(world.network) == before


def test_a_lid_may_change_progress_and_partners_but_not_members_facts_or_team_scans(world):
    client = signed_in(world.member.user)
    kartrekker_only = ["edit", "delete", "invite", "change_role", "remove_member", "revoke_invitation", "start_round"]
    for name in kartrekker_only:
        pattern = next(p for p in urlpatterns if p.name == name)
        assert client.post(world.url(pattern)).status_code == 403, name
    key = world.network.key
    assert (
        client.post(reverse("networks:partner_add", args=[key]), {"name": "Dorpsraad", "role": ""}).status_code == 400
    )
    team_round = world.objects["team_round"]
    assert (
        client.post(reverse("networks:team_round", args=[key, team_round.pk]), {"actie": "sluiten"}).status_code == 403
    )
    team_round.refresh_from_db()
    assert team_round.is_open


def test_a_network_key_that_does_not_exist_answers_404_like_one_of_another_network(world):
    client = signed_in(world.kartrekker.user)
    assert client.get("/netwerk/bestaat-niet/").status_code == 404
    assert client.get("/netwerk/bestaat-niet/stappen/").status_code == 404


@pytest.mark.parametrize("role", [WorkspaceRole.KARTREKKER, WorkspaceRole.MEMBER, WorkspaceRole.READER])
def test_every_member_sees_the_overview_with_their_role(world, role):
    membership = {"kartrekker": world.kartrekker, "lid": world.member, "meelezer": world.reader}[role]
    response = signed_in(membership.user).get(world.network.get_absolute_url())
    assert response.status_code == 200
    assert NETWORK_NAME in response.text and PARTNER_NAME in response.text
    assert f"jij bent {membership.get_workspace_role_display().lower()}" in response.text
    assert ("De netwerkplek verwijderen" in response.text) == (role == WorkspaceRole.KARTREKKER)
