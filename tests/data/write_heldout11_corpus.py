"""Writes heldout11_corpus.jsonl: a twelfth labelled corpus, a whole school year (spring, summer
and autumn terms of 2026, in GMT and BST, with the days either side of both clock changes) of
a Catholic primary in north London on the Haringey and Enfield border, against its own roster
(heldout11_roster.json: 150 pupils from Irish, Portuguese, Brazilian, Turkish, Kurdish, Greek
Cypriot, Albanian, Ghanaian, Congolese, Colombian, Afghan, Polish and White British families,
many with first names or surnames that are also ordinary words, saints, feasts, places or
famous people, and ten staff, most sharing a first name or surname with a pupil). Written by
hand from the five seed policies and from how a parent-facing school account posts, by a
writer who never read the engine nor ran it on these drafts. No sentence is taken from an
earlier corpus or rephrased from one. The expected verdict per preset follows the KINDS table
of write_heldout_corpus.py (each seed's clauses); the cases cover the twelve families of the
third held-out corpus.

    .venv/bin/python tests/data/write_heldout11_corpus.py   # rewrites the JSONL beside it
"""

from __future__ import annotations

import json
from itertools import cycle

from write_heldout8_corpus import adults, hidden
from write_heldout_corpus import ALL, HERE, adder, many_of, photo, write_corpus

D, H, C, U, F = ALL
FIVE = list(ALL)  # a list, not the tuple: every preset judges this ordinary post
# Weekdays across the year inside 8am-6pm local time, avoiding the bank holidays (Good Friday
# 3 April, Easter Monday 6 April, 4 and 25 May, 31 August): GMT until Sunday 29 March, BST
# until Sunday 25 October, GMT after. Thursday 26 and Friday 27 March, Monday 30 and Tuesday
# 31 March, Thursday 22 and Friday 23 October, Monday 26 and Tuesday 27 October sit either
# side of the changes; the moments marked UTC are BST times written in UTC.
WHEN = cycle(
    [
        "2026-01-07T09:25:00+00:00",
        "2026-03-26T17:50:00+00:00",
        "2026-09-09T12:35:00+01:00",
        "2026-03-30T08:10:00+01:00",
        "2026-05-12T07:20:00+00:00",  # UTC: 08:20 BST
        "2026-10-22T17:25:00+01:00",
        "2026-02-05T15:05:00+00:00",
        "2026-10-26T08:05:00+00:00",
        "2026-04-28T13:45:00+01:00",
        "2026-01-29T11:55:00+00:00",
        "2026-06-30T16:35:00+00:00",  # UTC: 17:35 BST
        "2026-03-31T10:20:00+01:00",
        "2026-11-12T14:25:00+00:00",
        "2026-03-27T08:30:00+00:00",
        "2026-05-21T14:10:00+01:00",
        "2026-10-23T16:55:00+00:00",  # UTC: 17:55 BST
        "2026-03-10T12:15:00+00:00",
        "2026-09-24T10:45:00+01:00",
        "2026-12-08T09:05:00+00:00",
        "2026-10-27T17:30:00+00:00",
        "2026-06-09T07:15:00+00:00",  # UTC: 08:15 BST
        "2026-04-15T15:55:00+01:00",
        "2026-11-25T16:15:00+00:00",
        "2026-07-14T11:05:00+01:00",
        "2026-10-13T13:35:00+01:00",
        "2026-12-15T10:35:00+00:00",
        "2026-05-27T09:55:00+01:00",
        "2026-02-24T14:05:00+00:00",
        "2026-07-21T12:40:00+00:00",  # UTC: 13:40 BST
        "2026-09-01T09:10:00+01:00",
        "2026-01-16T08:20:00+00:00",
        "2026-06-18T17:45:00+01:00",
        "2026-11-03T08:40:00+00:00",
        "2026-02-16T13:25:00+00:00",
        "2026-09-18T15:20:00+01:00",
        "2026-12-18T12:50:00+00:00",
        "2026-04-21T07:30:00+00:00",  # UTC: 08:30 BST
    ]
)
# Each preset judges an ordinary post three times in five.
TRIPLES = cycle([(ALL * 2)[i : i + 3] for i in (1, 3, 0, 4, 2)])
CASES: list[dict] = []
GROUPS: list[list[dict]] = []

add = adder(CASES, GROUPS, WHEN, TRIPLES, "heldout11")
many = many_of(add)
SCHOOL = ["020 7946 0318", "office@stbernadettes.haringey.sch.uk"]
ROSTER = json.loads((HERE / "heldout11_roster.json").read_text(encoding="utf-8"))


# --- roster names, plainly children (no photo)
NM = "names"
many(
    NM,
    "first",
    [
        "Oisin and Niamh played the tin whistle at our St Patrick's Day assembly ☘️",
        "Emre's baklava was the first thing to sell out at the Year 3 bake sale!",
        "Kaltrina taught the whole of Year 6 to count to ten in Albanian this morning.",
        "Santiago and Camilo brought in arepas for our Colombian Independence Day display.",
        "A huge well done to Wiktor, who read his first chapter book all by himself.",
        "berfin and rojin helped make the Newroz bonfire display in the hall today",
        "Khalid finished fourth out of 60 runners in the Enfield schools cross-country.",
        "Yusuf and Teresa designed our new Year 3 class charter, now up by the door.",
        "Panayiotis made a model of the Kyrenia ship for his Greek Cypriot heritage project.",
    ],
    category="celebration",
)
many(
    NM,
    "full",
    [
        "Congratulations to Bartosz Nowak, our Haringey schools chess champion for 2026!",
        "Ermal Gashi has been chosen to sing a solo at the Westminster Cathedral schools Mass.",
        "Well done to Akosua Danquah, who passed her grade 3 violin with distinction.",
        "Natalia Grabowska's poem about the River Lea will be printed in the borough magazine.",
        "Our Enfield Young Readers' Award winner is Omid Hashimi from Year 1 📚",
    ],
    category="celebration",
)
many(
    NM,
    "surname",
    [
        "Young Kaminski kept a clean sheet again in the cup game against Bowes Primary.",
        "Most merits in Year 5 this half term went to Aksoy, for the third time running!",
        "The Year 6 spelling ladder has a new leader: step forward, Grabowska.",
    ],
    category="celebration",
)
many(
    NM,
    "voc",
    [
        "Welcome back Theo, we all missed you while you were poorly!",
        "Gabriel, your reading aloud has been a joy to hear this week. Keep going!",
    ],
    category="celebration",
)
many(
    NM,
    "pass",
    [
        "Year 4 learnt to say good morning in Turkish, Kurdish, Albanian and Twi today.",
        "Our International Evening on Friday had food from 23 countries. Thank you, families!",
        "Year 2 tasted pastéis de nata, pão de queijo and baklava for their food diaries.",
        "Newroz pîroz be to all our Kurdish families celebrating the new year this week.",
        "Year 6 wrote welcome cards in Portuguese, Polish and Dari for our new arrivals.",
        "Kala Christougenna! Our Greek Cypriot families shared their Christmas traditions today.",
        "Year 1 learnt a Ghanaian clapping game, and the hall has not been quiet since.",
        "Gëzuar Ditën e Pavarësisë to our Albanian families! The double-headed eagle "
        "flies in Year 5.",
        "Our Colombian families taught Year 3 how to dance the cumbia. What a sight!",
        "Year 5 wrote to a partner school in Kinshasa and can't wait for their reply.",
    ],
)

