"""A team round in the browser: a kartrekker starts it, three members answer, the results add up.

Every scan page on the way (the scan, a screen with errors, the join page, a personal result,
the team results, the closed-round message) is checked with axe-core at phone and desktop width.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_quality import A4_PRINTABLE_WIDTH, OVERFLOWING

pytestmark = pytest.mark.browser

SCAN = "/zelfscans/kansrijke-samenwerking/"


def answer_every_screen(page, choose, *, talk_first=False):
    """Answer each screen with the labels `choose(screen, statement)` gives, then go on."""
    screen = 0
    while "/invullen/" in page.url:
        screen += 1
        expect(page.locator(".scan-progress")).to_contain_text(f"Onderdeel {screen} van 5")
        for number, statement in enumerate(page.locator("fieldset.statement").all()):
            statement.get_by_label(choose(screen, number), exact=True).check()
        if talk_first:
            page.get_by_label("Hier wil ik over praten (stelling 1)").check()
        page.get_by_role("button", name=re.compile("^(Volgende onderdeel|Bekijk de uitslag)$")).click()
    return screen


def test_a_team_round_with_three_members_from_start_to_results(site, open_page, check_axe):
    kartrekker = open_page(bypass_csp=True)  # axe-core comes in as an inline script
    kartrekker.goto(site + SCAN)
    check_axe(kartrekker, "zelfscan")
    kartrekker.get_by_role("button", name="Start een teamronde").click()
    expect(kartrekker.get_by_role("heading", level=2, name="Je teamronde staat klaar")).to_be_visible()
    answer_link = kartrekker.get_by_label("Deel deze link met de leden van je netwerk").input_value()
    results_link = kartrekker.get_by_label(re.compile("^Bewaar deze geheime link")).input_value()
    assert answer_link != results_link and "/team/" in answer_link

    answers = {0: "eens", 1: "oneens", 2: "helemaal eens"}
    for member in range(3):
        page = open_page(bypass_csp=True)
        page.goto(answer_link)
        if member == 0:
            check_axe(page, "meedoen")
        page.get_by_label("Vanuit welke rol doe je mee?").select_option(label="Huisarts en praktijkondersteuner (POH)")
        page.get_by_role("button", name="Begin met invullen").click()
        if member == 0:
            page.missing_on_purpose.add(page.url)  # the screen with errors answers 400
            page.get_by_role("button", name="Volgende onderdeel").click()  # nothing chosen yet
            expect(page.get_by_role("alert")).to_contain_text("Nog niet alles is ingevuld")
            check_axe(page, "scherm met fouten")
            first = page.locator("fieldset.statement").first
            first.get_by_label("helemaal oneens", exact=True).check()
            page.get_by_role("button", name="Volgende onderdeel").click()
            expect(first.get_by_label("helemaal oneens", exact=True)).to_be_checked()  # kept after the error
        screens = answer_every_screen(page, lambda screen, number, m=member: answers[m], talk_first=member < 2)
        assert screens == 5
        expect(page.get_by_role("heading", level=1)).to_have_text("Jouw uitslag")
        expect(page.locator("main")).to_contain_text("tellen mee in de uitslag van je team")
        if member == 0:
            check_axe(page, "eigen uitslag")

    kartrekker.goto(results_link)
    main = kartrekker.locator("main")
    expect(kartrekker.locator(".page-header .lead")).to_contain_text("3 deelnemers")
    expect(kartrekker.locator("svg.radar")).to_be_visible()
    table = kartrekker.get_by_role("table", name=re.compile("Scores van het team"))
    ambition = table.get_by_role("row", name=re.compile("^Gedeelde ambitie"))
    expect(ambition).to_contain_text("3,7")  # eens (4), oneens (2) and helemaal eens (5)
    expect(ambition).to_contain_text("2,0–5,0")
    expect(main).to_contain_text("Waar jullie het meest verschillen")
    agenda = kartrekker.locator(
        "section", has=kartrekker.get_by_role("heading", name="Agenda voor de volgende bijeenkomst")
    )
    expect(agenda).to_contain_text("2 keer gekozen")
    expect(main).to_contain_text("Aanbevolen volgende stappen")
    check_axe(kartrekker, "teamuitslag")

    kartrekker.get_by_role("button", name="Ronde sluiten").click()
    expect(kartrekker.locator(".page-header__kicker")).to_contain_text("gesloten")
    late = open_page(bypass_csp=True)
    late.missing_on_purpose.add(answer_link)
    assert late.goto(answer_link).status == 410
    expect(late.get_by_role("heading", level=1)).to_have_text("Deze ronde is gesloten")
    check_axe(late, "gesloten ronde")
    assert len(check_axe.checked) >= 12  # every scan page on the way, at both widths


def test_a_scan_alone_without_javascript_and_its_printed_result(site, open_page):
    page = open_page(javascript=False)
    page.goto(site + SCAN)
    page.get_by_role("button", name="Start de scan alleen").click()
    answer_every_screen(page, lambda screen, number: "weet ik niet" if number == 0 else "eens")
    expect(page.get_by_role("heading", level=1)).to_have_text("Jouw uitslag")
    expect(page.locator("svg.radar")).to_be_visible()  # drawn on the server
    expect(page.get_by_role("img", name="Jouw scores per onderdeel")).to_be_visible()

    page.get_by_role("link", name="Antwoorden aanpassen").click()
    expect(page.locator("fieldset.statement").first.get_by_label("weet ik niet", exact=True)).to_be_checked()

    page.go_back()
    page.set_viewport_size({"width": A4_PRINTABLE_WIDTH, "height": 1000})
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator("svg.radar")).to_be_visible()
    expect(page.get_by_role("heading", name="Aanbevolen volgende stappen")).to_be_visible()
    assert page.evaluate(OVERFLOWING, A4_PRINTABLE_WIDTH) == []
