""" "Download onze gegevens": everything the workspace holds about one network, as plain data for JSON.

The same things the deletion removes (networks.services.delete_network): the network's facts,
members, invitations, step statuses with their history, partners and team scans with the
team's scores per round (never anyone's own answers), and what the apps above add (EXTRA_PARTS:
the plan, the agreement and the yearly rhythm).
"""

from django.utils import timezone

from .models.progress import Status
from .roadmap import live_roadmap
from .summaries import team_summaries

# The parts of the download that apps above networks add (plans: the plan, the agreement, the
# rhythm), registered from their AppConfig.ready(), since networks may not import them.
EXTRA_PARTS = {}


def register_part(name, builder):
    """Add `builder(network, request)`'s answer to the download under `name`."""
    EXTRA_PARTS[name] = builder


def network_data(network, request):
    extra = {name: build(network, request) for name, build in EXTRA_PARTS.items()}
    return {**_workspace_data(network, request), **extra}


def _workspace_data(network, request):
    statuses = {status.step_id: status for status in network.step_statuses.select_related("step")}
    steps = {step.pk: (phase, step) for phase, phase_steps in live_roadmap() for step in phase_steps}
    # Statuses of steps that are not published now (they come back when the step does) are data too.
    steps.update({pk: (None, status.step) for pk, status in statuses.items() if pk not in steps})
    return {
        "bron": request.build_absolute_uri("/"),
        "gedownload_op": timezone.now(),
        "netwerk": {
            "naam": network.name,
            "plaats": network.place,
            "provincie": network.get_province_display(),
            "omgeving": network.get_setting_display(),
            "inwoners": network.residents,
            "startjaar": network.start_year,
            "huidige_fase": network.current_phase.title if network.current_phase else None,
            "aangemaakt_op": network.created_at,
        },
        "leden": [
            {
                "naam": member.name,
                "e_mailadres": member.user.email,
                "rol_in_de_netwerkplek": member.get_workspace_role_display(),
                "rol_in_het_netwerk": member.role.name if member.role else None,
                "lid_sinds": member.joined_at,
            }
            for member in network.memberships.select_related("user", "role")
        ],
        "uitnodigingen": [
            {
                "e_mailadres": invitation.email,
                "rol_in_de_netwerkplek": invitation.get_workspace_role_display(),
                "verstuurd_op": invitation.created_at,
                "verloopt_op": invitation.expires_at,
                "geaccepteerd_op": invitation.accepted_at,
            }
            for invitation in network.invitations.all()
        ],
        "stappen": [
            {
                "fase": phase.title if phase else None,
                "stap": step.title,
                "adres": request.build_absolute_uri(step.url),
                "status": Status(statuses[step.pk].status).label if step.pk in statuses else Status.NOT_STARTED.label,
                "notitie": statuses[step.pk].note if step.pk in statuses else "",
            }
            for phase, step in steps.values()
        ],
        "geschiedenis_van_de_stappen": [
            {
                "stap": change.step_title,
                "status": change.get_status_display(),
                "notitie": change.note,
                "door": change.changed_by_name,
                "op": change.changed_at,
            }
            for change in network.step_changes.all()
        ],
        "partners": [
            {"naam": partner.name, "rol": partner.role.name if partner.role else None, "contact": partner.contact_name}
            for partner in network.partners.select_related("role")
        ],
        "teamscans": [
            {
                "scan": history.team.scan.title,
                "rondes": [
                    {
                        "ronde": team_round.number,
                        "gestart_op": team_round.created_at,
                        "gesloten_op": team_round.closed_at,
                        "deelnemers": respondents,
                        "scores": {score.title: score.mean for score in scores},
                    }
                    for team_round, respondents, scores in history.rounds
                ],
            }
            for history in team_summaries(network)
        ],
    }
