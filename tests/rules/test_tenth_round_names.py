"""The tenth round of general rules about names (issue 11), on sentences written for these tests,
each in both directions. The roster is full of names that are also words and surnames that are
words (Iris Moss, Joy Bell, Storm Reid, Holly Brook...), so the rules hold for any such name,
not for one corpus's roster."""

from __future__ import annotations

import pytest
from rules_helpers import findings_of, of_rule, rules

from policies import Roster, RosterPupil

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Iris", "Moss", consent="granted", key="ir", group="3A"),
    RosterPupil("Joy", "Bell", consent="granted", key="jo", group="2B"),
    RosterPupil("Storm", "Reid", consent="granted", key="st", group="4C"),
    RosterPupil("Holly", "Brook", consent="granted", key="ho", group="1A"),
    RosterPupil("Hope", "Marsh", consent="granted", key="hp", group="5B"),
    RosterPupil("Will", "Cook", consent="granted", key="wi", group="6A"),
    RosterPupil("Zofia", "Kowalska", consent="granted", key="zo", group="4B"),
    RosterPupil("Grace", "Stone", consent="granted", key="gr", group="2A"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


# A word name, a comma and verbs with their objects is said to a child (Iris, remember and
# bring your kit); a word name opening a list of everyday nouns is still the words.
@pytest.mark.parametrize(
    "text",
    [
        "Iris, remember and bring your kit on Friday.",
        "Hope, pack your bag and take it home tonight.",
        "Holly, tidy up and hand them in to the office.",
    ],
)
def test_a_word_name_before_verbs_with_objects_is_said_to_the_child(text, roster):
    found = rules(text, roster)
    assert len(found) == 1 and found[0][0] in ("child_name", "targeted_praise")


@pytest.mark.parametrize(
    "text",
    [
        "Hope, kindness and courage are the values on our new banner.",
        "Grace, joy and hope: the three words of our Advent assembly.",
        "Iris, moss and lichen grew by the pond on our woodland walk.",
    ],
)
def test_a_word_name_opening_a_list_of_nouns_is_still_the_word(text, roster):
    assert of_rule("child_name", text, roster) == []


# "and" and his, her or their after a word name is a person with their own (Joy and her team);
# "and" and an everyday word is a pair of words (Joy and laughter).
@pytest.mark.parametrize(
    "text",
    [
        "Joy and her team won the quiz at the library on Tuesday.",
        "Will and his dad built the bird box that now hangs by the gate.",
    ],
)
def test_a_word_name_and_a_possessive_is_a_person(text, roster):
    assert of_rule("child_name", text, roster) == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Joy and laughter filled the hall at our Christmas party.",
        "Hope and courage were the themes of this week's collective worship.",
    ],
)
def test_a_word_name_and_an_everyday_word_is_still_a_pair_of_words(text, roster):
    assert of_rule("child_name", text, roster) == []


# A description set beside a name (Zofia, a Year 4 pupil, ...; the new girl in Year 4, Zofia)
# is the same child: one fact, one finding, where the name is what the policy forbids; where
# first names are allowed, the description is still aimed at one child.
@pytest.mark.parametrize(
    "text",
    [
        "Zofia, a Year 4 pupil, swam 50 lengths for the RNLI.",
        "Storm, one of our Year 4 pupils, collected every crisp packet on the field.",
        "Zofia, the new girl in Year 4, wrote a poem about Kraków.",
        "Well done to the new girl in Year 4, Zofia, for her first merit badge.",
    ],
)
def test_a_name_and_its_description_are_one_finding(text, roster):
    assert rules(text, roster) == [("child_name", BLOCK)]


@pytest.mark.parametrize(
    "text",
    [
        "Zofia, a Year 4 pupil, swam 50 lengths for the RNLI.",
        "Zofia, the new girl in Year 4, wrote a poem about Kraków.",
    ],
)
def test_where_first_names_are_allowed_the_description_is_still_reported(text, roster):
    found = findings_of("targeted_praise", text, "unsworth", roster)
    assert found and found[0][1].startswith("Zofia,")


