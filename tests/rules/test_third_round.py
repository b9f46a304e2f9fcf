"""The third round of general rules (issue 11), each on sentences written for these tests, not
taken from the corpora: word-names read from the words around them, place names and authors,
pet forms, one finding per child, targeted descriptions, tone aimed at people, text speak in
hashtags and the words of school life."""

from __future__ import annotations

import pytest
from rules_helpers import WEDNESDAY_10AM, rules, run

from policies import Draft, PhotoFacts, Roster, RosterPupil, check, load_policy

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Daisy", "Moss", consent="granted", key="d"),
    RosterPupil("Faith", "Adeyemi", consent="granted", key="f"),
    RosterPupil("Miles", "Dunn", consent="granted", key="m"),
    RosterPupil("Sky", "Patel", consent="granted", key="s"),
    RosterPupil("Rose", "Kim", consent="granted", key="r"),
    RosterPupil("Robin", "Church", consent="granted", key="c"),
    RosterPupil("Amir", "Shah", consent="granted", key="a"),
    RosterPupil("Zuzanna", "Nowak", consent="granted", key="z"),
    RosterPupil("Thomas", "Hargreaves", consent="granted", key="t"),
    RosterPupil("Kofi", "Mensah", consent="granted", key="k"),
    RosterPupil("Matilda", "Jones", consent="granted", key="j"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


@pytest.mark.parametrize(
    "text",
    [
        "Daisy chains on the field at lunchtime: a lovely sight.",
        "Faith leaders from the town visited for our assembly on peace.",
        "Sky blue jumpers are part of the new uniform from September.",
        "Faith in Action week begins with a visit from the food bank.",
        "Year 6 learnt about the Golden Hind and the Mary Rose.",
        "St Mark's Church hall is our polling station on Thursday.",
        "Year 5 loved Matilda by Roald Dahl so much they want the sequel.",
        "Tom Sawyer and Huck Finn sailed the Mississippi in Year 6 guided reading.",
        "Mark Twain wrote about the Mississippi.",
    ],
)
def test_everyday_words_places_and_books_pass(text, roster):
    assert rules(text, roster, category="news") == []


@pytest.mark.parametrize(
    ("text", "preset", "expected"),
    [
        # Acting on his or her own: a person, so the preset's severity for names, not a question.
        ("Miles smashed his personal best in the 400 metres.", "droxford", [("child_name", BLOCK)]),
        ("Rose finished her first chapter book.", "forefield", [("child_name", BLOCK)]),
        # A Polish diminutive nobody entered as known-as: a question about Zuzanna.
        ("Zuzia read to the younger children.", "highfield", [("child_name", WARN)]),
        # A pet form with that pupil's own surname elsewhere is still a question.
        ("Tom won the chess club trophy.", "highfield", [("child_name", WARN)]),
    ],
)
def test_the_same_words_as_children_are_caught(text, preset, expected, roster):
    assert rules(text, roster, preset, category="celebration") == expected


def test_an_unknown_full_name_before_what_a_person_does_is_one_finding(roster):
    # Sixth round: a likely first name, a surname and a verb name a person in full (a pupil
    # the roster lacks), so the preset's severity for full names, on the whole name, once.
    found = run("Ethan Clarke scored the winning goal.", "highfield", roster)
    assert found == [("child_name", BLOCK, "Ethan Clarke")]


def test_initials_that_are_a_word_are_certain_when_that_pupil_is_tagged(roster):
    tagged = (PhotoFacts(pupils=("a",), alt_text="A boy holding a clay pot"),)
    untagged = (PhotoFacts(pupils=("k",), alt_text="A boy holding a clay pot"),)
    text = "A lovely clay pot by AS in 4B!"
    assert rules(text, roster, "carlton", photos=tagged) == [("name_with_photo", BLOCK)]
    assert rules(text, roster, "carlton", photos=untagged) == [("name_with_photo", WARN)]


@pytest.mark.parametrize(
    ("text", "photos"),
    [
        ("Well done Kofi! Kofi has worked so hard on his reading.", ()),
        (
            "Kofi with his trophy #proudofkofi",
            (PhotoFacts(pupils=("k",), alt_text="A boy holding a silver trophy"),),
        ),
        (
            "Star of the week: Kofi!",
            (PhotoFacts(pupils=("k",), alt_text="Kofi Mensah holding his certificate"),),
        ),
    ],
)
def test_one_child_named_twice_is_one_finding(text, photos, roster):
    for preset in ("droxford", "highfield", "carlton", "unsworth", "forefield"):
        found = run(text, preset, roster, photos=photos, category="celebration")
        assert len(found) == 1, (preset, found)


def test_the_alt_text_naming_the_same_child_is_said_in_the_one_finding(roster):
    photos = (PhotoFacts(pupils=("k",), alt_text="Kofi Mensah holding his certificate"),)
    draft = Draft("Star of the week: Kofi!", when=WEDNESDAY_10AM, photos=photos)
    (finding,) = check(draft, load_policy("carlton"), roster).findings
    assert "alt text of photo 1" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations to one of our Year 3 girls, who swam for the county.",
        "A warm welcome to our new boy in 2C, who has come all the way from Brazil.",
        "Welcome to the new girl in Year 5, who moved to us from Leeds.",
    ],
)
def test_one_child_described_is_targeted(text, roster):
    assert ("targeted_praise", BLOCK) in rules(text, roster, "droxford", category="celebration")


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations to our Year 3 girls, who won the netball festival.",
        "Welcome to all the families who have moved to the area this summer.",
    ],
)
def test_groups_are_not_targeted(text, roster):
    assert rules(text, roster, "droxford", category="celebration") == []


@pytest.mark.parametrize(
    ("text", "preset", "expected"),
    [
        ("Whoever broke the greenhouse window is a vandal and a coward.", "droxford", BLOCK),
        (
            "Thank you to the drivers who blocked the school gate yet again. Lovely.",
            "droxford",
            WARN,
        ),
        # Carlton leaves negative words to the approver but rules out remarks aimed at staff.
        ("Mr Hale's parents' evening talk dragged on and bored the parents.", "carlton", WARN),
    ],
)
def test_tone_aimed_at_people(text, preset, expected, roster):
    assert ("negative_tone", expected) in rules(text, roster, preset)


@pytest.mark.parametrize(
    "text",
    [
        "Please don't forget, families, that term starts again on Tuesday.",
        "Thank you to the runners who ignored the drizzle and finished the course!",
        "The storm dragged on all night, so the field is closed.",
    ],
)
def test_reminders_and_praise_are_not_complaints(text, roster):
    assert [r for r in rules(text, roster, "carlton") if r[0] == "negative_tone"] == []


def test_opinion_markers(roster):
    assert ("negative_tone", BLOCK) in rules(
        "We think our choir is the best around.", roster, "highfield"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ready for the new term #back2school", [("text_speak", BLOCK)]),
        ("A brilliant trip #time2shine", [("text_speak", BLOCK)]),
        ("Our SATs results #KS2 #Y6 #year6", []),
    ],
)
def test_a_digit_for_a_word_in_a_hashtag(text, expected, roster):
    assert [r for r in rules(text, roster, "carlton") if r[0] == "text_speak"] == expected


def test_words_of_school_life_are_not_misspelt(roster):
    text = "Book your slot on the app; rangoli, roti and hoodies at the Diwali fair."
    assert [r for r in rules(text, roster, "carlton") if r[0] == "spelling"] == []
