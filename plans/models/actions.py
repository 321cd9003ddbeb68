"""The plan van aanpak: what the network will do, why, who does it, when, and how far it is.

An action may point at the step, the tool or the scan dimension it came from ("Zet in ons plan").
Who does it is a member or a partner of the network, or nobody yet; never both.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from networks.models import Membership, Network, Partner


class ActionStatus(models.TextChoices):
    OPEN = "open", "Open"
    BUSY = "bezig", "Bezig"
    DONE = "klaar", "Klaar"
    DROPPED = "vervallen", "Vervallen"


# Actions with these statuses need no more work: they are never overdue.
CLOSED = {ActionStatus.DONE, ActionStatus.DROPPED}


class ActionQuerySet(models.QuerySet):
    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.filter(due_date__lt=today).exclude(status__in=CLOSED)


class Action(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="actions")
    what = models.CharField("wat", max_length=200, help_text="Wat gaan jullie doen? Bijvoorbeeld ‘Wijkscan bespreken’.")
    why = models.TextField("waarom", max_length=1000, blank=True, help_text="Wat wil het netwerk ermee bereiken?")
    owner_member = models.ForeignKey(
        Membership, verbose_name="wie (lid)", null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    owner_partner = models.ForeignKey(
        Partner, verbose_name="wie (partner)", null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    due_date = models.DateField("wanneer klaar", null=True, blank=True)
    status = models.CharField("status", max_length=10, choices=ActionStatus.choices, default=ActionStatus.OPEN)
    step = models.ForeignKey(
        "phases.StepPage", verbose_name="stap", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    tool = models.ForeignKey(
        "tools.ToolPage", verbose_name="tool", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    scan = models.ForeignKey(
        "scans.ScanPage", verbose_name="scan", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A dimension is a block of the scan's StreamField: its id, and its title as it was (blocks can be renamed).
    dimension_id = models.CharField(max_length=64, blank=True)
    dimension_title = models.CharField("onderdeel van de scan", max_length=255, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField("toegevoegd op", default=timezone.now)
    updated_at = models.DateTimeField("gewijzigd op", default=timezone.now)
    # When the action became klaar or vervallen (for "Jaar in beeld"); empty while it is open or bezig.
    closed_at = models.DateTimeField("afgesloten op", null=True, blank=True, db_index=True)

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = [models.F("due_date").asc(nulls_last=True), "created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(owner_member__isnull=True) | Q(owner_partner__isnull=True), name="action_has_one_owner"
            )
        ]
        verbose_name = "actie"
        verbose_name_plural = "acties"

    def __str__(self):
        return self.what

    @property
    def owner(self):
        return self.owner_member or self.owner_partner

    @property
    def owner_name(self):
        return self.owner.name if self.owner else ""

    def is_overdue(self, today=None):
        return bool(self.due_date) and self.status not in CLOSED and self.due_date < (today or timezone.localdate())

    def set_status(self, status, now=None):
        """Change the status, keeping `closed_at` right (set on klaar or vervallen, cleared when reopened)."""
        now = now or timezone.now()
        if status in CLOSED and self.status not in CLOSED:
            self.closed_at = now
        elif status not in CLOSED:
            self.closed_at = None
        self.status = status
        self.updated_at = now
