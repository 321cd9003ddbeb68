"""The permissions matrix of the plan, the agreement and the rhythm: every address of plans.urls, for
everyone who must not see or change a network's plans.

Each test walks `plans.urls.urlpatterns` itself, so a new address that nobody placed in the matrix
fails here until its place is decided.
"""

from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from plans import agreement as agreements
from plans.models import Action, Agreement, AgreementVersion, NetworkRhythm, ReminderPreference
from plans.urls import urlpatterns
from tests.networks.conftest import KARTREKKER_EMAIL, NETWORK_NAME, NOTHING_FILLED_IN, PARTNER_NAME, signed_in
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db

ACTION_WHAT = "Koffieochtend Tjalleberd organiseren"

# What a meelezer gets for GET and for an empty POST: every page and every download is theirs to
# read (a POST to a page only shows it, as in the rest of the workspace, or is not allowed); every
# change is refused with 403, except their own choice about the weekly e-mail (an empty form: off).
READER_EXPECTS = {
    "plan": (200, 405),
    "action_add": (403, 403),
    "action_edit": (403, 403),
    "action_status": (302, 403),
    "action_delete": (403, 403),
    "plan_docx": (200, 405),
    "plan_pdf": (200, 405),
    "agreement": (200, 200),
    "agreement_section": (200, 403),
    "agreement_adopt": (403, 403),
    "agreement_version": (200, 200),
    "agreement_docx": (200, 405),
    "agreement_pdf": (200, 405),
    "rhythm": (200, 403),
    "reminders": (200, 302),
    "years": (200, 200),
    "year": (200, 200),
    "year_docx": (200, 405),
    "year_pdf": (200, 405),
}


@pytest.fixture
def plan_world(world):
    """The workspace world with an action, an adopted agreement, a rhythm and a preference."""
    action = ActionFactory(network=world.network, what=ACTION_WHAT, owner_member=world.member)
    Agreement.objects.create(network=world.network, goal="Samen zorgen voor een gezond Tjalleberd.")
    version = agreements.adopt(world.network, world.kartrekker)
    NetworkRhythm.objects.create(network=world.network, evaluation_month=3)
    world.objects.update({"action": action, "version": version})
    return world


def url(world, pattern, key=None):
    names = set(pattern.pattern.converters)
    if names - {"key", "pk", "number", "year"}:
        pytest.fail(f"plans:{pattern.name} takes {names}: teach test_access.url to fill them")
    kwargs = {"key": key or world.network.key}
    if "pk" in names:
        kwargs["pk"] = world.objects["action"].pk
    if "number" in names:
        kwargs["number"] = 1 if pattern.name == "agreement_section" else world.objects["version"].number
    if "year" in names:
        kwargs["year"] = timezone.localdate().year
    return reverse(f"plans:{pattern.name}", kwargs=kwargs)


def leaks(response):
    """What of the network an answer shows: its name, a partner, a member's address, an action."""
    body = response.content.decode(errors="replace") + response.get("Location", "")
    return [secret for secret in (NETWORK_NAME, PARTNER_NAME, KARTREKKER_EMAIL, ACTION_WHAT) if secret in body]


def snapshot(network):
    """Everything a refused request must leave as it was."""
    agreement = Agreement.objects.filter(network=network).values_list("goal", "updated_at").first()
    return (
        sorted(Action.objects.filter(network=network).values_list("pk", "what", "status", "due_date", "updated_at")),
        agreement,
        sorted(AgreementVersion.objects.filter(network=network).values_list("number", "content")),
        list(NetworkRhythm.objects.filter(network=network).values_list("evaluation_month")),
        sorted(
            ReminderPreference.objects.filter(membership__network=network).values_list("membership", "overdue_weekly")
        ),
    )


