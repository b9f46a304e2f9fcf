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


# Rules from corpus 5's misses, on fresh sentences.
MORE = Roster(
    [
        RosterPupil("Autumn", "Baptiste", consent="granted", key="au", group="2B"),
        RosterPupil("Grace", "Olatunji", consent="granted", key="gr", group="4A"),
        RosterPupil("Will", "Tanaka", consent="granted", key="wi", group="5A"),
        RosterPupil("Hazel", "Quigley", consent="granted", key="ha", group="Reception"),
        RosterPupil("Kit", "Sowerby", consent="granted", key="ki", group="3C"),
        RosterPupil("Precious", "Nwosu", consent="granted", key="pr", group="2A"),
        RosterPupil("Miles", "Ferreira", consent="granted", key="mi", group="6A"),
    ]
)


# A fixed expression (Will you..) never spans a comma: "Thank you Will, you..." names Will.
def test_an_expression_does_not_cross_a_comma():
    assert child_names("Will you join us for the carol service?", MORE) == []
    assert child_names("Cheers Will, you made the stage look amazing.", MORE) == [(BLOCK, "Will")]


# A name set off by a comma or a dash in a sentence that says you or your: spoken to one child.
@pytest.mark.parametrize(
    "text",
    [
        "Grace, your swimming bag is still in the hall!",
        "What a goal in the final seconds Kit, you made everyone cheer.",
        "Hazel - your bean plant has grown so tall! You should be proud.",
    ],
)
def test_a_name_spoken_to_is_targeted(text):
    assert ("targeted_praise", BLOCK) in rules(text, MORE, "unsworth")


def test_a_word_name_spoken_to_has_the_presets_severity():
    assert child_names("Grace, your swimming bag is still in the hall!", MORE, "forefield") == [
        (BLOCK, "Grace")
    ]


def test_a_list_of_words_is_not_spoken_to():
    assert rules("Hazel, rowan and birch: you can spot all three in our wood.", MORE) == []


# Praise inside a CamelCase hashtag before the name; a hashtag of everyday words passes.
def test_praise_in_a_hashtag_before_a_name():
    assert ("targeted_praise", BLOCK) in rules("#ProudOfMiles for his speech", MORE, "unsworth")
    assert child_names("#WellDoneWill for a lovely poem", MORE, "forefield") == [(BLOCK, "Will")]
    assert child_names("Year 3 are #AutumnReady with wellies and coats", MORE) == []


# A roster name cut in two by a hyphen or an underscore is still the name; a lower-case
# compound is not a name.
def test_a_name_cut_by_a_hyphen_or_an_underscore():
    assert child_names("A lovely poem by Ola-tunji in 4A.", MORE) == [(BLOCK, "Ola-tunji")]
    assert child_names("Kind words from Ferr_eira today.", MORE) == [(BLOCK, "Ferr_eira")]
    assert child_names("Year 1 tasted kit-kat style biscuits.", MORE) == []


# A past tense (regular or not) after a word name: a person doing something.
@pytest.mark.parametrize(
    "text", ["Hazel dug up the biggest potato in the school garden.", "Kit painted a robin."]
)
def test_a_past_tense_after_a_word_name_is_the_child(text):
    assert child_names(text, MORE)[0][0] == BLOCK


# What a season does is the season; what the child does is the child.
def test_what_a_season_does():
    assert child_names("Autumn is finally here, so wrap up warm for playtime.", MORE) == []
    assert child_names("Autumn has arrived and the leaves are falling.", MORE) == []
    assert child_names("Autumn wrote a poem about conkers.", MORE) == [(BLOCK, "Autumn")]


# A family noun in lower case before a name is a child; the title Sister is an adult.
def test_a_family_noun_before_a_name():
    assert child_names("Mrs Ferreira brought her son Miles to the fair.", MORE) == [
        (BLOCK, "Miles")
    ]
    assert child_names("Sister Grace Olatunji from St Anne's led our assembly.", MORE) == []


