"""The forms a visitor fills in: one screen of statements, and a team member's optional role."""

from django import forms

from tools.models import Role

from .models.pages import DONT_KNOW

NOT_SAYING = "Zeg ik liever niet"


class StepForm(forms.Form):
    """The statements of one dimension: an answer each and a mark "hier wil ik over praten".

    Going forward every statement needs an answer ("weet ik niet" is one); going back keeps what
    was filled in without asking for the rest.
    """

    def __init__(self, dimension, scale, *args, require_all=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.dimension = dimension
        choices = [(str(value), label) for value, label in enumerate(scale, start=1)] + [("0", DONT_KNOW)]
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

    @classmethod
    def initial_for(cls, dimension, answers, talk_about):
        initial = {}
        for statement in dimension["statements"]:
            if statement["id"] in answers:
                initial[f"s-{statement['id']}"] = str(answers[statement["id"]])
            initial[f"t-{statement['id']}"] = statement["id"] in talk_about
        return initial

    def statements(self):
        """(statement, answer field, talk field) per statement, for the template."""
        return [(s, self[f"s-{s['id']}"], self[f"t-{s['id']}"]) for s in self.dimension["statements"]]

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
