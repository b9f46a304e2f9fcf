from __future__ import annotations

import pytest
from rules_helpers import findings_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gr8 day at the zoo lol", [("block", "Gr8"), ("block", "lol")]),
        ("See u l8r", [("block", "u"), ("block", "l8r")]),
        ("A great day at the zoo", []),
        ("Year 4 visited https://lol.example.com today", []),
    ],
)
def test_carlton_blocks_text_language(text, expected):
    assert findings_of("text_speak", text, "carlton") == expected


def test_highfield_warns_and_others_do_not_check():
    assert findings_of("text_speak", "gr8 day", "highfield") == [("warn", "gr8")]
    assert findings_of("text_speak", "gr8 day", "droxford") == []


def test_a_school_can_add_terms():
    overrides = {"text_speak": {"extra_terms": ["soz"]}}
    assert findings_of("text_speak", "soz, late", "carlton", overrides=overrides) == [
        ("block", "soz")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sorry, 4got to say: tickets r on sale now!", [("block", "4got"), ("block", "r")]),
        # Spaced-out letters of a name are not "r" for "are"
        ("Well done Z a i n a b  A k h t a r on her prize", []),
        ("The books r due back on Monday", [("block", "r")]),
    ],
)
def test_short_forms_for_are_and_forgot(text, expected):
    assert findings_of("text_speak", text, "carlton") == expected