# A role word is no unknown child, and neither is a one-word exclamation; a first name that
# no dictionary holds stays a question.
def test_roles_and_exclamations_are_not_unknown_children():
    assert child_names("Our Rabbi visitor answered questions about Shabbat.", MORE) == []
    assert child_names("The coach was stuck in traffic but we made it. Legend!", MORE) == []
    assert child_names("Thank you Kacper!", MORE, "highfield") != []


# Two capitalised words joined by "and": a title, unless the second may be a name.
def test_two_capitalised_words_joined_by_and():
    assert child_names("This term's value is Grace and Gratitude.", MORE) == []
    assert child_names("Grace and Kacper read the prayer at assembly.", MORE) != []


# A verb the everyday meaning may do too (ivy covers, joy fills) proves no child on its own; a
# his or her after it does.
def test_a_verb_a_thing_may_do_is_only_a_question():
    ivy = Roster([RosterPupil("Ivy", "Gallagher", consent="granted", key="iv", group="2A")])
    assert child_names("Ivy covered the brick wall behind the pond.", ivy, "droxford") == [
        (WARN, "Ivy")
    ]
    assert child_names("Ivy covered her book in sticky-backed plastic.", ivy) == [(BLOCK, "Ivy")]
    assert child_names("Ivy tidied the art cupboard.", ivy) == [(BLOCK, "Ivy")]


# An adult named in full with their role in apposition; a first name written to slip past
# though not on the roster; a first name with a class after a comma.
def test_an_adult_named_in_full_with_a_role_after():
    assert child_names("Thanks to Paula Brennan, our school cook, for the pancakes.", MORE) == []
    assert child_names("Paula Brennan, 5B, baked the pancakes.", MORE) == [(BLOCK, "Paula Brennan")]


def test_an_unknown_first_name_in_disguise_is_a_question():
    assert child_names("Tom@sz scored the winning try.", MORE, "highfield") == [(WARN, "Tom@sz")]
    assert child_names("Email office@school.org for the forms.", MORE) == []


def test_a_first_name_with_a_class_after_a_comma_is_a_question():
    assert child_names("Bartosz, Year 4, sang the solo.", MORE, "highfield") == [(WARN, "Bartosz")]


# A name's 's before a capitalised place or business names it; before any other capitalised
# noun (a poem, a family word) it is still the child's.
def test_a_possessive_before_a_capitalised_noun():
    assert child_names("Reception walked to Miles's Orchard for apple picking.", MORE) == []
    assert child_names("Year 2 loved Hazel's Bakery on the high street.", MORE) == []
    assert child_names("Thank you to Hazel's Nan for the knitting.", MORE) == [(BLOCK, "Hazel")]
    assert child_names("Everyone loved Miles's Poem about the sea.", MORE) == [(BLOCK, "Miles")]


# A roster surname that is a place word before a school word is the school's name.
def test_a_place_surname_before_a_school_word():
    hill = Roster([RosterPupil("Tomasz", "Hill", consent="granted", key="th", group="4B")])
    assert child_names("Oak Hill Primary came for a netball friendly.", hill) == []
    assert child_names("Well done Hill for a super race", hill) == [(BLOCK, "Hill")]


# Places of faith stories are places only in a place's context.
def test_a_bible_place_in_a_place_context():
    assert child_names("Year 1 retold the journey to Bethlehem.", MORE) == []
    assert child_names("Nativity rehearsals: Mary and Joseph arrive in Bethlehem.", MORE) == []


# Two names joined by a hyphen are one child's name: one finding, not two.
def test_a_hyphenated_first_name_is_one_finding():
    found = child_names("Well done to Ellie-Mae for 100 reading nights!", MORE, "highfield")
    assert len(found) == 1 and found[0][1] == "Ellie-Mae"


# A capitalised word no list knows, straight before what a pupil does: a question.
def test_an_unlisted_name_before_what_a_pupil_does():
    assert child_names("Tochukwu scored twice in the cup final.", MORE, "highfield") == [
        (WARN, "Tochukwu")
    ]
    assert child_names("Tochukwu Road is closed for resurfacing.", MORE) == []
    assert child_names("Morrisons donated the fruit for our picnic.", MORE) == []


