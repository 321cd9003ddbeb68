"""What an editor does in Wagtail's admin, in a real browser: a new tool from draft to the finder, and
an edited practice story that shows up in its history."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from scans.models import ScanPage
from tools.models import PracticeStoryPage, ToolIndexPage

pytestmark = pytest.mark.browser

TITLE = "Buurtwandeling met de wijkverpleegkundige"
FILTERS = "/toolbox/?fase=verdiepen&rol=wijkverpleegkundige&thema=valpreventie"


@pytest.fixture
def editor(site, open_page):
    """A browser tab of an editor who has logged in to /admin/."""
    get_user_model().objects.create_superuser("redacteur", "", "een-lang-wachtwoord")
    page = open_page()
    page.goto(site + "/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.get_by_label("Gebruikersnaam").fill("redacteur")
    page.get_by_label("Wachtwoord").fill("een-lang-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page).to_have_url(site + "/admin/")
    return page


# Wagtail autosaves the draft shortly after each change (the first autosave creates the page). An
# autosave still on its way when the editor presses a button loses the race and answers 400, as it
# does for a person who clicks that fast; an editor here waits until everything on screen is saved.
AUTOSAVED = """() => {
    const form = document.querySelector("form[data-edit-form]");
    const app = window.wagtail.app;
    const unsaved = app.getControllerForElementAndIdentifier(form, "w-unsaved");
    const autosave = app.getControllerForElementAndIdentifier(form, "w-autosave");
    return !autosave || (!autosave.submitPromise && unsaved.formData === unsaved.initialFormData);
}"""
WATCHING = """() => {
    const form = document.querySelector("form[data-edit-form]");
    return Boolean(window.wagtail.app.getControllerForElementAndIdentifier(form, "w-unsaved")?.initialFormData);
}"""


def _wait_for_autosave(editor):
    editor.wait_for_function(AUTOSAVED)


def _open_editor(editor, url):
    """Opens an edit form and waits, as a person does without noticing, until the form watches for
    changes: text typed before that counts as the form's starting point and is never autosaved."""
    editor.goto(url)
    editor.wait_for_function(WATCHING)


def _publish(editor):
    _wait_for_autosave(editor)
    editor.get_by_role("button", name="Meer acties").click()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Publiceren").click()
    errors = [
        f"{error.get_attribute('id')}: {error.inner_text().strip()}"
        for error in editor.locator("[data-field-errors]").all()
        if error.inner_text().strip()
    ]
    assert errors == []
    expect(editor.locator(".messages")).to_contain_text("gepubliceerd")


def _finder_titles(visitor, site, path):
    visitor.goto(site + path)
    return visitor.locator(".results .result__title").all_inner_texts()


def test_a_new_tool_is_a_hidden_draft_until_published_then_found_under_its_filters(site, editor, open_page):
    toolbox = ToolIndexPage.objects.get()
    _open_editor(editor, f"{site}/admin/pages/add/tools/toolpage/{toolbox.pk}/")
    editor.get_by_placeholder(re.compile("Paginatitel")).fill(TITLE)
    editor.get_by_label(re.compile(r"^Samenvatting\*?$")).fill(
        "Loop samen een ronde door de wijk en kijk waar ouderen kunnen vallen."
    )
    editor.get_by_label(re.compile("^Soort tool")).select_option(label="Werkvorm")
    for label in ["Netwerk verdiepen", "Wijkverpleegkundige en zorgprofessional", "Valpreventie"]:
        editor.get_by_label(label, exact=True).check()
    body = editor.locator("[data-contentpath=body]")
    body.get_by_role("button", name="Blok invoegen").click()
    editor.get_by_role("option", name="Alinea").click()
    paragraph = body.get_by_role("textbox")
    expect(paragraph).to_be_editable()
    paragraph.click()
    editor.keyboard.type("Spreek een ochtend af en neem een plattegrond mee.")  # Draftail listens to keys
    expect(body.locator("input[name='body-0-value']")).to_have_value(re.compile("plattegrond"))
    editor.get_by_label("Beheerd door").fill("Redactie Wijknetwerk Toolbox")
    checked = editor.get_by_label("Laatst gecontroleerd")
    checked.fill("2026-11-25")
    checked.press("Tab")

    _wait_for_autosave(editor)
    # The date picker may stay open over the save button (it reopens when the autosave redraws the
    # form); the click goes to the button itself, as a press of Enter on it would, whatever lies on top.
    editor.get_by_role("button", name="Bewaar concept").dispatch_event("click")
    expect(editor.locator(".messages")).to_contain_text("gewijzigd")  # the autosave made it; this saves it
    slug = toolbox.get_children().get(title=TITLE).slug  # made from the title by the admin
    visitor = open_page()
    visitor.missing_on_purpose.add(f"{site}/toolbox/{slug}/")
    assert visitor.goto(f"{site}/toolbox/{slug}/").status == 404
    assert TITLE not in _finder_titles(visitor, site, FILTERS)

    _publish(editor)
    assert visitor.goto(f"{site}/toolbox/{slug}/").status == 200
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    assert TITLE in _finder_titles(visitor, site, FILTERS)
    assert TITLE not in _finder_titles(visitor, site, "/toolbox/?thema=dementie")


