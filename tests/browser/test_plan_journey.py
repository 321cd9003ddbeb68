"""The plan and the agreement in the browser: a kartrekker puts a scan result in the plan with one click,
writes and adopts the samenwerkingsovereenkomst, and downloads both as Word and PDF, which are read back
(python-docx; pypdf for the text and the tags of PDF/UA).

Every page on the way is checked with axe-core at phone and desktop width.
"""

import io
import pathlib
import re
from datetime import timedelta

import docx
import pypdf
import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from networks import services
from networks.models import Partner
from plans.models import Action, AgreementVersion
from scans.models import ScanPage
from tests.scans.conftest import Visitor
from tools.models import Role

pytestmark = pytest.mark.browser

NETWORK = "Samen gezond in Oosterwolde"
PARTNER = "Huisartsenpraktijk De Linde"


def signed_in_page(open_page, site, user):
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    page = open_page(bypass_csp=True)  # axe-core comes in as an inline script
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": site}])
    return page


def download(page, link_name):
    with page.expect_download() as info:
        page.get_by_role("link", name=link_name).first.click()
    return info.value.suggested_filename, pathlib.Path(info.value.path()).read_bytes()


def docx_text(content):
    document = docx.Document(io.BytesIO(content))
    header = " ".join(p.text for section in document.sections for p in section.header.paragraphs)
    cells = " ".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    return header + " " + " ".join(p.text for p in document.paragraphs) + " " + cells


def pdf_text_and_tags(content):
    reader = pypdf.PdfReader(io.BytesIO(content))
    text = " ".join(page.extract_text() for page in reader.pages)
    root = reader.trailer["/Root"]
    return text, "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]


def test_a_plan_from_a_scan_result_and_an_adopted_agreement_downloaded_as_word_and_pdf(site, open_page, check_axe):
    user = get_user_model().objects.create_user("anna@oosterwolde.example", "anna@oosterwolde.example")
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    role = Role.objects.get(slug="huisarts")
    network = services.create_network(
        user, "Anna de Vries", role, name=NETWORK, place="Oosterwolde", province="friesland", setting="dorp",
        residents=7_000, start_year=2026,
    )  # fmt: skip
    Partner.objects.create(network=network, name=PARTNER, role=role)
    scan = ScanPage.objects.live().first()
    team_round = services.start_team_round(network, scan, user)
    for number, value in enumerate((2, 3), start=1):  # two partners answer through the link
        person = Visitor(Client(REMOTE_ADDR=f"10.0.0.{number}"), scan)
        person.answer_all(person.join(team_round), value)

    page = signed_in_page(open_page, site, user)
    page.goto(site + reverse("networks:team_round", args=[network.key, team_round.pk]))
    advice = page.locator(".scan-advice__item").first
    dimension = advice.get_by_role("heading", level=3).inner_text().split(" score")[0].strip()
    advice.get_by_role("link", name=re.compile("^Zet in ons plan")).click()

    # The action is pre-filled from the scan's dimension; the kartrekker says who and when.
    expect(page.get_by_role("heading", level=1)).to_have_text("Actie toevoegen")
    expect(page.locator(".plan-links")).to_contain_text(dimension)
    check_axe(page, "actie toevoegen")
    what = page.get_by_label("Wat", exact=True)
    assert what.input_value()  # a proposal to start from
    what.fill("Bespreek de uitslag met de dorpsraad")
    page.get_by_label("Wie").select_option(label=PARTNER)
    due = timezone.localdate() - timedelta(days=1)  # yesterday: it is over its date at once
    page.get_by_label("Wanneer klaar").fill(due.isoformat())
    page.get_by_role("button", name="Zet in het plan").click()
    expect(page.locator(".messages")).to_be_visible()
    assert page.url.startswith(site + reverse("networks:team_round", args=[network.key, team_round.pk]))

    page.get_by_role("link", name="Plan van aanpak", exact=True).click()
    expect(page.get_by_role("heading", name="Bespreek de uitslag met de dorpsraad")).to_be_visible()
    expect(page.get_by_text("Over de datum").first).to_be_visible()
    check_axe(page, "plan")
    action = Action.objects.get(network=network)
    assert (action.owner_partner.name, action.due_date, action.scan_id) == (PARTNER, due, scan.pk)
    assert action.dimension_title == dimension

    filename, word = download(page, re.compile("Word"))
    assert filename.endswith(".docx")
    text = docx_text(word)
    assert NETWORK in text and "Bespreek de uitslag met de dorpsraad" in text and PARTNER in text
    filename, pdf = download(page, re.compile("pdf", re.I))
    assert filename.endswith(".pdf")
    text, tagged = pdf_text_and_tags(pdf)
    assert NETWORK in text and "Bespreek de uitslag" in text and tagged

    # The agreement: written in its sections, then adopted by the kartrekker.
    page.get_by_role("link", name="Overeenkomst", exact=True).click()
    check_axe(page, "overeenkomst")
    page.get_by_role("link", name="Begin met schrijven").click()
    expect(page.get_by_text("Onderdeel 1 van 8")).to_be_visible()
    check_axe(page, "onderdeel doel")
    page.locator("textarea").first.fill("Inwoners van Oosterwolde blijven gezond en thuis wonen, met steun dichtbij.")
    page.get_by_role("button", name="Opslaan en verder").click()
    expect(page.get_by_text("Onderdeel 2 van 8")).to_be_visible()
    page.get_by_label(re.compile(PARTNER)).fill("Een spreekuur in het dorpshuis, één keer per maand.")
    page.get_by_role("button", name="Opslaan en verder").click()
    expect(page.get_by_text("Onderdeel 3 van 8")).to_be_visible()
    page.get_by_role("link", name="Terug naar het overzicht").click()
    page.get_by_role("link", name="Vaststellen").click()
    expect(page.get_by_text(PARTNER).first).to_be_visible()
    check_axe(page, "vaststellen")
    page.get_by_role("button", name="Versie 1 vaststellen").click()
    expect(page.locator(".messages")).to_be_visible()
    check_axe(page, "versie 1")
    version = AgreementVersion.objects.get(network=network)
    assert version.number == 1 and [p["name"] for p in version.content["partners"]] == [PARTNER]

    filename, word = download(page, re.compile("Word"))
    text = docx_text(word)
    assert NETWORK in text and "Versie 1" in text and "spreekuur in het dorpshuis" in text
    filename, pdf = download(page, re.compile("pdf", re.I))
    text, tagged = pdf_text_and_tags(pdf)
    assert NETWORK in text and "Versie 1" in text and PARTNER in text and tagged
    assert len(check_axe.checked) == 12
