""" "Zet in ons plan": on step and tool pages for members who may edit, and in a team round inside the workspace."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from networks import services
from networks.models import WorkspaceRole
from tests import factories
from tests.networks.conftest import signed_in
from tests.networks.factories import MembershipFactory
from tests.scans.conftest import Visitor

pytestmark = pytest.mark.django_db

LINK = "Zet in ons plan"


def add_links(html, network):
    """The query strings of every link to a new action of `network` on the page."""
    prefix = reverse("plans:action_add", args=[network.key])
    found = []
    for href in html.split('href="')[1:]:
        target = href.split('"')[0].replace("&amp;", "&")
        if target.startswith(prefix + "?"):
            found.append({key: values[0] for key, values in parse_qs(urlsplit(target).query).items()})
    return found


@pytest.fixture
def tool(tool_index):
    return factories.ToolPageFactory(parent=tool_index, title="Sociale kaart")


# --- step and tool pages --------------------------------------------------------------------


@pytest.mark.parametrize("who", ["member", "kartrekker"])
def test_a_member_who_may_edit_gets_zet_in_ons_plan_on_a_step_page(request, network, steps, who):
    membership = request.getfixturevalue(who)
    html = signed_in(membership.user).get(steps[0].url).text
    assert 'id="zet-in-ons-plan">Zet in ons plan' in html
    assert add_links(html, network) == [{"stap": str(steps[0].pk), "next": steps[0].url}]
    # next to the step's progress
    assert html.index("Onze voortgang") < html.index("zet-in-ons-plan") < html.index("Vragen voor jullie netwerk")


def test_the_link_opens_the_form_pre_filled_and_saving_returns_to_the_step(network, member, steps):
    client = signed_in(member.user)
    (query,) = add_links(client.get(steps[0].url).text, network)
    form = client.get(reverse("plans:action_add", args=[network.key]), query)
    assert 'name="what" value="Verken de wijk"' in form.text
    assert f'name="next" value="{steps[0].url}"' in form.text
    saved = client.post(
        reverse("plans:action_add", args=[network.key]),
        {"what": "Verken de wijk", "status": "open", "step": steps[0].pk, "next": query["next"]},
    )
    assert saved["Location"] == steps[0].url
    assert network.actions.get().step_id == steps[0].pk


def test_a_member_of_two_networks_gets_a_link_for_each_network_where_they_may_edit(
    network, member, other_network, steps
):
    MembershipFactory(network=other_network, user=member.user, workspace_role=WorkspaceRole.KARTREKKER)
    third = MembershipFactory(user=member.user, workspace_role=WorkspaceRole.READER).network
    html = signed_in(member.user).get(steps[0].url).text
    assert len(add_links(html, network)) == len(add_links(html, other_network)) == 1
    assert add_links(html, third) == []
    assert f"{LINK}: {network.name}" in html and f"{LINK}: {other_network.name}" in html


def test_a_meelezer_or_someone_without_a_network_sees_no_link(network, reader, outsider, steps):
    for user in (reader.user, outsider):
        html = signed_in(user).get(steps[0].url).text
        assert 'id="zet-in-ons-plan"' not in html and add_links(html, network) == []


def test_an_anonymous_visitor_sees_nothing_and_the_tag_runs_no_query(network, member, steps, settings):
    settings.PAGE_CACHE_SECONDS = 600
    visitor = Client()
    first = visitor.get(steps[0].url)
    assert first["X-Cache"] == "miss" and 'id="zet-in-ons-plan"' not in first.text
    assert visitor.get(steps[0].url)["X-Cache"] == "hit"

    request = RequestFactory().get(steps[0].url)
    request.user = AnonymousUser()
    template = Template("{% load plan_tags %}{% add_to_plan page %}")
    with CaptureQueriesContext(connection) as captured:
        rendered = template.render(Context({"request": request, "page": steps[0]}))
    assert len(captured) == 0 and LINK not in rendered


def test_a_member_gets_zet_in_ons_plan_on_a_tool_page(network, member, reader, tool):
    html = signed_in(member.user).get(tool.url).text
    assert add_links(html, network) == [{"tool": str(tool.pk), "next": tool.url}]
    assert "Maak van deze tool een actie" in html
    assert add_links(signed_in(reader.user).get(tool.url).text, network) == []
    assert LINK not in Client().get(tool.url).text


# --- a team round in the workspace ----------------------------------------------------------


@pytest.fixture
def advised_round(network, kartrekker, steps, tool, home):
    """A round of a scan whose lowest dimensions advise a step and a tool, answered by two people."""
    scan = factories.ScanPageFactory(
        slug="netwerkscan",
        title="Netwerkscan",
        dimensions=factories.dimensions(
            ("Ambitie", ["Wij willen hetzelfde."], {"steps": [steps[0]], "tools": [tool]}),
            ("Belangen", ["Ieder haalt er iets uit."], {"steps": [steps[2]]}),
            ("Organiseren", ["Afspraken worden nagekomen."]),
        ),
    )
    team_round = services.start_team_round(network, scan, kartrekker.user)
    for i, value in enumerate([2, 2]):
        person = Visitor(Client(REMOTE_ADDR=f"192.0.2.{i + 1}"), scan)
        response = person.join(team_round)
        for step in (1, 2, 3):
            person.answer(response, step, value if step < 3 else 5)
    return scan, team_round


def test_the_team_round_in_the_workspace_puts_dimensions_steps_and_tools_in_the_plan(
    network, member, steps, tool, advised_round
):
    scan, team_round = advised_round
    path = reverse("networks:team_round", args=[network.key, team_round.pk])
    html = signed_in(member.user).get(path).text
    ids = {d["title"]: d["id"] for d in scan.definition()["dimensions"]}
    base = {"scan": str(scan.pk), "next": path}
    assert add_links(html, network) == [
        base | {"onderdeel": ids["Ambitie"]},
        base | {"onderdeel": ids["Belangen"]},
        base | {"stap": str(steps[0].pk), "onderdeel": ids["Ambitie"]},
        base | {"tool": str(tool.pk), "onderdeel": ids["Ambitie"]},
        base | {"stap": str(steps[2].pk), "onderdeel": ids["Belangen"]},
    ]

    form = signed_in(member.user).get(reverse("plans:action_add", args=[network.key]), add_links(html, network)[2])
    assert 'name="what" value="Verken de wijk"' in form.text
    assert "het onderdeel ‘Ambitie’ van de netwerkscan" in form.text


def test_a_meelezer_and_the_public_results_page_get_no_plan_links(network, reader, advised_round):
    scan, team_round = advised_round
    workspace = signed_in(reader.user).get(reverse("networks:team_round", args=[network.key, team_round.pk]))
    assert "Hier valt het meest te winnen" in workspace.text and LINK not in workspace.text
    public = Client().get(f"{scan.url}teamuitslag/{team_round.results_token}/")
    assert public.status_code == 200 and "Aanbevolen volgende stappen" in public.text
    assert LINK not in public.text and "/plan/nieuw/" not in public.text
