"""What the workspace shows about a network besides its progress: missing roles and its team scans.

A fixed number of queries each, whatever the number of partners, teams, rounds and answers.
"""

from dataclasses import dataclass, field

from scans import scoring
from scans.models import ScanResponse, TeamRound

from .models import NeededRole


def missing_roles(partners, members=()):
    """The roles editors marked as usually needed that no partner (or member) at the table has, in their order."""
    present = {partner.role_id for partner in partners} | {member.role_id for member in members}
    needed = NeededRole.objects.select_related("role", "help_page", "help_page__content_type")
    return [item for item in needed if item.role_id not in present]


@dataclass
class TeamHistory:
    """One scan team of the network: its rounds, oldest first, with the team's scores per round."""

    team: object
    rounds: list = field(default_factory=list)  # (round, respondents, scores)

    @property
    def latest(self):
        return self.rounds[-1][0] if self.rounds else None

    @property
    def latest_respondents(self):
        return self.rounds[-1][1] if self.rounds else 0

    @property
    def rows(self):
        """Per dimension of the latest round: the mean in each round and the change since the round before."""
        if not self.rounds:
            return []
        history = scoring.history([(team_round.number, scores) for team_round, _, scores in self.rounds])
        latest = self.rounds[-1][2]
        if len(self.rounds) > 1:
            scoring.with_changes(latest, self.rounds[-2][2])
        return [{**row, "change": score.change} for row, score in zip(history, latest, strict=True)]


def team_summaries(network):
    """Every scan team of the network with all its rounds and scores (three queries)."""
    teams = list(network.teams.select_related("scan"))
    rounds = list(
        TeamRound.objects.filter(team__in=[team.team for team in teams]).select_related("version").order_by("number")
    )
    answers = {team_round.pk: [] for team_round in rounds}
    for round_id, given in ScanResponse.objects.filter(round__in=rounds).values_list("round_id", "answers"):
        if given:
            answers[round_id].append(given)
    by_team = {team.team: TeamHistory(team) for team in teams}
    for team_round in rounds:
        given = answers[team_round.pk]
        scores = scoring.team(team_round.version.definition, given)
        by_team[team_round.team].rounds.append((team_round, len(given), scores))
    # A team whose rounds have all passed SCAN_RETENTION_DAYS (delete_expired_scan_answers) has nothing to show.
    return [history for history in by_team.values() if history.rounds]
