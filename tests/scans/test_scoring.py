"""Scores from answers: a person's, a team's, its role groups, its agenda and its rounds."""

import pytest

from scans import scoring

DEFINITION = {
    "dimensions": [
        {"id": "a", "title": "Ambitie", "statements": [{"id": "a1", "text": "A1"}, {"id": "a2", "text": "A2"}]},
        {"id": "b", "title": "Belangen", "statements": [{"id": "b1", "text": "B1"}, {"id": "b2", "text": "B2"}]},
        {"id": "c", "title": "Cultuur", "statements": [{"id": "c1", "text": "C1"}]},
    ]
}


def test_a_persons_score_is_the_mean_of_their_answers_and_weet_ik_niet_does_not_count():
    scores = scoring.personal(DEFINITION, {"a1": 4, "a2": 0, "b1": 1, "b2": 2})
    assert [(s.title, s.mean) for s in scores] == [("Ambitie", 4), ("Belangen", 1.5), ("Cultuur", None)]


def test_the_team_gets_mean_lowest_highest_spread_and_respondents_per_dimension():
    members = [{"a1": 5, "a2": 5, "c1": 0}, {"a1": 3, "a2": 1}, {"a1": 2, "a2": 2, "b1": 4}]
    ambition, interests, culture = scoring.team(DEFINITION, members)
    assert ambition.mean == pytest.approx(3.0)  # the members' scores are 5, 2 and 2
    assert (ambition.low, ambition.high, ambition.respondents) == (2, 5, 3)
    assert ambition.spread == pytest.approx(1.414, abs=0.001)
    assert (interests.mean, interests.respondents, interests.spread) == (4, 1, None)
    assert (culture.mean, culture.respondents) == (None, 0)


def test_lowest_dimensions_leave_out_those_without_a_score():
    scores = scoring.personal(DEFINITION, {"a1": 2, "b1": 4, "b2": 4})
    assert [s.title for s in scoring.lowest(scores)] == ["Ambitie", "Belangen"]
    assert [s.title for s in scoring.lowest(scores, 1)] == ["Ambitie"]


def test_where_members_disagree_most_by_dimension_and_by_statement():
    members = [{"a1": 1, "a2": 5, "b1": 3}, {"a1": 5, "a2": 5, "b1": 4}, {"a1": 0, "b1": 3}]
    scores = scoring.team(DEFINITION, members)
    assert scoring.most_disagreed(scores).title == "Ambitie"
    spreads = scoring.disagreements(DEFINITION, members)
    assert [(s.text, s.low, s.high, s.respondents) for s in spreads] == [("A1", 1, 5, 2), ("B1", 3, 4, 3)]


def test_nobody_disagrees_when_everyone_gives_the_same_answer():
    members = [{"a1": 3}, {"a1": 3}]
    assert scoring.most_disagreed(scoring.team(DEFINITION, members)) is None
    assert scoring.disagreements(DEFINITION, members) == []


def test_the_agenda_lists_the_statements_marked_most_often_first():
    agenda = scoring.agenda(DEFINITION, [["b1", "a1"], ["b1"], ["b1", "c1", "c1"], []])
    assert [(item.text, item.count) for item in agenda] == [("B1", 3), ("A1", 1), ("C1", 1)]


def _responses(**counts):
    """(role, answers) pairs: counts per role label, everyone scoring Ambitie with the role's length."""
    return [
        (None if role == "geen" else role, {"a1": len(role) % 5 + 1})
        for role, count in counts.items()
        for _ in range(count)
    ]


def test_role_groups_of_three_or_more_are_shown_and_smaller_ones_merged():
    groups = scoring.role_groups(DEFINITION, _responses(huisarts=3, bewoner=4, gemeente=2, geen=1))
    assert [(g.label, g.respondents) for g in groups] == [("bewoner", 4), ("huisarts", 3), (scoring.OTHERS, 3)]
    assert groups[0].scores[0].mean == 3  # "bewoner" has 7 letters: 7 % 5 + 1


def test_a_rest_group_of_one_or_two_takes_in_the_smallest_role_so_nobody_can_be_singled_out():
    groups = scoring.role_groups(DEFINITION, _responses(huisarts=3, bewoner=4, geen=1))
    assert [(g.label, g.respondents) for g in groups] == [("bewoner", 4), (scoring.OTHERS, 4)]


def test_no_role_groups_when_they_would_only_repeat_the_team_or_show_too_few():
    assert scoring.role_groups(DEFINITION, _responses(huisarts=5)) == []
    assert scoring.role_groups(DEFINITION, _responses(huisarts=2, bewoner=2, gemeente=1)) == []
    assert scoring.role_groups(DEFINITION, _responses(huisarts=3, geen=2)) == []


def test_changes_and_history_follow_dimensions_by_id_across_rounds():
    first = scoring.team(DEFINITION, [{"a1": 2}, {"b1": 4}])
    second = scoring.team(DEFINITION, [{"a1": 4}, {"c1": 3}])
    scoring.with_changes(second, first)
    assert [s.change for s in second] == [2, None, None]
    assert scoring.history([(1, first), (2, second)]) == [
        {"title": "Ambitie", "means": [2, 4]},
        {"title": "Belangen", "means": [4, None]},
        {"title": "Cultuur", "means": [None, 3]},
    ]
