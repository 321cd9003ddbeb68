"""The plan, the agreement and the rhythm in "Download onze gegevens" (networks.export, registered in apps.py)."""

from .models import Agreement, AgreementVersion, NetworkRhythm, ReminderPreference
from .models.agreement import SECTIONS
from .plan import network_actions


def plan_data(network, request):
    actions = network_actions(network)
    return [
        {
            "wat": action.what,
            "waarom": action.why,
            "wie": action.owner_name or None,
            "wanneer_klaar": action.due_date,
            "status": action.get_status_display(),
            "stap": action.step.title if action.step else None,
            "tool": action.tool.title if action.tool else None,
            "scan": action.scan.title if action.scan else None,
            "onderdeel_van_de_scan": action.dimension_title or None,
            "toegevoegd_op": action.created_at,
            "afgesloten_op": action.closed_at,
        }
        for action in actions
    ]


def agreement_data(network, request):
    draft = Agreement.objects.filter(network=network).first()
    return {
        "concept": (
            {title: getattr(draft, field) for _slug, title, field in SECTIONS}
            | {"gewijzigd_op": draft.updated_at, "gewijzigd_door": draft.updated_by_name}
            if draft
            else None
        ),
        "vastgestelde_versies": [
            {
                "versie": version.number,
                "vastgesteld_op": version.adopted_on,
                "vastgesteld_door": version.adopted_by_name,
                "inhoud": version.content,
            }
            for version in AgreementVersion.objects.filter(network=network).order_by("number")
        ],
    }


def rhythm_data(network, request):
    rhythm = NetworkRhythm.objects.filter(network=network).first()
    return {
        "evaluatiemaand": rhythm.get_evaluation_month_display() if rhythm else None,
        "wekelijkse_e_mail_uit_voor": [
            preference.membership.name
            for preference in ReminderPreference.objects.filter(
                membership__network=network, overdue_weekly=False
            ).select_related("membership")
        ],
    }
