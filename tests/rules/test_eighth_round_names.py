"""The eighth round of general rules about names (issue 11), each on sentences written for these
tests, not taken from the corpora, and each in both directions: the child is still caught, the
ordinary word, the title or the adult still passes. The roster holds word names other rounds
never used (Autumn, Sky, Carol, Mason, Noel, Blessing, Favour, Robin, Poppy...), so the rules
are shown to work for any word name, not for the names of one corpus's roster."""

from __future__ import annotations

import pytest
from rules_helpers import of_rule, rules, run

from policies import Roster, RosterPupil

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Autumn", "Baines", consent="granted", key="au", group="3A"),
    RosterPupil("Sky", "Farrow", consent="granted", key="sk", group="2B"),
    RosterPupil("Poppy", "Lund", consent="granted", key="po", group="4C"),
    RosterPupil("Robin", "Castle", consent="granted", key="ro", group="3C"),
    RosterPupil("Carol", "Mensah", consent="granted", key="ca", group="3B"),
    RosterPupil("Mason", "Grieve", consent="granted", key="ma", group="2A"),
    RosterPupil("Noel", "Byrne", consent="granted", key="no", group="4A"),
    RosterPupil("Blessing", "Eze", consent="granted", key="bl", group="4B"),
    RosterPupil("Favour", "Okafor", consent="granted", key="fa", group="3A"),
    RosterPupil("Pearl", "Adeyemi", consent="granted", key="pe", group="5B"),
    RosterPupil("Wiktoria", "Zielinska", consent="granted", key="wi", group="4A"),
    RosterPupil("Amira", "Saleh", consent="granted", key="am", group="2B"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


# A name that closes a short sentence after a comma (Amazing, Poppy!) is called out to the
# child when that sentence or the next says you or your; a name before a comma and an
# imperative (Robin, have a lovely day) is said to the child: plainly targeted, so the block.
@pytest.mark.parametrize(
    "text",
    [
        "Superb, Sky! Your handstand was the best in the hall.",
        "Wow, Poppy! You read every word of the poem.",
        "Robin, have an amazing time at your new school!",
        "Autumn, try that backflip again on Monday, we all loved it.",
    ],
)
def test_a_name_called_out_to_one_child_is_targeted(text, roster):
    assert of_rule("targeted_praise", text, roster, "unsworth") == [BLOCK]
    assert BLOCK in of_rule("child_name", text, roster)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to our crossing patrol, Pearl. Year 2 made her a card.",  # an adult, no you
        "Robin, sparrow and wren: Year 1 counted them all.",  # a list of birds
        "Autumn, spring and summer: your favourite season?",  # a list of seasons
    ],
)
def test_a_name_after_a_comma_with_no_one_spoken_to_is_not_targeted(text, roster):
    assert of_rule("targeted_praise", text, roster, "unsworth") == []


def test_a_child_not_on_the_roster_called_out_is_targeted_too(roster):
    assert of_rule(
        "targeted_praise", "Fantastic, Oskar! You scored twice.", roster, "unsworth"
    ) == [BLOCK]


# A name that is a rarer everyday word (Carol, Mason, Noel, Blessing, Favour: none common enough
# for capitals alone to decide) is the word where only a noun fits: after the or this, in "in
# Favour of", before the thing it names, after a or an; in a person's place it is the child.
@pytest.mark.parametrize(
    "text",
    [
        "The Blessing of the new prayer garden is at 2pm on Sunday.",
        "Tickets for our Carol Service go on sale at the office.",
        "Year 6 will lead the Carol concert in the church hall.",
        "Parents voted in Favour of a later start to sports day.",
        "Could you do us a Favour and bring a spare pair of wellies?",
        "Year 3 planted herbs in old Mason jars on the windowsill.",
        "Year 2 learnt all the words of The First Noel this week.",
        "What a Blessing the sunshine was for the fun run.",
    ],
)
def test_a_rarer_word_name_used_as_a_noun_is_the_word(text, roster):
    assert of_rule("child_name", text, roster) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carol scored the winning goal at the netball tournament.", "Carol"),
        ("Well done Blessing for the bravest reading of the week.", "Blessing"),
        ("Mason and Favour led the assembly with confidence.", "Mason"),
        ("A huge thank you to Noel for tidying the library.", "Noel"),
    ],
)
def test_a_rarer_word_name_in_a_persons_place_is_the_child(text, name, roster):
    assert BLOCK in of_rule("child_name", text, roster)


