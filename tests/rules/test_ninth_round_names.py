"""The ninth round of general rules about names (issue 11), each on sentences written for these
tests, not taken from the corpora, and each in both directions: the child is still caught, the
business, the greeting, the dish or the adult still passes. The roster holds word names and
surnames that are words (Baker, Fisher, Merry, Winter, Summer, Angel...), so the rules are shown
to work for any such name, not for the names of one corpus's roster."""

from __future__ import annotations

import pytest
from rules_helpers import of_rule

from policies import Roster, RosterPupil

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Merry", "Okonjo", consent="granted", key="me", group="3A"),
    RosterPupil("Joy", "Fisher", consent="granted", key="jo", group="2B"),
    RosterPupil("Dean", "Baker", consent="granted", key="de", group="4C"),
    RosterPupil("Fisher", "Quayle", consent="granted", key="fi", group="3C"),
    RosterPupil("Tamsin", "Winter", consent="granted", key="ta", group="3B"),
    RosterPupil("Oona", "Summer", consent="granted", key="oo", group="2A"),
    RosterPupil("Angel", "Mbeki", consent="granted", key="an", group="4A"),
    RosterPupil("Luca", "Ferri", consent="granted", key="lu", group="4B"),
    RosterPupil("Happy", "Asare", consent="granted", key="ha", group="5B"),
    RosterPupil("Shepherd", "Lowe", consent="granted", key="sh", group="1A"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


# A first name or a surname, 's and a capitalised business or place word (Fisher's Motors,
# Luca's Pizzeria, Baker's Field), or a capitalised word and what the business is (Fisher's
# Catch chippy ... bakery), is the business's name: no child.
@pytest.mark.parametrize(
    "text",
    [
        "Thank you to Fisher's Motors for lending us the minibus on Friday.",
        "Year 3 ordered lunch from Luca's Pizzeria for the end of term.",
        "Our football tournament will be played on Baker's Field this Saturday.",
        "The harvest loaves came from Baker's Golden bakery on the corner.",
        "Winners got a voucher for Merry's Barbers in the village.",
    ],
)
def test_a_name_s_business_is_no_child(text, roster):
    assert of_rule("child_name", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fisher's drawing of the lighthouse won the county prize.",
        "Luca's model of the solar system is on display in the hall.",
        "Well done to Baker for his brilliant reading this week.",
    ],
)
def test_a_name_s_own_work_is_still_the_child(text, roster):
    assert of_rule("child_name", text, roster) != []


# A name that is an English word before a festival, a holiday or a day is a greeting
# (Merry Christmas, Happy Eid); the same name doing something is still the child.
@pytest.mark.parametrize(
    "text",
    [
        "Merry Christmas to every family in our school community!",
        "Happy Eid to all who are celebrating this week.",
        "Happy Half Term, everyone, see you all on the 3rd!",
        "A very Happy Easter from all the staff.",
    ],
)
def test_a_word_name_greeting_an_occasion_is_no_child(text, roster):
    assert of_rule("child_name", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Merry read her story aloud in assembly this morning.",
        "Happy won the egg and spoon race on sports day.",
        "Well done to Happy for a super Christmas card.",
    ],
)
def test_a_word_name_doing_something_is_still_the_child(text, roster):
    assert of_rule("child_name", text, roster) != []


# A surname that is a season before clothes (Winter coats, Summer hats) is the season, even at
# a sentence's start; the same surname after a first name is still the child.
@pytest.mark.parametrize(
    "text",
    [
        "Winter boots and gloves can go in the red box by the door.",
        "Summer hats must be named, please, before the trip.",
    ],
)
def test_a_season_before_clothes_is_no_surname(text, roster):
    assert of_rule("child_name", text, roster) == []


def test_a_season_surname_with_its_first_name_is_still_the_child(roster):
    assert BLOCK in of_rule("child_name", "Tamsin Winter won the poetry cup.", roster)


