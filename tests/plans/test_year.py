"""The "Jaar in beeld": what a network did in one year (plans.year), and its pages."""

from datetime import date, datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from networks import services
from networks.models import Network
from plans.models import ActionStatus, AgreementVersion
from plans.year import YearInView, year_in_view, years
from scans.models import ScanResponse
from tests import factories
from tests.networks.conftest import signed_in
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db

ZONE = ZoneInfo("Europe/Amsterdam")
TODAY = datetime(2026, 6, 15, 12, tzinfo=ZONE)


def at(*when):
    return datetime(*when, tzinfo=ZONE)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def started_2025(network):
    Network.objects.filter(pk=network.pk).update(start_year=2025, created_at=at(2025, 9, 1))
    network.refresh_from_db()
    return network


def mark(network, step, status, member, when):
    with time_machine.travel(when, tick=False):
        services.set_step_status(network, step, status, "", member)


def closed_action(network, what, status, when, **fields):
    return ActionFactory(network=network, what=what, status=status, closed_at=when, **fields)


def answer(team_round, value, people=2):
    statements = [s["id"] for d in team_round.version.definition["dimensions"] for s in d["statements"]]
    for _ in range(people):
        ScanResponse.objects.create(
            version=team_round.version, round=team_round, answers=dict.fromkeys(statements, value)
        )


def rounds(network, scan, kartrekker):
    """A team of three rounds: scores 2 (closed in 2025), 3 (closed in 2025, the last that year) and 4 (2026, open)."""
    first = services.start_team_round(network, scan, kartrekker.user)
    first.created_at, first.closed_at = at(2025, 2, 1), at(2025, 3, 1)
    first.save()
    answer(first, 2)
    second = first.start_next()
    second.created_at, second.closed_at = at(2025, 10, 1), at(2025, 11, 1)
    second.save()
    answer(second, 3)
    third = second.start_next()
    third.closed_at = None
    third.created_at = at(2026, 4, 1)
    third.save()
    answer(third, 4)
    return first, second, third


# ---- year_in_view --------------------------------------------------------------------------------------------


def test_the_year_in_view_has_exactly_the_fields_the_exports_use():
    assert list(YearInView.__dataclass_fields__) == [
        "year",
        "steps_done",
        "actions_done",
        "actions_dropped",
        "scans",
        "agreement_versions",
    ]


def test_steps_done_are_those_completed_in_the_year_once_each_on_the_latest_date(network, member, steps, other_network):
    mark(network, steps[0], "afgerond", member, at(2026, 3, 2, 10))
    mark(network, steps[0], "bezig", member, at(2026, 3, 5, 10))
    mark(network, steps[0], "afgerond", member, at(2026, 5, 20, 10))
    mark(network, steps[1], "afgerond", member, at(2025, 12, 31, 23, 30))  # 2025 in the Netherlands
    mark(network, steps[2], "afgerond", member, at(2026, 1, 1, 0, 15))
    mark(network, steps[1], "bezig", member, at(2026, 2, 1))
    mark(other_network, steps[1], "afgerond", other_network.memberships.get(), at(2026, 2, 1))
    assert year_in_view(network, 2026).steps_done == [
        ("Maak een plan", date(2026, 1, 1)),
        ("Verken de wijk", date(2026, 5, 20)),
    ]
    assert year_in_view(network, 2025).steps_done == [("Zoek partners", date(2025, 12, 31))]


def test_actions_done_and_dropped_are_those_closed_in_the_year(network, member, other_network):
    done = closed_action(network, "Wijkscan bespreken", ActionStatus.DONE, at(2026, 2, 1), owner_member=member)
    dropped = closed_action(network, "Markt organiseren", ActionStatus.DROPPED, at(2026, 12, 31, 23, 50))
    closed_action(network, "Vorig jaar", ActionStatus.DONE, at(2025, 12, 31, 23, 50))
    ActionFactory(network=network, what="Nog open", status=ActionStatus.OPEN)
    closed_action(other_network, "Elders", ActionStatus.DONE, at(2026, 2, 1))
    shown = year_in_view(network, 2026)
    assert shown.actions_done == [done]
    assert shown.actions_dropped == [dropped]
    assert [a.what for a in year_in_view(network, 2025).actions_done] == ["Vorig jaar"]


