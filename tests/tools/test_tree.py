"""Where the toolbox's pages may go (tools/models/): the toolbox and the stories' section under home,
tools under the toolbox, stories under their section, nothing under a tool or a story."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from phases.models import PhasePage
from tools.models import PracticeStoryPage, StoryIndexPage, ToolIndexPage, ToolPage


class ToolboxTreeTests(WagtailPageTestCase):
    """The rules of the page types themselves (`parent_page_types`, `subpage_types`), as Wagtail reads them."""

    def test_index_pages_can_be_created_under_home_only(self):
        for model in (ToolIndexPage, StoryIndexPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertCanCreateAt(HomePage, model)
            self.assertCanNotCreateAt(PhasePage, model)

    def test_tool_cannot_be_created_under_a_phase(self):
        self.assertCanNotCreateAt(PhasePage, ToolPage)

    def test_tool_can_be_created_under_the_toolbox_only(self):
        self.assertCanCreateAt(ToolIndexPage, ToolPage)
        self.assertCanNotCreateAt(StoryIndexPage, ToolPage)
        self.assertAllowedParentPageTypes(ToolPage, {ToolIndexPage})

    def test_story_belongs_under_the_story_index(self):
        self.assertCanCreateAt(StoryIndexPage, PracticeStoryPage)
        self.assertCanNotCreateAt(ToolIndexPage, PracticeStoryPage)
        self.assertAllowedParentPageTypes(PracticeStoryPage, {StoryIndexPage})

    def test_the_toolbox_holds_only_tools_and_the_stories_section_only_stories(self):
        self.assertAllowedSubpageTypes(ToolIndexPage, {ToolPage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {PracticeStoryPage})

    def test_tools_and_stories_have_no_children(self):
        self.assertAllowedSubpageTypes(ToolPage, set())
        self.assertAllowedSubpageTypes(PracticeStoryPage, set())


# The counted rule (`max_count = 1`) depends on the pages there are: it is asked of the real home page.


@pytest.mark.django_db
def test_index_pages_can_be_created_on_an_empty_home(home):
    for model in (ToolIndexPage, StoryIndexPage):
        assert model.can_create_at(home)


@pytest.mark.django_db
def test_each_index_page_exists_once(home, tool_index, story_index):
    for model in (ToolIndexPage, StoryIndexPage):
        assert not model.can_create_at(home), f"a second {model.__name__} could be created"
