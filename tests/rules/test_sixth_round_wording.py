"""The sixth round of general rules for the wording families (issue 11), each on sentences
written for these tests, not taken from the corpora, in both directions: e-mail addresses with
"at" and "dot" in any bracket or between any marks, inflected words and short forms the spelling
rule leaves alone, text speak read from how a digit sounds inside a word, run-together hashtags
read as words, and one child picked out by description (a new arrival and where from, one child
of a named class)."""

from __future__ import annotations

import pytest
from rules_helpers import findings_of, rules

from policies import Roster, RosterPupil
from policies.lexicon import origins
from policies.rules.wording import digit_speak

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Maja", "Nowak", consent="granted", key="mn", group="2C"),
    RosterPupil("Tobi", "Adeyemi", consent="granted", key="ta", group="5A"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


# --- personal_data: e-mail addresses however "at" and "dot" are written


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers, reply to r.hale{at}protonmail{dot}com by Friday.",
        "Send photos to dave_b<at>yahoo<dot>co<dot>uk please.",
        "Questions to mo.khan -at- outlook -dot- com, thank you.",
        "Tickets from tina @ btinternet . com this week.",
        "Forms to s.grey (at) live (dot) co (dot) uk by Monday.",
        "E-mail the form to jwalters at hotmail before the trip.",
        "Entries to amy.r_84 at gmail, or hand them in.",
        "Write to ｂｅｎ＠ｇｍａｉｌ．ｃｏｍ with your order.",
    ],
)
def test_an_email_address_written_to_slip_past_is_personal_data(text):
    found = findings_of("personal_data", text, "droxford")
    assert found and found[0][0] == BLOCK


@pytest.mark.parametrize(
    "text",
    [
        "We met the author at Sky studios. Then at school we wrote our own stories.",
        "Year 5 drew dot-to-dot pictures at the library.",
        "Our choir sang at Outlook Farm on Sunday.",
        "Meet at the gate at 3pm; join the dots on the map at home.",
    ],
)
def test_at_and_dot_as_words_are_not_an_address(text):
    assert findings_of("personal_data", text, "droxford") == []


def test_the_schools_own_address_passes_however_it_is_written():
    overrides = {"personal_data": {"allowed": ["admin@brookfield.sch.uk"]}}
    text = "Forms to admin [at] brookfield [dot] sch [dot] uk by Friday."
    assert findings_of("personal_data", text, "droxford", overrides=overrides) == []
    assert findings_of("personal_data", text, "droxford")


def test_a_phone_number_hidden_by_a_zero_width_space_is_caught():
    assert findings_of("personal_data", "Text 07700\u200b900 456 tonight.", "droxford")


def test_an_address_draws_no_spelling_warning_for_its_parts():
    text = "Reply to k.ojo [at] icloud [dot] co [dot] uk please."
    assert findings_of("spelling", text, "highfield") == []


# --- spelling: endings, short forms and numbers


@pytest.mark.parametrize(
    "text",
    [
        "Families were texted about the closure and the photos were uploaded.",
        "We are texting every family, and the running club planned a route.",
        "Ring the office on ext. 214, or call back after 8.15am.",
        "Gates open 7.45am to 6pm; the 2nd and 3rd heats start at 10.30.",
    ],
)
def test_everyday_endings_short_forms_and_times_are_not_misspelt(text):
    assert findings_of("spelling", text, "highfield") == []


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("We were comming back from the farm.", "comming"),
        ("The children waitted patiently.", "waitted"),
        ("The pupils recieved. and went home.", "recieved"),
    ],
)
def test_a_misspelt_ending_is_still_a_question(text, slip):
    assert (WARN, slip) in findings_of("spelling", text, "highfield")


# --- text_speak: a digit read as its sound inside a word


@pytest.mark.parametrize(
    "word", ["gr8", "2day", "evry1", "l8r", "b4", "4ever", "sk8", "h8", "2gether", "Gr8", "any1"]
)
def test_a_digit_read_as_a_sound_is_text_speak(word):
    assert digit_speak(word, frozenset())


@pytest.mark.parametrize(
    "word",
    "KS2 Y6 3D 10am 4B CO2 A4 M62 4th U11s 4a y6 ks2 a4 co2 u8s 4x4 4s 4k 2pm mp3 p7 y4s "
    "Year6 C1 B2 c1 n1".split(),
)
def test_codes_classes_and_numbers_are_not_text_speak(word):
    assert not digit_speak(word, frozenset())


