""" "Deel jouw praktijkverhaal" behind the form (tools.forms.share_story): a sent story becomes a draft.

A valid form becomes a draft PracticeStoryPage under the stories index with a StorySubmission
beside it (the contact address, and every answer as sent), and is submitted to the page's
moderation workflow, whose task e-mails the moderators. Nothing is published by a visitor.

Spam is kept out without outside services: a honeypot field that people do not see (the form
checks it), a signed start time that must lie at least STORY_FORM_MIN_SECONDS in the past
(`start_token`, `sent_too_soon`) and a limit per address (STORY_SUBMISSIONS_PER_HOUR, in the
view). Each of these answers with the form as it was sent, so a person who trips one loses nothing.
"""

import logging
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils.html import linebreaks
from django.utils.text import slugify

from .models import PracticeStoryPage, StorySubmission

logger = logging.getLogger(__name__)

SIGNING_SALT = "tools.submissions.started"
SUBMITTER = "Ingezonden via de site"


def start_token():
    """The signed moment the form is shown, which the form sends back in its hidden field."""
    return signing.dumps(time.time(), salt=SIGNING_SALT)


def sent_too_soon(token):
    """True when a form came back sooner than a person can fill it in, or without a valid start."""
    try:
        shown_at = signing.loads(token or "", salt=SIGNING_SALT)
    except signing.BadSignature:
        return True
    return not isinstance(shown_at, int | float) or time.time() - shown_at < settings.STORY_FORM_MIN_SECONDS


def _paragraphs(text):
    return linebreaks(text, autoescape=True)


def story_body(data):
    """The story's body from the two open answers: what worked and what did not, each under a heading."""
    return [
        ("heading", "Wat werkte"),
        ("paragraph", _paragraphs(data["worked"])),
        ("heading", "Wat werkte niet, of wat we anders zouden doen"),
        ("paragraph", _paragraphs(data["did_not_work"])),
    ]


def unique_slug(parent, title):
    base = slugify(title)[:70].strip("-") or "praktijkverhaal"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    return slug


@transaction.atomic
def create_draft_story(index_page, form):
    """A draft story under `index_page` from a valid form, submitted to its moderation workflow."""
    data = form.cleaned_data
    story = PracticeStoryPage(
        title=data["title"],
        slug=unique_slug(index_page, data["title"]),
        live=False,
        summary=data["summary"],
        place=data["place"],
        province=data["province"],
        setting=data["setting"],
        start_year=data["start_year"],
        initiator=data["initiator"],
        target_group=data["target_group"],
        partner_count=data["partner_count"],
        partner_kinds=data["partners"],
        phase_reached=data["phase"],
        body=story_body(data),
        maintained_by=SUBMITTER,
        source="Ingezonden via het formulier ‘Deel jouw praktijkverhaal’",
    )
    story.roles.set(data["roles"])
    story.themes.set(data["themes"])
    index_page.add_child(instance=story)
    story.save_revision(log_action=True)
    StorySubmission.objects.create(page=story, contact_email=data["contact_email"], answers=form.answers())
    workflow = story.get_workflow()
    if workflow is None:
        logger.warning("story %s was sent in, but no workflow applies: it waits as a draft", story.pk)
        transaction.on_commit(lambda: tell_superusers(story))
    else:
        # Wagtail's workflow task e-mails its moderators (and superusers) and lists it in their tasks.
        workflow.start(story, user=None)
    return story


def tell_superusers(story):
    """Without a workflow nobody is asked to review: the superusers hear of the draft by e-mail."""
    recipients = list(
        get_user_model()
        .objects.filter(is_superuser=True, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if not recipients:
        return
    edit_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[story.pk])
    send_mail(
        f"Nieuw praktijkverhaal ingestuurd: {story.title}",
        f"Via ‘Deel jouw praktijkverhaal’ kwam het verhaal ‘{story.title}’ binnen. Er hoort geen werkstroom "
        f"bij, dus het wacht als concept tot een redacteur het bekijkt en publiceert:\n\n{edit_url}\n",
        None,
        recipients,
    )
