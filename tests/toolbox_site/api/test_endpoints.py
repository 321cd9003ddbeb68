"""Open data for other sites: the read-only API at /api/v2/, sitemap.xml and robots.txt."""

import datetime
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlencode, urlparse

import pytest
from django.apps import apps
from django.core.cache import cache
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page, PageViewRestriction

from scans.models import ScanPage
from tests import factories
from tests.pages import count_queries
from tools.models import PracticeStoryPage, Role, StoryStatusUpdate, Theme

pytestmark = pytest.mark.django_db

TOOL_FIELDS = {
    "id", "meta", "title", "summary", "tool_type", "phases", "steps", "roles", "themes", "time_needed",
    "external_url", "external_label", "document", "maintained_by", "last_checked", "source",
}  # fmt: skip
STORY_FIELDS = {
    "id", "meta", "title", "summary", "place", "province", "setting", "start_year", "end_year", "status",
    "initiator", "target_group", "partner_count", "partner_kinds", "funding", "support", "phase_reached", "roles",
    "themes", "success_factors", "tools_used", "lessons", "status_updates", "maintained_by", "last_checked", "source",
}  # fmt: skip
STEP_FIELDS = {"id", "meta", "title", "summary", "phase", "order", "guiding_questions", "success_factors", "tools"}
META_FIELDS = {"type", "detail_url", "html_url", "slug", "first_published_at", "last_published_at"}


@pytest.fixture
def toolbox(phases, tool_index, story_index):
    huisarts = factories.RoleFactory(slug="huisarts", name="Huisarts")
    gemeente = factories.RoleFactory(slug="gemeente", name="Gemeente")
    dementie = factories.ThemeFactory(slug="dementie", name="Dementie")
    eenzaamheid = factories.ThemeFactory(slug="eenzaamheid", name="Eenzaamheid")
    ggz = factories.ThemeFactory(slug="ggz", name="GGZ")
    factor = factories.SuccessFactorFactory(slug="gedeelde-ambitie", name="Gedeelde ambitie")
    kennismaken = factories.StepPageFactory(parent=phases[0], title="Kennismaken", order=1, success_factors=[factor])
    factories.StepPageFactory(parent=phases[0], title="Doel bepalen", order=2)
    factories.StepPageFactory(parent=phases[1], title="Afspraken maken", order=1)
    wijkscan = factories.ToolPageFactory(
        parent=tool_index,
        title="Wijkscan",
        summary="Breng de wijk in kaart met cijfers en gesprekken.",
        labels={"phases": [phases[0]], "steps": [kennismaken], "roles": [gemeente], "themes": [eenzaamheid]},
    )
    factories.ToolPageFactory(
        parent=tool_index,
        title="Alzheimercafé",
        tool_type="werkvorm",
        labels={"phases": [phases[2]], "roles": [huisarts, gemeente], "themes": [dementie, eenzaamheid]},
    )
    factories.ToolPageFactory(
        parent=tool_index,
        title="Spinnenweb",
        labels={"phases": [phases[2]], "roles": [huisarts], "themes": [ggz]},
    )
    factories.PracticeStoryPageFactory(
        parent=story_index,
        title="Wedde dat 't lukt",
        province="groningen",
        phase_reached=phases[3],
        lessons=[{"type": "lesson", "value": "Begin klein."}],
        labels={"roles": [huisarts], "themes": [eenzaamheid], "tools_used": [wijkscan], "success_factors": [factor]},
    )
    factories.PracticeStoryPageFactory(
        parent=story_index,
        title="Samen in Oss",
        province="noord-brabant",
        status="gestopt",
        end_year=2020,
        phase_reached=phases[1],
        labels={"roles": [gemeente], "themes": [dementie]},
    )
    return tool_index


def items(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.content)
    assert response["Content-Type"] == "application/json"
    return response.json()["items"]


def titles(client, url):
    return [item["title"] for item in items(client, url)]


def bad_request_message(client, url):
    response = client.get(url)
    assert response.status_code == 400, (url, response.content)
    assert response["Content-Type"] == "application/json"
    return response.json()["message"]