# A name that opens a run of capitalised words ending in "by" and an author is a book's title
# (Poppy and the Very Big Tree by ...); a sentence the name starts (Poppy read a poem by ...) is
# the child.
@pytest.mark.parametrize(
    "text",
    [
        "This week's class reader is Poppy Plants a Garden by Anna Pike.",
        "Year 1 giggled all through Robin and the Runaway Kite by Tom Dale.",
    ],
)
def test_a_name_opening_a_title_before_its_author_is_the_book(text, roster):
    assert of_rule("child_name", text, roster) == []


def test_a_name_starting_a_sentence_with_by_in_it_is_still_the_child(roster):
    assert of_rule("child_name", "Poppy read a poem by Michael Rosen.", roster) == [BLOCK]


# A name explained as a word (Amira is the Arabic word for princess, Pearl means "precious",
# the word Faith) is a lesson about language; the same name doing something is the child.
@pytest.mark.parametrize(
    "text",
    [
        "Amira is the Arabic word for princess, Year 2 discovered.",
        "Pearl means ‘precious’ in the poem Year 4 wrote.",
        "Year 5 looked up where the word Favour comes from.",
        "Sky is Old Norse for cloud, our Viking topic taught us.",
    ],
)
def test_a_name_spoken_of_as_a_word_is_no_child(text, roster):
    assert of_rule("child_name", text, roster) == []


@pytest.mark.parametrize(
    "text",
    ["Amira is the captain of the netball team.", "Amira means business on the netball court."],
)
def test_the_same_name_as_a_sentences_subject_is_the_child(text, roster):
    assert of_rule("child_name", text, roster) == [BLOCK]


# A roster name cut short, perhaps with a pet ending (Wiktoria: Wiki, Wiks, Wikta), where a
# person's name fits is a question about that child; the same letters as an everyday word
# (a Wiki page) or where no person fits pass.
@pytest.mark.parametrize(
    "text",
    [
        "Wiki finished her kite before anyone else in 4A.",
        "A big thank you to Wiks for tidying the book corner.",
        "Year 4 and Wikta painted the Easter banner.",
    ],
)
def test_a_roster_name_cut_short_where_a_person_fits_is_a_question(text, roster):
    assert [
        (r, sev) for r, sev, span in run(text, "droxford", roster) if span.startswith("Wi")
    ] == [("child_name", WARN)]


@pytest.mark.parametrize(
    "text",
    [
        "Year 6 wrote a Wiki page about the Romans.",
        "Our class Wiki pages explain volcanoes.",
    ],
)
def test_the_same_letters_as_a_word_pass(text, roster):
    assert of_rule("child_name", text, roster) == []


# A name spelt out letter by letter (A u t u m n) is child_name's finding; its letter u is no
# text-speak, while u and u r written between words still are.
def test_a_spelt_out_name_is_not_text_speak(roster):
    found = rules("Huge well done to A u t u m n for her Easter story.", roster, "carlton")
    assert ("child_name", BLOCK) in found or ("child_name", WARN) in found
    assert [r for r, _ in found if r == "text_speak"] == []


@pytest.mark.parametrize("text", ["u r all stars, Year 6!", "Can u bring a coat tomorrow?"])
def test_u_between_words_is_still_text_speak(text, roster):
    assert of_rule("text_speak", text, roster, "carlton") == [BLOCK]


# School words the American frequency list lacks are no misspelling.
@pytest.mark.parametrize(
    "text", ["Our Spring Fayre is on Saturday.", "Year 6 tried taekwondo and a duathlon."]
)
def test_school_life_words_are_spelt_right(text, roster):
    assert of_rule("spelling", text, roster, "carlton") == []


