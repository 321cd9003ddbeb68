"""The anonymous page cache (toolbox_site/page_cache.py): kept pages, emptied by every change, never for
editors, never fatal."""

import logging
import os
import socket

import pytest
from django.test import Client, override_settings

from tests import factories
from tests.pages import count_queries
from tools.models import Theme

pytestmark = pytest.mark.django_db

REDIS = ("127.0.0.1", 6379)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600  # the suite's fresh_cache empties it around every test


@pytest.fixture
def cached_toolbox(phases, tool_index):
    """The toolbox with one tool, Wijkscan, about dementia."""
    theme = factories.ThemeFactory(slug="dementie", name="Dementie")
    factories.ToolPageFactory(parent=tool_index, title="Wijkscan", labels={"phases": [phases[0]], "themes": [theme]})
    return tool_index


def test_a_second_anonymous_visit_gets_the_kept_page_with_one_small_query(client, cached_toolbox):
    first = client.get("/toolbox/?thema=dementie")
    assert first["X-Cache"] == "miss"
    second = client.get("/toolbox/?thema=dementie")
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert count_queries(client, "/toolbox/?thema=dementie") == 1  # the content version
    assert client.get("/toolbox/?thema=eenzaamheid")["X-Cache"] == "miss"  # the query string counts


def test_the_filtered_finder_is_right_again_after_a_publish_and_an_unpublish(client, cached_toolbox, phases):
    assert "1 tool gevonden" in client.get("/toolbox/?thema=dementie").text
    assert client.get("/toolbox/?thema=dementie")["X-Cache"] == "hit"

    tool = factories.ToolPageFactory(
        parent=cached_toolbox, title="Alzheimercafé", labels={"phases": [phases[1]], "themes": [Theme.objects.get()]}
    )
    tool.save_revision().publish()
    response = client.get("/toolbox/?thema=dementie")
    assert response["X-Cache"] == "miss"
    assert "2 tools gevonden" in response.text and "Alzheimercafé" in response.text

    client.get(tool.url)
    tool.unpublish()
    assert client.get(tool.url).status_code == 404
    assert "1 tool gevonden" in client.get("/toolbox/?thema=dementie").text


def test_a_renamed_theme_reaches_kept_pages(client, cached_toolbox):
    assert client.get("/toolbox/")["X-Cache"] == "miss"
    assert client.get("/toolbox/")["X-Cache"] == "hit"
    theme = Theme.objects.get()
    theme.name = "Dementie en geheugen"
    theme.save()
    assert "Dementie en geheugen" in client.get("/toolbox/").text


def test_editors_and_odd_requests_are_never_served_from_or_into_the_cache(client, admin_client, cached_toolbox):
    client.get("/toolbox/")
    assert "X-Cache" not in admin_client.get("/toolbox/")  # a session: the editor's own page
    assert "X-Cache" not in client.get("/bestaat-niet/")  # 404s are not kept
    assert "X-Cache" not in client.post("/toolbox/")
    assert "X-Cache" not in client.get("/admin/login/")
    assert "X-Cache" not in client.get("/healthz")


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache(location):
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }


def test_with_redis_down_pages_are_still_served_and_the_error_logged(cached_toolbox, caplog):
    with override_settings(CACHES=redis_cache(f"redis://127.0.0.1:{_closed_port()}/0")):
        from django.core.cache import caches

        caches["default"] = caches.create_connection("default")
        with caplog.at_level(logging.ERROR, logger="django_redis"):
            for _ in range(2):
                response = Client().get("/toolbox/")
                assert response.status_code == 200 and "Wijkscan" in response.text
        assert any("Connection" in record.getMessage() or record.exc_info for record in caplog.records)
        del caches["default"]


def test_with_redis_every_process_shares_the_kept_pages(cached_toolbox):
    try:
        socket.create_connection(REDIS, timeout=0.5).close()
    except OSError:
        if os.environ.get("CI"):
            pytest.fail("CI has Redis at 127.0.0.1:6379")
        pytest.skip("needs Redis at 127.0.0.1:6379")
    # A database of Redis of its own per round of CI (SQLite and PostgreSQL run side by side).
    number = 14 if os.environ.get("DATABASE_URL") else 15
    with override_settings(CACHES=redis_cache(f"redis://127.0.0.1:6379/{number}")):
        from django.core.cache import caches

        caches["default"] = caches.create_connection("default")
        caches["default"].clear()
        assert Client().get("/toolbox/")["X-Cache"] == "miss"
        assert Client().get("/toolbox/")["X-Cache"] == "hit"  # another visitor, from Redis
        caches["default"].clear()
        del caches["default"]


def test_saved_site_settings_reach_kept_pages(client, cached_toolbox):
    from home.models import SiteSettings

    client.get("/toolbox/")
    settings = SiteSettings.load()
    settings.footer_text = "Een toolbox van en voor wijknetwerken in heel Nederland."
    settings.save()
    assert "van en voor wijknetwerken in heel Nederland" in client.get("/toolbox/").text
