"""The database triggers that write a school's RosterVersion (models.py) in the same transaction
as every insert, update or delete of one of its pupils or of their consent records.

In the database, not in Python: an import's bulk_create, a queryset's update() and raw SQL go
round save() and signals, and a stale roster means a pupil without consent goes unnoticed.
On SQLite a migration that remakes pupils_pupil or pupils_consentrecord (Django copies the table
to alter it) drops the table's triggers: such a migration must call create() again;
tests/test_roster_version.py fails if a write stops changing the version.
"""

from __future__ import annotations

_TABLES = ("pupils_pupil", "pupils_consentrecord")

_POSTGRESQL = """
CREATE SEQUENCE IF NOT EXISTS pupils_roster_version_seq;

CREATE OR REPLACE FUNCTION pupils_roster_bump(school bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO pupils_rosterversion (school_id, version)
    VALUES (school, nextval('pupils_roster_version_seq'))
    ON CONFLICT (school_id) DO UPDATE SET version = EXCLUDED.version
$$;

CREATE OR REPLACE FUNCTION pupils_pupil_roster_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM pupils_roster_bump(NEW.school_id);
    END IF;
    IF TG_OP = 'DELETE' OR OLD.school_id <> NEW.school_id THEN
        PERFORM pupils_roster_bump(OLD.school_id);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION pupils_consent_roster_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM pupils_roster_bump(school_id) FROM pupils_pupil WHERE id = NEW.pupil_id;
    END IF;
    IF TG_OP = 'DELETE' OR OLD.pupil_id <> NEW.pupil_id THEN
        PERFORM pupils_roster_bump(school_id) FROM pupils_pupil WHERE id = OLD.pupil_id;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION pupils_roster_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pupils_rosterversion SET version = nextval('pupils_roster_version_seq');
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER pupils_pupil_roster AFTER INSERT OR UPDATE OR DELETE ON pupils_pupil
    FOR EACH ROW EXECUTE FUNCTION pupils_pupil_roster_changed();
CREATE OR REPLACE TRIGGER pupils_consent_roster
    AFTER INSERT OR UPDATE OR DELETE ON pupils_consentrecord
    FOR EACH ROW EXECUTE FUNCTION pupils_consent_roster_changed();
CREATE OR REPLACE TRIGGER pupils_pupil_roster_truncate AFTER TRUNCATE ON pupils_pupil
    FOR EACH STATEMENT EXECUTE FUNCTION pupils_roster_truncated();
CREATE OR REPLACE TRIGGER pupils_consent_roster_truncate AFTER TRUNCATE ON pupils_consentrecord
    FOR EACH STATEMENT EXECUTE FUNCTION pupils_roster_truncated();
"""

_POSTGRESQL_DROP = """
DROP TRIGGER IF EXISTS pupils_pupil_roster ON pupils_pupil;
DROP TRIGGER IF EXISTS pupils_consent_roster ON pupils_consentrecord;
DROP TRIGGER IF EXISTS pupils_pupil_roster_truncate ON pupils_pupil;
DROP TRIGGER IF EXISTS pupils_consent_roster_truncate ON pupils_consentrecord;
DROP FUNCTION IF EXISTS pupils_pupil_roster_changed();
DROP FUNCTION IF EXISTS pupils_consent_roster_changed();
DROP FUNCTION IF EXISTS pupils_roster_truncated();
DROP FUNCTION IF EXISTS pupils_roster_bump(bigint);
DROP SEQUENCE IF EXISTS pupils_roster_version_seq;
"""

# SQLite: a random 64-bit value for each write (it has no sequence outside a transaction).
_BUMP = ("INSERT INTO pupils_rosterversion (school_id, version) {source} "
         "ON CONFLICT (school_id) DO UPDATE SET version = excluded.version;")
_OF_SCHOOL = "VALUES ({row}.school_id, random())"
_OF_PUPIL = "SELECT school_id, random() FROM pupils_pupil WHERE id = {row}.pupil_id"


def _sqlite() -> list[str]:
    statements = []
    for table, source in zip(_TABLES, (_OF_SCHOOL, _OF_PUPIL), strict=True):
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("NEW", "OLD")),
                            ("DELETE", ("OLD",))):
            body = " ".join(_BUMP.format(source=source.format(row=row)) for row in rows)
            statements.append(f"CREATE TRIGGER IF NOT EXISTS {table}_roster_{event.lower()} "
                              f"AFTER {event} ON {table} BEGIN {body} END")
    return statements


def _sqlite_drop() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {table}_roster_{event}"
            for table in _TABLES for event in ("insert", "update", "delete")]


def create(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(_POSTGRESQL)
    elif vendor == "sqlite":
        for statement in _sqlite():
            schema_editor.execute(statement)
    else:
        raise NotImplementedError(f"No roster triggers for {vendor}")


def drop(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(_POSTGRESQL_DROP)
    elif vendor == "sqlite":
        for statement in _sqlite_drop():
            schema_editor.execute(statement)
