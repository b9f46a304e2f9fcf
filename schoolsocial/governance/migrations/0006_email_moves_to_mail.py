"""Email moves to mail/ (issue 13): removed from governance's state only; mail 0001 took over
the table under its name."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('governance', '0005_concern_about_mention'),
        ('mail', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
            migrations.DeleteModel(name='Email'),
        ]),
    ]
