from django.core.management import call_command
from django_q.models import Schedule


def test_the_worker_runs_the_purge_every_ten_minutes(db):
    schedule = Schedule.objects.get(func="schoolsocial.posts.tasks.purge_originals")
    assert (schedule.schedule_type, schedule.minutes, schedule.repeats) == ("I", 10, -1)


def test_the_command_says_how_many_it_deleted(db, capsys):
    call_command("purge_photo_originals")
    assert capsys.readouterr().out.strip() == "Deleted 0 originals."