def test_the_scan_change_is_from_the_last_round_closed_the_year_before_to_the_last_round_of_the_year(
    network, kartrekker, scan
):
    first, second, third = rounds(network, scan, kartrekker)
    [change] = year_in_view(network, 2026).scans
    assert change.title == "Samenwerkingsscan"
    assert (change.before_round, change.after_round) == (second, third)
    assert change.dimensions == [
        ("Ambitie", 3.0, 4.0, 1.0),
        ("Belangen", 3.0, 4.0, 1.0),
        ("Organiseren", 3.0, 4.0, 1.0),
    ]
    [earlier] = year_in_view(network, 2025).scans
    assert earlier.before_round is None and earlier.after_round == second
    assert earlier.dimensions[0] == ("Ambitie", None, 3.0, None)
    assert year_in_view(network, 2024).scans == []


def test_a_dimension_asked_only_before_still_shows_with_nothing_after(network, kartrekker, scan):
    first = services.start_team_round(network, scan, kartrekker.user)
    first.created_at, first.closed_at = at(2025, 2, 1), at(2025, 3, 1)
    first.save()
    answer(first, 2)
    [change] = year_in_view(network, 2026).scans
    assert change.after_round is None
    assert change.dimensions[0] == ("Ambitie", 2.0, None, None)


def test_agreement_versions_are_those_adopted_in_the_year(network, other_network):
    one = AgreementVersion.objects.create(network=network, number=1, adopted_on=date(2025, 12, 31))
    two = AgreementVersion.objects.create(network=network, number=2, adopted_on=date(2026, 1, 10))
    three = AgreementVersion.objects.create(network=network, number=3, adopted_on=date(2026, 11, 3))
    AgreementVersion.objects.create(network=other_network, number=1, adopted_on=date(2026, 3, 3))
    assert year_in_view(network, 2026).agreement_versions == [two, three]
    assert year_in_view(network, 2025).agreement_versions == [one]


def fill(network, member, scan, steps, count):
    """`count` of everything in 2026: completed steps, closed actions, adopted versions, team rounds."""
    for i in range(count):
        step = factories.StepPageFactory(parent=steps[0].get_parent(), order=10 + i)
        mark(network, step, "afgerond", member, at(2026, 2, 1 + i % 27))
        closed_action(network, f"Klaar {i}", ActionStatus.DONE, at(2026, 3, 1), owner_member=member)
        closed_action(network, f"Weg {i}", ActionStatus.DROPPED, at(2026, 3, 1))
        version_number = AgreementVersion.objects.filter(network=network).count() + 1
        AgreementVersion.objects.create(network=network, number=version_number, adopted_on=date(2026, 4, 1))
        team_round = services.start_team_round(network, scan, member.user)
        answer(team_round, 3, people=1)


def test_year_in_view_runs_a_fixed_number_of_queries(network, member, scan, steps, django_assert_num_queries):
    fill(network, member, scan, steps, 1)
    with django_assert_num_queries(6):
        year_in_view(network, 2026)
    fill(network, member, scan, steps, 12)
    with django_assert_num_queries(6):
        shown = year_in_view(network, 2026)
    assert len(shown.actions_done) == 13 and len(shown.scans) == 13


# ---- The pages -----------------------------------------------------------------------------------------------


def years_url(network):
    return reverse("plans:years", args=[network.key])


def year_url(network, year):
    return reverse("plans:year", args=[network.key, year])


class Structure(HTMLParser):
    """What a page must get right: unique ids, references to ids that exist, headings in order, table captions."""

    def __init__(self, html):
        super().__init__()
        self.ids, self.references, self.headings, self.tables, self.captions = [], set(), [], 0, 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        for name in ["aria-describedby", "aria-labelledby", "for"]:
            self.references.update((attrs.get(name) or "").split())
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))
        self.tables += tag == "table"
        self.captions += tag == "caption"


