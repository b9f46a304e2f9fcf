"""What a pupil's photo consent means for posts: the recheck when it changes (the one call from
pupils/ to posts/), and the published posts that show a pupil (the pupil's page lists them)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from django.db import transaction
from django.db.models import F, Q

from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.posts import notifications
from schoolsocial.posts.checks import check_post
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import State, target

IN_FLIGHT = (State.SUBMITTED, State.SCHEDULED)


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
        post.state = target("return_to_draft", post.state)
        # On a draft, last_error is only ever this note (an edit or a withdrawal clears it):
        # the author's pages show it, and the badge reads "Returned: consent withdrawn".
        post.last_error = (f"Returned: consent withdrawn. {why[:1].upper()}{why[1:]}, so the "
                           f"post no longer passes the school's rules. Change the photos or the "
                           f"tags, then submit it again.")
        post.save(update_fields=("state", "findings", "last_error", "updated_at"))
        record(post.school, actor, Event.POST_RETURNED,
               f"Returned to draft because {why}: {post}", post, reason=why)
        transaction.on_commit(partial(notifications.notify_returned, post.pk, why), robust=True)
        returned.append(post)
    return returned


def published_posts_showing(pupil):
    """The posts with a photo of the pupil that went out on any network: on X, or on another
    network when X did not take it. Each with its publications, for the networks it is on."""
    went_out = Q(state=State.PUBLISHED) | Q(publications__state="published")
    return (
        Post.objects.filter(went_out, photos__pupils=pupil, school_id=pupil.school_id)
        .select_related("author")
        .prefetch_related("publications")
        .distinct()
        .order_by(F("published_at").desc(nulls_last=True), "-id")
    )
