"""Lighthouse scores of every kind of page (mobile preset), with the bars CI holds them to.

Usage: .venv/bin/python scripts/lighthouse.py [--base-url URL]

Without --base-url the script builds a throwaway SQLite database with the demo content and serves
it with gunicorn and the production settings (DEBUG off, static files by WhiteNoise) on loopback,
as the benchmark does. It runs Lighthouse from node_modules (`make install-dev`) in Debian's
Chromium, prints the four scores of each page and the audits that cost points, and exits 1 when a
page scores below 95 for accessibility, best practices or SEO, or below 90 for performance.
"""

import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.site_pages import PAGES  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
BARS = {"performance": 90, "accessibility": 95, "best-practices": 95, "seo": 95}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"


def serve_demo_site(workdir, port):
    """gunicorn with the production settings on a fresh SQLite database holding the demo content."""
    from bench.server import prepare_environment, start_gunicorn

    os.environ.pop("DATABASE_URL", None)
    prepare_environment(workdir)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("load_demo_comparison", verbosity=0)  # the figures of /zelfscans/landelijk-beeld/
    connection.close()
    return start_gunicorn(port, workers=2)


def run_lighthouse(url):
    # A file, not stdout: Lighthouse exits before a large report has gone through the pipe.
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        run = subprocess.run(
            [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={output.name}",
             f"--only-categories={','.join(BARS)}", f"--chrome-flags={CHROME_FLAGS}"],
            capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=180, check=False,
        )  # fmt: skip
        text = pathlib.Path(output.name).read_text()
    if not text.startswith("{"):
        raise SystemExit(f"lighthouse failed on {url}:\n{run.stderr[-2000:]}")
    return json.loads(text)


def audit(url, attempts=3):
    """The category scores (0–100) of one page and, per category, the audits that cost points.

    Headless Chromium now and then loses the trace of a page load (Lighthouse's NO_NAVSTART and
    similar runtime errors); such a run says nothing about the page and is repeated.
    """
    for attempt in range(1, attempts + 1):
        report = run_lighthouse(url)
        if not report.get("runtimeError"):
            break
        print(f"  lighthouse run {attempt} on {url}: {report['runtimeError']['code']}", flush=True)
    else:
        raise SystemExit(f"lighthouse could not load {url}: {report['runtimeError']['message']}")
    scores, losses = {}, {}
    for key, category in report["categories"].items():
        scores[key] = round((category["score"] or 0) * 100)
        losses[key] = [
            f"{ref['id']} ({report['audits'][ref['id']].get('displayValue') or report['audits'][ref['id']]['score']})"
            for ref in category["auditRefs"]
            if ref["weight"] and (report["audits"][ref["id"]]["score"] or 0) < 1
        ]
    return scores, losses


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url", help="check a running site instead of serving the demo content")
    parser.add_argument("--port", type=int, default=8766)
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit("lighthouse is not installed: run `make install-dev` (needs npm)")

    workdir = pathlib.Path(tempfile.mkdtemp(prefix="toolbox-lighthouse-"))
    server = None if args.base_url else serve_demo_site(workdir, args.port)
    base = (args.base_url or f"http://127.0.0.1:{args.port}").rstrip("/")
    failures = []
    try:
        print(f"{'page':26}" + "".join(f"{key:>16}" for key in BARS))
        for name, (path, status) in PAGES.items():
            if status != 200:
                continue  # Lighthouse refuses to score an error page; axe-core and vnu check the 404 page
            scores, losses = audit(base + path)
            print(f"{name:26}" + "".join(f"{scores[key]:>16}" for key in BARS), flush=True)
            for key, bar in BARS.items():
                if losses[key]:
                    print(f"{'':28}{key}: {', '.join(losses[key])}")
                if scores[key] < bar:
                    failures.append(f"{name} {path}: {key} {scores[key]} < {bar}")
    finally:
        if server:
            server.terminate()
            server.wait()
        shutil.rmtree(workdir, ignore_errors=True)
    if failures:
        print("Below the bars:\n  " + "\n  ".join(failures))
        raise SystemExit(1)
    print(f"All pages at or above the bars: {', '.join(f'{key} {bar}' for key, bar in BARS.items())}.")


if __name__ == "__main__":
    main()
