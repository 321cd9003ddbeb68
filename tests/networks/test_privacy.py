"""Privacy: the workspace is never cached, indexed or published, and nothing of a network reaches the public site."""

import pytest
from django.test import Client

from networks import services
from networks.urls import urlpatterns
from tests import factories
from tests.networks.conftest import KARTREKKER_EMAIL, NETWORK_NAME, PARTNER_NAME, signed_in
from tests.pages import crawlable, robots_rules

pytestmark = pytest.mark.django_db

NOTE = "Vertrouwelijk: wethouder twijfelt over subsidie"


def assert_private(response, where):
    cache_control = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    assert {"private", "no-store"} <= cache_control, (where, response.get("Cache-Control"))


def assert_private_and_unindexed(response, where):
    assert_private(response, where)
    assert "noindex" in response.get("X-Robots-Tag", ""), where
    assert response.get("Referrer-Policy") == "same-origin", where


@pytest.mark.parametrize("who", ["kartrekker", "reader", "outsider", "signed out"])
def test_every_workspace_answer_is_private_and_not_indexed_whoever_asks(world, outsider, who):
    client = {
        "kartrekker": lambda: signed_in(world.kartrekker.user),
        "reader": lambda: signed_in(world.reader.user),
        "outsider": lambda: signed_in(outsider),
        "signed out": Client,
    }[who]()
    for pattern in urlpatterns:
        url = world.url(pattern)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            assert_private_and_unindexed(response, f"{method.upper()} {pattern.name} ({response.status_code})")


def test_an_address_under_the_workspace_that_does_not_exist_is_private_too():
    assert_private_and_unindexed(Client().get("/netwerk/bestaat/niet/"), "404")


@pytest.mark.parametrize(
    "path", ["/account/login/", "/account/signup/", "/account/login/code/", "/account/password/reset/"]
)
def test_the_account_screens_are_private_and_not_indexed(home, path):
    response = Client().get(path)
    assert response.status_code == 200
    assert_private_and_unindexed(response, path)
    assert '<meta name="robots" content="noindex, nofollow">' in response.text


@pytest.mark.parametrize("path", ["/", "/stappenplan/", "/stappenplan/verkennen/verken-de-wijk/", "/bestaat-niet/"])
def test_every_page_for_a_signed_in_user_is_private(steps, outsider, path):
    response = signed_in(outsider).get(path)
    assert response.status_code in (200, 404)
    assert_private(response, path)


def test_public_pages_for_a_visitor_without_an_account_stay_shareable(steps):
    response = Client().get(steps[0].url)
    assert "private" not in response.get("Cache-Control", "")
    assert "X-Robots-Tag" not in response


def test_the_page_cache_keeps_no_workspace_or_account_answer(world, settings):
    settings.PAGE_CACHE_SECONDS = 600
    visitor = Client()
    for path in (f"/netwerk/uitnodiging/{world.token}/", "/account/login/", "/netwerk/"):
        for _ in range(2):
            assert "X-Cache" not in visitor.get(path), path


@pytest.fixture
def public_content(steps, tool_index, world):
    """The public site with a step, a tool and a story, and a network with a note, partner and team scan."""
    tool = factories.ToolPageFactory(parent=tool_index, title="Wijkscan")
    for page in (*steps, tool):
        page.save_revision().publish()
    services.set_step_status(world.network, steps[0], "bezig", NOTE, world.member)
    return world


def secrets_in(text, world):
    found = [secret for secret in (NETWORK_NAME, PARTNER_NAME, KARTREKKER_EMAIL, NOTE) if secret in text]
    return found + ([world.network.key] if world.network.key in text else [])


@pytest.mark.parametrize("path", ["/sitemap.xml", "/api/v2/stappen/", "/api/v2/tools/", "/feeds/tools/", "/"])
def test_nothing_of_a_network_is_in_the_open_data_or_the_public_pages(public_content, path):
    response = Client().get(path)
    assert response.status_code == 200
    assert secrets_in(response.content.decode(), public_content) == []


def test_the_open_data_lists_the_steps_a_network_works_on_without_its_progress(public_content):
    response = Client().get("/api/v2/stappen/")
    assert "Verken de wijk" in response.text
    assert "bezig" not in response.text.lower()


@pytest.mark.parametrize("query", [NETWORK_NAME, PARTNER_NAME, "wethouder subsidie", "Tjalleberd"])
def test_the_site_search_finds_nothing_of_a_network(public_content, query):
    response = Client().get("/zoeken/", {"q": query})
    assert response.status_code == 200
    assert "Niets gevonden" in response.text
    body = response.text.replace(query, "")  # the page repeats what was searched for
    assert secrets_in(body, public_content) == []


def test_the_site_search_for_a_member_finds_nothing_of_their_own_network_either(public_content):
    response = signed_in(public_content.member.user).get("/zoeken/", {"q": PARTNER_NAME})
    assert "Niets gevonden" in response.text


def test_robots_txt_keeps_crawlers_out_of_the_workspace_and_the_accounts(home):
    rules = robots_rules(Client().get("/robots.txt").text)
    for path in ("/netwerk/", "/netwerk/abc123/", "/netwerk/uitnodiging/abc/", "/account/login/", "/account/signup/"):
        assert not crawlable(rules, path), path
    for path in ("/", "/stappenplan/", "/toolbox/"):
        assert crawlable(rules, path), path