def test_text_speak_with_a_digit_in_a_sentence(roster):
    found = findings_of("text_speak", "Safe travels evry1, c u all in 2 wks, gr8 term!", "carlton")
    assert (BLOCK, "evry1") in found and (BLOCK, "gr8") in found


@pytest.mark.parametrize("tag", ["#luvthis", "#plshelp", "#ThxEveryone", "#cuzwecan"])
def test_a_run_together_hashtag_with_text_speak_is_caught(tag):
    assert findings_of("text_speak", f"Our harvest assembly {tag}", "carlton")


@pytest.mark.parametrize(
    "tag", ["#lovemyschool", "#urbanart", "#teamwork", "#tyrecycling", "#KS2", "#Year6"]
)
def test_a_hashtag_of_everyday_words_is_not_text_speak(tag):
    assert findings_of("text_speak", f"Our harvest assembly {tag}", "carlton") == []


# --- targeted: one child described without a name


@pytest.mark.parametrize(
    "text",
    [
        "Maple class have a new classmate, who has travelled here from Gdańsk.",
        "A warm welcome to our new Eritrean pupil, who starts on Monday.",
        "Please welcome a new starter to Birch class this week.",
        "Our newest Year 3 pupil joins us from Lithuania after half term.",
        "A lovely new friend has joined 4C all the way from Accra.",
        "One Reception child brought a tortoise in for show and tell.",
        "The Year 6 pupil chosen to read at the memorial did beautifully.",
    ],
)
def test_one_child_described_is_targeted(text, roster):
    assert ("targeted_praise", BLOCK) in rules(text, roster)


@pytest.mark.parametrize(
    "text",
    [
        "Year 4 made a new friend at the farm: a very noisy goat!",
        "We have a new school nurse starting after Easter.",
        "A big welcome to all our new pupils and families this term.",
        "If a new pupil speaks Polish at home, we find them a buddy who does too.",
        "Each Year 2 child will bring home a reading book tonight.",
        "Our Year 5 pupil voice group met the governors.",
        "The new girl band from Kent opened the summer fair.",
        "Year 3 learnt how families arrived from the Caribbean on the Windrush.",
        "Our pupils made new friends from Spain on the exchange trip.",
    ],
)
def test_children_in_general_and_things_are_not_targeted(text, roster):
    assert ("targeted_praise", BLOCK) not in rules(text, roster)
    assert ("targeted_praise", WARN) not in rules(text, roster)


def test_a_targeted_sentence_gets_one_finding(roster):
    text = "Our newest pupil in 2C, who has just arrived from Poland, is settling in."
    assert [r for r, _ in rules(text, roster)].count("targeted_praise") == 1


def test_the_origins_list_is_lower_case_places():
    assert {"poland", "polish", "eritrea", "hong kong"} <= origins()


# --- tone: judgement before "about", sarcasm by its shape


@pytest.mark.parametrize(
    "text",
    [
        "Some families are just careless about reading records.",
        "Honestly, the juniors were rude about the new rota.",
    ],
)
def test_a_judgement_about_something_is_still_aimed_at_people(text):
    assert findings_of("negative_tone", text, "highfield")


@pytest.mark.parametrize(
    "text",
    [
        "Year 5 studied how cruel life was for children in the mills.",
        "Our assembly about how awful bullying feels was led by Year 6.",
    ],
)
def test_learning_about_a_sad_subject_is_not_tone(text):
    assert findings_of("negative_tone", text, "highfield") == []


@pytest.mark.parametrize(
    "text",
    [
        "Super organised drop-off this morning... not.",
        "Fabulous queueing at the gate today, NOT!",
        "Huge thanks to the drivers who blocked the bus bay this morning.",
        "Cheers to whoever dumped their old sofa by the bins.",
    ],
)
def test_sarcasm_by_its_shape_is_negative_tone(text):
    assert (BLOCK, text.rstrip(".!")[:10]) in [
        (s, t[:10]) for s, t in findings_of("negative_tone", text, "droxford")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to the parents who helped clear the garden.",
        "Thank you for not blocking the gate this week.",
        "Should we have a disco or not? Tell the office.",
        "Year 2 were not late once this week - not bad at all!",
        "Answers must be true or false, not ",
    ],
)
def test_thanks_and_a_plain_not_are_not_sarcasm(text):
    assert findings_of("negative_tone", text, "droxford") == []


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to the goalkeeper who blocked every shot in the final.",
        "Well done to the swimmers who ignored the cold and finished the race.",
    ],
)
def test_thanks_for_what_went_right_is_not_sarcasm(text):
    assert findings_of("negative_tone", text, "droxford") == []


