"""The demo content itself (home/fixtures/demo/), loaded as `make run` does: its volume and its links."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from home.models import HomePage
from networks.models import NeededRole
from phases.models import PhasePage, StepPage, SuccessAspect, SuccessFactor
from scans.models import ScanPage
from toolbox_site import readability
from tools.models import PracticeStoryPage, Role, Theme, ToolPage

pytestmark = pytest.mark.django_db


def test_demo_content_has_the_promised_volume(demo):
    assert PhasePage.objects.count() == 4
    assert StepPage.objects.count() == 14
    for phase in PhasePage.objects.all():
        assert 3 <= StepPage.objects.child_of(phase).count() <= 4, phase
    assert ToolPage.objects.count() >= 25
    assert PracticeStoryPage.objects.count() >= 14
    assert SuccessAspect.objects.count() == 5
    assert SuccessFactor.objects.filter(kind="indicator").count() == 20
    assert SuccessFactor.objects.filter(kind="praktijk").exists()
    assert Role.objects.count() >= 10 and Theme.objects.count() >= 15
    assert len(HomePage.objects.get().recommendations) == 3


def test_demo_content_follows_the_link_rules(demo):
    for tool in ToolPage.objects.all():
        assert tool.phases.exists() and tool.roles.exists() and tool.themes.exists(), tool
        assert len(tool.body) > 0, tool
    for step in StepPage.objects.all():
        assert step.tools.count() >= 2, step
        assert len(step.body) > 0, step
    for story in PracticeStoryPage.objects.all():
        assert story.tools_used.count() >= 1, story
        assert story.success_factors.count() >= 2, story
        assert len(story.body) > 0, story


def test_demo_content_has_the_two_scans_the_issue_asks_for(demo):
    kaats, reos = ScanPage.objects.order_by("path")
    kaats_dims = [block.value for block in kaats.dimensions]
    assert [d["aspect"].slug for d in kaats_dims] == list(SuccessAspect.objects.values_list("slug", flat=True))
    assert [len(d["statements"]) for d in kaats_dims] == [4, 4, 4, 4, 4]
    assert [block.value["title"] for block in reos.dimensions] == [
        "Maatschappij en meerwaarde",
        "Organisatie en overleg",
        "Cultuur en verbeteren",
        "Persoon en werkplezier",
    ]
    for scan in (kaats, reos):
        assert scan.tool is not None
        for block in scan.dimensions:
            assert block.value["advice"].source and (block.value["steps"] or block.value["tools"]), block.value["title"]


def test_the_stopped_merenwijk_field_lab_is_marked_with_its_lessons(demo):
    merenwijk = PracticeStoryPage.objects.get(slug="proeftuin-merenwijk")
    assert merenwijk.status == "gestopt"
    assert (merenwijk.start_year, merenwijk.end_year) == (2017, 2018)
    assert len(merenwijk.lessons) >= 5


def test_demo_content_loads_twice_without_change(demo):
    counts = (Page.objects.count(), Revision.objects.count())
    call_command("load_demo_content", verbosity=0)
    assert (Page.objects.count(), Revision.objects.count()) == counts


def test_demo_content_names_the_roles_a_network_needs_each_with_a_live_step_or_tool(demo):
    needed = list(NeededRole.objects.select_related("role", "help_page"))
    assert {item.role.slug for item in needed} >= {"kartrekker", "huisarts", "gemeente", "wijkbewoner"}
    assert all(item.why and item.help_page is not None and item.help_page.live for item in needed)


def test_demo_content_has_a_simple_version_at_b1_of_every_phase_and_step_and_the_ten_most_used_tools(demo):
    pages = [*PhasePage.objects.live(), *StepPage.objects.live(), *ToolPage.most_used(10)]
    assert len(pages) == 4 + 14 + 10
    levels = {page.slug: page.readability(simple=True) for page in pages}
    assert [slug for slug, assessment in levels.items() if assessment is None] == []  # each has one
    assert {slug: a.level for slug, a in levels.items() if not readability.reaches(a.level)} == {}
    # The simple versions are what the normal ones are not: easier, by the same checker.
    harder = [page.slug for page in pages if page.readability().score >= levels[page.slug].score]
    assert harder == []
