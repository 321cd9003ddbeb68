"""What search engines and link previews read: schema.org JSON-LD on steps, tools and stories, and
OpenGraph and Twitter-card tags on every page."""

import datetime
import json
from html.parser import HTMLParser

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests import factories
from tests.pages import page_html

pytestmark = pytest.mark.django_db

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


def read(client, url):
    return HeadReader(page_html(client, url))


def json_ld(client, url):
    """The one JSON-LD object of `url`, parsed."""
    blocks = read(client, url).json_ld
    assert len(blocks) == 1, blocks
    return json.loads(blocks[0])


def same_moment(iso_text, moment):
    """An ISO 8601 time in JSON (to the millisecond) names `moment`."""
    return abs(datetime.datetime.fromisoformat(iso_text) - moment) < datetime.timedelta(milliseconds=1)


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


@pytest.fixture
def content(phases, tool_index, story_index):
    """A step with two guiding questions and one tool, that tool, and a story that used it."""
    huisarts = factories.RoleFactory(name="Huisarts en POH", slug="huisarts")
    gemeente = factories.RoleFactory(name="Gemeente", slug="gemeente")
    dementie = factories.ThemeFactory(name="Dementie", slug="dementie")
    eenzaamheid = factories.ThemeFactory(name="Eenzaamheid", slug="eenzaamheid")
    step = factories.StepPageFactory(
        parent=phases[1],
        title="Maak een wijkscan",
        slug="wijkscan-maken",
        summary="Breng samen in kaart wat er in de wijk speelt.",
        guiding_questions=factories.questions("Wat speelt er in de wijk?", "Wie kent de wijk het best?"),
    )
    tool = factories.ToolPageFactory(
        parent=tool_index,
        title="Sociale kaart",
        slug="sociale-kaart",
        summary="Een overzicht van wie wat doet in de wijk.",
        tool_type="format",
        maintained_by="Radboudumc",
        last_checked=datetime.date(2026, 10, 12),
        labels={"phases": [phases[1]], "steps": [step], "roles": [huisarts, gemeente], "themes": [dementie]},
    )
    story = factories.PracticeStoryPageFactory(
        parent=story_index,
        title="DementieNet Dukenburg",
        slug="dementienet-dukenburg",
        summary="Huisartsen en welzijn werken samen rond dementie.",
        place="Nijmegen, Dukenburg",
        province="gelderland",
        phase_reached=phases[2],
        labels={"roles": [huisarts], "themes": [dementie, eenzaamheid], "tools_used": [tool]},
    )
    story.save_revision().publish()  # as an editor does: it now has a first publication date
    return {"step": step, "tool": tool, "story": story}


def test_step_page_is_a_howto_whose_steps_are_its_guiding_questions(client, content):
    data = json_ld(client, "/stappenplan/vormgeven/wijkscan-maken/")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "HowTo"
    assert data["name"] == "Maak een wijkscan"
    assert data["description"] == "Breng samen in kaart wat er in de wijk speelt."
    assert data["url"] == f"{SITE}/stappenplan/vormgeven/wijkscan-maken/"
    question_1, question_2 = "Wat speelt er in de wijk?", "Wie kent de wijk het best?"
    assert data["step"] == [
        {"@type": "HowToStep", "position": 1, "name": question_1, "text": question_1},
        {"@type": "HowToStep", "position": 2, "name": question_2, "text": question_2},
    ]
    assert data["isPartOf"]["name"] == "Netwerk vormgeven"
    assert data["isPartOf"]["position"] == 2
    assert data["isPartOf"]["url"] == f"{SITE}/stappenplan/vormgeven/"
    assert data["tool"] == [{"@type": "HowToTool", "name": "Sociale kaart", "url": f"{SITE}/toolbox/sociale-kaart/"}]


def test_tool_page_is_a_learning_resource_with_themes_as_keywords_and_roles_as_audience(client, content):
    data = json_ld(client, "/toolbox/sociale-kaart/")
    assert data["@type"] == "LearningResource"
    assert data["name"] == "Sociale kaart"
    assert data["description"] == "Een overzicht van wie wat doet in de wijk."
    assert data["url"] == f"{SITE}/toolbox/sociale-kaart/"
    assert data["learningResourceType"] == "Format of checklist"
    assert data["keywords"] == ["Dementie"]
    assert data["audience"] == [  # in the roles' own order
        {"@type": "Audience", "audienceType": "Gemeente"},
        {"@type": "Audience", "audienceType": "Huisarts en POH"},
    ]
    assert data["dateModified"] == "2026-10-12"
    assert data["maintainer"] == {"@type": "Organization", "name": "Radboudumc"}


def test_story_page_is_an_article_about_its_themes_set_in_its_province(client, content):
    data = json_ld(client, "/praktijkverhalen/dementienet-dukenburg/")
    story = content["story"]
    story.refresh_from_db()
    assert data["@type"] == "Article"
    assert data["headline"] == "DementieNet Dukenburg"
    assert data["description"] == "Huisartsen en welzijn werken samen rond dementie."
    assert data["url"] == f"{SITE}/praktijkverhalen/dementienet-dukenburg/"
    assert same_moment(data["datePublished"], story.first_published_at)
    assert same_moment(data["dateModified"], story.last_published_at)
    assert data["keywords"] == ["Dementie", "Eenzaamheid"]
    assert [thing["name"] for thing in data["about"]] == ["Dementie", "Eenzaamheid"]
    assert data["contentLocation"]["@type"] == "Place"
    assert data["contentLocation"]["name"] == "Nijmegen, Dukenburg"
    assert data["contentLocation"]["address"]["addressRegion"] == "Gelderland"
    assert data["publisher"] == {"@type": "Organization", "name": "Wijknetwerk Toolbox", "url": f"{SITE}/"}
    assert "image" not in data


