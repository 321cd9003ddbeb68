"""The guided form of the samenwerkingsovereenkomst: one section per step, pre-filled proposals, partners' lines."""

import pytest
from django.urls import reverse

from plans.models import Agreement, NetworkRhythm
from tests.networks.conftest import PARTNER_NAME, signed_in
from tests.networks.factories import PartnerFactory

pytestmark = pytest.mark.django_db

GOAL, PARTNERS, ROLES, MEETINGS, MONEY, PRIVACY, EVALUATION, DURATION = range(1, 9)


def section_url(network, number):
    return reverse("plans:agreement_section", args=[network.key, number])


def draft(network):
    return Agreement.objects.get(network=network)


@pytest.mark.parametrize("number", [0, 9, 120])
def test_a_section_number_outside_1_to_8_is_404(network, member, number):
    assert signed_in(member.user).get(section_url(network, number)).status_code == 404


def test_a_non_member_gets_404_for_a_section(network, outsider):
    assert signed_in(outsider).get(section_url(network, ROLES)).status_code == 404


def test_a_section_says_which_step_it_is_and_what_belongs_in_it(network, member):
    html = signed_in(member.user).get(section_url(network, ROLES)).text
    assert "Onderdeel 3 van 8" in html
    assert "Rollen: kartrekker en regie" in html
    assert "Wat hoort hier?" in html and "Wie neemt het over als een kartrekker afwezig is of stopt?" in html
    assert 'aria-current="step"' in html
    assert "<textarea" in html and "Opslaan en verder" in html and "Terug naar het overzicht" in html


def test_opslaan_en_verder_saves_and_goes_to_the_next_section(network, member):
    client = signed_in(member.user)
    response = client.post(section_url(network, MONEY), {"text": "De gemeente betaalt de zaalhuur.", "verder": "1"})
    assert response.status_code == 302 and response.url == section_url(network, PRIVACY)
    saved = draft(network)
    assert saved.money == "De gemeente betaalt de zaalhuur."
    assert saved.updated_by_name == "Jeroen Bakker"
    assert "is opgeslagen in het concept" in client.get(response.url).text


def test_opslaan_stays_on_the_section_and_the_last_section_goes_on_to_the_overview(network, member):
    client = signed_in(member.user)
    assert client.post(section_url(network, MONEY), {"text": "Iets"}).url == section_url(network, MONEY)
    last = client.post(section_url(network, DURATION), {"text": "Een jaar.", "verder": "1"})
    assert last.url == reverse("plans:agreement", args=[network.key])
    assert draft(network).duration == "Een jaar."


def test_a_text_that_is_too_long_is_refused_with_400_and_kept(network, member):
    text = "lang " * 900  # 4,500 characters, above the 4,000 of the field
    response = signed_in(member.user).post(section_url(network, PRIVACY), {"text": text})
    assert response.status_code == 400
    assert "Gebruik hoogstens 4000 tekens" in response.text
    assert text.strip() in response.text
    assert draft(network).privacy == ""


def test_a_meelezer_reads_a_section_but_cannot_post_it(network, member, reader):
    signed_in(member.user).post(section_url(network, MONEY), {"text": "Iedere partner draagt zijn eigen uren."})
    client = signed_in(reader.user)
    html = client.get(section_url(network, MONEY)).text
    assert "Iedere partner draagt zijn eigen uren." in html
    assert "<textarea" not in html and "Opslaan" not in html
    assert client.post(section_url(network, MONEY), {"text": "Gewijzigd"}).status_code == 403
    assert draft(network).money == "Iedere partner draagt zijn eigen uren."


def test_an_empty_goal_is_proposed_from_the_network_facts_and_not_saved(network, member, phases):
    network.current_phase = phases[1]
    network.save()
    html = signed_in(member.user).get(section_url(network, GOAL)).text
    assert "Voorstel" in html
    assert "is het wijknetwerk van Tjalleberd-Zuid, een gebied met ongeveer 7.500 inwoners" in html
    assert "fase 2 van het stappenplan: Vormgeven" in html
    assert draft(network).goal == ""


