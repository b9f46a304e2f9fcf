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
   due at the same second, every school with X and Bluesky connected and every post approved
   for both (each Bluesky account signed in once, as the Settings page's check of the app
   password does, so the workers start from that kept session, as posts due within about two
   hours of a sign-in do; later ones first refresh it, one request as the sign-in was), the fake X
   and the fake Bluesky each answering in 100 ms. Counted from the fakes'
   own records: every post on each network exactly once, the last out within 60 s of its due
   time (the target), and the lateness on each network (the time the network stored it minus
   the post's scheduled time). Memory: the whole cluster's processes (RSS and PSS, summed) and
   the largest one, at rest and at peak. Skipped with a message when PostgreSQL or Redis cannot
   be reached (`bash scripts/ensure-services.sh` starts them). BENCH_REDIS_DB names the Redis
   database number to use (it must be empty); otherwise the highest empty one is taken.

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
NETWORKS = ("x", "bluesky")  # the burst's networks
PART_TIMEOUT = 1500  # seconds, a part's hard limit (composing the posts is most of it)
PILOTS = 20  # posts composed first, due hours later, to time composing on this machine now


# -- the orchestrator ----------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=("lateness", "burst"))
    parser.add_argument("--posts", type=int, default=0)
    parser.add_argument("--only", choices=("lateness", "burst"),
                        help="run one part (both by default)")
    args = parser.parse_args()
    if args.part:
        return run_part(args.part, args.posts)
    failures = 0
    if args.only != "burst":
        with tempfile.TemporaryDirectory(prefix="bench-publishing-") as var:
            env = base_env(var) | {"DATABASE_URL": f"sqlite:///{var}/bench.sqlite3",
                                   "REDIS_URL": ""}
            figures = spawn("lateness", 200, env)
            failures += report_lateness(figures)
    if args.only == "lateness":
        return failures
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
    try:
        done = subprocess.run(command, env=env,  # noqa: S603 - our own interpreter and script
                              cwd=ROOT, capture_output=True, text=True, timeout=PART_TIMEOUT)
    except subprocess.TimeoutExpired as late:
        sys.stderr.write(_text(late.stdout)[-3000:] + _text(late.stderr)[-3000:])
        raise SystemExit(f"{part} did not finish within {PART_TIMEOUT} s") from None
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"{part} failed (exit {done.returncode})")
    return json.loads(lines[-1])


def _text(output: bytes | str | None) -> str:
    return output.decode(errors="replace") if isinstance(output, bytes) else output or ""


