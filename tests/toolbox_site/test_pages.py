"""Every section of the site (toolbox_site/pages.py): one index page, made by an editor under home."""

import pytest

from phases.models import RoadmapPage, SuccessFactorsPage
from tests.admin_forms import add_url, form_errors, post_page
from tools.models import StoryIndexPage, ToolIndexPage

pytestmark = pytest.mark.django_db


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
