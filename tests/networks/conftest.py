"""A network of the test with a member of each role, and the pages its workspace points at.

The names, e-mail addresses and partner are distinctive, so a test can assert that none of them
is in an answer that must not show the network's data.
"""

from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse

from networks import services
from networks.models import Membership, Network, WorkspaceRole
from tests import factories
from tests.networks.factories import MembershipFactory, NetworkFactory, PartnerFactory, UserFactory, invitation

NETWORK_NAME = "Gezond Samen Tjalleberd"
PARTNER_NAME = "Praktijk Haulerwijk-Noord"
KARTREKKER_EMAIL = "anna@delinde.example"
# A form sent with nothing filled in or ticked: a browser still sends the CSRF token (unchecked by the test client).
NOTHING_FILLED_IN = {"csrfmiddlewaretoken": "niet-gecontroleerd"}


def signed_in(user, **client_options):
    """A browser of its own, signed in as `user` (a sign-in, so it sends user_logged_in)."""
    client = Client(**client_options)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def steps(phases):
    """Three live steps in roadmap order: two in phase 1, one in phase 2 (made first, to show order is not age)."""
    later = factories.StepPageFactory(parent=phases[1], title="Maak een plan", slug="maak-een-plan", order=1)
    first = factories.StepPageFactory(parent=phases[0], title="Verken de wijk", slug="verken-de-wijk", order=1)
    second = factories.StepPageFactory(parent=phases[0], title="Zoek partners", slug="zoek-partners", order=2)
    return [first, second, later]


@pytest.fixture
def network():
    return NetworkFactory(name=NETWORK_NAME, place="Tjalleberd-Zuid", province="friesland")


@pytest.fixture
def kartrekker(network):
    return MembershipFactory(
        network=network,
        workspace_role=WorkspaceRole.KARTREKKER,
        name="Anna de Vries (POH)",
        user__email=KARTREKKER_EMAIL,
    )


@pytest.fixture
def member(network):
    return MembershipFactory(
        network=network, workspace_role=WorkspaceRole.MEMBER, name="Jeroen Bakker", user__email="jeroen@zorg.example"
    )


@pytest.fixture
def reader(network):
    return MembershipFactory(
        network=network,
        workspace_role=WorkspaceRole.READER,
        name="Fatima El Amrani",
        user__email="fatima@gemeente.example",
    )


@pytest.fixture
def partner(network):
    return PartnerFactory(network=network, name=PARTNER_NAME, contact_name="Dokter Sanne Visser")


@pytest.fixture
def other_network():
    """Another network with its own kartrekker and partner: none of it may show up in the first one."""
    network = NetworkFactory(name="Buurtkracht Westerbroek", place="Westerbroek", province="groningen")
    MembershipFactory(
        network=network,
        workspace_role=WorkspaceRole.KARTREKKER,
        name="Piet Westra",
        user__email="piet@westerbroek.example",
    )
    PartnerFactory(network=network, name="Wijkteam Westerbroek")
    return network


@pytest.fixture
def outsider():
    """Someone with an account and no network."""
    return UserFactory(email="buitenstaander@voorbeeld.example")


# Which object the <int:pk> of a workspace address is.
PK_OF = {
    "step": "step",
    "partner_edit": "partner",
    "partner_delete": "partner",
    "change_role": "member",
    "remove_member": "member",
    "revoke_invitation": "invitation",
    "team_round": "team_round",
}


@dataclass
class World:
    """A network with something of everything, the people around it, and the addresses of its workspace."""

    network: Network
    kartrekker: Membership
    member: Membership
    reader: Membership
    outsider_member: Membership  # a kartrekker of another network
    removed: object  # the account of a member who was taken out
    objects: dict
    token: str

    def url(self, pattern, key=None):
        """The address of a pattern of networks.urls for this network (or the network `key`), with its objects."""
        names = set(pattern.pattern.converters)
        if names - {"key", "pk", "token"}:
            pytest.fail(f"networks:{pattern.name} takes {names}: teach World.url to fill them")
        kwargs = {}
        if "key" in names:
            kwargs["key"] = key or self.network.key
        if "token" in names:
            kwargs["token"] = self.token
        if "pk" in names:
            if pattern.name not in PK_OF:
                pytest.fail(f"networks:{pattern.name} takes a pk: say in PK_OF what it is")
            kwargs["pk"] = self.objects[PK_OF[pattern.name]].pk
        return reverse(f"networks:{pattern.name}", kwargs=kwargs)


@pytest.fixture
def world(network, kartrekker, member, reader, partner, steps, scan, other_network):
    sent, token = invitation(network, "nieuw@voorbeeld.example", invited_by=kartrekker.user)
    services.set_step_status(network, steps[0], "bezig", "Wijkscan loopt", member)
    team_round = services.start_team_round(network, scan, kartrekker.user)
    removed = MembershipFactory(network=network, name="Oud-lid", user__email="oud@voorbeeld.example")
    services.remove_member(removed)
    return World(
        network=network,
        kartrekker=kartrekker,
        member=member,
        reader=reader,
        outsider_member=other_network.memberships.get(),
        removed=removed.user,
        objects={"step": steps[0], "partner": partner, "member": member, "invitation": sent, "team_round": team_round},
        token=token,
    )
