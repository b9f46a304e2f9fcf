"""Photo and PhotoRefusal move to posts/ (issue 13): removed from pupils' state, no table touched."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('pupils', '0005_photo_adults_only'),
        # After every migration that reads pupils.Photo (posts 0003 rehashes with its photos).
        ('posts', '0004_approval_policy_at_submission'),
    ]

    # State only: the tables stay as they are (posts 0005 takes them over under their names).
    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
                migrations.RemoveField(
                    model_name='photorefusal',
                    name='decided_by',
                ),
                migrations.RemoveField(
                    model_name='photorefusal',
                    name='post',
                ),
                migrations.RemoveField(
                    model_name='photorefusal',
                    name='school',
                ),
                migrations.DeleteModel(
                    name='Photo',
                ),
                migrations.DeleteModel(
                    name='PhotoRefusal',
                ),
        ]),
    ]
