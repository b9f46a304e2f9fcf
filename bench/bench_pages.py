"""Queue and audit-log pages with 100,000 posts and 1,000,000 audit events in SQLite.

Target (issue 2): p95 server time at most 50 ms. The data set is built once into
var/bench-pages.sqlite3 (about a minute) and reused. Run: .venv/bin/python bench/bench_pages.py
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
DB = ROOT / "var" / "bench-pages.sqlite3"
POSTS, EVENTS = 100_000, 1_000_000
import bootstrap  # noqa: E402

bootstrap.django_on(DB, REDIS_URL="")  # the in-memory cache, which the cold-queue line empties

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402

from bench.support import measure, signed_in  # noqa: E402
from schoolsocial.accounts.models import Membership, Role, School, User  # noqa: E402
from schoolsocial.audit.models import AuditEvent  # noqa: E402
from schoolsocial.posts.models import Post  # noqa: E402


def build() -> None:
    DB.parent.mkdir(exist_ok=True)
    DB.unlink(missing_ok=True)
    call_command("migrate", verbosity=0)
    school = School.objects.create(name="Bench Primary", policy_preset="droxford")
    School.objects.create(name="Neighbour Primary", policy_preset="highfield")
    users = [User.objects.create_user(f"u{i}", password="bench-pass") for i in range(30)]
    for i, user in enumerate(users):
        role = [Role.HEADTEACHER, Role.APPROVER, Role.GOVERNOR][i] if i < 3 else Role.AUTHOR
        Membership.objects.create(user=user, school=school, role=role)
    rng = random.Random(7)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    states = ["draft"] * 2 + ["submitted"] + ["scheduled"] + ["published"] * 5 + ["rejected"]
    finding = {"verdict": "warn", "findings": [{
        "rule": "spelling", "severity": "warn", "message": "Check the spelling of magnetts",
        "clause": "", "start": 3, "end": 11}]}
    # Through the ORM, so that a column added to Post later takes its default here too.
    posts = []
    for n in range(POSTS):
        at = start + timedelta(minutes=10 * n)
        posts.append(Post(school_id=1 + n % 2, author_id=rng.choice(users).pk,
                          text=f"Bench post {n}: Year {n % 6 + 1} enjoyed their science lesson "
                          "on magnets today.", category="learning", scheduled_at=at,
                          state=rng.choice(states), content_hash="0" * 64, findings=finding,
                          submitted_at=at))
    Post.objects.bulk_create(posts, batch_size=2000)
    con = sqlite3.connect(DB)
    con.execute("UPDATE posts_post SET created_at = submitted_at, updated_at = submitted_at")
    actions = ["post.created", "post.edited", "post.submitted", "post.approve", "post.published"]
    batch = []
    for n in range(EVENTS):
        at = (start + timedelta(seconds=60 * n)).isoformat(sep=" ")
        batch.append((1 + (n % 10 == 0), users[n % 30].pk, actions[n % 5], "post", str(n % POSTS),
                      f"Event {n}", "{}", at))
        if len(batch) == 50_000:
            con.executemany(
                "INSERT INTO audit_auditevent (school_id, actor_id, action, object_type, "
                "object_id, summary, details, created_at) VALUES (?,?,?,?,?,?,?,?)", batch)
            batch = []
    con.commit()
    con.execute("ANALYZE")
    con.close()


def ready() -> bool:
    if not DB.exists():
        return False
    con = sqlite3.connect(DB)
    try:
        counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                  for t in ("posts_post", "audit_auditevent")]
    except sqlite3.Error:
        return False
    finally:
        con.close()
    # each run signs two people in, which adds their sign-in events
    return counts[0] == POSTS and counts[1] >= EVENTS


def main() -> int:
    if not ready():
        print("Building 100,000 posts and 1,000,000 audit events (once)...")
        began = time.perf_counter()
        build()
        print(f"built in {time.perf_counter() - began:.0f} s")
    call_command("migrate", verbosity=0)  # a database built by older code gets the new columns
    head = signed_in(User.objects.get(username="u0"))
    governor = signed_in(User.objects.get(username="u2"))
    waiting = Post.objects.filter(school_id=1, state="submitted").order_by("submitted_at", "id")
    fiftieth = waiting[49]
    cursor = quote(f"{fiftieth.submitted_at.isoformat()}|{fiftieth.pk}")
    deep = AuditEvent.objects.filter(school_id=1).order_by("-id").values_list("id", flat=True)[0]
    deep -= 600_000
    author = User.objects.get(username="u5")
    results = [
        measure(head, "queue, first page", "/queue/"),
        measure(head, "queue, first page, no card cached", "/queue/", before=cache.clear),
        measure(head, "queue, next page (keyset)", f"/queue/?after={cursor}"),
        measure(governor, "audit log, first page", "/audit/"),
        measure(governor, "audit log, deep page (keyset)", f"/audit/?before={deep}"),
        measure(governor, "audit log, action filter", "/audit/?action=post.approve"),
        measure(governor, "audit log, user filter", f"/audit/?actor={author.pk}"),
        measure(governor, "audit log, date range", "/audit/?start=2024-06-01&end=2024-06-30"),
    ]
    return 0 if all(p95 <= 50 for _, p95 in results) else 1


if __name__ == "__main__":
    sys.exit(main())
