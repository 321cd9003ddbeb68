"""The comparison with other networks inside a team's results: opting in and out, thresholds, and privacy.

Every figure a team sees is a quartile of a group of at least COMPARISON_MIN_NETWORKS networks,
each counted once, with a round of at least COMPARISON_MIN_RESPONDENTS respondents; nothing of
another network (its name, its score, its links) and nothing per member reaches the page.
"""

import itertools
import math
import random
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from networks import services
from networks.models import WorkspaceRole
from scans import comparison_entries, scoring, team_results
from scans.comparison import compare, counted_entries
from scans.models import ComparisonEntry, ScanResponse, ScanVersion, TeamRound
from tests.networks.conftest import signed_in
from tests.networks.factories import MembershipFactory, NetworkFactory
from tools.choices import Province, Setting

pytestmark = pytest.mark.django_db

MIN_NETWORKS, MIN_RESPONDENTS = 5, 3


@pytest.fixture(autouse=True)
def thresholds(settings):
    settings.COMPARISON_MIN_NETWORKS = MIN_NETWORKS
    settings.COMPARISON_MIN_RESPONDENTS = MIN_RESPONDENTS


# Making rounds and entries


def team_round(scan, *member_values, closed=True, team=None, number=1, closed_at=None):
    """A round whose members each answered every statement with one value (a value per dimension as a tuple)."""
    version = ScanVersion.current(scan)
    extra = {"team": team} if team else {}
    closed_at = closed_at or timezone.now()
    made = TeamRound.objects.create(
        scan=scan, version=version, number=number, closed_at=closed_at if closed else None, **extra
    )
    for value in member_values:
        values = value if isinstance(value, tuple) else (value,) * len(version.dimensions)
        answers = {s["id"]: v for d, v in zip(version.dimensions, values, strict=True) for s in d["statements"]}
        ScanResponse.objects.create(version=version, round=made, answers=answers, completed_at=timezone.now())
    return made


def shared(scan, score, *, phase=2, setting="dorp", province="friesland", respondents=3, **round_options):
    """Another network's opted-in round: its team mean `score` on every dimension (or a {dimension id: mean})."""
    made = team_round(scan, **round_options)
    scores = score if isinstance(score, dict) else {d["id"]: score for d in made.version.dimensions}
    return ComparisonEntry.objects.create(
        scan=scan,
        round=made,
        team=made.team,
        phase=phase,
        setting=setting,
        province=province,
        respondents=respondents,
        scores=scores,
        created_at=made.closed_at,
    )


def results_url(scan, made):
    return f"{scan.url}teamuitslag/{made.results_token}/"


def opt_in(client, scan, made, **facts):
    data = {"actie": "vergelijken", "fase": "2", "omgeving": "dorp", "provincie": "friesland", **facts}
    return client.post(results_url(scan, made), data)


def section(html):
    """The comparison section of a results page."""
    return html.split('id="vergelijken"')[1].split("</section>")[0]


def quartiles(values):
    """Q1, median and Q3 by linear interpolation between the sorted values (as spreadsheets do), one decimal."""
    ordered = sorted(values)

    def at(fraction):
        position = fraction * (len(ordered) - 1)
        low = math.floor(position)
        high = min(low + 1, len(ordered) - 1)
        return ordered[low] + (ordered[high] - ordered[low]) * (position - low)

    return tuple(round(at(fraction), 1) for fraction in (0.25, 0.5, 0.75))


def own_comparison(made, query=None):
    scores = scoring.team(made.version.definition, list(made.responses.values_list("answers", flat=True)))
    return team_results.comparison(made, scores, query)


# Opting in and out on the results link