def test_a_description_with_no_name_beside_it_is_reported_alone(roster):
    text = "Zofia won the cup. The new girl in Year 4 also wrote a poem about Kraków."
    assert [r for r, _ in rules(text, roster)].count("targeted_praise") == 1


# A praise word straight before a word name outranks a list of words after it (Thank you Grace,
# hope and joy for the card): the child thanked; the same list with no praise is the words.
def test_praise_before_a_word_name_opening_a_list_is_the_child(roster):
    text = "Thank you Grace, ivy and holly for the lovely wreath."
    assert of_rule("child_name", text, roster) == [BLOCK]


# A pupil's surname that is an everyday word, in lower case after a preposition, a conjunction
# or a list's comma, is the word (nests from moss and twigs); praise before it is the child.
@pytest.mark.parametrize(
    "text",
    [
        "Year 3 made bird nests from moss and twigs.",
        "The old wall by the pond is covered in moss and ferns.",
        "Reception collected pebbles and moss for their fairy garden.",
        "Year 1 looked for snails, moss and woodlice under the logs.",
    ],
)
def test_a_lower_case_surname_word_in_a_sentence_is_the_word(text, roster):
    assert of_rule("child_name", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "well done to moss for a brilliant week in 3A",
        "Thank you marsh for the lovely card!",
    ],
)
def test_a_lower_case_surname_after_praise_is_still_the_child(text, roster):
    assert of_rule("child_name", text, roster) == [BLOCK]


# A comma, or a stop and a space, between a first name and a surname-word parts them (Iris,
# moss and lichen); a stop with no space still joins a full name (Zofia.Kowalska).
def test_a_comma_between_first_name_and_surname_is_no_full_name(roster):
    found = findings_of(
        "child_name", "Storm, reid and rushes grew along the bank.", "droxford", roster
    )
    assert all(span != "Storm, reid" for _, span in found)


def test_a_full_name_joined_by_a_stop_is_still_the_full_name(roster):
    text = "The cake stall was all down to Zofia.Kowalska - thank you!"
    assert findings_of("child_name", text, "highfield", roster) == [(BLOCK, "Zofia.Kowalska")]


# A name, "at" and a capitalised name that is no English word (a shop, a bank, a firm) may be
# an adult who works there: a question, not a block; "at Brownies", "at Forest School" are
# words, where a child may be, so the child is still plainly named.
@pytest.mark.parametrize(
    "text",
    [
        "A huge thank you to Grace at Waitrose for the fruit for harvest.",
        "Thank you to Zofia at Barclays for the money workshop in Year 6.",
    ],
)
def test_a_name_at_a_firm_is_a_question(text, roster):
    assert of_rule("child_name", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "Well done to Zofia at Beavers for her first badge.",
        "Well done to Grace at Forest School for building the best den.",
    ],
)
def test_a_name_at_a_children_s_club_is_still_the_child(text, roster):
    assert of_rule("child_name", text, roster) == [BLOCK]


# A caption: a word name, an -ing verb, a preposition and his or her (Holly concentrating on
# her sewing) is the child, as "Holly holding her certificate" is.
def test_a_caption_with_a_preposition_before_the_pronoun_is_the_child(roster):
    text = "Look at Holly concentrating on her sewing!"
    assert of_rule("child_name", text, roster) == [BLOCK]


def test_a_word_name_before_plants_is_the_plant(roster):
    text = "Holly plants and ivy cuttings are for sale at the Christmas fair."
    assert of_rule("child_name", text, roster) == []


# Well-known people with word first names are in the gazetteer (Iris Murdoch, Mark Rothko).
def test_a_famous_person_with_a_word_first_name_is_no_child(roster):
    roster_with_mark = Roster((*PUPILS, RosterPupil("Mark", "Olsen", key="ma", group="6B")))
    text = "Year 6 painted colour-field pictures after Mark Rothko inspired them."
    assert of_rule("child_name", text, roster_with_mark) == []


