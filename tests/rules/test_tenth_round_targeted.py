"""targeted_praise, tenth round (corpus 9's seen part, as classes, on sentences written for these
tests): a post said to someone by a first name the name rules do not read as a child's (one
that is also a word, or not on the roster),
and two or three children picked out as one family by where they came from or a new start."""

from __future__ import annotations

import pytest
from rules_helpers import of_rule

from policies import Roster, RosterPupil

BLOCK, WARN = "block", "warn"


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster((RosterPupil("Hope", "Marsh", consent="granted", key="ho", group="4B"),))


@pytest.mark.parametrize(
    "text",
    [
        "Frank, your water bottle is waiting for you in the office.",
        "Miles, you left your recorder in the hall!",
        "Sonny, you've forgotten your reading folder again.",
    ],
)
def test_a_post_said_to_someone_by_first_name_is_targeted(text, roster):
    assert of_rule("targeted_praise", text, roster) == [BLOCK]
    assert WARN in of_rule("targeted_praise", text, roster, "highfield") + of_rule(
        "child_name", text, roster, "highfield"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Parents, your reply slips are due on Friday.",
        "Year 4, your trip letters are in book bags.",
        "Grandma, you are invited to our Grandparents' Tea!",
    ],
)
def test_a_group_or_a_family_word_addressed_is_not_one_child(text, roster):
    assert of_rule("targeted_praise", text, roster, "unsworth") == []


@pytest.mark.parametrize(
    "text",
    [
        "A big welcome to the Ukrainian brother and sister who joined Year 1 and Year 4.",
        "We are delighted to welcome our new twin girls from Nigeria.",
        "Welcome to the three brothers who have started with us this week.",
    ],
)
def test_siblings_picked_out_by_origin_or_a_new_start_are_targeted(text, roster):
    assert of_rule("targeted_praise", text, roster) == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Year 6 learnt how the Wright brothers built the first aeroplane.",
        "Brothers and sisters are welcome at the summer disco.",
        "Thank you to the brothers and sisters who came to cheer at sports day.",
    ],
)
def test_siblings_in_history_or_as_any_family_pass(text, roster):
    assert of_rule("targeted_praise", text, roster) == []


def test_a_class_named_like_a_child_addressed_is_the_class():
    roster = Roster((), class_names=("Hazel class", "Rowan class"))
    text = "Hazel, your trip letters are in book bags tonight."
    assert of_rule("targeted_praise", text, roster, "unsworth") == []
    assert of_rule("targeted_praise", "Miles, you left your scarf!", roster, "unsworth") == [BLOCK]
