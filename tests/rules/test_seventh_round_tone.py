"""The seventh round of general rules for negative_tone (issue 11, item 8), on sentences written
for these tests, not taken from the corpora, in both directions: a judgement aimed at people
(people, a body such as the council or Ofsted, another school, someone's work) with a word of
contempt for their effort or competence, a verb that accuses them, their thinking mocked,
condescension, a closing verdict after what they failed to do, and praise undone in brackets or
after a dash; while sad or honest news, misfortune, pieces of work, denials and praise pass."""

from __future__ import annotations

import pytest
from rules_helpers import findings_of

BLOCK, WARN = "block", "warn"
PRESETS = ("droxford", "highfield", "carlton", "unsworth", "forefield")


def tone(text: str, preset: str) -> list[tuple[str, str | None]]:
    return findings_of("negative_tone", text, preset)


# --- judgements aimed at people, a body or their work: derogatory, so they block everywhere


@pytest.mark.parametrize(
    "text",
    [
        "The lunchtime supervisors have been a nightmare this term.",
        "Mrs Pike's displays are tacky and dated.",
        "The county's transport team are careless and unprofessional.",
        "The trust's latest policy is a joke.",
        "Our rivals from Elmwood cheated their way into the final.",
        "The new inspectors were patronising and unhelpful.",
        "The agency's cover staff are amateurs.",
        "The guest speaker waffled on for most of the afternoon.",
        "The county adviser didn't have a clue about our pupils.",
        "What a shambles the trust's meeting was for our governors.",
        "Carers who whinge about the rota should volunteer themselves.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_contempt_aimed_at_people_or_their_work_blocks(text, preset):
    assert [sev for sev, _ in tone(text, preset)] == [BLOCK]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Mrs Pike's displays are tacky and dated.", "displays are tacky"),
        (
            "Our rivals from Elmwood cheated their way into the final.",
            "rivals from Elmwood cheated",
        ),
    ],
)
def test_the_finding_quotes_the_people_and_the_judgement(text, quoted):
    assert tone(text, "droxford") == [(BLOCK, quoted)]


# --- shapes of judgement: mocked thinking, condescension, a verdict after a failure


@pytest.mark.parametrize(
    "text",
    [
        "Some grandparents clearly think the staff car park is for them.",
        "Apparently the council thinks one lollipop lady is plenty for 500 pupils.",
        "Parents, it honestly isn't that hard to sew a name tape in.",
        "The builders from the council blocked the lane again. Typical.",
        "Nobody from the trust bothered to reply. As usual.",
        "Some councillors obviously don't care about small schools.",
        "Thank you to the van driver who mounted the pavement by the nursery.",
        "Typical of the county council to send the letter on the last day of term.",
        "The quiz night was a fiasco thanks to the organisers.",
        "Nursery parents are becoming rather pushy.",
        "Some of you evidently don't read the letters we send home.",
        "The cleaning contractors missed our classrooms again. Top effort.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_a_judgement_by_its_shape_is_never_left_unasked(text, preset):
    found = tone(text, preset)
    assert found and found[0][0] in (BLOCK, WARN)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely timing from the council (not): the crossing closes on sports day.",
        "Thanks to whoever left the field gate open again - really clever.",
        "Thanks so much, taxi firm, for arriving forty minutes late. Superb service as always.",
        "Well done to the council for scrapping our bus - really smart.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_praise_undone_after_a_let_down_is_sarcasm_and_blocks(text, preset):
    assert [sev for sev, _ in tone(text, preset)] == [BLOCK]


# --- benign: feelings, misfortune, weather, topics, pieces of work, denials and real praise


@pytest.mark.parametrize(
    "text",
    [
        "We are heartbroken to tell you that Pickle, our class guinea pig, died on Sunday.",
        "High winds caused terrible damage to the Reception greenhouse.",
        "We are so sorry the boiler failed again; an engineer is here today.",
        "Year 5 have been learning about the Blitz and how terrifying the raids were.",
        "Year 2 wrote furious letters from the giant to Jack.",
        "Year 1 acted out the angry troll under the bridge.",
        "Year 4 were not rude at all; the museum staff praised them.",
        "Mr Ali's lesson on volcanoes was anything but dull!",
        "A very proud bunch of bakers sold out by lunchtime.",
        "We lost the semi-final, but the team never gave up. Brilliant.",
        "Year 3 think the new library corner is amazing.",
        "It was not that hard for Reception to learn the song, and they loved it.",
        "The coach was late after the storm. Thank you for your patience.",
        "The lazy dragon in our Year 2 story never tidied his cave.",
        "Our netball team were beaten 8-2 but smiled all the way home.",
        "Year 1 were frightened by the fire alarm, so we practised it calmly.",
        "Our Year 4 assembly was about the dangers of railway lines.",
        "The film showed how dreadful the flood was for the town.",
        "What a shame the fete was rained off for the families who came.",
        "Year 2 clearly don't know how to whistle yet, but they are practising!",
        "Thank you to the parents who mounted the new display in the hall.",
        "Sadly the museum visit is off because the minibus broke down.",
        "The book fair was a huge success thanks to our parent volunteers.",
        "Despite the flood damage, the hall reopened thanks to our caretaker.",
        "We lost to Hillcrest again. Great effort, everyone!",
        "Storms are typical of April, so pack a coat for the trip.",
        "Reception were upset when the bubble machine broke, but soon cheered up!",
        "Our Year 6 netballers were gutted to lose on the final whistle.",
        "Year 5 found the evacuee's story upsetting but important.",
        "The train was late again, so thank you for your patience. Much appreciated.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_sad_or_honest_news_and_real_praise_pass(text, preset):
    assert tone(text, preset) == []


@pytest.mark.parametrize(
    ("preset", "text", "expected"),
    [
        # Carlton leaves a negative word to the approver unless it is aimed at someone: the
        # people it came from, after it, count as well as the people before it.
        ("carlton", "Dreadful timekeeping from the bus company this week.", [WARN]),
        ("carlton", "Dreadful timekeeping by Greenbank's contractors again.", [WARN]),
        ("carlton", "Dreadful queues from the bypass this morning.", []),
        ("carlton", "Dreadful timekeeping this week.", []),
    ],
)
def test_a_negative_word_is_asked_about_when_it_comes_from_people(preset, text, expected):
    assert [sev for sev, _ in tone(text, preset)] == expected
