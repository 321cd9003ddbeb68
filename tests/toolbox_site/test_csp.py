"""The Content-Security-Policy on every response (django-csp, settings.CONTENT_SECURITY_POLICY): strict on
the public site, relaxed for Wagtail's inline styles only in the admin (toolbox_site/csp.py)."""

import re

import pytest

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
