"""The tenth round's first rules (issue 11), from the misses in corpus 7's last third, each
tested on sentences written for these tests in both directions: a name not on the roster in a
business's name (Dotty's Tearoom) and a brand named after a person (Brooke Bond) are no child;
an apposition says who a word name is (Jade, one of our TAs, is an adult; Jade, one of our
Year 3 pupils, is plainly a child); a list of rarer plant words opened by a word name is the
plants; and "well, that went well..." trailing into a let-down is sarcasm."""

from __future__ import annotations

import pytest
from rules_helpers import findings_of, of_rule

from policies import Roster, RosterPupil
from policies.lexicon import data_names, first_names

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Jade", "Corbin", consent="granted", key="ja", group="3A"),
    RosterPupil("Brooke", "Hallam", consent="granted", key="br", group="2A"),
    RosterPupil("Iris", "Fenwick", consent="granted", key="ir", group="1B"),
    RosterPupil("Sorrel", "Penhale", consent="granted", key="so", group="4B"),
    RosterPupil("Ruby", "Tregear", consent="granted", key="ru", group="5A"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


# A likely first name that is not on the roster, 's and a business word is the business.
@pytest.mark.parametrize(
    "text",
    [
        "The cakes for the cake sale came from Dotty's Tearoom on Fore Street.",
        "Year 4 visited Alfie's Garage to learn how a car is serviced.",
        "Thank you to Poppy's Florist for the flowers on the altar at our leavers' service.",
    ],
)
def test_a_name_not_on_the_roster_in_a_business_s_name_is_no_child(text, roster):
    assert of_rule("child_name", text, roster, "highfield") == []


@pytest.mark.parametrize(
    "text",
    [
        "Freya's painting of the harbour is in the library window.",
        "Alfie's model lighthouse really lights up!",
    ],
)
def test_a_name_not_on_the_roster_with_a_child_s_work_is_still_asked_about(text, roster):
    assert of_rule("child_name", text, roster, "highfield") == [WARN]


# A brand named after a person is in the gazetteer: the name in it is no child.
@pytest.mark.parametrize(
    "text",
    [
        "Year 6 learnt how Brooke Bond tea was packed in Manchester a century ago.",
        "Our uniform supplier is now John Lewis as well as the shop in town.",
        "Reception's snack this week: Ella's Kitchen fruit pouches, kindly donated.",
    ],
)
def test_a_brand_named_after_a_person_is_no_child(text, roster):
    assert of_rule("child_name", text, roster) == []


def test_the_same_first_name_doing_something_is_still_the_child(roster):
    assert of_rule("child_name", "Brooke made a brilliant bird box in DT.", roster) == [BLOCK]


# An apposition names an adult's role, one of several (one of our TAs, one of the lunchtime
# supervisors), or plainly a child (one of our Year 3 pupils, our head girl).
@pytest.mark.parametrize(
    "text",
    [
        "Jade, one of our TAs, has the lost property rail out by the office.",
        "Ruby, one of the lunchtime supervisors, found a purse on the field.",
        "Iris, one of our volunteers, runs the library on Tuesday afternoons.",
    ],
)
def test_an_apposition_naming_adults_makes_the_word_name_an_adult(text, roster):
    assert of_rule("child_name", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jade, one of our Year 3 pupils, won the county poetry cup.",
        "Ruby, our head girl, gave a speech at the Remembrance service.",
        "Iris, a Reception pupil, rang the bell for the start of the race.",
    ],
)
def test_an_apposition_naming_a_child_makes_the_word_name_plainly_a_child(text, roster):
    assert BLOCK in of_rule("child_name", text, roster)


# A word name opening a list of plants or things, however rare the last one, is the word; a
# list of names, or a word name told to do something, is not.
@pytest.mark.parametrize(
    "text",
    [
        "Iris, snowdrop and aconite bulbs are going in along the path this week.",
        "Sorrel, chard and borage are growing in the Year 2 beds.",
    ],
)
def test_a_word_name_opening_a_list_of_plants_is_the_plant(text, roster):
    assert of_rule("child_name", text, roster) == []


