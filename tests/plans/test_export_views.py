"""The download addresses: members of every role get the files, nobody else does, and nothing is cached."""

import sys
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plans.exports import docx, pdf
from plans.models import AgreementVersion
from tests.networks.conftest import signed_in
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db

PLAN = ("plans:plan_docx", "plans:plan_pdf")


@pytest.fixture
def version(network):
    return AgreementVersion.objects.create(
        network=network,
        number=1,
        adopted_on=date(2026, 5, 1),
        content={"network": network.name, "sections": [{"slug": "doel", "title": "Doel", "text": "Samen."}]},
    )


def downloads(network, version):
    """Every download of `network`: (address, content type, name of the file without the date)."""
    this_year = date.today().year
    return [
        (reverse("plans:plan_docx", args=[network.key]), docx.CONTENT_TYPE, "plan-van-aanpak", "docx"),
        (reverse("plans:plan_pdf", args=[network.key]), pdf.CONTENT_TYPE, "plan-van-aanpak", "pdf"),
        (
            reverse("plans:agreement_docx", args=[network.key, version.number]),
            docx.CONTENT_TYPE,
            "samenwerkingsovereenkomst-versie-1",
            "docx",
        ),
        (
            reverse("plans:agreement_pdf", args=[network.key, version.number]),
            pdf.CONTENT_TYPE,
            "samenwerkingsovereenkomst-versie-1",
            "pdf",
        ),
        (
            reverse("plans:year_docx", args=[network.key, this_year]),
            docx.CONTENT_TYPE,
            f"jaar-in-beeld-{this_year}",
            "docx",
        ),
        (
            reverse("plans:year_pdf", args=[network.key, this_year]),
            pdf.CONTENT_TYPE,
            f"jaar-in-beeld-{this_year}",
            "pdf",
        ),
    ]


def test_a_meelezer_downloads_every_export_as_a_private_attachment(network, reader, version):
    browser = signed_in(reader.user)
    today = date.today()

    for url, content_type, name, extension in downloads(network, version):
        response = browser.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == content_type
        filename = f"gezond-samen-tjalleberd-{name}-{today:%Y-%m-%d}.{extension}"
        assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert response.content.startswith(b"%PDF" if extension == "pdf" else b"PK")


def test_someone_of_another_network_gets_404_for_every_export(network, version, other_network):
    browser = signed_in(other_network.memberships.get().user)

    for url, *_rest in downloads(network, version):
        assert browser.get(url).status_code == 404, url


def test_someone_without_a_network_gets_404_and_a_visitor_is_sent_to_sign_in(client, network, version, outsider):
    browser = signed_in(outsider)

    for url, *_rest in downloads(network, version):
        assert browser.get(url).status_code == 404, url
        assert client.get(url).status_code == 302, url


def test_a_download_cannot_be_posted(network, kartrekker, version):
    browser = signed_in(kartrekker.user)

    for url, *_rest in downloads(network, version):
        assert browser.post(url).status_code == 405, url


def test_an_unknown_agreement_version_is_404(network, member, version, other_network):
    AgreementVersion.objects.create(network=other_network, number=2, content={})
    browser = signed_in(member.user)

    for name in ("plans:agreement_docx", "plans:agreement_pdf"):
        assert browser.get(reverse(name, args=[network.key, 2])).status_code == 404
        assert browser.get(reverse(name, args=[network.key, 99])).status_code == 404


@pytest.mark.parametrize("year", [1900, 2019, date.today().year + 1, 99999])
def test_a_year_outside_the_networks_years_is_404(network, member, year):
    browser = signed_in(member.user)

    for name in ("plans:year_docx", "plans:year_pdf"):
        assert browser.get(reverse(name, args=[network.key, year])).status_code == 404


def test_the_plan_export_takes_the_same_queries_for_3_actions_as_for_30(network, member, steps):
    browser = signed_in(member.user)
    url = reverse("plans:plan_docx", args=[network.key])
    for number in range(3):
        ActionFactory(network=network, step=steps[number], owner_member=member)
    browser.get(url)
    with CaptureQueriesContext(connection) as few:
        assert browser.get(url).status_code == 200
    for number in range(27):
        ActionFactory(network=network, step=steps[number % 3], owner_member=member)
    with CaptureQueriesContext(connection) as many:
        assert browser.get(url).status_code == 200

    assert len(many) == len(few)


def test_without_weasyprint_or_pango_the_pdf_says_so_in_dutch_and_the_word_file_still_downloads(
    network, member, monkeypatch
):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` now fails, as without Pango
    client = signed_in(member.user)
    response = client.get(reverse("plans:plan_pdf", args=[network.key]))
    assert response.status_code == 503
    assert "De pdf kan op deze server nu niet gemaakt worden" in response.content.decode()
    assert client.get(reverse("plans:plan_docx", args=[network.key])).status_code == 200
