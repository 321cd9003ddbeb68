"""The top of the page tree (home/models.py): one home page under Wagtail's root, the sections under it."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from phases.models import RoadmapPage, SuccessFactorsPage
from scans.models import ScanIndexPage
from tools.models import StoryIndexPage, ToolIndexPage


class HomeTreeTests(WagtailPageTestCase):
    """The rules of the page type itself (`parent_page_types`, `subpage_types`), as Wagtail reads them."""

    def test_the_home_page_sits_directly_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_the_home_page_holds_the_sections(self):
        # HomePage names no subpage_types, so Wagtail lists its own Page as well; that base class
        # is not creatable, so an editor is offered the sections only.
        sections = {RoadmapPage, ToolIndexPage, StoryIndexPage, SuccessFactorsPage, ScanIndexPage}
        self.assertAllowedSubpageTypes(HomePage, sections | {Page})
        self.assertEqual(set(HomePage.creatable_subpage_models()), sections)


@pytest.mark.django_db
def test_there_is_one_home_page(home):
    assert not HomePage.can_create_at(Page.get_first_root_node())