# Fresh roster for the word classes below: a British -our surname, lower-case word first names
# and the place and day words Bay and Day.
WORDS = Roster(
    (
        RosterPupil("Neve", "Harbour", consent="granted", key="ne", group="2A"),
        RosterPupil("Kit", "Osei", consent="granted", key="ki", group="5A"),
        RosterPupil("Basil", "Nowak", consent="granted", key="ba", group="3B"),
        RosterPupil("Bay", "Trevena", consent="granted", key="by", group="1A"),
        RosterPupil("Ronan", "Day", consent="granted", key="ro", group="6B"),
        RosterPupil("Dara", "Tully", consent="granted", key="da", group="4A"),
    )
)


# A British spelling (harbour) counts as the everyday word its American form (harbor) is.
@pytest.mark.parametrize(
    "text",
    [
        "Year 2 sketched the fishing boats in the harbour at sunset.",
        "The lifeboat crew showed us round the harbour and the station.",
    ],
)
def test_a_british_spelling_of_a_surname_word_is_the_word(text):
    assert of_rule("child_name", text, WORDS) == []


def test_the_british_spelling_written_as_the_child_is_still_the_child():
    text = "Neve Harbour swam her first length today!"
    assert of_rule("child_name", text, WORDS) == [BLOCK]


# A lower-case word name after another lower-case word (spare kit), or opening "and" and a
# lower-case word (basil and thyme), is the word; after praise it is still the child.
@pytest.mark.parametrize(
    "text",
    [
        "Bring a named water bottle and spare kit for the cross-country on Friday.",
        "Year 3 planted basil and thyme in the herb garden.",
    ],
)
def test_a_lower_case_word_name_in_a_compound_or_a_list_is_the_word(text):
    assert of_rule("child_name", text, WORDS) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("well done kit for a brilliant swim", "kit"),
        ("shout out to basil and zara for the tidy-up", "basil"),
    ],
)
def test_a_lower_case_word_name_after_praise_is_still_the_child(text, name):
    assert (BLOCK, name) in findings_of("child_name", text, "droxford", WORDS)


# A first name that is no English word, in lower case, is still a name where praise comes
# before it or "and" joins it to another name (kayden and zara): not on the roster, a question.
@pytest.mark.parametrize(
    "text",
    [
        "jayden and amira were our brilliant reading buddies this week",
        "well done kacper for a super swim",
    ],
)
def test_a_lower_case_name_not_on_the_roster_is_reported(text):
    found = rules(text, WORDS)
    assert found and {rule for rule, _ in found} <= {"child_name", "targeted_praise"}


@pytest.mark.parametrize(
    "text",
    [
        "Year 4 tasted naan and dal from the new Indian restaurant.",
        "Reception mixed flour and water to make salt dough.",
    ],
)
def test_lower_case_food_and_words_are_no_names(text):
    assert of_rule("child_name", text, WORDS) == []


# A role ending in -master, -mistress, -man or -woman before a name is an adult's (the
# harbourmaster, Jim; our postwoman, Bay); an address's house number and street word hold no
# child (12 Bay Row); a name's landmark (Ronan's Tower) is the place; DT week is the subject.
@pytest.mark.parametrize(
    "text",
    [
        "The harbourmaster, Sid, showed Year 5 how the lock gates open.",
        "Our postwoman, Bay, waved to Reception from her van.",
        "Spare uniform can be collected from 12 Bay Row on Saturday.",
        "Year 6 climbed to the top of Kit's Tower on their residential.",
        "DT week starts on Monday: bring in clean yoghurt pots.",
    ],
)
def test_adults_addresses_landmarks_and_subjects_are_no_child(text):
    assert of_rule("child_name", text, WORDS) == []


@pytest.mark.parametrize(
    "text",
    ["Bay made a model of the harbour master's boat.", "Kit's drawing of the tower is on display."],
)
def test_the_child_beside_those_words_is_still_the_child(text):
    assert of_rule("child_name", text, WORDS) == [BLOCK]


def test_a_subject_s_letters_alone_are_still_a_question():
    assert of_rule("child_name", "DT is on Tuesday this half term.", WORDS) == [WARN]