def test_a_closed_round_is_out_by_default_and_the_page_says_what_would_be_shared(client, scan):
    made = team_round(scan, 2, 3, 4)
    page = client.get(results_url(scan, made))
    html = section(page.text)
    assert "Vergelijken met andere netwerken" in html
    assert "Standaard doet een ronde niet mee" in html and "altijd weer terugtrekken" in html
    assert "alleen het gemiddelde van het team per onderdeel en het aantal deelnemers" in html
    assert "Nooit de naam van het netwerk, namen van deelnemers of iemands antwoorden" in html
    assert 'name="fase"' in html and 'name="omgeving"' in html and 'name="provincie"' in html
    assert "Laat deze ronde meedoen" in html
    assert not ComparisonEntry.objects.exists()
    assert page["Cache-Control"] == "private, no-store" and "noindex" in page["X-Robots-Tag"]


def test_opting_in_keeps_only_the_team_means_the_respondents_and_the_three_facts(client, scan):
    made = team_round(scan, (1, 2, 3), (3, 4, 5), (5, 3, 4))
    ScanResponse.objects.create(version=made.version, round=made)  # joined, never answered: not a respondent
    response = opt_in(client, scan, made, fase="3", omgeving="stad", provincie="utrecht")
    assert response.status_code == 302 and response["Location"] == results_url(scan, made) + "#vergelijken"
    entry = ComparisonEntry.objects.get()
    ids = [d["id"] for d in made.version.dimensions]
    assert entry.scores == {ids[0]: 3.0, ids[1]: 3.0, ids[2]: 4.0}
    assert (entry.respondents, entry.phase, entry.setting, entry.province) == (3, 3, "stad", "utrecht")
    assert (entry.round, entry.scan, entry.team, entry.is_demo) == (made, scan, made.team, False)
    page = client.get(results_url(scan, made)).text
    assert "Deze ronde doet mee, als netwerk in fase 3, stad of stadswijk, Utrecht" in page
    assert "Niet meer laten meedoen" in page


def test_a_dimension_nobody_scored_is_left_out_of_the_entry(scan):
    made = team_round(scan)
    version = made.version
    first = version.dimensions[0]
    for value in (2, 3, 4):
        ScanResponse.objects.create(version=version, round=made, answers={s["id"]: value for s in first["statements"]})
    entry = comparison_entries.opt_in(made, 1, "regio", "drenthe")
    assert entry.scores == {first["id"]: 3.0}


def test_an_open_round_cannot_opt_in(client, scan):
    made = team_round(scan, 3, 3, 3, closed=False)
    page = client.get(results_url(scan, made))
    assert "Laat deze ronde meedoen" not in page.text and "Sluit hem eerst" in page.text
    refused = opt_in(client, scan, made)
    assert refused.status_code == 400 and "kan niet meedoen aan de vergelijking" in refused.text
    assert not ComparisonEntry.objects.exists()
    with pytest.raises(comparison_entries.RoundStillOpen):
        comparison_entries.opt_in(made, 2, "dorp", "friesland")


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        ({"fase": "9"}, "Kies een van de vier fases uit de lijst."),
        ({"fase": ""}, "Kies de fase waarin jullie netwerk nu staat."),
        ({"omgeving": "maan"}, "Kies een omgeving uit de lijst."),
        ({"provincie": "<b>atlantis</b>"}, "Kies een provincie uit de lijst."),
    ],
)
def test_a_wrong_fact_is_refused_with_400_and_says_what_to_change(client, scan, facts, message):
    made = team_round(scan, 3, 3, 3)
    refused = opt_in(client, scan, made, **facts)
    assert refused.status_code == 400
    assert message in section(refused.text) and "<b>atlantis</b>" not in refused.text
    assert not ComparisonEntry.objects.exists()