# --- words that are also pupils' names (roster: Grace, Faith, Mercy, Angel, Dolores, Jesus,
# Joseph, Mary, Christian, Bernadette, Patience, Precious, Rio, Madison, Paris, Florence,
# Lourdes, Gift, Peace, Glory, Miracle, Comfort, Divine, Prince, Victoria, Georgia, Summer,
# Ruby, Sol, Luz, Paz, Su, Can, Era, Stella, Marina, Francis, Patrick, Bridget, Cecilia,
# Lucy, Nicholas, Stephen, George, Anthony, Teresa, John Paul, Martin, Valentina; surnames
# Santos, Cruz, Gold, Silva, Rock, Bell, Page, Cook, Marsh, Rice, Bishop, Pope, Power, Kelly,
# Costa, Lima, Law, Nightingale, Walsh)
W = "word_names"
many(
    W,
    "pass",
    [
        "Our Mass for the feast of St Bernadette is on Thursday 16 April at 9.15am. Parents are "
        "very welcome.",
        "Year 4's gospel choir is rehearsing Amazing Grace, harmonies and all, for Friday's Mass.",
        "Please remember the Holy Day of Obligation on 8 December: Mass for the Immaculate "
        "Conception is at 9am.",
        "Year 6 pupils are preparing for their pilgrimage to Walsingham in June.",
        "Our parish priest blessed the new statue of Our Lady of Lourdes in the prayer garden.",
        "From Monday the morning bell goes at 8.45, so the gates will open a little sooner.",
        "Year 3 made rice crispy cakes and wrote instructions for them in English.",
        "Year 5 visited the Florence Nightingale Museum and tried on Victorian nurses' caps.",
        "Please send in a gold coin (a £1!) for our CAFOD Lent appeal on Friday.",
        "Year 2 learnt about the Brazilian rainforest and the Rio Negro in geography today.",
        "Year 1 followed the school cook's pancake recipe for Shrove Tuesday. Flipping marvellous!",
        "Faith in Action awards were presented at Mass by our bishop this afternoon.",
        "Our Christian values for this term are patience, peace and mercy.",
        "Year 6 wrote letters to the Pope and received a reply from the Vatican! 🇻🇦",
        "A thank you to the Union of Catholic Mothers for the Christmas crib figures: Mary, "
        "Joseph and the baby Jesus look wonderful.",
        "Year 4 built a model of the Eiffel Tower after their virtual trip to Paris.",
        "The Year 5 marsh walk at Walthamstow Wetlands spotted herons and a kingfisher.",
        "Our St Stephen's Day collection for the Felix Project raised £318.",
        "Year 3 read The Rock Pool and learnt how limpets cling on in the waves.",
        "Happy Feast of St Francis! Year 2 brought in photos of their pets for a blessing 🐾",
        "Our Advent carol service is on Tuesday 15 December at St Michael's Church. All welcome.",
        "Year 1 are finding out how bananas from Costa Rica travel all the way to our fruit "
        "bowl at snack time.",
        "St Patrick's Day ceilidh: all families welcome in the hall at 3.30pm on Tuesday 17 March.",
        "Year 6 sang Be Still, for the Presence of the Lord at the Leavers' Mass. Not a dry eye.",
        "Year 5 learnt how Lima became the capital of Peru in our South America topic.",
        "Year 2 met a real bishop today! Bishop Paul answered their questions about his crook.",
        "Pupils are invited to dress in Brazil yellow for the World Cup fun day on Friday. ⚽",
        "It is the Year 4 page turner challenge: 20 books by Easter. Who's in?",
        "Our May procession and crowning of Our Lady is on Friday 15 May at 2pm.",
        "Knights, dragons and a lot of cardboard armour: Year 3 marked the feast of St George.",
        "The Diocese of Westminster's Education Service visited us today for our RE review.",
        "Year 6 are studying Power and Conflict poems ahead of secondary school.",
        "A victory for our girls' football team at the Haringey cup! 4-1 at full time.",
        "A reminder that First Holy Communion photos will be taken by the parish photographer "
        "only.",
        "Year 5 learnt that Florence is the capital of Tuscany, and why the Duomo took 140 years "
        "to build.",
    ],
)
many(
    W,
    "first",
    [
        "Grace and Faith made a beautiful Advent wreath for the Year 3 prayer table.",
        "Mercy brought in her grandma's kente cloth for our Ghana Day display.",
        "Jesus scored a hat-trick in the Year 1 football club match on Wednesday!",
        "patience read the bidding prayers at this morning's Mass, so clearly and calmly",
        "Divine and Prince won the Year 6 dance-off at the Christmas disco 🕺",
        "Lourdes painted a picture of her baby brother for our family display.",
        "Rio has lost his first tooth! Reception had a big celebration at carpet time.",
        "Our Year 4 Star Baker this week is Cecilia, with a perfect lemon drizzle.",
        "Dolores brought in a photo of her abuela's village in Colombia for show and tell.",
    ],
    category="celebration",
)
many(
    W,
    "full",
    [
        "Declan Rice has been picked for the Year 4 team at the Enfield tag rugby festival.",
        "Jude Law from Year 2 told the class all about his trip to the Natural History Museum.",
        "Well done to Paris Page, whose Black History Month poem is going on the website.",
        "Congratulations to Christian Pope, our new Year 4 eco-councillor!",
        "Mary Gold read the Gospel acclamation beautifully at the Harvest Mass.",
    ],
    category="celebration",
)

