"""Each network's limits (policies/networks.py: the table and the checks, pure) and the photo
derivative that fits a byte limit (photos/fit.py), in one place for the backends:

    limits = LIMITS["bluesky"]                     # or network_limits("mastodon", max_length=500)
    problems = check_for(limits, text, photos)     # [] when the post fits, else sentences to show
    content, media_type = fitting(data, limits.max_image_bytes)

Adding a network is a row in policies/networks.LIMITS.
"""

from photos.fit import QUALITIES, SMALLEST_EDGE, TooLarge, fitting
from policies.networks import (
    LIMITS,
    MASTODON_LINK_LENGTH,
    Attached,
    Limits,
    check_for,
    graphemes,
    mastodon_length,
    network_limits,
)

__all__ = ["LIMITS", "MASTODON_LINK_LENGTH", "QUALITIES", "SMALLEST_EDGE", "Attached", "Limits",
           "TooLarge", "check_for", "fitting", "graphemes", "mastodon_length", "network_limits"]