@pytest.mark.parametrize(
    "text",
    [
        "To the little one in Nursery with the egg allergy: your cake is ready!",
        "A note for the boy in 5A who plays the cello: rehearsal has moved.",
    ],
)
def test_a_child_of_a_named_class_after_the_noun_is_targeted(text, roster):
    assert ("targeted_praise", BLOCK) in rules(text, roster)


@pytest.mark.parametrize(
    "text",
    [
        "Oops, wrong name... Maja! Your lunchbox is in the staffroom.",
        "Sorry Tobi, you left your glasses in the hall.",
    ],
)
def test_a_named_child_called_out_is_targeted_in_unsworth(text, roster):
    assert ("targeted_praise", BLOCK) in rules(text, roster, "unsworth")


def test_a_name_then_a_request_to_everyone_is_not_said_to_that_child(roster):
    text = "Tobi's mum, the Year 5 rep, says: everyone please bring a coat."
    assert ("targeted_praise", BLOCK) not in rules(text, roster, "unsworth")


def test_a_childs_allergy_is_not_a_remark_about_them(roster):
    text = "Please remember that one pupil in our school is severely allergic to sesame."
    assert [f for f in rules(text, roster) if f[0] == "negative_tone"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Well done to the bus company for turning up late again. Really impressive.",
        "Oh lovely, yet another inset day announced on a Sunday night.",
        "The inspectors visited for two days and grasped next to nothing.",
        "Our new supplier couldn't organise a picnic in a park.",
    ],
)
def test_sarcasm_and_a_verdict_on_competence_are_caught(text):
    assert findings_of("negative_tone", text, "droxford")


@pytest.mark.parametrize(
    "text",
    [
        "The trip was cancelled because of the ice. Thank you.",
        "Swimming is postponed until Monday. Thanks so much for your patience.",
        "Year 3 knew nothing about the Romans before this week. Now they are experts!",
        "Oh brilliant, the sun came out for sports day!",
        "Oh brilliant, another win for the netball team!",
        "Our visitors couldn't believe how polite the children were.",
        "Not sure which day? Ask the office.",
    ],
)
def test_let_downs_said_plainly_and_delight_are_not_sarcasm(text):
    assert findings_of("negative_tone", text, "droxford") == []


def test_a_closing_verdict_on_people_is_a_question():
    text = "Several cars were parked on the zigzags again. Not acceptable."
    assert findings_of("negative_tone", text, "carlton")


@pytest.mark.parametrize(
    "text",
    [
        "Her birthday is the 9th of March 2017, so send a card!",
        "His date of birth is 14/11/2016 on the club form.",
    ],
)
def test_a_birthday_with_its_year_a_few_words_on_is_a_date_of_birth(text):
    assert findings_of("personal_data", text, "droxford")


@pytest.mark.parametrize(
    "text",
    ["The birthday party is on 3 June 2026 in the hall.", "Our birthday is on 5 May: 90 years!"],
)
def test_a_birthday_event_is_not_a_date_of_birth(text):
    assert findings_of("personal_data", text, "droxford") == []


def test_an_origin_is_a_capitalised_place_not_a_common_noun(roster):
    assert ("targeted_praise", BLOCK) not in rules(
        "Year 1 made a new friend on the farm visit: a turkey!", roster
    )
    assert ("targeted_praise", BLOCK) in rules(
        "Year 1 made a new friend this week, who has just come from Turkey.", roster
    )


def test_a_thing_named_after_one_child_of_a_class_is_not_targeted(roster):
    text = "The Year 2 pupil of the week badges are in the office."
    assert ("targeted_praise", BLOCK) not in rules(text, roster)
    assert ("targeted_praise", BLOCK) in rules("The Year 2 pupil of the week is a star!", roster)
