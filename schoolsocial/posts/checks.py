"""The ORM side of the rules engine: build a draft's facts, run the engine, keep the report."""

from __future__ import annotations

import dataclasses

from django.db import connection
from django.urls import reverse
from django.utils import timezone

import policies
from photos.pipeline import looks_like
from policies.report import BLOCK, Finding
from schoolsocial.accounts.models import Membership, School, User
from schoolsocial.posts.models import Photo, PhotoRefusal
from schoolsocial.posts.networks import network_findings
from schoolsocial.pupils.models import Pupil, RosterVersion

# school id -> (roster version, Roster). The matcher is built once per roster version, not per
# draft: the live check on the compose page runs on every pause in typing. The version is the
# one the database's triggers write with every pupil or consent record (pupils/triggers.py), so
# any pupil or consent written by any code rebuilds it.
_ROSTERS: dict[int, tuple[int | None, policies.Roster]] = {}


def roster_for(school: School) -> policies.Roster:
    version = _roster_version(school.pk)  # read before the pupils: never newer than they are
    cached = _ROSTERS.get(school.pk)
    if cached and cached[0] == version:
        return cached[1]
    current = Pupil.objects.filter(school=school).current()
    roster = policies.Roster(
        (pupil.roster_entry() for pupil in current.with_consent().only(*Pupil.ROSTER_FIELDS)),
        class_names=set(current.exclude(group="").values_list("group", flat=True)),
    )
    _ROSTERS[school.pk] = (version, roster)
    return roster


_VERSION_SQL = f"SELECT version FROM {RosterVersion._meta.db_table} WHERE school_id = %s"  # noqa: S608


def _roster_version(school_id: int) -> int | None:
    """The school's roster version (None: no pupil or consent written since the triggers were
    made): one primary-key read in plain SQL, as the live check asks for it on every pause in
    typing, where the aggregates over the pupils and consents it replaced cost more."""
    with connection.cursor() as cursor:
        cursor.execute(_VERSION_SQL, [school_id])
        row = cursor.fetchone()
    return row[0] if row else None


# Each member's names by primary key, not a join: PostgreSQL joins by hashing the whole user
# table (every school's staff: 0.5 ms for 6,000 users, growing with each school added) where
# thirty index look-ups take 0.1 ms.
_USERS = User._meta.db_table
_STAFF_SQL = (
    f"SELECT (SELECT u.first_name FROM {_USERS} u WHERE u.id = m.user_id), "  # noqa: S608
    f"(SELECT u.last_name FROM {_USERS} u WHERE u.id = m.user_id) "
    f"FROM {Membership._meta.db_table} m WHERE m.school_id = %s"
)


def staff_names(school: School) -> tuple[str, ...]:
    """The school's members' names: adults, never a pupil's (one small query, never stale; in
    plain SQL, as the live check asks on every pause in typing and the ORM's join cost about
    0.3 ms of CPU more)."""
    with connection.cursor() as cursor:
        cursor.execute(_STAFF_SQL, [school.pk])
        rows = cursor.fetchall()
    return tuple(sorted({f"{first} {last}" for first, last in rows if first and last}))


def post_photos(post) -> list[Photo]:
    if post.pk is None:
        return []
    cached = getattr(post, "_prefetched_objects_cache", {}).get("photos")
    return list(cached) if cached is not None else list(post.photos.prefetch_related("pupils"))


def draft_facts(post, photos: list[Photo] | None = None, staff: tuple[str, ...] | None = None
                ) -> policies.Draft:
    photos = post_photos(post) if photos is None else photos
    return policies.Draft(
        text=post.text,
        when=post.scheduled_at,
        exception=post.exception or None,
        exception_reason=post.exception_reason,
        category=post.category,
        timezone=post.school.timezone,
        staff=staff_names(post.school) if staff is None else staff,
        contacts=post.school.public_contact_list,
        photos=tuple(
            policies.PhotoFacts(
                pupils=tuple(str(pupil.pk) for pupil in photo.pupils.all()),
                no_identifiable_pupils=photo.no_identifiable_pupils,
                adults_only=photo.adults_only,
                alt_text=photo.alt_text,
                group=max(len(photo.pupils.all()), photo.faces or 0) > 1,
                faces=photo.faces,
                label=photo.filename,
            )
            for photo in photos
            if photo.status == Photo.Status.READY
        ),
    )


def recheck(post) -> policies.Report:
    """After a change: the post's content hash and findings as it stands now, reading its photos
    once for both."""
    photos = post_photos(post)
    post.content_hash = post.compute_hash(photos)
    post.checked_at = timezone.now()
    return check_post(post, photos)


def check_post(post, photos: list[Photo] | None = None, connected: dict | None = None
               ) -> policies.Report:
    """Run the school's policy over the post as it stands and store the report on it
    (`connected`: the school's network accounts, when the caller has read them)."""
    report = rules_report(post, post_photos(post) if photos is None else photos,
                          connected=connected)
    post.findings = report.to_dict()
    return report


_AS_SCHEDULED = object()


@dataclasses.dataclass(frozen=True)
class SchoolFacts:
    """What the rules read of a school, whatever the draft: its policy, roster and staff."""

    policy: policies.Policy
    roster: policies.Roster
    staff: tuple[str, ...]

    @classmethod
    def of(cls, school: School) -> SchoolFacts:
        return cls(school.policy(), roster_for(school), staff_names(school))


def rules_report(post, photos: list[Photo], when=_AS_SCHEDULED, *,
                 school_facts: SchoolFacts | None = None, connected: dict | None = None
                 ) -> policies.Report:
    """The school's rules and the photo checks over the post, judged at `when` (the post's own
    time unless given); nothing is stored. `school_facts`: read once for many drafts of one
    school (a series' occurrences); `connected`: the school's network accounts, if read."""
    school = post.school
    facts_of_school = school_facts or SchoolFacts.of(school)
    facts = draft_facts(post, photos, facts_of_school.staff)
    if when is not _AS_SCHEDULED:
        facts = dataclasses.replace(facts, when=when)
    report = policies.check(facts, facts_of_school.policy, facts_of_school.roster)
    if not post.to_x:  # the length rule is X's weighted 280; each other network's is its own
        report = policies.Report(tuple(f for f in report.findings if f.rule != "length"))
    # A network disconnected after submission is the publication's own failure at send time
    # ("no longer connected"), not a reason to hold the post's other networks: asked only of
    # the stored check (save, submit), not of the gate's judged at a time.
    extra = tuple(_photo_findings(school, photos)) + tuple(network_findings(
        post, photos, connected_required=when is _AS_SCHEDULED, connected=connected))
    return policies.Report(report.findings + extra) if extra else report


def _photo_findings(school: School, photos: list[Photo]):
    for photo in photos:
        if photo.status == Photo.Status.PROCESSING:
            yield Finding("photo_consent", BLOCK,
                          f"{photo.filename} is still being checked. Wait a moment, then save "
                          "again.")
    ready = [photo for photo in photos if photo.status == Photo.Status.READY and photo.phash]
    if not ready:
        return
    for refusal in PhotoRefusal.objects.filter(school=school):
        for photo in ready:
            if looks_like(photo, refusal):
                link = reverse("post_detail", args=[refusal.post_id]) if refusal.post_id else ""
                yield Finding(
                    "photo_consent", BLOCK,
                    f"{photo.filename} looks like a photo refused on "
                    f"{refusal.created_at:%d %B %Y}: {refusal.reason} "
                    "Use a different photo." + (f" Earlier decision: {link}" if link else ""),
                )
