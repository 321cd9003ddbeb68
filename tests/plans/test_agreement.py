"""The samenwerkingsovereenkomst: the draft's overview, adoption by a kartrekker, and versions that never change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from plans import agreement as services
from plans.models import Agreement, AgreementVersion
from plans.models.agreement import SECTIONS
from tests.networks.conftest import PARTNER_NAME, signed_in
from tests.networks.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def overview_url(network):
    return reverse("plans:agreement", args=[network.key])


def adopt_url(network):
    return reverse("plans:agreement_adopt", args=[network.key])


def version_url(network, number):
    return reverse("plans:agreement_version", args=[network.key, number])


def write(network, **fields):
    draft = Agreement.objects.get_or_create(network=network)[0]
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.save()
    return draft


def test_the_overview_lists_the_eight_sections_unwritten_with_edit_links_for_a_lid(network, member):
    html = signed_in(member.user).get(overview_url(network)).text
    for _slug, title, _field in SECTIONS:
        assert title in html
    assert html.count("Nog niet ingevuld") == 7  # and the partners section:
    assert "Er staan geen partners in de netwerkplek." in html
    assert "0 van 8 onderdelen ingevuld" in html
    assert reverse("plans:agreement_section", args=[network.key, 8]) in html
    assert "Er is nog geen versie vastgesteld." in html
    assert "Vaststellen" not in html


def test_the_overview_counts_the_written_sections_and_shows_their_text(network, member, partner):
    write(
        network, goal="Samen gezond oud worden.", money="De gemeente betaalt.", contributions={str(partner.pk): "Uren"}
    )
    html = signed_in(member.user).get(overview_url(network)).text
    assert "3 van 8 onderdelen ingevuld" in html
    assert "Samen gezond oud worden." in html and "De gemeente betaalt." in html
    assert PARTNER_NAME in html and "Uren" in html


def test_a_meelezer_reads_the_overview_without_edit_links_or_vaststellen(network, reader):
    write(network, goal="Samen gezond oud worden.")
    html = signed_in(reader.user).get(overview_url(network)).text
    assert "Samen gezond oud worden." in html
    assert reverse("plans:agreement_section", args=[network.key, 1]) not in html
    assert adopt_url(network) not in html


def test_only_a_kartrekker_sees_vaststellen(network, kartrekker):
    assert adopt_url(network) in signed_in(kartrekker.user).get(overview_url(network)).text


def test_a_non_member_gets_404_on_every_agreement_page(network, outsider, kartrekker):
    write(network, goal="Doel")
    services.adopt(network, kartrekker)
    client = signed_in(outsider)
    for url in (overview_url(network), adopt_url(network), version_url(network, 1)):
        assert client.get(url).status_code == 404


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_lid_and_a_meelezer_may_not_adopt(network, member, reader, method):
    write(network, goal="Doel")
    for who in (member, reader):
        assert getattr(signed_in(who.user), method)(adopt_url(network)).status_code == 403
    assert not AgreementVersion.objects.exists()


def test_the_adopt_page_summarises_what_will_be_frozen_with_the_partners(network, kartrekker, partner):
    write(network, goal="Samen gezond oud worden.", contributions={str(partner.pk): "Een spreekkamer."})
    html = signed_in(kartrekker.user).get(adopt_url(network)).text
    assert "versie 1" in html and "1 partner" in html
    assert PARTNER_NAME in html and "Een spreekkamer." in html and "Samen gezond oud worden." in html
    assert "Anna de Vries (POH)" in html
    assert not AgreementVersion.objects.exists()


def test_a_kartrekker_adopts_the_draft_as_version_1_in_the_documented_shape(network, kartrekker, partner, phases):
    network.current_phase = phases[0]
    network.save()
    write(network, goal="Samen gezond.", contributions={str(partner.pk): "Een spreekkamer."})
    client = signed_in(kartrekker.user)
    response = client.post(adopt_url(network))
    assert response.status_code == 302 and response.url == version_url(network, 1)
    version = AgreementVersion.objects.get(network=network)
    assert version.number == 1 and version.adopted_on == timezone.localdate()
    assert version.adopted_by == kartrekker.user and version.adopted_by_name == "Anna de Vries (POH)"
    assert version.content == {
        "network": "Gezond Samen Tjalleberd",
        "place": "Tjalleberd-Zuid",
        "phase": "Netwerk verkennen",
        "sections": [
            {"slug": slug, "title": title, "text": "Samen gezond." if slug == "doel" else ""}
            for slug, title, _field in SECTIONS
        ],
        "partners": [{"name": PARTNER_NAME, "role": partner.role.name, "brings": "Een spreekkamer."}],
        "kartrekkers": ["Anna de Vries (POH)"],
    }
    assert "Versie 1 van de samenwerkingsovereenkomst is vastgesteld" in client.get(response.url).text


def test_adopting_an_unchanged_draft_is_refused_with_a_dutch_message(network, kartrekker):
    write(network, goal="Samen gezond.")
    client = signed_in(kartrekker.user)
    client.post(adopt_url(network))
    response = client.post(adopt_url(network))
    assert response.status_code == 400
    assert "Er is niets veranderd sinds versie 1" in response.text
    assert AgreementVersion.objects.count() == 1
    assert "Er is niets veranderd sinds versie 1" in client.get(adopt_url(network)).text


def test_two_kartrekkers_adopting_at_the_same_moment_get_one_version_and_a_dutch_message(
    network, kartrekker, monkeypatch
):
    write(network, goal="Samen gezond.")
    services.adopt(network, kartrekker)
    write(network, goal="Samen gezond, en dichtbij.")
    # The second one read "no version yet" before the first one's version was saved (SQLite has no row lock).
    monkeypatch.setattr(services, "latest_version", lambda network: None)
    response = signed_in(kartrekker.user).post(adopt_url(network))
    assert response.status_code == 400
    assert "Op hetzelfde moment is er al een versie vastgesteld" in response.text
    assert AgreementVersion.objects.filter(network=network).count() == 1


def test_adopting_an_empty_draft_is_refused(network, kartrekker):
    response = signed_in(kartrekker.user).post(adopt_url(network))
    assert response.status_code == 400 and "Er staat nog niets in de overeenkomst" in response.text
    assert not AgreementVersion.objects.exists()


def test_a_change_to_the_draft_or_the_partners_makes_the_next_version(network, kartrekker, partner):
    write(network, goal="Samen gezond.")
    first = services.adopt(network, kartrekker)
    with pytest.raises(services.NothingToAdopt):
        services.adopt(network, kartrekker)
    PartnerFactory(network=network, name="Dorpsraad")
    second = services.adopt(network, kartrekker)
    write(network, goal="Samen gezonder.")
    third = services.adopt(network, kartrekker)
    assert [first.number, second.number, third.number] == [1, 2, 3]


def test_the_overview_lists_every_version_with_its_page_and_downloads_and_whether_the_draft_differs(
    network, kartrekker, member
):
    write(network, goal="Samen gezond.")
    services.adopt(network, kartrekker)
    client = signed_in(member.user)
    html = client.get(overview_url(network)).text
    assert "Het concept is gelijk aan versie 1" in html
    write(network, goal="Samen gezonder.")
    services.adopt(network, kartrekker)
    write(network, goal="Nog gezonder.")
    html = client.get(overview_url(network)).text
    assert "Het concept is veranderd sinds versie 2" in html
    for number in (1, 2):
        assert version_url(network, number) in html
        assert reverse("plans:agreement_docx", args=[network.key, number]) in html
        assert reverse("plans:agreement_pdf", args=[network.key, number]) in html
    assert "door Anna de Vries (POH)" in html


def test_a_version_is_readable_by_a_meelezer_and_never_changes_afterwards(network, kartrekker, reader, partner):
    write(network, goal="Samen gezond.", contributions={str(partner.pk): "Een spreekkamer."})
    services.adopt(network, kartrekker)
    partner.name = "Praktijk Nieuwe Naam"
    partner.save()
    PartnerFactory(network=network, name="Dorpsraad Later")
    write(network, goal="Iets heel anders.", contributions={})
    kartrekker.name = "Anna Andersom"
    kartrekker.save()

    html = signed_in(reader.user).get(version_url(network, 1)).text
    assert "Versie 1" in html and f"Vastgesteld op {timezone.localdate():%-d}" in html
    assert PARTNER_NAME in html and "Een spreekkamer." in html and "Samen gezond." in html
    assert "Anna de Vries (POH)" in html
    for later in ("Praktijk Nieuwe Naam", "Dorpsraad Later", "Iets heel anders.", "Anna Andersom"):
        assert later not in html
    assert AgreementVersion.objects.get().content["partners"] == [
        {"name": PARTNER_NAME, "role": partner.role.name, "brings": "Een spreekkamer."}
    ]


def test_an_older_version_points_at_the_newest(network, kartrekker):
    write(network, goal="Een")
    services.adopt(network, kartrekker)
    write(network, goal="Twee")
    services.adopt(network, kartrekker)
    html = signed_in(kartrekker.user).get(version_url(network, 1)).text
    assert version_url(network, 2) in html and "Een" in html and "Twee" not in html


def test_an_unknown_version_or_one_of_another_network_is_404(network, kartrekker, other_network):
    write(other_network, goal="Van de buren")
    services.adopt(other_network, other_network.memberships.get())
    assert signed_in(kartrekker.user).get(version_url(network, 1)).status_code == 404


def test_draft_content_has_the_version_shape_and_saves_nothing(network, kartrekker, partner):
    content = services.draft_content(network)
    assert not Agreement.objects.exists()
    assert [section["slug"] for section in content["sections"]] == [slug for slug, _title, _field in SECTIONS]
    assert content["partners"] == [{"name": PARTNER_NAME, "role": partner.role.name, "brings": ""}]
    assert content["kartrekkers"] == ["Anna de Vries (POH)"] and content["phase"] == ""
    write(network, privacy="Alleen met toestemming.")
    assert services.draft_content(network)["sections"][5]["text"] == "Alleen met toestemming."


def overview_queries(client, network):
    client.get(overview_url(network))  # warm: the draft is made, the content version read
    with CaptureQueriesContext(connection) as captured:
        assert client.get(overview_url(network)).status_code == 200
    return len(captured)


def test_the_overview_runs_the_same_queries_for_2_or_15_partners_and_1_or_5_versions(network, kartrekker):
    client = signed_in(kartrekker.user)

    def grow(partners, versions):
        for _ in range(partners):
            PartnerFactory(network=network)
        for i in range(versions):
            write(network, goal=f"Versie {i} {partners}")
            services.adopt(network, kartrekker)

    grow(partners=2, versions=1)
    small = overview_queries(client, network)
    grow(partners=13, versions=4)
    assert AgreementVersion.objects.count() == 5 and network.partners.count() == 15
    assert overview_queries(client, network) == small
