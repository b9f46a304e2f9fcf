"""Pupils and consents from a school information system's CSV export (SIMS, Arbor, Bromcom).

read_csv() decodes and splits the file and guesses which column is which; preview() reports
every row's problems; apply() writes everything in one transaction, or nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone

from schoolsocial.audit.log import record
from schoolsocial.pupils.actions import recheck_posts_showing
from schoolsocial.pupils.models import Consent, ConsentRecord, ImportJob, Pupil, Scope

FIELDS: dict[str, str] = {
    "first_name": "First name",
    "known_as": "Known-as name",
    "last_name": "Surname",
    "group": "Class or registration group",
    "year": "Year group",
    "external_id": "Pupil number (UPN or admission number)",
    "consent": "Photo consent",
    "consent_scope": "Consent scope",
    "valid_until": "Consent valid until",
}
REQUIRED = ("first_name", "last_name")
# What each system calls the column, lower-cased, spaces and punctuation folded.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("legal forename", "forename", "first name", "firstname", "given name",
                   "legal first name", "pupil forename"),
    "known_as": ("preferred forename", "preferred first name", "preferred name", "known as",
                 "chosen name", "nickname"),
    "last_name": ("surname", "legal surname", "last name", "lastname", "family name",
                  "preferred surname", "pupil surname"),
    "group": ("reg group", "registration group", "reg", "form", "form group", "class",
              "tutor group", "registration class", "base"),
    "year": ("year", "year group", "nc year", "national curriculum year", "curriculum year"),
    "external_id": ("upn", "unique pupil number", "admission number", "adno", "adm no",
                    "pupil id", "mis id", "student id"),
    "consent": ("photo consent", "photograph consent", "photography consent", "media consent",
                "consent", "photo permission", "image consent"),
    "consent_scope": ("consent scope", "photo consent scope", "photo scope", "scope"),
    "valid_until": ("consent expiry", "consent expires", "valid until", "consent valid until",
                    "consent end date"),
}
CONSENT_VALUES = {
    "granted": Consent.GRANTED, "yes": Consent.GRANTED, "y": Consent.GRANTED,
    "given": Consent.GRANTED, "true": Consent.GRANTED, "consent given": Consent.GRANTED,
    "refused": Consent.REFUSED, "no": Consent.REFUSED, "n": Consent.REFUSED,
    "false": Consent.REFUSED, "declined": Consent.REFUSED, "consent refused": Consent.REFUSED,
    "withdrawn": Consent.WITHDRAWN, "not returned": Consent.NOT_RETURNED,
    "none": Consent.NOT_RETURNED, "": Consent.NOT_RETURNED, "unknown": Consent.NOT_RETURNED,
}
SCOPE_VALUES = {
    "": Scope.ANY, "any": Scope.ANY, "any photo": Scope.ANY, "all": Scope.ANY,
    "group": Scope.GROUP, "group only": Scope.GROUP, "group photos only": Scope.GROUP,
    "no face": Scope.NO_FACE, "no_face": Scope.NO_FACE, "no faces": Scope.NO_FACE,
}
QUEUE_ABOVE_ROWS = 500  # larger files import on the queue, with a progress bar


class ImportError_(ValueError):
    """The file as a whole cannot be read; the message says why."""


@dataclass
class Row:
    line: int  # the line in the file, counting the header as line 1
    values: dict[str, str]
    problems: list[str] = field(default_factory=list)
    consent: str = Consent.NOT_RETURNED
    scope: str = Scope.ANY
    valid_until: date | None = None


def fold(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", header.lower()).strip()


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 with or without a BOM, or Windows-1252."""
    if not raw.strip():
        raise ImportError_("The file is empty.")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "UTF-8 with BOM"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as error:
        raise ImportError_(
            f"The file is not text we can read (byte {error.start + 1} is not UTF-8 or "
            "Windows-1252). Export it again as CSV."
        ) from None


def split(text: str) -> tuple[list[str], list[list[str]]]:
    if "\x00" in text:
        raise ImportError_("This is not a CSV file: it holds binary data. Export it as CSV.")
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ImportError_("The file is empty.")
    return [cell.strip() for cell in rows[0]], rows[1:]


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """field -> header, for every field whose name we recognise."""
    folded = {fold(h): h for h in headers}
    mapping = {}
    for name, synonyms in SYNONYMS.items():
        for synonym in synonyms:
            if synonym in folded and folded[synonym] not in mapping.values():
                mapping[name] = folded[synonym]
                break
    return mapping


def check_mapping(headers: list[str], mapping: dict[str, str]) -> list[str]:
    problems = [f"Choose the column that holds the {FIELDS[name].lower()}."
                for name in REQUIRED if not mapping.get(name)]
    for name, header in mapping.items():
        if name not in FIELDS:
            problems.append(f"There is no field called {name!r}.")
        elif header and header not in headers:
            problems.append(f"The file has no column called {header!r}.")
    return problems


def preview(text: str, mapping: dict[str, str]) -> list[Row]:
    return check_lines(*split(text), mapping)


def check_lines(headers: list[str], lines: list[list[str]], mapping: dict[str, str]) -> list[Row]:
    """preview() of a file already split()."""
    index = {name: headers.index(header) for name, header in mapping.items()
             if header in headers}
    rows, seen = [], {}
    for number, cells in enumerate(lines, start=2):
        values = {name: (cells[i].strip() if i < len(cells) else "") for name, i in index.items()}
        row = Row(number, values)
        _check_row(row)
        key = values.get("external_id") or "|".join(
            values.get(k, "").casefold() for k in ("first_name", "last_name", "group"))
        if key in seen:
            row.problems.append(f"Same pupil as line {seen[key]}.")
        else:
            seen[key] = number
        rows.append(row)
    return rows


