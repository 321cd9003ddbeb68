"""A team round's results as the results page shows them, wherever they are shown.

The secret results link (scans.views.team_result) and the network workspace (networks) show
the same figures; both take them from `results`. Nothing per person is in them.
"""

from . import scoring
from .chart import radar
from .models import ScanResponse
from .next_steps import next_steps


def rounds_with_scores(team_round):
    """Scores of this round and of the team's earlier rounds, from one query for all answers."""
    rounds = list(team_round.team_rounds())
    answers = {r.pk: [] for r in rounds}
    for response in ScanResponse.objects.filter(round__in=rounds).select_related("role").order_by("created_at"):
        if response.answers:
            answers[response.round_id].append(response)
    history = [(r, scoring.team(r.version.definition, [a.answers for a in answers[r.pk]])) for r in rounds]
    return rounds, answers, history


def results(team_round):
    """The template context of a round's results: scores, chart, disagreements, role groups, agenda, history."""
    scan = team_round.scan
    definition = team_round.version.definition
    rounds, answers, history = rounds_with_scores(team_round)
    responses = answers[team_round.pk]
    scores = history[-1][1]
    previous = history[-2] if len(history) > 1 else None
    if previous:
        scoring.with_changes(scores, previous[1])
    series = [(f"Ronde {team_round.number}", [s.mean for s in scores], "team")]
    if previous:
        before = {s.id: s.mean for s in previous[1]}
        series.append((f"Ronde {previous[0].number}", [before.get(s.id) for s in scores], "earlier"))
    groups = scoring.role_groups(definition, [(r.role.name if r.role else None, r.answers) for r in responses])
    return {
        "team_round": team_round,
        "respondents": len(responses),
        "completed": sum(1 for r in responses if r.completed_at),
        "scores": scores,
        "previous": previous[0] if previous else None,
        "chart": radar("Scores van het team per onderdeel", [s.title for s in scores], series),
        "most_disagreed": scoring.most_disagreed(scores),
        "disagreements": scoring.disagreements(definition, [r.answers for r in responses]),
        "groups": groups,
        "group_rows": [
            {"title": score.title, "means": [group.scores[i].mean for group in groups]}
            for i, score in enumerate(scores)
        ],
        "agenda": scoring.agenda(definition, [r.talk_about for r in responses]),
        "history": scoring.history([(r.number, s) for r, s in history]) if len(history) > 1 else [],
        "round_numbers": [r.number for r in rounds],
        "lowest": next_steps(scan, scoring.lowest(scores)),
        "min_group": scoring.MIN_GROUP,
    }
