"""Pupils and consents from a school information system's CSV export (SIMS, Arbor, Bromcom).

decode() and split() read the file and guess_mapping() guesses which column is which;
check_lines() reports every row's own problems; match() finds which roster pupil each row is
(a UPN decides; without one, only a unique name in the same class) and what consent would change;
apply() writes everything in one transaction, or nothing.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.posts.consent import recheck_posts_showing
from schoolsocial.pupils.models import (
    Channel,
    Consent,
    ConsentRecord,
    ImportJob,
    Pupil,
    Scope,
)
from schoolsocial.worker import enqueue

FIELDS: dict[str, str] = {
    "first_name": "First name",
    "known_as": "Known-as name",
    "last_name": "Surname",
    "group": "Class or registration group",
    "year": "Year group",
    "external_id": "Pupil number (UPN or admission number)",
    "consent": "Photo consent",
    "consent_scope": "Consent scope",
    "consent_channel": "Consent for (website, social media or both)",
    "website_consent": "Photo consent for the school website",
    "social_consent": "Photo consent for social media",
    "valid_until": "Consent valid until",
}
# An export that asks about the website and social media in two columns: each is a channel's own
# answer, in place of the one photo consent column and its "consent for".
SPLIT = {"website_consent": Channel.WEBSITE, "social_consent": Channel.SOCIAL}
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
    "consent_channel": ("consent channel", "consent for", "photo consent for", "consent type",
                        "media type", "channel"),
    "website_consent": ("website consent", "website photo consent", "photo consent website",
                        "consent website", "school website consent", "website photos",
                        "consent for website", "photo consent for website"),
    "social_consent": ("social media consent", "social media photo consent",
                       "photo consent social media", "consent social media", "social media photos",
                       "consent for social media", "photo consent for social media",
                       "twitter consent"),
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
# MIS consent forms ask about the school website and social media separately; one answer for
# both (or no column) is a consent for every channel.
CHANNEL_VALUES = {
    "": Channel.ALL, "all": Channel.ALL, "both": Channel.ALL, "any": Channel.ALL,
    "website and social media": Channel.ALL, "social media and website": Channel.ALL,
    "social": Channel.SOCIAL, "social media": Channel.SOCIAL, "twitter": Channel.SOCIAL,
    "x": Channel.SOCIAL, "website": Channel.WEBSITE, "school website": Channel.WEBSITE,
    "web": Channel.WEBSITE, "website only": Channel.WEBSITE,
}
QUEUE_ABOVE_ROWS = 500  # larger files import on the queue, with a progress bar
MAX_FILE_BYTES = 5 * 1024 * 1024  # a whole-school export is a few hundred kB
MAX_CELL = 131072  # the csv module's own limit on a cell
# Each field's longest value: the model's column, so a long value is a row problem, not a 500.
MAX_LENGTH = {"first_name": 100, "known_as": 100, "last_name": 100, "group": 100, "year": 40,
              "external_id": 64, "consent": 40, "consent_scope": 40, "consent_channel": 40,
              "website_consent": 40, "social_consent": 40, "valid_until": 40}
SCOPE_RANK = {Scope.NO_FACE: 0, Scope.GROUP: 1, Scope.ANY: 2}
log = logging.getLogger(__name__)


class ImportProblem(ValueError):
    """The file as a whole cannot be read; the message says why."""


@dataclass
class Answer:
    """A row's consent for one channel (every channel, when the file asks once)."""

    channel: str = Channel.ALL
    consent: str = Consent.NOT_RETURNED
    scope: str = Scope.ANY
    valid_until: date | None = None
    before: tuple[str, str, date | None] | None = None  # the consent now, if this changes it
    widens: bool = False  # the change allows more photos than before: applied only when ticked

    @property
    def after(self) -> tuple[str, str, date | None]:
        return (self.consent, self.scope, self.valid_until)

    def text(self, consent: tuple[str, str, date | None]) -> str:
        words = consent_text(*consent)
        return words if self.channel == Channel.ALL else f"{CHANNEL_WORDS[self.channel]}: {words}"


CHANNEL_WORDS = {Channel.WEBSITE: "Website", Channel.SOCIAL: "Social media"}


