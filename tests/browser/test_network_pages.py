"""Every page of the workspace, as its kartrekker sees it: no axe-core violation at phone or desktop width,
and nothing scrolling sideways at 320 px.

The pages are found from networks.urls and plans.urls themselves, so a new workspace page is
checked without being listed here; addresses that only take a POST (they redirect a GET) and the
downloads (JSON, Word, PDF) are left out, as nothing is shown there.
"""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from networks import services, urls
from networks.models import Invitation, Partner, WorkspaceRole
from phases.models import StepPage
from plans import agreement as agreements
from plans import urls as plan_urls
from plans.models import Action, Agreement, NetworkRhythm
from scans.models import ScanPage
from tests.networks.conftest import PK_OF
from tools.models import Role

pytestmark = pytest.mark.browser

NOT_A_PAGE = {"download"}  # JSON


def is_download(pattern):
    return pattern.name in NOT_A_PAGE or str(pattern.pattern).endswith((".docx", ".pdf"))


def test_every_workspace_page_is_free_of_axe_violations(site, open_page, check_axe):
    user = get_user_model().objects.create_user("anna@wedde.example", "anna@wedde.example")
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    role = Role.objects.get(slug="huisarts")
    network = services.create_network(
        user, "Anna", role, name="Samen in Wedde", place="Wedde", province="groningen", setting="dorp",
        residents=2_000, start_year=2025,
    )  # fmt: skip
    kartrekker = network.memberships.get()
    member = network.memberships.create(
        user=get_user_model().objects.create_user("jeroen@wedde.example", "jeroen@wedde.example"),
        name="Jeroen", role=role, workspace_role=WorkspaceRole.MEMBER,
    )  # fmt: skip
    step = StepPage.objects.live().get(slug="klein-beginnen")
    services.set_step_status(network, step, "bezig", "Eerste gesprek gepland.", kartrekker)
    partner = Partner.objects.create(network=network, name="Huisartsenpraktijk Wedde", role=role)
    invitation, token = Invitation.create(network, "fatima@wedde.example", WorkspaceRole.MEMBER, user)
    team_round = services.start_team_round(network, ScanPage.objects.live().first(), user)
    objects = {"step": step, "partner": partner, "member": member, "invitation": invitation, "team_round": team_round}
    action = Action.objects.create(
        network=network, what="Wijkwandeling met de dorpsraad", owner_partner=partner, step=step,
        due_date=timezone.localdate() - timedelta(days=3),
    )  # fmt: skip
    Action.objects.create(network=network, what="Flyer voor de bewoners", owner_member=member, status="klaar")
    Agreement.objects.create(network=network, goal="Samen zorgen dat inwoners van Wedde gezond oud worden.")
    version = agreements.adopt(network, kartrekker)
    NetworkRhythm.objects.create(network=network, evaluation_month=3)
    plan_kwargs = {"pk": action.pk, "year": timezone.localdate().year}

    browser_client = Client()
    browser_client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    page = open_page(bypass_csp=True)  # axe-core comes in as an inline script
    page.missing_on_purpose.add(site + reverse("networks:accept_invitation", args=[token]))
    cookie = browser_client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": site}])

    shown, too_wide = [], {}
    patterns = [("networks", pattern) for pattern in urls.urlpatterns]
    patterns += [("plans", pattern) for pattern in plan_urls.urlpatterns]
    for namespace, pattern in patterns:
        if is_download(pattern):
            continue
        kwargs = {}
        converters = set(pattern.pattern.converters)
        if "key" in converters:
            kwargs["key"] = network.key
        if "token" in converters:
            kwargs["token"] = token
        if namespace == "plans":
            kwargs |= {name: plan_kwargs[name] for name in converters & {"pk", "year"}}
            if "number" in converters:
                kwargs["number"] = 2 if pattern.name == "agreement_section" else version.number
        elif "pk" in converters:
            kwargs["pk"] = objects[PK_OF[pattern.name]].pk
        address = site + reverse(f"{namespace}:{pattern.name}", kwargs=kwargs)
        response = page.goto(address)
        if page.url != address:
            continue  # a POST-only address sent the GET on to its page, which is checked in its own turn
        # The invitation is for someone else: its page says so (403); the journey shows the form itself.
        assert response.status == (403 if pattern.name == "accept_invitation" else 200), pattern.name
        check_axe(page, pattern.name)
        page.set_viewport_size({"width": 320, "height": 640})
        too_wide[pattern.name] = page.evaluate("document.documentElement.scrollWidth")
        page.set_viewport_size({"width": 1280, "height": 900})
        shown.append(pattern.name)
    assert {"overview", "edit", "steps", "step", "partners", "partner_edit", "members", "team_scans", "team_round",
            "leave", "delete", "index", "create", "delete_account", "accept_invitation", "plan", "action_add",
            "action_edit", "action_delete", "agreement", "agreement_section", "agreement_adopt", "agreement_version",
            "rhythm", "reminders", "years", "year"} <= set(shown)  # fmt: skip
    assert {name: width for name, width in too_wide.items() if width > 320} == {}  # nothing scrolls sideways
