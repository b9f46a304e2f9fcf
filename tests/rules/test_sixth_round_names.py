"""The sixth round of general rules about names (issue 11), each on sentences written for these
tests, not taken from the corpora, and each in both directions: the child is still caught, the
ordinary word, the character or the adult still passes. The rules: a letter after an apostrophe
never starts a spaced-out name; titles kept as data; festivals in the gazetteer; the gazetteer's
people and characters in plural, possessive and first-name-only forms; an unknown first name
and surname before a verb; a modal verb opening a question; a sentence-opening word before a
noun; a verb with herself or his/her; a name after "a" and describing words; a roster name in
capitals after a determiner."""

from __future__ import annotations

import pytest
from rules_helpers import rules, run

from policies import Roster, RosterPupil

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Precious", "Nwosu", consent="granted", key="pr", group="2A"),
    RosterPupil("Eve", "Morgan", consent="granted", key="ev", group="4C"),
    RosterPupil("Luke", "Fairbairn", consent="granted", key="lu", group="6A"),
    RosterPupil("Peter", "Osei", consent="granted", key="pe", group="3B"),
    RosterPupil("Will", "Tanaka", consent="granted", key="wi", group="5A"),
    RosterPupil("May", "Lindqvist", consent="granted", key="ma", group="1C"),
    RosterPupil("Ruth", "Young", consent="granted", key="yo", group="2C"),
    RosterPupil("Hazel", "Quigley", consent="granted", key="ha", group="Reception"),
    RosterPupil("Daisy", "Achterberg", consent="granted", key="da", group="1A"),
    RosterPupil("Ella", "Kowalski", consent="granted", key="el", group="3A"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


def child_names(text: str, roster: Roster, preset: str = "droxford") -> list[tuple[str, str]]:
    return [(sev, span) for rule, sev, span in run(text, preset, roster) if rule == "child_name"]


# A letter after an apostrophe belongs to the word before it (It's, that's): "'s a precious"
# is no spaced-out name, while letters spaced out on purpose still are.
def test_a_contraction_does_not_start_a_spaced_out_name(roster):
    assert child_names("What's a precious memory worth? Ask our Year 6 leavers.", roster) == []
    assert child_names("That's a precious gift from the PTA.", roster) == []
    assert child_names("So proud of P r e c i o u s today", roster) == [(BLOCK, "P r e c i o u s")]


# Titles as data (religious, military, civic, professional) make the name after them an adult's,
# even when it is a pupil's full name; without the title the pupil's full name is caught.
@pytest.mark.parametrize(
    "title", ["Canon", "Sheikh", "Major", "Pandit", "Alderman", "Matron", "Archdeacon"]
)
def test_a_title_from_the_data_file_marks_an_adult(title, roster):
    assert child_names(f"{title} Eve Morgan opened our new prayer garden.", roster) == []


def test_without_a_title_the_pupils_full_name_is_caught(roster):
    assert child_names("Eve Morgan opened our new prayer garden.", roster) == [
        (BLOCK, "Eve Morgan")
    ]


# Festivals and holy months that are also first names clear a name that is not on the roster.
def test_a_festival_is_not_an_unknown_child(roster):
    assert child_names("Year 2 baked sweets to share at the end of Ramadan.", roster) == []
    assert child_names("Year 2 baked sweets to share with Yusuf.", roster, "highfield") == [
        (WARN, "Yusuf")
    ]


# The gazetteer's characters in the plural: the whole character, roster first name included.
def test_a_character_in_the_plural_is_a_costume(roster):
    assert child_names("Our parade had three Peter Pans and a pirate ship.", roster) == []
    assert child_names("Our parade had Peter and a pirate ship.", roster) != []


# "Gospel of Luke" read as "Luke's gospel"; the pupil's own possessive is still the pupil.
def test_a_gazetteer_entry_of_name_reads_as_a_possessive(roster):
    assert child_names("Class 6 retold a parable from Luke's gospel in drama.", roster) == []
    assert child_names("Luke's model volcano erupted beautifully.", roster) == [(BLOCK, "Luke")]


# A character's first name alone (Moana of the film, Hermione of the books) is the character
# where no person's name fits; where only a person fits it stays the question it was.
@pytest.mark.parametrize(
    "text",
    [
        "Book Week brought a fearsome Moana and a sleepy Paddington to Year 1.",
        "We counted six Elsas in the Reception costume parade.",
        "Year 5 acted out the scene where Hermione brews the potion.",
    ],
)
def test_a_characters_first_name_alone(text, roster):
    assert child_names(text, roster) == []


def test_a_characters_first_name_where_a_person_fits_stays_a_question(roster):
    assert child_names("Hermione won the Year 4 spelling bee.", roster, "highfield") == [
        (WARN, "Hermione")
    ]


# A likely first name, a surname and a verb (a regular past or a verb a person does): a person
# named in full, so the preset's severity for full names, once, on the whole name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oluwaseun Adebayo baked bread for the harvest table.", "Oluwaseun Adebayo"),
        ("Yesterday Ellis Marchetti tidied the whole book corner.", "Ellis Marchetti"),
        ("Kacper Zielinski has won the county chess cup.", "Kacper Zielinski"),
    ],
)
def test_an_unknown_full_name_before_a_verb(text, name, roster):
    assert child_names(text, roster) == [(BLOCK, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Oluwaseun Adebayo baked bread for the harvest table.",
        "Our volunteer Ellis Marchetti tidied the whole book corner.",
        "Natural History Museum staff visited Year 3.",
    ],
)
def test_a_titled_adult_or_a_proper_name_before_a_verb_passes(text, roster):
    assert child_names(text, roster) == []


