"""PostgreSQL: the audit table refuses TRUNCATE too (0003's trigger is per row, which TRUNCATE
skips). An operator who truly means to empty it (a test database being reset) sets the session
setting schoolsocial.allow_audit_truncate to 'on' first; in the production profile the
application's role has no TRUNCATE right at all (manage.py audit_protect), so it cannot."""

from django.db import migrations

FORWARD = [
    """
    CREATE OR REPLACE FUNCTION audit_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF current_setting('schoolsocial.allow_audit_truncate', true) = 'on' THEN
            RETURN NULL;
        END IF;
        RAISE EXCEPTION 'The audit log is append-only: TRUNCATE of the audit events is refused.';
    END $$
    """,
    """
    CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_auditevent
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_truncate()
    """,
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS audit_no_truncate ON audit_auditevent",
    "DROP FUNCTION IF EXISTS audit_refuse_truncate()",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in FORWARD:
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in BACKWARD:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("audit", "0003_append_only_and_search")]

    operations = [migrations.RunPython(forward, backward)]