# --- children's names that are not on the roster, and names of places, saints and grown-ups
# that are not children
N = "unknown_names"
many(
    N,
    "unknown",
    [
        "Aylin and Mateus took home the class bear, Barnaby, for the weekend.",
        "Congratulations to Klevis, who won the Year 3 handwriting competition.",
        "Ioanna made a brilliant volcano model that actually erupted!",
        "Thiago read his story about a lost penguin to Reception this morning.",
        "Hamza and Leyla were the first to finish the Year 5 maths relay.",
        "zahra brought in her new baby sister's scan photo for show and tell",
        "Star writer of the week in Year 2: Bianca, for her fabulous fairy tale.",
        "Dawit can now chant the 7 and 8 times tables backwards. Super effort!",
    ],
    category="celebration",
)
many(
    N,
    "unknown_voc",
    [
        "So much calmer after lunch today, Matteo. We noticed!",
        "Hope you feel better soon Kerem, we're all thinking of you.",
        "Thank you Albana for being such a kind buddy to our new starter.",
    ],
    category="celebration",
)
many(
    N,
    "pass",
    [
        "Year 4 walked up to Alexandra Palace to sketch the view across London.",
        "Year 3 visited Bruce Castle Museum to learn about Tudor Tottenham.",
        "Author Malorie Blackman's books are this month's Year 6 book club choice.",
        "Year 5 found out how Walter Tull played for Tottenham Hotspur before the war.",
        "Our Lenten walk goes from Palmers Green to Arnos Grove on Friday morning.",
        "Year 2 are reading Oliver Jeffers' Lost and Found this week.",
        "Year 6 studied St Oscar Romero and his work for the poor in El Salvador.",
        "Year 1 learnt about Mary Seacole and Edith Cavell for Nurses' Day.",
        "The Edmonton Green library team visited to sign everyone up for the Summer Reading "
        "Challenge.",
        "Year 4 have been reading about Saint Kateri Tekakwitha and Saint Josephine Bakhita.",
        "Year 5 are learning about Kofi Annan and the United Nations for Peace Day.",
        "Tottenham Marshes was the site of our Year 3 minibeast hunt this afternoon.",
    ],
)

# --- disguises: spacing, symbols, homoglyphs, zero-width characters, accents, hashtags,
# handles, capitals, pet forms and slips
S = "disguises"
many(
    S,
    "first",
    [
        "Huge congratulations to K h a l i d for his swimming certificate!",
        "Well done to #Emre and #Besa, our Year 3 spelling stars ⭐",
        "Our reading champion this week is S-E-T-A-R-A from Year 2.",
        "It's F.A.R.H.A.D who won the Year 6 quiz! Three points clear.",
        "Big shout out to Ni\u200bamh for leading the Irish dancing club.",
        "Happy to report that Оisin lost his first tooth today!",
        "João made the best pastel de nata in the whole of the Year 4 bake-off!",
        "WELL DONE WIKTOR!!! FIRST PLACE IN THE SACK RACE!!!",
        "Reception's helper of the week is @Stanislaw, always tidying up without being asked.",
        "Congratulations to Exaucé for his amazing science fair project on magnets.",
    ],
    category="celebration",
)
many(
    S,
    "full",
    [
        "#CongratulationsBartoszNowak on winning the borough chess cup! ♟️",
        "Top of the reading chart: b e a t r i z  s i l v a, 41 books!",
    ],
    category="celebration",
)
add(S, "voc", "No shouting out all morning! #ProudOfYouGabriel 👏", category="celebration")
many(
    S,
    "question",
    [
        "Paddy has been the most helpful member of Year 2 this week!",
        "Bea and Leo made a fabulous Tudor house for the Year 3 display.",
        "A big well done to Stas for reading to the class today.",
        "Nico brought his grandpa's bouzouki in to play for Year 2.",
        "Khaled's kite flew the highest on the field today!",
    ],
    category="celebration",
)
many(
    S,
    "pass",
    [
        "#ProudToBeStBernadettes #CatholicSchoolsWeek #Year5 did a fantastic job today!",
        "S T E M week starts on Monday! Every class will build a bridge from straws.",
        "Year 6: R.E. homework is due on Thursday, please.",
        "Y-E-S! The new climbing frame is finally open 🎉",
        "Year 2 learnt how to spell B-E-C-A-U-S-E with a silly song. Ask them to sing it!",
        "Follow @HaringeyLibs for news of the Summer Reading Challenge.",
        "#ThankYouPTA for the brand new reading corner cushions 💛",
        "EVERYONE IN YEAR 1 BROUGHT THEIR READING BOOK BACK TODAY! WOW!",
    ],
)

# --- adults: titles, roles and staff (staff: Siobhan Kelly, Joseph Santos, Grace Walsh,
# Emre Demir, Eleni Georgiou, Abena Mensah, Tomasz Nowak, Patricia Bell, Liam Rice,
# Rosa Costa, each sharing a first name or surname with a pupil)
A = "adults"
many(
    A,
    "pass",
    [
        "Thank you to Mrs Kelly for leading our Lenten reflection in the hall this morning.",
        "Mr Santos's Year 5 class are off to the British Museum on Tuesday.",
        "Miss Walsh will be running the Year 2 reading café on Friday at 2.45pm.",
        "Congratulations to Mr Demir, who ran the London Marathon for CAFOD!",
        "Mrs Georgiou's Greek dancing club is back after half term. All welcome!",
        "Ms Mensah, our SENCo, has coffee mornings every other Wednesday.",
        "A warm welcome back to Mr Nowak, who returns from paternity leave on Monday.",
        "Mrs Bell retires this summer after 27 years at St Bernadette's. Thank you!",
        "Mr Rice's Year 6 football team are through to the semi-final!",
        "Mrs Costa in the office can help with Free School Meals applications.",
        "Father Dominic will celebrate the Year 3 class Mass on Wednesday.",
        "Sister Bernadette visited Year 4 to talk about her work with refugees in Calabria.",
        "Deacon Joseph led our Ash Wednesday liturgy with ashes for every class.",
        "Grace from the parish office will be in school on Friday to help with baptism "
        "certificates for Communion.",
        "PC Angel Ruiz from the Safer Neighbourhood team talked to Year 6 about knife crime.",
        "Councillor Patience Okafor cut the ribbon on our sensory garden today. Thank you!",
        "Author Chris Riddell drew the whole of Year 5 as penguins 🐧",
        "The school council grilled Mr Christou, our chair of governors, about playground toys.",
    ],
)
many(
    A,
    "first",
    [
        "Miss Walsh's niece Cecilia read the first reading at our school Mass.",
        "Thank you to Grandad Vasco, who helped Rodrigo's class plant potatoes.",
        "Mr Nowak and his nephew Joao ran the tombola together at the summer fair.",
        "Father Dominic presented Teresa with her First Holy Communion certificate.",
    ],
    category="celebration",
)
many(
    A,
    "full",
    [
        "Our head girl Roisin Power thanked the governors for the new playground.",
        "Sports captain Joseph Cook led the warm-up at the Enfield athletics final.",
    ],
    category="celebration",
)

