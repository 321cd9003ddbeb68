"""Progress on the roadmap: statuses with their history, the live roadmap, the next step, and the public step page."""

import re
from datetime import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse

from networks import roadmap, services
from networks.models import StepStatus, StepStatusChange
from networks.models.progress import Status
from tests import factories
from tests.networks.conftest import signed_in

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def step_url(network, step):
    return reverse("networks:step", args=[network.key, step.pk])


def statuses(network):
    return {row.step.pk: row.status for phase in roadmap.progress(network) for row in phase.steps}


def test_a_status_change_writes_a_history_line_with_the_members_name_and_the_time(network, member, steps):
    when = datetime(2026, 3, 2, 14, 30, tzinfo=AMSTERDAM)
    with mock.patch("django.utils.timezone.now", return_value=when):
        response = signed_in(member.user).post(
            step_url(network, steps[0]), {"status": Status.IN_PROGRESS, "note": "Wijkscan loopt"}
        )
    assert response.status_code == 302
    current = StepStatus.objects.get(network=network, step=steps[0])
    assert (current.status, current.note, current.changed_by_name, current.changed_at) == (
        Status.IN_PROGRESS,
        "Wijkscan loopt",
        "Jeroen Bakker",
        when,
    )
    [change] = StepStatusChange.objects.filter(network=network)
    assert (change.step, change.step_title, change.status, change.note) == (
        steps[0],
        "Verken de wijk",
        Status.IN_PROGRESS,
        "Wijkscan loopt",
    )
    assert (change.changed_by, change.changed_by_name, change.changed_at) == (member.user, "Jeroen Bakker", when)

    page = signed_in(member.user).get(step_url(network, steps[0]))
    assert "Jeroen Bakker, 2 maart 2026, 14:30" in page.text


def test_every_change_adds_a_line_and_the_steps_page_shows_the_latest_first(network, member, kartrekker, steps):
    services.set_step_status(network, steps[0], Status.IN_PROGRESS, "", member)
    services.set_step_status(network, steps[0], Status.DONE, "Klaar", kartrekker)
    services.set_step_status(network, steps[1], Status.SKIPPED, "", kartrekker)
    assert StepStatusChange.objects.filter(network=network).count() == 3
    assert StepStatus.objects.get(network=network, step=steps[0]).status == Status.DONE
    html = signed_in(member.user).get(reverse("networks:steps", args=[network.key])).text
    history = html.split('id="geschiedenis"')[1]
    assert history.index("Zoek partners") < history.index("afgerond") < history.index("bezig")


def test_saving_the_same_status_and_note_again_writes_nothing(network, member, steps):
    client = signed_in(member.user)
    data = {"status": Status.DONE, "note": "Klaar"}
    client.post(step_url(network, steps[0]), data)
    first = StepStatus.objects.get(network=network, step=steps[0]).changed_at
    assert client.post(step_url(network, steps[0]), data).status_code == 302
    assert StepStatusChange.objects.filter(network=network).count() == 1
    assert StepStatus.objects.get(network=network, step=steps[0]).changed_at == first
    client.post(step_url(network, steps[0]), {"status": Status.DONE, "note": "Klaar, met verslag"})
    assert StepStatusChange.objects.filter(network=network).count() == 2


def test_an_invalid_status_answers_400_and_saves_nothing(network, member, steps):
    response = signed_in(member.user).post(step_url(network, steps[0]), {"status": "half", "note": "x" * 501})
    assert response.status_code == 400
    assert "Kies een van de mogelijkheden." in response.text
    assert "Gebruik hoogstens 500 tekens (nu 501)." in response.text
    assert not StepStatus.objects.exists() and not StepStatusChange.objects.exists()


def test_new_steps_are_not_started_and_the_overview_follows_the_live_roadmap(network, member, steps):
    assert set(statuses(network).values()) == {Status.NOT_STARTED}
    assert [row.step for phase in roadmap.progress(network) for row in phase.steps] == steps


def test_a_step_an_editor_unpublishes_drops_out_and_comes_back_with_its_status(network, member, steps):
    services.set_step_status(network, steps[1], Status.DONE, "Tien partners", member)
    client = signed_in(member.user)
    steps[1].unpublish()
    assert steps[1].pk not in statuses(network)
    assert "Zoek partners" not in client.get(network.get_absolute_url()).text
    assert client.get(step_url(network, steps[1])).status_code == 404

    steps[1].save_revision().publish()
    assert statuses(network)[steps[1].pk] == Status.DONE
    overview = client.get(network.get_absolute_url()).text
    assert 'Zoek partners</a> <span class="status status--afgerond">Afgerond</span>' in overview


def test_a_deleted_step_keeps_its_line_in_the_history_under_its_title(network, member, steps):
    services.set_step_status(network, steps[1], Status.DONE, "", member)
    steps[1].delete()
    [change] = StepStatusChange.objects.filter(network=network)
    assert change.step is None and change.step_title == "Zoek partners"
    assert not StepStatus.objects.filter(network=network).exists()
    html = signed_in(member.user).get(reverse("networks:steps", args=[network.key])).text
    assert "<strong>Zoek partners</strong>: afgerond" in html


