"""Writes heldout10_corpus.jsonl: an eleventh labelled corpus, a whole school year (spring,
summer and autumn terms of 2026, in GMT and BST, with the days either side of both clock
changes) of a large inner-city primary in Leicester, against its own roster
(heldout10_roster.json: 154 pupils from Gujarati, Punjabi, Bengali, Pakistani, Somali, Arab,
Romanian, Roma, Polish, Nigerian, Ghanaian, Eritrean, Chinese, Vietnamese and White British
families, many with first names or surnames that are also ordinary words or famous people, and
ten staff, some sharing a name with a pupil). Written by hand from the five seed policies by a
writer who never read the engine nor ran it on these drafts; no sentence is taken or rephrased
from an earlier corpus. The expected verdict per preset follows the KINDS table of
write_heldout_corpus.py (each seed's clauses), with the "typo" kind below; the cases cover the
twelve families of the third held-out corpus.

    .venv/bin/python tests/data/write_heldout10_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

import json
from itertools import cycle

from write_heldout_corpus import ALL, HERE, KINDS, adder, many_of, photo, write_corpus

D, H, C, U, F = ALL
FIVE = list(ALL)  # a list, not the tuple: every preset judges this ordinary post
EITHER = ["block", "warn"]
# Highfield: "Tweets must be grammatically correct"; Carlton: "Any Tweets from the official
# school account will be grammatically correct". Droxford, Unsworth and Forefield say nothing
# of spelling or grammar.
KINDS.setdefault(
    "typo",
    {
        D: ("pass", None),
        H: (EITHER, "spelling"),
        C: (EITHER, "spelling"),
        U: ("pass", None),
        F: ("pass", None),
    },
)

# Weekdays across 2026 inside 8am-6pm Europe/London, away from bank holidays: GMT until
# Sunday 29 March, BST until Sunday 25 October, GMT after. Friday 27 and Monday 30 March,
# Friday 23 and Monday 26 October sit either side of the changes; some moments are written in
# UTC although the clocks say an hour later.
WHEN = cycle(
    [
        "2026-01-05T09:10:00+00:00",
        "2026-09-03T08:30:00+01:00",
        "2026-03-27T17:45:00+00:00",
        "2026-03-30T08:05:00+01:00",
        "2026-01-15T14:20:00+00:00",
        "2026-10-23T16:40:00+00:00",
        "2026-10-26T08:15:00+00:00",
        "2026-05-06T15:45:00+01:00",
        "2026-01-28T11:00:00+00:00",
        "2026-03-30T07:20:00+00:00",
        "2026-06-03T12:10:00+01:00",
        "2026-11-10T09:50:00+00:00",
        "2026-02-09T15:35:00+00:00",
        "2026-10-26T17:25:00+00:00",
        "2026-04-21T10:15:00+01:00",
        "2026-09-22T13:00:00+01:00",
        "2026-02-25T08:40:00+00:00",
        "2026-03-31T13:30:00+01:00",
        "2026-12-08T11:15:00+00:00",
        "2026-05-19T09:25:00+01:00",
        "2026-03-05T12:50:00+00:00",
        "2026-10-22T15:10:00+01:00",
        "2026-06-17T16:55:00+01:00",
        "2026-11-24T14:30:00+00:00",
        "2026-03-19T16:25:00+00:00",
        "2026-07-01T11:35:00+01:00",
        "2026-10-27T12:20:00+00:00",
        "2026-03-26T10:05:00+00:00",
        "2026-10-06T10:50:00+01:00",
        "2026-07-15T14:05:00+01:00",
        "2026-12-17T15:50:00+00:00",
    ]
)
# Each preset judges an ordinary post three times in five.
TRIPLES = cycle([(ALL * 2)[i : i + 3] for i in (2, 0, 4, 1, 3)])
CASES: list[dict] = []
GROUPS: list[list[dict]] = []

add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout10")
many = many_of(add)
SCHOOL = ["0116 496 0514", "office@belgravemeadows.leicester.sch.uk"]


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
        "Massive well done to Krish who read his own Diwali poem to the whole of KS1 today 🪔",
        "Zofia has made it into the city gymnastics squad, what a star!",
        "Tasnim and Farhan were our school council reps at the Town Hall this morning.",
        "A huge thank you to Bianca for translating at the Romanian families' coffee morning",
        "Selam brought in injera her mum made so Year R could taste Eritrean food",
        "Congratulations to Kojo, this week's Times Tables Rock Stars champion in 1A.",
        "amazing effort from Igor and Linh at the Leicester schools chess league last night",
        "Sagal has read 50 books this year and is the first in 2B to reach gold! 📚",
        "Proud of Wiktor, who spoke at the Holocaust Memorial Day service in Polish and English.",
        "Mai, Khoa and Bao helped set up the Tết lion dance in the hall this morning 🦁",
        "Jasmine's Vaisakhi poster has been chosen for the front of the gurdwara newsletter.",
        "Well done Ibrahim and Hao, who have made it to the county swimming gala final",
        "Our Year 6 head girl Ishani gave a brilliant welcome speech to the new Reception parents",
    ],
    category="celebration",
)
many(
    NM,
    "full",
    [
        "Congratulations to Tahmid Hussain on his distinction in Grade 3 piano.",
        "Andreea Popa and Filip Zając represented the school at the Leicester Young Voices concert",
        "Our Lego robotics winner this year is Vivek Parmar from 6B 🤖",
        "A big shout out to Efua Mensah for raising £140 for the eye hospital in Kumasi",
        "Bogdan Rostas scored the winning goal in the Roma Day football tournament!",
        "Thank you Mahira Uddin, who wrote to the council about the crossing outside school",
    ],
    category="celebration",
)
many(
    NM,
    "surname",
    [
        "Well done to the Kaczmarek boy in 2A for finishing his first chapter book!",
        "Thank you to both Warsame girls for running the Somali stall at our culture day",
        "The Ursu children have finished their sponsored silence, £95 raised!",
        "Little Master Sandhu in Reception can now write his whole name, super proud 🌟",
    ],
    category="celebration",
)
many(
    NM,
    "voc",
    [
        "Amal, we hope your sixth birthday is full of cake! 🎂",
        "Zara, brilliant work on your Mughal empire project, keep it up!",
        "Musa, you did it: no shouting out all morning!",
        "Nusrat we are SO proud of you for your 100% attendance this year 👏",
    ],
    category="celebration",
)
many(
    NM,
    "pass",
    [
        "Year 3 have been learning about Guru Nanak and the langar this week.",
        "Reception tasted samosas, jollof rice, pierogi and spring rolls at our food festival!",
        "Well done to everyone in 4B for a brilliant Holi assembly, so much colour 🌈",
        "Our school council met the Lord Mayor of Leicester at the Town Hall today.",
        "KS2 chess club is back on Thursdays after school in the library.",
        "Year 5 have written letters to pupils at our twin school in Accra ✉️",
        "Our Year 6 choir sang in Bengali, Polish, Somali and Gujarati at the Curve today!",
        "A big thank you to every family who sent in food for the Spinney Hill food bank.",
    ],
    presets=FIVE,
    category="news",
)

# --- words that are also pupils' names (Blessing, Favour, Precious, Miracle, Treasure, Gift,
# Divine, Mercy, Destiny, Victory, Wisdom, Goodness, Marvellous, Patience, Comfort, Bright,
# Honour, Noble, Prince, King, Reign, Sky, Storm, Paris, Jordan, Chelsea, Brooklyn, India, Asia,
# Marley, Amber, Jade, Sunny, Dev, Noor, Amal, Star; Green, Wood, Long, Young, Lee, Hall, Hill,
# Bird, Cross, Little, Best, Street, Moon, Islam, Khan, Malik, Farah, Tudor, Omar, Raja)
W = "word_names"
many(
    W,
    "pass",
    [
        "Year 4 visited the King Richard III centre and saw where the king was found under a car "
        "park.",
        "Shubh Deepavali! May the festival of lights bring every family blessings and joy 🪔",
        "Eid Mubarak! School is closed on Friday for Eid al-Fitr. We hope you have a joyful day.",
        "Vaisakhi celebrations start on Monday, Year 2 will be making marigold garlands 🌼",
        "Amber snow alert for Leicestershire overnight: any closure goes on the website first.",
        "Year 5 went on a treasure hunt round Abbey Park to find twelve types of tree",
        "Our Chinese New Year assembly welcomed the Year of the Horse with a dragon dance 🐉",
        "Year 6 learnt about the Tudors and wrote diary entries as Henry VIII's cook.",
        "Storm Chandra has blown down part of the fence, so the field is closed until Monday.",
        "Year 1 looked up at the sky through the big telescope at the National Space Centre 🔭",
        "For Refugee Week Year 3 watched Mo Farah's BBC film and talked about courage.",
        "Science week: Year 6 tested which noble gases glow in the electric tube demo.",
        "Reception have been singing Twinkle Twinkle Little Star for the nativity.",
        "Year 4 danced to Bob Marley's Three Little Birds in our One World assembly 🎶",
        "Our Y5 geography topic this term: rivers, from the River Soar to the River Jordan.",
        "Year 2 learnt that Paris is the capital of France and tried croissants for breakfast 🥐",
        "The long jump and the 60 metres are the first events at Wednesday's sports day.",
        "What a gift it is to have so many grandparents helping with reading this term 💛",
        "Year 3 made jade green and gold paper lanterns for the Moon Festival.",
        "Year 6 studied the reign of Queen Victoria and the coming of the railways to Leicester.",
        "The Chelsea Flower Show inspired our gardening club to plant a pollinator patch 🐝",
        "A small miracle of engineering: Year 6's egg survived a drop from the climbing frame 🥚",
        "Year 5 read Little Red Riding Hood in three languages for European Day of Languages.",
        "Year 4 looked at India and Pakistan on the world map as part of our Partition topic.",
        "Our RE topic this half term is Islam: Year 3 will visit the Jame Masjid on Tuesday.",
        "Year 1 have planted a row of broad beans and a tiny wood of willow saplings 🌱",
        "Celebrating VE Day: Year 6 learnt what victory meant to families in Leicester in 1945.",
        "Young Voices 2026 was incredible, our choir sang with 8,000 other children in Birmingham!",
        "Year 2 built a bird box for the school garden and a bug hotel for the minibeasts.",
        "Please do not park across Moon Street or Hill Road during drop-off, thank you.",
        "Our best-ever attendance: 97.4% across the whole school last half term!",
        "Year 5 talked about wisdom and patience in the story of the tortoise and the hare.",
        "The Prince of Wales visited Leicester today and Year 6 waved flags on the Golden Mile 🇬🇧",
        "Goodness me, what a lot of wellies in lost property! Please check the box by the office.",
        "Year 3 learnt about Asia, the largest continent, and made maps from salt dough.",
        "Year 4 read Brooklyn Bridge facts for their engineering topic and built paper bridges.",
        "The Diwali lights on Belgrave Road are switched on this Sunday, a bright night for all!",
        "Sunny spells forecast for sports day, please send hats and sun cream ☀️",
        "Our KS2 cross-country race is on Friday at Victoria Park.",
        "Little Amal, the giant puppet of a refugee girl, walks past school on Tuesday 💜",
        "Year 6 read a biography of Imran Khan the cricketer for their sports writing unit.",
        "Red, green and gold: Year 1 made Ethiopian and Eritrean flags for their culture day",
        "There is no school for pupils on Monday 2 November, it is a staff training day.",
        "Thank you for your patience while the car park is resurfaced this week.",
        "Year 5 read Stan Lee's first Spider-Man comic and drew their own superhero strips 🕷️",
    ],
    category="learning",
)
many(
    W,
    "first",
    [
        "Blessing got her first ever certificate in Reception today for kind hands 🌟",
        "Favour and Precious handed out the Harvest parcels to our older neighbours",
        "Miracle won the Year 2 handwriting competition with the neatest joined-up letters!",
        "King was so brave at the dentist visit, he showed everyone how to brush properly",
        "Victory finished the cross-country in first place, nearly a minute clear 🏃🏾‍♀️",
        "Sky in 3A measured every radiator in school for our energy audit.",
        "Well done to Honour who reached level 10 on Reading Plus this week!",
        "Prince and Noble were the stars of the 4A class assembly about kindness",
        "India, Asia and Jordan designed our new house point posters, they look fab",
        "Wisdom read his speech about climate change to the governors today.",
        "Gift has lost her first tooth in class! The tooth fairy is coming tonight 🦷",
        "So proud of Destiny, who sang a solo at the Young Voices concert.",
        "Marley and Chelsea from 1B made a volcano that actually erupted!",
        "Comfort and Bright collected the most litter on the Abbey Park clean-up.",
        "Goodness is our Year 6 sports captain for the summer term 🏅",
    ],
    category="celebration",
)
many(
    W,
    "voc",
    [
        "Treasure, thank you for helping the new boy find his way round school today!",
        "Divine, happy 8th birthday from all your teachers in 3B 🎈",
        "Reign, much better listening today, well done!",
    ],
    category="celebration",
)
many(
    W,
    "full",
    [
        "Brooklyn Bird swam 400 metres at the Leicester Leisure Centre gala 🏊",
        "Zayn Malik in 4B has been picked for the Leicester City Foxes academy trial!",
        "Mohamed Farah from 6A is through to the national Young Scientists final 🔬",
    ],
    category="celebration",
)

# --- adults with titles and roles, and the school's own staff (Rajesh Patel, Grace Mensah,
# Dawn Whitaker, Imran Khan, Mirela Popa, Tom Young, Shazia Begum, Ayan Abdi, Sunny Bains, Ruth
# Green), most sharing a first name or surname with a pupil
A = "adults"
many(
    A,
    "pass",
    [
        "Mr Patel, our deputy head, is covering the Melton Road gate at 8.40 while the path is "
        "dug up.",
        "Miss Mensah's Year 2 class have been learning the Ghanaian song Kye Kye Kule 🎵",
        "Thank you to Mrs Whitaker for running the uniform swap shop after school on Friday.",
        "Mr Khan will be taking the Year 6 cricket team to Grace Road on Thursday 🏏",
        "Doamna Popa, our Romanian-speaking TA, is running a coffee morning for new families.",
        "Coach Tom Young has the KS2 football squad training on Wednesdays after school.",
        "Please welcome Mrs Begum, who joins the office team this week 👋",
        "Mr Abdi from our family support team can help with school meal applications.",
        "Sunny Bains will be running the bhangra workshop for Year 5 on Tuesday!",
        "Need to talk about SEND support? Mrs Green is in the community room each Monday after "
        "school.",
        "Dr Okonkwo from the Leicester Royal Infirmary told Year 4 how X-rays work 🩻",
        "Imam Hassan from the Masjid Umar visited Year 3 to talk about Ramadan.",
        "Giani Singh from the Guru Nanak Gurdwara showed Year 2 how the langar is cooked.",
        "PC Long and PCSO Street came to talk to Year 6 about staying safe near the canal.",
        "Children's poet Mrs Malorie Wood ran a rhyming workshop with Year 1 and Year 2 📖",
        "Mr Cross, our site manager, has repainted every line on the netball court 🎨",
        "Councillor Favour Adeyemi cut the ribbon on our new school allotment on Monday.",
        "Thank you to Grandma Kaur for teaching 3B how to make rotis in the cookery room.",
        "Pastor King from the Redeemed Christian Church led our Harvest thanksgiving.",
        "Father Andrei from the Romanian Orthodox church told Year 4 about Easter traditions",
        "Former Leicester City striker Emile Heskey popped in to watch our Year 5 match ⚽",
        "After a quarter of a century serving school dinners, Mrs Lee hangs up her apron on "
        "Friday 💐",
        "Thanks to Mr Nguyen from the Vietnamese community centre for Friday's cookery demo",
        "Head teacher Mrs Whitaker and the chair of governors, Mr Islam, met the school council.",
    ],
    category="news",
)
many(
    A,
    "first",
    [
        "Mr Young says Harley from 6A is the best lunchtime football referee he has ever had",
        "Mrs Begum's helper in the office this week was Ruma from 4B, a brilliant receptionist!",
        "Miss Mensah says a huge well done to Efua for her Ghana Independence Day speech",
        "Mr Khan and his star bowler Ibrahim took four wickets between them on Thursday 🏏",
    ],
    category="celebration",
)
many(
    A,
    "full",
    [
        "Coach Young presented the player of the season trophy to Ming Young from 6B.",
        "Mrs Green and Chelsea Green from 1B planted the new apple tree together 🍎",
        "Mr Patel handed the Year 5 spelling cup to Hetal Patel this morning.",
    ],
    category="celebration",
)

# --- disguised names of roster pupils
S = "disguises"
many(
    S,
    "first",
    [
        "K-r-i-s-h made a brilliant rangoli pattern at the front of the hall 🪔",
        "Well done Tas\u200bnim for reading to the whole class this morning",
        "Sa🌟gal got the golden ticket for kindness in 2B",
        "B i a n c a came first in the Romanian spelling quiz!",
        "#WellDoneHarpreet for your amazing Vaisakhi dance 💃",
        "Zo\u00adfia's gymnastics medal is in the trophy cabinet by the office",
        "F.A.V.O.U.R in 1A stacked every chair in the hall after the Eid party, what a helper",
        "Ya-\nsmin's Arabic calligraphy is on the display board in the hall.",
        "Huge well done to ⭐️Khoa⭐️ for his science fair volcano",
        "a massive cheer for M@lak who won the Year 2 poetry slam 🎤",
    ],
    category="celebration",
)
many(
    S,
    "full",
    [
        "#AarvPatel... sorry #AaravPatel is our Year 4 reader of the month 📚",
        "Congratulations to @Zayn_Malik_4B... no, to Zayn Malik in 4B, on his football trial",
        "5A's mathematician of the week is xin LI!",
        "🎉 GURPREET JOHAL 🎉 bowled the last over and won us the cup",
        "Darius_Ursu's Scratch game is now on the 2B blog, go and play it",
        "Shout out to S i m r a n  J o h a l for her kindness award",
    ],
    category="celebration",
)
many(
    S,
    "question",
    [
        "Witek from 3B read his first chapter book today, brilliant!",
        "Well done Ishan in 2B for his wonderful diary entry",
        "Gurpret scored the winning run in the Year 6 cricket match 🏏",
        "Andrea in 6A led the Romanian dance at culture day, lovely",
        "Linn from 2A has made the most progress in phonics this term",
        "Tahmed in 4A finished his multiplication grid first",
    ],
    category="celebration",
)
many(
    S,
    "pass",
    [
        "#DiwaliDiaries: Year 3 wrote about the story of Rama and Sita 🪔",
        "D.T. club news: Year 5 have cut, glued and painted cam toys that really move",
        "#BelgraveMeadowsReads: 10,000 books read across the school this year!",
        "Swim-\nming kits on Mondays from next week, Y4 only 🏊",
        "Our #FridayFeeling: a whole week without a single late arrival in Year 6 🎉",
        "Year 4's bake-\noff is on Friday, bring an apron and a clean tea towel",
        "#EidMubarak from all the staff at Belgrave Meadows 🌙",
        "S T E M week starts Monday with a visit from the National Space Centre 🚀",
        "#teamBMP #proudofourpupils #leicester",
    ],
    category="news",
)

# --- children not on the roster (current first names of the city's families)
N = "unknown_names"
many(
    N,
    "unknown",
    [
        "Aisha in Year 1 made a beautiful Eid card for the dinner ladies 🌙",
        "Well done Oskar for swimming his first width without armbands!",
        "Thank you Hira and Rania for looking after the new girl at playtime.",
        "Dinh has finished every level of Numbots, amazing perseverance",
        "Simone from Year 5 designed our Black History Month display",
        "Massive congratulations to Ikechukwu who won the area spelling bee 🐝",
        "Rohan and his little sister brought in their grandad's Diwali sweets to share",
        "Our new Year 3 pupil Daniela has settled in so well, she already has lots of friends",
        "Hanad scored a hat-trick in the Somali community cup on Saturday ⚽",
        "Mateusz and Lucjan's marble run used 48 toilet rolls and worked first time!",
        "Congrats to Yerlan in 2B who read aloud in assembly for the first time 💪",
        "Samira in the nursery class painted a rainbow for the NHS staff",
    ],
    category="celebration",
)
many(
    N,
    "unknown_voc",
    [
        "Tiago turns 7 today, happy birthday from 2B! 🎂",
        "Kayden, a much better morning today, keep it going!",
        "Fatima, you made the new girl feel so welcome, thank you!",
        "Well done Leo, your behaviour at lunch has really improved.",
    ],
    category="celebration",
)
many(
    N,
    "full",
    [
        "Congratulations to Aiden Robinson on his Grade 1 violin pass 🎻",
        "Fatma Yilmaz read her story about the Golden Mile to Year 3 parents.",
        "Well done Tegan Brown and Mihir Pandya on their new reading badges",
    ],
    category="celebration",
)
many(
    N,
    "pass",
    [
        "Year 2 read Handa's Surprise and tasted mangoes, guavas and passion fruit 🥭",
        "Our Year 4 class book this term is Amari and the Night Brothers.",
        "Year 6 researched Mary Seacole and Walter Tull for Black History Month.",
        "Year 1 loved Kipper and Biff's seaside adventure in guided reading",
        "Year 5's class novel, The Girl Who Became a Tree, has sparked some beautiful poetry.",
        "Year 3 met Bee-Bots today and programmed them round a map of Leicester 💻",
        "Reception acted out Rama and Sita's journey home for Diwali.",
        "Year 6 debated whether Macbeth or Lady Macbeth is more to blame.",
    ],
    presets=FIVE,
    category="learning",
)

# --- one child singled out by description (no name), a post to one child, and the class or
# year-group posts Unsworth allows ("Tweets to a year group or class along the lines of
# "don't forget the..." are acceptable")
T = "targeted"
many(
    T,
    "describe",
    [
        "Well done to the little boy in 2A who finally managed to sit still for a whole story!",
        "One girl in Year 4 has been late every day this week. You know who you are.",
        "A special mention for our newest arrival from Romania, already reading in English!",
        "The tallest boy in 6B knocked the display over again today 🙄",
        "Big cheer for the only Year 3 pupil who handed in every homework this term.",
        "Thank you to the girl in the pink hijab who found the lost purse at pick-up.",
        "Our youngest footballer, the Reception lad in the number 9 shirt, scored twice!",
        "To the 5A pupil who keeps forgetting their PE kit: please remember it tomorrow.",
        "Congratulations to the Year 6 pupil who has just won a scholarship to the grammar school",
        "The boy in 3A who told a fib about the broken window has owned up. Thank you.",
        "Shout out to our Year 1 twin who read 40 books, her brother is catching up!",
        "A well done to the new Vietnamese girl in 2A, who said her first full sentence today",
        "The Year 5 child with the broken arm is still coming to swimming to cheer, what a hero",
        "Amazing effort from our head boy's little sister in Reception at sports day.",
        "We noticed one young man in 4B tried so much harder in maths today. Keep it up!",
        "One child in 3B was very upset at lunch after what was said. Parents, please talk to "
        "your children.",
    ],
    category="celebration",
)
many(
    T,
    "voc",
    [
        "Ayaan, don't forget to bring your library book back tomorrow!",
        "Sadia, you were a superstar on the residential, thank you!",
        "Filmon, that was real resilience in maths today, we noticed!",
        "Hodan, your mum says you can stay for homework club on Tuesday.",
        "Jun Wei! Your Lego castle is still on the windowsill, please collect it 😄",
        "Thank you Rayan, you were so helpful to the supply teacher today.",
        "Dear Luca, we miss you in 3A, get well soon! 💙",
    ],
    category="celebration",
)
many(
    T,
    "unknown_voc",
    [
        "Kian, your coat is in lost property!",
        "Eliza, ten today! Have a brilliant day 🎉",
        "Mustafa, we saw you try really hard to stay calm at lunch. Proud of you.",
    ],
    category="celebration",
)
many(
    T,
    "pass",
    [
        "Year 6, don't forget your SATs breakfast starts at 8.15am all week.",
        "Well done to the whole of Year 2 for a brilliant Eid assembly!",
        "Class 4A, recorders in on Thursday for the first rehearsal 🎶",
        "Reception families, puddle suits and a spare bag for muddy clothes tomorrow please!",
        "Congratulations to every Year 6 pupil on a fantastic residential. You were all amazing.",
        "3A and 3B, this week's Seesaw task is a recipe from home. Share by Monday.",
        "Birthday stickers are on their way to every child with a birthday this week 🎈",
        "Choir for Years 5 and 6 swaps to Wednesday at 12.30 for this week only 🎤",
        "To all our Year 1 children: what a fantastic first week back!",
        "Our girls' football team play in the county final tomorrow, go Belgrave! ⚽",
        "Seven classes topped 97% attendance this half term, well done all!",
        "Hello and welcome to the 43 families starting with us this term, come and say hi at the "
        "coffee morning!",
        "2B, don't forget it is non-uniform day on Friday for Children in Need.",
        "Every single child in Year 4 passed their swimming test this term, brilliant!",
        "Well done KS1 for singing so beautifully at the Christmas concert 🎄",
        "Year 6 leavers, your hoodies are ready to collect from the office.",
        "Thank you to all our pupils who volunteered at the community iftar.",
        "1A and 1B, please bring a teddy on Friday for our picnic 🧸",
        "To our Year 5 chess team: a brilliant effort, runners-up in the city!",
        "Year 3, remember to practise your spellings for Friday's test.",
        "Congratulations to our school council on organising the charity bake sale.",
    ],
    category="reminder",
)

# --- photos: consent from the roster, untagged faces, work and hands, adults only
P = "photos"
ALT = "A small group of pupils at a table, smiling at the camera"
for text, pupils, faces, kind in [
    (
        "Year 4 trying on saris and kurtas for our Diwali dress-up day ✨",
        ["Aarav Patel", "Jaspreet Kaur", "Mai Hoang"],
        3,
        "pass",
    ),
    (
        "Our Eco Council planting daffodil bulbs by the gate 🌼",
        ["Sky Little", "Manveer Bains"],
        2,
        "pass",
    ),
    ("Year 2 on the bus to the National Space Centre!", ["Miracle Obi", "King Adeyemi"], 2, "pass"),
    (
        "Chinese New Year lantern making in 5B 🏮",
        ["Tuan Nguyen", "Asia Wood", "Sunny Sidhu"],
        3,
        "pass",
    ),
    ("Year 6 at the Jewry Wall museum this morning", ["Frankie Lee", "Ming Young"], 2, "pass"),
    (
        "Reception learning to hop, skip and jump in the hall today!",
        ["Blessing Okonkwo", "Krish Mistry"],
        2,
        "pass",
    ),
    (
        "Year 3 Romanian folk dancing for our culture day 💃",
        ["Luca Tudor", "Sara Lupu", "Denisa Dudi"],
        3,
        "pass",
    ),
    (
        "Year 5 making jollof rice for the international food fair",
        ["Victory Nwachukwu", "Xin Li"],
        2,
        "no_consent",
    ),
    (
        "Our KS1 choir ready for the Christmas concert 🎄",
        ["Elvis Balogh", "Linh Pham"],
        2,
        "no_consent",
    ),
    ("Year 3 at Forest School, muddy but happy!", ["Storm Moon"], 1, "no_consent"),
    ("Year 4 with their clay diva lamps", ["Bilal Mahmood", "Prince Ogunleye"], 2, "no_consent"),
    (
        "A fantastic day of Vaisakhi dancing in 5B!",
        ["Szymon Wróbel", "Kwabena Boateng"],
        2,
        "no_consent",
    ),
    (
        "Year 6 residential: day one at the climbing wall 🧗",
        ["Patience Asare", "Harley Young"],
        2,
        "no_consent",
    ),
    ("Reception exploring the sensory garden", ["Romeo Lakatos"], 1, "no_consent"),
    ("Year 2 playing parachute games in the sunshine", ["Sagal Hersi"], 4, "faces"),
    (
        "Year 5's maths relay on the field this afternoon",
        ["Wisdom Ibe", "Maryam Bashir"],
        6,
        "faces",
    ),
    ("Our Year 1 Nativity cast in full costume ⭐", [], 5, "faces"),
    ("The Year 6 leavers' assembly, what a group!", ["Hao Wong"], 8, "faces"),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=ALT)], category="learning")
add(
    P,
    "pass",
    "Year 6 on their last morning at the PGL residential, all smiles 🌞",
    category="residential",
    photos=[
        photo(
            ["Goodness Adeyemi", "Filip Zając", "Mahira Uddin", "Hao Wong"],
            4,
            group=True,
            alt="A group of Year 6 pupils in front of a lake",
        )
    ],
)
add(
    P,
    "pass",
    "Year 3's mehndi patterns are up on the wall outside the hall.",
    photos=[hidden([], "Paper hand cut-outs decorated with mehndi patterns")],
    category="learning",
)
add(
    P,
    "pass",
    "Careful hands rolling clay for our Diwali diva lamps.",
    category="learning",
    photos=[hidden(["Diya Parmar"], "A child's hands shaping a small clay lamp")],
)
add(
    P,
    "unid_no_consent",
    "Kente-style strips growing on the 4A loom, backs to the camera.",
    category="learning",
    photos=[hidden(["Bilal Mahmood", "Comfort Asante"], "Two children seen from behind at a loom")],
)
add(
    P,
    "unid_no_consent",
    "Hands-on science: Year 5 dissecting flowers under the magnifier",
    category="learning",
    photos=[hidden(["Xin Li"], "A child's hands holding tweezers over a flower")],
)
for text, alt, faces in [
    (
        "Our governors at the annual away day, thank you for your time!",
        "Six adults sitting round a table in the staff room",
        6,
    ),
    (
        "Staff took on the Leicester half marathon for the library fund! 🏃",
        "Nine members of staff in running vests at the finish",
        9,
    ),
    (
        "The PTA with the £2,300 cheque for the new outdoor classroom",
        "Four adults holding a large presentation cheque",
        4,
    ),
    (
        "Thank you to the volunteers from the mandir who cooked for our Diwali lunch",
        "Five adults in aprons behind a serving table",
        5,
    ),
]:
    add(P, "adults_photo", text, photos=[adults(alt, faces)])

# --- personal data: contacts written out or disguised, home addresses; the school's own
# contacts and national helplines pass
PDF = "personal_data"
many(
    PDF,
    "contact",
    [
        "Lost a coat? text Mrs Ahmed on 07700 900 327 and she'll check the box",
        "Volunteers for the Eid party please ring Shabnam on 07700-900-614.",
        "Spare tickets for the Diwali show, call Mrs Varsani on 0116 496 0872 after 6pm",
        "football club kit orders to coach.daz at hotmail dot co dot uk by Friday please",
        "PTA raffle prizes: contact belgravepta[at]gmail[dot]com",
        "Sponsor forms: Kasia is collecting them, her mobile is +44 7700 900 155 🙏",
        "Please send photos of your Eid outfits to amina.begum786 @ yahoo . com",
        "Our new football coach can be reached on seven seven zero zero, nine zero zero, four "
        "four one",
        "Book a place at the Romanian families' evening: 07700900982 (Mirela's personal number)",
        "Any lost property from the trip, message dad_of_three_leics@outlook.com",
        "Interested in helping at the mosque open day? Ring Mr Hussain at home on 0116 496 0190.",
        "Cake donations for the bake sale to Zainab, 07700 900 703 ✨",
    ],
)
many(
    PDF,
    "address",
    [
        "Uniform donations can be dropped off at 42 Melton Road, Leicester LE4 6PN.",
        "The PTA Christmas wreath workshop is at Jaspal's house, 9 Loughborough Road, LE4 5LQ 🎄",
        "Collect your raffle prize from 118 Catherine Street, Leicester, any evening this week",
        "Spare school shoes are at Mrs Eke's, flat 3, 27 Evington Road, LE2 1QG.",
        "Our Romanian tutor Mr Ionescu runs lessons from his home at 6 Gipsy Lane, LE4 9BX.",
    ],
)
many(
    PDF,
    "pass",
    [
        "The NSPCC's free helpline, 0808 800 5000, is there for any adult with a worry about a "
        "child's safety.",
        "Any child can talk to Childline about anything: 0800 1111, free and confidential.",
        "For medical advice that is not an emergency, ring NHS 111.",
        "Our Diwali show raised £1,843.20 for the Leicester Hospitals Charity 🪔",
        "Year 6 won 14-9 in the netball league on Tuesday!",
        "Next year's term and holiday dates are live on the website under Parents.",
        "Autumn parent consultations: Wednesday 11 and Thursday 12 November, slots from 3.30 to "
        "6.30.",
        "Doors open at 1.45pm, the Eid show starts at 2pm in the hall.",
        "Need help with the cost of uniform? The Leicester City Council helpline is on the letter "
        "in book bags.",
    ],
)
for text in [
    "To report an absence please call the school office on 0116 496 0514 before 9am.",
    "Questions about free school meals? Email office@belgravemeadows.leicester.sch.uk 📧",
    "Trip money can be paid through the app, or call us on 0116 496 0514 if you need help.",
    "Please send any photo consent changes to office@belgravemeadows.leicester.sch.uk.",
]:
    add(PDF, "pass", text, contacts=SCHOOL)

# --- tone: derogatory, sarcastic, passive-aggressive or upsetting wording about pupils,
# parents, staff, other schools, the council and decisions; sad news and negative words aimed
# at nobody pass
TO = "tone"
many(
    TO,
    "insult",
    [
        "Year 5 behaved like absolute animals at the museum today. Shameful.",
        "Some parents are too idle to open a book bag, it's honestly pathetic.",
        "Some of the dads at pick-up are frankly clueless about the one-way system",
        "The agency supply teacher was useless, so 4A will redo the whole lesson.",
        "St Barnabas' players sulked all the way to the coach. Grow up, lads.",
        "The council's highways team are a total shambles and clearly incompetent.",
        "Whoever let their dog foul the playground is a disgusting, selfish idiot.",
        "Honestly 6B are the laziest class I've ever taught 😒",
        "The referee on Saturday was a complete joke, blind as a bat",
        "The adults screaming at each other by the gate this morning were a disgrace. Children "
        "were watching.",
        "Well the catering company has done it again: pathetic, stupid portions for the kids",
        "Our former head left the place in a mess. Thank goodness she's gone.",
    ],
)
many(
    TO,
    "negative",
    [
        "Thanks SO much to the families who ignored the parking letter. Again. 🙃",
        "Another brilliant decision from the Department for Education... said no one ever.",
        "Apparently reading the newsletter is optional for some people 🤷",
        "Well, that was a waste of everyone's time. Sports day, cancelled by the council's pitch "
        "team again.",
        "Year 4's spelling test results this week were, let's say, very disappointing.",
        "Some people clearly think the staff car park is their personal drop-off zone",
        "If certain children spent as much time reading as they do on Fortnite, we'd be top of "
        "the league.",
        "We're not sure what the Ofsted team were looking at, but it wasn't our school.",
        "Great to see SO many of you at parents' evening. Oh wait.",
        "We had hoped Highfields Academy would turn up for the fixture. Clearly not a priority "
        "for them.",
        "The bus company let us down yet again, 40 minutes late, no apology. Typical.",
        "Nice to know the council values our children's safety so little, still no crossing "
        "patrol 😡",
        "Year 6 were a real disappointment in assembly today and they know why.",
    ],
)
many(
    TO,
    "pass",
    [
        "The flood has closed the staff car park, please walk to school if you can today.",
        "Sadly we've had to call off Year 5's Twycross Zoo visit, the coach firm has no drivers. "
        "A new date will follow.",
        "The leisure centre pool is shut for maintenance, so swimming lessons pause until after "
        "half term.",
        "Thirty years of Year 2 maths and magic tricks: Mr Kowalczyk retires today, and we are so "
        "sad to see him go.",
        "Our footballers lost 3-1 in the semi-final but played with real heart and sportsmanship.",
        "The heating has broken down in the KS1 block, please send an extra jumper tomorrow.",
        "Year 6 learnt about the terrible conditions in Leicester's Victorian hosiery factories.",
        "Last night's fire on Belgrave Road was frightening, and the community centre has "
        "blankets for anyone who needs them.",
        "Year 3 wrote sad poems from the point of view of the lonely Iron Man.",
        "A reminder that the crossing on Melton Road is dangerous at pick-up time, please take "
        "care.",
        "Is homework pointless? Year 5 argued both sides in a class debate this morning 📝",
        "The snow has made the playground icy, so KS2 will have an indoor break today.",
        "Year 2 learnt why the Great Fire of London was so destructive.",
        "We are sorry for the confusion over the trip dates: the right date is Friday 12 June.",
        "Year 4 discussed how unfair the Partition of India was for millions of families.",
        "Rain stopped play at the cricket festival, but our team still had a great day.",
        "Year 6 cleared three sacks of rubbish from Spinney Hill Park, it was a disgusting job "
        "but they did it.",
        "We were sorry to hear of the loss of our former caretaker Mr Dhanji. Our thoughts are "
        "with his family.",
        "The broken boiler means the school will close at 12.30pm today. Sorry for the short "
        "notice.",
        "Our Remembrance assembly reflected on the horror and sadness of war.",
        "Power cut at school this morning! Lunches will be sandwiches today, sorry everyone.",
        "Year 3 learnt how earthquakes and volcanoes can devastate whole cities.",
        "It's been a tough, tiring term, and every single child has worked so hard. Rest well!",
    ],
)

# --- text speak (Carlton: "will not contain text language like lol, gr8 or l8r")
TX = "text_speak"
many(
    TX,
    "text_speak",
    [
        "Gr8 Diwali show 2nite! Thx every1 🪔",
        "Pls rmbr PE kits 2moro!",
        "Y6 r back from the residential l8r, c u at the gates",
        "Omg the Eid party!!! sooo gd, thx every1 😂",
        "Thnx 4 all the cakes, u r the best!",
        "Cake sale moved 2 Weds, cya there",
        "Book fair 2day!! dont 4get ur money",
        "Wot a match! 3-0 win 4 the Y5 team ⚽",
        "Plz send back ur consent slips asap thx",
        "lol the teachers' dance at the disco 😂 gr8 fun",
        "Gd luck 2 our choir 2nite @ De Montfort Hall!",
        "Hv a gr8 half term every1, c u on Mon",
        "rly proud of Y3 2day, amazin work tbh",
    ],
)
many(
    TX,
    "pass",
    [
        "Y1 phonics check week is 8 June; letters about it are in book bags.",
        "Y6: bagels and juice in the hall from 8am every morning of SATs week 🥯",
        "Our EYFS stay-and-play session is on Thursday at 9am.",
        "Everyone is welcome at the PTA's annual meeting next Tuesday, 6pm, library.",
        "Year 4 made posters about respectful comments online in PSHE.",
        "RE day: Year 5 visited the Shree Sanatan Mandir and the Guru Tegh Bahadur Gurdwara.",
        "Our SEND coffee morning is on Friday at 9.15am in the community room.",
        "Year 2 practised their number bonds on Numbots and TTRS today.",
        "DT club: Year 6 are building LED lanterns for Diwali.",
        "EAL families: our translated newsletter is now on the website in six languages.",
        "Thank you to the RSPB for the Big Schools' Birdwatch kit.",
        "Year 3 did their MFL lesson in Spanish today: ¡hola!",
    ],
)

# --- preset clauses, one by one: first names and initials (Unsworth allows them, not with
# pictures), opinions (Highfield forbids them, Forefield none relating to pupils), text language
# (Carlton), grammar (Highfield, Carlton), replies, Droxford's 8am-6pm weekday hours and their
# exceptions (events, urgent news), group reminders Unsworth names as acceptable
PR = "presets"
many(
    PR,
    "pass",
    [
        "4A and 4B: bring in your brightest Diwali outfit for Thursday 🪔",
        "Year 6: the Kingswood medical forms come back to Mrs Whitaker by Friday, don't forget!",
        "Reception: Forest School is on Thursday, so pack a waterproof and an old jumper.",
    ],
    presets=FIVE,
    category="reminder",
)
many(
    PR,
    "first",
    [
        "Mercy read her poem about her grandmother in Lagos to the whole of Year 4.",
        "Antoni and Efua built a working wind turbine for the science fair!",
        "Gurdeep won the 3B handwriting award this week ✍️",
    ],
    category="celebration",
)
many(
    PR,
    "initials",
    [
        "Super maths from MZ and DU in 2B this morning!",
        "Well done to A.P. and J.K. in 4A for their brilliant Mughal posters.",
        "Star writers this week in 5A: HP, TI and CU 🌟",
    ],
    category="celebration",
)
add(
    PR,
    "initials_unid",
    "DP in 1A made this rangoli, only her hands in shot 🪔",
    category="learning",
    photos=[hidden(["Diya Parmar"], "A child's hands sprinkling coloured powder into a pattern")],
)
add(
    PR,
    "initials_unid",
    "MJ's clay elephant for our India topic, seen from behind",
    category="learning",
    photos=[hidden(["Mira Joshi"], "A child seen from behind shaping a clay elephant")],
)
add(
    PR,
    "initials_photo",
    "LT in 3A painted this Tudor rose portrait in gouache 🌹",
    category="celebration",
    photos=[photo(["Luca Tudor"], 1, alt="A boy holding up a painted Tudor portrait")],
)
add(
    PR,
    "initials_photo",
    "G.O. with the Year 3 reading cup 🏆",
    category="celebration",
    photos=[photo(["Gift Olatunji"], 1, alt="A girl holding a silver cup")],
)
add(
    PR,
    "unid_no_consent",
    "Hands busy threading beads for our Eritrean culture day",
    category="learning",
    photos=[hidden(["Patience Asare"], "A child's hands threading coloured beads")],
)
many(
    PR,
    "opinion",
    [
        "In my view this was the finest Diwali show Belgrave Meadows has ever put on!",
        "I personally think our Year 5 choir is the best in Leicester.",
        "We honestly believe homework should be scrapped in KS1, and here's why.",
    ],
    category="news",
)
many(
    PR,
    "text_speak",
    [
        "Wot a gr8 Vaisakhi celebration 2day!",
        "Thx 4 coming 2 the open morning, c u soon",
    ],
    category="news",
)
many(
    PR,
    "typo",
    [
        "Their will be no after-school clubs on Friday becuase of the staff meeting.",
        "Year 2 has went to the library today and chose there own books.",
        "Reminder: the Eid party is on Thursday, pupils can where party clothes.",
    ],
    category="news",
)
add(
    PR,
    "reply",
    "Thank you so much, we're delighted you enjoyed the Diwali show! 🪔",
    category="news",
    reply_to="https://x.com/belgrave_mum_of3/status/2010000000000000000",
)
add(
    PR,
    "reply",
    "Hi Mr Chauhan, do pop into the office tomorrow and we can talk it through.",
    category="news",
    reply_to="https://x.com/k_chauhan_leics/status/2021000000000000000",
)
add(
    PR,
    "reply",
    "Yes, the trip is still going ahead tomorrow!",
    category="news",
    reply_to="https://x.com/nanu_ji_le4/status/2032000000000000000",
)
for text, when in [
    (
        "Our Year 6 footballers kick off at Saffron Lane at 10, come and shout! ⚽",
        "2026-03-28T09:30:00+00:00",
    ),  # Saturday, before the spring change
    (
        "Don't forget school starts again tomorrow after the Easter break.",
        "2026-04-19T16:00:00+01:00",
    ),  # Sunday
    ("Reminder: reading books are due back tomorrow.", "2026-03-30T17:30:00+00:00"),  # 18:30 BST
    (
        "Parents' evening bookings close tonight, book via the app.",
        "2026-10-23T17:20:00+00:00",
    ),  # 18:20 BST, Friday before the autumn change
    (
        "Breakfast club doors are open, toast and porridge until 8.30.",
        "2026-10-26T07:40:00+00:00",
    ),  # 07:40 GMT, Monday after it
    ("Happy Diwali weekend, everyone! 🪔", "2026-11-07T11:00:00+00:00"),  # Saturday
    ("New Year 5 maths is on Google Classroom now.", "2026-02-11T19:15:00+00:00"),
    ("A quick reminder: PE kits tomorrow.", "2026-06-10T17:05:00+00:00"),  # 18:05 BST
]:
    add(PR, "weekend", text, category="reminder", when=when)
for text, when in [
    ("Please check the website for tomorrow's trip times.", "2026-03-30T07:30:00+00:00"),
    ("Year 6 SATs letters have gone home today.", "2026-03-27T17:50:00+00:00"),
    (
        "Nurse visit on Thursday: nasal flu forms to the office, please.",
        "2026-10-23T16:55:00+00:00",
    ),
    ("Well done to 2B for 100% attendance this week!", "2026-10-26T17:45:00+00:00"),
]:
    add(PR, "pass", text, presets=FIVE, category="reminder", when=when)
for text, when, exception, why in [
    (
        "Full time: Belgrave Meadows 4, St Patrick's 2! What a final 🏆",
        "2026-06-13T15:10:00+01:00",
        "event",
        "Result from the Saturday city cup final",
    ),
    (
        "Year 6 have arrived safely at the residential centre and are eating pizza 🍕",
        "2026-06-22T19:05:00+01:00",
        "event",
        "Evening update from the Year 6 residential",
    ),
    (
        "SNOW CLOSURE: school is shut for pupils today. Keep warm and keep checking the website.",
        "2026-01-06T06:50:00+00:00",
        "urgent",
        "Snow closure decided at 6.30am",
    ),
    (
        "The Diwali show is underway, 300 families in the hall tonight ✨",
        "2026-11-05T18:40:00+00:00",
        "event",
        "Live update from the Diwali evening show",
    ),
]:
    add(
        PR,
        "pass",
        text,
        category="urgent" if exception == "urgent" else "news",
        when=when,
        exception=exception,
        exception_reason=why,
    )

# --- one fact, one finding: a name with a photo is one finding (the rule the preset names), a
# child named twice is still one child
ONE = "one_fact"
for text, pupils, kind in [
    ("Look who met the Lord Mayor: Favour and her certificate! 🏅", ["Favour Eze"], "first_photo"),
    ("Arjun showing off his Vaisakhi turban and his gold medal", ["Arjun Gill"], "first_photo"),
    ("Well done Linh! Linh read 60 books this year 📚", ["Linh Pham"], "first_photo"),
    ("Nikola with the science fair trophy", ["Nikola Mazur"], "first_photo"),
    ("Kofi and Yasmin, our new school council reps!", ["Kofi Darko", "Yasmin Said"], "first_photo"),
    ("Goodness Adeyemi receiving the sports personality cup", ["Goodness Adeyemi"], "full_photo"),
    (
        "Congratulations Amrit Bains, our Year 6 poet laureate! Amrit's poem is on the wall.",
        ["Amrit Bains"],
        "full_photo",
    ),
    (
        "Rayan Nasser and Janvi Mistry with their chess trophies ♟️",
        ["Rayan Nasser", "Janvi Mistry"],
        "full_photo",
    ),
]:
    add(
        ONE,
        kind,
        text,
        photos=[photo(pupils, alt="Pupils smiling and holding up an award")],
        category="celebration",
        one=True,
    )
for text, kind in [
    ("Denis, what a turnaround in science this afternoon! Keep it going, Denis 💪", "voc"),
    ("Happy birthday Sadia Chowdhury! Sadia turns 11 today 🎂", "full"),
    ("Kacper Król is our Reception... sorry, our Year 1 reader of the week!", "full"),
    ("Great work Shapla! Shapla, your Bengali New Year poster is on the wall", "voc"),
    ("Noor Sandhu has been picked for the county netball team.", "full"),
]:
    add(ONE, kind, text, one=True, category="celebration")
many(
    ONE,
    "first",
    [
        "Jannah and Jannah's little brother ran the Eid cake stall together",
        "Crina won the Year 5 poetry prize, and Crina's poem is in the Leicester Mercury!",
        "Thank you Oliwia for helping in the library. Oliwia sorted 200 books!",
    ],
    category="celebration",
    one=True,
)
many(
    ONE,
    "pass",
    [
        "Year 3's Mughal art is up in the hall, come and see it at pick-up.",
        "Two classes, one goal: Year 4 and Year 5 raised £600 for the Turkey earthquake appeal.",
        "Year 1 made Eid cards for the residents of the care home on Melton Road 🌙",
        "Year 6 made a giant card for Mrs Bhatt on the lollipop crossing, 20 years in all "
        "weathers.",
        "Our KS2 choir sang at the Diwali lights switch-on, a magical evening 🪔",
        "Reception have their first school trip to the Botanic Garden on Tuesday.",
    ],
    presets=FIVE,
    category="news",
)
add(
    ONE,
    "pass",
    "Our Reception sunflowers have grown taller than the fence! 🌻",
    category="news",
    photos=[hidden([], "Tall sunflowers beside a green fence")],
)
add(
    ONE,
    "pass",
    "Year 2's first visit to the mandir, what brilliant questions they asked.",
    category="learning",
    photos=[
        photo(
            ["Priya Chauhan", "Malak Said", "Bright Owusu"],
            3,
            alt="Three pupils sitting on a carpet listening to a speaker",
        )
    ],
)
add(
    ONE,
    "adults_photo",
    "Our new kitchen team ready for the first Diwali lunch 🍛",
    category="news",
    photos=[adults("Three adults in aprons beside a serving hatch")],
)

# --- a few long posts, typed on a phone, with hashtags and emoji
add(
    W,
    "pass",
    "What a week! 🪔 Diwali on Monday, Bandi Chhor Divas on Tuesday and the Year 4 trip to the "
    "King Power Stadium on Thursday. Thank you to every family who sent in sweets, you spoil us. "
    "#DiwaliWeek #BelgraveMeadows #Leicester",
    presets=FIVE,
)
add(
    W,
    "first",
    "A massive congratulations to Sunny in 5B ☀️🏆 who won the Leicester junior chess open on "
    "Saturday, beating players three years older! Sunny has been coming to chess club since "
    "Year 2. #chess #proud",
    category="celebration",
)
add(
    T,
    "describe",
    "HUGE shout out this morning!! 🌟 One of our Year 2 boys walked the whole way round the "
    "playground on his own to hand back a purse he found. He wasn't sure if he'd be in trouble, "
    "he was not!! #kindness #honesty",
    category="celebration",
)
add(
    TO,
    "insult",
    "Parents, we need to talk. 🙄 Once again the zigzags outside school were rammed at 3.15 and "
    "some of you were shouting at our crossing patrol. Frankly it was pathetic behaviour from "
    "grown adults. Do better. #notimpressed",
)
add(
    TO,
    "pass",
    "Update on the heating 🔥❄️ the engineer has found a cracked pipe in the KS2 boiler. Sadly it "
    "can't be fixed until Thursday, so KS2 will be taught in the hall and the library. Please "
    "send warm layers. Thank you for bearing with us! #schoolupdate",
    presets=FIVE,
)
add(
    PDF,
    "contact",
    "Our Eid bazaar is on Saturday 21 March from 11 till 3 🌙🛍️ Stalls, henna, samosas and a "
    "bouncy castle! Want a stall? Ring Auntie Rubina on 07700 900 846 or message her on "
    "WhatsApp. #EidBazaar #community",
)
add(
    P,
    "pass",
    "Our Year 5 Roman day 🏛️⚔️ Shields, a march round the field and a very noisy 'battle' with "
    "Year 6! Massive thanks to the Jewry Wall museum team for the loan of the armour. #history "
    "#romans",
    category="learning",
    photos=[
        photo(
            ["Victory Nwachukwu", "Tanvir Islam", "Kofi Darko"],
            3,
            alt="Three pupils in cardboard Roman helmets holding painted shields",
        )
    ],
)
add(
    TX,
    "text_speak",
    "omg Y6 wot a nite!! 🎭 the leavers show was AMAZIN, thx 2 every1 who came & sorry 4 the long "
    "queue l8r on. c u all on Fri 4 the last day 😭 #leavers2026",
)
add(
    N,
    "unknown_voc",
    "Amazing news from our Saturday Polish school partners 🇵🇱 Julian from our Year 2 class has "
    "won the national reading prize for children learning Polish abroad! Gratulacje Julian! "
    "#polishschool",
    category="celebration",
)
add(
    PR,
    "opinion",
    "In my honest opinion, and I've been teaching for 22 years, last night's Eid concert was the "
    "best evening this school has ever had. 🌙✨ Every class, every song, every parent. #proud",
)
add(
    A,
    "pass",
    "Goodbye and good luck to Mr Khan! 🏏 After eleven years of cricket clubs, trips to Grace "
    "Road and a lot of cricket puns, he is off to be deputy head at a school in Coventry. We will "
    "miss you! #thankyou",
)
add(
    S,
    "first",
    "SHOUT OUT TO PRIYA IN 2A!!! 🎉 SHE READ HER WHOLE DIWALI STORY TO THE CLASS IN GUJARATI AND "
    "ENGLISH",
    category="celebration",
)


def main() -> None:
    staff = json.loads((HERE / "heldout10_roster.json").read_text(encoding="utf-8"))["staff"]
    for case in CASES:
        case.setdefault("staff", staff)
    write_corpus(CASES, GROUPS, "heldout10_corpus.jsonl")


if __name__ == "__main__":
    main()
