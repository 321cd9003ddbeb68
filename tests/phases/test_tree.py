"""Where the roadmap's pages may go (phases/models/): the roadmap and the success factors page under
home, four phases under the roadmap, steps under a phase, nothing under a step."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from phases.models import PhasePage, RoadmapPage, StepPage, SuccessFactorsPage
from tests import factories
from tools.models import ToolIndexPage


class RoadmapTreeTests(WagtailPageTestCase):
    """The rules of the page types themselves (`parent_page_types`, `subpage_types`), as Wagtail reads them."""

    def test_index_pages_can_be_created_under_home_only(self):
        for model in (RoadmapPage, SuccessFactorsPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertCanCreateAt(HomePage, model)
            self.assertCanNotCreateAt(PhasePage, model)
            self.assertCanNotCreateAt(ToolIndexPage, model)

    def test_phase_belongs_under_the_roadmap_and_step_under_a_phase(self):
        self.assertAllowedParentPageTypes(PhasePage, {RoadmapPage})
        self.assertAllowedParentPageTypes(StepPage, {PhasePage})
        self.assertCanCreateAt(PhasePage, StepPage)
        self.assertCanNotCreateAt(RoadmapPage, StepPage)
        self.assertCanNotCreateAt(HomePage, PhasePage)

    def test_the_roadmap_holds_only_phases_and_a_phase_only_steps(self):
        self.assertAllowedSubpageTypes(RoadmapPage, {PhasePage})
        self.assertAllowedSubpageTypes(PhasePage, {StepPage})

    def test_steps_and_the_success_factors_page_have_no_children(self):
        self.assertAllowedSubpageTypes(StepPage, set())
        self.assertAllowedSubpageTypes(SuccessFactorsPage, set())


# The counted rules (`max_count`) depend on the pages there are: they are asked of a real parent.


@pytest.mark.django_db
def test_index_pages_can_be_created_on_an_empty_home(home):
    for model in (RoadmapPage, SuccessFactorsPage):
        assert model.can_create_at(home)


@pytest.mark.django_db
def test_each_index_page_exists_once(home, roadmap):
    factories.SuccessFactorsPageFactory()
    for model in (RoadmapPage, SuccessFactorsPage):
        assert not model.can_create_at(home), f"a second {model.__name__} could be created"


@pytest.mark.django_db
def test_roadmap_holds_at_most_four_phases(phases, roadmap):
    assert not PhasePage.can_create_at(roadmap)
