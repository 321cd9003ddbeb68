"""A team round in the comparison with other networks: opting it in and out, and its state on the results page.

Only a closed round can be opted in, by whoever holds its results link or, in the network
workspace, a kartrekker. The entry keeps what scans.models.ComparisonEntry says and nothing
more; opting out deletes it, so it leaves every figure from then on.

A network counts once per scan (scans.comparison.counted_entries keeps the latest entry per
`team`): the entry's `team` is the network for a team started in a workspace, so two teams of
one network on the same scan still count once, and the round's own team otherwise. An entry
dates from its round's closing, so a later round outweighs an earlier one whatever the order in
which they were opted in.
"""

from dataclasses import dataclass, field

from django.db.models import Q

from . import scoring
from .comparison import min_networks, min_respondents
from .forms import ComparisonForm
from .models import ComparisonEntry, ScanResponse

OPT_IN, OPT_OUT = "vergelijken", "niet-vergelijken"  # the values of the results page's "actie" buttons
OPEN_ROUND = (
    "Een ronde die nog open is, kan niet meedoen aan de vergelijking: de cijfers kunnen nog veranderen. "
    "Sluit de ronde eerst; daarna kun je hem laten meedoen."
)


class RoundStillOpen(Exception):
    pass


@dataclass(frozen=True)
class TeamOwner:
    """The network a scan team belongs to, as far as the comparison needs it."""

    key: str  # who counts once in the comparison
    facts: dict  # the opt-in form's starting values: fase, omgeving, provincie


def _no_owner(team):
    return None


_owner_of_team = _no_owner


def register_team_owner(lookup):
    """Let the network workspace say whose a team is: `lookup(team)` gives a TeamOwner or None.

    The workspace (networks) is a layer above the scans and registers this in its AppConfig.ready;
    the scans know nothing of networks."""
    global _owner_of_team
    _owner_of_team = lookup


def comparison_team(team_round, owner):
    """Who counts once in the comparison: the network when the team has one, else the team itself."""
    return owner.key if owner else team_round.team


def counts(entry):
    """Whether an entry is in the figures: a round with fewer respondents could point at persons."""
    return entry.respondents >= min_respondents()


def opt_in(team_round, phase, setting, province):
    """Put a closed round in the comparison: the team's mean per dimension and its number of respondents.

    Opting in again replaces the facts (and recomputes the means, which a closed round no longer changes).
    """
    if team_round.is_open:
        raise RoundStillOpen(OPEN_ROUND)
    answers = [a for a in ScanResponse.objects.filter(round=team_round).values_list("answers", flat=True) if a]
    scores = scoring.team(team_round.version.definition, answers)
    entry, _ = ComparisonEntry.objects.update_or_create(
        round=team_round,
        defaults={
            "scan_id": team_round.scan_id,
            "team": comparison_team(team_round, _owner_of_team(team_round.team)),
            "phase": phase,
            "setting": setting,
            "province": province,
            "respondents": len(answers),
            "scores": {s.id: s.mean for s in scores if s.mean is not None},
            "created_at": team_round.closed_at,
        },
    )
    return entry


def opt_out(team_round):
    """Take the round out of the comparison: its entry is deleted, so no figure counts it any more."""
    deleted, _ = ComparisonEntry.objects.filter(round=team_round).delete()
    return bool(deleted)


@dataclass
class RoundComparison:
    """The comparison section of a round's results (templates/scans/includes/comparison.html).

    The state of the round and its team comes from `round_state`; the filters and figures are
    filled in by scans.team_results.comparison, and only for a team that shares.
    """

    entry: ComparisonEntry | None  # this round's entry, if it was opted in
    shares: bool  # the team (or its network) has an entry that counts: only then does it see figures
    form: ComparisonForm | None = None  # to opt in: a closed round that is not in yet
    error: str = ""
    filter_form: object = None
    filters: list = field(default_factory=list)  # the labels of the filters in use
    ignored: list = field(default_factory=list)  # the labels of filters whose value was not valid
    result: object = None  # scans.comparison.Comparison
    rows: list = field(default_factory=list)  # per dimension: title, own mean, spread and position
    min_respondents: int = field(default_factory=min_respondents)
    min_networks: int = field(default_factory=min_networks)

    @property
    def counts(self):
        return self.entry is not None and counts(self.entry)


def round_state(team_round):
    """This round's entry and whether its team shares at all (two queries; one more for the opt-in form)."""
    owner = _owner_of_team(team_round.team)
    team = comparison_team(team_round, owner)
    own = list(
        ComparisonEntry.objects.filter(Q(round=team_round) | Q(scan_id=team_round.scan_id, team=team)).only(
            "round_id", "respondents", "phase", "setting", "province", "created_at"
        )
    )
    entry = next((e for e in own if e.round_id == team_round.pk), None)
    state = RoundComparison(entry, any(counts(e) for e in own))
    if entry is None and not team_round.is_open:
        state.form = ComparisonForm(initial=owner.facts if owner else {})
    return state
