"""The admin forms of the roadmap's pages (phases/forms.py): rules an editor cannot break, in Dutch."""

import pytest

from phases.models import PhasePage, StepPage
from tests import factories
from tests.admin_forms import add_url, body, form_errors, post_page, questions

pytestmark = pytest.mark.django_db


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
