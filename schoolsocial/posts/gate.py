"""The one answer to "may this post go out at time T?" (issue 13). Approval, Publish now, the
dispatcher's send and Try again all ask it, so they cannot disagree about a post.

A post may go out at T when, in this order:
  1. it is approved for exactly what it says now (not asked at approval, which makes one);
  2. every photo is cleaned and ready (none still being checked, none refused by the pipeline);
  3. the school's rules pass at T, the photo checks included: a photo that looks like one an
     approver refused for who was in it blocks, as does one a pupil's consent no longer allows;
  4. no concern about it is open (Highfield: a concern goes to the headteacher): the post is
     held, still scheduled, until the headteacher resolves it (Verdict.held), then goes out.
The caller chooses T: the post's time at approval, now for Publish now, the time a post going out
now is judged at (publishing/tasks.judged_at) for dispatch and Try again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

import policies
from schoolsocial.posts.checks import post_photos, rules_report
from schoolsocial.posts.models import Decision, Photo, Post

NOT_APPROVED = "The post changed after it was approved, so it needs approving again."
PHOTO_NOT_READY = "A photo on this post is still being checked or was refused."
HELD = ("A concern about this post is open, so it is held and will not go out until the "
        "headteacher resolves the concern.")


@dataclass(frozen=True)
class Verdict:
    reason: str  # why it may not go out, in plain words; "" when it may
    report: policies.Report  # the rules' findings at T, for the page and for warnings to accept
    held: bool = False  # only an open concern stops it: it waits, scheduled, and is not returned

    @property
    def allowed(self) -> bool:
        return not self.reason


def may_go_out(post: Post, at: datetime | None, photos: list[Photo] | None = None, *,
               approval_needed: bool = True) -> Verdict:
    """Whether `post` may go out at `at` (see the module's docstring). `photos`: the post's,
    when the caller has read them already (the hash, the rules and the payload share them)."""
    photos = post_photos(post) if photos is None else photos
    report = rules_report(post, photos, when=at)
    if approval_needed and not post.approvals.filter(
            decision=Decision.APPROVE, content_hash=post.compute_hash(photos)).exists():
        return Verdict(NOT_APPROVED, report)
    if any(photo.status != Photo.Status.READY for photo in photos):
        return Verdict(PHOTO_NOT_READY, report)
    if report.blocks:
        reasons = "; ".join(finding.message for finding in report.blocks)
        return Verdict(f"{_at(post, at)} the post breaks the school's rules: {reasons}", report)
    if has_open_concern(post):
        return Verdict(HELD, report, held=True)
    return Verdict("", report)


def has_open_concern(post: Post) -> bool:
    return post.pk is not None and post.concerns.filter(resolved_at=None).exists()


def held_by_concern():
    """The ids of posts an open concern holds: the dispatcher does not claim them."""
    return Post.objects.filter(concerns__id__isnull=False,
                               concerns__resolved_at__isnull=True).values("pk")


def _at(post: Post, at: datetime | None) -> str:
    if at is None:
        return "With no time set,"
    return f"At {timezone.localtime(at, post.school.tz):%H:%M on %-d %B}"