# A first name no roster holds after a word of travel and to is a place (off to Rye, a trip to
# Tring); after a determiner and before a lower-case noun it is a thing named after someone
# (our Victoria sponges). A verb or an adverb after it, or no travel, leaves the question.
@pytest.mark.parametrize(
    "text",
    [
        "Year 4 are heading to Tring for the museum, then on to Ely!",
        "Year 6 set off to Rye at 8am.",
        "Year 2 baked their own Victoria sponges for the fair.",
        "Year 5 built our Anderson shelters out of cardboard.",
    ],
)
def test_a_place_or_a_thing_named_after_someone_is_no_child(text, roster):
    assert of_rule("child_name", text, roster, "highfield") == []


@pytest.mark.parametrize(
    "text",
    [
        "Please give the form to Kacper tomorrow.",
        "Our Kacper always tries his hardest.",
        "Our Kacper won the chess final.",
        "Our lovely Oskar today finished his first chapter book.",
    ],
)
def test_a_name_given_to_or_doing_is_still_the_question(text, roster):
    assert of_rule("child_name", text, roster, "highfield") == [WARN]


# A name that owns well-known characters of a story (Daniel's friends Shadrach, Meshach and
# Abednego) is the story's person when the gazetteer tells of it; another name is not.
def test_a_story_persons_possessive_before_its_characters(roster):
    story = "Year 3 acted out Daniel's friends Shadrach, Meshach and Abednego."
    assert of_rule("child_name", story, Roster((RosterPupil("Daniel", "Reid", key="d"),))) == []
    other = "Year 3 acted out Poppy's friends Shadrach, Meshach and Abednego."
    assert of_rule("child_name", other, roster) == [BLOCK]  # droxford: Poppy's, plainly


# The, this or that and a lower-case word that is no describing word before a word name (the
# night Sky, the wild Poppy field) make it a thing; a describing word (the brilliant Poppy) or
# a verb after it leaves it a name.
@pytest.mark.parametrize(
    "text",
    [
        "Year 4 looked up at the night Sky through the telescope.",
        "Year 1 planted the wild Poppy border by the gate.",
        "Year 5 watched The Little Prince at the theatre.",  # a capital The opens a title
    ],
)
def test_a_word_name_after_the_and_a_plain_word_is_a_thing(text, roster):
    assert of_rule("child_name", text, roster) == []


def test_a_word_name_after_the_and_a_verb_is_the_child(roster):
    assert of_rule("child_name", "The brilliant Poppy won the 100 metres.", roster) == [BLOCK]


# A roster name that is a title (Prince, King) before another capitalised name is an adult's
# title; alone, or before the pupil's own surname, it is the child.
def test_a_title_that_is_a_pupils_name_before_a_name_is_an_adult():
    roster = Roster((RosterPupil("Prince", "Owusu", key="p"), RosterPupil("King", "Ade", key="k")))
    assert of_rule("child_name", "Prince Edward opened the new science block.", roster) == []
    assert of_rule("child_name", "King Charles sent a letter to Year 6.", roster) == []
    assert of_rule("child_name", "Prince Owusu won the 200 metres.", roster) == [BLOCK]
    assert of_rule("child_name", "King led the class assembly.", roster) == [BLOCK]


# A name ending in -ing that is a word (Blessing) before the, our or a is the verb with its
# object; before a verb it is the child.
def test_a_word_name_in_ing_before_an_object_is_the_verb(roster):
    assert of_rule("child_name", "Blessing our new classroom was a lovely moment.", roster) == []
    assert of_rule("child_name", "Blessing read the lesson beautifully.", roster) == [BLOCK]


# A place word after a possessive or a capitalised word (Robin Hood's Bay, Poole Harbour) is
# a place's name; "proud of" before a name is praise for the child.
def test_place_words_and_proud_of(roster):
    assert of_rule("child_name", "Year 5 stayed near Robin Hood's Bay.", roster, "highfield") == []
    assert of_rule("child_name", "Pearl Harbour was part of our WW2 topic.", roster) == []
    assert of_rule("child_name", "So proud of Sky today!", roster) == [BLOCK]


