"""What toolbox_site/structured_data.py adds to every page for search engines and link previews:
JSON-LD written safely with absolute URLs (each page type's own JSON-LD is tested beside its model),
and the OpenGraph and Twitter-card tags."""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests import factories
from tests.pages import SITE, HeadReader, json_ld, page_html, read_head

pytestmark = pytest.mark.django_db


def urls_in(data):
    """Every value of a "url" or "contentUrl" key, at any depth."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("url", "contentUrl", "mainEntityOfPage", "image"):
                yield value
            else:
                yield from urls_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from urls_in(item)


DETAIL_PAGES = [
    "/stappenplan/vormgeven/wijkscan-maken/",
    "/toolbox/sociale-kaart/",
    "/praktijkverhalen/dementienet-dukenburg/",
]


@pytest.mark.parametrize("url", DETAIL_PAGES)
def test_every_url_in_the_structured_data_is_absolute(client, step_tool_story, url):
    found = list(urls_in(json_ld(client, url)))
    assert found
    for value in found:
        assert value.startswith(f"{SITE}/"), value


def test_a_title_with_a_closing_script_tag_cannot_end_the_json_ld_early(client, step_tool_story):
    story = step_tool_story["story"]
    story.title = 'Wijk </script><script>alert("x")</script> & co'
    story.save_revision().publish()
    html = page_html(client, "/praktijkverhalen/dementienet-dukenburg/")
    assert "</script><script>alert" not in html
    assert json_ld(client, "/praktijkverhalen/dementienet-dukenburg/")["headline"] == story.title


@pytest.mark.parametrize("url", ["/", "/toolbox/", "/praktijkverhalen/", "/stappenplan/vormgeven/"])
def test_listings_and_the_home_page_have_no_json_ld(client, step_tool_story, url):
    assert read_head(client, url).json_ld == []


def test_step_shares_as_a_website_with_its_title_summary_and_canonical_url(client, step_tool_story):
    page = read_head(client, "/stappenplan/vormgeven/wijkscan-maken/")
    assert page.meta["og:type"] == "website"
    assert page.meta["og:title"] == "Maak een wijkscan"
    assert page.meta["og:description"] == "Breng samen in kaart wat er in de wijk speelt."
    assert page.meta["og:url"] == page.canonical == f"{SITE}/stappenplan/vormgeven/wijkscan-maken/"
    assert page.meta["og:site_name"] == "Wijknetwerk Toolbox"
    assert page.meta["og:locale"] == "nl_NL"
    assert page.meta["twitter:card"] == "summary"
    assert "og:image" not in page.meta


def test_tool_shares_as_a_website_with_its_summary(client, step_tool_story):
    page = read_head(client, "/toolbox/sociale-kaart/")
    assert page.meta["og:type"] == "website"
    assert page.meta["og:title"] == "Sociale kaart"
    assert page.meta["og:description"] == "Een overzicht van wie wat doet in de wijk."
    assert page.meta["og:url"] == f"{SITE}/toolbox/sociale-kaart/"


def test_story_without_an_image_shares_as_an_article_without_one(client, step_tool_story):
    page = read_head(client, "/praktijkverhalen/dementienet-dukenburg/")
    assert page.meta["og:type"] == "article"
    assert page.meta["og:title"] == "DementieNet Dukenburg"
    assert page.meta["og:url"] == f"{SITE}/praktijkverhalen/dementienet-dukenburg/"
    assert "article:published_time" in page.meta
    assert "og:image" not in page.meta
    assert page.meta["twitter:card"] == "summary"


def test_story_with_an_image_shares_it_as_an_absolute_rendition_with_its_size(client, step_tool_story):
    story = step_tool_story["story"]
    story.image = get_image_model().objects.create(
        title="Het wijkcentrum", description="Bewoners in het wijkcentrum", file=get_test_image_file()
    )
    story.save_revision().publish()
    rendition = story.image.get_rendition("fill-1200x630")
    page = read_head(client, "/praktijkverhalen/dementienet-dukenburg/")
    assert page.meta["og:image"] == f"{SITE}{rendition.url}"
    assert page.meta["og:image:width"] == str(rendition.width)
    assert page.meta["og:image:height"] == str(rendition.height)
    assert page.meta["og:image:alt"] == "Bewoners in het wijkcentrum"
    assert page.meta["twitter:card"] == "summary_large_image"
    assert json_ld(client, "/praktijkverhalen/dementienet-dukenburg/")["image"] == f"{SITE}{rendition.url}"


def test_home_page_shares_as_the_website_with_its_intro(client, step_tool_story):
    page = read_head(client, "/")
    assert page.meta["og:type"] == "website"
    assert page.meta["og:title"] == "Wijknetwerk Toolbox"
    assert page.meta["og:description"] == page.meta["description"] == factories.home_page().intro
    assert page.meta["og:url"] == page.canonical == f"{SITE}/"


def test_a_filtered_listing_shares_the_plain_listing_it_names_as_canonical(client, step_tool_story):
    page = read_head(client, "/toolbox/?thema=dementie")
    assert page.meta["og:url"] == page.canonical
    assert "thema" not in page.meta["og:url"]


def test_a_page_outside_the_tree_still_names_the_site(client, step_tool_story):
    response = client.get("/bestaat-niet/")
    page = HeadReader(response.text)
    assert page.meta["og:site_name"] == "Wijknetwerk Toolbox"
    assert page.meta["og:title"] == "Wijknetwerk Toolbox"
    assert "og:url" not in page.meta
