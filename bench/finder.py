"""Benchmark of the finder pages against a bare Django view, served by gunicorn with DEBUG off.

    .venv/bin/python bench/finder.py                 # SQLite in a throwaway folder, N=5000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/toolbox_bench .venv/bin/python bench/finder.py
    .venv/bin/python bench/finder.py --tools 500 --seconds 3 --rounds 2

It fills a throwaway database with N tools and N/5 stories spread over every phase, role, theme,
type and province, starts gunicorn on loopback, and measures the pages in alternating rounds so
that drift of the machine hits them all alike. For each page it prints requests per second, p50
and p95 latency, SQL queries per request, and its throughput as a share of the bare view. A
second server follows with the anonymous page cache on (toolbox_site.page_cache), measuring the
home page, a step and a filtered finder beside the bare view again (--no-cache-run skips it). A
PostgreSQL database named in DATABASE_URL is dropped and created anew.
"""

import argparse
import os
import pathlib
import shutil
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fill import fill  # noqa: E402
from bench.measure import measure, report  # noqa: E402
from bench.server import prepare_environment  # noqa: E402

PAGES = [
    ("bare Django view", "/bench/ok/"),
    ("/toolbox/", "/toolbox/"),
    ("/toolbox/ 3 facets", "/toolbox/?fase=verdiepen&rol=huisarts&thema=dementie&thema=eenzaamheid"),
    ("/toolbox/?q=", "/toolbox/?q=samenwerking"),
    ("/praktijkverhalen/ 2 facets", "/praktijkverhalen/?provincie=gelderland&thema=dementie"),
    ("/zoeken/?q=", "/zoeken/?q=kartrekker"),
]
CACHED_PAGES = [
    ("bare Django view", "/bench/ok/"),
    ("home, cached", "/"),
    ("step, cached", "/stappenplan/verdiepen/stap-3-2/"),
    ("/toolbox/ 3 facets, cached", "/toolbox/?fase=verdiepen&rol=huisarts&thema=dementie&thema=eenzaamheid"),
]


def queries_per_request(path):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    assert status == 200, (path, status)
    return len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tools", type=int, default=5000, help="number of tools (stories: a fifth of it)")
    parser.add_argument("--seconds", type=float, default=4.0, help="seconds per page per round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds over all pages")
    parser.add_argument("--concurrency", type=int, default=2, help="keep-alive connections")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--keep", action="store_true", help="keep the throwaway folder (SQLite database) for profiling")
    parser.add_argument("--reuse", metavar="FOLDER", help="measure the SQLite database a --keep run left in FOLDER")
    parser.add_argument("--reuse-postgres", action="store_true", help="measure the filled DATABASE_URL again")
    parser.add_argument("--no-cache-run", action="store_true", help="skip the pass with the page cache on")
    args = parser.parse_args()

    workdir = pathlib.Path(args.reuse or tempfile.mkdtemp(prefix="toolbox-bench-"))
    if args.reuse:
        os.environ.pop("DATABASE_URL", None)
        args.keep = True
    if args.reuse_postgres and "DATABASE_URL" not in os.environ:
        parser.error("--reuse-postgres needs DATABASE_URL")
    refill = not (args.reuse or args.reuse_postgres)
    prepare_environment(workdir, refill=refill)
    import django

    django.setup()
    from django.db import connection

    started = time.perf_counter()
    if refill:
        fill(args.tools, args.tools // 5)
    else:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        call_command("collectstatic", "--noinput", verbosity=0)
    from tools.models import PracticeStoryPage, ToolPage

    print(f"database: {connection.vendor}, {ToolPage.objects.count()} tools, {PracticeStoryPage.objects.count()} "
          f"stories (filled in {time.perf_counter() - started:.0f} s)")  # fmt: skip
    queries = {label: queries_per_request(path) for label, path in PAGES}
    connection.close()
    try:
        print(f"gunicorn {args.workers} workers, {args.concurrency} connections, "
              f"{args.rounds} rounds x {args.seconds:g} s per page, {os.cpu_count()} cores")  # fmt: skip
        print("Uncached (PAGE_CACHE_SECONDS=0): every request builds its page")
        report(measure(PAGES, args), queries)
        if not args.no_cache_run:
            # The anonymous page cache (toolbox_site.page_cache) on, in a server of its own;
            # the bare view is measured again beside it.
            os.environ["PAGE_CACHE_SECONDS"] = "600"
            print("Cached (PAGE_CACHE_SECONDS=600): anonymous visitors get the kept page")
            report(measure(CACHED_PAGES, args), {label: "-" for label, _ in CACHED_PAGES})
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
