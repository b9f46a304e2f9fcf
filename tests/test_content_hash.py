"""The content hash describes the content, never its spelling: a post as composed (its time in
the school's timezone, its photos in any order) hashes the same as the post read back from the
database (the time in UTC), on SQLite and on PostgreSQL alike. And the migration that moved
stored hashes to this form keeps approved posts approved."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schoolsocial.posts.content import canonical_instant, content_hash
from schoolsocial.posts.models import Category, Photo, Post, PostException
from schoolsocial.pupils.models import Pupil

pytestmark = pytest.mark.django_db

ZONES = st.sampled_from(["Europe/London", "Europe/Berlin", "America/New_York",
                         "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "UTC",
                         "America/St_Johns", "Asia/Kathmandu"])
# Any text a browser can send: no surrogates, no control characters (PostgreSQL refuses NUL).
PLAIN = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
TEXT = st.text(PLAIN, min_size=1, max_size=60) | st.sampled_from(
    ["Caf\u00e9", "Cafe\u0301", "line one\r\nline two"])
PHOTO = st.fixed_dictionaries({
    "sha256": st.text("0123456789abcdef", min_size=64, max_size=64),
    "alt": st.text(PLAIN, max_size=30), "none": st.booleans(),
    "pupils": st.lists(st.integers(0, 2), max_size=3, unique=True)})


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(zone=ZONES, when=st.datetimes(min_value=datetime(2000, 1, 1),
                                    max_value=datetime(2099, 12, 31), allow_imaginary=False),
       text=TEXT, category=st.sampled_from(Category.values),
       exception=st.sampled_from(PostException.values), reason=st.text(PLAIN, max_size=20),
       photos=st.lists(PHOTO, max_size=3), shuffle=st.randoms(use_true_random=False))
def test_a_post_hashes_the_same_as_composed_and_as_read_back(
        tom, zone, when, text, category, exception, reason, photos, shuffle):
    pupils = [Pupil.objects.create(school=tom.school, first_name=f"P{n}", last_name="Example")
              for n in range(3)]
    scheduled = when.replace(tzinfo=ZoneInfo(zone))
    post = Post.objects.create(school=tom.school, author=tom.user, text=text, category=category,
                               exception=exception, exception_reason=reason,
                               scheduled_at=scheduled)
    made = []
    for n, values in enumerate(photos):
        photo = Photo.objects.create(post=post, uploaded_by=tom.user, filename=f"{n}.jpg",
                                     sha256=values["sha256"], alt_text=values["alt"],
                                     no_identifiable_pupils=values["none"])
        photo.pupils.set([pupils[i] for i in values["pupils"]])
        made.append(photo)
    shuffle.shuffle(made)  # as composed: whatever order the page had them in
    composed = post.compute_hash(made)

    read_back = Post.objects.get(pk=post.pk)
    assert read_back.scheduled_at == scheduled
    assert read_back.compute_hash() == composed
    read_back.scheduled_at += timedelta(microseconds=1)
    assert read_back.compute_hash() != composed  # and the time still counts, to the microsecond
    post.delete()
    Pupil.objects.filter(pk__in=[p.pk for p in pupils]).delete()


def test_the_instant_is_written_in_utc_whatever_its_offset():
    summer = datetime(2026, 6, 17, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    assert canonical_instant(summer) == "2026-06-17T09:00:00.000000Z"
    assert canonical_instant(summer.astimezone(UTC)) == canonical_instant(summer)


def test_a_time_without_a_timezone_is_refused():
    with pytest.raises(ValueError, match="timezone"):
        canonical_instant(datetime(2026, 6, 17, 10, 0))


def _old_form(text, when, photos=()):
    """The hash as version 1 wrote it: the time as spelt when the hash was made."""
    content = {"photos": list(photos), "text": text, "category": "learning", "exception": "",
               "exception_reason": "", "scheduled_at": when.isoformat()}
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_approved_posts_approved_and_leaves_changed_ones_alone():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    # pupils 0006 (photos moved to posts/, issue 13) needs posts 0004: set it back too.
    before = [node for node in latest if node[0] not in ("posts", "pupils")] + [
        ("posts", "0002_removed_at"), ("pupils", "0005_photo_adults_only")]
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    School = apps.get_model("accounts", "School")
    User = apps.get_model("accounts", "User")
    HistoricalPost = apps.get_model("posts", "Post")
    Approval = apps.get_model("posts", "Approval")
    school = School.objects.create(name="Meon Valley", timezone="Europe/London", x_handle="",
                                   x_connected_as="")
    author = User.objects.create(username="tom")
    summer = datetime(2026, 6, 17, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    winter = datetime(2026, 12, 9, 10, 0, tzinfo=ZoneInfo("Europe/London"))

    def approved(text, when, hashed_text=None):
        old = _old_form(hashed_text or text, when)
        post = HistoricalPost.objects.create(school=school, author=author, text=text,
                                             category="learning", scheduled_at=when,
                                             state="scheduled", content_hash=old)
        Approval.objects.create(post=post, approver=author, decision="approve", content_hash=old)
        return post.pk

    composed_in_summer = approved("Sports day is on Friday.", summer)  # hashed with +01:00
    read_back_in_winter = approved("Carols at 2pm.", winter.astimezone(UTC))
    changed = approved("The new text.", summer, hashed_text="The text that was approved.")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(latest)

    for pk in (composed_in_summer, read_back_in_winter):
        post = Post.objects.get(pk=pk)
        assert post.content_hash == post.compute_hash(), post.text
        assert post.approvals.get().content_hash == post.compute_hash()
    post = Post.objects.get(pk=changed)
    assert post.content_hash == _old_form("The text that was approved.", summer)
    assert post.approvals.get().content_hash != post.compute_hash()


def test_declaring_a_photo_adults_only_is_a_change_of_content(tom):
    post = Post.objects.create(school=tom.school, author=tom.user, text="Our visiting author.",
                               category="learning")
    photo = Photo.objects.create(post=post, uploaded_by=tom.user, filename="author.jpg",
                                 sha256="a" * 64, alt_text="The author reading to the hall")
    before = post.compute_hash()
    photo.adults_only = True
    photo.save(update_fields=("adults_only",))
    assert post.compute_hash() != before


def test_an_x_only_post_keeps_the_hash_it_had_before_networks_could_be_chosen(tom):
    post = Post(school=tom.school, author=tom.user, text="Harvest festival on Friday.",
                category="event", scheduled_at=datetime(2026, 9, 25, 10, tzinfo=UTC))
    before_networks = content_hash(text=post.text, category=post.category, exception="",
                                   exception_reason="", scheduled_at=post.scheduled_at,
                                   photos=[])
    assert post.compute_hash() == before_networks  # networks ["x"], the default
    post.networks = []
    assert post.compute_hash() == before_networks
    post.networks = ["x", "bluesky"]
    with_bluesky = post.compute_hash()
    assert with_bluesky != before_networks
    post.networks = ["bluesky", "x", "bluesky"]  # the order and repeats are spelling
    assert post.compute_hash() == with_bluesky
    post.networks = ["x", "bluesky", "mastodon"]
    assert post.compute_hash() not in (with_bluesky, before_networks)
