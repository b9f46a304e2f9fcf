"""Photos moved from pupils/ to posts/ (issue 13) in the migration state only: existing rows are
where they were, read through the new model, and the move goes back as cleanly."""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django_q.models import Schedule

from schoolsocial.posts.models import Photo, PhotoRefusal

BEFORE = {"posts": ("posts", "0004_approval_policy_at_submission"),
          "pupils": ("pupils", "0005_photo_adults_only")}


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _before(latest):
    return [BEFORE.get(app, (app, name)) for app, name in latest]


@pytest.mark.django_db(transaction=True)
def test_existing_photos_and_refusals_are_read_through_posts_after_the_move_and_back():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    old = _migrate(_before(latest))
    school = old.get_model("accounts", "School").objects.create(
        name="Meon Valley", timezone="Europe/London", x_handle="", x_connected_as="")
    author = old.get_model("accounts", "User").objects.create(username="tom")
    post = old.get_model("posts", "Post").objects.create(school=school, author=author,
                                                         text="Art week", state="scheduled")
    pupil = old.get_model("pupils", "Pupil").objects.create(school=school, first_name="Josh",
                                                            last_name="Smith")
    photo = old.get_model("pupils", "Photo").objects.create(
        post=post, uploaded_by=author, filename="mural.jpg", status="ready", sha256="a" * 64,
        phash="0f" * 8, alt_text="Year 4 painting a mural")
    photo.pupils.add(pupil)
    refusal = old.get_model("pupils", "PhotoRefusal").objects.create(
        school=school, post=post, phash="0f" * 8, phash_mirror="f0" * 8, reason="No consent",
        decided_by=author)
    old_type = old.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="pupils", model="photo")[0]
    # as pupils 0003 made it (a transactional test before this one may have flushed it)
    old.get_model("django_q", "Schedule").objects.update_or_create(
        name="Delete photo originals", defaults={
            "func": "schoolsocial.pupils.photo_tasks.purge_originals", "schedule_type": "I",
            "minutes": 10, "repeats": -1})

    _migrate(latest)
    moved = Photo.objects.get(pk=photo.pk)
    assert (moved.post_id, moved.filename, moved.alt_text) == (post.pk, "mural.jpg",
                                                               "Year 4 painting a mural")
    assert list(moved.pupils.values_list("pk", flat=True)) == [pupil.pk]
    assert PhotoRefusal.objects.get(pk=refusal.pk).reason == "No consent"
    assert ContentType.objects.get(pk=old_type.pk).app_label == "posts"
    assert Schedule.objects.filter(func="schoolsocial.posts.tasks.purge_originals").exists()
    assert not Schedule.objects.filter(func__startswith="schoolsocial.pupils.").exists()

    back = _migrate(_before(latest))
    assert back.get_model("pupils", "Photo").objects.get(pk=photo.pk).pupils.count() == 1
    assert back.get_model("pupils", "PhotoRefusal").objects.filter(pk=refusal.pk).exists()
    assert Schedule.objects.filter(
        func="schoolsocial.pupils.photo_tasks.purge_originals").exists()
    _migrate(latest)
