"""The yearly rhythm: the month a network evaluates, who wants which reminder, and what was sent.

`manage.py send_reminders` (plans.reminders) runs daily. Each e-mail it sends is written down
as a `SentReminder` with its period (the evaluation year, or the ISO week of an overdue list);
the unique constraint makes a second run on the same day, or the same week, send nothing again.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from networks.models import Membership, Network

MONTHS = [
    (1, "januari"),
    (2, "februari"),
    (3, "maart"),
    (4, "april"),
    (5, "mei"),
    (6, "juni"),
    (7, "juli"),
    (8, "augustus"),
    (9, "september"),
    (10, "oktober"),
    (11, "november"),
    (12, "december"),
]


class NetworkRhythm(models.Model):
    network = models.OneToOneField(Network, on_delete=models.CASCADE, related_name="rhythm")
    evaluation_month = models.PositiveSmallIntegerField(
        "evaluatiemaand",
        choices=MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text="In deze maand evalueren jullie elk jaar; dertig dagen ervoor krijgen de kartrekkers een e-mail.",
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "jaarritme"
        verbose_name_plural = "jaarritmes"

    def __str__(self):
        return f"Evaluatie in {self.get_evaluation_month_display()}"


class ReminderPreference(models.Model):
    """A member's own choice; without a row the weekly e-mail of overdue actions is on."""

    membership = models.OneToOneField(Membership, on_delete=models.CASCADE, related_name="reminder_preference")
    overdue_weekly = models.BooleanField(
        "wekelijkse e-mail over mijn verlopen acties",
        default=True,
        help_text="Eén keer per week, alleen als er acties van jou over hun datum zijn.",
    )

    class Meta:
        verbose_name = "herinneringsvoorkeur"
        verbose_name_plural = "herinneringsvoorkeuren"

    def __str__(self):
        return "aan" if self.overdue_weekly else "uit"


class ReminderKind(models.TextChoices):
    EVALUATION = "evaluatie", "Tijd voor de jaarlijkse evaluatie"
    OVERDUE = "achterstand", "Verlopen acties"


class SentReminder(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="sent_reminders")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="sent_reminders")
    kind = models.CharField(max_length=12, choices=ReminderKind.choices)
    # "2027" for the evaluation of 2027; "2026-W49" for the overdue list of ISO week 49 of 2026.
    period = models.CharField(max_length=10)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["membership", "kind", "period"], name="one_reminder_per_period")]
        verbose_name = "verstuurde herinnering"
        verbose_name_plural = "verstuurde herinneringen"

    def __str__(self):
        return f"{self.get_kind_display()} ({self.period})"