# Set phrases that hold a name (Hunter's Moon, Angel Delight, Shepherd's Pie) are in the
# gazetteer; the name alone is still the child.
@pytest.mark.parametrize(
    "text",
    [
        "Reception made Angel Delight and tasted it at snack time.",
        "School dinner on Tuesday: Shepherd's Pie with peas.",
        "Look up tonight to see the Blue Moon over the playground.",
    ],
)
def test_a_set_phrase_with_a_name_is_no_child(text, roster):
    assert of_rule("child_name", text, roster) == []


def test_a_name_from_a_set_phrase_alone_is_still_the_child(roster):
    assert of_rule("child_name", "Angel sang the solo beautifully.", roster) != []
    assert of_rule("child_name", "Shepherd scored the winning goal.", roster) != []


# A name used far more as a word (Victory, Justice, Hope) opening a sentence before for, over
# or against and a determiner is a headline's noun; before a verb it is still the child.
@pytest.fixture(scope="module")
def word_roster() -> Roster:
    return Roster(
        (
            RosterPupil("Victory", "Adjei", consent="granted", key="vi", group="4A"),
            RosterPupil("Justice", "Amadi", consent="granted", key="ju", group="3B"),
            RosterPupil("Duke", "Boakye", consent="granted", key="du", group="5A"),
            RosterPupil("Earl", "Nyame", consent="granted", key="ea", group="5B"),
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "Victory over the visitors in a very muddy final on Saturday!",
        "Justice for the hedgehogs: Year 4 have built them a new house.",
        "Victory against a strong Hollins side for our netball team.",
    ],
)
def test_a_headline_noun_is_no_child(text, word_roster):
    assert of_rule("child_name", text, word_roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Victory scored twice for the under-10s on Saturday.",
        "Justice read his poem for the whole school.",
        "Victory for Victory, who scored the winner!",
    ],
)
def test_the_same_name_doing_something_is_still_the_child(text, word_roster):
    assert of_rule("child_name", text, word_roster) != []


# A title that is also a name (Duke, Earl, Prince), of and a capitalised place is a noble's
# title (the Duke of Edinburgh's Award, the Earl of Sandwich); of and a class is the child.
@pytest.mark.parametrize(
    "text",
    [
        "Duke of Edinburgh's Award students will help at the fun run.",
        "Earl of Sandwich gave his name to lunch, as Year 3 found out.",
        "We read about the Duke of Wellington and his boots.",
    ],
)
def test_a_noble_title_of_a_place_is_no_child(text, word_roster):
    assert of_rule("child_name", text, word_roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Well done Duke of 5A for a brilliant assembly.",
        "Duke won the chess tournament this afternoon.",
        "Earl of Year 5 has read every book in the library.",
    ],
)
def test_a_noble_title_name_doing_something_is_still_the_child(text, word_roster):
    assert of_rule("child_name", text, word_roster) != []


# A capitalised word more often a baby's name than an everyday word (Willow, Holly, Daisy),
# or no word at all (Zhiwei), not on the roster, straight before what a pupil does (has raised,
# made, painted) is perhaps a pupil the roster lacks: the question. A word (Summer, Hope) is not.
@pytest.mark.parametrize(
    "text",
    [
        "Willow has collected 200 tins for the harvest appeal.",
        "Daisy baked a lemon cake for the fair.",
        "Zhiwei built a bridge out of straws and tape.",
    ],
)
def test_an_unknown_name_doing_what_a_pupil_does_is_asked(text, roster):
    assert of_rule("child_name", text, roster, "carlton") == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "Summer has finished and the autumn term has begun.",
        "Hope has raised everyone's spirits this week.",
        "Kindness made our school a happier place this term.",
    ],
)
def test_a_word_doing_something_is_no_unknown_name(text, roster):
    assert of_rule("child_name", text, roster, "carlton") == []