@dataclass
class Row:
    line: int  # the line in the file, counting the header as line 1
    values: dict[str, str]
    problems: list[str] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=lambda: [Answer()])
    pupil: Pupil | None = None  # the roster pupil this row is, from match(); None: a new child
    named: list[Pupil] = field(default_factory=list)  # roster pupils this row may be

    @property
    def name(self) -> str:
        return f"{self.values.get('first_name', '')} {self.values.get('last_name', '')}".strip()

    @property
    def changes(self) -> list[Answer]:
        """The answers that change the consent of the roster pupil this row is."""
        return [answer for answer in self.answers if answer.before is not None]

    @property
    def widens(self) -> bool:
        return any(answer.widens for answer in self.answers)

    @property
    def before_text(self) -> str:
        return "; ".join(answer.text(answer.before) for answer in self.changes)

    @property
    def after_text(self) -> str:
        shown = self.changes or self.answers
        return "; ".join(answer.text(answer.after) for answer in shown)


def consent_text(status: str, scope: str, valid_until: date | None) -> str:
    text = Consent(status).label
    if status == Consent.GRANTED:
        text += f" ({Scope(scope).label.lower()})"
    if valid_until:
        text += f" until {valid_until:%d/%m/%Y}"
    return text


def describe(pupil: Pupil) -> str:
    """A roster pupil as a row problem names them: name, class and pupil number."""
    where = f"in {pupil.group}" if pupil.group else "with no class"
    number = f", pupil number {pupil.external_id}" if pupil.external_id else ", no pupil number"
    left = ", left" if pupil.left_at else ""
    return f"{pupil} ({where}{number}{left})"


