from __future__ import annotations

import pytest
from rules_helpers import findings_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our favourite colour is blue", []),
        ("Our favorite color is blue", [("warn", "favorite"), ("warn", "color")]),
        ("We will organize a fair", [("warn", "organize")]),
        ("The children recieved prizes", [("warn", "recieved")]),
        ("Meonstoke base visited Winchester Cathedral", []),
        ("Josh and i went to the the park", [("warn", "i"), ("warn", "the the")]),
        ("PE and EYFS news from Ofsted", []),
        ("Read it at https://example.com/abcdefg", []),
        ("Don't forget, it's Year 4's turn", []),
    ],
)
def test_spelling_in_british_english(text, expected):
    assert findings_of("spelling", text, "highfield") == expected


def test_the_message_suggests_a_correction():
    from rules_helpers import WEDNESDAY_10AM

    from policies import Draft, check, load_policy

    report = check(Draft("We recieved it", when=WEDNESDAY_10AM), load_policy("carlton"))
    assert "Did you mean “received”?" in report.warnings[0].message


def test_a_school_can_allow_its_own_words():
    overrides = {"spelling": {"allowed_words": ["Gruffalo", "wibble"]}}
    assert findings_of("spelling", "a wibble day", "carlton", overrides=overrides) == []
