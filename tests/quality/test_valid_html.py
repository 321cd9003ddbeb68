"""Every kind of page is valid HTML for the Nu Html Checker (vnu.jar from npm, run with the machine's Java).

Also the pages behind a link (zelfscans), the account screens and the network workspace.
"""

import json
import os
import pathlib
import shutil
import subprocess
from datetime import date

import pytest
from django.core.management import call_command
from django.test import Client

from scripts.site_pages import PAGES
from tests.conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture
def java():
    found = shutil.which("java")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("the Nu Html Checker needs Java on the machine")
    pytest.skip("needs Java for the Nu Html Checker (apt-get install default-jre-headless)")


SCAN = "/zelfscans/kansrijke-samenwerking/"


def scan_pages(client):
    """The scan's pages behind a link: answering alone, its result, joining a team and the team's results."""
    from scans.models import ScanResponse, TeamRound

    client.post(SCAN, {"start": "alleen"})
    alone = ScanResponse.objects.latest("created_at")
    client.post(SCAN, {"start": "team"})
    team_round = TeamRound.objects.latest("created_at")
    member = ScanResponse.objects.create(version=team_round.version, round=team_round, answers={})
    member.answers = {statement: 1 + i % 5 for i, statement in enumerate(member.version.statements())}
    member.talk_about = list(member.answers)[:2]
    member.save()
    return {
        "zelfscan-invullen": (f"{SCAN}invullen/{alone.token}/1/", 200),
        "zelfscan-uitslag": (f"{SCAN}uitslag/{member.token}/", 200),
        "zelfscan-meedoen": (f"{SCAN}team/{team_round.answer_token}/", 200),
        "zelfscan-teamuitslag": (f"{SCAN}teamuitslag/{team_round.results_token}/", 200),
        "zelfscan-onbekend": (f"{SCAN}uitslag/onbekend/", 404),
    }


def workspace_pages(client):
    """The account screens, and every page of a network's workspace as its kartrekker sees it."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    from networks import services
    from phases.models import StepPage
    from plans import agreement as agreements
    from plans.models import Action, Agreement
    from scans.models import ScanPage
    from tools.models import Role

    signed_out = {
        "inloggen": ("/account/login/", 200),
        "account-maken": ("/account/signup/", 200),
        "inlogcode-vragen": ("/account/login/code/", 200),
    }
    pages = {name: (path, status, None) for name, (path, status) in signed_out.items()}
    user = get_user_model().objects.create_user("anna@wedde.example", "anna@wedde.example")
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    role = Role.objects.first()
    network = services.create_network(
        user, "Anna", role, name="Samen in Wedde", place="Wedde", province="groningen", setting="dorp",
        residents=2_000, start_year=2025,
    )  # fmt: skip
    step = StepPage.objects.live().first()
    team_round = services.start_team_round(network, ScanPage.objects.live().first(), user)
    action = Action.objects.create(network=network, what="Wijkwandeling", step=step, due_date=date(2026, 1, 5))
    Agreement.objects.create(network=network, goal="Gezond oud worden in Wedde.")
    agreements.adopt(network, network.memberships.get())
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    base = network.get_absolute_url()
    for name, path in {
        "mijn-netwerk": "/netwerk/",
        "netwerk-nieuw": "/netwerk/nieuw/",
        "netwerk": base,
        "netwerk-gegevens": f"{base}gegevens/",
        "netwerk-stappen": f"{base}stappen/",
        "netwerk-stap": f"{base}stappen/{step.pk}/",
        "netwerk-aan-tafel": f"{base}aan-tafel/",
        "netwerk-leden": f"{base}leden/",
        "netwerk-teamscans": f"{base}teamscans/",
        "netwerk-teamronde": f"{base}teamscans/{team_round.pk}/",
        "netwerk-verlaten": f"{base}verlaten/",
        "netwerk-verwijderen": f"{base}verwijderen/",
        "stap-met-voortgang": step.url,
        "plan": f"{base}plan/",
        "plan-op-datum": f"{base}plan/?ordening=datum",
        "actie-toevoegen": f"{base}plan/nieuw/?stap={step.pk}",
        "actie-aanpassen": f"{base}plan/{action.pk}/",
        "overeenkomst": f"{base}overeenkomst/",
        "overeenkomst-partners": f"{base}overeenkomst/onderdeel/2/",
        "overeenkomst-vaststellen": f"{base}overeenkomst/vaststellen/",
        "overeenkomst-versie": f"{base}overeenkomst/versie/1/",
        "jaarritme": f"{base}jaarritme/",
        "herinneringen": f"{base}herinneringen/",
        "jaar-in-beeld": f"{base}jaar-in-beeld/",
        "jaar-2026": f"{base}jaar-in-beeld/2026/",
    }.items():
        pages[name] = (path, 200, user)
    return pages


@pytest.mark.django_db
def test_the_nu_html_checker_finds_no_errors_on_any_kind_of_page(client, node_tool, java, tmp_path):
    vnu = node_tool(VNU)
    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_comparison", verbosity=0)  # the figures of /zelfscans/landelijk-beeld/
    files = []
    for name, (path, status) in {**PAGES, **scan_pages(client)}.items():
        response = client.get(path)
        assert response.status_code == status, name
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    errors_shown = client.post(scan_pages(client)["zelfscan-invullen"][0], {"actie": "volgende"})
    assert errors_shown.status_code == 400
    files.append(tmp_path / "zelfscan-fouten.html")
    files[-1].write_bytes(errors_shown.content)
    for name, (path, status, user) in workspace_pages(client).items():
        response = (client if user else Client()).get(path)
        assert response.status_code == status, name
        assert (user is None) == ("Inloggen" in response.text), name  # signed in where it should be
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
    failed_form = client.post("/netwerk/nieuw/", {"name": ""})
    assert failed_form.status_code == 400
    files.append(tmp_path / "netwerk-nieuw-fouten.html")
    files[-1].write_bytes(failed_form.content)

    checked = subprocess.run(  # noqa: S603 (a fixed command on files this test wrote)
        [java, "-jar", str(vnu), "--errors-only", "--format", "json", "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(checked.stdout)["messages"]
    errors = [f"{pathlib.Path(m.get('url', '?')).stem}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert errors == []
    assert checked.returncode == 0, checked.stderr
