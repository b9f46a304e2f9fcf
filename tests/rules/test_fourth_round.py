"""The fourth round of general rules (issue 11), each on sentences written for these tests, not
taken from the corpora: places that are also names, verbs and plural nouns after a word name,
a family named beside a child, names with a class after them, adults' roles, one-letter slips,
targeted praise without a name, reported debates, condescension, and school abbreviations."""

from __future__ import annotations

import pytest
from rules_helpers import rules

from policies import Roster, RosterPupil

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Sydney", "Okafor", consent="granted", key="sy", group="4C"),
    RosterPupil("Chelsea", "Barnes", consent="granted", key="ch", group="2A"),
    RosterPupil("Blessing", "Obi", consent="granted", key="bl", group="3B"),
    RosterPupil("Robin", "Marsh", consent="granted", key="ro", group="5A"),
    RosterPupil("Faith", "Lowe", consent="granted", key="fa", group="6B"),
    RosterPupil("Hunter", "Page", consent="granted", key="hu", group="1A"),
    RosterPupil("Jay", "Walker", consent="granted", key="ja", group="2C"),
    RosterPupil("Kemi", "Taylor", consent="granted", key="ke", group="3A", known_as=("Kemi",)),
    RosterPupil("Temi", "Ajala", consent="granted", key="te", group="6A"),
    RosterPupil("Imran", "Bukhari", consent="granted", key="im", group="5B"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


@pytest.mark.parametrize(
    "text",
    [
        # A town that is also a name, in a place's context.
        "Year 5 have pen pals at a school in Sydney.",
        "Our trip to Chelsea Physic Garden was a highlight.",
        "Year 4 found out about the city of Sydney and its harbour.",
        # A lower-case word name that takes an object is a verb.
        "Thank you to the vicar for blessing the new library.",
        # Before a plural noun, opening a list of words, before a number: the everyday word.
        "Robin eggs were found under the hedge.",  # (nests, feathers: also verbs, stay a question)
        "Faith, kindness and courage are our values this half term.",
        "Page 12 of the homework book has the spellings.",
        # The, a name and a place word: a pub or a building.
        "The Robin Inn donated the raffle prizes.",
        # A debate or a persuasive letter reports what pupils argued.
        "Year 6 argued that school dinners are awful and should be free.",
        # Some parents in a sentence of thanks.
        "A few parents have kindly offered to run the cake stall.",
        # School abbreviations written in mixed case.
        "SENDCo coffee mornings start again next week.",
        # Any child, not one.
        "Thank you to everyone who helped a child learn to read this year.",
        # A title inside a lower-case hashtag.
        "Tickets for #robinthemusical are on sale now!",
    ],
)
def test_places_words_and_reported_debates_pass(text, roster):
    assert rules(text, roster, "highfield", category="news") == []


@pytest.mark.parametrize(
    ("text", "preset", "expected"),
    [
        # A word name with a class straight after it plainly names that child.
        ("A big thank you to Jay from 2C for tidying the library.", "droxford",
         [("child_name", BLOCK)]),
        # The child's family is named too: the word name is plainly the child.
        ("Thanks to Mr and Mrs Lowe for the bulbs, and to Faith for planting them!",
         "droxford", [("child_name", BLOCK)]),
        # A four-letter slip of a known-as name, mid-sentence, is a question.
        ("Lovely reading from Kemy this morning.", "highfield", [("child_name", WARN)]),
    ],
)
def test_children_are_still_caught(text, preset, expected, roster):
    assert rules(text, roster, preset, category="celebration") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brilliant work Imran, keep it up!",
        "Happy 8th birthday Temi, from all your friends!",
    ],
)
def test_praise_said_straight_to_one_child_is_targeted(text, roster):
    assert ("targeted_praise", BLOCK) in rules(text, roster, "unsworth", category="celebration")


@pytest.mark.parametrize(
    "text",
    [
        "Big congratulations to a certain someone in 4C who learnt to ride a bike!",
        "The girl in 3B who found the purse deserves a medal.",
        "Shout-out to the one pupil in Year 2 who remembered every spelling.",
    ],
)
def test_one_child_picked_out_without_a_name_is_targeted(text, roster):
    assert ("targeted_praise", BLOCK) in rules(text, roster, "droxford", category="celebration")


@pytest.mark.parametrize(
    "text",
    [
        "Year 3 were a total shambles at the swimming gala.",
        "Some of you obviously didn't bother reading the letter about the trip.",
        "It really isn't that difficult to park away from the gates.",
        "Certain families think the rules don't apply to them.",
    ],
)
def test_put_downs_and_condescension_aimed_at_people_are_caught(text, roster):
    assert ("negative_tone", BLOCK) in rules(text, roster, "droxford", category="news")


def test_a_one_word_verdict_counts_the_people_before_it(roster):
    text = "Once more the reply slips are late from the same parents. Pathetic."
    assert ("negative_tone", WARN) in rules(text, roster, "carlton", category="news") or (
        "negative_tone", BLOCK
    ) in rules(text, roster, "carlton", category="news")


@pytest.mark.parametrize(
    "text",
    [
        "Our volunteer reader Faith comes in every Tuesday.",
        "Sensei Hunter Page ran the karate taster.",
        "Please welcome our new TA to Year 6.",
    ],
)
def test_adults_named_by_role_or_title_pass(text, roster):
    assert rules(text, roster, "forefield", category="news") == []


def test_an_unknown_first_name_with_a_class_is_a_question_and_a_full_name_blocks(roster):
    assert rules("Our new lunchtime monitor is Priya from Year 6.", roster) == [
        ("child_name", WARN)
    ]
    assert rules("Our Year 6 captain Priya Desai led the team out.", roster) == [
        ("child_name", BLOCK)
    ]
