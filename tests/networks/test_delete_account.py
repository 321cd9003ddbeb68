"""A user deletes their own account with its e-mail addresses and memberships; no network loses its last kartrekker."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse

from networks.models import Membership, Network, WorkspaceRole
from tests.networks.conftest import signed_in
from tests.networks.factories import MembershipFactory

pytestmark = pytest.mark.django_db
URL = reverse("networks:delete_account")


def test_deleting_needs_the_confirmation_and_keeps_everything_without_it(member):
    client = signed_in(member.user)
    response = client.post(URL, {})
    assert response.status_code == 400
    assert "Vink aan dat je het zeker weet." in response.text
    assert get_user_model().objects.filter(pk=member.user.pk).exists()


def test_a_member_deletes_their_account_and_the_network_keeps_going(kartrekker, member):
    client = signed_in(member.user)
    response = client.post(URL, {"confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=member.user.pk).exists()
    assert not EmailAddress.objects.filter(email=member.user.email).exists()
    assert list(kartrekker.network.memberships.all()) == [kartrekker]
    assert "_auth_user_id" not in client.session


def test_the_only_member_takes_the_network_with_them(network, kartrekker):
    signed_in(kartrekker.user).post(URL, {"confirm": "on"})
    assert not Network.objects.filter(pk=network.pk).exists()


def test_the_last_kartrekker_of_a_network_with_others_is_refused(network, kartrekker, member):
    response = signed_in(kartrekker.user).post(URL, {"confirm": "on"})
    assert response.status_code == 400
    assert "Je bent de enige kartrekker van" in response.text and network.name in response.text
    assert Membership.objects.filter(pk=kartrekker.pk).exists()


def test_a_kartrekker_who_handed_over_may_go(network, kartrekker, member):
    MembershipFactory(network=network, workspace_role=WorkspaceRole.KARTREKKER)
    assert signed_in(kartrekker.user).post(URL, {"confirm": "on"}).status_code == 302
    assert Network.objects.filter(pk=network.pk).exists()


def test_a_signed_out_visitor_is_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))
