import os
import pathlib

import pytest

from tests import factories

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
