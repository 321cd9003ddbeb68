"""Onze netwerkplek in the browser: a kartrekker signs up with an e-mailed code, makes a network,
invites two partners who accept, they mark steps, the table shows a missing role with its step,
a team round's results reach a member, and someone of another network is turned away (404).

Every workspace and account page on the way is checked with axe-core at phone and desktop width.
"""

import re

import pytest
from playwright.sync_api import expect

from networks.models import NeededRole
from phases.models import StepPage

pytestmark = pytest.mark.browser

CODE = re.compile(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", re.M)
LINK = re.compile(r"^(http\S+/netwerk/uitnodiging/\S+/)$", re.M)


def last_mail_to(mailoutbox, address):
    return next(message for message in reversed(mailoutbox) if address in message.to)


def sign_up(page, mailoutbox, email, *, check_axe=None):
    """Fill in the sign-up form (already open) and the code from the e-mail."""
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_role("button", name="Maak mijn account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bevestig je e-mailadres")
    if check_axe:
        check_axe(page, "code invullen")
    code = CODE.search(last_mail_to(mailoutbox, email).body).group(1)
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Bevestigen").click()


def accept_invitation(open_page, mailoutbox, email, name, role, *, check_axe=None):
    page = open_page(bypass_csp=True)
    link = LINK.search(last_mail_to(mailoutbox, email).body).group(1)
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Doe mee met Samen sterk in Wedde")
    if check_axe:
        check_axe(page, "uitnodiging")
    page.get_by_role("link", name="Account maken").click()
    sign_up(page, mailoutbox, email)
    expect(page.get_by_role("heading", level=1)).to_have_text("Doe mee met Samen sterk in Wedde")  # back at the link
    if check_axe:
        check_axe(page, "uitnodiging accepteren")
    page.get_by_label("Jouw naam").fill(name)
    page.get_by_label("Rol in het netwerk").select_option(label=role)
    page.get_by_role("button", name="Doe mee").click()
    expect(page.locator(".messages")).to_contain_text("Welkom bij Samen sterk in Wedde")
    return page


def test_a_network_from_sign_up_to_team_results(site, open_page, check_axe, mailoutbox):
    first_step = StepPage.objects.live().get(slug="klein-beginnen")
    needed = NeededRole.objects.select_related("role", "help_page").get(role__slug="gemeente")  # demo content
    assert needed.help_page.live

    kartrekker = open_page(bypass_csp=True)  # axe-core comes in as an inline script
    kartrekker.goto(site + "/")
    kartrekker.get_by_role("link", name="Inloggen").click()
    expect(kartrekker.get_by_role("heading", level=1)).to_have_text("Inloggen")
    check_axe(kartrekker, "inloggen")
    kartrekker.get_by_role("link", name="Maak er een").click()
    check_axe(kartrekker, "account maken")
    sign_up(kartrekker, mailoutbox, "anna@wedde.example", check_axe=check_axe)
    expect(kartrekker.get_by_role("heading", level=1)).to_have_text("Mijn netwerk")
    expect(kartrekker.get_by_role("link", name="Mijn netwerk")).to_be_visible()  # the header knows her now
    check_axe(kartrekker, "mijn netwerk")

    kartrekker.get_by_role("link", name="Begin een netwerkplek").click()
    kartrekker.get_by_label("Naam van het netwerk").fill("Samen sterk in Wedde")
    kartrekker.get_by_label("Plaats, wijk of dorpen").fill("Wedde, Veelerveen en Vriescheloo")
    kartrekker.get_by_label("Provincie").select_option(label="Groningen")
    kartrekker.get_by_label("Dorp", exact=True).check()
    kartrekker.get_by_label("Aantal inwoners van het gebied").fill("2400")
    kartrekker.get_by_label("Jouw naam").fill("Anna (kartrekker)")
    kartrekker.get_by_label("Rol in het netwerk").select_option(label="Huisarts en praktijkondersteuner (POH)")
    check_axe(kartrekker, "netwerkplek beginnen")
    kartrekker.get_by_role("button", name="Maak de netwerkplek").click()
    expect(kartrekker.get_by_role("heading", level=1)).to_have_text("Overzicht")
    expect(kartrekker.locator(".next-step")).to_contain_text(first_step.title)
    expect(kartrekker.locator("main")).to_contain_text("5.000 tot 10.000 inwoners")  # 2,400 is far below
    overview = kartrekker.url
    check_axe(kartrekker, "overzicht")

    kartrekker.get_by_role("link", name="Leden", exact=True).click()
    for email, role in (("jeroen@wedde.example", "Lid"), ("fatima@wedde.example", "Lid")):
        kartrekker.get_by_label("E-mailadres").fill(email)
        kartrekker.get_by_label(re.compile(f"^{role}:")).check()
        kartrekker.get_by_role("button", name="Verstuur de uitnodiging").click()
        expect(kartrekker.locator(".messages")).to_contain_text(f"De uitnodiging is verstuurd naar {email}")
    check_axe(kartrekker, "leden")

    jeroen = accept_invitation(
        open_page, mailoutbox, "jeroen@wedde.example", "Jeroen", "Wijkverpleegkundige en zorgprofessional",
        check_axe=check_axe,
    )  # fmt: skip
    fatima = accept_invitation(open_page, mailoutbox, "fatima@wedde.example", "Fatima", "Welzijnsprofessional")

    # Jeroen marks the first step on the public step page itself.
    jeroen.goto(site + first_step.url)
    panel = jeroen.locator(".step-progress")
    expect(panel).to_contain_text("Samen sterk in Wedde")
    check_axe(jeroen, "stap met voortgang")
    panel.get_by_label("Bezig").check()
    panel.get_by_label("Notitie").fill("Eerste gesprek met de dorpsraad staat op 12 januari.")
    panel.get_by_role("button", name=re.compile("^Status opslaan")).click()
    expect(jeroen.locator(".messages")).to_contain_text(f"De status van ‘{first_step.title}’ is opgeslagen")
    expect(jeroen.locator(".step-progress")).to_contain_text("Bezig")
    assert jeroen.url.startswith(site + first_step.url)

    # Fatima marks it done in the workspace; the history keeps both.
    fatima.get_by_role("link", name="Stappen", exact=True).click()
    check_axe(fatima, "stappen")
    fatima.get_by_role("link", name=first_step.title).click()
    fatima.get_by_label("Afgerond").check()
    fatima.get_by_role("button", name="Status opslaan").click()
    fatima.get_by_role("link", name="Stappen", exact=True).click()
    history = fatima.locator("section", has=fatima.get_by_role("heading", name="Wat er laatst veranderde"))
    expect(history).to_contain_text("Jeroen")
    expect(history).to_contain_text("Fatima")

    # Who is at the table, and who is missing, with the step that helps to find them.
    kartrekker.goto(overview)
    kartrekker.get_by_role("link", name="Aan tafel", exact=True).click()
    kartrekker.get_by_label("Organisatie of groep").fill("Huisartsenpraktijk Wedde")
    kartrekker.get_by_label("Rol", exact=True).select_option(label="Huisarts en praktijkondersteuner (POH)")
    kartrekker.get_by_role("button", name="Toevoegen").click()
    expect(kartrekker.get_by_role("table")).to_contain_text("Huisartsenpraktijk Wedde")
    side = kartrekker.locator("aside", has=kartrekker.get_by_role("heading", name="Nog niet aan tafel"))
    expect(side).to_contain_text(needed.role.name)
    expect(side.get_by_role("link", name=needed.help_page.title)).to_be_visible()
    check_axe(kartrekker, "aan tafel")

    # A team round, answered by a partner without an account, read by a member in the workspace.
    kartrekker.get_by_role("link", name="Teamscans", exact=True).click()
    check_axe(kartrekker, "teamscans")
    kartrekker.get_by_label("Scan kansrijke samenwerking").check()
    kartrekker.get_by_role("button", name="Start een teamronde").click()
    answer_link = kartrekker.get_by_label(re.compile("^Deel deze link")).input_value()
    partner = open_page()
    partner.goto(answer_link)
    partner.get_by_role("button", name="Begin met invullen").click()
    while "/invullen/" in partner.url:
        for statement in partner.locator("fieldset.statement").all():
            statement.get_by_label("eens", exact=True).check()
        partner.get_by_role("button", name=re.compile("^(Volgende onderdeel|Bekijk de uitslag)$")).click()
    jeroen.goto(overview)
    jeroen.get_by_role("link", name=re.compile("ronde 1")).click()
    expect(jeroen.locator(".page-header .lead")).to_contain_text("1 deelnemer")
    expect(jeroen.get_by_role("table", name=re.compile("Scores van het team"))).to_contain_text("4,0")
    expect(jeroen.get_by_role("button", name="Ronde sluiten")).to_have_count(0)  # only for a kartrekker
    check_axe(jeroen, "teamuitslag in de netwerkplek")

    # Someone of another network sees nothing of this one.
    outsider = open_page(bypass_csp=True)
    outsider.goto(site + "/account/signup/")
    sign_up(outsider, mailoutbox, "piet@elders.example")
    outsider.missing_on_purpose.add(overview)
    assert outsider.goto(overview).status == 404
    expect(outsider.locator("main")).not_to_contain_text("Samen sterk in Wedde")
    assert len(check_axe.checked) >= 28  # every account and workspace page on the way, at both widths
