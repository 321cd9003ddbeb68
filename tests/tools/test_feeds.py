"""Atom feeds of new tools and new practice stories: valid Atom, newest first, live public pages only."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from tests import factories
from tests.pages import listing_queries, page_html

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def day(n):
    return datetime.datetime(2026, 11, n, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def feed_pages(phases, tool_index, story_index):
    """Three tools and two stories, each first published on its own day of November 2026."""
    dementie = factories.ThemeFactory(slug="dementie", name="Dementie")
    factories.ToolPageFactory(parent=tool_index, title="Wijkscan", first_published_at=day(2), last_published_at=day(9))
    factories.ToolPageFactory(
        parent=tool_index,
        title="Alzheimercafé",
        summary="Een avond over dementie & <geheugen> voor iedereen.",
        first_published_at=day(5),
        labels={"themes": [dementie]},
    )
    factories.ToolPageFactory(parent=tool_index, title="Spinnenweb", first_published_at=day(1))
    factories.PracticeStoryPageFactory(parent=story_index, title="Wedde dat 't lukt", first_published_at=day(3))
    factories.PracticeStoryPageFactory(parent=story_index, title="Samen in Oss", first_published_at=day(4))
    return tool_index


def atom(client, url):
    """The feed at `url` parsed, after checking it is served as Atom."""
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    # The site's own output, not untrusted XML.
    feed = ET.fromstring(response.content)  # noqa: S314
    assert feed.tag == f"{ATOM}feed"
    return feed


def is_absolute(url):
    parts = urlparse(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def assert_valid_atom(feed):
    """The elements RFC 4287 requires of a feed and of each entry, with absolute links."""
    for name in ("id", "title", "updated"):
        assert feed.findtext(f"{ATOM}{name}"), name
    assert feed.find(f"{ATOM}author/{ATOM}name") is not None
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert is_absolute(links["self"]) and is_absolute(links["alternate"])
    for entry in feed.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{name}"), name
        datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        assert is_absolute(entry.find(f"{ATOM}link").get("href"))


def entry_titles(feed):
    return [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]


def test_the_tools_feed_is_valid_atom_with_the_newest_tool_first(client, feed_pages):
    feed = atom(client, "/feeds/tools/")
    assert_valid_atom(feed)
    assert feed.findtext(f"{ATOM}title") == "Nieuwe tools – Wijknetwerk Toolbox"
    assert feed.findtext(f"{ATOM}subtitle")
    assert entry_titles(feed) == ["Alzheimercafé", "Wijkscan", "Spinnenweb"]
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links == {"self": "http://testserver/feeds/tools/", "alternate": "http://testserver/toolbox/"}


def test_an_entry_has_its_link_summary_dates_and_themes(client, feed_pages):
    entries = atom(client, "/feeds/tools/").findall(f"{ATOM}entry")
    alzheimer, wijkscan = entries[0], entries[1]
    assert alzheimer.find(f"{ATOM}link").get("href") == "http://testserver/toolbox/alzheimercafe/"
    assert alzheimer.findtext(f"{ATOM}id") == "http://testserver/toolbox/alzheimercafe/"
    # The summary is type="html": the plain text comes out as text, not as markup.
    summary = alzheimer.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    assert summary.text == "Een avond over dementie &amp; &lt;geheugen&gt; voor iedereen."
    assert [category.get("term") for category in alzheimer.findall(f"{ATOM}category")] == ["Dementie"]
    assert alzheimer.findtext(f"{ATOM}published").startswith("2026-11-05")
    assert wijkscan.findtext(f"{ATOM}published").startswith("2026-11-02")
    assert wijkscan.findtext(f"{ATOM}updated").startswith("2026-11-09")  # its last publish


def test_the_stories_feed_is_valid_atom_with_the_newest_story_first(client, feed_pages):
    feed = atom(client, "/feeds/praktijkverhalen/")
    assert_valid_atom(feed)
    assert feed.findtext(f"{ATOM}title") == "Nieuwe praktijkverhalen – Wijknetwerk Toolbox"
    assert entry_titles(feed) == ["Samen in Oss", "Wedde dat 't lukt"]
    alternate = [link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "alternate"]
    assert alternate == ["http://testserver/praktijkverhalen/"]


def test_drafts_and_private_pages_stay_out_of_the_feed(client, feed_pages, tool_index):
    factories.ToolPageFactory(parent=tool_index, title="Concept", live=False, first_published_at=day(20))
    private = factories.ToolPageFactory(parent=tool_index, title="Alleen voor leden", first_published_at=day(21))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="lid")
    assert entry_titles(atom(client, "/feeds/tools/")) == ["Alzheimercafé", "Wijkscan", "Spinnenweb"]


def test_an_empty_feed_is_still_valid_atom(client, phases, tool_index):
    feed = atom(client, "/feeds/tools/")
    assert_valid_atom(feed)
    assert entry_titles(feed) == []


def test_a_feed_shows_the_newest_twenty_with_the_same_queries_as_for_three(client, feed_pages, tool_index):
    def add_tools():
        for n in range(25):
            theme = factories.ThemeFactory()
            factories.ToolPageFactory(
                parent=tool_index, title=f"Nieuw {n}", first_published_at=day(10) + datetime.timedelta(hours=n),
                labels={"themes": [theme]},
            )  # fmt: skip

    few, many = listing_queries(client, "/feeds/tools/", add_tools)
    assert many == few
    titles = entry_titles(atom(client, "/feeds/tools/"))
    assert len(titles) == 20 and titles[0] == "Nieuw 24"


def test_the_finder_pages_name_their_feed_for_feed_readers(client, feed_pages):
    for url, title, feed in (
        ("/toolbox/", "Nieuwe tools", "/feeds/tools/"),
        ("/praktijkverhalen/", "Nieuwe praktijkverhalen", "/feeds/praktijkverhalen/"),
    ):
        html = page_html(client, url)
        assert f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{feed}">' in html
        atom(client, feed)


def test_every_page_links_both_feeds_in_its_footer(client, feed_pages):
    footer = page_html(client, "/").split('<footer class="site-footer">')[1]
    assert '<a href="/feeds/tools/">tools</a>' in footer
    assert '<a href="/feeds/praktijkverhalen/">praktijkverhalen</a>' in footer


def test_a_publish_reaches_the_kept_feed(client, settings, feed_pages, tool_index):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    assert client.get("/feeds/tools/")["X-Cache"] == "miss"
    assert client.get("/feeds/tools/")["X-Cache"] == "hit"

    tool = factories.ToolPageFactory(parent=tool_index, title="Buurtkompas", live=False)
    tool.save_revision().publish()  # sets its first publication: now, so newest
    response = client.get("/feeds/tools/")
    assert response["X-Cache"] == "miss"
    assert entry_titles(atom(client, "/feeds/tools/"))[0] == "Buurtkompas"
    cache.clear()
