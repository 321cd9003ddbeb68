"""The werkmap of a step in a browser: reached from the step, printed on a few A4 pages without the site around it."""

import re

import pytest
from playwright.sync_api import expect

from scripts.site_pages import PAGES
from tests.browser.test_quality import A4_PRINTABLE_WIDTH, OVERFLOWING

pytestmark = pytest.mark.browser

STEP = "/stappenplan/vormgeven/wijkscan-maken/"
PACK, _ = PAGES["werkmap"]


def test_without_javascript_the_step_links_to_its_werkmap_and_no_dead_print_button_shows(site, page_without_js):
    page = page_without_js
    page.goto(site + STEP)
    expect(page.get_by_role("button", name="Print deze stap")).to_be_hidden()
    page.get_by_role("link", name="Werkmap voor de bijeenkomst").click()
    expect(page).to_have_url(site + PACK)
    expect(page.get_by_role("heading", level=1)).to_have_text("Een wijkscan maken")
    expect(page.get_by_role("button", name="Print de werkmap")).to_be_hidden()
    page.get_by_role("link", name="Terug naar de stap").click()
    expect(page).to_have_url(site + STEP)


def test_with_javascript_the_print_button_opens_the_print_dialogue(site, page):
    page.add_init_script("window.print = () => { document.documentElement.dataset.printed = 'ja'; };")
    page.goto(site + PACK)
    page.get_by_role("button", name="Print de werkmap").click()
    expect(page.locator("html")).to_have_attribute("data-printed", "ja")


def test_the_printed_werkmap_fits_two_to_four_a4_pages_without_the_site_around_it(site, open_page):
    page = open_page(width=A4_PRINTABLE_WIDTH, height=1000)
    page.goto(site + PACK)
    page.emulate_media(media="print")

    for hidden in ["Hoofdmenu", "Kruimelpad"]:
        expect(page.get_by_role("navigation", name=hidden)).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.locator(".page-actions")).to_be_hidden()
    for heading in ["Vragen om samen te beantwoorden", "Tools die hierbij helpen", "Afspraken en actiepunten"]:
        expect(page.get_by_role("heading", name=heading)).to_be_visible()
    expect(page.get_by_text(re.compile(r"^Te vinden op http://.+/toolbox/"))).not_to_have_count(0)
    assert page.evaluate(OVERFLOWING, A4_PRINTABLE_WIDTH) == []

    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    sizes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf))
    assert {(round(float(w)), round(float(h))) for w, h in sizes} == {(595, 842)}  # A4 in points
    assert 2 <= len(re.findall(rb"/Type\s*/Page\b", pdf)) <= 4