# A pupil's first name, then a surname none of those pupils has, then a class (Amira Hussain
# from Year 2): one child named in full, one finding, not the roster's Amira and a second name.
def test_a_roster_first_name_and_another_surname_is_one_full_name(roster):
    found = rules("Amira Hussain from Year 2 read her poem to the class.", roster)
    assert found == [("child_name", BLOCK)]


# A plural noun after a word name makes it the word, also when the singular ends in ee (Mason
# bees); a fixed expression from the gazetteer (Penny for the Guy) is no child.
@pytest.mark.parametrize(
    "text",
    [
        "Year 3 learnt about Mason bees and their nests.",
        "Penny for the Guy was an old Bonfire Night custom.",
    ],
)
def test_plural_nouns_and_fixed_expressions(text, roster):
    roster = Roster((*PUPILS, RosterPupil("Penny", "Walsh", key="pw")))
    assert of_rule("child_name", text, roster) == []


# A word name cut by a hyphen mid-sentence (Aut-umn, Wil-low) is written to slip past: the
# child; an everyday compound in lower case (sky-blue) is not.
def test_a_word_name_cut_by_a_hyphen_is_the_child(roster):
    assert of_rule("child_name", "Well done Aut-umn for your leaf collage.", roster) == [BLOCK]
    assert of_rule("child_name", "Our new kit is sky-blue and white.", roster) == []


# Two word names joined by and before a plural noun are kinds of that thing (Hazel and Rowan
# hedges); a capital A mid-sentence opens a title (A Christmas Carol); a British -our word with
# an ending (Favours) is the word, not a slip of Favour.
@pytest.mark.parametrize(
    "text",
    [
        "Year 1 planted Robin and Poppy seeds in the wildlife patch.",
        "Year 6 read A Winter Carol in their reading lessons.",
        "Favours for the Jubilee party came from the PTA.",
    ],
)
def test_shared_nouns_titles_and_british_endings(text, roster):
    assert of_rule("child_name", text, roster) == []


def test_two_word_names_doing_something_are_children(roster):
    found = of_rule("child_name", "Robin and Poppy planted seeds in the patch.", roster)
    assert found == [BLOCK, BLOCK]


# The end of a job title no pupil holds (assistant, worker, officer) before a name marks an
# adult, even a pupil's full name and even set off by a comma; without it the pupil is caught.
@pytest.mark.parametrize(
    "text",
    [
        "Our new classroom assistant, Robin Castle, starts on Monday.",
        "The family support worker Carol Mensah is in on Tuesdays.",
    ],
)
def test_a_job_title_before_a_name_is_an_adult(text, roster):
    assert of_rule("child_name", text, roster) == []


def test_the_same_full_name_without_the_job_is_the_pupil(roster):
    assert of_rule("child_name", "Robin Castle starts swimming on Monday.", roster) == [BLOCK]


# A word name before is or was and the weather or a colour (Sky was cloudy, River is high) is
# the thing; before what a person is (Sky was brilliant) it is the child.
def test_a_word_name_with_the_weather_is_the_thing(roster):
    assert of_rule("child_name", "Sky was cloudy all morning, but the rain held off.", roster) == []
    assert of_rule("child_name", "Sky was brilliant in the relay.", roster) == [BLOCK]


# A rarer word name opening a sentence before an -ing word, with is or starts later (Carol
# singing starts at six), is an activity or the child doing it: the question, not a block.
def test_a_rarer_word_name_before_an_activity_is_a_question(roster):
    text = "Noel singing by the Christmas tree starts at six."
    assert of_rule("child_name", text, roster) == [WARN]  # Noel: mostly given to children
    text = "Carol singing by the Christmas tree starts at six."
    assert of_rule("child_name", text, roster) == []  # Carol: far more a word than a name
    assert of_rule("child_name", "Carol sang by the Christmas tree.", roster) == [BLOCK]