def test_opting_out_deletes_the_entry_and_the_network_leaves_every_figure(client, scan):
    for score in (1.0, 2.0, 4.0, 5.0, 4.4):
        shared(scan, score)
    made = team_round(scan, 1, 1, 1)
    assert opt_in(client, scan, made).status_code == 302
    dimensions = made.version.dimensions
    with_it = own_comparison(made)
    assert with_it.result.networks == 6 and with_it.rows[0]["spread"].q1 == quartiles([1, 1, 2, 4, 5, 4.4])[0]

    response = client.post(results_url(scan, made), {"actie": "niet-vergelijken"})
    assert response.status_code == 302
    assert not ComparisonEntry.objects.filter(round=made).exists()
    others = [e.team for e in ComparisonEntry.objects.all()]
    for filters in ({}, {"fase": 2}, {"omgeving": "dorp"}, {"provincie": "friesland"}):
        entries = counted_entries([scan.pk], **filters)
        assert made.team not in [e.team for e in entries] and len(entries) == 5
        spread = compare(dimensions, entries).dimensions[0]
        assert (spread.q1, spread.median, spread.q3) == quartiles([1, 2, 4, 5, 4.4])
    assert sorted(others) == sorted(e.team for e in counted_entries([scan.pk]))
    # Having shared nothing any more, the team sees no figures of others either.
    html = section(client.get(results_url(scan, made)).text)
    assert "Wie zelf niets deelt, ziet ook de cijfers van anderen niet" in html and "<td>tussen" not in html
    assert "Laat deze ronde meedoen" in html


def test_only_the_holder_of_the_results_link_opts_a_round_in_or_out(client, scan):
    made = team_round(scan, 3, 3, 3)
    member = ScanResponse.objects.filter(round=made).first()
    for token in (made.answer_token, member.token, "raden"):
        for action in ("vergelijken", "niet-vergelijken"):
            data = {"actie": action, "fase": "2", "omgeving": "dorp", "provincie": "friesland"}
            assert client.post(f"{scan.url}teamuitslag/{token}/", data).status_code == 404
    assert not ComparisonEntry.objects.exists()
    comparison_entries.opt_in(made, 2, "dorp", "friesland")
    assert client.post(f"{scan.url}teamuitslag/{made.answer_token}/", {"actie": "niet-vergelijken"}).status_code == 404
    assert ComparisonEntry.objects.filter(round=made).exists()


# Thresholds


def test_four_networks_give_the_reason_and_five_give_quartiles(client, scan):
    made = team_round(scan, 1, 1, 1)
    comparison_entries.opt_in(made, 2, "dorp", "friesland")
    for score in (1.2, 2.4, 4.0):
        shared(scan, score)
    html = section(client.get(results_url(scan, made)).text)
    assert "Nog niet genoeg netwerken om te vergelijken" in html
    assert "4 netwerken" not in html and "Nu zijn het er" not in html  # a small count could point to a network
    assert "<td>tussen" not in html and "Mediaan" not in html

    shared(scan, 4.8)
    html = section(client.get(results_url(scan, made)).text)
    assert "Nog niet genoeg netwerken" not in html
    assert "Vergeleken met 5 netwerken" in html
    # 1.0 (the team itself), 1.2, 2.4, 4.0, 4.8: the middle half lies between 1.2 and 4.0, the median is 2.4.
    rows = re.findall(
        r"<td>1,0</td>\s*<td>tussen 1,2 en 4,0</td>\s*<td>2,4</td>\s*<td>bij het laagste kwart</td>", html
    )
    assert len(rows) == 3


def test_a_round_with_two_respondents_can_opt_in_but_does_not_count(client, scan):
    for score in (1.2, 2.4, 4.0, 4.8):
        shared(scan, score)
    shared(scan, 3.6, respondents=2)
    made = team_round(scan, 4, 4)
    page = client.get(results_url(scan, made)).text
    assert "Met 2 deelnemers telt deze ronde nog niet mee" in page
    assert opt_in(client, scan, made).status_code == 302
    assert ComparisonEntry.objects.get(round=made).respondents == 2
    html = section(client.get(results_url(scan, made)).text)
    assert "Deze ronde telt niet mee in de cijfers" in html
    assert "Wie zelf niets deelt" in html  # a round that does not count gives no access to the figures
    assert len(counted_entries([scan.pk])) == 4  # neither of the two-person rounds
    assert compare(made.version.dimensions, counted_entries([scan.pk])).reason.startswith("Nog niet genoeg netwerken")


