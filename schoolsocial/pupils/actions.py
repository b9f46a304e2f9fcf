"""do_*: consent changes and their effect on posts in flight, each audited."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial

from django.db import transaction

from schoolsocial.accounts.models import Membership
from schoolsocial.audit.log import record
from schoolsocial.governance import notify
from schoolsocial.posts.checks import check_post
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State, target
from schoolsocial.pupils.models import ConsentRecord, Pupil

IN_FLIGHT = (State.SUBMITTED, State.SCHEDULED)


@transaction.atomic
def do_record_consent(
    member: Membership,
    pupil: Pupil,
    *,
    status: str,
    scope: str,
    valid_until: date | None,
    evidence: str,
) -> ConsentRecord:
    consent = ConsentRecord.objects.create(
        pupil=pupil, status=status, scope=scope, valid_until=valid_until, evidence=evidence,
        recorded_by=member.user,
    )
    record(
        member.school, member.user, "consent.recorded",
        f"Photo consent for {pupil}: {consent.get_status_display().lower()} "
        f"({consent.get_scope_display().lower()})", pupil,
        status=status, scope=scope, valid_until=valid_until.isoformat() if valid_until else None,
        evidence=evidence,
    )
    recheck_posts_showing([pupil.pk], member.user, f"photo consent for {pupil} changed")
    return consent


def recheck_posts_showing(pupil_ids: Iterable[int], actor, why: str) -> list[Post]:
    """Check again every submitted or scheduled post with a photo of these pupils; any that the
    policy now blocks goes back to draft at once, and its author and the approvers are told."""
    showing = Post.objects.filter(photos__pupils__in=list(pupil_ids), state__in=IN_FLIGHT)
    posts = (
        Post.objects.select_for_update(of=("self",))  # PostgreSQL locks no DISTINCT rows
        .filter(pk__in=showing.values("pk"), state__in=IN_FLIGHT)
        .select_related("school", "author")
        .order_by("pk")
    )
    returned = []
    for post in posts:
        if not check_post(post).blocks:
            post.save(update_fields=("findings",))
            continue
        post.state = target("withdraw", post.state)
        post.save(update_fields=("state", "findings", "updated_at"))
        record(post.school, actor, "post.returned",
               f"Returned to draft because {why}: {post}", post, reason=why)
        transaction.on_commit(partial(notify.notify_returned, post.pk, why), robust=True)
        returned.append(post)
    return returned


def published_posts_showing(pupil: Pupil):
    return (
        Post.objects.filter(photos__pupils=pupil, state=State.PUBLISHED, school_id=pupil.school_id)
        .select_related("author")
        .distinct()
        .order_by("-published_at")
    )
