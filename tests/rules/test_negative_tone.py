from __future__ import annotations

import pytest
from rules_helpers import findings_of


@pytest.mark.parametrize(
    ("preset", "text", "expected"),
    [
        ("highfield", "What a stupid decision by the council", [("block", "stupid")]),
        ("highfield", "I think this was the best concert yet", [("block", "I think")]),
        ("highfield", "Sadly the trip is cancelled", [("warn", "Sadly")]),
        ("droxford", "Some parents still park on the zig-zags", [("warn", "Some parents")]),
        ("droxford", "I think this was the best concert yet", []),
        ("forefield", "In my opinion the new head is brilliant", [("warn", "In my opinion")]),
        ("carlton", "Sadly the trip is cancelled", []),
        ("droxford", "A wonderful day of learning", []),
        ("droxford", "What a st00pid rule", []),
        ("droxford", "What an id1ot", [("block", "id1ot")]),
    ],
)
def test_negative_wording(preset, text, expected):
    assert findings_of("negative_tone", text, preset) == expected