def test_a_written_section_is_shown_as_written_without_a_proposal(network, member):
    client = signed_in(member.user)
    client.post(section_url(network, GOAL), {"text": "Onze eigen zin."})
    html = client.get(section_url(network, GOAL)).text
    assert "Onze eigen zin." in html
    assert "Voorstel" not in html and "is het wijknetwerk van" not in html


def test_the_roles_proposal_names_the_kartrekkers_and_the_partners_with_their_role(network, kartrekker, member):
    PartnerFactory(network=network, name="Dorpsraad Tjalleberd", role__name="Inwoners")
    html = signed_in(member.user).get(section_url(network, ROLES)).text
    assert "Kartrekker: Anna de Vries (POH)." in html
    assert "- Dorpsraad Tjalleberd: Inwoners" in html
    assert "Jeroen Bakker" not in html.split("<textarea")[1].split("</textarea>")[0]


def test_the_evaluation_proposal_takes_the_evaluation_month_when_it_is_set(network, member):
    client = signed_in(member.user)
    assert "in een vaste maand" in client.get(section_url(network, EVALUATION)).text
    NetworkRhythm.objects.create(network=network, evaluation_month=3)
    assert "Elk jaar in maart kijken we samen terug" in client.get(section_url(network, EVALUATION)).text


def test_meetings_and_duration_get_a_proposal_but_money_and_privacy_start_empty(network, member):
    client = signed_in(member.user)
    assert "elke zes weken" in client.get(section_url(network, MEETINGS)).text
    assert "drie maanden van tevoren" in client.get(section_url(network, DURATION)).text
    for number in (MONEY, PRIVACY):
        html = client.get(section_url(network, number)).text
        assert "Voorstel" not in html
        assert "</textarea>" in html and html.split("</textarea>")[0].endswith(">\n")


def test_a_meelezer_sees_no_proposal(network, reader):
    html = signed_in(reader.user).get(section_url(network, GOAL)).text
    assert "Nog niet ingevuld" in html and "Voorstel" not in html


def test_the_partners_section_has_one_field_per_partner_stored_by_its_pk(network, member, partner):
    other = PartnerFactory(network=network, name="Wijkteam Tjalleberd")
    client = signed_in(member.user)
    html = client.get(section_url(network, PARTNERS)).text
    assert f"Wat brengt {PARTNER_NAME} in?" in html and "Wat brengt Wijkteam Tjalleberd in?" in html
    assert "<fieldset" in html and "<legend>Wat ieder inbrengt</legend>" in html
    data = {f"partner_{partner.pk}": "Twee uur per week van de POH.", f"partner_{other.pk}": "", "verder": "1"}
    response = client.post(section_url(network, PARTNERS), data)
    assert response.url == section_url(network, ROLES)
    assert draft(network).contributions == {str(partner.pk): "Twee uur per week van de POH."}
    assert "Twee uur per week van de POH." in client.get(section_url(network, PARTNERS)).text


def test_a_contribution_that_is_too_long_is_refused_with_400_and_kept(network, member, partner):
    text = "x" * 2001
    response = signed_in(member.user).post(section_url(network, PARTNERS), {f"partner_{partner.pk}": text})
    assert response.status_code == 400 and text in response.text
    assert draft(network).contributions == {}


def test_the_partners_section_of_a_network_without_partners_links_to_the_partners_page(network, member):
    html = signed_in(member.user).get(section_url(network, PARTNERS)).text
    assert "nog geen partners" in html
    assert reverse("networks:partners", args=[network.key]) in html
    assert "<textarea" not in html


def test_a_meelezer_reads_the_contributions_but_cannot_post_them(network, member, reader, partner):
    signed_in(member.user).post(section_url(network, PARTNERS), {f"partner_{partner.pk}": "Een ruimte."})
    client = signed_in(reader.user)
    html = client.get(section_url(network, PARTNERS)).text
    assert "Een ruimte." in html and "<textarea" not in html
    assert client.post(section_url(network, PARTNERS), {f"partner_{partner.pk}": "Niets"}).status_code == 403
