"""The seventh round of general rules (issue 11), each on sentences written for these tests, not
taken from the corpora, and each in both directions: the child or the detail is still caught,
the ordinary post still passes. The rules: an adult named in full after a title or a role keeps
their first name later in the post; a class after a double-barrelled surname or after "of"; a
child picked out by a family detail ("the twins whose dad ..."); a phone number read partly in
words and partly in digits; a house number and street before a town; a day or a month misspelt
with a capital; inventors and scientists of the curriculum in the gazetteer."""

from __future__ import annotations

import pytest
from rules_helpers import rules, run

from policies import Roster, RosterPupil

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Poppy", "Whitlock", consent="granted", key="po", group="3C"),
    RosterPupil("Thomas", "Adair", consent="granted", key="th", group="5B"),
    RosterPupil("Isaac", "Mbatha", consent="granted", key="is", group="2A"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


def of_rule(rule: str, text: str, roster: Roster, preset: str = "droxford") -> list:
    return [(sev, span) for r, sev, span in run(text, preset, roster) if r == rule]


# An adult named in full after a title or a role (our lollipop lady Poppy Hale) is the same
# adult when the post uses the first name again; a first name with no adult before it is the
# pupil's, and a title with no surname does not clear a later bare name.
@pytest.mark.parametrize(
    "text",
    [
        "Our lollipop lady Poppy Hale retires on Friday. We will miss you, Poppy!",
        "Governor Thomas Reid led the assembly; Thomas brought his old school reports.",
    ],
)
def test_an_adults_first_name_again_later_is_the_adult(text, roster):
    assert [r for r in rules(text, roster, "forefield") if r[0] != "spelling"] == []


def test_a_first_name_with_no_adult_before_it_is_still_the_pupil(roster):
    assert of_rule("child_name", "We will miss you, Thomas!", roster, "forefield") == [
        (BLOCK, "Thomas")
    ]
    text = "Thomas Hale painted the mural. Thank you, Thomas!"
    assert (BLOCK, "Thomas") in of_rule("child_name", text, roster, "forefield")


# A name not on the roster with a double-barrelled surname and "of Year 3" or "in 4B" after it:
# a child named in full, the whole surname quoted. "of" before anything but a class is not one.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Adaeze Okafor-Brown of Year 3 read her poem to the governors.", "Adaeze Okafor-Brown"),
        ("Wiktor Zielinski-Hart in 4B scored the winning try.", "Wiktor Zielinski-Hart"),
        ("Farida Haddad of Y6 designed the new reading-corner sign.", "Farida Haddad"),
    ],
)
def test_a_double_barrelled_name_before_a_class_is_a_child(text, name, roster):
    assert of_rule("child_name", text, roster) == [(BLOCK, name)]


def test_of_before_something_else_is_no_class(roster):
    found = of_rule("child_name", "Catherine of Aragon was Henry VIII's first wife.", roster)
    assert all(sev != BLOCK for sev, _ in found)


# A child or a pair picked out by a family detail (whose mum, whose grandad) is targeted even
# without praise; children in general with a family detail are not one child.
@pytest.mark.parametrize(
    "text",
    [
        "The Year 4 girl whose grandad drives the 42 bus waved to him at the gates.",
        "The Reception triplets whose dad is a firefighter showed us the engine.",
    ],
)
def test_a_child_picked_out_by_a_family_detail(text, roster):
    assert of_rule("targeted_praise", text, roster) == [
        (BLOCK, text[: text.index(" whose")])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Children whose parents have not yet paid for the trip can still go.",
        "Any pupil whose reading book is lost can collect a new one from the office.",
    ],
)
def test_children_in_general_with_a_family_detail_are_not_targeted(text, roster):
    assert of_rule("targeted_praise", text, roster) == []


