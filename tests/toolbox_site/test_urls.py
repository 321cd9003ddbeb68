"""The site-wide addresses toolbox_site/urls.py mounts for search engines: sitemap.xml and robots.txt."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction

from scans.models import ScanPage
from tests import factories
from tests.pages import crawlable, robots_rules

pytestmark = pytest.mark.django_db


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_the_sitemap_lists_every_live_public_page_with_its_last_change(client, open_data, tool_index):
    scan = factories.ScanPageFactory(title="Samenwerkingsscan")
    for page in Page.objects.filter(depth__gt=1):
        page.specific.save_revision().publish()
    draft = factories.ToolPageFactory(parent=tool_index, title="Concept", live=False)
    private = factories.ToolPageFactory(parent=tool_index, title="Alleen voor leden")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="lid")

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    # The site's own output, not untrusted XML.
    urls = ET.fromstring(response.content).findall(f"{SITEMAP}url")  # noqa: S314
    locations = [url.findtext(f"{SITEMAP}loc") for url in urls]
    expected = {page.get_full_url() for page in Page.objects.live().public().filter(depth__gt=1)}
    assert set(locations) == expected and len(locations) == len(expected)
    assert {"http://localhost/", "http://localhost/toolbox/wijkscan/", scan.get_full_url()} <= expected
    assert draft.get_full_url() not in locations
    assert private.get_full_url() not in locations
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", url.findtext(f"{SITEMAP}lastmod") or "") for url in urls)


def sample_path(route):
    """A URL of a ScanPage route, with made-up values for its parts."""
    return re.sub(r"<int:\w+>", "1", re.sub(r"<(str:)?\w+>", "a1b2c3", str(route.pattern)))


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_secret_scan_links_only(client, open_data, tool_index):
    scan = factories.ScanPageFactory(title="Samenwerkingsscan")
    factories.ToolPageFactory(parent=tool_index, title="Team", slug="team")
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text.splitlines()
    rules = robots_rules(response.text)

    assert not crawlable(rules, "/admin/")
    assert not crawlable(rules, "/admin/pages/3/edit/")
    secret_routes = [route for route in ScanPage.get_subpage_urls() if str(route.pattern)]
    assert len(secret_routes) >= 5
    for route in secret_routes:
        assert not crawlable(rules, scan.url + sample_path(route)), route.pattern
    for path in ("/", "/toolbox/", "/toolbox/team/", scan.url, "/zelfscans/", "/api/v2/tools/", "/sitemap.xml"):
        assert crawlable(rules, path), path


def test_robots_txt_and_the_sitemap_are_kept_by_the_page_cache(client, settings, open_data):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    for url in ("/robots.txt", "/sitemap.xml"):
        assert client.get(url)["X-Cache"] == "miss"
        assert client.get(url)["X-Cache"] == "hit"
    cache.clear()