# Bay and Day after a capitalised word that is no first name, or after a possessive, head a
# place's or a day's name (Whitsand Bay, Odd Socks Day, St David's Day, #WorldBookDay).
@pytest.mark.parametrize(
    "text",
    [
        "Year 4 wrote poems about the rock pools at Whitsand Bay.",
        "Our Odd Socks Day raised £80 for the anti-bullying charity.",
        "Welsh cakes for everyone on St David's Day!",
        "Costumes ready for tomorrow! #WorldBookDay",
    ],
)
def test_a_place_or_day_word_heading_a_proper_name_is_no_child(text):
    assert of_rule("child_name", text, WORDS) == []


@pytest.mark.parametrize(
    "text",
    ["Well done Bay for a lovely poem about the sea.", "Ronan Day won the poetry prize."],
)
def test_bay_and_day_as_the_child_are_still_the_child(text):
    assert of_rule("child_name", text, WORDS) == [BLOCK]


# A name in the host of an e-mail or web address names the organisation (St Kit's school); in
# the address's path it may still be the child.
def test_a_name_in_an_address_s_host_is_no_child():
    text = "Any questions? Write to office@st-dara.example.sch.uk before Friday."
    assert of_rule("child_name", text, WORDS) == []


def test_a_name_in_an_address_s_path_is_still_the_child():
    text = "Photos are at www.example.sch.uk/news/dara-tully-wins-the-cup today."
    assert of_rule("child_name", text, WORDS) == [BLOCK]


# A name and a comma opening a sentence, then a verdict on that child's day or effort ("Kit, a
# much better morning today"), is said to that child.
@pytest.mark.parametrize(
    "text",
    [
        "Hope, a much improved week in maths.",
        "Holly, a brilliant start to the term.",
        "Joy, what an afternoon!",
    ],
)
def test_a_verdict_on_one_child_s_day_is_said_to_the_child(text, roster):
    found = rules(text, roster)
    assert len(found) == 1 and found[0][1] == BLOCK


def test_a_word_name_opening_a_sentence_about_a_day_for_all_is_no_block():
    text = "Storm, a day to remember: the new hall opened at last."
    assert BLOCK not in of_rule("child_name", text, Roster(PUPILS))


# A capitalised word that is one pupil's first name and another's surname, alone, is read as
# a first name: where first names are allowed and surnames are not, it passes.
def test_a_word_that_is_a_first_name_and_a_surname_is_read_as_a_first_name():
    both = Roster(
        (
            RosterPupil("Tudor", "Pellow", consent="granted", key="tu", group="3A"),
            RosterPupil("Elin", "Tudor", consent="granted", key="el", group="5A"),
        )
    )
    text = "Tudor's castle made of cereal boxes is in the hall this week."
    assert of_rule("child_name", text, both, "unsworth") == []
    assert of_rule("child_name", text, both, "droxford") == [BLOCK]


MONTHS = Roster(
    (
        RosterPupil("April", "Rowe", consent="granted", key="ap", group="2A"),
        RosterPupil("May", "Achebe", consent="granted", key="my", group="3A"),
        RosterPupil("June", "Halloran", consent="granted", key="ju", group="4A"),
    )
)


# Two months joined by and, or, to or a dash are dates (between April and June, May–July);
# the same pair doing something a person does is two children.
@pytest.mark.parametrize(
    "text",
    [
        "Swimming lessons for Year 3 run from April to June.",
        "Parents' evenings will be held between May and June.",
        "Our after-school clubs run April–July this year.",
    ],
)
def test_two_months_joined_are_dates(text):
    assert of_rule("child_name", text, MONTHS) == []


@pytest.mark.parametrize(
    "text",
    [
        "April and June planted the sunflowers by the gate.",
        "May and April have been kind buddies to Reception.",
    ],
)
def test_two_months_doing_something_are_children(text):
    assert BLOCK in of_rule("child_name", text, MONTHS)


# A word name, is and a or the, with no noun for a child after it, may be the word defined
# (Joy is a gift we share): a question, not a block; "Joy is a brilliant reader" is the child.
def test_a_word_name_defined_is_a_question(roster):
    text = "Hope is a light in dark times: the theme of this week's collective worship."
    assert of_rule("child_name", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    ["Hope is a brilliant reader and a kind friend.", "Holly was the fastest in the relay."],
)
def test_a_word_name_that_is_a_child_s_role_is_the_child(text, roster):
    assert of_rule("child_name", text, roster) == [BLOCK]