# A number read aloud partly in words and partly in digits (oh-seven-nine double-one 404 228):
# the words become digits, and a UK number of ten or eleven digits is a phone number; counts,
# times and scores mixing words and digits are not.
@pytest.mark.parametrize(
    "text",
    [
        "Lost a coat? Ring Pat on oh-seven-nine double-one 404 228.",
        "Text me on 0 seven 7 nine 1 treble-two 3 4 5 about the raffle.",
        "Call oh one six one 496 0773 after six.",
    ],
)
def test_a_phone_number_read_partly_in_words(text, roster):
    assert [sev for sev, _ in of_rule("personal_data", text, roster)] == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Year one, 2 and three all ran 100 metres at sports day.",
        "We won three 2 one, then lost 4 - nil in the final.",
        "Doors open at seven, 30 minutes before the show starts at 7.30.",
        "The freephone line is oh eight hundred, 800 1111.",
    ],
)
def test_counts_and_scores_in_words_and_digits_are_not_a_phone(text, roster):
    assert of_rule("personal_data", text, roster) == []


# A house number and a street whose last word is also an everyday word (Banks, Rise, View),
# then a town after a comma: an address. A year group or a class number before a park is not.
@pytest.mark.parametrize(
    "text",
    [
        "Cake drop-off at 14 Willow Rise, Frodsham, from 9am.",
        "Bring donations to 3 Castle View, Northwich, by Friday.",
    ],
)
def test_a_street_with_a_town_after_it_is_an_address(text, roster):
    assert [sev for sev, _ in of_rule("personal_data", text, roster)] == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "Year 5 Hyde Park, London trip: coaches leave at 8am.",
        "Class 4 Meadow View, Tarporley is our partner school's newsletter name.",
    ],
)
def test_a_year_group_or_a_count_before_a_park_is_no_address(text, roster):
    assert of_rule("personal_data", text, roster) == []


# A capitalised day or month a letter or two out (Wensday, Septmber, Firday) is a slip, not a
# proper noun; names near a day (Frida, Augusta) and the days themselves are not.
@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("Swimming moves to Wensday this week.", "Wensday"),
        ("The trip is on 12 Septmber, letters to follow.", "Septmber"),
        ("Non-uniform day is this Firday for Children in Need.", "Firday"),
    ],
)
def test_a_misspelt_day_or_month_is_a_spelling_question(text, slip, roster):
    assert of_rule("spelling", text, roster, "highfield") == [(WARN, slip)]


@pytest.mark.parametrize(
    "text",
    [
        "Year 6 painted self-portraits in the style of Frida Kahlo on Tuesday.",
        "Our visiting author Augusta Lane signs books on Saturday.",
        "See you all on Wednesday, February 4th.",
    ],
)
def test_days_months_and_names_near_them_are_not_misspelt(text, roster):
    assert of_rule("spelling", text, roster, "highfield") == []


# Inventors and scientists of the primary curriculum are in the gazetteer: a pupil's first
# name inside one is the inventor; the pupil's own name is still the pupil.
def test_a_curriculum_inventor_is_not_the_pupil(roster):
    text = "Year 4 compared Thomas Edison's light bulb with a modern LED."
    assert of_rule("child_name", text, roster) == []
    assert of_rule("child_name", "Isaac Newton's laws were Year 6's topic.", roster) == []
    assert of_rule("child_name", "Thomas built a light bulb circuit.", roster) == [
        (BLOCK, "Thomas")
    ]


# An animal word in lower case just before a name (the school dog Poppy, our class rabbit
# Thomas): the animal's name, on the roster or not. The pupil beside the animal is still named.
@pytest.mark.parametrize(
    "text",
    [
        "The therapy dog Poppy visits Year 3 every Monday.",
        "Our class guinea pig Thomas needs a home for half term.",
        "A farm visit! Year 1 fed the goat Marigold and the pony Jasper.",
    ],
)
def test_an_animals_name_is_not_a_child(text, roster):
    assert of_rule("child_name", text, roster, "highfield") == []


def test_a_pupil_beside_an_animal_is_still_named(roster):
    text = "Thomas walked the school dog round the field."
    assert of_rule("child_name", text, roster) == [(BLOCK, "Thomas")]