@pytest.fixture(scope="module")
def place_roster() -> Roster:
    return Roster(
        (
            RosterPupil("Honey", "Adams", consent="granted", key="ho", group="1A"),
            RosterPupil("Marsh", "Quigley", consent="granted", key="mq", group="2A"),
            RosterPupil("Skye", "Lane", consent="granted", key="sl", group="3A"),
            RosterPupil("Nell", "Snow", consent="granted", key="ns", group="4A"),
            RosterPupil("Bright", "Osei", consent="granted", key="bo", group="5A"),
        )
    )


# A word name before a capitalised room or building word (the Honey Suite, Honey Room at a
# sentence's start) is the room; the name doing something is the child.
@pytest.mark.parametrize(
    "text",
    [
        "Honey Suite is set up for the parents' coffee morning.",
        "Drinks will be served in the Honey Lounge after the show.",
    ],
)
def test_a_room_named_by_a_word_name_is_no_child(text, place_roster):
    assert of_rule("child_name", text, place_roster) == []


def test_a_word_name_before_a_verb_is_still_the_child(place_roster):
    assert of_rule("child_name", "Honey sang the opening song.", place_roster) != []


# A town's hyphenated name (Marsh-on-Sea, Chipping-under-Wychwood) is no child, whatever part
# of it is a name; the name on its own is.
@pytest.mark.parametrize(
    "text",
    [
        "Year 4 had a lovely day out at Marsh-on-Sea.",
        "Our choir sang at Newton-le-Willows on Sunday.",
        "Skye-upon-Wold here we come!",
    ],
)
def test_a_hyphenated_town_is_no_child(text, place_roster):
    assert of_rule("child_name", text, place_roster) == []


def test_a_name_outside_a_town_is_still_the_child(place_roster):
    assert of_rule("child_name", "Marsh read the whole book in a week.", place_roster) != []


# A surname that is the weather at a sentence's start before is forecast (Snow is forecast)
# is the weather; the same surname before praise is still a pupil's.
def test_a_weather_surname_forecast_is_no_child(place_roster):
    assert of_rule("child_name", "Snow is forecast for Thursday morning.", place_roster) == []
    assert of_rule("child_name", "Snow was brilliant in goal today.", place_roster) != []


# A full name whose surname is a place word before Primary or Academy is a school's name.
def test_a_school_named_like_a_pupil_is_no_child(place_roster):
    assert of_rule("child_name", "Skye Lane Primary beat us 3-2.", place_roster) == []
    assert BLOCK in of_rule("child_name", "Skye Lane scored twice.", place_roster)


# Weather with a word name (Bright spells, Sunny intervals) is the forecast.
def test_sunny_spells_are_the_weather(roster):
    pupils = Roster((RosterPupil("Sunny", "Dhar", consent="granted", key="su", group="2B"),))
    assert of_rule("child_name", "Sunny spells and a breeze for sports day.", pupils) == []
    assert of_rule("child_name", "Sunny won the sack race.", pupils) != []


# A pupil's surname after a one-letter slip of that pupil's own first name, with a space or run
# together in a hashtag (Lucs Ferri, #LuacFerri for Luca Ferri), is the full name misspelt:
# the block; a real first name before the surname (Joe Ferri) is another person.
@pytest.mark.parametrize(
    "text",
    [
        "#LuacFerri is our Year 4 star of the week!",
        "Congratulations to Lucs Ferri on the county cup.",
    ],
)
def test_a_slipped_first_name_and_surname_is_the_full_name(text, roster):
    assert BLOCK in of_rule("child_name", text, roster, "carlton")


def test_a_real_first_name_and_the_surname_is_no_full_name(roster):
    assert BLOCK not in of_rule(
        "child_name", "Thank you Joe Ferri for the ladders.", roster, "carlton"
    )


@pytest.fixture(scope="module")
def more_words() -> Roster:
    return Roster(
        (
            RosterPupil("Patience", "Agyei", consent="granted", key="pa", group="4A"),
            RosterPupil("Blaze", "Rooney", consent="granted", key="bz", group="4B"),
            RosterPupil("King", "Oduya", consent="granted", key="ki", group="5A"),
            RosterPupil("Milo", "Lamb", consent="granted", key="ml", group="2C"),
        )
    )


