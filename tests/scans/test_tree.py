"""Where the zelfscans may go (scans/models/pages.py): one "Zelfscans" index under home, scans under it."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from scans.models import ScanIndexPage, ScanPage
from tests import factories
from tools.models import ToolIndexPage


class ScanTreeTests(WagtailPageTestCase):
    """The rules of the page types themselves (`parent_page_types`, `subpage_types`), as Wagtail reads them."""

    def test_the_zelfscans_index_belongs_under_home_and_holds_only_scans(self):
        self.assertAllowedParentPageTypes(ScanIndexPage, {HomePage})
        self.assertCanCreateAt(HomePage, ScanIndexPage)
        self.assertAllowedSubpageTypes(ScanIndexPage, {ScanPage})

    def test_a_scan_belongs_under_the_zelfscans_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ScanPage, {ScanIndexPage})
        self.assertCanNotCreateAt(HomePage, ScanPage)
        self.assertCanNotCreateAt(ToolIndexPage, ScanPage)
        self.assertAllowedSubpageTypes(ScanPage, set())


@pytest.mark.django_db
def test_a_scan_lives_only_under_the_one_zelfscans_index(home):
    assert ScanPage.can_create_at(factories.ScanIndexPageFactory())
    assert not ScanPage.can_create_at(home)
    assert not ScanPage.can_create_at(factories.ToolIndexPageFactory())
    assert not ScanIndexPage.can_create_at(home)  # there is one already
    assert ScanPage.allowed_subpage_models() == []
