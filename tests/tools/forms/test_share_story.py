"""A visitor shares a practice story (tools/forms/share_story.py, tools/submissions.py): form, spam rules,
a draft in the moderation workflow, editors told."""

import time

import pytest
from django.contrib.auth.models import Group
from django.core import mail, signing
from wagtail.models import WorkflowPage, WorkflowState

from tests import factories
from tests.pages import moderation_workflow
from tools import submissions
from tools.models import PracticeStoryPage, StoryIndexPage, StorySubmission

pytestmark = pytest.mark.django_db

FORM_URL = "/praktijkverhalen/delen/"
THANKS_URL = "/praktijkverhalen/delen/bedankt/"
EMAIL = "kartrekker@dorpsnetwerk.example"


@pytest.fixture
def labels(phases, story_index):
    return {
        "roles": [factories.RoleFactory(name="Kartrekker"), factories.RoleFactory(name="Huisarts")],
        "themes": [factories.ThemeFactory(name="Eenzaamheid"), factories.ThemeFactory(name="Dementie")],
        "phases": phases,
    }


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        username="moderator", email="moderator@toolbox.example", password="geheim-wachtwoord"
    )
    moderation_workflow()  # as the migrations made it: a transactional test before this one flushed it
    user.groups.add(Group.objects.get(name="Moderatoren"))
    return user


def started(seconds_ago=60):
    return signing.dumps(time.time() - seconds_ago, salt=submissions.SIGNING_SALT)


