"""The faults of the fault matrix, shared by tests/publishing/test_fault_matrix_postgres.py and
bench/bench_recovery.py: a Redis server of our own (so restarting it disturbs nobody), a real
`manage.py qcluster`, PostgreSQL connections cut, worker processes killed, and schools each
with an X account on the fake X.

Nothing here restarts or touches the shared Redis or any database but the one named.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """redis-server on a free loopback port, without persistence, as ours runs in CI."""

    def __init__(self) -> None:
        self.binary = shutil.which("redis-server")
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="faults-redis-")
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        if self.binary is None:
            raise RuntimeError("redis-server is not installed")
        self.process = subprocess.Popen(  # noqa: S603 - redis-server with fixed arguments
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self.dir], stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2):
                return self
            time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def restart(self, down_for: float = 1.0) -> None:
        """Stop the server (forgetting every task it held) and start it again."""
        self.stop()
        time.sleep(down_for)
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class QCluster:
    """`manage.py qcluster` in its own process group; `env` as the workers should see it."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.process: subprocess.Popen | None = None
        self.log = tempfile.TemporaryFile()

    def start(self) -> QCluster:
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and manage.py
            [sys.executable, "manage.py", "qcluster"], cwd=ROOT, env=self.env,
            start_new_session=True, stdout=self.log, stderr=subprocess.STDOUT)
        return self

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-6000:]

    def stop(self) -> None:
        """As Ctrl-C does (SIGINT to the group); SIGKILL if it has not stopped in 30 s."""
        if self.process is None:
            return
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None


def kill(identity: str) -> bool:
    """SIGKILL the process that tasks.worker_identity() named ("host:pid:start")."""
    pid = identity.split(":")[1] if identity.count(":") >= 2 else ""
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), signal.SIGKILL)
    except ProcessLookupError:
        return False
    return True


def cut_database_connections(admin_url: str, database: str, keep: tuple[int, ...] = ()) -> int:
    """pg_terminate_backend on every connection to `database` except the backends in `keep`:
    what a database restart or failover does to the workers. Returns how many were cut."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid() AND NOT (pid = ANY(%s))",
            (database, list(keep))).fetchall()
    return sum(1 for (done,) in rows if done)


def make_schools(fake, count: int, prefix: str = "fault") -> list:
    """`count` schools that may post at any hour, each with its own account on the fake X
    (so a fault queued for one reaches only it) connected as in production."""
    from schoolsocial.accounts.models import Membership, Role, School, User
    from schoolsocial.publishing.backends import Credentials

    author = User.objects.create_user(f"{prefix}-author", first_name="Tom")
    approver = User.objects.create_user(f"{prefix}-approver", first_name="Alan")
    schools = School.objects.bulk_create(
        School(name=f"{prefix.title()} school {n}", x_handle=f"{prefix}{n}",
               policy_preset="highfield", timezone="Europe/London") for n in range(count))
    Membership.objects.bulk_create(
        Membership(user=user, school=school, role=role)
        for school in schools for user, role in ((author, Role.AUTHOR), (approver, Role.APPROVER)))
    for school in schools:
        account = fake.add_account(school.x_handle)
        school.x_user_id = account.user_id  # not saved: which fake account is the school's
        school.connect_x(Credentials(fake.consumer_key, fake.consumer_secret,
                                     account.access_token, account.access_token_secret),
                         account.username)
    return schools


def approved_post(school, text: str, at):
    """A post of the school's, approved for exactly what it says, due at `at`."""
    from schoolsocial.accounts.models import Membership
    from schoolsocial.posts.models import Approval, Decision, Post
    from schoolsocial.posts.states import State

    members = {m.role: m.user for m in Membership.objects.filter(school=school)}
    post = Post(school=school, author=members["author"], text=text, category="news",
                scheduled_at=at, state=State.SCHEDULED, submitted_at=at, decided_at=at)
    post.content_hash = post.compute_hash()
    post.save()
    Approval.objects.create(post=post, approver=members["approver"], decision=Decision.APPROVE,
                            content_hash=post.content_hash)
    return post


def ensure_dispatch_schedule() -> None:
    """The schedule row migration publishing 0003 makes (a transactional test's flush empties
    the table)."""
    from django_q.models import Schedule

    Schedule.objects.update_or_create(
        name="Publishing dispatcher", defaults={
            "func": "schoolsocial.publishing.tasks.dispatch", "schedule_type": "I",
            "minutes": 1, "repeats": -1})


def tweets_of(fake, school) -> list:
    """The school's live tweets on the fake X, oldest first."""
    return sorted(fake.timeline(school.x_user_id), key=lambda t: int(t.id))