def test_a_network_counts_once_with_its_latest_round_whatever_the_order_of_opting_in(scan):
    for score in (1.2, 2.4, 4.0, 4.8):
        shared(scan, score)
    earlier = team_round(scan, 1, 1, 1, closed_at=timezone.now() - timedelta(days=60))
    later = team_round(scan, 5, 5, 5, team=earlier.team, number=2)
    comparison_entries.opt_in(later, 2, "dorp", "friesland")
    comparison_entries.opt_in(earlier, 3, "stad", "utrecht")  # opted in afterwards, still the older round
    result = own_comparison(later).result
    assert result.networks == 5
    assert [(d.q1, d.median, d.q3) for d in result.dimensions] == [quartiles([1.2, 2.4, 4.0, 4.8, 5.0])] * 3
    # Filtering on the older round's facts does not bring it back: the network is in fase 2 now.
    assert not [e for e in counted_entries([scan.pk], fase=3)]


def test_two_teams_of_one_network_on_the_same_scan_count_once(scan):
    network = NetworkFactory()
    user = MembershipFactory(network=network, workspace_role=WorkspaceRole.KARTREKKER).user
    for score in (1.2, 2.4, 4.0, 4.8):
        shared(scan, score)
    rounds = []
    for value in (1, 5):
        made = services.start_team_round(network, scan, user)
        for _ in range(3):
            ScanResponse.objects.create(
                version=made.version, round=made, answers={s: value for s in made.version.statements()}
            )
        made.close()
        comparison_entries.opt_in(made, 2, "dorp", "friesland")
        rounds.append(made)
    assert len({e.team for e in ComparisonEntry.objects.filter(round__in=rounds)}) == 1
    assert len(counted_entries([scan.pk])) == 5
    assert own_comparison(rounds[0]).result.dimensions[0].median == 4.0  # the later team's 5.0 is the one


# Every filter combination


def varied_entries(scan, own):
    """Forty-odd entries spread unevenly over the filters, with all that must not count mixed in.

    Scores are multiples of 0.4, so every quartile is a multiple of 0.1 and rounding cannot differ
    between the page and this test.
    """
    rng = random.Random(18)
    ids = [d["id"] for d in own.version.dimensions]
    provinces = ["friesland"] * 5 + ["groningen"] * 3 + ["utrecht"] * 2 + ["zeeland", "limburg"]
    for i in range(44):
        scores = {dimension: 1.0 + 0.4 * rng.randint(0, 10) for dimension in ids}
        if i % 7 == 0:
            del scores[ids[2]]  # answered an older version of the scan without this dimension
        facts = {"phase": rng.randint(1, 4), "setting": rng.choice(Setting.values), "province": rng.choice(provinces)}
        entry = shared(scan, scores, respondents=rng.choice([2, 3, 3, 4, 7]), **facts)
        if i % 5 == 0:  # the same network's earlier round, elsewhere in the filters: must not count twice
            earlier = {dimension: 1.0 for dimension in ids}
            shared(
                scan,
                earlier,
                team=entry.team,
                closed_at=entry.created_at - timedelta(days=30),
                phase=rng.randint(1, 4),
                setting=rng.choice(Setting.values),
                province=rng.choice(provinces),
            )
    comparison_entries.opt_in(own, 2, "dorp", "friesland")


def expected_groups(scan, filters):
    """The test's own reading of which entries count: the latest per network, with enough respondents."""
    counted = {}  # team → its latest entry with enough respondents (a later one with too few leaves it in place)
    for entry in ComparisonEntry.objects.filter(scan=scan).order_by("created_at", "pk"):
        if entry.respondents >= MIN_RESPONDENTS:
            counted[entry.team] = entry
    fields = {"fase": "phase", "omgeving": "setting", "provincie": "province"}
    return [e for e in counted.values() if all(getattr(e, fields[k]) == v for k, v in filters.items())]


