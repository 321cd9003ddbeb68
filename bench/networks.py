"""Benchmark of the network workspace as a signed-in member sees it, beside the bare Django view.

    .venv/bin/python bench/networks.py                # SQLite in a throwaway folder, 200 networks of 20 members
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/toolbox_bench .venv/bin/python bench/networks.py
    .venv/bin/python bench/networks.py --networks 50 --members 10 --seconds 2

It fills a throwaway database with the roadmap (bench.fill) and N networks of M members, each
with a status on every step and its history, ten partners and a team scan of two rounds with
answers, signs one member in, and serves the site with gunicorn. For each page it prints
requests per second, p50 and p95 latency, SQL queries per request and the throughput as a share
of the bare view: the workspace overview, the team scans page and a step page with the member's
"Onze voortgang", and the same step page for a visitor who is not signed in. A PostgreSQL
database named in DATABASE_URL is dropped and created anew.
"""

import argparse
import os
import pathlib
import random
import shutil
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fill import fill  # noqa: E402
from bench.measure import measure, report  # noqa: E402
from bench.server import prepare_environment  # noqa: E402

STEP = "/stappenplan/verkennen/stap-1-1/"


def fill_networks(network_count, member_count):
    """N networks of M members with progress, partners and a team scan; returns one member's user."""
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from home.models import HomePage
    from networks.models import Membership, Network, NetworkTeam, Partner, StepStatus, StepStatusChange
    from phases.models import StepPage
    from scans.models import ScanIndexPage, ScanPage, ScanResponse, ScanVersion, TeamRound
    from toolbox_site.db import analyze
    from tools.models import Role

    rng = random.Random(7)
    roles = list(Role.objects.all())
    steps = list(StepPage.objects.live())
    statuses = ["bezig", "afgerond", "overslaan", "nog-niet"]
    with transaction.atomic():
        scans = HomePage.objects.get().add_child(instance=ScanIndexPage(title="Zelfscans", slug="zelfscans", intro="."))
        statements = [f"Stelling {letter}" for letter in "abcd"]
        dimensions = [
            ("dimension", {"title": f"Onderdeel {d}", "description": "", "statements": statements}) for d in range(5)
        ]
        scan = scans.add_child(instance=ScanPage(title="Scan", slug="scan", intro=".", dimensions=dimensions))
        version = ScanVersion.current(scan)
        statement_ids = [s["id"] for d in version.dimensions for s in d["statements"]]
        now = timezone.now()
        users = get_user_model().objects.bulk_create(
            get_user_model()(username=f"lid{i}@bench.example", email=f"lid{i}@bench.example", last_login=now)
            for i in range(network_count * member_count)
        )
        networks = Network.objects.bulk_create(
            Network(name=f"Netwerk {i}", place=f"Plaats {i}", province="gelderland", setting="dorp",
                    residents=7_000, start_year=2024)
            for i in range(network_count)
        )  # fmt: skip
        Membership.objects.bulk_create(
            Membership(network=network, user=users[n * member_count + m], name=f"Lid {m}", role=rng.choice(roles),
                       workspace_role="kartrekker" if m == 0 else "lid")
            for n, network in enumerate(networks) for m in range(member_count)
        )  # fmt: skip
        Partner.objects.bulk_create(
            Partner(network=network, name=f"Organisatie {p}", role=rng.choice(roles))
            for network in networks for p in range(10)
        )  # fmt: skip
        rows = [(network, step, rng.choice(statuses)) for network in networks for step in steps]
        values = {"note": "Besproken in het overleg.", "changed_by_name": "Lid 1", "changed_at": now}
        StepStatus.objects.bulk_create(StepStatus(network=n, step=s, status=st, **values) for n, s, st in rows)
        StepStatusChange.objects.bulk_create(
            StepStatusChange(network=n, step=s, step_title=s.title, status=st, **values) for n, s, st in rows
        )
        for network in networks:
            first = TeamRound.objects.create(scan=scan, version=version)
            second = TeamRound.objects.create(scan=scan, version=version, team=first.team, number=2)
            NetworkTeam.objects.create(network=network, scan=scan, team=first.team)
            ScanResponse.objects.bulk_create(
                ScanResponse(version=version, round=team_round, answers={i: rng.randint(1, 5) for i in statement_ids})
                for team_round in (first, second) for _ in range(8)
            )  # fmt: skip
    analyze()
    return users[member_count + 1]  # a member ("lid") of the second network


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--networks", type=int, default=200)
    parser.add_argument("--members", type=int, default=20, help="members per network")
    parser.add_argument("--seconds", type=float, default=4.0, help="seconds per page per round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds over all pages")
    parser.add_argument("--concurrency", type=int, default=2, help="keep-alive connections")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--port", type=int, default=8766)
    args = parser.parse_args()

    workdir = pathlib.Path(tempfile.mkdtemp(prefix="toolbox-bench-networks-"))
    prepare_environment(workdir)
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    started = time.perf_counter()
    fill(tool_count=300, story_count=60)
    user = fill_networks(args.networks, args.members)
    network = user.network_memberships.get().network
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    cookie = {"Cookie": f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"}
    from networks.models import Membership

    print(f"database: {connection.vendor}, {args.networks} networks of {args.members} members "
          f"({Membership.objects.count()} memberships), filled in {time.perf_counter() - started:.0f} s")  # fmt: skip
    pages = [
        ("bare Django view", "/bench/ok/", {}),
        ("workspace overview", network.get_absolute_url(), cookie),
        ("workspace team scans", network.get_absolute_url() + "teamscans/", cookie),
        ("step page, member", STEP, cookie),
        ("step page, not signed in", STEP, {}),
    ]
    queries = {}
    for label, path, headers in pages:
        browser = client if headers else Client(HTTP_HOST="127.0.0.1")
        browser.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = browser.get(path)
        assert response.status_code == 200, (path, response.status_code)
        if headers:
            assert network.name in response.text, path  # measured as the member sees it
        queries[label] = len(captured)
    connection.close()
    try:
        print(f"gunicorn {args.workers} workers, {args.concurrency} connections, {args.rounds} rounds x "
              f"{args.seconds:g} s per page, {os.cpu_count()} cores, page cache off")  # fmt: skip
        report(measure(pages, args), queries)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