def test_names_joined_by_and_stay_a_question(roster):
    found = child_names("Ellis Marchetti and Kacper Zielinski won the pairs.", roster)
    assert found and all(sev == WARN for sev, _ in found)


# A modal verb that is a pupil's name opens a question; the same word doing something is Will.
@pytest.mark.parametrize(
    "text",
    [
        "Will somebody with a spare gazebo lend it for sports day?",
        "May each family bring one plate of food to share?",
    ],
)
def test_a_modal_opening_a_question(text, roster):
    assert child_names(text, roster, "highfield") == []


def test_the_modal_word_as_a_name_is_caught(roster):
    assert child_names("Will scored twice in the Year 5 match.", roster) == [(BLOCK, "Will")]
    assert child_names("Will please bring his reading book?", roster) != []


# At the start of a sentence a capital proves nothing: an everyday word before a lower-case
# noun describes it; before a verb it is a person.
def test_a_sentence_opening_word_before_a_noun(roster):
    assert child_names("Young musicians from Year 6 played at the fair.", roster) == []
    assert child_names("Young finished first in the sack race.", roster) != []


# A verb and herself/himself, or he, she, his or her soon after it: a person doing something.
@pytest.mark.parametrize(
    "text",
    [
        "Hazel buttoned up her coat all by herself today!",
        "Daisy always tidies her tray before home time.",
    ],
)
def test_a_verb_with_a_gendered_pronoun_is_the_child(text, roster):
    assert child_names(text, roster)[0][0] == BLOCK


def test_a_verb_without_a_person_is_still_only_a_question(roster):
    found = child_names("Daisy covered the bank behind the pond.", roster, "highfield")
    assert found == [] or found[0][0] == WARN


# "a" and describing words before a name: a part or a costume, not plainly a child; a noun or
# a preposition before the name is no such thing.
def test_a_name_after_a_and_describing_words(roster):
    assert child_names("The show had a very scary Daisy on the stage.", roster) == [(WARN, "Daisy")]
    assert child_names("Year 1 had a lovely chat with Daisy today.", roster) == [(BLOCK, "Daisy")]


# A roster name in capitals after a determiner is an acronym or a programme's name; anywhere
# else it is the child's name, shouted.
def test_a_roster_name_in_capitals(roster):
    assert child_names("Please complete the ELLA survey before half term.", roster) == []
    assert child_names("Star reader this week: ELLA", roster) == [(BLOCK, "ELLA")]


def test_every_rule_keeps_the_preset_severity(roster):
    assert ("child_name", BLOCK) in rules("Oluwaseun Adebayo baked bread.", roster, "carlton")


# A roster name with a plural s after a number or a counting word is many of something (five
# Matildas at World Book Day); the same one-letter change alone stays the question it was.
def test_a_counted_plural_of_a_roster_name():
    roster = Roster([RosterPupil("Oksana", "Melnyk", consent="granted", key="ok")])
    assert child_names("The ice show had four Oksanas and lots of snowmen.", roster) == []
    assert child_names("The ice show had lots of Oksanas.", roster) == []
    assert child_names("The ice show starred Oksanas from Year 4.", roster) != []


# A roster name that is a one-word title in the gazetteer (Matilda) straight after watching,
# reading or performing, with a place or a time or the end after it: the show or the book.
def test_a_one_word_title_after_watching_or_reading():
    matilda = Roster([RosterPupil("Matilda", "Oyelaran", consent="granted", key="mt")])
    assert child_names("Year 4 are rehearsing Matilda for the summer show.", matilda) == []
    assert child_names("Year 6 watched Matilda at the Lyceum on Friday.", matilda) == []
    assert child_names("We watched Matilda score the winning goal.", matilda) == [
        (BLOCK, "Matilda")
    ]
    assert child_names("Year 6 cheered Matilda at the gala.", matilda) != []
