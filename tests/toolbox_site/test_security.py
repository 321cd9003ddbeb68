"""Security headers on every response: a strict Content-Security-Policy, relaxed only in the admin."""

import re

import pytest
from django.test import Client, RequestFactory

from tests import factories
from toolbox_site.security import client_ip

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in re.split(r"\s*;\s*", policy) if part}


def test_public_pages_allow_only_the_sites_own_scripts_and_styles(client, home):
    policy = directives(client.get("/"))
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in str(policy) and "'unsafe-eval'" not in str(policy)


def test_error_pages_and_kept_pages_carry_the_policy_too(client, home, settings):
    assert directives(client.get("/bestaat-niet/"))["script-src"] == ["'self'"]
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/")
    hit = client.get("/")
    assert hit["X-Cache"] == "hit"
    assert directives(hit)["script-src"] == ["'self'"]


def test_the_admin_allows_no_inline_script_either_only_wagtails_inline_styles(admin_client):
    policy = directives(admin_client.get("/admin/"))
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["connect-src"] == ["'self'"]


@pytest.fixture
def tool(tool_index):
    return factories.ToolPageFactory(parent=tool_index)


@pytest.fixture
def story(story_index):
    return factories.PracticeStoryPageFactory(parent=story_index)


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\b(?:src=|type=\"application/json\"))[^>]*>", re.IGNORECASE)


@pytest.mark.parametrize(
    "path",
    [
        "/admin/pages/{tool}/edit/",  # a document chooser, a date field, inline panels
        "/admin/pages/{story}/edit/",
        "/admin/pages/add/tools/toolpage/{toolbox}/",
        "/admin/workflows/add/",  # the task chooser
    ],
)
def test_admin_forms_set_up_their_widgets_from_data_not_inline_scripts(admin_client, tool, story, path):
    html = admin_client.get(path.format(tool=tool.pk, story=story.pk, toolbox=tool.get_parent().pk)).text
    assert INLINE_SCRIPT.findall(html) == []
    assert 'data-admin-init>{"name": "' in html
    assert "js/admin-init" in html


def test_an_admin_init_element_cannot_close_its_script_or_name_another_function():
    from toolbox_site.admin_scripts import init_element

    html = init_element("initDateChooser", "id_x", {"format": "</script><script>alert(1)</script>"})
    assert "</script><script>" not in html and html.count("</script>") == 1
    with pytest.raises(ValueError):
        init_element("eval", "alert(1)")


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
