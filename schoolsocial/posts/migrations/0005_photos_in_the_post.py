"""Photo and PhotoRefusal are part of the post (issue 13): taken over from pupils/ in the
migration state only, keeping their tables (pupils_photo, pupils_photo_pupils,
pupils_photorefusal), so no row moves. Their content types are relabelled (anything pointing at
them keeps pointing), and the schedule that purges originals names the task's new place."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


OLD_FUNC = "schoolsocial.pupils.photo_tasks.purge_originals"
NEW_FUNC = "schoolsocial.posts.tasks.purge_originals"
MODELS = ("photo", "photorefusal")


def _move(apps, old_app, new_app, old_func, new_func):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        if not ContentType.objects.filter(app_label=new_app, model=model).exists():
            ContentType.objects.filter(app_label=old_app, model=model).update(app_label=new_app)
    apps.get_model("django_q", "Schedule").objects.filter(func=old_func).update(func=new_func)


def forwards(apps, schema_editor):
    _move(apps, "pupils", "posts", OLD_FUNC, NEW_FUNC)


def backwards(apps, schema_editor):
    _move(apps, "posts", "pupils", NEW_FUNC, OLD_FUNC)


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0004_school_public_contacts'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('django_q', '0019_alter_task_options_alter_ormq_key_alter_ormq_lock_and_more'),
        ('posts', '0004_approval_policy_at_submission'),
        ('pupils', '0006_photos_move_to_posts'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # State only: the tables keep their names (db_table), no row moves.
        migrations.SeparateDatabaseAndState(state_operations=[
                migrations.CreateModel(
                    name='Photo',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('filename', models.CharField(max_length=200)),
                        ('original', models.FileField(blank=True, upload_to='originals/%Y/%m/')),
                        ('image', models.FileField(blank=True, upload_to='photos/%Y/%m/')),
                        ('status', models.CharField(choices=[('processing', 'Being checked'), ('ready', 'Ready'), ('refused', 'Refused')], default='processing', max_length=12)),
                        ('error', models.TextField(blank=True)),
                        ('alt_text', models.CharField(blank=True, max_length=1000)),
                        ('no_identifiable_pupils', models.BooleanField(default=False)),
                        ('adults_only', models.BooleanField(default=False)),
                        ('faces', models.PositiveSmallIntegerField(blank=True, null=True)),
                        ('width', models.PositiveIntegerField(blank=True, null=True)),
                        ('height', models.PositiveIntegerField(blank=True, null=True)),
                        ('sha256', models.CharField(blank=True, max_length=64)),
                        ('original_sha256', models.CharField(blank=True, max_length=64)),
                        ('phash', models.CharField(blank=True, max_length=16)),
                        ('phash_mirror', models.CharField(blank=True, max_length=16)),
                        ('original_deleted_at', models.DateTimeField(blank=True, null=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('post', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='photos', to='posts.post')),
                        ('pupils', models.ManyToManyField(blank=True, related_name='photos', to='pupils.pupil')),
                        ('uploaded_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'pupils_photo',
                        'ordering': ('id',),
                    },
                ),
                migrations.CreateModel(
                    name='PhotoRefusal',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('phash', models.CharField(max_length=16)),
                        ('phash_mirror', models.CharField(max_length=16)),
                        ('reason', models.TextField()),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('decided_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('post', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='posts.post')),
                        ('school', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='accounts.school')),
                    ],
                    options={
                        'db_table': 'pupils_photorefusal',
                    },
                ),
        ]),
        migrations.RunPython(forwards, backwards),
    ]
