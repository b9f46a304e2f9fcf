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
        # Said of the weather or a story's villain, not of anyone: no warning to write a
        # reason for (issue 11, second round). Said of people's work, it still warns.
        ("highfield", "The weather was awful on the trip", []),
        ("droxford", "The wolf in Year 1's story was very naughty", []),
        ("forefield", "The witch in our Year 2 play was scary", []),
        ("highfield", "The weather was awful, but Year 5 still finished", []),
        ("highfield", "The lesson was awful", [("block", "lesson was awful")]),
        ("highfield", "Year 4 were awful in assembly", [("block", "Year 4 were awful")]),
        ("highfield", "The so-called teachers there", [("block", "so-called")]),
        ("droxford", "The inspectors haven't got a clue", [("block", "haven't got a clue")]),
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