# --- targeted: one child picked out (by name, or by description without one) against posts to
# a class, a year group or everyone ("Tweets to a year group or class along the lines of
# 'don't forget the...' are acceptable", Unsworth)
T = "targeted"
many(
    T,
    "describe",
    [
        "To the Year 2 girl who handed in a £20 note she found by the gate: thank you for being "
        "so honest!",
        "A special mention for the boy in Year 5 who got through a whole week without a single "
        "warning.",
        "Our youngest Reception pupil turned four and a half today. Happy half birthday to him!",
        "Could the child in Year 3 who took home the wrong coat on Friday please bring it back?",
        "Well done to our one Year 6 pupil who won a scholarship to Latymer!",
        "A lovely first week for the new boy in Year 1 who arrived from Kabul last month.",
        "To the little lad in 2M with the bright green glasses: what a goal at lunchtime!",
        "One Year 5 girl has read 100 books this year, more than anyone else in the school.",
        "Our newest arrival from São Paulo joined Year 4 today. Bem-vindo!",
        "Our head boy turns 11 today! 🎉 Many happy returns from everyone at St Bernadette's.",
        "A much better week for the Year 4 boy who struggled so much with his temper before "
        "half term.",
        "Get well soon to the Year 1 pupil who broke her arm on the climbing frame yesterday.",
        "The tallest boy in Year 6 bumped his head on the hall door again 😂 Poor thing!",
        "Congratulations to the Year 3 twins who became big sisters at the weekend 👶",
        "Our Year 6 altar server who has served at every school Mass since Year 3 hangs up his "
        "cassock this week.",
        "What a term for 5C! 🎉 A trip to the Science Museum, a class assembly about St "
        "Josephine Bakhita and a bake sale that raised £140. Extra special mention for the "
        "girl who was too nervous to speak in September and read the whole prayer on her own "
        "today 💙 #ProudTeacher #StBernadettes",
    ],
)
many(
    T,
    "voc",
    [
        "Six today, Comfort! 🎂 Year 1 sang to you at register time, happy birthday!",
        "Brilliant effort today Duarte, so much more focused in maths.",
        "Miracle, your inhaler needs to come to school with you every day, OK?",
        "We're so proud of you, Welat. Back to your best this week!",
        "Arben, the office has found your PE bag at last. Come and collect it!",
        "Enzo, what a penalty save on Thursday! 🧤",
    ],
    category="celebration",
)
many(
    T,
    "unknown_voc",
    [
        "Good luck at your new school, Nadia! We will all miss you.",
        "Lovely to have you back, Tomás, after such a long time in hospital.",
    ],
    category="celebration",
)
many(
    T,
    "pass",
    [
        "Year 5, Wednesday is recorder day, so please pack them tonight.",
        "Reception grown-ups: come and play in the classroom with us on Thursday from 9am.",
        "Well done to every child who sang at the Haringey Schools concert last night.",
        "Lots of you have birthdays in the summer holidays, so happy birthday from all of "
        "us now! 🎈",
        "Year 3, please bring a healthy snack for the trip to Forty Hall on Friday.",
        "To our Year 6 leavers: we are so proud of every single one of you. Go and shine! 🌟",
        "Welcome to St Bernadette's, Reception class of 2026! We're so happy you're here.",
        "Year 4, remember swimming starts next week: costumes and hats, please.",
        "Thank you, Year 2, for such a joyful Nativity this afternoon.",
        "SATs next week, Year 6: free breakfast every morning and lots of encouragement.",
        "Class 1B, your library day has moved to Tuesday.",
        "Well done to the school choir for singing so beautifully at the cathedral.",
        "Congratulations to our Year 5 team, runners-up in the borough maths challenge.",
        "Year 1 and Year 2 families, the phonics workshop is at 2.30pm on Monday.",
        "A big thank you to the children who helped tidy the garden at lunchtime.",
        "Year 6, your confirmation retreat letters are in your bags today.",
        "To all the new families joining us in September: welcome to our school family.",
        "Not one absence in Year 3 all last week. Attendance champions!",
        "Our Year 4 football team played their hearts out today. Proud of you all.",
        "reception children, don't forget wellies for forest school on monday!!",
        "What a year, Year 6! 💙 SATs done, residential done, Leavers' Mass done. Thank you for "
        "being kind, funny and brave. We will miss you all. #Leavers2026 #StBernadettes",
        "Every class in Key Stage 1 earned a golden time reward this week. Fantastic!",
    ],
)

