"""Print a new VAPID key pair for Web Push, as lines for the environment (deploy/env.example)."""

from django.core.management.base import BaseCommand

from schoolsocial.mail.push import make_keys


class Command(BaseCommand):
    help = "Make the VAPID key pair Web Push needs; set both in the environment."

    def handle(self, *args, **options):
        public, private = make_keys()
        self.stdout.write(f"VAPID_PUBLIC_KEY={public}\nVAPID_PRIVATE_KEY={private}\n"
                          "VAPID_SUBJECT=mailto:<the school's contact address>\n")
