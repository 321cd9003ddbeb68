"""Team scans that belong to a network: the team of rounds a kartrekker started from the workspace."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from .network import Network


class NetworkTeam(models.Model):
    """Ties a scan team (scans.TeamRound.team, shared by all its rounds) to a network.

    Rounds started later from the team's results page keep the same team, so they belong to the
    network too. Deleting the network deletes the team's rounds and answers (networks.deletion).
    """

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="teams")
    scan = models.ForeignKey("scans.ScanPage", on_delete=models.CASCADE, related_name="+")
    team = models.CharField(max_length=64, unique=True)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        verbose_name = "teamscan van een netwerk"
        verbose_name_plural = "teamscans van netwerken"

    def __str__(self):
        return f"{self.scan_id} ({self.network})"
