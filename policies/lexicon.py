"""Word lists the rules use. Offline: current UK first names are the ONS baby-name tables in
policies/data/ (Open Government Licence); the gazetteer, helplines and extra names there are kept
by hand; nicknames ship with the `nicknames` package (Apache-2.0); the English frequencies ship
with `pyspellchecker` (MIT). The `names` package (MIT, US Census 1990) only builds test rosters."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


class DataFileError(ValueError):
    """A malformed data file: the message names the file and the line."""


def _data_lines(name: str) -> list[tuple[int, str]]:
    """(line number, line) for each line that is not blank or a # comment."""
    path = DATA / name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(f"{path}: cannot read it ({error})") from None
    return [
        (n, line.strip())
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


_NAME_LINE = re.compile(r"^([a-z]{2,40})(?: (\d+))?$")
GAZETTEER_KINDS = frozenset("person character title expression place city brand".split())


@cache
def data_names(name: str) -> frozenset[str]:
    """A name list in policies/data/: one lower-case name a line, optionally with a count."""
    found = set()
    for n, line in _data_lines(name):
        m = _NAME_LINE.match(line)
        if not m:
            raise DataFileError(
                f"{DATA / name}, line {n}: {line[:40]!r} is not a lower-case name "
                f"(optionally followed by a count)"
            )
        found.add(m.group(1))
    return frozenset(found)


@cache
def baby_counts() -> dict[str, int]:
    """Name -> how many babies were given it in the ONS (England and Wales) and NRS (Scotland)
    tables shipped in policies/data/ (the counts on their lines)."""
    counts: dict[str, int] = {}
    for name in ("uk_first_names.txt", "scottish_first_names.txt"):
        for _, line in _data_lines(name):
            m = _NAME_LINE.match(line)
            if m and m.group(2):
                counts[m.group(1)] = counts.get(m.group(1), 0) + int(m.group(2))
    return counts


_WORDY = 5  # an everyday word this many times more often than a baby's name


def _american_frequency(word: str) -> int:
    """How often the word's American spelling (favor for favour) is in the English list; 0 for
    a word with no -our in it."""
    return english_frequency().get(word.replace("our", "or"), 0) if "our" in word else 0


def frequency(word: str) -> int:
    """How often the word is in the English list, counting a British -our spelling (harbour,
    colour) as often as its American one, which is the form the list holds."""
    return english_frequency().get(word, 0) or _american_frequency(word)


def wordy(word: str) -> bool:
    """A name used far more as an everyday word than given to babies (Carol, Blessing, Storm,
    Favour; not Arthur, Charlie or Mason): what follows it may make it the word (Carol
    concert), where after Arthur or Lucy the same words are a child's (Arthur party)."""
    freq = english_frequency()
    used = freq.get(word, 0) or _american_frequency(word)
    return used >= _WORDY * max(baby_counts().get(word, 0), 1)


@cache
def gazetteer() -> tuple[tuple[str, str], ...]:
    """(kind, words) of well-known people, characters, titles, expressions and places."""
    entries = []
    for n, line in _data_lines("gazetteer.txt"):
        kind, colon, words = line.partition(":")
        if not colon or kind.strip() not in GAZETTEER_KINDS or not words.strip():
            raise DataFileError(
                f"{DATA / 'gazetteer.txt'}, line {n}: write it as KIND: words, KIND one of "
                f"{', '.join(sorted(GAZETTEER_KINDS))}"
            )
        if kind.strip() == "city" and not words.strip().isalpha():
            raise DataFileError(
                f"{DATA / 'gazetteer.txt'}, line {n}: a city entry is one word of letters"
            )
        entries.append((kind.strip(), words.strip()))
    return tuple(entries)


@cache
def cities() -> frozenset[str]:
    """Towns, cities, countries and regions that are also first names (Florence, Sydney,
    Chelsea, Georgia): the gazetteer's city entries, one word each. They name a place only in a
    place's context (a school in Florence, our trip to Sydney)."""
    return frozenset(words.casefold() for kind, words in gazetteer() if kind == "city")


@cache
def helplines() -> tuple[tuple[str, str], ...]:
    """(service, number or address) of national helplines, which are never personal data."""
    entries = []
    for n, line in _data_lines("helplines.txt"):
        name, colon, contact = line.partition(":")
        if not colon or not name.strip() or not contact.strip():
            raise DataFileError(
                f"{DATA / 'helplines.txt'}, line {n}: write it as SERVICE: number or address"
            )
        entries.append((name.strip(), contact.strip()))
    return tuple(entries)


_TITLE_LINE = re.compile(r"^[A-Za-z][A-Za-z'’ -]{1,60}$")


@cache
def strong_titles() -> tuple[str, ...]:
    """Titles of books, shows and puzzles whose words would read as negative (Horrible
    Histories, killer sudoku), from strong_titles.txt: words, spaces, hyphens and apostrophes."""
    titles = []
    for n, line in _data_lines("strong_titles.txt"):
        if not _TITLE_LINE.match(line):
            raise DataFileError(
                f"{DATA / 'strong_titles.txt'}, line {n}: {line[:40]!r} is not a title "
                f"(letters, spaces, hyphens and apostrophes)"
            )
        titles.append(line)
    return tuple(titles)


@cache
def nicknames() -> dict[str, frozenset[str]]:
    """Pet form -> the full names it shortens (the `nicknames` package's data)."""
    from nicknames import NickNamer

    table: dict[str, set[str]] = {}
    for full, nicks in NickNamer().nickname_lookup.items():
        for nick in nicks:
            table.setdefault(nick, set()).add(full)
    for n, line in _data_lines("nicknames_extra.txt"):
        nick, colon, fulls = line.partition(":")
        if not colon or not nick.strip() or not fulls.split():
            raise DataFileError(
                f"{DATA / 'nicknames_extra.txt'}, line {n}: write it as pet form: full names"
            )
        for full in fulls.split():
            table.setdefault(nick.strip().casefold(), set()).add(full.casefold())
    return {k: frozenset(v) for k, v in table.items()}


@cache
def origins() -> frozenset[str]:
    """Countries, peoples and languages children's families come from (data/origins.txt)."""
    found = set()
    for n, line in _data_lines("origins.txt"):
        if not re.fullmatch(r"[a-z][a-z' -]*[a-z]", line):
            raise DataFileError(f"{DATA / 'origins.txt'}, line {n}: {line[:40]!r} is not a place")
        found.add(line)
    return frozenset(found)


def load_all() -> None:
    """Read every data file now, so a malformed one stops start-up with its file and line."""
    origins()
    data_names("uk_first_names.txt")
    data_names("uk_first_names_older.txt")
    data_names("first_names_extra.txt")
    data_names("scottish_first_names.txt")
    data_names("titles.txt")
    gazetteer()
    helplines()
    strong_titles()
    nicknames()
    first_names()
    cities()
    surname_set()


# Current UK children's names the 1990 US census lists lack or spell differently.
UK_FIRST_NAMES = """
aaliyah aarav aarush abdullah adeel aisha alfie alfred ameera amelie amira anaya aoife archie
arlo arthur aurora ava ayaan ayesha bella billie bobby callum cerys charlie chloe darcey darcie
darcy ebony eden eesa eleanor elijah eliza ellie elsie elodie emre esme evie ezra fatima finlay
finley florence freddie freya gracie hamza harley harper harriet harrison harvey hassan hollie
ibrahim idris imogen isaac isabelle isla ivy jaxon jayden jude kai kayden keira lacey layla lexi
lilly lily lola louie luca lucas maddison maisie maryam matilda mason maya millie mohammad
mohammed muhammad muhammed nia niamh oliver ollie orla oscar otis phoebe poppy priya reggie remi
rhys riley roman rory rosie ruby rueben safa sami sienna sofia sophia summer sonny stanley teddy
theo theodore tilly toby tommy willow yusuf zac zach zain zainab zara zayn zoe
""".split()

# Names that are also everyday English words: they block only when written as a name.
COMMON_WORD_NAMES = frozenset(
    """
amber angel april art august autumn bill blossom brook buddy candy charity chase cherry clay
crystal daisy dale dawn destiny eve dusty faith forest frank ginger glen grace guy harmony
hazel heath
heather holly honey hope hunter iris ivy jack jade jay joy june lane liberty lily mark max may
melody mercy miles olive pat patience pearl penny peach phoenix poppy rain ray reed river robin
rocky rose rowan ruby rusty sage sandy sky sonny spring star storm summer sunny violet will willow
winter wren
""".split()
)

# In the census name lists, but in a school post almost always a day, month, festival or place.
NOT_FIRST_NAMES = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december easter christmas diwali eid france india china
paris jordan israel kerry devon lincoln chester dallas austin sydney london york jesus god
roman romans tudor tudors viking vikings celt celts saxon saxons norman normans victorian
egypt maya aztec inca nile thames severn mersey tate
""".split()
)

# Function words: as a lower-case word they are never a name, so they are not even a warning.
FUNCTION_WORDS = frozenset(
    """
a an and any are as at be but by can do for go has he her him his i if in is it its me my no
not of ok on one or our out see so the to two up us was we you
""".split()
)

# A title in front of a name makes it an adult's name (Mrs Patel, Miss Grace, Imam Darwish):
# courtesy, royal, family, religious, military, civic and professional titles, kept as data.
TITLES = data_names("titles.txt")

# Words that start an object: a lower-case word before them is a verb (blessing our building).
# Words that go before a name to name a thing, not a person: Storm Ciara, Operation Hope,
# Mount Hazel, Camp Willow. A pupil called Storm before another name is not the child.
NAMING_WORDS = frozenset("storm hurricane operation project camp mount lake cape".split())
OBJECT_STARTERS = frozenset("our the a an their his her my your this these those every".split())

# A role before a name makes it an adult's (our caretaker Mark, PTA chair Sarah Jones).
ROLE_WORDS = frozenset(
    """
caretaker chair chairman chairwoman governor governors headteacher teacher teachers
supervisor cook chef author illustrator poet artist manager officer nurse vicar rabbi imam
pastor priest mayor mp coordinator director trustee secretary treasurer principal deputy
senco librarian instructor firefighter paramedic doctor dentist midwife councillors
volunteer volunteers ta hlta technician receptionist administrator bursar cleaner chaplain
minister warden lollipop
""".split()
)

# Words after a name that make it a place or a thing, not a child (Chester Zoo, Hope Street).
PLACE_WORDS = frozenset(
    """
zoo park road street lane avenue close way drive hall cathedral church chapel college school
academy museum castle bridge fc city united town village farm centre center house library theatre
gallery beach wood woods forest hill valley river lake island airport station hospital
harbour bay port cove quay pier marina
""".split()
)

# A name followed by one of these is more likely a class or a house (Willow class).
CLASS_WORDS = frozenset("class base house team group set table".split())

# Upper-case two-letter words and school abbreviations that are not initials.
NOT_INITIALS = frozenset(
    """
am an as at be by do dt go he hi if in is it me my no of ok on or pe pm ps re so to tv uk up us
we ks ta sl gp ip id vr ar ai eu nb uv
""".split()
)
# Of those, the words nobody writes for a child's initials (OK, a local GP, 6 PM, UK): no
# question to ask. School subjects (PE, RE, DT) stay a question: "PE is on Tuesday" may be
# Peter Evans.
NEVER_INITIALS = frozenset("ok gp pm tv uk".split())

TEXT_SPEAK = (
    "lol gr8 l8r l8 omg btw brb thx thanx pls plz tmrw tmw 2day 2moro 2morrow 2nite 4ever b4 cya "
    "idk imo imho ttyl omw luv nite msg txt bday cuz coz u ur wot wanna gonna gotta xoxo xx xxx "
    "smh fyi tbh m8 w8 h8 str8 congratz soz sry thnx thnks ty ppl gr8t awsum "
    "l8er 4u 2u cu 4got 4get gd any1 some1 every1 no1 sum1 ne1 gr8ful"
).split()

# Negative tone in three strengths; entries may be phrases of several words.
INSULTS = (
    "stupid",
    "idiot",
    "idiots",
    "idiotic",
    "moron",
    "morons",
    "dumb",
    "pathetic",
    "useless",
    "disgusting",
    "disgrace",
    "disgraceful",
    "loser",
    "losers",
    "incompetent",
    "shameful",
    "crap",
    "damn",
    "bloody",
    "clueless",
    "ignorant",
    "shut up",
)
NEGATIVE = (
    "hate",
    "awful",
    "terrible",
    "worst",
    "appalling",
    "shocking",
    "unacceptable",
    "naughty",
    "badly behaved",
    "poor behaviour",
    "annoying",
    "annoyed",
    "angry",
    "furious",
    "horrible",
    "dreadful",
    "sick of",
    "fed up",
    "bored everyone",
    "bored us",
    "bored the",
    "bored stiff",
    "went on forever",
    "dragged on",
    "waste of time",
    "waste of money",
    "lazy",
    "rude",
    "selfish",
    "hopeless",
    "ridiculous",
    "rubbish",
    "some parents",
    "certain parents",
    "a few parents",
    "certain children",
    "a minority of",
    "some families",
    "certain families",
    "a few families",
    "certain members of staff",
    "is not acceptable",
    "was not acceptable",
    "not acceptable",
    "moaning",
    "whinging",
    "whining",
    "a right mess",
    # Exasperation at having to say it again: tired of asking parents, weary of reminding.
    "tired of asking",
    "tired of telling",
    "tired of reminding",
    "weary of asking",
    "weary of reminding",
)
OPINION = (
    "i think",
    "i believe",
    "in my opinion",
    "personally",
    "i feel",
    "imo",
    "in our opinion",
    "we believe",
    "if you ask me",
    "to be honest",
    "frankly",
    "tbh",
    "honestly",
    "we think",
    "in my view",
    "in our view",
    "let's be honest",
    # A view given as one's own: my personal view is that, in my own view (our view of the
    # river is a view, and is not here).
    "my personal view",
    "my own view",
    "my view is",
    "our view is",
    "my personal opinion",
    # With a word between: "we truly believe", "I really think", "we strongly feel".
    *(
        f"{who} {how} {verb}"
        for who in ("i", "we")
        for how in "truly really strongly genuinely firmly sincerely do personally".split()
        for verb in ("think", "believe", "feel")
    ),
)

# Wording aimed at people: who it may be aimed at, the verbs that aim it, the words that wound
# (with the VADER lexicon's strongly negative words), and sarcastic or derogatory expressions.
PEOPLE_WORDS = frozenset(
    """
parents parent families family mums dads carers children child pupils pupil kids boys girls
class classes year staff teacher teachers colleague colleagues governors governor council
councillors headteacher school schools team teams lesson lessons decision decisions they them
people behaviour ofsted government referee he she you some others supply inspector inspectors
drivers neighbours visitors homework work attitude attitudes manners
whoever anyone someone somebody culprit culprits driver neighbour umpire ref officials
visitor magician entertainer performer performers speaker presenter author coach coaches
instructor instructors caretaker volunteer volunteers helper helpers
""".split()
)
AIMING_WORDS = frozenset(
    "are were is was being been seem seems seemed look looked acted behaved like called so such "
    "really too just absolutely utterly completely totally".split()
)
DEROGATORY = frozenset(
    """
lazy useless pathetic rude selfish clueless hopeless ridiculous shambolic joke disgrace
disgraceful cheats cheat cheating animals feral idiots thick rubbish awful terrible
embarrassing shameful disgusting vile nightmare liars incompetent spoilt spoiled ungrateful
hopeless dreadful appalling shocking uncaring careless arrogant stupid dim dense
thief thieves coward cowards cowardly liar bully bullies vandal vandals yobs louts thugs
shambles farce farcical laughable woeful abysmal atrocious diabolical inept pitiful unruly
feckless disrespectful rabble boring dull tedious immature childish obnoxious bore
""".split()
)
SARCASM = (
    "so-called",
    "haven't got a clue",
    "hasn't got a clue",
    "not got a clue",
    "haven't a clue",
    "what a joke",
    "joke of a",
    "thanks for nothing",
    "bunch of",
    "like animals",
    "a shambles",
    "how hard can it be",
    "can't be bothered",
    "cannot be bothered",
    "couldn't care less",
    "not rocket science",
    "some people",
    "absolutely ridiculous",
    "no excuse",
    "sort it out",
    "get a grip",
    "who do they think",
    "beyond a joke",
    # What people supposedly cannot manage: "reading a letter is too much to ask of some".
    "too much to ask",
    "too much trouble for",
    "too difficult for some",
    "too hard for some",
    # Condescension aimed at readers: some of you clearly can't read a simple letter ("Year 1
    # clearly can't wait" and "a simple letter to Santa" are not).
    "clearly can't read",
    "clearly cannot read",
    "obviously can't read",
    "obviously cannot read",
    "clearly can't follow",
    "clearly cannot follow",
    "obviously can't follow",
    "can't follow simple",
    "can't follow a simple",
    "can't read a simple",
    "cannot read a simple",
    "clearly didn't read",
    "obviously didn't read",
    "clearly don't read",
    "didn't bother to read",
    "didn't bother reading",
    "couldn't even be bothered",
    "need to learn to read",
    "really isn't that difficult",
    "really isn't that hard",
    "really is not that difficult",
    "really is not that hard",
    "rules don't apply to them",
    "rules do not apply to them",
    "rules don't apply to you",
    "what a farce",
    "pull their socks up",
    "pull your socks up",
    "some of you need",
    "apparently some of you",
    "some of you still",
    "beggars belief",
    "an absolute shambles",
    "a complete shambles",
    "a total shambles",
)

# Complaints about people's conduct (parents who ignored the one-way system again): a verb of
# not doing what was asked, and a sign it happens again and again.
COMPLAINT_VERBS = frozenset(
    "ignored ignores ignoring disregarded disregards flouted flouts blocked blocks blocking "
    "failed fails forgot forgets refused refuses".split()
)
AGAIN_WORDS = frozenset("again usual always constantly repeatedly still".split())
# A one-word sentence after a complaint is irony (… again. Brilliant.).
IRONY_WORDS = frozenset(
    "brilliant great lovely marvellous fantastic wonderful super perfect charming".split()
)

# Words of school life, faiths, food and everyday technology that the frequency list lacks.
SCHOOL_LIFE_WORDS = frozenset(
    """
app apps rangoli mehndi iftar suhoor holi jollof onesie onesies selfie selfies emoji emojis wifi
ipads chromebook chromebooks hoodie hoodies zumba parkour makaton podcast podcasts vlog
livestream livestreamed playdough paninis roti rotis dhal daal biryani diyas rakhi mandir
kippah hijab hijabs kirpan matzah multiskills oracy bookbag bookbags tuckshop tig
senco sendco elsa hlta eyfs inset sensei dojo smartphone smartphones
granthi langar khalsa gurpurab karah prashad chauri mool mantar puja aarti murti prasad mandirs
wudu quran qur'an zakat sadaqah salah salat sawm shahada adhan mihrab minbar tawhid tallit
tefillin havdalah challah seder shofar sukkot tzedakah mezuzah pesach dreidel dreidels menorahs
stupa dharma sangha wesak vesak bodhi
diolch dydd gwyl hapus nadolig llawen croeso cawl bara brith shwmae hwyl bore nos noswaith
iechyd cymraeg cymru eisteddfod urdd dewi
fayre fayres fete fetes duathlon duathlons aquathlon aquathlons taekwondo neeps
""".split()
)

# American spellings a British school would not use, with the British spelling.
AMERICAN_TO_BRITISH = {
    "color": "colour",
    "colors": "colours",
    "colored": "coloured",
    "colorful": "colourful",
    "coloring": "colouring",
    "favorite": "favourite",
    "favorites": "favourites",
    "favor": "favour",
    "flavor": "flavour",
    "flavors": "flavours",
    "honor": "honour",
    "humor": "humour",
    "labor": "labour",
    "neighbor": "neighbour",
    "neighbors": "neighbours",
    "neighborhood": "neighbourhood",
    "behavior": "behaviour",
    "behaviors": "behaviours",
    "harbor": "harbour",
    "rumor": "rumour",
    "center": "centre",
    "centers": "centres",
    "theater": "theatre",
    "meter": "metre",
    "meters": "metres",
    "liter": "litre",
    "liters": "litres",
    "fiber": "fibre",
    "math": "maths",
    "mom": "mum",
    "moms": "mums",
    "gray": "grey",
    "program": "programme",
    "programs": "programmes",
    "traveled": "travelled",
    "traveling": "travelling",
    "canceled": "cancelled",
    "canceling": "cancelling",
    "labeled": "labelled",
    "modeling": "modelling",
    "jewelry": "jewellery",
    "catalog": "catalogue",
    "dialog": "dialogue",
    "defense": "defence",
    "offense": "offence",
    "pajamas": "pyjamas",
    "aluminum": "aluminium",
    "cozy": "cosy",
    "mold": "mould",
    "enrollment": "enrolment",
    "fulfill": "fulfil",
    "skillful": "skilful",
    "tire": None,
    "kindergarten": "reception",
    "recess": "playtime",
    "vacation": "holiday",
    "vacations": "holidays",
    "semester": "term",
    "fall": None,
    "cafeteria": "dining hall",
    "eraser": "rubber",
    "soccer": "football",
    "cookies": "biscuits",
    "candy": "sweets",
}
AMERICAN_TO_BRITISH = {k: v for k, v in AMERICAN_TO_BRITISH.items() if v}
IZE_EXCEPTIONS = frozenset(
    "size sizes sized prize prizes seize seized capsize resize citizen".split()
)

# Words a UK primary school uses that the (American) frequency list lacks.
BRITISH_WORDS = frozenset(
    """
colour colours coloured colourful colouring favourite favourites favour flavour flavours honour
humour labour neighbour neighbours neighbourhood behaviour behaviours harbour rumour centre
centres theatre metre metres litre litres fibre maths mum mums grey programme programmes
travelled travelling cancelled cancelling labelled modelling jewellery catalogue dialogue
defence offence pyjamas aluminium cosy mould enrolment fulfil skilful whilst amongst learnt
spelt dreamt burnt headteacher headteachers playtime lunchtime wraparound ofsted eyfs sats
phonics pta ptfa reception nursery residential assembly assemblies homework timetable
organise organised organising organisation realise realised recognise recognised apologise
practise practised practising licence judgement programme tyre kerb cheque storey sceptical
plough draught aeroplane aeroplanes autumn fortnight fortnightly term termly year yr
""".split()
)


@cache
def english_frequency() -> dict[str, int]:
    """Word -> frequency from pyspellchecker's English list, loaded once on first use."""
    from spellchecker import SpellChecker

    return dict(SpellChecker(distance=1).word_frequency.dictionary)


def is_a_word(word: str) -> bool:
    """In the English list at all (carol, mason, noel), or its American form is (favour): a name
    that may be the everyday word, though too rare a word for capitals alone to decide."""
    freq = english_frequency()
    return freq.get(word, 0) >= 100 or _american_frequency(word) >= 100  # favours


def is_common_word(word: str) -> bool:
    """An everyday English word (so capitals decide whether it is used as a name)."""
    freq = english_frequency()
    if word in COMMON_WORD_NAMES or freq.get(word, 0) >= 20000:
        return True
    return _american_frequency(word) >= 20000  # honour, favour


def _read_names(filename: str) -> list[str]:
    text = resources.files("names").joinpath(filename).read_text(encoding="ascii")
    return [line.split()[0].lower() for line in text.splitlines() if line.strip()]


@cache
def given_names() -> frozenset[str]:
    """Every first name the data knows, everyday words among them (Jack, Will, Summer): the ONS
    (England and Wales, the birth years of every pupil in primary school) and NRS (Scotland)
    tables and the extra lists."""
    found = set(data_names("uk_first_names.txt")) | set(data_names("first_names_extra.txt"))
    found |= set(data_names("uk_first_names_older.txt"))
    found |= set(data_names("scottish_first_names.txt"))
    return frozenset(found | set(UK_FIRST_NAMES))


@cache
def first_names() -> frozenset[str]:
    """Likely first names: given_names() minus everyday English words."""
    return frozenset(
        n
        for n in given_names()
        if len(n) > 2
        and n not in FUNCTION_WORDS
        and n not in NOT_FIRST_NAMES
        and not is_common_word(n)
    )


@cache
def surname_set() -> frozenset[str]:
    """The common census surnames as a set (a capitalised word after a word name that is one
    of these may make a full name: Will Smith)."""
    return frozenset(surnames())


def surnames(limit: int = 5000) -> tuple[str, ...]:
    """The most common census surnames, for building realistic rosters in tests and benches."""
    return tuple(_read_names("dist.all.last")[:limit])


# The subject of a negative word that is not a person: the weather, a story's villain, a thing
# (the weather was awful, the wolf was very naughty, the witch was scary).
NOT_PEOPLE_SUBJECTS = frozenset(
    """
weather rain snow wind storm storms fog ice traffic roadworks queue queues wolf wolves witch
witches giant giants troll trolls dragon dragons monster monsters villain villains ogre ogres
goblin goblins ghost ghosts dinosaur dinosaurs pirate pirates character characters fox bear
caterpillar gruffalo spider spiders virus bug bugs cold flu plague storm journey hill hills
mud puddles potholes flood floods flooding heatwave drought wildfire wildfires earthquake
hurricane tornado illness
""".split()
)