# A name, 's and a capitalised story word (Ronan's Journey) may be a book's title: a question.
def test_a_name_s_capitalised_story_word_is_a_question():
    text = "Year 5 have been reading Ronan's Journey in guided reading."
    assert of_rule("child_name", text, WORDS) == [WARN]


def test_a_name_s_lower_case_story_is_the_child():
    text = "Ronan's story about the shipwreck was read out in assembly."
    assert of_rule("child_name", text, WORDS) == [BLOCK]


def test_a_song_with_a_word_name_in_its_title_is_no_child(roster):
    text = "The Year 4 recorder group played Ode to Joy at the summer concert."
    assert of_rule("child_name", text, roster) == []


# A character's first name not on the roster (Harry, Hermione) set off by a comma and then you
# or your is said to a child: reported, as any name said to one child is.
def test_a_character_s_first_name_said_to_with_you_is_reported(roster):
    found = rules("Hermione, you left your water bottle in the hall!", roster)
    assert found and found[0][0] in ("child_name", "targeted_praise")


def test_a_character_s_first_name_in_a_costume_list_is_no_block(roster):
    found = rules("Year 4 came dressed as Hermione for World Book Day.", roster)
    assert BLOCK not in [sev for _, sev in found]


# "Name, who" and what an adult does for a living or for the school (works, volunteers,
# teaches, retires) is an adult; "Name, who won" or "who is in Year 2" is still the child.
@pytest.mark.parametrize(
    "text",
    [
        "Thank you to Holly, who volunteers in our library every Friday.",
        "Storm, who has cooked our school dinners for years, retires in July.",
        "Zofia, who teaches our Polish club, brought pączki for everyone.",
    ],
)
def test_a_name_who_does_an_adult_s_work_is_an_adult(text, roster):
    assert of_rule("child_name", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Zofia, who won the spelling bee, is in Year 4.",
        "Thank you to Holly, who tidied the library every lunchtime.",
    ],
)
def test_a_name_who_does_a_child_s_thing_is_still_the_child(text, roster):
    assert of_rule("child_name", text, roster) == [BLOCK]


# Leetspeak that the tokeniser read as two words or as a number: a ! before lower-case letters
# (Zof!a is Zofia, though "Wow!What a day" stays two words), and one digit before four or
# more letters (0ona is Oona; 10am, 2nd and 5aside are no names).
IRISH = Roster(
    (
        RosterPupil("Siobhan", "Keane", consent="granted", key="si", group="5B"),
        RosterPupil("Oisin", "Brady", consent="granted", key="oi", group="2C"),
    )
)


@pytest.mark.parametrize(
    "text",
    ["Well done S!obhan for the poem about the sea!", "Big well done to 0isin for the poster."],
)
def test_leetspeak_with_a_bang_or_a_leading_digit_is_the_name(text):
    assert of_rule("child_name", text, IRISH) == [BLOCK]


@pytest.mark.parametrize(
    "text",
    ["Hooray!we won the quiz at the library.", "Year 6 won the 5aside cup at 10am on the 2nd."],
)
def test_a_bang_between_words_and_numbers_with_letters_are_no_names(text):
    assert of_rule("child_name", text, IRISH) == []


# A two-part given name written as two capitalised halves (Mei Lin, Mei-Lin) is the roster's
# Meilin; two everyday words side by side (Rose Mary) are not joined.
@pytest.mark.parametrize(
    "text", ["Well done Mei Lin for the lantern!", "Mei-Lin made the tallest paper tower."]
)
def test_a_given_name_in_two_capitalised_halves_is_the_name(text):
    meilin = Roster((RosterPupil("Meilin", "Zhou", consent="granted", key="me", group="3C"),))
    assert of_rule("child_name", text, meilin) == [BLOCK]


def test_two_capitalised_words_are_not_joined_into_a_roster_name():
    rosemary = Roster((RosterPupil("Rosemary", "Quinn", consent="granted", key="rq"),))
    found = findings_of("child_name", "Year 3 sang Rose Mary's song.", "droxford", rosemary)
    assert all(span != "Rose Mary" and sev != BLOCK for sev, span in found)
