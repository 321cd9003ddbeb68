"""The "Jaar in beeld": what a network did in one calendar year, for its yearly evaluation and its export.

`year_in_view` reads it all in a fixed number of queries (six), whatever the number of steps,
actions, scan rounds and agreement versions. The page (plans.views.year) and the Word and PDF
exports (plans.exports) show the same `YearInView`.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from networks.models import StepStatusChange
from networks.models.progress import Status
from networks.summaries import team_summaries

from .models import Action, ActionStatus


@dataclass
class ScanChange:
    """One scan team of the network: per dimension the team mean before the year, at its end, and the change."""

    title: str
    dimensions: list = field(default_factory=list)  # (title, before, after, change); None where missing
    before_round: object = None  # the last round closed in the year before, or None
    after_round: object = None  # the last round of the year, or None


@dataclass
class YearInView:
    year: int
    steps_done: list = field(default_factory=list)  # (step_title, date), oldest first
    actions_done: list = field(default_factory=list)  # Action, klaar, closed in the year
    actions_dropped: list = field(default_factory=list)  # Action, vervallen, closed in the year
    scans: list = field(default_factory=list)  # ScanChange
    agreement_versions: list = field(default_factory=list)  # AgreementVersion adopted in the year, oldest first

    @property
    def is_empty(self):
        return not (
            self.steps_done or self.actions_done or self.actions_dropped or self.scans or self.agreement_versions
        )


def first_year(network):
    """The first year of the network: the year it started, or the year its workspace was made if that is earlier."""
    return min(network.start_year, timezone.localtime(network.created_at).year)


def years(network, today=None):
    """The years "Jaar in beeld" offers, oldest first: from the network's first year to this one."""
    current = (today or timezone.localdate()).year
    return list(range(min(first_year(network), current), current + 1))


def is_shown(network, year, today=None):
    """Whether there is a "Jaar in beeld" for `year`: the year before the first year up to this year."""
    current = (today or timezone.localdate()).year
    return first_year(network) - 1 <= year <= current


def year_in_view(network, year):
    return YearInView(
        year=year,
        steps_done=_steps_done(network, year),
        **_actions(network, year),
        scans=_scans(network, year),
        agreement_versions=list(network.agreement_versions.filter(adopted_on__year=year).order_by("number")),
    )


def _bounds(year):
    """The first moments of `year` and the year after, in the site's time zone (so 31 December counts)."""
    zone = timezone.get_current_timezone()
    start = timezone.make_aware(datetime(year, 1, 1), zone)
    end = timezone.make_aware(datetime(year + 1, 1, 1), zone)
    return start, end


def _steps_done(network, year):
    """Each step marked afgerond in the year, once, on the latest day it was (by the title it had then)."""
    start, end = _bounds(year)
    changes = StepStatusChange.objects.filter(
        network=network, status=Status.DONE, changed_at__gte=start, changed_at__lt=end
    ).order_by("changed_at", "pk")
    latest = {}
    for change in changes.only("step_id", "step_title", "changed_at"):
        key = change.step_id or f"title:{change.step_title}"  # a deleted step keeps its title
        latest.pop(key, None)  # re-insert, so the order is that of each step's latest completion
        latest[key] = (change.step_title, timezone.localdate(change.changed_at))
    return list(latest.values())


def _actions(network, year):
    start, end = _bounds(year)
    closed = (
        Action.objects.filter(
            network=network,
            status__in=[ActionStatus.DONE, ActionStatus.DROPPED],
            closed_at__gte=start,
            closed_at__lt=end,
        )
        .select_related("owner_member", "owner_partner")
        .order_by("closed_at", "pk")
    )
    found = {"actions_done": [], "actions_dropped": []}
    for action in closed:
        found["actions_done" if action.status == ActionStatus.DONE else "actions_dropped"].append(action)
    return found


def _year_of(moment):
    return timezone.localtime(moment).year if moment else None


def _scans(network, year):
    """Per scan team with a round in the year or a round closed the year before: the change per dimension."""
    changes = []
    for history in team_summaries(network):
        before = after = None
        for team_round, _respondents, scores in history.rounds:  # oldest first, so the last match wins
            if _year_of(team_round.closed_at) == year - 1:
                before = (team_round, scores)
            if _year_of(team_round.closed_at or team_round.created_at) == year:
                after = (team_round, scores)
        if before is None and after is None:
            continue
        changes.append(
            ScanChange(
                title=history.team.scan.title,
                dimensions=_dimensions(before and before[1], after and after[1]),
                before_round=before and before[0],
                after_round=after and after[0],
            )
        )
    return changes


def _dimensions(before, after):
    """(title, before, after, change) per dimension: those of the later round first, then any only asked before."""
    before_means = {score.id: score.mean for score in before or []}
    rows, seen = [], set()
    for score in after or []:
        earlier = before_means.get(score.id)
        change = score.mean - earlier if score.mean is not None and earlier is not None else None
        rows.append((score.title, earlier, score.mean, change))
        seen.add(score.id)
    rows += [(score.title, score.mean, None, None) for score in before or [] if score.id not in seen]
    return rows
