"""The site served for measuring: environment for the bench settings on a throwaway database, and gunicorn.

Shared by the finder benchmark (bench/finder.py) and the checks that serve the site the same way
(scripts/load.py, scripts/faults.py, scripts/lighthouse.py).
"""

import http.client
import os
import pathlib
import subprocess
import sys
import time
from urllib.parse import urlsplit

ROOT = pathlib.Path(__file__).resolve().parent.parent


def prepare_environment(workdir, refill=True):
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret")
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost"
    os.environ["SECURE_SSL_REDIRECT"] = "false"
    os.environ["DJANGO_STATIC_ROOT"] = str(workdir / "static")
    os.environ["DJANGO_MEDIA_ROOT"] = str(workdir / "media")
    os.environ["DJANGO_LOG_LEVEL"] = "WARNING"
    os.environ["PAGE_CACHE_SECONDS"] = "0"  # the finder pages are measured as built per request
    if "DATABASE_URL" in os.environ:
        if refill:
            recreate_postgres(os.environ["DATABASE_URL"])
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"


def recreate_postgres(url):
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = url.replace(parts.path, "/postgres")
    import psycopg

    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def start_gunicorn(port, workers):
    process = subprocess.Popen(
        [str(pathlib.Path(sys.executable).parent / "gunicorn"), "toolbox_site.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT, env=os.environ.copy(),
    )  # fmt: skip
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/bench/ok/")
            if connection.getresponse().status == 200:
                return process
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit("gunicorn did not start")
