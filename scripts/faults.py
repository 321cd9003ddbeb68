"""Fault drill: the site served by gunicorn while Redis and then PostgreSQL go away and come back.

Usage: .venv/bin/python scripts/faults.py
(needs PostgreSQL and Redis on 127.0.0.1, as on the development and CI machines; DATABASE_URL
names the throwaway database, default postgres://postgres@127.0.0.1:5432/toolbox_faults).

gunicorn (production settings, page cache on) reaches both services through small TCP relays in
this script, which can cut every connection and refuse new ones, as a crashed or unreachable
server would. It checks, and prints, that:

1. with everything up, pages and /healthz answer 200;
2. with Redis cut, pages still answer 200 (cache errors are logged and passed by);
3. with PostgreSQL cut, /healthz answers 503 and a page answers 500 with the Dutch error page;
4. when PostgreSQL is back, the site answers 200 again by itself, without a restart.

Exits 1 when a check fails. CI runs it.
"""

import contextlib
import http.client
import os
import pathlib
import socket
import sys
import tempfile
import threading
import time
from urllib.parse import urlsplit, urlunsplit

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.server import prepare_environment, start_gunicorn  # noqa: E402

PORT = 8767
PAGES = ["/", "/stappenplan/vormgeven/wijkscan-maken/", "/toolbox/?thema=dementie", "/zoeken/?q=kartrekker"]


class Relay:
    """A TCP relay from a free local port to `target` that can be cut and restored."""

    def __init__(self, target):
        self.target = target
        self.connections = []
        self.listener = None
        self.port = None
        self.restore()

    def restore(self):
        self.listener = socket.create_server(("127.0.0.1", self.port or 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        """Close the listening socket (new connections are refused) and every open connection."""
        self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread; close() alone would not
        self.listener.close()
        for sock in self.connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.connections.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            self.connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.close()


def get(path):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    get.headers = dict(response.getheaders())
    return response.status, response.read().decode("utf-8", "replace")


failures = []


def check(label, condition, detail=""):
    print(f"  {'ok  ' if condition else 'FAIL'} {label}{'' if condition else f' ({detail})'}", flush=True)
    if not condition:
        failures.append(label)


def main():
    database_url = os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/toolbox_faults")
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="toolbox-faults-"))
    prepare_environment(workdir)  # a fresh database, production settings
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    connection.close()

    parts = urlsplit(database_url)
    database = Relay((parts.hostname, parts.port or 5432))
    redis = Relay(("127.0.0.1", 6379))
    os.environ["DATABASE_URL"] = urlunsplit(parts._replace(netloc=f"{parts.username}@127.0.0.1:{database.port}"))
    os.environ["REDIS_URL"] = f"redis://127.0.0.1:{redis.port}/14"
    os.environ["PAGE_CACHE_SECONDS"] = "600"
    server = start_gunicorn(PORT, workers=2)
    try:
        print("1. Everything up")
        for path in [*PAGES, "/healthz"]:
            status, _ = get(path)
            check(f"{path} answers 200", status == 200, status)
        hits = []
        for _ in range(4):  # two workers: only a shared cache gives every repeat a hit
            get("/")
            hits.append(get.headers.get("X-Cache"))
        check("repeated visits are served from Redis", hits == ["hit"] * 4, hits)

        print("2. Redis cut")
        redis.cut()
        for path in PAGES:
            status, _ = get(path)
            check(f"{path} still answers 200", status == 200, status)
        redis.restore()

        print("3. PostgreSQL cut")
        database.cut()
        status, _ = get("/healthz")
        check("/healthz answers 503", status == 503, status)
        status, body = get("/stappenplan/")
        check("a page answers 500", status == 500, status)
        check("with the Dutch error page", "Er ging bij ons iets mis" in body, body[:200])

        print("4. PostgreSQL back")
        database.restore()
        deadline, status = time.monotonic() + 15, None
        while time.monotonic() < deadline and status != 200:
            status, _ = get("/healthz")
            time.sleep(0.2)
        check("/healthz answers 200 again within 15 s", status == 200, status)
        for path in PAGES:
            status, _ = get(path)
            check(f"{path} answers 200 again", status == 200, status)
    finally:
        server.terminate()
        server.wait()
    if failures:
        raise SystemExit(f"{len(failures)} check(s) failed")
    print("All fault checks passed.")


if __name__ == "__main__":
    main()
