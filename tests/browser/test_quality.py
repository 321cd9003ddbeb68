"""Every kind of page, in the browser: accessible (axe-core), usable at 320 px, printable on A4."""

import re

import pytest
from playwright.sync_api import expect

from scripts.site_pages import PAGES, PRINTED
from tests.browser.axe import RUN_AXE

pytestmark = pytest.mark.browser


def _visit(page, site, name):
    path, status = PAGES[name]
    if status == 404:
        page.missing_on_purpose.add(site + path)
    response = page.goto(site + path)
    assert response.status == status, (name, response.status)


@pytest.mark.parametrize("width", [375, 1280])
def test_axe_core_finds_no_violations_on_any_kind_of_page(site, open_page, axe_source, width):
    page = open_page(width=width, bypass_csp=True)  # axe-core comes in as an inline script
    violations = {}
    for name in PAGES:
        _visit(page, site, name)
        page.add_script_tag(path=str(axe_source))
        found = page.evaluate(RUN_AXE)
        if found:
            violations[name] = found
    assert violations == {}


def test_nothing_scrolls_sideways_on_a_phone_of_320_pixels(site, open_page):
    page = open_page(width=320, height=640)
    too_wide = {}
    for name in PAGES:
        _visit(page, site, name)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[name] = width
    assert too_wide == {}


# A4 less the 15 mm margins of the print style sheet, at the 96 CSS pixels per inch of print.
A4_PRINTABLE_WIDTH = round((210 - 2 * 15) / 25.4 * 96)
OVERFLOWING = """width => [...document.querySelectorAll("body *")]
    .filter(element => element.getClientRects().length && element.getBoundingClientRect().right > width + 1)
    .map(element => element.tagName.toLowerCase() + (element.className ? "." + element.className : ""))"""


@pytest.mark.parametrize("name", PRINTED)
def test_a_printed_step_or_tool_fits_a4_without_the_navigation(site, open_page, name):
    page = open_page(width=A4_PRINTABLE_WIDTH, height=1000)
    _visit(page, site, name)
    page.emulate_media(media="print")

    for hidden in ["Hoofdmenu", "Kruimelpad"]:
        expect(page.get_by_role("navigation", name=hidden)).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert page.evaluate(OVERFLOWING, A4_PRINTABLE_WIDTH) == []

    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    sizes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf))
    assert {(round(float(w)), round(float(h))) for w, h in sizes} == {(595, 842)}  # A4 in points
    assert 1 <= len(re.findall(rb"/Type\s*/Page\b", pdf)) <= 4
