"""The admin menu "Stappenplan" (phases/wagtail_hooks.py): all steps in one listing, the success aspects
and the success factors as snippets, the factors filtered by aspect and kind."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_admin_menu_lists_steps_and_success_factors(admin_client, phases):
    factories.StepPageFactory(parent=phases[0], title="Begin klein")
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "Stappenplan" in response.text
    steps = admin_client.get("/admin/stappen/")
    assert steps.status_code == 200
    assert "Begin klein" in steps.text
    assert admin_client.get("/admin/snippets/phases/successaspect/").status_code == 200
    assert admin_client.get("/admin/snippets/phases/successfactor/").status_code == 200


def test_success_factors_are_filtered_by_aspect_and_kind(admin_client):
    ambitie = factories.SuccessAspectFactory(name="Gedeelde ambitie")
    belangen = factories.SuccessAspectFactory(name="Wederzijdse belangen")
    factories.SuccessFactorFactory(aspect=ambitie, name="Gevoelde urgentie", kind="praktijk")
    factories.SuccessFactorFactory(aspect=belangen, name="Elk haalt er iets uit", kind="indicator")
    listing = admin_client.get("/admin/snippets/phases/successfactor/", {"aspect": ambitie.pk})
    assert listing.status_code == 200
    assert "Gevoelde urgentie" in listing.text and "Elk haalt er iets uit" not in listing.text
    by_kind = admin_client.get("/admin/snippets/phases/successfactor/", {"kind": "indicator"}).text
    assert "Elk haalt er iets uit" in by_kind and "Gevoelde urgentie" not in by_kind
