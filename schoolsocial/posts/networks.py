"""The networks a post may go to and each one's limits, as the compose page, the live check, the
rules at submission and approval, and the publish-time gate see them.

    choices(school)               # [("x", "X"), ("bluesky", "Bluesky @forefield.bsky.social"), ...]
    default_networks(school)      # every connected network (X too): preselected on a new post
    connected_networks(school)    # the same; [] when the school can post nowhere yet
    network_findings(post, photos)  # block findings for each chosen network's limits
    previews(school, text, networks)  # per chosen network: its count, its limit, over or not

The limits are the table in policies/networks.py, with the Mastodon instance's own
character limit read when it was connected. X's length is the form's and the `length` rule's
(X weighted 280), so only the other networks are checked here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.conf import settings

from photos.fit import TooLarge, fitting
from policies import networks as table
from policies.report import BLOCK, Finding
from schoolsocial.accounts.models import School
from schoolsocial.accounts.rows import Columns
from schoolsocial.posts.content import canonical_networks

# photo sha256 and byte limit -> the size of the derivative sent (None: it cannot be made to fit)
_FITTED: dict[tuple[str, int], int | None] = {}


@functools.cache
def _account_columns() -> Columns:
    # publishing's NetworkAccount, reached through the school so that posts/ does not import it
    return Columns(School.network_accounts.rel.related_model, "a")


def accounts(school) -> dict:
    """The school's connected accounts by network (publishing's NetworkAccount rows), in one
    plain-SQL read: the live check asks on every pause in typing, and the ORM's related manager
    and query cost about 0.4 ms of CPU (rows.Columns converts the values as the ORM does)."""
    columns = _account_columns()
    rows = columns.fetch("WHERE a.school_id = %s ORDER BY a.network", [school.pk])
    found = {}
    for account in rows:
        columns.model.school.field.set_cached_value(account, school)
        found[account.network] = account
    return found


def x_connected(school) -> bool:
    """Whether X can be posted to: the school's X keys are stored, or the publisher is a local
    stand-in for X that needs none (the outbox timeline, the tests' memory)."""
    return bool(school.x_credentials_encrypted) or settings.PUBLISHER != "x"


def choices(school, connected: dict | None = None) -> list[tuple[str, str]]:
    """`connected`, here and below: the school's accounts(), when the caller has read them."""
    connected = accounts(school) if connected is None else connected
    x_label = (f"X @{school.x_connected_as}" if school.x_connected_as else "X") if x_connected(
        school) else "X (not connected)"
    return [("x", x_label)] + [(network, f"{account.get_network_display()} {account.connected_as}")
                               for network, account in connected.items()]


def connected_networks(school, connected: dict | None = None) -> list[str]:
    """Every network the school can post to now, X first when it is connected."""
    connected = accounts(school) if connected is None else connected
    return (["x"] if x_connected(school) else []) + list(connected)


def default_networks(school, connected: dict | None = None) -> list[str]:
    """What a new post is preselected to go to: every network the school connected (X among
    them only when it is); with none connected, X, so that a draft can be written and kept
    (its check then says to connect X or another network before it can be submitted)."""
    return connected_networks(school, connected) or ["x"]


def limits_for(school, networks, connected: dict | None = None) -> list[table.Limits]:
    """Each chosen network's limits in the product's order, X first."""
    connected = accounts(school) if connected is None else connected
    rows = []
    for network in canonical_networks(networks):
        account = connected.get(network)
        rows.append(table.network_limits(network,
                                         max_length=account.max_length if account else None))
    return sorted(rows, key=lambda row: row.network != "x")


@dataclass(frozen=True)
class Preview:
    network: str
    label: str
    length: int
    max_length: int
    unit: str

    @property
    def over(self) -> int:
        return max(self.length - self.max_length, 0)


def previews(school, text: str, networks, connected: dict | None = None) -> list[Preview]:
    return [Preview(row.network, row.label, row.count(text), row.max_length, row.unit)
            for row in limits_for(school, networks, connected)]


def network_findings(post, photos, *, connected_required: bool = True,
                     connected: dict | None = None) -> list[Finding]:
    """Blocks for every chosen network besides X whose limits the post breaks, and (when
    `connected_required`) for one the school has not connected (any more)."""
    found = []
    if post.school_id is None:
        return found
    if (connected_required and "x" in canonical_networks(post.networks)
            and not x_connected(post.school)):
        found.append(Finding("networks", BLOCK, "X is not connected for this school: connect "
                             "it in Settings, or untick it on this post."))
    chosen = [name for name in canonical_networks(post.networks) if name != "x"]
    if not chosen:
        return found
    connected = accounts(post.school) if connected is None else connected
    for row in limits_for(post.school, chosen, connected):
        if row.network not in connected:
            if not connected_required:
                continue
            found.append(Finding("networks", BLOCK, f"{row.label} is not connected for this "
                                 f"school: connect it in Settings, or untick it on this post."))
            continue
        attached = [table.Attached(photo.alt_text, _size(photo, row.max_image_bytes))
                    for photo in photos]
        found += [Finding("networks", BLOCK, problem)
                  for problem in table.check_for(row, post.text, attached)]
    return found


def _size(photo, max_bytes: int | None) -> int:
    """The bytes the network would be sent: the cleaned copy, or for a network with a byte
    limit the derivative made to fit it (photos.fit.fitting), worked out once a photo."""
    if not photo.image:
        return 0
    size = photo.image.size
    if not max_bytes or size <= max_bytes:
        return size
    key = (photo.sha256 or str(photo.pk), max_bytes)
    if key not in _FITTED:
        try:
            with photo.image.open("rb") as handle:
                _FITTED[key] = len(fitting(handle.read(), max_bytes)[0])
        except TooLarge:
            _FITTED[key] = None
    fitted = _FITTED[key]
    return size if fitted is None else fitted


@dataclass(frozen=True)
class Status:
    network: str
    label: str
    status: str  # in words, for the post page
    url: str = ""
    problem: str = ""
    publication_id: int | None = None
    failed: bool = False


def statuses(post) -> list[Status]:
    """Each chosen network's own status for the post page: X's (when it is chosen) is the
    post's state; each other network's is its publication's, or waiting for the post to go out;
    deleted where Delete took it down, with why where it could not."""
    rows = []
    if post.to_x:
        x_status = "Deleted" if post.removed_at else post.get_state_display()
        rows.append(Status("x", "X", x_status, "" if post.removed_at else post.tweet_url))
    publications = {p.network: p for p in post.publications.all()}
    for network in post.other_networks:
        label = table.LIMITS[network].label
        publication = publications.get(network)
        if publication is None:
            rows.append(Status(network, label, "Goes with the post at its time"))
        elif publication.removed_at:
            rows.append(Status(network, label, "Deleted"))
        elif publication.removal_error:
            rows.append(Status(network, label, "Published, not deleted", publication.url,
                               f"Delete failed: {publication.removal_error}"))
        else:
            rows.append(Status(network, label, publication.get_state_display(),
                               publication.url, publication.last_error, publication.pk,
                               publication.state == publication.State.FAILED))
    return rows


def labels(networks) -> list[str]:
    return [table.LIMITS[network].label for network in networks]


def in_words(names: list[str]) -> str:
    """"X", "X and Bluesky", "X, Bluesky and Mastodon"."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"
