"""Production profile, PostgreSQL: give the audit table to a role of its own, so that the
application's database user may only add and read events.

    DATABASE_URL=postgres://<a superuser or the database owner>@host/db \\
        manage.py audit_protect --owner schoolsocial_audit --app schoolsocial

The owner role is created (NOLOGIN) if missing and made the owner of the audit table and of its
trigger functions; the application's role keeps only SELECT and INSERT on it. The application
then cannot UPDATE, DELETE or TRUNCATE events, nor drop or disable the triggers, nor drop the
table. Run it once after `migrate`, and again after a migration that changes the audit table
(which must itself be run as the owner: see the README). Idempotent.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction

TABLE = "audit_auditevent"
FUNCTIONS = ("audit_refuse_change()", "audit_refuse_truncate()")


class Command(BaseCommand):
    help = "Make the audit table owned by its own role; the application may only insert and read."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--owner", required=True, help="the role to own the audit table")
        parser.add_argument("--app", required=True, help="the application's database role")

    def handle(self, *args, owner: str, app: str, **options) -> None:
        if connection.vendor != "postgresql":
            raise CommandError("audit_protect is for PostgreSQL (the production profile).")
        if owner == app:
            raise CommandError("The owner must be a different role from the application's.")
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", [app])
            row = cursor.fetchone()
            if row is None:
                raise CommandError(f"There is no database role called {app!r}.")
            if row[0]:
                raise CommandError(f"{app!r} is a superuser: no table can be kept from it. Run "
                                   "the application as an ordinary role.")
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [owner])
            q = connection.ops.quote_name
            if cursor.fetchone() is None:
                cursor.execute(f"CREATE ROLE {q(owner)} NOLOGIN")
                self.stdout.write(f"Created the role {owner} (it cannot sign in).")
            cursor.execute("SELECT pg_has_role(%s, %s, 'MEMBER')", [app, owner])
            if cursor.fetchone()[0]:
                raise CommandError(f"{app!r} is a member of {owner!r}, so it would own the table "
                                   "anyway. Choose an owner role the application is not in.")
            cursor.execute(f"ALTER TABLE {TABLE} OWNER TO {q(owner)}")
            for function in FUNCTIONS:
                cursor.execute(f"ALTER FUNCTION {function} OWNER TO {q(owner)}")
            cursor.execute(f"REVOKE ALL ON {TABLE} FROM PUBLIC, {q(app)}")
            cursor.execute(f"GRANT SELECT, INSERT ON {TABLE} TO {q(app)}")
            self.warn_if_app_can_drop(cursor, app)
        self.stdout.write(f"The audit table belongs to {owner}; {app} may only insert and read.")

    def warn_if_app_can_drop(self, cursor, app: str) -> None:
        """The owner of the database's schema may drop any table in it, whoever owns the table."""
        cursor.execute("SELECT pg_has_role(%s, n.nspowner, 'MEMBER') FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = %s",
                       [app, TABLE])
        if cursor.fetchone()[0]:
            self.stdout.write(self.style.WARNING(
                f"Warning: {app} owns the schema that holds the audit table, so it could still "
                "drop the table. Give the schema to another role (ALTER SCHEMA public OWNER TO "
                "...) and grant the application USAGE and CREATE on it."))