def test_every_filter_combination_shows_only_groups_of_at_least_five_networks_with_the_right_quartiles(scan):
    own = team_round(scan, 2, 3, 4)
    varied_entries(scan, own)
    shown = hidden = 0
    for phase, setting, province in itertools.product(
        [None, 1, 2, 3, 4], [None, *Setting.values], [None, *Province.values]
    ):
        filters = {k: v for k, v in (("fase", phase), ("omgeving", setting), ("provincie", province)) if v}
        section = own_comparison(own, {k: str(v) for k, v in filters.items()})
        assert section.result.filters == filters and not section.ignored
        group = expected_groups(scan, filters)
        assert section.result.networks == len(group), filters
        for row in section.rows:
            spread = row["spread"]
            values = [e.scores[spread.id] for e in group if spread.id in e.scores]
            assert spread.networks == len(values), filters
            if spread.shown:
                shown += 1
                assert spread.networks >= MIN_NETWORKS, filters
                assert (spread.q1, spread.median, spread.q3) == quartiles(values), filters
            else:
                hidden += 1
                assert len(values) < MIN_NETWORKS, filters
                assert (spread.q1, spread.median, spread.q3, row["position"]) == (None, None, None, ""), filters
        if not section.result.shown:
            assert section.result.reason and "Nog niet genoeg netwerken" in section.result.reason
    assert shown > 30 and hidden > 500  # the data set reaches both sides of the threshold


# What the page shows, and what it never shows


def test_the_comparison_shows_no_other_network_and_nothing_per_member_or_round(client, scan):
    others = [shared(scan, score, respondents=9) for score in (1.2, 2.0, 2.8, 3.6, 4.4, 5.0)]
    made = team_round(scan, 1, 3, 5)
    comparison_entries.opt_in(made, 2, "dorp", "friesland")
    page = client.get(results_url(scan, made)).text
    for entry in others:
        for secret in (entry.team, entry.round.answer_token, entry.round.results_token):
            assert secret not in page
    html = section(page)
    spread = quartiles([1.2, 2.0, 2.8, 3.6, 4.4, 5.0, 3.0])
    figures = {f"{value:.1f}".replace(".", ",") for value in (3.0, *spread)}
    assert set(re.findall(r"\d+,\d+", html)) == figures  # the team's own mean and the quartiles, nothing else
    # Whole numbers: the two thresholds (5, 3), "ronde 1", "fase 2", "7 netwerken", "1 tot 5"; no one's respondents.
    text = re.sub(r"<select.*?</select>|<[^>]+>|\d+,\d+", " ", html, flags=re.DOTALL)  # the filters list phases
    assert set(re.findall(r"\d+", text)) == {"1", "2", "3", "5", "7"}
    assert "9 deelnemers" not in page and "1,0–5,0" not in html  # no one's respondents, no single member's score


def test_the_figures_are_filtered_by_the_query_string_and_say_which_group_they_are(client, scan, phases):
    made = team_round(scan, 3, 3, 3)
    comparison_entries.opt_in(made, 2, "dorp", "friesland")
    for score in (1.2, 2.4, 4.0, 4.8):
        shared(scan, score, phase=2)
    for score in (1.0, 1.0, 1.0):
        shared(scan, score, phase=3)
    everyone = section(client.get(results_url(scan, made)).text)
    assert "Vergeleken met 8 netwerken." in everyone
    page = client.get(results_url(scan, made) + "?fase=2&omgeving=&provincie=")
    assert page["X-Robots-Tag"] == "noindex, nofollow" and '<meta name="robots" content="noindex">' in page.text
    html = section(page.text)
    assert "Vergeleken met 5 netwerken (Fase: Netwerk vormgeven)" in html and "tussen 2,4 en 4,0" in html
    assert '<option value="2" selected>Netwerk vormgeven</option>' in html
    assert html.count("<td>in het midden</td>") == 3  # the team's 3.0 is the group's median
    both = section(client.get(results_url(scan, made) + "?fase=2&omgeving=dorp").text)
    assert "Vergeleken met 5 netwerken (Fase: Netwerk vormgeven; Omgeving: Dorp)" in both
    assert "Nog niet genoeg netwerken" in section(client.get(results_url(scan, made) + "?omgeving=stad").text)
    assert f'action="{results_url(scan, made)}#vergelijken"' in html and 'method="get"' in html


