"""What each network lets the school do with what comes in, in words for the Inbox and Followers.

    ability("bluesky").hides          # True: a reply in the school's thread, by its threadgate
    ability("mastodon").no_hide       # why there is no Hide button, said beside the reply
    ability(network).opens(url)       # whether an "open on ..." address is that network's

Blocking and reporting stay by hand on every network, as on X (X's API has none for self-serve
apps): the decision is recorded here, the block made on the network from the link.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ability:
    label: str
    hides: bool  # hiding a reply to the school's post
    no_hide: str  # why not, when it cannot
    hidden: str  # said when a reply is hidden
    addresses: tuple[str, ...]  # where an "open on" link may go

    def opens(self, url: str) -> bool:
        return url.startswith(self.addresses)


ABILITIES = {
    "x": Ability("X", True, "", "Hidden on X: it now sits behind “hidden replies”.",
                 ("https://x.com/",)),
    "bluesky": Ability(
        "Bluesky", True, "",
        "Hidden on Bluesky: it is listed in the hidden replies of the school's post, behind "
        "“Hidden replies”.", ("https://bsky.app/",)),
    "mastodon": Ability(
        "Mastodon", False,
        "Mastodon has no way to hide a reply to the school's post. Open it on Mastodon to mute "
        "or block its author, or to report it to the moderators of its server.", "",
        # a Mastodon post lives on its author's own server, wherever that is
        ("https://", "http://")),
}


def ability(network: str) -> Ability:
    return ABILITIES.get(network) or ABILITIES["x"]