# --- the endpoints and what an item holds --------------------------------------------------


def test_tools_endpoint_lists_live_tools_in_title_order_with_their_taxonomies(client, toolbox):
    tools = items(client, "/api/v2/tools/")
    assert [tool["title"] for tool in tools] == ["Alzheimercafé", "Spinnenweb", "Wijkscan"]
    wijkscan = tools[2]
    assert set(wijkscan) == TOOL_FIELDS
    assert set(wijkscan["meta"]) == META_FIELDS
    assert wijkscan["summary"] == "Breng de wijk in kaart met cijfers en gesprekken."
    assert wijkscan["tool_type"] == {"slug": "methodiek", "name": "Methodiek"}
    assert wijkscan["phases"] == [{"slug": "verkennen", "name": "Verkennen", "number": 1}]
    assert wijkscan["roles"] == [{"slug": "gemeente", "name": "Gemeente"}]
    assert wijkscan["themes"] == [{"slug": "eenzaamheid", "name": "Eenzaamheid"}]
    assert [step["title"] for step in wijkscan["steps"]] == ["Kennismaken"]
    assert wijkscan["meta"]["html_url"] == "http://localhost/toolbox/wijkscan/"
    assert wijkscan["meta"]["type"] == "tools.ToolPage"
    assert urlparse(wijkscan["meta"]["detail_url"]).path == f"/api/v2/tools/{wijkscan['id']}/"


def test_a_tool_has_a_detail_url_with_the_same_fields(client, toolbox):
    tool = items(client, "/api/v2/tools/?thema=ggz")[0]
    response = client.get(urlparse(tool["meta"]["detail_url"]).path)
    assert response.status_code == 200
    assert response.json() == tool


def test_stories_endpoint_gives_the_facts_phase_reached_and_taxonomies(client, toolbox):
    stories = items(client, "/api/v2/praktijkverhalen/")
    assert [story["title"] for story in stories] == ["Samen in Oss", "Wedde dat 't lukt"]
    wedde = stories[1]
    assert set(wedde) == STORY_FIELDS
    assert wedde["province"] == {"slug": "groningen", "name": "Groningen"}
    assert wedde["status"] == {"slug": "actief", "name": "Actief"}
    assert wedde["setting"] == {"slug": "dorp", "name": "Dorp"}
    assert wedde["phase_reached"] == {"slug": "verankeren", "name": "Verankeren", "number": 4}
    assert wedde["roles"] == [{"slug": "huisarts", "name": "Huisarts"}]
    assert wedde["success_factors"][0]["slug"] == "gedeelde-ambitie"
    assert wedde["lessons"] == ["Begin klein."]
    assert [(tool["title"], tool["html_url"]) for tool in wedde["tools_used"]] == [
        ("Wijkscan", "http://localhost/toolbox/wijkscan/")
    ]
    assert stories[0]["end_year"] == 2020


def test_steps_endpoint_lists_steps_in_roadmap_order_with_their_phase(client, toolbox):
    steps = items(client, "/api/v2/stappen/")
    assert [step["title"] for step in steps] == ["Kennismaken", "Doel bepalen", "Afspraken maken"]
    first = steps[0]
    assert set(first) == STEP_FIELDS
    assert first["phase"] == {"slug": "verkennen", "name": "Verkennen", "number": 1}
    assert first["guiding_questions"] == ["Wie doet mee?", "Wat is het doel?"]
    assert first["success_factors"][0]["name"] == "Gedeelde ambitie"
    assert [tool["title"] for tool in first["tools"]] == ["Wijkscan"]
    assert steps[2]["phase"]["slug"] == "vormgeven"
    assert client.get(urlparse(first["meta"]["detail_url"]).path).json() == first


def test_fields_narrows_what_each_item_holds(client, toolbox):
    tool = items(client, "/api/v2/tools/?fields=_,id,title,themes")[0]
    assert set(tool) == {"id", "title", "themes"}


# --- filters -------------------------------------------------------------------------------


def test_tools_endpoint_filters_by_two_themes_with_either(client, toolbox):
    assert titles(client, "/api/v2/tools/?thema=dementie&thema=ggz") == ["Alzheimercafé", "Spinnenweb"]


