"""do_*: what the school's people do with what comes in, each audited in its transaction.

Nothing here replies to anyone: the policies forbid replying, so the product has no reply. X's
2026 API has no block, report, follow or unfollow write for self-serve apps, so those are done
on X by hand from a link, and the decision and its outcome are recorded here; Bluesky and
Mastodon are treated alike. A reply is hidden on X (PUT /2/tweets/:id/hidden) and on Bluesky
(the root post's threadgate, hiddenReplies); Mastodon has no hide (inbound/networks.py).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from schoolsocial.accounts.models import Membership
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.governance import duties
from schoolsocial.governance.actions import do_mark_duty_done, do_raise_concern
from schoolsocial.governance.models import Concern, FollowRequest, FollowState
from schoolsocial.inbound.models import (
    Followed,
    Follower,
    FollowerReview,
    FollowerVerdict,
    Mention,
    MentionStatus,
)
from schoolsocial.inbound.networks import ability
from schoolsocial.posts.models import Post
from schoolsocial.publishing.backends import Publisher, TransportError, publisher_for
from schoolsocial.publishing.models import NetworkAccount, NetworkPublication


def _handled(member: Membership, mention: Mention, status: str) -> None:
    Mention.objects.filter(pk=mention.pk).update(status=status, handled_by=member.user,
                                                 handled_at=timezone.now(), last_error="")


def _who(mention: Mention) -> str:
    return f"@{mention.author_handle}" if mention.author_handle else \
        f"an account no longer on {ability(mention.network).label}"


@transaction.atomic
def do_mark_seen(member: Membership, mention: Mention) -> None:
    _handled(member, mention, MentionStatus.SEEN)
    record(member.school, member.user, Event.INBOUND_SEEN,
           f"Marked as seen: a mention by {_who(mention)}{_on(mention)}", mention,
           x_id=mention.x_id, network=mention.network)


def _on(mention: Mention) -> str:
    """" on Bluesky" for the other networks; X's wording stays as it was."""
    return "" if mention.network == "x" else f" on {ability(mention.network).label}"


def do_hide_reply(member: Membership, mention: Mention, publisher: Publisher | None = None
                  ) -> bool:
    """Hide a reply to one of the school's posts on X (PUT /2/tweets/:id/hidden) or on Bluesky
    (the thread's threadgate); False when the reply is gone already. Each hides only replies
    to the account's own posts; Mastodon hides none."""
    can = ability(mention.network)
    if not can.hides:
        raise ValidationError(can.no_hide)
    if not mention.is_reply:
        raise ValidationError(f"{can.label} lets the school hide only replies to its own posts. "
                              f"This is a mention: open it on {can.label} to report it or "
                              f"block its author.")
    try:
        if mention.network == "x":
            with publisher_for(member.school, publisher) as active:
                found = active.hide_reply(mention.x_id)
        else:
            found = _hide_elsewhere(member, mention, publisher)
    except TransportError as error:
        Mention.objects.filter(pk=mention.pk).update(last_error=error.message)
        raise ValidationError(f"{can.label} did not hide it: {error.message}") from None
    with transaction.atomic():
        _handled(member, mention, MentionStatus.HIDDEN)
        record(member.school, member.user, Event.INBOUND_HIDDEN,
               f"Reply hidden on {can.label}: by {_who(mention)}" if found else
               f"Reply by {_who(mention)} is no longer on {can.label}", mention,
               x_id=mention.x_id, on_x=found, network=mention.network)
    return found


def _hide_elsewhere(member: Membership, mention: Mention, publisher=None) -> bool:
    """Through the school's account on that network (a test may pass its own publisher)."""
    if publisher is not None:
        return publisher.hide_reply(mention.x_id, mention.reply_to)
    from schoolsocial.publishing.networks.accounts import publisher_for_account

    account = NetworkAccount.objects.filter(school=member.school, network=mention.network).first()
    if account is None:
        label = ability(mention.network).label
        raise ValidationError(f"{label} is no longer connected, so nothing can be hidden there "
                              f"from here. Connect {label} again in Settings, or hide it in the "
                              f"{label} app.")
    with publisher_for_account(account) as active:
        return active.hide_reply(mention.x_id, mention.reply_to)


@transaction.atomic
def do_raise_mention_concern(member: Membership, mention: Mention, text: str) -> Concern:
    """The existing concern flow, about a mention: the post it replies to is named too."""
    post = None
    if mention.reply_to and mention.network == "x":
        post = Post.objects.filter(school=member.school, tweet_id=mention.reply_to).first()
    elif mention.reply_to:
        post = Post.objects.filter(school=member.school, publications__in=(
            NetworkPublication.objects.filter(network=mention.network,
                                              remote_id=mention.reply_to))).first()
    concern = do_raise_concern(member, post, text, mention=mention)
    _handled(member, mention, MentionStatus.CONCERN)
    return concern


