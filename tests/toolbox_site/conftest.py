"""Fixtures of the toolbox_site tests: a small published toolbox for the open data API and the sitemap."""

import pytest

from tests import factories


@pytest.fixture
def open_data(phases, tool_index, story_index):
    """Three steps, three tools and two stories with their taxonomies: what the API and the sitemap list."""
    huisarts = factories.RoleFactory(slug="huisarts", name="Huisarts")
    gemeente = factories.RoleFactory(slug="gemeente", name="Gemeente")
    dementie = factories.ThemeFactory(slug="dementie", name="Dementie")
    eenzaamheid = factories.ThemeFactory(slug="eenzaamheid", name="Eenzaamheid")
    ggz = factories.ThemeFactory(slug="ggz", name="GGZ")
    factor = factories.SuccessFactorFactory(slug="gedeelde-ambitie", name="Gedeelde ambitie")
    kennismaken = factories.StepPageFactory(parent=phases[0], title="Kennismaken", order=1, success_factors=[factor])
    factories.StepPageFactory(parent=phases[0], title="Doel bepalen", order=2)
    factories.StepPageFactory(parent=phases[1], title="Afspraken maken", order=1)
    wijkscan = factories.ToolPageFactory(
        parent=tool_index,
        title="Wijkscan",
        summary="Breng de wijk in kaart met cijfers en gesprekken.",
        labels={"phases": [phases[0]], "steps": [kennismaken], "roles": [gemeente], "themes": [eenzaamheid]},
    )
    factories.ToolPageFactory(
        parent=tool_index,
        title="Alzheimercafé",
        tool_type="werkvorm",
        labels={"phases": [phases[2]], "roles": [huisarts, gemeente], "themes": [dementie, eenzaamheid]},
    )
    factories.ToolPageFactory(
        parent=tool_index,
        title="Spinnenweb",
        labels={"phases": [phases[2]], "roles": [huisarts], "themes": [ggz]},
    )
    factories.PracticeStoryPageFactory(
        parent=story_index,
        title="Wedde dat 't lukt",
        province="groningen",
        phase_reached=phases[3],
        lessons=[{"type": "lesson", "value": "Begin klein."}],
        labels={"roles": [huisarts], "themes": [eenzaamheid], "tools_used": [wijkscan], "success_factors": [factor]},
    )
    factories.PracticeStoryPageFactory(
        parent=story_index,
        title="Samen in Oss",
        province="noord-brabant",
        status="gestopt",
        end_year=2020,
        phase_reached=phases[1],
        labels={"roles": [gemeente], "themes": [dementie]},
    )
    return tool_index
