"""One event per place in a school's chain; on PostgreSQL a trigger refusing UPDATE and DELETE;
a full-text index on the summary for the log's search (SQLite: FTS5; PostgreSQL: trigrams)."""

from django.db import migrations, models

POSTGRES_FORWARD = [
    """
    CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'The audit log is append-only: % of an audit event is refused.', TG_OP;
    END $$
    """,
    """
    CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_auditevent
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()
    """,
    # Search: trigram index when the extension can be had; without it search still works, slower.
    """
    DO $$ BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm is not available: the audit log search will not be indexed';
    END $$
    """,
    """
    DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
            CREATE INDEX IF NOT EXISTS audit_summary_trgm ON audit_auditevent
            USING gin (summary gin_trgm_ops);
        END IF;
    END $$
    """,
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS audit_summary_trgm",
    "DROP TRIGGER IF EXISTS audit_append_only ON audit_auditevent",
    "DROP FUNCTION IF EXISTS audit_refuse_change()",
]
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE audit_search USING fts5(summary, content='audit_auditevent', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO audit_search(audit_search) VALUES ('rebuild')",
    """CREATE TRIGGER audit_search_insert AFTER INSERT ON audit_auditevent BEGIN
        INSERT INTO audit_search(rowid, summary) VALUES (new.id, new.summary);
    END""",
    """CREATE TRIGGER audit_search_delete AFTER DELETE ON audit_auditevent BEGIN
        INSERT INTO audit_search(audit_search, rowid, summary)
        VALUES ('delete', old.id, old.summary);
    END""",
    """CREATE TRIGGER audit_search_update AFTER UPDATE OF summary ON audit_auditevent BEGIN
        INSERT INTO audit_search(audit_search, rowid, summary)
        VALUES ('delete', old.id, old.summary);
        INSERT INTO audit_search(rowid, summary) VALUES (new.id, new.summary);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS audit_search_update",
    "DROP TRIGGER IF EXISTS audit_search_delete",
    "DROP TRIGGER IF EXISTS audit_search_insert",
    "DROP TABLE IF EXISTS audit_search",
]


def _run(statements: dict[str, list[str]]):
    def run(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql, params=None)
    return run


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0002_chain"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="auditevent",
            constraint=models.UniqueConstraint(fields=("school", "seq"),
                                               name="audit_one_event_per_place"),
        ),
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        ),
    ]
