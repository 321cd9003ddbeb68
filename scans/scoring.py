"""Scores from answers: one person's, a team's, its role groups and its rounds over time.

Pure functions over a scan version's definition and plain answer dictionaries (statement id →
1–5, or 0 for "weet ik niet", which never counts). A person's score on a dimension is the mean
of their answers there; a team's is the mean of its members' scores. Nothing per person leaves
the team functions: only means, lowest and highest values, spreads and counts.

In a team round members may also give the "gewenste situatie" (ambitions: dimension or
statement id → 1–5). The team's wanted score and the gap (wanted − now) are means in the same way.
"""

from collections import Counter
from dataclasses import dataclass, field
from statistics import fmean, pstdev

MIN_GROUP = 3  # a role group is shown from this many respondents on, so nobody can be recognised


def person_score(dimension, answers):
    """The mean of one person's answers on a dimension, or None if they gave none (or only "weet ik niet")."""
    values = [answers[s["id"]] for s in dimension["statements"] if answers.get(s["id"])]
    return fmean(values) if values else None


def person_wanted(dimension, ambitions):
    """Where one person wants the network on a dimension: their value for it, else the mean of their statements'."""
    if ambitions.get(dimension["id"]):
        return ambitions[dimension["id"]]
    values = [ambitions[s["id"]] for s in dimension["statements"] if ambitions.get(s["id"])]
    return fmean(values) if values else None


@dataclass
class DimensionScore:
    id: str
    title: str
    mean: float | None
    low: float | None = None
    high: float | None = None
    spread: float | None = None  # population standard deviation of the members' scores
    respondents: int = 0
    change: float | None = None  # against the team's previous round, where it had this dimension
    wanted: float | None = None  # the mean "gewenste situatie" of the members who gave one
    gap: float | None = None  # wanted − mean, where both are known


def personal(definition, answers):
    """One person's score per dimension."""
    scores = []
    for dimension in definition["dimensions"]:
        score = person_score(dimension, answers)
        scores.append(DimensionScore(dimension["id"], dimension["title"], score, respondents=int(score is not None)))
    return scores


def team(definition, all_answers):
    """Per dimension: mean, lowest–highest, spread and the number of members with a score there."""
    scores = []
    for dimension in definition["dimensions"]:
        values = [v for v in (person_score(dimension, a) for a in all_answers) if v is not None]
        scores.append(
            DimensionScore(
                dimension["id"],
                dimension["title"],
                fmean(values) if values else None,
                min(values, default=None),
                max(values, default=None),
                pstdev(values) if len(values) > 1 else None,
                len(values),
            )
        )
    return scores


def lowest(scores, count=2):
    """The dimensions with the lowest scores (those without a score are left out)."""
    return sorted((s for s in scores if s.mean is not None), key=lambda s: s.mean)[:count]


def largest_gaps(scores, count=2):
    """The dimensions furthest below where the team wants to be, largest gap first.

    Dimensions with a score but no wanted situation follow, lowest score first, so the advice
    still fills up when members gave a wanted situation on some dimensions only.
    """
    scored = (s for s in scores if s.mean is not None)
    return sorted(scored, key=lambda s: (s.gap is None, -(s.gap or 0), s.mean))[:count]


def most_disagreed(scores):
    """The dimension where the members' scores lie furthest apart, if any two members differ."""
    spread = [s for s in scores if s.spread]
    return max(spread, key=lambda s: s.spread) if spread else None


@dataclass
class StatementSpread:
    text: str
    dimension: str
    low: int
    high: int
    spread: float
    respondents: int


def disagreements(definition, all_answers, count=3):
    """The statements the members answered most differently (two answers at least)."""
    found = []
    for dimension in definition["dimensions"]:
        for statement in dimension["statements"]:
            values = [a[statement["id"]] for a in all_answers if a.get(statement["id"])]
            if len(values) > 1 and max(values) > min(values):
                found.append(
                    StatementSpread(
                        statement["text"], dimension["title"], min(values), max(values), pstdev(values), len(values)
                    )
                )
    return sorted(found, key=lambda s: -s.spread)[:count]


@dataclass
class AgendaItem:
    text: str
    dimension: str
    count: int


def agenda(definition, all_talk_about, count=5):
    """The statements most often marked "hier wil ik over praten", most marked first."""
    marks = Counter(statement_id for marked in all_talk_about for statement_id in set(marked))
    items = []
    for dimension in definition["dimensions"]:
        for statement in dimension["statements"]:
            if marks[statement["id"]]:
                items.append(AgendaItem(statement["text"], dimension["title"], marks[statement["id"]]))
    return sorted(items, key=lambda item: -item.count)[:count]  # stable: ties keep the scan's order


@dataclass
class RoleGroup:
    label: str
    respondents: int
    scores: list = field(default_factory=list)


OTHERS = "Overige rollen en niet genoemd"


def role_groups(definition, responses, minimum=MIN_GROUP):
    """Team scores per role, for groups of at least `minimum` respondents.

    `responses` are (role label or None, answers) pairs. Roles with fewer respondents, and those
    who preferred not to say, form one group "overige"; while that group has members but fewer
    than `minimum`, the smallest named group joins it, because otherwise the team's total and the
    named groups would give away the answers of those few. With fewer than `minimum` in all, or
    with one group only (which would repeat the team's scores), no groups are shown.
    """
    by_role = {}
    for label, answers in responses:
        by_role.setdefault(label, []).append(answers)
    named = {label: group for label, group in by_role.items() if label is not None and len(group) >= minimum}
    others = [a for label, group in by_role.items() if label not in named for a in group]
    while others and len(others) < minimum and named:
        smallest = min(named, key=lambda label: (len(named[label]), label))
        others += named.pop(smallest)
    groups = [(label, named[label]) for label in sorted(named)]
    if others:
        if len(others) < minimum:
            return []
        groups.append((OTHERS, others))
    if len(groups) < 2:
        return []
    return [RoleGroup(label, len(group), team(definition, group)) for label, group in groups]


def with_changes(scores, previous):
    """Fill in each dimension's change against the previous round's scores (matched by dimension id)."""
    before = {s.id: s.mean for s in previous}
    for score in scores:
        if score.mean is not None and before.get(score.id) is not None:
            score.change = score.mean - before[score.id]
    return scores


def with_ambitions(definition, scores, all_ambitions):
    """Fill in each dimension's wanted team mean (over the members who gave one) and its gap to the score."""
    dimensions = {d["id"]: d for d in definition["dimensions"]}
    for score in scores:
        dimension = dimensions.get(score.id)
        values = [person_wanted(dimension, a) for a in all_ambitions] if dimension else []
        values = [v for v in values if v is not None]
        score.wanted = fmean(values) if values else None
        score.gap = score.wanted - score.mean if score.wanted is not None and score.mean is not None else None
    return scores


def history(rounds):
    """Rows per dimension of the latest round, with the team mean in each round (None where absent).

    `rounds` is a list of (round number, scores) pairs, oldest first.
    """
    if not rounds:
        return []
    latest = rounds[-1][1]
    means = [{s.id: s.mean for s in scores} for _, scores in rounds]
    return [{"title": s.title, "means": [m.get(s.id) for m in means]} for s in latest]
