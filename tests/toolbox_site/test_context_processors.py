"""The main navigation every page shows (toolbox_site/context_processors.py): it follows the page tree."""

import re

import pytest

from tests.pages import page_html

pytestmark = pytest.mark.django_db


def test_the_navigation_follows_a_section_that_moves_or_goes_offline(client, site_content, tool_index):
    menu = re.compile(r'<nav[^>]*aria-label="Hoofdmenu".*?</nav>', re.DOTALL)
    assert 'href="/toolbox/"' in menu.search(page_html(client, "/")).group()

    tool_index.slug = "gereedschap"
    tool_index.save_revision().publish()
    assert 'href="/gereedschap/"' in menu.search(page_html(client, "/")).group()

    tool_index.unpublish()
    assert "gereedschap" not in menu.search(page_html(client, "/")).group()
