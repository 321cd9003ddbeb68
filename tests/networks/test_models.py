"""The network's own rules: the advice on its size, what each role may do, when an invitation is open."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from networks.models import Invitation, Membership, WorkspaceRole
from networks.models.invitation import digest
from tests.networks.factories import MembershipFactory, NetworkFactory, UserFactory, invitation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("residents", [None, 2_500, 5_000, 7_500, 10_000, 20_000])
def test_an_area_near_the_advised_size_gets_no_advice(residents):
    assert NetworkFactory.build(residents=residents).residents_advice() == ""


@pytest.mark.parametrize("residents", [1, 800, 2_499])
def test_an_area_far_below_5000_residents_is_advised_to_join_a_neighbour(residents):
    advice = NetworkFactory.build(residents=residents).residents_advice()
    assert "ongeveer 5.000 tot 10.000 inwoners" in advice
    assert "buurdorp" in advice and "te weinig partners" in advice


@pytest.mark.parametrize("residents", [20_001, 45_000, 5_000_000])
def test_an_area_far_above_10000_residents_is_advised_to_start_smaller(residents):
    advice = NetworkFactory.build(residents=residents).residents_advice()
    assert "ongeveer 5.000 tot 10.000 inwoners" in advice
    assert "één wijk of een paar dorpen" in advice


def test_the_roles_rank_kartrekker_above_lid_above_meelezer():
    ranks = [
        WorkspaceRole.rank(role) for role in (WorkspaceRole.READER, WorkspaceRole.MEMBER, WorkspaceRole.KARTREKKER)
    ]
    assert ranks == sorted(ranks) and len(set(ranks)) == 3
    assert set(WorkspaceRole.descriptions()) == set(WorkspaceRole.values)


@pytest.mark.parametrize(
    ("role", "may"),
    [
        (WorkspaceRole.KARTREKKER, {WorkspaceRole.KARTREKKER, WorkspaceRole.MEMBER, WorkspaceRole.READER}),
        (WorkspaceRole.MEMBER, {WorkspaceRole.MEMBER, WorkspaceRole.READER}),
        (WorkspaceRole.READER, {WorkspaceRole.READER}),
    ],
)
def test_each_role_may_do_what_the_roles_below_it_may_and_no_more(role, may):
    membership = Membership(workspace_role=role)
    assert {other for other in WorkspaceRole if membership.may(other)} == may
    assert membership.can_edit == (WorkspaceRole.MEMBER in may)
    assert membership.is_kartrekker == (role == WorkspaceRole.KARTREKKER)


def test_a_network_gets_a_random_key_of_its_own_for_its_address():
    first, second = NetworkFactory(), NetworkFactory()
    assert first.key != second.key and len(first.key) >= 16
    assert first.get_absolute_url() == f"/netwerk/{first.key}/"


def test_a_user_is_a_member_of_a_network_only_once():
    membership = MembershipFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipFactory(network=membership.network, user=membership.user)


def test_a_new_invitation_is_pending_for_14_days_and_stores_only_a_digest_of_its_token():
    network = NetworkFactory()
    sent, token = invitation(network, "nieuw@voorbeeld.example")
    assert sent.expires_at - sent.created_at == timedelta(days=14)
    assert sent.is_pending and not sent.is_expired
    assert sent.token_digest == digest(token) != token
    assert Invitation.for_token(token) == sent
    assert Invitation.for_token(token + "x") is None


def test_an_invitation_expires_at_its_expiry_time_and_is_then_no_longer_pending():
    sent, _ = invitation(NetworkFactory(), "nieuw@voorbeeld.example")
    with mock.patch("django.utils.timezone.now", return_value=sent.expires_at - timedelta(seconds=1)):
        assert sent.is_pending
    with mock.patch("django.utils.timezone.now", return_value=sent.expires_at):
        assert sent.is_expired and not sent.is_pending


def test_an_accepted_invitation_is_no_longer_pending():
    sent, _ = invitation(NetworkFactory(), "nieuw@voorbeeld.example")
    sent.accepted_at = timezone.now()
    assert not sent.is_pending and not sent.is_expired


def test_an_invitation_is_for_the_user_who_verified_its_address_in_any_case():
    sent, _ = invitation(NetworkFactory(), "Nieuw@Voorbeeld.example")
    assert sent.is_for(UserFactory(email="nieuw@voorbeeld.example"))
    assert not sent.is_for(UserFactory(email="ander@voorbeeld.example"))


def test_an_invitation_is_not_for_a_user_who_has_not_verified_the_address():
    sent, _ = invitation(NetworkFactory(), "nieuw@voorbeeld.example")
    assert not sent.is_for(UserFactory(email="nieuw@voorbeeld.example", verified=False))