def test_a_word_name_in_a_list_of_names_is_still_the_child(roster):
    assert BLOCK in of_rule("child_name", "Iris, sam and Ruby won the relay.", roster)


# "Well, that went well" opening a draft with an ellipsis is sarcasm when a let-down follows,
# and delight when praise does.
@pytest.mark.parametrize(
    "text",
    [
        "Well that went well... half the choir forgot their words at the carol service.",
        "That went well… the coach was late and the pool was closed.",
        "Who knew... nobody had read the letter about the trip.",
    ],
)
def test_an_ironic_opener_before_a_let_down_is_negative_tone(text):
    assert [sev for sev, _ in findings_of("negative_tone", text, "droxford")] == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Well that went well... thank you everyone for a wonderful sports day!",
        "That went well! See you all at the next one.",
    ],
)
def test_the_same_opener_before_praise_is_delight(text):
    assert findings_of("negative_tone", text, "droxford") == []


# One child set apart without a name: by a superlative (our youngest pupil, the only girl in
# the squad), as one of a named class's children (one of our Year 4 girls), or as the one who
# did something (the child who won). Plurals, every one of a class and any child are groups.
@pytest.mark.parametrize(
    "text",
    [
        "Our youngest pupil turned four today and shared a cake with Nursery.",
        "The only boy in the Year 5 netball squad scored twice on Saturday.",
        "One of our Year 4 girls has been chosen for the county gymnastics team.",
        "One of the Reception children found a fossil on the beach walk!",
        "The child who designed our new school logo is in Year 5.",
        "A big cheer for the Year 1 boy who swam his first width today.",
    ],
)
def test_one_child_set_apart_without_a_name_is_targeted(text):
    assert [
        sev for sev, _ in findings_of("targeted_praise", text, "unsworth", category="news")
    ] == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Our youngest pupils loved the teddy bears' picnic on the field.",
        "Every one of our Year 4 pupils swam 25 metres this term!",
        "One of our Year 4 pupils' favourite books is The Hodgeheg.",
        "Any child who would like a part in the play should see Mrs Lee by Friday.",
        "The children who won the relay received their medals in assembly.",
        "The youngest child in a family often finds the first week the hardest.",
        "The only way to the beach is down the steps, so wear sensible shoes.",
    ],
)
def test_groups_and_any_child_are_not_targeted(text):
    assert findings_of("targeted_praise", text, "unsworth", category="news") == []


# The first names of today's older pupils (born 2014 to 2018) that the later ONS years lack are
# likely first names too; the ones that are English words are not added.
def test_the_older_pupils_birth_years_add_their_names_but_no_words():
    older = data_names("uk_first_names_older.txt")
    assert len(older) > 1000 and len(older & first_names()) > 0.9 * len(older)
    assert {"liban", "nasra"} <= older & first_names()
    assert not older & data_names("uk_first_names.txt")
    assert "marvellous" not in older and "marvellous" not in first_names()


@pytest.mark.parametrize(
    "text",
    [
        "Liban won the spelling bee in Year 5 this morning!",
        "Nasra read her own poem in assembly today.",
    ],
)
def test_a_name_of_those_years_is_the_unknown_name_question(text, roster):
    assert of_rule("child_name", text, roster) == [WARN]


# Names of families from further origins (Somali, Eritrean, Vietnamese, Kurdish, Tamil...), too
# rare in the ONS tables, are kept by hand: a child so named is the unknown-name question
# wherever the name stands; the English words among such names (Long, My) are not added.
@pytest.mark.parametrize(
    "text",
    [
        "Thank you to Semhar and her mum for the samosas at the cake sale.",
        "Congratulations to Tesfay on his swimming certificate!",
        "Year 2 and Khanh planted the tulip bulbs by the gate.",
        "Photos from Rojin's birthday picnic are on the class page.",
    ],
)
def test_a_name_of_a_further_origin_is_the_unknown_name_question(text, roster):
    assert of_rule("child_name", text, roster, "carlton") == [WARN]


def test_english_words_among_such_names_are_not_first_names():
    assert {"semhar", "tesfay", "khanh", "rojin"} <= first_names()
    assert not {"long", "my", "princess"} & data_names("first_names_extra.txt")
