"""Email moves from governance/ to mail/ (issue 13): state only, the table governance_email
stays as it is; the retry schedule's function is pointed at its new home."""

import django.db.models.deletion
from django.db import migrations, models

OLD = "schoolsocial.governance.tasks.retry_emails"
NEW = "schoolsocial.mail.tasks.retry_emails"


def _move(apps, old_app, new_app, old_func, new_func):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label=new_app, model="email").exists():
        ContentType.objects.filter(app_label=old_app, model="email").update(app_label=new_app)
    apps.get_model("django_q", "Schedule").objects.filter(func=old_func).update(func=new_func)


def repoint(apps, schema_editor):
    _move(apps, "governance", "mail", OLD, NEW)


def repoint_back(apps, schema_editor):
    _move(apps, "mail", "governance", NEW, OLD)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('accounts', '0004_school_public_contacts'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('governance', '0005_concern_about_mention'),
        ('django_q', '0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
            migrations.CreateModel(
                name='Email',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('kind', models.CharField(max_length=40)),
                    ('about', models.CharField(blank=True, max_length=40)),
                    ('subject', models.CharField(max_length=255)),
                    ('to', models.JSONField(default=list)),
                    ('text', models.TextField()),
                    ('html', models.TextField(blank=True)),
                    ('status', models.CharField(choices=[('pending', 'Waiting to be sent again'), ('sent', 'Sent'), ('failed', 'Could not be sent')], default='pending', max_length=8)),
                    ('attempts', models.PositiveSmallIntegerField(default=0)),
                    ('last_error', models.TextField(blank=True)),
                    ('next_attempt_at', models.DateTimeField(blank=True, null=True)),
                    ('created_at', models.DateTimeField(auto_now_add=True)),
                    ('sent_at', models.DateTimeField(blank=True, null=True)),
                    ('school', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='accounts.school')),
                ],
                options={
                    'db_table': 'governance_email',
                    'indexes': [models.Index(fields=['status', 'next_attempt_at'], name='email_due'), models.Index(fields=['school', 'status'], name='email_school_status')],
                },
            ),
        ]),
        migrations.RunPython(repoint, repoint_back),
    ]
