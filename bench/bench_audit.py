"""The governors' pages with 1,000,000 chained audit events in SQLite.

Targets (issue 6): the log page (search included) p95 <= 50 ms; verifying the whole chain of
1,000,000 events in under 10 s; a 100,000-event CSV export in flat memory (the same peak for
10,000 and 100,000 events). The data set is built once into var/bench-audit.sqlite3 (a few
minutes: every event is hashed and chained as record() would) and reused.
Run: .venv/bin/python bench/bench_audit.py
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DB = ROOT / "var" / "bench-audit.sqlite3"
EVENTS = 1_000_000
START = datetime(2024, 1, 1, tzinfo=UTC)
import bootstrap  # noqa: E402

bootstrap.django_on(DB)

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from bench.support import measure, signed_in  # noqa: E402
from schoolsocial.accounts.models import Membership, Role, School, User  # noqa: E402
from schoolsocial.audit import chain  # noqa: E402
from schoolsocial.audit.exports import export_token  # noqa: E402

TOPICS = ["science", "magnets", "football", "library", "assembly", "harvest", "choir",
          "maths", "reading", "forest school", "swimming", "art", "history", "music"]
SYLLABLES = ["ka", "lo", "mi", "ten", "ra", "sol", "bri", "an", "ve", "dor", "ul", "pe"]


def _words(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(SYLLABLES) for _ in range(3)) for _ in range(n)]


def _event(n: int, rng: random.Random, words: list[str]) -> tuple[str, str, str, dict]:
    kind = n % 5
    year, topic, word = n % 6 + 1, rng.choice(TOPICS), rng.choice(words)
    extra = " residential" if n % 10_000 == 7 else ""
    text = f"Year {year} enjoyed {topic} with {word}{extra}"
    if kind == 0:
        return "post.created", "post", f"Draft created: {text}", {}
    if kind == 1:
        return "post.edited", "post", f"Draft edited: {text}", {
            "changes": {"text": [text, text + " today"]}, "was": "draft"}
    if kind == 2:
        return "post.submitted", "post", f"Submitted for approval: {text}", {"findings": [
            {"rule": rng.choice(["spelling", "text_speak", "child_name"]), "severity": "warn",
             "message": "Check this"}]}
    if kind == 3:
        return "post.approve", "post", f"Approved: {text}", {
            "comment": "", "content_hash": "0" * 64, "acknowledged": []}
    return "post.published", "post", f"Published: {text}", {"tweet_id": str(n), "url": ""}


def build() -> None:
    DB.parent.mkdir(exist_ok=True)
    for path in (DB, Path(f"{DB}-wal"), Path(f"{DB}-shm")):
        path.unlink(missing_ok=True)
    call_command("migrate", verbosity=0)
    school = School.objects.create(name="Bench Primary", policy_preset="droxford")
    School.objects.create(name="Neighbour Primary", policy_preset="highfield")
    users = [User.objects.create_user(f"u{i}", password="bench-pass", first_name=f"User{i}")
             for i in range(30)]
    for i, user in enumerate(users):
        role = [Role.HEADTEACHER, Role.APPROVER, Role.GOVERNOR][i] if i < 3 else Role.AUTHOR
        Membership.objects.create(user=user, school=school, role=role)
    rng = random.Random(7)
    words = _words(rng, 2_000)
    heads = {1: (0, chain.GENESIS), 2: (0, chain.GENESIS)}
    con = sqlite3.connect(DB)
    batch = []
    for n in range(EVENTS):
        school_id = 2 if n % 10 == 0 else 1
        actor = users[n % 30].pk
        action, otype, summary, details = _event(n, rng, words)
        at = chain.canonical_time(START + timedelta(seconds=60 * n))
        text = chain.canonical_details(details)
        seq, prev = heads[school_id]
        own = chain.event_hash(seq + 1, school_id, actor, action, otype, str(n % 100_000),
                               summary, text, at, prev)
        heads[school_id] = (seq + 1, own)
        batch.append((school_id, actor, action, otype, str(n % 100_000), summary, text, at,
                      seq + 1, prev, own))
        if len(batch) == 50_000:
            con.executemany(
                "INSERT INTO audit_auditevent (school_id, actor_id, action, object_type, "
                "object_id, summary, details, created_at, seq, prev_hash, hash) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?)", batch)
            batch = []
    con.commit()
    con.execute("ANALYZE")
    con.close()


def ready() -> bool:
    if not DB.exists():
        return False
    con = sqlite3.connect(DB)
    try:
        # Each run adds a few events (sign-ins, exports): at least the million is enough.
        return con.execute("SELECT count(*) FROM audit_auditevent").fetchone()[0] >= EVENTS
    except sqlite3.Error:
        return False
    finally:
        con.close()


def verify_all() -> bool:
    began = time.perf_counter()
    checked, intact = 0, True
    for school_id in School.objects.order_by("id").values_list("id", flat=True):
        verdict = chain.verify(school_id)
        checked += verdict.checked
        intact &= verdict.intact
    elapsed = time.perf_counter() - began
    ok = intact and checked >= EVENTS and elapsed < 10
    print(f"{'verify the whole chain':44} {checked:,} events in {elapsed:.1f} s   "
          f"{'intact' if intact else 'BROKEN'}   {'ok' if ok else 'OVER TARGET'}")
    return ok


def export(client: Client, governor: User, days: float) -> tuple[int, float, float]:
    """(rows, seconds, tracemalloc peak in MiB) of streaming one CSV export."""
    start = START.date()
    end = (START + timedelta(days=days)).date()
    query = {"start": start.isoformat(), "end": end.isoformat()}
    url = reverse("audit_export") + "?token=" + export_token(governor.pk, 1, query)
    tracemalloc.start()
    began = time.perf_counter()
    response = client.get(url)
    rows = 0
    for chunk in response.streaming_content:
        rows += chunk.count(b"\n")
    elapsed = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return rows - 1, elapsed, peak


def main() -> int:
    if not ready():
        print("Building 1,000,000 chained audit events (once)...")
        began = time.perf_counter()
        build()
        print(f"built in {time.perf_counter() - began:.0f} s")
    call_command("migrate", verbosity=0)  # the code may have moved on since the build
    governor_user = User.objects.get(username="u2")
    governor = signed_in(governor_user)
    deep = 400_000
    word = json.dumps("magnets")[1:-1]
    pages = [
        measure(governor, "log, first page", "/audit/"),
        measure(governor, "log, deep page (keyset)", f"/audit/?before={deep}"),
        measure(governor, "log, action filter", "/audit/?action=post.approve"),
        measure(governor, "log, date range", "/audit/?start=2024-06-01&end=2024-06-30"),
        measure(governor, "log, search a common word", f"/audit/?q={word}"),
        measure(governor, "log, search a rare word (~90 hits)", "/audit/?q=residential"),
        measure(governor, "log, search a word in no event", "/audit/?q=zebracrossing"),
        measure(governor, "log, search two words", "/audit/?q=choir+residential"),
        measure(governor, "log, search + action + deep page",
                f"/audit/?q=magnets&action=post.approve&before={deep}"),
        measure(governor, "log, search + date range",
                "/audit/?q=residential&start=2024-03-01&end=2024-12-31"),
    ]
    ok = verify_all()
    small = export(governor, governor_user, 7.7)
    large = export(governor, governor_user, 77)
    for rows, seconds, peak in (small, large):
        print(f"{'CSV export':44} {rows:7,} rows in {seconds:5.1f} s   "
              f"peak traced memory {peak:5.2f} MiB")
    flat = large[2] <= small[2] * 1.5 + 0.5
    print(f"{'CSV export memory 10k -> 100k':44} {'flat: ok' if flat else 'GROWS: OVER TARGET'}")
    return 0 if ok and flat and all(p95 <= 50 for _, p95 in pages) else 1


if __name__ == "__main__":
    sys.exit(main())
