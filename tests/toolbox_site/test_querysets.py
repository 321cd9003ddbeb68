"""`.public()` of roadmap and toolbox pages (toolbox_site.querysets): restricted pages stay out of listings."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from phases.models import PhasePage, StepPage
from tests import factories
from tests.pages import page_html
from toolbox_site.content_version import ContentVersion
from tools.models import ToolPage

pytestmark = pytest.mark.django_db

PHASE = "/stappenplan/verkennen/"
STEP = "/stappenplan/verkennen/klein-beginnen/"
OTHER_STEP = "/stappenplan/verkennen/bewoners-bevragen/"


@pytest.fixture
def steps_and_a_tool(phases, tool_index):
    first = factories.StepPageFactory(parent=phases[0], order=1, title="Klein beginnen", slug="klein-beginnen")
    second = factories.StepPageFactory(parent=phases[0], order=2, title="Bewoners bevragen", slug="bewoners-bevragen")
    factories.ToolPageFactory(
        parent=tool_index, title="Wijkscan", slug="wijkscan", labels={"phases": [phases[0]], "steps": [first]}
    )
    return first, second


def restrict(page, restriction_type=PageViewRestriction.LOGIN, **fields):
    return PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, **fields)


def test_a_step_restricted_after_its_pages_were_seen_leaves_the_listings(client, steps_and_a_tool):
    for url in ("/stappenplan/", PHASE, OTHER_STEP):
        assert "Klein beginnen" in page_html(client, url)
    restrict(steps_and_a_tool[0])
    for url in ("/stappenplan/", PHASE, OTHER_STEP):
        assert "Klein beginnen" not in page_html(client, url), url  # the step pager too
    assert client.get(STEP).status_code == 302  # Wagtail itself asks a visitor to sign in


def test_a_restricted_phase_takes_its_steps_out_of_the_roadmap(client, phases, steps_and_a_tool):
    page_html(client, "/stappenplan/")
    restrict(phases[0], PageViewRestriction.PASSWORD, password="geheim")
    html = page_html(client, "/stappenplan/")
    assert "Klein beginnen" not in html and "Netwerk verkennen" not in html
    assert "Netwerk vormgeven" in html


def test_a_restricted_tool_leaves_the_step_and_the_werkmap(client, tool_index, steps_and_a_tool):
    assert "Wijkscan" in page_html(client, STEP)
    restrict(ToolPage.objects.get(slug="wijkscan"), PageViewRestriction.GROUPS)
    assert "Wijkscan" not in page_html(client, STEP)
    assert "Wijkscan" not in page_html(client, STEP + "werkmap/")


def test_a_removed_restriction_lists_the_page_again(client, steps_and_a_tool):
    restriction = restrict(steps_and_a_tool[0])
    assert "Klein beginnen" not in page_html(client, PHASE)
    restriction.delete()
    assert "Klein beginnen" in page_html(client, PHASE)


def test_a_page_moved_into_a_restricted_section_is_not_public(phases, steps_and_a_tool):
    restrict(phases[1])
    assert StepPage.objects.live().public().filter(pk=steps_and_a_tool[0].pk).exists()
    steps_and_a_tool[0].move(phases[1], pos="last-child")
    assert not StepPage.objects.live().public().filter(pk=steps_and_a_tool[0].pk).exists()


def test_public_selects_what_wagtails_own_public_selects(phases, steps_and_a_tool, tool_index):
    group = Group.objects.create(name="Netwerkleden")
    restrict(phases[0])
    restrict(phases[2], PageViewRestriction.GROUPS).groups.add(group)
    restrict(tool_index, PageViewRestriction.PASSWORD, password="geheim")
    for model in (PhasePage, StepPage, ToolPage):
        ours = set(model.objects.public().values_list("pk", flat=True))
        wagtails = set(Page.objects.type(model).public().values_list("pk", flat=True))
        assert ours == wagtails, model
        assert set(model.objects.not_public().values_list("pk", flat=True)) == set(
            Page.objects.type(model).not_public().values_list("pk", flat=True)
        )


def test_public_reads_the_restrictions_once_per_content_version(phases, steps_and_a_tool):
    restrict(phases[1])
    list(StepPage.objects.public())  # reads the restrictions of this content version
    with ContentVersion.request_scope(), CaptureQueriesContext(connection) as queries:
        for model in (PhasePage, StepPage, ToolPage):
            list(model.objects.live().public())
    assert not [query for query in queries if "pageviewrestriction" in query["sql"]]
    assert len(queries) == 4  # the content version once per request, then one query per listing
