"""Re-encrypt every secret at rest under the first key of ENCRYPTION_KEYS (accounts/crypto.py).

    ENCRYPTION_KEYS=new,old manage.py rotate_encryption_key   # then drop `old` from the list
    manage.py rotate_encryption_key --generate-key            # prints a fresh key to put first

An encrypted field is a model field whose name ends in `_encrypted`, so a new one is rotated
without changing this command. Values and keys are never printed or logged.
"""

from __future__ import annotations

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.db import models

from schoolsocial.accounts import crypto

SUFFIX = "_encrypted"


def encrypted_fields() -> list[tuple[type[models.Model], str]]:
    return [
        (model, field.name)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.TextField | models.CharField) and field.name.endswith(SUFFIX)
    ]


class Command(BaseCommand):
    help = "Re-encrypt every encrypted field with the first key in ENCRYPTION_KEYS."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--generate-key", action="store_true",
                            help="Print a new key to put first in ENCRYPTION_KEYS, change nothing.")

    def handle(self, *args, generate_key: bool = False, **options) -> None:
        if generate_key:
            self.stdout.write(crypto.generate_key())
            return
        rotated = unreadable = 0
        for model, field in encrypted_fields():
            rows = model._default_manager.exclude(**{field: ""}).values_list("pk", field)
            for pk, token in rows.iterator():
                try:
                    fresh = crypto.rotate(token)
                except crypto.InvalidToken:
                    unreadable += 1
                    self.stderr.write(f"{model._meta.label} {pk}: {field} cannot be opened with "
                                      "any key in ENCRYPTION_KEYS; left as it is.")
                    continue
                # Only if nobody changed it meanwhile (a school reconnecting X, say).
                rotated += model._default_manager.filter(pk=pk, **{field: token}).update(
                    **{field: fresh})
        self.stdout.write(f"Re-encrypted {rotated} value(s) under the first key.")
        if unreadable:
            raise CommandError(f"{unreadable} value(s) could not be decrypted: keep the key they "
                               "were encrypted with in ENCRYPTION_KEYS and run this again.")
