"""Where a network stands on each step of the roadmap, and how that changed.

`StepStatus` is the current state of one step for one network; every change also writes a
`StepStatusChange`, which keeps the step's title, so the history stays readable when an editor
renames, unpublishes or deletes the step. Steps without a status are "nog niet begonnen".
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from .network import Network


class Status(models.TextChoices):
    NOT_STARTED = "nog-niet", "Nog niet begonnen"
    IN_PROGRESS = "bezig", "Bezig"
    DONE = "afgerond", "Afgerond"
    SKIPPED = "overslaan", "Slaan we over"


# Steps with these statuses need no more work: the next step to take is the first step without one.
FINISHED = {Status.DONE, Status.SKIPPED}


class StepStatus(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="step_statuses")
    step = models.ForeignKey("phases.StepPage", on_delete=models.CASCADE, related_name="+")
    status = models.CharField("status", max_length=12, choices=Status.choices, default=Status.NOT_STARTED)
    note = models.CharField("notitie", max_length=500, blank=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    changed_by_name = models.CharField(max_length=120, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["network", "step"], name="one_status_per_step")]
        verbose_name = "status van een stap"
        verbose_name_plural = "statussen van stappen"

    def __str__(self):
        return self.get_status_display()


class StepStatusChange(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="step_changes")
    step = models.ForeignKey("phases.StepPage", null=True, on_delete=models.SET_NULL, related_name="+")
    step_title = models.CharField(max_length=255)
    status = models.CharField("status", max_length=12, choices=Status.choices)
    note = models.CharField("notitie", max_length=500, blank=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    changed_by_name = models.CharField(max_length=120, blank=True)
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = "wijziging van een stap"
        verbose_name_plural = "wijzigingen van stappen"

    def __str__(self):
        return f"{self.step_title}: {self.get_status_display()}"