@transaction.atomic
def do_open_on_x(member: Membership, mention: Mention) -> str:
    """Recorded before the browser goes to the mention's network (X, Bluesky or the Mastodon
    server it is on), where the person may block or report."""
    record(member.school, member.user, Event.INBOUND_OPENED,
           f"Opened on {ability(mention.network).label} to block or report: a mention by "
           f"{_who(mention)}", mention, x_id=mention.x_id, network=mention.network)
    return mention.url


# -- followers -----------------------------------------------------------------------------------

VERDICT_WORDS = {FollowerVerdict.FINE: "fine", FollowerVerdict.BLOCK: "to block",
                 FollowerVerdict.BLOCKED: "blocked on"}


@transaction.atomic
def do_follower_verdict(member: Membership, follower: Follower, verdict: str) -> None:
    label = ability(follower.network).label
    if verdict not in VERDICT_WORDS:
        raise ValidationError(f"Choose fine, to block, or blocked on {label}.")
    Follower.objects.filter(pk=follower.pk).update(verdict=verdict, verdict_by=member.user,
                                                   verdict_at=timezone.now())
    words = f"blocked on {label}" if verdict == FollowerVerdict.BLOCKED else VERDICT_WORDS[verdict]
    where = "" if follower.network == "x" else f" on {label}"
    record(member.school, member.user, f"follower.{verdict}",
           f"Follower @{follower.handle}{where}: {words}", follower,
           handle=follower.handle, signals=follower.signals, network=follower.network)


@transaction.atomic
def do_finish_review(member: Membership) -> FollowerReview:
    """Every new follower has a verdict: the review is recorded, and with it the follower
    duties of the school's policy (Carlton's weekly check, Droxford's and Unsworth's
    monitoring), done by this person."""
    waiting = Follower.objects.select_for_update().filter(school=member.school, reviewed_at=None,
                                                          gone_at=None)
    undecided = waiting.filter(verdict="").count()
    if undecided:
        raise ValidationError(f"{undecided} new follower{'s' if undecided != 1 else ''} still "
                              f"need{'s' if undecided == 1 else ''} a verdict: mark each one fine "
                              f"or to block first.")
    now = timezone.now()
    to_block = waiting.filter(verdict=FollowerVerdict.BLOCK).count()
    reviewed = waiting.update(reviewed_at=now)
    review = FollowerReview.objects.create(school=member.school, done_by=member.user,
                                           done_at=now, reviewed=reviewed, to_block=to_block)
    record(member.school, member.user, Event.FOLLOWER_REVIEW_DONE,
           f"Followers reviewed: {reviewed} new, {to_block} to block", review,
           reviewed=reviewed, to_block=to_block)
    note = f"Followers page: {reviewed} new followers reviewed, {to_block} to block."
    for key in duties.FOLLOWER_DUTIES:
        duty = duties.find(member.school, key)
        if duty is not None:
            do_mark_duty_done(member, duty, note)
    return review


# -- follows made on X that nobody approved -------------------------------------------------------

@transaction.atomic
def do_approve_followed(member: Membership, followed: Followed, note: str = "") -> FollowRequest:
    """The headteacher approves a follow made on X without approval."""
    now = timezone.now()
    follow = FollowRequest.objects.create(
        school=member.school, handle=followed.handle[:16], proposed_by=member.user,
        reason="Followed on X before it was approved here.", created_at=now,
        state=FollowState.FOLLOWED, decided_by=member.user, decided_at=now,
        decision_note=note, followed_at=followed.first_seen_at)
    Followed.objects.filter(pk=followed.pk).update(follow=follow)
    record(member.school, member.user, Event.FOLLOW_APPROVED_AFTER,
           f"Approved a follow made on X: @{followed.handle}", follow, handle=followed.handle,
           note=note)
    return follow


@transaction.atomic
def do_undo_followed(member: Membership, followed: Followed) -> None:
    """The headteacher asks for a follow nobody approved to be undone (on X, by hand); the
    worker records when X no longer shows it."""
    Followed.objects.filter(pk=followed.pk).update(undo_asked_by=member.user,
                                                   undo_asked_at=timezone.now())
    record(member.school, member.user, Event.FOLLOW_UNDO_ASKED,
           f"To unfollow on X: @{followed.handle} (not approved)", followed,
           handle=followed.handle)
