"""A visitor shares a story in the browser, on a phone, and an editor finds it waiting in the admin."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from playwright.sync_api import expect

from tests.pages import moderation_workflow
from tools.models import PracticeStoryPage

pytestmark = pytest.mark.browser


@pytest.fixture
def quick_form(settings, site):
    settings.STORY_FORM_MIN_SECONDS = 1  # a browser fills the form faster than a person
    cache.clear()
    moderation_workflow()


def fill_in_story(page):
    page.get_by_label("Naam van het netwerk of initiatief").fill("Zorgzaam Ter Apel")
    summary = "Bewoners en zorgverleners houden samen oog voor elkaar."
    page.get_by_label("Het netwerk in één of twee zinnen").fill(summary)
    page.get_by_label("Plaats, wijk of dorpen").fill("Ter Apel")
    page.get_by_label("Provincie").select_option(label="Groningen")
    page.get_by_label("Dorp", exact=True).check()
    page.get_by_label("Startjaar").fill("2021")
    page.get_by_label("Wie nam het initiatief?").fill("De dorpsondersteuner")
    page.get_by_label("Voor wie is het netwerk er?").fill("Alle inwoners van het dorp")
    page.get_by_label("Wie doen er mee?").fill("Huisarts, wijkverpleging, welzijn en de dorpsraad")
    page.get_by_label("Wat werkte goed?").fill("Een vaste inloop in het dorpshuis op dinsdag.")
    page.get_by_label("Wat werkte niet, of wat zou je anders doen?").fill("We begonnen met te veel thema's tegelijk.")
    page.get_by_label(re.compile(r"^Fase 1:")).check()
    page.get_by_role("group", name="Welke rollen spelen een hoofdrol?").get_by_role("checkbox").first.check()
    page.get_by_role("group", name="Waar werkt het netwerk aan?").get_by_role("checkbox").first.check()
    page.get_by_label("Jouw e-mailadres").fill("dorpsondersteuner@ter-apel.example")


def test_a_visitor_shares_a_story_on_a_phone_and_an_editor_finds_it_in_the_tasks(site, open_page, quick_form):
    phone = open_page(width=375, height=800)
    phone.missing_on_purpose.add(site + "/praktijkverhalen/delen/")  # a form with errors answers 400
    phone.goto(site + "/praktijkverhalen/")
    phone.get_by_role("link", name="Deel jouw praktijkverhaal").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Deel jouw praktijkverhaal")

    fill_in_story(phone)
    phone.get_by_role("button", name=re.compile("Verstuur mijn verhaal")).click()
    # The consent box was left empty: the form comes back with everything still filled in.
    expect(phone.get_by_role("alert")).to_contain_text("Je verhaal is nog niet verstuurd")
    expect(phone.get_by_label("Naam van het netwerk of initiatief")).to_have_value("Zorgzaam Ter Apel")
    expect(phone.get_by_label("Wat werkte goed?")).to_have_value("Een vaste inloop in het dorpshuis op dinsdag.")
    phone.get_by_role("alert").get_by_role("link", name=re.compile("De redactie mag")).click()
    phone.get_by_label(re.compile("De redactie mag dit verhaal")).check()
    phone.wait_for_timeout(1100)
    phone.get_by_role("button", name=re.compile("Verstuur mijn verhaal")).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Bedankt, je verhaal is binnen")

    story = PracticeStoryPage.objects.get(title="Zorgzaam Ter Apel")
    assert not story.live
    get_user_model().objects.create_superuser("redactie", "redactie@toolbox.example", "een-lang-wachtwoord")
    editor = open_page()
    editor.goto(site + "/admin/login/")
    editor.get_by_label("Gebruikersnaam").fill("redactie")
    editor.get_by_label("Wachtwoord").fill("een-lang-wachtwoord")
    editor.get_by_role("button", name=re.compile("Inloggen", re.IGNORECASE)).click()
    editor.get_by_role("link", name="Zorgzaam Ter Apel").first.click()
    expect(editor.get_by_role("link", name="dorpsondersteuner@ter-apel.example")).to_be_visible()
