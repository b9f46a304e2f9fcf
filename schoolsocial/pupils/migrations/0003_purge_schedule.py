"""The worker deletes photo originals every ten minutes (see photo_tasks.purge_originals)."""

from django.db import migrations

FUNC = "schoolsocial.pupils.photo_tasks.purge_originals"


def create(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name="Delete photo originals",
        defaults={"func": FUNC, "schedule_type": "I", "minutes": 10, "repeats": -1},
    )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(func=FUNC).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pupils", "0002_consent_photos_imports"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
