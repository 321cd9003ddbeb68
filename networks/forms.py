"""The workspace's forms. Every message a visitor can see is Dutch; a form that fails keeps what was typed."""

from django import forms
from django.db.models import Q
from django.utils import timezone

from phases.models import PhasePage
from scans.models import ScanPage
from tools.models import Role

from .models import Membership, Network, Partner, WorkspaceRole
from .models.progress import Status

REQUIRED = {"required": "Vul dit in."}
CHOOSE = {"required": "Maak een keuze.", "invalid_choice": "Kies een van de mogelijkheden."}


def role_field(label="Rol in het netwerk", help_text="", required=True):
    return forms.ModelChoiceField(
        label=label,
        queryset=Role.objects.all(),
        required=required,
        empty_label="Kies een rol",
        help_text=help_text,
        error_messages={**CHOOSE, "required": "Kies een rol."},
    )


class NetworkForm(forms.ModelForm):
    class Meta:
        model = Network
        fields = ["name", "place", "province", "setting", "residents", "start_year", "current_phase"]
        widgets = {"setting": forms.RadioSelect}
        error_messages = {
            "name": {**REQUIRED, "max_length": "Gebruik hoogstens %(limit_value)d tekens."},
            "place": {**REQUIRED, "max_length": "Gebruik hoogstens %(limit_value)d tekens."},
            "province": {**CHOOSE, "required": "Kies een provincie."},
            "setting": CHOOSE,
            "residents": {
                "invalid": "Vul een heel getal in, zonder punten, bijvoorbeeld 7500.",
                "min_value": "Vul een aantal van minstens 1 in.",
                "max_value": "Dat is meer inwoners dan een gebied voor een wijknetwerk kan hebben.",
            },
            "start_year": {
                **REQUIRED,
                "invalid": "Vul een jaartal in, bijvoorbeeld 2026.",
                "min_value": "Vul een jaartal vanaf 1990 in.",
                "max_value": "Vul een jaartal tot en met 2100 in.",
            },
            "current_phase": CHOOSE,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", "Kies een provincie"), *self.fields["province"].choices[1:]]
        self.fields["current_phase"].queryset = PhasePage.objects.live().public().order_by("number")
        self.fields["current_phase"].empty_label = "Weet ik nog niet"
        self.fields["current_phase"].label_from_instance = lambda phase: f"Fase {phase.number}: {phase.short_name}"
        if not self.instance.pk:
            self.fields["start_year"].initial = timezone.localdate().year
        self.fields["residents"].widget.attrs.update(inputmode="numeric")


class CreateNetworkForm(NetworkForm):
    """A new network, and how its creator, its first kartrekker, appears in it."""

    member_name = forms.CharField(
        label="Jouw naam",
        max_length=120,
        help_text="Zo zien de andere leden je, bijvoorbeeld ‘Anna de Vries (POH)’.",
        error_messages={**REQUIRED, "max_length": "Gebruik hoogstens %(limit_value)d tekens."},
    )
    member_role = role_field(help_text="Vanuit welke rol doe je mee in het netwerk?")


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label="E-mailadres",
        help_text="De uitnodiging is alleen met dit e-mailadres te gebruiken en verloopt na 14 dagen.",
        error_messages={**REQUIRED, "invalid": "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."},
    )
    workspace_role = forms.ChoiceField(
        label="Rol in de netwerkplek",
        choices=WorkspaceRole.choices,
        initial=WorkspaceRole.MEMBER,
        widget=forms.RadioSelect,
        error_messages=CHOOSE,
    )

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = network
        descriptions = WorkspaceRole.descriptions()
        self.fields["workspace_role"].choices = [
            (value, f"{label}: {descriptions[value]}") for value, label in WorkspaceRole.choices
        ]

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        members = self.network.memberships.filter(
            Q(user__email__iexact=email) | Q(user__emailaddress__email__iexact=email)
        )
        if members.exists():
            raise forms.ValidationError("Iemand met dit e-mailadres is al lid van het netwerk.")
        return email


class AcceptInvitationForm(forms.Form):
    name = forms.CharField(
        label="Jouw naam",
        max_length=120,
        help_text="Zo zien de andere leden je, bijvoorbeeld ‘Jeroen (wijkverpleegkundige)’.",
        error_messages={**REQUIRED, "max_length": "Gebruik hoogstens %(limit_value)d tekens."},
    )
    role = role_field(help_text="Vanuit welke rol doe je mee in het netwerk?")


class MemberForm(forms.ModelForm):
    """A member's own name and role in the network."""

    class Meta:
        model = Membership
        fields = ["name", "role"]
        error_messages = {"name": {**REQUIRED, "max_length": "Gebruik hoogstens %(limit_value)d tekens."}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"] = role_field()


class WorkspaceRoleForm(forms.Form):
    workspace_role = forms.ChoiceField(
        label="Rol in de netwerkplek", choices=WorkspaceRole.choices, error_messages=CHOOSE
    )


class StepStatusForm(forms.Form):
    status = forms.ChoiceField(label="Status", choices=Status.choices, widget=forms.RadioSelect, error_messages=CHOOSE)
    note = forms.CharField(
        label="Notitie",
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Niet verplicht: wat is afgesproken, wie pakt het op? Hoogstens 500 tekens.",
        error_messages={"max_length": "Gebruik hoogstens %(limit_value)d tekens (nu %(show_value)d)."},
    )


class PartnerForm(forms.ModelForm):
    class Meta:
        model = Partner
        fields = ["name", "role", "contact_name"]
        error_messages = {
            "name": {**REQUIRED, "max_length": "Gebruik hoogstens %(limit_value)d tekens."},
            "contact_name": {"max_length": "Gebruik hoogstens %(limit_value)d tekens."},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"] = role_field(label="Rol", help_text="Welke rol heeft deze partner in het netwerk?")


class StartRoundForm(forms.Form):
    scan = forms.ModelChoiceField(
        label="Welke scan?",
        queryset=ScanPage.objects.none(),
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages=CHOOSE,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scan"].queryset = ScanPage.objects.live().public().order_by("path")


class ConfirmForm(forms.Form):
    confirm = forms.BooleanField(label="", error_messages={"required": "Vink aan dat je het zeker weet."})

    def __init__(self, *args, label, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm"].label = label
