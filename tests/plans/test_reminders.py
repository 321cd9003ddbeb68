"""`send_reminders`: the evaluation e-mail in the 30 days before the evaluation month, the weekly overdue list.

Every test runs on a frozen clock; running twice never sends twice.
"""

import io
import smtplib
from datetime import date, datetime, timedelta
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
import time_machine
import yaml
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from networks.models import WorkspaceRole
from plans import reminders
from plans.models import ActionStatus, NetworkRhythm, ReminderKind, ReminderPreference, SentReminder
from tests.networks.conftest import KARTREKKER_EMAIL, NETWORK_NAME
from tests.networks.factories import MembershipFactory
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db

ZONE = ZoneInfo("Europe/Amsterdam")
ROOT = Path(__file__).resolve().parents[2]


def run(day, *args):
    """The daily command on `day` (at 07:00 in the Netherlands); what it printed."""
    out = io.StringIO()
    with time_machine.travel(datetime(day.year, day.month, day.day, 7, 0, tzinfo=ZONE), tick=False):
        call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


def sent_to(address):
    return [message for message in mail.outbox if message.to == [address]]


# ---- The evaluation e-mail ---------------------------------------------------------------------------------

# Evaluation in March: 1 March 2027 minus 30 days is 30 January 2027.
FIRST = date(2027, 3, 1)


@pytest.fixture
def march(network, kartrekker, member, reader):
    return NetworkRhythm.objects.create(network=network, evaluation_month=3)


def test_31_days_before_the_evaluation_month_nothing_is_sent(march):
    assert "0 evaluation e-mail(s)" in run(FIRST - timedelta(days=31))
    assert mail.outbox == []


def test_30_days_before_each_kartrekker_gets_one_e_mail_with_absolute_links(march, network):
    second = MembershipFactory(network=network, workspace_role=WorkspaceRole.KARTREKKER, user__email="tw@ee.example")
    assert "2 evaluation e-mail(s)" in run(FIRST - timedelta(days=30))
    assert sorted(message.to[0] for message in mail.outbox) == sorted([KARTREKKER_EMAIL, second.user.email])
    message = sent_to(KARTREKKER_EMAIL)[0]
    assert message.subject == f"Tijd voor de jaarlijkse evaluatie van {NETWORK_NAME}"
    base = f"http://testserver/netwerk/{network.key}/"
    for address in ["teamscans/", "plan/", "overeenkomst/", "jaar-in-beeld/"]:
        assert base + address in message.body
    assert "maart 2027" in message.body


def test_the_evaluation_e_mail_goes_out_once_per_evaluation_year(march):
    run(FIRST - timedelta(days=30))
    run(FIRST - timedelta(days=30))
    run(FIRST - timedelta(days=10))
    run(FIRST)
    assert len(sent_to(KARTREKKER_EMAIL)) == 1
    assert SentReminder.objects.get(kind=ReminderKind.EVALUATION).period == "2027"
    run(date(2028, 3, 1) - timedelta(days=30))
    assert len(sent_to(KARTREKKER_EMAIL)) == 2


def test_on_the_first_of_the_month_it_is_still_sent_and_the_day_after_it_is_not(network, kartrekker):
    NetworkRhythm.objects.create(network=network, evaluation_month=3)
    run(FIRST + timedelta(days=1))
    assert mail.outbox == []
    run(FIRST)
    assert len(sent_to(KARTREKKER_EMAIL)) == 1


def test_a_network_without_a_rhythm_gets_no_evaluation_e_mail(network, kartrekker):
    run(FIRST - timedelta(days=30))
    assert mail.outbox == []


def test_members_and_meelezers_get_no_evaluation_e_mail(march, member, reader):
    run(FIRST - timedelta(days=20))
    assert sent_to(member.user.email) == [] and sent_to(reader.user.email) == []


