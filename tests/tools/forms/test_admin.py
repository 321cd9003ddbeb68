"""The admin forms of tools and stories (tools/forms/admin.py): required labels with Dutch messages,
relations that agree, drafts and revisions, as an editor meets them in Wagtail's page editor."""

import pytest

from tests import factories
from tests.admin_forms import add_url, edit_url, form_errors, post_page, story_data, tool_data
from tools.models import PracticeStoryPage, ToolPage

pytestmark = pytest.mark.django_db


def test_editor_creates_a_tool_with_its_labels(admin_client, tool_index, phases):
    step = factories.StepPageFactory(parent=phases[1])
    role, theme = factories.RoleFactory(), factories.ThemeFactory()
    title, slug, fields, multi = tool_data(phases=[phases[1]], steps=[step], roles=[role], themes=[theme])
    response = post_page(admin_client, add_url(ToolPage, tool_index), title, slug, fields, multi)
    assert response.status_code == 302, form_errors(response)
    tool = ToolPage.objects.get(slug=slug)
    assert tool.live
    assert list(tool.phases.all()) == [phases[1]]
    assert list(tool.steps.all()) == [step]
    assert sorted(tool.tags.names()) == ["data", "wijkprofiel"]


def test_tool_without_phase_role_or_theme_is_refused_with_dutch_messages(admin_client, tool_index, phases):
    title, slug, fields, multi = tool_data()
    response = post_page(admin_client, add_url(ToolPage, tool_index), title, slug, fields, multi)
    assert response.status_code == 200
    errors = form_errors(response)
    assert errors["phases"] == ["Kies minstens één fase waarin deze tool helpt."]
    assert errors["roles"] == ["Kies minstens één rol voor wie deze tool bedoeld is."]
    assert errors["themes"] == ["Kies minstens één thema waar deze tool over gaat."]
    assert not ToolPage.objects.filter(slug=slug).exists()
    # Nothing the editor typed is lost: the form comes back filled in.
    assert response.context["form"]["summary"].value() == fields["summary"]


def test_tool_step_outside_its_phases_is_refused(admin_client, tool_index, phases):
    step_in_phase_3 = factories.StepPageFactory(parent=phases[2], title="Samen leren")
    title, slug, fields, multi = tool_data(
        phases=[phases[0]], steps=[step_in_phase_3], roles=[factories.RoleFactory()], themes=[factories.ThemeFactory()]
    )
    response = post_page(admin_client, add_url(ToolPage, tool_index), title, slug, fields, multi)
    assert response.status_code == 200
    assert "‘Samen leren’ horen bij een fase die je niet hebt gekozen" in form_errors(response)["steps"][0]


def test_external_link_needs_a_name(admin_client, tool_index, phases):
    title, slug, fields, multi = tool_data(
        phases=[phases[3]],
        roles=[factories.RoleFactory()],
        themes=[factories.ThemeFactory()],
        external_url="https://www.hkz.nl",
    )
    response = post_page(admin_client, add_url(ToolPage, tool_index), title, slug, fields, multi)
    assert response.status_code == 200
    assert "external_label" in form_errors(response)


def test_editor_saves_a_tool_as_draft_which_visitors_do_not_see(admin_client, client, tool_index, phases):
    title, slug, fields, multi = tool_data(
        phases=[phases[0]], roles=[factories.RoleFactory()], themes=[factories.ThemeFactory()]
    )
    response = post_page(admin_client, add_url(ToolPage, tool_index), title, slug, fields, multi, publish=False)
    assert response.status_code == 302, form_errors(response)
    tool = ToolPage.objects.get(slug=slug)
    assert not tool.live
    admin_client.logout()
    assert client.get("/toolbox/wijkscan/").status_code == 404


def test_editor_creates_a_story_with_status_updates(admin_client, story_index, phases):
    title, slug, fields, multi = story_data(
        phase=phases[3],
        roles=[factories.RoleFactory()],
        themes=[factories.ThemeFactory()],
        status_updates=[("2018-01-01", "Eén wijkbudget voor Wmo en welzijn.")],
    )
    response = post_page(admin_client, add_url(PracticeStoryPage, story_index), title, slug, fields, multi)
    assert response.status_code == 302, form_errors(response)
    story = PracticeStoryPage.objects.get(slug=slug)
    assert story.phase_reached == phases[3]
    assert [u.text for u in story.status_updates.all()] == ["Eén wijkbudget voor Wmo en welzijn."]


def test_story_without_roles_and_themes_is_refused(admin_client, story_index, phases):
    title, slug, fields, multi = story_data(phase=phases[0])
    response = post_page(admin_client, add_url(PracticeStoryPage, story_index), title, slug, fields, multi)
    assert response.status_code == 200
    errors = form_errors(response)
    assert errors["roles"] == ["Kies minstens één rol die in dit verhaal een hoofdrol speelt."]
    assert errors["themes"] == ["Kies minstens één thema waar dit netwerk aan werkt."]


def test_editing_a_tool_keeps_a_revision_history(admin_client, tool_index, phases):
    tool = factories.ToolPageFactory(parent=tool_index, labels={"phases": [phases[0]]})
    tool.save_revision().publish()
    title, slug, fields, multi = tool_data(
        title=tool.title,
        slug=tool.slug,
        phases=[phases[0]],
        roles=list(tool.roles.all()),
        themes=list(tool.themes.all()),
        summary="Nieuwe samenvatting.",
    )
    response = post_page(admin_client, edit_url(tool), title, slug, fields, multi)
    assert response.status_code == 302, form_errors(response)
    tool.refresh_from_db()
    assert tool.summary == "Nieuwe samenvatting."
    assert tool.revisions.count() == 2
