""" "Hoe staan wijknetwerken ervoor?" in the browser, with the demo comparison data of `make demo`:
accessible (axe-core) at phone and desktop width, filtered without JavaScript, and 320 px wide."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

URL = "/zelfscans/landelijk-beeld/"


@pytest.fixture
def overview(site):
    call_command("load_demo_comparison", verbosity=0)
    return site + URL


def test_axe_core_finds_no_violations_on_the_page(overview, open_page, check_axe):
    page = open_page(bypass_csp=True)  # axe-core comes in as an inline script
    page.goto(overview)
    expect(page.get_by_text("Dit zijn verzonnen voorbeeldcijfers")).to_be_visible()
    chart = "Scan kansrijke samenwerking: spreiding over de netwerken per onderdeel"
    expect(page.get_by_role("img", name=chart)).to_be_visible()
    check_axe(page, "landelijk beeld")
    page.goto(overview + "?provincie=zeeland&fase=onbekend")  # no figures, and a note
    expect(page.get_by_text("Nog te weinig netwerken voor cijfers").first).to_be_visible()
    check_axe(page, "landelijk beeld, gefilterd")
    assert set(check_axe.checked) == {
        f"{name} ({width})" for name in ("landelijk beeld", "landelijk beeld, gefilterd") for width in (375, 1280)
    }


def test_a_visitor_filters_the_figures_without_javascript(overview, page_without_js):
    page = page_without_js
    page.goto(overview)
    page.get_by_label("Provincie", exact=True).select_option("gelderland")
    page.get_by_role("button", name="Toon cijfers").click()
    expect(page).to_have_url(f"{overview}?fase=&omgeving=&provincie=gelderland")
    expect(page.get_by_text("netwerken met provincie Gelderland")).to_be_visible()
    expect(page.locator('meta[name="robots"]')).to_have_attribute("content", "noindex")
    page.get_by_role("link", name="Wis alle filters").click()
    expect(page).to_have_url(overview)


def test_nothing_scrolls_sideways_on_a_phone_of_320_pixels(overview, open_page):
    page = open_page(width=320, height=640)
    page.goto(overview)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
