"""Workspace accounts (django-allauth): sign up with an e-mail address, codes by e-mail, the site's own screens."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from networks.models import Membership, Network
from tests import factories
from tests.networks.factories import UserFactory, invitation

pytestmark = pytest.mark.django_db

EMAIL = "nieuw@voorbeeld.example"


def code_in(message):
    return re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", message.body, re.MULTILINE).group(1)


def signed_in_user(client):
    return client.session.get("_auth_user_id")


def key_limit(rate):
    """The number of a "…,N/period/key" allauth rate: how often one e-mail address may ask."""
    return int(next(part for part in rate.split(",") if part.endswith("/key")).split("/")[0])


def test_signing_up_takes_only_an_e_mail_address_and_the_e_mailed_code_confirms_it_and_signs_in(home):
    client = Client()
    response = client.post("/account/signup/", {"email": EMAIL})
    assert response.status_code == 302 and response["Location"] == "/account/confirm-email/"
    user = get_user_model().objects.get(email=EMAIL)
    assert not user.has_usable_password()
    assert not EmailAddress.objects.get(user=user).verified
    assert signed_in_user(client) is None

    [message] = mail.outbox
    assert message.to == [EMAIL] and message.subject == "Wijknetwerk Toolbox: Bevestig je e-mailadres"
    page = client.get("/account/confirm-email/")
    assert "Bevestig je e-mailadres" in page.text and EMAIL in page.text
    confirmed = client.post("/account/confirm-email/", {"code": code_in(message)})
    assert confirmed.status_code == 302 and confirmed["Location"] == reverse("networks:index")
    assert EmailAddress.objects.get(user=user).verified
    assert signed_in_user(client) == str(user.pk)


def test_a_wrong_confirmation_code_neither_confirms_nor_signs_in(home):
    client = Client()
    client.post("/account/signup/", {"email": EMAIL})
    wrong = "AAAA-AAAA" if code_in(mail.outbox[0]) != "AAAA-AAAA" else "BBBB-BBBB"
    response = client.post("/account/confirm-email/", {"code": wrong})
    assert response.status_code in (200, 400)
    assert signed_in_user(client) is None
    assert not EmailAddress.objects.get(email=EMAIL).verified


def test_an_invited_person_signs_up_from_the_invitation_and_comes_back_to_it(network, kartrekker):
    _, token = invitation(network, EMAIL)
    link = reverse("networks:accept_invitation", args=[token])
    client = Client()
    client.post(f"/account/signup/?next={link}", {"email": EMAIL, "next": link})
    confirmed = client.post("/account/confirm-email/", {"code": code_in(mail.outbox[0])})
    assert confirmed["Location"] == link
    role = factories.RoleFactory()
    assert client.post(link, {"name": "Nieuw lid", "role": role.pk}).status_code == 302
    assert Membership.objects.filter(network=network, user__email=EMAIL).exists()


def test_signing_in_by_e_mailed_code(network, member):
    Network.objects.filter(pk=network.pk).update(last_active_at=timezone.now() - timedelta(days=300))
    client = Client()
    response = client.post("/account/login/code/", {"email": member.user.email.upper()})
    assert response.status_code == 302 and response["Location"] == "/account/login/code/confirm/"
    [message] = mail.outbox
    assert message.to == [member.user.email] and message.subject == "Wijknetwerk Toolbox: Je inlogcode"
    assert "Vul je inlogcode in" in client.get(response["Location"]).text

    signed = client.post("/account/login/code/confirm/", {"code": code_in(message)})
    assert signed.status_code == 302 and signed["Location"] == reverse("networks:index")
    assert signed_in_user(client) == str(member.user.pk)
    network.refresh_from_db()
    assert timezone.now() - network.last_active_at < timedelta(minutes=1)  # the retention clock starts again
    assert network.name in client.get(reverse("networks:index")).text


def test_asking_a_code_for_an_unknown_address_looks_the_same_and_signs_nobody_in(home):
    client = Client()
    response = client.post("/account/login/code/", {"email": "onbekend@voorbeeld.example"})
    assert response.status_code == 302 and response["Location"] == "/account/login/code/confirm/"
    [message] = mail.outbox
    assert "geen account" in message.body
    client.post("/account/login/code/confirm/", {"code": "ABCD-EFGH"})
    assert signed_in_user(client) is None


def test_asking_codes_for_one_e_mail_address_too_often_answers_429_whatever_the_address_it_comes_from(member, settings):
    allowed = key_limit(settings.ACCOUNT_RATE_LIMITS["request_login_code"])
    for i in range(allowed):
        response = Client(REMOTE_ADDR=f"192.0.2.{i + 1}").post("/account/login/code/", {"email": member.user.email})
        assert response.status_code == 302, i
    refused = Client(REMOTE_ADDR="198.51.100.7").post("/account/login/code/", {"email": member.user.email})
    assert refused.status_code == 429
    assert "Te veel inlogpogingen. Probeer het later nogmaals." in refused.text
    assert f'value="{member.user.email}"' in refused.text  # the form is kept
    assert len(mail.outbox) == allowed
    other = Client(REMOTE_ADDR="198.51.100.7").post("/account/login/code/", {"email": "ander@voorbeeld.example"})
    assert other.status_code == 302


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/account/login/", "<h1>Inloggen</h1>"),
        ("/account/signup/", "<h1>Account maken</h1>"),
        ("/account/login/code/", "<h1>Inloggen met een code</h1>"),
    ],
)
def test_the_account_screens_are_the_sites_own(home, path, heading):
    response = Client().get(path)
    assert response.status_code == 200
    assert '<header class="site-header">' in response.text and "Wijknetwerk <strong>Toolbox</strong>" in response.text
    assert heading in response.text
    assert '<html lang="nl">' in response.text


def test_the_sign_in_screen_offers_a_code_by_e_mail_first_and_sign_up(home):
    html = Client().get("/account/login/").text
    assert html.index("Stuur mij een inlogcode") < html.index("Inloggen met een wachtwoord")
    assert 'href="/account/signup/"' in html


def test_a_workspace_user_gets_no_access_to_the_admin(home, member):
    client = Client()
    client.force_login(member.user, backend="allauth.account.auth_backends.AuthenticationBackend")
    for path in ("/admin/", "/admin/netwerkplekken/", "/admin/snippets/networks/neededrole/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/admin/login/?next=/admin/"), path


def test_a_workspace_user_with_a_password_still_gets_no_further_than_the_admin_login(home):
    user = UserFactory(email="lid@voorbeeld.example")
    user.set_password("een-lang-wachtwoord-42")
    user.save()
    client = Client()
    client.post("/admin/login/", {"username": user.username, "password": "een-lang-wachtwoord-42"})
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
