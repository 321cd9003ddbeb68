"""The plan van aanpak's list: by phase or by due date, overdue actions that stand out, a fixed query count."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plans.models import ActionStatus
from tests.networks.conftest import signed_in
from tests.networks.factories import MembershipFactory, PartnerFactory
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()
PAST = TODAY - datetime.timedelta(days=3)


def plan_url(network, query=""):
    return reverse("plans:plan", args=[network.key]) + query


def headings(html):
    return re.findall(r'<h2 id="[^"]+">([^<]+?) <span', html)


def whats(html):
    return re.findall(r'<h3 class="plan-action__what">([^<]+)</h3>', html)


def test_actions_are_grouped_by_the_phase_of_their_step_and_those_without_a_step_come_last(network, member, steps):
    ActionFactory(network=network, what="Zonder koppeling")
    ActionFactory(network=network, what="Plan maken", step=steps[2])
    ActionFactory(network=network, what="Wijk verkennen", step=steps[0])
    ActionFactory(network=network, what="Partners zoeken", step=steps[1])

    html = signed_in(member.user).get(plan_url(network)).text
    assert headings(html) == ["Fase 1: Verkennen", "Fase 2: Vormgeven", "Zonder stap"]
    assert whats(html) == ["Wijk verkennen", "Partners zoeken", "Plan maken", "Zonder koppeling"]
    assert f'href="{steps[0].url}">Verken de wijk</a>' in html


def test_by_date_lists_the_earliest_due_date_first_and_actions_without_a_date_last(network, member, steps):
    ActionFactory(network=network, what="Zonder datum", step=steps[0])
    ActionFactory(network=network, what="Later", due_date=TODAY + datetime.timedelta(days=30), step=steps[0])
    ActionFactory(network=network, what="Eerst", due_date=TODAY + datetime.timedelta(days=1), step=steps[2])

    html = signed_in(member.user).get(plan_url(network, "?ordening=datum")).text
    assert whats(html) == ["Eerst", "Later", "Zonder datum"]
    assert "Fase 1: Verkennen" not in html


def test_an_unknown_ordering_or_status_falls_back_to_the_whole_plan_by_phase(network, member, steps):
    ActionFactory(network=network, what="Wijk verkennen", step=steps[0])
    response = signed_in(member.user).get(plan_url(network, "?ordening=%27;drop&status=xyz"))
    assert response.status_code == 200
    assert headings(response.text) == ["Fase 1: Verkennen"]


def test_the_status_filter_shows_only_actions_with_that_status(network, member):
    ActionFactory(network=network, what="Loopt", status=ActionStatus.BUSY)
    ActionFactory(network=network, what="Nog te doen")
    html = signed_in(member.user).get(plan_url(network, "?status=bezig")).text
    assert whats(html) == ["Loopt"]
    assert "1 van de 2 acties heeft de status ‘bezig’" in html


def test_overdue_actions_carry_a_label_and_are_counted_at_the_top(network, member):
    ActionFactory(network=network, what="Te laat", due_date=PAST)
    ActionFactory(network=network, what="Ook te laat", due_date=PAST, status=ActionStatus.BUSY)
    ActionFactory(network=network, what="Klaar maar oud", due_date=PAST, status=ActionStatus.DONE)
    ActionFactory(network=network, what="Vervallen", due_date=PAST, status=ActionStatus.DROPPED)
    ActionFactory(network=network, what="Op tijd", due_date=TODAY)

    html = signed_in(member.user).get(plan_url(network)).text
    assert '<strong class="plan-summary__overdue">2 over de datum</strong>' in html
    overdue = re.findall(r'plan-action--overdue" id="actie-\d+">\s*<h3 class="plan-action__what">([^<]+)', html)
    assert overdue == ["Te laat", "Ook te laat"]
    assert html.count("<strong>Over de datum</strong>") == 2


def test_a_row_shows_who_when_in_dutch_and_the_status(network, member, partner):
    ActionFactory(
        network=network,
        what="Bijeenkomst",
        owner_partner=partner,
        due_date=datetime.date(2031, 3, 5),
        why="Kennismaken",
    )
    ActionFactory(network=network, what="Verslag", owner_member=member)
    html = signed_in(member.user).get(plan_url(network)).text
    assert partner.name in html and member.name in html and "Kennismaken" in html
    assert '<time datetime="2031-03-05">5 maart 2031</time>' in html
    assert '<span class="status status--open">Open</span>' in html


def test_a_meelezer_reads_the_plan_without_any_form_to_change_it(network, reader):
    action = ActionFactory(network=network, what="Alleen lezen")
    html = signed_in(reader.user).get(plan_url(network)).text
    assert "Alleen lezen" in html
    assert reverse("plans:action_status", args=[network.key, action.pk]) not in html
    assert "Actie toevoegen" not in html


def test_another_networks_actions_never_show(network, member, other_network):
    ActionFactory(network=other_network, what="Geheim van Westerbroek")
    html = signed_in(member.user).get(plan_url(network)).text
    assert "Geheim van Westerbroek" not in html and "Nog geen acties" in html


def fill(network, steps, scan, tool, count):
    """`count` actions with every kind of owner and link, some overdue."""
    members = [MembershipFactory(network=network) for _ in range(2)]
    partners = [PartnerFactory(network=network) for _ in range(2)]
    for i in range(count):
        ActionFactory(
            network=network,
            owner_member=members[i % 2] if i % 3 == 0 else None,
            owner_partner=partners[i % 2] if i % 3 == 1 else None,
            step=steps[i % 3] if i % 4 else None,
            tool=tool if i % 2 else None,
            scan=scan if i % 5 == 0 else None,
            dimension_title="Ambitie" if i % 5 == 0 else "",
            due_date=PAST if i % 2 else None,
        )


@pytest.mark.parametrize("query", ["", "?ordening=datum"])
def test_the_plan_costs_the_same_number_of_queries_for_3_or_30_actions(
    network, kartrekker, steps, scan, tool_index, query
):
    from tests import factories

    tool = factories.ToolPageFactory(parent=tool_index)
    client = signed_in(kartrekker.user)
    url = plan_url(network, query)

    def count():
        client.get(url)  # warm: site root paths and navigation are read once
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    fill(network, steps, scan, tool, 3)
    small = count()
    fill(network, steps, scan, tool, 27)
    assert network.actions.count() == 30
    assert count() == small


def test_the_overview_sums_up_open_and_overdue_actions_with_a_link_to_the_plan(network, reader):
    ActionFactory(network=network, due_date=PAST)
    ActionFactory(network=network, status=ActionStatus.BUSY)
    ActionFactory(network=network, due_date=PAST, status=ActionStatus.DONE)
    ActionFactory(network=network, status=ActionStatus.DROPPED)
    html = signed_in(reader.user).get(network.get_absolute_url()).text
    assert 'id="plan-van-aanpak">Plan van aanpak' in html
    assert '2 open acties, waarvan <strong class="plan-summary__overdue">1 over de datum</strong>.' in html
    assert f'href="{plan_url(network)}">Naar het plan van aanpak' in html