@pytest.mark.parametrize(
    "query", ["?fase=9", "?fase=abc", "?omgeving=maan", "?provincie=%3Cscript%3E", "?fase=2&fase=x&provincie=99"]
)
def test_bad_filter_values_are_ignored_with_a_note_and_never_break_the_page(client, scan, query):
    made = team_round(scan, 3, 3, 3)
    comparison_entries.opt_in(made, 2, "dorp", "friesland")
    for score in (1.2, 2.4, 4.0, 4.8):
        shared(scan, score)
    page = client.get(results_url(scan, made) + query)
    assert page.status_code == 200
    html = section(page.text)
    assert "Een filter in de link klopte niet" in html and "we vergelijken zonder dat filter" in html
    assert "Vergeleken met 5 netwerken." in html and "<script>" not in page.text
    assert 'aria-invalid="true"' not in html


def test_a_team_that_never_shared_gets_no_figures_back(client, scan):
    for score in (1.2, 2.4, 4.0, 4.8, 3.6, 2.8):
        shared(scan, score)
    made = team_round(scan, 3, 3, 3)
    later_open = team_round(scan, 3, 3, 3, team=made.team, number=2, closed=False)
    for shown in (made, later_open):
        html = section(client.get(results_url(scan, shown)).text)
        assert "Wie zelf niets deelt, ziet ook de cijfers van anderen niet" in html
        assert "<td>tussen" not in html and 'method="get"' not in html
    # Once one round of the team shares, every round of it sees where it stands.
    comparison_entries.opt_in(made, 2, "dorp", "friesland")
    html = section(client.get(results_url(scan, later_open)).text)
    assert "Vergeleken met 7 netwerken" in html and "Sluit hem eerst" in html


def test_demo_figures_are_marked_as_such(client, scan):
    made = team_round(scan, 3, 3, 3)
    comparison_entries.opt_in(made, 2, "dorp", "friesland")
    ids = [d["id"] for d in made.version.dimensions]
    for i, score in enumerate((1.2, 2.4, 4.0, 4.8)):
        ComparisonEntry.objects.create(
            scan=scan, team=f"demo-{i}", phase=2, setting="dorp", province="friesland", respondents=5,
            scores=dict.fromkeys(ids, score), is_demo=True,
        )  # fmt: skip
    assert "verzonnen voorbeeldnetwerken (demogegevens)" in section(client.get(results_url(scan, made)).text)


def test_the_results_page_makes_as_many_queries_with_forty_networks_as_with_five(
    client, scan, django_assert_max_num_queries
):
    made = team_round(scan, 2, 3, 4)
    comparison_entries.opt_in(made, 2, "dorp", "friesland")
    for i in range(4):
        shared(scan, 1.0 + 0.4 * i)
    url = results_url(scan, made)
    client.get(url)  # caches of the site and the page tree filled
    with CaptureQueriesContext(connection) as few:
        assert "Vergeleken met 5 netwerken" in client.get(url).text
    few = len(few)  # counted now: each request clears the connection's query log
    for i in range(35):
        shared(scan, 1.0 + 0.4 * (i % 11), phase=1 + i % 4)
    client.get(url)  # each opt-in made a new content version: the caches are filled again once
    with django_assert_max_num_queries(few):
        assert "Vergeleken met 40 netwerken" in client.get(url).text


# In the network workspace


