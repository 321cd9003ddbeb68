"""A network's plan van aanpak, samenwerkingsovereenkomst and yearly rhythm, and the export templates."""

from .actions import Action, ActionStatus
from .agreement import Agreement, AgreementVersion
from .rhythm import NetworkRhythm, ReminderKind, ReminderPreference, SentReminder
from .templates import ExportTemplates

__all__ = [
    "Action",
    "ActionStatus",
    "Agreement",
    "AgreementVersion",
    "ExportTemplates",
    "NetworkRhythm",
    "ReminderKind",
    "ReminderPreference",
    "SentReminder",
]