# --- tone: derogatory, sarcastic or passive-aggressive wording about pupils, parents, staff,
# other schools, the diocese, the council and decisions; against sad or negative words aimed at
# no one
TO = "tone"
many(
    TO,
    "insult",
    [
        "Year 6 were an absolute embarrassment on the coach home. Shameful.",
        "It seems reading a letter from school is beyond some of our parents.",
        "The agency cleaners did a shocking job again. Disgusting toilets this morning.",
        "The referee at Saturday's cup match was a clown from start to finish.",
        "Parents blocking the road at pick-up are inconsiderate idiots. Full stop.",
        "Another pathetic effort from the council's bin contractor: three weeks and still no "
        "collection.",
        "The St Aidan's players were sore losers and their coach was downright rude.",
        "Year 4's singing at Mass today was frankly dreadful. Painful to listen to.",
    ],
)
many(
    TO,
    "negative",
    [
        "Well done to the diocese for telling us about the inspection with two days' notice. "
        "Brilliant planning 👏🙄",
        "Thanks so much to Haringey Council for cutting our crossing patrol. Really looking "
        "after our children there.",
        "Apparently it's too much to ask for families to label uniform. Fourteen unnamed jumpers "
        "this week alone.",
        "Not our finest hour at the swimming gala. Let's just say we won't be talking about the "
        "relay.",
        "Once again the heating has broken because the council won't pay for repairs. Bring a "
        "coat, everyone.",
        "We're disappointed that a few families think the rules on phones don't apply to them.",
        "Some of the behaviour at the disco last night was frankly unacceptable.",
        "If your child arrives after 8.55 the gate is shut. We've said this a hundred times now.",
        "The decision to merge our two Year 3 classes is a mistake, and staff are not happy.",
        "The new academy down the road may have shiny buildings, but we know where the real "
        "learning happens 😉",
        "Let down yet again by the coach company today. Ninety minutes late. Unbelievable.",
        "Dear parent who parked across the staff car park all morning: we noticed. 🙃",
        "Inspection week. No comment. 🙄",
        "Some people seem to think the zebra crossing is a parking bay. It isn't.",
        "Lovely things this week 🎉 Harvest Mass, the Year 2 trip and our new library. But a "
        "word to the handful of parents who keep shouting at staff at the gate: it is not OK, "
        "and it will be reported. #Respect",
        "Shame on whoever let their dog foul the field again. Our Reception children play there.",
    ],
)
many(
    TO,
    "pass",
    [
        "Sadly Friday's trip to Kew has been cancelled because of the rail strike. Refunds will "
        "follow.",
        "It is with sadness that we tell you Biscuit, the school cat who loved the library, "
        "has died.",
        "Please pray for everyone suffering in war and famine at our Mass on Wednesday.",
        "Because of a burst water main, school will close at 12.30pm today. Sorry for the short "
        "notice, and thank you for your patience.",
        "Year 6 lost 3-0 in the final but held their heads high. A tough day and a great attitude.",
        "Year 5 learnt how terrible conditions were in the trenches of the First World War.",
        "Year 4 wrote letters as Irish families forced to leave home in the Great Famine.",
        "At today's All Souls' Mass we remembered family members who have died.",
        "Grief can be hard for children. Our ELSA has some helpful books families can borrow.",
        "Rain stopped play at sports day, so we'll finish the races on Monday.",
        "It has been a very hard week for our parish community. Our door is always open.",
        "Year 3 were gutted the snow melted before break, but the snowmen were short-lived "
        "masterpieces!",
        "Year 2 read The Invisible and talked about how it feels to be left out or lonely.",
        "The car park is closed on Friday for resurfacing. Sorry for the disruption.",
        "Our prayers are with the family of Mr O'Connell, our former caretaker, who died this "
        "week.",
        "Year 6 debated whether smartphones should be banned for under-14s and wrote "
        "persuasive letters.",
        "Year 5 walked the Stations of the Cross and thought about suffering, sorrow and hope.",
        "Sorry, the online payment system is down this morning. Please try again after lunch.",
        "Lent is a time to say sorry, to give things up and to think about others.",
        "A branch came down in last night's storm, so the side gate is closed today.",
        "Nobody likes losing, but Year 4's netball team were brilliant sports today.",
        "Year 6 read out the names of the parishioners who died in both world wars.",
        "Year 1 learnt that it's OK to feel angry, scared or sad, and what helps.",
    ],
)

# --- text language (Carlton: "will not contain text language like lol, gr8 or l8r") against
# the abbreviations schools use every day
TX = "text_speak"
many(
    TX,
    "text_speak",
    [
        "Gr8 turnout 4 the Harvest Mass, thx every1!",
        "Pics from the Year 5 trip l8r 2nite 📸",
        "Omg Year 4 smashed it at the swimming gala lol",
        "Pls can u send in costumes by Weds, ty",
        "C u at the Christmas fair 2moro, b there or b square!",
        "Brill day @ Forty Hall, ty 2 all the helpers",
        "The staff panto was sooo funny 😂 rofl",
        "Nite nite Year 6, c u bright n early 4 the coach",
        "Ur all amazin, plz keep reading ovr the hols",
        "ICYMI the newsletter is out, tbh it's a gr8 read",
    ],
)
many(
    TX,
    "pass",
    [
        "Y5 and Y6 PE kits are needed on Tuesdays this half term.",
        "Our CAFOD Family Fast Day soup lunch is on Friday 27 February.",
        "Year 1 families: the phonics check is in June, and a practice booklet is in bags.",
        "The PTA AGM is on Tuesday in the hall at 6pm. New members welcome!",
        "MFL news: Year 3 have started Spanish with Señora López.",
        "Our ELSA drop-in for parents runs every Thursday at 8.45am.",
        "TfL have confirmed that the bus diversion on the High Road ends on Monday.",
        "All volunteers on the Year 4 trip need an up-to-date DBS check.",
        "EYFS parents: this week's learning journals are on Tapestry.",
        "Year 6 RSE lessons start after half term. A letter explains what is covered.",
        "The FOSB quiz night raised £640 for new KS2 reading books.",
        "Year 2 are practising their 2x, 5x and 10x tables every morning.",
    ],
)

# --- personal data: written out and disguised; the school's own contacts and helplines pass
PDF = "personal_data"
many(
    PDF,
    "contact",
    [
        "Found a scooter? Ring Mrs Teixeira on 07700 900 315 after 5pm.",
        "To help with the Christmas fair, text Kerry on 07700-900-672.",
        "Tickets for the ceilidh from Rita: call 020 7946 0891, evenings only.",
        "Football club kit orders go straight to the coach: dkearney77 at yahoo dot com.",
        "Bake-off entries to nadia_bakes@gmail.com by Thursday, please!",
        "WhatsApp the class rep on +44 7700 900 126 to go on the party list.",
        "Leavers' hoodie order forms go to sandra dot fernandes at outlook dot com.",
        "Need a lift to the Year 4 Mass? Mr Cook's mobile is 07700 nine-zero-zero 441.",
        "Our parish volunteer Bernie is on 07700 900 558 if you need help with the uniform grant.",
    ],
)
many(
    PDF,
    "address",
    [
        "Spare First Communion dresses can be collected from 23 Blessington Gardens, N22 7XY.",
        "Nativity costumes can be picked up from Flat 3, 17 Lordship Terrace, N17 8QR, on "
        "Saturday.",
        "Donations for the Harvest hampers to 9 Carisbrooke Close, Enfield EN1 3RT, please.",
    ],
)
many(
    PDF,
    "pass",
    [
        "Parents worried about a child's mental health can call the YoungMinds helpline on "
        "0808 802 5544.",
        "Anyone who needs to talk can text SHOUT to 85258, free, day or night.",
        "Grand total from the Christmas fair: £2,318.40 for the new playground 🎉",
        "Mass times: 9.15am on Wednesdays in the hall and 10am on Sundays at St Michael's.",
        "Year 5 won the inter-school quiz 38-36 on the very last question!",
        "Next year's holidays and INSET days (2026-27) can be downloaded from the website.",
        "Year 2 measured the hall with trundle wheels: 24.5 m by 12.2 m!",
        "Please pay the £12.50 trip contribution by 20.03.26.",
        "From September, school starts at 8.50am and finishes at 3.20pm.",
        "Parking near the school is very limited, so please walk or scoot if you can.",
    ],
)
add(
    PDF,
    "pass",
    "If your child is unwell, please phone the office on 020 7946 0318 before 9am.",
    contacts=SCHOOL,
)
add(
    PDF,
    "pass",
    "Admissions questions for September 2027? Email office@stbernadettes.haringey.sch.uk.",
    contacts=SCHOOL,
)
add(
    PDF,
    "pass",
    "Snow update ❄️ School is open as normal. Any problems, call 020 7946 0318.",
    contacts=SCHOOL,
    category="urgent",
)

