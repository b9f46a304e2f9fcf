"""Writes heldout7_corpus.jsonl: an eighth labelled corpus, a whole school year (September to
July, winter and summer time, the days either side of both clock changes) of a UK primary school
posting from staff phones: the office, teaching assistants, the PE coach, the head, the chair of
governors and the PTA, in long and short posts, run-on sentences, missing capitals, emoji,
hashtags, lists and replies. Written by hand from the five seed policies before the engine saw any
of it, against a new roster (heldout7_roster.json) whose first names and surnames are often also
ordinary words. No sentence is taken from the engine's output or from an earlier corpus. The
expected verdict per preset follows the KINDS table of write_heldout_corpus.py (each seed's
clauses), with the "typo" kind of write_heldout6_corpus.py (Highfield's and Carlton's
"grammatically correct"); the cases cover the twelve families of the third held-out corpus.

    .venv/bin/python tests/data/write_heldout7_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

import json
from itertools import cycle

from write_heldout_corpus import ALL, HERE, KINDS, WORK, adder, many_of, photo, write_corpus

D, H, C, U, F = ALL
EITHER = ["block", "warn"]
KINDS["typo"] = {
    D: ("pass", None),
    H: (EITHER, "spelling"),
    C: (EITHER, "spelling"),
    U: ("pass", None),
    F: ("pass", None),
}

# Term-time weekdays inside 8am-6pm Europe/London across the year, away from bank holidays:
# GMT to Friday 27 March, BST from Monday 30 March to Friday 23 October, GMT from Monday
# 26 October. Some are written in UTC although the clocks say an hour later.
WHEN = cycle(
    [
        "2026-09-08T08:25:00+01:00",
        "2026-09-24T15:15:00+01:00",
        "2026-10-09T12:00:00+01:00",
        "2026-10-23T16:50:00+01:00",
        "2026-10-23T07:30:00+00:00",
        "2026-10-26T09:45:00+00:00",
        "2026-10-26T17:10:00+00:00",
        "2026-11-17T13:35:00+00:00",
        "2026-12-09T11:05:00+00:00",
        "2026-12-17T14:45:00+00:00",
        "2026-01-06T08:40:00+00:00",
        "2026-01-20T15:55:00+00:00",
        "2026-02-04T12:30:00+00:00",
        "2026-02-26T09:05:00+00:00",
        "2026-03-12T16:45:00+00:00",
        "2026-03-27T10:20:00+00:00",
        "2026-03-27T17:35:00+00:00",
        "2026-03-30T08:15:00+01:00",
        "2026-03-30T07:40:00+00:00",
        "2026-04-23T11:25:00+01:00",
        "2026-05-12T16:30:00+00:00",
        "2026-06-05T09:30:00+01:00",
        "2026-06-30T17:05:00+01:00",
        "2026-07-14T10:40:00+01:00",
    ]
)
# Each preset judges an ordinary post three times in five.
TRIPLES = cycle([(ALL * 2)[i : i + 3] for i in (1, 4, 2, 0, 3)])
CASES: list[dict] = []
GROUPS: list[list[dict]] = []

add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout7")
many = many_of(add)
SCHOOL = ["0117 496 0381", "office@parksideprimary.bristol.sch.uk"]

# --- roster names, plainly children (no photo)
NM = "names"
many(
    NM,
    "first",
    [
        "massive well done to Domantas who finished the whole Reading Plus level this week 📚",
        "Chinedu and Nikodem were on the gate this morning handing out the Harvest leaflets, "
        "they did a brilliant job",
        "Saanvi taught the whole of 3A how to tie a rakhi for Raksha Bandhan today.",
        "Lovely Diwali rangoli outside the office made by Aarav and Priya 🪔",
        "Gabija brought in Lithuanian šakotis to share for European Day of Languages!",
        "Oisín counted all the way to 20 in Irish for us at carpet time ☘️",
        "Hodan and Ilhan read their Somali poems at the Black History Month assembly.",
        "Tymon, Oskar and Zuzanna have been practising their Polish Christmas carol all week!!",
        "Xiaoming showed Year 3 how to write his name in Chinese characters at Lunar New Year",
        "Darius scored the winner in the last minute v St Barnabas. What a game ⚽",
        "Ifeanyi finished the Bristol half-marathon junior mile with his dad on Sunday 🏅",
        "Ioana played the violin in assembly this morning and you could hear a pin drop.",
        "News from the library: Ruaridh has read every single Beast Quest book we own",
        "Yasmin and Aleena made the Ramadan countdown calendar for the hall display.",
        "Eilidh taught Year 3 a Scottish country dance for Burns Night 🏴",
        "Mihai and Andrei translated the welcome sign into Romanian for our new families.",
    ],
    category="celebration",
)
many(
    NM,
    "full",
    [
        "Congratulations to Domantas Kazlauskas on his county chess title! ♟️",
        "Our Year 5 times tables rock star champion is Safiya Elmi 🎸",
        "Adebola Adewale has been picked for the Bristol City academy trial. Amazing!",
        "Huge thank you to Chinedu Okeke who raised £140 for Children in Need doing keepy-uppies",
        "Poem of the week (Year 4): 'The Fog' by Kornelia Baran. Read it in the newsletter.",
        "the KS2 spelling bee winner is... Zuzanna Grabowska!! 🐝",
    ],
    category="celebration",
)
many(
    NM,
    "surname",
    [
        "Player of the match v Hillside went to Kazlauskas for a superb save in the second half.",
        "Top of the Year 6 leaderboard this week: Nwachukwu with 2,300 points on Numbots!",
        "Star writers in 4B this week are the Ogunleye twins 🌟",
    ],
    category="celebration",
)
many(
    NM,
    "voc",
    [
        "Brilliant reading at the carol service, Safiya, you were so calm up there!",
        "Well done Nikodem, a much better afternoon today 👍",
        "keep going Hodan you are so nearly there with your swimming badge!!",
        "Ifeanyi, your model of the Clifton Suspension Bridge is incredible 🌉",
    ],
    category="celebration",
)
many(
    NM,
    "pass",
    [
        "Year 4 made Roman mosaics from paper squares this afternoon and the hall floor is now "
        "covered in tiny bits of card 😂",
        "Our Harvest collection filled four crates for the food bank. Thank you all.",
        "Reception have settled in so well, lots of smiles at pick-up today",
        "Year 2 went on a senses walk around the park: they heard woodpeckers!",
        "3A's class assembly on the Stone Age is on Thursday at 9am, parents very welcome.",
        "Year 6 SATs revision club now runs Tuesday and Thursday until 4.15pm.",
        "What a turnout for the Christmas jumper day, thank you for all the donations 🎄",
        "Year 5 have been investigating which materials make the best insulators for a cup of tea.",
    ],
    category="learning",
)

# --- words that are also pupils' names (Autumn, Sunny, Nova, Honey, Storm, Star, Rowan,
# Jasmine, Cooper, Eden, Ocean, Violet, Iris, Chase, Ruby, Brooke, Gift, Taylor, Phoenix,
# Poppy, River, Sage, Happy, Heath, Jade, Justice, Amber, Mason, Rocco, Lily, Hunter, Angel,
# Patience, Blaze, Sandy, Victory, Max, Frank, Dawn, King, Duke, Carter, Faith, Bill, Grace,
# Pat, Mercy, Miller, Cliff, Rich, Prince, Favour, Blessing; and Baker, Brown, Green, White,
# Hill, Wood, Bird, Rice, Fox, Bell, Church, Field, Frost, Winter, Moss, Marsh, Booth, Rose)
W = "word_names"
many(
    W,
    "pass",
    [
        "Autumn term dates are now on the website, including the INSET days in October.",
        "A sunny day for our sponsored walk ☀️ thank you to everyone who came along",
        "Year 4's Honey Bee project: the local beekeeper brought a real (empty!) hive to show us.",
        "Storm Bert means the field is waterlogged, so the football fixture is postponed.",
        "Star of the Week certificates will go home in book bags on Friday.",
        "Year 2 have been drawing the rowan tree by the pond with its bright red berries",
        "The Jasmine Room will be used for parents' evening this term, please come in via the "
        "side gate",
        "Year 6 read a chapter of The Eden Project's guide to rainforests before their visit.",
        "Ocean Day: Reception turned the role-play corner into an underwater cave 🐙",
        "our Violet Class (Year 1) have been learning about the colours of the rainbow",
        "Iris, tulip and crocus bulbs have gone in along the front fence, thank you gardening club",
        "chase the ace was the most popular game at the PTA quiz night! 🃏",
        "Mr and Mrs Okafor celebrated their ruby wedding at the church hall, and the choir sang "
        "for them.",
        "Year 3 walked to Brooke Bond's old tea warehouse on our local history trail.",
        "A gift of 200 books from Bristol Libraries means every class has a new book box!",
        "Taylor Swift songs were the most requested at the Year 6 disco, no surprise there 🎶",
        "The Phoenix Centre is hosting our Year 5 and 6 cross-country on Wednesday.",
        "Our Poppy Appeal tin is in the office until Remembrance Day.",
        "Year 4 followed the River Avon from its source to the Severn on Google Earth",
        "Sage, rosemary and thyme from the garden went into Year 3's soup today",
        "Happy Diwali to all our families celebrating this week 🪔✨",
        "The Heath Road entrance will be closed on Thursday for resurfacing, please use the main "
        "gate.",
        "Year 1 found a piece of jade-green sea glass on the beach trip!",
        "Year 6 visited the Royal Courts of Justice on a virtual tour for their law topic.",
        "An amber weather warning for wind is in place tomorrow, please check the website by 7.30",
        "Year 5 learnt how a stone mason carved the gargoyles on Bristol Cathedral",
        "We had a visit from Rocco's Pizza van for the Year 6 end of SATs treat 🍕",
        "Water lily leaves, frogspawn and one very brave newt: a great pond-dipping session",
        "Year 3 learnt about hunter-gatherers and made their own flint tools from soap",
        "The Angel of the North was our mystery landmark in geography, well guessed KS2!",
        "patience and perseverance were our values of the month in October",
        "Our pupils blazed a trail at the Bristol schools' recycling challenge: first place!",
        "Year 2's sandy beach in a tray has crabs, shells and a very small lighthouse",
        "Victory for the girls' football team today, 3-1 at home 🎉",
        "Max 30 children per session at the holiday club, so book early on the website",
        "Year 6 have been reading Anne Frank's diary as part of Holocaust Memorial Day.",
        "A dawn chorus walk for Year 5 families on Saturday at 6am, bring binoculars!",
        "Martin Luther King Day: Year 4 wrote their own 'I have a dream' speeches.",
        "Year 3 have been learning about the Duke of Wellington and the Battle of Waterloo",
        "Howard Carter's discovery of Tutankhamun's tomb was Year 4's favourite history lesson",
        "The Faith Tour for Year 5 visits a church, a mosque and a gurdwara on Tuesday.",
        "The Bill of Rights was the topic of Year 6's mock parliament debate",
        "Grace Darling's lifeboat was our Year 1 storytime: the children loved the storm scenes",
        "Mercy, justice and forgiveness: Year 6's RE unit this half term.",
        "Year 2 baked bread with the Miller's Loaf bakery team down the road 🍞",
        "Year 5 abseiled down the cliff face at the outdoor centre. So brave!",
        "Richard III and the car park dig were Year 4's favourite bit of history week.",
        "The Little Prince was our whole-school book for World Book Day",
        "could we ask a favour? any spare glass jars for Year 2's lanterns please",
        "The baker from Hart's Bakery showed Reception how to shape hot cross buns",
        "Year 1 went on a brown bear hunt with their teddies around the school field 🐻",
        "The green bins are now for food waste only, thank you for your help",
        "Year 6 are heading to White Horse Hill for their Iron Age geography fieldwork",
        "Reception rolled down the hill behind the field and came back very muddy",
        "Year 4 built bird boxes in DT that will go up in the copse next week",
        "Rice Krispie cakes sold out in ten minutes at the cake sale!",
        "The Fantastic Mr Fox play is on Wednesday for KS1 families.",
        "The school bell will ring five minutes earlier from Monday, at 8.40am.",
        "Year 3 visited the church on the corner to learn about stained glass windows",
        "Sports day will be on the top field this year with a picnic afterwards ☀️",
        "Jack Frost visited overnight: Year 1 found icy spiderwebs on the fence",
        "Winter coats, hats and gloves please, it's icy on the playground",
        "The moss garden in Year 2's terrarium is growing nicely",
        "Year 5 survey the salt marsh at Portishead next Thursday",
        "A photo booth at the summer fair, run by the PTA: £1 a go",
        "The rose garden by the office has its first blooms of the summer 🌹",
        "Our Autumn Fayre raised £1,874.20 for new playground equipment!",
    ],
    category="news",
)
many(
    W,
    "first",
    [
        "Ruby won the Year 2 spelling bee this morning with 'necessary' 🐝",
        "Well done to Ocean for reading a story to the whole of Reception",
        "Autumn and Nova were the stars of the Reception nativity (a very sleepy donkey and a "
        "shepherd)",
        "Phoenix built the tallest tower in the engineering challenge, 1.4 metres!",
        "Justice and Victory presented the school council report to the governors.",
        "Honey has been writing her own comic all half term and it's brilliant",
        "A huge thanks to Gift and Favour for helping the new Reception children at lunchtime",
        "Storm came second in the Year R running race, so proud 🏃",
        "Brooke, Sage and Heath made a bird feeder from pine cones for the garden.",
        "Patience read 52 books this term, the most in Year 4!",
        "King and Duke led the Year 5 dance at the Black History Month celebration.",
        "Rocco brought in his grandad's war medals to show us for Remembrance.",
        "Blaze has joined Bristol Rovers' under-9s, well done!",
    ],
    category="celebration",
)
many(
    W,
    "voc",
    [
        "Happy birthday, Nova! 🎂 have a lovely day",
        "Thank you Eden for looking after our visitor so kindly this morning",
        "fab work Jasmine, your volcano erupted beautifully 🌋",
        "Chase, you were amazing in goal today!",
    ],
    category="celebration",
)

# --- adults with titles and roles, and the school's own staff (Karen Baker, Angela Field, Jade
# Thornton, Chidi Okafor, Tomasz Wiśniewski, Bronwen Price, Faisal Rahman, Moira Campbell,
# Sunny Dhillon), some sharing a name with a pupil
A = "adults"
many(
    A,
    "pass",
    [
        "Thank you to Mrs Baker and the office team for sorting 300 flu spray forms this week!",
        "Coach Chidi has the Year 5 and 6 cross-country squad out on the field every Tuesday now",
        "Mr Wiśniewski's Year 6 class are off to the planetarium on Friday 🔭",
        "Please welcome Miss Thornton, who joins 3B as a teaching assistant after half term.",
        "Sunny Dhillon will be running the Year 4 Bikeability sessions with Bristol Cycling.",
        "A note from Mrs Field in the office: dinner money is now paid through the app only",
        "Mr Rahman, our SENCo, has drop-in sessions for parents on Wednesday mornings.",
        "PTA chair Sandy Bell says thank you for the raffle prizes, there are loads!",
        "The chair of governors, Mr Hill, visited KS1 this morning to see phonics in action.",
        "Dr Brown from the Bristol Royal Infirmary explained how our hearts pump blood 🫀",
        "Rev Faith Wood led our Harvest service at St Michael's, thank you Rev Wood.",
        "Father Frank from St Bonaventure's blessed the new library this morning",
        "Mrs Green, our lollipop lady, has been on the crossing for 19 years! 🍭",
        "PC Heath and his colleague PCSO Marsh gave Year 6 a talk about staying safe on bikes.",
        "Author Mr Rocco Fox read from his new picture book to Reception, they loved it",
        "Thank you Mrs Kowalska (PTA treasurer) for counting every penny from the disco 💰",
        "Mrs Campbell, our deputy head, will be leading the Year 6 residential to Wales.",
        "Grandma Pat and Grandad Bill came in to tell Year 2 about school in the 1960s",
        "Our caretaker Mr Church has fixed the gate latch, thank you Mr Church!",
        "Imam Abdi from the Easton mosque talked to Year 5 about Ramadan.",
        "Mr Okoro from Bristol Libraries signed up 60 children for the reading challenge 📚",
        "Mrs Adebayo, a nurse at Southmead, talked to Reception about keeping our hands clean.",
        "Our cook Mrs Winter has made a special Bonfire Night menu, hotdogs all round 🌭",
        "Ms Nowak from the Polish Saturday School will teach a taster lesson to Year 3.",
        "Jade, one of our TAs, has the lost property box out by the main gate all week",
        "Thank you to Councillor Patience Mensah for opening our new community garden.",
        "Former pupil and Olympic rower Dr Hannah Frost came back to talk to KS2 🚣",
        "Mrs Price's Year 2 class made bread rolls for the Harvest assembly",
        "Mr Bell the piano tuner was in today, so the hall piano finally sounds right 🎹",
        "Our new PE coach, Mr Justice Amoah, started this week: welcome Coach Justice!",
    ],
    category="news",
)
many(
    A,
    "first",
    [
        "Our Year 3 pupil Rocco has been chosen as the eco-council rep for KS2.",
        "Mrs Hill and her daughter Brooke ran the tombola together at the fair.",
        "Miss Thornton and the 6A reading buddy, Dominika, read to Reception every Friday",
        "Head girl Carys gave the vote of thanks at the governors' meeting 👏",
    ],
    category="celebration",
)
many(
    A,
    "full",
    [
        "Head boy Sebastian Green presented the charity cheque to the hospice on Monday.",
        "Mr Wood and his son Harvey Wood took part in the father-and-son football match.",
        "Our school councillors Nour Khalil and Kai Wong met the Lord Mayor of Bristol today.",
    ],
    category="celebration",
)

# --- disguised names of roster pupils
S = "disguises"
many(
    S,
    "first",
    [
        "Jus🏆tice got the golden boot at the tournament!",
        "Patien-\nce and her group made the best Viking longship in 4A",
        "D o m a n t a s has now learnt all his 12 times tables",
        "thank you Ifean\u200byi for tidying the whole library corner without being asked",
        "G\u0430bija's poem about the sea is on the display board by the office.",
        "#wellDoneChinedu for 100 reads on Bug Club!",
        "shout out to X-i-a-o-m-i-n-g for his Chinese New Year lantern 🏮",
        "Zu\u00adzanna ran the Polish stall at the International Day fair",
        "Niko💙dem won the Year 3 colouring competition",
    ],
    category="celebration",
)
many(
    S,
    "full",
    [
        "Big congratulations to #safiyaelmi for winning the Bristol young poets prize 🏆",
        "#DarusRadu is our Year 6 player of the season ⚽",
        "Star reader of the week in 5A: Yuki T-\nan!",
        "Well done #ioanadumitru on passing her Grade 2 violin with merit 🎻",
        "Thank you to Ch1nedu Okeke for reading to Year 1 every lunchtime this week",
        "😍 Domantas_Kazlauskas 😍 won the county chess again!",
    ],
    category="celebration",
)
many(
    S,
    "question",
    [
        "Wojtek made everyone laugh in his role as the innkeeper 😂",
        "Zuzia has been a brilliant helper for our new Polish speakers",
        "Seb scored twice for the Year 6 team on Wednesday",
        "Domantes finished his Reading Plus level early, superstar",
        "Millie in 1A brought in her grandma's Welsh cakes for St David's Day",
        "Kuba got full marks in the Year 2 maths quiz 🧮",
        "Ifeanye's poem about the Severn bore was read out in assembly",
        "Josh has come on so much with his handwriting this term",
        "Chinadu and his team won the quiz by a single point!",
    ],
    category="celebration",
)
many(
    S,
    "pass",
    [
        "#sunnydays at Forest School this week ☀️🌳",
        "S.T.E.M. week starts Monday: rockets, robots and rather a lot of vinegar",
        "#teamwork #readingforpleasure #proudtobeparkside",
        "Don't forget P-E kits on Tuesdays and Thursdays this half term!",
        "Our #FridayFeeling: 96% attendance across the whole school this week 🎉",
        "Year 1 read 'The Gruffalo's Child' and made owl masks 🦉",
        "the #Y6toWales packing list is on Google Classroom, please read it carefully",
        "Re-\nminder: flu spray forms are due back on Monday",
        "Year 4's #BristolBlitz topic ended with a visit to the M Shed museum.",
        "#greenflagschool: we have kept our Eco-Schools Green Flag for a third time! 💚",
        "Huge #ThankYouNHS from everyone at Parkside for the vaccination team's visit",
        "💙 Odd Socks Day on Monday for Anti-Bullying Week 💙 come dressed in your brightest pair!",
    ],
    category="news",
)

# --- children not on the roster (current UK first names)
N = "unknown_names"
many(
    N,
    "unknown",
    [
        "Arthur and Elsie from Year 2 collected 40 bags of litter from the park on Saturday",
        "Willow has raised £95 for Cancer Research by having her hair cut short 💇",
        "Rayyan and Zayn brought in samosas for our Eid party, thank you!",
        "Hallie and Aria designed the new playground buddy bench sign.",
        "Franciszek took his first ever bike ride without stabilisers at Bikeability 🚲",
        "Tudor and Ilinca told us all about Romanian National Day on 1 December.",
        "Ayomide finished reading all seven Narnia books in one half term",
        "Fionn scored a try in his very first tag rugby game!",
        "Ugnė taught our Year 4 class some Lithuanian words for the languages assembly",
        "Yiming made a dragon puppet for the Lunar New Year parade 🐉",
        "Theodore and Arlo spent playtime building a den for the hedgehogs.",
        "Inaaya's spider poem made the whole of 2B giggle",
        "Osian sang a Welsh lullaby at the St David's Day assembly 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
        "Kamsi and Tolu won the Year 5 science fair with their water filter",
        "Natalia and Matei were the narrators in the Year 2 Christmas play.",
    ],
    category="celebration",
)
many(
    N,
    "unknown_voc",
    [
        "Zara, we LOVED your dance at the talent show 💃",
        "Thank you Leo for being such a kind friend to everyone this week",
        "Brilliant effort Amir, your first 25m swim!",
        "Well done Florence, a much better week 😊",
        "Happy 8th birthday Ffion, enjoy your special day 🎈",
    ],
    category="celebration",
)
many(
    N,
    "pass",
    [
        "Year 3 met Florence Nightingale (well, Mrs Campbell in costume) for their history day.",
        "The Beano's Minnie the Minx came to our World Book Day parade, alongside a lot of "
        "Harry Potters ⚡",
        "Year 6 have been reading Malorie Blackman and Jacqueline Wilson in their book club",
        "Emmeline Pankhurst and the suffragettes: Year 6's brilliant debate this afternoon",
        "Year 4 studied Isambard Kingdom Brunel and walked across the Clifton bridge he designed",
        "Year 5 watched Greta Thunberg's speech and wrote their own climate pledges 🌍",
        "Reception loved Peppa Pig's visit to the Christmas fair",
        "Year 2 read Elmer and painted their own patchwork elephants 🐘",
        "Tom Gates and Dog Man are the most borrowed books in our library this term",
        "Marcus Rashford's book club picks are in the library, come and borrow one!",
        "Year 1 acted out Goldilocks and the Three Bears with a very tiny porridge bowl 🥣",
        "Year 6 watched Macbeth at the Tobacco Factory theatre and acted out the witches' scene",
    ],
    category="learning",
)

# --- targeted: one child addressed or picked out, vs a class or year group
T = "targeted"
many(
    T,
    "voc",
    [
        "Rhys, please remember to bring your reading book back tomorrow!",
        "Safiya, don't forget your recorder for Thursday 🎶",
        "Cerys you were so brave at the dentist visit today, well done",
        "Tariq, we hope you feel better soon, everyone in 3B misses you 💙",
        "Well done Max, a much calmer day today",
    ],
    category="reminder",
)
many(
    T,
    "describe",
    [
        "Special mention for the only boy in 6B who remembered his homework every day this term 😂",
        "A warm welcome to our new girl in 4A, who has just arrived from Syria.",
        "Happy birthday to the little girl in Reception who turned 5 today 🎂",
        "Shout out to the Year 2 boy who found the lost purse and handed it straight in.",
        "The only child in 1B who ate all their sprouts at Christmas lunch gets a sticker!",
        "Welcome to the new boy in 5A who has joined us from Lithuania this week.",
        "Well done to our tallest Year 6 girl for winning the high jump 🏅",
        "The Year 3 boy in the wheelchair took part in every race at sports day, what a star",
    ],
    category="celebration",
)
many(
    T,
    "pass",
    [
        "Year 6, don't forget your coats and packed lunches for the Bath trip tomorrow!",
        "Reception, please bring a spare pair of socks on Forest School days",
        "4A, your homework is on Seesaw and is due Friday",
        "Well done Year 5 on a brilliant class assembly about the Windrush generation.",
        "Happy birthday to everyone with a birthday this week 🎂",
        "A huge welcome to all our new families this September",
        "Good luck to our Year 6 football team in the cup semi-final on Wednesday!",
        "Year 1, remember your teddies for Pyjama Day on Friday 🧸",
        "Thank you to every child who took part in the Big Garden Birdwatch",
        "Year 3 and 4 choir: rehearsal is now Wednesday lunchtime in the hall",
        "Well done to every class who earned a golden-time reward this week!",
        "KS2, please remember your water bottles, it's a hot one today ☀️",
    ],
    category="reminder",
)

# --- photos: tags, consent (refused: Marley Fox, Mihai Popescu, Mercy Asante, Wen Huang, Kacper
# Wójcik, Precious Danso, Tariq Mahmood, Cerys Morgan, Ishaan Mehta, Ifeanyi Obi, Noah Rice,
# Henry White, Shannon Byrne), more faces than tags, adults only
P = "photos"
ALT = "A small group of pupils at work, smiling at the camera"
for text, pupils, faces, kind in [
    (
        "Year 2 on the climbing frame at Forest School 🌳",
        ["Ruby Kowalska", "Brooke Hill"],
        2,
        "pass",
    ),
    (
        "Science week in 5A: who can make the loudest straw trumpet?",
        ["Duke Amoah", "Carter Bell", "Rosa Moldovan"],
        3,
        "pass",
    ),
    ("Reception's first PE lesson in the big hall!", ["Nova Ionescu", "Prince Adeyemi"], 2, "pass"),
    ("6A planting the Jubilee oak 🌳", ["Kai Wong", "Dominika Pawlak", "Ahmed Jama"], 3, "pass"),
    ("Year 1 meeting the owls from the bird of prey centre 🦉", ["Mihai Popescu"], 1, "no_consent"),
    ("Bikeability level 2, done! 🚲", ["Henry White", "Jasmine Fox"], 2, "no_consent"),
    (
        "3B's Stone Age cave paintings",
        ["Tariq Mahmood", "Lily Brown", "Angel Osei"],
        3,
        "no_consent",
    ),
    ("the cake sale team 🍰", ["Mercy Asante"], 1, "no_consent"),
    (
        "Year 4 measuring the playground with trundle wheels",
        ["Cerys Morgan", "Max Fletcher"],
        2,
        "no_consent",
    ),
    (
        "Last day of the Wales residential!",
        ["Shannon Byrne", "Freya Wood", "Darius Radu"],
        3,
        "no_consent",
    ),
    ("Reception on the mud kitchen, best day ever apparently", ["Marley Fox"], 1, "no_consent"),
    ("Year 5 with their Anglo-Saxon helmets", ["Noah Rice", "Faith Owusu"], 2, "no_consent"),
    (
        "2A's Great Fire of London houses, just before we 'burnt' them 🔥",
        ["Taylor Bell", "Gift Oyelaran"],
        4,
        "faces",
    ),
    ("Year 6 leavers' hoodies have arrived!", ["Miller Stewart"], 6, "faces"),
    ("Lunchtime chess club is back ♟️", [], 3, "faces"),
    ("World Book Day costumes in 3A!", ["Jade Carter", "Mason Taylor", "Rocco Marsh"], 7, "faces"),
    ("Year 1 on the beach at Weston", ["Violet White", "Iris Field"], 5, "faces"),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=ALT)], category="learning")

many(
    P,
    "pass",
    [
        "Look at these clay diva lamps from Year 4 🪔",
        "Year 6's Blitz artwork is on display in the hall for parents' evening",
        "The new reading den is finished, thank you to the PTA!",
    ],
    photos=[WORK],
    category="learning",
)
add(
    P,
    "pass",
    "Hands-on fractions with pizza slices in 3B 🍕",
    category="learning",
    photos=[
        {
            "pupils": [],
            "no_identifiable_pupils": True,
            "faces": 0,
            "alt_text": "Children's hands holding paper pizza slices divided into quarters",
        }
    ],
)
add(
    P,
    "pass",
    "The whole of Year 5 on the beach at Tenby 🌊",
    category="residential",
    photos=[
        photo(
            ["Duke Amoah", "Carter Bell", "Safiya Elmi", "Yuki Tan"],
            4,
            group=True,
            alt="Year 5 pupils standing together on a sandy beach",
        )
    ],
)
add(
    P,
    "unid_no_consent",
    "Careful brushwork in 4B's watercolours (hands only)",
    category="learning",
    photos=[
        {
            "pupils": ["Ishaan Mehta"],
            "no_identifiable_pupils": True,
            "faces": 0,
            "alt_text": "A child's hand painting a watercolour sky",
        }
    ],
)
add(
    P,
    "unid_no_consent",
    "Year 5 sewing their Anglo-Saxon pouches, seen from behind",
    category="learning",
    photos=[
        {
            "pupils": ["Ifeanyi Obi", "Tegan Hughes"],
            "no_identifiable_pupils": True,
            "faces": 0,
            "alt_text": "Two children sewing, seen from behind",
        }
    ],
)
add(
    P,
    "unid_no_consent",
    "Building circuits in Year 2, only little hands in shot!",
    category="learning",
    photos=[
        {
            "pupils": ["Kacper Wójcik"],
            "no_identifiable_pupils": True,
            "faces": 0,
            "alt_text": "Small hands connecting a bulb to a battery",
        }
    ],
)
for text, alt, faces in [
    (
        "The staff team ready for the Bristol 10k, all for the library fund 🏃‍♀️",
        "Twelve members of staff in running kit at the start line",
        12,
    ),
    (
        "Our governors with the chair, Mr Hill, at their away day.",
        "Six adults sitting round a table with laptops",
        6,
    ),
    (
        "Thank you to the author who came to talk about her new book!",
        "A woman signing books at a table in the library",
        1,
    ),
    (
        "The PTA Christmas fair committee, who raised £2,140 🎄",
        "Five adults in Christmas jumpers holding a cheque",
        5,
    ),
    (
        "Coach Chidi and the visiting Bristol Bears players",
        "Four adults in rugby kit on the school field",
        4,
    ),
]:
    add(
        P,
        "adults_photo",
        text,
        photos=[{"pupils": [], "adults_only": True, "faces": faces, "alt_text": alt}],
    )

# --- personal data: contacts written out or disguised, home addresses; the school's own
# contacts and national helplines pass
PDF = "personal_data"
many(
    PDF,
    "contact",
    [
        "Uniform swap queries to Sandy on 07700 900 772 (evenings are best!)",
        "Anyone who can help with the disco, text me 07700-900-145 thx, Lisa (PTA)",
        "for quiz tickets ring Mark on 0117.496.0918",
        "Photos from the fair can be sent to gemma.hill at hotmail dot co dot uk 📸",
        "Cake donations: email ptaparkside[at]gmail[dot]com",
        "Volunteer drivers for the away match please contact Dave: dave_r77 (at) yahoo (dot) com",
        "Year 6 leavers' hoodie orders to Mrs Brown on 0 7 7 0 0 9 0 0 6 2 3",
        "Karate club now runs on Mondays, call Sensei Paul on +44 (0)7700 900 419 for details",
        "Lost a blue lunchbox? It's mine! Email me on jade.thornton84@gmail.com",
        "contact Miss T on seven seven zero zero, nine hundred, two three one 😊",
    ],
)
many(
    PDF,
    "address",
    [
        "Raffle prizes can be collected from 42 Fishponds Road, Bristol BS16 3AN after 6pm.",
        "Spare uniform donations to my house please: 9 Rose Lane, Easton, BS5 6AB",
        "Drop the cake tins back at Flat 3, 18 Church Street, Bedminster. Cheers!",
    ],
)
many(
    PDF,
    "describe",
    [
        "The Year 3 girl with the nut allergy will have her own table at the Christmas lunch.",
    ],
)
many(
    PDF,
    "pass",
    [
        "If you are worried about a child, the NSPCC helpline is 0808 800 5000.",
        "Children can call Childline free on 0800 1111, day or night.",
        "Struggling? Samaritans are there on 116 123, any time.",
        "Parents: the National Domestic Abuse Helpline is free on 0808 2000 247, 24 hours a day.",
        "Scam texts about school dinners? Report them to Action Fraud on 0300 123 2040.",
        "Young Minds parents' helpline: 0808 802 5544, Monday to Friday.",
        "For medical advice out of hours call NHS 111.",
        "The fair raised £3,412.75 🎉 thank you so much everyone",
        "Our netball team won 14-3!!",
        "Parents' evening slots run 3.30-6.30pm on 10.11.26 and 12.11.26.",
        "School term dates for 2026/27 are on the website.",
        "Attendance this week: 97.3% across the school 🌟",
        "Room 14 is now the Year 6 library, with 1,200 books!",
        "The number 72 bus stop outside school is closed until 15 March",
        "Year 4 completed 1,000,000 steps this week between them! 👣",
    ],
    category="news",
)
add(
    PDF,
    "pass",
    "Absences please to the office on 0117 496 0381 before 9am, thank you.",
    contacts=SCHOOL,
)
add(
    PDF,
    "pass",
    "Trip questions? Email office@parksideprimary.bristol.sch.uk and the office "
    "team will get back to you.",
    contacts=SCHOOL,
)
add(
    PDF,
    "pass",
    "If school has to close for snow we will text, post here and update the "
    "website. The office line (0117 496 0381) will also have a message.",
    contacts=SCHOOL,
)
add(
    PDF,
    "pass",
    "Reminder: dinner money enquiries to office [at] parksideprimary.bristol.sch.uk please",
    contacts=SCHOOL,
)

# --- tone: derogatory, sarcastic or upsetting wording about pupils, parents, staff and others;
# strong words that are not about anyone pass
TO = "tone"
many(
    TO,
    "insult",
    [
        "honestly 4B were an embarrassment on the trip today, the museum staff were shocked",
        "Some parents clearly can't be bothered to read a single letter we send home.",
        "The agency cover teacher in Year 5 was useless, the class learnt nothing all day",
        "To the idiot who parked across the school gates this morning: move your car.",
        "The referee at the cup match was a complete joke and cost us the game.",
        "Year 6 behaved like animals in the dinner hall today. Disgusting.",
        "Parents who let their kids turn up late every day are lazy, simple as that.",
        "The council's so-called road safety officer is totally clueless.",
        "Year 2's handwriting is shocking and frankly embarrassing for a school like ours",
        "What a pathetic effort from the coach company, 40 minutes late AGAIN",
        "Whoever designed the new SATs timetable must be stupid.",
        "The mums shouting at the gate this morning were a disgrace to our community.",
    ],
)
many(
    TO,
    "negative",
    [
        "Great, another email from the council at 4pm on a Friday. Just what we needed 🙄",
        "Thanks SO much to the parents who ignored the one-way system. Really helpful.",
        "Well that went well... half of Year 3 forgot their costumes for the play.",
        "Apparently a 'short' Ofsted call means three hours. Who knew 🙃",
        "Very disappointed in the attitude of some families at parents' evening.",
        "So sad that our 'neighbours' have complained about the noise of children playing. Again.",
        "Year 6 were rude, loud and selfish on the coach and we are fed up with it.",
        "Not impressed with the bus company at all, a total shambles from start to finish",
        "Nobody bothered to return the library books this week. Really poor, KS2.",
        "Lovely to see so many of you… oh wait, only four parents came to the meeting.",
    ],
)
many(
    TO,
    "pass",
    [
        "A terrible storm last night brought down the fence by the field, so we're on the "
        "playground until it's fixed",
        "Year 6 are tackling killer sudoku in their morning starters this week 🧠",
        "The Horrible Histories Terrible Tudors show was a huge hit with Year 5",
        "Sadly the Year 3 swimming lessons are cancelled this week as the pool is closed.",
        "We were gutted to lose the final on penalties but so proud of how the team played.",
        "Year 4 wrote diary entries about the awful conditions in the trenches in WW1.",
        "Year 2 read George's Marvellous Medicine and made disgusting potions 🧪",
        "Our thoughts are with the families affected by the flooding in Keynsham.",
        "It was a tough day for everyone, saying goodbye to Mrs Oduya after 23 years 💐",
        "Year 5 debated whether it is cruel to keep animals in zoos, with some powerful speeches.",
        "Unfortunately the PTA disco is postponed because of the heating failure. Sorry!",
        "Monster Phonics week starts Monday, expect lots of monster noises from Reception 👹",
        "Year 6 smashed their cross-country times this week, brutal hills and all",
        "The wicked witch in our Year 2 panto got booed (in the nicest way) by the whole school",
        "A really sad day as we say goodbye to our school hamster, Biscuit 🐹",
        "We know the car park is a nightmare at pick-up, so the back gate opens at 3pm from "
        "Monday.",
    ],
)

# --- text speak; abbreviations of school life and place names pass
TX = "text_speak"
many(
    TX,
    "text_speak",
    [
        "thx 2 all who came 2 the fair, u r all amazing 💖",
        "pls can u send ur trip money by fri",
        "Gr8 match 2day! More pics #l8r",
        "OMG Year 6 did it!!! SATs over lol 🎉",
        "sry 4 the late notice, PE is outside tmrw",
        "Year 3 r off 2 the zoo, cya l8r! 🦁",
        "Reception were soooo gd at the nativity, thnx 4 coming",
        "hope u all hav a gr8 half term! #seeyasoon",
        "Don't 4get ur wellies tmrw pls x",
        "Year 5 b4 and after their Blitz makeover, lol 😂",
        "ty so much 2 our PTA, ur the best",
    ],
)
many(
    TX,
    "pass",
    [
        "KS1 and KS2 sports days will be on 2 and 3 July.",
        "Y6 SATs start on Monday 11 May: early breakfast club for all Year 6.",
        "PE days for 4A and 4B change to Tuesday and Friday.",
        "Our RE week visit to the Bristol Jamia Mosque was fascinating.",
        "The EYFS team are holding a stay and play on Wednesday at 2.15pm.",
        "PTA AGM tonight at 6pm, all welcome!",
        "Our SEND coffee morning with the SENCo is on Friday at 9am.",
        "Year 5 learnt about the NHS at 75 with a nurse from the BRI.",
        "The Year 4 MTC is in June: practise on TTRS at home if you can.",
        "Year 3 visited St Werburghs City Farm and Bishopsworth library this week",
        "Our DT club made LED torches, Year 6 you did so well 🔦",
        "STEM ambassadors from Airbus in Filton visited Year 5 today ✈️",
        "The Y5/6 trip to Weston-super-Mare leaves at 8.45am sharp.",
        "Flu vaccinations (the nasal spray) are on Thursday for R-Y6.",
        "MFL this term: Year 3 are learning French greetings and numbers to 20",
    ],
)

# --- preset clauses: initials, initials with photos, opinions, spelling, replies, hours
PR = "presets"
many(
    PR,
    "initials",
    [
        "Brilliant Bonfire Night poems from DA and SE in 5A 🎆",
        "Golden book this week goes to HW and TB in 2A!",
        "Mathematician of the week in 6B: CB, for some great reasoning.",
    ],
    category="celebration",
)
add(
    PR,
    "initials_unid",
    "Amazing clay hedgehog by AH in 4A, just hands in this one 🦔",
    category="learning",
    photos=[
        {
            "pupils": ["Aleena Hussain"],
            "no_identifiable_pupils": True,
            "faces": 0,
            "alt_text": "A child's hands holding a clay hedgehog",
        }
    ],
)
add(
    PR,
    "initials_unid",
    "JR's Diwali lamp, photographed from above (no faces!)",
    category="learning",
    photos=[
        {
            "pupils": ["Junaid Rafiq"],
            "no_identifiable_pupils": True,
            "faces": 0,
            "alt_text": "A painted clay lamp held in two hands",
        }
    ],
)
add(
    PR,
    "initials_photo",
    "KW with his prize-winning pumpkin 🎃",
    category="celebration",
    photos=[photo(["Kai Wong"], 1, alt="A boy holding a large pumpkin")],
)
add(
    PR,
    "initials_photo",
    "Cross-country champ SW from 2B! 🥇",
    category="celebration",
    photos=[photo(["Sage Winter"], 1, alt="A child in running kit holding a medal")],
)
many(
    PR,
    "opinion",
    [
        "I personally think this is the most talented Year 6 we have ever had 🌟",
        "In our view the new phonics scheme is far better than the last one.",
        "Honestly, we reckon our school dinners are the best in Bristol!",
    ],
    category="news",
)
many(
    PR,
    "text_speak",
    [
        "gr8 news, the new library opens 2moro!",
        "thx 4 all ur donations to the food bank",
    ],
    category="news",
)
many(
    PR,
    "typo",
    [
        "Year 4 will be visting the Roman baths on Thursday, please send a packed lunch.",
        "Please make sure all uniform is clearly labled with your child's name.",
        "Year 2 have been learning about the seperate parts of a plant this week.",
        "We are holding a Macmillan coffee morning on Friday, all welcome to atend.",
    ],
    category="news",
)
add(
    PR,
    "reply",
    "Thank you so much, the children will be thrilled! 💙",
    reply_to="https://x.com/nanna_jean/status/1981000000000000000",
)
add(
    PR,
    "reply",
    "Hi, yes, the breakfast club is open from 7.45 every day. Thanks!",
    reply_to="https://x.com/bristolmum_of2/status/1992000000000000000",
)
add(
    PR,
    "reply",
    "So sorry to hear that, please ring the office and we will sort it.",
    reply_to="https://x.com/dadof3_bs5/status/2001000000000000000",
)
add(
    PR,
    "weekend",
    "Good luck to our cross-country runners at Ashton Court this morning!",
    when="2026-03-28T09:30:00+00:00",
)
add(
    PR,
    "weekend",
    "Clocks went forward last night, don't be late tomorrow everyone ⏰",
    when="2026-03-29T11:00:00+01:00",
)
add(
    PR,
    "weekend",
    "Reminder: the Year 4 Roman day is tomorrow, togas at the ready!",
    when="2026-03-30T17:30:00+00:00",
)
add(
    PR,
    "weekend",
    "Half term starts now, have a restful week everyone 🍂",
    when="2026-10-23T17:15:00+00:00",
)
add(
    PR,
    "weekend",
    "Morning! Don't forget it's Pyjama Day for Children in Need.",
    when="2026-11-13T07:20:00+00:00",
)
add(
    PR,
    "weekend",
    "Clocks went back today, enjoy the extra hour in bed!",
    when="2026-10-25T09:00:00+00:00",
)
add(
    PR,
    "weekend",
    "Welcome back after half term, see you all in the morning",
    when="2026-10-26T07:05:00+00:00",
)
add(
    PR,
    "pass",
    "Good morning! Breakfast club is open and the heating is back on ☕",
    presets=[D, H, U],
    when="2026-03-30T07:20:00+00:00",
)
add(
    PR,
    "pass",
    "The Year 2 trip coach is back, parents can collect from the main gate now",
    presets=[D, C, F],
    when="2026-10-23T16:55:00+00:00",
)
add(
    PR,
    "pass",
    "Year 6 have one more reading session before they go home today",
    presets=[D, H, F],
    when="2026-10-26T17:55:00+01:00",
)
add(
    PR,
    "pass",
    "Full time: we won 4-2 in the county cup! What a night ⚽",
    presets=[D, C, U, F],
    when="2026-11-18T19:40:00+00:00",
    exception="event",
    exception_reason="Result of this evening's county cup match",
)
add(
    PR,
    "pass",
    "Year 6 residential: everyone is tucked up after the campfire 🏕️",
    presets=[D, H, U],
    category="residential",
    when="2026-06-10T21:10:00+01:00",
    exception="event",
    exception_reason="Evening update from the Year 6 residential",
)
add(
    PR,
    "pass",
    "School is CLOSED today because of ice on the site. Stay safe everyone ❄️",
    presets=[D, C, U, F],
    category="urgent",
    when="2026-01-08T06:50:00+00:00",
    exception="urgent",
    exception_reason="Ice closure decided at 6.30am",
)
many(
    PR,
    "pass",
    [
        "Year 3, don't forget your Roman costumes on Thursday!",
        "5A: swimming kits please on Monday, and a towel!",
        "Year 6, please bring your signed residential forms by Friday.",
    ],
    category="reminder",
    presets=[U, D, C],
)

# --- one fact, one finding
ONE = "one_fact"
for text, pupils, kind in [
    ("Ruby with her Year 2 spelling bee trophy! 🏆", ["Ruby Kowalska"], "first_photo"),
    ("Here is Justice, our new eco-councillor 🌍", ["Justice Okoro"], "first_photo"),
    ("Saanvi and her Raksha Bandhan rakhi design", ["Saanvi Gupta"], "first_photo"),
    ("Look at Oskar's brilliant volcano model!", ["Oskar Jankowski"], "first_photo"),
    ("Phoenix collecting the Year 2 attendance cup", ["Phoenix Lamb"], "first_photo"),
    ("Domantas Kazlauskas with his county chess trophy", ["Domantas Kazlauskas"], "full_photo"),
    (
        "Safiya Elmi and Yuki Tan, our Year 5 sports leaders",
        ["Safiya Elmi", "Yuki Tan"],
        "full_photo",
    ),
    ("Reading champion Kornelia Baran with her book token 📚", ["Kornelia Baran"], "full_photo"),
]:
    add(
        ONE,
        kind,
        text,
        photos=[photo(pupils, alt="A pupil holding up a certificate")],
        category="celebration",
        one=True,
    )
for text, kind in [
    ("Well done Darius, a much better day in class today.", "voc"),
    ("So proud of you Gabija, what a brave performance!", "voc"),
    ("Chinedu Okeke has been selected for the Bristol schools' football team.", "full"),
    ("Zuzanna Grabowska read her own poem at the Remembrance service.", "full"),
]:
    add(ONE, kind, text, one=True, category="celebration")
many(
    ONE,
    "pass",
    [
        "Every child who reads five times a week this half term gets a golden ticket 🎫",
        "All Harvest certificates go home in book bags on Friday.",
        "The whole of 3A earned the class trophy for kindness this week!",
    ],
    category="celebration",
)

# --- phone posts: lists, line breaks, notices, thank-yous and replies, across the families
many(
    W,
    "pass",
    [
        "Year 6 residential day 2 🚢\nferry across the River Mersey ✔️\nBeatles Story ✔️\n"
        "fish and chips ✔️\neveryone is shattered!!",
        "Year 4 have been reading Sherlock Holmes and turned the classroom into "
        "221B Baker Street 🔍",
        "Hunter's Moon tonight! Year 5, look east after 6pm and tell us what you see tomorrow 🌕",
        "Year 2 learnt about the King's role in Parliament for their Britain topic",
        "Duke of Edinburgh's Award volunteers from the secondary school helped at our sports day.",
        "Cooper's Field is waterlogged, so the Year 3/4 tag rugby festival has moved indoors",
        "A big thank you to Miller's Bakery for donating the hot cross buns! 🥯",
        "Carter's Garage on the high street have sponsored the new football kits, thank you!!",
        "Minibeast hunt results:\n🐝 a honey bee\n🐞 two ladybirds\n🐌 one very fat slug",
        "Happy Chinese New Year! 🐉 Year 3 made lanterns this morning.",
        "Angel Delight, jelly and ice cream at the Reception end-of-term party 🍨",
        "Year 6 found out how Prince Albert brought the Christmas tree to Britain",
        "Cliff Richard's Mistletoe and Wine was NOT the staff choice for the Christmas "
        "concert, don't worry 😂",
        "frosty start today so the playground is closed until the sun gets on it ❄️",
        "Reminder for Monday:\n• PE kits\n• reading books\n• a coat (it's going to rain!)",
    ],
    category="news",
)
many(
    W,
    "first",
    [
        "Amber and Jade were the quickest at the Year 3 times tables challenge today ⏱️",
        "River made a papier-mâché Saturn for the Year 2 space display 🪐",
        "Lily and Violet planted tulip bulbs by the office gate this morning",
        "Mason got his pen licence today!! ✏️",
        "Angel read her first chapter book all by herself this week 📖",
        "This week's Stars of the Week:\n3A - Saanvi\n3B - Emre\n4A - Yasmin\nwell done all three!",
    ],
    category="celebration",
)
add(
    T,
    "voc",
    "Emre, your lunchbox is in the office, pop in at break and grab it 🙂",
    category="reminder",
)
many(
    N,
    "unknown",
    [
        "Olivia, Mia and Harper won the Year 4 dance-off with a routine they made up themselves",
        "Oliver and George built a two-metre snowman on the field before the bell went ⛄",
    ],
    category="celebration",
)
many(
    T,
    "pass",
    [
        "Year 5 you were AMAZING at the choir festival, so proud of every one of you 💙",
        "Dear Year 6 families,\nthe residential meeting is on Tuesday at 5pm in the hall.\n"
        "See you there!",
    ],
    category="reminder",
)
add(
    PR,
    "reply",
    "Thanks so much, we'll pop it in Friday's newsletter!",
    reply_to="https://x.com/parksidePTA/status/2010000000000000000",
)
many(
    TO,
    "negative",
    [
        "Shocking turnout at the phonics workshop, THREE parents. Do better, Parkside.",
    ],
)
many(
    TO,
    "insult",
    [
        "Our new cleaning contractor is useless, the classrooms were filthy again this morning",
    ],
)
many(
    PDF,
    "contact",
    [
        "Quiz night tickets from Mrs Hill, her mobile is 07700 900 338 📞",
        "Any spare costumes? email me: bronwen dot price at outlook dot com",
    ],
)
many(
    PDF,
    "pass",
    [
        "Scores on the doors: Parkside 21, Hillside 19 🏀",
        "Doors open 5.30pm, curtain up 6pm, finish around 7.15pm.",
    ],
)
many(
    TX,
    "text_speak",
    [
        "tmrw is non-uniform, £1 pls 🙏",
        "wot a day!! Year 6 r the champions 🏆",
    ],
)
add(
    P,
    "no_consent",
    "Year 3 at the Roman Baths today 🏛️",
    category="learning",
    photos=[photo(["Precious Danso", "Justice Okoro"], 2, alt=ALT)],
)
add(
    PR,
    "pass",
    "Year 4, don't forget your recorders tomorrow 🎶",
    category="reminder",
    presets=[U, F, H],
)


def main() -> None:
    staff = json.loads((HERE / "heldout7_roster.json").read_text(encoding="utf-8"))["staff"]
    for case in CASES:
        case.setdefault("staff", staff)
    write_corpus(CASES, GROUPS, "heldout7_corpus.jsonl")


if __name__ == "__main__":
    main()
