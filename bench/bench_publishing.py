"""Publishing benchmark: how late posts leave, a burst of 1,000 schools, the worker's memory.

    .venv/bin/python bench/bench_publishing.py

Everything runs on this machine's loopback and is started and stopped here, each part in a
subprocess of its own with a fresh database:

1. Lateness, the one-machine install: SQLite, django-q2's ORM broker, `manage.py qcluster` with
   its default two workers, the x publisher (tweepy) against the fake X server answering in
   100 ms. 200 schools each have a post due at a different moment over one minute. Lateness is
   the time X stored the tweet minus the post's scheduled time (p50, p99, max; never negative).
2. Burst, the scaled install: PostgreSQL (a database created here and dropped afterwards) and
   Redis (a spare database number), qcluster with four workers, 1,000 schools with a post each
   due at the same second, the fake X answering in 100 ms. Target: all published within 60 s,
   no tweet twice. Memory: the whole cluster's processes (RSS and PSS, summed) and the largest
   one, at rest and at peak. Skipped with a message when PostgreSQL or Redis cannot be reached
   (`bash scripts/ensure-services.sh` starts them).

Each part waits for the dispatcher's first tick (a canary post) before it measures, since
django-q2's scheduler first looks at its schedules up to ~30 s after the cluster starts.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PG_ADMIN = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379")
LATENCY = 0.1
PART_TIMEOUT = 420  # seconds, a part's hard limit


# -- the orchestrator ----------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=("lateness", "burst"))
    parser.add_argument("--posts", type=int, default=0)
    args = parser.parse_args()
    if args.part:
        return run_part(args.part, args.posts)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="bench-publishing-") as var:
        env = base_env(var) | {"DATABASE_URL": f"sqlite:///{var}/bench.sqlite3", "REDIS_URL": ""}
        figures = spawn("lateness", 200, env)
        failures += report_lateness(figures)
    services = reachable_services()
    if isinstance(services, str):
        print(f"Burst skipped: {services} (bash scripts/ensure-services.sh starts them).")
        return failures
    database, redis_db = services
    try:
        with tempfile.TemporaryDirectory(prefix="bench-publishing-") as var:
            env = base_env(var) | {
                "DATABASE_URL": PG_ADMIN.rsplit("/", 1)[0] + f"/{database}",
                "REDIS_URL": f"{REDIS}/{redis_db}", "Q_WORKERS": "4"}
            figures = spawn("burst", 1000, env)
            failures += report_burst(figures)
    finally:
        drop_services(database, redis_db)
    return failures


def base_env(var: str) -> dict[str, str]:
    from cryptography.fernet import Fernet

    return os.environ | {
        "VAR_DIR": var, "DEBUG": "false", "SECRET_KEY": "bench-" + os.urandom(16).hex(),
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(), "PUBLISHER": "x",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend", "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }


def spawn(part: str, posts: int, env: dict[str, str]) -> dict:
    print(f"-- {part}: starting (bounded to {PART_TIMEOUT} s)", flush=True)
    command = [PYTHON, __file__, "--part", part, "--posts", str(posts)]
    done = subprocess.run(command, env=env,  # noqa: S603 - our own interpreter and script
                          cwd=ROOT, capture_output=True, text=True, timeout=PART_TIMEOUT)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"{part} failed (exit {done.returncode})")
    return json.loads(lines[-1])


def report_lateness(f: dict) -> int:
    print(f"Posts composed through the compose form and approved, schools in {f['timezone']} "
          f"(a non-zero UTC offset now)")
    print(f"Lateness over {f['posts']} posts (SQLite, ORM broker, the default 4 workers, X "
          f"answering in {LATENCY * 1000:.0f} ms; the first post's answer never comes, so it "
          f"times out and is reconciled): p50 {f['p50']:.2f} s, p99 {f['p99']:.2f} s, "
          f"max {f['max']:.2f} s, earliest {f['min']:+.2f} s; published {f['published']}, "
          f"duplicates {f['duplicates']}")
    ok = f["p99"] <= 5 and f["min"] >= 0 and f["published"] == f["posts"] and not f["duplicates"]
    print(f"   target p99 <= 5 s and never early: {'met' if ok else 'NOT MET'}")
    return 0 if ok else 1


def report_burst(f: dict) -> int:
    print(f"Posts composed through the compose form and approved, schools in {f['timezone']}")
    print(f"Burst of {f['posts']} schools due in the same second (PostgreSQL, Redis, 4 workers, "
          f"X answering in {LATENCY * 1000:.0f} ms): all published {f['all_done']:.1f} s after "
          f"the due time; lateness p50 {f['p50']:.1f} s, p99 {f['p99']:.1f} s, earliest "
          f"{f['min']:+.2f} s; published {f['published']}, duplicates {f['duplicates']}")
    rest, peak = f["memory_rest"], f["memory_peak"]
    print(f"Worker memory ({rest['processes']} processes): at rest RSS {rest['rss']:.0f} MB, "
          f"PSS {rest['pss']:.0f} MB, largest process {rest['largest']:.0f} MB; at peak RSS "
          f"{peak['rss']:.0f} MB, PSS {peak['pss']:.0f} MB, largest process "
          f"{peak['largest']:.0f} MB")
    ok = f["all_done"] <= 60 and not f["duplicates"] and f["published"] == f["posts"]
    print(f"   target all within 60 s, none twice: {'met' if ok else 'NOT MET'}")
    return 0 if ok else 1


def reachable_services() -> tuple[str, int] | str:
    try:
        import psycopg
        import redis
    except ImportError as error:
        return f"{error.name} is not installed"
    try:
        with psycopg.connect(PG_ADMIN, connect_timeout=3, autocommit=True) as conn:
            database = f"bench_publishing_{os.getpid()}"
            conn.execute(f'DROP DATABASE IF EXISTS "{database}"')
            conn.execute(f'CREATE DATABASE "{database}"')
    except psycopg.Error as error:
        return f"PostgreSQL at {PG_ADMIN} is unreachable ({type(error).__name__})"
    try:
        client = redis.Redis.from_url(REDIS, socket_timeout=3)
        client.ping()
        spare = next((n for n in range(15, 0, -1)
                      if redis.Redis.from_url(f"{REDIS}/{n}").dbsize() == 0), None)
    except redis.RedisError as error:
        drop_services(database, None)
        return f"Redis at {REDIS} is unreachable ({type(error).__name__})"
    if spare is None:
        drop_services(database, None)
        return "Redis has no empty database number to use"
    return database, spare


def drop_services(database: str, redis_db: int | None) -> None:
    import psycopg

    with suppress(Exception), psycopg.connect(PG_ADMIN, connect_timeout=3,
                                              autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    if redis_db is not None:
        import redis

        with suppress(Exception):
            redis.Redis.from_url(f"{REDIS}/{redis_db}").flushdb()


# -- one part, in its own process ------------------------------------------------------------------

def run_part(part: str, posts: int) -> int:
    from schoolsocial.publishing.fake_x import FakeX, Fault

    fake = FakeX().start()  # before Django reads the settings: the workers need its address
    fake.latency = LATENCY
    os.environ["X_API_BASE_URL"] = os.environ["X_UPLOAD_BASE_URL"] = fake.url
    fake.set_limit("POST /2/tweets", 1_000_000)
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput"],  # noqa: S603 - fixed arguments
                   cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "schoolsocial.settings")
    import django

    django.setup()
    schools = make_schools(fake, posts + 1)
    canary, schools = schools[0], schools[1:]
    cluster = subprocess.Popen([PYTHON, "manage.py", "qcluster"],  # noqa: S603 - fixed arguments
                               cwd=ROOT,
                               start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        warm_up(canary)
        rest = memory(cluster.pid)
        sampler = Sampler(cluster.pid)
        if part == "lateness":  # the first post's answer never comes: it times out after 20 s
            fake.queue(Fault.slow(30))
        due = schedule(schools, part)
        published = wait_for(canary, len(schools), deadline=max(due) + timedelta(seconds=120))
        sampler.stop()
        figures = measure(fake, schools, due)
        figures |= {"posts": len(schools), "published": published, "memory_rest": rest,
                    "timezone": bench_timezone(),
                    "memory_peak": sampler.peak}
    finally:
        stop(cluster)
        fake.stop()
    print(json.dumps(figures))
    return 0


def bench_timezone() -> str:
    """The schools' timezone: London when it is British Summer Time, otherwise Berlin (+01:00,
    the same offset), so the posts are always composed at a non-zero UTC offset, where the
    content hash once broke."""
    from zoneinfo import ZoneInfo

    london = datetime.now(ZoneInfo("Europe/London"))
    return "Europe/London" if london.utcoffset() else "Europe/Berlin"


def make_schools(fake, count: int) -> list:
    from schoolsocial.accounts.models import Membership, Role, School, User
    from schoolsocial.publishing.backends import Credentials

    author = User.objects.create_user("bench-author", first_name="Tom")
    approver = User.objects.create_user("bench-approver", first_name="Alan")
    schools = School.objects.bulk_create(
        School(name=f"Bench school {n}", x_handle=f"bench{n}", policy_preset="highfield",
               timezone=bench_timezone())
        for n in range(count))
    Membership.objects.bulk_create(
        Membership(user=user, school=school, role=role)
        for school in schools for user, role in ((author, Role.AUTHOR), (approver, Role.APPROVER)))
    for school in schools:  # one X account each; connect_x encrypts the keys as in production
        account = fake.add_account(school.x_handle)
        school.connect_x(Credentials(fake.consumer_key, fake.consumer_secret,
                                     account.access_token, account.access_token_secret),
                         account.username)
    return schools


def approved_posts(schools: list, due: list[datetime]) -> None:
    """Each post as a school makes it: the compose form (the time typed in the school's own
    timezone), submitted, and approved by an approver, through the same do_* actions."""
    from schoolsocial.accounts.models import Membership
    from schoolsocial.posts.actions import do_create_post, do_decide, do_submit
    from schoolsocial.posts.forms import PostForm
    from schoolsocial.posts.models import Decision

    members = {(m.school_id, m.role): m for m in Membership.objects.filter(
        school__in=schools).select_related("school", "user")}
    for index, (school, at) in enumerate(zip(schools, due, strict=True)):
        author, approver = members[school.pk, "author"], members[school.pk, "approver"]
        typed = at.astimezone(school.tz).strftime("%Y-%m-%dT%H:%M:%S")
        form = PostForm({"text": f"Bench: news from {school.name}, number {index}.",
                         "category": "news", "exception": "", "exception_reason": "",
                         "scheduled_at": typed}, school=school)
        if not form.is_valid():
            raise SystemExit(f"The compose form refused a bench post: {form.errors.as_text()}")
        post = do_create_post(author, form.cleaned_data)
        do_submit(author, post)
        do_decide(approver, post, Decision.APPROVE)


def warm_up(canary) -> None:
    """The canary post is due now: once it is published, the dispatcher is ticking."""
    from schoolsocial.posts.models import Post

    approved_posts([canary], [datetime.now(UTC) + timedelta(seconds=2)])
    deadline = time.monotonic() + 120
    while not Post.objects.filter(school=canary, state="published").exists():
        if time.monotonic() > deadline:
            raise SystemExit("The dispatcher did not start within 120 s")
        time.sleep(0.5)
    time.sleep(2)


def schedule(schools: list, part: str) -> list[datetime]:
    # Time to compose, submit and approve every post before the first falls due.
    start = (datetime.now(UTC) + timedelta(seconds=8 + 0.05 * len(schools))).replace(
        microsecond=0)
    if part == "burst":
        due = [start] * len(schools)
    else:  # spread over a minute
        # whole seconds: the compose form takes a time to the second
        due = [start + timedelta(seconds=60 * n // len(schools)) for n in range(len(schools))]
    approved_posts(schools, due)
    if datetime.now(UTC) >= start:
        raise SystemExit("Creating the posts took longer than the lead time")
    return due


def wait_for(canary, count: int, deadline: datetime) -> int:
    from schoolsocial.posts.models import Post

    while True:
        published = Post.objects.filter(state="published").exclude(school=canary).count()
        if published >= count or datetime.now(UTC) > deadline:
            return published
        time.sleep(0.25)


def measure(fake, schools: list, due: list[datetime]) -> dict:
    """From X's side: when each account's tweet was stored, and whether any account has two."""
    wanted = {school.x_handle: at for school, at in zip(schools, due, strict=True)}
    by_user = {account.user_id: account.username for account in fake.accounts.values()}
    seen: dict[str, list[datetime]] = {}
    for tweet in fake.tweets.values():
        handle = by_user.get(tweet.author_id)
        if handle in wanted:
            seen.setdefault(handle, []).append(tweet.created_at)
    late = sorted((times[0] - wanted[handle]).total_seconds() for handle, times in seen.items())
    if not late:
        raise SystemExit("No tweet reached the fake X")
    return {
        "p50": statistics.median(late), "p99": late[min(len(late) - 1, int(len(late) * 0.99))],
        "max": late[-1], "min": late[0],
        "all_done": late[-1] if len(late) == len(schools) else float("inf"),
        "duplicates": sum(len(times) - 1 for times in seen.values()),
    }


def stop(cluster: subprocess.Popen) -> None:
    """As Ctrl-C does: SIGINT to the cluster's process group (SIGTERM to the group would kill
    django-q2's sentinel outright and can leave the cluster waiting on a lock it held)."""
    with suppress(ProcessLookupError):
        os.killpg(cluster.pid, signal.SIGINT)
    try:
        cluster.wait(timeout=60)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(cluster.pid, signal.SIGKILL)
        cluster.wait(timeout=10)


# -- memory --------------------------------------------------------------------------------------

def memory(group: int) -> dict:
    """RSS and PSS in MB summed over the processes of a process group, and the largest RSS."""
    rss, pss, largest, processes = 0.0, 0.0, 0.0, 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[2]) != group:
                continue
            fields = dict(line.split(":", 1) for line in
                          (entry / "smaps_rollup").read_text().splitlines()[1:])
        except (OSError, ValueError, IndexError):
            continue
        process_rss = int(fields["Rss"].split()[0]) / 1024
        rss += process_rss
        pss += int(fields["Pss"].split()[0]) / 1024
        largest = max(largest, process_rss)
        processes += 1
    return {"rss": rss, "pss": pss, "largest": largest, "processes": processes}


class Sampler:
    def __init__(self, group: int, every: float = 0.25):
        self.group, self.every = group, every
        self.peak = memory(group)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            now = memory(self.group)
            self.peak = {key: max(self.peak[key], now[key]) for key in now}

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


if __name__ == "__main__":
    sys.exit(main())