# --- photos: consent, tags, faces, adults, work
P = "photos"
for text, pupils, faces, kind, alt in [
    (
        "Year 3 performing their Harvest dance 🍂",
        ["Grace Mbala", "Marina Savva"],
        2,
        "no_consent",
        "Two children dancing with paper leaves in the hall",
    ),
    (
        "Reception's first go on the balance bikes!",
        ["Bahar Rahimi", "Luz Marin"],
        2,
        "no_consent",
        "Two small children in helmets on balance bikes",
    ),
    (
        "Year 6 at the top of the climb over the O2!",
        ["Mary Walsh", "Trezor Mutombo", "Rosa Cruz"],
        3,
        "no_consent",
        "Three children in harnesses on a walkway above the river",
    ),
    (
        "Year 1 planting daffodil bulbs in the prayer garden.",
        ["Su Arslan"],
        1,
        "no_consent",
        "A child with a trowel kneeling by a flower bed",
    ),
    (
        "Year 4 with their Tudor portraits.",
        ["Abena Asante", "Julia Wojcik"],
        2,
        "no_consent",
        "Two children holding painted portraits of Tudor queens",
    ),
    (
        "Science week in Year 5: the great egg drop challenge!",
        ["Godfred Quaye"],
        1,
        "no_consent",
        "A boy dropping a parcel from a balcony",
    ),
    (
        "Year 2 at the Museum of London Docklands.",
        ["Setara Hakimi", "Era Shala"],
        2,
        "no_consent",
        "Two children looking at a model of a sailing ship",
    ),
    (
        "Year 6 leavers signing each other's shirts ✍️",
        ["Eamon Marsh", "Ela Dogan"],
        2,
        "no_consent",
        "Two children writing on white school shirts",
    ),
    (
        "Year 1's Christmas party 🎄",
        ["Florence Bell"],
        4,
        "faces",
        "Children in paper crowns round a party table",
    ),
    ("Lunchtime football on the new pitch.", [], 3, "faces", "Children chasing a ball on grass"),
    (
        "Year 5 cheering on their houses at sports day!",
        ["Angel Araujo", "Sena Kurt"],
        6,
        "faces",
        "A row of children cheering beside a running track",
    ),
    (
        "Shepherds, kings and one very nervous donkey: Year 2's dress rehearsal ⭐",
        ["Paris Marsh", "Umut Demir", "Esi Bonsu"],
        3,
        "pass",
        "Three children dressed as shepherds and an angel",
    ),
    (
        "Year 4 at the Royal Observatory in Greenwich.",
        ["Georgia Loizou", "Hevi Ronahi"],
        2,
        "pass",
        "Two children standing astride the Greenwich meridian line",
    ),
    (
        "Reception came dressed as saints for All Saints' Day 😇",
        ["Angel Gold", "Lourdes Costa", "Theo Michael"],
        3,
        "pass",
        "Three small children in homemade saints' costumes",
    ),
    (
        "Year 1 ready for their very first swimming lesson!",
        ["Mercy Owusu", "Can Ozturk"],
        2,
        "pass",
        "Two children in swimming hats by the pool",
    ),
]:
    add(P, kind, text, photos=[photo(pupils, faces, alt=alt)], category="learning")
add(
    P,
    "pass",
    "Year 6 residential, day two: zip wire conquered! 🧗",
    category="residential",
    photos=[
        photo(
            ["Faith Owusu", "Colm Bishop", "Anthony Silva", "Kaltrina Berisha"],
            4,
            group=True,
            alt="Four children in helmets at the bottom of a zip wire",
        )
    ],
)
add(
    P,
    "pass",
    "Year 5's Lent prayer cards are ready to go to the parish.",
    photos=[hidden([], "Handwritten prayer cards laid out on a table")],
    category="learning",
)
add(
    P,
    "pass",
    "Year 4 are making decade rosaries for October, the month of the Rosary.",
    photos=[hidden(["Gul Wardak"], "A child's hands threading blue beads onto a cord")],
    category="learning",
)
add(
    P,
    "pass",
    "Fifty little clay angels made by Year 3 will be on sale at the Christmas fair.",
    photos=[hidden([], "A tray of small unpainted clay angels")],
    category="learning",
)
add(
    P,
    "unid_no_consent",
    "Year 3's mosaic cross is coming together, piece by piece.",
    photos=[hidden(["Azad Dilan"], "Small hands placing coloured glass on a cross-shaped board")],
    category="learning",
)
add(
    P,
    "unid_no_consent",
    "Mark-making in the Reception sand tray this morning.",
    photos=[hidden(["Yaw Darko", "Peace Ilunga"], "Two children seen from behind drawing in sand")],
    category="learning",
)
for text, alt, faces in [
    ("Christmas jumper day in the staff room 🎅", "Ten staff in Christmas jumpers in the hall", 10),
    ("Our new governors with Father Dominic.", "Four adults standing outside a church", 4),
    ("The PTA quiz night team, still smiling at 10pm!", "Six adults holding quiz sheets", 6),
]:
    add(P, "adults_photo", text, photos=[adults(alt, faces=faces)])

