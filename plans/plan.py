"""The plan van aanpak as its page shows it: every action of a network, by phase or by due date.

Two queries whatever the number of actions: the actions with their owner and links, and the
phases of the linked steps. The overdue count is over the whole plan, also when a status filter
hides some actions.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.models import Page

from phases.models import PhasePage

from .models import Action, ActionStatus

BY_PHASE, BY_DATE = "fase", "datum"
ORDERINGS = {BY_PHASE: "Per fase", BY_DATE: "Op datum"}
WITHOUT_STEP = "Zonder stap"


@dataclass
class Group:
    """A heading of the plan with its actions; `anchor` is the id of the heading."""

    title: str
    anchor: str
    actions: list = field(default_factory=list)
    phase: PhasePage | None = None


@dataclass
class Plan:
    groups: list
    total: int  # every action of the network
    shown: int  # after the status filter
    overdue: int
    ordering: str
    status: str


def choice(value, allowed, default):
    """A value of the query string if it is one of `allowed`, else `default`: a bad value never fails."""
    return value if value in allowed else default


def network_actions(network):
    """The network's actions with everything a row of the plan shows, in one query."""
    return Action.objects.filter(network=network).select_related(
        "owner_member", "owner_partner", "step", "tool", "scan"
    )


def _phases_of(actions):
    """The phase page of each linked step, by the step's path (one query; none without linked steps)."""
    paths = {action.step.path[: -Page.steplen] for action in actions if action.step}
    if not paths:
        return {}
    return {phase.path: phase for phase in PhasePage.objects.filter(path__in=paths)}


def by_phase(actions):
    """Groups per phase in roadmap order, then the actions without a step (or whose step is in no phase)."""
    groups, without = {}, Group(WITHOUT_STEP, "zonder-stap")
    for action in actions:
        phase = action.phase
        if phase is None:
            without.actions.append(action)
            continue
        if phase.pk not in groups:
            groups[phase.pk] = Group(f"Fase {phase.number}: {phase.short_name}", f"fase-{phase.number}", phase=phase)
        groups[phase.pk].actions.append(action)
    ordered = sorted(groups.values(), key=lambda group: (group.phase.number, group.phase.path))
    return [*ordered, without] if without.actions else ordered


def plan(network, ordering=BY_PHASE, status="", today=None):
    """The plan of `network`: its actions grouped by phase or in one list by due date, each marked overdue or not."""
    today = today or timezone.localdate()
    ordering = choice(ordering, ORDERINGS, BY_PHASE)
    status = choice(status, ActionStatus.values, "")
    actions = list(network_actions(network))
    phases = _phases_of(actions)
    for action in actions:
        action.overdue = action.is_overdue(today)
        action.phase = phases.get(action.step.path[: -Page.steplen]) if action.step else None
    shown = [action for action in actions if not status or action.status == status]
    by_date = [Group("Op datum", "op-datum", shown)] if shown else []
    groups = by_date if ordering == BY_DATE else by_phase(shown)
    return Plan(
        groups=groups,
        total=len(actions),
        shown=len(shown),
        overdue=sum(1 for action in actions if action.overdue),
        ordering=ordering,
        status=status,
    )
