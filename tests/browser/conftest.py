"""Browser tests: Debian's Chromium driven by Playwright against the live test server.

They run wherever /usr/bin/chromium exists (`.ci/run` installs it, so CI always runs them) and
are skipped with a reason elsewhere. The pages hold the demo content, loaded as `make run` does.
"""

import os
import pathlib

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.axe import AXE, RUN_AXE
from tests.pages import page_tree

CHROMIUM = pathlib.Path("/usr/bin/chromium")
# Playwright's assertions wait 5 s by default; a loaded CI machine (two suites, Lighthouse) can
# take longer to answer a form, so they wait up to 15 s before they fail.
expect.set_options(timeout=15_000)
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def pytest_collection_modifyitems(items):
    if CHROMIUM.exists() or os.environ.get("CI"):  # in CI a missing browser is a failure, not a skip
        return
    skip = pytest.mark.skip(reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    for item in items:
        if "tests/browser/" in str(item.path):
            item.add_marker(skip)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; Django refuses database calls from
    # a thread with a running loop unless told that this is safe, which it is for test code. Only
    # while the browser runs: the deploy check rightly fails when the variable is set.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(live_server, transactional_db):
    """The live server's URL, with the demo toolbox in its database."""
    page_tree()
    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_comparison", verbosity=0)  # the figures of /zelfscans/landelijk-beeld/
    return live_server.url


def _page(browser, *, javascript, width=1280, height=900, bypass_csp=False):
    context = browser.new_context(
        viewport={"width": width, "height": height},
        java_script_enabled=javascript,
        locale="nl-NL",
        bypass_csp=bypass_csp,  # only to inject a checker (axe-core): the site's own code runs under the policy
    )
    page = context.new_page()
    errors = []
    page.missing_on_purpose = set()  # URLs a test opens to see the 404 page: their status is no error

    def on_console(message):
        if message.type == "error" and message.location.get("url") not in page.missing_on_purpose:
            errors.append(f"{message.text} ({message.location.get('url')})")

    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", on_console)
    page.errors = errors
    return context, page


@pytest.fixture
def open_page(browser):
    """Opens browser tabs of any width; each must end without JavaScript or console errors."""
    opened = []

    def open_page(*, width=1280, height=900, javascript=True, bypass_csp=False):
        context, page = _page(browser, javascript=javascript, width=width, height=height, bypass_csp=bypass_csp)
        opened.append((context, page))
        return page

    yield open_page
    for context, page in opened:
        context.close()
        assert page.errors == [], page.errors


@pytest.fixture
def page(open_page):
    return open_page()


@pytest.fixture
def page_without_js(open_page):
    return open_page(javascript=False)


@pytest.fixture
def axe_source(node_tool):
    return node_tool(AXE)


@pytest.fixture
def check_axe(axe_source):
    """`check_axe(page, name)` runs axe-core on the page at phone and desktop width; none may find anything.

    `check_axe.checked` holds what was checked, so a journey can assert how many pages it covered.
    """

    def check(page, name):
        for width in (375, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            page.add_script_tag(path=str(axe_source))
            check.checked[f"{name} ({width})"] = page.evaluate(RUN_AXE)
        page.set_viewport_size({"width": 1280, "height": 900})

    check.checked = {}
    yield check
    assert {name: found for name, found in check.checked.items() if found} == {}