def story_form(labels, **overrides):
    data = {
        "title": "Samen sterk in Oosterwolde",
        "summary": "Huisarts, buurtcoach en bewoners houden samen ouderen in het dorp in beeld.",
        "place": "Oosterwolde",
        "province": "friesland",
        "setting": "dorp",
        "start_year": "2019",
        "initiator": "De praktijkondersteuner",
        "target_group": "Ouderen die thuis wonen",
        "partners": "Huisartsenpraktijk, welzijn, thuiszorg en de dorpsraad",
        "partner_count": "6",
        "worked": "Elke maand een koffieochtend in het dorpshuis.\n\nEen vaste kartrekker.",
        "did_not_work": "Een gedeeld dossier kwam er niet: de systemen praten niet met elkaar.",
        "phase": str(labels["phases"][2].pk),
        "roles": [str(role.pk) for role in labels["roles"]],
        "themes": [str(labels["themes"][0].pk)],
        "contact_email": EMAIL,
        "consent": "on",
        "website": "",
        "started": started(),
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def test_the_form_asks_every_fact_in_dutch_and_says_what_happens_with_the_email(client, labels):
    response = client.get(FORM_URL)
    assert response.status_code == 200
    html = response.text
    for label in ["Naam van het netwerk", "Provincie", "Startjaar", "Wie nam het initiatief?", "Wat werkte goed?"]:
        assert label in html
    assert "Alleen de redactie ziet dit adres" in html
    assert 'name="website"' in html  # the honeypot, hidden from people
    assert 'name="started"' in html
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_form_names_itself_as_canonical_and_describes_itself(client, labels):
    html = client.get(FORM_URL).text
    assert f'<link rel="canonical" href="http://localhost{FORM_URL}">' in html
    assert '<meta name="description" content="Vertel andere wijknetwerken' in html
    assert '<meta property="og:description" content="Vertel andere wijknetwerken' in html


def test_the_stories_page_links_to_the_form(client, labels):
    assert f'href="{FORM_URL}"' in client.get("/praktijkverhalen/").text


def test_a_valid_story_becomes_a_draft_in_the_moderation_workflow(client, labels, moderator):
    response = client.post(FORM_URL, story_form(labels))

    assert response.status_code == 302
    assert response["Location"] == THANKS_URL
    story = PracticeStoryPage.objects.get(title="Samen sterk in Oosterwolde")
    assert not story.live
    assert story.get_parent().specific == StoryIndexPage.objects.get()
    assert story.province == "friesland"
    assert story.phase_reached == labels["phases"][2]
    assert set(story.roles.all()) == set(labels["roles"])
    assert list(story.themes.all()) == [labels["themes"][0]]
    assert story.partner_count == 6
    body = str(story.body)
    assert "koffieochtend" in body
    assert "systemen praten niet" in body
    assert story.revisions.count() == 1
    state = WorkflowState.objects.get(object_id=str(story.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Goedkeuring door moderatoren"


def test_the_moderators_get_an_email_and_see_the_story_in_their_tasks(client, labels, moderator):
    client.post(FORM_URL, story_form(labels))

    assert [message.to for message in mail.outbox] == [[moderator.email]]
    assert "Samen sterk in Oosterwolde" in mail.outbox[0].subject + mail.outbox[0].body
    client.force_login(moderator)
    dashboard = client.get("/admin/")
    assert "Samen sterk in Oosterwolde" in dashboard.text


def test_without_a_workflow_the_draft_waits_and_the_superusers_get_an_email(
    client, labels, django_user_model, django_capture_on_commit_callbacks
):
    WorkflowPage.objects.all().delete()
    django_user_model.objects.create_superuser("beheer", "beheer@toolbox.example", "geheim-wachtwoord")

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(FORM_URL, story_form(labels)).status_code == 302

    story = PracticeStoryPage.objects.get(title="Samen sterk in Oosterwolde")
    assert not story.live
    assert not WorkflowState.objects.exists()
    assert [message.to for message in mail.outbox] == [["beheer@toolbox.example"]]
    assert f"/admin/pages/{story.pk}/edit/" in mail.outbox[0].body


def test_the_contact_address_is_kept_for_editors_only(client, admin_client, labels, moderator):
    client.post(FORM_URL, story_form(labels))
    story = PracticeStoryPage.objects.get(title="Samen sterk in Oosterwolde")

    submission = StorySubmission.objects.get(page=story)
    assert submission.contact_email == EMAIL
    assert submission.answers["Wat werkte goed?"].startswith("Elke maand")
    assert submission.answers["Welke rollen spelen een hoofdrol?"] == "Huisarts, Kartrekker"
    assert EMAIL not in str(story.get_latest_revision().content)
    assert EMAIL in admin_client.get(f"/admin/pages/{story.pk}/edit/").text

    story.get_latest_revision().publish()
    client.logout()
    page = client.get(story.url)
    assert page.status_code == 200
    assert EMAIL not in page.text
    assert "koffieochtend" in page.text


def test_an_editor_made_story_has_no_submission_panel(admin_client, labels):
    story = factories.PracticeStoryPageFactory(phase_reached=labels["phases"][0])
    html = admin_client.get(f"/admin/pages/{story.pk}/edit/").text
    assert "Ingezonden door een bezoeker" not in html


def test_an_approved_story_is_published_and_found_in_the_finder(client, labels, moderator):
    client.post(FORM_URL, story_form(labels))
    story = PracticeStoryPage.objects.get(title="Samen sterk in Oosterwolde")
    assert client.get(story.url).status_code == 404
    assert "Samen sterk in Oosterwolde" not in client.get("/praktijkverhalen/").text

    story.current_workflow_task_state.approve(user=moderator)

    story.refresh_from_db()
    assert story.live
    assert client.get(story.url).status_code == 200
    assert "Samen sterk in Oosterwolde" in client.get("/praktijkverhalen/?provincie=friesland").text


def test_the_thanks_page_says_what_happens_next(client, labels):
    response = client.get(THANKS_URL)
    assert response.status_code == 200
    assert "Bedankt, je verhaal is binnen" in response.text


def test_markup_in_a_story_is_shown_as_text(client, labels):
    client.post(FORM_URL, story_form(labels, worked='<script>alert("x")</script> & <b>vet</b>'))
    story = PracticeStoryPage.objects.get(title="Samen sterk in Oosterwolde")
    body = str(story.body)
    assert "<script>" not in body
    assert "&lt;script&gt;" in body


def test_two_stories_with_one_name_get_their_own_address(client, labels):
    client.post(FORM_URL, story_form(labels))
    client.post(FORM_URL, story_form(labels))
    slugs = sorted(PracticeStoryPage.objects.values_list("slug", flat=True))
    assert slugs == ["samen-sterk-in-oosterwolde", "samen-sterk-in-oosterwolde-2"]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"title": ""}, "title", "Geef het netwerk een naam."),
        ({"contact_email": "geen-adres"}, "contact_email", "Dit lijkt geen e-mailadres"),
        ({"start_year": "vorig jaar"}, "start_year", "in cijfers"),
        ({"start_year": "2999"}, "start_year", "niet in de toekomst"),
        ({"start_year": "1850"}, "start_year", "niet vóór 1990"),
        ({"province": "atlantis"}, "province", "Kies een provincie uit de lijst."),
        ({"roles": []}, "roles", "Kies minstens één rol."),
        ({"roles": ["999999"]}, "roles", "bestaat niet"),
        ({"themes": ["abc"]}, "themes", "bestaat niet"),
        ({"phase": "abc"}, "phase", "bestaat niet"),
        ({"worked": "x" * 5001}, "worked", "hoogstens 5000 tekens"),
        ({"partners": "x" * 2001}, "partners", "hoogstens 2000 tekens"),
        ({"place": "x" * 161}, "place", "hoogstens 160 tekens"),
        ({"partner_count": "veel"}, "partner_count", "in cijfers"),
        ({"consent": None}, "consent", "Zet een vinkje"),
    ],
)
def test_bad_input_gets_a_dutch_message_and_keeps_what_was_typed(client, labels, overrides, field, message):
    response = client.post(FORM_URL, story_form(labels, **overrides))

    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert "Je verhaal is nog niet verstuurd" in response.text
    assert "Oosterwolde" in response.text  # what was typed is still in the form
    assert not PracticeStoryPage.objects.exists()