def test_a_kartrekker_without_an_e_mail_address_is_skipped(march, kartrekker):
    kartrekker.user.email = ""
    kartrekker.user.save()
    assert "0 evaluation e-mail(s)" in run(FIRST - timedelta(days=20))
    assert not SentReminder.objects.exists()


def test_the_window_runs_across_the_new_year(network, kartrekker):
    NetworkRhythm.objects.create(network=network, evaluation_month=1)
    run(date(2026, 12, 1))  # 31 days before 1 January 2027
    assert mail.outbox == []
    run(date(2026, 12, 2))
    assert len(mail.outbox) == 1
    assert SentReminder.objects.get().period == "2027"


def test_next_reminder_is_the_start_of_the_window_or_today_or_next_year(march):
    assert reminders.next_evaluation_reminder(march, date(2027, 1, 10)) == date(2027, 1, 30)
    assert reminders.next_evaluation_reminder(march, date(2027, 2, 5)) == date(2027, 2, 5)
    run(date(2027, 2, 5))
    assert reminders.next_evaluation_reminder(march, date(2027, 2, 6)) == date(2028, 1, 31)
    assert reminders.next_evaluation_reminder(march, date(2027, 3, 2)) == date(2028, 1, 31)


# ---- The weekly e-mail of overdue actions --------------------------------------------------------------------

MONDAY = date(2026, 11, 16)  # ISO week 47


@pytest.fixture
def overdue(network, member, kartrekker, partner):
    """Two overdue actions of the member, and actions that are not overdue or not theirs."""
    late = [
        ActionFactory(network=network, what="Huisartsen bellen", owner_member=member, due_date=MONDAY - timedelta(5)),
        ActionFactory(
            network=network,
            what="Flyer maken",
            owner_member=member,
            due_date=MONDAY - timedelta(1),
            status=ActionStatus.BUSY,
        ),
    ]
    ActionFactory(network=network, what="Al klaar", owner_member=member, due_date=MONDAY - timedelta(3), status="klaar")
    ActionFactory(network=network, what="Nog even tijd", owner_member=member, due_date=MONDAY)
    ActionFactory(network=network, what="Van de partner", owner_partner=partner, due_date=MONDAY - timedelta(3))
    ActionFactory(network=network, what="Zonder datum", owner_member=member)
    return late


def test_a_member_gets_one_e_mail_listing_their_overdue_actions_with_links(overdue, network, member):
    assert "1 overdue e-mail(s)" in run(MONDAY)
    [message] = mail.outbox
    assert message.to == [member.user.email]
    assert NETWORK_NAME in message.subject and "2 acties" in message.subject
    assert "Huisartsen bellen" in message.body and "Flyer maken" in message.body
    for absent in ["Al klaar", "Nog even tijd", "Van de partner", "Zonder datum"]:
        assert absent not in message.body
    base = f"http://testserver/netwerk/{network.key}/"
    assert f"{base}plan/{overdue[0].pk}/" in message.body
    assert f"{base}herinneringen/" in message.body


def test_the_overdue_e_mail_goes_out_once_per_iso_week(overdue, member):
    run(MONDAY)
    run(MONDAY)
    run(MONDAY + timedelta(days=2))
    run(MONDAY + timedelta(days=6))  # Sunday, still week 47
    assert len(sent_to(member.user.email)) == 1
    assert "1 overdue e-mail(s)" in run(MONDAY + timedelta(days=7))
    assert len(sent_to(member.user.email)) == 2
    assert set(SentReminder.objects.values_list("period", flat=True)) == {"2026-W47", "2026-W48"}


def test_with_the_preference_off_nothing_is_sent(overdue, member):
    ReminderPreference.objects.create(membership=member, overdue_weekly=False)
    run(MONDAY)
    assert mail.outbox == []


def test_with_the_preference_explicitly_on_it_is_sent(overdue, member):
    ReminderPreference.objects.create(membership=member, overdue_weekly=True)
    run(MONDAY)
    assert len(sent_to(member.user.email)) == 1


