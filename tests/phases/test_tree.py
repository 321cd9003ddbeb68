"""The page tree keeps the shape of the design: each page type only where it belongs."""

import pytest

from home.models import HomePage
from phases.models import PhasePage, RoadmapPage, StepPage, SuccessFactorsPage
from tests import factories
from tools.models import PracticeStoryPage, StoryIndexPage, ToolIndexPage, ToolPage

pytestmark = pytest.mark.django_db


def test_index_pages_can_be_created_under_home_only(home, phases):
    for model in (RoadmapPage, ToolIndexPage, StoryIndexPage, SuccessFactorsPage):
        assert model.allowed_parent_page_models() == [HomePage]
        assert not model.can_create_at(phases[0])


def test_each_index_page_exists_once(home, roadmap, tool_index, story_index):
    factories.SuccessFactorsPageFactory()
    for model in (RoadmapPage, ToolIndexPage, StoryIndexPage, SuccessFactorsPage):
        assert not model.can_create_at(home), f"a second {model.__name__} could be created"


def test_index_pages_can_be_created_on_an_empty_home(home):
    for model in (RoadmapPage, ToolIndexPage, StoryIndexPage, SuccessFactorsPage):
        assert model.can_create_at(home)


def test_tool_cannot_be_created_under_a_phase(phases):
    assert not ToolPage.can_create_at(phases[0])


def test_tool_can_be_created_under_the_toolbox_only(tool_index, phases, story_index):
    assert ToolPage.can_create_at(tool_index)
    assert not ToolPage.can_create_at(story_index)
    assert ToolPage.allowed_parent_page_models() == [ToolIndexPage]


def test_story_belongs_under_the_story_index(story_index, tool_index):
    assert PracticeStoryPage.can_create_at(story_index)
    assert not PracticeStoryPage.can_create_at(tool_index)


def test_phase_belongs_under_the_roadmap_and_step_under_a_phase(roadmap, phases):
    assert PhasePage.allowed_parent_page_models() == [RoadmapPage]
    assert StepPage.allowed_parent_page_models() == [PhasePage]
    assert StepPage.can_create_at(phases[1])
    assert not StepPage.can_create_at(roadmap)


def test_roadmap_holds_at_most_four_phases(phases, roadmap):
    assert not PhasePage.can_create_at(roadmap)


def test_steps_tools_and_stories_have_no_children():
    for model in (StepPage, ToolPage, PracticeStoryPage, SuccessFactorsPage):
        assert model.allowed_subpage_models() == []
