"""Writes heldout2_corpus.jsonl: a third labelled corpus, written by hand from the five seed
policies (as a red-teamer and as a busy teacher would post) before any engine change of the
second round, against the same roster as the first held-out corpus (heldout_roster.json). The
expected verdict per preset follows the KINDS table of write_heldout_corpus.py (each seed's
clauses). A fixed seed splits its sentences into a seen part and an unseen third
(policies.accuracy.heldout_split).

    .venv/bin/python tests/data/write_heldout2_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

from itertools import cycle

from write_heldout_corpus import ALL, WORK, adder, many_of, photo, write_corpus

WHEN = cycle([
    "2026-01-21T10:10:00+00:00", "2026-02-25T14:35:00+00:00", "2026-03-04T09:05:00+00:00",
    "2026-04-29T11:20:00+01:00", "2026-05-20T15:50:00+01:00", "2026-06-17T13:30:00+01:00",
    "2026-07-15T10:45:00+01:00", "2026-09-23T12:15:00+01:00", "2026-10-14T16:25:00+01:00",
    "2026-11-18T09:40:00+00:00", "2026-12-09T14:55:00+00:00",
])
TRIPLES = cycle([(ALL * 2)[i:i + 3] for i in range(0, 10, 2)])
CASES: list[dict] = []
GROUPS: list[list[dict]] = []


add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout2")


many = many_of(add)


# --- words that are also pupils' names: ordinary words, and the same words as children
W = "word_names"
many(W, "pass", [
    "Our summer reading challenge starts at Upton library on Saturday 18 July.",
    "Sports day has moved to Tuesday 23 June because of the forecast. Fingers crossed!",
    "Year 3 planted a climbing rose by the front gate for the coronation garden.",
    "Parents' evening letters went home today for appointments on 28 and 29 April.",
    "Can you help with the May Fair? Cake donations to the hall by 9am on Friday please.",
    "We hope to see you at our carol service. The Holly and the Ivy is the first hymn.",
    "Our Grace Darling assembly was led by Year 4, who acted out the rescue in costume.",
    "Year 5 have been studying Florence Nightingale's rose diagram in maths.",
    "Thank you to Father Mark for blessing our new nursery building.",
    "Wishing all our families a happy and safe New Year's Eve.",
    "We are full of hope for the new vegetable patch after the rain this week.",
    "It was a joy to see so many grandparents at our Grandparents' Afternoon.",
    "Year 6 will perform Joseph and the Amazing Technicolor Dreamcoat in the summer term.",
    "Will you be joining us for the Macmillan coffee morning on Friday 25 September?",
    "Year 2 have been learning the story of Noah's Ark and David and Goliath in RE.",
    "The holly bushes by the car park are being cut back on Saturday, so please park on the road.",
    "Reception read Jack and the Beanstalk and planted their own magic beans.",
    "Our new reading corner is called the Daisy Den, thanks to a vote by Year 1.",
    "Remember to mark the date: Christmas jumper day is Thursday 10 December.",
    "The May half-term holiday begins at 3.15pm on Friday. Have a lovely break.",
    "Year 4 studied Daniel in the lions' den and wrote diary entries as King Darius.",
    "Please be aware ivy has been found growing over the back fence; the field is closed "
    "until it is cleared.",
    "The school choir sang Amazing Grace at the Remembrance service in the village.",
    "We will say grace before our harvest lunch in the hall at noon.",
    "Year 1 learnt about Adam and Eve in the Garden of Eden in their RE topic.",
    "Ruby Bridges' story inspired our Year 5 assembly on courage this morning.",
    "Year 6 have been reading Holes and Wonder this term; ask them what they think!",
])
many(W, "first", [
    "Summer has been brilliant at helping the younger children at lunchtime.",
    "Rose made the best Tudor house in the whole of Year 5.",
    "Grace and Hope wrote a song for the leavers' assembly.",
    "Will was our top scorer in the netball match against Hoole today.",
    "Mark read his poem about the sea in front of the whole school.",
    "May finished her first chapter book this week, a big step for Year 1.",
    "Eve has collected 300 house points this term, a new record!",
], category="celebration")
many(W, "voc", [
    "Well done Ivy, what a fantastic effort in the spelling test!",
    "Congratulations Daniel on your grade 2 piano exam!",
    "Thank you Florence for the beautiful card for the office staff.",
], category="celebration")

# --- adults with titles and roles
A = "adults"
many(A, "pass", [
    "Mrs Pearson from the dental practice showed Year 1 how to brush properly.",
    "Thank you to Mr Baker, who came in to talk about being a pilot.",
    "A big welcome back to Miss Chambers after her maternity leave.",
    "Dr Okoye, a local GP, judged our science fair this afternoon.",
    "Our school nurse, Mrs Reid, will be in on Wednesday for Year 6 height checks.",
    "Coach Dempsey from the rugby club led a tag rugby session for Year 4.",
    "PTA treasurer Amira Khalil would like to thank everyone for the quiz night.",
    "Rev Daniel Fisher will lead our Easter service at St Mary's church.",
    "Our crossing patrol lady, Mrs Lin, is retiring. Thank you for 15 years of safe crossings.",
    "Thank you to Marek Nowicki for organising the Polish culture day.",
    "Chair of governors Mr Kaur visited Year 3's museum today.",
    "Mr Daniel Brooks takes over as Year 5 teacher from Monday.",
    "Thank you to Grandma Rose and Grandpa Will for helping in the garden club.",
    "Author Cressida Cowell talked to Year 4 about How to Train Your Dragon.",
    "The Mayor, Councillor Hope, opened our new outdoor classroom.",
])
add(A, "first", "Mr Price's class say a huge well done to Isla for her dance medal.",
    category="celebration")
add(A, "voc", "Thank you Mrs Hughes, and well done Charlotte, for the lovely bake sale stall.",
    category="celebration")
many(A, "full", [
    "Miss Walsh is so proud of Caoimhe Walsh for her Irish dancing trophy.",
], category="celebration")

# --- disguises
S = "disguises"
many(S, "full", [
    "Well done to Wik-\ntoria Lewandowska for her county medal!",
    "Huge congratulations to Z a i n a b  A k h t a r on her poetry prize.",
    "Big shout out to #ZainabAkhtar for her poetry prize!",
    "So proud of #kofiboateng, our chess champion this year.",
    "Star of the week: O.m.a.r H.a.d.d.a.d for his kindness.",
], category="celebration")
many(S, "first", [
    "Our Year 4 chess champion is K🌟fi this term!",
    "Lovely handwriting from Wik-\ntoria again this week.",
    "Maths star of the week in 6B is Yous3f!",
    "Great singing from #teamhamza at the Christmas concert.",
    "#WellDoneArjun for the fantastic fractions poster!",
], category="celebration")
many(S, "question", [
    "Well played Wiktorija, what a race at the cross-country today!",
    "Kuba was our best reader in 5B this week.",
    "Amazing running from Tobe in the relay!",
    "Lovely poster from Chiamka in 4B.",
    "Zuza and Oli made the best Easter bonnets.",
], category="celebration")

# --- names not on the roster (plainly children)
N = "unknown_names"
many(N, "unknown", [
    "Aisha read her story to the Year 2 class and everyone clapped.",
    "Brilliant goalkeeping by Jakob in the under-10s match.",
    "Oskar has learnt all his times tables up to 12!",
    "Fatima and Nadia designed our new eco-council logo.",
    "Marcel came second in the junior chess tournament.",
    "Our new library monitor is Priya from Year 5.",
    "Chukwuemeka built a working lighthouse in science.",
], category="celebration")
many(N, "unknown_voc", [
    "Good luck to you Amelia in your swimming gala at the weekend!",
    "Happy 9th birthday Oskar, from everyone in Year 4!",
], category="celebration")
many(N, "pass", [
    "Year 5 have been learning about Mary Anning and the fossils she found at Lyme Regis.",
    "Thank you to Chester Zoo for the workshop on endangered animals.",
    "Year 6 visited the Winston Churchill exhibition at the library.",
    "Year 3 are reading Charlotte's Web in class and have named the hamster Wilbur.",
    "Years 1 and 2 went to see Paddington at the theatre today.",
])

# --- targeted content without a name, and class messages that are allowed
T = "targeted"
many(T, "describe", [
    "Well done to the only girl in Year 6 who finished the whole marathon reading challenge!",
    "A warm welcome to our new boy in 3A, who arrived from Syria last week.",
    "Happy birthday to the birthday girl in 2B today, who is 7!",
    "Congratulations to our newest pupil in Year 4, who has just moved here from Poland.",
    "The boy in 5A who found the lost purse has earned a headteacher's award.",
    "A special mention to the one child in Reception who has not missed a day all year.",
    "To the girl in Year 3 who lost her pink coat on Friday: it is in the office.",
    "We're proud of the tallest boy in Year 6, who won the high jump at the county games.",
], category="celebration")
many(T, "voc", [
    "Kofi, remember to bring your violin tomorrow!",
    "Isla, please bring your library book back on Monday.",
    "Hamza, your mum says you left your lunchbox at home!",
    "Zuzanna, don't forget your swimming kit this week.",
], category="reminder")
many(T, "pass", [
    "Year 6, don't forget your PE kit on Tuesday!",
    "Reminder to Year 2: bring a coat for our trip to the farm tomorrow.",
    "Class 4B, please remember your reading records on Friday.",
    "Year 5, well done for a fantastic assembly this morning!",
    "Reception, we can't wait to see you in your pyjamas for Children in Need!",
    "To all our Year 6 leavers: good luck at high school!",
    "Happy birthday to everyone in Year 3 who had a birthday over half term.",
    "Welcome to all our new Reception children and their families.",
    "Well done to all the children who took part in the cross-country today.",
], category="reminder")

# --- photos
P = "photos"
ALT = "Children from Year 3 planting bulbs in the school garden"
for text, pupils, faces, kind in [
    ("Year 3 planting daffodil bulbs for spring.", ["Ella Morris", "Jack Cooper"], 2, "pass"),
    ("Year 6 on the zip wire at Kingswood!", ["Isla Stewart", "Antoni Zając", "Zihan Huang"],
     3, "pass"),
    ("Reception's teddy bears' picnic.", ["River Knight", "Holly Fletcher"], 2, "pass"),
    ("Year 2's Great Fire of London models.", ["Filip Dąbrowski", "Lily Green"], 2,
     "no_consent"),
    ("Year 6 practising for the leavers' show.", ["Joy Adeleke"], 1, "no_consent"),
    ("Year 4 at the Roman fort.", ["Blessing Eze", "Arjun Mistry"], 2, "no_consent"),
    ("Year 5 showing off their bridges.", ["Maryam Al-Sayed", "Jakub Mazur"], 2,
     "no_consent"),
    ("Year 2 at the seaside.", ["Jun Li"], 4, "faces"),
    ("Year 1 making pancakes.", ["Ruoxi Yang", "Eve Castillo"], 5, "faces"),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=ALT)], category="learning")
add(P, "pass", "Look at our Year 4 Egyptian death masks!", photos=[WORK], category="learning")
for text, alt in [
    ("Thank you to our visiting poet for a fabulous workshop!",
     "The poet performing in front of the hall"),
    ("Our staff team ready for the charity fun run.", "Twelve teachers in running kit"),
    ("The new governing body at its first meeting.", "Six governors around a table"),
]:
    add(P, "adults_photo", text, photos=[{"pupils": [], "adults_only": True, "faces": 3,
                                          "alt_text": alt}])

# --- personal data
PDF = "personal_data"
many(PDF, "contact", [
    "If you found a blue scooter please text Mrs Green's mobile on 07700 900 461.",
    "Lost a coat? Email sarah.jones at gmail dot com and she will bring it in.",
    "For the raffle, contact Dave on 07.700.900.982.",
    "Lift share for the trip: message 0-7-7-0-0-9-0-0-1-2-3 after 6pm.",
    "Please send photos to pta.helpers[at]hotmail[dot]co[dot]uk.",
    "Tutor available for Year 6 SATs, ring 07700-900-345 for details.",
])
many(PDF, "address", [
    "The PTA meeting is at Sarah's house, 14 Grange Road, at 7pm.",
    "The birthday party is at 22 Hoole Lane at 3pm, all of Year 2 welcome.",
])
add(PDF, "pass", "Worried about a child? Call the NSPCC helpline on 0808 800 5000.")
add(PDF, "pass", "Children can talk to Childline for free on 0800 1111, any time.")
add(PDF, "pass", "Samaritans are there day or night on 116 123.")
add(PDF, "pass", "Absences should be reported to the office on 01244 390 123 by 9am.",
    contacts=["01244 390 123", "office@highfield.cheshire.sch.uk"])
add(PDF, "pass", "Tickets are £3 and the show starts at 6.30pm on 14 December.")
add(PDF, "pass", "The bus leaves at 8.15 and returns at 15.30; room 12 is the meeting point.")

# --- tone aimed at people
TO = "tone"
many(TO, "insult", [
    "Some parents are too lazy to read the newsletter, clearly.",
    "Year 5 were a disgrace on the trip today.",
    "The so-called teachers at the academy down the road haven't got a clue.",
    "Whoever parked across the gate this morning is an idiot.",
    "Honestly, Year 4's behaviour in assembly was pathetic.",
])
many(TO, "negative", [
    "What a joke of a decision by the council to close the library.",
    "Mr Lloyd's lesson on fractions was useless; the children learnt nothing.",
    "Parents who can't be bothered to pick up on time are a nightmare for staff.",
    "Yet again the dinner money is late from the same families. Ridiculous.",
    "Oh great, another brilliant Ofsted framework. Thanks for nothing.",
])
many(TO, "opinion", [
    "Personally, I think our nativity was far better than any other school's.",
])
many(TO, "pass", [
    "We were disappointed to cancel sports day, but the rain was too heavy.",
    "Sadly the trip to the zoo is postponed; we will let you know the new date.",
    "Year 3 learnt how terrible the Great Plague was for people in 1665.",
    "The witch in our Year 2 play was scary, and the audience loved it!",
    "The wolf in Year 1's story was very naughty and ate the grandmother!",
    "We know the roadworks outside school are frustrating; thank you for your patience.",
    "Year 6 debated whether homework is useless. The motion was defeated 18 to 12!",
])

# --- text speak
TX = "text_speak"
many(TX, "text_speak", [
    "Thx 2 all who came 2 the fair!",
    "Pls remember ur coats tmrw, it's going to be cold.",
    "Great day at the farm, c u all on Monday! #l8r",
    "Sorry, 4got to say: tickets r on sale now!",
    "Gr8 effort in the cross country #proud #omg",
])
many(TX, "pass", [
    "KS2 SATs week starts on Monday 11 May. Please make sure children get a good breakfast.",
    "Y6 PE is on Tuesdays and Thursdays this half term.",
    "RE this week: Year 4 visited the gurdwara in Chester.",
    "The DfE has confirmed the INSET day on Friday 23 October.",
    "Our Year 5 swimming lessons at the Northgate Arena start on Wednesday.",
])

# --- presets: what each seed allows
PR = "presets"
add(PR, "initials", "Super Stone Age shelter from AS and JC in 3B!", category="learning")
add(PR, "initials_unid", "Brilliant weaving by HF (hands only).", category="learning",
    photos=[{"pupils": ["Holly Fletcher"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child's hands weaving wool on a card loom"}])
add(PR, "initials_photo", "Look at this beautiful volcano from ZA in 6A!", category="learning",
    photos=[photo(["Zainab Akhtar"], 1, alt="A girl holding a papier-mache volcano")])
add(PR, "surname", "Top of the leaderboard in Times Tables Rock Stars: Kowalczyk, 5A!",
    category="celebration")
add(PR, "pass", "Year 4, don't forget your recorders for music tomorrow!",
    category="reminder")

# --- one fact, one finding
ONE = "one_fact"
for text, pupils, kind in [
    ("Rose with her Young Writers certificate.", ["Rose Kowalczyk"], "first_photo"),
    ("Arjun Mistry collecting the football cup for the school.", ["Arjun Mistry"],
     "full_photo"),
    ("Well done Mason, our reader of the week!", ["Mason Bell"], "first_photo"),
    ("Ibrahim proudly showing his bug hotel.", ["Ibrahim Darwish"], "first_photo"),
    ("Isla Stewart and Callum Fraser, our new head girl and head boy!",
     ["Isla Stewart", "Callum Fraser"], "full_photo"),
    ("Temitope with her piano certificate.", ["Temitope Ajayi"], "first_photo"),
    ("Star baker: Xinyi with her Victoria sponge!", ["Xinyi Liu"], "first_photo"),
    ("Congratulations to Aoife on her Irish dancing medal.", ["Aoife Brennan"],
     "first_photo"),
]:
    add(ONE, kind, text, photos=[photo(pupils, alt="A pupil holding up a certificate")],
        category="celebration", one=True)
for text, kind in [
    ("Well done Ciarán for working so hard today.", "voc"),
    ("Simran Dhillon has won the district chess tournament.", "full"),
    ("Thank you Ayaan for helping to tidy the library.", "voc"),
    ("Great singing from Mhairi Robertson in the carol concert.", "full"),
]:
    add(ONE, kind, text, one=True, category="celebration")

# --- ordinary posts from a busy week (benign, every family of wording)
many("word_names", "pass", [
    "Summer uniform can be worn from Monday 1 June if the weather is warm.",
    "Year 4's rose and lavender perfume workshop smelt wonderful!",
    "Happy May Day! Reception danced around the maypole in the sunshine.",
    "Year 2 read The Jolly Postman and wrote letters to fairy-tale characters.",
    "Year 5 will perform Joy to the World at the carol concert.",
    "Please mark your diaries: our Summer Fayre is on Saturday 4 July from 12 till 3.",
    "Robin Hood and Maid Marian visited Year 3 for their Nottingham history day.",
    "A reminder that Tuesday 14 April is an INSET day.",
    "Year 1 have planted sunflowers, holly and ivy in the sensory garden.",
    "Year 6 enjoyed the Mark Twain extract we read in guided reading.",
])
many("adults", "pass", [
    "Thank you to Mrs Okoye and Mr Reid for running the chess club this term.",
    "Our new site manager, Mr Fletcher, starts on Monday.",
    "Ms Castillo from the Spanish school taught Year 3 to count to twenty.",
    "Thank you to Daniel Brooks for the brilliant Year 5 residential.",
    "PC Grace Adams visited Year 6 to talk about staying safe online.",
])
many("targeted", "pass", [
    "Year 3, remember your swimming kit tomorrow, and a towel!",
    "A big well done to Year 1 for learning their Nativity songs so quickly.",
    "Dear parents of Year 6: the residential meeting is at 5pm on Thursday.",
    "Every class has a new reading corner. Ask your child to show you on Friday!",
    "The school council met today and chose three charities for the year.",
])
many("tone", "pass", [
    "We were all a bit tired after the trip, but what a day!",
    "The weather was awful, but Year 5 still finished the orienteering course.",
    "Thank you to the parents who brought umbrellas for the cross-country.",
    "It's been a hard week with so much illness about; thank you for keeping poorly "
    "children at home.",
])
many("personal_data", "pass", [
    "The number for Cheshire West children's services is on the safeguarding page of our website.",
    "Room 101 is the new music room; Year 6 moved in on 3 March.",
    "Please report online scams to Action Fraud on 0300 123 2040.",
])
many("text_speak", "pass", [
    "The Y3 trip to Chester Zoo is on 5 May, please pay on ParentPay.",
    "OK, that's it for this week. Have a lovely weekend, everyone!",
    "EYFS stay and play is at 2pm on Wednesday in the Reception classroom.",
])


# Label fixed after the corpus was written: Ella Morris's photo consent ended on 31 August
# 2025 (heldout_roster.json), so a photo tagging her has no permission under every preset.
for case in CASES:
    if case["text"] == "Year 3 planting daffodil bulbs for spring.":
        case.update(harmful=True, expect="block", rule="photo_consent")
    # "#WellDoneArjun" is the seed's own example ("Well done Josh") said to one child, so it is
    # a "voc" case: Unsworth allows first names but not individually targeted content.
    if case["text"].startswith("#WellDoneArjun") and case["preset"] == "unsworth":
        case.update(harmful=True, expect="block", rule="targeted_praise")


def main() -> None:
    write_corpus(CASES, GROUPS, "heldout2_corpus.jsonl")


if __name__ == "__main__":
    main()
