"""What a visitor does on the site, in a real browser: the roadmap, the finder, search, stories."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_from_home_to_a_tool_of_a_step_in_phase_two_and_back_by_breadcrumbs(site, page):
    page.goto(site + "/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Stappenplan").click()
    page.get_by_role("link", name="Netwerk vormgeven").first.click()
    expect(page).to_have_url(site + "/stappenplan/vormgeven/")
    page.get_by_role("link", name="Een wijkscan maken").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Een wijkscan maken")
    page.locator("main a[href^='/toolbox/'][href$='/']:not([href='/toolbox/'])").first.click()
    expect(page).to_have_url(re.compile(r"/toolbox/[\w-]+/$"))

    breadcrumbs = page.get_by_role("navigation", name="Kruimelpad")
    breadcrumbs.get_by_role("link", name="Toolbox").click()
    expect(page).to_have_url(site + "/toolbox/")
    page.go_back()
    page.get_by_role("navigation", name="Kruimelpad").get_by_role("link", name="Home").click()
    expect(page).to_have_url(site + "/")


def _filter_in_the_toolbox(site, page, *, javascript):
    """Role and two themes, one chip removed, a result opened and back: returns the final count."""
    page.goto(site + "/toolbox/")
    count = page.locator("[data-finder-count]")
    everything = count.inner_text()
    for label, param in [("Kartrekker", "rol=kartrekker"), ("Dementie", "thema=dementie"), ("Burgerparticipatie", "")]:
        page.get_by_label(re.compile("^" + label)).check()
        if javascript and param:  # the results follow each change without a submit
            expect(page).to_have_url(re.compile(param))
    if not javascript:
        page.get_by_role("button", name="Toon resultaten").click()
    expect(page).to_have_url(re.compile(r"rol=kartrekker&thema=dementie&thema=burgerparticipatie"))
    expect(count).not_to_have_text(everything)
    filtered = count.inner_text()

    page.get_by_role("link", name=re.compile("^Thema: Dementie")).click()
    expect(page).not_to_have_url(re.compile(r"thema=dementie"))
    expect(page.get_by_label(re.compile("^Dementie"))).not_to_be_checked()
    expect(count).not_to_have_text(filtered)
    narrowed = count.inner_text()

    page.locator(".results .result__title a").first.click()
    expect(page).to_have_url(re.compile(r"/toolbox/[\w-]+/$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"rol=kartrekker.*thema=burgerparticipatie"))
    expect(page.get_by_label(re.compile("^Kartrekker"))).to_be_checked()
    expect(page.get_by_label(re.compile("^Burgerparticipatie"))).to_be_checked()
    expect(page.get_by_label(re.compile("^Dementie"))).not_to_be_checked()
    expect(count).to_have_text(narrowed)
    return narrowed


def test_filter_the_toolbox_remove_a_chip_open_a_result_and_come_back(site, page, page_without_js):
    with_js = _filter_in_the_toolbox(site, page, javascript=True)
    without_js = _filter_in_the_toolbox(site, page_without_js, javascript=False)
    assert with_js == without_js
    assert re.fullmatch(r"\d+ tools? gevonden", with_js)


def test_search_for_kartrekker_reaches_a_step_and_a_tool(site, page):
    page.goto(site + "/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Zoeken").click()
    page.get_by_label(re.compile("^Zoek in stappen")).fill("kartrekker")
    page.get_by_label(re.compile("^Zoek in stappen")).press("Enter")
    expect(page.get_by_role("heading", level=2, name=re.compile("resultaten voor ‘kartrekker’"))).to_be_visible()

    page.locator("#groep-stap ~ ul .result__title a").first.click()
    expect(page).to_have_url(re.compile(r"/stappenplan/[\w-]+/[\w-]+/$"))
    page.go_back()
    page.locator("#groep-tool ~ ul .result__title a").first.click()
    expect(page).to_have_url(re.compile(r"/toolbox/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(re.compile("kartrekker", re.IGNORECASE))


def test_a_practice_story_leads_to_a_tool_it_used(site, page):
    page.goto(site + "/praktijkverhalen/")
    page.get_by_role("link", name="Proeftuin Ruwaard").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Proeftuin Ruwaard")
    tool_link = page.locator("main a[href^='/toolbox/'][href$='/']:not([href='/toolbox/'])").first
    title = tool_link.inner_text()
    tool_link.click()
    expect(page).to_have_url(re.compile(r"/toolbox/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title.strip())
