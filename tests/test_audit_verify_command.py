from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from schoolsocial.audit.log import record


def _run(*args) -> str:
    out = StringIO()
    call_command("audit_verify", *args, stdout=out)
    return out.getvalue()


def test_it_reports_every_school_intact(school, other_school, tom, oscar):
    record(school, tom.user, "post.created", "One")
    record(school, tom.user, "post.created", "Two")
    record(other_school, oscar.user, "post.created", "Three")
    out = _run()
    assert f"Meon Valley (id {school.pk}): intact, 2 events" in out
    assert f"Other School (id {other_school.pk}): intact, 1 events" in out


def test_it_reports_the_first_broken_link_and_fails(school, other_school, tom, oscar):
    first = record(school, tom.user, "post.created", "One")
    record(school, tom.user, "post.created", "Two")
    record(other_school, oscar.user, "post.created", "Three")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        cursor.execute("UPDATE audit_auditevent SET summary = 'Nothing' WHERE id = %s", [first.pk])
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = DEFAULT")
    out = StringIO()
    with pytest.raises(CommandError, match="1 school with a broken chain") as error:
        call_command("audit_verify", stdout=out)
    assert error.value.returncode == 1
    assert f"BROKEN after 0 good events. Event #{first.pk} (position 1) was changed" in \
        out.getvalue()
    assert "Other School" in out.getvalue() and "intact" in out.getvalue()


def test_it_checks_one_school(school, other_school, tom, oscar):
    record(other_school, oscar.user, "post.created", "Theirs")
    out = _run("--school", str(school.pk))
    assert "Meon Valley" in out and "Other School" not in out


def test_an_unknown_school_is_explained(db):
    with pytest.raises(CommandError, match="There is no school with id 999"):
        _run("--school", "999")