def test_without_overdue_actions_nothing_is_sent(network, member):
    ActionFactory(network=network, owner_member=member, due_date=MONDAY + timedelta(days=1))
    run(MONDAY)
    assert mail.outbox == []


def test_another_networks_actions_are_never_listed(overdue, network, member, other_network):
    theirs = other_network.memberships.get()
    ActionFactory(
        network=other_network, what="Actie in Westerbroek", owner_member=theirs, due_date=MONDAY - timedelta(1)
    )
    # An action of the other network pointing at a member of this one (never made by the forms) stays out too.
    ActionFactory(network=other_network, what="Verdwaalde actie", owner_member=member, due_date=MONDAY - timedelta(1))
    run(MONDAY)
    [mine] = sent_to(member.user.email)
    assert "Westerbroek" not in mine.body and "Verdwaalde actie" not in mine.body
    [their_mail] = sent_to(theirs.user.email)
    assert "Actie in Westerbroek" in their_mail.body and "Huisartsen bellen" not in their_mail.body


def test_a_meelezer_gets_the_overdue_e_mail_only_for_their_own_actions(overdue, network, reader, kartrekker):
    ActionFactory(network=network, what="Verslag lezen", owner_member=reader, due_date=MONDAY - timedelta(2))
    run(MONDAY)
    [message] = sent_to(reader.user.email)
    assert "Verslag lezen" in message.body
    assert "Huisartsen bellen" not in message.body and "Flyer maken" not in message.body
    assert sent_to(kartrekker.user.email) == []  # nothing of their own is overdue


def test_a_member_without_an_e_mail_address_is_skipped(overdue, member):
    member.user.email = ""
    member.user.save()
    run(MONDAY)
    assert mail.outbox == []
    assert not SentReminder.objects.exists()


def test_a_reminder_written_down_by_another_run_is_not_sent_again(network, member):
    SentReminder.objects.create(network=network, membership=member, kind=ReminderKind.OVERDUE, period="2026-W47")
    assert list(reminders._claim_and_send(member, ReminderKind.OVERDUE, "2026-W47", "overdue", {})) == []
    assert mail.outbox == []


def test_a_failed_send_is_not_written_down_and_the_next_run_tries_again(overdue, member):
    with mock.patch("plans.reminders.send_mail", side_effect=smtplib.SMTPException("down")):
        assert "1 failed" in run(MONDAY)
    assert not SentReminder.objects.exists()
    run(MONDAY)
    assert len(sent_to(member.user.email)) == 1


def test_the_number_of_queries_does_not_grow_with_the_number_of_actions(network, member):
    def count(actions):
        for i in range(actions):
            ActionFactory(network=network, owner_member=member, due_date=MONDAY - timedelta(days=i + 1))
        frozen = time_machine.travel(datetime(2026, 11, 16, 7, tzinfo=ZONE), tick=False)
        with frozen, CaptureQueriesContext(connection) as captured:
            reminders.send_reminders("http://testserver")
        SentReminder.objects.all().delete()
        network.actions.all().delete()
        return len(captured)

    assert count(1) == count(25)


# ---- The command ---------------------------------------------------------------------------------------------


def test_the_base_url_option_sets_the_links(overdue, network):
    run(MONDAY, "--base-url", "https://toolbox.example.nl/")
    [message] = mail.outbox
    assert f"https://toolbox.example.nl/netwerk/{network.key}/herinneringen/" in message.body


def test_both_kinds_are_counted_in_one_run(overdue, network, kartrekker):
    NetworkRhythm.objects.create(network=network, evaluation_month=12)
    assert "1 evaluation e-mail(s) and 1 overdue e-mail(s) sent." in run(MONDAY)


def test_compose_and_the_dockerfile_run_send_reminders_daily():
    jobs = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]["jobs"]
    assert "manage.py send_reminders" in " ".join(jobs["command"])
    assert "manage.py send_reminders" in (ROOT / "Dockerfile").read_text()
