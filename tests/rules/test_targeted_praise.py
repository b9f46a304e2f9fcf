from __future__ import annotations

import pytest
from rules_helpers import findings_of

from policies import Roster, RosterPupil


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Well done Josh a better lesson today", [("block", "Well done Josh")]),
        (
            "Congratulations to one pupil in Year 4 for a brilliant story",
            [("block", "Congratulations to one pupil")],
        ),
        ("Happy birthday to JS!", [("block", "Happy birthday to JS")]),
        ("Well done Year 4 for a better lesson today", []),
        ("Don't forget the PE kits tomorrow", []),
        ("Thank you Mrs Patel for a wonderful assembly", []),
        # Thanks said about a child, not to one: naming (child_name's severity), not targeting.
        ("Thanks to Isla for the cake", []),
        ("Thank you Isla for the cake", [("block", "Thank you Isla")]),
        ("Well done to Josh for his story", []),
        ("Well done Josh for your story", [("block", "Well done Josh")]),
        ("A warm welcome to the two new girls from Syria in Year 3", [
            ("block", "the two new girls")
        ]),
        ("Congratulations to the tallest girl in Year 5", [
            ("block", "Congratulations to the tallest girl")
        ]),
        ("Josh was here. Well done everyone in Year 6!", []),
    ],
)
def test_praise_aimed_at_one_child(text, expected, roster):
    assert findings_of("targeted_praise", text, "unsworth", roster) == expected


def test_forefield_makes_it_a_warning(roster):
    assert findings_of("targeted_praise", "Well done to one pupil", "forefield", roster) == [
        ("warn", "Well done to one pupil")
    ]


def test_praise_for_a_child_already_named_adds_no_second_finding(roster):
    assert findings_of("targeted_praise", "Well done Josh", "forefield", roster) == []
    assert findings_of("child_name", "Well done Josh", "forefield", roster) == [("block", "Josh")]


def test_carlton_and_highfield_warn_of_a_child_picked_out(roster):
    for preset in ("carlton", "highfield"):
        assert findings_of(
            "targeted_praise", "Well done to the only boy in Year 4 who remembered", preset, roster
        ) == [("warn", "Well done to the only boy")]
        reminder = "Year 6, don't forget your PE kit"
        assert findings_of("targeted_praise", reminder, preset, roster) == []


def test_a_name_after_you_is_said_to_that_child():
    roster = Roster([RosterPupil("Kofi", "Boateng", key="1")])
    assert findings_of("targeted_praise", "Good luck to you Kofi in the gala!", "unsworth",
                       roster) == [("block", "you Kofi")]
    assert findings_of("targeted_praise", "Good luck to you all in the gala!", "unsworth",
                       roster) == []
