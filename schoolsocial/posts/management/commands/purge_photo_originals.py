from django.core.management.base import BaseCommand

from schoolsocial.posts.tasks import purge_originals


class Command(BaseCommand):
    help = ("Delete uploaded photo originals of published posts, and of rejected posts after "
            "PHOTO_ORIGINALS_DAYS days (the worker runs this every ten minutes).")

    def handle(self, *args, **options) -> None:
        count = purge_originals()
        self.stdout.write(f"Deleted {count} original{'s' if count != 1 else ''}.")
