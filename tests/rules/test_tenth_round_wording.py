"""The tenth round's tone shapes (issue 11), each tested on sentences written for these tests in
both directions: thanks that sneer at those who did not bother, a coy hedge before a verdict
("was, let's say, …"), conduct likened to toddlers' or sheep's, shame wished on people, a
let-down said as an expectation, a standard shamed in one word, a school or team by its own
name called a rabble, and a story's character judged by the children who read about it."""

from __future__ import annotations

import pytest
from rules_helpers import findings_of, of_rule

from policies import Roster, RosterPupil

BLOCK, WARN = "block", "warn"

PUPILS = (
    RosterPupil("Hope", "Marsh", consent="granted", key="ho", group="4B"),
    RosterPupil("Frank", "Field", consent="granted", key="fr", group="6C"),
)


@pytest.fixture(scope="module")
def roster() -> Roster:
    return Roster(PUPILS)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to the couple of grandparents who actually bothered to reply to the invite.",
        "Only three families actually came to the e-safety talk.",
        "A big thank you to the governors who could actually be bothered to visit.",
    ],
)
def test_thanks_that_sneer_at_those_who_did_not_bother_is_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to everyone who actually came out in the sleet to cheer the runners!",
        "The Year 2 children actually remembered every line of their poem!",
        "Only two tickets are left: families who want one should reply today.",
    ],
)
def test_thanks_to_all_and_delight_in_children_pass(text, roster):
    assert of_rule("negative_tone", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Year 5's version of the school song was, shall we say, original.",
        "The staff pancake race was, how can I put this, eventful.",
        "Year 4's first go at the recorder concert was, for want of a better word, brave.",
    ],
)
def test_a_coy_hedge_before_a_verdict_on_people_is_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "The Year 6 band were, let's say, spectacular!",
        "Let's say you share 20 grapes between 4 plates: Year 3 found the answer.",
        "Year 1 can come in fancy dress, if they like, on Friday.",
    ],
)
def test_a_hedge_before_praise_or_a_sum_passes(text, roster):
    assert of_rule("negative_tone", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some Year 3 boys were shoving each other like spoilt toddlers in the lunch queue.",
        "Parents were pushing through the gate like a herd of cattle this morning.",
        "A few of the Year 6 girls have been behaving like babies at break.",
    ],
)
def test_conduct_likened_to_toddlers_or_cattle_is_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "In drama Year 2 acted like babies and then like grown-ups to show how we change.",
        "Reception were running like the wind in the relay!",
        "Year 1 hopped like frogs and stretched like cats in yoga.",
    ],
)
def test_a_drama_lesson_or_a_harmless_likeness_passes(text, roster):
    assert of_rule("negative_tone", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Drivers who block the bus stop at home time should be embarrassed.",
        "Whoever left the litter by the pond ought to be ashamed.",
    ],
)
def test_shame_wished_on_people_is_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "No family should be embarrassed to ask about help with trip costs.",
        "Parents should never feel ashamed of asking for support.",
        "Year 3 wrote to the troll to tell him he should be ashamed of scaring the goats.",
    ],
)
def test_kindness_about_asking_and_letters_to_a_character_pass(text, roster):
    assert of_rule("negative_tone", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "We had expected more from our Year 5 parents at the meeting.",
        "We really expected better of the Friends of the School this term.",
    ],
)
def test_a_let_down_said_as_an_expectation_is_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "We expected drizzle, but sports day was sunny from start to finish!",
        "We expected more than 80 runners and 150 turned up!",
        "We expect more of our Year 6 pupils now they are the oldest in the school.",
    ],
)
def test_expectations_met_or_set_pass(text, roster):
    assert of_rule("negative_tone", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "The presentation of homework in Year 3 is frankly dire.",
        "The punctuality across KS1 this half term has been disappointing.",
    ],
)
def test_a_standard_shamed_in_one_word_is_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "The timekeeping of Year 6 at morning registration is getting woeful.",
        "Much of the reading homework sent back by Year 3 on Monday was rubbish.",
    ],
)
def test_work_given_a_derogatory_verdict_is_blocked_however_far_the_verb(text, roster):
    assert of_rule("negative_tone", text, roster) == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "The standard of art in Year 5 is superb.",
        "Attendance in Year 2 was poor last week because of the sickness bug.",
    ],
)
def test_a_standard_praised_or_hard_luck_passes(text, roster):
    assert of_rule("negative_tone", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Westfield Juniors were a shambolic rabble at the quiz.",
        "Bramley Rangers were a total embarrassment on Sunday.",
    ],
)
def test_a_school_or_team_by_its_name_called_a_rabble_is_blocked(text, roster):
    assert of_rule("negative_tone", text, roster) == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Bramley Rangers were a nightmare to defend against, what a side!",
        "Westfield Juniors were worthy winners of the quiz.",
    ],
)
def test_a_side_praised_by_its_name_passes(text, roster):
    assert of_rule("negative_tone", text, roster) == []


