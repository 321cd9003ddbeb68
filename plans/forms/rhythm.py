"""The forms of the yearly rhythm: the network's evaluation month, and a member's own reminder choice."""

from django import forms

from networks.forms import CHOOSE

from ..models import NetworkRhythm, ReminderPreference
from ..models.rhythm import MONTHS


class RhythmForm(forms.ModelForm):
    evaluation_month = forms.TypedChoiceField(
        label="Evaluatiemaand",
        choices=[("", "Kies een maand"), *MONTHS],
        coerce=int,
        help_text="In deze maand kijken jullie elk jaar samen terug en vooruit.",
        error_messages={**CHOOSE, "required": "Kies een maand."},
    )

    class Meta:
        model = NetworkRhythm
        fields = ["evaluation_month"]


class ReminderPreferenceForm(forms.ModelForm):
    class Meta:
        model = ReminderPreference
        fields = ["overdue_weekly"]
        labels = {"overdue_weekly": "Stuur mij elke week een e-mail als er acties van mij over hun datum zijn"}
