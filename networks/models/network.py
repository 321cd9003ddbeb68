"""A network's workspace and who is in it.

A network is reached by a random key in its address (`/netwerk/<key>/`), but the key is never
the protection: every view checks that the signed-in user is a member, and with which role
(networks.access).
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from tools.choices import Province, Setting

# The network size the sources advise: about 5,000 to 10,000 residents. Far outside it (below
# the first or above the second number) the workspace says so.
ADVISED_RESIDENTS = (5_000, 10_000)
FAR_OUTSIDE = (2_500, 20_000)


def new_key():
    return secrets.token_urlsafe(12)


class WorkspaceRole(models.TextChoices):
    """What a member may do. Each role may do everything the roles below it may."""

    KARTREKKER = "kartrekker", "Kartrekker"
    MEMBER = "lid", "Lid"
    READER = "meelezer", "Meelezer"

    @classmethod
    def rank(cls, role):
        return {cls.READER: 1, cls.MEMBER: 2, cls.KARTREKKER: 3}[role]

    @classmethod
    def descriptions(cls):
        return {
            cls.KARTREKKER: "Mag alles: gegevens aanpassen, leden uitnodigen en verwijderen, teamscans starten "
            "en het netwerk verwijderen.",
            cls.MEMBER: "Houdt de voortgang bij en past de partners aan.",
            cls.READER: "Kan alles lezen, maar niets veranderen.",
        }


class Network(models.Model):
    key = models.CharField(max_length=32, unique=True, default=new_key, editable=False)
    name = models.CharField(
        "naam van het netwerk", max_length=120, help_text="Bijvoorbeeld ‘Samen gezond in Oosterwolde’."
    )
    place = models.CharField(
        "plaats, wijk of dorpen", max_length=160, help_text="Bijvoorbeeld ‘Zwolle, wijk Holtenbroek’."
    )
    province = models.CharField("provincie", max_length=20, choices=Province.choices)
    setting = models.CharField("omgeving", max_length=10, choices=Setting.choices)
    residents = models.PositiveIntegerField(
        "aantal inwoners van het gebied",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5_000_000)],
        help_text="Ongeveer; leeg laten als je het nog niet weet.",
    )
    start_year = models.PositiveSmallIntegerField(
        "startjaar",
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text="Het jaar waarin jullie begonnen, of willen beginnen.",
    )
    current_phase = models.ForeignKey(
        "phases.PhasePage",
        verbose_name="huidige fase",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="In welke fase van het stappenplan staan jullie nu?",
    )
    created_at = models.DateTimeField("aangemaakt op", default=timezone.now)
    # The latest sign-in of any member: networks nobody signed in to for NETWORK_RETENTION_MONTHS
    # are deleted (manage.py delete_inactive_networks), after a warning a month before.
    last_active_at = models.DateTimeField("laatst gebruikt op", default=timezone.now, db_index=True)
    retention_warning_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "netwerk"
        verbose_name_plural = "netwerken"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("networks:overview", args=[self.key])

    def residents_advice(self):
        """Why the area may be too small or too large, or "" when it is near the advised size."""
        if self.residents is None:
            return ""
        low, high = ADVISED_RESIDENTS
        if self.residents < FAR_OUTSIDE[0]:
            return (
                f"Een gebied van ongeveer {low:,} tot {high:,} inwoners werkt volgens de ervaringen het best. "
                "Met minder inwoners zijn er vaak te weinig partners en vrijwilligers om het netwerk te dragen: "
                "overweeg samen te werken met een buurdorp of een aangrenzende wijk."
            ).replace(",", ".")
        if self.residents > FAR_OUTSIDE[1]:
            return (
                f"Een gebied van ongeveer {low:,} tot {high:,} inwoners werkt volgens de ervaringen het best. "
                "In een groter gebied kennen partners elkaar minder goed en verdwijnt de wijk uit beeld: "
                "overweeg te beginnen in één wijk of een paar dorpen."
            ).replace(",", ".")
        return ""


class Membership(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_memberships")
    name = models.CharField(
        "naam", max_length=120, help_text="Zo zien de andere leden van het netwerk je, bijvoorbeeld ‘Anna (POH)’."
    )
    workspace_role = models.CharField("rol in de netwerkplek", max_length=12, choices=WorkspaceRole.choices)
    role = models.ForeignKey(
        "tools.Role",
        verbose_name="rol in het netwerk",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Vanuit welke rol doe je mee?",
    )
    joined_at = models.DateTimeField("lid sinds", default=timezone.now)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["network", "user"], name="one_membership_per_user")]
        verbose_name = "lidmaatschap"
        verbose_name_plural = "lidmaatschappen"

    def __str__(self):
        return f"{self.name} ({self.get_workspace_role_display()})"

    def may(self, role):
        """Whether this member's role is `role` or above it."""
        return WorkspaceRole.rank(self.workspace_role) >= WorkspaceRole.rank(role)

    @property
    def is_kartrekker(self):
        return self.workspace_role == WorkspaceRole.KARTREKKER

    @property
    def can_edit(self):
        return self.may(WorkspaceRole.MEMBER)
