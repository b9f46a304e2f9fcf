"""A worker process killed (SIGKILL) in the middle of a publish: after the lease and a
reconcile the post is published once, never twice. Real process, real tweepy, fake X."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.utils import timezone
from publishing_helpers import approved_post

from schoolsocial.posts.states import State
from schoolsocial.publishing.fake_x import Fault
from schoolsocial.publishing.tasks import claim_due, due_reconciles, expire_leases, reconcile

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True),
              pytest.mark.real_clock]

ROOT = Path(settings.BASE_DIR)
WORKER = """
import os, sys, django
django.setup()
from schoolsocial.publishing.backends import Credentials, XPublisher
from schoolsocial.publishing.tasks import send
credentials = Credentials(*os.environ["FAKE_X_KEYS"].split(","))
publisher = XPublisher(credentials=credentials, api_base_url=os.environ["X_API_BASE_URL"],
                       timeout=(2, 60))
print("sending", flush=True)
send(int(sys.argv[1]), sys.argv[2], publisher=publisher)
"""


def test_a_killed_worker_leaves_the_post_published_once_after_reconcile(
        fake_x, credentials, x_publisher, tom, alan, school):
    # The worker lives in another process on the real clock: a policy that allows posting at
    # any hour keeps the test independent of the time of day it runs.
    school.policy_preset = "highfield"
    school.save(update_fields=("policy_preset",))
    post = approved_post(tom, alan, at=timezone.now() - timedelta(seconds=1))
    fake_x.queue(Fault.slow(60))  # the tweet is stored, the answer never comes in time
    db = connection.settings_dict
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "schoolsocial.settings",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "X_API_BASE_URL": fake_x.url,
        "FAKE_X_KEYS": ",".join((credentials.consumer_key, credentials.consumer_secret,
                                 credentials.access_token, credentials.access_token_secret)),
    }
    [(post_id, token)] = claim_due()
    worker = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", WORKER, str(post_id), token], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not fake_x.timeline() and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.05)
        assert fake_x.timeline(), worker.stderr.read().decode() if worker.poll() else ""
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    post.refresh_from_db()
    assert post.state == State.PUBLISHING

    with time_machine.travel(timezone.now() + timedelta(minutes=4), tick=True) as traveller:
        assert expire_leases() == [post.pk]
        assert claim_due() == []  # unknown: nothing is sent again
        traveller.shift(timedelta(seconds=6))
        for due in due_reconciles():
            reconcile(due, publisher=x_publisher)
    post.refresh_from_db()
    [tweet] = fake_x.timeline()
    assert post.state == State.PUBLISHED and post.tweet_id == tweet.id
    assert len(fake_x.requests_to("POST", "/2/tweets")) == 1
