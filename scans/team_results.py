"""A team round's results as the results page shows them, wherever they are shown.

The secret results link (scans.views.team_result) and the network workspace (networks) show
the same figures; both take them from `results`. Nothing per person is in them.
"""

from . import comparison_entries, scoring
from .chart import radar
from .comparison import FilterForm, compare, counted_entries, position
from .models import ScanResponse
from .next_steps import next_steps


def rounds_with_scores(team_round):
    """Scores of this round and of the team's earlier rounds (wanted situation and gap included), in one query."""
    rounds = list(team_round.team_rounds())
    answers = {r.pk: [] for r in rounds}
    for response in ScanResponse.objects.filter(round__in=rounds).select_related("role").order_by("created_at"):
        if response.answers:
            answers[response.round_id].append(response)
    history = []
    for r in rounds:
        definition = r.version.definition
        scores = scoring.team(definition, [a.answers for a in answers[r.pk]])
        history.append((r, scoring.with_ambitions(definition, scores, [a.ambitions for a in answers[r.pk]])))
    return rounds, answers, history


def has_ambitions(scores):
    """Whether any member gave a wanted situation the scores can be set against."""
    return any(s.wanted is not None for s in scores)


def results(team_round, query=None):
    """The template context of a round's results: scores (with the wanted situation), chart, disagreements,
    role groups, agenda, history and advice."""
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
    ambitions = has_ambitions(scores)
    if ambitions:
        series.append(("Gewenste situatie", [s.wanted for s in scores], "wanted"))
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
        "has_ambitions": ambitions,
        # With a wanted situation the advice goes where the team is furthest from it, else to the lowest scores.
        "lowest": next_steps(scan, scoring.largest_gaps(scores) if ambitions else scoring.lowest(scores)),
        "min_group": scoring.MIN_GROUP,
        "comparison": comparison(team_round, scores, query),
    }


def comparison(team_round, scores, query=None):
    """Where the team stands among other networks, per dimension, with the filters of `query` (the GET data).

    Figures only for a team that shares a round itself (scans.comparison_entries): a network that
    never opts in gets nothing back. The group is every network that counts on this scan, the
    team's own latest entry included, so it reads the same figures as the public page.
    """
    section = comparison_entries.round_state(team_round)
    if not section.shares:
        return section
    form = FilterForm(query or {})
    filters = form.filters()
    # Shown unbound, so a dropped value reads as "Alle" (the note says why) and not as a field in error.
    section.filter_form = FilterForm(initial=filters, auto_id="vergelijk-%s")
    section.filters = [
        f"{form.fields[name].label}: {dict(form.fields[name].choices)[str(value)]}" for name, value in filters.items()
    ]
    section.ignored = [form.fields[name].label.lower() for name in form.ignored]
    section.result = compare(team_round.version.dimensions, counted_entries([team_round.scan_id], **filters), filters)
    own = {s.id: None if s.mean is None else round(s.mean, 1) for s in scores}
    section.rows = [
        {"title": item.title, "own": own.get(item.id), "spread": item, "position": position(own.get(item.id), item)}
        for item in section.result.dimensions
    ]
    return section
