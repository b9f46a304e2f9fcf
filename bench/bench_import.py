"""Importing a 2,000-pupil SIS export: decode, preview every row, apply in one transaction.

Target (issue 4): under 5 s. Run: .venv/bin/python bench/bench_import.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DB = Path(tempfile.mkdtemp()) / "import.sqlite3"
import bootstrap  # noqa: E402

bootstrap.django_on(DB)

from django.core.management import call_command  # noqa: E402

from schoolsocial.accounts.models import Membership, Role, School, User  # noqa: E402
from schoolsocial.pupils import importer  # noqa: E402
from schoolsocial.pupils.models import ConsentRecord, ImportJob, Pupil  # noqa: E402

PUPILS = 2000


def sims_csv(seed: int, changed: int = 0) -> bytes:
    import names  # US census name lists, shipped with the package; it draws from `random`

    random.seed(seed)
    rng = random.Random(seed)
    lines = ["Legal Forename,Preferred Forename,Surname,Reg Group,Year,UPN,Photo Consent"]
    consents = ["Yes"] * 8 + ["No", ""]
    for n in range(PUPILS):
        consent = rng.choice(consents)  # drawn for every row, so both files share the rest
        if n < changed:
            consent = "Withdrawn" if consent == "Yes" else "Yes"
        lines.append(f"{names.get_first_name()},,{names.get_last_name()},{n % 14 + 1}A,"
                     f"Year {n % 7 + 1},U{n:06d},{consent}")
    return ("\n".join(lines) + "\n").encode("cp1252", errors="replace")


def run(school, user, raw: bytes, label: str) -> float:
    began = time.perf_counter()
    text, encoding = importer.decode(raw)
    headers, _ = importer.split(text)
    job = ImportJob.objects.create(school=school, created_by=user, filename="sims.csv",
                                   text=text, encoding=encoding,
                                   mapping=importer.guess_mapping(headers), full=True)
    rows = importer.preview(job.text, job.mapping)
    summary = importer.apply(job, skip_bad_rows=False, widen=True)  # as if ticked
    seconds = time.perf_counter() - began
    verdict = "ok" if seconds < 5 else "OVER TARGET"
    print(f"{label:34} {len(rows)} rows in {seconds:.2f} s   {summary}   {verdict}")
    return seconds


def main() -> int:
    call_command("migrate", verbosity=0)
    school = School.objects.create(name="Bench Primary", policy_preset="droxford")
    user = User.objects.create_user("head", password="bench-pass")
    Membership.objects.create(user=user, school=school, role=Role.HEADTEACHER)
    first = run(school, user, sims_csv(5), "first import (2,000 new pupils)")
    again = run(school, user, sims_csv(5, changed=300), "re-import, 300 consents changed")
    assert Pupil.objects.count() == PUPILS  # noqa: S101
    assert ConsentRecord.objects.count() >= PUPILS  # noqa: S101
    return 0 if max(first, again) < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
