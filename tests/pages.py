"""Helpers for tests that request pages as a visitor, a search engine or another site does."""

import json
import re
from html.parser import HTMLParser

from django.db import connection
from django.test.utils import CaptureQueriesContext


def page_html(client, url):
    """The HTML of `url`, which must answer 200."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.text


def count_queries(client, url):
    """How many SQL queries one request for `url` runs."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def listing_queries(client, url, add_items):
    """The queries of one request for the listing at `url`, before and after `add_items()`: (few, many)."""
    count_queries(client, url)  # warm per-process caches (site root, content types)
    few = count_queries(client, url)
    add_items()
    count_queries(client, url)  # the first request after a change rebuilds the facet index
    return few, count_queries(client, url)


def page_tree():
    """The root page, home page, site and root collection the migrations make (a transactional test flushes them)."""
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page, Site

    from home.models import HomePage

    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    if HomePage.objects.exists():
        return
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    home = root.add_child(instance=HomePage(title="Wijknetwerk Toolbox", slug="home", intro="Voor wijknetwerken."))
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Wijknetwerk Toolbox")


def moderation_workflow():
    """The moderators' approval workflow on the whole tree, as Wagtail's migrations make it (a flush removes it)."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

    group, _ = Group.objects.get_or_create(name="Moderatoren")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    workflow, created = Workflow.objects.get_or_create(name="Goedkeuring door moderatoren")
    if created:
        task = GroupApprovalTask.objects.create(name="Goedkeuring door moderatoren")
        task.groups.set([group])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)  # a cluster child: saved directly
    WorkflowPage.objects.get_or_create(page=Page.get_first_root_node(), defaults={"workflow": workflow})
    return workflow


# --- what search engines and link previews read in a page's <head> ---------------------------

SITE = "http://localhost"  # the test site's root URL, as the canonical links use it


class HeadReader(HTMLParser):
    """The JSON-LD blocks, the `<meta property|name>` tags and the canonical link of a page."""

    def __init__(self, html):
        super().__init__()
        self.json_ld, self.meta, self.canonical = [], {}, None
        self._in_json_ld = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")
        elif tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta[attrs.get("property") or attrs["name"]] = attrs.get("content")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data


def read_head(client, url):
    return HeadReader(page_html(client, url))


def json_ld(client, url):
    """The one JSON-LD object of `url`, parsed."""
    blocks = read_head(client, url).json_ld
    assert len(blocks) == 1, blocks
    return json.loads(blocks[0])


# --- the open data API -----------------------------------------------------------------------


def api_items(client, url):
    """The items of an API listing at `url`, which must answer 200 with JSON."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.content)
    assert response["Content-Type"] == "application/json"
    return response.json()["items"]


def api_titles(client, url):
    return [item["title"] for item in api_items(client, url)]


def api_bad_request_message(client, url):
    """The message of the 400 that `url` must answer, in JSON."""
    response = client.get(url)
    assert response.status_code == 400, (url, response.content)
    assert response["Content-Type"] == "application/json"
    return response.json()["message"]


# --- robots.txt ------------------------------------------------------------------------------


def robots_rules(text):
    rules = []
    for line in text.splitlines():
        field, _, value = line.partition(":")
        if field.strip().lower() in ("allow", "disallow") and value.strip():
            rules.append((field.strip().lower(), value.strip()))
    return rules


def crawlable(rules, path):
    """RFC 9309: the longest matching rule wins, `*` matches any characters, Allow wins a tie."""
    matches = [
        (len(pattern), kind == "allow")
        for kind, pattern in rules
        if re.match(re.escape(pattern).replace(r"\*", ".*").replace(r"\$", "$"), path)
    ]
    return max(matches, default=(0, True))[1]
