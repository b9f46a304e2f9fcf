"""The worker e-mails the duty digest every morning (send_duty_digest decides whether a
school needs one)."""

from datetime import datetime, time, timedelta

from django.db import migrations
from django.utils import timezone

FUNC = "schoolsocial.governance.tasks.send_duty_digest"


def create(apps, schema_editor):
    tomorrow = timezone.localdate() + timedelta(days=1)
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name="E-mail the duty digest",
        defaults={"func": FUNC, "schedule_type": "D", "repeats": -1,
                  "next_run": timezone.make_aware(datetime.combine(tomorrow, time(7)))},
    )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(func=FUNC).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0001_initial"),
        ("django_q", "0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more"),
    ]

    operations = [migrations.RunPython(create, remove)]
