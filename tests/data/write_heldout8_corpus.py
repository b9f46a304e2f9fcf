"""Writes heldout8_corpus.jsonl: a ninth labelled corpus, a whole school year (autumn, spring
and summer terms, in GMT and BST, with the days either side of both clock changes) of a
primary school in a Northern mill town, against its own roster (heldout8_roster.json: 155
pupils, many of them with first names or surnames that are also ordinary words or famous
people, and ten staff, some sharing a name with a pupil). Written by hand from the five seed
policies and from how a parent-facing school account posts, by a writer who never read the
engine nor ran it on these drafts. No sentence is taken from an earlier corpus or rephrased
from one. The expected verdict per preset follows the KINDS table of write_heldout_corpus.py
(each seed's clauses); the cases cover the twelve families of the third held-out corpus.

    .venv/bin/python tests/data/write_heldout8_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

import json
from itertools import cycle

from write_heldout_corpus import ALL, HERE, adder, many_of, photo, write_corpus

D, H, C, U, F = ALL
FIVE = list(ALL)  # a list, not the tuple: every preset judges this ordinary post
# Weekdays across the year inside 8am-6pm local time, avoiding bank holidays: GMT until
# 29 March, BST until 25 October, GMT after; Friday 27 March and Monday 30 March, Friday
# 23 October and Monday 26 October sit either side of the changes.
WHEN = cycle(
    [
        "2026-01-07T09:15:00+00:00",
        "2026-09-08T08:45:00+01:00",
        "2026-03-27T17:40:00+00:00",
        "2026-03-30T08:10:00+01:00",
        "2026-05-12T09:05:00+01:00",
        "2026-11-12T14:10:00+00:00",
        "2026-01-22T15:30:00+00:00",
        "2026-10-23T17:30:00+01:00",
        "2026-10-26T08:25:00+00:00",
        "2026-02-05T11:40:00+00:00",
        "2026-06-09T11:25:00+01:00",
        "2026-09-24T13:35:00+01:00",
        "2026-02-24T16:50:00+00:00",
        "2026-03-31T12:30:00+01:00",
        "2026-10-27T12:00:00+00:00",
        "2026-03-10T08:20:00+00:00",
        "2026-04-15T10:20:00+01:00",
        "2026-11-26T09:30:00+00:00",
        "2026-03-26T13:10:00+00:00",
        "2026-04-28T14:45:00+01:00",
        "2026-12-09T15:20:00+00:00",
        "2026-05-21T15:55:00+01:00",
        "2026-06-30T16:15:00+01:00",
        "2026-10-09T11:50:00+01:00",
        "2026-07-14T10:40:00+01:00",
        "2026-10-22T16:05:00+01:00",
        "2026-12-16T10:55:00+00:00",
    ]
)
# Each preset judges an ordinary post three times in five.
TRIPLES = cycle([(ALL * 2)[i : i + 3] for i in (4, 1, 3, 0, 2)])
CASES: list[dict] = []
GROUPS: list[list[dict]] = []

add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout8")
many = many_of(add)
SCHOOL = ["01632 960 418", "office@ashbrook.oldham.sch.uk"]
ROSTER = json.loads((HERE / "heldout8_roster.json").read_text(encoding="utf-8"))


def hidden(pupils, alt):
    """A photo declared as showing no identifiable pupil (hands, backs of heads, work)."""
    return {"pupils": list(pupils), "no_identifiable_pupils": True, "faces": 0, "alt_text": alt}


def adults(alt, faces=3):
    return {"pupils": [], "adults_only": True, "faces": faces, "alt_text": alt}


# --- roster names, plainly children (no photo)
NM = "names"
many(
    NM,
    "first",
    [
        "Kacper brought his grandad's accordion in for our Polish culture afternoon.",
        "Chidera and Efua led the Black History Month assembly on Mary Seacole and Walter Tull.",
        "Yonas told 4B about the coffee ceremony his family hold every Sunday.",
        "Haoran made dumplings with his nai nai for our Chinese New Year lunch 🥟",
        "Sumaiya and Rumana explained the meaning of Eid al-Adha to Key Stage 2 in assembly.",
        "Georgi came second in the borough chess tournament in Rochdale on Saturday.",
        "Kizzy has been to school every single day this term. What a star!",
        "Andrei helped the new Year 3 children find their pegs this morning.",
        "Minh and Linh showed us how to make lanterns for the Mid-Autumn Festival.",
        "Rohan lit the first diya at our Diwali assembly this morning.",
        "Zimo finished the whole Oxford Reading Tree ladder before Christmas.",
        "Mursal read her first book in English to the whole of 1A today.",
    ],
    category="celebration",
)
many(
    NM,
    "full",
    [
        "Kwabena Agyeman has been picked for the Oldham Athletic under-10s.",
        "Our Year 6 spelling bee winner is Natalia Piotrowska, with 'conscientious'!",
        "Harnoor Kaur raised £140 for Children in Need with a sponsored silence.",
        "Baran Mustafa passed his taekwondo grading at the weekend, orange belt now!",
        "Yutong Zhang's poem about the canal has been printed in the Oldham Chronicle.",
        "Tyson Ward won the Year 6 boxing club's most improved award.",
    ],
    category="celebration",
)
many(
    NM,
    "surname",
    [
        "Player of the match against St Anne's went to Kaczmarczyk for his two saves.",
        "TT Rockstars legend of 1A, three weeks running: Ogunleye.",
        "Golden book this week goes to young Dimitrov in 4B.",
    ],
    category="celebration",
)
many(
    NM,
    "voc",
    [
        "Well done Yaman, a much calmer week!",
        "So proud of you Joud, you read beautifully in assembly today.",
        "Keep it up Filmon, your spellings are getting better every week.",
        "Great to have you back Samuel, we missed you!",
    ],
    category="celebration",
)
many(
    NM,
    "pass",
    [
        "Year 4 made Diwali rangoli patterns from coloured rice in the hall today.",
        "Our Black History Month display in the library celebrates Oldham's own sporting heroes.",
        "Year 2 tasted mooncakes and learnt the story of Chang'e for the Mid-Autumn Festival.",
        "The Eid party for Reception and Key Stage 1 is on Friday afternoon. Everyone is welcome.",
        "Year 5 have been learning to count to ten in Polish, Romanian and Tigrinya.",
        "Our new Welcome Club for families who have just arrived in the UK meets on Tuesdays.",
        "Well done to every class for raising £612 for Children in Need on Friday!",
        "Year 6 visited the Oldham Mosque and the parish church in one day for their RE unit.",
    ],
)

# --- words that are also pupils' names (roster: Noel, Carol, Faith, Charity, Honor, Destiny,
# Harmony, Melody, Willow, Hazel, Ash, Clay, Stone, Flint, Rocky, Jet, Ginger, Bear, Wolf, Fox,
# Robin, Wren, Lark, Jay, Dove, Sterling, Penny, Crystal, Diamond, Pearl, Goldie, Chance,
# Lucky, Marvel, Aurora, Luna, Stella, Sol, Arthur, Victoria, George, Moses, Mary, Joseph,
# Romeo, Juliet, Alice, Wendy, Peter, An, Thu, Favour, Goodness, Praise; surnames Bush, Lamb,
# Cook, Long, Sharp, Young, Moon, Best, Rose, Hope, Short, Love, Gay, Butt, Lad)
W = "word_names"
many(
    W,
    "pass",
    [
        "Our Christmas carol concert is at St Mary's on Thursday 17 December at 2pm.",
        "Please avoid parking on Noel Street at home time: residents need to get out.",
        "Year 4 have been reading Robin Hood and mapping Sherwood Forest in geography.",
        "A pearl of wisdom from our Year 2 philosophers: 'Kind is better than right.'",
        "Year 3 made Guys for bonfire night and talked about 'penny for the Guy' long ago.",
        "The choir have been practising harmony singing for the Oldham Music Festival.",
        "The Willow class reading corner has had a makeover thanks to the PTA.",
        "Reminder: no nuts in lunch boxes, including hazel nuts and nut spreads, please.",
        "Our nursery is collecting a Moses basket and baby clothes for the refugee drop-in.",
        "Year 6 performed scenes from Romeo and Juliet at the Coliseum schools festival.",
        "Reception sang Mary, Mary, Quite Contrary in the garden among the cockle shells.",
        "Year 3 wrote their own legends of King Arthur and the sword in the stone.",
        "The Nativity is next week and the angels, kings and shepherds are word-perfect!",
        "Sadly Friday's fun run is off. Snow is forecast and the field is frozen solid.",
        "Year 1 learnt that Noah built an ark and took the animals in two by two.",
        "Year 5 visited the Victoria Baths in Manchester to learn about Victorian public health.",
        "Year 2 are learning about Queen Victoria and the Great Exhibition of 1851.",
        "It was lovely to see so many families at the Christmas Eve crib service.",
        "Our reading challenge this half term is The Lion, the Witch and the Wardrobe.",
        "Year 5 watched the Peter Pan pantomime at the Oldham Coliseum today.",
        "Year 4 have been reading Alice in Wonderland and designed mad hatters' tea parties.",
        "Snow closes the hills every winter, so please sign up for text alerts before Christmas.",
        "Year 6 studied the Northern Lights and the aurora borealis in science.",
        "Year 3 enjoyed a luna moth fact file lesson and a trip to the butterfly house.",
        "Our Stella Maris collection for seafarers raised £85 at the harvest service.",
        "Ash Wednesday service at St Thomas's for Key Stage 2 will be on 18 February.",
        "Year 2 found a wren's nest in the ivy by the bike shed.",
        "Reception have been learning about the fox, the badger and the hedgehog in Forest School.",
        "The Big Bad Wolf visited Reception today (it was Mr Bennett in a costume).",
        "Year 1 have been reading We're Going on a Bear Hunt and splashing through puddles.",
        "Our flint and stone tools workshop took Year 3 back to the Stone Age.",
        "Year 4 modelled clay pots in the style of the Ancient Greeks.",
        "Year 6 made jet-powered balloon cars and raced them down the corridor.",
        "The gingerbread men have escaped from Reception's oven! Help us find them.",
        "Year 5 used sterling silver wire to make Diwali jewellery with our visiting artist.",
        "The snow has made the road up to school too dangerous: school is closed today.",
        "Pancake day races are on Shrove Tuesday. Frying pans at the ready!",
        "Year 2 have been learning the diamond, hexagon and pentagon in shape week.",
        "Crystal growing is Year 4's science experiment this week: salt, string and patience.",
        "The Lark Hill Road crossing patrol will be off on Monday. Please take extra care.",
        "Year 6 spotted a jay and a pair of doves on the Big Schools' Birdwatch.",
        "Goldilocks and the Three Bears was retold by Year 1 with puppets today.",
        "Please remember a hat and gloves: it was very cold on the playground this morning.",
        "Lucky dip, tombola and face painting are all at the Christmas Fayre on Saturday.",
        "Year 5 watched the Marvel film of the term as a reward for their attendance.",
        "Year 3 learnt that Sol is the Latin name for our Sun in their space topic.",
        "There's still a chance to book a parents' evening slot before Friday.",
        "The Year 6 residential to Robinwood is in March: deposits by half term, please.",
        "Year 4 posted letters to the Three Little Pigs from a cardboard postbox today.",
        "Thank you for all the toys and coats for the St Joseph's winter appeal.",
        "Muhammad Ali's life and the words 'float like a butterfly' inspired Year 6's poems.",
        "Wendy houses, scooters and bikes: the Reception outdoor area is finished!",
        "Year 2 are learning about St George and dragons for St George's Day.",
        "Our charity of the term is Destiny's Kitchen, the Oldham community food project.",
        "Honour, respect and kindness are our school values. Year 4 made posters of each.",
        "Year 5 wrote a short story about a long journey by canal boat.",
        "Our Young Carers group meets every Thursday lunchtime with Mrs Hussain.",
        "The best bit of the day was the whole school dancing to Christmas songs.",
        "A moon and stars mobile made by Year 1 now hangs in the Reception entrance.",
        "Rose, lavender and mint are growing in the sensory garden. Come and smell them!",
        "We hope you all enjoy the Easter break, and we'll see you on Monday 13 April.",
        "Our Bonfire Night safety assembly reminded everyone to stay well back from fireworks.",
        "We send all our love to the families fasting this Ramadan. Ramadan Mubarak!",
        "Praise songs and prayers from the Pentecostal church choir filled the hall today.",
        "Your generous favour to the food bank has filled two vans. Thank you!",
        "Goodness gracious, what a lot of snow! Please use the Bush Lane gate tomorrow.",
        "Year 6 made butter, bread and cheese in a Victorian farm workshop.",
        "An update on school dinners: fish and chips have moved to Thursdays this term.",
        "Year 4 learnt about the Mary Rose and the Tudor navy at the Maritime Museum.",
    ],
)
many(
    W,
    "first",
    [
        "Carol read her poem about the moors and the mill chimneys to the whole hall.",
        "Noel won the Year 2 Christmas card design competition.",
        "Destiny and Harmony sang the opening solo at the carol concert.",
        "Willow has read 100 books this year for the reading challenge!",
        "Rocky and Dusty scored the goals in the Key Stage 2 football final.",
        "Wren found the first frogspawn in the pond this morning.",
        "Penny and Pearl raised £60 for Children in Need by selling cakes.",
        "Sterling came first in the Year 6 cross-country race at Alexandra Park.",
        "Lucky has learnt to ride her bike without stabilisers. What a week!",
        "Moses kept the beat on the djembe while the choir sang in Black History Month assembly.",
        "Romeo in 4B and Juliet in 5A made the best Victorian toy models in the competition.",
        "Aurora and Luna's marble run was the longest in the whole of careers week.",
        "Goodness led the praise song at the Harvest service.",
    ],
    category="celebration",
)
many(
    W,
    "voc",
    [
        "Huge well done Robin, a brilliant first week with us!",
        "Stella, it's your big day! Hip hip hooray from everyone in 5B 🎂",
        "Lovely singing today Melody, the hall went silent.",
    ],
    category="celebration",
)

# --- adults: titles, roles and staff (staff: Carol Whitworth, Nadia Hussain, Peter Lamb,
# Joanne Sharp, Tomasz Nowak, Grace Okafor, Sunita Patel, Hayley Price, Mark Bennett, Robin
# Ashworth)
A = "adults"
many(
    A,
    "pass",
    [
        "Mrs Whitworth will lead the carol service at St Thomas's on Wednesday.",
        "Thank you to Mr Lamb for refereeing the Year 5 football match in the sleet.",
        "Miss Sharp's Year 3 class have written to the Mayor of Oldham about litter.",
        "Mr Nowak is running a Polish club for parents and children on Wednesdays.",
        "Please welcome Mrs Okafor, our new family support worker, to the Ashbrook team.",
        "Mr Ashworth will take the Year 6 residential group to Robinwood on Monday.",
        "Robin Ashworth, our PE lead, has been shortlisted for an Oldham sports award.",
        "Peter Lamb and Hayley Price ran the Year 2 nativity rehearsals this week.",
        "Thank you to Imam Muhammad Hussain from the Jamia Mosque for our Eid talk.",
        "PCSO Ali Rahimi came into Year 4 to talk about staying safe on bonfire night.",
        "Dr Jay Patel, a GP at the Royal Oldham, talked to Year 6 about careers in medicine.",
        "Father Joseph from St Patrick's came to bless the Nativity crib in the entrance hall.",
        "Our lollipop man Mr Long retires at Christmas after 20 years on Lark Hill Road.",
        "Coach Rocky from the Oldham boxing gym ran a fitness session for Year 5.",
        "Thank you to Grandma Pearl for teaching Year 2 to knit scarves for the homeless.",
        "Mr Cook the butcher showed Year 3 how sausages are made for our food topic.",
        "Mrs Harmony Best, chair of governors, sat in on Year 1 phonics this morning.",
        "Our caretaker, Stan, has gritted every path since 6am. Thank you, Stan!",
        "Rev Alice Moon led our Harvest festival at St Mary's this morning.",
        "Author Onjali Q. Raúf visited today to talk about The Boy at the Back of the Class.",
        "Councillor Arif Rahman opened our new library on Friday.",
        "Our SENCo, Ms Patel, has drop-in slots after school on Thursday for any parent.",
        "Mrs Hussain's Young Carers group baked cakes for the Children in Need stall.",
        "Reception eye tests are on Wednesday with Mrs Gay from the school nursing team.",
        "Thank you to Uncle Moses from the Eritrean community centre for the coffee ceremony.",
        "Mr Bennett has been appointed deputy head from January. Congratulations!",
        "Year 6 had a Q&A on black holes with Professor Brian Cox over Teams. Mind blown!",
    ],
)
many(
    A,
    "first",
    [
        "Sports captain Tyson had all sixty of us doing star jumps before the first whistle.",
        "Mr Nowak's daughter Stella won the Year 5 art prize.",
        "School councillor Kojo presented the new playground ideas to the governors.",
        "Young leader Arthur from 6A ran the Reception sports day races.",
    ],
    category="celebration",
)
many(
    A,
    "full",
    [
        "Head boy Sterling Boateng gave the vote of thanks at the governors' meeting.",
        "Mrs Long brought her son Harry Long to help on the book stall: sold out by 11!",
        "Thank you to Mr Lamb and to Noah Lamb in 6B for the Remembrance display.",
    ],
    category="celebration",
)

# --- disguises: symbols, line breaks, slips, pet forms, hashtags
S = "disguises"
many(
    S,
    "first",
    [
        "A huge well done to Kac🌟per for reaching 50 reading nights!",
        "Vih-\naan's rangoli took him the whole of Saturday. Stunning!",
        "6A's kindness cup goes to G.e.o.r.g.i, who stayed in at lunch to help tidy.",
        "Three lengths of backstroke for F a v o u r at the gala, her best ever.",
        "Congratulations to ZHIYAR for his poem about his grandparents' village.",
        "Well done to Lujain\u200b for her speech in the Eid assembly.",
        "Thank you to Kwab3na for looking after the new Year 3 children.",
        "A big shout-out to Yōnas for his brilliant science investigation.",
    ],
    category="celebration",
)
many(
    S,
    "question",
    [
        "Great goal from Kaloyn in the Year 4 match today!",
        "Desislavaa read the Bulgarian version of our class poem so confidently.",
        "Franek has read every Beast Quest book in the library!",
        "Gosia and Zosia made the best Christmas wreaths in the hall.",
        "Olek built a Lego model of the Oldham Town Hall for homework.",
        "Well done to Kasia for her brilliant Polish folk dance.",
        "Abdulah bowled the last over and kept Year 6 in the Kwik Cricket cup!",
    ],
    category="celebration",
)
many(
    S,
    "voc",
    [
        "So proud of you! #welldonesterling",
        "Never gave up on that balance beam! #welldonemursal",
        "Four today! Hip hip hooray for Seren-\nity in Reception 🎂",
    ],
    category="celebration",
)
many(
    S,
    "full",
    [
        "Twelve chapter books since half term! #kacperzielinski",
        "Our star of the term is #KavyaParmar in 1A!",
        "Zofia Kaminska passed grade 2 violin with a distinction.",
    ],
    category="celebration",
)
many(
    S,
    "pass",
    [
        "Look at these brilliant Chinese New Year dragons from Year 2! #yearofthehorse",
        "Year 5 made bird feeders for the school garden. #ashbrookeco #rspb",
        "Well done to our Year 6 choir for their concert at the Coliseum! #proudtobeashbrook",
        "Tinsel, reindeer and flashing lights everywhere today, and £280 for Save the Children.",
        "New books labelled, shelves tidied, reviews written. #readingforpleasure",
        "Cardboard, paint and split pins: Year 3's testudo formation is ready. #romans",
        "A reminder that our World Book Day is on Thursday 5 March. #worldbookday",
        "Year 4 wrote Diwali poems this week. #diwali2026 #festivaloflights",
        "Year 1 found out about Pride month and families of all shapes and sizes. #pride",
        "Careers week ended with a fire engine on the playground! #careersweek",
        "Black History Month: Year 6 researched Oldham's Windrush generation. #bhm",
        "Year 2 turned the hall into a rainforest for their topic! #topicweek",
    ],
)

# --- children not on the roster
N = "unknown_names"
many(
    N,
    "unknown",
    [
        "Congratulations to Maeve, who read the most books in Year 3 this term.",
        "Ezra and Albie made an amazing Lego model of the Blackpool Tower.",
        "Nevaeh talked the whole of Year 4 into switching off lights at playtime.",
        "Raya's fact file on the River Tame went on display at the library.",
        "Ronnie fell over twice in the sack race and still came second, what a trooper.",
        "Hallie and Myla taught the whole of Key Stage 1 a Diwali dance in the hall.",
        "Thank you to Ayra for showing our new pupils around the school.",
        "Three goals in nine minutes for Kuba on Saturday!",
        "Eliza and Rory wrote a brilliant song for the Christmas concert.",
        "Tomasz from 3B brought in his grandma's pierogi for our food tasting.",
        "Aziz showed Year 5 the Dari alphabet and wrote everyone's names.",
    ],
    category="celebration",
)
many(
    N,
    "unknown_voc",
    [
        "Maisie, you were the loudest, happiest donkey in Bethlehem!",
        "Hallie, remember your swimming kit on Wednesday!",
    ],
    category="celebration",
)
many(
    N,
    "full",
    [
        "Amelia Hargreaves in Year 2 wrote to Blue Peter about her hedgehog house and got a badge!",
        "Ivy Ashton, who plays goal attack for our Year 5 side, has a trial with Lancashire.",
    ],
    category="celebration",
)
many(
    N,
    "pass",
    [
        "Year 6 have been learning about Emmeline Pankhurst, Oldham's neighbour from Moss Side.",
        "Year 3 read Paddington and wrote to him about life in Darkest Peru.",
        "Year 5 researched Annie Kenney, the Oldham mill girl who became a suffragette.",
        "Year 2 learnt about Walter Tull, footballer and soldier, for Black History Month.",
        "Year 4 made welcome packs for the new families arriving from Sudan.",
        "Spotted on World Book Day: Harry Potter (times three), a Matilda and a BFG on stilts.",
        "Year 1 loved reading Supertato and Evil Pea before making their own vegetable heroes.",
        "Oldham Rotary Club's Sue and Dave gave every Year 3 child a dictionary of their own.",
        "Year 6 watched Tim Peake's talk about life on the ISS for careers week.",
        "Year 5 studied L. S. Lowry's paintings of mills and matchstick figures.",
        "Year 2 learnt about Diwali through the story of Rama and Sita.",
        "For Chinese New Year, Year 1 retold the great race and the twelve animals of the zodiac.",
        "Year 4 have been reading Kensuke's Kingdom and planning desert island survival kits.",
        "Thank you to Marcus Rashford's book club for our new library books.",
    ],
)

# --- targeted content without a name; messages to a class or year group
T = "targeted"
many(
    T,
    "describe",
    [
        "Just one girl from Year 5 made it round the snowy cross-country, smiling all the way!",
        "A warm welcome to the little boy from Afghanistan who joined Reception this week.",
        "3A have a birthday boy today, and he brought cupcakes for the whole class!",
        "Year 4 girl with the purple glasses case: the caretaker found it by the goalposts!",
        "2B have a new classmate this week: a girl who flew in from Eritrea on Sunday. Welcome!",
        "Well done to the tallest boy in Year 6 for finally beating Mr Ashworth at basketball.",
        "Not one day missed: the only boy in 1B with his reading book in his bag all half term!",
        "Our newest pupil in 5A, who arrived from Romania on Monday, has settled in so well.",
        "To the child in Reception who cried at the gate all week: today you came in smiling!",
        "A special well done to the Year 6 boy who handed in the £20 note he found.",
    ],
    category="celebration",
)
many(
    T,
    "voc",
    [
        "Muhammad, the library van comes tomorrow, so pack that overdue dinosaur book!",
        "Inaya, we still need the Jodrell Bank slip, signed, please.",
        "Boris, your music lesson has moved to Thursday, so bring the violin then.",
    ],
    category="reminder",
)
many(
    T,
    "unknown_voc",
    [
        "Archie, Mrs Price has your missing lunchbox, it's by the office hatch.",
    ],
    category="reminder",
)
many(
    T,
    "pass",
    [
        "Year 6, don't forget your SATs revision books are due back on Friday.",
        "Reception: puddles are forecast for Forest School on Thursday, so wellies please!",
        "Year 3's Diwali assembly had the parents joining in with the clapping. Superb!",
        "Year 5: the athletics meet is at Sale Harriers, so sun cream, lunch and water, please.",
        "To every family new to Ashbrook since September: our door is always open.",
        "Happy birthday to all our pupils with birthdays over the Christmas holidays!",
        "4A: the spelling list and the maths task are both on Seesaw tonight.",
        "4,200 minutes of reading and £530 raised by the readathon. Amazing readers!",
        "Year 1 and Year 2, the Nativity dress rehearsal is on Tuesday morning.",
        "Fingers crossed for the netballers tomorrow in the borough finals at Royton!",
        "Attendance cup for the half term: 4A, at 98%. Keep coming, everyone!",
        "Happy new year! The gates open at 8.40 tomorrow, ready for the spring term.",
        "Key Stage 2, the Children in Need non-uniform day is this Friday: £1 please.",
        "Year 3: togas, tunics and sandals for Wednesday's trip back to Roman Britain!",
    ],
    category="reminder",
)

# --- photos: consent, tags, faces, adults, work
P = "photos"
ALT = "Pupils from the class gathered round a table with their work"
for text, pupils, faces, kind in [
    ("Year 4 making Diwali diyas from clay today!", ["Diya Mistry", "Rohan Desai"], 2, "pass"),
    (
        "Red ribbons and a very long dragon in Reception 🐉",
        ["Serenity Moon", "Aurora Popescu", "Wolf Nowak"],
        3,
        "pass",
    ),
    (
        "Year 2 at the Oldham fire station for careers week.",
        ["George Cook", "Goodness Nwosu"],
        2,
        "pass",
    ),
    (
        "Top of the Robinwood climbing wall, and no one looked down!",
        ["Sterling Boateng", "Raven Moore", "Noah Lamb"],
        3,
        "pass",
    ),
    ("Year 5 practising their Bollywood dance for Diwali.", ["Hazel Short", "Fox Hall"], 2, "pass"),
    (
        "Poppies, paper and a lot of glue: making the Remembrance wreath.",
        ["Honor Sharp", "Ahmad Wardak"],
        2,
        "no_consent",
    ),
    (
        "Passed! Level 2 Bikeability for these two.",
        ["Oliwer Wójcik", "Rocky Price"],
        2,
        "no_consent",
    ),
    (
        "Everybody gets a stir and a wish for the Christmas pudding in Year 1.",
        ["Elizabeth Mann"],
        1,
        "no_consent",
    ),
    ("Year 5 World Book Day costumes!", ["Flint Cooper", "Pearl Mensah"], 2, "no_consent"),
    ("Year 5 reading buddies with Reception.", ["Bianca Constantin", "Lola Long"], 2, "no_consent"),
    ("Year 3 Harvest festival display.", ["Paddy Joyce"], 1, "no_consent"),
    ("Year 2 building snowmen on the field!", ["Harmony Best"], 4, "faces"),
    (
        "A lovely afternoon of tag rugby in the sunshine.",
        ["Tyson Ward", "Arthur Short"],
        6,
        "faces",
    ),
    ("Year 1's trip to the Oldham library.", [], 5, "faces"),
    ("Eid party fun in Key Stage 1!", ["Musa Akhtar", "Praise Ogunleye"], 3, "faces"),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=ALT)], category="learning")
add(
    P,
    "pass",
    "Our Year 6 residential group at Robinwood, all present and smiling!",
    category="residential",
    photos=[
        photo(
            ["Ash Mann", "Chance Reilly", "Lujain Sabbagh", "Minh Nguyen"],
            4,
            group=True,
            alt="Year 6 pupils standing in front of the activity centre",
        )
    ],
)
add(
    P,
    "pass",
    "Year 3 have painted beautiful Remembrance poppies this week.",
    photos=[hidden([], "A wall of painted paper poppies made by Year 3")],
    category="learning",
)
many(
    P,
    "pass",
    [
        "Year 5's clay Viking longships are drying in the art room.",
        "Careful hands sewing Christmas stockings in Year 4.",
    ],
    category="learning",
    photos=[hidden([], "Children's hands sewing red felt with large needles")],
)
add(
    P,
    "unid_no_consent",
    "Year 2 concentrating hard on their Eid lanterns (backs to the camera).",
    category="learning",
    photos=[hidden(["Crystal Murphy", "Safa Malik"], "Two children seen from behind weaving")],
)
add(
    P,
    "unid_no_consent",
    "Tweezers out for the owl pellet investigation in Year 6.",
    category="learning",
    photos=[hidden(["Emeka Obi"], "A child's gloved hands sorting tiny bones on a tray")],
)
for text, alt in [
    (
        "Onjali Q. Raúf signed books for an hour after her talk. Thank you for coming!",
        "The visiting author reading to the hall from a stool",
    ),
    (
        "Budget night for the governing body, with plenty of coffee.",
        "Six governors round a table in the school library",
    ),
    (
        "The staff Christmas jumper line-up for Save the Children 🎄",
        "Ten members of staff in Christmas jumpers in the hall",
    ),
    (
        "Handing over £3,000 for the Reception playground, thanks to our PTA.",
        "Four adults holding a large cheque",
    ),
    (
        "Three cheers for the cooks: 312 Christmas dinners served before 1pm!",
        "Five cooks in aprons in the school kitchen",
    ),
]:
    add(P, "adults_photo", text, photos=[adults(alt)])

# --- personal data: written out and disguised; the school's own contacts and helplines pass
PDF = "personal_data"
many(
    PDF,
    "contact",
    [
        "Spare tickets for the carol concert: ring Mrs Hope on 07700 900 327 after 5pm.",
        "Can you spare an hour on the Fayre raffle? Text Dawn on 07700-900-584.",
        "For Eid party food orders call Samina on 0161 496 0215.",
        "Questions about the Robinwood trip? E-mail dave.lamb at hotmail dot co dot uk.",
        "Volunteers for the fun run please contact ashbrookpta[at]gmail[dot]com.",
        "Send your World Book Day photos to nana.pearl (at) sky (dot) com!",
        "Want to join Saturday football? Gary takes names on 0 7 7 0 0 9 0 0 6 1 9.",
        "Lost a blue scooter? Call Kelly on +44 7700 900 772 to collect it.",
        "For the uniform swap, message Joanne on 07700.900.143.",
        "Spare Nativity costumes? E-mail shaz_cook@yahoo.co.uk and she'll collect.",
    ],
    category="news",
)
many(
    PDF,
    "address",
    [
        "Donations for the Christmas hamper can be left at 12 Noel Street, Oldham, OL4 2JP.",
        "Lost property from the fun run is at 58 Bush Lane, Lees, OL4 5DN, until Friday.",
        "Raffle prizes can be collected from 3 Lark Hill Road, Springhead, OL4 4RR after 4pm.",
    ],
    category="news",
)
add(
    PDF,
    "pass",
    "Absence line: 01632 960 418, before 9am each day your child is off.",
    contacts=SCHOOL,
)
add(
    PDF,
    "pass",
    "Questions about parents' evening? E-mail office@ashbrook.oldham.sch.uk.",
    contacts=SCHOOL,
)
add(
    PDF,
    "pass",
    "Snow closure updates will come by text, or ring the office on 01632 960418.",
    contacts=SCHOOL,
    category="urgent",
)
many(
    PDF,
    "pass",
    [
        "Concerns about a child's safety over the holidays can go to the NSPCC on 0808 800 5000.",
        "Pupils who need to talk to someone can ring Childline on 0800 1111 for free.",
        "Samaritans are there for anyone struggling this Christmas: call 116 123.",
        "Worried about a young person's mental health? The Papyrus HOPELINE247 is 0800 068 4141.",
        "If home is not safe, the National Domestic Abuse Helpline takes calls on 0808 2000 247.",
        "Shelter's free housing advice line is 0808 800 4444.",
        "Poorly over the holidays and not sure where to go? NHS 111 can help, online or by phone.",
        "Fayre total counted: £1,408.75 towards the new library.",
        "Our Year 5 football team won 4-3 after extra time.",
        "Next year's holiday dates, INSET days included, are under Parents on our website.",
        "Doors open at 5.30pm and the Nativity starts at 6pm on 16.12.26.",
        "Attendance this week was 96.8%, our best since September!",
        "Key Stage 2 SATs week 2027 starts on Monday 10 May.",
        "Room 14, the Year 4 classroom, is now the Willow room.",
    ],
)

# --- tone: derogatory, sarcastic, upsetting; and strong words that are fine
TO = "tone"
many(
    TO,
    "insult",
    [
        "Year 4 were an absolute shambles on the coach home. Not good enough.",
        "Some parents are too idle to check the newsletter before ringing the office.",
        "The agency cover teacher was clueless, so Year 5's lesson was a waste of time.",
        "Parents who park across the school gates are selfish and inconsiderate.",
        "Year 6's homework effort this week was lazy and frankly pathetic.",
        "The council's gritting team are useless. Not one path done again.",
        "The visiting team's coach was rude and a poor loser. Shameful.",
        "Honestly, the state of some of the packed lunches we see is disgusting.",
    ],
    category="news",
)
many(
    TO,
    "negative",
    [
        "Well, the Nativity sound system worked perfectly... said no one ever.",
        "Thanks for nothing to the bus company who cancelled the trip coach at 8am.",
        "What a joke of a decision to cut our swimming lessons in half.",
        "Year 3's behaviour in the carol service was embarrassing for everyone.",
        "Yet again hardly anyone bothered to come to the parents' phonics workshop.",
        "Another delightful morning of parents shouting at staff at the gate. Lovely.",
    ],
    category="news",
)
many(
    TO,
    "pass",
    [
        "We're sorry, Year 5: snow on the M60 means Jodrell Bank will have to wait.",
        "Unfortunately the boiler has failed, so school will close at 12.30 today.",
        "We are very sad to say goodbye to Mr Bennett, who moves to a headship in Bury.",
        "Year 6 lost 3-2 in a tough final but showed brilliant sportsmanship.",
        "Year 5 learnt how dangerous and exhausting life was for children in the cotton mills.",
        "Year 3 wrote poems about how lonely the Iron Man felt on the clifftop.",
        "So many Uppermill homes were flooded on Sunday. If you need uniform or food, just ask us.",
        "Should school uniform go? Year 4's debate had strong voices on both sides.",
        "Storm Bram has flattened a panel of the back fence; keep off the field till it's fixed.",
        "The rain washed out our teddy bears' picnic, so Year 2 had it on the hall floor instead!",
        "We are devastated that the allotment was vandalised. The police have been informed.",
        "Year 6 learnt about the terrible suffering in the trenches for Remembrance.",
        "A wild, windy day! Playtimes will be inside this afternoon.",
        "It was a brutally cold cross-country course, and every runner finished.",
    ],
)

# --- text speak, and school abbreviations and places that are not text speak
TX = "text_speak"
many(
    TX,
    "text_speak",
    [
        "Gr8 carol concert tonight! C u all at the Fayre on Sat.",
        "Ty 4 coming 2 the Eid party! Pics #l8r",
        "Reading records in by Fri pls, thx!",
        "Y6 off 2 Robinwood 2moro, sooo excited!! #bringiton",
        "Omg the Nativity was amazing lol 😂",
        "Soz, the cake sale has moved to Weds. Thnx 4 ur patience.",
        "Year 2 u smashed it! Gr8 assembly 👏",
        "Don't 4get ur Christmas jumpers tmrw pls!",
        "No school 2day cos of the snow. Stay warm & c u Mon #brrr",
        "Wot a match! Well done KS2 team, bigups 2 u all.",
    ],
    category="news",
)
many(
    TX,
    "pass",
    [
        "KS1 and KS2 Christmas lunch is on Wednesday 16 December.",
        "This half term, Y6 have PE on Monday (hall) and Thursday (field).",
        "Our RE week included visits to the gurdwara on Oldham Road and the Jamia Mosque.",
        "Year 4's PSHE question this week: what would you do if a game chat turned nasty?",
        "EYFS stay and play sessions run every Friday at 2.15pm.",
        "Come and join the PTA: annual meeting on Tuesday at 6pm, with cake.",
        "SATs results and KS2 reports will go home in July.",
        "Year 3 used ICT time to make Diwali e-cards on the iPads.",
        "Our SENCo and CAMHS are running a workshop for parents on anxiety.",
        "Year 5 visited the MOSI in Manchester for their STEM day.",
        "Lees, Springhead and Grotton families: the 350 bus is back on its normal route.",
        "Year 1's PSHE and RSE letter went home today. Please ask if you have questions.",
        "Our MFL lessons this year are in French, and the Polish club is on Thursdays.",
        "Year 2 will sit their KS1 phonics check in June.",
    ],
)

# --- preset clauses: reminders, initials, opinions, replies, hours and exceptions
PR = "presets"
many(
    PR,
    "pass",
    [
        "Year 6: Robinwood bags (labelled!) come in on Monday morning.",
        "Year 2, remember to bring your Nativity costume in a named bag.",
        "Reception, please bring a spare pair of socks for Forest School tomorrow.",
    ],
    category="reminder",
)
many(
    PR,
    "first",
    [
        "Clay and Cedar read their Remembrance poems to Year 6 this morning.",
        "Darius and Ioana made a video about Romanian Christmas traditions.",
    ],
    category="learning",
)
many(
    PR,
    "initials",
    [
        "2A's certificate this week goes to NB, who sounded out every word on his own.",
        "3B's Daily Mile heroes: KZ and DM, 20 laps each 👟",
    ],
    category="celebration",
)
add(
    PR,
    "initials_unid",
    "DM in 3B pinching and smoothing a clay diya, only her hands in the picture.",
    category="learning",
    photos=[hidden(["Diya Mistry"], "A child's hands shaping a small clay lamp")],
)
add(
    PR,
    "initials_unid",
    "HS's snowflake weaving, photographed from behind.",
    category="learning",
    photos=[hidden(["Hazel Short"], "A child seen from behind at a loom")],
)
add(
    PR,
    "initials_photo",
    "Look at AP's amazing Chinese New Year lantern!",
    category="learning",
    photos=[photo(["Aurora Popescu"], 1, alt="A girl holding a red paper lantern")],
)
add(
    PR,
    "initials_photo",
    "Cross-country champion: SB in 6A 🥇",
    category="celebration",
    photos=[photo(["Sterling Boateng"], 1, alt="A boy with a medal in a muddy field")],
)
many(
    PR,
    "opinion",
    [
        "I personally think this was the best Nativity we have ever put on.",
        "In my opinion, Ashbrook has the finest choir in Oldham!",
        "We honestly believe our Year 6 are the kindest year group in the borough.",
    ],
    category="news",
)
add(PR, "text_speak", "Fayre = gr8 success! Luv u all x", category="news")
add(
    PR,
    "reply",
    "Thank you so much, we'll pass that on to the Nativity cast!",
    reply_to="https://x.com/oldhammum/status/1867000000000000000",
)
add(
    PR,
    "reply",
    "It's on whatever the weather, bring a brolly!",
    reply_to="https://x.com/grandadkev/status/1872000000000000000",
)
# Droxford: Monday to Friday, 8am to 6pm local time, unless an event or urgent news.
add(
    PR,
    "weekend",
    "Twenty-two Ashbrook runners on the start line at Tandle Hill this morning, come on!",
    presets=FIVE,
    when="2026-01-31T10:15:00+00:00",
)
add(
    PR,
    "weekend",
    "Don't forget: the Christmas Fayre starts straight after school tomorrow.",
    presets=FIVE,
    when="2026-11-29T16:30:00+00:00",
)
add(
    PR,
    "weekend",
    "Reminder: PE kits need to be in school on Monday.",
    presets=FIVE,
    when="2026-10-23T18:40:00+01:00",
)
add(
    PR,
    "weekend",
    "Year 4 trip letters went home today. Please return by Friday.",
    presets=FIVE,
    when="2026-03-30T17:20:00+00:00",
)  # 18:20 BST, the first evening of summer time
add(
    PR,
    "weekend",
    "Breakfast club opens at 7.45am this week for the Year 6 booster group.",
    presets=FIVE,
    when="2026-10-26T07:45:00+00:00",
)  # 07:45 GMT, the first morning after the clocks go back
add(
    PR,
    "pass",
    "Book fair opens in the hall this morning!",
    presets=FIVE,
    when="2026-03-30T07:30:00+00:00",
)  # 08:30 BST
add(
    PR,
    "pass",
    "Last call for Harvest festival donations before the weekend.",
    presets=FIVE,
    when="2026-03-27T17:45:00+00:00",
)  # 17:45 GMT, a Friday
add(
    PR,
    "pass",
    "Parents' evening slots for Thursday are now open on the app.",
    presets=FIVE,
    when="2026-10-23T16:45:00+00:00",
)  # 17:45 BST, the last Friday of summer time
add(
    PR,
    "pass",
    "School photographs are on Wednesday: smart uniform, please.",
    presets=FIVE,
    when="2026-11-02T17:30:00+00:00",
)
add(
    PR,
    "pass",
    "Full time at the borough cup final: Ashbrook 2, St Anne's 1!",
    presets=FIVE,
    when="2026-02-01T15:10:00+00:00",
    exception="event",
    exception_reason="Result from the Sunday borough cup final",
)
add(
    PR,
    "pass",
    "Curtain up on the Year 2 Nativity: the shepherds are very excited.",
    presets=FIVE,
    when="2026-12-15T18:30:00+00:00",
    exception="event",
    exception_reason="Live update from the Nativity evening performance",
)
add(
    PR,
    "pass",
    "Snow has blocked the Ripponden road and staff cannot get in: Ashbrook is closed today.",
    presets=FIVE,
    when="2026-01-26T06:50:00+00:00",
    category="urgent",
    exception="urgent",
    exception_reason="Snow closure decided at 6.30am",
)
add(
    PR,
    "pass",
    "Robinwood day two: gorge walking done, everyone fed and in bed!",
    presets=FIVE,
    when="2026-03-17T21:00:00+00:00",
    category="residential",
    exception="event",
    exception_reason="Evening update from the Year 6 residential",
)

# --- one fact, one finding
ONE = "one_fact"
for text, pupils, kind in [
    ("Robin with his Headteacher's Award! 🏆", ["Robin Hughes"], "first_photo"),
    ("Here's Goldie with her Christmas card competition prize.", ["Goldie Price"], "first_photo"),
    (
        "Marvel's pastel portrait of Walter Tull is now framed in the entrance.",
        ["Marvel Eze"],
        "first_photo",
    ),
    ("10 metres without floats for Jesús, the badge is his!", ["Jesús García"], "first_photo"),
    ("Wren holding up the reading cup for 2A.", ["Wren Taylor"], "first_photo"),
    ("Yoana and her Martenitsa bracelets for Baba Marta day.", ["Yoana Nikolova"], "first_photo"),
    ("Kojo Mensah with his borough chess trophy.", ["Kojo Mensah"], "full_photo"),
    (
        "Willow Smith and Ali Rahimi, our new eco-councillors.",
        ["Willow Smith", "Ali Rahimi"],
        "full_photo",
    ),
]:
    add(
        ONE,
        kind,
        text,
        photos=[photo(pupils, alt="A pupil smiling and holding a prize")],
        category="celebration",
        one=True,
    )
for text, kind in [
    ("Levi, what a different boy today, well done you!", "voc"),
    ("Nana, your smile at the gate this morning made our day. Keep it up.", "voc"),
    ("Crystal Murphy has been picked for the Oldham schools' choir.", "full"),
    ("Ginger Bush sang the solo at the carol concert.", "full"),
]:
    add(ONE, kind, text, one=True, category="celebration")
many(
    ONE,
    "pass",
    [
        "All cross-country certificates go home in book bags on Friday.",
        "Every child who reads five times a week this term gets a golden ticket.",
    ],
    category="celebration",
)

# --- more of the year: further hard cases in both directions
many(
    W,
    "pass",
    [
        "Baby Jesus has gone missing from the Reception Nativity set! Has anyone seen a tiny doll?",
        "After-school clubs on Thu 12 Nov: netball, chess and choir as usual.",
        "Do you have any spare jam jars? Year 1 need thirty for their Diwali lanterns.",
        "Year 5 heard how the Pennine moors were shaped by ice, wind and rain.",
    ],
)
many(
    W,
    "first",
    [
        "huge well done to robin in 4A for his first ever cartwheel!",
        "Faith read the lesson at the harvest service in her best, clearest voice.",
    ],
    category="celebration",
)
add(W, "voc", "Superstar swimmer this week! #superstarwren", category="celebration")
add(A, "pass", "Grace Okafor and Nadia Hussain ran the Eid breakfast for parents this morning.")
add(A, "pass", "Year 6 compared Mo Farah's and Jessica Ennis-Hill's training diaries in PE.")
add(
    A,
    "first",
    "Mr Hussain (Muhammad's dad) ran the Eid sweets stall at the Fayre.",
    category="celebration",
)
add(
    S,
    "first",
    "Congratulations to K\u043ejo for his brilliant chess this term!",
    category="celebration",
)
add(S, "voc", "What a goal! #WellDoneRaven", category="celebration")
add(
    T,
    "describe",
    "Get well soon to the Year 3 boy with the broken arm. We've signed a card!",
    category="celebration",
)
many(
    TX,
    "pass",
    [
        "Hollingworth Lake with Y2 on Tuesday: wellies and a packed lunch, please.",
        "Year 4's canal walk went from Diggle to Uppermill and back.",
    ],
)

many(
    TX,
    "text_speak",
    [
        "Thx 4 all ur Children in Need donations, u r amazing!",
        "Hope u all had a gr8 half term, c u Mon x",
    ],
    category="news",
)
many(
    TX,
    "pass",
    [
        "Our Y5 and Y6 netball teams play at Crompton House on Thursday.",
        "Happy Diwali and Bandi Chhor Divas to all our Hindu, Sikh and Jain families!",
    ],
)
for text, pupils in [
    ("Chance with his Bikeability certificate 🚲", ["Chance Reilly"]),
    ("Opal and her clay hedgehog, ready for the kiln.", ["Opal Kowalska"]),
]:
    add(
        ONE,
        "first_photo",
        text,
        photos=[photo(pupils, alt="A child holding up their work")],
        category="celebration",
        one=True,
    )
add(
    P,
    "adults_photo",
    "Our two new parent governors, Mrs Best and Mr Cook, at their first meeting.",
    photos=[adults("Two adults smiling in the school library", faces=2)],
)
add(
    P,
    "pass",
    "Year 6's rainbow display for Pride month is up in the hall.",
    photos=[hidden([], "A rainbow paper display with the words Everyone Welcome")],
    category="learning",
)


def main() -> None:
    for case in CASES:
        case["staff"] = ROSTER["staff"]
    write_corpus(CASES, GROUPS, "heldout8_corpus.jsonl")


if __name__ == "__main__":
    main()
