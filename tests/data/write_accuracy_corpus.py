"""Writes accuracy_corpus.jsonl: labelled drafts for bench/bench_accuracy.py and
tests/rules/test_accuracy_corpus.py. The sentences and their labels were written by hand from
the five seed policies (/work/shared/seeds/) and from how primary schools post, never from the
engine's output. Expected verdicts per preset follow each seed's clauses (SEED_* tables below).

    .venv/bin/python tests/data/write_accuracy_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
ALL = ("droxford", "highfield", "carlton", "unsworth", "forefield")
WINTER = "2026-03-04T10:15:00+00:00"  # a Wednesday in term, GMT
SUMMER = "2026-06-10T14:30:00+01:00"  # a Wednesday in term, BST

# What each seed says about a pupil's name without a photo (the rule is always child_name).
SEED_FIRST = {"droxford": "block", "highfield": "warn", "carlton": "warn", "forefield": "block"}
SEED_FULL = {p: "block" for p in ALL}
SEED_SURNAME = {
    "droxford": "block",
    "highfield": "warn",
    "carlton": "warn",
    "unsworth": "block",
    "forefield": "block",
}
# A possible name the machine cannot be sure of: a question for the approver wherever names count.
SEED_UNSURE = {"droxford": "warn", "highfield": "warn", "carlton": "warn", "forefield": "warn"}
# A name with a photo: the presets with a names-with-images clause report name_with_photo.
SEED_PHOTO = {
    "droxford": ("block", "child_name"),
    "highfield": ("warn", "name_with_photo"),
    "carlton": ("block", "name_with_photo"),
    "unsworth": ("block", "name_with_photo"),
    "forefield": ("block", "child_name"),
}
SEED_FULL_PHOTO = {
    "droxford": ("block", "child_name"),
    "highfield": ("block", "name_with_photo"),
    "carlton": ("block", "name_with_photo"),
    "unsworth": ("block", "name_with_photo"),
    "forefield": ("block", "child_name"),
}
# Praise or content aimed at one child described but not named.
SEED_TARGETED = {"droxford": "block", "unsworth": "block", "forefield": "warn"}
SEED_TEXT_SPEAK = {"highfield": "warn", "carlton": "block"}

CATEGORY = {"unsworth": "learning"}

ROSTER = [
    ("Summer", "Hughes", "granted"),
    ("Rose", "Wilson", "granted"),
    ("April", "Nowak", "granted"),
    ("May", "Chen", "granted"),
    ("Hope", "Adeyemi", "granted"),
    ("Joy", "Okafor", "refused"),
    ("Holly", "Price", "granted"),
    ("Ivy", "Turner", "granted"),
    ("Grace", "Patel", "granted"),
    ("Will", "Brown", "granted"),
    ("Daniel", "Murphy", "granted"),
    ("Florence", "Green", "granted"),
    ("Mark", "Evans", "granted"),
    ("Eve", "Robinson", "granted"),
    ("Josh", "Smith", "granted"),
    ("Kacper", "Wiśniewski", "granted"),
    ("Zofia", "Kowalska", "granted"),
    ("Aarav", "Sharma", "granted"),
    ("Priya", "Gill", "granted"),
    ("Oluwaseun", "Bello", "granted"),
    ("Chidi", "Eze", "granted"),
    ("Wei", "Zhang", "granted"),
    ("Yusuf", "Ali", "granted"),
    ("Fatima", "Hussain", "withdrawn"),
    ("Zara", "Khan", "granted"),
    ("Sarah", "Jones", "granted"),
    ("Alexander", "Thompson", "granted"),
    ("Elizabeth", "Walker", "granted"),
    ("Maximilian", "Fischer", "granted"),
    ("Isabella", "Rossi", "granted"),
    ("Harrison", "Clarke", "granted"),
    ("Niamh", "Byrne", "granted"),
    ("Saoirse", "Kelly", "granted"),
    ("Tobias", "Lindqvist", "granted"),
    ("Ebony", "Campbell", "granted"),
    ("Leo", "Martin", "granted"),
    ("Oscar", "Wood", "granted"),
    ("Amelia", "O'Brien", "granted"),
    ("Jakub", "Zielinski", "granted"),
    ("Aisha", "Begum", "none"),
]
KNOWN_AS = {"Oluwaseun": ["Seun"], "Amelia": ["Milly"]}
STAFF = ["Helen Carter", "Grace Lewis", "Daniel Okoro", "Mark Ashworth", "Rebecca Price"]
SCHOOL_CONTACTS = ["office@meadowbank.sch.uk", "01632 960 123"]

cases: list[dict] = []


def add(family, text, expect, preset, *, rule=None, photos=(), when=WINTER, **extra):
    case = {
        "id": f"{family}-{len(cases) + 1:04d}",
        "family": family,
        "harmful": rule is not None,
        "preset": preset,
        "text": text,
        "when": when,
        "category": extra.pop("category", CATEGORY.get(preset, "news")),
        "photos": list(photos),
        "expect": expect,
    }
    if rule:
        case["rule"] = rule
    case.update(extra)
    cases.append(case)


def harm(family, text, table, rule="child_name", **kw):
    for preset, value in table.items():
        expect, r = value if isinstance(value, tuple) else (value, rule)
        add(family, text, expect, preset, rule=r, **kw)


def ok(family, text, presets=ALL, **kw):
    for preset in presets:
        add(family, text, "pass", preset, **kw)


def photo(pupils=(), faces=None, alt="Children working together on a project in the classroom",
          **kw):
    return {"pupils": list(pupils), "faces": len(pupils) if faces is None else faces,
            "alt_text": alt, **kw}


WORK = {"pupils": [], "no_identifiable_pupils": True, "faces": 0,
        "alt_text": "A display of painted clay pots on a classroom table"}

# 1. Words that are also pupils' names, as ordinary words: pass everywhere.
for text in [
    "Only two weeks until the summer holidays! Reports go home on Friday.",
    "Our summer fair raised £1,240 for new playground equipment. Thank you to everyone who came.",
    "The Summer Concert is on Thursday 9 July at 2pm in the hall. Tickets from the office.",
    "Year 3 planted a rose bush in the memorial garden this morning.",
    "Parents' evening is on Thursday 30 April from 3.30pm to 6.30pm.",
    "School will be closed on Monday 4 May for the bank holiday.",
    "Reception practised the May Day dance around the maypole today.",
    "Our Joy of Reading week starts on Monday: come dressed as your favourite book character!",
    "Year 4 sang The Holly and the Ivy beautifully at the carol service.",
    "We say grace before lunch in our dining hall every day.",
    "Year 2 acted out Daniel in the lions' den in assembly today.",
    "Year 6 have been learning about Florence Nightingale and the Crimean War.",
    "Thank you to Rev Mark for leading our harvest assembly.",
    "Wishing all our families a happy New Year's Eve and a restful break.",
    "There is still hope for our football team after a brilliant second half!",
    "We hope you have a lovely half term.",
    "Please mark the date: sports day is Wednesday 17 June.",
    "Will you join us for the Christmas jumper day on Friday?",
    "The holly hedge by the gate is being trimmed this week, so please use the side entrance.",
    "Our ivy-covered wall is now home to a bug hotel made by Year 1.",
    "Year 5 have been reading Tom's Midnight Garden and drawing the grandfather clock.",
    "The choir performed Amazing Grace at the Remembrance service.",
    "Sunflowers, roses and sweet peas are all growing in our allotment.",
    "What a joy it was to see so many grandparents at our open morning!",
    "We will be closed on Friday 1 May for staff training.",
    "Y6 visited the Florence Institute in Liverpool for a drama workshop.",
    "Our harvest festival collection is on Friday: tins and packets please.",
    "Eve of the trip: bags packed, permission slips in, excitement high!",
    "Key Stage 2 learnt about Joseph and his coat of many colours in RE.",
    "The Hope Street entrance will be closed for resurfacing on Tuesday.",
    "Year 1 made summer fruit smoothies as part of their healthy eating topic.",
    "Spring term clubs start next week: sign up by Friday.",
    "We were delighted to welcome Father Daniel from St Mary's to bless our new library.",
    "Our Easter bonnet parade is on the last day of term.",
    "April showers didn't stop our Year 3 nature walk!",
    "The May half term holiday runs from 25 May to 29 May.",
    "Nursery had great fun making daisy chains in the sunshine.",
    "Year 4 will perform Joseph and the Amazing Technicolor Dreamcoat in July.",
    "Our new reading corner is called the Rose Garden, with beanbags and fairy lights.",
    "Thank you to everyone who donated to the Holly Lodge food bank.",
]:
    ok("word_names", text)

# 1. The same words naming a child.
for text in [
    "Ivy won the spelling bee for Year 4 this afternoon.",
    "Well done to Will for his story about a dragon.",
    "Congratulations to Summer, who swam her first length today!",
    "Grace read her poem to the whole school in assembly.",
    "A huge well done to Daniel for his brilliant science project.",
    "Hope scored the winning goal in the match against St Peter's!",
    "Florence has been chosen as our new school council rep.",
    "Mark and Eve showed real kindness helping a younger pupil today.",
    "Rose and April made the best volcano model in Year 3.",
    "May played the violin solo beautifully at the concert.",
    "Holly brought in her pet rabbit for show and tell.",
    "Look at the amazing drawing Joy did of a hedgehog!",
]:
    harm("word_names", text, SEED_FIRST)

# Ordinary names with no double meaning, on the roster.
for text in [
    "Kacper read his book review to the class this morning.",
    "Well done Aarav for getting 20 out of 20 in the times tables test.",
    "Priya and Zofia organised the cake sale for Children in Need.",
    "Chidi has finished reading every book in the Year 5 library box.",
    "Brilliant effort from Tobias at the cross country race.",
    "Niamh and Saoirse led the Irish dancing in our culture day.",
    "Yusuf helped set up the hall for the harvest assembly.",
    "Maximilian built a working lighthouse with a buzzer and a bulb.",
]:
    harm("names", text, SEED_FIRST)
for text in [
    "Congratulations to Josh Smith, our Year 6 chess champion.",
    "Harrison Clarke has been picked for the county football squad.",
    "Well done Elizabeth Walker for her amazing history project.",
    "Wei Zhang played piano at the Christmas fair.",
    "Ebony Campbell is this week's star reader in Year 2.",
    "Isabella Rossi and Leo Martin represented us at the Rotary quiz.",
]:
    harm("names", text, SEED_FULL)
for text in [
    "The Fischer family have kindly donated a new bench for the playground.",
    "Well done to young Lindqvist for his brilliant debate speech.",
    "A big thank you to the Kowalska family for the Polish food tasting.",
]:
    harm("names", text, SEED_SURNAME)

# 2. Adults: titles, roles and staff.
for text in [
    "Mrs Zara Khan from the library visited Year 2 to talk about the summer reading challenge.",
    "PTA chair Sarah Jones presented a cheque for the new playground markings.",
    "Thank you to Mr Smith for running the after-school chess club.",
    "Miss Price's class have been learning about the Romans.",
    "Dr Patel from the surgery came in to talk to Year 6 about healthy hearts.",
    "Coach Evans led a brilliant tag rugby session with Year 4.",
    "Our caretaker Mark has repainted the hopscotch in the playground.",
    "Mrs Hughes is retiring after 25 years at our school. We will miss her!",
    "Rev Brown led our Christingle service at St Michael's.",
    "Welcome to Ms Nowak, who joins us as our new Year 3 teacher.",
    "Helen Carter, our headteacher, will be at the gate every morning this week.",
    "Grace Lewis has been appointed as our new SENCo from September.",
    "Daniel Okoro ran the London Marathon for the school's reading fund!",
    "Mr Thompson and Mrs Walker took Year 5 to the Science Museum.",
    "Our school cook Mrs Begum made a wonderful roast dinner for Christmas lunch.",
    "Chair of governors Mr Ali visited lessons today.",
    "Father Murphy will lead mass for the whole school on Friday.",
    "Thank you to Cllr Green for opening our new outdoor classroom.",
    "Mrs Gill, our school business manager, has news about dinner money.",
    "Lunchtime supervisor Mrs Wilson celebrated 10 years with us today.",
    "Miss Robinson's Year 1 class visited the fire station.",
    "Mr Chen, our music teacher, leads the choir in the spring concert.",
]:
    ok("adults", text, staff=STAFF)

# 3. Disguises.
for text, table in [
    ("Well done J🌟sh for a better lesson today", SEED_FIRST),
    ("Big shout out to Ka✨per for his poem!", SEED_FIRST),
    ("Star of the week goes to Pri🌟ya in Year 3.", SEED_FIRST),
    ("Congratulations to Aa-\nrav on his grade 2 piano exam.", SEED_FIRST),
    ("A special mention for Zo-\nfia, who read aloud in assembly.", SEED_FIRST),
    ("Huge congratulations to Max-\nimilian Fischer on his county trophy.", SEED_FULL),
    ("Well done Kacpr for his lovely handwriting this week.", SEED_UNSURE),
    ("Congratulations to Oluwasen on winning the art prize.", SEED_UNSURE),
    ("Fantastic swimming from Tobais at the gala!", SEED_UNSURE),
    ("Well done Maximillian for finishing his times tables.", SEED_UNSURE),
    ("Lizzie read beautifully in our class assembly.", SEED_UNSURE),
    ("Well done Izzy and Alex for tidying the library.", SEED_UNSURE),
    ("Harry has won the Year 6 poetry competition!", SEED_UNSURE),
    ("Danny scored a hat-trick at the football tournament!", SEED_UNSURE),
    ("Great to see Zosia enjoying the Polish club today.", SEED_UNSURE),
    ("So proud of our class today #welldonekacper", SEED_FIRST),
    ("What a morning at sports day! #goaarav", SEED_FIRST),
    ("Another brilliant assembly #starofthedaypriya", SEED_FIRST),
    ("The winning poem #congratschidi", SEED_FIRST),
    ("Happy birthday #josh smith fan club", SEED_FULL),
    ("Well done J.o.s.h for a brilliant week", SEED_FIRST),
    ("Congratulations to K a c p e r on his medal.", SEED_FIRST),
]:
    harm("disguises", text, table)
for text in [
    "We are planning a bake sale for Friday. #bakesale #pta",
    "Our maths focus this week is fractions. #mathsmastery #ks2",
    "Great day at the beach! #summertrip #y5",
    "Lots of hope, joy and kindness in our assembly today. #kindnessweek",
    "Look at these wonderful marks in the maths test! #proudschool",
    "Year 2 are learning to tell the time. #oclock #learning",
    "Thank you for all your donations. #harvest #community",
    "Join us on Saturday for the school fun run. #funrun #getactive",
    "Reception have been digging for dinosaur bones in the sandpit. #dinosaurs",
    "Our gardening club picked the first tomatoes today. #growyourown",
    "The wind knocked over our scarecrow! #blustery #autumnwatch",
    "New reading books have arrived for Year 1. #lovereading",
    "Our #maydaydance practice is going well.",
    "The choir sang at the care home. #community #choir",
    "Can you guess what Year 4 built today? #dt #engineering",
]:
    ok("disguises", text)

# 4. Children not on the roster (current UK names): a question wherever names count.
for text in [
    "Well done Oliwia for her beautiful poem about the sea.",
    "Congratulations to Freya on passing her grade 1 ballet.",
    "Muhammad brought in his grandfather's medals for Remembrance.",
    "Alfie has been our Year 2 reading champion this half term.",
    "Amara scored two goals in the netball final.",
    "Congratulations to Ayaan on his brown belt in karate!",
    "Nikola and Antoni helped lead our Polish culture day.",
    "Huge well done to Olamide for the county spelling bee.",
    "Zainab read her story to Reception this morning.",
    "Ruairidh played the bagpipes at our Burns Night supper.",
    "Xinyi's lantern was the brightest at our Chinese New Year parade.",
    "Ibrahim has been chosen as a school sports leader.",
    "Kwame and Adaeze led the African drumming workshop.",
    "Thank you to Hania for helping the new children settle in.",
    "Well done Arlo for his first week in Year 1!",
    "Amelie showed amazing courage at the swimming gala.",
]:
    harm("unknown_names", text, SEED_UNSURE)
for text in [
    "Year 3 have been reading The Lion, the Witch and the Wardrobe by C S Lewis.",
    "We enjoyed a visit from author Michael Morpurgo's publisher this week.",
    "Year 6 visited Chester Zoo to study adaptation.",
    "Reception have been reading The Gruffalo by Julia Donaldson.",
    "Year 4 have been learning about Henry VIII and his six wives.",
    "Y5 enjoyed a workshop about Mary Seacole and Florence Nightingale.",
    "Our Year 2 topic is The Great Fire of London and Samuel Pepys.",
    "Year 1 are reading Peter Rabbit by Beatrix Potter.",
    "The football club went to watch Wigan Athletic on Saturday.",
    "Year 6 studied the paintings of Frida Kahlo in art.",
    "Our book of the month is Harry Potter and the Philosopher's Stone.",
    "Year 5 learnt about Isaac Newton and gravity today.",
    "The Oliver Twist workshop at the Lowry was a hit with Year 6.",
    "Year 3 made Matilda-themed bookmarks for World Book Day.",
    "Thank you to Marcus Rashford's charity for the free breakfast club books.",
    "Year 4 learnt about Boudicca and the Iceni tribe.",
    "Year 6 are reading Holes by Louis Sachar.",
    "Our Year 2 class visited Jodrell Bank to learn about space.",
]:
    ok("unknown_names", text)

# 5. Targeted content without a name.
for text in [
    "Well done to the only boy in Year 2 who finished the reading challenge!",
    "A big welcome to our newest pupil in Oak class, who has just arrived from Romania.",
    "Happy birthday to the birthday girl in Willow class today!",
    "One child in Year 5 has read 100 books this year. Amazing!",
    "Congratulations to the Year 4 girl who swam 50 lengths for charity.",
    "Well done to the boy in Year 6 who handed in a lost purse.",
    "Our new arrival from Syria has settled in brilliantly in Year 3.",
    "Shout out to the only girl in the football team for a great performance.",
]:
    harm("targeted", text, SEED_TARGETED, rule="targeted_praise")
for text in [
    "Kacper, remember your reading book tomorrow!",
    "Zofia, don't forget your violin on Thursday.",
]:
    harm("targeted", text, SEED_FIRST)
    add("targeted", text, "block", "unsworth", rule="targeted_praise", category="learning")
for text in [
    "Year 6, don't forget your PE kit tomorrow!",
    "Reminder for Year 3: swimming starts on Monday.",
    "Oak class, remember your reading books on Friday.",
    "Year 1, please bring in an empty cereal box for junk modelling.",
    "Well done Year 4 for a fantastic assembly!",
    "Congratulations to our Year 6 football team on reaching the final.",
    "Don't forget: Y5 trip to the museum is on Wednesday. Packed lunches please.",
    "Happy birthday to everyone celebrating this week!",
    "Welcome back everyone, and a special welcome to all our new families.",
    "Year 2, your spellings test is on Friday. Keep practising!",
]:
    ok("targeted", text, category="reminder" if "on't forget" in text else "news")

# 6. Photos.
for alt in ["Year 3 pupils planting seeds in the school garden",
            "Children in the hall rehearsing the nativity",
            "A group of pupils on the climbing frame at the outdoor centre"]:
    harm("photos", "What a brilliant morning in the garden!", {p: "warn" for p in ALL},
         rule="photo_consent", photos=[photo(["Josh Smith"], faces=3, alt=alt)])
    harm("photos", "Our team getting ready for the match.", {p: "warn" for p in ALL},
         rule="photo_consent", photos=[photo(["Rose Wilson", "Leo Martin"], faces=4, alt=alt)])
harm("photos", "Look at our new art display!", {p: "block" for p in ALL}, rule="photo_consent",
     photos=[photo(["Joy Okafor"], alt="Two pupils painting a mural")])
harm("photos", "Brilliant fun at forest school.", {p: "block" for p in ALL}, rule="photo_consent",
     photos=[photo(["Fatima Hussain", "Josh Smith"], alt="Children building a den in the woods")])
for text, alt in [
    ("We loved meeting the author of our class book today!",
     "A visiting author signing books at a table in the library"),
    ("Our governors met today to plan next year.",
     "Four governors sitting round a table in the staff room"),
    ("Welcome to our new staff team for September.", "Staff smiling in front of the school sign"),
]:
    for preset in ALL:
        add("photos", text, "warn", preset,
            photos=[{"pupils": [], "adults_only": True, "faces": 3, "alt_text": alt}])
for text in ["Our reading corner has had a makeover!", "Look at these fantastic Viking shields."]:
    ok("photos", text, photos=[WORK])
ok("photos", "Year 5 performing their Greek myths play.",
   photos=[photo(["Rose Wilson", "Leo Martin", "Wei Zhang"],
                 alt="Three pupils in costume on the hall stage")])

# 10. Presets read against their seeds.
for text, names in [("Ivy and Kacper showing off their Viking shields!", 2),
                    ("Well done Zofia on her brilliant model.", 1),
                    ("Priya's amazing volcano erupted in science today.", 1)]:
    harm("presets", text, SEED_PHOTO,
         photos=[photo(["Ivy Turner", "Kacper Wiśniewski", "Zofia Kowalska", "Priya Gill"],
                       alt="Pupils holding up their work in the classroom")], max_findings=names)
harm("presets", "Josh Smith with his gold medal at the gala.", SEED_FULL_PHOTO,
     photos=[photo(["Josh Smith"], alt="A pupil holding a gold medal by the pool")],
     max_findings=1)
for text in [
    "Year 6, don't forget your permission slips for the residential!",
    "Year 2, remember your wellies for forest school on Thursday.",
    "Don't forget, Year 4: Viking day is tomorrow, so come in costume!",
    "Reception, please bring your library books back on Monday.",
]:
    add("presets", text, "pass", "unsworth", category="reminder")
for text in [
    "JS's clay pot, painted with patterns inspired by Greek vases.",
    "A lovely watercolour landscape by KW in Year 5.",
    "ZK and PG worked together on this brilliant model castle.",
]:
    add("presets", text, "pass", "unsworth", photos=[WORK], category="learning")
add("presets", "Ivy read her poem about autumn to Year 5.", "pass", "unsworth", category="learning")
add("presets", "Kacper and Jakub built a marble run in DT.", "pass", "unsworth",
    category="learning")

# 11. One fact, one finding.
for text in ["Well done Kacper for a brilliant lesson today",
             "Congratulations to Josh Smith for his star of the week award"]:
    harm("one_fact", text, SEED_FULL if "Smith" in text else SEED_FIRST, max_findings=1)

# 7. Personal data.
for text in [
    "Any questions, email office at example dot org",
    "For tickets contact j.bloggs[at]gmail[dot]com",
    "Lost property? Email mrsjones (at) hotmail (dot) co (dot) uk",
    "Call Mrs Smith on 07700 900 461 about the trip.",
    "Text 07700-900-123 to book your place.",
    "Ring 0161.496.0018 for more details.",
    "Contact the coach on 0 7 7 0 0 9 0 0 4 5 6.",
    "Please call +44 7700 900077 if your child is absent.",
    "Email bob dot smith at yahoo dot com to volunteer.",
]:
    harm("personal_data", text, {p: "block" for p in ALL}, rule="personal_data")
for text in [
    "Questions? Email office@meadowbank.sch.uk or call 01632 960 123.",
    "If you are worried about a child, call the NSPCC helpline on 0808 800 5000.",
    "Children can call Childline free on 0800 1111, any time.",
    "Samaritans are there day or night on 116 123.",
    "Report online scams to Action Fraud on 0300 123 2040.",
    "For urgent medical advice call NHS 111.",
    "Need to talk? Shout 85258 is a free text service for anyone struggling.",
    "Our office is open from 8am on 01632 960123.",
]:
    ok("personal_data", text, overrides={"personal_data": {"allowed": SCHOOL_CONTACTS}})

# 8. Tone.
for text in [
    "Year 5 were a disgrace on the trip today.",
    "Some parents are just too lazy to read the newsletter.",
    "Honestly, that supply teacher's lesson was useless.",
    "What a joke of a decision from the council to close the library.",
    "Pathetic turnout from parents at the meeting last night.",
    "The state of the coats left in the hall is shameful, parents.",
    "Some of our Year 6 boys behaved like animals at lunch.",
    "Thanks for nothing to the parents who parked on the zig-zags again.",
    "The other school's team were a bunch of cheats.",
    "Absolutely ridiculous that some families still haven't paid for the trip.",
]:
    harm("tone", text, {p: ["block", "warn"] for p in ALL}, rule="negative_tone")
for text in [
    "We were sad to say goodbye to Mrs Cole today after 20 wonderful years.",
    "No school on Monday: it is an INSET day.",
    "The rain couldn't stop us having a fantastic sports day!",
    "Our fight against litter continues with a big playground pick.",
    "Year 4 read The Big Bad Wolf's side of the story and wrote letters.",
    "Sorry, the school disco has been moved to Friday because of the storm.",
    "Unfortunately the football match is cancelled due to a waterlogged pitch.",
    "Don't miss our Macmillan coffee morning on Friday.",
    "Year 6 learnt about the tragedy of the Titanic in history.",
    "We remembered those who died in the wars at our Remembrance assembly.",
]:
    ok("tone", text)

# 9. Text-speak.
for text in [
    "Great day at the zoo, see you all l8r! #l8r",
    "Year 3 u r all stars!",
    "Thx to the PTA for the new books.",
    "Pls send your child in with a coat tomorrow.",
    "That was gr8 fun!",
    "lol, the teachers lost the tug of war",
    "C u at the summer fair!",
    "Soz, the bake sale is postponed.",
]:
    harm("text_speak", text, SEED_TEXT_SPEAK, rule="text_speak")
for text in [
    "KS2 SATs start on Monday 11 May. Good luck Year 6!",
    "Y6 have PE on Tuesdays and Thursdays this term.",
    "Our RE topic this half term is Diwali.",
    "KS1 enjoyed a visit to St Helens library.",
    "The PTA AGM is on Thursday at 6pm in the hall.",
    "Year 5 visited Wigan Pier for their local history topic.",
    "DT club made buggies with motors.",
    "The Y4 multiplication check is in June. #Y4 #KS2",
]:
    ok("text_speak", text)

(HERE / "accuracy_corpus.jsonl").write_text(
    "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8"
)
roster = [
    {"first_name": f, "last_name": last, "consent": c, "known_as": KNOWN_AS.get(f, [])}
    for f, last, c in ROSTER
]
(HERE / "accuracy_roster.json").write_text(
    json.dumps({"pupils": roster, "staff": STAFF}, ensure_ascii=False, indent=1) + "\n",
    encoding="utf-8",
)
harmful = sum(c["harmful"] for c in cases)
print(f"{len(cases)} cases: {harmful} harmful, {len(cases) - harmful} benign")