# A short form of text speak written as a proper noun after a preposition mid-sentence (the
# city of Ur) is the proper noun; the same short form in lower case is still text speak.
def test_a_short_form_written_as_a_place_is_not_text_speak(roster):
    text = "Year 4 made clay tablets like those found at Ur."
    assert of_rule("text_speak", text, roster, "highfield") == []
    assert of_rule("text_speak", "Thank you for ur help at the fair.", roster, "highfield") == [
        (WARN, "ur")
    ]


# The words of religious education and of Welsh greetings are words, not slips; a slip beside
# them is still a question.
def test_faith_and_welsh_words_are_not_misspelt(roster):
    text = "Year 2 shared langar with the granthi, then said diolch and nos da."
    assert of_rule("spelling", text, roster, "highfield") == []
    assert of_rule("spelling", "Year 2 shared langar with the grnathi.", roster, "highfield") == [
        (WARN, "grnathi")
    ]


# A show's title after the show and "is" or "will be" (our production this year is Thomas!):
# a title. "The star of the show is Thomas" names the child.
def test_a_production_named_after_is_a_title(roster):
    assert of_rule("child_name", "Our pantomime this year is Thomas! Book now.", roster) == []
    assert of_rule("child_name", "The star of the show is Thomas!", roster) == [
        (BLOCK, "Thomas")
    ]


# A roster name with a plural s in a list of plurals after a counting word (lots of Elves,
# Thomases and Poppys): costumes. A single plural-looking name alone is still a question.
def test_a_plural_name_in_a_counted_list_is_a_costume(roster):
    text = "Dress-up day: so many Wizards, Poppys and Pirates in Year 2!"
    assert of_rule("child_name", text, roster, "highfield") == []


# A colour before a hazard word and an alert or a warning (an Amber pollen warning): the level of
# the warning; the same colour name before a verb is the pupil.
def test_a_colour_before_an_alert_is_a_level(roster):
    amber = Roster((RosterPupil("Amber", "Quayle", consent="granted", key="am", group="1B"),))
    text = "Amber pollen alert today: inhalers in bags, please."
    assert of_rule("child_name", text, amber, "highfield") == []
    text = "Amber was warning the others about the puddle."
    assert of_rule("child_name", text, amber, "highfield") != []


# A name not on the roster straight before a garment or a lunchbox in lower case (Boden coats,
# Clarks shoes): a brand in lost property; before a verb it is still the question.
def test_a_brand_before_a_garment_is_not_a_child(roster):
    text = "Found: Boden coats and Clarks trainers in the hall."
    assert of_rule("child_name", text, roster, "highfield") == []
    assert of_rule("child_name", "Kwabena found the shoes.", roster, "highfield") == [
        (WARN, "Kwabena")
    ]


# Sport, royal and Bible figures kept in the gazetteer: a pupil's first name inside one is the
# figure; the same first name doing something is still the pupil.
def test_more_well_known_figures_are_not_pupils():
    roster = Roster((RosterPupil("Jason", "Lee", consent="granted", key="ja", group="3A"),))
    assert of_rule("child_name", "Year 2 read how Jason Kenny won his gold medals.", roster) == []
    assert of_rule("child_name", "Jason won the Year 2 cycling race.", roster) == [
        (BLOCK, "Jason")
    ]


# A first name not on the roster between a house number and a street's last word is part of
# the address (one fact, one finding: personal_data); after a year group it is a child.
def test_a_name_inside_a_street_is_the_address(roster):
    text = "Costumes can be dropped at 22 Tansy Rise, Helsby, after school."
    assert [r for r, _, _ in run(text, "highfield", roster)] == ["personal_data"]
    assert of_rule("child_name", "Year 6 Amara Green won the cross-country.", roster) == [
        (BLOCK, "Amara Green")
    ]


def test_a_child_spoken_to_after_their_work_is_still_the_child(roster):
    text = "Brilliant work on your harvest poem Thomas, Mr Lee loved it!"
    assert of_rule("child_name", text, roster) == [(BLOCK, "Thomas")]