def fold(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", header.lower()).strip()


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 with or without a BOM, or Windows-1252."""
    if not raw.strip():
        raise ImportProblem("The file is empty.")
    if len(raw) > MAX_FILE_BYTES:
        raise ImportProblem(f"The file is {len(raw) // 1024 // 1024} MB; the most we read is "
                           f"{MAX_FILE_BYTES // 1024 // 1024} MB. Export only the pupils' "
                           "names, classes, numbers and consent.")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "UTF-8 with BOM"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as error:
        raise ImportProblem(
            f"The file is not text we can read (byte {error.start + 1} is not UTF-8 or "
            "Windows-1252). Export it again as CSV."
        ) from None


def split(text: str) -> tuple[list[str], list[list[str]]]:
    if "\x00" in text:
        raise ImportProblem("This is not a CSV file: it holds binary data. Export it as CSV.")
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # newline="": lines may end in CR alone (Excel for Mac), LF or CRLF.
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        rows = list(reader)
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise ImportProblem(f"Line {reader.line_num}: a cell is longer than {MAX_CELL:,} "
                               "characters, which is not a pupil's details. Check that the "
                               "file is the pupil list, with its quotes closed.") from None
        raise ImportProblem(f"Line {reader.line_num} cannot be read as CSV ({error}). "
                           "Export the file again as CSV.") from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ImportProblem("The file is empty.")
    if len(rows) == 1:
        raise ImportProblem("The file has only its header line: there are no pupils in it.")
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
    one = [name for name in ("consent", "consent_channel") if mapping.get(name)]
    if one and any(mapping.get(name) for name in SPLIT):
        problems.append(
            f"Choose either the {' and '.join(FIELDS[n].lower() for n in one)} column or the "
            "separate website and social media consent columns, not both: each row's consent "
            "would be said twice.")
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
    for name, value in values.items():
        if len(value) > MAX_LENGTH[name]:
            row.problems.append(f"The {FIELDS[name].lower()} is {len(value)} characters long; "
                                f"the most we keep is {MAX_LENGTH[name]}.")
            values[name] = value[:MAX_LENGTH[name]] + "…"  # the preview shows the start
    # A mark with no letters in it (a tick, a dash) is not "not returned": say we cannot read it.
    unknown = ("{label} {{!r}} is not one we know (use granted, refused, withdrawn or not "
               "returned).")
    split_columns = [name for name in SPLIT if name in values]
    if split_columns:
        row.answers = [Answer(SPLIT[name], _known(row, values[name], CONSENT_VALUES,
                                                  Consent.NOT_RETURNED,
                                                  unknown.format(label=FIELDS[name])))
                       for name in split_columns]
    else:
        channel = _known(row, values.get("consent_channel", ""), CHANNEL_VALUES, Channel.ALL,
                         "Consent for {!r} is not one we know (use website, social media or "
                         "both).")
        row.answers = [Answer(channel, _known(row, values.get("consent", ""), CONSENT_VALUES,
                                              Consent.NOT_RETURNED,
                                              unknown.format(label="Photo consent")))]
    scope = _known(row, values.get("consent_scope", ""), SCOPE_VALUES, Scope.ANY,
                   "Consent scope {!r} is not one we know (use any, group or no face).")
    valid_until = None
    if values.get("valid_until"):
        valid_until = _date(values["valid_until"])
        if valid_until is None:
            row.problems.append(f"{values['valid_until']!r} is not a date (use 31/08/2027).")
    for answer in row.answers:
        answer.scope, answer.valid_until = scope, valid_until


def _known(row: Row, value: str, known: dict[str, str], default: str, problem: str) -> str:
    """The value `known` reads `value` as; otherwise a row problem and `default`. Empty is
    known (its default), a cell of marks without letters is not."""
    if fold(value) in known and (fold(value) or not value.strip()):
        return known[fold(value)]
    row.problems.append(problem.format(value))
    return default


def _date(value: str) -> date | None:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def match(school, rows: list[Row]) -> dict[int, Pupil]:
    """Find the roster pupil each row is, and say what its consent would become. A UPN decides,
    and a different UPN is a different child; a row is matched by name only when the name is on
    the roster once, in the same class, otherwise it is a problem naming every pupil it could be.
    Returns the roster (every pupil, by id)."""
    roster = {p.pk: p for p in Pupil.objects.filter(school=school).with_consent()}
    # The consent each pupil has for the website alone, read once if a row is about it.
    website = {}
    if any(answer.channel == Channel.WEBSITE for row in rows for answer in row.answers):
        website = {p.pk: p for p in Pupil.objects.filter(school=school).with_consent(
            (Channel.ALL, Channel.WEBSITE))}
    by_number: dict[str, list[Pupil]] = defaultdict(list)
    by_name: dict[tuple[str, str], list[Pupil]] = defaultdict(list)
    for pupil in roster.values():
        if pupil.external_id:
            by_number[pupil.external_id.casefold()].append(pupil)
        by_name[(pupil.first_name.casefold(), pupil.last_name.casefold())].append(pupil)
    claimed: dict[int, int] = {}
    for row in rows:
        _match_row(row, by_number, by_name)
        if row.pupil is None:
            continue
        if row.pupil.pk in claimed:
            row.problems.append(f"Same pupil as line {claimed[row.pupil.pk]}: "
                                f"{describe(row.pupil)}.")
            continue
        claimed[row.pupil.pk] = row.line
        for answer in row.answers:
            before = current_consent(
                website[row.pupil.pk] if answer.channel == Channel.WEBSITE else row.pupil)
            if before != answer.after:
                answer.before = before
                answer.widens = widens(before, answer.after)
    return roster


def _match_row(row: Row, by_number: dict, by_name: dict) -> None:
    values = row.values
    number = values.get("external_id", "")
    name = (values.get("first_name", "").casefold(), values.get("last_name", "").casefold())
    if number:
        same = by_number.get(number.casefold(), [])
        if len(same) > 1:
            row.named = same
            row.problems.append(f"Pupil number {number} is on the roster for more than one "
                                f"pupil: {', '.join(describe(p) for p in same)}. Correct the "
                                "register first.")
            return
        if same:
            row.named, row.pupil = same, same[0]
            return
        # A pupil recorded without a number may be this child; one with a number is not.
        candidates = [p for p in by_name.get(name, []) if not p.external_id]
    else:
        candidates = by_name.get(name, [])
    if not candidates:
        return  # a new child
    row.named = candidates
    group = values.get("group", "")
    if len(candidates) == 1 and candidates[0].group.casefold() == group.casefold():
        row.pupil = candidates[0]
        return
    here = f"{row.name} ({f'in {group}' if group else 'with no class'} in this file)"
    if len(candidates) == 1:
        row.problems.append(
            f"{here} has the name of {describe(candidates[0])} but not the class, so we cannot "
            "tell whether they are the same child. Add the pupil number (UPN) column, or "
            "correct the class.")
    else:
        row.problems.append(
            f"{here} has the name of {len(candidates)} pupils: "
            f"{', '.join(describe(p) for p in candidates)}. Add the pupil number (UPN) column "
            "to say which child this is.")


def current_consent(pupil: Pupil) -> tuple[str, str, date | None]:
    """The pupil's consent on record, from with_consent()'s annotation (for social media, or
    for the website when match() annotated it so)."""
    return (pupil.consent, getattr(pupil, "consent_scope", None) or Scope.ANY,
            getattr(pupil, "consent_valid_until", None))


def widens(before: tuple, after: tuple) -> bool:
    """Whether consent `after` allows photos that `before` did not."""
    if after[0] != Consent.GRANTED:
        return False
    return before[0] != Consent.GRANTED or SCOPE_RANK[after[1]] > SCOPE_RANK[before[1]]


@transaction.atomic
def apply(job: ImportJob, *, skip_bad_rows: bool, widen: bool = False,
          rows: list[Row] | None = None) -> dict:
    """Write the whole file, or nothing. Returns what changed. `rows`: its preview() and
    match(), if the caller has them already. `widen`: the user ticked to apply the consent
    changes that allow more photos than before."""
    school, actor = job.school, job.created_by
    if rows is None:
        rows = preview(job.text, job.mapping)
        roster = match(school, rows)
    else:
        roster = {p.pk: p for p in Pupil.objects.filter(school=school)}
    bad = [row for row in rows if row.problems]
    if bad and not skip_bad_rows:
        raise ImportProblem(
            f"{rows_with_problems(len(bad))}: fix the file, or choose to skip them.")
    good = [row for row in rows if not row.problems]
    widening = [row for row in good if row.widens]
    if widening and not widen:
        raise ImportProblem(
            f"{widening_changes(len(widening))} more photos than before (for example "
            f"{widening[0].name}: {widening[0].before_text} to {widening[0].after_text}). "
            "Check them and tick to apply them.")
    now = timezone.now()
    mapped = set(job.mapping) & {"known_as", "group", "year", "external_id"}
    created, updated, consents = [], [], []
    for first in range(0, len(good), PROGRESS_ROWS):
        batch = _write_rows(job, good[first:first + PROGRESS_ROWS], school, actor, mapped, now)
        for everything, some in zip((created, updated, consents), batch, strict=True):
            everything.extend(some)
        report_progress(job.pk, min(first + PROGRESS_ROWS, len(good)))
    changed_consent = list({pupil.pk for pupil, _, _ in consents})
    left = []
    if job.full:
        # A pupil a skipped row may be is not marked as left: the row named them.
        seen = {p.pk for row in rows for p in row.named} | {p.pk for p in updated}
        left = [p for pk, p in roster.items() if pk not in seen and p.left_at is None]
        Pupil.objects.filter(pk__in=[p.pk for p in left]).update(left_at=now, updated_at=now)
        ConsentRecord.objects.bulk_create(
            ConsentRecord(pupil=p, status=Consent.NOT_RETURNED, source="left", recorded_by=actor,
                          evidence=f"Not in the full import {job.filename}: marked as left")
            for p in left
        )
    recheck_posts_showing(changed_consent + [p.pk for p in left], actor,
                          f"photo consent changed in the import of {job.filename}")
    summary = {"created": len(created), "updated": len(updated), "consents": len(consents),
               "left": len(left), "skipped": len(bad), "widened": len(widening)}
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.DONE, done=len(good), summary=summary, error="")
    record(school, actor, Event.PUPILS_IMPORTED,
           f"Imported {job.filename}: {summary['created']} new, {summary['updated']} changed, "
           f"{summary['consents']} consent changes ({summary['widened']} allowing more photos, "
           f"confirmed), {summary['left']} left, {summary['skipped']} rows skipped", job,
           **summary)
    return summary


def _write_rows(job: ImportJob, rows: list[Row], school, actor, mapped: set[str], now):
    """Write one batch of good rows: (pupils created, pupils updated, (pupil, row, answer)
    consents)."""
    created, updated, consents = [], [], []
    for row in rows:
        v = row.values
        fields = {"first_name": v["first_name"], "last_name": v["last_name"], "left_at": None}
        if "known_as" in mapped:
            fields["known_as"] = ([v["known_as"]] if v["known_as"]
                                  and v["known_as"] != v["first_name"] else [])
        fields.update({k: v[k] for k in ("group", "year") if k in mapped})
        if v.get("external_id"):  # a file without the number keeps the one on record
            fields["external_id"] = v["external_id"]
        pupil = row.pupil
        if pupil is None:
            pupil = Pupil(school=school, **fields)
            created.append(pupil)
            consents.extend((pupil, row, answer) for answer in row.answers
                            if answer.after != (Consent.NOT_RETURNED, Scope.ANY, None))
        else:
            if any(getattr(pupil, k) != val for k, val in fields.items()):
                for key, value in fields.items():
                    setattr(pupil, key, value)
                updated.append(pupil)
            consents.extend((pupil, row, answer) for answer in row.changes)
    Pupil.objects.bulk_create(created)
    for pupil in updated:
        pupil.updated_at = now
    Pupil.objects.bulk_update(updated, ["first_name", "last_name", "known_as", "group", "year",
                                        "external_id", "left_at", "updated_at"])
    ConsentRecord.objects.bulk_create(
        ConsentRecord(pupil=pupil, status=answer.consent, scope=answer.scope,
                      channel=answer.channel, valid_until=answer.valid_until, source="import",
                      recorded_by=actor, evidence=f"Imported from {job.filename}, line {row.line}")
        for pupil, row, answer in consents
    )
    return created, updated, consents


# Progress. The import writes all or nothing, in one transaction, so a count written to the job
# inside it would be seen by the page only at the end. The count goes to the cache instead
# (Redis, shared by the worker and the web server, in production), outside that transaction.
PROGRESS_ROWS = 200


def _progress_key(job_id: int) -> str:
    return f"pupil-import-progress:{job_id}"


def report_progress(job_id: int, done: int) -> None:
    cache.set(_progress_key(job_id), done, timeout=24 * 3600)


def progress(job: ImportJob) -> int:
    """How many rows of `job` are written: the running import's count, else the job's."""
    if job.status == ImportJob.Status.RUNNING:
        return cache.get(_progress_key(job.pk), job.done)
    return job.done


def start(job: ImportJob, rows: list[Row], *, skip_bad_rows: bool, widen: bool) -> dict | None:
    """Import the previewed file: inline when it is small (the summary), on the queue with a
    progress page when it has more than QUEUE_ABOVE_ROWS rows (None)."""
    total = len([row for row in rows if not row.problems])
    if len(rows) > QUEUE_ABOVE_ROWS:
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.QUEUED, total=total, skip_bad_rows=skip_bad_rows,
            widen=widen)
        enqueue("schoolsocial.pupils.importer.run_job", job.pk)
        return None
    job.total, job.skip_bad_rows, job.widen = total, skip_bad_rows, widen
    job.save(update_fields=("total", "skip_bad_rows", "widen"))
    return apply(job, skip_bad_rows=skip_bad_rows, widen=widen, rows=rows)


def run_job(job_id: int) -> None:
    """The queue's entry point for a large file. A failure is kept on the job, with why, so its
    progress page says so and offers to try again; the import writes all or nothing."""
    job = ImportJob.objects.select_related("school", "created_by").get(pk=job_id)
    if ImportJob.objects.filter(pk=job_id, status=ImportJob.Status.QUEUED).update(
            status=ImportJob.Status.RUNNING) != 1:
        return  # already taken: the queue delivers at least once
    report_progress(job_id, 0)  # not the count of an earlier, failed run
    try:
        apply(job, skip_bad_rows=job.skip_bad_rows, widen=job.widen)
    except ImportProblem as error:
        _fail(job_id, f"{error} Nothing was imported.")
    except Exception as error:  # noqa: BLE001 - any failure must reach the page, not only the log
        log.exception("Import %s failed", job_id)
        _fail(job_id, f"The import stopped with an error ({type(error).__name__}: "
                      f"{str(error)[:300]}). Nothing was imported: the import writes every row "
                      "or none. Try again; if it fails again, check the file.")


def _fail(job_id: int, error: str) -> None:
    ImportJob.objects.filter(pk=job_id).update(status=ImportJob.Status.FAILED, error=error)


def do_retry(job: ImportJob) -> bool:
    """Queue a failed import again. False if it is not failed (another click got there)."""
    return ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.FAILED).update(
        status=ImportJob.Status.QUEUED, error="", done=0) == 1


def counted(n: int, word: str) -> str:
    """1 new pupil, 2 new pupils."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def widening_changes(n: int) -> str:
    """1 consent change allows, 3 consent changes allow."""
    return f"{counted(n, 'consent change')} {'allows' if n == 1 else 'allow'}"


def rows_with_problems(n: int) -> str:
    """1 row has problems, 3 rows have problems."""
    return f"{counted(n, 'row')} {'has' if n == 1 else 'have'} problems"
