""" "Download onze gegevens" holds the plan, the agreement with its versions, and the rhythm."""

import json

import pytest
from django.urls import reverse

from plans.models import Agreement, AgreementVersion, NetworkRhythm, ReminderPreference
from tests.networks.conftest import signed_in
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db


def test_the_download_holds_the_plan_the_agreement_versions_and_the_rhythm(network, kartrekker, member, partner, steps):
    ActionFactory(network=network, what="Wijkwandeling houden", owner_partner=partner, step=steps[0], status="bezig")
    ActionFactory(network=network, what="Flyer maken", owner_member=member, dimension_title="Samenwerking")
    ActionFactory(what="Actie van een ander netwerk")
    Agreement.objects.create(network=network, goal="Een gezonde wijk", updated_by_name="Anna")
    AgreementVersion.objects.create(
        network=network, number=1, adopted_by_name="Anna", content={"network": network.name}
    )
    NetworkRhythm.objects.create(network=network, evaluation_month=10)
    ReminderPreference.objects.create(membership=member, overdue_weekly=False)

    response = signed_in(member.user).get(reverse("networks:download", args=[network.key]))
    data = json.loads(response.content)

    plan = {action["wat"]: action for action in data["plan_van_aanpak"]}
    assert set(plan) == {"Wijkwandeling houden", "Flyer maken"}
    walk = plan["Wijkwandeling houden"]
    assert (walk["wie"], walk["status"], walk["stap"]) == (partner.name, "Bezig", steps[0].title)
    assert plan["Flyer maken"]["wie"] == member.name
    assert plan["Flyer maken"]["onderdeel_van_de_scan"] == "Samenwerking"
    assert data["samenwerkingsovereenkomst"]["concept"]["Doel en ambitie"] == "Een gezonde wijk"
    assert [v["versie"] for v in data["samenwerkingsovereenkomst"]["vastgestelde_versies"]] == [1]
    assert data["jaarritme"] == {"evaluatiemaand": "oktober", "wekelijkse_e_mail_uit_voor": [member.name]}


def test_a_network_without_plans_downloads_empty_parts(network, kartrekker):
    data = json.loads(signed_in(kartrekker.user).get(reverse("networks:download", args=[network.key])).content)
    assert data["plan_van_aanpak"] == []
    assert data["samenwerkingsovereenkomst"] == {"concept": None, "vastgestelde_versies": []}
    assert data["jaarritme"] == {"evaluatiemaand": None, "wekelijkse_e_mail_uit_voor": []}
