"""What every page shares (templates/base.html): Dutch, landmarks, a skip link, the navigation, no
external assets, also on a 404."""

import re

import pytest

from tests.pages import page_html

pytestmark = pytest.mark.django_db


def test_every_page_has_dutch_language_landmarks_skip_link_and_navigation(client, site_content):
    for url in ["/", "/stappenplan/", "/stappenplan/vormgeven/", "/stappenplan/vormgeven/wijkscan-maken/", "/toolbox/",
                "/toolbox/sociale-kaart/", "/praktijkverhalen/", "/praktijkverhalen/dementienet-dukenburg/",
                "/succesfactoren/", "/zoeken/?q=kaart"]:  # fmt: skip
        html = page_html(client, url)
        assert '<html lang="nl"' in html, url
        assert 'href="#inhoud"' in html and 'id="inhoud"' in html, url
        assert "<header" in html and "<main" in html and "<footer" in html, url
        for label in ["Stappenplan", "Toolbox", "Praktijkverhalen", "Succesfactoren", "Zoeken"]:
            assert label in html, (url, label)
        head = html.split("</head>")[0]
        # What the browser loads (scripts, styles, icons, fonts); canonical and feed links are only named.
        loaded = re.findall(r'<(?:script|img|iframe)\b[^>]*\bsrc="([^"]+)"', head) + [
            href for rel, href in re.findall(r'<link rel="([^"]+)"[^>]*href="([^"]+)"', head)
            if rel not in ("canonical", "alternate")
        ]  # fmt: skip
        external = [asset for asset in loaded if re.match(r"(?:https?:)?//", asset)]
        assert loaded and external == [], ("no external assets in <head>", url, external)


def test_unknown_page_gives_a_dutch_404(client, site_content):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert '<html lang="nl"' in response.text
