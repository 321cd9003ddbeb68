"""What editors see of the workspaces: counts per phase and province only, and the needed roles as a snippet."""

import re

import pytest

from networks.models import NeededRole
from tests import factories
from tests.networks.conftest import KARTREKKER_EMAIL, NETWORK_NAME, PARTNER_NAME
from tests.networks.factories import NeededRoleFactory, NetworkFactory

pytestmark = pytest.mark.django_db

COUNTS = "/admin/netwerkplekken/"
SNIPPETS = "/admin/snippets/networks/neededrole/"


def row(html, label):
    """The number in the row `label` of a counts table."""
    return int(re.search(rf'<th scope="row">{re.escape(label)}</th><td>(\d+)</td>', html).group(1))


def test_an_editor_sees_how_many_networks_there_are_per_phase_and_province_and_no_name(
    admin_client, phases, network, kartrekker, partner
):
    network.current_phase = phases[0]
    network.save()
    NetworkFactory(current_phase=phases[0], province="friesland")
    NetworkFactory(current_phase=phases[2], province="groningen")
    NetworkFactory(current_phase=None, province="utrecht")

    response = admin_client.get(COUNTS)
    assert response.status_code == 200
    html = response.text
    assert "In totaal 4 netwerken." in html
    assert row(html, "Fase 1: Verkennen") == 2
    assert row(html, "Fase 2: Vormgeven") == 0
    assert row(html, "Fase 3: Verdiepen") == 1
    assert row(html, "Nog geen fase gekozen") == 1
    assert row(html, "Friesland") == 2 and row(html, "Groningen") == 1 and row(html, "Utrecht") == 1
    assert row(html, "Zeeland") == 0  # every province is listed
    for secret in (NETWORK_NAME, PARTNER_NAME, KARTREKKER_EMAIL, network.key, network.place):
        assert secret not in html


def test_the_counts_are_in_the_reports_menu(admin_client):
    assert COUNTS in admin_client.get("/admin/").text


def test_needed_roles_are_a_snippet_an_editor_adds_and_edits(admin_client, steps):
    role = factories.RoleFactory(name="Gemeente", slug="gemeente")
    assert admin_client.get(SNIPPETS).status_code == 200
    assert admin_client.get(f"{SNIPPETS}add/").status_code == 200
    response = admin_client.post(
        f"{SNIPPETS}add/",
        {"role": role.pk, "why": "De gemeente financiert vaak het begin.", "help_page": steps[1].pk, "sort_order": 2},
    )
    assert response.status_code == 302, response.content
    needed = NeededRole.objects.get()
    assert (needed.role, needed.help_page.pk, needed.sort_order) == (role, steps[1].pk, 2)

    listing = admin_client.get(SNIPPETS).text
    assert "Gemeente" in listing
    edit = f"{SNIPPETS}edit/{needed.pk}/"
    assert admin_client.get(edit).status_code == 200
    admin_client.post(edit, {"role": role.pk, "why": "Anders.", "help_page": "", "sort_order": 1})
    needed.refresh_from_db()
    assert (needed.why, needed.help_page, needed.sort_order) == ("Anders.", None, 1)


def test_a_role_can_be_needed_only_once(admin_client):
    existing = NeededRoleFactory()
    response = admin_client.post(f"{SNIPPETS}add/", {"role": existing.role.pk, "why": "Nog eens.", "sort_order": 0})
    assert response.status_code == 200  # the form again, with the error
    assert NeededRole.objects.count() == 1