def test_values_may_also_be_separated_by_commas(client, toolbox):
    assert titles(client, "/api/v2/tools/?thema=dementie,ggz") == ["Alzheimercafé", "Spinnenweb"]
    assert client.get("/api/v2/tools/?thema=dementie,ggz").json()["meta"]["total_count"] == 2


def test_a_tool_with_both_chosen_themes_is_listed_once(client, toolbox):
    assert titles(client, "/api/v2/tools/?thema=dementie,eenzaamheid") == ["Alzheimercafé", "Wijkscan"]


def test_different_facets_must_all_match(client, toolbox):
    assert titles(client, "/api/v2/tools/?fase=verdiepen&rol=gemeente") == ["Alzheimercafé"]
    assert titles(client, "/api/v2/tools/?fase=verdiepen&rol=gemeente&thema=ggz") == []
    assert titles(client, "/api/v2/tools/?type=werkvorm") == ["Alzheimercafé"]


def test_stories_filter_on_the_phase_reached_province_and_status(client, toolbox):
    assert titles(client, "/api/v2/praktijkverhalen/?fase=verankeren") == ["Wedde dat 't lukt"]
    assert titles(client, "/api/v2/praktijkverhalen/?rol=gemeente&status=gestopt") == ["Samen in Oss"]
    assert titles(client, "/api/v2/praktijkverhalen/?provincie=groningen,noord-brabant&thema=dementie") == [
        "Samen in Oss"
    ]


def test_steps_filter_on_their_phase(client, toolbox):
    assert titles(client, "/api/v2/stappen/?fase=vormgeven") == ["Afspraken maken"]
    assert titles(client, "/api/v2/stappen/?fase=vormgeven,verkennen") == [
        "Kennismaken",
        "Doel bepalen",
        "Afspraken maken",
    ]
    assert titles(client, "/api/v2/stappen/?fase=verankeren") == []


def test_an_unknown_filter_value_is_a_400_that_names_the_known_values(client, toolbox):
    message = bad_request_message(client, "/api/v2/tools/?thema=dementie&thema=bestaat-niet")
    assert message.startswith("Onbekende waarde voor ‘thema’: ‘bestaat-niet’.")
    assert "dementie, eenzaamheid, ggz" in message


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thema=", "is leeg"),
        ("thema=dementie,,ggz", "is leeg"),
        ("thema=<script>", "geen geldige waarde voor ‘thema’"),
        ("rol=huis%20arts", "geen geldige waarde voor ‘rol’"),
        ("fase=%00", "geen geldige waarde voor ‘fase’"),
        ("thema=" + "a" * 500, "geen geldige waarde"),
        ("thema=" + ",".join(f"t{i}" for i in range(31)), "Te veel waarden"),
        ("limit=abc", "‘limit’ moet een heel getal"),
        ("limit=-1", "‘limit’ moet een heel getal"),
        ("limit=1000", "hooguit 100"),
        ("offset=1.5", "‘offset’ moet een heel getal"),
        ("offset=99999999999999999999", "‘offset’ moet een heel getal"),
        ("fields=geheim", "Onbekend veld in ‘fields’: geheim"),
        ("fields=title(", "‘fields’ is niet goed opgebouwd"),
        ("search=wijk", "Onbekende parameter ‘search’"),
        ("format=api", "Onbekende parameter ‘format’"),
        ("title=Wijkscan", "Onbekende parameter ‘title’"),
    ],
)
def test_malformed_queries_are_a_400_with_a_dutch_message(client, toolbox, query, expected):
    assert expected in bad_request_message(client, f"/api/v2/tools/?{query}")


