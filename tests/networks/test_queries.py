"""Speed: the workspace pages run the same number of SQL queries for a small and a large network."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from networks import services
from tests import factories
from tests.networks.conftest import signed_in
from tests.networks.factories import MembershipFactory, NeededRoleFactory, PartnerFactory, invitation
from tests.scans.conftest import Visitor

pytestmark = pytest.mark.django_db

# Session, user, membership with its network, statuses, the content version, phases, steps,
# partners, members, needed roles, teams, rounds, answers, open invitations, the plan's counts
# (plans.templatetags.plan_tags), the user's and groups' permissions (Wagtail's user bar), the site
# and the site settings.
OVERVIEW_QUERIES = 18

PAGES = ["overview", "steps", "partners", "members", "team_scans"]


def queries(client, url):
    client.get(url)  # warm: the content version and navigation are read once per process
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def grow(network, kartrekker, scan, phases, *, steps, members, partners, rounds):
    """Add steps to the roadmap and members, partners, an invitation, statuses and team rounds with answers."""
    for i in range(steps):
        step = factories.StepPageFactory(parent=phases[i % 4], order=i + 1)
        services.set_step_status(network, step, "bezig", f"Notitie {i}", kartrekker)
    for _ in range(members):
        MembershipFactory(network=network)
    for _ in range(partners):
        PartnerFactory(network=network)
        NeededRoleFactory(help_page=factories.StepPageFactory(parent=phases[0]))
    invitation(network, f"uitgenodigd{network.memberships.count()}@voorbeeld.example")
    for i in range(rounds):
        team_round = services.start_team_round(network, scan, kartrekker.user)
        person = Visitor(Client(REMOTE_ADDR=f"192.0.2.{i + 1}"), scan)
        person.answer_all(person.join(team_round), 3)
        if i % 2:
            team_round.start_next()


@pytest.fixture
def measured(network, kartrekker, scan, phases):
    """Queries per page for a network of 2 steps, 1 member, 1 partner, 1 round; then of 12, 10, 10 and 10."""
    client = signed_in(kartrekker.user)
    urls = {page: reverse(f"networks:{page}", args=[network.key]) for page in PAGES}
    grow(network, kartrekker, scan, phases, steps=2, members=0, partners=1, rounds=1)
    small = {page: queries(client, url) for page, url in urls.items()}
    grow(network, kartrekker, scan, phases, steps=10, members=9, partners=9, rounds=9)
    large = {page: queries(client, url) for page, url in urls.items()}
    assert network.memberships.count() == 10 and network.partners.count() == 10 and network.teams.count() == 10
    return small, large


def test_the_overview_runs_a_fixed_number_of_queries_whatever_the_size_of_the_network(measured):
    small, large = measured
    assert small["overview"] == large["overview"] == OVERVIEW_QUERIES


@pytest.mark.parametrize("page", PAGES)
def test_every_workspace_listing_costs_the_same_for_a_small_and_a_large_network(measured, page):
    small, large = measured
    assert small[page] == large[page]
