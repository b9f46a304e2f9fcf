"""Each network's version of a post, for the outbox page: what X's copy is beside, as every
other network was sent it (NetworkPublication.sent, kept by its publisher) or, before it is
sent, as it will go.

    versions(post)   # [Version(label="Bluesky", text=..., length=212, max_length=300, ...)]

Bluesky's version shows its facets (the links, mentions and hashtags made live, by the byte
ranges it was sent), its length in graphemes and its reply rule (a threadgate); Mastodon's its
length against the instance's limit and its visibility.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from schoolsocial.posts import networks as post_networks

REPLIES = {
    "everyone": "Anyone may reply",
    "following": "Only accounts the school follows may reply (a threadgate)",
    "mentioned": "Only accounts mentioned in the post may reply (a threadgate)",
    "nobody": "Nobody may reply (a threadgate)",
}
VISIBILITY = {
    "public": "Public: on the instance's public timelines",
    "unlisted": "Unlisted: on the school's profile, not on public timelines",
    "private": "Followers only",
    "direct": "Only the accounts it mentions",
}
FACETS = {"link": "Link", "mention": "Mention", "tag": "Hashtag"}


@dataclass(frozen=True)
class Version:
    network: str
    label: str
    status: str  # the publication's state in words, or that it goes with the post
    text: str
    length: int
    max_length: int
    unit: str
    sent: bool  # False: not sent yet, shown as it will go
    url: str = ""
    live: list[tuple[str, str]] = field(default_factory=list)  # (kind, the text made live)
    replies: str = ""
    images: list[dict] = field(default_factory=list)


def versions(post) -> list[Version]:
    """Every network the post was chosen for besides X, in the product's order."""
    publications = {p.network: p for p in post.publications.all()}
    limits = {row.network: row for row in
              post_networks.limits_for(post.school, post.other_networks)}
    made = []
    for network in post.other_networks:
        publication = publications.get(network)
        sent = (publication.sent if publication else {}) or {}
        text = sent.get("text", post.text)
        row = limits[network]
        made.append(Version(
            network, row.label, _status(publication), text, row.count(text), row.max_length,
            row.unit,
            bool(sent), publication.url if publication and not publication.removed_at else "",
            _live(text, sent.get("facets", []) if sent else _facets(network, text)),
            _replies(network, sent),
            list(sent.get("images", []))))
    return made


def _status(publication) -> str:
    if publication is None:
        return "Goes with the post at its time"
    if publication.removed_at:
        return "Deleted"
    return publication.get_state_display()


def _facets(network: str, text: str) -> list[dict]:
    """Before it is sent: the links and hashtags Bluesky will make live (a mention only when
    its handle resolves, which is asked at sending)."""
    if network != "bluesky":
        return []
    from schoolsocial.publishing.networks.facets import facets

    return facets(text, lambda handle: None)


def _live(text: str, facets: list[dict]) -> list[tuple[str, str]]:
    """The facets in words: which part of the text each made live (by its UTF-8 byte range)."""
    data, live = text.encode(), []
    for facet in facets:
        index, features = facet.get("index", {}), facet.get("features", [{}])
        kind = str(features[0].get("$type", "")).rsplit("#", 1)[-1]
        piece = data[index.get("byteStart", 0):index.get("byteEnd", 0)].decode(errors="replace")
        live.append((FACETS.get(kind, kind), piece))
    return live


def _replies(network: str, sent: dict) -> str:
    if network == "bluesky":
        return REPLIES.get(sent.get("replies", ""), "")
    if network == "mastodon":
        return VISIBILITY.get(sent.get("visibility", ""), "")
    return ""
