"""The worker e-mails each school's governors the audit chain's latest hash every week
(send_audit_anchor), on Monday mornings."""

from datetime import datetime, time, timedelta

from django.db import migrations
from django.utils import timezone

FUNC = "schoolsocial.governance.tasks.send_audit_anchor"


def create(apps, schema_editor):
    today = timezone.localdate()
    monday = today + timedelta(days=7 - today.weekday())
    apps.get_model("django_q", "Schedule").objects.update_or_create(
        name="E-mail the audit anchor to the governors",
        defaults={"func": FUNC, "schedule_type": "W", "repeats": -1,
                  "next_run": timezone.make_aware(datetime.combine(monday, time(7, 30)))},
    )


def remove(apps, schema_editor):
    apps.get_model("django_q", "Schedule").objects.filter(func=FUNC).delete()


class Migration(migrations.Migration):
    dependencies = [("governance", "0003_email_retries")]

    operations = [migrations.RunPython(create, remove)]
