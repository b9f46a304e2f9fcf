"""The ninth round of general rules for negative_tone and personal_data (issue 11), on sentences
written for these tests, not taken from the corpora, in both directions: contempt for effort in
one phrase (can't be bothered), sarcasm by its shape ("oh wait" before a let-down, a closing "who
knew" with a sign of irony, scare quotes round a word for people), a number of people shouted in
capitals, a verdict or an order that is a whole sentence aimed at a group (Do better, Year 4.);
while strong words in titles (Horrible Histories, killer sudoku) and make-believe (disgusting
potions) pass; and a phone number read aloud in hundreds."""

from __future__ import annotations

import pytest
from rules_helpers import findings_of

from policies import Roster, RosterPupil

BLOCK, WARN = "block", "warn"
PRESETS = ("droxford", "highfield", "carlton", "unsworth", "forefield")


def tone(text: str, preset: str) -> list[tuple[str, str | None]]:
    return findings_of("negative_tone", text, preset)


def quoted(text: str, preset: str) -> list[str | None]:
    return [span for _, span in tone(text, preset)]


# --- contempt for effort in one phrase: blocked, whoever is meant


@pytest.mark.parametrize(
    "text",
    [
        "A few dads clearly can't be bothered to check the kit list.",
        "The contractors couldn't be bothered to sweep up after themselves.",
        "Some of the governors cannot be bothered to reply to emails.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_cant_be_bothered_said_of_people_is_blocked(text, preset):
    assert (BLOCK, next(s for s in quoted(text, preset) if "bothered" in s)) in tone(text, preset)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing bothered Year 2 on the windy walk, they loved it.",
        "Please don't be bothered by the scaffolding: the playground is open as usual.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_bothered_without_contempt_passes(text, preset):
    assert tone(text, preset) == []


# --- sarcasm by its shape


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Great to see the hall so full… oh wait, only two families turned up.", "oh wait, only"),
        ("Brilliant planning by the trust. Oh wait, nobody told the caterers.", "Oh wait, nobody"),
        ("Apparently the 'quick' roadworks will take six months. Who knew", "Who knew"),
        ("The new booking system crashed again 🙄 What a surprise.", "What a surprise"),
        ("Sports day in the rain. Well, that went well…", "Well, that went well"),
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_sarcasm_by_its_shape_is_blocked(text, said, preset):
    assert (BLOCK, said) in tone(text, preset)


@pytest.mark.parametrize(
    "text",
    [
        "Oh wait, there's more: Year 3 also won the poetry prize!",
        "Fractions and baking go together perfectly, who knew!",
        "Who knew Year 1 could sing in three parts?",
        "The tombola raised £300. Well, that went well!",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_delight_in_the_same_words_passes(text, preset):
    assert tone(text, preset) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our 'neighbours' have blocked the side gate with their van again.",
        "A big thank you to our 'friends' at the depot for the late bus.",
        'The "helpers" from the agency left at lunchtime.',
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_scare_quotes_round_a_word_for_people_are_asked_about(text, preset):
    assert tone(text, preset) and all(sev in (BLOCK, WARN) for sev, _ in tone(text, preset))


@pytest.mark.parametrize(
    "text",
    [
        "Year 4 performed 'Neighbours' by the school band in assembly.",
        "Book your slot for the 'parents' evening' sessions online.",
        "Year 3 learnt how to spell 'colleagues' this week.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_quotation_marks_that_are_no_sneer_pass(text, preset):
    assert tone(text, preset) == []


# --- a number of people shouted; a whole sentence of verdict or order aimed at a group


@pytest.mark.parametrize("preset", ("droxford", "highfield", "carlton", "forefield"))
def test_a_small_number_of_people_shouted_is_asked_about(preset):
    text = "The maths evening was well planned, and TWO families came along."
    assert (WARN, "TWO families") in tone(text, preset) or (BLOCK, "TWO families") in tone(
        text, preset
    )


@pytest.mark.parametrize(
    "text",
    [
        "We still need FOUR parents to help with the cake sale on Friday.",
        "ONE pupil from each class will read a prayer.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_a_number_shouted_in_a_request_or_a_plan_passes(text, preset):
    assert tone(text, preset) == []


@pytest.mark.parametrize(
    "text",
    [
        "The homework club was empty again. Do better, Year 6.",
        "Could do better, Oakwood Road!",
        "Dreadful, 5C.",
        "Not good enough, parents.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_a_verdict_or_an_order_aimed_at_a_group_is_asked_about(text, preset):
    assert tone(text, preset)


@pytest.mark.parametrize(
    "text",
    [
        "We can do better next year, and we will!",
        "Wonderful, Year 2!",
        "Brilliant, everyone.",
        "Do better than your last score in the times tables challenge: have a go at home.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_praise_and_our_own_promise_pass(text, preset):
    assert tone(text, preset) == []


@pytest.mark.parametrize("preset", PRESETS)
def test_what_an_embarrassment_said_of_a_class_by_its_code(preset):
    assert tone("What an embarrassment 3C were in the lunch hall.", preset)


# --- strong words in titles and make-believe pass


@pytest.mark.parametrize(
    "text",
    [
        "Year 5 have started Horrible Histories: the Vile Victorians are first.",
        "Our Year 4 book club is reading Awful Auntie by David Walliams.",
        "Killer sudoku champion of the week goes to the staff room!",
        "The Angry Aztecs topic starts after half term.",
        "Year 3 invented revolting potions for the witch in our story.",
        "Reception made disgusting slime in science and loved every minute.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_strong_words_in_titles_and_make_believe_pass(text, preset):
    assert tone(text, preset) == []


@pytest.mark.parametrize(
    "text",
    [
        "The visiting supporters were disgusting at the final whistle.",
        "Horrible behaviour from some spectators at the match.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_the_same_words_said_of_people_are_still_caught(text, preset):
    assert tone(text, preset)


# --- personal_data: a phone number read aloud in hundreds


@pytest.mark.parametrize(
    "text",
    [
        "Message Coach Dev on seven eight one one, six hundred, four five two.",
        "Call Gran on oh one six one, four nine six, seven hundred and one.",
    ],
)
def test_a_phone_number_read_in_hundreds_is_blocked(text):
    assert [sev for sev, _ in findings_of("personal_data", text, "droxford")] == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Three hundred and twelve children ran, and four hundred parents cheered them on.",
        "We raised one thousand two hundred pounds: nine hundred from the fair alone.",
    ],
)
def test_amounts_in_words_are_not_a_phone_number(text):
    assert findings_of("personal_data", text, "droxford") == []


# --- targeted_praise: one named child addressed without a comma, or told what to do


def roster() -> Roster:
    return Roster(
        (
            RosterPupil("Theo", "Marsh", key="t"),
            RosterPupil("Priya", "Shah", key="p"),
            RosterPupil("Will", "Brown", key="w"),
        )
    )


def targeted(text: str) -> list[str]:
    return [sev for sev, _ in findings_of("targeted_praise", text, "unsworth", roster())]


@pytest.mark.parametrize(
    "text",
    [
        "Theo you were a superstar on the climbing wall this morning!",
        "Priya you've worked so hard on your times tables, brilliant.",
        "Theo, the football bus leaves at eight tomorrow, so bring your boots and a drink.",
    ],
)
def test_a_named_child_addressed_is_targeted_praise(text):
    assert targeted(text) == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Will you join us for the summer fair on Saturday?",
        "Year 5 swam a mile, so bring your towels again next week.",
    ],
)
def test_a_question_or_the_class_told_is_not(text):
    assert targeted(text) == []


# --- more of a verdict aimed at a group: by its name alone, told what they are, their effort


@pytest.mark.parametrize(
    "text",
    [
        "Disappointing, Hillcrest Juniors.",
        "The under-9s were an embarrassment at the tournament.",
        "Right, 6T, you're an embarrassment to the whole school.",
        "Sloppy effort from KS1 in the fire drill.",
        "So 'grateful' to the trust for the new timetable.",
        "What a wonderful turnout for the quiz... or not.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_more_verdicts_aimed_at_people_are_asked_about(text, preset):
    assert tone(text, preset)


@pytest.mark.parametrize(
    "text",
    [
        "Poor Year 2, the coach broke down on the motorway, but they sang all the way home.",
        "Poor Mrs Ellis was soaked on playground duty!",
        "Our art exhibition was an embarrassment of riches this year.",
        "A poor effort from the weather, but Year 3 still ran every race.",
        "Year 1 learnt the word 'grateful' and used it in their thank-you cards.",
        "Let us know whether you can help at the fair, or not.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_pity_praise_and_plain_questions_pass(text, preset):
    assert tone(text, preset) == []


# --- an eye-roll after praise of something that keeps happening


@pytest.mark.parametrize(
    "text",
    ["Wonderful, the car park is flooded again 🙄", "Brilliant, yet more roadworks outside 🙃"],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_an_eye_roll_after_praise_of_a_repeat_is_sarcasm(text, preset):
    assert [sev for sev, _ in tone(text, preset)] == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "What a wonderful trip to the farm 🙃",
        "Another wonderful assembly from Year 3 this week! 🌟",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_praise_with_no_eye_roll_at_a_repeat_passes(text, preset):
    assert tone(text, preset) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Brilliant attendance at the maths café: JUST five parents came.", "JUST five parents"),
        ("Only ONE governor replied to the invitation.", "ONE governor"),
    ],
)
@pytest.mark.parametrize("preset", ("droxford", "highfield", "carlton", "forefield"))
def test_more_shouted_numbers_of_people_who_came(text, said, preset):
    assert said in quoted(text, preset)


@pytest.mark.parametrize(
    "text",
    ["ONLY 5 places left for the parents' cooking class: book now!", "JUST 2 helpers needed."],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_a_shouted_number_that_asks_passes(text, preset):
    assert tone(text, preset) == []


@pytest.mark.parametrize(
    "text",
    ["The trip bus broke down twice. Well, that went smoothly…", "Who would have thought it 🙄"],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_more_closing_sarcasm(text, preset):
    assert [sev for sev, _ in tone(text, preset)] == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "The 'trained' stewards waved every car into the wrong field.",
        "Our 'reliable' suppliers forgot the milk again.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_a_standing_in_scare_quotes_said_of_adults_is_asked_about(text, preset):
    assert tone(text, preset)


@pytest.mark.parametrize(
    "text",
    [
        "Year 6 looked up what 'qualified' means before careers day.",
        "Our stewards are trained and reliable, so parking will be easy.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_a_standing_said_plainly_or_as_a_word_passes(text, preset):
    assert tone(text, preset) == []


# --- a negative word as a degree of the praise after it


@pytest.mark.parametrize(
    "text",
    ["A ridiculous amount of laughter at the Year 4 sleepover!", "Year 2's den was crazy good."],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_a_negative_word_as_a_degree_of_praise_passes(text, preset):
    assert tone(text, preset) == []


@pytest.mark.parametrize("preset", ("droxford", "highfield", "forefield"))
def test_the_same_word_before_what_is_not_praise_is_still_asked_about(preset):
    assert tone("A ridiculous amount of rubbish was dumped by the gate.", preset)
