"""Benchmark of the exports: a plan of 100 actions and an agreement with 15 partners, as Word and as PDF.

    .venv/bin/python bench/exports.py                 # SQLite in a throwaway folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/toolbox_bench .venv/bin/python bench/exports.py
    .venv/bin/python bench/exports.py --actions 200 --partners 30 --rounds 10

It fills a throwaway database with the roadmap (bench.fill) and one network of ten members with
the actions spread over the steps, members and partners, and an adopted agreement in which every
partner brings something; then it downloads each export as a signed-in member through the whole
Django stack (middleware, access check, queries, rendering) and prints per export the median and
the slowest time, the size and the SQL queries. It exits 1 when an export takes 2 s or longer.
A PostgreSQL database named in DATABASE_URL is dropped and created anew.
"""

import argparse
import os
import pathlib
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fill import WORDS, fill  # noqa: E402
from bench.server import prepare_environment  # noqa: E402

LIMIT_SECONDS = 2.0


def fill_network(action_count, partner_count):
    """One network with members, partners, `action_count` actions and an adopted agreement; returns a member."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from networks.models import Membership, Network, Partner
    from phases.models import StepPage
    from plans.models import Action, AgreementVersion
    from plans.models.agreement import SECTIONS
    from tools.models import Role, ToolPage

    rng = random.Random(16)

    def text(words):
        return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."

    roles = list(Role.objects.all())
    steps = list(StepPage.objects.live())
    tools = list(ToolPage.objects.live()[:20])
    statuses = ["open", "bezig", "klaar", "vervallen"]
    with transaction.atomic():
        network = Network.objects.create(
            name="Gezond Samen Benchdorp", place="Benchdorp", province="gelderland", setting="dorp",
            residents=8_000, start_year=2024,
        )  # fmt: skip
        users = [
            get_user_model().objects.create(username=f"lid{i}@bench.example", email=f"lid{i}@bench.example")
            for i in range(10)
        ]
        members = Membership.objects.bulk_create(
            Membership(network=network, user=user, name=f"Lid {i}", role=rng.choice(roles),
                       workspace_role="kartrekker" if i == 0 else "lid")
            for i, user in enumerate(users)
        )  # fmt: skip
        partners = Partner.objects.bulk_create(
            Partner(network=network, name=f"Organisatie {p} {text(2)[:-1]}", role=rng.choice(roles))
            for p in range(partner_count)
        )
        today = date.today()
        Action.objects.bulk_create(
            Action(
                network=network, what=text(5)[:200], why=text(18), status=statuses[i % 4],
                owner_member=members[i % 10] if i % 3 else None,
                owner_partner=None if i % 3 else partners[i % partner_count],
                due_date=today + timedelta(days=rng.randint(-60, 200)) if i % 7 else None,
                step=rng.choice(steps) if i % 5 else None, tool=rng.choice(tools) if i % 4 == 0 else None,
                dimension_title="Samenwerking" if i % 6 == 0 else "",
            )
            for i in range(action_count)
        )  # fmt: skip
        content = {
            "network": network.name,
            "place": network.place,
            "phase": "Vormgeven",
            "sections": [
                {"slug": slug, "title": title, "text": f"{text(40)}\n\n{text(30)}"} for slug, title, _ in SECTIONS
            ],
            "partners": [{"name": p.name, "role": p.role.name, "brings": text(12)} for p in partners],
            "kartrekkers": [members[0].name],
        }
        AgreementVersion.objects.create(network=network, number=1, adopted_by_name=members[0].name, content=content)
    return members[1].user, network


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--actions", type=int, default=100)
    parser.add_argument("--partners", type=int, default=15)
    parser.add_argument("--rounds", type=int, default=5, help="downloads per export")
    args = parser.parse_args()

    workdir = pathlib.Path(tempfile.mkdtemp(prefix="toolbox-bench-exports-"))
    prepare_environment(workdir)
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    try:
        started = time.perf_counter()
        fill(tool_count=40, story_count=8)
        user, network = fill_network(args.actions, args.partners)
        print(f"database: {connection.vendor}, a plan of {args.actions} actions and an agreement with "
              f"{args.partners} partners, filled in {time.perf_counter() - started:.0f} s")  # fmt: skip
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        exports = [
            ("plan, Word", reverse("plans:plan_docx", args=[network.key])),
            ("plan, PDF", reverse("plans:plan_pdf", args=[network.key])),
            ("agreement, Word", reverse("plans:agreement_docx", args=[network.key, 1])),
            ("agreement, PDF", reverse("plans:agreement_pdf", args=[network.key, 1])),
        ]
        print(f"{args.rounds} downloads per export after one warm-up, {os.cpu_count()} cores, in process")
        print(f"{'export':<18} {'median':>8} {'slowest':>8} {'size':>9} {'queries':>8}")
        too_slow = []
        for label, url in exports:
            assert client.get(url).status_code == 200, url  # warm-up: fonts, templates
            times = []
            for _ in range(args.rounds):
                with CaptureQueriesContext(connection) as captured:
                    begin = time.perf_counter()
                    response = client.get(url)
                    times.append(time.perf_counter() - begin)
                assert response.status_code == 200, (url, response.status_code)
            slowest = max(times)
            print(f"{label:<18} {statistics.median(times):>7.2f}s {slowest:>7.2f}s "
                  f"{len(response.content) / 1024:>7.0f}kB {len(captured):>8}")  # fmt: skip
            if slowest >= LIMIT_SECONDS:
                too_slow.append(label)
        connection.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if too_slow:
        raise SystemExit(f"slower than {LIMIT_SECONDS:g} s: {', '.join(too_slow)}")
    print(f"every export under {LIMIT_SECONDS:g} s")


if __name__ == "__main__":
    main()
