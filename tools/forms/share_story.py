""" "Deel jouw praktijkverhaal": the public form in which a visitor tells a network's story.

Each field says in Dutch what to do when an answer is missing, wrong or too long (through
Django's `error_messages`). Two fields are for spam checks: a honeypot people do not see, and
the signed moment the form was shown (tools.submissions checks it). Turning a valid form into a
draft page is tools.submissions' job.
"""

from django import forms
from django.core.validators import MaxValueValidator
from django.utils import timezone

from phases.models import PhasePage

from ..choices import Province, Setting
from ..models import PracticeStoryPage, Role, Theme
from ..submissions import sent_too_soon, start_token

HONEYPOT = "website"

# Django fills in %(limit_value)d from the field's own limit.
TOO_LONG = "Dit is te lang: hoogstens %(limit_value)d tekens. Kort het wat in."
GONE = "Deze keuze bestaat niet (meer). Kies opnieuw."


def story_limit(name):
    """The longest text the story page's field `name` takes: the form asks no more than the page keeps."""
    return PracticeStoryPage._meta.get_field(name).max_length


class ShareStoryForm(forms.Form):
    """What a network tells about itself; the labels speak to the visitor, the help says why."""

    title = forms.CharField(
        label="Naam van het netwerk of initiatief",
        max_length=200,  # shorter than a page title may be: it also makes the page's address
        help_text="Bijvoorbeeld ‘Samen gezond in Oosterwolde’.",
        error_messages={"required": "Geef het netwerk een naam.", "max_length": TOO_LONG},
    )
    summary = forms.CharField(
        label="Het netwerk in één of twee zinnen",
        max_length=story_limit("summary"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Wat doen jullie en voor wie? Dit komt bovenaan het verhaal. "
        f"Hoogstens {story_limit('summary')} tekens.",
        error_messages={"required": "Vertel in één of twee zinnen wat het netwerk doet.", "max_length": TOO_LONG},
    )
    place = forms.CharField(
        label="Plaats, wijk of dorpen",
        max_length=story_limit("place"),
        help_text="Bijvoorbeeld ‘Zwolle, wijk Holtenbroek’.",
        error_messages={"required": "Vul de plaats, wijk of dorpen in.", "max_length": TOO_LONG},
    )
    province = forms.ChoiceField(
        label="Provincie",
        choices=[("", "Kies een provincie"), *Province.choices],
        error_messages={"required": "Kies de provincie.", "invalid_choice": "Kies een provincie uit de lijst."},
    )
    setting = forms.ChoiceField(
        label="Omgeving",
        choices=Setting.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Kies of het netwerk in een stad, een dorp of een regio werkt.",
            "invalid_choice": "Kies stad, dorp of regio.",
        },
    )
    start_year = forms.IntegerField(
        label="Startjaar",
        min_value=1990,  # the upper bound, this year, is set when the form is made
        help_text="Het jaar waarin jullie begonnen.",
        error_messages={
            "required": "Vul het jaar in waarin het netwerk begon, bijvoorbeeld 2019.",
            "invalid": "Vul het startjaar in cijfers in, bijvoorbeeld 2019.",
            "min_value": "Het startjaar ligt niet vóór 1990.",
            "max_value": "Het startjaar kan niet in de toekomst liggen.",
        },
    )
    initiator = forms.CharField(
        label="Wie nam het initiatief?",
        max_length=story_limit("initiator"),
        help_text="Bijvoorbeeld ‘de praktijkondersteuner en de buurtcoach’.",
        error_messages={"required": "Vul in wie het initiatief nam.", "max_length": TOO_LONG},
    )
    target_group = forms.CharField(
        label="Voor wie is het netwerk er?",
        max_length=story_limit("target_group"),
        help_text="Bijvoorbeeld ‘ouderen die thuis wonen’.",
        error_messages={"required": "Vul in voor wie het netwerk er is.", "max_length": TOO_LONG},
    )
    partners = forms.CharField(
        label="Wie doen er mee?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text="De organisaties en mensen die meedoen, zoals huisartsen, welzijn, gemeente of bewoners.",
        error_messages={"required": "Vertel wie er meedoen.", "max_length": TOO_LONG},
    )
    partner_count = forms.IntegerField(
        label="Ongeveer hoeveel partners?",
        required=False,
        min_value=1,
        max_value=999,
        help_text="Mag leeg blijven als je het niet weet.",
        error_messages={
            "invalid": "Vul het aantal partners in cijfers in, of laat het leeg.",
            "min_value": "Vul een aantal van 1 of meer in, of laat het leeg.",
            "max_value": "Vul een aantal onder de 1000 in, of laat het leeg.",
        },
    )
    worked = forms.CharField(
        label="Wat werkte goed?",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        help_text="Wat hielp jullie verder? Denk aan mensen, afspraken, geld of een aanpak.",
        error_messages={"required": "Vertel wat goed werkte.", "max_length": TOO_LONG},
    )
    did_not_work = forms.CharField(
        label="Wat werkte niet, of wat zou je anders doen?",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        help_text="Juist hiervan leren andere netwerken veel.",
        error_messages={"required": "Vertel wat niet werkte of wat je anders zou doen.", "max_length": TOO_LONG},
    )
    phase = forms.ModelChoiceField(
        label="In welke fase van het stappenplan zit het netwerk nu?",
        queryset=PhasePage.objects.none(),  # the live phases, chosen when the form is made
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Kies de fase waarin het netwerk nu zit.",
            "invalid_choice": "Deze fase bestaat niet (meer). Kies opnieuw.",
        },
    )
    roles = forms.ModelMultipleChoiceField(
        label="Welke rollen spelen een hoofdrol?",
        queryset=Role.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Kies er één of meer.",
        error_messages={"required": "Kies minstens één rol.", "invalid_choice": GONE, "invalid_pk_value": GONE},
    )
    themes = forms.ModelMultipleChoiceField(
        label="Waar werkt het netwerk aan?",
        queryset=Theme.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Kies één of meer thema's.",
        error_messages={"required": "Kies minstens één thema.", "invalid_choice": GONE, "invalid_pk_value": GONE},
    )
    contact_email = forms.EmailField(
        label="Jouw e-mailadres",
        help_text="Alleen de redactie ziet dit adres, om vragen over je verhaal te stellen. "
        "We publiceren het nooit en sturen je geen nieuwsbrief.",
        error_messages={
            "required": "Vul je e-mailadres in, zodat de redactie je iets kan vragen.",
            "invalid": "Dit lijkt geen e-mailadres. Controleer het, bijvoorbeeld naam@voorbeeld.nl.",
            "max_length": TOO_LONG,
        },
    )
    consent = forms.BooleanField(
        label="De redactie mag dit verhaal bewerken en op de site zetten.",
        error_messages={"required": "Zet een vinkje als de redactie je verhaal mag bewerken en publiceren."},
    )
    # Spam checks: a field people do not see, and the signed moment the form was shown.
    website = forms.CharField(
        label="Laat dit veld leeg",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    # The form in the order a visitor fills it in, one fieldset a group (the template loops over these).
    fieldsets = [
        ("Over het netwerk", ["title", "summary", "place", "province", "setting", "start_year"]),
        ("Wie doen er mee", ["initiator", "target_group", "partners", "partner_count"]),
        ("Wat jullie leerden", ["worked", "did_not_work"]),
        ("Fase, rollen en thema's", ["phase", "roles", "themes"]),
        ("Contact met de redactie", ["contact_email", "consent"]),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phase"].queryset = PhasePage.objects.live().order_by("number")
        self.fields["phase"].label_from_instance = lambda phase: f"Fase {phase.number}: {phase.title}"
        this_year = timezone.localdate().year
        self.fields["start_year"].widget.attrs["max"] = this_year
        self.fields["start_year"].validators.append(MaxValueValidator(this_year))
        # A fresh start time each time the form is shown (also after an error), so a person who
        # corrects a field is never held up by the minimum fill time.
        self.sent_started = self.data.get("started", "")
        self.initial["started"] = start_token()
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
        return sent_too_soon(self.sent_started)

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
