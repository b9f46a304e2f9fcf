"""E-mails moved from governance/ to mail/ (issue 13) in the migration state only: kept e-mails
are where they were, read through the new model, the retry schedule follows, and the move goes
back as cleanly."""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django_q.models import Schedule

from schoolsocial.mail.models import Email

BEFORE = [("governance", "0005_concern_about_mention"), ("mail", None)]  # in this order
OLD_FUNC = "schoolsocial.governance.tasks.retry_emails"
NEW_FUNC = "schoolsocial.mail.tasks.retry_emails"


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader


def _before():
    """Back to before the move, one app at a time (Django plans one direction at a call)."""
    for target in BEFORE:
        loader = _migrate([target])
    return loader.project_state(BEFORE[0]).apps


@pytest.mark.django_db(transaction=True)
def test_kept_emails_are_read_through_mail_after_the_move_and_back():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    old = _before()
    school = old.get_model("accounts", "School").objects.create(
        name="Meon Valley", timezone="Europe/London", x_handle="", x_connected_as="")
    email = old.get_model("governance", "Email").objects.create(
        school=school, kind="failed", subject="Not published: Art week", to=["head@example.org"],
        text="It did not go out.", status="failed", attempts=5, last_error="SMTP refused")
    old_type = old.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="governance", model="email")[0]
    # as governance 0003 made it (a transactional test before this one may have flushed it)
    old.get_model("django_q", "Schedule").objects.update_or_create(
        name="Retry e-mails the mail server refused", defaults={
            "func": OLD_FUNC, "schedule_type": "I", "minutes": 1, "repeats": -1})

    _migrate(latest)
    moved = Email.objects.get(pk=email.pk)
    assert (moved.school_id, moved.subject, moved.to, moved.status, moved.attempts) == (
        school.pk, "Not published: Art week", ["head@example.org"], "failed", 5)
    assert ContentType.objects.get(pk=old_type.pk).app_label == "mail"
    assert Schedule.objects.filter(func=NEW_FUNC).exists()
    assert not Schedule.objects.filter(func=OLD_FUNC).exists()

    back = _before()
    assert back.get_model("governance", "Email").objects.get(pk=email.pk).attempts == 5
    assert Schedule.objects.filter(func=OLD_FUNC).exists()
    _migrate(latest)
