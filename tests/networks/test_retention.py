"""`delete_inactive_networks`: a warning a month before, deletion after NETWORK_RETENTION_MONTHS, a sign-in resets."""

import io
from datetime import datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta
from django.core import mail
from django.core.management import call_command

from networks import services
from networks.models import Membership, Network, NetworkTeam, WorkspaceRole
from scans.models import TeamRound
from tests.networks.conftest import KARTREKKER_EMAIL, NETWORK_NAME, signed_in
from tests.networks.factories import MembershipFactory

pytestmark = pytest.mark.django_db

LAST_USED = datetime(2026, 1, 15, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


def at(months, days=0):
    return LAST_USED + relativedelta(months=months) + timedelta(days=days)


def run(when):
    """The daily command, run at `when`; what it printed."""
    out = io.StringIO()
    with mock.patch("django.utils.timezone.now", return_value=when):
        call_command("delete_inactive_networks", stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def two_years(settings):
    settings.NETWORK_RETENTION_MONTHS = 24


@pytest.fixture
def idle(network, kartrekker, member, scan):
    """The network of the test, last used at LAST_USED, with a second kartrekker and a team round."""
    MembershipFactory(network=network, workspace_role=WorkspaceRole.KARTREKKER, user__email="tweede@voorbeeld.example")
    services.start_team_round(network, scan, kartrekker.user)
    Network.objects.filter(pk=network.pk).update(last_active_at=LAST_USED)
    return network


@pytest.fixture
def busy(other_network):
    Network.objects.filter(pk=other_network.pk).update(last_active_at=at(24, 1))
    return other_network


def test_nothing_happens_before_the_month_of_warning(idle, busy):
    assert "0 netwerk(en) verwijderd, 0" in run(at(23, -1))
    assert mail.outbox == []
    idle.refresh_from_db()
    assert idle.retention_warning_sent_at is None


def test_a_month_before_the_kartrekkers_get_one_e_mail_and_a_second_run_sends_nothing_more(idle, busy):
    assert "0 netwerk(en) verwijderd, 1 kartrekker-waarschuwing(en) verstuurd." in run(at(23, 1))
    [warning] = mail.outbox
    assert sorted(warning.to) == sorted([KARTREKKER_EMAIL, "tweede@voorbeeld.example"])  # not the lid
    assert NETWORK_NAME in warning.subject and "over een maand verwijderd" in warning.subject
    assert f"http://testserver/netwerk/{idle.key}/" in warning.body
    assert "op of na 15 januari 2028 verwijderd" in warning.body
    assert "Download onze gegevens" in warning.body

    run(at(23, 1))
    run(at(23, 20))
    assert len(mail.outbox) == 1
    assert Network.objects.filter(pk=idle.pk).exists()


def test_after_the_retention_term_the_network_and_everything_in_it_is_deleted(idle, busy):
    run(at(23, 1))
    team = NetworkTeam.objects.get(network=idle).team
    assert "1 netwerk(en) verwijderd" in run(at(24, 1))
    assert not Network.objects.filter(pk=idle.pk).exists()
    assert not Membership.objects.filter(network_id=idle.pk).exists()
    assert not TeamRound.objects.filter(team=team).exists()
    assert Network.objects.filter(pk=busy.pk).exists()


def test_a_network_is_deleted_after_the_term_even_if_the_warning_was_missed(idle):
    assert "1 netwerk(en) verwijderd" in run(at(25))
    assert not Network.objects.filter(pk=idle.pk).exists()


def test_a_sign_in_resets_the_clock(idle, member):
    run(at(23, 1))
    with mock.patch("django.utils.timezone.now", return_value=at(23, 5)):
        signed_in(member.user)
    idle.refresh_from_db()
    assert idle.last_active_at == at(23, 5) and idle.retention_warning_sent_at is None

    assert "0 netwerk(en) verwijderd, 0" in run(at(24, 1))
    assert Network.objects.filter(pk=idle.pk).exists()
    assert len(mail.outbox) == 1
    # The clock runs again from the sign-in: a new warning a month before the new date.
    run(at(46, 6))
    assert len(mail.outbox) == 2


def test_opening_the_workspace_after_the_warning_resets_the_clock_too(idle, member):
    run(at(23, 1))
    with mock.patch("django.utils.timezone.now", return_value=at(23, 3)):
        client = signed_in(member.user)
        # Only the visit counts here: put back what the sign-in reset.
        Network.objects.filter(pk=idle.pk).update(last_active_at=LAST_USED, retention_warning_sent_at=at(23, 1))
        assert client.get(idle.get_absolute_url()).status_code == 200
    idle.refresh_from_db()
    assert idle.last_active_at == at(23, 3) and idle.retention_warning_sent_at is None
    run(at(24, 1))
    assert Network.objects.filter(pk=idle.pk).exists()


def test_the_term_follows_the_setting(idle, settings):
    settings.NETWORK_RETENTION_MONTHS = 6
    run(at(5, 1))
    assert len(mail.outbox) == 1
    run(at(6, 1))
    assert not Network.objects.filter(pk=idle.pk).exists()
