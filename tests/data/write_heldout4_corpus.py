"""Writes heldout4_corpus.jsonl: a fifth labelled corpus, written by hand from the five seed
policies and from how primary-school staff post (harvest, Eid, Diwali, nativity, residentials,
SATs, reading week, the PTA fair, Ofsted, weather closures, lost property, clubs, new staff,
visitors, charity days), before the engine saw any of it, against the same roster as the other
held-out corpora (heldout_roster.json). No sentence is taken from the engine's output or
rephrased from an earlier corpus. The expected verdict per preset follows the KINDS table of
write_heldout_corpus.py (each seed's clauses); the cases cover the twelve families of the third
held-out corpus. A fixed seed splits its sentences into a seen part and an unseen third
(policies.accuracy.heldout_split).

    .venv/bin/python tests/data/write_heldout4_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

from itertools import cycle

from write_heldout_corpus import ALL, WORK, adder, many_of, photo, write_corpus

# Term-time weekday moments inside 8am-6pm, winter and summer time (none used before).
WHEN = cycle([
    "2026-01-13T10:40:00+00:00", "2026-02-05T13:25:00+00:00", "2026-03-12T15:05:00+00:00",
    "2026-04-23T09:15:00+01:00", "2026-05-14T11:50:00+01:00", "2026-06-03T14:30:00+01:00",
    "2026-07-09T10:20:00+01:00", "2026-09-17T13:05:00+01:00", "2026-10-08T15:35:00+01:00",
    "2026-11-04T09:45:00+00:00", "2026-12-10T12:10:00+00:00",
])
# Each preset judges an ordinary post three times in five.
TRIPLES = cycle([(ALL * 2)[i:i + 3] for i in (0, 3, 1, 4, 2)])
CASES: list[dict] = []
GROUPS: list[list[dict]] = []

add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout4")
many = many_of(add)

# --- roster names, plainly children
NM = "names"
many(NM, "first", [
    "Wiktoria helped the Reception children plant their tulip bulbs this afternoon.",
    "Hao and Jun taught Year 3 how to write Happy New Year in Chinese for the Lunar New Year.",
    "Callum finished the reading week challenge two days before anyone else.",
    "Temitope led the Year 1 class assembly about looking after our planet.",
    "Eilidh taught Year 2 a Scottish reel for St Andrew's Day.",
    "Zainab's Eid card design has been chosen for this year's school greetings card.",
    "Alexander ran the fastest lap of the field in the Sport Relief mile.",
], category="celebration")
many(NM, "full", [
    "Xinyi Liu has won a place in the county youth orchestra.",
    "Amira Khalil collected the most harvest tins in the whole of Key Stage 1.",
    "Ifeoluwa Oladipo won the junior prize in the library's Diwali poster competition.",
], category="celebration")
many(NM, "surname", [
    "Quickest on the times tables leaderboard this week: Drummond in 4B.",
    "Star scientist in 6B goes to Lewandowska for her write-up on friction.",
], category="celebration")
many(NM, "voc", [
    "Great reading today Ibrahim, your teacher is so proud of you!",
    "Keep practising Charlotte, those cartwheels are nearly there!",
], category="celebration")
many(NM, "pass", [
    "Year 4 made diva lamps from clay for Diwali and painted them in bright colours.",
    "Our Year 2 class assembly about the four seasons was full of songs and smiles.",
    "Reception celebrated their 100th day in school with a hundred-piece jigsaw.",
    "Year 6 SATs revision club runs on Tuesday and Thursday mornings from 8am.",
    "Year 3's open classroom was packed with parents and grandparents this afternoon.",
])

# --- words that are also pupils' names: ordinary words, and the same words as children
W = "word_names"
many(W, "pass", [
    "The Summer fair is on Saturday 27 June from 11am; tombola volunteers wanted please!",
    "We will say Grace before lunch at our Christmas dinner on Thursday 17 December.",
    "Our Key Stage 1 handbell group played The Holly and the Ivy for the residents of Oak "
    "Lodge.",
    "Our Year 4 morris dancers will perform on the village green for May Day, Friday 1 May.",
    "The lamp Florence Nightingale carried at Scutari inspired Year 2's science lesson on light "
    "and dark.",
    "Year 5 are studying Mark's gospel in RE this half term, with a focus on the parables.",
    "Happy Diwali to all our families celebrating the festival of light this weekend!",
    "Year 1 collected conkers, acorns and hazel nuts on their woodland walk.",
    "The Autumn term ends on Friday 18 December at 2pm.",
    "Please take care on the river path this morning; it is flooded after the storm.",
    "Ruby Class have earned a pizza party for the best attendance this half term.",
    "Sky blue is the colour for Year 4's team at sports day this year.",
    "Miles of smiles at the sponsored bike ride: Year 5 cycled 14 miles together!",
    "Hunter-gatherers of the Stone Age have been Year 3's history focus this week.",
    "Lily of the valley and primroses are flowering in the wildlife garden.",
    "Year 6's residential includes canoeing on the River Wye and a night walk.",
    "A Precious Gift is the title of this year's Reception nativity.",
    "It's a blessing to have such a generous community: 340 tins for the harvest appeal!",
    "Faith Week starts on Monday, with visitors from the gurdwara, the church and the "
    "synagogue.",
    "Year 2 have been talking about joy and sorrow in the story of the Prodigal Son.",
    "Hope Street is one-way during the PTA fair, so please approach from Church Lane.",
    "April's rain gauge readings from Year 4 show it was the wettest month this year.",
    "Will anyone with spare wellies please donate them to the Forest School store?",
    "Class lists for September will be shared in May, once staffing is confirmed.",
    "Year 6 read an extract from Robinson Crusoe by Daniel Defoe about the shipwreck.",
    "On the eve of sports day, the field has been marked out with brand new lanes.",
    "Mason jars of layered coloured sand made lovely Mother's Day gifts in Year 1.",
    "Amber and gold leaves covered the Forest School site this morning.",
    "Poppy seeds from the Royal British Legion have been sown along the front fence.",
    "Daisy the reading dog will visit the library every Tuesday after half term.",
    "The robins nesting in Year 3's planter have hatched four chicks!",
    "A jay keeps stealing the acorns from our bird table, Year 2 report.",
    "Our gymnasts performed with real grace and control at the county competition.",
    "On your marks, get set: sports day is next Thursday, weather permitting!",
    "Year 3's Tudor topic finished with a re-enactment of the Wars of the Roses.",
    "Holly wreaths made at the Christmas craft afternoon are on sale for £3 each.",
    "Year 2 found ivy, moss and lichen on their winter nature walk.",
    "The joy on the faces at the Reception sports day said it all.",
    "We hope to see lots of you at the harvest assembly on Friday at 9am.",
    "Summer-born children starting Reception in September are welcome at our stay and play.",
])
many(W, "first", [
    "Precious read the first lesson at our Christingle service.",
    "Hazel won the Year 6 cross-country race by a clear ten metres.",
    "Jay and Mason built a bug hotel for the wildlife garden.",
    "Sky drew the most colourful rangoli pattern in Year 2.",
    "River sang a solo in the Reception Christmas show.",
    "Holly counted all the way to 100 by herself for the first time today!",
    "April has been chosen as a playground buddy for the summer term.",
    "Noor and Iman read Eid poems in assembly this morning.",
    "Lily is Year 2's star of the week for her beautiful joined handwriting.",
    "Blessing saved three penalties for the Year 4 girls' football team.",
], category="celebration")
many(W, "voc", [
    "Well done Daisy, you were a brilliant shepherd in the nativity!",
    "Happy birthday Eve, from all your friends in 1B!",
    "Thank you Jack for helping to set up the hall for the PTA fair.",
], category="celebration")

# --- adults with titles and roles (surnames shared with pupils), and the school's own staff
A = "adults"
many(A, "pass", [
    "Mrs Okoye from the library service ran a storytelling session for Reception.",
    "Thank you to Mr Nwosu, a structural engineer, who judged the Year 5 bridge challenge.",
    "Dr Mensah from the Countess of Chester Hospital told Year 6 about life as a surgeon.",
    "Rev Castillo will bless the new Reception garden on Wednesday afternoon.",
    "Please welcome Mrs Jenkins, our new school business manager.",
    "Miss Hargreaves will teach 3B while Mrs Kaur is away on the Year 6 residential.",
    "Our PE coach, Mr Foster, has entered three teams in the county cross-country.",
    "The lead Ofsted inspector, Mrs Fraser, met the school council this morning.",
    "Gareth Lloyd will run chess club on Thursdays after half term.",
    "Siân Walsh, our Year 2 teacher, is running the London Marathon for Alder Hey.",
    "Rachel Kaur will present the sports day medals at 2.30pm.",
    "PC Hamdan from Cheshire Police brought the patrol car in for Year 1 to explore.",
    "Father Doyle led our Ash Wednesday service in the hall.",
    "Nana Chambers taught Year 3 how to knit squares for the blanket appeal.",
    "Mr and Mrs Iqbal kindly donated the samosas for our Eid celebration.",
    "Imam Darwish visited Year 5 to explain Ramadan and the Eid prayers.",
    "Our new lunchtime supervisor, Mrs Grace Pearson, starts on Monday.",
    "Councillor Daniel Reid opened the new cycle shelter this morning.",
    "Author Holly Webb signed copies of her animal stories in the library.",
    "Welcome to Mr Adebayo, our new Year 4 teaching assistant.",
    "Thank you to Mrs Whitehead and the PTA for running the second-hand uniform sale.",
])
many(A, "first", [
    "Mr Chopra helped with the Diwali cooking, and his son Ishaan made the best samosas.",
    "Dr Huang and Zihan gave a brilliant talk on dragons for the Lunar New Year.",
], category="celebration")
add(A, "full", "Thank you to Mrs Mazur and to Jakub Mazur in 5B for the Polish Easter eggs.",
    category="celebration")

# --- disguises
S = "disguises"
many(S, "full", [
    "Fantastic harvest poem by Hao Ch-\nen in 3A!",
    "Congratulations to #charlottehughes on her grade 4 flute exam!",
    "Huge well done to E l i z a b e t h  C a r t e r for her Armada project.",
    "Brilliant Diwali dance from Riya_Kaur and friends!",
    "Well done to Finlay 🏅 Drummond, our new chess champion!",
], category="celebration")
many(S, "first", [
    "Our lunchtime hero this week is Ant🌟oni from 6A!",
    "Super Eid card from Ibra-\nhim in 2B.",
    "Well done to Ch@rlotte for her netball skills at the tournament!",
    "A big thank you to M.a.t.i.l.d.a for helping on the PTA fair cake stall.",
    "T e m i t o p e read a story to the whole of Reception!",
    "Look at the brilliant Anglo-Saxon helmet made by #wiktoria in 6B.",
], category="celebration")
many(S, "voc", [
    "Tidiest tray in 4B all term: #welldonefinlay",
    "#GoXinyi at the county swimming gala!",
], category="celebration")
many(S, "question", [
    "Tommy read the harvest prayer in assembly this morning.",
    "Lottie came first in the Year 5 egg-and-spoon race.",
    "Libby built a brilliant Roman villa in DT.",
    "Xander helped the Year 6 team win the quiz at the PTA fair.",
    "Antek drew a lovely picture of his grandparents' village in Poland.",
    "Szymek read his Christmas story in Polish and in English.",
    "Temitipe sang beautifully in the Year 1 nativity.",
    "Ruairdh recited a Burns poem at our Scottish assembly.",
    "Adaize made a beautiful Nigerian flag for Black History Month.",
    "Ifeoluwo was the calmest goalkeeper in the penalty shoot-out.",
], category="celebration")
many(S, "pass", [
    "#SportsDay2026 is on Wednesday 1 July; please send sun cream and a hat.",
    "Our Year 5 artists are off to the Walker Art Gallery today #artweek",
    "#HarvestFestival donations can be left in the hall until Friday.",
    "Congratulations to the Blue house team, this year's #housecup winners!",
    "Thank you to everyone who came to the #PTAfair: we raised £1,120!",
    "Year 2 are #readingheroes after reaching 500 reading nights.",
    "Year 6's #SATsbreakfast club runs Monday to Thursday from 8am.",
    "Reminder: #nonuniformday this Friday for Children in Need.",
], category="learning")

# --- names not on the roster (plainly children), and famous people and characters who are not
N = "unknown_names"
many(N, "unknown", [
    "Maisie and Arlo planted the first bulbs in our new peace garden.",
    "Zofia brought in pierogi for the Year 4 world food day.",
    "Aarav explained the story of Diwali to the whole of Year 2 today.",
    "Yusuf and Safiya led our Eid assembly beautifully.",
    "Tunde played the talking drum at the Black History Month concert.",
    "Efua and Chidera designed the posters for the PTA fair.",
    "Mei brought in mooncakes for the Mid-Autumn Festival.",
    "Nikodem read 50 books during the reading week challenge!",
], category="celebration")
many(N, "unknown_voc", [
    "Inaaya, many happy returns from everyone in Year 2!",
    "Welcome back Kiran, we're so glad your leg is better!",
    "Well done Haoran for your brilliant kite design!",
], category="celebration")
add(N, "full", "Vihaan Patel planted the school's first apple tree with the Mayor.",
    category="celebration")
many(N, "pass", [
    "Year 1 read Lost and Found by Oliver Jeffers and made penguin puppets.",
    "Year 5 learnt how Emmeline Pankhurst and the suffragettes won women the vote.",
    "Year 6 watched Sir David Attenborough's Blue Planet clip about plastic in the ocean.",
    "Year 4 are reading Varjak Paw by SF Said this half term.",
    "Our Year 5 history topic this term is Alexander the Great and Ancient Greece.",
    "Year 2 learnt about Queen Elizabeth I and the Spanish Armada.",
    "World Book Day costumes included four Harry Potters and a very convincing Hermione!",
    "Year 4 followed Mo Farah's journey from Somalia to Olympic gold.",
    "Reception loved their Thomas the Tank Engine day at the heritage railway.",
    "Year 6 debated Greta Thunberg's speech to the United Nations.",
    "Year 1 met Peter Rabbit and Jemima Puddle-Duck at the Beatrix Potter exhibition.",
    "Year 3 told the Diwali story of Rama and Sita with shadow puppets.",
], category="learning")

# --- targeted content without a name, and messages to a class that are allowed
T = "targeted"
many(T, "describe", [
    "Congratulations to the one Year 3 boy who finished every book on the reading tree.",
    "A warm welcome to the girl who joined 2A this week after moving from Hong Kong.",
    "Happy 8th birthday to the 3C birthday boy, who brought in cupcakes for everyone!",
    "The Year 5 child who was sick on the coach is feeling fine and back in school today.",
    "Thank you to the boy in 4B whose mum baked 200 cakes for the PTA fair.",
    "The only Reception child who hasn't cried at drop-off all week deserves a sticker!",
    "The Year 6 girl who left her brace in the dinner hall can collect it from Mrs Lane.",
    "Year 1 have a new classmate this week, all the way from Lagos: welcome!",
], category="celebration")
many(T, "voc", [
    "Yousef, your football boots are in the lost property box!",
    "Riya, remember to bring your Diwali costume on Thursday.",
    "Callum, please return your library books before reading week.",
    "Ama, your mum says good luck in the spelling test today!",
], category="reminder")
add(T, "unknown_voc", "Harper, your coat is waiting for you in the office!", category="reminder")
many(T, "pass", [
    "Year 5, please bring a packed lunch for the museum trip on Thursday 12 March.",
    "Reception, don't forget your Christmas jumpers on Thursday!",
    "4B, your reading week book reviews are due on Friday.",
    "Year 6, the SATs timetable is in your homework folders tonight.",
    "Year 2, nativity costumes need to be in school by Monday 7 December.",
    "Year 3 and Year 4: netball club is cancelled tonight because of the frost.",
    "Year 1, please wear something green on Friday for our Eco Day.",
    "Well done to all our Year 6 residential explorers: you were a credit to the school.",
    "Welcome to every new member of staff starting with us this term.",
    "Thank you to all the children who brought in food for the harvest appeal.",
], category="reminder")

# --- photos
P = "photos"
ALT = "A group of pupils from the class taking part in the activity"
for text, pupils, faces, kind in [
    ("Year 2 at the harvest festival with their baskets.", ["Lily Green", "Jun Li"], 2,
     "pass"),
    ("Year 6 ready for canoeing on day two of the residential.", ["Antoni Zając",
                                                                 "Mark Dempsey"], 2, "pass"),
    ("Year 1's first PE lesson in the big hall.", ["Daisy Whitehead", "May Lin",
                                                   "Archie Scott"], 3, "pass"),
    ("Year 5 sharing dates at the Eid party.", ["Iman Saleh", "Tahmid Uddin"], 2, "pass"),
    ("Our 3A scientists testing magnets.", ["Florence Ndlovu", "Hao Chen"], 2, "pass"),
    # Joy's parents refused consent.
    ("Year 6 acting out Rama and Sita.", ["Joy Adeleke", "Zainab Akhtar"], 2, "no_consent"),
    # Blessing and Maryam have no consent on file.
    ("Year 4 on the sponsored walk for Children in Need.", ["Blessing Eze", "Ayaan Chaudhry"],
     2, "no_consent"),
    ("Rehearsals for the PTA fair talent show.", ["Maryam Al-Sayed"], 1, "no_consent"),
    # Yousef's consent excludes his face; Kwame's covers group photos only.
    ("Year 6 scientists dissecting flowers.", ["Yousef Nasser", "Simran Dhillon"], 2,
     "no_consent"),
    ("Year 5 abseiling on the residential.", ["Kwame Asante"], 1, "no_consent"),
    # Ella's consent ran out on 31 August 2025.
    ("Year 3 rehearsing for the nativity.", ["Ella Morris", "Riya Kaur"], 2, "no_consent"),
    ("Year 2's Chinese New Year dragon dance.", ["Filip Dąbrowski", "Jun Li"], 2,
     "no_consent"),
    ("Year 5's harvest scarecrows and their makers.", ["Ruby Osei"], 1, "no_consent"),
    ("Year 4 at the farm.", ["Noor Hamdan"], 3, "faces"),
    ("Year 1 on the bouncy castle at the PTA fair.", ["Amira Khalil", "Oliwia Krawczyk"], 4,
     "faces"),
    ("Year 6 at the Diwali lamp workshop.", [], 2, "faces"),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=ALT)], category="learning")
add(P, "pass", "All of Year 5 together at Kingswood!", category="residential",
    photos=[photo(["Kwame Asante", "Rose Kowalczyk", "Tahmid Uddin"], 3, group=True,
                  alt="Year 5 pupils together outside the residential centre")])
add(P, "pass", "Year 3's Viking longship display is up in the corridor.", photos=[WORK],
    category="learning")
add(P, "pass", "Hands-on maths: Year 2 building arrays with counters.", category="learning",
    photos=[{"pupils": ["Jun Li"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "Hands arranging counters in rows on a table"}])
add(P, "unid_no_consent", "Year 2 threading Diwali garlands, seen from above.",
    category="learning",
    photos=[{"pupils": ["Filip Dąbrowski"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "Hands threading paper flowers on a string"}])
add(P, "unid_no_consent", "Year 6 sketching the church tower, seen from behind.",
    category="learning",
    photos=[{"pupils": ["Joy Adeleke"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child sketching, seen from behind"}])
for text, alt in [
    ("Our new staff team on the first day of the autumn term.",
     "Fourteen members of staff on the school steps"),
    ("Our local MP opened the new library this morning.",
     "The MP cutting a ribbon with the headteacher"),
    ("The PTA fair committee counting the takings!", "Five adults around a table of coins"),
    ("The community choir sang for our grandparents' afternoon.",
     "Adult singers in red scarves in the hall"),
]:
    add(P, "adults_photo", text, photos=[{"pupils": [], "adults_only": True, "faces": 5,
                                          "alt_text": alt}])

# --- personal data
PDF = "personal_data"
SCHOOL = ["01244 390 123", "office@highfield.cheshire.sch.uk"]
many(PDF, "contact", [
    "Found a red book bag at the PTA fair? Text Michelle on 07700 900 634.",
    "Cake donations for the fair: email bakes4school at gmail dot com.",
    "Spare nativity costumes: ring Paula on 07700-900-271.",
    "Residential photos can be sent to dad.of.three [at] hotmail [dot] co [dot] uk.",
    "For the Eid party rota, WhatsApp Samira on +44 (0)7700 900 518.",
    "Lift share to the residential: call Lee on oh seven seven zero zero, nine zero zero, four "
    "four six.",
    "Sports day helpers, please email k.moss{at}icloud{dot}com.",
    "Lost a lunchbox? Mrs Pike has a pile of them: 07700 900 8 2 9.",
    "Contact our PTA treasurer at ptatreasurer77@yahoo.co.uk for the fair float.",
])
many(PDF, "address", [
    "The Year 4 Diwali party will be at 9 Rowan Close, Hoole, from 4pm.",
    "Nativity costume swap at Flat 2, 33 Queen Street, on Saturday morning.",
])
add(PDF, "pass", "Snow updates will be texted, or ring the office on 01244 390 123 after 7.30am.",
    contacts=SCHOOL)
add(PDF, "pass", "Residential payments go through ParentPay; questions to "
    "office@highfield.cheshire.sch.uk.", contacts=SCHOOL)
many(PDF, "pass", [
    "Family Lives offers free parenting support on 0808 800 2222.",
    "Young people in crisis can text SHOUT to 85258 for free support, day or night.",
    "Papyrus HOPELINE247 is on 0800 068 4141 for anyone worried about a young person.",
    "Crimestoppers can be called anonymously on 0800 555 111.",
    "The National Domestic Abuse Helpline is free on 0808 2000 247, day or night.",
    "Nativity tickets are £2 each; doors open at 2.15pm in Hall 2.",
    "Our PTA fair raised £2,317.45, the best total since 2019!",
    "Reading week runs from 9 to 13 March, and each child can borrow up to 3 books.",
    "The Year 5 residential balance of £185 is due on ParentPay by 30.01.26.",
])

# --- tone aimed at people, and sad or dramatic words that are not
TO = "tone"
many(TO, "insult", [
    "The parents shouting at the referee on Saturday were a complete embarrassment.",
    "Year 4's effort in the reading week quiz was frankly useless.",
    "Whoever left this mess in the cloakroom is a lazy slob.",
    "The new dinner staff are clueless about allergies.",
    "Our visiting magician was the most boring man alive.",
    "Some of the Year 6 parents at the meeting were rude, ignorant and aggressive.",
])
many(TO, "negative", [
    "Lovely to see so many parents ignoring the no-parking signs again. Well done, everyone.",
    "The Ofsted judgement was a joke and everyone knows it.",
    "The council's decision to cut our crossing patrol is shameful.",
    "Apparently reading a letter is too much to ask of some families.",
    "The replacement coach company were a shambles from start to finish.",
    "Mr Lloyd's maths club is a complete waste of time, sorry!",
])
many(TO, "opinion", [
    "We truly believe we have the best PTA in the country.",
    "In our view, this was the finest harvest festival the village has ever seen.",
])
many(TO, "pass", [
    "Sadly, the Year 5 residential to Conwy is postponed because of the storm warning.",
    "We are sad to share that Nibbles, our class guinea pig, died peacefully at the weekend.",
    "The giant in Year 2's Jack and the Beanstalk was terrifyingly loud!",
    "It was a disappointing 3-0 result, but our team played their hearts out.",
    "Year 6 learnt about the awful conditions on the Titanic's lower decks.",
    "Apologies: the car park was full for the PTA fair, and we know how frustrating that was.",
    "There are lots of sickness bugs about; please keep children at home for 48 hours after "
    "the last bout.",
    "The Big Bad Wolf was caught, and Year 1's play had a very happy ending.",
    "Year 4 wrote persuasive letters complaining about the litter in the park.",
])

# --- text speak, and school abbreviations that are not
TX = "text_speak"
many(TX, "text_speak", [
    "Thx 4 all the harvest tins! C u at the assembly.",
    "Pls can Y6 bring ur residential forms in 2moro.",
    "U r all superstars! Gr8 sports day.",
    "Soz, the PTA fair raffle draw is now at 3pm #l8r",
    "Happy Diwali evry1! #luvit",
    "OMG what a nativity lol, the donkey stole the show!",
    "Reading week was amazin, thnx 2 all our parent readers",
])
many(TX, "pass", [
    "The Y2 PE day changes to Thursday after half term.",
    "EYFS parents: the Reception nativity DVD order form is in book bags.",
    "The SENDCo's drop-in moves to Tuesday mornings this term.",
    "Our Ofsted report is now on the website under Key Information.",
    "PTA fair stall sign-up sheets are on the noticeboard by the KS1 door.",
    "Year 4's MTC window opens on Monday 1 June.",
    "OK everyone, the rain has cleared: sports day is on!",
    "ICT club will use the iPads to code the Sphero robots this term.",
])

# --- presets: what each seed allows and forbids, and posting hours
PR = "presets"
add(PR, "initials", "Amazing Eid lanterns from IS and TU in 5A!", category="learning")
add(PR, "initials", "Well done to FD and CF, our Burns Night reciters.", category="celebration")
add(PR, "initials_unid", "Careful Diwali rangoli patterns by AS (hands only).",
    category="learning",
    photos=[{"pupils": ["Anaya Shah"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child's hands pouring coloured sand into a pattern"}])
add(PR, "initials_unid", "A lovely clay diva lamp by RK, photographed from above.",
    category="learning",
    photos=[{"pupils": ["Riya Kaur"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child's hands holding a painted clay lamp"}])
add(PR, "initials_photo", "Star writer this week: IO in 3C!", category="celebration",
    photos=[photo(["Ifeoluwa Oladipo"], 1, alt="A girl holding up her writing book")])
add(PR, "initials_photo", "Look at MJ's fabulous Ancient Egypt fact file!", category="learning",
    photos=[photo(["Matilda Jenkins"], 1, alt="A girl holding a fact file about pyramids")])
add(PR, "surname", "Top of the 2B spelling league: Darwish!", category="celebration")
add(PR, "surname", "Fastest times tables in 3A this week: Ndlovu.", category="celebration")
add(PR, "reply", "Thank you so much for your kind words about the nativity!",
    reply_to="https://x.com/proudnan/status/1866000000000000000")
add(PR, "reply", "Sorry to hear that; please ring the office and we will sort it out.",
    reply_to="https://x.com/parent/status/1812000000000000000")
add(PR, "weekend", "Good luck to our tag rugby teams at the county festival this morning!",
    when="2026-05-16T10:15:00+01:00")
add(PR, "weekend", "Don't forget: reading week starts tomorrow. Pack a favourite book!",
    when="2026-01-25T11:00:00+00:00")
add(PR, "weekend", "Thank you to everyone who came to parents' evening tonight.",
    when="2026-11-17T19:45:00+00:00")
add(PR, "weekend", "The harvest assembly is at 9am today, and all families are welcome.",
    when="2026-10-02T07:15:00+01:00")
add(PR, "pass", "Day two of the Year 6 residential: everyone is tucked up after the night walk.",
    when="2026-06-30T21:10:00+01:00", category="residential", exception="event",
    exception_reason="Evening update from the residential for parents")
add(PR, "pass", "Because of black ice on the hill, school opens at 10am today instead of 8.45am.",
    when="2026-02-04T06:50:00+00:00", category="urgent", exception="urgent",
    exception_reason="Ice closure decided at 6.30am")
add(PR, "pass", "The PTA summer fair is open until 4pm: come and join us!",
    when="2026-07-11T13:40:00+01:00", exception="event",
    exception_reason="The fair is happening now on the school field")
add(PR, "pass", "Year 4, remember your Viking costumes for Wednesday!", category="reminder")

# --- one fact, one finding
ONE = "one_fact"
for text, pupils, kind in [
    ("Chiamaka at the Young Voices concert, microphone in hand!", ["Chiamaka Obi"], "first_photo"),
    ("Here's Finlay with his Burns Night medal!", ["Finlay Drummond"], "first_photo"),
    ("Hazel receiving the sports day cup.", ["Hazel Kirby"], "first_photo"),
    ("Thomas and his prize-winning giant marrow from the harvest show.", ["Thomas Hargreaves"],
     "first_photo"),
    ("A wonderful Diwali lamp made by Riya!", ["Riya Kaur"], "first_photo"),
    ("Noor Hamdan with her Eid poetry prize.", ["Noor Hamdan"], "full_photo"),
    ("Callum Fraser and Charlotte Hughes, our new sports captains.",
     ["Callum Fraser", "Charlotte Hughes"], "full_photo"),
]:
    add(ONE, kind, text, photos=[photo(pupils, alt="A pupil smiling with a prize")],
        category="celebration", one=True)
for text, kind in [
    ("Brilliant work today Oliwia, we're so proud of you.", "voc"),
    ("Thank you Alexander, a much more settled day today.", "voc"),
    ("Precious Nwachukwu has been chosen for the Chester Young Voices choir.", "full"),
    ("Matilda Jenkins read the most books of anyone during reading week.", "full"),
]:
    add(ONE, kind, text, one=True, category="celebration")
many(ONE, "pass", [
    "Star of the Week certificates will be handed out in Friday's celebration assembly.",
    "Every child who read five books during reading week will get a bookmark.",
], category="celebration")

# --- ordinary posts from a busy term (benign, every family of wording)
many("word_names", "pass", [
    "Year 6 are off to see Joseph at the Storyhouse on Wednesday 14 October.",
    "Our Ruby Wedding cake sale for the caretaker raised £96 for the hospice.",
    "Please return the Christmas Eve church service slips by Friday.",
    "Year 3 wrote haiku about the May blossom on the cherry trees.",
])
many("adults", "pass", [
    "Mrs Lane, our office manager, will be on leave next week; the office stays open.",
    "A big thank you to Grandpa Reid for fixing the Year 2 bird boxes.",
    "Mr Knight from the RNLI spoke to Year 4 about staying safe near water.",
])
many("personal_data", "pass", [
    "The Ofsted parent survey closes on 12 November; the link is on our website.",
    "Lost property will be on tables in the hall from 3.15 to 3.45pm on Friday.",
])
many("targeted", "pass", [
    "Year 5 and 6 families: the SATs information evening is on 4 February at 5.30pm.",
    "Thank you to every class for the Diwali displays in the hall.",
])
many("disguises", "pass", [
    "Our string quartet from the music service played for KS2 today #livemusic",
    "Year 1 loved meeting the owls from the bird sanctuary! #wildlifewednesday",
], category="learning")


def main() -> None:
    write_corpus(CASES, GROUPS, "heldout4_corpus.jsonl")


if __name__ == "__main__":
    main()