# Word names of a second roster (Goodness, Patience, Marvel, Destiny, Harmony, Storm): "in"
# straight before the word (sang in Harmony), a capitalised noun and "of" mid-sentence (the
# Festival of Hope), "is the theme" after it, a plural in -oes after it (Marvel superheroes),
# a naming word before another name (Storm Ciara) and fixed expressions (Thank Goodness) are
# the word; the same names doing something are the children.
WORD_NAMES_2 = (
    RosterPupil("Goodness", "Adebayo", key="g"),
    RosterPupil("Patience", "Asante", key="p"),
    RosterPupil("Marvel", "Obi", key="m"),
    RosterPupil("Destiny", "Clarke", key="d"),
    RosterPupil("Harmony", "Reid", key="h"),
    RosterPupil("Storm", "Vale", key="s"),
)


@pytest.mark.parametrize(
    "text",
    [
        "Year 6 sang in Harmony at the spring concert.",
        "Year 3 loved the Festival of Patience assembly.",
        "Destiny is the theme of this year's poetry competition.",
        "Marvel superheroes filled the hall on World Book Day.",
        "Storm Ciara blew the fence down on Monday.",
        "Thank Goodness the sun came out for the fun run!",
        "Patience is a virtue, as Year 2 found out.",
    ],
)
def test_second_roster_word_names_as_words(text):
    assert of_rule("child_name", text, Roster(WORD_NAMES_2)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harmony played the recorder in assembly.",
        "Well done to everyone in Harmony's group!",
        "Storm scored the winning try.",
        "Goodness won the Year 3 spelling bee.",
        "Destiny read her poem beautifully.",
    ],
)
def test_second_roster_word_names_as_children(text):
    assert of_rule("child_name", text, Roster(WORD_NAMES_2)) == [BLOCK]


# In a hashtag, a rarer word name before a thing it names (#CarolService, #masonjars) is the
# word, as in running text; before praise, a verb or the pupil's surname it is the child.
@pytest.mark.parametrize("text", ["Our #CarolService was lovely.", "Fill your #masonjars!"])
def test_a_rarer_word_name_before_a_thing_in_a_hashtag(text, roster):
    assert of_rule("child_name", text, roster) == []


@pytest.mark.parametrize("text", ["#gomason", "Great goal #masonscored", "#thankyoucarol"])
def test_a_rarer_word_name_in_a_hashtag_of_praise_or_doing(text, roster):
    found = rules(text, roster)
    assert ("child_name", BLOCK) in found or ("targeted_praise", BLOCK) in found


# A word name in lower case after praise and to (shout out to sky) is the question a lower
# case name after praise always is; after to and the (thanks to the sky) it is the word.
def test_a_lower_case_word_name_after_praise_and_to(roster):
    assert of_rule("child_name", "shout out to sky for the goal", roster) == [WARN]
    assert of_rule("child_name", "thanks to the sky for staying dry", roster) == []


# A name that is a sentence alone or after one word (Poppy! / Yay Poppy!!) followed by you or
# your is called out to the child; "your child" after it speaks to the parents.
@pytest.mark.parametrize(
    "text", ["Poppy! You finished the whole book!", "Yay Sky!! Your first badge!"]
)
def test_a_name_exclaimed_then_you_is_said_to_the_child(text, roster):
    assert of_rule("targeted_praise", text, roster, "unsworth") == [BLOCK]


def test_your_child_after_a_word_name_speaks_to_the_parents(roster):
    found = of_rule(
        "targeted_praise", "Autumn! Your child will need a warm coat.", roster, "unsworth"
    )
    assert BLOCK not in found


def test_a_prize_that_went_to_a_name_is_no_journey(roster):
    assert of_rule("child_name", "The trophy went to Oskar in 4B.", roster, "highfield") == [WARN]
    assert of_rule("child_name", "The cup goes to Ifeoma!", roster, "highfield") == [WARN]