DETAIL_PAGES = [
    "/stappenplan/vormgeven/wijkscan-maken/",
    "/toolbox/sociale-kaart/",
    "/praktijkverhalen/dementienet-dukenburg/",
]


@pytest.mark.parametrize("url", DETAIL_PAGES)
def test_every_url_in_the_structured_data_is_absolute(client, content, url):
    found = list(urls_in(json_ld(client, url)))
    assert found
    for value in found:
        assert value.startswith(f"{SITE}/"), value


def test_a_title_with_a_closing_script_tag_cannot_end_the_json_ld_early(client, content):
    story = content["story"]
    story.title = 'Wijk </script><script>alert("x")</script> & co'
    story.save_revision().publish()
    html = page_html(client, "/praktijkverhalen/dementienet-dukenburg/")
    assert "</script><script>alert" not in html
    assert json_ld(client, "/praktijkverhalen/dementienet-dukenburg/")["headline"] == story.title


@pytest.mark.parametrize("url", ["/", "/toolbox/", "/praktijkverhalen/", "/stappenplan/vormgeven/"])
def test_listings_and_the_home_page_have_no_json_ld(client, content, url):
    assert read(client, url).json_ld == []


def test_step_shares_as_a_website_with_its_title_summary_and_canonical_url(client, content):
    page = read(client, "/stappenplan/vormgeven/wijkscan-maken/")
    assert page.meta["og:type"] == "website"
    assert page.meta["og:title"] == "Maak een wijkscan"
    assert page.meta["og:description"] == "Breng samen in kaart wat er in de wijk speelt."
    assert page.meta["og:url"] == page.canonical == f"{SITE}/stappenplan/vormgeven/wijkscan-maken/"
    assert page.meta["og:site_name"] == "Wijknetwerk Toolbox"
    assert page.meta["og:locale"] == "nl_NL"
    assert page.meta["twitter:card"] == "summary"
    assert "og:image" not in page.meta


def test_tool_shares_as_a_website_with_its_summary(client, content):
    page = read(client, "/toolbox/sociale-kaart/")
    assert page.meta["og:type"] == "website"
    assert page.meta["og:title"] == "Sociale kaart"
    assert page.meta["og:description"] == "Een overzicht van wie wat doet in de wijk."
    assert page.meta["og:url"] == f"{SITE}/toolbox/sociale-kaart/"


def test_story_without_an_image_shares_as_an_article_without_one(client, content):
    page = read(client, "/praktijkverhalen/dementienet-dukenburg/")
    assert page.meta["og:type"] == "article"
    assert page.meta["og:title"] == "DementieNet Dukenburg"
    assert page.meta["og:url"] == f"{SITE}/praktijkverhalen/dementienet-dukenburg/"
    assert "article:published_time" in page.meta
    assert "og:image" not in page.meta
    assert page.meta["twitter:card"] == "summary"


def test_story_with_an_image_shares_it_as_an_absolute_rendition_with_its_size(client, content):
    story = content["story"]
    story.image = get_image_model().objects.create(
        title="Het wijkcentrum", description="Bewoners in het wijkcentrum", file=get_test_image_file()
    )
    story.save_revision().publish()
    rendition = story.image.get_rendition("fill-1200x630")
    page = read(client, "/praktijkverhalen/dementienet-dukenburg/")
    assert page.meta["og:image"] == f"{SITE}{rendition.url}"
    assert page.meta["og:image:width"] == str(rendition.width)
    assert page.meta["og:image:height"] == str(rendition.height)
    assert page.meta["og:image:alt"] == "Bewoners in het wijkcentrum"
    assert page.meta["twitter:card"] == "summary_large_image"
    assert json_ld(client, "/praktijkverhalen/dementienet-dukenburg/")["image"] == f"{SITE}{rendition.url}"


def test_home_page_shares_as_the_website_with_its_intro(client, content):
    page = read(client, "/")
    assert page.meta["og:type"] == "website"
    assert page.meta["og:title"] == "Wijknetwerk Toolbox"
    assert page.meta["og:description"] == page.meta["description"] == factories.home_page().intro
    assert page.meta["og:url"] == page.canonical == f"{SITE}/"


def test_a_filtered_listing_shares_the_plain_listing_it_names_as_canonical(client, content):
    page = read(client, "/toolbox/?thema=dementie")
    assert page.meta["og:url"] == page.canonical
    assert "thema" not in page.meta["og:url"]


def test_a_page_outside_the_tree_still_names_the_site(client, content):
    response = client.get("/bestaat-niet/")
    page = HeadReader(response.text)
    assert page.meta["og:site_name"] == "Wijknetwerk Toolbox"
    assert page.meta["og:title"] == "Wijknetwerk Toolbox"
    assert "og:url" not in page.meta
