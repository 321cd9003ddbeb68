"""Adding, changing, the quick status change and deleting an action of the plan van aanpak."""

import datetime
import re

import pytest
from django.urls import reverse

from plans.models import Action, ActionStatus
from tests import factories
from tests.networks.conftest import NOTHING_FILLED_IN, signed_in
from tests.plans.factories import ActionFactory

pytestmark = pytest.mark.django_db


def add_url(network, query=""):
    return reverse("plans:action_add", args=[network.key]) + query


def url(name, action):
    return reverse(f"plans:{name}", args=[action.network.key, action.pk])


def plan_url(network):
    return reverse("plans:plan", args=[network.key])


def dimension_id(scan, title):
    return next(d["id"] for d in scan.definition()["dimensions"] if d["title"] == title)


# --- adding ---------------------------------------------------------------------------------


def test_the_form_offers_this_networks_members_and_partners_and_nobody(network, member, partner, other_network):
    html = signed_in(member.user).get(add_url(network)).text
    assert '<optgroup label="Leden">' in html and '<optgroup label="Partners">' in html
    assert f'<option value="lid-{member.pk}">{member.name}</option>' in html
    assert f'<option value="partner-{partner.pk}">{partner.name}</option>' in html
    assert '<option value="" selected>Nog niemand</option>' in html
    assert 'type="date"' in html
    assert "Westerbroek" not in html


def test_a_member_adds_an_action_with_an_owner_a_date_and_a_status(network, member, partner, steps):
    response = signed_in(member.user).post(
        add_url(network),
        {
            "what": "Kennismaking met de huisartsen",
            "why": "Zodat ze weten wie we zijn",
            "who": f"partner-{partner.pk}",
            "due_date": "2031-04-01",
            "status": ActionStatus.BUSY,
            "step": steps[1].pk,
        },
    )
    assert response.status_code == 302 and response["Location"] == plan_url(network)
    action = Action.objects.get()
    assert (action.network, action.owner_partner, action.owner_member) == (network, partner, None)
    assert (action.due_date, action.status, action.step_id) == (datetime.date(2031, 4, 1), "bezig", steps[1].pk)
    assert action.created_by == member.user and action.closed_at is None


def test_an_action_added_as_klaar_is_closed_at_once(network, member):
    signed_in(member.user).post(add_url(network), {"what": "Al gedaan", "who": f"lid-{member.pk}", "status": "klaar"})
    action = Action.objects.get()
    assert action.owner_member == member and action.closed_at is not None


def test_from_a_step_the_form_is_pre_filled_with_the_step(network, member, steps):
    html = signed_in(member.user).get(add_url(network, f"?stap={steps[1].pk}")).text
    assert 'name="what" value="Zoek partners"' in html
    assert f'<option value="{steps[1].pk}" selected>Zoek partners</option>' in html


def test_from_a_tool_the_link_is_kept_in_a_hidden_input_and_saved(network, member, tool_index):
    tool = factories.ToolPageFactory(parent=tool_index, title="Sociale kaart")
    client = signed_in(member.user)
    html = client.get(add_url(network, f"?tool={tool.pk}")).text
    assert f'<input type="hidden" name="tool" value="{tool.pk}"' in html
    assert "de tool ‘Sociale kaart’" in html and 'value="Aan de slag met Sociale kaart"' in html
    client.post(add_url(network), {"what": "Sociale kaart maken", "who": "", "status": "open", "tool": tool.pk})
    assert Action.objects.get().tool.specific == tool


def test_from_a_scan_dimension_its_title_is_looked_up_and_saved(network, member, scan, steps):
    ambitie = dimension_id(scan, "Ambitie")
    client = signed_in(member.user)
    html = client.get(add_url(network, f"?stap={steps[0].pk}&scan={scan.pk}&onderdeel={ambitie}")).text
    assert f'name="scan" value="{scan.pk}"' in html and f'name="onderdeel" value="{ambitie}"' in html
    assert "het onderdeel ‘Ambitie’ van de samenwerkingsscan" in html
    data = {"what": "Verken de wijk", "who": "", "status": "open", "step": steps[0].pk}
    client.post(add_url(network), data | {"scan": scan.pk, "onderdeel": ambitie, "next": steps[0].url})
    action = Action.objects.get()
    assert (action.scan.pk, action.dimension_id, action.dimension_title) == (scan.pk, ambitie, "Ambitie")