def _check_row(row: Row) -> None:
    values = row.values
    for name in REQUIRED:
        if not values.get(name):
            row.problems.append(f"No {FIELDS[name].lower()}.")
    consent = values.get("consent", "")
    if fold(consent) in CONSENT_VALUES:
        row.consent = CONSENT_VALUES[fold(consent)]
    else:
        row.problems.append(f"Photo consent {consent!r} is not one we know "
                            "(use granted, refused, withdrawn or not returned).")
    scope = values.get("consent_scope", "")
    if fold(scope) in SCOPE_VALUES:
        row.scope = SCOPE_VALUES[fold(scope)]
    else:
        row.problems.append(f"Consent scope {scope!r} is not one we know "
                            "(use any, group or no face).")
    if values.get("valid_until"):
        row.valid_until = _date(values["valid_until"])
        if row.valid_until is None:
            row.problems.append(f"{values['valid_until']!r} is not a date (use 31/08/2027).")


def _date(value: str) -> date | None:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


@transaction.atomic
def apply(job: ImportJob, *, skip_bad_rows: bool, rows: list[Row] | None = None) -> dict:
    """Write the whole file, or nothing. Returns what changed. `rows`: its preview(), if the
    caller has it already."""
    rows = preview(job.text, job.mapping) if rows is None else rows
    bad = [row for row in rows if row.problems]
    if bad and not skip_bad_rows:
        raise ImportError_(f"{len(bad)} rows have problems: fix the file, or choose to skip them.")
    good = [row for row in rows if not row.problems]
    school, actor = job.school, job.created_by
    existing = {p.pk: p for p in Pupil.objects.filter(school=school).with_consent()}
    by_id = {p.external_id: p for p in existing.values() if p.external_id}
    by_name = {(p.first_name.casefold(), p.last_name.casefold()): p for p in existing.values()}
    now = timezone.now()
    created, updated, consents, seen = [], [], [], set()
    for n, row in enumerate(good, start=1):
        v = row.values
        pupil = by_id.get(v.get("external_id", "")) or by_name.get(
            (v["first_name"].casefold(), v["last_name"].casefold()))
        known_as = [v["known_as"]] if v.get("known_as") and v["known_as"] != v["first_name"] else []
        fields = {"first_name": v["first_name"], "last_name": v["last_name"],
                  "known_as": known_as, "group": v.get("group", ""), "year": v.get("year", ""),
                  "external_id": v.get("external_id", ""), "left_at": None}
        if pupil is None:
            pupil = Pupil(school=school, **fields)
            created.append(pupil)
            previous = None
        else:
            seen.add(pupil.pk)
            previous = (pupil.consent, getattr(pupil, "consent_scope", None),
                        getattr(pupil, "consent_valid_until", None))
            if any(getattr(pupil, k) != val for k, val in fields.items()):
                for key, value in fields.items():
                    setattr(pupil, key, value)
                updated.append(pupil)
        if previous != (row.consent, row.scope, row.valid_until):
            consents.append((pupil, row))
        if n % 200 == 0:
            ImportJob.objects.filter(pk=job.pk).update(done=n)
    Pupil.objects.bulk_create(created)
    for pupil in updated:
        pupil.updated_at = now
    Pupil.objects.bulk_update(updated, ["first_name", "last_name", "known_as", "group", "year",
                                        "external_id", "left_at", "updated_at"])
    ConsentRecord.objects.bulk_create(
        ConsentRecord(pupil=pupil, status=row.consent, scope=row.scope,
                      valid_until=row.valid_until, source="import", recorded_by=actor,
                      evidence=f"Imported from {job.filename}, line {row.line}")
        for pupil, row in consents
    )
    changed_consent = [pupil.pk for pupil, _ in consents]
    left = []
    if job.full:
        left = [p for pk, p in existing.items() if pk not in seen and p.left_at is None]
        Pupil.objects.filter(pk__in=[p.pk for p in left]).update(left_at=now, updated_at=now)
        ConsentRecord.objects.bulk_create(
            ConsentRecord(pupil=p, status=Consent.NOT_RETURNED, source="left", recorded_by=actor,
                          evidence=f"Not in the full import {job.filename}: marked as left")
            for p in left
        )
    recheck_posts_showing(changed_consent + [p.pk for p in left], actor,
                          f"photo consent changed in the import of {job.filename}")
    summary = {"created": len(created), "updated": len(updated), "consents": len(consents),
               "left": len(left), "skipped": len(bad)}
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.DONE, done=len(good), summary=summary)
    record(school, actor, "pupils.imported",
           f"Imported {job.filename}: {summary['created']} new, {summary['updated']} changed, "
           f"{summary['consents']} consent changes, {summary['left']} left, "
           f"{summary['skipped']} rows skipped", job, **summary)
    return summary


def run_job(job_id: int, skip_bad_rows: bool) -> None:
    """The queue's entry point for a large file."""
    job = ImportJob.objects.select_related("school", "created_by").get(pk=job_id)
    if ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).update(
            status=ImportJob.Status.RUNNING) != 1:
        return  # already taken: the queue delivers at least once
    try:
        apply(job, skip_bad_rows=skip_bad_rows)
    except ImportError_ as error:
        ImportJob.objects.filter(pk=job_id).update(status=ImportJob.Status.FAILED,
                                                   error=str(error))