# A word name before a lower-case plural, even a rare one, is a brand or a kind of thing; a
# name and a capitalised word before a plural noun name a place.
def test_a_name_before_a_plural_noun():
    hunter = Roster(
        [
            RosterPupil("Hunter", "Adewale", consent="granted", key="hu", group="3A"),
            RosterPupil("Mason", "Okafor", consent="granted", key="ms", group="1B"),
        ]
    )
    assert child_names("Lost property: Hunter wellies, size 2.", hunter) == []
    assert child_names("Mason Vale allotments gave us marrows.", hunter) == []
    assert child_names("Mason climbed the ropes by himself.", hunter) == [(BLOCK, "Mason")]


# A title shortened with a full stop still comes before the name; a sentence that ends in a
# word that is also a title does not make the next sentence's name an adult's.
def test_a_title_with_a_full_stop():
    assert child_names("Sgt. Grace Olatunji talked to Year 6 about road safety.", MORE) == []
    assert child_names("Rev. Kit Sowerby blessed the new library.", MORE) == []
    assert child_names("We waved to the Queen. Grace Olatunji won.", MORE) == [
        (BLOCK, "Grace Olatunji")
    ]


# An irregular past after a sentence-opening word name is a verb, never the noun it describes.
@pytest.mark.parametrize(
    "text", ["Grace dug up a fossil in the sandpit.", "Will cut the ribbon at the new library."]
)
def test_an_irregular_past_is_no_noun(text):
    assert child_names(text, MORE)[0][0] == BLOCK


# A surname or a first name alone before a lower-case plural noun that is not people names a
# thing (Chelsea buns, Wellington puddings); before twins or brothers it is still the family.
def test_a_name_before_a_plural_thing():
    roster = Roster([RosterPupil("Kit", "Wellington", consent="granted", key="kw")])
    assert child_names("Year 2 baked Chelsea buns for the fair.", roster) == []
    assert child_names("The cafe sells Wellington puddings and scones.", roster) == []
    assert child_names("Please thank Wellington brothers for the help.", roster) != []


# A pupil's first name, a surname none of those pupils has and a verb: another child's full
# name, reported once; an everyday reading (our Summer Fayre is...) is left alone.
def test_a_roster_first_name_with_another_surname_before_a_verb():
    assert child_names("Grace Mbeki won the poetry slam.", MORE) == [(BLOCK, "Grace Mbeki")]
    assert child_names("Grace Sowerby won the poetry slam.", MORE) == [(BLOCK, "Grace Sowerby")]
    assert child_names("Our Autumn Fayre is on Saturday.", MORE) == []


# A word name and that pupil's surname initial with a full stop: plainly the pupil.
def test_a_word_name_with_the_pupils_initial():
    assert child_names("Hazel Q. planted the sunflower seeds.", MORE) == [(BLOCK, "Hazel")]
    assert child_names("Hazel T. planted the sunflower seeds.", MORE, "highfield") == [
        (WARN, "Hazel")
    ]


# Capitalised words straight after poem, song, carol or play are its title; a verb after the
# name makes it the child who made it.
def test_a_name_in_a_works_title():
    assert child_names("Year 4 learnt the poem Hazel Tree in Winter by heart.", MORE) == []
    assert child_names("Year 6 performed the play Oliver Twist for parents.", MORE) == []
    assert child_names("We all loved the poem Hazel wrote about conkers.", MORE) == [
        (BLOCK, "Hazel")
    ]


# A named child's health or family circumstances are about that one child.
@pytest.mark.parametrize(
    "text",
    [
        "Kit is home from hospital and sends his thanks for the cards.",
        "Hazel's mum and dad are divorced, so only her mum may collect her.",
    ],
)
def test_a_named_childs_circumstances_are_targeted(text):
    assert ("targeted_praise", BLOCK) in rules(text, MORE, "unsworth", category="news")


def test_circumstances_without_a_child_are_not_targeted():
    found = rules("Year 4 visited the hospital museum in town.", MORE, "unsworth", category="trip")
    assert ("targeted_praise", BLOCK) not in found
