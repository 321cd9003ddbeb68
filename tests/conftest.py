import pytest

from tests import factories


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
