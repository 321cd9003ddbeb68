"""Measuring pages served by gunicorn: keep-alive requests per page in alternating rounds, and the table.

Shared by the benchmarks (bench/finder.py, bench/networks.py). `headers` lets a benchmark send a
session cookie, to measure pages as a signed-in user sees them.
"""

import http.client
import statistics
import threading
import time

from bench.server import start_gunicorn


def hammer(port, path, seconds, concurrency, headers=None):
    """Requests from `concurrency` keep-alive connections for `seconds`: (count, latencies, errors)."""
    latencies, errors, lock = [], [0], threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        own = []
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Host": "127.0.0.1", **(headers or {})})
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                ok = False
            own.append(time.perf_counter() - start)
            if not ok:
                with lock:
                    errors[0] += 1
        with lock:
            latencies.extend(own)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies), time.perf_counter() - started, latencies, errors[0]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else float("nan")


def measure(pages, args):
    """Serves the site with gunicorn and requests `pages` in alternating rounds: totals per label.

    `pages` are (label, path) pairs, or (label, path, headers) for a page asked with headers of its own.
    """
    server = start_gunicorn(args.port, args.workers)
    totals = {label: {"count": 0, "time": 0.0, "latencies": [], "errors": 0} for label, *_ in pages}
    try:
        for _, path, *extra in pages:  # warm every worker's caches
            hammer(args.port, path, 0.5, args.concurrency, *extra)
        for _ in range(args.rounds):
            for label, path, *extra in pages:
                count, elapsed, latencies, errors = hammer(args.port, path, args.seconds, args.concurrency, *extra)
                total = totals[label]
                total["count"] += count
                total["time"] += elapsed
                total["latencies"] += latencies
                total["errors"] += errors
    finally:
        server.terminate()
        server.wait()
    return totals


def report(totals, queries):
    labels = list(totals)
    bare = totals[labels[0]]["count"] / totals[labels[0]]["time"]
    print(f"{'page':30} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'vs bare':>8} {'errors':>7}")
    for label in labels:
        total = totals[label]
        rate = total["count"] / total["time"]
        print(
            f"{label:30} {rate:8.1f} {statistics.median(total['latencies']) * 1000:8.1f} "
            f"{percentile(total['latencies'], 0.95) * 1000:8.1f} {queries[label]:>8} {rate / bare:8.1%} "
            f"{total['errors']:7d}"
        )
