"""The admin's login form (toolbox_site/admin_forms.py): every label in Dutch."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_login_page_labels_every_field_in_dutch(client):
    response = client.get("/admin/login/")
    assert re.search(r'for="id_password"[^>]*>\s*Wachtwoord', response.text)
    assert "Password" not in response.text
