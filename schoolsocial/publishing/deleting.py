"""Delete: a published post taken down from every network it is on (X, and each other network
its publication went out on), each network's result its own.

    outcome = do_delete_everywhere(member, post, x_publisher)
    outcome.down, outcome.gone, outcome.failed    # network names; failed: name -> why

Each network is asked outside any transaction (a row lock held while a network answers would,
on SQLite, stop every write for as long), one after the other, and one failing stops none of
the others. Then, in one transaction, each result is recorded where it belongs: X's on the post
(removed_at), each other network's on its publication (removed_at, or removal_error: why it is
still there, for the post page and for trying again). Deleting is idempotent on every network,
so two clicks at once both ask and the second records nothing. One audit event names the
networks it was taken down from; another the networks where it could not be.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from schoolsocial.accounts.models import Membership
from schoolsocial.audit.actions import Event
from schoolsocial.audit.log import record
from schoolsocial.posts import networks as post_networks
from schoolsocial.posts.models import Post
from schoolsocial.posts.states import TransitionError
from schoolsocial.publishing.backends import TransportError
from schoolsocial.publishing.models import NetworkAccount, NetworkPublication

NOTHING_THERE = "This post is not on any network now: there is nothing to delete."


@dataclass
class Outcome:
    down: list[str] = field(default_factory=list)  # no longer there, X first
    gone: list[str] = field(default_factory=list)  # of those, already gone before we asked
    failed: dict[str, str] = field(default_factory=dict)  # still there, and why

    def success(self) -> str:
        return f"Deleted from {', '.join(self.down)}." if self.down else ""

    def failure(self) -> str:
        """Which networks did not delete it and why, and that Delete may be tried again."""
        if not self.failed:
            return ""
        why = " ".join(f"{name} did not delete the post: {error}"
                       for name, error in self.failed.items())
        return f"{why} It is still on {post_networks.in_words(list(self.failed))}."


def do_delete_everywhere(member: Membership, post: Post, x_publisher: Any,
                         **network_options: Any) -> Outcome:
    """Take the post down from each network it is on; `network_options` go to each other
    network's publisher (the tests give a short timeout)."""
    post = Post.objects.select_related("school").get(pk=post.pk)
    live = post.live_networks
    if not live:
        raise TransitionError(NOTHING_THERE)
    results: dict[str, bool | str] = {}  # network -> was it there, or why it failed
    if "x" in live:
        results["x"] = _ask("X", lambda: x_publisher.delete(post.tweet_id))
    publications = {p.network: p for p in post.publications.all() if p.network in live}
    accounts = {a.network: a for a in NetworkAccount.objects.filter(school=post.school)}
    for network, publication in publications.items():
        results[network] = _delete_on(accounts.get(network), publication, network_options)
    return _record(member, post, results)


def _ask(label: str, call) -> bool | str:
    try:
        return bool(call())
    except TransportError as error:
        return why_not(label, error)


def why_not(label: str, error: TransportError) -> str:
    """Why a network did not delete, and what to do, from the error's flags (its message is
    the publishing path's, which speaks of trying again by itself: Delete does not)."""
    if error.permanent:
        return error.message
    if error.retry_after:
        when = timezone.localtime(error.retry_after)
        return (f"{label}'s rate limit for this account has been reached: try Delete again "
                f"after {when:%H:%M}.")
    if error.outcome_unknown:
        return (f"the connection to {label} was lost while it was deleting, so it is not known "
                f"whether the post is gone: try Delete again (deleting twice is safe).")
    status = f" ({error.status})" if error.status else ""
    return f"{label} did not answer as expected{status}: try Delete again in a few minutes."


def _delete_on(account: NetworkAccount | None, publication: NetworkPublication,
               options: dict[str, Any]) -> bool | str:
    from schoolsocial.publishing.networks.accounts import publisher_for_account

    label = publication.get_network_display()
    if account is None:
        return (f"{label} is not connected for this school any more: connect it again in "
                f"Settings, then delete again.")
    try:
        with publisher_for_account(account, **options) as publisher:
            return _ask(label, lambda: publisher.delete(publication.remote_id))
    except TransportError as error:  # its keys cannot be read
        return why_not(label, error)


def _record(member: Membership, post: Post, results: dict[str, bool | str]) -> Outcome:
    outcome, now = Outcome(), timezone.now()
    with transaction.atomic():
        post = Post.objects.locked(post.pk)
        for network, result in results.items():
            label = post_networks.labels([network])[0]
            if isinstance(result, str):
                outcome.failed[label] = result
                if network != "x":
                    NetworkPublication.objects.filter(
                        post=post, network=network, removed_at=None).update(removal_error=result)
            elif _mark_down(post, network, now):
                outcome.down.append(label)
                if not result:
                    outcome.gone.append(label)
        _audit(member, post, outcome, results)
    return outcome


def _mark_down(post: Post, network: str, now) -> bool:
    """Record it as down; False when another click recorded it while the network answered."""
    if network == "x":
        if post.removed_at:
            return False
        post.removed_at = now
        post.save(update_fields=("removed_at", "updated_at"))
        return True
    return bool(NetworkPublication.objects.filter(post=post, network=network, removed_at=None)
                .update(removed_at=now, removal_error=""))


def _audit(member: Membership, post: Post, outcome: Outcome,
           results: dict[str, bool | str]) -> None:
    if outcome.down:
        deleted = [name for name in outcome.down if name not in outcome.gone]
        parts = [f"Deleted from {', '.join(deleted)}"] if deleted else []
        if outcome.gone:
            parts.append(f"Marked as deleted on {post_networks.in_words(outcome.gone)} "
                         f"(it was already gone)")
        summary = "; ".join(parts)
        record(member.school, member.user, Event.POST_DELETED, f"{summary}: {post}", post,
               networks=outcome.down, already_gone=outcome.gone,
               was_there=results.get("x") is True if "x" in results else None,
               tweet_id=post.tweet_id, tweet_url=post.tweet_url,
               remote_ids=dict(post.publications.filter(removed_at__isnull=False)
                               .values_list("network", "remote_id")))
    if outcome.failed:
        names = post_networks.in_words(list(outcome.failed))
        record(member.school, member.user, Event.POST_DELETE_FAILED,
               f"Not deleted from {names}: {post}", post,
               networks=list(outcome.failed), errors=outcome.failed)