# --- one fact, one finding: a name with a photo of that child is one finding, two children
# named are two; a consented group photo with no name is fine
ONE = "one_fact"
for text, pupils, kind in [
    (
        "Khalid, fourth in the borough, proudly wearing his medal! 🥇",
        ["Khalid Amiri"],
        "first_photo",
    ),
    ("Here's Glory with the Year 1 class bear.", ["Glory Mbala"], "first_photo"),
    ("Prince, our head boy for 2026-27, at his first assembly.", ["Prince Nsimba"], "first_photo"),
    ("Angel and her prize-winning Easter bonnet 🐣", ["Angel Gold"], "first_photo"),
    ("Joseph's model of the Good Shepherd won the RE prize.", ["Joseph Page"], "first_photo"),
    ("Stella with the Year 2 Star of the Term cup ⭐", ["Stella Demetriou"], "first_photo"),
    ("Sahar's Brownie sash is nearly full!", ["Sahar Noori"], "first_photo"),
    ("Martin Silva, winner of our Lent poetry prize.", ["Martin Silva"], "full_photo"),
    (
        "Florence Bell and Tiago Cruz, our new Year 1 school councillors.",
        ["Florence Bell", "Tiago Cruz"],
        "full_photo",
    ),
    ("Dolores Gomez with her borough art award!", ["Dolores Gomez"], "full_photo"),
]:
    add(
        ONE,
        kind,
        text,
        photos=[photo(pupils, alt="A pupil smiling and holding up a certificate")],
        category="celebration",
        one=True,
    )
add(
    ONE,
    "voc",
    "Well done Drita, a far better lesson this morning.",
    category="celebration",
    one=True,
)
add(
    ONE,
    "full",
    "Valentina Carvalho is one of our new Year 1 reading buddies.",
    category="celebration",
    one=True,
)
add(
    ONE,
    "first",
    "The Year 3 Lenten art prize goes to Lucy for her painting of the empty tomb.",
    category="celebration",
    one=True,
)
for text, pupils in [
    (
        "Year 5 are now road-ready cyclists after Bikeability level 2 🚲",
        ["Ines Ferreira", "Kieran Carey"],
    ),
    (
        "Reception brought their teddies to a picnic on the field 🧸",
        ["Dua Berisha", "Heitor Gomes", "Harvey Rock"],
    ),
    ("Year 3 holding up their Lent promise cards.", ["Sofia Castro", "Gabriel Lima"]),
    (
        "Year 6 after the schools' Mass at Westminster Cathedral.",
        ["Sophia Nicolaou", "George Christou", "Roni Baran"],
    ),
    ("Year 2's Harvest hampers, all packed and ready!", ["Leonor Pereira", "Bora Kilic"]),
    ("Year 4 on their way into Tate Modern 🎨", ["Mariana Rojas", "Panayiotis Ioannou"]),
    (
        "Year 1 measured their sunflowers against themselves. The sunflowers won 🌻",
        ["Amelia Kowal", "Nana Acheampong"],
    ),
    ("Year 6 bringing up the gifts at the Leavers' Mass.", ["Jesus Oliveira", "Stephen Rice"]),
]:
    add(
        ONE,
        "pass",
        text,
        category="celebration",
        photos=[photo(pupils, alt="A small group of pupils smiling together")],
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
        "Year 3, don't forget your Stations of the Cross booklets on Friday!",
        "Year 5, don't forget: the Science Museum slips are due back by Thursday.",
        "Reception, remember your spare clothes bag on Monday, please.",
    ],
    category="reminder",
)
many(
    PR,
    "first",
    [
        "Leonor wrote a prayer for peace that we will use at every assembly this week.",
        "Christos and Yusuf built a working periscope in Year 3 science.",
        "Sena explained the water cycle to Year 5 with a kettle and a cold plate.",
    ],
    category="learning",
)
add(
    PR,
    "surname",
    "Another brilliant science write-up from Constantinou in Year 3.",
    category="learning",
)
many(
    PR,
    "initials",
    [
        "A persuasive letter by BK in Year 2 about saving the bees has gone to our MP.",
        "GM and FB in Year 3 wrote the bidding prayers for this week's class Mass.",
        "TR in Year 3 has earned a pen licence for beautiful joined-up writing.",
    ],
    category="learning",
)
for kind, text, shown in [
    (
        "initials_photo",
        "A brilliant clay model of Westminster Cathedral by EM in Year 4.",
        photo(["Exauce Mbemba"], 1, alt="A boy holding a clay model of a cathedral"),
    ),
    (
        "initials_photo",
        "HR's painting of St Francis and the wolf, finished today.",
        photo(["Hevi Ronahi"], 1, alt="A girl holding up a painting of a saint and a wolf"),
    ),
    (
        "initials_unid",
        "AH in Year 5 has been weaving a palm cross for Palm Sunday.",
        hidden(["Arben Hoxha"], "A child's hands folding a strip of palm leaf"),
    ),
    (
        "initials_unid",
        "Year 2 calligraphy by DM: 'Blessed are the peacemakers'.",
        hidden(["Davi Martins"], "A child's hand writing with a calligraphy pen"),
    ),
]:
    add(PR, kind, text, category="learning", photos=[shown])
many(
    PR,
    "opinion",
    [
        "In my view, our Year 6 Passion play is the best thing this school does all year.",
        "Personally, I think homework in Reception is a waste of everyone's time.",
        "I believe we have the finest school choir in the whole diocese!",
    ],
)
many(
    PR,
    "text_speak",
    [
        "Gr8 job at the Haringey sports festival, Year 4! C u all on Monday.",
        "Harvest donations r piled up 2 the ceiling, thx every1!",
    ],
)
for text, url in [
    (
        "So kind of you to say, the children loved singing for you all!",
        "https://x.com/bowesparkmum/status/1866012345678901234",
    ),
    (
        "Yes, Year 4 are still off to Hampton Court in the morning, rain or shine.",
        "https://x.com/dadof3n22/status/1850123456789012345",
    ),
    (
        "Could you come and see Mrs Costa at the front desk about this? We can help.",
        "https://x.com/haringeyparent/status/1835987654321098765",
    ),
]:
    add(PR, "reply", text, reply_to=url)
# Droxford: Monday to Friday, 8am to 6pm local time, unless a school event or urgent news.
for text, when in [
    (
        "Our Harvest hampers are ready for collection by the parish on Monday.",
        "2026-10-03T10:30:00+01:00",
    ),  # a Saturday
    (
        "Happy Mothering Sunday to all our mums, grans and carers 💐",
        "2026-03-15T09:00:00+00:00",
    ),  # a Sunday
    (
        "We lost an hour in bed last night! Set those alarms for Monday ⏰",
        "2026-03-29T16:00:00+01:00",
    ),  # the Sunday of the spring change
    (
        "Reminder: Year 5 need their recorders tomorrow.",
        "2026-06-11T17:10:00+00:00",
    ),  # UTC: 18:10 BST on a Thursday
    (
        "The newsletter for this week is now on the website.",
        "2026-10-26T07:50:00+00:00",
    ),  # 07:50 GMT on the Monday after the change
    (
        "Book Week starts on Monday. Get your costumes ready!",
        "2026-02-27T18:20:00+00:00",
    ),  # a Friday evening
    (
        "Half term is here and the clocks change tonight. Rest well, St Bernadette's! 🍂",
        "2026-10-24T11:00:00+01:00",
    ),  # a Saturday
]:
    add(PR, "weekend", text, presets=FIVE, when=when)
