"""The eighth round of general rules for negative_tone (issue 11, item 8), on sentences written
for these tests, not taken from the corpora, in both directions: people said to be unable to do
the simplest part of their job (couldn't run a bath), contempt as a noun before "of a" (a circus
of a sports day), a comparison that praises in order to mock (about as useful as a paper
umbrella), sarcastic congratulations on another cut; while hardship people are in (if you are
struggling), campaigns against something bad (cutting food waste), what circumstances stopped
(couldn't find a space, so we walked) and real praise pass."""

from __future__ import annotations

import pytest
from rules_helpers import findings_of

from policies.rules.wording import _calendar_near

BLOCK, WARN = "block", "warn"
PRESETS = ("droxford", "highfield", "carlton", "unsworth", "forefield")


def tone(text: str, preset: str) -> list[tuple[str, str | None]]:
    return findings_of("negative_tone", text, preset)


# --- people said to be unable to do the simplest part of their job: sarcasm, so it blocks


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The new groundsman couldn't cut a hedge.", "couldn't cut a hedge"),
        ("That umpire can't count a single over.", "can't count a single over"),
        ("The catering firm could not cook an omelette.", "could not cook an omelette"),
        (
            "The trust sent us an adviser who couldn't manage a tuck shop.",
            "couldn't manage a tuck shop",
        ),
        (
            "The removal men couldn't organise a queue if they tried.",
            "couldn't organise a queue",
        ),
        ("The county's planners can't even plan a picnic.", "can't even plan a picnic"),
        (
            "The auditors wouldn't know a balanced budget if it sat on them.",
            "wouldn't know a balanced budget",
        ),
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_people_unable_to_do_the_simplest_thing_is_sarcasm(text, quoted, preset):
    assert tone(text, preset) == [(BLOCK, quoted)]


