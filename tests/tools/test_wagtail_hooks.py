"""The admin menu "Toolbox" (tools/wagtail_hooks.py): listings of tools and stories filtered by every
facet of the finders, and the roles and themes as snippets."""

import pytest
from django.db import models

from tests import factories
from tools.facets import STORY_FACETS, TOOL_FACETS

pytestmark = pytest.mark.django_db


def test_admin_menu_lists_tools_stories_and_taxonomies(admin_client, tool_index, phases):
    factories.ToolPageFactory(parent=tool_index, title="Sociale kaart", labels={"phases": [phases[1]]})
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "Toolbox" in response.text
    listing = admin_client.get("/admin/tools/", {"phases": phases[1].pk})
    assert listing.status_code == 200
    assert "Sociale kaart" in listing.text
    assert admin_client.get("/admin/tools/", {"phases": phases[0].pk}).text.count("Sociale kaart") == 0
    assert admin_client.get("/admin/praktijkverhalen/").status_code == 200
    assert admin_client.get("/admin/snippets/tools/role/").status_code == 200
    assert admin_client.get("/admin/snippets/tools/theme/").status_code == 200


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
