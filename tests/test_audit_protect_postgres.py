"""Issue 12, item 6, on PostgreSQL: the audit table refuses TRUNCATE, and in the production
profile (manage.py audit_protect) it belongs to its own role, so that the application's database
user may only insert and read: no UPDATE, DELETE, TRUNCATE, dropped trigger or dropped table.

The application's role is played with SET ROLE inside the test's transaction, so the roles and
the ownership change are rolled back with it."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.db.utils import InternalError, ProgrammingError

from schoolsocial.audit import chain
from schoolsocial.audit.log import record
from schoolsocial.audit.models import AuditEvent

pytestmark = pytest.mark.postgres

OWNER, APP = "ss_test_audit_owner", "ss_test_app"


def _fails(sql: str, match: str) -> None:
    with pytest.raises((InternalError, ProgrammingError), match=match), transaction.atomic(), \
            connection.cursor() as cursor:
        cursor.execute(sql)


def test_truncate_is_refused(school, tom):
    record(school, tom.user, "post.created", "Draft")
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending checks: TRUNCATE may run
        cursor.execute("SET schoolsocial.allow_audit_truncate = 'off'")  # as in production
    _fails("TRUNCATE audit_auditevent CASCADE", "TRUNCATE of the audit events is refused")
    assert AuditEvent.objects.count() == 1


@pytest.fixture
def app_role(db):
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE ROLE {APP} NOLOGIN")
        cursor.execute(f"GRANT USAGE ON SCHEMA public TO {APP}")
        # What the application needs to write an event: read the schools and users it names.
        cursor.execute(f"GRANT SELECT ON accounts_school, accounts_user TO {APP}")
    return APP


def test_the_application_may_only_insert_and_read(school, tom, app_role, capsys):
    record(school, tom.user, "post.created", "Before protection")
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # ALTER TABLE waits for no checks
    call_command("audit_protect", owner=OWNER, app=APP)
    assert f"The audit table belongs to {OWNER}; {APP} may only insert and read." in (
        capsys.readouterr().out)
    with connection.cursor() as cursor:
        cursor.execute("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_auditevent'")
        assert cursor.fetchone()[0] == OWNER
        cursor.execute(f"SET ROLE {APP}")
    try:
        event = record(school, tom.user, "post.created", "Written as the application")
        assert event.seq == 2
        assert chain.verify(school.pk).intact
        for sql in ("UPDATE audit_auditevent SET summary = 'x'",
                    "DELETE FROM audit_auditevent",
                    "TRUNCATE audit_auditevent",
                    "DROP TRIGGER audit_append_only ON audit_auditevent",
                    "ALTER TABLE audit_auditevent DISABLE TRIGGER audit_append_only",
                    "DROP TABLE audit_auditevent"):
            _fails(sql, "permission denied|must be owner")
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET ROLE")
    assert AuditEvent.objects.count() == 2
    call_command("audit_protect", owner=OWNER, app=APP)  # again: nothing breaks


def test_a_superuser_or_the_owner_itself_is_refused_as_the_app(db):
    with pytest.raises(CommandError, match="is a superuser"):
        call_command("audit_protect", owner=OWNER, app="postgres")
    with pytest.raises(CommandError, match="different role"):
        call_command("audit_protect", owner=APP, app=APP)
    with pytest.raises(CommandError, match="no database role"):
        call_command("audit_protect", owner=OWNER, app="nobody_here_at_all")
