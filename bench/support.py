"""What the page benchmarks share: a signed-in client and the timing of one page.

Import after django.setup(). The measured time is the server's: the request through every
middleware, the view and the template, in process, with no network in between.
"""

from __future__ import annotations

import statistics
import time

from tests.clients import Client


def signed_in(user) -> Client:
    """A client signed in as `user`, past two-factor sign-in where their role needs it."""
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    return client


def measure(client: Client, label: str, url: str, *, runs: int = 200,
            target_ms: float = 50, before=None) -> tuple[float, float]:
    """(p50, p95) in ms of GET `url`, after five warm-up requests; prints one line. `before`,
    if given, is called untimed before each timed request (to empty a cache, say)."""
    for _ in range(5):
        status = client.get(url).status_code
        if status != 200:
            raise SystemExit(f"{url} answered {status}, not 200: the bench cannot measure it")
    times = []
    for _ in range(runs):
        if before:
            before()
        began = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code} during the run")
    p50, p95 = statistics.median(times), statistics.quantiles(times, n=100)[94]
    verdict = "ok" if p95 <= target_ms else "OVER TARGET"
    print(f"{label:44} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   {verdict}")
    return p50, p95
