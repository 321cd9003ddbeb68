"""A network of the test with a member of each role, and the pages its workspace points at.

The names, e-mail addresses and partner are distinctive, so a test can assert that none of them
is in an answer that must not show the network's data.
"""

import pytest
from django.core.cache import cache
from django.test import Client

from networks.models import WorkspaceRole
from tests import factories
from tests.networks.factories import MembershipFactory, NetworkFactory, PartnerFactory, UserFactory

NETWORK_NAME = "Gezond Samen Tjalleberd"
PARTNER_NAME = "Praktijk Haulerwijk-Noord"
KARTREKKER_EMAIL = "anna@delinde.example"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits (ours and allauth's) count in the cache: every test starts with none used."""
    cache.clear()
    yield
    cache.clear()


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
def scan(home):
    return factories.ScanPageFactory(slug="samenwerking", title="Samenwerkingsscan")


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
