"""Login protection (toolbox_site/security.py, django-axes): a Dutch lockout after five wrong passwords, for
that name from that address, whose address is read behind the trusted proxies."""

import pytest
from django.test import Client, RequestFactory

from toolbox_site.security import client_ip

pytestmark = pytest.mark.django_db


def login(client, password):
    return client.post("/admin/login/", {"username": "redacteur", "password": password})


def test_the_admin_login_locks_out_after_five_wrong_passwords_with_a_dutch_page(client, django_user_model):
    django_user_model.objects.create_superuser("redacteur", "", "het-goede-wachtwoord")
    for _ in range(4):
        assert login(client, "fout").status_code == 200  # the form again, with its message

    assert login(client, "fout").status_code == 429
    locked = login(client, "het-goede-wachtwoord")
    assert locked.status_code == 429
    assert "Te vaak een verkeerd wachtwoord" in locked.text and "over 30 minuten" in locked.text
    assert "_auth_user_id" not in client.session

    elsewhere = Client(REMOTE_ADDR="192.0.2.20")  # the lock is for this name from that address only
    assert login(elsewhere, "het-goede-wachtwoord").status_code == 302


def test_a_good_login_clears_the_count(client, django_user_model):
    django_user_model.objects.create_superuser("redacteur", "", "het-goede-wachtwoord")
    for _ in range(4):
        login(client, "fout")
    assert login(client, "het-goede-wachtwoord").status_code == 302
    client.logout()
    for _ in range(4):
        assert login(client, "fout").status_code == 200


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "198.51.100.7", "203.0.113.1"),  # no proxy: the header is the visitor's own word
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # a forged first entry is passed over
        (2, "198.51.100.7", "203.0.113.1"),  # fewer entries than proxies: not to be trusted
    ],
)
def test_the_client_address_behind_trusted_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
