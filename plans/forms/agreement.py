"""The forms of the guided samenwerkingsovereenkomst: one textarea per section, one per partner in section 2."""

from django import forms

from ..models import Agreement

CONTRIBUTION_LENGTH = 2000
TOO_LONG = {"max_length": "Gebruik hoogstens %(limit_value)d tekens (nu %(show_value)d)."}
PROPOSED_HELP = (
    "Voorstel, nog niet opgeslagen: de netwerkplek vulde dit alvast in met wat hij over jullie netwerk weet. "
    "Pas het aan; het staat pas in het concept als je opslaat."
)


class SectionForm(forms.Form):
    """The text of one section; empty is allowed (a draft may be half written)."""

    def __init__(self, *args, section, proposed=False, **kwargs):
        super().__init__(*args, **kwargs)
        limit = Agreement._meta.get_field(section.field).max_length
        self.fields["text"] = forms.CharField(
            label=section.title,
            required=False,
            max_length=limit,
            widget=forms.Textarea(attrs={"rows": 14, "class": "agreement-proposal"} if proposed else {"rows": 14}),
            help_text=PROPOSED_HELP if proposed else f"Hoogstens {limit} tekens.",
            error_messages=TOO_LONG,
        )


class ContributionsForm(forms.Form):
    """What each partner of the network brings in, one field per partner (kept by partner pk)."""

    def __init__(self, *args, partners, contributions, **kwargs):
        super().__init__(*args, **kwargs)
        self.partners = list(partners)
        for partner in self.partners:
            self.fields[self.field_name(partner)] = forms.CharField(
                label=f"Wat brengt {partner.name} in?",
                required=False,
                max_length=CONTRIBUTION_LENGTH,
                initial=contributions.get(str(partner.pk), ""),
                widget=forms.Textarea(attrs={"rows": 4}),
                help_text=(f"Rol: {partner.role.name}. " if partner.role else "")
                + f"Hoogstens {CONTRIBUTION_LENGTH} tekens.",
                error_messages=TOO_LONG,
            )

    @staticmethod
    def field_name(partner):
        return f"partner_{partner.pk}"

    def contributions(self):
        """Partner pk (as text) → what it brings, for the partners of today; empty lines are left out."""
        return {
            str(partner.pk): self.cleaned_data[self.field_name(partner)]
            for partner in self.partners
            if self.cleaned_data[self.field_name(partner)]
        }