def test_a_posted_dimension_title_is_never_taken_from_the_browser(network, member, scan):
    signed_in(member.user).post(
        add_url(network),
        {"what": "X", "status": "open", "scan": scan.pk, "onderdeel": "bestaat-niet", "dimension_title": "Nep"},
    )
    action = Action.objects.get()
    assert action.scan.pk == scan.pk and (action.dimension_id, action.dimension_title) == ("", "")


@pytest.mark.parametrize(
    "query",
    [
        "?stap=abc",
        "?stap=999999",
        "?stap=99999999999999999999999",
        "?tool=-1",
        "?scan=abc&onderdeel=x",
        "?scan=999999&onderdeel=x",
        "?onderdeel=zonder-scan",
    ],
)
def test_bad_or_unknown_ids_in_the_query_string_are_ignored(network, member, query):
    response = signed_in(member.user).get(add_url(network, query))
    assert response.status_code == 200
    assert 'name="what" value=' not in response.text and "komt voort uit" not in response.text


def test_a_step_that_is_not_live_is_not_pre_filled(network, member, phases):
    draft = factories.StepPageFactory(parent=phases[0], live=False, title="Concept")
    html = signed_in(member.user).get(add_url(network, f"?stap={draft.pk}")).text
    assert 'value="Concept"' not in html


def test_an_invalid_post_answers_400_and_keeps_everything_typed(network, member, partner, tool_index):
    tool = factories.ToolPageFactory(parent=tool_index)
    response = signed_in(member.user).post(
        add_url(network),
        {
            "what": "",
            "why": "Omdat het moet",
            "who": f"partner-{partner.pk}",
            "due_date": "31-02-2031",
            "status": "bezig",
            "tool": tool.pk,
            "next": "/stappenplan/",
        },
    )
    assert response.status_code == 400
    html = response.text
    assert "De actie is nog niet opgeslagen" in html and "Vul dit in." in html and "bestaande datum" in html
    assert "Omdat het moet" in html and 'type="text" name="due_date" value="31-02-2031"' in html
    assert f'<option value="partner-{partner.pk}" selected>' in html
    assert re.search(r'value="bezig"[^>]* checked', html)
    assert f'name="tool" value="{tool.pk}"' in html and 'name="next" value="/stappenplan/"' in html
    assert not Action.objects.exists()


def test_an_empty_post_answers_400(network, member):
    assert signed_in(member.user).post(add_url(network), NOTHING_FILLED_IN).status_code == 400


def test_an_owner_from_another_network_is_refused(network, member, other_network):
    theirs_member = other_network.memberships.get()
    theirs_partner = other_network.partners.get()
    client = signed_in(member.user)
    for who in (f"lid-{theirs_member.pk}", f"partner-{theirs_partner.pk}", "partner-abc", "iemand"):
        response = client.post(add_url(network), {"what": "Overnemen", "who": who, "status": "open"})
        assert response.status_code == 400 and "Kies een van de mogelijkheden." in response.text
    assert not Action.objects.exists()


def test_next_brings_the_member_back_but_never_to_another_site(network, member, steps):
    client = signed_in(member.user)
    data = {"what": "Terug", "status": "open"}
    assert client.post(add_url(network), data | {"next": steps[0].url})["Location"] == steps[0].url
    assert client.post(add_url(network), data | {"next": "https://elders.example/"})["Location"] == plan_url(network)


def test_a_meelezer_cannot_add_an_action(network, reader):
    client = signed_in(reader.user)
    assert client.get(add_url(network)).status_code == 403
    assert client.post(add_url(network), {"what": "Stiekem", "status": "open"}).status_code == 403
    assert not Action.objects.exists()


# --- changing, status, deleting -------------------------------------------------------------