def assert_well_formed(html):
    page = Structure(html)
    assert len(page.ids) == len(set(page.ids)), sorted(page.ids)
    assert page.references <= set(page.ids), page.references - set(page.ids)
    assert page.headings.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in zip(page.headings, page.headings[1:], strict=False))
    assert page.tables == page.captions


def test_the_years_page_lists_the_years_from_the_start_to_now_with_this_year_marked(started_2025, reader):
    response = signed_in(reader.user).get(years_url(started_2025))
    assert response.status_code == 200
    for year in [2025, 2026]:
        assert f'href="{year_url(started_2025, year)}"' in response.text
    assert year_url(started_2025, 2024) not in response.text
    assert 'class="year-list__current">2026<' in response.text
    assert 'aria-current="page">Jaar in beeld<' in response.text
    assert_well_formed(response.text)


def test_the_years_start_at_the_workspace_when_it_was_made_before_the_start_year(network):
    Network.objects.filter(pk=network.pk).update(start_year=2030, created_at=at(2024, 5, 1))
    network.refresh_from_db()
    assert years(network) == [2024, 2025, 2026]


@pytest.mark.parametrize(("year", "status"), [(2023, 404), (2024, 200), (2025, 200), (2026, 200), (2027, 404)])
def test_a_year_page_exists_from_the_year_before_the_start_to_this_year(started_2025, member, year, status):
    assert signed_in(member.user).get(year_url(started_2025, year)).status_code == status


def test_an_empty_year_says_so_in_each_section_and_offers_print_and_downloads(started_2025, reader):
    response = signed_in(reader.user).get(year_url(started_2025, 2026))
    assert response.status_code == 200
    assert response.text.count("Nog niets in dit jaar.") == 5
    assert 'class="button button--secondary js-print" hidden' in response.text
    assert reverse("plans:year_docx", args=[started_2025.key, 2026]) in response.text
    assert reverse("plans:year_pdf", args=[started_2025.key, 2026]) in response.text
    assert "Dit jaar is nog bezig" in response.text
    assert_well_formed(response.text)


def test_a_year_page_shows_each_part(started_2025, kartrekker, member, scan, steps):
    mark(started_2025, steps[0], "afgerond", member, at(2026, 3, 2))
    closed_action(started_2025, "Wijkscan bespreken", ActionStatus.DONE, at(2026, 2, 1), owner_member=member)
    closed_action(started_2025, "Markt organiseren", ActionStatus.DROPPED, at(2026, 5, 1))
    AgreementVersion.objects.create(network=started_2025, number=1, adopted_on=date(2026, 4, 1), adopted_by_name="Anna")
    rounds(started_2025, scan, kartrekker)
    response = signed_in(member.user).get(year_url(started_2025, 2026))
    text = response.text
    assert "Nog niets in dit jaar." not in text
    assert '<th scope="row">Verken de wijk</th><td>2 maart 2026</td>' in text
    assert "Wijkscan bespreken" in text and "Jeroen Bakker" in text and "Markt organiseren" in text
    assert '<th scope="row">Ambitie</th><td>3,0</td><td>4,0</td><td>+1,0</td>' in text
    assert reverse("plans:agreement_version", args=[started_2025.key, 1]) in text
    assert_well_formed(text)


def test_outsiders_get_404_and_visitors_sign_in(client, started_2025, kartrekker, outsider, other_network):
    for url in [years_url(started_2025), year_url(started_2025, 2026)]:
        assert signed_in(outsider).get(url).status_code == 404
        assert signed_in(other_network.memberships.get().user).get(url).status_code == 404
        assert client.get(url).status_code == 302


def test_the_year_page_runs_the_same_number_of_queries_for_few_and_many(started_2025, member, scan, steps):
    client = signed_in(member.user)
    url = year_url(started_2025, 2026)

    def count():
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    fill(started_2025, member, scan, steps, 1)
    few = count()
    fill(started_2025, member, scan, steps, 10)
    assert count() == few


def test_the_rhythm_and_reminder_pages_are_well_formed(network, kartrekker):
    client = signed_in(kartrekker.user)
    for name in ["plans:rhythm", "plans:reminders"]:
        response = client.get(reverse(name, args=[network.key]))
        assert response.status_code == 200
        assert_well_formed(response.text)
