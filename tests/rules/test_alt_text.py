from __future__ import annotations

import pytest
from rules_helpers import findings_of

from policies import PhotoFacts


@pytest.mark.parametrize(
    ("alt", "expected"),
    [
        ("Year 4 building a shelter in the woods", []),
        ("", [("warn", None)]),
        ("IMG_2041.jpg", [("warn", None)]),
        ("kids", [("warn", None)]),
    ],
)
def test_every_photo_needs_a_description(alt, expected):
    photos = (PhotoFacts(no_identifiable_pupils=True, alt_text=alt),)
    assert findings_of("alt_text", "Forest school", photos=photos) == expected
