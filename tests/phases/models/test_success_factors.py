"""The success factors page (phases/models/success_factors.py): every factor by aspect, with its stories."""

import pytest

from tests.pages import page_html

pytestmark = pytest.mark.django_db


def test_success_factors_page_groups_factors_by_aspect_with_their_stories(client, site_content):
    html = page_html(client, "/succesfactoren/")
    assert "Gedeelde ambitie" in html
    assert 'id="factor-gevoelde-urgentie"' in html
    assert "DementieNet Dukenburg" in html