def test_a_member_changes_an_action_and_the_form_shows_what_it_holds(network, member, partner, steps):
    action = ActionFactory(network=network, what="Oud", owner_partner=partner, step=steps[0])
    client = signed_in(member.user)
    html = client.get(url("action_edit", action)).text
    assert 'value="Oud"' in html and f'<option value="partner-{partner.pk}" selected>' in html
    response = client.post(
        url("action_edit", action), {"what": "Nieuw", "who": f"lid-{member.pk}", "status": "klaar", "step": ""}
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.what, action.owner_member, action.owner_partner, action.step) == ("Nieuw", member, None, None)
    assert action.status == "klaar" and action.closed_at is not None


def test_editing_keeps_a_link_to_a_step_that_went_offline(network, member, steps):
    action = ActionFactory(network=network, what="Oud", step=steps[0])
    steps[0].unpublish()
    client = signed_in(member.user)
    assert "Niet in het stappenplan" in client.get(url("action_edit", action)).text
    client.post(url("action_edit", action), {"what": "Oud", "status": "open", "step": steps[0].pk})
    action.refresh_from_db()
    assert action.step_id == steps[0].pk


def test_the_quick_status_change_keeps_closed_at_right_and_returns_to_the_list(network, member):
    action = ActionFactory(network=network)
    client = signed_in(member.user)
    back = plan_url(network) + "?ordening=datum#actie-1"
    response = client.post(url("action_status", action), {"status": "klaar", "next": back})
    assert response.status_code == 302 and response["Location"] == back
    action.refresh_from_db()
    assert action.status == "klaar" and action.closed_at is not None
    client.post(url("action_status", action), {"status": "bezig"})
    action.refresh_from_db()
    assert action.status == "bezig" and action.closed_at is None


def test_a_bad_status_answers_400_with_a_message_and_a_get_goes_to_the_plan(network, member):
    action = ActionFactory(network=network)
    client = signed_in(member.user)
    response = client.post(url("action_status", action), {"status": "gewist"})
    assert response.status_code == 400 and "Kies een van de statussen" in response.text
    assert client.get(url("action_status", action))["Location"] == plan_url(network)
    action.refresh_from_db()
    assert action.status == "open"


def test_deleting_asks_first_and_then_deletes(network, member):
    action = ActionFactory(network=network, what="Weg ermee")
    client = signed_in(member.user)
    page = client.get(url("action_delete", action))
    assert page.status_code == 200 and "Weet je zeker dat je ‘Weg ermee’" in page.text
    assert Action.objects.exists()
    assert client.post(url("action_delete", action))["Location"] == plan_url(network)
    assert not Action.objects.exists()


@pytest.mark.parametrize("name", ["action_edit", "action_status", "action_delete"])
def test_an_action_of_another_network_is_not_found(network, member, other_network, name):
    theirs = ActionFactory(network=other_network, what="Van hen")
    wrong = reverse(f"plans:{name}", args=[network.key, theirs.pk])
    client = signed_in(member.user)
    if name != "action_status":
        assert client.get(wrong).status_code == 404
    assert client.post(wrong, {"what": "Overgenomen", "status": "klaar"}).status_code == 404
    theirs.refresh_from_db()
    assert (theirs.what, theirs.status) == ("Van hen", "open")


@pytest.mark.parametrize("name", ["action_edit", "action_status", "action_delete"])
def test_a_meelezer_cannot_change_or_delete_an_action(network, reader, name):
    action = ActionFactory(network=network, what="Blijft")
    assert signed_in(reader.user).post(url(name, action), {"what": "Anders", "status": "klaar"}).status_code == 403
    action.refresh_from_db()
    assert (action.what, action.status) == ("Blijft", "open")


def test_the_plan_itself_takes_no_post_and_a_meelezers_get_of_a_status_goes_to_the_plan(network, reader):
    action = ActionFactory(network=network)
    client = signed_in(reader.user)
    assert client.post(plan_url(network), {"status": "klaar"}).status_code == 405
    assert client.get(url("action_status", action))["Location"] == plan_url(network)