# A name used far more as a word before please with no comma, or before of and a lower-case
# noun, is the word (Patience please, Blaze of light); with a comma or a verb, the child.
@pytest.mark.parametrize(
    "text",
    [
        "Patience please: the new parent app arrives next week.",
        "Blaze of light from the lanterns at the winter parade.",
        "Blaze of the bonfire lit up the whole field.",
    ],
)
def test_a_word_name_before_please_or_of_a_noun_is_the_word(text, more_words):
    assert of_rule("child_name", text, more_words) == []


@pytest.mark.parametrize(
    "text",
    [
        "Patience, please bring your recorder on Monday.",
        "Patience please bring your library book back tomorrow.",
        "Patience sang a solo in the carol service.",
        "Blaze of 4B ran the fastest lap.",
        "Blaze of the Year 4 team ran the fastest lap.",
    ],
)
def test_a_word_name_spoken_to_or_doing_is_still_the_child(text, more_words):
    assert of_rule("child_name", text, more_words) != []


# A title that is a name, 's and a capitalised word is an institution or a place (the King's
# Trust, the King's Speech); 's and a lower-case word is the child's own.
def test_a_titles_institution_is_no_child(more_words):
    assert of_rule("child_name", "The King's Trust ran a workshop for Year 6.", more_words) == []
    assert of_rule("child_name", "King's painting won the art prize.", more_words) != []


# A surname that is an everyday word, alone at a sentence's start before a noun no person does
# (Lamb chops), is the word; before a verb it is still the pupil's surname.
def test_a_surname_word_before_a_noun_is_the_word(more_words):
    assert of_rule("child_name", "Lamb curry and rice for Wednesday lunch.", more_words) == []
    assert of_rule("child_name", "Lamb was superb in goal today.", more_words) != []
    assert of_rule("child_name", "LAMB today!", more_words) != []


# Well-known people named by word names (Dawn French, Bob Marley) are in the gazetteer.
def test_famous_people_with_word_names_are_no_child():
    pupils = Roster(
        (
            RosterPupil("Dawn", "Kerr", consent="granted", key="da", group="3A"),
            RosterPupil("Bob", "Tait", consent="granted", key="bo", group="3B"),
        )
    )
    assert of_rule("child_name", "Year 5 sang Bob Marley's Three Little Birds.", pupils) == []
    assert of_rule("child_name", "Dawn French read a story to Reception.", pupils) == []
    assert of_rule("child_name", "Dawn read a story to Reception.", pupils) != []


# More of what a pupil does after a name not on the roster: came (first), got, has been chosen,
# has written; the same verbs after a season or a word are no name.
@pytest.mark.parametrize(
    "text",
    [
        "Hazel came third in the county cross country.",
        "Xinyue has been selected for the district choir.",
        "Daisy has written a letter to our MP.",
    ],
)
def test_an_unknown_name_who_came_or_was_chosen_is_asked(text, roster):
    assert of_rule("child_name", text, roster, "carlton") == [WARN]


@pytest.mark.parametrize(
    "text",
    ["Spring came early to the school garden.", "Harvest has been collected from the allotment."],
)
def test_a_word_that_came_is_no_unknown_name(text, roster):
    assert of_rule("child_name", text, roster, "carlton") == []


# A surname that is a word before a noun that only looks like a verb form (Rice pudding) is
# the word; before a gerund (Hill walking) it may still be the pupil.
def test_a_surname_before_a_noun_ending_in_ing_is_the_word():
    pupils = Roster((RosterPupil("Noah", "Rice", consent="granted", key="nr", group="5B"),))
    assert of_rule("child_name", "Rice pudding and jam on Thursday.", pupils) == []
    assert of_rule("child_name", "Rice scored twice in the cup.", pupils) != []


