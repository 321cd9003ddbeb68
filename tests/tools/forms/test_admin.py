"""Editors create and edit every page type through Wagtail's own admin views."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import models
from wagtail.models import Page, Task, Workflow

from home.models import HomePage
from phases.models import PhasePage, RoadmapPage, StepPage, SuccessFactorsPage
from tests import factories
from tests.admin_forms import add_url, body, edit_url, page_data, questions, story_data, tool_data
from tools.facets import STORY_FACETS, TOOL_FACETS
from tools.models import PracticeStoryPage, StoryIndexPage, ToolIndexPage, ToolPage

pytestmark = pytest.mark.django_db


def post_page(client, url, title, slug, fields, multi=None, publish=True):
    return client.post(url, page_data(title, slug, publish=publish, multi=multi, **fields))


def form_errors(response):
    form = response.context["form"]
    return {name: [str(e) for e in errors] for name, errors in form.errors.items()}


@pytest.mark.parametrize(
    ("model", "slug"),
    [
        (RoadmapPage, "stappenplan"),
        (ToolIndexPage, "toolbox"),
        (StoryIndexPage, "praktijkverhalen"),
        (SuccessFactorsPage, "succesfactoren"),
    ],
)
def test_editor_creates_each_index_page_under_home(admin_client, home, model, slug):
    response = post_page(
        admin_client, add_url(model, home), model._meta.verbose_name.title(), slug, {"intro": "Inleiding."}
    )
    assert response.status_code == 302, form_errors(response)
    page = model.objects.get(slug=slug)
    assert page.live
    assert page.get_parent().specific == home


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


def test_the_login_page_labels_every_field_in_dutch(client):
    response = client.get("/admin/login/")
    assert re.search(r'for="id_password"[^>]*>\s*Wachtwoord', response.text)
    assert "Password" not in response.text


def test_default_groups_and_workflow_have_dutch_names():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Moderatoren", "Redacteuren"}
    assert list(Workflow.objects.values_list("name", flat=True)) == ["Goedkeuring door moderatoren"]
    assert list(Task.objects.values_list("name", flat=True)) == ["Goedkeuring door moderatoren"]


def test_editor_creates_a_phase_and_a_duplicate_number_is_refused(admin_client, roadmap):
    fields = {
        "number": "1",
        "short_name": "Verkennen",
        "intro": "Begin.",
        "colour": "groen",
        "guiding_questions": questions("Met wie?"),
    }
    response = post_page(admin_client, add_url(PhasePage, roadmap), "Netwerk verkennen", "verkennen", fields)
    assert response.status_code == 302, form_errors(response)

    response = post_page(admin_client, add_url(PhasePage, roadmap), "Nog een fase", "nog-een", fields)
    assert response.status_code == 200
    assert "Er is al een fase met nummer 1" in form_errors(response)["number"][0]


def test_editor_creates_a_step_with_success_factors(admin_client, phases):
    factor = factories.SuccessFactorFactory()
    fields = {
        "order": "1",
        "summary": "Begin met wie wil.",
        "guiding_questions": questions("Wie wil meedoen?"),
        "body": body("Start klein."),
    }
    response = post_page(
        admin_client,
        add_url(StepPage, phases[0]),
        "Begin klein",
        "klein-beginnen",
        fields,
        {"success_factors": [factor.pk]},
    )
    assert response.status_code == 302, form_errors(response)
    step = StepPage.objects.get(slug="klein-beginnen")
    assert list(step.success_factors.all()) == [factor]


def test_two_steps_in_one_phase_cannot_share_an_order_number(admin_client, phases):
    factories.StepPageFactory(parent=phases[0], order=1)
    fields = {"order": "1", "summary": "x", "guiding_questions": questions("Wat?"), "body": body("y")}
    response = post_page(admin_client, add_url(StepPage, phases[0]), "Tweede", "tweede", fields)
    assert response.status_code == 200
    assert "al een stap met volgnummer 1" in form_errors(response)["order"][0]


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


def test_stopped_story_needs_the_year_it_stopped(admin_client, story_index, phases):
    title, slug, fields, multi = story_data(
        phase=phases[0], roles=[factories.RoleFactory()], themes=[factories.ThemeFactory()], status="gestopt"
    )
    response = post_page(admin_client, add_url(PracticeStoryPage, story_index), title, slug, fields, multi)
    assert response.status_code == 200
    assert form_errors(response)["end_year"] == ["Vul in in welk jaar het netwerk stopte."]


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


def test_edit_view_of_every_page_type_opens(admin_client, home, phases, tool_index, story_index):
    step = factories.StepPageFactory(parent=phases[0])
    tool = factories.ToolPageFactory(parent=tool_index, labels={"phases": [phases[0]]})
    story = factories.PracticeStoryPageFactory(parent=story_index, phase_reached=phases[0])
    success = factories.SuccessFactorsPageFactory()
    for page in [home, phases[0].get_parent(), phases[0], step, tool_index, tool, story_index, story, success]:
        response = admin_client.get(edit_url(page))
        assert response.status_code == 200, page
    assert isinstance(Page.objects.get(depth=2).specific, HomePage)


def test_admin_menu_lists_tools_stories_and_taxonomies(admin_client, tool_index, phases):
    factories.ToolPageFactory(parent=tool_index, title="Sociale kaart", labels={"phases": [phases[1]]})
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    for label in ["Toolbox", "Stappenplan"]:
        assert label in response.text
    listing = admin_client.get("/admin/tools/", {"phases": phases[1].pk})
    assert listing.status_code == 200
    assert "Sociale kaart" in listing.text
    assert admin_client.get("/admin/tools/", {"phases": phases[0].pk}).text.count("Sociale kaart") == 0
    assert admin_client.get("/admin/praktijkverhalen/").status_code == 200
    assert admin_client.get("/admin/snippets/tools/role/").status_code == 200
    assert admin_client.get("/admin/snippets/phases/successfactor/").status_code == 200


def admin_filter_value(page, facet):
    """What an editor ticks or picks in the admin listing to find `page` by `facet`: a pk or a choice."""
    value = getattr(page, facet.field)
    if facet.queryset is None:
        return value
    return value.pk if isinstance(value, models.Model) else value.first().pk


@pytest.mark.parametrize(
    ("listing", "facet"),
    [("/admin/tools/", facet) for facet in TOOL_FACETS]
    + [("/admin/praktijkverhalen/", facet) for facet in STORY_FACETS],
    ids=lambda value: value if isinstance(value, str) else value.field,
)
def test_each_facet_of_the_finders_is_a_filter_of_the_admin_listing(
    admin_client, tool_index, story_index, phases, listing, facet
):
    kartrekker, huisarts = factories.RoleFactory(name="Kartrekker"), factories.RoleFactory(name="Huisarts")
    dementie, eenzaamheid = factories.ThemeFactory(name="Dementie"), factories.ThemeFactory(name="Eenzaamheid")
    if listing == "/admin/tools/":
        wanted = factories.ToolPageFactory(
            parent=tool_index,
            title="Sociale kaart",
            tool_type="methodiek",
            labels={"phases": [phases[1]], "roles": [kartrekker], "themes": [dementie]},
        )
        other = factories.ToolPageFactory(
            parent=tool_index,
            title="Wijkscan",
            tool_type="format",
            labels={"phases": [phases[0]], "roles": [huisarts], "themes": [eenzaamheid]},
        )
    else:
        wanted = factories.PracticeStoryPageFactory(
            parent=story_index,
            title="Samen in Oosterwolde",
            phase_reached=phases[2],
            province="friesland",
            status="actief",
            labels={"roles": [kartrekker], "themes": [dementie]},
        )
        other = factories.PracticeStoryPageFactory(
            parent=story_index,
            title="Zorgzaam Zwolle",
            phase_reached=phases[0],
            province="overijssel",
            status="gestopt",
            end_year=2020,
            labels={"roles": [huisarts], "themes": [eenzaamheid]},
        )

    response = admin_client.get(listing, {facet.field: admin_filter_value(wanted, facet)})

    assert response.status_code == 200
    assert response.context["filters"].form.fields[facet.field].label == facet.label
    assert wanted.title in response.text
    assert other.title not in response.text
