"""The samenwerkingsovereenkomst: a draft the network writes in sections, and the versions it adopted.

`Agreement` is the one draft of a network. "Vaststellen" copies it, with the partners and the
roles of that day, into an `AgreementVersion` whose `content` never changes again; editing the
draft afterwards and adopting it again makes the next version. Every version stays readable.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from networks.models import Network

# The sections of the guided form, in order: (slug in the address, title, field of the draft).
SECTIONS = [
    ("doel", "Doel en ambitie", "goal"),
    ("partners", "Partners en wat ieder inbrengt", "contributions"),
    ("rollen", "Rollen: kartrekker en regie", "roles"),
    ("overleg", "Hoe en hoe vaak we overleggen", "meetings"),
    ("geld", "Geld: wat het kost en wie betaalt", "money"),
    ("privacy", "Gegevens delen en privacy", "privacy"),
    ("evaluatie", "Hoe en wanneer we evalueren", "evaluation"),
    ("looptijd", "Looptijd en uittreden", "duration"),
]


class Agreement(models.Model):
    network = models.OneToOneField(Network, on_delete=models.CASCADE, related_name="agreement")
    goal = models.TextField("doel en ambitie", max_length=4000, blank=True)
    # Partner pk (as text) → what that partner brings in; partners without a line bring nothing written down yet.
    contributions = models.JSONField("wat ieder inbrengt", default=dict, blank=True)
    roles = models.TextField("rollen", max_length=4000, blank=True)
    meetings = models.TextField("overleg", max_length=4000, blank=True)
    money = models.TextField("geld", max_length=4000, blank=True)
    privacy = models.TextField("gegevens en privacy", max_length=4000, blank=True)
    evaluation = models.TextField("evaluatie", max_length=4000, blank=True)
    duration = models.TextField("looptijd en uittreden", max_length=4000, blank=True)
    updated_at = models.DateTimeField("gewijzigd op", default=timezone.now)
    updated_by_name = models.CharField(max_length=120, blank=True)

    class Meta:
        verbose_name = "samenwerkingsovereenkomst (concept)"
        verbose_name_plural = "samenwerkingsovereenkomsten (concept)"

    def __str__(self):
        return f"Samenwerkingsovereenkomst van {self.network}"


class AgreementVersion(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="agreement_versions")
    number = models.PositiveSmallIntegerField("versie")
    adopted_on = models.DateField("vastgesteld op", default=timezone.localdate)
    adopted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    adopted_by_name = models.CharField("vastgesteld door", max_length=120, blank=True)
    # Frozen on adoption: {"network": ..., "place": ..., "phase": ..., "sections": [{"slug", "title", "text"}],
    # "partners": [{"name", "role", "brings"}], "kartrekkers": [names]}.
    content = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["network", "number"], name="one_agreement_version_number")]
        verbose_name = "vastgestelde samenwerkingsovereenkomst"
        verbose_name_plural = "vastgestelde samenwerkingsovereenkomsten"

    def __str__(self):
        return f"Versie {self.number} van {self.adopted_on:%d-%m-%Y}"
