"""The yearly rhythm page (kartrekkers choose the evaluation month) and each member's own reminder choice."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from plans.models import NetworkRhythm, ReminderKind, ReminderPreference, SentReminder
from tests.networks.conftest import NOTHING_FILLED_IN, signed_in
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db

ZONE = ZoneInfo("Europe/Amsterdam")


def rhythm_url(network):
    return reverse("plans:rhythm", args=[network.key])


def reminders_url(network):
    return reverse("plans:reminders", args=[network.key])


# ---- The evaluation month ------------------------------------------------------------------------------------


def test_every_member_reads_that_no_month_is_chosen_yet_and_only_a_kartrekker_gets_the_form(
    network, kartrekker, member, reader
):
    for who in [member, reader]:
        response = signed_in(who.user).get(rhythm_url(network))
        assert response.status_code == 200
        assert "nog geen evaluatiemaand gekozen" in response.text
        assert 'name="evaluation_month"' not in response.text
    response = signed_in(kartrekker.user).get(rhythm_url(network))
    assert 'name="evaluation_month"' in response.text
    assert '<option value="3">maart</option>' in response.text


def test_a_kartrekker_chooses_and_then_changes_the_month(network, kartrekker):
    client = signed_in(kartrekker.user)
    response = client.post(rhythm_url(network), {"evaluation_month": "3"}, follow=True)
    assert response.redirect_chain == [(rhythm_url(network), 302)]
    assert "elk jaar in maart" in response.text
    client.post(rhythm_url(network), {"evaluation_month": "9"})
    assert NetworkRhythm.objects.get(network=network).evaluation_month == 9


@pytest.mark.parametrize("role", ["member", "reader"])
def test_members_and_meelezers_may_not_set_the_month(request, network, role):
    who = request.getfixturevalue(role)
    NetworkRhythm.objects.create(network=network, evaluation_month=5)
    response = signed_in(who.user).post(rhythm_url(network), {"evaluation_month": "3"})
    assert response.status_code == 403
    assert NetworkRhythm.objects.get(network=network).evaluation_month == 5


@pytest.mark.parametrize("value", ["13", "0", "maart", ""])
def test_a_month_that_does_not_exist_is_a_dutch_error_and_nothing_is_saved(network, kartrekker, value):
    response = signed_in(kartrekker.user).post(rhythm_url(network), {"evaluation_month": value})
    assert response.status_code == 400
    assert "De evaluatiemaand is nog niet opgeslagen" in response.text
    assert ("Kies een maand." if value == "" else "Kies een van de mogelijkheden.") in response.text
    assert not NetworkRhythm.objects.exists()


def test_an_empty_form_fails(network, kartrekker):
    assert signed_in(kartrekker.user).post(rhythm_url(network), NOTHING_FILLED_IN).status_code == 400


def test_everyone_sees_when_the_next_reminder_goes_out(network, kartrekker, reader):
    rhythm = NetworkRhythm.objects.create(network=network, evaluation_month=3)
    with time_machine.travel(datetime(2027, 1, 10, 12, tzinfo=ZONE), tick=False):
        response = signed_in(reader.user).get(rhythm_url(network))
    assert "elk jaar in <strong>maart</strong>" in response.text
    assert "op <strong>30 januari 2027</strong>" in response.text
    assert "30 dagen voor de eerste van de evaluatiemaand" in response.text
    with time_machine.travel(datetime(2027, 2, 10, 12, tzinfo=ZONE), tick=False):
        assert "gaat vandaag uit" in signed_in(reader.user).get(rhythm_url(network)).text
        SentReminder.objects.create(network=network, membership=kartrekker, kind=ReminderKind.EVALUATION, period="2027")
        assert "op <strong>31 januari 2028</strong>" in signed_in(reader.user).get(rhythm_url(network)).text
    assert rhythm.network == network


def test_outsiders_get_404_and_visitors_are_sent_to_sign_in(client, network, kartrekker, outsider, other_network):
    assert signed_in(outsider).get(rhythm_url(network)).status_code == 404
    assert (
        signed_in(other_network.memberships.get().user).post(rhythm_url(network), {"evaluation_month": "3"}).status_code
        == 404
    )
    assert client.get(rhythm_url(network)).status_code == 302
    assert not NetworkRhythm.objects.exists()


# ---- My reminders --------------------------------------------------------------------------------------------


def test_the_weekly_e_mail_is_on_until_a_member_switches_it_off(network, member):
    client = signed_in(member.user)
    response = client.get(reminders_url(network))
    assert response.status_code == 200
    assert 'name="overdue_weekly"' in response.text and "checked" in response.text
    response = client.post(reminders_url(network), NOTHING_FILLED_IN, follow=True)
    assert response.redirect_chain == [(reminders_url(network), 302)]
    assert "geen wekelijkse e-mail meer" in response.text
    assert ReminderPreference.objects.get(membership=member).overdue_weekly is False
    client.post(reminders_url(network), {"overdue_weekly": "on"})
    assert ReminderPreference.objects.get(membership=member).overdue_weekly is True


@pytest.mark.parametrize("role", ["kartrekker", "member", "reader"])
def test_every_role_switches_its_own_preference_and_only_its_own(request, network, role, kartrekker, member, reader):
    who = request.getfixturevalue(role)
    assert signed_in(who.user).post(reminders_url(network), NOTHING_FILLED_IN).status_code == 302
    assert list(ReminderPreference.objects.values_list("membership", "overdue_weekly")) == [(who.pk, False)]


def test_the_preference_holds_for_one_network_only(network, member, other_network):
    theirs = other_network.memberships.get()
    assert signed_in(theirs.user).post(reminders_url(network), NOTHING_FILLED_IN).status_code == 404
    assert not ReminderPreference.objects.exists()


def test_the_page_counts_my_own_overdue_actions(network, member, kartrekker):
    long_ago = datetime(2020, 1, 1).date()
    ActionFactory(network=network, owner_member=member, due_date=long_ago)
    ActionFactory(network=network, owner_member=kartrekker, due_date=long_ago, status="klaar")
    assert "nu 1 actie op jouw naam over de datum" in signed_in(member.user).get(reminders_url(network)).text
    assert "Er staan nu geen acties op jouw naam" in signed_in(kartrekker.user).get(reminders_url(network)).text