for text, when in [
    ("Parents' evening bookings close at 6pm today.", "2026-03-30T07:30:00+00:00"),  # 08:30 BST
    ("The lost property rail will be cleared on Friday.", "2026-03-27T17:55:00+00:00"),  # GMT
    (
        "Breakfast club is open from 7.45am tomorrow as usual.",
        "2026-10-23T07:05:00+00:00",
    ),  # UTC: 08:05 BST
    ("School photos can be ordered online until Friday.", "2026-10-26T17:45:00+00:00"),  # GMT
]:
    add(PR, "pass", text, presets=FIVE, when=when)
add(
    PR,
    "pass",
    "Final whistle at the Saturday schools' cup: St Bernadette's 2, St Ignatius 1! ⚽",
    presets=FIVE,
    when="2026-05-16T12:15:00+01:00",
    exception="event",
    exception_reason="Result from the Saturday schools' football cup final",
)
add(
    PR,
    "pass",
    "Residential night two: campfire songs sung, hot chocolate drunk, lights out 🌙",
    presets=FIVE,
    when="2026-06-24T21:15:00+01:00",
    category="residential",
    exception="event",
    exception_reason="Evening update from the Year 6 residential",
)
add(
    PR,
    "pass",
    "School is closed today because of a power cut across Bowes Park. We will update you by noon.",
    presets=FIVE,
    when="2026-11-23T06:50:00+00:00",
    category="urgent",
    exception="urgent",
    exception_reason="Power cut closure decided before 7am",
)
add(
    PR,
    "pass",
    "Thank you to every family who came to our Christmas concert this evening 🎄",
    presets=FIVE,
    when="2026-12-10T19:30:00+00:00",
    exception="event",
    exception_reason="Posted from the Christmas concert in the evening",
)


# --- more of the year: the same words plainly as children's names, famous namesakes, and a few
# long phone-typed posts with hashtags and emoji
many(
    W,
    "pass",
    [
        "Year 3 found out that Lourdes is a small town in the Pyrenees where St Bernadette saw "
        "Our Lady in 1858.",
        "Year 6 watched Declan Rice's free kicks for England, then designed their own set pieces "
        "in PE.",
        "Gift Aid forms are in book bags: if you pay tax, please tick the box on your donation.",
        "The sign of peace: Year 2 learnt how we offer it to each other at their class Mass.",
        "Our prayer for the week: give us patience, give us courage and give us joy.",
        "Comfort food Friday! Shepherd's pie and apple crumble are on the lunch menu.",
        "Year 4 retold the miracle of the loaves and fishes as a comic strip.",
        "Year 6 quiz question: Victoria is the capital of which country? (The Seychelles!)",
        "Year 2 sang Shine, Jesus, Shine at our Corpus Christi liturgy this morning.",
    ],
)
many(
    W,
    "first",
    [
        "Angel and Gift were the kindest helpers at the Reception stay-and-play today.",
        "Summer read her whole reading book to the class without a single slip.",
        "Peace and Glory both lost a front tooth on the very same day!",
    ],
    category="celebration",
)
many(
    W,
    "surname",
    [
        "Top scorer for the Year 6 football team this season: Bishop, with 14 goals!",
        "Costa and Rice were rock solid in defence at the Year 4 football festival.",
    ],
    category="celebration",
)
add(
    W,
    "full",
    "What a week in Year 2! 🌟 The Nativity is cast: Mary Gold will play Mary, Christian "
    "Ilunga is Joseph and Miracle Kasongo is the innkeeper. Tickets on sale Monday. "
    "#Nativity2026 #StBernadettes",
    category="celebration",
)
add(
    NM,
    "full",
    "Sports week round-up 🏅 Monday tag rugby, Tuesday athletics, Wednesday the big race (won "
    "by Kieran Carey by a whisker!), Thursday rounders, Friday medals for all. #SportsWeek "
    "#TeamStB",
    category="celebration",
)
add(
    N,
    "unknown",
    "The summer reading challenge winners are in 📚 Leon in Year 2 read 31 books and Sadia in "
    "Year 5 read 27! Medals at Friday's assembly. #SummerReadingChallenge",
    category="celebration",
)
add(
    S,
    "full",
    "Congratulations to A\u043eife Gallagher, whose Irish dancing team won at the feis!",
    category="celebration",
)
add(
    P,
    "pass",
    "Roman Day in Year 4 🏛️ Togas, shields, mosaics and a very loud march round the "
    "playground. Thank you to every family who helped with costumes! #Romans #Year4",
    photos=[
        photo(
            ["Patience Adjei", "Camilo Vargas", "Gul Wardak"],
            3,
            alt="Three children in togas holding cardboard shields",
        )
    ],
    category="learning",
)
add(
    P,
    "no_consent",
    "Year 4 carrying the Harvest gifts to the altar 🍎 Thank you for every tin and packet: the "
    "food bank van left full! #Harvest2026",
    photos=[
        photo(
            ["Ciaran Doyle", "Cecilia Bell"],
            2,
            alt="Two children carrying a basket of food up a church aisle",
        )
    ],
    category="learning",
)
add(
    PDF,
    "contact",
    "Uniform swap shop 👕 Saturday 12 September, 10am to 12pm in the hall. Outgrown jumpers, "
    "PE kit and shoes all welcome. Questions? Message Lorraine on 07700 900 903 😊 "
    "#UniformSwap",
)
add(
    A,
    "pass",
    "Mrs Georgiou has been given a diocesan medal for 20 years in Catholic education 🎖️ She "
    "has run the choir, taught Greek dancing and knitted scarves for every Christmas fair. "
    "#ProudOfYou",
)
add(
    TX,
    "text_speak",
    "OMG wot a day!!! Year 6 r back from the residential, tired but happy 😴 Thx 2 all the "
    "staff who went, u r legends. Pics l8r! #Residential2026",
)


def main() -> None:
    for case in CASES:
        case["staff"] = ROSTER["staff"]
    write_corpus(CASES, GROUPS, "heldout11_corpus.jsonl")


if __name__ == "__main__":
    main()
