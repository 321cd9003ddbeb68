"""The forms a visitor fills in: one screen of statements, and a team member's optional role."""

from django import forms

from tools.choices import Province, Setting
from tools.models import Role

from .comparison import phase_choices
from .models.pages import DONT_KNOW, Ambition

NOT_SAYING = "Zeg ik liever niet"
AMBITION_QUESTION = "Waar zou jullie netwerk hier moeten staan?"
NO_AMBITION = "Geen antwoord"
AMBITION_HELP_ID = "gewenst-uitleg"  # the screen's explanation of the question, in templates/scans/answer.html


class StepForm(forms.Form):
    """The statements of one dimension: an answer each and a mark "hier wil ik over praten".

    Going forward every statement needs an answer ("weet ik niet" is one); going back keeps what
    was filled in without asking for the rest. In a team round the scan may also ask where the
    network should be (`ambition`: once for the dimension, or per statement); that is never
    required, so it has no "weet ik niet": leaving it empty is the answer "not given".
    """

    def __init__(self, dimension, scale, *args, require_all=True, ambition=Ambition.NONE, **kwargs):
        super().__init__(*args, **kwargs)
        self.dimension = dimension
        self.ambition = ambition
        scale_choices = [(str(value), label) for value, label in enumerate(scale, start=1)]
        choices = [*scale_choices, ("0", DONT_KNOW)]
        for statement in dimension["statements"]:
            self.fields[f"s-{statement['id']}"] = forms.TypedChoiceField(
                label=statement["text"],
                choices=choices,
                coerce=int,
                empty_value=None,
                required=require_all,
                widget=forms.RadioSelect,
                error_messages={
                    "required": "Kies een antwoord, of ‘weet ik niet’.",
                    "invalid_choice": "Kies een van de antwoorden die bij deze stelling staan.",
                },
            )
            self.fields[f"t-{statement['id']}"] = forms.BooleanField(label="Hier wil ik over praten", required=False)
            if ambition == Ambition.STATEMENT:
                self.fields[f"g-{statement['id']}"] = _ambition_field(
                    "Gewenst",
                    [("", "Geen keuze"), *scale_choices],
                    forms.Select(attrs={"aria-describedby": AMBITION_HELP_ID}),
                )
        if ambition == Ambition.DIMENSION:
            self.fields[f"g-{dimension['id']}"] = _ambition_field(
                AMBITION_QUESTION, [*scale_choices, ("", NO_AMBITION)], forms.RadioSelect
            )

    def _ambition_ids(self):
        """The ids this screen asks a wanted situation for: the dimension's, its statements' or none."""
        if self.ambition == Ambition.DIMENSION:
            return [self.dimension["id"]]
        if self.ambition == Ambition.STATEMENT:
            return [s["id"] for s in self.dimension["statements"]]
        return []

    @classmethod
    def initial_for(cls, dimension, answers, talk_about, ambitions=None):
        initial = {}
        for statement in dimension["statements"]:
            if statement["id"] in answers:
                initial[f"s-{statement['id']}"] = str(answers[statement["id"]])
            initial[f"t-{statement['id']}"] = statement["id"] in talk_about
        for key, value in (ambitions or {}).items():
            initial[f"g-{key}"] = str(value)  # fields this screen does not have ignore it
        return initial

    def statements(self):
        """(statement, answer field, talk field, wanted field or None) per statement, for the template."""
        return [
            (s, self[f"s-{s['id']}"], self[f"t-{s['id']}"], self._field_or_none(f"g-{s['id']}"))
            for s in self.dimension["statements"]
        ]

    def _field_or_none(self, name):
        return self[name] if name in self.fields else None

    def dimension_ambition(self):
        """The one wanted-situation question of the screen, when the scan asks it per dimension."""
        return self._field_or_none(f"g-{self.dimension['id']}")

    def valid_answers(self):
        """The answers that passed validation (also when others did not), and the marked statements."""
        self.is_valid()
        answers, talk = {}, []
        for statement in self.dimension["statements"]:
            value = self.cleaned_data.get(f"s-{statement['id']}")
            if value is not None:
                answers[statement["id"]] = value
            if self.cleaned_data.get(f"t-{statement['id']}"):
                talk.append(statement["id"])
        return answers, talk

    def valid_ambitions(self):
        """The wanted situations given on this screen (id → 1–5), or None when the screen asks none."""
        ids = self._ambition_ids()
        if not ids:
            return None
        self.is_valid()
        values = {key: self.cleaned_data.get(f"g-{key}") for key in ids}
        return {key: value for key, value in values.items() if value is not None}


def _ambition_field(label, choices, widget):
    return forms.TypedChoiceField(
        label=label,
        choices=choices,
        coerce=int,
        empty_value=None,
        required=False,
        widget=widget,
        error_messages={"invalid_choice": "Kies een van de antwoorden bij de gewenste situatie, of laat hem leeg."},
    )


class JoinForm(forms.Form):
    role = forms.ChoiceField(
        label="Vanuit welke rol doe je mee?",
        required=False,
        help_text="Zo ziet het team of bijvoorbeeld huisartsen en bewoners de samenwerking anders zien. "
        "Een rol telt pas mee als minstens drie mensen hem kiezen.",
        error_messages={"invalid_choice": "Kies een van de rollen uit de lijst, of ‘zeg ik liever niet’."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.roles = {role.slug: role for role in Role.objects.all()}
        self.fields["role"].choices = [("", NOT_SAYING)] + [(slug, role.name) for slug, role in self.roles.items()]

    def chosen_role(self):
        return self.roles.get(self.cleaned_data["role"])


class ComparisonForm(forms.Form):
    """The three facts a round joins the comparison with; other networks filter on them, never see them."""

    fase = forms.TypedChoiceField(
        label="In welke fase staat jullie netwerk?",
        coerce=int,
        error_messages={
            "required": "Kies de fase waarin jullie netwerk nu staat.",
            "invalid_choice": "Kies een van de vier fases uit de lijst.",
        },
    )
    omgeving = forms.ChoiceField(
        label="Omgeving",
        choices=[("", "Kies een omgeving"), *Setting.choices],
        error_messages={
            "required": "Kies de omgeving van jullie netwerk.",
            "invalid_choice": "Kies een omgeving uit de lijst.",
        },
    )
    provincie = forms.ChoiceField(
        label="Provincie",
        choices=[("", "Kies een provincie"), *Province.choices],
        error_messages={
            "required": "Kies de provincie van jullie netwerk.",
            "invalid_choice": "Kies een provincie uit de lijst.",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fase"].choices = [("", "Kies een fase"), *phase_choices()]

    def facts(self):
        """The keyword arguments of scans.comparison_entries.opt_in."""
        data = self.cleaned_data
        return {"phase": data["fase"], "setting": data["omgeving"], "province": data["provincie"]}
