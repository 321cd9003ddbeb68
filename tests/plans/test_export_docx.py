"""The Word exports read back with python-docx: network, date and version on every page, headings, rows."""

import io
from datetime import date

import pytest
from docx import Document
from docx.oxml.ns import qn

from plans.exports import data, docx
from plans.exports.fields import SAMPLES
from plans.models import AgreementVersion
from plans.year import year_in_view
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 12, 2)


def read(content):
    return Document(io.BytesIO(content))


def margins(document):
    section = document.sections[0]
    return " ".join(p.text for part in (section.header, section.footer) for p in part.paragraphs)


def headings(document, level):
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def rows(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


@pytest.fixture
def plan(network, member, partner, steps):
    ActionFactory(network=network, what="Wijkwandeling houden", owner_partner=partner, step=steps[0])
    ActionFactory(network=network, what="Plan bespreken", owner_member=member, step=steps[2], status="bezig")
    ActionFactory(network=network, what="Flyer maken", due_date=date(2026, 11, 1), dimension_title="Samenwerking")
    return data.plan_data(network, TODAY)


def test_the_plan_has_the_network_the_date_and_the_state_in_its_header_or_footer(network, plan):
    document = read(docx.render("plan", plan))

    assert network.name in margins(document)
    assert "Stand van 2 december 2026" in margins(document)
    assert "gedownload op 2 december 2026" in margins(document)


def test_the_plan_has_a_heading_per_phase_and_a_row_per_action(network, plan, steps):
    document = read(docx.render("plan", plan))

    assert headings(document, 1) == [f"Plan van aanpak van {network.name}"]
    assert headings(document, 2) == ["Fase 1: Verkennen", "Fase 2: Vormgeven", "Zonder stap"]
    tables = [rows(table) for table in document.tables]
    assert [len(table) for table in tables] == [2, 2, 2]  # the header row and one action
    assert tables[0][0] == ["Wat en waarom", "Wie", "Wanneer klaar", "Status", "Hoort bij"]
    assert tables[0][1][0].startswith("Wijkwandeling houden")
    assert tables[0][1][4] == f"Stap: {steps[0].title}"
    assert tables[2][1][2] == "1 november 2026 (verlopen)"
    assert tables[2][1][4] == "Scan: Samenwerking"


def test_the_header_row_repeats_on_every_page(plan):
    document = read(docx.render("plan", plan))

    header_row = document.tables[0].rows[0]._tr
    assert header_row.trPr.find(qn("w:tblHeader")) is not None


def test_the_file_is_in_dutch_and_titled_after_the_network(network, plan):
    document = read(docx.render("plan", plan))

    assert document.core_properties.title == f"Plan van aanpak – {network.name}"
    assert document.core_properties.language == "nl-NL"
    lang = document.styles.element.find(qn("w:docDefaults")).find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "nl-NL"


def test_text_with_xml_characters_comes_back_as_typed(network):
    ActionFactory(network=network, what='Koffie & <thee> voor "iedereen"')

    document = read(docx.render("plan", data.plan_data(network, TODAY)))

    assert rows(document.tables[0])[1][0].startswith('Koffie & <thee> voor "iedereen"')


def test_an_empty_plan_says_so(network):
    document = read(docx.render("plan", data.plan_data(network, TODAY)))

    assert "Er staan nog geen acties in het plan." in [p.text for p in document.paragraphs]
    assert document.tables == []


def agreement_version(network, partners=2):
    return AgreementVersion.objects.create(
        network=network,
        number=3,
        adopted_on=date(2026, 10, 5),
        adopted_by_name="Anna de Vries",
        content={
            "network": network.name,
            "place": network.place,
            "phase": "Vormgeven",
            "sections": [
                {"slug": "doel", "title": "Doel en ambitie", "text": "Een gezonde wijk.\n\nVoor iedereen."},
                {"slug": "partners", "title": "Partners en wat ieder inbrengt", "text": ""},
            ],
            "partners": [{"name": f"Partner {i}", "role": "Huisarts", "brings": f"{i} uur"} for i in range(partners)],
            "kartrekkers": ["Anna de Vries"],
        },
    )


def test_the_agreement_carries_its_version_and_adoption_date_on_every_page(network):
    version = agreement_version(network)

    document = read(docx.render("agreement", data.agreement_data(network, version, TODAY)))

    assert network.name in margins(document)
    assert "Versie 3, vastgesteld op 5 oktober 2026" in margins(document)
    assert headings(document, 2) == ["1. Doel en ambitie", "2. Partners en wat ieder inbrengt", "Ondertekening"]
    paragraphs = [p.text for p in document.paragraphs]
    assert "Een gezonde wijk." in paragraphs
    assert "Voor iedereen." in paragraphs


def test_the_agreement_has_a_row_per_partner_and_a_signature_row_each(network):
    version = agreement_version(network, partners=15)

    document = read(docx.render("agreement", data.agreement_data(network, version, TODAY)))

    contributions, signatures = (rows(table) for table in document.tables)
    assert len(contributions) == len(signatures) == 16
    assert contributions[15] == ["Partner 14", "Huisarts", "14 uur"]
    assert signatures[0] == ["Partner", "Naam", "Handtekening", "Datum"]


def test_the_year_lists_what_was_done(network, kartrekker):
    done = ActionFactory(network=network, what="Wijkscan afgerond", owner_member=kartrekker)
    done.set_status("klaar")
    done.save()
    agreement_version(network)

    view = year_in_view(network, TODAY.year)
    document = read(docx.render("year", data.year_data(network, view, TODAY)))

    assert network.name in margins(document)
    assert "Jaar 2026, stand van 2 december 2026" in margins(document)
    assert headings(document, 1) == [f"Jaar in beeld 2026: {network.name}"]
    texts = [cell for table in document.tables for row in rows(table) for cell in row]
    assert "Wijkscan afgerond" in texts
    assert "Versie 3, vastgesteld op 5 oktober 2026." in [p.text for p in document.paragraphs]
    assert "In 2026 is geen actie vervallen." in [p.text for p in document.paragraphs]


def shape(value):
    """The keys of every dict in `value`, nested the same way (lists by their first item)."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value and isinstance(value[0], dict | list) else []
    return None


def test_the_examples_that_check_templates_have_the_keys_the_export_builds(network, plan, kartrekker):
    done = ActionFactory(network=network, what="Klaar")
    done.set_status("klaar")
    done.save()
    version = agreement_version(network)
    year = data.year_data(network, year_in_view(network, TODAY.year), TODAY)
    year["scans"] = [{"titel": "Teamscan", "onderdelen": [{"titel": "a", "voor": "1", "na": "2", "verschil": "+1"}]}]
    year["acties_vervallen"] = year["acties_klaar"]
    year["stappen"] = [{"titel": "Stap", "datum": "1 mei 2026"}]

    assert shape(SAMPLES["plan"]) == shape(plan)
    assert shape(SAMPLES["agreement"]) == shape(data.agreement_data(network, version, TODAY))
    assert shape(SAMPLES["year"]) == shape(year)