def test_a_story_character_judged_by_the_children_passes(roster):
    text = "Year 6 read 'Fantastic Mr Fox' and decided Boggis was disgusting."
    assert of_rule("negative_tone", text, roster) == []
    text = "Year 2 read 'Mr Messy' and agreed he was a bit disgusting."
    assert of_rule("negative_tone", text, roster) == []


def test_a_real_adult_beside_a_story_is_still_judged(roster):
    text = "Year 2 read 'Mr Messy' and Mr Dale was disgusting about it."
    assert findings_of("negative_tone", text, roster=roster)


def test_each_finding_quotes_the_words(roster):
    text = "Kingswood Colts were a rabble on the pitch."
    quoted = "Kingswood Colts were a rabble"
    assert findings_of("negative_tone", text, roster=roster) == [(BLOCK, quoted)]


# From corpus 9's seen part, as classes: a sentence that opens as a grumble about people, and
# a view given as one's own.
@pytest.mark.parametrize(
    "text",
    [
        "Not impressed by the mess some visitors left in the car park on Sunday.",
        "We're not impressed with the litter the football club leaves behind.",
        "Funny how the same few grown-ups vanish whenever the tidy-up starts.",
        "Strange how some drivers think the zigzags are a parking space.",
        "Still waiting for the new fence the council promised us in June.",
    ],
)
def test_a_sentence_that_opens_as_a_grumble_about_people_is_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "Not impressed by the drizzle? Year 2 were not either, so the picnic moved indoors.",
        "Funny how Reception always pick the muddiest puddle!",
        "Still waiting for the snow to settle, fingers crossed!",
        "We are still waiting for the builders to finish, so the hall stays closed this week.",
    ],
)
def test_weather_children_and_news_pass(text, roster):
    assert of_rule("negative_tone", text, roster) == []


def test_a_view_given_as_one_s_own_is_an_opinion(roster):
    assert of_rule("negative_tone", "My own view is that tablets do not belong in Reception.",
                   roster, "highfield") == [BLOCK]
    assert of_rule("negative_tone", "Our view of the sea from the top field is stunning today.",
                   roster, "highfield") == []


@pytest.mark.parametrize(
    "text",
    [
        "Reception loved Handa's Surprise. The greedy monkey was very naughty indeed!",
        "At the farm the goats were terribly naughty and nibbled our worksheets.",
        "Mrs Armitage's dog was dreadful at sitting still in the story.",
    ],
)
def test_animals_called_naughty_pass(text, roster):
    assert of_rule("negative_tone", text, roster) == []


def test_children_called_naughty_beside_animals_are_still_asked_about(roster):
    text = "Some Year 3 boys were very naughty with the ducks at the pond."
    assert of_rule("negative_tone", text, roster) == [WARN]


# The second batch of the round's own probes, as classes.
@pytest.mark.parametrize(
    "text",
    [
        "A few Year 6 girls let the whole class down on the trip.",
        "The umpire needs to go back to school.",
        "Families who ignore the one-way system need to think again.",
        "We expected our Year 5s to know better.",
        "Year 3 have been quite a handful for the supply teacher.",
        "Some of Year 4 seem to have forgotten how to hang up a coat.",
        "Year 6 clearly weren't listening during the fire talk.",
        "The Year 2 boys made a total mess of the library corner.",
        "Not one governor replied to the invitation. Disappointing.",
        "Half of Year 5 forgot their reading books. Again.",
        "We are tired of reminding drivers about the zigzags.",
        "Year 1 were like a herd of elephants in the lunch hall.",
    ],
)
def test_put_downs_of_the_round_s_second_batch_are_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "Year 6 never let anyone down: what a concert!",
        "We won't let you down: the new library opens in June.",
        "Year 1 now know better than to pick up a bee!",
        "When I grow up I will be an astronaut, said one of our Year 2 writers.",
        "Children need to wake up early for the 7am coach on Monday.",
        "Year 6 need to bring a packed lunch on Thursday.",
        "A handful of places are left at the holiday club.",
        "Some children seem to have forgotten their water bottles: spares are in the office.",
        "Reception made a gorgeous mess of the messy-play tray!",
        "Our girls lost the county final 3-2. Disappointing.",
        "Our netball team lost the final. Disappointing, but so proud of them.",
        "Year 5 won the spelling bee. Again!",
        "We are never tired of hearing Reception read.",
        "Year 3 were like a pack of explorers in the woods, brilliant!",
        "Year 2 stomped like a herd of elephants in their dance about the jungle.",
    ],
)
def test_praise_promises_reminders_and_sad_results_pass(text, roster):
    assert of_rule("negative_tone", text, roster) == []