def walk(client, world, expected, key=None):
    problems = []
    for pattern in urlpatterns:
        if pattern.name not in READER_EXPECTS:
            pytest.fail(f"plans:{pattern.name} is new to the permissions matrix: add it to READER_EXPECTS")
        address = url(world, pattern, key)
        for method in ("get", "post"):
            response = getattr(client, method)(address, NOTHING_FILLED_IN if method == "post" else None)
            want = expected(pattern.name, method, address)
            if isinstance(want, int):
                if response.status_code != want:
                    problems.append(f"{method.upper()} {pattern.name}: {response.status_code}, expected {want}")
            elif response.status_code != 302 or response["Location"] != want:
                problems.append(f"{method.upper()} {pattern.name}: {response.status_code} {response.get('Location')}")
            if response.status_code in (302, 403, 404, 405) and leaks(response):
                problems.append(f"{method.upper()} {pattern.name} shows {leaks(response)}")
            if response.status_code == 200:
                assert "no-store" in response["Cache-Control"], pattern.name
    return problems


def test_every_address_is_404_for_a_kartrekker_of_another_network_and_shows_none_of_it(plan_world):
    before = snapshot(plan_world.network)
    assert walk(signed_in(plan_world.outsider_member.user), plan_world, lambda *_: 404) == []
    assert snapshot(plan_world.network) == before


def test_every_address_is_404_for_someone_without_a_network_and_for_a_removed_member(plan_world, outsider):
    before = snapshot(plan_world.network)
    assert walk(signed_in(outsider), plan_world, lambda *_: 404) == []
    assert walk(signed_in(plan_world.removed), plan_world, lambda *_: 404) == []
    assert snapshot(plan_world.network) == before


def test_a_signed_out_visitor_is_sent_to_sign_in_from_every_address(plan_world):
    before = snapshot(plan_world.network)

    def expected(name, method, address):
        return f"/account/login/?next={quote(address)}"

    assert walk(Client(), plan_world, expected) == []
    assert snapshot(plan_world.network) == before


def test_a_meelezer_reads_and_downloads_everything_and_every_change_is_refused(plan_world):
    before = snapshot(plan_world.network)

    def expected(name, method, address):
        status = READER_EXPECTS[name][method == "post"]
        if name == "action_status" and method == "get":
            return reverse("plans:plan", args=[plan_world.network.key])
        if name == "reminders" and method == "post":
            return reverse("plans:reminders", args=[plan_world.network.key])
        return status

    assert walk(signed_in(plan_world.reader.user), plan_world, expected) == []
    after = snapshot(plan_world.network)
    assert after[:-1] == before[:-1]
    assert after[-1] == [(plan_world.reader.pk, False)]  # their own weekly e-mail, switched off by the empty form


def test_an_action_of_this_network_cannot_be_reached_through_another_networks_address(plan_world):
    client = signed_in(plan_world.outsider_member.user)
    own_key = plan_world.outsider_member.network.key
    before = snapshot(plan_world.network)
    for pattern in urlpatterns:
        if "pk" not in pattern.pattern.converters:
            continue
        for method in ("get", "post"):
            response = getattr(client, method)(url(plan_world, pattern, key=own_key), NOTHING_FILLED_IN)
            assert response.status_code == 404, (method, pattern.name)
            assert not leaks(response)
    assert snapshot(plan_world.network) == before


def test_a_lid_changes_the_plan_and_the_draft_but_cannot_adopt_or_set_the_rhythm(plan_world):
    client = signed_in(plan_world.member.user)
    key = plan_world.network.key
    assert client.get(reverse("plans:action_add", args=[key])).status_code == 200
    assert client.post(reverse("plans:agreement_adopt", args=[key])).status_code == 403
    assert client.post(reverse("plans:rhythm", args=[key]), {"evaluation_month": "9"}).status_code == 403
    assert NetworkRhythm.objects.get(network=plan_world.network).evaluation_month == 3


def test_deleting_the_network_deletes_its_plan_agreement_rhythm_and_reminders(plan_world):
    from networks import services

    network = plan_world.network
    ReminderPreference.objects.create(membership=plan_world.member, overdue_weekly=False)
    assert Action.objects.filter(network=network).exists() and AgreementVersion.objects.filter(network=network).exists()
    services.delete_network(network)
    for model in (Action, Agreement, AgreementVersion, NetworkRhythm):
        assert not model.objects.filter(network_id=network.pk).exists(), model.__name__
    assert not ReminderPreference.objects.filter(membership_id=plan_world.member.pk).exists()
    assert not Action.objects.filter(what=ACTION_WHAT).exists()
