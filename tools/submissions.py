""" "Deel jouw praktijkverhaal": the public form that turns a visitor's story into a draft for review.

A valid form becomes a draft PracticeStoryPage under the stories index with a StorySubmission
beside it (the contact address, and every answer as sent), and is submitted to the page's
moderation workflow, whose task e-mails the moderators. Nothing is published by a visitor.

Spam is kept out without outside services: a honeypot field that people do not see, a signed
start time that must lie at least STORY_FORM_MIN_SECONDS in the past, and a limit per address
(STORY_SUBMISSIONS_PER_HOUR). Each of these answers with the form as it was sent, so a person
who trips one loses nothing.
"""

import logging
import time

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import send_mail
from django.core.validators import MaxValueValidator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import linebreaks
from django.utils.text import slugify

from phases.models import PhasePage

from .choices import Province, Setting
from .models import PracticeStoryPage, Role, StorySubmission, Theme

logger = logging.getLogger(__name__)

SIGNING_SALT = "tools.submissions.started"
HONEYPOT = "website"
SUBMITTER = "Ingezonden via de site"


def story_limit(name):
    """The longest text the story page's field `name` takes: the form asks no more than the page keeps."""
    return PracticeStoryPage._meta.get_field(name).max_length


class ShareStoryForm(forms.Form):
    """What a network tells about itself; the labels speak to the visitor, the help says why."""

    title = forms.CharField(
        label="Naam van het netwerk of initiatief",
        max_length=200,  # shorter than a page title may be: it also makes the page's address
        help_text="Bijvoorbeeld ‘Samen gezond in Oosterwolde’.",
    )
    summary = forms.CharField(
        label="Het netwerk in één of twee zinnen",
        max_length=story_limit("summary"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Wat doen jullie en voor wie? Dit komt bovenaan het verhaal. "
        f"Hoogstens {story_limit('summary')} tekens.",
    )
    place = forms.CharField(
        label="Plaats, wijk of dorpen",
        max_length=story_limit("place"),
        help_text="Bijvoorbeeld ‘Zwolle, wijk Holtenbroek’.",
    )
    province = forms.ChoiceField(label="Provincie", choices=[("", "Kies een provincie"), *Province.choices])
    setting = forms.ChoiceField(label="Omgeving", choices=Setting.choices, widget=forms.RadioSelect)
    start_year = forms.IntegerField(label="Startjaar", min_value=1990, help_text="Het jaar waarin jullie begonnen.")
    initiator = forms.CharField(
        label="Wie nam het initiatief?",
        max_length=story_limit("initiator"),
        help_text="Bijvoorbeeld ‘de praktijkondersteuner en de buurtcoach’.",
    )
    target_group = forms.CharField(
        label="Voor wie is het netwerk er?",
        max_length=story_limit("target_group"),
        help_text="Bijvoorbeeld ‘ouderen die thuis wonen’.",
    )
    partners = forms.CharField(
        label="Wie doen er mee?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text="De organisaties en mensen die meedoen, zoals huisartsen, welzijn, gemeente of bewoners.",
    )
    partner_count = forms.IntegerField(
        label="Ongeveer hoeveel partners?",
        required=False,
        min_value=1,
        max_value=999,
        help_text="Mag leeg blijven als je het niet weet.",
    )
    worked = forms.CharField(
        label="Wat werkte goed?",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        help_text="Wat hielp jullie verder? Denk aan mensen, afspraken, geld of een aanpak.",
    )
    did_not_work = forms.CharField(
        label="Wat werkte niet, of wat zou je anders doen?",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        help_text="Juist hiervan leren andere netwerken veel.",
    )
    phase = forms.ModelChoiceField(
        label="In welke fase van het stappenplan zit het netwerk nu?",
        queryset=PhasePage.objects.none(),
        empty_label=None,
        widget=forms.RadioSelect,
    )
    roles = forms.ModelMultipleChoiceField(
        label="Welke rollen spelen een hoofdrol?",
        queryset=Role.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Kies er één of meer.",
    )
    themes = forms.ModelMultipleChoiceField(
        label="Waar werkt het netwerk aan?",
        queryset=Theme.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Kies één of meer thema's.",
    )
    contact_email = forms.EmailField(
        label="Jouw e-mailadres",
        help_text="Alleen de redactie ziet dit adres, om vragen over je verhaal te stellen. "
        "We publiceren het nooit en sturen je geen nieuwsbrief.",
    )
    consent = forms.BooleanField(
        label="De redactie mag dit verhaal bewerken en op de site zetten.",
        error_messages={"required": "Zet een vinkje als de redactie je verhaal mag bewerken en publiceren."},
    )
    # Spam checks: a field people do not see, and the signed moment the form was shown.
    website = forms.CharField(label="Laat dit veld leeg", required=False)
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    # The form in the order a visitor fills it in, one fieldset a group (the template loops over these).
    fieldsets = [
        ("Over het netwerk", ["title", "summary", "place", "province", "setting", "start_year"]),
        ("Wie doen er mee", ["initiator", "target_group", "partners", "partner_count"]),
        ("Wat jullie leerden", ["worked", "did_not_work"]),
        ("Fase, rollen en thema's", ["phase", "roles", "themes"]),
        ("Contact met de redactie", ["contact_email", "consent"]),
    ]

    error_messages = {
        "title": "Geef het netwerk een naam.",
        "summary": "Vertel in één of twee zinnen wat het netwerk doet.",
        "place": "Vul de plaats, wijk of dorpen in.",
        "province": "Kies de provincie.",
        "setting": "Kies of het netwerk in een stad, een dorp of een regio werkt.",
        "start_year": "Vul het jaar in waarin het netwerk begon, bijvoorbeeld 2019.",
        "initiator": "Vul in wie het initiatief nam.",
        "target_group": "Vul in voor wie het netwerk er is.",
        "partners": "Vertel wie er meedoen.",
        "worked": "Vertel wat goed werkte.",
        "did_not_work": "Vertel wat niet werkte of wat je anders zou doen.",
        "phase": "Kies de fase waarin het netwerk nu zit.",
        "roles": "Kies minstens één rol.",
        "themes": "Kies minstens één thema.",
        "contact_email": "Vul je e-mailadres in, zodat de redactie je iets kan vragen.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phase"].queryset = PhasePage.objects.live().order_by("number")
        self.fields["phase"].label_from_instance = lambda phase: f"Fase {phase.number}: {phase.title}"
        this_year = timezone.localdate().year
        self.fields["start_year"].widget.attrs["max"] = this_year
        self.fields["start_year"].validators.append(
            MaxValueValidator(this_year, message="Het startjaar kan niet in de toekomst liggen.")
        )
        for name, message in self.error_messages.items():
            self.fields[name].error_messages["required"] = message
        self.fields["start_year"].error_messages.update(
            invalid="Vul het startjaar in cijfers in, bijvoorbeeld 2019.",
            min_value="Het startjaar ligt niet vóór 1990.",
            max_value="Het startjaar kan niet in de toekomst liggen.",
        )
        self.fields["contact_email"].error_messages["invalid"] = (
            "Dit lijkt geen e-mailadres. Controleer het, bijvoorbeeld naam@voorbeeld.nl."
        )
        self.fields["partner_count"].error_messages.update(
            invalid="Vul het aantal partners in cijfers in, of laat het leeg.",
            min_value="Vul een aantal van 1 of meer in, of laat het leeg.",
            max_value="Vul een aantal onder de 1000 in, of laat het leeg.",
        )
        for name in ("roles", "themes"):
            self.fields[name].error_messages["invalid_choice"] = "Deze keuze bestaat niet (meer). Kies opnieuw."
            self.fields[name].error_messages["invalid_pk_value"] = "Deze keuze bestaat niet (meer). Kies opnieuw."
        self.fields["phase"].error_messages["invalid_choice"] = "Deze fase bestaat niet (meer). Kies opnieuw."
        self.fields["province"].error_messages["invalid_choice"] = "Kies een provincie uit de lijst."
        self.fields["setting"].error_messages["invalid_choice"] = "Kies stad, dorp of regio."
        for field in self.fields.values():
            if getattr(field, "max_length", None):
                field.error_messages["max_length"] = (
                    f"Dit is te lang: hoogstens {field.max_length} tekens. Kort het wat in."
                )
        self.fields[HONEYPOT].widget.attrs.update(autocomplete="off", tabindex="-1")
        # A fresh start time each time the form is shown (also after an error), so a person who
        # corrects a field is never held up by the minimum fill time.
        self.sent_started = self.data.get("started", "")
        self.initial["started"] = signing.dumps(time.time(), salt=SIGNING_SALT)
        if self.is_bound:
            self.data = self.data.copy()
            self.data["started"] = self.initial["started"]

    def grouped_fields(self):
        """(legend, [bound field, ...]) per fieldset, for the template."""
        return [(legend, [self[name] for name in names]) for legend, names in self.fieldsets]

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(HONEYPOT):
            raise forms.ValidationError(
                "Het verborgen controleveld ‘Laat dit veld leeg’ is ingevuld. Maak het leeg en verstuur opnieuw.",
                code="honeypot",
            )
        return cleaned_data

    def sent_too_soon(self):
        """True when the form came back sooner than a person can fill it in, or without a valid start."""
        try:
            shown_at = signing.loads(self.sent_started or "", salt=SIGNING_SALT)
        except signing.BadSignature:
            return True
        return not isinstance(shown_at, int | float) or time.time() - shown_at < settings.STORY_FORM_MIN_SECONDS

    def answers(self):
        """Every answer as text under its Dutch label, for the editors' record of what came in."""
        answers = {}
        for name, value in self.cleaned_data.items():
            if name in (HONEYPOT, "started"):
                continue
            if isinstance(value, bool):
                text = "ja" if value else "nee"
            elif hasattr(value, "__iter__") and not isinstance(value, str):
                text = ", ".join(str(item) for item in value)
            else:
                text = "" if value is None else str(value)
            if name in ("province", "setting"):
                text = dict(self.fields[name].choices).get(value, text)
            answers[str(self.fields[name].label)] = text
        return answers


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