def test_a_let_down_said_with_a_smile_is_blocked_as_an_idiom(roster):
    text = "Year 4, that was not your proudest moment."
    assert of_rule("negative_tone", text, roster) == [BLOCK]
    assert of_rule("negative_tone", "Year 4's proudest moment: the county cup!", roster) == []


# The round's third probes, benign side: the shapes above kept to what makes them jibes.
@pytest.mark.parametrize(
    "text",
    [
        "The grandparents who actually came to the coffee morning loved the singing.",
        "Year 5 were, let's say, rather thrilled with their certificates!",
        "Year 1's poems were, for want of a better word, enchanting.",
        "Reception behaved like real archaeologists on the dig today.",
        "Funny how a sunny day makes you smile!",
        "Pupils who need to go back to school for their bags can do so until 4pm.",
        "Year 3 made a real mess of the clay table, and look at their pots!",
    ],
)
def test_reports_smiles_and_messy_play_pass(text, roster):
    assert of_rule("negative_tone", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Year 4's assembly was, shall we say, a bit of an adventure.",
        "The Year 6 disco was, let's say, lively.",
        "Our Year 2 parents were, shall we say, very vocal on the touchline.",
    ],
)
def test_a_hedge_before_a_euphemism_is_still_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


# The round's fourth probes: exasperation, thanks for the bare minimum, pity that talks down.
@pytest.mark.parametrize(
    "text",
    [
        "Please note, for the fourth time, that scooters must be pushed on the playground.",
        "We have had enough of parents smoking at the school gate.",
        "Three cheers for the two grandparents who managed to turn up to the working party.",
        "Our new caretaker is still getting the hang of the boiler, bless him.",
        "Please stop treating the lunch staff like skivvies.",
    ],
)
def test_exasperation_and_condescension_are_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "Some Year 5 pupils have been incredibly childish this week.",
        "The visiting magician was a complete bore.",
    ],
)
def test_contempt_for_people_by_a_word_or_a_fixed_phrase_is_blocked(text, roster):
    assert of_rule("negative_tone", text, roster) == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "For the fourth time, our Year 6 team are county champions!",
        "We have had enough of the rain: bring on the sunshine!",
        "Year 1 were exhausted after the farm trip, bless them.",
        "Thanks to the families who managed to come at such short notice.",
        "Year 5 learnt how Tudor households treated their servants.",
    ],
)
def test_records_weather_fondness_and_history_pass(text, roster):
    assert of_rule("negative_tone", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "Year 5 were really disappointing at the swimming gala.",
        "Our visitors from the trust have been a bit of a letdown.",
        "The Year 6 relay team were not good enough on Saturday.",
    ],
)
def test_a_let_down_said_of_people_as_what_they_were_is_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "Year 5 were disappointed to miss the gala because of the snow.",
        "The gala results were disappointing, but every swimmer tried their best.",
        "The weather was a letdown for the summer fair.",
    ],
)
def test_a_feeling_or_a_result_that_disappoints_passes(text, roster):
    assert of_rule("negative_tone", text, roster) == []


@pytest.mark.parametrize(
    "text",
    [
        "To the driver who blocked the bus bay at 3pm: you know who you are.",
        "To whoever has been letting their dog into the playground: it stops now.",
    ],
)
def test_one_person_called_out_in_public_is_asked_about(text, roster):
    assert of_rule("negative_tone", text, roster) == [WARN]


@pytest.mark.parametrize(
    "text",
    [
        "To the mum who found our lost tortoise: thank you so much!",
        "To the families who joined our litter pick: what a difference you made.",
    ],
)
def test_thanks_to_one_person_or_to_families_pass(text, roster):
    assert of_rule("negative_tone", text, roster) == []
