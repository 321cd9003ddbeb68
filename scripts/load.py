"""Load test: 100 concurrent visitors for 60 s against gunicorn with PostgreSQL and Redis.

Usage: .venv/bin/python scripts/load.py [--connections 100] [--seconds 60] [--workers 5]
(needs PostgreSQL and Redis on 127.0.0.1 and Debian's `wrk`: apt-get install wrk; DATABASE_URL
names the throwaway database, default postgres://postgres@127.0.0.1:5432/toolbox_load).

It loads the demo content into a fresh database, serves it with gunicorn and the production
settings (page cache in Redis on), and lets wrk request a mix of what visitors open: the home
page, phases, steps, tools, stories, the finders with one to three facets and searches, each
chosen at random per request from every URL of the demo site and many filter and search
combinations, so that both cached and freshly built pages are served. It prints requests per
second, latency percentiles and errors (connection errors, timeouts and non-2xx/3xx answers),
and exits 1 unless there are no errors and the p95 is under 300 ms.
"""

import argparse
import itertools
import os
import pathlib
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import prepare_environment, start_gunicorn  # noqa: E402

P95_BAR_MS = 300
SEARCHES = ["kartrekker", "samenwerking", "dementie", "wijkscan", "huisarts", "bewoners", "financiering", "ouderen"]

LUA = """
local paths = {%(paths)s}
request = function()
  return wrk.format("GET", paths[math.random(#paths)], {["Host"] = "127.0.0.1"})
end
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT requests=%%d seconds=%%.2f p50=%%.1f p95=%%.1f p99=%%.1f max=%%.1f "
    .. "connect=%%d read=%%d write=%%d status=%%d timeout=%%d\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors.connect, errors.read, errors.write,
    errors.status, errors.timeout))
end
"""


def visitor_paths():
    """Every page of the demo site, weighted like visits, plus finder and search combinations."""
    from phases.models import PhasePage, StepPage
    from tools.models import PracticeStoryPage, Role, Theme, ToolPage

    chooser = random.Random(5)
    pages = {
        "home": ["/"] * 5,
        "phases": [page.url for page in PhasePage.objects.live()],
        "steps": [page.url for page in StepPage.objects.live()],
        "tools": [page.url for page in ToolPage.objects.live()],
        "stories": [page.url for page in PracticeStoryPage.objects.live()],
    }
    roles = list(Role.objects.values_list("slug", flat=True))
    themes = list(Theme.objects.values_list("slug", flat=True))
    phases = ["verkennen", "vormgeven", "verdiepen", "verankeren"]
    finders = []
    for count in (1, 2, 3):
        for _ in range(40):
            facets = [
                ("fase", chooser.choice(phases)),
                ("rol", chooser.choice(roles)),
                ("thema", chooser.choice(themes)),
            ]
            query = "&".join(f"{name}={value}" for name, value in chooser.sample(facets, count))
            finders.append(f"/toolbox/?{query}")
    finders += [f"/praktijkverhalen/?thema={theme}" for theme in themes]
    searches = [f"/zoeken/?q={word}" for word in SEARCHES]
    searches += [f"/toolbox/?q={word}&thema={theme}" for word, theme in itertools.product(SEARCHES[:4], themes[:5])]
    paths = list(itertools.chain(*pages.values())) + finders + searches
    chooser.shuffle(paths)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--connections", type=int, default=100, help="concurrent visitors (keep-alive connections)")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers")
    parser.add_argument("--port", type=int, default=8768)
    parser.add_argument("--no-page-cache", action="store_true", help="build every page (Redis then only for sessions)")
    args = parser.parse_args()
    wrk = shutil.which("wrk")
    if not wrk:
        raise SystemExit("wrk is not installed: apt-get install wrk")

    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/toolbox_load")
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/13")
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="toolbox-load-"))
    prepare_environment(workdir)  # a fresh database, production settings
    os.environ["PAGE_CACHE_SECONDS"] = "0" if args.no_page_cache else "600"
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    cache.clear()
    paths = visitor_paths()
    connection.close()
    script = workdir / "visitors.lua"
    script.write_text(LUA % {"paths": ", ".join(f'"{path}"' for path in paths)})

    server = start_gunicorn(args.port, args.workers)
    try:
        run = subprocess.run(
            [wrk, f"--connections={args.connections}", "--threads=2", f"--duration={args.seconds}s",
             "--timeout=10s", f"--script={script}", f"http://127.0.0.1:{args.port}"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(workdir, ignore_errors=True)

    result = dict(re.findall(r"(\w+)=([\d.]+)", run.stdout.split("RESULT", 1)[1]))
    numbers = {key: float(value) for key, value in result.items()}
    errors = sum(int(numbers[key]) for key in ("connect", "read", "write", "status", "timeout"))
    print(
        f"{args.connections} visitors for {args.seconds} s, gunicorn {args.workers} workers, PostgreSQL and Redis, "
        f"page cache {'off' if args.no_page_cache else 'on'}, {os.cpu_count()} cores, {len(paths)} different URLs"
    )
    print(f"requests: {int(numbers['requests'])}  throughput: {numbers['requests'] / numbers['seconds']:.1f} req/s")
    print(f"latency ms: p50 {numbers['p50']:.1f}  p95 {numbers['p95']:.1f}  p99 {numbers['p99']:.1f}  "
          f"max {numbers['max']:.1f}")  # fmt: skip
    kinds = ", ".join(f"{key} {int(numbers[key])}" for key in ("connect", "read", "write", "status", "timeout"))
    print(f"errors: {errors} ({kinds})")
    if errors or numbers["p95"] >= P95_BAR_MS:
        raise SystemExit(f"below the bar: 0 errors and p95 under {P95_BAR_MS} ms")
    print(f"Within the bar: 0 errors, p95 under {P95_BAR_MS} ms.")


if __name__ == "__main__":
    main()
