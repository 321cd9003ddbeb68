"""What visitors answer: anonymous responses, team rounds, and the scan versions they answered.

Nothing here names a person: a response holds answers, an optional role and the statements its
author wants to talk about. Links carry 256 random bits (secrets.token_urlsafe(32)).
"""

import hashlib
import json
import secrets

from django.db import models
from django.utils import timezone


def new_token():
    return secrets.token_urlsafe(32)


class ScanVersion(models.Model):
    """A scan as it was asked: its dimensions and statements, frozen when someone answered it."""

    scan = models.ForeignKey("scans.ScanPage", on_delete=models.CASCADE, related_name="versions")
    digest = models.CharField(max_length=64)
    definition = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["scan", "digest"], name="unique_scan_version")]
        verbose_name = "versie van een zelfscan"
        verbose_name_plural = "versies van zelfscans"

    def __str__(self):
        return f"{self.definition.get('title', 'Zelfscan')} ({self.created_at:%d-%m-%Y})"

    @classmethod
    def current(cls, scan):
        definition = scan.definition()
        digest = hashlib.sha256(json.dumps(definition, sort_keys=True).encode()).hexdigest()
        version, _ = cls.objects.get_or_create(scan=scan, digest=digest, defaults={"definition": definition})
        return version

    @property
    def dimensions(self):
        return self.definition["dimensions"]

    def statements(self):
        """Statement id → (dimension, statement), in the order they were asked."""
        return {s["id"]: (d, s) for d in self.dimensions for s in d["statements"]}


class TeamRound(models.Model):
    """One round of a team's scan: members answer through one link, the kartrekker reads through another."""

    scan = models.ForeignKey("scans.ScanPage", on_delete=models.CASCADE, related_name="rounds")
    version = models.ForeignKey(ScanVersion, on_delete=models.CASCADE, related_name="rounds")
    team = models.CharField(max_length=64, default=new_token, db_index=True)  # shared by a team's rounds
    number = models.PositiveSmallIntegerField(default=1)
    answer_token = models.CharField(max_length=64, default=new_token, unique=True)
    results_token = models.CharField(max_length=64, default=new_token, unique=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["team", "number"]
        verbose_name = "teamronde"
        verbose_name_plural = "teamrondes"

    def __str__(self):
        return f"Ronde {self.number}"

    @property
    def is_open(self):
        return self.closed_at is None

    def close(self):
        if self.closed_at is None:
            self.closed_at = timezone.now()
            self.save(update_fields=["closed_at"])

    def team_rounds(self):
        """Every round of this team so far, oldest first (this one included)."""
        return TeamRound.objects.filter(team=self.team, number__lte=self.number).select_related("version")

    def start_next(self):
        """A new round of the same team on the scan as it is now; this round closes."""
        self.close()
        latest = TeamRound.objects.filter(team=self.team).order_by("-number").first()
        return TeamRound.objects.create(
            scan=self.scan, version=ScanVersion.current(self.scan), team=self.team, number=latest.number + 1
        )


class ScanResponse(models.Model):
    """One person's answers, alone (no round) or as a member of a team round."""

    version = models.ForeignKey(ScanVersion, on_delete=models.CASCADE, related_name="responses")
    round = models.ForeignKey(TeamRound, on_delete=models.CASCADE, null=True, blank=True, related_name="responses")
    token = models.CharField(max_length=64, default=new_token, unique=True)
    role = models.ForeignKey("tools.Role", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    answers = models.JSONField(default=dict)  # statement id → 1–5, or 0 for "weet ik niet"
    talk_about = models.JSONField(default=list)  # statement ids marked "hier wil ik over praten"
    # "Gewenste situatie" in a team round: dimension or statement id (as the scan asks) → 1–5
    ambitions = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "antwoorden op een zelfscan"
        verbose_name_plural = "antwoorden op zelfscans"

    def __str__(self):
        return f"Antwoorden van {self.created_at:%d-%m-%Y}"

    def save_step(self, dimension, answers, talk_about, ambitions=None):
        """Keep the answers to one dimension (replacing earlier ones), whatever the other steps hold.

        `ambitions` (the wanted situations given on the screen) replace those of the dimension and
        its statements; None means the screen asked none, so the ones stored stay as they are.
        """
        ids = {s["id"] for s in dimension["statements"]}
        self.answers = {k: v for k, v in self.answers.items() if k not in ids} | answers
        self.talk_about = [s for s in self.talk_about if s not in ids] + [s for s in talk_about if s in ids]
        fields = ["answers", "talk_about", "updated_at"]
        if ambitions is not None:
            ids.add(dimension["id"])
            self.ambitions = {k: v for k, v in self.ambitions.items() if k not in ids} | {
                k: v for k, v in ambitions.items() if k in ids
            }
            fields.append("ambitions")
        self.save(update_fields=fields)
