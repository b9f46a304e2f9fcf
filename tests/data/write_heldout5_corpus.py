"""Writes heldout5_corpus.jsonl: a sixth labelled corpus, set in the autumn and winter terms of a
primary school (harvest, Black History Month, Bonfire Night, Remembrance, Children in Need,
Advent, the nativity, Christmas jumper day, pantomime trips, snow closures, Burns Night, Lunar New
Year, Safer Internet Day, parents' evenings, flu vaccinations, clubs, the Year 6 residential, new
staff and visitors), written by hand from the five seed policies and from how busy staff really
post (informal, typos, emoji, hashtags, line breaks), before the engine saw any of it, against
the same roster as the other held-out corpora (heldout_roster.json). No sentence is taken from
the engine's output or rephrased from an earlier corpus. The expected verdict per preset follows
the KINDS table of write_heldout_corpus.py (each seed's clauses); the cases cover the twelve
families of the third held-out corpus, with one kind added here ("slip", below). A benign
sentence with a spelling slip is judged only under the presets with no grammar clause (Droxford,
Unsworth, Forefield), since Highfield and Carlton ask for grammatically correct posts.

    .venv/bin/python tests/data/write_heldout5_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

from itertools import cycle

from write_heldout_corpus import (
    ALL,
    CN,
    EITHER,
    KINDS,
    WORK,
    adder,
    many_of,
    photo,
    write_corpus,
)

D, H, C, U, F = ALL
# A one-letter slip in a distinctive roster name, or a pet form of a roster name that nobody
# entered as known-as: most likely that pupil (the name's severity), possibly another child (the
# unknown-name question). Where those differ (Droxford, Forefield) either verdict is right.
KINDS.setdefault("slip", {D: (EITHER, CN), H: ("warn", CN), C: ("warn", CN), U: ("pass", None),
                          F: (EITHER, CN)})
NO_GRAMMAR = (D, U, F)  # the seeds with no "grammatically correct" clause

# Term-time weekday moments inside 8am-6pm, September to February (none used before).
WHEN = cycle([
    "2026-09-09T10:10:00+01:00", "2026-09-24T14:35:00+01:00", "2026-10-06T09:05:00+01:00",
    "2026-10-21T15:50:00+01:00", "2026-11-05T11:25:00+00:00", "2026-11-19T13:40:00+00:00",
    "2026-12-01T16:15:00+00:00", "2026-12-15T10:55:00+00:00", "2026-01-20T12:30:00+00:00",
    "2026-01-29T08:40:00+00:00", "2026-02-10T14:10:00+00:00", "2026-02-24T17:05:00+00:00",
])
# Each preset judges an ordinary post three times in five.
TRIPLES = cycle([(ALL * 2)[i:i + 3] for i in (2, 0, 4, 1, 3)])
CASES: list[dict] = []
GROUPS: list[list[dict]] = []

add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout5")
many = many_of(add)
SCHOOL = ["01244 390 123", "office@highfield.cheshire.sch.uk"]

# --- roster names, plainly children: first, full, surname, possessive, known-as, addressed
NM = "names"
many(NM, "first", [
    "Harvest update!! Kofi carried the biggest box of tins up to the altar 🍎🥫",
    "Tahmid explained the meaning of Remembrance to Year 3 so clearly this morning.",
    "Ruoxi's lantern for Lunar New Year is hanging in the entrance hall - go and look!",
    "Freddie was a brilliant innkeeper in the KS1 nativity, he didn't miss a single line.",
    "Aadhya has raised £45 for Children in Need by selling her own bracelets.",
    "Lachlan piped us into the hall for our Burns Night assembly 🏴",
    "Ibrahim finished the Advent reading calendar with 24 books read!",
    "Mo kept the whole class laughing on the coach to the panto.",
    "Tobi was first to spot the fireworks safety mistakes in our Bonfire Night quiz.",
    "Dami read his Black History Month speech about Walter Tull to the whole school.",
    "Archie and Harry have been chosen as our new eco-councillors for 2B and 1A.",
    "Simran's poppy collage is going to the Royal British Legion display in town.",
], category="celebration")
many(NM, "full", [
    "Congratulations to Ayaan Chaudhry, our Year 4 winner of the Safer Internet Day poster "
    "comp!",
    "Maja Kaczmarek has been picked for the county girls' cross-country team ❄️🏃‍♀️",
    "A big cheer for Isabelle Foster, who sang solo at the Christingle service.",
    "Oliver Bennett wins the Year 3 conker championship for the second year running!",
    "Well done Layla Mansour & Amira Khalil for leading the Lunar New Year dragon!",
    "Our Bonfire Night poetry prize goes to Thomas Hargreaves in 3B.",
], category="celebration")
many(NM, "surname", [
    "Top scorer at the Year 6 quiz night: Mansour, with 48 points!",
    "Best harvest scarecrow in 1A goes to... Scott!",
    "The pantomime raffle was won by Robertson in 3C. Enjoy the hamper!",
    "Quickest on the Burns Night quiz buzzer: Campbell, 5A.",
], category="celebration")
many(NM, "voc", [
    "Happy birthday Freddie!! Hope your snowman cake was as good as it looked 🎂⛄",
    "Fab work on your Diwali story Anaya, Mrs Kaur loved it!",
    "Archie, 1A have made you a giant card, get better quick xx",
    "Alfie - what a save in the last minute!! We're all so proud of you.",
], category="celebration")
many(NM, "pass", [
    "Year 1 have been counting conkers, pine cones and acorns in maths this week 🌰",
    "Our harvest assembly is on Friday 2 October at 9.15am in the hall. All welcome!",
    "KS1 nativity rehearsals are in full swing... costumes home next week please!",
    "Year 5 made their own Anderson shelters from card for our WW2 topic.",
    "Black History Month: every class has chosen a British hero to research this October.",
    "Year 2 wrote thank-you letters to the crossing patrol for keeping them safe all winter.",
    "Sparkly, knitted, a few with flashing lights: jumper day made £287 for Save the Children!",
    "Year 3 tried haggis, neeps and tatties at lunch for Burns Night. Mixed reviews 😂",
    "Year 4 made paper lanterns and learnt about the Year of the Horse.",
    "Reception tried the climbing frame in the hall for the first time today. So many smiles!",
    "Flu nasal spray vaccinations for Reception to Year 6 are on Tuesday 6 October.",
    "Year 6 parents: residential kit lists are in bags tonight.\n\nAny questions, pop in!",
])

# --- words that are also pupils' names: ordinary words, and the same words as children
W = "word_names"
many(W, "pass", [
    "Autumn has arrived! Year 2 went leaf-printing on the field this afternoon 🍂🍁",
    "Our Poppy Appeal tuck shop runs all week; poppies, wristbands and pencils are 50p.",
    "Year 5 are learning the Robert Burns poem A Red, Red Rose for Burns Night.",
    "Joy to the World opens our carol concert on Tuesday 15 December at 2pm.",
    "The Holly Bears class have won the attendance cup for November!",
    "Hazelnuts, hawthorn berries and rosehips: Year 1's autumn nature table is filling up.",
    "Please send your child in wellies and a warm coat; Jack Frost has been busy on the field!",
    "Jack and the Beanstalk at the Storyhouse was magic. Oh yes it was!",
    "Year 3 carved jack-o'-lanterns from turnips, the way it was done in old Ireland.",
    "May we remind families that the car park is staff only during the nativity.",
    "Will all Year 6 residential forms be back by Friday? Fingers crossed!",
    "Hope the half term was restful! Doors open at 8.40 on Monday 2 November.",
    "Grace Darling's rescue was the story behind Year 2's winter storm paintings.",
    "Year 4 learnt Amazing Grace on the ukulele for our Black History Month concert.",
    "The Amber weather warning for snow means buses may be late tomorrow. Check the "
    "website from 7am.",
    "Our reading corner is now Daisy's Den, after the cow in the Year 1 farm story.",
    "Year 6 are reading Matilda for Roald Dahl Day on 13 September.",
    "Term ends at 2pm on Friday 18 December, a long run-up to Christmas Eve!",
    "Year 3 drew the night sky on Bonfire Night, with rockets, sparklers and the moon.",
    "Sponsored walk total: 312 miles walked by the whole school for Children in Need!",
    "Hunter wellies in a size 13 have been left in the Reception cloakroom.",
    "The river at Grosvenor Park was frozen at the edges on our winter walk ❄️",
    "Noah's ark, Daniel and the lions and Jonah and the whale: Year 2's RE storyboards are "
    "up.",
    "St Mark's church hall is the venue for our Christmas lunch this year.",
    "The Florence Nightingale ward at the Countess of Chester thanked us for our cards.",
    "Year 5's Eve of Remembrance vigil poems will be read at the war memorial.",
    "Advent blessing this morning from the vicar, with a candle lit for each week.",
    "Thank you for the precious time you give to hear readers every week, volunteers!",
    "Summer-born children can defer their Reception start; come to our talk on 12 November.",
    "The Ruby Class Christmas play is on Monday at 2pm; tickets from the office.",
    "Year 4 studied the Mary Rose and made Tudor ship models from junk.",
    "Faith leaders from the mosque, the gurdwara and St Peter's joined our peace assembly.",
    "New Year's Day is a Friday, so we are back on Tuesday 5 January. Happy New Year!",
    "Lily pads, frogspawn and reeds: the Year 2 pond model is ready for spring.",
    "Mason Moor allotments have donated pumpkins for our harvest soup!",
    "The Robin Hood panto trip for KS2 leaves at 12.30 sharp on Wednesday.",
    "Christmas cards with a robin design can be ordered from the PTA until 6 November.",
    "Year 1 heard a jay screeching in the oak tree on their autumn walk.",
    "A little bit of joy in a grey January: Reception made a snowman in the playground.",
    "The theme of this year's Black History Month assembly is Hope and Heritage.",
    "Year 6 planted a row of ivy and holly hedging along the back fence.",
    "In RE Year 3 heard how Mark the Evangelist wrote the shortest gospel.",
    "April showers came early! Forest School moves to the hall this afternoon.",
])
many(W, "first", [
    "Ivy found the hidden elf in our Advent trail before anyone else!",
    "Amber scored the winning goal in the Christmas five-a-side tournament.",
    "Daniel played Joseph so kindly in the nativity, he held Mary's hand the whole way.",
    "Faith and Precious baked jollof rice for our Black History Month food fair.",
    "Autumn got full marks in the Remembrance spelling test this week.",
    "Robin and Hunter have been picked for the county chess squad.",
    "Miles ran the whole Children in Need sponsored mile dressed as Pudsey!",
    "Sky spotted the first snowdrop in the wildlife garden this week.",
    "Poppy laid the school's wreath at the cenotaph on Remembrance Sunday.",
    "Mark and Jay designed our new Safer Internet Day poster for the ICT suite.",
    "Rose made the most beautiful Christingle in 5A.",
    "Florence read her Bonfire Night poem in assembly and got a round of applause.",
    "Grace and Hope built a brilliant Lego model of the Houses of Parliament.",
    "Summer was chosen as the Year 2 angel Gabriel for the nativity this year.",
], category="celebration")
many(W, "voc", [
    "Happy birthday May, we hope 1A's party was super!",
    "Thank you Will, you were a star helping the Reception children with their coats.",
    "Well done to Joy for a fab performance at the carol concert!",
    "Brilliant effort in the snow today Holly, you never gave up!",
], category="celebration")

# --- adults with titles and roles (surnames shared with pupils), and the school's own staff
A = "adults"
many(A, "pass", [
    "Thank you to Mrs Okonkwo for bringing the Nigerian fabrics for our Black History Month "
    "display.",
    "Mr Boateng from Chester Fire Station gave Year 2 a firework safety talk before Bonfire "
    "Night.",
    "Dr Akhtar, our local GP, helped Year 6 understand how the flu vaccine works.",
    "Christingle service on Thursday at 2pm, led by Rev Mensah - all welcome at St Peter's.",
    "Imam Iqbal from Chester Mosque spoke to Year 4 about charity and zakat.",
    "Rabbi Cohen visited Year 3 with a menorah and told the story of Hanukkah.",
    "PC Brennan talked to Year 5 about staying safe on dark winter evenings 🔦",
    "Coach Fisher's Saturday football club restarts after the Christmas break.",
    "Our caretaker Mr Young gritted the paths at 6am so we could stay open. Legend!",
    "PTA chair Jo Parsons is looking for elves to help at the Christmas grotto.",
    "Visiting author Sita Brahmachari signed books for Year 6 in the library.",
    "A warm welcome to Mr Nowicki, who is teaching Year 5 this term.",
    "Mrs Adeyemi has been in to see every class's harvest display today.",
    "Daniel Brooks will be running the after-school hockey club on Tuesdays.",
    "Siân Walsh is collecting shoeboxes for the Christmas appeal in the staffroom.",
    "Hope Whitfield is organising the KS2 Christmas lunch seating plan; please send "
    "dietary notes.",
    "Thank you to Gareth Lloyd for running the chess club's winter tournament.",
    "Mrs Kaur has kindly offered to lead the Diwali dance club on Wednesdays.",
    "Nurse Campbell from the school nursing team is in on Tuesday with the flu spray.",
    "Lollipop man Mr Stewart will be wearing his Christmas hat all December! 🎅",
    "Councillor Grace Fisher presented the Eco-Schools green flag this morning.",
    "Mr Mark Dempsey, Chester's town crier, opened the Christmas fair in style.",
    "Father O'Neill blessed the crib at St Werburgh's with Year 2 watching.",
    "Our new SENCo, Miss Drummond, is holding a drop-in on Thursday after school.",
    "Grandma Hill showed Year 1 how to make mince pies. Delicious!",
    "Olympian Jade Jones visited KS2 and told us about taekwondo and resilience.",
    "Dr Florence Reid from the university showed Year 5 how snowflakes form.",
])
many(A, "first", [
    "Mrs Lane and her daughter Amber ran the tombola at the Christmas fair.",
    "Coach Fisher brought his son Miles to help with the tag rugby festival.",
    "Thank you to Dr Nasser, and to Yousef for translating the Arabic greetings.",
], category="celebration")
add(A, "full", "Our PTA chair and her son Freddie Cole wrapped 200 raffle prizes! 🎁",
    category="celebration")

# --- disguises: symbols, splits, hashtags, misspellings, pet forms
S = "disguises"
many(S, "full", [
    "Huge congratulations to #KofiBoateng on his swimming gala medals!",
    "Our Bonfire Night poem winner is #ishaanchopra 🎆",
    "Super harvest basket from Ayaan Chaud-\nhry in 4A.",
    "Congratulations to M h a i r i  R o b e r t s o n for her Burns recital!",
    "The Children in Need bake sale was all down to Simran.Dhillon - thank you!",
], category="celebration")
many(S, "first", [
    "Look at the amazing rangoli by Aa🌼dhya in 2A!",
    "Special mention to Kw@me for his Black History Month presentation.",
    "Lovely Advent calendar from Tah-\nmid in 5A!",
    "Brilliant snowman building by Lach_lan and the Reception buddies.",
    "What a Christingle from A.o.i.f.e! 🍊🕯️",
    "Fabulous poppy art by Z a i n a b in 6A.",
    "A big thank you to Eil💙idh for reading to the nursery today.",
    "Amazing panto costume designed by Ad*aeze!",
    "Star of the week in 4B: CHIAMAKA!!!",
    "Great work on the Lunar New Year fact file by Ru-oxi in 1B.",
], category="celebration")
many(S, "voc", [
    "Look who tied her own shoelaces today 😍 #welldoneoliwia",
    "#GoIsla at the county cross-country on Saturday! ❄️",
    "Amazing speech today!!! #ProudOfAntoni",
], category="celebration")
many(S, "slip", [
    "Chiamka helped the Year 1 children with their nativity costumes.",
    "Wiktorja read her Polish Christmas poem beautifully today.",
    "Mhari sang Auld Lang Syne on her own at our Burns Night assembly!",
    "Lachlon was the first to finish the Safer Internet Day quiz.",
    "Adaezi made a fantastic kente-pattern bookmark for Black History Month.",
    "Zuzia built the tallest snow castle on the field today.",
    "Majka brought pierniki for the whole class on St Nicholas Day.",
    "Izzy has been a wonderful shepherd in 2A's nativity rehearsals.",
    "Tilda's harvest prayer made everyone smile.",
    "Flo came first in the Year 3 bonfire safety poster contest.",
    "Danny scored the winning try at the tag rugby festival.",
    "Rosie and Beth organised the Children in Need cake stall together.",
    "Charlie and Freddy raced each other round the snowy field at lunch.",
], category="celebration")
many(S, "pass", [
    "Wrapped up for #BonfireNight safety week: sparklers only with a grown-up!",
    "#ChildrenInNeed spotty day is on Friday 13 November. Wear something spotty!",
    "Year 2 are #PoppyProud after making 120 felt poppies for the church.",
    "Fantastic turnout for our #HarvestSoup lunch! 🥣",
    "Tickets for the #KS1Nativity go on sale on ParentPay on Monday.",
    "Our #ChristmasJumperDay total is in... £302! Thank you!",
    "Snow day fun at home? Send your pics to the class page #snowday",
    "It's #SaferInternetDay - talk to your child about who they chat to online.",
    "Year 6 had the best time at #Kingswood2026! Back at 3pm Friday.",
    "Year 4 celebrated #LunarNewYear with dumplings and dragon dancing 🐉",
    "Our #BurnsNight ceilidh was full of Strip the Willow chaos! 🏴",
    "Reminder #fluspray letters are due back by Wednesday.",
], category="learning")

# --- names not on the roster (plainly children), and famous people and characters who are not
N = "unknown_names"
many(N, "unknown", [
    "Franciszek and Natalia brought in Polish Christmas wafers to share with Year 3.",
    "Reyansh explained how his family celebrates Diwali with rangoli and sweets.",
    "Zakariya read a poem about his grandad's medals in the Remembrance assembly.",
    "Oluwaseun and Abena performed a Ghanaian drumming piece at the harvest festival.",
    "Jiayi brought in red envelopes and explained why they are given at Spring Festival.",
    "Saoirse and Niamh won the Year 4 Christmas quiz by a single point.",
    "Ailsa recited To a Mouse for our Burns Night competition.",
    "Hiba and Rayyan made the best snow angels on the field 😂",
    "Oisín's Halloween pumpkin has won the Year 5 carving contest!",
    "Struan and Innes helped the caretaker clear the snow from the steps.",
    "Folake designed the cover for our Black History Month magazine.",
    "Wenjun won the under-9 table tennis tournament at the leisure centre.",
    "Margot and Ezra organised a toy collection for the children's ward.",
], category="celebration")
many(N, "unknown_voc", [
    "Happy 9th birthday Cillian, have the best day!",
    "Well done Ishaani, you were amazing as Mary!",
    "Get better soon Kwabena, we've saved you a Christmas cracker!",
], category="celebration")
many(N, "full", [
    "Róisín Gallagher from Year 5 has written to the Prime Minister about fireworks noise.",
    "Idris Rahimi won the junior section of the Chester Christmas card competition.",
], category="celebration")
many(N, "pass", [
    "Year 6 learnt about Walter Tull, the first Black officer in the British Army.",
    "Year 3 read The Snowman by Raymond Briggs and made their own snowmen comics.",
    "Year 2 heard the story of Guy Fawkes and the Gunpowder Plot of 1605.",
    "Our Black History Month heroes include Mary Seacole, Lewis Hamilton and Malorie "
    "Blackman.",
    "Year 5 read Wilfred Owen's poems for Remembrance and wrote their own.",
    "Reception's nativity stars Mary, Joseph, a very sleepy donkey and three kings.",
    "KS2 laughed all the way through Cinderella and the Ugly Sisters at the Gateway!",
    "Year 4 researched Robert Burns, Scotland's national poet, for Burns Night.",
    "Year 1 have been reading Stick Man by Julia Donaldson for our winter topic.",
    "Year 6 learnt how Tim Berners-Lee invented the World Wide Web for Safer Internet Day.",
    "Father Christmas will visit the PTA grotto on Saturday 5 December!",
    "Year 2 met Rudolph, Dasher and Blitzen in their reindeer counting game.",
    "Pudsey Bear came to assembly for Children in Need! 🐻",
    "Year 5 wrote diary entries as Anne Frank for Holocaust Memorial Day.",
    "Year 3 learnt how the Empire Windrush docked at Tilbury in 1948 for Black History Month.",
])

# --- targeted content without a name, and messages to a class that are allowed
T = "targeted"
many(T, "describe", [
    "Congratulations to the only girl in the Year 6 football team, who scored a hat-trick!",
    "3B have a new classmate who flew in from Kyiv at the weekend - he's settling in so well.",
    "Double figures today for one lucky girl in 5A - happy birthday from us all! 🎂",
    "The Year 2 girl who was poorly at the nativity is home and feeling much better.",
    "Our Year 4 boy whose dad is serving in Estonia got a video message at assembly!",
    "To the little one in Reception with the nut allergy: we've made you a special "
    "Christmas lunch!",
    "Well done to the tallest boy in 6B, who reached the top of the climbing wall first.",
    "The girl in 1A who has just come back after her operation is doing brilliantly.",
    "A lovely welcome to the Year 5 twins who have just moved here from Lagos.",
    "The only child in Year 3 who has read every night since September - you know who you "
    "are!",
    "To the boy in 4A who lost his grandad this month: we are all thinking of you.",
    "Our new Year 2 pupil from Hong Kong is already teaching friends Cantonese.",
], category="celebration")
many(T, "voc", [
    "Hamza, you left your gloves on the coach - they're in the office!",
    "Zihan, don't forget your lantern for the Lunar New Year parade tomorrow.",
    "Riya, Mrs Shah has your reading book, pop in at home time.",
    "Kacper... sorry, Jakub! Your violin is in Mr Nowicki's room 😂",
], category="reminder")
add(T, "unknown_voc", "Tadhg, your mum says your PE kit is at Nana's - don't worry!",
    category="reminder")
many(T, "pass", [
    "Year 6: sleeping bag, torch, wellies. Residential bags to the hall by 8.30 on Monday!",
    "Year 3, please bring a named coat and wellies every day this week, it's icy.",
    "Reception, your Christmas party is on Wednesday - party clothes welcome!",
    "5B: turkey or veggie roast? Lunch choices back to Mrs Lane by Friday please.",
    "Year 1: nativity costumes in a named bag on Monday, please!",
    "Year 4 and 5: flu spray forms need to be back by Thursday please.",
    "Every class knew every word at the carol rehearsal this morning. Goosebumps!",
    "Thank you to all the families who sent in harvest tins this week.",
    "Year 2, the snow is forecast to melt by Thursday, so PE will be outside again.",
    "New Reception families, it was lovely to meet you all at the gate this September!",
    "Year 6, your parents' evening slots are on the app now.",
    "KS2, your Black History Month assembly had the parents in (happy) tears 👏",
], category="reminder")

# --- photos: consent, faces nobody tagged, adults only, work only
P = "photos"
ALT = "A group of pupils taking part in the activity"
for text, pupils, faces, kind in [
    ("Year 2 with their harvest baskets! 🍎", ["Jun Li", "Summer Okoye"], 2, "pass"),
    ("Year 3's bonfire pictures and their artists.", ["Florence Ndlovu", "Hunter Young"], 2,
     "pass"),
    ("Christmas jumpers in 1A! 🎄", ["May Lin", "Archie Scott", "Lachlan Munro"], 3, "pass"),
    ("Year 4 on their Lunar New Year dragon.", ["Omar Haddad", "Ayaan Chaudhry"], 2, "pass"),
    ("Reception's first snow!", ["Holly Fletcher", "River Knight"], 2, "pass"),
    ("Year 6 remembrance wreath makers.", ["Joy Adeleke", "Mark Dempsey"], 2, "no_consent"),
    ("Year 2 in their nativity costumes!", ["Filip Dąbrowski", "Caoimhe Walsh"], 2,
     "no_consent"),
    ("Year 5 bakers for Children in Need.", ["Ruby Osei", "Rose Kowalczyk"], 2, "no_consent"),
    ("Year 4's Black History Month display team.", ["Blessing Eze", "Kofi Boateng"], 2,
     "no_consent"),
    ("Year 5 skating (and falling over) at the ice rink!", ["Maryam Al-Sayed", "Hamza Iqbal"],
     2, "no_consent"),
    ("Year 3 lantern parade.", ["Ella Morris", "April Sandhu"], 2, "no_consent"),
    ("Year 6 on the high ropes at the residential.", ["Yousef Nasser"], 1, "no_consent"),
    ("Year 5's harvest loaf, with its very proud baker!", ["Kwame Asante"], 1, "no_consent"),
    ("Year 1 decorating the hall tree.", ["Daisy Whitehead"], 4, "faces"),
    ("Year 6 at the Christmas disco 🕺", ["Zihan Huang", "Alexander Price"], 6, "faces"),
    ("Year 3 snowball fight (gently!)", [], 3, "faces"),
    ("Year 2 carol singers at Oak House care home.", ["Ivy Chambers", "Jay Parsons"], 5,
     "faces"),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=ALT)], category="learning")
add(P, "pass", "Year 5 residential crew at Kingswood! ⛰️", category="residential",
    photos=[photo(["Kwame Asante", "Theo Ward", "Iman Saleh", "Rose Kowalczyk"], 4,
                  group=True, alt="Year 5 pupils in helmets outside the activity centre")])
add(P, "pass", "Our Bonfire Night collage wall is finished!", photos=[WORK], category="learning")
add(P, "pass", "Tiny hands, big Christingles in Reception 🍊", category="learning",
    photos=[{"pupils": ["Holly Fletcher"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child's hands pushing cocktail sticks into an orange"}])
add(P, "unid_no_consent", "Year 2 wrapping shoeboxes for the Christmas appeal (hands only).",
    category="learning",
    photos=[{"pupils": ["Filip Dąbrowski"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "Small hands wrapping a shoebox in red paper"}])
add(P, "unid_no_consent", "Year 4's poppy printing, photographed over their shoulders.",
    category="learning",
    photos=[{"pupils": ["Blessing Eze"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child printing red poppies seen from behind"}])
for text, alt in [
    ("Visiting author Sita Brahmachari with our staff after her talk.",
     "The author and three teachers in the library"),
    ("Our governors at the Christmas fair 🎄", "Six governors behind the cake stall"),
    ("Staff panto rehearsals are... going?! 😂", "Teachers in pantomime costumes on the stage"),
    ("Meet the September crew! 👋", "Twelve members of staff on the school steps"),
    ("Rev Mensah and the PTA with the Christingle collection.",
     "Four adults holding a collection tin"),
]:
    add(P, "adults_photo", text, photos=[{"pupils": [], "adults_only": True, "faces": 4,
                                          "alt_text": alt}])

# --- personal data: phones and e-mails however written, home addresses, a child's details
PDF = "personal_data"
many(PDF, "contact", [
    "Christmas fair stall bookings: text Dawn on 07700 900 772!",
    "Lift to the panto? Ring Priya 07700.900.143 before Friday.",
    "Spare Christmas jumpers - call Steve on 07700-900-590.",
    "Grotto elves needed! Email elfhelpers at outlook dot com 🎅",
    "Harvest soup volunteers please email mrs.b.hall[at]gmail[dot]com",
    "Residential kit swap: contact amanda (dot) price (at) btinternet (dot) com",
    "Nativity DVDs - order from dvd{at}parentfilms{dot}co{dot}uk.",
    "Snow day sledges to lend? Message Carl: 0 7 7 0 0  9 0 0 6 8 1",
    "Burns Night ceilidh tickets from Fiona at fiona . reid @ hotmail . co . uk",
    "Cake orders for Children in Need, whatsapp me on +44 7700 900 305 x",
    "Raffle prize queries to pta_treasurer AT yahoo DOT co DOT uk please.",
    "Lost a glove? Mrs Dyer on zero seven seven zero zero nine zero zero one two three.",
])
many(PDF, "address", [
    "The Year 6 Christmas party is at 12 Birch Grove, Hoole, CH2 3LT from 5pm.",
    "Drop shoeboxes at 4 Church Walk, Upton, any evening this week.",
    "Bonfire toffee orders can be collected from 58 Hoole Road after 6pm.",
])
# A child's medical or family detail singles that child out, named or not.
many(T, "describe", [
    "Please be aware that a Year 3 boy is severely allergic to kiwi, so no fruit salad at the "
    "party.",
    "The Year 5 girl with epilepsy will sit out the disco lights; thank you for understanding.",
], category="news")
many(NM, "voc", [
    "Callum is back after his asthma attack and is doing really well.",
    "Theo's parents have separated, so please only collect him if you are on the list.",
], category="news")
add(PDF, "pass", "Snow closures will be on the website by 7.15am, or call the office on "
    "01244 390 123.", contacts=SCHOOL)
add(PDF, "pass", "Christmas lunch questions to office@highfield.cheshire.sch.uk by Friday.",
    contacts=SCHOOL)
many(PDF, "pass", [
    "Safer Internet Day: if something online upsets your child, they can call Childline on "
    "0800 1111.",
    "Over the holidays, any adult with a concern about a child can ring the NSPCC on 0808 800 "
    "5000.",
    "Christmas can be hard. Samaritans are there 24/7 on 116 123, free from any phone.",
    "Teens struggling this winter can text SHOUT to 85258, any time.",
    "Had a suspicious text about the school trip payment? Report it to Action Fraud on "
    "0300 123 2040.",
    "Not an emergency but need medical advice over half term? NHS 111 is there day and night.",
    "Final count from the grotto and stalls: £1,862.40!! You lot are generous.",
    "Year 6 beat St Mary's 18-12 in the netball. Brilliant!",
    "The panto coach leaves at 12.45 and is back by 4.30.",
    "Flu spray: 142 children vaccinated today, 96% of the school.",
    "Parents' evening runs 3.40-6.30 on 24.11.26 and 26.11.26.",
    "The 2027-28 Reception application deadline is 15 January.",
])

# --- tone aimed at people, and sad or dramatic words that are not
TO = "tone"
many(TO, "insult", [
    "Year 5 were a total embarrassment at the carol concert. Shocking.",
    "Clearly half our parents can't be bothered to open a snow closure text. Idle.",
    "Honestly, the cover teacher in 4A couldn't teach a dog to sit.",
    "Parents who let off fireworks near the school gates are morons.",
    "St Anne's were the sorest losers we've ever played. Pathetic.",
    "The council's gritting team are a bunch of clowns.",
    "Whoever organised this panto coach company is an idiot.",
    "Year 3 behaved like animals at the Christmas lunch.",
])
many(TO, "negative", [
    "Great job by the council, leaving the school road ungritted AGAIN. Thanks so much.",
    "Oh brilliant, another 'training day' from the trust. Just what we needed.",
    "What a farce the flu spray day was. The nurses didn't have a clue.",
    "Some families clearly think the nativity is a free creche. Not impressed.",
    "Mrs Lloyd's Christmas play was, frankly, a shambles.",
    "Ofsted came, saw and understood absolutely nothing about our school.",
    "Cheers, Coachline, for cancelling the panto bus an hour before we left. Really professional.",
])
many(TO, "opinion", [
    "Personally I think our nativity is the finest in the whole of Cheshire!",
    "In my view Christmas jumper day should be every week 😂",
])
many(TO, "pass", [
    "Kingswood have rung: snow has shut their roads, so Year 6's trip moves to March. We know "
    "it's disappointing.",
    "We are very sorry that the Christmas fair had to close early because of the storm.",
    "Year 5 learnt about the terrible losses at the Somme and wrote letters home from the "
    "trenches.",
    "The Big Bad Wolf in the panto had everyone shrieking! 🐺",
    "We lost 4-2 in the snow but never stopped trying. Proud of the team.",
    "Sending love to every family whose home took on water in Sunday's floods.",
    "The wicked Snow Queen froze Year 3's play... until Gerda saved the day.",
    "Apologies for the late lunch today - the oven broke, but the kitchen team were "
    "brilliant.",
    "Year 4 wrote angry letters as Guy Fawkes, complaining about his arrest!",
    "Please drive carefully: the roads around school are treacherous this morning.",
    "It has been a hard winter for many families. The food bank box is in reception.",
])

# --- text speak, and school abbreviations, places and brands that are not
TX = "text_speak"
many(TX, "text_speak", [
    "Gr8 harvest assembly 2day! Thx 4 all ur tins 🥫",
    "Pls bring coats 2moro, its freezin!",
    "Panto was amazin lol, c u all 2moro",
    "U r all stars! Best Xmas jumper day evr #gr8job",
    "Nativity pics l8r, soz 4 the wait!",
    "Thx evry1 4 coming 2 parents evening 👍",
    "Snow day 2day!! Stay safe & c u tmrw #letitsnow #b4school",
    "Happy Lunar New Year evry1!! #yearofthehorse #gr8day",
    "Residential kids r back @ 3, pls b on time",
    "Don't 4get ur Burns Night tartan 2morrow! #och",
])
many(TX, "pass", [
    "KS2 Christmas lunch is on Thursday 10 December; KS1 is on Friday.",
    "Y6 SATs information evening: Tuesday 26 January at 5.30pm.",
    "Our PTA AGM is on Wednesday 23 September. All parents welcome.",
    "The SENCo is running a drop-in about EHCPs on Thursday morning.",
    "EYFS stay and play this Friday has a winter wonderland theme ❄️",
    "RE this half term: Year 4 are learning about Hanukkah and Christmas.",
    "PE days change for the spring term: Y3 and Y4 on Mondays, Y5 and Y6 on Thursdays.",
    "Year 5 are off to Ely Cathedral on the residential, then on to Rye!",
    "ICT club used Scratch to code a Christmas card this week.",
    "Pudsey Bear ears are on sale at the office for £2.50 each.",
    "The DT club is making LED Christmas cards with copper tape.",
    "Good news: the frost has lifted, so Forest School goes ahead (OK to wear trainers).",
])

# --- presets: what each seed allows and forbids, posting hours, replies
PR = "presets"
add(PR, "initials", "Wonderful poppy poems from HI and TU in Year 5 today!",
    category="learning")
add(PR, "initials", "Star of the week in 3C: MR, for helping everyone in the snow.",
    category="celebration")
add(PR, "initials", "Brilliant Burns poem recited by RC (5A)!", category="celebration")
add(PR, "initials_unid", "Beautiful Christingle by AN, hands only!", category="learning",
    photos=[{"pupils": ["Aadhya Nair"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A child's hands holding a decorated orange with a candle"}])
add(PR, "initials_unid", "Clay poppy by TH in 3B, photographed from above.",
    category="learning",
    photos=[{"pupils": ["Thomas Hargreaves"], "no_identifiable_pupils": True, "faces": 0,
             "alt_text": "A red clay poppy held in a child's hands"}])
add(PR, "initials_photo", "Look at EC's amazing Advent wreath! 🎄", category="learning",
    photos=[photo(["Elizabeth Carter"], 1, alt="A girl holding a homemade Advent wreath")])
add(PR, "first_photo", "Amira with her Black History Month portrait of Mary Seacole.",
    category="learning",
    photos=[photo(["Amira Khalil"], 1, alt="A girl holding up a painted portrait")])
add(PR, "full_photo", "Theo Ward on the winners' podium at the cross-country!",
    category="celebration",
    photos=[photo(["Theo Ward"], 1, alt="A boy standing on a podium with a medal")])
add(PR, "surname", "Fastest reader of the winter term: Kowalczyk, 5A!", category="celebration")
add(PR, "surname", "Christmas card design winner is... Nwachukwu in 2B!", category="celebration")
add(PR, "opinion", "If you ask me, no school in Cheshire puts on a Christmas fair like ours!")
add(PR, "text_speak", "Thx 4 a gr8 term evry1! #merryxmas")
add(PR, "reply", "Aww, thank you - the donkey will be delighted to hear it!",
    reply_to="https://x.com/grannyjoan/status/1867000000000000000")
add(PR, "reply", "We're looking into the parking issue, please call the office.",
    reply_to="https://x.com/localdad/status/1858000000000000000")
add(PR, "weekend", "Our runners are on the start line at Delamere now - go team! ❄️",
    when="2026-11-07T09:30:00+00:00")
add(PR, "weekend", "The Christmas fair starts at 11 today - see you there!",
    when="2026-12-05T10:00:00+00:00")
add(PR, "weekend", "Don't forget: Year 6 parents' evening forms are due tomorrow.",
    when="2026-01-20T20:15:00+00:00")
add(PR, "weekend", "Reminder that school opens as normal on Monday after the snow.",
    when="2026-01-31T15:00:00+00:00")
add(PR, "pass", "The Year 6 panto cast are taking their bows now - what a show!",
    when="2026-12-10T19:20:00+00:00", exception="event",
    exception_reason="The Year 6 pantomime performance is on now")
add(PR, "pass", "SNOW CLOSURE: the site is shut today and no buses are running. Keep warm, "
    "everyone!",
    when="2026-01-20T06:45:00+00:00", category="urgent", exception="urgent",
    exception_reason="Snow closure decided at 6.30am")
add(PR, "pass", "Day one at Kingswood done! Everyone fed, happy and in bed.",
    when="2026-02-24T21:05:00+00:00", category="residential", exception="event",
    exception_reason="Evening update from the Year 6 residential")
add(PR, "pass", "Year 2 angels, halos and tinsel in school by Monday morning please!",
    category="reminder")
add(PR, "pass", "Year 5, please bring your signed residential medical forms tomorrow.",
    category="reminder")

# --- one fact, one finding
ONE = "one_fact"
for text, pupils, kind in [
    ("Here's Adaeze with her Black History Month certificate!", ["Adaeze Okonkwo"],
     "first_photo"),
    ("Jakub and his prize-winning Christmas card!", ["Jakub Mazur"], "first_photo"),
    ("Oliwia, our youngest carol singer, with her song sheet.", ["Oliwia Krawczyk"],
     "first_photo"),
    ("Isla showing off her Burns Night medal 🏴", ["Isla Stewart"], "first_photo"),
    ("Ifeoluwa Oladipo receiving the harvest poetry prize.", ["Ifeoluwa Oladipo"],
     "full_photo"),
    ("Ciarán Doyle and Aoife Brennan, our St Andrew's Day readers.",
     ["Ciarán Doyle", "Aoife Brennan"], "full_photo"),
]:
    add(ONE, kind, text, photos=[photo(pupils, alt="A pupil holding up a certificate")],
        category="celebration", one=True)
for text, kind in [
    ("Much better choices at the panto today Alfie, well done.", "voc"),
    ("So pleased with you today Harry, a calmer morning in the snow.", "voc"),
    ("Xinyi Liu has been chosen to switch on the school Christmas lights.", "full"),
    ("Yichen Wang wins our Lunar New Year calligraphy prize!", "full"),
]:
    add(ONE, kind, text, one=True, category="celebration")
many(ONE, "pass", [
    "Headteacher's awards for the autumn term will be given out in Friday's assembly.",
    "Every child who read 20 times over Christmas will get a special bookmark!",
    "Well done to all our cross-country runners, every one of you finished!",
], category="celebration")


# --- ordinary posts as busy staff type them, slips and all: judged only under the seeds with
# no grammar clause
many(NM, "pass", [
    "Year 4 have been lerning about the Gunpowder Plot - ask them about Guy Fawkes!",
    "Reception are loving there new winter role play area, its an igloo!! ❄️",
    "Year 2 made bird feeders out of pine cones and lard, very messy but great fun",
], presets=NO_GRAMMAR)
many(W, "pass", [
    "Will the owner of the blue Hunter wellys please collect them from the office!",
    "Hope everyone has a lovely christmas and a restfull break 🎄",
    "May half term dates are already on the website incase you're planning ahead.",
    "Year 6 sung Silent Night and Joy to the World beutifully at the care home.",
], presets=NO_GRAMMAR)
many(A, "pass", [
    "Thankyou to Mrs Fletcher for the amazing mince pies at the carol service!",
    "Mr Nowicki and Mrs Walsh are running the Christmas quiz, teams of 6 max",
    "Our Imam visitor Mr Saleh answered sooo many questions from Year 5 today",
], presets=NO_GRAMMAR)
many(S, "pass", [
    "#PyjamaDay for Children in Need is this friday, £1 donation 💛",
    "Loving the #winterwonderland displays in KS1 , thank you Year 1 and 2!",
], presets=NO_GRAMMAR, category="learning")
many(N, "pass", [
    "Year 3 have gone through the wardrobe into Narnia, Mr Tumnus is everyones favourite",
    "Year 5 have been learning about Nelson Mandela for Black History Month, amazing "
    "discussions",
], presets=NO_GRAMMAR, category="learning")
many(T, "pass", [
    "Year 3 - costumes for the Christmas play need to come in on tuesday, dont forget!",
    "Year 6 reminder: residential payment's are due by Friday pls see the office if "
    "you need help.",
], presets=NO_GRAMMAR, category="reminder")
many(PDF, "pass", [
    "Flu spray forms, 2 weeks left to return them, we have 87 back so far!",
    "Raffle tickets are 5 for £2, the draw is 3.15pm friday 18th",
], presets=NO_GRAMMAR)
many(TO, "pass", [
    "Sorry for the confusion about the panto times, the coach company changed them twice",
    "Gutted to lose the final on penalties but so proud of how the team played 💙",
], presets=NO_GRAMMAR)
many(TX, "pass", [
    "Y5 and Y6 netball club is on tonight, KS1 club cancelled due to the ice.",
    "PTA disco tickets on ParentPay now, KS2 6-7.30pm, KS1 4.30-6pm",
], presets=NO_GRAMMAR)

# --- a second pass as a red-teamer and as a busy teacher
many(S, "voc", [
    "Dream team on the ice today #welldonehope ⛸️",
    "#WellDoneWill for a brilliant Remembrance reading",
], category="celebration")
add(S, "first", "Mat-\nilda made the best Christmas card in 2B!", category="celebration")
add(S, "full", "Well done #zihanhuang for the Lunar New Year speech!", category="celebration")
add(W, "voc", "Grace, your reading folder is waiting in the office!", category="reminder")
add(W, "first", "Hope and Faith handed out the Christingle oranges.", category="celebration")
many(W, "pass", [
    "Grace, peace and joy to all our families this Christmas from everyone at school.",
    "Hazel class and Rowan class are swapping classrooms for the nativity rehearsal.",
    "Holly, ivy and mistletoe: Year 1 learnt why we bring greenery indoors at Christmas.",
])
add(P, "first_photo", "Eve with her snowflake painting ❄️", category="celebration",
    photos=[photo(["Eve Castillo"], 1, alt="A girl holding a painting of a snowflake")])
add(P, "faces", "Year 4 flipping pancakes on Shrove Tuesday!", category="learning",
    photos=[photo(["Omar Haddad", "Ayaan Chaudhry"], 3, alt=ALT)])
add(P, "pass", "The Year 6 choir at the Christmas lights switch-on.", category="news",
    photos=[photo(["Zainab Akhtar", "Isla Stewart", "Kwame Asante"], 3, group=True,
                  alt="Children in Santa hats singing beside a lit Christmas tree")])
add(N, "unknown", "Natasza and Lena built a gingerbread house in Polish club.",
    category="celebration")
add(N, "unknown_voc", "Well done Kacper! Three goals in the snow 🥅❄️", category="celebration")
add(T, "describe", "To our brave Year 1 girl who had her flu spray first and showed everyone "
    "how easy it was - thank you!", category="celebration")
add(PDF, "contact", "Questions about Burns Night tickets? Email burnsnight2026 @ gmail dot com")
add(PDF, "pass", "The YoungMinds parents' helpline is free on 0808 802 5544.")


def main() -> None:
    write_corpus(CASES, GROUPS, "heldout5_corpus.jsonl")


if __name__ == "__main__":
    main()