# A word more often a baby's name than a word (Hazel, Willow), a surname and what a pupil does,
# perhaps after a comma and who, names a child in full though not on the roster; the same
# word before a place or a thing's name is no child.
@pytest.mark.parametrize(
    "text",
    [
        "Willow Tranter, who swims for the town club, has qualified for the regionals.",
        "Daisy Okwu won the under-9 chess championship.",
    ],
)
def test_a_word_first_name_and_a_surname_doing_something_is_a_child(text, roster):
    assert BLOCK in of_rule("child_name", text, roster, "carlton")


@pytest.mark.parametrize(
    "text",
    [
        "Daisy Chain club meets on Monday after school.",
        "Holly Bush Lane will be closed for the fun run.",
    ],
)
def test_a_word_first_name_before_a_thing_is_no_child(text, roster):
    assert of_rule("child_name", text, roster, "carlton") == []


# A first name at a lower-case hashtag's start straight before how a place's name ends
# (#deanfieldfc, #luccabrook...) is a place or a school; before a word, still the child.
def test_a_name_starting_a_place_in_a_hashtag_is_no_child():
    pupils = Roster((RosterPupil("Kit", "Odum", consent="granted", key="ko", group="2A"),))
    assert of_rule("child_name", "Great game today! #kitfieldfc #grassroots", pupils) == []
    assert of_rule("child_name", "Bird boxes are up. #kitbrookeco", pupils) == []
    assert of_rule("child_name", "Amazing effort! #kitwins", pupils) != []


# A name used far more as a word before an -ing word at a sentence's start, with is or was
# later, is the activity, even where the word name reads as a question (Storm chasing is...).
def test_a_wordy_name_before_an_activity_is_the_word(word_roster):
    text = "Justice campaigning is what Year 6 explored in their citizenship topic."
    assert of_rule("child_name", text, word_roster) == []


# Well done, congratulations or happy birthday before a word more often a baby's name than a
# word (Hazel, Daisy), not on the roster, is the question; before a season (Summer) it is not.
@pytest.mark.parametrize(
    "text", ["Well done Hazel, a superb swim!", "Happy birthday Willow, 7 today!"]
)
def test_praise_before_a_word_first_name_not_on_the_roster_is_asked(text, roster):
    assert of_rule("child_name", text, roster, "carlton") == [WARN]


def test_praise_before_a_season_is_no_unknown_name(roster):
    assert of_rule("child_name", "Well done Spring term, what a busy one!", roster, "carlton") == []


# More trades after a name's 's (Fisher's Removals, Baker's Newsagents) are businesses; the
# name's 's before a lower-case thing is still the child's.
@pytest.mark.parametrize(
    "text",
    [
        "Fisher's Removals lent us boxes for the book sale.",
        "A huge thank you to Baker's Newsagents for the raffle prizes.",
    ],
)
def test_a_name_s_trade_is_no_child(text, roster):
    assert of_rule("child_name", text, roster) == []


def test_a_name_s_lower_case_thing_is_still_the_child(roster):
    assert of_rule("child_name", "Fisher's biscuit tin won the design prize.", roster) != []


# Helped, brought, showed after a capitalised word that is no English word and not on the roster
# are what a pupil does: the question.
def test_an_unknown_name_who_helped_is_asked(roster):
    text = "Obiageli helped Year 1 plant the bulbs."
    assert of_rule("child_name", text, roster, "carlton") == [WARN]


# Names listed after Storms or Hurricanes are the storms' names, on the roster or not; the same
# name with no storm before it is still the child.
def test_names_after_storms_are_storms():
    pupils = Roster((RosterPupil("Eunice", "Odell", consent="granted", key="eu", group="2A"),))
    text = "Storms Dudley, Eunice and Franklin kept us indoors all week."
    assert of_rule("child_name", text, pupils, "carlton") == []
    assert of_rule("child_name", "Eunice kept us all smiling this week.", pupils, "carlton") != []
