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


FOCUSED = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const label = element.labels && element.labels.length ? element.labels[0].textContent : element.textContent;
    return {
        name: (label || element.value || "").trim().replace(/\\s+/g, " "),
        id: element.id,
        tag: element.tagName.toLowerCase(),
        visible: element.matches(":focus-visible")
            && ((style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none")
            && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
}"""


def _tab_to(page, name, tag=None, limit=80):
    """Presses Tab until an element whose name starts with `name` has focus; each stop must show it."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused["visible"], f"focus not visible on {focused}"
        if focused["name"].startswith(name) and (tag is None or focused["tag"] == tag):
            return focused
    raise AssertionError(f"no element named {name!r} within {limit} presses of Tab")


def test_the_finder_by_keyboard_alone_with_the_focus_always_visible(site, open_page):
    page = open_page(width=375, height=740)  # a phone: the filters start folded
    page.goto(site + "/toolbox/")
    count = page.locator("[data-finder-count]")
    everything = count.inner_text()

    assert _tab_to(page, "Direct naar de inhoud", limit=1)["tag"] == "a"
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    _tab_to(page, "Filters", tag="summary")
    page.keyboard.press("Enter")
    expect(page.locator("[data-finder-filters]")).to_have_attribute("open", "")

    checkbox = _tab_to(page, "Kartrekker", tag="input")
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"\?rol=kartrekker$"))
    expect(count).not_to_have_text(everything)
    expect(page.locator(f"#{checkbox['id']}")).to_be_focused()  # the swap keeps the focus in place
    expect(page.locator(f"#{checkbox['id']}")).to_be_checked()
    expect(page.locator("[data-finder-status]")).to_have_text(count.inner_text())  # announced

    _tab_to(page, "Toon resultaten", tag="button")
    page.keyboard.press("Enter")
    expect(count).to_be_focused()

    _tab_to(page, "Rol: Kartrekker", tag="a")
    page.keyboard.press("Enter")
    expect(page).to_have_url(site + "/toolbox/")
    expect(count).to_have_text(everything)
    expect(page.locator(f"#{checkbox['id']}")).not_to_be_checked()

    tool = _tab_to(page, "", tag="a")  # the first result: the chips are gone
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(tool["name"])
