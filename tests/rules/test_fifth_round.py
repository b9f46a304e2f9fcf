"""The fifth round of general rules (issue 11), each on sentences written for these tests, not
taken from the corpora: a child addressed by a greeting or encouragement, praise with a word of
when before the name, one child of a named class described, word names in compounds and beside
their own photo, tone aimed at visiting adults, denied and promised wording, text speak with
digits, and phone numbers read aloud or written with a letter O."""

from __future__ import annotations

import pytest
from rules_helpers import rules

from policies import Roster, RosterPupil
from policies.facts import PhotoFacts

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Daisy", "Whitehead", consent="granted", key="da", group="1A"),
    RosterPupil("Hazel", "Kirby", consent="granted", key="ha", group="6B"),
    RosterPupil("Mason", "Bell", consent="granted", key="ma", group="1B"),
    RosterPupil("Hunter", "Young", consent="granted", key="hu", group="3A"),
    RosterPupil("Summer", "Okoye", consent="granted", key="su", group="2B"),
    RosterPupil("Charlotte", "Hughes", consent="granted", key="ch", group="5B"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


@pytest.mark.parametrize(
    "text",
    [
        "Keep trying Summer, you will get there.",
        "Keep reading Charlotte, it is a great book.",
        "Fantastic effort this morning Daisy!",
        "Great job today Mason, what a star.",
        "Summer, you have been a joy to teach.",
        "Amira, many happy returns from all of Year 3!",
        "Leo, we're so proud of your swimming.",
    ],
)
def test_a_child_addressed_is_targeted_in_unsworth(text, roster):
    """Unsworth allows first names, not content aimed at one child."""
    assert ("targeted_praise", BLOCK) in rules(text, roster, "unsworth")


@pytest.mark.parametrize(
    "text",
    [
        "The Year 3 boy who lost his water bottle can collect it from the office.",
        "The Reception child who was poorly yesterday is much better.",
        "The 4B girl who found the keys has been thanked by the caretaker.",
    ],
)
def test_one_child_of_a_named_class(text, roster):
    assert ("targeted_praise", BLOCK) in rules(text, roster)


def test_health_is_no_judgement(roster):
    found = rules("The Year 5 child who was sick on the coach is fine today.", roster)
    assert ("negative_tone", BLOCK) not in found
    assert ("targeted_praise", BLOCK) in found


@pytest.mark.parametrize(
    "text",
    [
        "Keep going Year 6, nearly there!",
        "Hunter-gatherers were Year 3's topic this half term.",
        "Summer-born children are welcome at our stay and play.",
        "Mason jars of sweet peas brightened the office.",
        "Sorry to hear that; please ring the office and we will sort it out.",
        "Our visiting author was brilliant and not at all boring.",
        "We counted zero one two three four five six seven eight nine in French.",
        "Our handbell group played for the residents of Oak Lodge.",
    ],
)
def test_ordinary_posts_pass(text, roster):
    assert rules(text, roster) == []


def test_a_word_name_beside_their_photo_is_their_name(roster):
    photo = PhotoFacts(pupils=("ha",), faces=1, alt_text="A pupil with a prize")
    assert ("child_name", BLOCK) in rules("Hazel receiving the sports day cup.", roster,
                                          photos=(photo,))
    assert ("name_with_photo", BLOCK) in rules("Hazel receiving the sports day cup.", roster,
                                               "unsworth", photos=(photo,))


@pytest.mark.parametrize(
    "text",
    [
        "Our visiting magician was the most boring man alive.",
        "The coach was so dull that the team fell asleep.",
        "Is a tidy coat peg too much to ask of some families?",
    ],
)
def test_tone_aimed_at_people(text, roster):
    assert ("negative_tone", BLOCK) in rules(text, roster)


def test_an_opinion_with_a_word_between(roster):
    assert ("negative_tone", BLOCK) in rules("We really think ours is the best choir.", roster,
                                             "highfield")


@pytest.mark.parametrize(
    "text",
    ["Congrats 2 all our runners!", "Year 3 r off to the museum.", "#thanks4coming", "Gd luck!"],
)
def test_text_speak_with_digits(text, roster):
    assert ("text_speak", BLOCK) in rules(text, roster, "carlton")


@pytest.mark.parametrize(
    "text",
    ["Year 2 all enjoyed the trip.", "The score was 4 all at half time.", "#KS2 #Y6 #back"],
)
def test_numbers_are_not_text_speak(text, roster):
    assert ("text_speak", BLOCK) not in rules(text, roster, "carlton")


@pytest.mark.parametrize(
    "text",
    [
        "Lost scarf, call Dan: o7700 9OO 321",
        "Dial seven seven zero zero nine zero zero one two three.",
        "Lift share: ring on oh seven seven zero zero, nine zero zero, four four six.",
    ],
)
def test_phone_numbers_disguised(text, roster):
    assert ("personal_data", BLOCK) in rules(text, roster)


@pytest.mark.parametrize(
    "text", ["Happy birthday Xiaoming!", "Congratulations Zhiyuan on the piano exam!"]
)
def test_a_name_no_list_knows_after_a_greeting_is_a_question(text, roster):
    """A capitalised word that is no English word straight after "Happy birthday": perhaps a
    child the name lists lack; a question, since it may be a team or a school."""
    assert ("child_name", WARN) in rules(text, roster)
    assert ("child_name", BLOCK) not in rules(text, roster)


@pytest.mark.parametrize(
    "text",
    [
        "Imam Yusuf spoke to Year 5 about Eid.",
        "Big thanks to Nana Ama for the kente cloth talk.",
        "Dad Kwame brought his drums in for music.",
        "Sarah, our office manager, retires this week.",
    ],
)
def test_adults_by_title_or_role(text, roster):
    assert rules(text, roster) == []
