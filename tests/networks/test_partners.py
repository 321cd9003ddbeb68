"""Who is at the table: partners kept by the members, and the roles a network usually needs that nobody holds yet."""

import pytest
from django.urls import reverse

from networks.models import Partner
from networks.summaries import missing_roles
from tests import factories
from tests.networks.conftest import PARTNER_NAME, signed_in
from tests.networks.factories import NeededRoleFactory, PartnerFactory

pytestmark = pytest.mark.django_db


def partners_url(network):
    return reverse("networks:partners", args=[network.key])


def side(html):
    """The "Nog niet aan tafel" column of the partners page."""
    return html.split('id="ontbreekt"')[1]


@pytest.fixture
def roles():
    return {
        slug: factories.RoleFactory(slug=slug, name=name, sort_order=order)
        for order, (slug, name) in enumerate(
            [
                ("huisarts", "Huisarts"),
                ("wijkverpleging", "Wijkverpleging"),
                ("gemeente", "Gemeente"),
                ("inwoners", "Inwoners"),
                ("zorgverzekeraar", "Zorgverzekeraar"),
            ]
        )
    }


def test_a_lid_adds_edits_and_removes_a_partner(network, member, roles):
    client = signed_in(member.user)
    data = {"name": "Dorpsraad Tjalleberd", "role": roles["inwoners"].pk, "contact_name": "Klaas"}
    assert client.post(reverse("networks:partner_add", args=[network.key]), data).status_code == 302
    partner = Partner.objects.get(network=network)
    assert (partner.name, partner.role, partner.contact_name) == ("Dorpsraad Tjalleberd", roles["inwoners"], "Klaas")
    assert "Dorpsraad Tjalleberd" in client.get(partners_url(network)).text

    edit = reverse("networks:partner_edit", args=[network.key, partner.pk])
    assert client.get(edit).status_code == 200
    client.post(edit, {"name": "Dorpsbelang Tjalleberd", "role": roles["inwoners"].pk, "contact_name": ""})
    partner.refresh_from_db()
    assert partner.name == "Dorpsbelang Tjalleberd" and partner.contact_name == ""

    client.post(reverse("networks:partner_delete", args=[network.key, partner.pk]))
    assert not Partner.objects.filter(network=network).exists()


def test_a_partner_without_a_name_or_role_is_refused_with_400_and_the_form_kept(network, member):
    response = signed_in(member.user).post(
        reverse("networks:partner_add", args=[network.key]), {"name": "", "role": "", "contact_name": "Klaas"}
    )
    assert response.status_code == 400
    assert "De partner is nog niet toegevoegd" in response.text
    assert 'value="Klaas"' in response.text
    assert not Partner.objects.exists()


def test_a_meelezer_sees_the_partners_but_no_form_to_change_them(network, reader, partner):
    html = signed_in(reader.user).get(partners_url(network)).text
    assert PARTNER_NAME in html and "Dokter Sanne Visser" in html
    assert "Een partner toevoegen" not in html and "Aanpassen" not in html


def test_the_partners_page_gives_the_advice_about_an_area_far_too_large(network, member):
    network.residents = 60_000
    network.save()
    assert "één wijk of een paar dorpen" in signed_in(member.user).get(partners_url(network)).text


def test_roles_needed_but_held_by_no_partner_or_member_are_listed_with_their_help_step(
    network, member, steps, tool_index, roles
):
    member.role = roles["wijkverpleging"]
    member.save()
    PartnerFactory(network=network, name="Praktijk Noord", role=roles["huisarts"])
    draft_tool = factories.ToolPageFactory(parent=tool_index, title="Inwonerspanel opzetten", live=False)
    live_tool = factories.ToolPageFactory(parent=tool_index, title="Gesprek met de gemeente")
    NeededRoleFactory(role=roles["huisarts"], sort_order=1)
    NeededRoleFactory(role=roles["wijkverpleging"], sort_order=2)
    NeededRoleFactory(
        role=roles["inwoners"], sort_order=0, why="Zonder inwoners wordt het hun netwerk niet.", help_page=draft_tool
    )
    NeededRoleFactory(role=roles["gemeente"], sort_order=3, help_page=live_tool)
    NeededRoleFactory(role=roles["zorgverzekeraar"], sort_order=4, help_page=steps[1])
    network.memberships.exclude(pk=member.pk).delete()

    missing = missing_roles(list(network.partners.all()), list(network.memberships.all()))
    assert [item.role.slug for item in missing] == ["inwoners", "gemeente", "zorgverzekeraar"]  # sort_order 0, 3, 4

    html = side(signed_in(member.user).get(partners_url(network)).text)
    assert "Huisarts" not in html and "Wijkverpleging" not in html
    assert html.index("Inwoners") < html.index("Gemeente") < html.index("Zorgverzekeraar")
    assert "Zonder inwoners wordt het hun netwerk niet." in html
    assert f'<a href="{live_tool.url}">Gesprek met de gemeente</a>' in html
    assert f'<a href="{steps[1].url}">Zoek partners</a>' in html
    assert "Inwonerspanel opzetten" not in html  # its tool is not live


def test_a_help_page_an_editor_unpublishes_is_no_longer_linked(network, member, steps, roles):
    NeededRoleFactory(role=roles["gemeente"], help_page=steps[0])
    client = signed_in(member.user)
    assert "Verken de wijk" in side(client.get(partners_url(network)).text)
    steps[0].unpublish()
    html = side(client.get(partners_url(network)).text)
    assert "Gemeente" in html and "Verken de wijk" not in html


def test_when_every_needed_role_is_at_the_table_the_page_says_so(network, member, roles):
    NeededRoleFactory(role=roles["huisarts"])
    PartnerFactory(network=network, role=roles["huisarts"])
    html = side(signed_in(member.user).get(partners_url(network)).text)
    assert "Alle rollen die een wijknetwerk meestal nodig heeft, zitten bij jullie aan tafel." in html


def test_the_overview_names_the_first_three_missing_roles(network, member, roles):
    for role in roles.values():
        NeededRoleFactory(role=role)
    member.role = None
    member.save()
    network.memberships.exclude(pk=member.pk).delete()
    html = signed_in(member.user).get(network.get_absolute_url()).text.split('id="aan-tafel"')[1].split("</section>")[0]
    assert "Huisarts" in html and "Wijkverpleging" in html and "Gemeente" in html
    assert "Inwoners" not in html and "Zorgverzekeraar" not in html


def test_a_partner_of_another_network_cannot_be_edited_from_this_one(network, member, other_network):
    theirs = other_network.partners.get()
    client = signed_in(member.user)
    edit = reverse("networks:partner_edit", args=[network.key, theirs.pk])
    assert client.post(edit, {"name": "Overgenomen", "role": ""}).status_code == 404
    assert client.post(reverse("networks:partner_delete", args=[network.key, theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.name == "Wijkteam Westerbroek"