PARAMS = st.sampled_from(["fase", "rol", "thema", "type", "provincie", "status", "limit", "offset", "fields", "x"])
VALUES = st.one_of(
    st.sampled_from(["verkennen", "huisarts", "dementie,ggz", "werkvorm", "groningen", "*", "_,title", "", "2", "-5"]),
    st.text(max_size=120),
)


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pairs=st.lists(st.tuples(PARAMS, VALUES), max_size=6), raw=st.text(max_size=40))
def test_random_query_strings_get_an_answer_or_a_dutch_400_never_a_server_error(client, toolbox, pairs, raw):
    query = urlencode(pairs) + ("&" + raw if raw else "")
    for url in ("/api/v2/tools/", "/api/v2/praktijkverhalen/", "/api/v2/stappen/"):
        response = client.get(f"{url}?{query}")
        assert response.status_code in (200, 400), (url, query)
        assert response["Content-Type"] == "application/json"
        if response.status_code == 400:
            assert response.json()["message"]


def test_steps_have_no_roles_or_themes_to_filter_on(client, toolbox):
    message = bad_request_message(client, "/api/v2/stappen/?rol=huisarts")
    assert message == "Onbekende parameter ‘rol’. Deze lijst kent: fase, limit, offset en fields."


def test_limit_and_offset_page_through_the_list(client, toolbox):
    response = client.get("/api/v2/tools/?limit=1&offset=1")
    assert response.json()["meta"]["total_count"] == 3
    assert [item["title"] for item in response.json()["items"]] == ["Spinnenweb"]


# --- only live public pages; only the fields named ------------------------------------------


