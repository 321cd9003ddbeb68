"""The PDF exports read back with pypdf: tagged PDF/UA in Dutch, the network, date and actions in the text."""

import io
from datetime import date

import pytest
from pypdf import PdfReader

from plans.exports import data, pdf
from plans.models import AgreementVersion
from plans.year import year_in_view
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 12, 2)


def read(content):
    """The reader and the text of all pages, with each run of white space (a line wrap too) as one space."""
    reader = PdfReader(io.BytesIO(content))
    return reader, " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_plan_is_a_tagged_dutch_pdf_with_a_title(network):
    ActionFactory(network=network, what="Wijkwandeling houden")

    reader, _text = read(pdf.render("plan", data.plan_data(network, TODAY)))

    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "nl"
    assert reader.metadata.title == f"Plan van aanpak – {network.name}"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]


def test_the_plan_pdf_holds_the_network_the_date_the_page_numbers_and_the_actions(network, member, steps):
    ActionFactory(network=network, what="Wijkwandeling houden", owner_member=member, step=steps[0])
    ActionFactory(network=network, what="Flyer maken", due_date=date(2026, 11, 1))

    _reader, text = read(pdf.render("plan", data.plan_data(network, TODAY)))

    assert network.name in text
    assert "Stand van 2 december 2026 · gedownload op 2 december 2026" in text
    assert "pagina 1 van 1" in text
    assert "Wijkwandeling houden" in text
    assert member.name in text
    assert "Flyer maken" in text
    assert "(verlopen)" in text


def test_every_page_of_a_long_plan_carries_the_network_and_its_page_number(network):
    for number in range(60):
        ActionFactory(network=network, what=f"Actie nummer {number}", why="Een reden die de rij wat hoger maakt.")

    reader, _text = read(pdf.render("plan", data.plan_data(network, TODAY)))

    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert network.name in page
        assert f"pagina {number} van {len(pages)}" in page


def test_the_agreement_pdf_holds_its_version_partners_and_sections(network):
    version = AgreementVersion.objects.create(
        network=network,
        number=2,
        adopted_on=date(2026, 3, 9),
        content={
            "network": network.name,
            "sections": [{"slug": "doel", "title": "Doel en ambitie", "text": "Een gezonde wijk voor iedereen."}],
            "partners": [{"name": "Praktijk De Linde", "role": "Huisarts", "brings": "Een ruimte"}],
            "kartrekkers": ["Anna"],
        },
    )

    reader, text = read(pdf.render("agreement", data.agreement_data(network, version, TODAY)))

    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert "Versie 2, vastgesteld op 9 maart 2026" in text
    assert "Een gezonde wijk voor iedereen." in text
    assert "Praktijk De Linde" in text


def test_the_year_pdf_holds_the_year_and_what_was_done(network):
    done = ActionFactory(network=network, what="Wijkscan afgerond")
    done.set_status("klaar")
    done.save()

    reader, text = read(pdf.render("year", data.year_data(network, year_in_view(network, 2026), TODAY)))

    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]
    assert f"Jaar in beeld 2026: {network.name}" in text
    assert "Wijkscan afgerond" in text


def test_a_name_with_css_or_html_in_it_stays_text_in_the_margins(network):
    network.name = 'Wijk "Oost" </style><img src="http://voorbeeld.example/x.png"> \\ & zo'
    ActionFactory(network=network, what="Iets")

    reader = PdfReader(io.BytesIO(pdf.render("plan", data.plan_data(network, TODAY))))

    text = reader.pages[0].extract_text().replace("\n", "")  # the heading wraps inside the long name
    assert text.count(network.name) == 2  # in the heading and in the margin of the page
    assert not reader.pages[0]["/Resources"]["/XObject"]  # and no <img> was fetched


def test_the_fetcher_refuses_every_address_on_the_network():
    fetcher = pdf.fetcher()

    for url in (
        "http://voorbeeld.example/plaatje.png",
        "https://voorbeeld.example/stijl.css",
        "ftp://voorbeeld.example/",
    ):
        with pytest.raises(ValueError, match="disallowed protocol"):
            fetcher.fetch(url)
    assert fetcher.fetch("data:text/plain,hallo").read() == b"hallo"