@pytest.mark.parametrize(
    "text",
    [
        "The taxi driver couldn't find a space near the theatre, so we walked the last bit.",
        "Our electrician couldn't fix a fault in the lights by Monday, so 5C will use the hall.",
        "Relatives who can't drive a car can ask about seats on the minibus.",
        "Year 4 couldn't read a map at the start of term; now they lead the orienteering!",
        "We couldn't organise a trip this year, but next year's is booked.",
        "Reception couldn't wait a minute longer to open the parcel.",
        "Our visitors couldn't believe a school garden could grow so much.",
        "The referee couldn't have been fairer to both teams.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_what_circumstances_stopped_or_children_learnt_passes(text, preset):
    assert tone(text, preset) == []


# --- contempt as a noun before "of a", mocking comparisons, sarcastic congratulations: asked


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, what a pantomime of a consultation from the trust.",
        "That was a travesty of a marking scheme from the exam board.",
        "A total fiasco of a handover from the outgoing contractors.",
        "The new parking officer is about as helpful as a locked door.",
        "The visiting storyteller was about as lively as a wet Monday.",
        "The new booking system is as much use as a chocolate fireguard.",
        "Congratulations to the county on another superb decision to cut our bus route.",
        "Well done to the trust for yet another wonderful plan to close the nursery.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_scorn_by_its_shape_is_never_left_unasked(text, preset):
    found = tone(text, preset)
    assert found and found[0][0] in (BLOCK, WARN)


@pytest.mark.parametrize(
    "text",
    [
        "What a gem of a story from our visiting poet!",
        "A belter of a goal from the under-11s won the cup.",
        "We had a nightmare of a journey back in the snow, but everyone was cheerful.",
        "Year 6 were about as quiet as mice during the test.",
        "Year 2 wrote about as many poems as there are days in May!",
        "Congratulations to Year 5 on another brilliant win at the cross-country.",
        "Thank you to the PTA for another lovely disco; the hall closes at 8pm.",
        "Our Year 3 joke of the week: what do you call a sleeping dinosaur?",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_praise_comparisons_and_school_news_pass(text, preset):
    assert tone(text, preset) == []


# --- hardship people are in, and campaigns against something bad, are not judgements


@pytest.mark.parametrize(
    "text",
    [
        "If you are struggling this winter, the food bank at St Luke's opens on Fridays.",
        "Carers who are suffering with stress can speak to our family support worker.",
        "Any parent feeling lonely after the move is welcome at Tuesday's coffee morning.",
        "A few families are struggling with uniform costs, so the PTA runs a swap shop.",
        "Staff and parents are working together to reduce litter on the field.",
        "Our Year 6 ambassadors are tackling bullying with a new buddy bench.",
        "Grandparents who are grieving can ask Mrs Khan about the bereavement group.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_hardship_and_campaigns_against_bad_things_pass(text, preset):
    assert tone(text, preset) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some carers are obviously struggling to read a simple timetable.",
        "The coach company are clearly struggling to count to ten.",
    ],
)
def test_hardship_words_said_with_a_mocking_word_are_still_judged(text):
    found = tone(text, "droxford")
    assert found and found[0][0] in (BLOCK, WARN)


@pytest.mark.parametrize(
    "text",
    [
        "The caretakers at the sports centre were a nuisance all afternoon.",
        "The visiting quizmaster was a complete clown.",
        "The new catering supplier is an utter liability.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_a_noun_of_contempt_said_of_people_blocks(text, preset):
    assert [sev for sev, _ in tone(text, preset)] == [BLOCK]


# --- spelling: a day or month name's slips, counted with rapidfuzz's OSA distance


@pytest.mark.parametrize(
    ("word", "day"),
    [
        ("wendesday", "Wednesday"),  # two neighbours swapped
        ("thurday", "Thursday"),  # a letter left out
        ("febuary", "February"),
        ("fridday", "Friday"),  # a letter doubled
        ("setpember", "September"),
    ],
)
def test_a_slip_of_a_day_or_month_is_one_or_two_edits_away(word, day):
    assert _calendar_near(word) == day


@pytest.mark.parametrize("word", ["mondale", "junior", "marching", "sundaes", "fringe", "octagon"])
def test_words_further_from_any_day_or_month_are_not_slips(word):
    assert _calendar_near(word) is None


# --- text_speak: a short word written without its vowels, which no dictionary knows


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Tnx to the Friends of the school for the new benches.", "Tnx"),
        ("Spelling hwk goes home on Mondays.", "hwk"),
        ("The choir sing again nxt term.", "nxt"),
        ("Have a lovely wknd, everyone.", "wknd"),
    ],
)
def test_a_word_with_its_vowels_cut_is_text_speak(text, quoted):
    assert findings_of("text_speak", text, "highfield") == [("warn", quoted)]
    assert findings_of("spelling", text, "highfield") == []  # one fact, one finding


@pytest.mark.parametrize(
    "text",
    [
        "Shh, the Reception class are napping.",
        "Hmm, which house will win the cup?",
        "Our RSPB and NSPCC visitors met KS1 today.",
        "The relay team ran 4km, and the Mrs Potts in our play stole the show.",
        "Psst: the book fair opens early on Thursday.",
    ],
)
def test_sounds_abbreviations_and_units_are_not_text_speak(text):
    assert findings_of("text_speak", text, "highfield") == []


# --- idioms of contempt, mocking questions, comparisons of a trait, denied strong points


@pytest.mark.parametrize(
    "text",
    [
        "Drivers who idle by the nursery gate: shame on you.",
        "The lettings agent is a law unto himself.",
        "The contractors made a dog's dinner of the playground markings.",
        "The new cover supervisor is beyond useless.",
        "The council's new crossing is not fit for purpose.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_an_idiom_of_contempt_for_people_blocks(text, preset):
    assert [sev for sev, _ in tone(text, preset)] == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Whoever at the depot thought it was a good idea to send a minibus for 40 children?",
        "That linesman wants his eyes checked.",
        "Whoever chose this font needs their head examined.",
        "Honestly, drivers? The turning circle is for the buses.",
        "The examiner had all the charm of a parking ticket.",
        "Punctuality is clearly not the coach firm's strong point.",
        "The \u201cprofessionals\u201d from the agency never turned up.",
        "Thanks to the depot for leaving us without a bus on sports day. Cheers.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_mocking_questions_comparisons_and_quotes_are_never_left_unasked(text, preset):
    found = tone(text, preset)
    assert found and found[0][0] in (BLOCK, WARN)


@pytest.mark.parametrize(
    "text",
    [
        "Year 4 thought it was a good idea to build a bug hotel, and the bugs agree!",
        "Whose idea was the bake-off? Mrs Shah's, and it was brilliant!",
        "Really, everyone? Three hundred pounds raised? Thank you so much!",
        "Seriously, Year 5? The best dance we have ever seen!",
        "Our lollipop lady has the patience of a saint.",
        "Year 2 will have their eyes checked by the school nurse on Monday.",
        "Words fail us: thank you for raising £1,500 for the hospice!",
        "It was not the brightest of mornings, but the fun run went ahead.",
        "Mr Evans has the voice of an angel, as the carol service proved.",
        "Handwriting was never my strong point, admits our head.",
        "Fractions are not Year 3's strong point yet, but they are getting there.",
        "Year 6 were the \u201cteachers\u201d for a day and ran the lesson brilliantly.",
        "The minibus broke down, leaving us late back. Thank you for waiting, everyone!",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_real_questions_praise_and_jokes_on_ourselves_pass(text, preset):
    assert tone(text, preset) == []


# --- targeted_praise: one child called a young man or a young lady


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to the young lady in 5A who handed in a lost phone.",
        "A big well done to the young man in Year 3 who read at church.",
        "Welcome to our newest youngster in Nursery, who joined from Latvia.",
    ],
)
def test_one_child_called_a_young_man_or_lady_is_targeted(text):
    assert [sev for sev, _ in findings_of("targeted_praise", text, "droxford")] == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Thank you to the young men and women of Year 6 who stacked the chairs.",
        "The young people of Year 5 led a moving assembly.",
    ],
)
def test_young_people_of_a_class_are_a_group(text):
    assert findings_of("targeted_praise", text, "droxford") == []


# --- a strong word that describes a thing, a gift or history is no remark about people


@pytest.mark.parametrize(
    "text",
    [
        "The face painter at the fete made tiger faces and balloon animals for the children.",
        "The visiting poet read us her creepy monster poem.",
        "Our storyteller did a wonderfully grumpy troll voice for Reception.",
        "Tudor schoolmasters were harsh and often cruel, Year 4 discovered.",
        "Victorian factory owners could be brutal to child workers.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_strong_words_about_things_gifts_or_history_pass(text, preset):
    assert tone(text, preset) == []


@pytest.mark.parametrize(
    "text",
    [
        "The spectators behaved like animals towards the young referee.",
        "Lazy parents are the reason the gate is blocked every morning.",
    ],
)
def test_strong_words_about_people_are_still_judged(text):
    assert tone(text, "droxford")


# --- behaviour compared or judged, a class by its code, a team by what it plays


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, 5C were revolting at lunch.",
        "Our cricketers were dire in the field.",
        "The visiting team's fans behaved like a mob of toddlers.",
        "Shoddy workmanship by the contractors on the new fence.",
        "Vile behaviour from a few spectators at the match.",
        "Pupils who dropped litter on the trip should be ashamed of themselves.",
        "Parents on the zigzags: get your act together.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_judged_behaviour_and_contempt_for_a_class_or_team_are_asked(text, preset):
    found = tone(text, preset)
    assert found and found[0][0] in (BLOCK, WARN)


@pytest.mark.parametrize(
    "text",
    [
        "Year 4 behaved like real professionals at the Town Hall.",
        "Our Nursery children behaved like little stars at the dentist.",
        "Year 2 acted like explorers, mapping the wild garden.",
        "Superb behaviour from 6B at the theatre!",
        "A gutsy effort from our U9s in the sleet.",
        "5C were sad to say goodbye to their student teacher.",
        "Our gymnasts were exhausted but delighted after the competition.",
        "If your child is in pain after the flu spray, let the office know.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_praised_behaviour_and_how_children_felt_pass(text, preset):
    assert tone(text, preset) == []


# --- personal_data: a number read aloud with "double" or "oh" is never a count


def test_a_number_read_aloud_with_doubles_is_a_phone_number():
    text = "Text Aunty Bev on seven seven double oh nine double oh four five six."
    assert [sev for sev, _ in findings_of("personal_data", text, "droxford")] == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Blast off: ten, nine, eight, seven, six, five, four, three, two, one!",
        "Nursery counted one two three four five six seven eight nine ten ducks.",
    ],
)
def test_counting_aloud_is_not_a_phone_number(text):
    assert findings_of("personal_data", text, "droxford") == []


# --- failures mocked, blame for a mess, thanks for what someone thinks, more idioms


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Dale obviously never reads the staff bulletin.",
        "The trust's auditors didn't bother to visit the school.",
        "The outgoing governors left the accounts in a shambles.",
        "Well done to the driver who thinks the bus bay is a car park.",
        "The county's transport plan is past its sell-by date.",
        "That holiday company is a total rip-off.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_failures_mocked_blame_and_ironic_thanks_are_asked(text, preset):
    found = tone(text, preset)
    assert found and found[0][0] in (BLOCK, WARN)


@pytest.mark.parametrize(
    "text",
    [
        "Our helpers clearly didn't mind the drizzle!",
        "The relay team obviously never gave up.",
        "Year 1 clearly can't read the big clock yet, so we are practising.",
        "High winds left the allotment in a mess, so Friday's planting moves to Monday.",
        "Reception left the sandpit in a state, and loved every minute.",
        "Thank you to the grandad who thought of bringing a spare umbrella.",
        "Please don't bother bringing a packed lunch on Friday: it's a barbecue!",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_denied_failures_that_are_praise_and_misfortune_pass(text, preset):
    assert tone(text, preset) == []


# --- praise undone: "Not." on its own, "for once", a delay praised


@pytest.mark.parametrize(
    "text",
    [
        "Wonderful driving outside the gates this morning. Not.",
        "Lovely to see the council answering our emails for once.",
        "Many thanks to the builders for finishing only four months late.",
        "Brilliant of the trust to finally reply after only two terms.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_praise_undone_by_what_follows_blocks(text, preset):
    assert [sev for sev, _ in tone(text, preset)] == [BLOCK]


@pytest.mark.parametrize(
    "text",
    [
        "Reception were wonderfully calm for once, bless them!",
        "The sun came out for once, and sports day was brilliant.",
        "Well done to our Friends' group, who raised £800 in only three weeks.",
        "Thanks to our wonderful families, the garden opened after only two years of saving.",
        "Thanks to the crossing patrol, not one child was late this week!",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_real_praise_with_once_only_or_not_passes(text, preset):
    assert tone(text, preset) == []


# --- text_speak: a 2 or 4 after a word that "to" or "for" follows, unless a count follows


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The pool is shut due 2 a leak.", "2"),
        ("Everyone ready 4 lunch?", "4"),
        ("Back 2 school on Tuesday, everyone!", "2"),
    ],
)
def test_a_digit_for_to_or_for_after_its_word_is_text_speak(text, quoted):
    assert findings_of("text_speak", text, "highfield") == [("warn", quoted)]


@pytest.mark.parametrize(
    "text",
    [
        "The coach was ready 2 hours before the match.",
        "We are back 4 more afternoons of rehearsal.",
        "Thanks to the 2 new dinner staff.",
        "Dydd Gŵyl Dewi Hapus from Year 2!",
    ],
)
def test_a_count_after_the_digit_or_welsh_is_not_text_speak(text):
    assert findings_of("text_speak", text, "highfield") == []


# --- what people were doing is not what they are: were reading nonsense verse


@pytest.mark.parametrize(
    "text",
    [
        "Year 4 were performing nonsense poems by Spike Milligan.",
        "Our parents were reciting nonsense limericks at the quiz night!",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_what_people_were_doing_with_a_strong_word_passes(text, preset):
    assert tone(text, preset) == []


def test_a_judging_word_ending_in_ing_still_judges():
    assert tone("The visiting speakers were patronising and boring.", "droxford")


# --- people by the plural or singular the lists name; acting praised with a strong word


def test_the_plural_of_people_the_lists_name_is_people():
    assert tone("The visiting caretakers were rude and unhelpful.", "droxford")


@pytest.mark.parametrize(
    "text",
    [
        "The actor who played the witch was wonderfully wicked.",
        "Our staff were brilliantly grumpy as the ugly sisters!",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_acting_praised_with_a_strong_word_passes(text, preset):
    assert tone(text, preset) == []


# --- opinions by their shape (Highfield blocks them); feelings and beliefs in people are none


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("I reckon our allotment grows the biggest marrows in Cheshire.", "I reckon"),
        ("I'd say no school choir sings louder than ours.", "I'd say"),
        ("We're convinced our Year 6 play beats anything on telly.", "We're convinced"),
    ],
)
def test_an_opinion_the_phrases_miss_is_an_opinion(text, quoted):
    assert findings_of("negative_tone", text, "highfield") == [(BLOCK, quoted)]


@pytest.mark.parametrize(
    "text",
    [
        "I feel so proud of our Year 2 singers today!",
        "We feel honoured to host the county chess final.",
        "We think of everyone affected by the floods this week.",
        "We believe in every single one of our pupils.",
        "We consider ourselves fortunate to have such generous families.",
        "The coach firm reckons the bus will arrive at 3pm.",
    ],
)
def test_feelings_thoughts_of_others_and_reports_are_no_opinion(text):
    assert findings_of("negative_tone", text, "highfield") == []


# --- pupils judged: a pain, letting the school down, up the wall, the manners of animals


@pytest.mark.parametrize(
    "text",
    [
        "The Year 4s were a pain on the coach.",
        "6B let themselves down at the museum.",
        "Reception are driving the dinner staff up the wall.",
        "A few of our pupils have the table manners of goats.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_pupils_judged_by_idiom_or_comparison_are_asked(text, preset):
    found = tone(text, preset)
    assert found and found[0][0] in (BLOCK, WARN)


@pytest.mark.parametrize(
    "text",
    [
        "If your child is in pain after the fall, the first aider will call you.",
        "Year 5 scrambled up the wall at the climbing centre.",
        "Our midday supervisors have the patience of saints.",
        "Year 6 have the energy of puppies after the holidays!",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_pain_climbing_and_praise_by_comparison_pass(text, preset):
    assert tone(text, preset) == []


# --- people as victims, and the school's stance against something bad


@pytest.mark.parametrize(
    "text",
    [
        "Some families have been sent a fake invoice claiming to be from the PTA.",
        "A few parents were approached by a bogus charity collector; please be careful.",
        "Our office staff were hit by a nasty cold this week.",
        "Bullying is never acceptable, on or off the school site.",
        "Racist language will not be tolerated at our school.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_victims_and_a_stance_against_something_bad_pass(text, preset):
    assert tone(text, preset) == []


def test_people_who_did_wrong_are_still_judged_beside_a_stance():
    assert tone("Some parents were rude to our staff, which is never acceptable.", "droxford")


# --- other schools put down by comparison, and taunts


@pytest.mark.parametrize(
    "text",
    [
        "Unlike certain schools nearby, our staff actually answer emails.",
        "Oakfield may have the shinier building, but we have the kinder staff.",
        "Eat your heart out, Hillcrest Academy!",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_other_schools_put_down_or_taunted_are_asked(text, preset):
    found = tone(text, preset)
    assert found and found[0][0] in (BLOCK, WARN)


@pytest.mark.parametrize(
    "text",
    [
        "Unlike last year, the sun shone for the whole fete.",
        "Unlike many primary schools, we still have our own swimming pool.",
        "It may have drizzled, but we had the best sports day ever.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_plain_comparisons_pass(text, preset):
    assert tone(text, preset) == []


def test_a_person_word_before_a_noun_is_not_the_one_judged():
    found = tone("Mr Okafor's dad jokes are terrible, but the children love them.", "droxford")
    assert BLOCK not in [sev for sev, _ in found]


@pytest.mark.parametrize("tag", ["#sk8park", "#b4school", "#h8mondays"])
def test_a_tag_opening_with_a_digit_read_as_its_sound_is_text_speak(tag):
    assert [sev for sev, _ in findings_of("text_speak", f"{tag} today", "carlton")] == [BLOCK]


@pytest.mark.parametrize(
    "tag", ["#ks2sats", "#y6leavers", "#top10books", "#u11sfinal", "#a4poster"]
)
def test_a_tag_opening_with_a_code_is_not_text_speak(tag):
    assert findings_of("text_speak", f"{tag} today", "carlton") == []


# --- hardly anyone bothered; players named after their game


@pytest.mark.parametrize(
    "text",
    [
        "Once more barely any families bothered to return the survey.",
        "Hardly any governors bothered to turn up to the open morning.",
    ],
)
@pytest.mark.parametrize("preset", PRESETS)
def test_hardly_anyone_bothered_is_asked(text, preset):
    found = tone(text, preset)
    assert found and found[0][0] in (BLOCK, WARN)


def test_hardly_anyone_missing_out_is_good_news():
    assert tone("Hardly anyone missed the coach, which was brilliant.", "droxford") == []


@pytest.mark.parametrize("word", ["netballers", "cricketers", "rounders"])
def test_players_named_after_their_game_are_spelt_right(word):
    assert findings_of("spelling", f"Good luck to our {word} on Saturday!", "carlton") == []


# --- corpus 8's seen part: where people are not who is judged; shame on people; spelt out


def test_a_place_named_by_a_people_word_is_not_judged():
    text = "The ice has made the lane up to school too dangerous: school is closed today."
    assert tone(text, "droxford") == []


def test_shame_on_people_is_asked():
    found = tone("Shame on drivers who idle outside the nursery.", "carlton")
    assert found and found[0][0] in (BLOCK, WARN)


def test_letters_spelt_out_one_by_one_are_not_text_speak():
    assert findings_of("text_speak", "Two badges for R u b y at swimming!", "carlton") == []
    assert findings_of("text_speak", "See u at the fair!", "carlton") == [(BLOCK, "u")]