def test_drafts_and_private_pages_are_neither_listed_nor_found(client, toolbox, tool_index, story_index):
    draft = factories.ToolPageFactory(parent=tool_index, title="Concept", live=False)
    private = factories.ToolPageFactory(parent=tool_index, title="Alleen voor leden")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="lid")
    hidden_story = factories.PracticeStoryPageFactory(parent=story_index, title="Nog niet af")
    hidden_story.unpublish()

    assert "Concept" not in titles(client, "/api/v2/tools/")
    assert "Alleen voor leden" not in titles(client, "/api/v2/tools/")
    assert "Nog niet af" not in titles(client, "/api/v2/praktijkverhalen/")
    for url in (
        f"/api/v2/tools/{draft.pk}/",
        f"/api/v2/tools/{private.pk}/",
        f"/api/v2/praktijkverhalen/{hidden_story.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json()["message"].startswith("Niet gevonden")


def test_a_tool_is_not_found_in_the_stories_endpoint(client, toolbox):
    tool = items(client, "/api/v2/tools/")[0]
    assert client.get(f"/api/v2/praktijkverhalen/{tool['id']}/").status_code == 404


def test_the_story_fields_are_an_allow_list_that_ignores_the_models_api_fields(client, toolbox, monkeypatch):
    monkeypatch.setattr(PracticeStoryPage, "api_fields", ["owner", "locked_by", "submission"], raising=False)
    for url in ("/api/v2/praktijkverhalen/", "/api/v2/praktijkverhalen/?fields=*"):
        for story in items(client, url):
            assert set(story) == STORY_FIELDS
            assert set(story["meta"]) == META_FIELDS
    assert "Onbekend veld" in bad_request_message(client, "/api/v2/praktijkverhalen/?fields=owner")


def test_a_stories_contact_address_never_leaves_the_site(client, toolbox):
    try:
        submission_model = apps.get_model("tools", "StorySubmission")
    except LookupError:
        pytest.skip("tools.StorySubmission does not exist yet")
    story = PracticeStoryPage.objects.get(title="Wedde dat 't lukt")
    submission_model.objects.create(page=story, contact_email="inzender@example.org")
    assert "Onbekend veld" in bad_request_message(client, "/api/v2/praktijkverhalen/?fields=submission")
    for url in (
        "/api/v2/praktijkverhalen/",
        "/api/v2/praktijkverhalen/?fields=*",
        f"/api/v2/praktijkverhalen/{story.pk}/",
        "/feeds/praktijkverhalen/",
        "/sitemap.xml",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"inzender@example.org" not in response.content, url


# --- JSON only, read only, constant queries, kept by the page cache ---------------------------


def test_the_api_answers_json_also_to_a_browser(client, toolbox):
    response = client.get("/api/v2/tools/", headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert b"<script" not in response.content


def test_the_api_is_read_only(client, toolbox):
    assert client.post("/api/v2/tools/", {"title": "Nieuw"}).status_code == 405
    assert client.delete("/api/v2/tools/").status_code == 405


def make_tools(count, tool_index, phases):
    for i in range(count):
        role, theme = factories.RoleFactory(), factories.ThemeFactory()
        factories.ToolPageFactory(
            parent=tool_index,
            labels={"phases": [phases[i % 4]], "roles": [role], "themes": [theme, factories.ThemeFactory()]},
        )


def make_stories(count, story_index, phases):
    tool = factories.ToolPageFactory()
    factor = factories.SuccessFactorFactory()
    for i in range(count):
        story = factories.PracticeStoryPageFactory(
            parent=story_index,
            phase_reached=phases[i % 4],
            lessons=[{"type": "lesson", "value": "Begin klein."}],
            labels={"tools_used": [tool], "success_factors": [factor]},
        )
        StoryStatusUpdate.objects.create(page=story, date=datetime.date(2026, 1, 1), text="Het loopt nog.")


def make_steps(count, phases):
    tool = factories.ToolPageFactory()
    factor = factories.SuccessFactorFactory()
    for i in range(count):
        step = factories.StepPageFactory(parent=phases[i % 4], success_factors=[factor])
        tool.steps.add(step)
    tool.save()


@pytest.mark.parametrize(
    ("url", "make"),
    [
        ("/api/v2/tools/", lambda n, f: make_tools(n, f["tool_index"], f["phases"])),
        ("/api/v2/praktijkverhalen/", lambda n, f: make_stories(n, f["story_index"], f["phases"])),
        ("/api/v2/stappen/", lambda n, f: make_steps(n, f["phases"])),
    ],
)
def test_a_listing_costs_the_same_queries_for_3_or_20_items(
    client, phases, tool_index, story_index, django_assert_max_num_queries, url, make
):
    fixtures = {"phases": phases, "tool_index": tool_index, "story_index": story_index}
    make(3, fixtures)
    client.get(url)
    few = count_queries(client, url)
    make(17, fixtures)
    client.get(url)
    with django_assert_max_num_queries(few):
        assert len(items(client, url)) == 20


def test_a_filtered_listing_costs_no_more_for_more_items(client, phases, tool_index):
    make_tools(3, tool_index, phases)
    url = "/api/v2/tools/?fase=verkennen,vormgeven&rol=" + ",".join(Role.objects.values_list("slug", flat=True)[:2])
    client.get(url)
    few = count_queries(client, url)
    make_tools(17, tool_index, phases)
    client.get(url)
    assert count_queries(client, url) == few


def test_the_page_cache_keeps_the_api_and_a_publish_reaches_it(client, settings, toolbox, tool_index):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    assert client.get("/api/v2/tools/?thema=ggz")["X-Cache"] == "miss"
    assert client.get("/api/v2/tools/?thema=ggz")["X-Cache"] == "hit"
    assert "X-Cache" not in client.get("/api/v2/tools/?thema=onbekend")  # a 400 is never kept

    tool = factories.ToolPageFactory(
        parent=tool_index, title="GGZ-kaart", labels={"themes": [Theme.objects.get(slug="ggz")]}
    )
    tool.save_revision().publish()
    assert titles(client, "/api/v2/tools/?thema=ggz") == ["GGZ-kaart", "Spinnenweb"]
    cache.clear()


# --- sitemap.xml and robots.txt ------------------------------------------------------------

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_the_sitemap_lists_every_live_public_page_with_its_last_change(client, toolbox, tool_index):
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


def sample_path(route):
    """A URL of a ScanPage route, with made-up values for its parts."""
    return re.sub(r"<int:\w+>", "1", re.sub(r"<(str:)?\w+>", "a1b2c3", str(route.pattern)))


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_secret_scan_links_only(client, toolbox, tool_index):
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


def test_robots_txt_and_the_sitemap_are_kept_by_the_page_cache(client, settings, toolbox):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    for url in ("/robots.txt", "/sitemap.xml"):
        assert client.get(url)["X-Cache"] == "miss"
        assert client.get(url)["X-Cache"] == "hit"
    cache.clear()
