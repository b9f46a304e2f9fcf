"""manage.py policy_check --preset NAME [--roster FILE] [--input FILE|-]: check drafts given as
JSON (one object, or one per line) and print one JSON report per draft."""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from policies.batch import Batch, InputError, _Field, read_objects, roster_from
from policies.lexicon import DataFileError
from policies.loading import load_policy
from policies.policy import PolicyError


def _fail(message: str) -> CommandError:
    return CommandError(message, returncode=2)


def _read(path: str, what: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise _fail(f"{what} {path}: cannot read it ({error})") from None


def _overrides(settings: list[str]) -> dict:
    overrides: dict[str, dict] = {}
    for setting in settings:
        name, equals, raw = setting.partition("=")
        rule, dot, param = name.partition(".")
        if not (equals and dot and rule and param):
            raise _fail(f"--set {setting}: write it as RULE.PARAMETER=VALUE")
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        overrides.setdefault(rule, {})[param] = value
    return overrides


class Command(BaseCommand):
    help = (
        "Check drafts against a policy preset. Input: one JSON object or JSON Lines, each with "
        "text, when, exception, exception_reason, category, reply_to, roster and photos. Output: "
        "one JSON line per draft with its verdict and findings. Exit 0 when every draft was "
        "checked, 2 when the input is malformed."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--preset", required=True, help="droxford, highfield, carlton, ...")
        parser.add_argument("--roster", help="a JSON file holding the roster for every draft")
        parser.add_argument("--input", default="-", help="a file of drafts, or - for stdin")
        parser.add_argument(
            "--set",
            action="append",
            default=[],
            metavar="RULE.PARAM=VALUE",
            help="adjust a rule parameter, e.g. --set length.limit=200",
        )
        parser.add_argument("--timezone", default="Europe/London", help="the school's timezone")

    def handle(self, *args, **options) -> None:
        try:
            policy = load_policy(options["preset"], _overrides(options["set"]))
        except PolicyError as error:
            raise _fail(f"policy: {error}") from None
        except DataFileError as error:
            raise _fail(str(error)) from None
        try:
            roster = None
            if options["roster"]:
                data = read_objects(_read(options["roster"], "--roster"))[0][1]
                roster = roster_from(data, _Field(f"--roster {options['roster']}"))
            batch = Batch(policy, roster, options["timezone"])
            gc.freeze()  # the roster and word lists live to the end: keep the collector off them
            objects = read_objects(_read(options["input"], "--input"))
            for line in batch.run(objects):
                self.stdout.write(line)
        except (InputError, ValueError) as error:
            where = "" if isinstance(error, InputError) else "input: "
            raise _fail(f"{where}{error}") from None