def progress(message: str) -> None:
    """A line on the part's stderr, shown if the part fails or runs out of time."""
    print(f"{datetime.now(UTC):%H:%M:%S} {message}", file=sys.stderr, flush=True)


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
    print(f"Posts composed through the compose form and approved for X and Bluesky, schools in "
          f"{f['timezone']}")
    print(f"Burst of {f['posts']} schools due in the same second (PostgreSQL, Redis, 4 workers, "
          f"X and Bluesky each answering in {LATENCY * 1000:.0f} ms): all out on both "
          f"{f['all_done']:.1f} s after the due time; load average {f['load']} (1, 5, 15 min) "
          f"as the last went out; composing took {f['composing'] * 1000:.0f} ms a post")
    for network in NETWORKS:
        n = f[network]
        print(f"   {network:8} lateness p50 {n['p50']:.1f} s, p99 {n['p99']:.1f} s, max "
              f"{n['max']:.1f} s, earliest {n['min']:+.2f} s; on the network {n['out']} of "
              f"{f['posts']}, duplicates {n['duplicates']}")
    rest, peak = f["memory_rest"], f["memory_peak"]
    print(f"Worker memory ({rest['processes']} processes): at rest RSS {rest['rss']:.0f} MB, "
          f"PSS {rest['pss']:.0f} MB, largest process {rest['largest']:.0f} MB; at peak RSS "
          f"{peak['rss']:.0f} MB, PSS {peak['pss']:.0f} MB, largest process "
          f"{peak['largest']:.0f} MB")
    ok = (f["all_done"] <= 60 and f["published"] == f["posts"]
          and all(not f[n]["duplicates"] and f[n]["out"] == f["posts"] for n in NETWORKS))
    print(f"   target all out on both within 60 s, none twice: {'met' if ok else 'NOT MET'}")
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
        numbers = ([int(os.environ["BENCH_REDIS_DB"])] if os.environ.get("BENCH_REDIS_DB")
                   else range(15, 0, -1))  # a database number of one's own, or a spare one
        spare = next((n for n in numbers
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
    from schoolsocial.publishing.fake_networks import FakeBluesky
    from schoolsocial.publishing.fake_x import FakeX, Fault

    fake = FakeX().start()  # before Django reads the settings: the workers need its address
    fake.latency = LATENCY
    os.environ["X_API_BASE_URL"] = os.environ["X_UPLOAD_BASE_URL"] = fake.url
    fake.set_limit("POST /2/tweets", 1_000_000)
    # the burst's schools post to Bluesky too: its address is in each account's keys
    pds = FakeBluesky().start() if part == "burst" else None
    if pds is not None:
        pds.latency = LATENCY
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput"],  # noqa: S603 - fixed arguments
                   cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "schoolsocial.settings")
    import django

    django.setup()
    progress("migrated")
    schools = make_schools(fake, posts + 1 + PILOTS, pds)
    progress(f"{len(schools)} schools made")
    canary, pilots, schools = schools[0], schools[1:1 + PILOTS], schools[1 + PILOTS:]
    cluster = subprocess.Popen([PYTHON, "manage.py", "qcluster"],  # noqa: S603 - fixed arguments
                               cwd=ROOT,
                               start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        warm_up(canary)
        progress("the dispatcher ticks")
        rest = memory(cluster.pid)
        sampler = Sampler(cluster.pid)
        if part == "lateness":  # the first post's answer never comes: it times out after 20 s
            fake.queue(Fault.slow(30))
        due, composing = schedule(schools, part, pilots)
        progress(f"composed, {composing:.2f} s a post; due at {due[0]:%H:%M:%S}")
        published = wait_for(canary, len(schools), deadline=max(due) + timedelta(seconds=120))
        progress(f"{published} out on X")
        load = " ".join(f"{n:.1f}" for n in os.getloadavg())
        sampler.stop()
        figures = {"x": measure(x_times(fake, schools), schools, due)}
        figures |= figures["x"]  # the lateness part's figures are X's
        if pds is not None:
            figures["bluesky"] = measure(bluesky_times(pds, schools), schools, due)
            figures["all_done"] = max(figures[n]["all_done"] for n in NETWORKS)
        figures |= {"posts": len(schools), "published": published, "memory_rest": rest,
                    "timezone": bench_timezone(), "load": load, "composing": composing,
                    "memory_peak": sampler.peak}
    finally:
        stop(cluster)
        fake.stop()
        if pds is not None:
            pds.stop()
    print(json.dumps(figures))
    return 0


def bench_timezone() -> str:
    """The schools' timezone: London when it is British Summer Time, otherwise Berlin (+01:00,
    the same offset), so the posts are always composed at a non-zero UTC offset, where the
    content hash once broke."""
    from zoneinfo import ZoneInfo

    london = datetime.now(ZoneInfo("Europe/London"))
    return "Europe/London" if london.utcoffset() else "Europe/Berlin"


def make_schools(fake, count: int, pds=None) -> list:
    """`count` schools with X connected, and Bluesky too when `pds` (the fake Bluesky) is given,
    each connected by its headteacher through the same actions as the Settings pages."""
    from schoolsocial.accounts.models import Membership, Role, School, User
    from schoolsocial.publishing.actions import do_connect_network
    from schoolsocial.publishing.backends import Credentials
    from schoolsocial.publishing.networks.bluesky import BlueskyCredentials

    author = User.objects.create_user("bench-author", first_name="Tom")
    approver = User.objects.create_user("bench-approver", first_name="Alan")
    head = User.objects.create_user("bench-head", first_name="Helen")
    schools = School.objects.bulk_create(
        School(name=f"Bench school {n}", x_handle=f"bench{n}", policy_preset="highfield",
               timezone=bench_timezone())
        for n in range(count))
    Membership.objects.bulk_create(
        Membership(user=user, school=school, role=role)
        for school in schools for user, role in ((author, Role.AUTHOR), (approver, Role.APPROVER),
                                                 (head, Role.HEADTEACHER)))
    heads = {m.school_id: m for m in Membership.objects.filter(user=head).select_related("school")}
    for school in schools:  # one X account each; connect_x encrypts the keys as in production
        account = fake.add_account(school.x_handle)
        school.connect_x(Credentials(fake.consumer_key, fake.consumer_secret,
                                     account.access_token, account.access_token_secret),
                         account.username)
        if pds is not None:  # and one Bluesky account, its app password sealed the same way
            sky = pds.add_account(bluesky_handle(school))
            do_connect_network(heads[school.pk], "bluesky",
                               BlueskyCredentials(sky.handle, sky.app_password, pds.url),
                               connected_as=f"@{sky.handle}", address=pds.url)
    if pds is not None:  # the Settings page signs in with the app password to check it
        from schoolsocial.publishing.networks.bluesky import BlueskyPublisher

        latency, pds.latency = pds.latency, 0.0  # setting up, not measured
        for school in schools:
            sky = pds.bsky_accounts[pds.known_handles[bluesky_handle(school)]]
            publisher = BlueskyPublisher(BlueskyCredentials(sky.handle, sky.app_password,
                                                            pds.url))
            try:
                publisher.me()
            finally:
                publisher.close()
        pds.latency = latency
    return schools


def bluesky_handle(school) -> str:
    return f"{school.x_handle}.bsky.social"


def approved_posts(schools: list, due: list[datetime]) -> None:
    """Each post as a school makes it: the compose form (the time typed in the school's own
    timezone, every network the school has connected ticked), submitted, and approved by an
    approver, through the same do_* actions."""
    from schoolsocial.accounts.models import Membership
    from schoolsocial.posts.actions import do_create_post, do_decide, do_submit
    from schoolsocial.posts.forms import PostForm
    from schoolsocial.posts.models import Decision
    from schoolsocial.publishing.models import NetworkAccount

    members = {(m.school_id, m.role): m for m in Membership.objects.filter(
        school__in=schools).select_related("school", "user")}
    connected: dict[int, list[str]] = {school.pk: ["x"] for school in schools}  # X: keys typed
    for school_id, network in NetworkAccount.objects.filter(school__in=schools).values_list(
            "school_id", "network"):
        connected.setdefault(school_id, []).append(network)
    for index, (school, at) in enumerate(zip(schools, due, strict=True)):
        author, approver = members[school.pk, "author"], members[school.pk, "approver"]
        typed = at.astimezone(school.tz).strftime("%Y-%m-%dT%H:%M:%S")
        form = PostForm({"text": f"Bench: news from {school.name}, number {index}.",
                         "category": "news", "exception": "", "exception_reason": "",
                         "scheduled_at": typed, "networks": connected[school.pk]},
                        school=school)
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


def schedule(schools: list, part: str, pilots: list) -> tuple[list[datetime], float]:
    """Compose, submit and approve every post, due at one second (burst) or spread over a
    minute; the due times and the seconds each post took to compose. The lead time before the
    first falls due is 2.5 times what composing them should take, timed on the pilot posts
    first (due hours later, so never published here): composing is most of the part's time on a
    shared machine."""
    began = time.monotonic()
    approved_posts(pilots, [datetime.now(UTC) + timedelta(hours=2)] * len(pilots))
    per_post = (time.monotonic() - began) / len(pilots)
    start = (datetime.now(UTC) + timedelta(seconds=10 + 2.5 * per_post * len(schools))).replace(
        microsecond=0)
    if part == "burst":
        due = [start] * len(schools)
    else:  # spread over a minute
        # whole seconds: the compose form takes a time to the second
        due = [start + timedelta(seconds=60 * n // len(schools)) for n in range(len(schools))]
    began = time.monotonic()
    approved_posts(schools, due)
    if datetime.now(UTC) >= start:
        raise SystemExit("Creating the posts took longer than the lead time")
    return due, (time.monotonic() - began) / len(schools)


def wait_for(canary, count: int, deadline: datetime) -> int:
    """Until every post is out on X and on each other network it was approved for (or the
    deadline); the number out on X."""
    from schoolsocial.posts.models import Post
    from schoolsocial.publishing.models import NetworkPublication

    wanted = {network: 0 for network in NETWORKS[1:]}
    for networks in Post.objects.exclude(school=canary).values_list("networks", flat=True):
        for network in set(networks) & set(wanted):
            wanted[network] += 1
    while True:
        published = Post.objects.filter(state="published").exclude(school=canary).count()
        others = NetworkPublication.objects.filter(state="published").exclude(
            post__school=canary)
        if (published >= count and all(others.filter(network=network).count() >= number
                                       for network, number in wanted.items())
                or datetime.now(UTC) > deadline):
            return published
        time.sleep(0.25)


def x_times(fake, schools: list) -> dict[str, list[datetime]]:
    """From X's side: when each school's tweets were stored."""
    by_user = {account.user_id: account.username for account in fake.accounts.values()}
    handles = {school.x_handle for school in schools}
    seen: dict[str, list[datetime]] = {}
    for tweet in fake.tweets.values():
        handle = by_user.get(tweet.author_id)
        if handle in handles:
            seen.setdefault(handle, []).append(tweet.created_at)
    return seen


def bluesky_times(pds, schools: list) -> dict[str, list[datetime]]:
    """From the fake Bluesky's side: when each school's post records were stored (its
    threadgates, which share the post's key, are not posts)."""
    handles = {pds.known_handles[bluesky_handle(school)]: school.x_handle for school in schools}
    seen: dict[str, list[datetime]] = {}
    for record in list(pds.records.values()):
        if record.did in handles and "/app.bsky.feed.post/" in record.uri and not record.deleted:
            seen.setdefault(handles[record.did], []).append(record.indexed_at)
    return seen


def measure(seen: dict[str, list[datetime]], schools: list, due: list[datetime]) -> dict:
    """Lateness of each school's first copy on one network (its store time minus the post's
    due time), and how many schools have more than one."""
    wanted = {school.x_handle: at for school, at in zip(schools, due, strict=True)}
    late = sorted((min(times) - wanted[handle]).total_seconds()
                  for handle, times in seen.items() if handle in wanted)
    if not late:
        raise SystemExit("No post reached the fake network")
    return {
        "p50": statistics.median(late), "p99": late[min(len(late) - 1, int(len(late) * 0.99))],
        "max": late[-1], "min": late[0], "out": len(late),
        "all_done": late[-1] if len(late) == len(schools) else float("inf"),
        "duplicates": sum(len(times) - 1 for handle, times in seen.items() if handle in wanted),
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
