"""Run the fake X API server: `python manage.py fake_x --port 8765`.

Point the product at it with X_API_BASE_URL=http://127.0.0.1:8765 and PUBLISHER=x; its controls
are under /_fake/ (see schoolsocial.publishing.fake_x.FakeX.control).
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from schoolsocial.publishing.fake_x import FakeX


class Command(BaseCommand):
    help = "Run a fake X API server on 127.0.0.1 for development, tests and benchmarks."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument("--latency", type=float, default=0.0,
                            help="Seconds to wait before every API answer.")

    def handle(self, *args: object, port: int, latency: float, **options: object) -> None:
        fake = FakeX(port=port).start()
        fake.latency = latency
        account = fake.default_account
        self.stdout.write(
            f"Fake X on {fake.url}\n"
            f"  consumer key {fake.consumer_key} / secret {fake.consumer_secret}\n"
            f"  @{account.username} (id {account.user_id}) access token {account.access_token}"
            f" / secret {account.access_token_secret}\n"
        )
        try:
            fake.wait()
        except KeyboardInterrupt:
            pass
        finally:
            fake.stop()
