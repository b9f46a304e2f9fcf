"""The hash chain: each event's place in its school's chain, the previous hash and its own.
Events already written are chained here, in the order they were written (by id)."""

import json

from django.db import migrations, models

from schoolsocial.audit import chain


def chain_existing(apps, schema_editor):
    connection = schema_editor.connection
    sqlite = connection.vendor == "sqlite"
    created = "created_at || ''" if sqlite else "created_at"
    with connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT school_id FROM audit_auditevent ORDER BY school_id")
        for (school_id,) in cursor.fetchall():
            seq, prev, last_id = 0, chain.GENESIS, 0
            while True:
                sql = ("SELECT id, actor_id, action, object_type, object_id, summary, details, "  # noqa: S608 - no user input
                       + created + " FROM audit_auditevent WHERE school_id = %s AND id > %s "
                       "ORDER BY id LIMIT 5000")
                cursor.execute(sql, [school_id, last_id])
                rows = cursor.fetchall()
                if not rows:
                    break
                updates = []
                for event_id, actor, action, otype, oid, summary, details, at in rows:
                    text = chain.canonical_details(
                        json.loads(details) if isinstance(details, str) else details)
                    when = chain.canonical_time(at) if not isinstance(at, str) else (
                        at if len(at) == 26 else at[:19] + ".000000")
                    seq += 1
                    own = chain.event_hash(seq, school_id, actor, action, otype, oid, summary,
                                           text, when, prev)
                    # On SQLite the details are stored again in canonical form (same JSON).
                    updates.append((seq, prev, own, text, event_id) if sqlite
                                   else (seq, prev, own, event_id))
                    prev = own
                details_set = ", details = %s" if sqlite else ""
                cursor.executemany(
                    "UPDATE audit_auditevent SET seq = %s, prev_hash = %s, hash = %s"  # noqa: S608
                    + details_set + " WHERE id = %s", updates)
                last_id = rows[-1][0]


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="auditevent",
            name="seq",
            field=models.PositiveBigIntegerField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="prev_hash",
            field=models.CharField(blank=True, db_default="", max_length=64),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="hash",
            field=models.CharField(blank=True, db_default="", max_length=64),
        ),
        migrations.RunPython(chain_existing, migrations.RunPython.noop),
    ]