# Word names of a third kind (Marigold, Bliss, Clover, Coral), in lower case where a noun fits
# (the marigold wreath, a bit of bliss, peace and bliss, clover crowns), before an alert (Coral
# heat-health alert), in a list of lower-case words (Bliss, kindness and patience) or opening
# an event's title (our Bliss of Reading week), are the words; doing something, the children.
WORD_NAMES_3 = (
    RosterPupil("Marigold", "Penn", key="m"),
    RosterPupil("Bliss", "Okoro", key="b"),
    RosterPupil("Clover", "Dunn", key="c"),
    RosterPupil("Coral", "Hayes", key="o"),
)


@pytest.mark.parametrize(
    "text",
    [
        "The marigold garland made by Year 2 hangs in the hall.",
        "A little bit of bliss on a rainy Monday: hot chocolate for all!",
        "Wishing peace, joy and bliss to all our families.",
        "Reception made clover crowns on the field.",
        "Coral weather warning for Friday: bring a waterproof.",
        "Bliss, kindness and patience are this term's values.",
        "Our Bliss of Reading week starts on Monday.",
    ],
)
def test_third_roster_word_names_as_words(text):
    assert of_rule("child_name", text, Roster(WORD_NAMES_3)) == []


@pytest.mark.parametrize(
    "text",
    [
        "marigold scored a goal at lunchtime",
        "Clover won the Reception sports day sprint.",
        "Well done Coral for a brilliant poem!",
    ],
)
def test_third_roster_word_names_as_children(text):
    assert BLOCK in of_rule("child_name", text, Roster(WORD_NAMES_3))


# A rarer word name in lower case inside a list of lower-case words (sunflowers, fern and
# lavender) is the word; in a list of lower-case names after praise it is still the child.
def test_a_rarer_word_name_in_a_lower_case_list():
    roster = Roster((RosterPupil("Fern", "Lowe", key="f"),))
    assert of_rule("child_name", "Year 1 planted sunflowers, fern and lavender.", roster) == []
    assert of_rule("child_name", "well done to sam, fern and leo", roster) == [BLOCK]


# A season before what a season brings (Autumn brings conkers) is the time of year; with her
# or his in the sentence (Autumn brought her leaves in) it is the child.
def test_a_season_that_brings_is_the_time_of_year(roster):
    assert of_rule("child_name", "Autumn brings conkers and muddy boots!", roster) == []
    assert of_rule("child_name", "Autumn brought her pressed leaves in.", roster) == [BLOCK]


# A season or a month greeted (Goodbye, Autumn! See you next year) may be the time of year:
# the question stays a question, not the block a child called out gets.
def test_a_season_greeted_stays_a_question(roster):
    found = of_rule("child_name", "Goodbye, Autumn! See you next year.", roster)
    assert found == [WARN]


# A rarer word name said twice with a comma (Noel, Noel!) is a refrain or a child cheered on:
# the question, not a block.
def test_a_rarer_word_name_said_twice_is_a_question(roster):
    assert of_rule("child_name", "Noel, Noel! Our Nativity is on Thursday.", roster) == [WARN]
    assert of_rule("child_name", "Noel sang the first verse.", roster) == [BLOCK]


# A one-letter slip of a word name that the word list barely knows (Robbin) is the question
# where a person's name fits; elsewhere it passes.
def test_a_rare_slip_of_a_word_name_where_a_person_fits(roster):
    assert of_rule("child_name", "Robbin won the egg and spoon race.", roster) == [WARN]
    assert of_rule("child_name", "Year 1 drew a robbin on the card.", roster) == []


# Before a thing (party, club, concert), a name used far more as a word than given to babies
# (Carol) is the word; a name mostly given to children (Noel, Arthur) is the question there,
# never the block nor a silent pass.
def test_a_thing_after_a_name_mostly_given_to_children_is_a_question(roster):
    assert of_rule("child_name", "Reception loved their Noel party.", roster) == [WARN]
    arthur = Roster((RosterPupil("Arthur", "Penn", key="a"),))
    assert of_rule("child_name", "Arthur party in 4B today!", arthur) == [WARN]
    assert of_rule("child_name", "Carol concert tickets are on sale.", roster) == []


