"""Every page type opens in Wagtail's admin, to add and to edit, in Dutch."""

import pytest
from wagtail.models import Page

from home.models import HomePage
from phases.models import StepPage
from tests import factories
from tests.admin_forms import add_url, edit_url
from tools.models import PracticeStoryPage, ToolPage

pytestmark = pytest.mark.django_db


def test_add_form_of_every_page_type_opens_in_dutch(admin_client, home, roadmap, phases, tool_index, story_index):
    parents = {
        ToolPage: tool_index,
        PracticeStoryPage: story_index,
        StepPage: phases[0],
    }
    for model, parent in parents.items():
        response = admin_client.get(add_url(model, parent))
        assert response.status_code == 200
        assert 'lang="nl"' in response.text or "lang=nl" in response.text
    response = admin_client.get(add_url(ToolPage, tool_index))
    assert "Kies minstens één fase" in response.text  # help text on the phases field
    # The default workflow's button, named by Wagtail's migrations in English, and renamed by ours
    assert "Stuur door naar Goedkeuring door moderatoren" in response.text
    assert "Moderators" not in response.text


def test_edit_view_of_every_page_type_opens(admin_client, home, phases, tool_index, story_index):
    step = factories.StepPageFactory(parent=phases[0])
    tool = factories.ToolPageFactory(parent=tool_index, labels={"phases": [phases[0]]})
    story = factories.PracticeStoryPageFactory(parent=story_index, phase_reached=phases[0])
    success = factories.SuccessFactorsPageFactory()
    for page in [home, phases[0].get_parent(), phases[0], step, tool_index, tool, story_index, story, success]:
        response = admin_client.get(edit_url(page))
        assert response.status_code == 200, page
    assert isinstance(Page.objects.get(depth=2).specific, HomePage)
