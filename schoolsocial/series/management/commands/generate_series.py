"""Make the posts of every running series' occurrences in the next 14 days (also hourly on the
worker): `python manage.py generate_series`."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from schoolsocial.series.tasks import generate_all


class Command(BaseCommand):
    help = "Make posts for the coming occurrences of every running series."

    def handle(self, *args: object, **options: object) -> None:
        self.stdout.write(f"{generate_all()} post(s) made.")