def test_the_next_step_is_the_first_in_roadmap_order_that_is_not_done_or_skipped(network, member, steps):
    first, second, later = steps
    services.set_step_status(network, later, Status.IN_PROGRESS, "", member)
    assert roadmap.next_step(roadmap.progress(network)).step == first
    services.set_step_status(network, first, Status.DONE, "", member)
    services.set_step_status(network, second, Status.SKIPPED, "", member)
    following = roadmap.next_step(roadmap.progress(network))
    assert following.step == later and following.status == Status.IN_PROGRESS
    overview = signed_in(member.user).get(network.get_absolute_url()).text
    assert f'<p class="next-step__title"><a href="{later.url}">Maak een plan</a></p>' in overview


def test_when_every_step_is_done_or_skipped_there_is_no_next_step(network, member, steps):
    for step in steps:
        services.set_step_status(network, step, Status.DONE, "", member)
    assert roadmap.next_step(roadmap.progress(network)) is None
    overview = signed_in(member.user).get(network.get_absolute_url()).text
    assert "Alle stappen van het stappenplan zijn afgerond of overgeslagen." in overview


def test_a_phase_counts_its_finished_steps(network, member, steps):
    services.set_step_status(network, steps[0], Status.DONE, "", member)
    services.set_step_status(network, steps[1], Status.IN_PROGRESS, "", member)
    phase = roadmap.progress(network)[0]
    assert (phase.total, phase.finished, phase.done, phase.percent) == (2, 1, 1, 50)


def test_each_network_keeps_its_own_status_of_a_step(network, member, other_network, steps):
    services.set_step_status(network, steps[0], Status.DONE, "", member)
    assert statuses(other_network)[steps[0].pk] == Status.NOT_STARTED


# --- the public step page ------------------------------------------------------------------


def test_a_member_sees_our_progress_on_the_public_step_page_and_changes_it_there(network, member, steps):
    client = signed_in(member.user)
    page = client.get(steps[0].url)
    assert page.status_code == 200
    assert 'id="onze-voortgang">Onze voortgang' in page.text
    action = step_url(network, steps[0])
    assert f'action="{action}"' in page.text
    assert f'name="next" value="{steps[0].url}#onze-voortgang"' in page.text

    response = client.post(
        action, {"status": Status.IN_PROGRESS, "note": "Gestart", "next": f"{steps[0].url}#onze-voortgang"}
    )
    assert response.status_code == 302 and response["Location"] == f"{steps[0].url}#onze-voortgang"
    assert StepStatus.objects.get(network=network, step=steps[0]).status == Status.IN_PROGRESS
    again = client.get(steps[0].url).text
    assert re.search(r'<span class="status status--bezig">Bezig</span>\s*· “Gestart”', again)


def test_the_step_form_never_sends_a_member_to_another_site(network, member, steps):
    response = signed_in(member.user).post(
        step_url(network, steps[0]), {"status": Status.DONE, "note": "", "next": "https://elders.example/"}
    )
    assert response["Location"] == network.get_absolute_url()


def test_a_member_of_two_networks_sees_both_on_the_step_page(network, member, other_network, steps):
    from tests.networks.factories import MembershipFactory

    MembershipFactory(network=other_network, user=member.user, name="Jeroen")
    html = signed_in(member.user).get(steps[0].url).text
    assert html.count('class="step-progress__network"') == 2
    assert network.name in html and other_network.name in html


def test_a_meelezer_sees_the_status_on_the_step_page_but_no_form(network, reader, member, steps):
    services.set_step_status(network, steps[0], Status.DONE, "Klaar", member)
    html = signed_in(reader.user).get(steps[0].url).text
    assert "Onze voortgang" in html and "status--afgerond" in html
    assert f'action="{step_url(network, steps[0])}"' not in html
    assert 'name="status"' not in html


def test_an_anonymous_visitor_sees_no_panel_and_the_step_page_stays_cacheable(network, member, steps, settings):
    settings.PAGE_CACHE_SECONDS = 600
    services.set_step_status(network, steps[0], Status.DONE, "Geheime notitie", member)
    visitor = Client()
    first = visitor.get(steps[0].url)
    assert first.status_code == 200 and first["X-Cache"] == "miss"
    assert "Onze voortgang" not in first.text and network.name not in first.text
    assert "private" not in first.get("Cache-Control", "")
    assert visitor.get(steps[0].url)["X-Cache"] == "hit"

    # A member's browser (with a session) never gets the kept page, and never has its own kept.
    own = signed_in(member.user).get(steps[0].url)
    assert "X-Cache" not in own
    assert "Geheime notitie" in own.text
    assert "private" in own["Cache-Control"] and "no-store" in own["Cache-Control"]
    assert "Geheime notitie" not in visitor.get(steps[0].url).text


def test_someone_signed_in_without_a_network_sees_no_panel(outsider, steps):
    html = signed_in(outsider).get(steps[0].url).text
    assert "Onze voortgang" not in html


def test_the_step_page_of_the_workspace_lists_the_history_of_that_step_only(network, member, steps):
    services.set_step_status(network, steps[0], Status.IN_PROGRESS, "Eerste", member)
    services.set_step_status(network, steps[1], Status.DONE, "Andere stap", member)
    html = signed_in(member.user).get(step_url(network, steps[0])).text
    assert "“Eerste”" in html and "Andere stap" not in html


def test_a_step_that_is_not_in_the_roadmap_has_no_page_in_the_workspace(network, member, phases):
    draft = factories.StepPageFactory(parent=phases[0], live=False)
    assert signed_in(member.user).get(step_url(network, draft)).status_code == 404