def test_a_filled_honeypot_is_refused(client, labels):
    response = client.post(FORM_URL, story_form(labels, website="https://goedkope-pillen.example"))
    assert response.status_code == 400
    assert "Laat dit veld leeg" in response.text
    assert not PracticeStoryPage.objects.exists()


@pytest.mark.parametrize("sent_started", ["now", "forged", None])
def test_a_form_sent_back_too_soon_or_without_a_valid_start_is_refused_but_kept(client, labels, sent_started):
    value = {"now": started(seconds_ago=0), "forged": "1700000000:abc", None: None}[sent_started]
    response = client.post(FORM_URL, story_form(labels, started=value))

    assert response.status_code == 400
    assert "Dat ging wel erg snel" in response.text
    assert "Oosterwolde" in response.text
    assert not PracticeStoryPage.objects.exists()
    # The form now carries a new start: sent again after a while, it is taken.
    fresh = signing.loads(response.context["form"].data["started"], salt=submissions.SIGNING_SALT)
    assert time.time() - fresh < 5


def test_one_address_may_send_a_few_stories_an_hour(client, labels, settings):
    settings.STORY_SUBMISSIONS_PER_HOUR = 2
    for _ in range(2):
        assert client.post(FORM_URL, story_form(labels)).status_code == 302

    response = client.post(FORM_URL, story_form(labels, title="Nog een verhaal"))
    assert response.status_code == 429
    assert "Even wachten" in response.text
    assert "Nog een verhaal" in response.text
    assert PracticeStoryPage.objects.count() == 2
    other_address = client.post(FORM_URL, story_form(labels), REMOTE_ADDR="192.0.2.7")
    assert other_address.status_code == 302


@pytest.mark.parametrize(
    "query",
    ["?roles=1&roles=%00", "?a=" + "x" * 3000],
)
def test_odd_requests_never_break_the_form(client, labels, query):
    assert client.get(FORM_URL + query).status_code == 200
    assert client.put(FORM_URL).status_code == 405
    assert client.post(FORM_URL, {"roles": "\x00", "started": "\x00"}).status_code == 400
