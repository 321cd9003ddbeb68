"""Team rounds in the comparison with other networks: what a kartrekker shared, and nothing more.

A kartrekker opts a closed team round in (scans.comparison); the entry keeps only the team's mean
per dimension, the number of respondents and the three facts the comparison filters on. Opting
out deletes the entry, and deleting the round (the network, or the retention period) deletes it
too. Demo entries (`is_demo`) have no round: `manage.py load_demo_comparison --verwijder` removes them.
"""

from django.db import models
from django.utils import timezone

from tools.choices import Province, Setting


class ComparisonEntry(models.Model):
    scan = models.ForeignKey("scans.ScanPage", on_delete=models.CASCADE, related_name="comparison_entries")
    round = models.OneToOneField(
        "scans.TeamRound", on_delete=models.CASCADE, null=True, blank=True, related_name="comparison"
    )
    team = models.CharField(max_length=64, db_index=True)  # a network counts once: its latest entry per scan
    phase = models.PositiveSmallIntegerField("fase", choices=[(n, f"Fase {n}") for n in range(1, 5)])
    setting = models.CharField("omgeving", max_length=10, choices=Setting.choices)
    province = models.CharField("provincie", max_length=20, choices=Province.choices)
    respondents = models.PositiveSmallIntegerField("aantal deelnemers")
    scores = models.JSONField()  # dimension id → the team's mean (1–5), as the round's results showed it
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["team", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(round__isnull=False) | models.Q(is_demo=True), name="comparison_has_a_round"
            )
        ]
        verbose_name = "teamronde in de vergelijking"
        verbose_name_plural = "teamrondes in de vergelijking"

    def __str__(self):
        return f"Vergelijking {self.scan_id} ({self.created_at:%d-%m-%Y})"
