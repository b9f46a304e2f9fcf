"""Writes heldout_corpus.jsonl: a second labelled corpus, written after accuracy_corpus.jsonl had
been tuned against, to measure the engine honestly. Sentences, roster (heldout_roster.json) and
labels were written by hand from the five seed policies and from how UK primary schools post,
before the engine saw any of them; the expected verdict per preset follows each seed's clauses
(the KINDS table). A fixed seed splits the sentences into a part used while fixing the engine and
an unseen third, kept for an honest figure (see policies/accuracy.py, heldout_split).

    .venv/bin/python tests/data/write_heldout_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

import json
from itertools import cycle
from pathlib import Path

HERE = Path(__file__).parent
ALL = ("droxford", "highfield", "carlton", "unsworth", "forefield")
D, H, C, U, F = ALL
NOT_U = (D, H, C, F)
CN, NWP, PC, TP, TS, NT, PD = (
    "child_name", "name_with_photo", "photo_consent", "targeted_praise", "text_speak",
    "negative_tone", "personal_data",
)
EITHER = ["block", "warn"]

# Term-time weekday moments inside 8am-6pm, winter and summer time.
WHEN = cycle([
    "2026-01-14T09:20:00+00:00", "2026-02-03T15:40:00+00:00", "2026-03-18T12:05:00+00:00",
    "2026-04-22T10:30:00+01:00", "2026-05-13T16:10:00+01:00", "2026-06-24T11:45:00+01:00",
    "2026-07-08T14:00:00+01:00", "2026-09-16T08:50:00+01:00", "2026-10-07T13:15:00+01:00",
    "2026-11-11T17:20:00+00:00", "2026-12-02T10:00:00+00:00",
])

TRIPLES = cycle([ALL[i:] + ALL[:i] for i in range(5)])
TRIPLES = cycle([t[:3] for t in (next(TRIPLES) for _ in range(5))])
PASS = {p: ("pass", None) for p in ALL}
# What each seed says, per kind of draft: (expected verdict, rule that must report it).
KINDS: dict[str, dict[str, tuple]] = {
    "pass": PASS,
    # A roster pupil's first name, plainly a child, no photo. Unsworth allows first names.
    "first": {D: ("block", CN), H: ("warn", CN), C: ("warn", CN), U: ("pass", None),
              F: ("block", CN)},
    # A named child addressed or singled out ("Well done Josh a better lesson today").
    "voc": {D: ("block", [CN, TP]), H: ("warn", [CN, TP]), C: ("warn", [CN, TP]),
            U: ("block", TP), F: ("block", [CN, TP])},
    "full": {p: ("block", CN) for p in ALL},
    "surname": {D: ("block", CN), H: ("warn", CN), C: ("warn", CN), U: ("block", CN),
                F: ("block", CN)},
    "initials": {D: ("warn", CN), H: ("pass", None), C: ("pass", None), U: ("pass", None),
                 F: ("warn", CN)},
    # A pet form nobody entered as known-as (Kuba for Jakub) or a one-letter slip: whether it
    # is that pupil is a question, as for a name not on the roster. (Labelling rule revised
    # after the first measurement, applied to every such sentence in both parts; see the
    # issue 11 report.)
    "question": {D: ("warn", CN), H: ("warn", CN), C: ("warn", CN), U: ("pass", None),
                 F: ("warn", CN)},
    # A child's name that is not on the roster.
    "unknown": {D: ("warn", CN), H: ("warn", CN), C: ("warn", CN), U: ("pass", None),
                F: ("warn", CN)},
    "unknown_voc": {D: ("block", TP), H: ("warn", [CN, TP]), C: ("warn", [CN, TP]),
                    U: ("block", TP), F: (EITHER, [CN, TP])},
    # One child picked out by description (or a few by where they came from).
    "describe": {D: ("block", TP), H: (EITHER, TP), C: (EITHER, TP), U: ("block", TP),
                 F: ("warn", TP)},
    "first_photo": {D: ("block", CN), H: ("warn", NWP), C: ("block", NWP), U: ("block", NWP),
                    F: ("block", CN)},
    "full_photo": {D: ("block", CN), H: ("block", NWP), C: ("block", NWP), U: ("block", NWP),
                   F: ("block", CN)},
    "initials_photo": {D: ("warn", CN), H: ("warn", NWP), C: ("block", NWP), U: ("block", NWP),
                       F: ("warn", CN)},
    "initials_unid": {D: ("warn", CN), H: ("pass", None), C: ("block", NWP), U: ("pass", None),
                      F: ("warn", CN)},
    "no_consent": {p: ("block", PC) for p in ALL},
    "unid_no_consent": {D: ("block", PC), H: ("block", PC), C: ("block", PC), U: ("pass", None),
                        F: ("block", PC)},
    "faces": {p: (EITHER, PC) for p in ALL},
    "adults_photo": {p: ("warn", None) for p in ALL},
    "insult": {p: ("block", NT) for p in ALL},
    "negative": {p: (EITHER, NT) for p in ALL},
    "opinion": {D: ("pass", None), H: ("block", NT), C: ("pass", None), U: ("pass", None),
                F: ("warn", NT)},
    "text_speak": {D: ("pass", None), H: ("warn", TS), C: ("block", TS), U: ("pass", None),
                   F: ("pass", None)},
    "contact": {p: ("block", PD) for p in ALL},
    "address": {p: ("warn", PD) for p in ALL},
    "reply": {D: ("block", "reply"), H: ("warn", "reply"), C: ("block", "reply"),
              U: ("block", "reply"), F: ("warn", "reply")},
    "weekend": {D: ("block", "posting_hours"), H: PASS[H], C: PASS[C], U: PASS[U], F: PASS[F]},
}

CASES: list[dict] = []
GROUPS: list[list[dict]] = []


def photo(pupils=(), faces=None, alt="Pupils working together on a group project", **extra):
    found = {"pupils": list(pupils), "faces": len(pupils) if faces is None else faces,
             "alt_text": alt}
    found.update(extra)
    return found


WORK = {"pupils": [], "no_identifiable_pupils": True, "faces": 0,
        "alt_text": "A display of pupils' watercolour paintings of local birds"}


def adder(cases: list, groups: list, when_cycle, triples, prefix: str):
    """The add() of a corpus script, writing cases into `cases` with ids prefix-NNNN."""

    def add(family, kind, text, presets=ALL, *, category="news", photos=(), one=False,
            **extra):
        """One sentence, checked against each preset it is written for: a group."""
        group = []
        when = next(when_cycle)
        if kind == "pass" and presets == ALL:  # an ordinary post: three presets in turn
            presets = next(triples)
        for preset in presets:
            expect, rule = KINDS[kind][preset]
            case = {
                "id": f"{prefix}-{len(cases) + 1:04d}",
                "family": family,
                "harmful": expect != "pass" and kind != "adults_photo",
                "preset": preset,
                "text": text,
                "when": when,
                "category": category,
                "photos": list(photos),
                "expect": expect,
                "group": len(groups),
            }
            if rule:
                case["rule"] = rule
            if one and expect != "pass":
                # One finding per fact: per child named (two children named are two facts).
                case["max_findings"] = max(1, max((len(p["pupils"]) for p in photos), default=1))
            case.update(extra)
            cases.append(case)
            group.append(case)
        groups.append(group)

    return add


add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout")


# --- words that are also pupils' names (roster: Summer, Rose, April, May, Hope, Joy, Holly,
# Ivy, Grace, Will, Daniel, Florence, Mark, Eve, Autumn, Poppy, Ruby, Daisy, Amber, Hazel,
# Robin, Jay, Faith, Blessing, Miles, Hunter, Mason, River, Sky, Noor, Jack, Lily, Matilda)
W = "word_names"
for text in [
    "April is Autism Acceptance Month. This week Year 4 have been learning how we can all be "
    "good friends to one another.",
    "Summer term clubs start on Monday 20 April. Sign-up forms are in book bags tonight.",
    "Reminder: school closes for the May half term on Friday 22 May at 3.15pm.",
    "Our Poppy Appeal stall raised £212 for the Royal British Legion. Thank you all.",
    "Year 2 have been making daisy chains on the field and counting petals in maths.",
    "Autumn leaves everywhere! Reception went on a colour hunt around the school grounds.",
    "The Met Office has issued an amber warning for snow tomorrow. Please check the website "
    "before 7.30am for any closure news.",
    "Our Year 5 rugby tournament is on Wednesday. Please send a packed lunch and gum shield.",
    "Year 3 visited the river today to test the water quality for their science topic.",
    "Look at the sky tonight! Year 6 have been learning about the phases of the moon.",
    "Huge thanks to the Friends of the school for the new hazel and rowan trees by the gate.",
    "Year 1 spotted a robin, two blue tits and a jay on our RSPB Big Schools' Birdwatch.",
    "A quick reminder that we will say grace before our Christmas lunch on Thursday.",
    "Year 4 have been reading the story of Daniel in the lions' den in RE this week.",
    "Year 6 presented their research on Florence Nightingale and Mary Seacole to parents.",
    "Thank you to Rev Mark Thompson for leading our Harvest assembly at St Peter's.",
    "Our Joy of Reading week starts on Monday: come to school dressed as a book character.",
    "The choir will sing The Holly and the Ivy at the Christmas Fayre on Friday.",
    "Will parents please return the trip consent slips by Wednesday? Thank you.",
    "We hope everyone has a lovely New Year's Eve. School reopens on Tuesday 5 January.",
    "Year 5 walked the Daily Mile in record time today. Over 40 miles as a class this week!",
    "Year 2 have been looking at how a stonemason shapes stone in our castles topic.",
    "Our Year 6 production of Matilda the Musical is on 9 and 10 July. Tickets go on sale "
    "on Monday.",
    "Jack and the Beanstalk was this term's pantomime, and Reception loved every minute.",
    "Thank you to everyone who donated to our Faith and Belief week food bank collection.",
    "Year 3 learnt that the May Day dance around the maypole goes back hundreds of years.",
    "Class 4B's rose bush has finally flowered after all their careful watering.",
    "The Year 1 Nativity is on Tuesday 8 December. Mary, Joseph and the shepherds are ready!",
    "Year 5 have been reading Noor Inayat Khan's story as part of Black and Asian History.",
    "Year 4 made lily pads and frogs from clay in art this afternoon.",
    "Thank you for making our Summer Fair such a joy. We raised £1,480 for the library.",
    "It is a real blessing to have so many volunteers helping with the reading scheme.",
    "We are treasure hunters this week! Year 2 are digging for fossils in the sand pit.",
    "Year 6 read Robin Hood and wrote their own ballads of the outlaw of Sherwood Forest.",
    "The ruby anniversary of our school opening is in October: 40 years of learning!",
    "Year 1 have been learning about Grace Darling and her brave rescue at sea.",
    "Please note Eid celebrations may mean some pupils are absent on Friday. Eid Mubarak!",
    "A hive of activity in the garden: Year 3 planted sunflowers, lavender and sweet peas.",
]:
    add(W, "pass", text, category="learning" if "Year" in text else "news")

for text, kind in [
    ("Ivy won the spelling bee for Year 2 this morning. So proud!", "first"),
    ("Congratulations to Summer, who swam her first 25 metres today.", "first"),
    ("Grace has been chosen to read her poem at the Remembrance assembly.", "first"),
    ("Well done to Will for his brilliant story about the dragon under the bridge.", "first"),
    ("Mark scored twice in the football match against St Mary's on Tuesday.", "first"),
    ("Autumn and Poppy designed the winning poster for our anti-bullying week.", "first"),
    ("Amber came first in the under-9 girls' cross-country race.", "first"),
    ("Robin read the lesson beautifully in our Christmas service.", "first"),
    ("Happy birthday, Hope! Have a wonderful day.", "voc"),
    ("Star of the week in 1A is Daisy, for always helping her friends.", "first"),
    ("Miles has raised £80 for the food bank by running laps of the playground.", "first"),
    ("Hazel, Ruby and Jack performed their own song at today's talent show.", "first"),
    ("Daniel has been learning to play the trumpet and played for the whole school today.",
     "first"),
    ("Thank you Faith for looking after our new pupil so kindly this week.", "voc"),
    ("Florence and Eve built the tallest spaghetti tower in the STEM challenge.", "first"),
    ("Joy read the most books in Year 6 this term. Amazing effort!", "first"),
]:
    add(W, kind, text, category="celebration")

# --- adults: titles, roles, staff
A = "adults"
for text in [
    "Thank you to Mrs Kaur for organising such a wonderful Diwali assembly.",
    "Mr Haddad from Chester Fire Station talked to Year 2 about staying safe at home.",
    "Mark from the fire service showed Reception how to stop, drop and roll.",
    "PTA chair Riya Hughes will be selling second-hand uniform after school on Friday.",
    "Our caretaker Mr Bell has repainted the playground hopscotch. Thank you!",
    "Dr Chen, a paediatrician, visited Year 5 to talk about keeping our hearts healthy.",
    "Coach Kwame from Chester FC ran a brilliant football skills session today.",
    "A warm welcome to Miss Walsh, who joins us as our new Year 3 teacher.",
    "Rev Grace Thompson blessed the new prayer garden this morning.",
    "Father Daniel from St Werburgh's led our Advent service. Thank you, Father.",
    "PC Will Dawson and PCSO Amy Ford spoke to Year 6 about online safety.",
    "Thank you to Hope Whitfield for running our book fair all week.",
    "Mr Nowicki's Year 4 class have written letters to the residents of Oak House.",
    "Our lunchtime supervisor Mrs Iqbal retires this week after 22 years. We will miss you!",
    "Author Joseph Coelho visited today and read poems from his new collection.",
    "Thank you to Councillor Mohammed Rahman for presenting our Eco-Schools flag.",
    "Dame Sarah Storey cycled into our sports day and told us about her Paralympic medals.",
    "The governors, led by chair of governors Mrs Hill, met with the school council today.",
    "Ms Mistry, our SENCo, is holding a coffee morning for parents on Thursday.",
    "Thank you to Grandad Bill for teaching Year 3 how to plant potatoes.",
    "Lily from the Dogs Trust brought Pepper the spaniel to talk about caring for pets.",
    "Our school nurse, Ama, will be in on Tuesday for the Reception height checks.",
    "Mr Daniel Brooks will lead the Year 6 residential to Conwy next week.",
    "Head teacher Mrs Funmi Adeyemi will be at the gate on Monday to welcome everyone.",
    "Professor Alice Roberts talked to Year 4 about the Stone Age on a video call.",
    "Thank you to our lollipop lady, Mrs Stewart, for 15 years of safe crossings.",
]:
    add(A, "pass", text)

for text, kind in [
    ("Our Year 6 pupil Omar has been elected to the Youth Parliament.", "first"),
    ("Head girl Isla Stewart gave a brilliant speech at the governors' meeting.", "full"),
    ("School councillor Ayaan presented the new playground rules in assembly.", "first"),
    ("Mrs Mistry and her son Arjun Mistry ran the cake stall together.", "full"),
    ("Sports captain Zuzanna led the warm-up at today's netball tournament.", "first"),
    ("Mr Haddad's daughter Layla won the regional chess competition.", "first"),
    ("Our new librarian, Year 5's own Iman Saleh, has sorted all the picture books.", "full"),
    ("Thank you to Miss Walsh and to Caoimhe Walsh in 2A for the class display.", "full"),
]:
    add(A, kind, text)

# --- disguises
S = "disguises"
for text, kind in [
    ("A huge well done to Ol iver for his super handwriting this week!", "first"),
    ("Look at the wonderful model of a volcano by Zuz-\nanna in Year 3.", "first"),
    ("Congratulations to Om🌟ar for reaching 100 reading nights!", "first"),
    ("Star of the week: K*o*f*i for always being kind.", "first"),
    ("Great effort from Zuzana in the swimming gala today.", "question"),
    ("Great effort from Oluwadamilere at the athletics meet today.", "question"),
    ("Kuba read his story about space to the whole of Year 5 today.", "question"),
    ("Well done Lizzie for your brilliant science investigation!", "unknown_voc"),
    ("Ollie and Alex built a working catapult in DT this afternoon.", "question"),
    ("Proud of this one! #welldoneyichen", "voc"),
    ("Brilliant resilience in PE today #WellDoneHamza", "voc"),
    ("Star reader of the week is #zainabakhtar", "full"),
    ("Congratulations to SZYMON for his gold medal in judo!", "first"),
    ("A big thank you to Ch1amaka for helping the Reception children at lunch.", "first"),
    ("Tilly brought her pet tortoise in for show and tell in 2B.", "question"),
    ("Congratulations to Ciaran Doyle on his grade 3 piano exam.", "full"),
    ("Well done to Wojcik for his brilliant goal on Saturday.", "surname"),
    ("Look at Aoife\u200b's beautiful Celtic knot artwork!", "first"),
    ("Brilliant performance from T.h.e.o in the Year 5 play.", "first"),
    ("Happy birthday to Xin-\nyi in 4B!", "voc"),
    ("Welcome back Mhairi! We missed you.", "voc"),
    ("Chiamaka Obi's poem has been printed in the Chester Chronicle.", "full"),
    ("Proud of Ishaan C. for his maths challenge win!", "first"),
    ("Well done Dami for your amazing 100m sprint!", "voc"),
    ("Great to see Tobi back on the football pitch today.", "first"),
]:
    add(S, kind, text, category="celebration")

for text in [
    "Year 5 are learning about the ancient Maya and made their own codices today.",
    "Our Year 4 residential to the Isle of Wight starts on Monday. Pack your wellies!",
    "Sports day is on Wednesday 24 June. The gates will open at noon for families.",
    "Year 3 found out about Oman and the Arabian Peninsula in geography today.",
    "Year 6 learnt about the work of Kofi Annan at the United Nations.",
    "The Year 2 gymnasts practised their forward rolls and flips on the new mats.",
    "Well done to everyone who entered the Easter bonnet parade! #proudschool",
    "Look at these amazing rainforest dioramas from Year 4! #teamwork #geography",
    "Our reading champions have been busy in the library. #loveofreading",
    "A quick reminder that the Year 6 leavers' hoodies must be ordered by Friday. #leavers2026",
    "The harvest festival collection raised 212 tins for the Chester food bank. #harvest",
    "We had a fantastic time at the Olympic-themed sports day. #olympicspirit",
    "Year 1 have been learning to count in tens with bundles of straws. #earlymaths",
    "Well done to our Year 5 team, who came third in the county quiz! #welldoneyear5",
    "Year 3 have been designing a theme park ride in DT. #dtweek",
    "The Year 2 trip to the Grosvenor Museum was a huge success. #schooltrip",
    "Our Christmas jumper day raised £310 for Save the Children. #christmasjumperday",
    "Year 6 have been perfecting their persuasive letters to the council. #writing",
]:
    add(S, "pass", text, category="learning")

# --- children not on the roster
N = "unknown_names"
for text, kind in [
    ("Well done to Amelia-Rose for her fantastic fact file about hedgehogs.", "unknown"),
    ("Sophia has been chosen as our Year 4 eco-warrior.", "unknown"),
    ("Congratulations to Kacper, who has read every book in the Year 3 library.", "unknown"),
    ("Aryan and Leo built an amazing Lego model of the Forth Bridge.", "unknown"),
    ("Lots of smiles from Nia today as she won the egg and spoon race.", "unknown"),
    ("Olamide and Chinedu led the drumming workshop in assembly.", "unknown"),
    ("Thank you to Hafsa for helping our new children find their way around.", "unknown"),
    ("Mateusz scored the winning goal in the Year 6 football final.", "unknown"),
    ("Well done Yuxuan for your brilliant Chinese New Year presentation!", "unknown_voc"),
    ("Rhys and Cerys have been practising their Welsh songs for St David's Day.", "unknown"),
    ("Lots of progress from Kai, who can now swim a whole width!", "unknown"),
    ("Congratulations to Ayesha Begum, Year 2, on her Blue Peter badge!", "full"),
    ("Our Year 5 rugby captain Ethan Clarke has been picked for the county squad.", "full"),
    ("Huge well done to Eilidh-Mae for learning all her times tables!", "unknown"),
    ("Farah made a brilliant model of the solar system for homework.", "unknown"),
    ("Kuba Nowak and Bartek Lis won the doubles in the table tennis club.", "unknown"),
]:
    add(N, kind, text, category="celebration")

for text in [
    "Year 3 have been learning about Boudicca and the Iceni's revolt against Rome.",
    "Year 6 enjoyed reading Holes by Louis Sachar. Stanley Yelnats is a class favourite.",
    "Year 2 wrote letters to Paddington Bear asking about life in Peru.",
    "Year 5 researched Mae Jemison, the first African American woman in space.",
    "Year 1 have been reading Supertato by Sue Hendra. Evil Pea is in trouble again!",
    "Our Year 4 trip to Chester Zoo was fantastic. The Sumatran tigers stole the show.",
    "Year 6 have been studying Alan Turing and the codebreakers of Bletchley Park.",
    "Thank you to Dave and Sue from the Rotary Club for the dictionaries for Year 3.",
    "Year 2 learnt about Rosa Parks and the Montgomery bus boycott today.",
    "World Book Day costumes today included several Gruffalos and a very tall Hagrid.",
    "Year 5 watched a live link-up with Tim Peake and asked about life on the ISS.",
    "Year 4 have been reading The Iron Man by Ted Hughes and designing their own robots.",
    "Our visitors from the Khalsa Gurdwara explained the meaning of the Five Ks.",
    "Year 3 loved the Egyptian day. Tutankhamun and Cleopatra were both spotted in the hall.",
    "Marcus Rashford's reading club books have arrived in the library. Come and borrow one!",
    "Year 6 compared the poems of Benjamin Zephaniah and Grace Nichols this week.",
    "Thank you to Mrs Kowalski and the Polish Saturday School for our paper-cutting workshop.",
    "Year 1 met Sam the lifeboat volunteer from the RNLI in Rhyl.",
    "Year 5 have been reading Kensuke's Kingdom by Michael Morpurgo.",
    "Year 2 learnt about Mary Anning and went fossil hunting in the sandpit.",
]:
    add(N, "pass", text, category="learning")

# --- targeted content without a name; class and year-group messages
T = "targeted"
for text, kind in [
    ("A special well done to the only boy in Year 4 who remembered his PE kit every day.",
     "describe"),
    ("A warm welcome to the two new girls from Syria who joined Year 3 this week.", "describe"),
    ("Happy birthday to the birthday girl in 2B! We hope you have a lovely day.", "describe"),
    ("To the Year 6 boy who left his coat on the bus: it is in the office!", "describe"),
    ("A big welcome to our new pupil in 4A, who has just arrived from Poland.", "describe"),
    ("Congratulations to the tallest girl in Year 5, who won the high jump.", "describe"),
    ("Kacper, remember your library book tomorrow!", "unknown_voc"),
    ("Zainab, don't forget your violin on Thursday.", "voc"),
    ("Well done Hamza, a much better afternoon today.", "voc"),
    ("Our newest arrival in Reception, a little boy from Eritrea, settled in beautifully.",
     "describe"),
    ("To the child in 3C who lost a tooth at lunch: the tooth fairy knows where you are!",
     "describe"),
    ("A special mention for the only girl in the chess club who beat Mr Nowicki.", "describe"),
    ("Ayaan, please bring your signed trip letter back by Friday.", "voc"),
    ("Happy 7th birthday to our twins in 2A, who share a cake today.", "describe"),
]:
    add(T, kind, text)

for text in [
    "Year 6, don't forget your PE kit tomorrow. We are outside if the weather is dry.",
    "Well done Year 4 for a brilliant class assembly about recycling!",
    "Happy birthday to everyone celebrating this week. Have a wonderful day!",
    "Reception, remember to bring your wellies on Friday for Forest School.",
    "Year 2, please bring a named water bottle every day during the hot weather.",
    "A big welcome to all our new Reception families. We can't wait to get to know you.",
    "Congratulations to all our Year 6 pupils on finishing their SATs this week.",
    "Class 5B, your homework is on Google Classroom and is due on Wednesday.",
    "Thank you to every child who took part in the sponsored silence.",
    "Year 3 and Year 4, the choir rehearsal has moved to Tuesday lunchtime.",
    "Good luck to our netball team at the area finals tomorrow!",
    "Well done to every class that reached 96% attendance this half term.",
    "Welcome back, everyone! We hope you had a restful Easter holiday.",
    "Year 1, don't forget to bring a teddy on Friday for our teddy bears' picnic.",
]:
    add(T, "pass", text, category="reminder" if "don't" in text or "remember" in text
        or "please" in text else "news")

# --- photos
P = "photos"
GROUP_ALT = "Children from Year 4 holding up their painted clay pots"
for text, pupils, faces, kind, extra in [
    ("Year 4 showing off their painted clay pots!", ["Omar Haddad", "Eilidh MacLeod"], 2,
     "pass", {}),
    ("A brilliant morning at Forest School.", ["Holly Fletcher", "River Knight",
     "Lachlan Munro"], 3, "pass", {}),
    ("Year 5 at the Town Hall for their democracy workshop.", ["Theo Ward", "Iman Saleh"], 2,
     "pass", {}),
    ("Our Year 6 bikeability graduates!", ["Joy Adeleke", "Mark Dempsey"], 2, "no_consent", {}),
    ("Year 2 enjoying their Diwali dance workshop.", ["Filip Dąbrowski", "Ama Owusu"], 2,
     "no_consent", {}),
    ("Year 4 bread-making in the cookery room.", ["Blessing Eze"], 1, "no_consent", {}),
    ("Year 5's Roman shields are finished!", ["Ruby Osei", "Yichen Wang"], 2, "no_consent", {}),
    ("Year 3 performed their Viking poems today.", ["Ella Morris", "Poppy Marsh"], 2,
     "no_consent", {}),
    ("Year 2 practising their times tables outside.", ["Summer Okoye"], 3, "faces", {}),
    ("A lovely sunny afternoon of rounders.", ["Callum Fraser", "Hunter Young"], 5, "faces",
     {}),
    ("Reception's first trip to the library.", [], 4, "faces", {}),
    ("Year 5 enjoying the climbing wall on day one of our residential.", ["Kwame Asante"], 1,
     "no_consent", {}),
    ("Year 3 learning to use microscopes.", ["Yousef Nasser"], 1, "no_consent", {}),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=GROUP_ALT)], category="learning", **extra)

add(P, "pass", "Year 5's residential group photo at Conwy Castle!", category="residential",
    photos=[photo(["Kwame Asante", "Theo Ward", "Iman Saleh"], 3, group=True,
                  alt="Year 5 pupils together in front of Conwy Castle")])
add(P, "pass", "Look at the watercolour birds Year 2 have painted this week.", photos=[WORK],
    category="learning")
add(P, "pass", "Year 6 printing their own Anglo-Saxon runes.", category="learning",
    photos=[{"pupils": [], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "Hands pressing carved lino blocks onto paper"}])
add(P, "unid_no_consent", "Careful hands making clay thumb pots in Year 2.", category="learning",
    photos=[{"pupils": ["Filip Dąbrowski"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child's hands shaping a clay thumb pot"}])
add(P, "unid_no_consent", "Year 4 weaving on the big loom, seen from behind.",
    category="learning",
    photos=[{"pupils": ["Joy Adeleke", "Hope Mensah"], "no_identifiable_pupils": True,
             "faces": 0, "alt_text": "Two children weaving seen from behind"}])
for text, alt in [
    ("Thank you to author Joseph Coelho for his visit today!",
     "The visiting author reading to the hall from a lectern"),
    ("Our governors at their annual strategy day.",
     "Five governors sitting round a table in the staff room"),
    ("Staff took on the Three Peaks Challenge for the school roof fund!",
     "Eight members of staff at the top of Snowdon"),
    ("The PTA committee with the cheque for the new playground.",
     "Four adults holding a large presentation cheque"),
]:
    add(P, "adults_photo", text, photos=[{"pupils": [], "adults_only": True, "faces": 4,
                                          "alt_text": alt}])

# --- personal data
PDF = "personal_data"
for text, kind in [
    ("Lost property queries to Mrs Shah on 07700 900 461, any time after 4pm.", "contact"),
    ("Please text the PTA on 07700.900.218 if you can help at the disco.", "contact"),
    ("For tickets call Jo on 0161-496-0732.", "contact"),
    ("Any questions about the trip? E-mail jo.bennett at gmail dot com.", "contact"),
    ("Volunteers please contact ptahighfield[at]outlook[dot]com.", "contact"),
    ("Send your photos to grandad.ken (at) btinternet (dot) co (dot) uk!", "contact"),
    ("Spare uniform can be dropped at 14 Acacia Avenue, Blacon, CH1 5QP.", "address"),
    ("Contact our volunteer coordinator Karen on +44 7700 900 984.", "contact"),
    ("Raffle prizes can be collected from 27 Mill Lane, Upton, CH2 1BS after 5pm.", "address"),
    ("For the sponsored walk, e-mail mike dot cole at yahoo dot co dot uk.", "contact"),
    ("Our football coach can be reached on 0 7 7 0 0 9 0 0 3 1 2.", "contact"),
]:
    add(PDF, kind, text)

for text, extra in [
    ("If you are worried about a child, call the NSPCC helpline on 0808 800 5000.", {}),
    ("Children can talk to Childline free on 0800 1111, any time of day or night.", {}),
    ("Samaritans are there day or night on 116 123.", {}),
    ("Report online scams to Action Fraud on 0300 123 2040.", {}),
    ("Please phone the school office on 01244 390 123 to report an absence.",
     {"contacts": ["01244 390 123", "office@highfield.cheshire.sch.uk"]}),
    ("Questions about the trip? E-mail office@highfield.cheshire.sch.uk.",
     {"contacts": ["01244 390 123", "office@highfield.cheshire.sch.uk"]}),
    ("Year 6 SATs take place from 11 to 14 May. Breakfast club is free that week.", {}),
    ("The Christmas Fayre raised £1,236.50. Thank you, everyone!", {}),
    ("Our netball team won 12-10 in a nail-biting final.", {}),
    ("Term dates for 2026-2027 are now on the website.", {}),
    ("Doors open at 3.15pm and the performance starts at 3.30pm.", {}),
    ("Year 4 scored 96.4% attendance this term, the best in the school!", {}),
    ("Parents' evening appointments run from 3.30 to 6.00 on 12.11.26.", {}),
    ("For urgent medical advice please call NHS 111.", {}),
]:
    add(PDF, "pass", text, **extra)

# --- tone
TO = "tone"
for text, kind in [
    ("Year 3 were a disgrace on the coach today. Very disappointed.", "insult"),
    ("Some parents are just too lazy to read the newsletter.", "insult"),
    ("The supply teacher's lesson was useless, so we started again.", "insult"),
    ("What a joke of a decision by the council to close the library.", "negative"),
    ("Honestly, some of the parking outside school this morning was idiotic.", "insult"),
    ("Well, that fire drill went brilliantly... if you like chaos.", "negative"),
    ("The referee at Saturday's match was absolutely hopeless.", "insult"),
    ("Year 5's behaviour in assembly was appalling and embarrassing.", "negative"),
    ("Thanks for nothing to the bus company who left us waiting an hour.", "negative"),
    ("The Ofsted inspector clearly had no idea what good teaching looks like.", "negative"),
    ("Parents who park on the zigzags are selfish and should be ashamed.", "insult"),
    ("Year 6's homework this week was pathetic. Do better.", "insult"),
    ("I can't believe how rude some families were at the gate today.", "negative"),
    ("Another useless delivery from the catering company. No lunches again.", "insult"),
]:
    add(TO, kind, text)

for text in [
    "Sadly the Year 4 trip to Conwy has been cancelled because of the coach strike.",
    "Unfortunately the swimming pool is closed this week, so PE will be in the hall.",
    "We are sorry to say goodbye to Mrs Lloyd, who retires this summer.",
    "Year 6 were disappointed to lose 2-1 but played with great sportsmanship.",
    "The school will close at 1pm on Friday because of the heating failure. Sorry for the short "
    "notice.",
    "Year 5 learnt how hard life was for evacuees in the Second World War.",
    "Year 3 wrote poems about how sad the Gruffalo's child felt in the dark wood.",
    "Our thoughts are with everyone affected by the flooding in the village.",
    "Year 4 debated whether zoos are cruel and wrote balanced arguments.",
    "The storm damaged the fence, so the field is out of bounds until Monday.",
    "Year 2 were brilliant today, even though the rain spoiled our picnic.",
    "It was a tough match against a strong side, and our team never gave up.",
    "Year 6 learnt how awful conditions were for Victorian children in the mills.",
    "A reminder to drive slowly: there was a near miss on the crossing this week.",
]:
    add(TO, "pass", text)

# --- text speak
TX = "text_speak"
for text in [
    "Gr8 day at the zoo! C u all tmrw.",
    "Thx to everyone who came to the disco. Pics l8r!",
    "Pls return ur reading books by Fri.",
    "Year 6 r off 2 Conwy 2moro! #cantw8",
    "Omg what a match! Well done team lol",
    "Sry, the bake sale is now on Thurs. #soz",
    "Brill assembly 2day, thnx Year 3!",
    "Don't 4get PE kits tmrw pls!",
]:
    add(TX, "text_speak", text)

for text in [
    "KS2 SATs results will be shared with families in July.",
    "Y6 PE is on Tuesday and Thursday this half term.",
    "Our RE day on Sikhism included a visit to the gurdwara.",
    "PSHE this week: Year 3 talked about keeping safe online.",
    "EYFS stay and play is on Friday at 9am in the Reception classroom.",
    "The PTA AGM is on Wednesday at 6pm in the hall.",
    "DT club is back! Year 5 are making electric buggies.",
    "Our SENCo and the NHS speech and language team ran a parents' workshop.",
    "Year 2 practised phonics on the iPads with the Oxford Owl app.",
    "Our KS1 Christmas play tickets are on ParentPay now.",
    "Year 4 completed their MTC practice this week. Great progress!",
    "Thank you to the RSPCA for visiting Year 1 today.",
]:
    add(TX, "pass", text)

# --- preset clauses
PR = "presets"
add(PR, "pass", "Year 6, don't forget your swimming kit for Monday!", category="reminder")
add(PR, "pass", "Year 2, remember your reading records go home on Friday.", category="reminder")
add(PR, "first", "Hazel read her story about the Roman soldier to Year 6 this morning.",
    category="learning")
add(PR, "first", "Szymon and Zuzanna made a brilliant video about recycling.",
    category="learning")
add(PR, "initials_unid", "Beautiful clay work by JC in Year 4 (hands only).",
    category="learning",
    photos=[{"pupils": ["Jack Cooper"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child's hands shaping a clay pot"}])
add(PR, "initials_photo", "Fantastic Viking longship model by OH in 4A!", category="learning",
    photos=[photo(["Omar Haddad"], 1, alt="A boy holding a model Viking longship")])
add(PR, "opinion", "I think this is the best Year 6 production we have ever had!",
    category="news")
add(PR, "opinion", "In my opinion, our Year 3 choir is the finest in Cheshire.", category="news")
add(PR, "text_speak", "What a gr8 sports day! Thx 4 coming.", category="news")
add(PR, "reply", "Thank you, we are so pleased you enjoyed the concert!", category="news",
    reply_to="https://x.com/parent/status/1790000000000000000")
add(PR, "weekend", "Good luck to our football team at their tournament today!",
    category="news", when="2026-03-14T10:00:00+00:00")
add(PR, "pass", "Our football team came third at the county tournament today!",
    category="news", when="2026-03-14T17:30:00+00:00", exception="event",
    exception_reason="Match report from today's county tournament")
add(PR, "pass", "The school is closed today because of heavy snow. Stay safe, everyone.",
    category="urgent", when="2026-01-10T07:05:00+00:00", exception="urgent",
    exception_reason="Snow closure announced this morning")

# --- one fact, one finding: a name with a photo is one finding (the rule the preset names)
ONE = "one_fact"
for text, pupils, kind in [
    ("Grace receiving her Headteacher's Award today!", ["Grace Pearson"], "first_photo"),
    ("Omar Haddad with his winning science fair project.", ["Omar Haddad"], "full_photo"),
    ("Here is Zainab with her Blue Peter badge!", ["Zainab Akhtar"], "first_photo"),
    ("Congratulations to Will on his gold swimming badge!", ["Will Baker"], "first_photo"),
    ("Our Year 4 spelling champion Kofi with his trophy!", ["Kofi Boateng"], "first_photo"),
    ("Eilidh MacLeod and Finlay Drummond, our new school council reps.",
     ["Eilidh MacLeod", "Finlay Drummond"], "full_photo"),
    ("Hao showing us his Chinese calligraphy.", ["Hao Chen"], "first_photo"),
    ("Wiktoria with her county cross-country medal.", ["Wiktoria Lewandowska"], "first_photo"),
]:
    add(ONE, kind, text, photos=[photo(pupils, alt="A pupil smiling and holding up an award")],
        category="celebration", one=True)
for text, kind in [
    ("Well done Tahmid for a much better lesson today.", "voc"),
    ("Adaeze Okonkwo has been made a reading ambassador.", "full"),
]:
    add(ONE, kind, text, one=True, category="celebration")


def many_of(add):
    """many(family, kind, texts, **kw): add() for each of several sentences of one kind."""

    def many(family, kind, texts, **kw):
        for text in texts:
            add(family, kind, text, **kw)

    return many


def write_corpus(cases: list[dict], groups: list, name: str) -> None:
    """Writes a corpus script's cases to tests/data/<name>, each with the roster's staff unless
    it names its own, and says how many."""
    staff = json.loads((HERE / "heldout_roster.json").read_text(encoding="utf-8"))["staff"]
    with open(HERE / name, "w", encoding="utf-8") as out:
        for case in cases:
            case.setdefault("staff", staff)
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    harmful = sum(c["harmful"] for c in cases)
    print(f"{len(cases)} cases in {len(groups)} groups, {harmful} harmful")


def main() -> None:
    write_corpus(CASES, GROUPS, "heldout_corpus.jsonl")


if __name__ == "__main__":
    main()
