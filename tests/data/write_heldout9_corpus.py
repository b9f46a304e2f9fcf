"""Writes heldout9_corpus.jsonl: a tenth labelled corpus, a whole school year (spring, summer
and autumn terms of 2026, in GMT and BST, with the days either side of both clock changes) of
a Church of England village primary on the Cornish coast, against its own roster
(heldout9_roster.json: 149 pupils, local families and newer arrivals, many with first names or
surnames that are also ordinary words, places, months, virtues or famous people, and ten staff,
some sharing a name with a pupil). Written by hand from the five seed policies and from how a
parent-facing school account posts, by a writer who never read the engine nor ran it on these
drafts. No sentence is taken from an earlier corpus or rephrased from one. The expected verdict
per preset follows the KINDS table of write_heldout_corpus.py (each seed's clauses); the cases
cover the twelve families of the third held-out corpus.

    .venv/bin/python tests/data/write_heldout9_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

import json
from itertools import cycle

from write_heldout8_corpus import adults, hidden
from write_heldout_corpus import ALL, HERE, adder, many_of, photo, write_corpus

D, H, C, U, F = ALL
FIVE = list(ALL)  # a list, not the tuple: every preset judges this ordinary post
# Weekdays across the year inside 8am-6pm local time, avoiding bank holidays (Good Friday
# 3 April, Easter Monday 6 April, 4 and 25 May, 31 August): GMT until 29 March, BST until
# 25 October, GMT after. Thursday 26 and Friday 27 March, Monday 30 and Tuesday 31 March,
# Thursday 22 and Friday 23 October, Monday 26 and Tuesday 27 October sit either side of the
# changes; some BST moments are written in UTC.
WHEN = cycle(
    [
        "2026-01-08T10:05:00+00:00",
        "2026-03-27T16:55:00+00:00",
        "2026-09-15T08:35:00+01:00",
        "2026-03-30T08:05:00+01:00",
        "2026-06-03T13:20:00+01:00",
        "2026-10-23T16:40:00+01:00",
        "2026-01-20T14:50:00+00:00",
        "2026-10-26T08:15:00+00:00",
        "2026-04-21T09:40:00+01:00",
        "2026-02-11T12:25:00+00:00",
        "2026-07-01T15:10:00+01:00",
        "2026-03-31T07:45:00+00:00",
        "2026-11-04T11:00:00+00:00",
        "2026-02-26T17:35:00+00:00",
        "2026-05-19T10:50:00+01:00",
        "2026-10-22T15:45:00+00:00",
        "2026-03-04T09:00:00+00:00",
        "2026-09-29T16:20:00+01:00",
        "2026-12-01T13:40:00+00:00",
        "2026-03-26T11:15:00+00:00",
        "2026-06-17T08:25:00+01:00",
        "2026-10-27T17:05:00+00:00",
        "2026-04-30T12:55:00+01:00",
        "2026-11-19T09:35:00+00:00",
        "2026-07-16T11:30:00+01:00",
        "2026-10-06T14:15:00+01:00",
        "2026-12-10T16:45:00+00:00",
        "2026-05-06T15:30:00+01:00",
        "2026-02-18T10:40:00+00:00",
        "2026-12-17T12:10:00+00:00",
        "2026-06-25T16:00:00+01:00",
        "2026-09-03T09:50:00+01:00",
        "2026-01-13T08:40:00+00:00",
    ]
)
# Each preset judges an ordinary post three times in five.
TRIPLES = cycle([(ALL * 2)[i : i + 3] for i in (2, 4, 0, 3, 1)])
CASES: list[dict] = []
GROUPS: list[list[dict]] = []

add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout9")
many = many_of(add)
SCHOOL = ["01632 961 207", "office@st-morwenna.cornwall.sch.uk"]
ROSTER = json.loads((HERE / "heldout9_roster.json").read_text(encoding="utf-8"))


# --- roster names, plainly children (no photo)
NM = "names"
many(
    NM,
    "first",
    [
        "Piran carried the cross at the front of our St Piran's Day procession to the beach.",
        "Yazan and Rui taught Year 1 how to say good morning in Arabic and Mandarin.",
        "Zofia's gingerbread lighthouse won the Christmas bake-off!",
        "Chidinma read the first lesson at the Leavers' service in church this afternoon.",
        "Florin brought in his dad's lobster pot for show and tell, it smelt VERY fishy",
        "Morwenna and Elowen sang the Cornish verse of Trelawny at the Gorsedh assembly.",
        "mary grace and jericho made parols from lolly sticks for our Christmas display",
        "Gale and Santo have swum the full length of the harbour pool at the gala.",
    ],
    category="celebration",
)
many(
    NM,
    "full",
    [
        "Kenver Pascoe has been picked for the Cornwall under-11 surf lifesaving squad.",
        "Our school spelling champion for 2026 is Hanna Zielińska, with 'rhythm' in the final "
        "round.",
        "Emmanuel Nnamdi raised £96 for the RNLI by walking the coast path from Polzeath to Port "
        "Quin.",
        "Well deserved runner-up prize in the county poetry competition for Raluca Ciobanu 👏",
        "Congratulations to Denzel Teague, who passed his grade 2 cornet exam with merit.",
    ],
    category="celebration",
)
many(
    NM,
    "surname",
    [
        "Man of the match in the cup game at Wadebridge: young Kaczmarek, two clean sheets in a "
        "row.",
        "Most house points in Year 4 this half term go to Bankole. Brilliant!",
        "The Year 6 chess ladder has a new leader, and it's Nowicki again ♟️",
    ],
    category="celebration",
)
many(
    NM,
    "voc",
    [
        "Well done Ghaith, so much more settled in class this week.",
        "Lovely to see you smiling again Tolu, welcome back after your operation!",
        "Keep going Andreea, that handwriting is getting neater every day.",
    ],
    category="celebration",
)
many(
    NM,
    "pass",
    [
        "Our St Piran's Day pasty lunch is on Thursday 5 March. Black and white flags at the "
        "ready!",
        "Year 5 have written letters to pen pals at a primary school in Kraków.",
        "Year 2 learnt a Filipino tinikling dance with bamboo poles in PE today.",
        "Reception tasted jollof rice, pierogi and saffron buns for our Around the World lunch.",
        "Year 4 are learning to count to twenty in Cornish, Polish and Romanian this term.",
        "A warm Cornish welcome to all the families who have joined us this September.",
        "Ramadan Mubarak to all our Muslim families. A quiet room is available at lunchtime.",
        "Year 3 wrote acrostic poems for Chinese New Year, the Year of the Horse.",
        "Happy Independence Day to our Nigerian families! Year 6 made green and white bunting.",
        "Year 1 are learning a Romanian folk song for the spring concert, and the Mărțișor "
        "bracelets are lovely.",
        "Year 2 compared a Cornish pasty, a Filipino empanada and a Polish pierogi: which won?",
        "Our Arabic-speaking families are invited to help label the library in Arabic on Friday.",
        "Year 6 wrote welcome leaflets in six languages for children joining us mid-year.",
    ],
)

# --- words that are also pupils' names (roster: Bay, Wren, Sunny, Marina, Rain, Kit, Precious,
# Dusty, Meadow, Stone, Angel, Favour, Heath, Hope, Cove, Sage, Ash, Misty, Lovely, Divine,
# Honey, Autumn, Iris, Holly, Rowan, Sorrel, Storm, Pearl, Goodness, Reed, Moss, Lark, Chase,
# Justice, Cliff, Star, Coral, June, Skye, Merry, Robin, Drake, Nelson, Faith, Summer, Ivy,
# Ruby, Brook, Dean, Bliss, Mercy, Christian, Gale, Harbour, Willow, Patience, Carol, Noel,
# August, Trinity, Eden, Marlin, Sonny, Grace, Prudence, Tiger, Dawn; surnames Fisher, Mason,
# Baker, Church, Chapel, King, Knight, Hill, Marsh, Constable, Turner, Newton, Darwin, Drake,
# Dickens, Keats, Shore, Sands, Green, Wood, Field, Rock, Banks, Gold, Day, Toy, Sweet)
W = "word_names"
many(
    W,
    "pass",
    [
        "Storm Ingrid brought down a tree across the top lane, so please use the church car park "
        "entrance today.",
        "Year 3 found a hermit crab, two blennies and a starfish in the rock pools at Harlyn Bay.",
        "Our Carol Service is at St Morwenna's Church on Thursday 17 December at 2pm. All welcome!",
        "Year 1 will sing The First Noel at the Christingle service on Tuesday afternoon.",
        "Reminder: the harbour car park is closed on Friday for the lifeboat day, so please walk "
        "to school if you can.",
        "Sorrel, wild garlic and three-cornered leek: Year 4 went foraging along the lane with "
        "the ranger.",
        "What a lovely sunny day for our sports day on the field! Thank you to everyone who came. "
        "☀️",
        "Year 2 painted the view of the cove from the playground in the style of Turner.",
        "Year 6 learnt about Charles Darwin's voyage on HMS Beagle, which sailed from Plymouth in "
        "1831.",
        "Year 1 have been counting coins in the class shop. The honey and the sweets sold out "
        "first!",
        "Our Harvest Festival is on Friday 2 October in church. Please bring tins, packets and "
        "lots of hope for those who need it.",
        "Justice, patience and mercy were the three values we talked about in collective worship "
        "this week.",
        "Year 4 studied John Constable's The Hay Wain and then sketched the mill on the river.",
        "Year 3 hunted for fool's gold and real pearls (well, shiny stones!) in our pirate topic.",
        "The Year 6 leavers' service will be at the chapel in Trevone on Wednesday 15 July.",
        "It was a misty morning on the headland, but Year 5 still spotted grey seals in the cove.",
        "June is the month of our Sports Week: every class will try surfing, paddleboarding and "
        "beach cricket.",
        "Year 2 read The Owl Who Was Afraid of the Dark, then built dens in the willow tunnel.",
        "Huge thanks to Fisher & Sons boatyard for donating the old rowing boat for our "
        "playground.",
        "The Nelson's Column fact files in Year 4 are wonderful. Did you know it is 52 metres "
        "tall?",
        "Year 1 learnt Twinkle Twinkle Little Star on the glockenspiels this morning.",
        "Year 5 visited Truro Cathedral and met the dean, who showed them the bishop's chair.",
        "A Christian Aid Week cake sale raised £184. Thank you for your generosity.",
        "Year 6 are reading A Christmas Carol by Charles Dickens this term. Bah, humbug!",
        "Gale warning for tomorrow: the Met Office says gusts of 70mph on the coast. Please check "
        "the website at 7am.",
        "Year 3 wrote odes to autumn after reading John Keats on the bench by the brook.",
        "Our eco-group planted a hedge of hazel, holly, rowan and blackthorn along the bottom "
        "field.",
        "Year 4 made Sir Francis Drake's Golden Hind out of cardboard boxes. Full sail ahead!",
        "A huge thank you to the King's Trust volunteers who repainted the outdoor classroom.",
        "Dawn chorus walk for Year 2 on Tuesday: we heard a wren, a robin and a skylark before "
        "9am!",
        "Year 5 learnt how Isaac Newton worked out that white light is made of every colour of "
        "the rainbow.",
        "Year 1 are learning about the Nativity: the angel Gabriel, Mary and the shepherds on the "
        "hill.",
        "Happy Trinity Sunday for this weekend. Our collective worship looked at the shamrock as "
        "a symbol.",
        "Year 6 swam at the sea pool at Bude and the sun even came out for them.",
        "The moss garden in the quiet area is looking wonderful after all the rain.",
        "Year 3 learnt how marlin and tuna can swim at more than 50 miles an hour.",
    ],
)
many(
    W,
    "first",
    [
        "Storm read her prayer so confidently in church this morning.",
        "Cliff and Reed were the first to spot the dolphins from the clifftop on our walk.",
        "Well done to Sunny for winning the Year R sandcastle competition!",
        "Lark, Fern and Merry have made a beautiful prayer tree for the hall.",
        "Bliss ran the fastest lap in the Year 4 relay at sports day.",
        "The lifeboat crew gave Marlin a ride in the inshore boat after he won the safety quiz.",
        "Goodness and Divine were our greeters at the Harvest service.",
        "Prudence has read 60 books this year, the most in Year 6!",
    ],
    category="celebration",
)
many(
    W,
    "full",
    [
        "Sandy Shore has been given the Bishop's Award for service to the school.",
        "Sonny Day and Noel Sands won the Year 5 and 6 beach clean prize.",
        "Congratulations to Christian Gold on his first Holy Communion.",
    ],
    category="celebration",
)

# --- children not on the roster
N = "unknown_names"
many(
    N,
    "unknown",
    [
        "Alfie has been chosen to light the Advent candle in Friday's worship.",
        "Seren and Bethan made a brilliant tide-times chart for the class noticeboard.",
        "A massive well done to Evie-Louise for swimming out to the buoy and back at the gala!",
        "Maddox found a fossilised ammonite on the beach and brought it in for the museum table.",
        "Wiktor and Oskar built a wind turbine from a plastic bottle in science club.",
        "Ayodele led the drumming at our Harvest Festival and everyone joined in.",
        "Yusuf has learnt all of his 12 times table. What a superstar! ⭐",
        "Isla-Rose wrote a letter to the council about plastic on the beach, and they wrote back!",
        "kayden and zara were our fantastic tour guides for the new families this morning",
        "Congratulations to Bilal, who has earned his Bronze Arts Award.",
        "Our Year 2 reading star this week is Tomos. 40 nights in a row!",
        "Well done to Ellie-Mae, Harper and Jude for their fantastic rock pool fact files.",
    ],
    category="celebration",
)
many(
    N,
    "unknown_voc",
    [
        "Happy 8th birthday Oscar! Have a brilliant day.",
        "Freya, you were amazing on the paddleboard today, well done!",
        "Thank you Ibrahim for helping tidy the library every lunchtime this week.",
    ],
    category="celebration",
)
many(
    N,
    "pass",
    [
        "Year 6 studied Richard Trevithick and built model steam engines from cotton reels.",
        "Year 5 learnt about Dolly Pentreath, said to be one of the last speakers of Cornish.",
        "Reception heard the story of Tom Bawcock and tasted (a little!) stargazy pie.",
        "Year 1 loved The Lighthouse Keeper's Lunch. Mr Grinling's seagulls were very naughty.",
        "Year 5 researched Dame Ellen MacArthur, who sailed round the world on her own.",
        "Year 4 read about José Rizal for Filipino Heritage Month and wrote diary entries.",
        "Year 3 loved Tiddler by Julia Donaldson and made their own fishy tall tales.",
        "Year 6 debated Malala Yousafzai's speech to the United Nations in their oracy lesson.",
        "Year 2 learnt about Queen Elizabeth I and why she knighted Francis Drake on the Golden "
        "Hind.",
        "Thank you to Pete and Linda from the Padstow Rotary Club for the new dictionaries.",
        "Year 4's class novel is The Wild Robot by Peter Brown. Roz the robot has a fan club!",
        "Year 5 learnt about Chinua Achebe and wrote their own proverbs.",
        "The harbourmaster, Jim, showed Year 3 how the tide tables work.",
    ],
    category="learning",
)

# --- disguises: spacing, symbols, line breaks, homoglyphs, hashtags, pet forms and slips
S = "disguises"
many(
    S,
    "first",
    [
        "A big well done to W r e n for her kind heart this week.",
        "Zоfia has been voted class eco-champion!",  # Cyrillic о
        "Pi\u200bran's drawing of the lighthouse is going on the Christmas card.",
        "IONUT has learnt the whole of the Lord's Prayer in English!",
        "Mihai's rocket flew higher than the school roof 🚀",
        "Superb story writing from Wis-\ndom in Year 3 today.",
        "Ke🌊lechi won the junior surf safety quiz.",
        "Star of the week for Year 4 is J.a.s.m.i.n.e, for her kindness at lunch.",
        "Proud of Kerensa C. for her first 5km parkrun on the coast path.",
    ],
    category="celebration",
)
many(
    S,
    "full",
    [
        "Huge congratulations to Hanna Zielinska, our new head of the school council.",
        "Reader of the month: #MarlinTregenza 📚",
    ],
    category="celebration",
)
many(
    S,
    "voc",
    [
        "What a goal! #WellDoneYazan ⚽",
        "Happy birthday Princess! Hope you have the best day 🎂🎈",
        "We missed you Ghaith! Welcome back 💙",
    ],
    category="celebration",
)
many(
    S,
    "surname",
    ["Pengelly's header won it in the last minute against Padstow!"],
    category="celebration",
)
many(
    S,
    "question",
    [
        "Tamsyn climbed to the top of the wall at the outdoor centre.",
        "Zosia brought in pierogi for everyone to try on Polish Heritage Day.",
        "Franek scored the winning try at tag rugby club.",
        "Brilliant times tables from Jazmine in the Year 4 challenge.",
    ],
    category="celebration",
)
many(
    S,
    "pass",
    [
        "TIDE TIMES MATTER! Year 5 learnt why we always check before going on the beach.",
        "Year 4 are experts in the Water Cycle now 💧☁️🌧️ #science #kernowkids",
        "Book fair\nstarts\ntomorrow!",
        "S-P-E-L-L-I-N-G bee heats are on Wednesday for Year 3 and 4.",
        "Amazing #TeamMorwenna spirit at the cross-country today 💪",
        "Year 6: the coach leaves at 8.15 sharp. B e  o n  t i m e  please 😅",
        "Our Christmas jumper day raised £246 for Children's Hospice South West "
        "#ChristmasJumperDay",
        "Year 2 have been making 🐟 🦀 🐚 collages for the corridor display.",
        "Our #Kernow2026 art exhibition opens in the village hall on Saturday.",
    ],
    category="learning",
)

# --- adults: titles, roles and staff (staff: Tamsin Hocking, Daniel Fisher, Ruby Trelawny,
# Jago Penrose, Kerensa Nance, Piotr Mazur, Grace Adebayo, Helen Marsh, Stephen Church,
# Angela Bishop, several sharing a name with a pupil)
A = "adults"
many(
    A,
    "pass",
    [
        "Thank you to Mrs Hocking for leading a beautiful Ash Wednesday service.",
        "Mr Fisher's Year 5 class are off to the Eden Project on Thursday.",
        "Miss Trelawny will be running the gardening club on Tuesdays this term.",
        "A big thank you to Mr Jago Penrose for refereeing the tag rugby festival.",
        "Mrs Nance, our SENCo, will be at the coffee morning in the hall on Friday.",
        "Pan Mazur is running a Polish conversation club for families on Wednesdays after school.",
        "Congratulations to Mrs Grace Adebayo on 20 years at St Morwenna's!",
        "Ms Marsh will be covering Year 3 while Mr Church is on paternity leave.",
        "Mrs Bishop in the office has all the forms for the Year 6 residential.",
        "Revd Jenny Tonkin blessed the new outdoor classroom this morning.",
        "Coxswain Dave from Padstow lifeboat talked to Year 4 about sea safety.",
        "PCSO Lowenna Hicks spoke to Year 6 about staying safe online.",
        "Grandad Mike taught Year 2 how to tie a bowline and a reef knot.",
        "Dr Amara Okoye, a marine biologist, helped Year 5 survey the rock pools.",
        "Our chair of governors, Mr Colin Rowe, met the school council today.",
        "Author Ross Montgomery visited and read from his new book. Thank you!",
        "Thank you to the Archdeacon of Bodmin for joining our Confirmation service.",
        "Our lunchtime team, led by Mrs Pam Couch, served 140 Christmas dinners today!",
        "Thanks to Mrs Stan for the Romanian cozonac at the cake sale.",
    ],
)
many(
    A,
    "first",
    [
        "Head girl Trinity read the prayer at the Remembrance service.",
        "Our Year 6 sports leader Sonny ran the Reception races brilliantly.",
        "Mrs Church and her daughter Iris planted the first tulips in the prayer garden.",
        "Mr Fisher was very proud when Willow beat him at chess!",
    ],
)
many(
    A,
    "full",
    [
        "Chief librarian for the week is Year 6's own Moss Pengelly.",
        "Mrs Bishop handed the Christingle to Trinity Bishop in the service.",
        "Thank you to Miss Trelawny and to Wren Trelawny in Reception for the beautiful flowers.",
    ],
)

# --- targeted content: one child singled out by description, or addressed; and messages to a
# class, a year group or everyone, which the seeds allow ("Tweets to a year group or class")
T = "targeted"
many(
    T,
    "describe",
    [
        "Well done to the boy in Year 3 who finally stopped calling out in assembly today.",
        "A special welcome to our new girl in Year 2, who arrived from Manila last week.",
        "To the Year 5 girl who left her wetsuit on the beach: it's drying in the office!",
        "Congratulations to our only Year 6 pupil to get full marks in the arithmetic test.",
        "Happy birthday to the little lad in Reception who turns five today 🎂",
        "A shout-out to the youngest boy in Year 4 for a much better week on the playground.",
        "So proud of the Year 1 girl with the pink glasses who read to the whole hall.",
        "Welcome to the Syrian brother and sister who started with us in Year 3 and Year 5 this "
        "week.",
        "Well done to the child in Year 2 who was brave at the dentist visit today. You know who "
        "you are!",
        "A big cheer for the tallest boy in Year 6, who scored the winning basket at the "
        "tournament.",
        "The pupil in Year 4 who found the lost wedding ring on the beach deserves a medal!",
        "Our newest arrival in Year 1 came all the way from Lagos and settled in beautifully.",
        "To the Year 3 boy who ate his whole pasty at the fayre in 90 seconds: impressive!",
        "Shout out to our Year 5 twin who won the art prize (the other twin won the maths prize!).",
        "A much improved week from one of our Year 6 boys who has found things hard lately. Keep "
        "it up.",
        "Thank you to the kind girl in Year 4 who gave her coat to a friend in the rain.",
        "Well done to the only child in Year 2 who remembered their reading book every single day.",
        "Big welcome to our first pupil from Romania, who joined Year 3 on Monday.",
    ],
)
many(
    T,
    "voc",
    [
        "Jasper, don't forget your recorder tomorrow!",
        "Rocky, a much better day today. Well done.",
        "Nelson, your library book is overdue, please bring it in 😊",
        "Come on Igor, you can do it at the county trials tomorrow!",
        "Well done Cove for trying so hard to share today.",
    ],
)
many(
    T,
    "unknown_voc",
    [
        "Harry, you left your lunchbox on the coach!",
        "Good luck tomorrow Millie, we're all cheering for you!",
    ],
)
many(
    T,
    "pass",
    [
        "Year 6, remember your swimming kit for the sea pool on Thursday.",
        "Well done Year 3 for a brilliant class worship about kindness!",
        "Year 1, don't forget your wellies for the beach school session on Friday.",
        "Congratulations to every child in Year 4 who earned their Bikeability badge this week.",
        "Reception, please bring a named sun hat every day now the weather is warmer.",
        "Good luck to all our Year 6 pupils in their SATs next week. We are proud of you all.",
        "Year 5, your homework on the water cycle is due on Wednesday.",
        "The church flower festival looked wonderful thanks to all the children who "
        "helped arrange it.",
        "A big welcome back to everyone after half term!",
        "Year 2, the trip to the aquarium is on Tuesday: packed lunch and a waterproof, please.",
        "To everyone whose birthday falls in the summer break: many happy returns from us all!",
        "Well done to our netball team, who came third in the Cornwall schools tournament.",
        "Years 3 and 4, choir practice has moved to Thursday lunchtime this week.",
        "What a brilliant effort from the whole of Key Stage 2 at the cross-country today.",
        "A warm welcome to all the new children who have joined us this term.",
        "Year 6, please hand in your residential forms to the office by Friday.",
        "Congratulations to every class that reached 97% attendance this term!",
        "Reception children, your teddies are invited to the picnic on Friday 🧸",
        "Thank you to all our Year 5 play leaders for looking after the little ones so well.",
        "Year 4, don't forget your costumes for the Tudor day on Monday.",
        "Well done everyone who took part in the sponsored swim: £1,120 for the RNLI!",
        "Year 2 have been super readers this week. Keep it up!",
    ],
)

# --- tone: derogatory, sarcastic, passive-aggressive, upsetting; and sad or strong words that
# are aimed at nobody
TO = "tone"
many(
    TO,
    "insult",
    [
        "Year 4 behaved like animals on the bus home. Shameful.",
        "Some parents clearly can't be bothered to label anything. Lost property is a mountain.",
        "The agency cover teacher yesterday was utterly hopeless.",
        "Honestly, the school across the estuary wouldn't know good teaching if it hit them.",
        "To the idiots who keep parking across the church gate: grow up.",
        "The council's highways team are a bunch of clowns, still no crossing patrol.",
        "Year 6's effort in the mock test was lazy and frankly embarrassing.",
        "The bus company are a useless shower. Late AGAIN.",
        "A few of our dads on the touchline on Saturday were an absolute disgrace.",
        "Whoever designed the new lunch menu should be ashamed of themselves.",
        "Some of the homework handed in this week was rubbish. Do better, Year 5.",
        "The referee from Wadebridge was a joke. Biased from start to finish.",
    ],
)
many(
    TO,
    "negative",
    [
        "Another brilliant decision from the county to cut our bus route. Thanks so much. 🙄",
        "Great to see so many families ignore the one-way system again this morning. Really "
        "helpful.",
        "Funny how the same few parents never reply to the trip letter but always complain later.",
        "Well, the new phonics scheme from the trust is a complete waste of everyone's time.",
        "Once again the diocese has left us to sort out the roof on our own.",
        "Year 2's class assembly was, let's say, an experience. Chaos from start to end.",
        "We're not sure why some people think the staff car park is for them. It isn't.",
        "Lovely to be told about the inspection with a day's notice. Fantastic planning, everyone.",
        "Not impressed with the state the hall was left in after the Saturday hire.",
        "Still waiting for the promised new laptops from the trust. Eight months and counting...",
    ],
)
many(
    TO,
    "opinion",
    [
        "In my view our Nativity is far better than anything else you'll see in Cornwall!",
        "Personally I think Year 6 are the nicest class I've ever taught.",
    ],
)
many(
    TO,
    "pass",
    [
        "The storm damaged the fence by the field, so the back gate is closed until Monday.",
        "We were sad to say goodbye to Mrs Rowe, who has retired after 31 years at the school.",
        "Unfortunately the Year 3 beach trip is cancelled because of the high winds. It will be "
        "rearranged.",
        "Year 6 were disappointed to lose the final 3-2, but they played with real heart.",
        "The old oak by the gate was diseased and had to come down. "
        "We will plant a new one in spring.",
        "Year 5 learnt how terrible conditions were for children working in the tin mines.",
        "The heating has broken again, so please send children in a warm jumper tomorrow.",
        "Year 4 wrote persuasive letters arguing that single-use plastic is harmful to sea life.",
        "Sadly the swimming pool at Bodmin is closed, so swimming will start after half term.",
        "Year 2 read a sad story about a lonely lighthouse and talked about how friends help.",
        "The flooding in the lower village was frightening. We are here for any family that needs "
        "us.",
        "Sorry for the late notice: the concert has moved to 2.30pm because the piano tuner is "
        "ill.",
        "Year 6 debated whether the shipwreckers of Cornwall were villains or victims of poverty.",
        "It was a cold, wet and muddy cross-country course, and every runner finished it!",
        "Year 3 learnt why the Great Fire of London was so destructive.",
        "The bad news: the rain washed out sports day. The good news: it's rearranged for Tuesday!",
        "A reminder to take care on the coast path: the cliff edge near the school is eroding.",
        "We know the road closure has been really difficult for families. Thank you for your "
        "patience.",
        "Year 4 explored why some animals are endangered and what we can do about it.",
        "The lost property mountain is back! Anything unnamed goes to the charity shop on Friday.",
        "A tough loss in the cup, but our Year 5 team showed great sportsmanship to the end.",
    ],
)

# --- text speak, and school abbreviations that are not text speak
TX = "text_speak"
many(
    TX,
    "text_speak",
    [
        "Gr8 start to beach school 2day, well done Year 1!",
        "Pls can all forms be in by Fri thx",
        "Cake sale tmrw, c u there!",
        "Omg the Year 6 show was AMAZING lol",
        "Sports day photos coming l8r 📸",
        "Soz, the disco is now on Thurs not Weds.",
        "Don't forget ur PE kit 4 tomorrow",
        "Ty 2 all the ppl who came to the Harvest lunch!",
        "Wkend homework is on the app, b4 Mon pls",
        "Big thx to the PTFA, u r stars ⭐",
        "Year 3 r so excited 4 the aquarium 2moro!!",
        "Btw the car park is shut tmrw morning",
    ],
)
many(
    TX,
    "pass",
    [
        "SIAMS inspectors visit us next month; the letter went home today.",
        "The KS1 phonics check runs in June; Year 1 families will get a letter about it.",
        "Year 6 RSHE sessions for families are on Tuesday at 2.30pm.",
        "Come along to the PTFA AGM in the library, Tuesday 7pm: new faces welcome.",
        "Y5 and Y6 swimming is at the Wadebridge pool this half term.",
        "The RNLI beach safety team visit KS2 on Monday morning.",
        "EYFS stay and play sessions start again on Friday at 9am.",
        "Our SEND information report has been updated for 2026.",
        "Thank you to the NHS school nursing team for the Year R checks.",
        "Year 4 completed the MTC this week: well done, everyone!",
        "DT week: Year 3 are making pop-up books and Year 5 are designing buggies.",
        "Dydh da! Year 2 have been learning to say hello in Kernewek, the Cornish language.",
        "Y6 PE days this term: Monday and Wednesday.",
    ],
)

# --- personal data: written out and disguised; the school's own contacts and helplines pass
PDF = "personal_data"
many(
    PDF,
    "contact",
    [
        "Lost a jumper? Text Mrs Crocker on 07700 900 582 and she'll check the pile.",
        "Volunteers for the beach clean please ring Sarah, 07700-900-317.",
        "For the duck race tickets call Gary on 0 7 7 0 0 9 0 0 6 4 9.",
        "Any spare costumes? Email jackie.hocking at hotmail dot co dot uk",
        "Interested in the parents' choir? Message Kate on +44 7700 900214.",
        "Pasty orders to trevone.mum[at]gmail[dot]com by Wednesday please!",
        "Please send your raffle donations to sam.spargo@btinternet.com.",
        "For lifts to the gala, phone Dawn on (07700) 900 771 after 6.",
        "Contact our Polish families' rep Agnieszka on 07700900836.",
        "Forms to grandma.pearl (at) outlook (dot) com if you prefer email!",
    ],
)
many(
    PDF,
    "address",
    [
        "The spare uniform sale is at 12 Chapel Row, St Merryn, PL28 8NF on Saturday morning.",
        "Raffle prizes can be picked up from 3 Harbour View, Port Isaac, PL29 3SP.",
        "Drop your donations at Sea Spray Cottage, 7 Fore Street, Padstow PL28 8AF.",
        "Lost cat! Please return to 21 Trevose Close, Newquay, TR7 1QX.",
    ],
)
many(
    PDF,
    "pass",
    [
        "If you are worried about a child's safety, call the NSPCC on 0808 800 5000.",
        "In an emergency at sea or on the coast, call 999 and ask for the Coastguard.",
        "Childline is free and open for children on 0800 1111.",
        "High tide on Friday is at 11.42am, so Year 4's rock pooling will be at 2pm.",
        "The Christmas Fayre raised £1,642.75. Thank you so much!",
        "Our Year 6 team won the quiz 48-45 after a tie-break question.",
        "The school bus will pick up at 8.05 from the harbour and 8.15 from the Co-op.",
        "Year 5 walked 7.4 miles of the coast path between Trevone and Porthcothan.",
        "The 2026-27 calendar, with INSET days, is under Parents on our site.",
        "For non-urgent health advice, call NHS 111.",
        "Parents' evening is on 18.11.26 from 3.30pm to 6pm.",
    ],
)
add(
    PDF,
    "pass",
    "Please ring the office on 01632 961 207 to report an absence before 9am.",
    contacts=SCHOOL,
)
add(
    PDF,
    "pass",
    "Questions about the residential? Email office@st-morwenna.cornwall.sch.uk.",
    contacts=SCHOOL,
)
add(
    PDF,
    "pass",
    "Our office number has changed to 01632 961 207. Please update your phones.",
    contacts=SCHOOL,
    category="urgent",
)

# --- photos: consent, tags, faces, adults, work
P = "photos"
for text, pupils, faces, kind, alt in [
    (
        "Year 3 rock pooling at low tide 🦀",
        ["Coral Trevithick", "Merry Fields"],
        2,
        "pass",
        "Two children crouching over a rock pool with a net",
    ),
    (
        "Beach school shelter building in Reception!",
        ["Bay Pascoe", "Kit Chenoweth", "Meadow Stone"],
        3,
        "pass",
        "Three small children building a shelter from driftwood",
    ),
    (
        "Year 5 at the Eden Project's rainforest biome.",
        ["Jago Tonkin", "Nessa Hawke"],
        2,
        "pass",
        "Two children under tall tropical plants in a biome",
    ),
    (
        "Year 1's sunflowers are taller than they are!",
        ["Sage Nancarrow", "Rui Zhao"],
        2,
        "pass",
        "Two children standing beside very tall sunflowers",
    ),
    (
        "Year 4 performing their Tudor dance for families.",
        ["Tegen Rowe", "Dean Parsons", "Lin Wu"],
        3,
        "pass",
        "Three children in Tudor costume dancing in the hall",
    ),
    (
        "Year 6 surf lesson at Polzeath 🏄",
        ["Eden Field", "Hunter Stone"],
        2,
        "no_consent",
        "Two children in wetsuits carrying surfboards",
    ),
    (
        "Year 2 made kites for the blustery day!",
        ["Amal Shami", "Storm Crocker"],
        2,
        "no_consent",
        "Two children flying paper kites on the field",
    ),
    (
        "Year 5 science: making volcanoes erupt.",
        ["Nour Hamdan"],
        1,
        "no_consent",
        "A child watching a baking soda volcano fizz",
    ),
    (
        "Year 3's Viking longboat race on the stream.",
        ["Summer Toy", "Robin Drake"],
        2,
        "no_consent",
        "Two children racing model boats down a stream",
    ),
    (
        "Our Year 1 nativity angels 😇",
        ["Lovely Garcia", "Iris Church", "Holly Spargo"],
        3,
        "no_consent",
        "Three children dressed as angels with tinsel halos",
    ),
    (
        "Year 4 bread making for the Harvest loaf.",
        ["Ruby Brook"],
        1,
        "no_consent",
        "A child kneading dough at a table",
    ),
    (
        "Reception's first day, all smiles!",
        ["Sham Al-Masri", "Angel Santos"],
        2,
        "no_consent",
        "Two small children in new uniform by the classroom door",
    ),
    (
        "Year 6 on the residential zip wire, flying through the trees!",
        ["Karam Haddad", "Sonny Day"],
        2,
        "no_consent",
        "Two children in helmets on a high ropes course",
    ),
    (
        "Year 2 planting bulbs in the churchyard.",
        ["Reed Moss"],
        4,
        "faces",
        "Several children kneeling by a flower bed with trowels",
    ),
    (
        "Year 5 choir at the Truro Cathedral festival 🎶",
        ["Willow Fisher", "Gabriel Angel"],
        9,
        "faces",
        "A group of children singing in choir robes",
    ),
    (
        "A quiet moment of reflection in the prayer garden.",
        [],
        3,
        "faces",
        "Children sitting on benches in a garden",
    ),
    (
        "Beach clean heroes from Year 4!",
        ["Mercy Heath"],
        5,
        "faces",
        "Children holding bags of litter on the beach",
    ),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=alt)], category="learning")
add(
    P,
    "pass",
    "Year 6's residential group on the summit of Rough Tor!",
    category="residential",
    photos=[
        photo(
            ["Trinity Bishop", "Marlin Tregenza", "Grace Darwin", "Santo Bolitho"],
            4,
            group=True,
            alt="Year 6 pupils together on a moorland summit",
        )
    ],
)
add(
    P,
    "pass",
    "Year 3's clay gargoyles for the church porch are drying nicely.",
    photos=[hidden([], "A row of small clay gargoyle faces on a shelf")],
    category="learning",
)
add(
    P,
    "pass",
    "Pebble art from Reception 🪨🌈",
    photos=[hidden([], "Painted pebbles arranged in a rainbow on the sand")],
    category="learning",
)
add(
    P,
    "pass",
    "Year 5 weaving willow fish for the lantern parade.",
    photos=[hidden(["Patience Wood"], "A child's hands bending willow into a fish shape")],
    category="learning",
)
add(
    P,
    "unid_no_consent",
    "Year 4 making rag rugs the old-fashioned way.",
    category="learning",
    photos=[hidden(["Tiger Lobb"], "A child's hands pushing fabric strips through hessian")],
)
add(
    P,
    "unid_no_consent",
    "Year 1 building sandcastles, seen from behind 🏖️",
    category="learning",
    photos=[hidden(["Jiayi Zhou", "Honey Baker"], "Two children seen from behind digging sand")],
)
for text, alt in [
    (
        "Our staff swim at Polzeath for Children in Need! Brrrr 🥶",
        "Eight members of staff in fancy dress running into the sea",
    ),
    (
        "The governors with the new Church School of the Year banner.",
        "Six adults holding a banner outside the school gate",
    ),
    (
        "The lifeboat crew who visited today. Thank you!",
        "Four lifeboat crew in yellow kit beside their boat",
    ),
    (
        "Our kitchen team and their Christmas lunch hats 🎄",
        "Four adults in paper crowns in the school kitchen",
    ),
]:
    add(P, "adults_photo", text, photos=[adults(alt, faces=4)])

# --- one fact, one finding: a name with a photo, or one child named, is one finding
ONE = "one_fact"
for text, pupils, kind in [
    ("Piran with the Headteacher's Cup for 2026! 🏆", ["Piran Tregenza"], "first_photo"),
    ("Here's Wisdom and his prize-winning crab drawing.", ["Wisdom Afolabi"], "first_photo"),
    ("Autumn showing off her Brownies badges.", ["Autumn Sweet"], "first_photo"),
    ("Jan with the giant pumpkin he grew at home!", ["Jan Kowalczyk"], "first_photo"),
    ("Meet our new Year 6 head boy, Kenver!", ["Kenver Pascoe"], "first_photo"),
    ("Pearl's seaside collage is going to the county art show.", ["Pearl Knight"], "first_photo"),
    (
        "Skye holding the junior lifeguard certificate she earned this summer.",
        ["Skye Rowse"],
        "first_photo",
    ),
    ("Ming and his Lunar New Year lantern 🏮", ["Ming Huang"], "first_photo"),
    ("Shelley Keats, winner of our Cornish dialect poetry prize.", ["Shelley Keats"], "full_photo"),
    (
        "Blessing Oyelaran and Mateo Reyes, our new eco-council reps.",
        ["Blessing Oyelaran", "Mateo Reyes"],
        "full_photo",
    ),
    ("Jasper Turner with his county chess medal.", ["Jasper Turner"], "full_photo"),
    (
        "Princess Dela Cruz at the microphone for the talent show.",
        ["Princess Dela Cruz"],
        "full_photo",
    ),
]:
    add(
        ONE,
        kind,
        text,
        photos=[photo(pupils, alt="A pupil smiling and holding up a prize")],
        category="celebration",
        one=True,
    )
many(
    ONE,
    "first",
    [
        "Stan's model lighthouse actually lights up, and it's made from yoghurt pots!",
        "Rowan's poem about the harbour at night made the whole class go quiet.",
        "Mihai has learnt 200 new English words since September.",
        "Elowen brought in her nan's recipe for Cornish fairings for our food day.",
    ],
    category="celebration",
    one=True,
)
many(
    ONE,
    "full",
    [
        "Tristan Eddy has earned his 50-book reading badge.",
        "Our Year 5 swimming gala champion is Florin Lungu.",
        "Faith Chapel will light the Paschal candle at our Easter service.",
    ],
    category="celebration",
    one=True,
)
for text, pupils in [
    ("Year 2 holding up their Harvest poems in the church.", ["Rowan King", "Pearl Knight"]),
    ("Year 6 with their Bikeability certificates!", ["Eden Field", "Sonny Day", "Yu Fong"]),
    ("Reception's pumpkin soup chefs in their aprons 🎃", ["Wren Trelawny", "Bo Yang"]),
    ("Year 4 after the Tamar bridge walk, tired but happy!", ["Verity Newton", "Gale Harbour"]),
    ("Year 3's Roman shields, finished just in time for the parade.", ["Xin Tang", "Jack Marsh"]),
    ("Our Year 5 sea shanty group warming up before the festival 🎶", ["Nessa Hawke", "Kai Lam"]),
    ("Reception's new mud kitchen is open for business!", ["Jan Kowalczyk", "Ocean Rundle"]),
    (
        "Year 1 waving to the ferry on our trip across the Camel estuary ⛴️",
        ["Cove Angove", "Divine Adebayo", "Rui Zhao"],
    ),
]:
    add(
        ONE,
        "pass",
        text,
        category="celebration",
        photos=[photo(pupils, alt="A small group of pupils smiling outdoors")],
    )

# --- preset clauses, one by one: names and initials (Droxford none, Unsworth first names or
# initials, never with pictures; Carlton no names with pictures; Highfield no full names with
# an image and "in most instances" no names; Forefield no details relating to pupils),
# opinions (Highfield, Forefield), text language (Carlton), replies, hours and exceptions
# (Droxford only; Highfield tweets within and outside school hours), reminders to a class
# (Unsworth: "don't forget the..." is acceptable)
PR = "presets"
many(
    PR,
    "pass",
    [
        "Year 3, don't forget the signed permission slip for the lifeboat station visit!",
        "Year 5, don't forget your packed lunch and a warm layer for Thursday's trip to "
        "Lanhydrock.",
        "Don't forget, Reception: Welly Wednesday is back this week 🥾",
    ],
    category="reminder",
)
many(
    PR,
    "first",
    [
        "Demelza and Verity have written a prayer for our new outdoor chapel.",
        "Kelechi explained how a tide pool forms to the whole of Year 4 this morning.",
        "Igor's fact file on puffins is on display in the library.",
    ],
    category="learning",
)
many(
    PR,
    "surname",
    [
        "Year 3's tidiest table this week belongs to Trevithick and friends.",
        "A brilliant science write-up from Nwosu on floating and sinking.",
    ],
    category="learning",
)
many(
    PR,
    "initials",
    [
        "Reception's star of the week is JK, for sharing the sand toys so nicely.",
        "Brilliant sounding out from DA in Year 1 today!",
        "XT's report on Chinese junks is excellent, Year 3.",
    ],
    category="learning",
)
for kind, text, shown in [
    (
        "initials_photo",
        "MW's watercolour of St Michael's Mount, Year 5.",
        photo(["Maja Wiśniewska"], 1, alt="A girl holding a watercolour of an island castle"),
    ),
    (
        "initials_photo",
        "LW and her Year 4 model of a tin mine engine house.",
        photo(["Lin Wu"], 1, alt="A child beside a cardboard engine house model"),
    ),
    (
        "initials_unid",
        "EF's careful hands at work on the Year 6 mosaic.",
        hidden(["Eden Field"], "A child's hands pressing tiles into a mosaic"),
    ),
    (
        "initials_unid",
        "CT in Year 3 drawing the lych gate, only her back in the shot.",
        hidden(["Coral Trevithick"], "A child seen from behind drawing a lych gate"),
    ),
    (
        "unid_no_consent",
        "Year 5 dyeing fabric with blackberries (hands only!).",
        hidden(["Rusty Nance"], "A child's purple-stained hands holding fabric"),
    ),
]:
    add(PR, kind, text, category="learning", photos=[shown])
many(
    PR,
    "opinion",
    [
        "I honestly believe our Harvest Festival is the best in the whole diocese.",
        "My personal view is that phones have no place in any primary school.",
    ],
)
many(
    PR,
    "text_speak",
    [
        "What a gr8 turnout at the carol service, thx all!",
        "Pls bring ur swimming kit tmrw Year 4",
    ],
)
for text, url in [
    (
        "Thank you for coming, the children haven't stopped talking about it!",
        "https://x.com/padstowlifeboat/status/1901000000000000000",
    ),
    (
        "Yes, the fayre is still on, just moved into the hall.",
        "https://x.com/trevonemum/status/1912000000000000000",
    ),
    (
        "We'd love to! Please get in touch with the office.",
        "https://x.com/cornwallbooks/status/1923000000000000000",
    ),
]:
    add(PR, "reply", text, reply_to=url)
# Droxford: Monday to Friday, 8am to 6pm local time, unless a school event or urgent news.
for text, when, _why in [
    (
        "Don't forget: non-uniform day on Monday for the PTFA tombola.",
        "2026-05-16T10:30:00+01:00",
        "a Saturday",
    ),
    (
        "Reminder: swimming starts again tomorrow for Year 5.",
        "2026-09-20T14:00:00+01:00",
        "a Sunday",
    ),
    (
        "Year 6 SATs booster letters have gone home in book bags.",
        "2026-03-30T17:10:00+00:00",
        "18:10 BST, the first Monday of summer time",
    ),
    (
        "Breakfast club will open at 7.45 from today.",
        "2026-10-26T07:40:00+00:00",
        "07:40 GMT, the first Monday after the clocks go back",
    ),
    (
        "Half-term reading challenge sheets are on the website.",
        "2026-10-23T17:15:00+00:00",
        "18:15 BST, the last Friday of summer time",
    ),
    (
        "Christmas jumper day is on Friday: £1 donation please.",
        "2026-12-08T18:30:00+00:00",
        "a Tuesday evening",
    ),
    (
        "Spring term menus are now on the parent app.",
        "2026-03-27T18:05:00+00:00",
        "18:05 GMT, the last Friday of winter time",
    ),
]:
    add(PR, "weekend", text, presets=FIVE, when=when)
for text, when in [
    (
        "Welcome back after the weekend! Library books are due today.",
        "2026-03-30T07:20:00+00:00",
    ),  # 08:20 BST
    (
        "Lost property is on the tables outside the hall until 5.45pm today.",
        "2026-10-26T17:40:00+00:00",
    ),  # 17:40 GMT
    (
        "Have a restful half term, everyone. School reopens on Monday 2 November.",
        "2026-10-23T16:50:00+00:00",
    ),  # 17:50 BST
    (
        "Red Nose Day cakes on sale at the gate this morning!",
        "2026-03-27T08:10:00+00:00",
    ),  # 08:10 GMT
]:
    add(PR, "pass", text, presets=FIVE, when=when)
add(
    PR,
    "pass",
    "Full time in the county tag rugby final: St Morwenna's 4, Bodmin 3! 🏉",
    presets=FIVE,
    when="2026-06-13T11:00:00+01:00",
    exception="event",
    exception_reason="Result from the Saturday county tag rugby final",
)
add(
    PR,
    "pass",
    "Residential day one: coasteering done, supper eaten, all tucked up in bed!",
    presets=FIVE,
    when="2026-06-10T20:30:00+01:00",
    category="residential",
    exception="event",
    exception_reason="Evening update from the Year 6 residential",
)
add(
    PR,
    "pass",
    "The school is closed today: the road to the village is flooded at the ford. Stay safe.",
    presets=FIVE,
    when="2026-01-27T06:45:00+00:00",
    category="urgent",
    exception="urgent",
    exception_reason="Flood closure decided at 6.30am",
)
add(
    PR,
    "pass",
    "Thank you to every child who marched so proudly at the village Remembrance parade.",
    presets=FIVE,
    when="2026-11-08T12:30:00+00:00",
    exception="event",
    exception_reason="The Remembrance Sunday parade the school took part in",
)


# --- more of the year: the same words plainly as children's names, and a few long posts
many(
    W,
    "first",
    [
        "Dawn led our dawn chorus walk and knew every bird song by heart!",
        "June has been to school every day since last June. 100% attendance!",
        "Coral swam 2km in the sea for the RNLI on Saturday and raised over £300 🏊",
        "Patience and Mercy made the most beautiful Easter garden for the church porch.",
        "Harbour drew a map of the harbour for our geography display.",
        "Christian won the under-11 boys' race at the Cornwall cross-country.",
        "Thank you to Honey for bringing in her grandad's bees (safely behind glass!) 🐝",
        "Trinity and Eden read the Bible readings at our Easter service.",
        "Ash planted the first ash sapling in our new woodland area.",
    ],
    category="celebration",
)
many(
    W,
    "full",
    [
        "Ivy Constable's drawing of the church has been chosen for the parish magazine cover.",
        "Robin Drake and Verity Newton came joint first in the Year 3 and 4 science fair.",
    ],
    category="celebration",
)
add(
    T,
    "pass",
    "What a week! 🌊 Year 5 have surveyed the rock pools, written their own sea shanties "
    "and raised £212 for the Cornwall Wildlife Trust. Thank you to every family who came to "
    "the sharing assembly. #BeachSchool #ProudToBeStMorwennas 💙",
)
add(
    T,
    "describe",
    "To the little one in Year 1 who cried at the gate every morning in September: look at "
    "you now, waving goodbye and running in! 🥹 We are so proud of you. #SmallSteps",
)
add(
    TO,
    "negative",
    "Once again we've had to close the car park because people keep ignoring the signs. We've "
    "asked nicely, we've sent letters, we've put out cones. Apparently that's still too much "
    "for some. 🙄 #NotHappy",
)
add(
    S,
    "voc",
    "Brilliant week in Year 4 ✨ Sports day, a trip to Lanhydrock and a visit from the mayor. "
    "Special shout out to #SuperstarTegen for a much calmer week 👏 #Year4",
    category="celebration",
)
add(
    PDF,
    "contact",
    "PTFA news 📣 The summer fayre is on Saturday 11 July, 12-3pm. We still need helpers for "
    "the tombola and the cream tea stall! If you can spare an hour, text Becky on "
    "07700 900 443. Thank you! #SummerFayre",
)
add(
    A,
    "pass",
    "A fond farewell to Mr Penrose, who leaves us this summer after 12 years 💙 He has coached "
    "countless football teams and built the best den in the woods. We will miss you! "
    "#ThankYouMrPenrose",
)


def main() -> None:
    for case in CASES:
        case["staff"] = ROSTER["staff"]
    write_corpus(CASES, GROUPS, "heldout9_corpus.jsonl")


if __name__ == "__main__":
    main()
