"""Writes heldout3_corpus.jsonl: a fourth labelled corpus, written by hand from the five seed
policies and from how primary-school staff post (newsletter snippets, reminders, praise, trips,
photos, PTA notices), before any engine change of the third round, against the same roster as the
other held-out corpora (heldout_roster.json). No sentence is taken from the engine's output or
rephrased from an earlier corpus. The expected verdict per preset follows the KINDS table of
write_heldout_corpus.py (each seed's clauses); the cases cover the twelve families of the first
corpus. A fixed seed splits its sentences into a seen part and an unseen third
(policies.accuracy.heldout_split).

    .venv/bin/python tests/data/write_heldout3_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

from itertools import cycle

from write_heldout_corpus import ALL, WORK, adder, many_of, photo, write_corpus

# Term-time weekday moments inside 8am-6pm, winter and summer time (none used before).
WHEN = cycle([
    "2026-01-28T11:35:00+00:00", "2026-02-10T09:55:00+00:00", "2026-03-25T14:20:00+00:00",
    "2026-04-30T10:05:00+01:00", "2026-05-06T13:40:00+01:00", "2026-06-10T15:15:00+01:00",
    "2026-07-01T09:30:00+01:00", "2026-09-09T11:10:00+01:00", "2026-10-21T14:45:00+01:00",
    "2026-11-25T10:25:00+00:00", "2026-12-16T12:50:00+00:00",
])
TRIPLES = cycle([(ALL * 2)[i:i + 3] for i in range(1, 10, 2)])
CASES: list[dict] = []
GROUPS: list[list[dict]] = []

add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout3")
many = many_of(add)

# --- roster names, plainly children
NM = "names"
many(NM, "first", [
    "Kwame read the prayer at our harvest assembly beautifully this morning.",
    "Szymon has moved up three reading bands since September!",
    "Layla and Aadhya ran the tuck shop all week without a single mistake.",
    "Freddie scored twice at the inter-school tag rugby festival.",
    "Ishaan's model of the solar system is now hanging in the library.",
    "Mhairi brought in her grandad's war medals to show the class.",
    "Our pupil of the week in 3B is Oliver, for always being kind to others.",
], category="celebration")
many(NM, "full", [
    "Congratulations to Theo Ward, who swam 25 metres for the first time.",
    "Alfie Roberts and Archie Scott were the stars of the Year 6 debate.",
    "Elizabeth Carter has been chosen to read at the Remembrance service.",
], category="celebration")
many(NM, "surname", [
    "Top marks in the arithmetic test this week: Hargreaves (3B) and Foster (2A).",
    "The house points trophy goes to Boateng in 4A this week.",
], category="celebration")
add(NM, "voc", "Keep it up Yichen, your handwriting is really improving!",
    category="celebration")

# --- words that are also pupils' names: ordinary words, and the same words as children
W = "word_names"
many(W, "pass", [
    "Our Autumn term newsletter is attached; please check the dates on page two.",
    "Year 3 pressed autumn leaves and made collages for the corridor display.",
    "The poppy wreath made by Year 6 will be laid at the war memorial on Sunday.",
    "Our lollipop man and his wife celebrate their Ruby Wedding this week. Congratulations "
    "from all of us!",
    "Year 2 are learning about the robin and other garden birds in science.",
    "Please note the amber weather warning for Thursday and check the website before setting "
    "off.",
    "Year 5 visited the River Dee to test the water quality.",
    "The sky was so clear that Year 6 could see Jupiter at the stargazing evening.",
    "Daisy chains and ice lollies: a perfect end to sports day.",
    "A new hazel hedge has been planted along the field, thanks to the Woodland Trust.",
    "Jack Frost has visited the playground this morning, so please walk carefully on the ice.",
    "Year 4 will be reading Matilda by Roald Dahl after half term.",
    "Lily pads and tadpoles: Year 1's pond dipping was a huge success.",
    "Faith leaders from three local churches and the mosque joined our assembly on kindness.",
    "We give thanks for the many blessings of this year's harvest.",
    "The Mason Arms kindly donated the raffle prizes for our quiz night.",
    "Year 6 walked five miles in the sponsored walk and raised £640.",
    "Year 3's treasure hunters found all twelve clues around the field.",
    "Happy Easter! We break up on Thursday 2 April and return on Monday 20 April.",
    "You may have noticed the mark on the hall floor; it is being repaired over the holiday.",
    "Will parents please collect Reception children from the side gate this week.",
    "May we remind families that nuts are not allowed in packed lunches.",
    "Hope you all have a restful half term!",
    "Our Year 5 footballers were filmed for Sky Sports News!",
    "Rose petals, lavender and mint went into Year 2's potions this afternoon.",
    "Christmas Eve falls on a Thursday this year, so school closes on Friday 18 December.",
    "Mark your calendars: the Year 6 leavers' assembly is on Friday 17 July.",
    "St Mark's Church choir will join us for the carol service.",
    "Year 6 are learning Italian and will video-call a school in Florence on Tuesday.",
    "Year 4 read about the storm that sank the Mary Rose in 1545.",
])
many(W, "first", [
    "Autumn finished the hardest jigsaw in school all by herself at wet play.",
    "Poppy and Jay were brilliant narrators in the Year 2 nativity.",
    "Robin has been chosen as the new eco-warrior for 3C.",
    "Faith sang a solo at the harvest festival and there wasn't a dry eye in the hall.",
    "Hunter made a brilliant catapult in DT this week.",
    "Sky has earned her pen licence!",
    "Miles beat his own record in the 800 metres today.",
], category="celebration")
many(W, "voc", [
    "Well done Amber for reading to the Reception children every lunchtime!",
    "Thank you River for showing our visitors around so politely.",
], category="celebration")

# --- adults with titles and roles, and the school's own staff
A = "adults"
many(A, "pass", [
    "Mrs Cooper, our school cook, has been shortlisted for a county catering award.",
    "Miss Stewart will run the Year 6 booster sessions on Tuesday mornings.",
    "Mr Haddad from the mosque talked to Year 4 about Ramadan.",
    "A huge thank you to Dr Chopra for the first-aid workshop for Year 5.",
    "Our caretaker, Mr Ward, has repainted the playground games over the holiday.",
    "PTA chair Lily Green would like to thank everyone who baked for the fair.",
    "Welcome to Ms Eze, our new family support worker.",
    "Mrs Kaur and Mr Lloyd took Year 6 to the Houses of Parliament.",
    "Thank you to Funmi Adeyemi for running the Nigerian cooking club.",
    "Rev Hughes will lead our harvest service at St Peter's church.",
    "Grandad Fisher brought in vegetables from his allotment for Year 1 to draw.",
    "Coach Bell from Chester FC ran a football skills session at lunchtime.",
    "Our lollipop lady, Mrs Parsons, was on Radio Merseyside this morning!",
    "Sergeant Young from Cheshire Police spoke to Year 6 about road safety.",
    "Headteacher Hope Whitfield is proud to share our latest Ofsted report.",
])
many(A, "first", [
    "Miss Walsh and all of 5B are so proud of Theo for his new judo belt.",
    "Thank you to Mr and Mrs Kowalczyk for the cake, and to Rose for icing it!",
], category="celebration")

# --- disguises
S = "disguises"
many(S, "full", [
    "Well done to Sim-\nran Dhillon for her chess trophy!",
    "Star writer this week: I s l a  S t e w a r t!",
    "Congratulations to #IsabelleFoster on her county netball call-up!",
    "Massive well done to #freddiecole for his 100 metres win!",
    "Brilliant poem by T.h.e.o W.a.r.d in 5A.",
    "Well done to Ha🎉rry Wilson for his reading award!",
], category="celebration")
# Cheering or praising one child inside a hashtag addresses that child, as "Go Layla!" and
# "Well done Maja" do: "voc" (relabelled after the first measurement: written as "first",
# which contradicts the KINDS table's own rule for a named child singled out by praise).
for kind, text in [
    ("first", "Top speller this week is Ay🌟aan in 4A!"),
    ("first", "Fantastic art from A.m.a in 2A this week!"),
    ("voc", "#GoLayla at the gymnastics regional final!"),
    ("voc", "#welldonemaja for the best spelling score in the class!"),
    ("first", "Lovely reading from Ifeo-\nluwa this morning."),
    ("first", "So proud of our Y5 swimmer S z y m o n today!"),
    ("first", "Great work from Moham3d in 1A!"),
]:
    add(S, kind, text, category="celebration")
many(S, "question", [
    "Brilliant goal from Kwami in the football match!",
    "Lovely singing from Ollie in the Christmas play.",
    "Lizzie wrote a wonderful story about a dragon.",
    "Alex made the best Viking helmet in 6A.",
    "Zuzia helped tidy the library at lunchtime.",
    "Ibrahem drew a brilliant map of the village.",
], category="celebration")

# --- names not on the roster (plainly children), and famous people who are not
N = "unknown_names"
many(N, "unknown", [
    "Sophie read her poem about the seaside at the end-of-term assembly.",
    "Ahmed and Bilal built the tallest spaghetti tower in Year 6.",
    "Nikola won the Year 3 poetry recital with her poem about foxes.",
    "Ravi came first in the Key Stage 2 spelling bee.",
    "Chloe and Amara designed the posters for anti-bullying week.",
    "Mateusz has read 40 books this year!",
    "Our new school council member for Year 2 is Eliza.",
], category="celebration")
many(N, "unknown_voc", [
    "Happy birthday Ethan, we hope you have a fantastic day!",
    "Get well soon Aleksandra, everyone in 3B misses you!",
    "Well done Yusra for your first ever merit badge!",
], category="celebration")
many(N, "pass", [
    "Year 4 have been learning about Mary Seacole and nursing in the Crimean War.",
    "Year 6 took part in a question and answer session with Tim Peake about the space station.",
    "Year 2 are reading The Gruffalo by Julia Donaldson this half term.",
    "Our history topic this term is Boudicca and the Romans.",
    "Year 5 studied Malala Yousafzai's speech in their persuasive writing unit.",
    "Year 1 loved the Elmer the Elephant story session at the library.",
    "Year 3 enjoyed an assembly about Marcus Rashford and his free school meals campaign.",
])

# --- targeted content without a name, and messages to a class that are allowed
T = "targeted"
many(T, "describe", [
    "A big well done to the boy in Year 2 who owned up to breaking the window.",
    "Welcome to our new girl in 4A, who has joined us from Ukraine.",
    "Happy 10th birthday to the birthday boy in 5B today!",
    "Well done to the only child in Year 1 who can already tie their own shoelaces.",
    "Congratulations to the youngest girl in Year 6, who won the county chess title.",
    "To the Year 5 boy who left his glasses on the bus: they are safe in the office.",
    "Our newest arrival in Reception, who speaks only Romanian, has settled in beautifully.",
    "Thank you to the girl in 3C whose dad donated the new football nets.",
], category="celebration")
many(T, "voc", [
    "Arjun, your reading record is still at home, please bring it tomorrow.",
    "Aoife, don't forget it's your turn to feed the class fish this weekend!",
    "Jakub, remember you have your trumpet lesson on Wednesday.",
    "Ella, your packed lunch is in the office!",
], category="reminder")
many(T, "pass", [
    "Year 4, remember your sketchbooks for the art trip on Thursday.",
    "2A, your class assembly is next Friday; costumes home by Wednesday please.",
    "Year 6 leavers, hoodie orders must be in by 1 June.",
    "Reception families: there is no forest school this week because of the storm.",
    "All children in Year 1, please wear wellies on Monday for our welly walk.",
    "Well done to every child who raised money for Red Nose Day.",
    "Congratulations to the whole of 5B, winners of this term's attendance cup.",
    "Welcome back, everyone! We hope you all had a lovely half term.",
    "Year 3 and Year 4 choir: rehearsal moves to Tuesday lunchtime this week.",
], category="reminder")

# --- photos
P = "photos"
ALT = "Children from the class working outdoors"
for text, pupils, faces, kind in [
    ("Year 5 building shelters at forest school.", ["Theo Ward", "Maja Kaczmarek"], 2, "pass"),
    ("Our Year 1 pond dipping afternoon.", ["Archie Scott", "Temitope Ajayi", "Lachlan Munro"],
     3, "pass"),
    ("Year 3 tasting Greek food for our Ancient Greece topic.", ["Ishaan Chopra",
                                                                "Hunter Young"], 2, "pass"),
    ("Year 6 reading to their Reception buddies.", ["Alexander Price", "River Knight"], 2,
     "pass"),
    ("Year 5 at the science museum.", ["Ruby Osei", "Kwame Asante"], 2, "no_consent"),
    ("Our Year 4 netball squad.", ["Blessing Eze", "Amber Lane", "Omar Haddad"], 3,
     "no_consent"),
    ("Year 2 dressed up for Victorian day.", ["Filip Dąbrowski"], 1, "no_consent"),
    ("Year 6 on the residential boat trip.", ["Joy Adeleke", "Isla Stewart"], 2, "no_consent"),
    ("Year 3 at the farm feeding the lambs.", ["Poppy Marsh"], 3, "faces"),
    ("Year 6 rehearsing the leavers' play.", ["Zihan Huang", "Antoni Zając"], 4, "faces"),
    ("Reception planting seeds in the mud kitchen.", ["Holly Fletcher"], 2, "faces"),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=ALT)], category="learning")
add(P, "pass", "Close-up of Year 4's clay Roman oil lamps.", photos=[WORK], category="learning")
add(P, "pass", "Hands-on science: Year 5 testing their circuits.", category="learning",
    photos=[{"pupils": ["Theo Ward"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "Hands connecting a bulb and battery with crocodile clips"}])
add(P, "unid_no_consent", "Year 6 weaving willow, seen from behind.", category="learning",
    photos=[{"pupils": ["Ruby Osei"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child weaving willow, seen from behind"}])
for text, alt in [
    ("Our governors running the tombola at the summer fair.",
     "Three governors behind a tombola stall"),
    ("Thank you to the firefighters from Blacon station for visiting!",
     "Four firefighters beside their engine"),
    ("Our kitchen team, who cooked 300 Christmas dinners today!",
     "Five cooks in aprons in the school kitchen"),
    ("A visiting illustrator signing books in the library.",
     "An illustrator signing a book at a table"),
]:
    add(P, "adults_photo", text, photos=[{"pupils": [], "adults_only": True, "faces": 4,
                                          "alt_text": alt}])

# --- personal data
PDF = "personal_data"
many(PDF, "contact", [
    "Found a purple water bottle? Ring Jo on 07700 900 218.",
    "Spare uniform for sale, email hannah.price at outlook dot com.",
    "For lifts to the match, WhatsApp Sam on 07700.900.557.",
    "Questions about the disco? Contact sue_pta(at)yahoo(dot)co(dot)uk.",
    "Cake orders to Claire: 0 7 7 0 0 9 0 0 3 3 4.",
    "Drop me a line at jmarsh@gmail.com if you can help on the stall.",
])
many(PDF, "address", [
    "Please bring raffle prizes to 7 Church Lane, Upton, by Friday.",
    "The Year 4 class party is at 41 Station Road, from 2pm until 4pm.",
])
add(PDF, "pass", "You can reach the school office on 01244 390 123 or "
    "office@highfield.cheshire.sch.uk.",
    contacts=["01244 390 123", "office@highfield.cheshire.sch.uk"])
many(PDF, "pass", [
    "If you are worried about someone online, you can report it to CEOP.",
    "Year 2 counted to 100 in fives and tens this morning.",
    "The Christmas fair raised £1,245.60. Thank you!",
    "Tickets for the Christmas play cost £2.50 and go on sale on 30 November.",
    "Rooms 14 and 15 will be used for the book fair from 3.15 to 4pm.",
    "If your child is unwell over the holiday and you are unsure what to do, call NHS 111.",
])

# --- tone aimed at people, and sad or dramatic words that are not
TO = "tone"
many(TO, "insult", [
    "The parents who let their dogs foul the school field are disgusting.",
    "Year 6 were an absolute shambles in the fire drill.",
    "Whoever keeps taking things from the lost property box is a thief and a coward.",
    "The referee at Saturday's match was clueless.",
])
many(TO, "negative", [
    "Thanks a lot to the parents who ignored the one-way system again. Brilliant.",
    "Some of you clearly can't read a simple letter.",
    "The bus company let us down yet again; their drivers are hopeless.",
    "Mrs Kaur's assembly went on forever and bored everyone stiff.",
])
add(TO, "opinion", "Honestly, we think our harvest display is the best in the whole county.")
many(TO, "pass", [
    "The troll in Year 1's Billy Goats Gruff play was very grumpy indeed!",
    "Unfortunately the swimming gala is cancelled because the pool heating has failed.",
    "We are sad to say goodbye to Mrs Parsons, who retires this week after 22 years.",
    "Year 6 wrote persuasive letters arguing that zoos are cruel.",
    "It's been a tough week of wet play, so well done everyone for staying cheerful.",
    "Year 5 learnt how dangerous the Victorian workhouses were for children.",
])

# --- text speak, and school abbreviations that are not
TX = "text_speak"
many(TX, "text_speak", [
    "Gr8 news! Our quiz team won 2nite.",
    "Don't 4get ur reading books on Fri!",
    "Thx everyone 4 the amazing donations!",
    "Sry, the disco is now 5-6pm not 6-7pm.",
    "U can still sign up 4 after-school clubs til Weds.",
    "Year 3 had a brill time at the museum #luv2learn",
])
many(TX, "pass", [
    "KS1 nativity tickets are on ParentPay now.",
    "The Y4 RE visit to the synagogue is on Tuesday; packed lunches please.",
    "SENCo drop-in sessions run every Wednesday from 2.30pm.",
    "Please check the PE timetable: Y3 now have PE on Mondays.",
    "Our MFL lessons in French are going brilliantly in Y5!",
    "The NHS immunisation team will be in on 9 October for the flu nasal spray.",
])

# --- presets: what each seed allows and forbids
PR = "presets"
add(PR, "initials", "Wonderful persuasive letters from TW and MK in 5A!", category="learning")
add(PR, "initials", "Our 3B spelling champions this week are JC and PM.", category="celebration")
# Ella Morris's consent ended on 31 August 2025 (heldout_roster.json): her hands need it too
# where the preset asks consent for unidentifiable photos (all but Unsworth).
add(PR, "unid_no_consent", "Lovely careful stitching by EM (hands only).", category="learning",
    photos=[{"pupils": ["Ella Morris"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child's hands sewing a running stitch on felt"}])
add(PR, "initials_photo", "Great Tudor portrait by AS in 2B!", category="learning",
    photos=[photo(["Anaya Shah"], 1, alt="A girl holding a painted Tudor portrait")])
add(PR, "surname", "Times tables champion this week: Nwachukwu (2B)!", category="celebration")
add(PR, "reply", "Thanks for letting us know, we'll pass it on to the class teacher.",
    reply_to="https://x.com/parent/status/1801000000000000000")
add(PR, "reply", "So glad your little one enjoyed the trip!",
    reply_to="https://x.com/grandma/status/1802000000000000000")
add(PR, "weekend", "Good luck to our cross-country runners at Delamere this morning!",
    when="2026-10-17T09:30:00+01:00")
add(PR, "pass", "Our Year 6 choir is singing at the Chester Cathedral festival tonight!",
    when="2026-11-28T18:40:00+00:00", exception="event",
    exception_reason="The choir sings at the cathedral festival this evening")
add(PR, "pass", "Year 3, remember your recorder books on Thursday!", category="reminder")

# --- one fact, one finding
ONE = "one_fact"
for text, pupils, kind in [
    ("Kofi with his Blue Peter badge!", ["Kofi Boateng"], "first_photo"),
    ("Maja proudly holding her first-place rosette.", ["Maja Kaczmarek"], "first_photo"),
    ("Well done Lachlan, our Star of the Week!", ["Lachlan Munro"], "first_photo"),
    ("Anaya and her amazing Diwali rangoli.", ["Anaya Shah"], "first_photo"),
    ("Yichen receiving his pen licence from Mrs Whitfield.", ["Yichen Wang"], "first_photo"),
    ("Harry Wilson, winner of the Year 2 Lego challenge.", ["Harry Wilson"], "full_photo"),
    ("Riya Kaur and Tahmid Uddin, our new digital leaders.", ["Riya Kaur", "Tahmid Uddin"],
     "full_photo"),
]:
    add(ONE, kind, text, photos=[photo(pupils, alt="A pupil smiling at the camera")],
        category="celebration", one=True)
for text, kind in [
    ("Thank you Oliwia for being such a kind friend this week.", "voc"),
    ("Brilliant work Hamza, keep it up!", "voc"),
    ("Ruairidh Campbell has been selected for the Scottish country dancing team.", "full"),
    ("Lovely to hear Aadhya Nair play the violin in assembly.", "full"),
]:
    add(ONE, kind, text, one=True, category="celebration")

# --- ordinary posts from a busy term (benign, every family of wording)
many("word_names", "pass", [
    "Year 1 made hope jars full of wishes for the new year.",
    "The Poppy Appeal collection raised £86 this week. Thank you!",
    "Year 4 sang Amazing Grace and Jerusalem at the Armistice service.",
    "Our harvest boxes will go to the Blacon food bank on Monday 5 October.",
    "Year 2 watched the ducklings hatch; it was a real joy.",
    "Summer term clubs start on Monday 20 April; sign up on the app.",
])
many("names", "pass", [
    "Year 5 have written brilliant diary entries as evacuees in 1940.",
    "Our Year 6 mathematicians came third at the county maths challenge.",
    "Reception have been counting conkers and sorting them by size.",
    "Thank you to every family who came to our open afternoon.",
])
many("adults", "pass", [
    "Mr Okonkwo, Adaeze's grandad, told Year 3 about growing up in Lagos.",
    "Our music teacher, Mrs Chen, has arranged a samba band for the fair.",
    "Welcome to Mr Nowicki, who joins us as a teaching assistant in Year 2.",
])
many("photos", "pass", [
    "Year 2's sunflower measuring chart is up in the corridor.",
], photos=[WORK], category="learning")
many("disguises", "pass", [
    "Well done to #TeamYear4 for the tidiest classroom award!",
    "#ThrowbackThursday to our first ever sports day on the new field.",
    "Our Y6 buddies helped Reception at lunch #proud",
])
many("targeted", "pass", [
    "Year 5, your residential kit list is on the website.",
    "Welcome to all the new families joining us this September.",
])
many("tone", "pass", [
    "The hall floor is being sanded, so sorry for the noise next week.",
    "Sadly our Year 3 trip had to be cut short because of the heavy rain.",
])
many("one_fact", "pass", [
    "Our reader of the week certificates go home on Friday.",
])


def main() -> None:
    write_corpus(CASES, GROUPS, "heldout3_corpus.jsonl")


if __name__ == "__main__":
    main()