@pytest.fixture
def workspace(scan, phases):
    """A network in fase 3 in a city in Utrecht, its kartrekker, a lid, a meelezer, and a closed round of three."""
    network = NetworkFactory(setting="stad", province="utrecht", current_phase=phases[2])
    people = {
        role: MembershipFactory(network=network, workspace_role=role).user
        for role in (WorkspaceRole.KARTREKKER, WorkspaceRole.MEMBER, WorkspaceRole.READER)
    }
    made = services.start_team_round(network, scan, people[WorkspaceRole.KARTREKKER])
    for value in (2, 3, 4):
        ScanResponse.objects.create(
            version=made.version, round=made, answers=dict.fromkeys(made.version.statements(), value)
        )
    made.close()
    url = reverse("networks:team_round", args=[network.key, made.pk])
    return network, people, made, url


FACTS = {"actie": "vergelijken", "fase": "3", "omgeving": "stad", "provincie": "utrecht"}


def test_in_the_workspace_a_kartrekker_opts_in_with_the_networks_facts_filled_in(workspace):
    network, people, made, url = workspace
    client = signed_in(people[WorkspaceRole.KARTREKKER])
    html = section(client.get(url).text)
    assert '<option value="3" selected>' in html
    assert '<option value="stad" selected>' in html and '<option value="utrecht" selected>' in html
    assert "we namen over wat jullie netwerk in de werkruimte invulde" in html
    response = client.post(url, FACTS)
    assert response.status_code == 302 and response["Location"] == url + "#vergelijken"
    entry = ComparisonEntry.objects.get()
    assert (entry.round, entry.team, entry.phase, entry.respondents) == (made, f"netwerk-{network.pk}", 3, 3)
    page = client.get(url)
    assert "doet nu mee aan de vergelijking" in page.text and "Deze ronde doet mee" in section(page.text)
    response = client.post(url, {"actie": "niet-vergelijken"})
    assert response.status_code == 302 and not ComparisonEntry.objects.exists()
    assert "telt in geen enkel cijfer meer mee" in client.get(url).text


@pytest.mark.parametrize("role", [WorkspaceRole.MEMBER, WorkspaceRole.READER])
def test_in_the_workspace_a_lid_or_meelezer_cannot_opt_in_or_out(workspace, role):
    network, people, made, url = workspace
    client = signed_in(people[role])
    html = section(client.get(url).text)
    assert "Een kartrekker kan hem laten meedoen" in html and "<form" not in html.split("Zo staan jullie")[0]
    assert client.post(url, FACTS).status_code == 403
    assert not ComparisonEntry.objects.exists()
    comparison_entries.opt_in(made, 3, "stad", "utrecht")
    assert client.post(url, {"actie": "niet-vergelijken"}).status_code == 403
    assert ComparisonEntry.objects.filter(round=made).exists()
    assert "Niet meer laten meedoen" not in client.get(url).text


def test_someone_outside_the_network_cannot_opt_its_round_in_or_out(workspace):
    network, people, made, url = workspace
    stranger = MembershipFactory(workspace_role=WorkspaceRole.KARTREKKER).user  # kartrekker of another network
    for client in (signed_in(stranger), Client()):
        response = client.post(url, FACTS)
        assert response.status_code in (302, 404)  # signed out: to the sign-in page
        assert response.status_code == 404 or "/account/login/" in response["Location"]
    assert not ComparisonEntry.objects.exists()


def test_in_the_workspace_an_open_round_cannot_opt_in(workspace):
    network, people, made, url = workspace
    client = signed_in(people[WorkspaceRole.KARTREKKER])
    new_round = made.start_next()
    refused = client.post(reverse("networks:team_round", args=[network.key, new_round.pk]), FACTS)
    assert refused.status_code == 400 and "kan niet meedoen aan de vergelijking" in refused.text
    assert "Kies ‘Ronde sluiten’" not in refused.text
    assert not ComparisonEntry.objects.exists()
    wrong = client.post(url, {**FACTS, "fase": "7"})
    assert wrong.status_code == 400 and "Kies een van de vier fases uit de lijst." in wrong.text
