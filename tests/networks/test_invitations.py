"""Invitations: sent by e-mail, used once within 14 days, only by the invited verified address, and rate-limited."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from networks.models import Invitation, Membership, WorkspaceRole
from networks.models.invitation import digest
from tests import factories
from tests.networks.conftest import NETWORK_NAME, signed_in
from tests.networks.factories import UserFactory, invitation

pytestmark = pytest.mark.django_db

INVITED = "nieuw@voorbeeld.example"


def accept_url(token):
    return reverse("networks:accept_invitation", args=[token])


def invite(client, network, email=INVITED, role=WorkspaceRole.MEMBER):
    return client.post(reverse("networks:invite", args=[network.key]), {"email": email, "workspace_role": role})


def link_in(message):
    return re.search(r"http://testserver(/netwerk/uitnodiging/[^/\s]+/)", message.body).group(1)


@pytest.fixture
def inviter(kartrekker):
    return signed_in(kartrekker.user)


@pytest.fixture
def invited():
    return UserFactory(email=INVITED)


@pytest.fixture
def role():
    return factories.RoleFactory(slug="wijkverpleegkundige", name="Wijkverpleegkundige")


def test_a_kartrekker_invites_by_e_mail_and_the_invited_person_joins_with_the_role_given(
    network, inviter, invited, role
):
    response = invite(inviter, network, "Nieuw@Voorbeeld.example", WorkspaceRole.READER)
    assert response.status_code == 302 and response["Location"] == reverse("networks:members", args=[network.key])
    [message] = mail.outbox
    assert message.to == [INVITED]
    assert NETWORK_NAME in message.subject
    assert "één keer" in message.body and "meelezer" in message.body

    client = signed_in(invited)
    page = client.get(link_in(message))
    assert page.status_code == 200 and "Doe mee" in page.text
    joined = client.post(link_in(message), {"name": "Jeroen (wijkverpleegkundige)", "role": role.pk})
    assert joined.status_code == 302 and joined["Location"] == network.get_absolute_url()
    membership = Membership.objects.get(network=network, user=invited)
    assert (membership.name, membership.role, membership.workspace_role) == (
        "Jeroen (wijkverpleegkundige)",
        role,
        WorkspaceRole.READER,
    )
    assert Invitation.objects.get(network=network).accepted_at is not None


def test_only_a_digest_of_the_token_is_stored(network, inviter):
    invite(inviter, network)
    token = link_in(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]
    stored = Invitation.objects.get(network=network)
    assert stored.token_digest == digest(token)
    assert token not in str(list(Invitation.objects.values_list()))


def test_an_expired_invitation_answers_410_and_adds_no_member(network, invited, role):
    sent, token = invitation(network, INVITED)
    Invitation.objects.filter(pk=sent.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    client = signed_in(invited)
    for response in (
        client.get(accept_url(token)),
        client.post(accept_url(token), {"name": "Te laat", "role": role.pk}),
    ):
        assert response.status_code == 410
        assert "Deze uitnodiging is verlopen" in response.text
    assert not Membership.objects.filter(network=network, user=invited).exists()


def test_an_invitation_used_once_answers_410_the_second_time_and_leaves_one_membership(network, invited, role):
    _, token = invitation(network, INVITED)
    client = signed_in(invited)
    assert client.post(accept_url(token), {"name": "Jeroen", "role": role.pk}).status_code == 302
    for response in (client.get(accept_url(token)), client.post(accept_url(token), {"name": "Weer", "role": role.pk})):
        assert response.status_code == 410
        assert "Deze uitnodiging is al gebruikt" in response.text
    assert Membership.objects.filter(network=network, user=invited).count() == 1
    assert Membership.objects.get(network=network, user=invited).name == "Jeroen"


def test_an_invitation_used_by_someone_signed_in_with_another_address_answers_403_and_adds_no_member(
    network, outsider, role
):
    sent, token = invitation(network, INVITED)
    client = signed_in(outsider)
    for response in (
        client.get(accept_url(token)),
        client.post(accept_url(token), {"name": "Indringer", "role": role.pk}),
    ):
        assert response.status_code == 403
        assert "Deze uitnodiging is voor een ander e-mailadres" in response.text
        assert NETWORK_NAME not in response.text
    assert not Membership.objects.filter(user=outsider).exists()
    sent.refresh_from_db()
    assert sent.accepted_at is None  # still there for the person it was meant for


def test_an_address_that_is_not_verified_cannot_use_the_invitation(network, role):
    unverified = UserFactory(email=INVITED, verified=False)
    _, token = invitation(network, INVITED)
    response = signed_in(unverified).post(accept_url(token), {"name": "Nog niet bevestigd", "role": role.pk})
    assert response.status_code == 403
    assert not Membership.objects.filter(user=unverified).exists()


def test_an_unknown_token_answers_404(network, invited):
    invitation(network, INVITED)
    for client in (Client(), signed_in(invited)):
        response = client.get(accept_url("geraden-token"))
        assert response.status_code == 404
        assert "Deze uitnodiging kennen we niet" in response.text
        assert NETWORK_NAME not in response.text


def test_a_signed_out_visitor_gets_sign_in_and_sign_up_links_that_come_back_to_the_invitation(network):
    _, token = invitation(network, INVITED)
    response = Client().get(accept_url(token))
    assert response.status_code == 200
    back = f"?next={accept_url(token)}"
    assert f'href="/account/signup/{back}"' in response.text
    assert f'href="/account/login/{back}"' in response.text
    assert not Membership.objects.filter(network=network).exclude(workspace_role="kartrekker").exists()


def test_an_invalid_name_keeps_the_invitation_open_and_answers_400(network, invited):
    sent, token = invitation(network, INVITED)
    response = signed_in(invited).post(accept_url(token), {"name": "", "role": ""})
    assert response.status_code == 400
    assert "Vul dit in." in response.text and "Kies een rol." in response.text
    sent.refresh_from_db()
    assert sent.accepted_at is None


def test_a_member_who_opens_an_invitation_again_keeps_their_membership_and_uses_it_up(network, member):
    sent, token = invitation(network, member.user.email)
    response = signed_in(member.user).get(accept_url(token))
    assert response.status_code == 302 and response["Location"] == network.get_absolute_url()
    member.refresh_from_db()
    assert member.workspace_role == WorkspaceRole.MEMBER
    sent.refresh_from_db()
    assert sent.accepted_at is not None


def test_a_new_invitation_to_the_same_address_replaces_the_open_one(network, inviter, invited):
    invite(inviter, network, INVITED, WorkspaceRole.MEMBER)
    invite(inviter, network, INVITED.upper(), WorkspaceRole.READER)
    first, second = (link_in(message) for message in mail.outbox)
    [open_invitation] = Invitation.objects.filter(network=network)
    assert open_invitation.workspace_role == WorkspaceRole.READER
    client = signed_in(invited)
    assert client.get(first).status_code == 404
    assert client.get(second).status_code == 200


def test_an_accepted_invitation_is_not_replaced_by_a_new_one(network, inviter, invited, role, member):
    sent, token = invitation(network, INVITED)
    signed_in(invited).post(accept_url(token), {"name": "Jeroen", "role": role.pk})
    Membership.objects.filter(user=invited).delete()  # left again
    invite(inviter, network, INVITED)
    assert Invitation.objects.filter(network=network).count() == 2
    assert Invitation.objects.get(pk=sent.pk).accepted_at is not None


def test_nobody_who_is_a_member_already_is_invited(network, inviter, member):
    response = invite(inviter, network, member.user.email.upper())
    assert response.status_code == 400
    assert "Iemand met dit e-mailadres is al lid van het netwerk." in response.text
    assert mail.outbox == [] and not Invitation.objects.exists()


def test_a_kartrekker_revokes_an_invitation_and_its_link_stops_working(network, inviter, invited):
    sent, token = invitation(network, INVITED)
    members_page = inviter.get(reverse("networks:members", args=[network.key]))
    assert INVITED in members_page.text
    response = inviter.post(reverse("networks:revoke_invitation", args=[network.key, sent.pk]))
    assert response.status_code == 302
    assert not Invitation.objects.filter(pk=sent.pk).exists()
    assert signed_in(invited).get(accept_url(token)).status_code == 404
    after = inviter.get(reverse("networks:members", args=[network.key])).text
    assert f"uitnodiging voor {INVITED}</span>" in members_page.text
    assert f"uitnodiging voor {INVITED}</span>" not in after


def test_revoking_by_get_changes_nothing(network, inviter):
    sent, _ = invitation(network, INVITED)
    assert inviter.get(reverse("networks:revoke_invitation", args=[network.key, sent.pk])).status_code == 302
    assert Invitation.objects.filter(pk=sent.pk).exists()


def test_an_accepted_invitation_cannot_be_revoked(network, inviter, invited, role):
    sent, token = invitation(network, INVITED)
    signed_in(invited).post(accept_url(token), {"name": "Jeroen", "role": role.pk})
    assert inviter.post(reverse("networks:revoke_invitation", args=[network.key, sent.pk])).status_code == 404
    assert Invitation.objects.filter(pk=sent.pk).exists()


def test_one_address_may_send_only_so_many_invitations_then_429_with_the_form_kept(network, inviter, settings):
    settings.NETWORK_INVITATION_RATE_LIMITS = {"address": (2, 3600), "email": (5, 86400)}
    assert invite(inviter, network, "een@voorbeeld.example").status_code == 302
    assert invite(inviter, network, "twee@voorbeeld.example").status_code == 302
    refused = invite(inviter, network, "drie@voorbeeld.example", WorkspaceRole.READER)
    assert refused.status_code == 429
    assert "te veel uitnodigingen" in refused.text
    assert 'value="drie@voorbeeld.example"' in refused.text
    assert re.search(r'value="meelezer"[^>]*checked', refused.text)
    assert len(mail.outbox) == 2
    assert not Invitation.objects.filter(email="drie@voorbeeld.example").exists()
    # Another address still may.
    other = signed_in(network.memberships.get().user, REMOTE_ADDR="192.0.2.9")
    assert invite(other, network, "drie@voorbeeld.example").status_code == 302


def test_one_e_mail_address_receives_only_so_many_invitations_whoever_sends_them(
    network, inviter, other_network, settings
):
    settings.NETWORK_INVITATION_RATE_LIMITS = {"address": (20, 3600), "email": (1, 86400)}
    assert invite(inviter, network, INVITED).status_code == 302
    elsewhere = signed_in(other_network.memberships.get().user, REMOTE_ADDR="192.0.2.9")
    refused = invite(elsewhere, other_network, INVITED.upper())
    assert refused.status_code == 429
    assert f'value="{INVITED.upper()}"' in refused.text or f'value="{INVITED}"' in refused.text
    assert len(mail.outbox) == 1
    assert not Invitation.objects.filter(network=other_network).exists()
    again = invite(inviter, network, INVITED)
    assert again.status_code == 429
    assert Invitation.objects.filter(network=network).count() == 1  # the open one is not replaced by a refusal