def test_an_edited_practice_story_shows_the_change_and_its_revision_in_the_history(site, editor, open_page):
    story = PracticeStoryPage.objects.get(slug="proeftuin-ruwaard")
    revisions = story.revisions.count()
    _open_editor(editor, f"{site}/admin/pages/{story.pk}/edit/")
    summary = editor.get_by_label(re.compile(r"^Samenvatting\*?$"))
    summary.fill(summary.input_value() + " Sinds dit najaar doet ook de bibliotheek mee.")
    _publish(editor)
    assert story.revisions.count() == revisions + 1

    editor.goto(f"{site}/admin/pages/{story.pk}/history/")
    latest = editor.locator("table tbody tr").first
    expect(latest).to_contain_text("redacteur")
    expect(latest).to_contain_text(re.compile("Gepubliceerd", re.IGNORECASE))

    visitor = open_page()
    visitor.goto(f"{site}/praktijkverhalen/{story.slug}/")
    expect(visitor.locator("main")).to_contain_text("ook de bibliotheek mee")


def test_the_admins_widgets_work_under_a_policy_without_inline_scripts(site, editor):
    """Date pickers, choosers and inline panels are set up by admin-init.js (no inline script).

    Any blocked script would show as a console error and fail the test through `open_page`.
    """
    story = PracticeStoryPage.objects.get(slug="proeftuin-ruwaard")
    _open_editor(editor, f"{site}/admin/pages/{story.pk}/edit/")
    updates = story.status_updates.count()
    editor.get_by_role("button", name="Voeg update toe").click()
    date = editor.locator(f"#id_status_updates-{updates}-date")
    expect(date).to_be_visible()
    date.click()
    expect(editor.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    editor.locator(".xdsoft_datetimepicker:visible td.xdsoft_today").click()
    expect(date).to_have_value(re.compile(r"^\d{4}-\d{2}-\d{2}$"))
    editor.keyboard.press("Escape")

    editor.get_by_role("button", name=re.compile("^Kies een afbeelding")).click()
    dialog = editor.get_by_role("dialog")
    expect(dialog).to_contain_text("Kies een afbeelding")
    dialog.get_by_role("button", name="Sluit").click()
    expect(dialog).to_be_hidden()


ADMIN_PAGES = [
    "/admin/",
    "/admin/pages/{toolbox}/",
    "/admin/pages/{story}/edit/",
    "/admin/pages/{story}/history/",
    "/admin/pages/{story}/move/",
    "/admin/pages/{story}/copy/",
    "/admin/pages/{story}/delete/",
    "/admin/pages/add/tools/toolpage/{toolbox}/",
    "/admin/pages/{scan}/edit/",  # a page chooser and nested list blocks
    "/admin/images/",
    "/admin/images/multiple/add/",
    "/admin/documents/",
    "/admin/documents/multiple/add/",
    "/admin/snippets/",
    "/admin/workflows/add/",
    "/admin/workflows/tasks/index/",
    "/admin/users/",
    "/admin/groups/",
    "/admin/reports/locked/",
    "/admin/redirects/",
    "/admin/settings/home/sitesettings/",
]


def test_every_admin_screen_an_editor_uses_runs_without_inline_scripts(site, editor):
    toolbox = ToolIndexPage.objects.get()
    story = PracticeStoryPage.objects.get(slug="proeftuin-ruwaard")
    scan = ScanPage.objects.get(slug="kansrijke-samenwerking")
    for path in ADMIN_PAGES:
        response = editor.goto(site + path.format(toolbox=toolbox.pk, story=story.pk, scan=scan.pk))
        assert response.status == 200, path
        editor.wait_for_load_state("networkidle")
        assert editor.errors == [], path  # a blocked script is a console error
