"""Fixtures the whole suite shares: the page tree's sections, an editor, and small linked toolboxes.

A fixture only one app's tests use lives in that app's conftest.py (tests/scans/, tests/networks/,
tests/toolbox_site/); one only one module uses stays in that module.
"""

import datetime
import os
import pathlib

import pytest
from django.core.cache import cache
from django.core.management import call_command

from tests import factories
from tools.models import StoryStatusUpdate

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture
def node_tool():
    """A file from node_modules (axe-core, vnu-jar): `make test` installs them with `npm ci`.

    Without npm on the machine the checks that need them are skipped; in CI they must run.
    """

    def find(path):
        if path.exists():
            return path
        if os.environ.get("CI"):
            pytest.fail(f"{path.relative_to(ROOT)} is missing: `make install-dev` installs it with npm ci")
        pytest.skip(f"needs {path.relative_to(ROOT)}: install Node.js and npm, then `make install-dev`")

    return find


@pytest.fixture(autouse=True)
def fresh_cache():
    """The page cache and the rate limits (ours and allauth's) live in the cache: every test starts with it empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home():
    return factories.home_page()


@pytest.fixture
def roadmap():
    return factories.RoadmapPageFactory()


@pytest.fixture
def phases(roadmap):
    """The four phases, in order, under one roadmap."""
    names = ["verkennen", "vormgeven", "verdiepen", "verankeren"]
    return [
        factories.PhasePageFactory(
            parent=roadmap, number=i, slug=name, title=f"Netwerk {name}", short_name=name.title()
        )
        for i, name in enumerate(names, start=1)
    ]


@pytest.fixture
def tool_index():
    return factories.ToolIndexPageFactory()


@pytest.fixture
def story_index():
    return factories.StoryIndexPageFactory()


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(username="redacteur", password="geheim-wachtwoord")
    client.force_login(user)
    return client


@pytest.fixture
def scan(home):
    return factories.ScanPageFactory(slug="samenwerking", title="Samenwerkingsscan")


@pytest.fixture
def demo():
    """The demo content, loaded as `make run` does."""
    call_command("load_demo_content", verbosity=0)


@pytest.fixture
def site_content(phases, tool_index, story_index):
    """A small, fully linked toolbox: two steps, one tool, one story, one factor."""
    aspect = factories.SuccessAspectFactory(name="Gedeelde ambitie", slug="gedeelde-ambitie")
    factor = factories.SuccessFactorFactory(
        aspect=aspect, name="Gevoelde urgentie", slug="gevoelde-urgentie", kind="praktijk"
    )
    step_1 = factories.StepPageFactory(parent=phases[1], order=1, title="Maak een wijkscan", slug="wijkscan-maken")
    step_2 = factories.StepPageFactory(
        parent=phases[1], order=2, title="Kies samen thema's", slug="themas-prioriteren", success_factors=[factor]
    )
    last_of_phase_1 = factories.StepPageFactory(parent=phases[0], order=1, title="Begin klein", slug="klein-beginnen")
    role = factories.RoleFactory(name="Huisarts en POH", slug="huisarts")
    theme = factories.ThemeFactory(name="Dementie", slug="dementie")
    tool = factories.ToolPageFactory(
        parent=tool_index,
        title="Sociale kaart",
        slug="sociale-kaart",
        tool_type="format",
        maintained_by="Radboudumc",
        last_checked=datetime.date(2026, 10, 12),
        labels={"phases": [phases[1]], "steps": [step_2], "roles": [role], "themes": [theme]},
    )
    story = factories.PracticeStoryPageFactory(
        parent=story_index,
        title="DementieNet Dukenburg",
        slug="dementienet-dukenburg",
        place="Nijmegen, Dukenburg",
        province="gelderland",
        start_year=2015,
        phase_reached=phases[2],
        funding="ZonMw",
        labels={"roles": [role], "themes": [theme], "success_factors": [factor], "tools_used": [tool]},
    )
    StoryStatusUpdate.objects.create(
        page=story, date=datetime.date(2019, 3, 1), text="Het Alzheimercafé draait maandelijks."
    )
    success_page = factories.SuccessFactorsPageFactory()
    return {
        "steps": (last_of_phase_1, step_1, step_2),
        "tool": tool,
        "story": story,
        "factor": factor,
        "success_page": success_page,
        "role": role,
    }


@pytest.fixture
def step_tool_story(phases, tool_index, story_index):
    """A step with two guiding questions and one tool, that tool, and a story that used it (published)."""
    huisarts = factories.RoleFactory(name="Huisarts en POH", slug="huisarts")
    gemeente = factories.RoleFactory(name="Gemeente", slug="gemeente")
    dementie = factories.ThemeFactory(name="Dementie", slug="dementie")
    eenzaamheid = factories.ThemeFactory(name="Eenzaamheid", slug="eenzaamheid")
    step = factories.StepPageFactory(
        parent=phases[1],
        title="Maak een wijkscan",
        slug="wijkscan-maken",
        summary="Breng samen in kaart wat er in de wijk speelt.",
        guiding_questions=factories.questions("Wat speelt er in de wijk?", "Wie kent de wijk het best?"),
    )
    tool = factories.ToolPageFactory(
        parent=tool_index,
        title="Sociale kaart",
        slug="sociale-kaart",
        summary="Een overzicht van wie wat doet in de wijk.",
        tool_type="format",
        maintained_by="Radboudumc",
        last_checked=datetime.date(2026, 10, 12),
        labels={"phases": [phases[1]], "steps": [step], "roles": [huisarts, gemeente], "themes": [dementie]},
    )
    story = factories.PracticeStoryPageFactory(
        parent=story_index,
        title="DementieNet Dukenburg",
        slug="dementienet-dukenburg",
        summary="Huisartsen en welzijn werken samen rond dementie.",
        place="Nijmegen, Dukenburg",
        province="gelderland",
        phase_reached=phases[2],
        labels={"roles": [huisarts], "themes": [dementie, eenzaamheid], "tools_used": [tool]},
    )
    story.save_revision().publish()  # as an editor does: it now has a first publication date
    return {"step": step, "tool": tool, "story": story}
