"""Writes heldout6_corpus.jsonl: a seventh labelled corpus of the SPRING and SUMMER terms of a
UK primary school (World Book Day, Red Nose Day, Mother's Day, Easter, Ramadan and Eid, Holi,
Vaisakhi, St David's and St Patrick's Day, SATs, the phonics screening and multiplication
checks, sports day, the summer fair, the Year 6 leavers' assembly and production, transition,
swimming, trips and residentials, Forest School, heatwaves, term dates, staff leaving,
governors), written by hand from the five seed policies and from how busy staff post (typos,
emoji, hashtags, line breaks), before the engine saw any of it, against the held-out roster
(heldout_roster.json). No sentence is taken from the engine's output or rephrased from an
earlier corpus. The expected verdict per preset follows the KINDS table of
write_heldout_corpus.py (each seed's clauses), extended below with the one clause it lacks
(Highfield's and Carlton's "grammatically correct"); the cases cover the twelve families of
the third held-out corpus.

    .venv/bin/python tests/data/write_heldout6_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

from itertools import cycle

from write_heldout_corpus import ALL, KINDS, WORK, adder, many_of, photo, write_corpus

D, H, C, U, F = ALL
EITHER = ["block", "warn"]
# Highfield and Carlton: "Tweets must be (will be) grammatically correct". A misspelt ordinary
# word is against that clause; the other three seeds say nothing about spelling.
KINDS["typo"] = {D: ("pass", None), H: (EITHER, "spelling"), C: (EITHER, "spelling"),
                 U: ("pass", None), F: ("pass", None)}

# Spring and summer term weekdays inside 8am-6pm (GMT until 29 March, BST after), avoiding
# Good Friday, Easter Monday and the May bank holidays.
WHEN = cycle([
    "2026-03-05T09:35:00+00:00", "2026-03-11T14:20:00+00:00", "2026-03-17T11:10:00+00:00",
    "2026-03-26T15:45:00+00:00", "2026-04-21T10:05:00+01:00", "2026-04-29T13:40:00+01:00",
    "2026-05-06T08:55:00+01:00", "2026-05-14T16:25:00+01:00", "2026-05-20T12:15:00+01:00",
    "2026-06-03T09:50:00+01:00", "2026-06-11T14:55:00+01:00", "2026-06-17T11:35:00+01:00",
    "2026-06-25T15:10:00+01:00", "2026-07-01T10:45:00+01:00", "2026-07-08T13:05:00+01:00",
    "2026-07-16T16:40:00+01:00",
])
# Each preset judges an ordinary post three times in five.
TRIPLES = cycle([(ALL * 2)[i:i + 3] for i in (2, 0, 3, 1, 4)])
FIVE = list(ALL)  # a list, not the tuple: every preset judges this ordinary post
CASES: list[dict] = []
GROUPS: list[list[dict]] = []

add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout6")
many = many_of(add)
SCHOOL = ["01244 390 123", "office@highfield.cheshire.sch.uk"]

# --- roster names, plainly children (no photo)
NM = "names"
many(NM, "first", [
    "Szymon read out his World Book Day riddle and nobody in 4A could guess it 😂",
    "Aadhya brought in a tray of jalebi for our Holi celebration this afternoon.",
    "Lachlan has learnt to swim without his armbands, what a milestone!!",
    "Kofi and Jun were the loudest cheerleaders on the sidelines at sports day.",
    "Simran talked to Year 6 about how her family celebrate Vaisakhi at the gurdwara.",
    "Caoimhe wore a shamrock headband for St Patrick's Day and taught us an Irish jig.",
    "Freddie found a newt in the Forest School pond this morning - a first for us!",
    "Ruoxi planted broad beans on the allotment and is checking them every playtime.",
    "Mo designed the winning Red Nose Day poster for Key Stage 1.",
    "Isabelle and Archie were chosen to carry the torch at our mini Olympics opening.",
], category="celebration")
many(NM, "full", [
    "Temitope Ajayi got full marks in her phonics screening check practice.",
    "Congratualtions to Harry Wilson, who scored a hat-trick in the cup final!",
    "Layla Mansour wrote the poem we read at the Eid assembly.",
    "Our Easter bonnet winner for Year 3 is Mhairi Robertson 🐣",
], category="celebration")
many(NM, "surname", [
    "Top scorer in the Year 5 multiplication check practice: Kaczmarek.",
    "Man of the match at the rounders tournament went to Okonkwo in 3A.",
], category="celebration")
many(NM, "voc", [
    "Amazing poem Aoife, you had the whole hall in tears!",
    "Well done Theo, that was your best swim yet!",
    "Keep it up Alfie, your handwriting has come on so much since Easter.",
], category="celebration")
many(NM, "pass", [
    "Year 3 made Easter nests from shredded wheat and melted chocolate today 🍫",
    "Our Year 5 class assembly on Ramadan explained fasting, charity and the night of Eid.",
    "The Reception class garden has radishes ready to pick already!",
    "Year 1 phonics screening check takes place the week of 8 June. Please avoid holidays.",
    "Year 4 wrote thank-you letters to the lifeguards at the leisure centre.",
    "Year 2 performed a dragon dance and a Bhangra routine at the festivals assembly.",
    "Well done to the whole of Year 6 for a calm and focused SATs week.",
])

# --- words that are also pupils' names: ordinary words, and the same words as children
W = "word_names"
many(W, "pass", [
    "Summer term starts on Tuesday 14 April; breakfast club opens at 7.45am.",
    "April showers did not stop Year 2's Easter egg hunt - umbrellas up!",
    "Clubs finish early in May because of the SATs timetable; letters went home today.",
    "The Year 3 maypole dancers are practising every lunchtime for the May fayre.",
    "Our rose garden by the front gate is in full bloom thanks to the gardening club 🌹",
    "Year 5 rose to the challenge at the orienteering event in Delamere Forest.",
    "Year 4 made red and white paper badges to learn how the Tudors ended the Wars of the "
    "Roses.",
    "We hope everyone had a restful Easter break. See you all on Tuesday!",
    "Our assembly on Friday is all about hope, new beginnings and the Easter story.",
    "Joy, kindness and patience are our values for the summer half term.",
    "The Holly Bush pub car park is available for drop-off during the summer fair.",
    "The ivy on the old wall is home to a wren's nest, Year 1 discovered.",
    "Year 6 sang Amazing Grace beautifully at the leavers' service in St Mary's.",
    "Grace before lunch will be led by the Year 4 worship team this week.",
    "Will the last few Year 6 families send in hoodie sizes before 15 May? Thanks!",
    "We will have a non-uniform day on Friday for Red Nose Day - £1 donation please!",
    "Year 3 acted out Daniel's friends Shadrach, Meshach and Abednego in the fiery furnace.",
    "For International Nurses Day, Year 2 found out how Florence Nightingale used charts to "
    "persuade the army to clean its hospitals.",
    "Year 5's art trip to Florence was only on screen: a virtual tour of the Uffizi!",
    "Please mark your diaries for the leavers' assembly: Monday 20 July at 2pm in the hall.",
    "Year 6 are reading St Mark's account of Holy Week in RE this fortnight.",
    "On the eve of SATs week, we wish every Year 6 a calm evening and an early night.",
    "Dates for the autumn term are now on the website, including INSET days.",
    "Poppy seeds, cornflowers and marigolds are sprouting in the Year 2 planters.",
    "Year 4 watched The Wizard of Oz and designed their own pairs of ruby slippers.",
    "Daisies all over the field this morning, so Reception made daisy crowns 🌼",
    "Amber heat-health alert from the UKHSA for Thursday: hats and water bottles please.",
    "Forest School coppiced the hazel trees and used the poles to build a shelter.",
    "Year 3 watched a robin feeding her chicks in the bird box camera all week.",
    "Our mason bee houses on the allotment are already full of sealed tubes.",
    "Year 5 measured the flow of the River Dee at three points for their rivers topic.",
    "The sky was so clear last night - did anyone see the Eta Aquariids meteor shower?",
    "The Year 4 Union Jack bunting is going up ready for the summer fair.",
    "Jacket potatoes, salad and fruit are on the menu for the sports day picnic lunch.",
    "Easter lilies and daffodils decorated the hall for our Easter service.",
    "Year 6 walked 26 miles between them for the sponsored leavers' walk!",
    "Hunter wellies, Joules coats and a Frozen lunchbox are all in lost property.",
    "Faith leaders from the church, mosque and gurdwara will visit Year 3 next week.",
    "The Blessing of the new allotment will take place after Easter with Rev Okafor.",
    "Our Year 6 leavers' book is full of precious memories from seven years together.",
    "Noor is the Arabic word for light, Year 4 learnt in their Ramadan lantern lesson.",
    "Year 6's production this year is Oliver! - rehearsals start after May half term.",
    "Our ducklings have hatched! Year 3 named them after the animals in Charlotte's Web 🐣",
    "The Year 2 book of the month is Alfie Gets in First by Shirley Hughes.",
    "Our leavers' assembly ended with a Harry Potter sorting-hat quiz for the staff.",
    "Year 5 looked at Alexander Graham Bell's telephone in their science topic.",
    "Happy Mother's Day to all the mums, nans and carers in our school family 💐",
])
many(W, "first", [
    "Summer was the first in Year 2 to finish the 1 mile walk for Red Nose Day.",
    "Ivy and Poppy won the Easter bonnet parade for 2A and 3B!",
    "Will is Year 5's new sports leader and ran the warm-up at lunchtime today.",
    "Grace and Hope sang a duet in the spring concert and there wasn't a dry eye.",
    "Hunter caught a frog at Forest School and released it very gently.",
    "Precious's grandma's jollof rice was the hit of our Africa Day lunch.",
    "April finished her 100th reading night just before the Easter holidays.",
    "Mason ran the anchor leg in the Year 1 relay and crossed the line first!",
    "Florence has learnt all her 12 times tables ready for the multiplication check.",
    "River and Jay planted sunflower seeds in the Reception garden today.",
    "Amber is our Year 4 star of the week for being such a kind friend.",
    "Miles made a brilliant model of Big Ben for the London project.",
], category="celebration")
many(W, "voc", [
    "Robin, have the best 7th birthday! Love from 3C 🎂",
    "Congratulations Faith, the judges loved your Easter garden!",
    "Lovely reading in assembly today Joy, thank you!",
    "Brilliant, Daisy! Your first swimming certificate!",
], category="celebration")

# --- adults with titles and roles (names shared with pupils), and the school's own staff
A = "adults"
many(A, "pass", [
    "Mrs Okonkwo from the Rotary Club judged our Easter bonnet parade. Thank you!",
    "Dr Kaur, a GP in Hoole, talked to Year 4 about keeping cool in hot weather.",
    "Imam Hamdan from the Blacon mosque explained the Eid prayers to Year 5.",
    "Rabbi Cohen visited Year 3 to tell the Passover story and share matzah.",
    "Coach Asante from Chester Tri Club put Y5 & Y6 through a duathlon this morning.",
    "PC Ajayi and her police dog Bruno came to talk to Year 1 about stranger danger.",
    "Our lollipop lady Mrs Chambers will be on the crossing at the new time from Monday.",
    "Please welcome Mr Wójcik, who joins us after Easter as our new site manager.",
    "PTA chair Lily Green has sent the summer fair rota - thank you, Lily!",
    "Mrs Ivy Chambers, our longest-serving dinner lady, retires at the end of July 💐",
    "Rev Mark Okafor will lead the Year 6 leavers' service on Monday 20 July.",
    "Author Sita Brahmachari spoke to Year 6 about writing for World Book Day.",
    "Mr Nowicki is running the Year 4 swimming lessons at Northgate Arena this term.",
    "Mrs Adeyemi is running the welcome table at the fair gate from 11am.",
    "Daniel Brooks will be running the Year 6 cricket club after school on Tuesdays.",
    "Hope Whitfield is leaving us in July after 18 years of teaching - we'll miss her so "
    "much.",
    "Thank you to Gareth Lloyd for organising the Year 5 residential to Llandudno.",
    "Siân Walsh led a beautiful St David's Day assembly with Welsh cakes for everyone.",
    "Rachel Kaur, our deputy head, will present the attendance cups on Friday.",
    "Our SENCo, Mrs Price, is holding a transition drop-in for Year 6 parents.",
    "Our chair of governors, Mr Reid, spent the morning in Year 6 SATs revision lessons.",
    "Simnel cake for Mothering Sunday, made by Year 2 with the wonderful Nanna Pat.",
    "Father Brennan blessed the palm crosses at our Palm Sunday assembly.",
    "Grandad Dave from the allotment society showed Year 3 how to plant seed potatoes.",
    "A huge thank you to Miss Stewart for five fabulous years in Year 1. Good luck in "
    "Edinburgh!",
])
many(A, "first", [
    "Mrs Iqbal ran the Eid henna stall, and her son Hamza helped with the queue.",
    "Mr Wang brought in dumplings, and Yichen showed Year 5 how to fold them.",
], category="celebration")
many(A, "full", [
    "Dr Fraser brought rockpool creatures in, helped by his son Callum Fraser from 5B.",
    "Our PTA treasurer's daughter Charlotte Hughes made £42 selling cupcakes.",
], category="celebration")

# --- disguises: symbols, splits, hashtags, misspellings, pet forms
S = "disguises"
many(S, "full", [
    "Fab bonnet by Isla Stew-\nart in 6A, made from an egg box!",
    "Huge well done to #OmarHaddad on his yellow belt in karate 🥋",
    "Sports day 100m winner: #alfieroberts 🏃",
    "Congrats to T.h.o.m.a.s H.a.r.g.r.e.a.v.e.s on his Year 3 swimming badge!",
    "Brilliant St Patrick's poem from Ciaran Doyle in 6B ☘",
], category="celebration")
many(S, "first", [
    "What a catch from Ruai🏏ridh in the Year 5 cricket match!",
    "Ifeo-\nluwa read her Easter poem to the whole of KS2.",
    "Thanks to A.n.a.y.a for being such a helpful Holi helper 🎨",
    "Big shout out to zAiNaB for her Ramadan kindness jar idea!",
    "Proud of @Kwame for finishing the Year 5 cross-country today.",
    "Massive well done to Z u z a n n a for her Easter story.",
    "Look at the fabulous erupting volcano by Yi-\nchen in 5B 🌋",
    "Wik😍toria's Mother's Day card had the whole staffroom smiling.",
], category="celebration")
many(S, "voc", [
    "#WellDoneMaja for swimming 25m today!",
    "Great batting today #welldonedaniel 🏏",
    "Super speech at the leavers' assembly #proudofyouisla",
    "Cake and candles at lunch in 3C 🎈 #HappyBirthdayRiya",
], category="celebration")
many(S, "question", [
    "Zuzia made the prettiest Easter pisanki in Year 3.",
    "Izzy won the Year 2 sack race by a mile!",
    "Lachie is the Year 1 sunflower growing champion 🌻",
    "Beth wrote a brilliant diary entry as a Tudor maid.",
    "Charlie scored the winning rounder for 5B this afternoon.",
    "Wiki read her Polish Easter poem to the class.",
    "Tahmed helped the Year 5 Eid party run like clockwork.",
    "Chiamka's Holi painting is now on the KS2 display board.",
    "Mhari sang a Gaelic lullaby at the spring concert.",
    "Majka's paper bridge held 40 marbles in the Year 5 STEM challenge.",
    "Fin caught the biggest crab on the Year 4 trip to Rhyl.",
    "Ishan was the first to finish the multiplication check practice.",
], category="celebration")
many(S, "pass", [
    "#WorldBookDay2026 - so many Gruffalos, Matildas and Willy Wonkas in the hall today!",
    "Red Nose Day raised £463 for Comic Relief 🔴 #RedNoseDay #thankyou",
    "Year 4 #forestschool: dens, mud kitchens and a lot of very wet socks.",
    "#SportsDay is ON! See you on the field at 1.30pm ☀️",
    "Our #summerfair raffle has a Lego set, a hamper and a cream tea for two.",
    "Year 6 #leavers2026 hoodies have arrived and will be handed out on Friday.",
    "#HoliHai - Year 2 threw coloured powder on the field (and on Mr Nowicki).",
    "#StDavidsDay cawl tasting in Year 5 was a big hit. Dydd Gŵyl Dewi Hapus!",
    "The Y6 #transitionday at the high school went really smoothly.",
    "Year 1 #phonicsfun: alien words, real words and lots of giggles.",
    "Year 3 are #swimmingsuperstars after their last lesson at the baths.",
    "Eid Mubarak to all our families celebrating this week! 🌙 #EidMubarak",
], category="learning")

# --- children not on the roster (plainly children), and famous people and characters
N = "unknown_names"
many(N, "unknown", [
    "Bartosz and Lena made a brilliant Easter basket for the Polish club raffle.",
    "Saanvi told Reception what each colour means at Holi, and they listened so well.",
    "Gurleen and Harjot led the Vaisakhi assembly with a bhangra dance.",
    "Khadija brought dates to share with Year 4 on the last day of Ramadan.",
    "Adwoa and Kwabena sang a Ghanaian song at the spring concert.",
    "Chukwuemeka ran the fastest 60m sprint in Year 3 at sports day!",
    "Mingyu built a paper boat that floated the longest in the science challenge.",
    "Niamh and Oisín brought soda bread in for St Patrick's Day.",
    "Struan played the bagpipes for the Year 6 leavers' assembly. What a sound!",
    "Freya and Arthur were the first to spot the frogspawn in the Forest School pond.",
    "Reyansh read 40 books for World Book Day month, a new school record.",
    "Yasmin and Zayn raised £65 for Red Nose Day with a cake sale.",
], category="celebration")
many(N, "unknown_voc", [
    "Saoirse, you left your swimming bag on the coach - Mrs Lane has it safe.",
    "Folake, what a star you've been in your first week with us in Year 2!",
    "Brilliant, Kacper! Your first goal for the school team ⚽",
    "Good luck tomorrow Tariq, we know you will be amazing in the show!",
], category="celebration")
many(N, "full", [
    "Ngozi Eze-Williams of Year 5 won the Chester young writers' prize.",
    "Congratulations to Hamish Grant in Year 4 on his junior park run medal.",
], category="celebration")
many(N, "pass", [
    "Year 6 read extracts from Kensington Palace's Queen Victoria exhibition guide.",
    "Year 4 are reading The Boy at the Back of the Class by Onjali Q. Raúf.",
    "Year 2 met the Very Hungry Caterpillar's creator, Eric Carle, through a video archive.",
    "Year 5 learnt about Walter Tull, the footballer and First World War officer.",
    "Year 3 drew Anansi the spider after hearing three of his West African tales.",
    "World Book Day favourites: Mr Stink, the Worst Witch, Pippi Longstocking and Paddington.",
    "Year 1 followed Little Red Riding Hood's route through our Forest School woods.",
    "Year 6 compared Shakespeare's Macbeth with the graphic novel version.",
    "Year 5 studied Guru Nanak's teachings and the meaning of langar for Vaisakhi.",
    "Year 4 learnt about Saint Patrick and Saint David and their feast days in March.",
    "Year 2 watched Rapunzel and wrote a new ending where she rescues the prince.",
    "Year 3 researched Ada Lovelace and wrote their first algorithms.",
    "Marvellous Mary Poppins songs filled the hall at our KS1 music afternoon.",
    "Year 6 heard how Sir Mo Farah trained for the London Marathon.",
    "Year 5 learnt how Noor Inayat Khan worked as a secret radio operator in occupied "
    "Paris.",
    "Year 1 loved Room on the Broom - the witch, the cat and the dragon were all acted out!",
], category="learning")

# --- targeted content without a name, and messages to a class or year group
T = "targeted"
many(T, "describe", [
    "Only one boy in 2B read every alien word right in the phonics check - superstar!",
    "We're so pleased to have a new Year 4 classmate this term, just arrived from Ukraine.",
    "There's a birthday girl in 5A turning 10 today, so it's cake at lunch!",
    "The Year 3 girl who fainted at sports day is fine now, thank you for all your messages.",
    "To the Year 6 boy who forgot his lines at the production: you were still brilliant.",
    "Congratulations to the youngest child in Reception, who swam a whole width today.",
    "Our new boy in 1B, who has just come from Afghanistan, played football with everyone.",
    "The child in 4A whose dad is in hospital has been so brave this week ❤️",
    "A special mention for the only Year 5 girl who finished the Three Peaks walk.",
    "The Year 2 twins whose mum works at the hospital organised a cake sale for the NHS.",
], category="celebration")
many(T, "voc", [
    "Hamza, please bring your swimming kit tomorrow - last lesson of the year!",
    "Eilidh, your sun hat is in the Year 4 cloakroom 👒",
    "Oliver, remember your lines for Thursday's dress rehearsal!",
    "Aadhya, your reading book is overdue - pop it back to the library please.",
], category="reminder")
many(T, "pass", [
    "Year 6, don't forget your Wembley trip letters by Friday!",
    "Year 3: hats, sun cream and a full water bottle each day this week please, it's going "
    "to be 30°C.",
    "Reception, it's muddy out there: spare socks and wellies for tomorrow's woodland "
    "session please!",
    "5B, your Easter holiday homework is on Google Classroom.",
    "Year 1, don't forget your Easter bonnets on Friday 27 March!",
    "Year 4, swimming starts again on Monday - bring a towel and goggles.",
    "Year 2 and Year 3: sports day practice is on the field after lunch.",
    "Well done to every Year 6 pupil for such a fantastic leavers' production.",
    "Eid al-Adha is next week: wishing a happy festival to every family who celebrates.",
    "Thank you to every child who wore a red nose for Comic Relief today.",
    "Year 5, remember to pack a torch and a teddy for the residential!",
    "Fingers crossed for our cricket squad in tomorrow's county cup final!",
    "All Year 6 pupils: transition day kit list is in your book bags tonight.",
    "Welcome to all the new families who visited at our Reception open morning.",
], category="reminder")

# --- photos
P = "photos"
ALT = "Several pupils from the class smiling at the camera during the activity"
for text, pupils, faces, kind in [
    ("Year 4 at the summer fair tombola stall.", ["Hope Mensah", "Grace Pearson"], 2, "pass"),
    ("Year 1's Easter bonnet parade 🐰", ["Daisy Whitehead", "Archie Scott",
                                         "Temitope Ajayi"], 3, "pass"),
    ("Year 3 on the Forest School tyre swing.", ["Poppy Marsh", "Jack Cooper"], 2, "pass"),
    ("Year 5 ready for their Llandudno residential!", ["Rose Kowalczyk", "Theo Ward"], 2,
     "pass"),
    ("Year 2 celebrating Holi with coloured chalk.", ["Summer Okoye", "Lily Green"], 2,
     "pass"),
    # Joy's parents refused consent; Ruby's was withdrawn.
    ("Year 6 at the leavers' disco 🪩", ["Joy Adeleke", "Mark Dempsey"], 2, "no_consent"),
    ("Year 5 handing out Eid sweets.", ["Ruby Osei", "Iman Saleh"], 2, "no_consent"),
    # Blessing and Maryam have no consent on record.
    ("Year 4 learning to swim at Northgate.", ["Blessing Eze"], 1, "no_consent"),
    ("Year 5's Red Nose Day bake sale.", ["Maryam Al-Sayed", "Will Baker"], 2, "no_consent"),
    # Filip's parents refused; Ella's consent ran out in August 2025.
    ("Year 2 egg rolling down the hill for Easter.", ["Filip Dąbrowski"], 1, "no_consent"),
    ("Year 3 sports day sack race!", ["Ella Morris", "April Sandhu"], 2, "no_consent"),
    # Yousef's consent excludes his face; Kwame's covers group photos only.
    ("Year 6 at the SATs breakfast club.", ["Yousef Nasser", "Hazel Kirby"], 2, "no_consent"),
    ("Up the climbing wall at Llandudno - day one!", ["Kwame Asante"], 1, "no_consent"),
    # More faces than pupils tagged, or faces on a photo tagged with nobody.
    ("Year 2 at the strawberry farm 🍓", ["Jay Parsons"], 4, "faces"),
    ("Sports day tug of war!", ["Daniel Reid", "Alfie Roberts"], 6, "faces"),
    ("Year 4 planting the allotment.", [], 3, "faces"),
    ("Reception's first swimming lesson.", ["River Knight", "Holly Fletcher"], 5, "faces"),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=ALT)], category="learning")
add(P, "pass", "The whole of Year 5 at the top of the Great Orme!", category="residential",
    photos=[photo(["Kwame Asante", "Theo Ward", "Rose Kowalczyk", "Maja Kaczmarek"], 4,
                  group=True, alt="Year 5 pupils together on a grassy hilltop")])
add(P, "pass", "Our Year 6 leavers' mural is finished and looks stunning.", photos=[WORK],
    category="learning")
add(P, "pass", "Year 3 planting seed potatoes in the allotment (hands only!).",
    category="learning",
    photos=[{"pupils": ["Yousef Nasser"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "Muddy hands pushing a seed potato into the soil"}])
add(P, "unid_no_consent", "Year 2 decorating Easter eggs, seen from above 🥚",
    category="learning",
    photos=[{"pupils": ["Filip Dąbrowski"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "Hands painting a boiled egg with stripes"}])
add(P, "unid_no_consent", "Year 4 pond dipping at Forest School, from behind.",
    category="learning",
    photos=[{"pupils": ["Blessing Eze", "Hope Mensah"], "no_identifiable_pupils": True,
             "faces": 0, "alt_text": "Two children crouching at a pond, seen from behind"}])
for text, alt in [
    ("Our governors on their summer learning walk.",
     "Four governors standing in the school corridor"),
    ("Staff netball team vs the parents: the staff lost 9-4!",
     "Seven adults in bibs on the netball court"),
    ("Thank you to author Sita Brahmachari for visiting on World Book Day.",
     "The visiting author signing books at a table"),
    ("Mrs Hope Whitfield's retirement party in the staffroom 🎉",
     "Staff raising glasses around a cake"),
    ("The PTA summer fair team ready for the gates to open!",
     "Six adults in matching T-shirts behind a stall"),
]:
    add(P, "adults_photo", text, photos=[{"pupils": [], "adults_only": True, "faces": 6,
                                          "alt_text": alt}])

# --- personal data: phone numbers and e-mails however written, home addresses, a child's
# medical or family detail; and the school's own contacts, helplines and ordinary numbers
PDF = "personal_data"
many(PDF, "contact", [
    "Summer fair cake donations - text Leanne on 07700 900 372 🍰",
    "Spare Easter bonnet materials? Call Nadia on 07700.900.615.",
    "Sports day volunteers, ring Steve: 0161-496-0287. Thankyou!",
    "Leavers' hoodie queries to hoodies dot y6 at gmail dot com please!",
    "Eid party pictures welcome! aunty.rukhsana [at] yahoo [dot] co [dot] uk 📸",
    "Residential kit swap: email kitswap (at) outlook (dot) com.",
    "Tombola prizes: message the PTA on pta.rowan{at}hotmail{dot}co{dot}uk",
    "Lost a water bottle at swimming? Gemma has it - 07 700 900 148.",
    "Prom tickets are £5 - Kerry is taking names on WhatsApp, +44 7700 900 533.",
    "Allotment helpers needed! Email  mr.green @ btinternet . com",
    "Coach to the zoo is full - any queries Dean on oh-seven-seven-double-oh 900 764.",
    "Leavers' book photos to sarah_p_1984 AT icloud DOT com by Friday!",
])
many(PDF, "address", [
    "The Year 6 leavers' party is at 42 Larch Grove, Upton, CH2 1QX from 5pm.",
    "Spare uniform collection at 7 Dee Banks, Chester, on Saturday morning.",
])
many(PDF, "full", [
    "Please be aware that Aadhya Nair in 2A has a severe nut allergy - no nuts at the fair!",
    "Get well soon Ruoxi Yang, who had her operation at Alder Hey this week 💐",
], category="news")
many(PDF, "describe", [
    "The Year 4 boy with epilepsy will need a staff member beside him at the swimming gala.",
    "The Reception girl whose parents have just separated would love a friend at "
    "playtime.",
], category="news")
add(PDF, "pass", "Sports day cancelled if it rains - the office on 01244 390 123 will confirm "
    "by 8am.", contacts=SCHOOL)
add(PDF, "pass", "Residential medical forms to office@highfield.cheshire.sch.uk by 1 May "
    "please.", contacts=SCHOOL)
many(PDF, "pass", [
    "Worried about a child? NSPCC: 0808 800 5000, or Childline for children on 0800 1111.",
    "If you are struggling, Samaritans are free on 116 123, any time.",
    "Text SHOUT to 85258 for free, confidential support 24/7.",
    "Had a suspicious text about school dinners? Report it to Action Fraud: 0300 123 2040.",
    "In the heatwave, if a child seems unwell and it isn't an emergency, call NHS 111.",
    "SATs run from Monday 11 May; Year 6 can come in from 8.15am for toast and juice.",
    "Final summer fair total: £3,184.60, which pays for the new outdoor reading shed!!",
    "Sports day results: Red 412, Blue 398, Green 377, Yellow 365 🏆",
    "Multiplication tables check: Year 4 will take it in the week of 8 June, five at a time.",
    "Term ends at 1.30pm on Tuesday 21 July; autumn term starts on Wednesday 2 September.",
    "Swimming costs £2.50 a week, payable on ParentPay by 20.04.26.",
    "The Year 5 relay team ran the 4 x 100m in 61.3 seconds!",
    "Red Nose Day total: £512.35 across 14 classes.",
])

# --- tone aimed at people, and sad or dramatic words that are not
TO = "tone"
many(TO, "insult", [
    "Embarassing behaviour from Year 5 at Chester Zoo - a disgrace to the school.",
    "Sports day equipment isn't a climbing frame - some parents were clueless today.",
    "St Mary's team were sore losers and their coach was a complete idiot.",
    "Whoever designed the SATs reading paper must be a moron.",
    "The lazy parents who never read the newsletter can stop complaining about dates now.",
    "Year 6's leavers' rehearsal was pathetic - embarrassing to watch.",
])
many(TO, "negative", [
    "The agency sent 3B a supply teacher who couldn't control a goldfish.",
    "Cracking news from the council (not): no crossing patrol all summer.",
    "The Ofsted team spent two days here and still got it wrong. Typical.",
    "Well done to the parent who parked across the gate again - really clever 👏",
    "Thanks a lot, coach company, for turning up an hour late. Superb service as always.",
    "What a farce of a decision to cancel swimming lessons with a week's notice.",
    "Some families clearly think term dates are optional.",
    "Apparently the academy down the road thinks it can poach our Year 6 footballers.",
])
many(TO, "pass", [
    "Sadly sports day is postponed because of the thunderstorm warning. New date to follow.",
    "It is with a heavy heart that we say farewell to Biscuit, our school cat, who has moved "
    "house.",
    "Year 5 learnt about the terrible famine in Ireland in the 1840s.",
    "Unfortunately the swimming pool heating has broken, so lessons are cancelled this week.",
    "Year 1's Hansel and Gretel had a cackling witch and a very sticky gingerbread house!",
    "We lost 4-2 in the final, but what a season our footballers have had.",
    "Year 6 debated whether homework should be banned, with strong views on both sides.",
    "Our thoughts are with the Afghan families in our community after the earthquake.",
    "It was a tough, hot day at the athletics, and every child kept going.",
    "Please be patient in the car park at pick-up; it is very busy during the fair.",
    "Year 3 wrote angry letters from the troll to the three billy goats gruff.",
    "Hay fever season is here: tell the office if your child needs antihistamines.",
])

# --- text speak, and school abbreviations and short words that are not
TX = "text_speak"
many(TX, "text_speak", [
    "Gr8 sports day evry1! C u at the fair on Sat 😎",
    "Thx 4 all the Red Nose Day money - u r amazing!",
    "Pls send a hat 2day, it's boiling ☀️",
    "Year 6 leavers disco was epic lol, pics l8r #gr8nite",
    "Soz, swimming is off 2moro #notagain",
    "Ur Easter egg hunt clues r in the playground!",
    "Wot a day at the zoo! Tnx Year 2 #b4ever",
    "Brill SATs week, proud of u all xx",
    "Eid Mubarak 2 all our families! #eid4all 🌙",
])
many(TX, "pass", [
    "KS2 sports day is in the morning and KS1 in the afternoon.",
    "Y6 SATs scaled scores come back on 7 July; teachers will explain them at the drop-in.",
    "The granthi from the local gurdwara showed Y3 how the Guru Granth Sahib is cared for.",
    "PE kits need to be in school every day this half term for athletics.",
    "PTA AGM: new treasurer and secretary wanted, Tuesday 9 June, 6.30pm in the library.",
    "The SENCo's transition meetings for Y6 start after half term.",
    "EYFS sports day is on Friday morning on the small field.",
    "The MTC for Y4 is completed on the iPads in small groups.",
    "Year 6 learnt about Ur, the ancient city of Mesopotamia, in history.",
    "Our trip to Rhyl Sun Centre leaves at 9am sharp.",
    "Year 2 had a visit from the RSPB and the NHS dental team on the same day!",
    "DT this term: Year 5 are making moving Easter cards with levers and sliders.",
])

# --- presets: what each seed allows and forbids, spelling, replies and posting hours
PR = "presets"
add(PR, "initials", "Great Easter poems from MK (5A) and JM (5B)!", category="learning")
add(PR, "initials", "Sports day golden trainers go to ZA and MD in 6A 👟", category="celebration")
add(PR, "initials", "Star of the week in 1A: TA, for trying so hard with her phonics.",
    category="celebration")
add(PR, "initials_unid", "ZK in 3B painted this Easter egg with a tiny brush 🥚 (hands only).",
    category="learning",
    photos=[{"pupils": ["Zuzanna Kamińska"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child's hands painting a pattern on an egg"}])
add(PR, "initials_unid", "Holi hand prints by AN - only hands in shot!",
    category="learning",
    photos=[{"pupils": ["Aadhya Nair"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "Two small painted hands printing on paper"}])
add(PR, "initials_photo", "Look at CO's fantastic Eid lantern!", category="learning",
    photos=[photo(["Chiamaka Obi"], 1, alt="A girl holding a paper lantern")])
add(PR, "initials_photo", "Sports day 800m champion: HK in 6B 🥇", category="celebration",
    photos=[photo(["Hazel Kirby"], 1, alt="A girl with a gold medal on the track")])
add(PR, "opinion", "We honestly think this year's leavers are the most talented year group "
    "ever.", category="news")
add(PR, "opinion", "In my view, our summer fair is the best in the whole of Chester!",
    category="news")
add(PR, "text_speak", "Leavers' assembly = gr8! Thx 2 every1 who came.", category="news")
many(PR, "typo", [
    "Reminder: the Reception sports day picnic is on Wendesday; blankets welcome.",
    "Year 3 have been learning about the life cycle of a butterfy this week.",
    "Our Easter raffle will be drawn in assembly on Thurday afternoon.",
    "Year 6 will recieve their high school transition packs on Monday.",
], category="news")
add(PR, "reply", "Aww, thank you! The cast will be thrilled to hear it 💙",
    reply_to="https://x.com/grandma_pat/status/1931000000000000000")
add(PR, "reply", "Yes, the fair is still on if it drizzles - see you there!",
    reply_to="https://x.com/mumof3chester/status/1940000000000000000")
add(PR, "weekend", "Our cricketers are off to the county festival at Boughton Hall this "
    "morning - good luck! 🏏",
    when="2026-05-09T09:40:00+01:00")
add(PR, "weekend", "Reminder: Year 5 residential bags need to be packed by tomorrow morning!",
    when="2026-06-14T16:20:00+01:00")
add(PR, "weekend", "Well done to everyone who came to the Year 6 production tonight.",
    when="2026-07-02T21:05:00+01:00")
add(PR, "weekend", "Heat warning today: please apply sun cream before school.",
    when="2026-06-23T07:10:00+01:00")
add(PR, "pass", "Curtain up on night two of Oliver! - the Year 6 cast are ready.",
    when="2026-07-02T18:50:00+01:00", exception="event",
    exception_reason="Live update from the Year 6 production evening")
add(PR, "pass", "Day three at Llandudno: beach games done, everyone fed and happy!",
    when="2026-06-13T19:15:00+01:00", category="residential", exception="event",
    exception_reason="Evening update from the Year 5 residential")
add(PR, "pass", "School is closed today: a burst water main has cut off the supply.",
    when="2026-04-25T07:00:00+01:00", category="urgent", exception="urgent",
    exception_reason="Water supply failure reported at 6.40am")
add(PR, "pass", "Year 5, don't forget your residential kit list - bags in by Monday!",
    category="reminder")
add(PR, "pass", "Year 2, remember to bring your Mother's Day cards home tonight 💐",
    category="reminder")

# --- one fact, one finding
ONE = "one_fact"
for text, pupils, kind in [
    ("Kofi with his sports day trophy! 🏆", ["Kofi Boateng"], "first_photo"),
    ("Aoife receiving her St Patrick's Day poetry prize.", ["Aoife Brennan"], "first_photo"),
    ("Here's Xinyi with her Easter bonnet.", ["Xinyi Liu"], "first_photo"),
    ("Lachlan showing off his first swimming badge!", ["Lachlan Munro"], "first_photo"),
    ("Zihan and his amazing Vaisakhi kite design.", ["Zihan Huang"], "first_photo"),
    ("Isabelle collecting the Year 2 reading cup.", ["Isabelle Foster"], "first_photo"),
    ("Ibrahim Darwish with his Eid card competition prize.", ["Ibrahim Darwish"], "full_photo"),
    ("Elizabeth Carter and Amira Khalil, our new eco-councillors.",
     ["Elizabeth Carter", "Amira Khalil"], "full_photo"),
]:
    add(ONE, kind, text, photos=[photo(pupils, alt="A pupil smiling with a certificate")],
        category="celebration", one=True)
for text, kind in [
    ("Lovely to see you smiling again today Tobenna, a much better week.", "voc"),
    ("Well done Ella, you stayed calm all through the trip today.", "voc"),
    ("Freddie Cole has been picked for the Cheshire under-11 cricket squad.", "full"),
    ("Rose Kowalczyk sang the solo at the Easter service.", "full"),
]:
    add(ONE, kind, text, one=True, category="celebration")
many(ONE, "pass", [
    "All sports day ribbons go home in book bags on Monday.",
    "Every child who swims 25 metres this term will get a certificate.",
], category="celebration")

# --- more of the summer term: names with photos, further names, and ordinary posts
add(P, "first_photo", "Lovely Easter garden made by Poppy in 3B!", category="learning",
    photos=[photo(["Poppy Marsh"], 1, alt="A girl kneeling beside a tray garden of moss")])
add(P, "initials_photo", "JC's sunflower is taller than him! 🌻", category="learning",
    photos=[photo(["Jack Cooper"], 1, alt="A boy standing next to a tall sunflower")])
add(P, "full_photo", "Anaya Shah crossing the line at the Holi colour run 🌈",
    category="celebration",
    photos=[photo(["Anaya Shah"], 1, alt="A girl covered in coloured powder, running")])
many(N, "unknown", [
    "Zixuan and Yuhan taught Year 1 to make paper lanterns for the Dragon Boat Festival.",
    "Aleksandra wrote the best persuasive letter about saving the school pond.",
], category="celebration")
add(N, "unknown_voc", "Haoyu, we loved your swimming gala race - what a finish!",
    category="celebration")
many("targeted", "pass", [
    "Year 2 practised crossing the road safely with the road safety team: stop, look, listen!",
    "Every Year 6 pupil has now visited their new secondary school. Good luck, leavers!",
], category="learning")
many("word_names", "pass", [
    "The summer reading challenge at the library starts in July - pick up a card at the desk.",
    "Year 1 sang Five Little Speckled Frogs and Row, Row, Row Your Boat at their river walk.",
    "Our harvest of broad beans and rhubarb from the allotment went home with Year 4.",
], category="learning")
many("photos", "pass", [
    "Forest School this week: a hedgehog house, a bug hotel and a very proud bunch of "
    "gardeners.",
])


def main() -> None:
    write_corpus(CASES, GROUPS, "heldout6_corpus.jsonl")


if __name__ == "__main__":
    main()
