from __future__ import annotations

import pytest
from rules_helpers import findings_of


@pytest.mark.parametrize(
    ("preset", "text", "expected"),
    [
        ("highfield", "What a stupid decision by the council", [("block", "stupid")]),
        ("highfield", "I think this was the best concert yet", [("block", "I think")]),
        # News of a cancellation is about an event, not aimed at anyone.
        ("highfield", "Sadly the trip is cancelled", []),
        ("highfield", "The weather was awful on the trip", [("warn", "awful")]),
        ("highfield", "Year 5 were a disgrace on the trip", [("block", "disgrace")]),
        (
            "highfield",
            "Some parents are just too lazy to read it",
            [("block", "Some parents are just too lazy")],  # aimed at parents: derogatory
        ),
        (
            "carlton",
            "Some parents are just too lazy to read it",
            [("block", "Some parents are just too lazy")],
        ),
        ("droxford", "What a joke of a decision", [("block", "What a joke")]),
        ("droxford", "Year 6 learnt about the tragedy of the Titanic", []),
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