def test_a_plural_thing_after_any_word_name_is_the_word():
    roster = Roster(
        (RosterPupil("Marigold", "Penn", key="m"), RosterPupil("Fern", "Lowe", key="f"))
    )
    assert of_rule("child_name", "Marigold seeds have been sown by the fence.", roster) == []
    assert of_rule("child_name", "Fern wreaths are on sale for £3.", roster) == []
    assert of_rule("child_name", "Fern won the Year 2 sprint.", roster) == [BLOCK]


# Corpus 8's classes, on fresh sentences: a roster first name before a street word is a street
# (Pearl Street, Robin Hill Road); a postcode is no name in leetspeak; a short day before a
# date (Sky 12 Nov is no sentence) ; initials before a surname are a person's (J. K. Rowling);
# a name after a role and a comma is the same adult again later; "(Amira's mum)" after an
# adult's title and surname names the child; lower case after praise with a class (well done
# to sky in 2B) is the child; #superstarpoppy is praise for one child.
def test_streets_postcodes_and_dates_are_no_children(roster):
    assert of_rule("child_name", "Please don't park on Pearl Street at pick-up.", roster) == []
    assert of_rule("child_name", "Our new lollipop spot is on Robin Hill Road.", roster) == []
    assert of_rule("child_name", "Drop-off point: 3 Mill Lane, Leeds, LS1 4AB.", roster) == []
    thu = Roster((RosterPupil("Thu", "Hoang", key="t"),))
    assert of_rule("child_name", "Clubs on Thu 12 Nov: chess and choir.", thu) == []


def test_initials_before_a_surname_are_an_adults():
    ls = Roster((RosterPupil("Lujain", "Sabbagh", key="l"),))
    assert of_rule("child_name", "Year 6 painted like L. S. Lowry this week.", ls) == []


def test_a_role_and_a_comma_then_the_same_name_is_the_adult_again():
    stan = Roster((RosterPupil("Ioana", "Stan", key="s"),))
    text = "Our caretaker, Stan, fixed the gate today. Thank you, Stan!"
    assert of_rule("child_name", text, stan) == []


def test_a_child_named_in_brackets_after_an_adult(roster):
    assert of_rule("child_name", "Mr Saleh (Amira's dad) ran the stall.", roster) == [BLOCK]


def test_lower_case_praise_with_a_class_and_superstar_tags(roster):
    assert of_rule("child_name", "huge well done to sky in 2B for her cartwheel!", roster) == [
        BLOCK
    ]
    found = rules("Superstar swimmer this week! #superstarpoppy", roster)
    assert ("child_name", BLOCK) in found or ("targeted_praise", BLOCK) in found


# A full name, a comma and "who" before a verb is a child named in full (Ivy Ashton, who
# plays...); names after an organisation's possessive are its adults; a sentence opened by a
# name and a comma that asks "please" is said to that child.
def test_full_name_who_organisation_and_please(roster):
    assert of_rule(
        "child_name", "Esme Hartley, who plays in goal, has a county trial.", roster
    ) == [BLOCK]
    text = "Chester Rotary Club's Sue and Dave gave Year 3 a dictionary each."
    assert of_rule("child_name", text, roster, "highfield") == []
    text = "Amira, we still need your trip slip, signed, please."
    assert of_rule("targeted_praise", text, roster, "unsworth") == [BLOCK]


# Praise, a word of when and a word name set off by a comma or the sentence's end (Lovely
# singing today Sky, the hall went silent) is said to the child; without the praise it is not.
def test_praise_and_today_before_a_word_name(roster):
    text = "Lovely singing today Sky, the hall went silent."
    assert of_rule("child_name", text, roster) == [BLOCK]
    assert of_rule("child_name", "Grey clouds today Sky, so bring a coat.", roster) != [BLOCK]
