"""Word sets and shapes for negative_tone's judgements aimed at people (issue 11, seventh and
eighth rounds): who a judgement can be aimed at beyond people words (a named body, a person's
work, a class by its code, a groundsman), the words of contempt for effort and competence that
the analyser's lexicon lacks, what is misfortune or hardship rather than a judgement, and the
shapes of sarcasm, scorn and presumption (some parents clearly think the car park is theirs; a
supply teacher who couldn't control a goldfish; a farce of a decision; about as useful as a
chocolate teapot; the charm of a wet sock), each read from the words' order, not a sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from policies import lexicon
from policies.lexicon import NOT_PEOPLE_SUBJECTS, PEOPLE_WORDS, TITLES

# Bodies a school may be tempted to criticise: the council, Ofsted, another school, a company.
BODIES = frozenset(
    """
ofsted council councils trust academy academies company companies authority authorities
inspectorate department dfe firm contractor contractors operator operators management
leadership head heads principal government ministers minister mps mp police nhs county
borough
""".split()
)
# A person's or a body's work, judged as theirs: Ofsted's report, Mr Dawson's assembly.
WORKS = frozenset(
    """
report reports assembly assemblies display displays policy policies scheme schemes service
performance effort efforts planning organisation communication communications teaching
marking refereeing rehearsal rehearsals idea ideas plan plans email emails letter letters
response responses handling attitude decision decisions timetable
""".split()
)
# People the first list lacks: the adults around a school, and the other side of a match.
ADULTS = frozenset(
    """
supervisor supervisors assistant assistants leader leaders manager managers organiser
organisers organizers official receptionist cook cooks cleaner cleaners nurse nurses doctor
doctors rivals rival opponents opposition players fans supporters spectators grandparents
adults mums dads man men woman women lady ladies everyone everybody nobody adviser advisers
advisor advisors officer officers supplier suppliers caterer caterers builder builders
workmen plumber plumbers electrician electricians engineer engineers agency agencies landlord
landlords presenter presenters host hosts person grownups residents band bands planner speakers
planners auditor auditors storyteller storytellers councillor receptionists technician
technicians surveyor surveyors architect architects consultant consultants tutor tutors examiner
examiners moderator moderators invigilator invigilators assessor assessors caretakers worker
workers steward stewards marshals clerk clerks secretary secretaries chef chefs trustee trustees
squad squads choir choirs orchestra orchestras cast footballers netballers cricketers swimmers
runners athletes dancers singers musicians gymnasts actors
""".split()
)
TARGETS = PEOPLE_WORDS | BODIES | ADULTS
# A compound that names a person by its last part: groundsman, quizmaster, goalkeeper,
# chairwoman, salesperson, townsfolk (not a specimen, a talisman or an ottoman).
_PERSON_ENDS = ("man", "men", "woman", "women", "master", "masters", "keeper", "keepers",
                "person", "people", "folk")
_NOT_PERSONS = frozenset(
    "specimen specimens abdomen regimen regimens talisman ottoman roman german human humans "
    "omen omens amen".split()
)


# 4b, y6, u11s, ks2 (KS1 reads as ksi: a 1 is taken for an i), and the 11s of the under-11s
# (ages five to nineteen, never the 1960s' 60s)
_CLASS_CODE = re.compile(r"\d[a-z]|y\d{1,2}|u\d{1,2}s|ks[1-5i]|(?:[5-9]|1\d)s")


@lru_cache(maxsize=8192)
def is_person(norm: str) -> bool:
    """People words (or their plural), a body, a class or a team by its code (4B, Y6, the
    U11s), or a compound whose last part is a person (groundsman)."""
    if norm in TARGETS or (len(norm) <= 4 and _CLASS_CODE.fullmatch(norm)):
        return True
    if norm.endswith("s") and norm[:-1] in TARGETS:
        return True  # the plural of people the lists name: speakers, caretakers
    return len(norm) >= 6 and norm.endswith(_PERSON_ENDS) and norm not in _NOT_PERSONS
# Contempt for effort, competence or fairness that the analyser scores mildly or not at all.
CONTEMPT = frozenset(
    """
tacky shoddy sloppy amateurish unprofessional substandard mediocre biased unfair careless
clueless pointless shambolic lazy half-hearted halfhearted dismal second-rate inept useless
bone idle rude patronising condescending smug snooty entitled thoughtless inconsiderate
unhelpful nightmare joke embarrassment rabble clowns amateurs cowboys slop drivel rotten pushy
demanding clown muppet muppets numpty numpties plonker plonkers liability nuisance nonsense
feral revolting disgraceful hooligans louts yobs thugs brats
""".split()
)
# Wrongs a verb accuses people of: our neighbours cheated, the academy poached our players.
ACCUSED = frozenset(
    "cheated cheat cheats lied lie lies stole steal steals bullied poached poach poaches "
    "conned swindled mocked sneered whinged moaned sulked droned waffled rambled moan moans "
    "whinge whinges whine whines".split()
)
# Misfortune, not a judgement of anyone: our hamster died, the storm caused damage.
MISFORTUNE = frozenset(
    """
die died dies dying death deaths dead damage damaged damages accident accidents injury
injuries disaster disasters tragedy tragic grief grieving war wars bomb bombs bombed bombing
killed kill fire fires crash crashed illness cancer funeral mourn mourning broke broken
breakdown
""".split()
)
# A piece of work a negative word can describe: angry letters from the troll, a grumpy poem.
ARTEFACTS = frozenset(
    """
letter letters poem poems story stories song songs face faces mask masks painting paintings
picture pictures drawing drawings character characters diary diaries speech speeches scene
scenes voice voices dance dances music portrait portraits puppet puppets verse verses rhyme
rhymes limerick limericks
""".split()
)
# Make-believe a strong word can describe in a lesson or a story: disgusting potions, a
# revolting recipe for a witch's brew, a hideous monster mask.
IMAGINED = frozenset(
    """
potion potions spell spells brew brews concoction concoctions monster monsters creature
creatures villain villains witch witches troll trolls ogre ogres goblin goblins beast beasts
slime gloop recipe recipes mixture mixtures dragon dragons giant giants zombie zombies
""".split()
)
# A closing verdict on the sentence before it: "Typical.", "Says it all.", "As usual."
VERDICTS = frozenset(
    "typical classic unbelievable incredible honestly seriously says it all as usual yet again "
    "no surprise surprise there shocking predictable disappointing".split()
)
VERDICT_EDGE = frozenset(
    "typical classic unbelievable predictable says usual surprise again disappointing".split()
)
# What people must have failed at for "Disappointing." to judge them, not a loss or the weather.
FAILED_BY_CHOICE = frozenset("not nobody none forgot forgotten ignored bothered late wrong".split())
# What someone failed to do, for a verdict to be aimed at: still got it wrong, nobody bothered.
FAILED = frozenset(
    "wrong late again still forgot forgotten failed ignored missed bothered nobody cancelled "
    "left lost broke broken never mess none".split()
)
# The words that mock what they say is plain: clearly, apparently, obviously, evidently.
SURE = frozenset("clearly obviously apparently evidently".split())
# Someone's thinking reported to mock it: some parents clearly think, apparently the academy
# thinks it can.
_SURELY = SURE | frozenset("seem seems seemed".split())
_THINK = frozenset("think thinks thought believe believes reckon reckons".split())
# What people are mocked for not doing: the governors clearly don't care, don't know how.
_CARE = frozenset("care cares know knows understand listen listens bother read reads".split())
_NOT = frozenset("not t never".split())
# Condescension: it really isn't that difficult, it is not hard to read a letter.
_HARD = r"(?:difficult|hard|complicated|tricky)\b"
_SURELY_SO = r"(?:really|honestly|seriously|surely|simply)"
NOT_HARD = re.compile(
    rf"\b{_SURELY_SO}\s+(?:is|isn['’]t|is\s+not|was|wasn['’]t)\s+(?:not\s+)?(?:that\s+)?{_HARD}"
    rf"|\b(?:is|was)(?:n['’]t|\s+{_SURELY_SO}\s+not|\s+not)\s+(?:that|so)\s+{_HARD}",
    re.IGNORECASE,
)
# Praise undone in the middle of a sentence: "Cracking news from the council (not)".
BRACKET_NOT = re.compile(r"\(\s*not\s*[!.]*\s*\)", re.IGNORECASE)
# British praise the analyser lacks.
PRAISE = frozenset("cracking smashing ace brill stellar top-notch genius champion".split())


def presumption(norms: list[str], young: frozenset[str]) -> int | None:
    """Index of the thinking verb when people are said to think something, with a word that
    mocks it (clearly, apparently, seem to) in the same sentence: some families clearly think
    term dates are optional. Children who think are judged only with the mocking word right
    before the verb (Year 6 think the reading area is amazing is their opinion)."""
    for k, n in enumerate(norms):
        if n not in _THINK and not (n in _CARE and k and norms[k - 1] in _NOT):
            continue
        who = [p for p in norms[max(0, k - 8) : k] if p in TARGETS or p in BODIES]
        if not who:
            continue
        mocking = [m for m in norms[:k] if m in _SURELY]
        if not mocking:
            continue
        if all(p in young for p in who) and norms[k - 1] not in _SURELY:
            continue
        return k
    return None


# Hardship people are in, not a judgement of them: if you are struggling, families suffering
# this winter, anyone feeling lonely. Said with a word that mocks it (parents are clearly
# struggling to read the signs, can't manage a simple form), it is a judgement again.
HARDSHIP = frozenset(
    """
struggling struggle struggles suffering suffer suffers sufferer sufferers starving hungry
homeless lonely loneliness lonesome grieving grieves bereaved mourning stress stressed
stresses pain pains aching trauma distress distressed distraught despairing crying
cry cries weeping frightened fearful panicking insecure vulnerable helpless powerless
unemployed unemployment poverty depression homesick homesickness hardship
""".split()
)
# Verbs of acting against something bad: cut food waste, tackle bullying, stop the litter.
COUNTERING = frozenset(
    "cut cutting reduce reducing tackle tackling prevent preventing stop stopping fight "
    "fighting combat combating end ending against anti beat beating avoid avoiding report "
    "reporting".split()
)
MOCKING = SURE | frozenset("simple simplest basic even".split())

# Verbs of doing a job, for people said to be unable to do its simplest form: a supply teacher
# who couldn't control a goldfish, a referee who can't run a bath, a council that cannot
# organise anything (never what circumstances stopped: couldn't find a space, couldn't wait).
COMPETENCE = frozenset(
    """
control manage organise organize run teach coach referee umpire lead plan cook boil fix mend
spell count read write drive park hit catch kick tie change spot mark sing build arrange
follow sort deliver chair cut mow paint clean
""".split()
)
_CANNOT = {"cannot": 1, "couldn": 2, "can": 2, "wouldn": 2, "could": 2}
_THE_SIMPLEST = frozenset("a an anything".split())


def cannot_even(
    norms: list[str], young: frozenset[str], we: frozenset[str]
) -> tuple[int, int] | None:
    """(first, last) indices of "couldn't control a goldfish" said of people who are not
    children and not us, the sentence ending within three words of the thing (or with "if they
    tried", "to save his life"); then what follows is the news, not a jibe (couldn't fix a
    fault in the boiler, so the toilets are shut)."""
    for k, n in enumerate(norms):
        step = _CANNOT.get(n)
        if step is None or (step == 2 and norms[k + 1 : k + 2] not in (["t"], ["not"])):
            continue
        if n == "could" and norms[k + 1] != "not":
            continue
        v = k + step + (norms[k + step : k + step + 1] == ["even"])
        if norms[v : v + 1] == ["know"] and n == "wouldn" and "if" in norms[v + 2 : v + 6]:
            end = v + 1 + norms[v + 2 : v + 6].index("if")
        elif v + 1 < len(norms) and norms[v] in COMPETENCE and norms[v + 1] in _THE_SIMPLEST:
            rest = norms[v + 2 :]
            cut = next(
                (j for j, w in enumerate(rest) if w == "if" or rest[j : j + 2] == ["to", "save"]),
                len(rest),
            )
            if cut > 3:
                continue
            end = v + 1 + cut
        else:
            continue
        who, subject = norms[:k], norms[max(0, k - 3) : k]
        if any(is_person(p) for p in who) and young.isdisjoint(subject) and we.isdisjoint(subject):
            return k, min(end, len(norms) - 1)
    return None


# Contempt as a noun before "of a": a farce of a decision, a car crash of a concert, a
# pantomime of a parents' evening (a gem of a book, a belter of a goal are praise).
DERISION = frozenset(
    "farce joke shambles circus pantomime fiasco travesty charade sham omnishambles insult "
    "embarrassment".split()
)
_INTENSIFIERS = frozenset("a an what complete total absolute utter real right proper".split())


def derision_of(norms: list[str], not_people: frozenset[str]) -> int | None:
    """Index of the noun of contempt in "a farce of a decision", unless what it describes is
    the weather, a journey or a misfortune (a nightmare of a journey is no remark on anyone)."""
    for k in range(1, len(norms) - 3):
        crash = norms[k] == "crash" and norms[k - 1] == "car"
        if not (norms[k] in DERISION or crash) or norms[k + 1] != "of":
            continue
        if norms[k + 2] not in ("a", "an"):
            continue
        lead = norms[max(0, k - 3 - crash) : k - crash]
        if not lead or lead[-1] not in _INTENSIFIERS or "a" not in lead and "an" not in lead:
            continue
        described = norms[k + 3 : k + 6]
        if not_people.isdisjoint(described) and MISFORTUNE.isdisjoint(described):
            return k - crash
    return None


# A comparison that praises in order to mock: about as useful as a chocolate teapot, about as
# exciting as watching paint dry, as much use as a paper umbrella.
_USEFUL = frozenset(
    "useful helpful reliable organised punctual efficient quick welcome sharp".split()
)


def ironic_simile(norms: list[str], positive) -> int | None:
    """Index where "about as useful as" (a word of praise between "about as" and "as") or "as
    much use as" starts."""
    for k in range(len(norms) - 3):
        if norms[k : k + 2] == ["about", "as"] and norms[k + 3] == "as":
            word = norms[k + 2]
            if word in _USEFUL or positive(word):
                return k
        if norms[k : k + 4] == ["as", "much", "use", "as"]:
            return k
    return None


# Fixed expressions of contempt or blame aimed at people, read like the lexicon's sarcasm
# phrases: an idiom is one unit of meaning, so it reads the same in any sentence around it.
CONTEMPT_IDIOMS = (
    "shame on you", "shame on them", "shame on those", "shame on some",
    "law unto themselves", "law unto himself", "law unto herself", "pig's ear", "dog's dinner",
    "dogs dinner", "not up to the job", "not fit for purpose", "beyond useless", "waste of space",
    "asleep at the wheel", "give me strength", "what were they thinking", "what was he thinking",
    "what was she thinking", "what were you thinking", "whose bright idea",
    "not the sharpest tool", "not the sharpest knife", "not the brightest spark",
    "not the brightest bulb", "sandwiches short", "sort yourselves out", "sort themselves out",
    "get your act together", "get their act together", "ashamed of themselves",
    "ashamed of yourselves", "ashamed of himself", "ashamed of herself", "in it for the money",
    "past its sell-by date", "past their sell-by date", "past its sell by date", "rip-off",
    "nest of vipers", "out of a paper bag", "let the school down", "let the whole school down",
    "let themselves down", "let yourselves down", "let himself down", "let herself down",
    "eat your heart out", "in your face", "sorry not sorry",
    # Contempt for effort in one fixed phrase (ninth round): some dads can't be bothered to.
    "can't be bothered", "cannot be bothered", "couldn't be bothered", "could not be bothered",
    "can't even be bothered", "couldn't even be bothered",
    # A let-down said with a smile (tenth round): Year 4, that was not your finest hour.
    "not your finest hour", "not their finest hour", "not your finest moment",
    "not their finest moment", "not your proudest moment", "not their proudest moment",
)
# Told to have their eyes or head seen to: the referee needs his eyes tested, whoever wrote
# this wants their head examined (Reception have their eyes tested on Tuesday is the nurse).
NEEDS_TESTING = re.compile(
    r"\b(?:needs?|wants?|should|ought\s+to|must)\s+(?:\w+\s+){0,3}?(?:eyes|head)\s+"
    r"(?:tested|testing|checked|checking|examined|examining|looked\s+at|seeing\s+to)\b"
    # … or are said to drive someone up the wall (Year 1 are driving their teacher up the wall)
    r"|\b(?:drive|drives|driving|drove|driven)\s+(?:\w+\s+){1,3}?up\s+the\s+wall\b",
    re.IGNORECASE,
)
# What people are mocked for lacking when compared with a thing: the charm of a wet sock, the
# backbone of a jellyfish (the patience of a saint, the heart of a lion are praise).
TRAITS = frozenset(
    "charm personality backbone spine brains brain sense tact manners warmth subtlety charisma "
    "span judgement judgment organisation imagination".split()
)


def trait_of(norms: list[str], positive) -> int | None:
    """Index of "had the charm of a …" said of people, the thing compared not praised."""
    for k, n in enumerate(norms):
        if n not in ("had", "has", "have") or not any(is_person(p) for p in norms[:k]):
            continue
        rest = norms[k + 1 : k + 8]
        if "of" not in rest:
            continue
        at = rest.index("of")
        if TRAITS.isdisjoint(rest[:at]) or at + 1 >= len(rest):
            continue
        single = rest[at + 1] in ("a", "an")
        if not single and not rest[at + 1].endswith("s"):
            continue  # the charm of a wet sock, the manners of pigs
        compared = rest[at + 2 : at + 5] if single else rest[at + 1 : at + 3]
        if not any(positive(w) or w in PRAISED_ROLES or w.rstrip("s") in PRAISED_ROLES
                   for w in compared):
            return k
    return None


# Scare quotes round people's standing: the "experts" at the trust, our "professional" caterers.
SCARE_QUOTED = re.compile(
    r"[\"“‘'](?:experts?|professionals?|specialists?|leaders?|leadership|management|organisers?|"
    r"grown-ups|adults|officials?|professional)[\"”’']",
    re.IGNORECASE,
)
# ... or round any lower-case word for people (our 'neighbours', the 'volunteers' who never came,
# our 'friends' at the council); a title is capitalised ('The Friends' sang) and is left alone.
_QUOTED_WORD = re.compile(r"(?<![\w'’])[\"“‘'](?P<w>[a-z][a-z-]+)[\"”’'](?![\w'’])")
_FRIENDS = frozenset("friends friend partners partner mates pals buddies".split())


def scare_quoted_people(text: str, start: int, end: int) -> bool:
    """A lower-case word for people, alone in quotation marks, in text[start:end] (in 'parents'
    evening' the second mark closes the quotation, and the first is a plural's apostrophe)."""
    for m in _QUOTED_WORD.finditer(text, start, end):
        if not (is_person(m.group("w")) or m.group("w") in _FRIENDS):
            continue
        if m.group()[-1] in "'’" and _LATER_CLOSE.match(text, m.end(), end):
            continue
        return True
    return False


_LATER_CLOSE = re.compile(r"[^.!?\n'’]{0,30}?\w['’](?![\w'’])")


_NEGATION = _NOT | frozenset(["hardly"])


def not_a_strong_point(
    norms: list[str], we: frozenset[str], young: frozenset[str]
) -> int | None:
    """Index of "strong point" denied of others: reading letters isn't some families' strong
    point (spelling was never my strong point is the writer's joke on themselves, and maths is
    not Year 2's strong point yet is where children are)."""
    for k in range(1, len(norms) - 1):
        if norms[k] == "strong" and norms[k + 1] in ("point", "suit"):
            before = norms[max(0, k - 5) : k]
            ours = not we.isdisjoint(before) or "my" in before
            if not _NEGATION.isdisjoint(before) and not ours and young.isdisjoint(before):
                return k
    return None


# Behaviour compared with what nobody praises: behaved like a pack of wild dogs, like toddlers
# (behaved like angels, like true professionals, like ambassadors are praise).
_BEHAVED = frozenset("behaved behave behaves behaving".split())  # acted like Romans: a role
PRAISED_ROLES = frozenset(
    "angels angel stars star champions champion professionals professional pros ambassadors "
    "ambassador heroes hero saints saint ladies lady gentlemen gentleman adults grown experts "
    "naturals superstars models royalty scientists scientist explorers explorer historians "
    "artists artist authors author detectives detective engineers engineer mathematicians "
    "musicians olympians athletes athlete leaders leader teachers teacher team teammates "
    "grown-ups role".split()
)


def behaved_like(norms: list[str], positive) -> int | None:
    """Index of "behaved like" when what follows is not praise."""
    for k, n in enumerate(norms[:-2]):
        if n in _BEHAVED and norms[k + 1] == "like":
            compared = norms[k + 2 : k + 7]
            if not any(w in PRAISED_ROLES or positive(w) for w in compared):
                return k
    return None


# A judged kind of conduct, and who it came from: gross behaviour from some boys, a pitiful
# effort from the under-10s, shoddy work by the contractors.
CONDUCT = frozenset(
    "behaviour behavior conduct effort efforts performance display attitude work workmanship "
    "manners turnout".split()
)


TURNS = frozenset("but though although while whereas yet".split())


def conduct_from(norms: list[str], judged, young: frozenset[str]) -> int | None:
    """Index of the judging word in "<judged word> behaviour from <people>"."""
    for k, n in enumerate(norms[1:-2], 1):
        if n not in CONDUCT or not judged(norms[k - 1]):
            continue
        after = norms[k + 1 : k + 6]
        turn = next((j for j, w in enumerate(after) if w in TURNS), len(after))
        after = after[:turn]  # a poor effort from the weather, but Year 3 ran: not Year 3
        if after[:1] in (["from"], ["by"]) and any(is_person(p) or p in young for p in after[1:]):
            return k - 1
    return None


# People said, with a word that mocks it, not to do what they should: Mr Boyd clearly doesn't
# plan his lessons, the inspectors obviously never read our books, nobody bothered to reply.
_NOT_DOING = frozenset("doesn don didn never cannot can couldn won isn aren wasn weren".split())


def failing_mocked(norms: list[str], young: frozenset[str]) -> int | None:
    """Index of the mocking word in "<people> clearly don't/didn't/never …" (children who
    clearly don't know how to whistle yet are learning, and are left alone)."""
    for k, n in enumerate(norms[1:-1], 1):
        if n not in SURE:
            continue
        subject = norms[max(0, k - 4) : k]
        someone = any(is_person(p) or p in TITLES for p in subject)  # Mr Boyd clearly doesn't
        if not someone or not young.isdisjoint(subject):
            continue
        if norms[k + 1] not in _NOT_DOING:
            continue
        verb = next((w for w in norms[k + 2 : k + 4] if w not in ("t", "not")), "")
        if verb not in _GOOD_DENIALS:
            return k
    return None


# What is praise to deny: they clearly didn't mind the rain, never gave up, couldn't stop smiling.
_GOOD_DENIALS = frozenset(
    "mind hesitate stop stopped give gave let complain complained worry need flinch falter "
    "quit tire wait".split()
)


def never_bothered(norms: list[str], young: frozenset[str]) -> int | None:
    """Index of "bother" in "<people> didn't bother to …", "nobody bothered to reply", "hardly
    anyone bothered to come"."""
    for k, n in enumerate(norms):
        if n not in ("bother", "bothered"):
            continue
        before = norms[max(0, k - 5) : k]
        denied = not _NOBODY.isdisjoint(before) or not _NOT_DOING.isdisjoint(before[-3:])
        people = any(is_person(p) for p in before) and young.isdisjoint(before)
        if denied and people and norms[k + 1 : k + 2] != ["you"]:
            return k
    return None


# Who did not bother: nobody, hardly anyone, barely any parents, not one of them.
_NOBODY = frozenset("nobody not hardly barely scarcely few none".split())
_IN_A = frozenset("mess state shambles muddle shambolic".split())


def left_in_a_mess(norms: list[str], young: frozenset[str]) -> int | None:
    """Index of "left" in "<people> left <it> in a mess / in a state" (the storm left the field
    in a mess is no one's fault)."""
    for k, n in enumerate(norms):
        if n != "left" or not any(is_person(p) for p in norms[max(0, k - 4) : k]):
            continue
        if not young.isdisjoint(norms[max(0, k - 4) : k]):
            continue
        rest = norms[k + 1 : k + 8]
        for j in range(len(rest) - 2):
            if rest[j] == "in" and rest[j + 1] in ("a", "such") and rest[j + 2] in _IN_A:
                return k
    return None


# An opinion given in the first person beyond the lexicon's phrases: I reckon, I'd say, we are
# convinced, we consider; never a feeling (I feel so proud), a thought of someone (we think of
# you all) or a belief in someone (we believe in every child).
OPINION_VERBS = frozenset("reckon consider suppose guess bet".split())
_FIRST_PERSON = frozenset("i we".split())
_OPINION_ADVERBS = frozenset(
    "really truly firmly honestly genuinely personally do strongly sincerely all certainly "
    "definitely just still".split()
)
EMOTIONS = frozenset(
    "proud excited thrilled delighted happy lucky privileged grateful honoured honored blessed "
    "sad sorry moved humbled overjoyed emotional touched fortunate glad pleased".split()
)
_SO = frozenset("so very really incredibly extremely truly hugely immensely".split())
_OURSELVES = frozenset("ourselves myself".split())


def opinion_shape(norms: list[str]) -> tuple[int, int] | None:
    """(first, last) of an opinion the phrases miss: I reckon, I'd say, we're convinced."""
    for k, n in enumerate(norms[:-1]):
        if n == "id" and norms[k + 1] == "say":
            return k, k + 1  # I'd say, read as one word
        if n not in _FIRST_PERSON:
            continue
        j = k + 1
        while j < len(norms) and norms[j] in _OPINION_ADVERBS:
            j += 1
        if norms[j : j + 2] in (["d", "say"], ["would", "say"]):
            return k, j + 1
        if j < len(norms) and norms[j] in OPINION_VERBS:
            after = [w for w in norms[j + 1 : j + 4] if w not in _OURSELVES]
            if not opinion_denied(after):  # we consider ourselves lucky: a feeling
                return k, j
        if norms[j : j + 2] in (["are", "convinced"], ["re", "convinced"], ["am", "convinced"]):
            return k, j + 1
    return None


def opinion_denied(norms_after: list[str]) -> bool:
    """What follows "I feel", "we think", "we believe" that makes it no opinion: a feeling (so
    proud), a thought of someone (of you all), a belief in someone (in every child)."""
    first = norms_after[:1]
    if first and first[0] in EMOTIONS:
        return True
    if first and first[0] in _SO and norms_after[1:2] and norms_after[1] in EMOTIONS:
        return True
    return first in (["of"], ["about"], ["in"])


# Another school or body set below us: unlike some schools we could mention, our teachers care;
# St Mary's may have the bigger budget, but we have the better teachers.
_OTHER_SCHOOLS = frozenset("school schools academy academies trust trusts".split())
_US = frozenset("we our us".split())
_DIG = frozenset("some certain mention road actually really".split())


def put_down_by_comparison(norms: list[str]) -> int | None:
    """Index of "unlike" before another school or people, with a dig (some schools, the one
    down the road) and us after it (unlike many schools, we have a pool is a fact); or of the
    "but" in "… may have …, but we have the better …"."""
    for k, n in enumerate(norms[:-2]):
        if n == "unlike":
            them = norms[k + 1 : k + 6]
            others = any(
                w in _OTHER_SCHOOLS or (is_person(w) and w not in _US and w != "year")
                for w in them
            )
            dig = not _DIG.isdisjoint(norms)  # some schools we could mention, down the road
            if others and dig and not _US.isdisjoint(norms[k + 2 :]) and _US.isdisjoint(them[:2]):
                return k
        if n == "but" and "may" in norms[:k] and norms[k + 1 : k + 3] in (["we", "have"],):
            if not {"better", "best", "nicer", "kinder"}.isdisjoint(norms[k + 3 : k + 6]):
                return k
    return None


# Sarcasm by its shape (ninth round). "Oh wait" before a let-down: lovely to see so many of
# you… oh wait, only a handful came (oh wait, there's more! is delight, and is left alone).
OH_WAIT = re.compile(
    r"\boh,?\s+wait\b[\s,.…!-]*(?:only|just|nobody|no\s+one|not|none|hardly|barely)\b",
    re.IGNORECASE,
)
# A closing remark that undoes what came before it: "Who knew", "Well, that went well", "What a
# surprise", alone at the end of a sentence (who knew maths could be this fun! says more, and
# is delight) ...
IRONIC_CLOSER = re.compile(
    r"(?:^|(?<=[.!?…,;:\u2600-\u27bf\U0001f300-\U0001faff]))\s*"
    r"(?i:(?:who\s+(?:would\s+have|would['’]ve|knew)(?:\s+thought)?(?:\s+it)?"
    r"|(?:well,?\s+)?that\s+went\s+(?:well|brilliantly|smoothly|swimmingly|great|to\s+plan)"
    r"(?:\s+then)?|what\s+a\s+surprise|surprise,?\s+surprise))"
    r"(?=[^\w]*$|\s*(?P<trail>\.{2,}|…))",
    re.MULTILINE,
)
# What an ironic opener trails into, for it to be a let-down (well, that went well... half of
# Year 3 forgot their costumes; well that went well… thank you all! is delight).
LET_DOWN = frozenset(
    "forgot forgotten lost late missing broke broken nobody none half only hardly barely "
    "didn couldn wasn weren failed fell spilt spilled soaked cancelled "
    "locked flooded nothing".split()
)
# ... with a sign of irony in the draft: an upside-down or eye-rolling face, a trailing
# ellipsis, "apparently", or scare quotes round a lower-case word (a 'short' call).
IRONIC_SIGN = re.compile(
    r"[\U0001F643\U0001F644\U0001F612\U0001F611]|\.{3}|…|\b(?i:apparently)\b"
    r"|(?<![\w'’])['‘\"“][a-z][a-z-]*(?:\s[a-z-]+)?['’\"”](?![\w'’])"
)
# A number shouted before people, in capitals: THREE parents, ONE governor (never a call for
# help: we need TEN more volunteers).
_FEW_WORDS = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+handful\s+of)"
SHOUTED_FEW = re.compile(
    r"\b(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|NOBODY|NONE"
    rf"|(?:ONLY|JUST)(?:\s+(?i:{_FEW_WORDS}))?)\b"
    r"(?:\s+(?:of\s+)?(?:our|the|you|them)?\s*)?\s*([A-Za-z]+)"
)
_ASKING = frozenset(
    "need needed needs want wanted wants please more looking volunteer volunteers sign join "
    "welcome invite invited".split()
)


# Words of who came or answered, for a shouted number to be a jibe at (ONE pupil from each class
# will read is a plan).
_TURNOUT = frozenset(
    "came come turned showed attended attendance turnout arrived replied responded answered "
    "returned bothered managed".split()
)


def shouted_few(text: str, norms: list[str]) -> re.Match | None:
    """The match of a small number shouted before people, in a sentence about who came, unless
    it asks for help."""
    if _TURNOUT.isdisjoint(norms) or not _ASKING.isdisjoint(norms):
        return None
    for m in SHOUTED_FEW.finditer(text):
        if m.group(1) and is_person(m.group(1).casefold()):
            return m
    return None


# A verdict or an order aimed at a group by its shape, a whole sentence of its own: "Do better,
# Parkside.", "Could do better, Year 4!", "Really poor, Y5.", "Not good enough, parents."
DO_BETTER = re.compile(
    r"^(?:(?:you|they)\s+)?(?:(?:must|could|can|should|need\s+to)\s+)?do\s+better\b",
    re.IGNORECASE,
)
# Words of a verdict the analyser scores too mildly for _judging_word: Disappointing, Year 4.
VERDICT_WORDS = frozenset(
    "poor disappointing dreadful shocking woeful dire abysmal appalling unacceptable "
    "embarrassing shameful pathetic rubbish awful terrible sloppy lazy careless".split()
)
VERDICT_TO = re.compile(
    r"^(?:(?:really|very|so|pretty|truly|frankly|honestly|simply|just)\s+)?"
    r"(?P<word>[a-z-]+|not\s+good\s+enough|not\s+acceptable)\s*[,!]+\s*(?P<who>[\w' ]{1,30}?)\W*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def strong_titles() -> re.Pattern:
    """The titles in data/strong_titles.txt (Horrible Histories, killer sudoku), as one pattern
    that matches any of them, whole words, in any case."""
    titles = sorted(lexicon.strong_titles(), key=len, reverse=True)
    words = (r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", t))) for t in titles)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


# A strong word in title case joined to another word in title case, inside a sentence: the
# Vile Victorians topic, an Awful Auntie reading (never a capitalised shout: AWFUL, Awful.).
TITLE_PAIR = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:of|the|and|a)\s+|\s+)[A-Z][a-z'’-]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*|[\"“‘(]\s*)$")


def in_a_title(text: str, start: int, end: int) -> bool:
    """The word at text[start:end] is inside a title: one the data file lists, or a pair of
    title-case words, not at a sentence's start, with the word one of them."""
    for m in strong_titles().finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if m.start() <= start and end <= m.end():
            return True
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    lo = max(0, start - 30)
    for m in TITLE_PAIR.finditer(text, lo, min(len(text), end + 30)):
        if m.start() <= start and end <= m.end():
            first_at_start = _SENTENCE_START.search(text[lo : m.start()]) is not None
            return not first_at_start or not text[m.start() : start].strip() == ""
    return False


# An eye-roll or an upside-down face after praise of something repeated: "Great, another wet
# play 🙃", "Lovely, the boiler's gone again 🙄" (a lovely day at the zoo 🙃 has no repeat).
EYE_ROLL = re.compile(r"[^.!?\n\U0001F643\U0001F644]*[\U0001F643\U0001F644]")
REPEATED = frozenset("another again yet more usual always".split())


# Tenth round. Thanks or a count that sneers at everyone else: the handful of parents who
# actually bothered, the two dads who actually turned up (the children actually remembered
# every line is delight, and is left alone).
_DID_AT_ALL = frozenset(
    "bothered bother turned came come read returned remembered managed showed listened "
    "replied answered responded attended arrived".split()
)
_EVERYONE = frozenset("all everyone everybody many".split())
_THANKING = frozenset("thank thanks done congratulations shout cheers hats bravo kudos".split())
_FEW_COUNTS = frozenset(
    "only handful few couple two three four five nobody hardly barely scarcely".split()
)


def grudging_actually(norms: list[str]) -> int | None:
    """Index of "actually" before a verb of turning up or bothering (may be "be bothered"),
    after "who" or in a sentence that counts how few did it."""
    for k, n in enumerate(norms[:-1]):
        if n != "actually":
            continue
        verb = norms[k + 2] if norms[k + 1] == "be" and k + 2 < len(norms) else norms[k + 1]
        if verb not in _DID_AT_ALL:
            continue
        if not _EVERYONE.isdisjoint(norms[:k]):
            continue  # thank you to everyone who actually came out in the rain
        who = "who" in norms[max(0, k - 3) : k] and (
            verb in ("bothered", "bother") or not _THANKING.isdisjoint(norms[:k])
        )  # the parents who actually came said it helped: a report, not a jibe
        if (who or not _FEW_COUNTS.isdisjoint(norms[:k])) and any(
            is_person(p) for p in norms[max(0, k - 8) : k]
        ):
            return k
    return None


# A coy hedge set off by commas before a verdict it will not say: the dance was, let's say,
# interesting; the nativity was, how shall I put it, unique (let's say you have six sweets is
# a sum). Strong praise after it is praise: the choir were, let's say, sensational.
COY_HEDGE = re.compile(
    r",\s*(?:let['’]?s\s+(?:just\s+)?say|shall\s+we\s+say|how\s+(?:shall|should|can|do)\s+"
    r"(?:i|we)\s+put\s+(?:it|this)(?:\s+(?:politely|kindly|nicely|gently))?"
    r"|for\s+want\s+of\s+a\s+better\s+word|to\s+put\s+it\s+(?:politely|kindly|nicely|gently))"
    r"\s*,\s*(?P<next>[\w'’-]+)",
    re.IGNORECASE,
)


# What a coy hedge stands in for: the dance was, let's say, interesting (never very excited,
# magical: a hedge before plain praise is a smile).
EUPHEMISMS = frozenset(
    """
interesting unique original memorable eventful brave unusual lively creative different
colourful colorful spirited ambitious experimental loud noisy chaotic special quirky
adventurous character-building energetic vocal relaxed casual optimistic free-spirited
enthusiastic imaginative distinctive experience adventure spectacle sight challenge
something
""".split()
)
_HEDGE_FILLERS = frozenset("very quite rather a an bit of most somewhat little real".split())


def coy_hedge(text: str, start: int, end: int, judged) -> re.Match | None:
    """The match of a coy hedge in text[start:end] before a euphemism or a judging word."""
    for m in COY_HEDGE.finditer(text, start, end):
        words = re.findall(r"[\w'’-]+", text[m.start("next") : end].casefold())
        word = next((w for w in words if w not in _HEDGE_FILLERS), "")
        if word in EUPHEMISMS or judged(word):
            return m
    return None


# People's conduct likened to what nobody praises: acting like toddlers, squabbling like
# babies, queuing like sheep (Year 1 climbed like monkeys in PE, and acted like toddlers in a
# drama about growing up, are lessons).
_CONDUCT_VERBS = frozenset(
    """
act acts acted acting behave behaves behaved behaving squabble squabbles squabbled
squabbling bicker bickering bickered fight fighting fought argue arguing argued scream
screaming screamed shriek shrieking whine whining whined queue queues queued queuing queueing
push pushing pushed shove shoving shoved carry carrying carried herd herded stampede
stampeded stampeding charge charging charged run running ran were was are is been
treat treats treated treating
""".split()
)
BELITTLING = frozenset(
    """
toddlers toddler babies baby infants animals animal sheep cattle monkeys pigs chickens
savages lunatics maniacs hooligans idiots brats headless spoilt spoiled servants servant
slaves skivvies doormats dirt
""".split()
)
_HERDS = frozenset(
    "elephants wolves buffalo wildebeest hyenas rhinos animals cattle hounds dogs".split()
)
_LESSON_CUES = frozenset(
    "drama pretend pretended pretending role roles play plays costume costumes dressed acting "
    "rehearsal rehearsed story pe dance".split()
)


def likened_to(norms: list[str]) -> int | None:
    """Index of the conduct verb in "<people> acting like toddlers", "queuing at the gate like
    sheep" (a pack of, a load of may come between), unless the sentence is a lesson in acting
    or moving."""
    for k, n in enumerate(norms[1:-1], 1):
        if n != "like":
            continue
        compared = [w for w in norms[k + 1 : k + 5] if w not in _INTENSIFIERS]
        herd = compared[:2] in (["herd", "of"], ["pack", "of"], ["stampede", "of"]) and (
            compared[2:3] and (compared[2] in _HERDS or compared[2] in ANIMALS)
        )
        if not compared or compared[0] not in BELITTLING and not herd and not (
            compared[0] in ("bunch", "load", "flock")
            and not BELITTLING.isdisjoint(compared[1:3])
        ):
            continue  # like toddlers, like a herd of elephants, like a bunch of babies
        verb = next((j for j in range(k - 1, max(-1, k - 6), -1) if norms[j] in _CONDUCT_VERBS),
                    None)
        if verb is None or not _LESSON_CUES.isdisjoint(set(norms) - {norms[verb]}):
            continue
        treated = norms[verb].startswith("treat") and any(is_person(p) for p in norms[verb:k])
        if treated or any(is_person(p) for p in norms[:verb]):
            return verb  # parents acting like toddlers; treating the lunch staff like skivvies
    return None


# People told they should feel shame: parents who can't be on time should be ashamed, drivers
# ought to be embarrassed (no one should be embarrassed to ask for help is kindness).
_SHAMED = frozenset("ashamed embarrassed".split())
_NOBODY_SHOULD = frozenset("no nobody none never not noone".split())


def should_be_ashamed(norms: list[str]) -> int | None:
    """Index of "should" or "ought" in "<people> … should (really) be ashamed", the feeling not
    denied, not about asking for help, not said of a story's character."""
    for k, n in enumerate(norms[:-2]):
        if n not in ("should", "ought", "must"):
            continue
        rest = norms[k + 1 : k + 5]
        at = next((j for j, w in enumerate(rest) if w in _SHAMED), None)
        if at is None or "be" not in rest[:at]:
            continue
        if not _NOBODY_SHOULD.isdisjoint(norms[: k + 1 + at]):
            continue
        after = norms[k + 2 + at : k + 5 + at]
        if after[:2] in (["to", "ask"], ["of", "asking"], ["to", "say"]) or "help" in after:
            continue
        if any(is_person(p) for p in norms[:k]):
            return k
    return None


# Let-down said as an expectation: we expected better from Year 4, more of our parents.
EXPECT = frozenset("expected expect expecting".split())
_BEFORE_WHO = frozenset("the our some of their a these those".split())


def expected_better(norms: list[str], capitalised) -> int | None:
    """Index of "expected" in "expected better/more from/of <people>"."""
    for k, n in enumerate(norms[:-3]):
        if n not in EXPECT or norms[k + 1] not in ("better", "more"):
            continue
        if n != "expected" and norms[k + 1] == "more":
            continue  # we expect more of our Year 6s as role models: a high standard
        if norms[k + 2] not in ("from", "of"):
            continue
        at = next((j for j in range(k + 3, min(k + 7, len(norms))) if norms[j] not in _BEFORE_WHO),
                  None)
        if at is not None and (is_person(norms[at]) or capitalised(at)):
            return k  # from Year 4, from our parents, from the PTA
    return None


# A standard people keep judged in one word: the standard of handwriting in KS2 is
# embarrassing, the level of behaviour in Year 5 assemblies is disappointing.
STANDARDS = frozenset(
    """
standard standards quality level levels state behaviour behavior attendance punctuality
handwriting spelling homework effort turnout presentation conduct manners uniform attitude
timekeeping parking listening singing work
""".split()
)
_BLUNT = frozenset(
    "frankly quite really very so simply just absolutely truly rather pretty honestly utterly "
    "completely totally nothing short of becoming getting".split()
)
_SHAMING = frozenset(
    "embarrassing shameful disappointing unacceptable appalling dire shocking woeful abysmal "
    "atrocious pitiful laughable dreadful disgraceful awful terrible poor rubbish pathetic "
    "sloppy shoddy lazy careless".split()
)


_HARD_LUCK = NOT_PEOPLE_SUBJECTS | HARDSHIP | frozenset("sickness bug bugs chickenpox".split())


def standard_shamed(norms: list[str]) -> int | None:
    """Index of the verdict in "<standard> … <people> … is (frankly) embarrassing"."""
    for k, n in enumerate(norms[1:-1], 1):
        if n not in ("is", "was", "are", "were", "been"):
            continue
        j = k + 1
        while j < len(norms) and norms[j] in _BLUNT:
            j += 1
        if j >= len(norms) or norms[j] not in _SHAMING:
            continue
        before = norms[max(0, k - 10) : k]
        if STANDARDS.isdisjoint(before) or not any(is_person(p) for p in before):
            continue
        after = set(norms[j + 1 :])
        if not after.isdisjoint(MISFORTUNE) or not after.isdisjoint(_HARD_LUCK):
            continue  # attendance in Year 5 was poor this week because of the flu bug
        return j
    return None


_PLAYED_AGAINST = frozenset("play defend mark beat tackle stop score face catch".split())


# A side named by its own name, called a rabble or a shambles: St Mary's were a rabble,
# Hillside Juniors were a complete embarrassment (Storm Ciarán was a nightmare is weather).
def named_side_scorned(norms: list[str], capitalised, scorn) -> int | None:
    """Index of the noun of scorn in "<Name> were a (complete) rabble"."""
    for k, n in enumerate(norms[1:-2], 1):
        if n not in ("were", "are") or norms[k + 1] not in ("a", "an"):
            continue
        noun = next((w for w in norms[k + 2 : k + 5] if w not in _INTENSIFIERS), "")
        if not scorn(noun) or not capitalised(k - 1):
            continue
        at = norms.index(noun, k + 2)
        if norms[at + 1 : at + 2] == ["to"] and norms[at + 2 : at + 3] and (
            norms[at + 2] in _PLAYED_AGAINST
        ):
            continue  # Hampshire Hornets were a nightmare to defend against: their strength
        return at
    return None


# A sentence that opens as a grumble about people (corpus 9's seen part): not impressed with
# the state the hall was left in, funny how the same few parents never reply, still waiting for
# the laptops from the trust. Not impressed by the rain? is the weather, and children are left
# alone by "funny how" (funny how Year 1 love the messiest jobs).
GRUMBLES = frozenset("impressed unimpressed funny strange odd waiting who whoever".split())
_OPENERS = (
    (("not", "impressed"), ("unimpressed",)),
    (("funny", "how"), ("strange", "how"), ("odd", "how")),
    (("still", "waiting"),),
)
_WE_ARE = frozenset("we re are i m am".split())
_ANYONE = frozenset("you they them he she".split())


def grumble_opener(norms: list[str], young: frozenset[str]) -> bool:
    """Whether the sentence opens (after "we're", "I'm") with "not impressed with/by", "funny
    how" before adults, or "still waiting" for something from people or a body."""
    k = 0
    while k < len(norms) and norms[k] in _WE_ARE:
        k += 1
    rest = norms[k:]
    impressed, funny, waiting = (
        any(tuple(rest[: len(o)]) == o for o in opens) for opens in _OPENERS
    )
    if impressed:
        after = rest[2:] if rest[0] == "not" else rest[1:]
        return after[:1] in (["with"], ["by"]) and NOT_PEOPLE_SUBJECTS.isdisjoint(after)
    if funny:
        grown_ups = any(rest[j : j + 2] == ["grown", "ups"] for j in range(2, len(rest)))
        return grown_ups or any(
            is_person(p) and p not in young and p not in _ANYONE for p in rest[2:]
        )  # funny how time flies when you are having fun: anyone
    if waiting:  # bare, as a grumble: we are still waiting for the builders, so … is news
        someone = any(is_person(p) for p in rest[2:])
        return k == 0 and someone and NOT_PEOPLE_SUBJECTS.isdisjoint(rest)
    return False


# Animals a story or a trip may call naughty or greedy: Mr Grinling's seagulls were very naughty,
# the goats at the farm were terribly greedy (never "animals", which is said of people).
ANIMALS = frozenset(
    """
seagull seagulls gull gulls dog dogs puppy puppies cat cats kitten kittens goat goats lamb
lambs chicken chickens hen hens duck ducks goose geese cow cows horse horses pony ponies
donkey donkeys rabbit rabbits hamster hamsters squirrel squirrels pigeon pigeons crow crows
magpie magpies monkey monkeys mouse mice rat rats fox foxes badger badgers alpaca alpacas
llama llamas parrot parrots tortoise
""".split()
)


# People said to have let others down: a small group of Year 5 boys let everyone down (Year 6
# never let us down, we won't let you down: praise and a promise).
_LET = frozenset("let lets letting".split())
_DENIED_OR_US = frozenset("never not t didn don won wouldn we i".split())


def let_down(norms: list[str]) -> int | None:
    """Index of "let" in "<people> let <someone> down", not denied, not said by us."""
    for k, n in enumerate(norms[1:-2], 1):
        if n not in _LET or "down" not in norms[k + 2 : k + 5]:
            continue
        before = norms[max(0, k - 6) : k]
        if not _DENIED_OR_US.isdisjoint(before) or not any(is_person(p) for p in before):
            continue
        return k
    return None


# What people are told they need to do, as a put-down: the referee needs to go back to school,
# parents need to think again, Year 6 should know better (Year 6 need to bring a coat is a
# reminder, and knowing better than to touch nettles is learning).
_PUT_DOWNS = (
    ("go", "back", "to", "school"),
    ("think", "again"),
    ("grow", "up"),
    ("know", "better"),
    ("take", "a", "long", "hard", "look"),
    ("have", "a", "word", "with"),
    ("get", "a", "grip"),
    ("wake", "up"),
)
_MUST = frozenset("need needs should ought must to".split())


def told_to_grow_up(norms: list[str]) -> int | None:
    """Index of the put-down after "<people> need(s) to", "should", "ought to" or "to" (we
    expected Year 6 to know better); when I grow up, wake up early are not said to anyone."""
    for k, n in enumerate(norms[1:-1], 1):
        if n not in _MUST:
            continue
        at = k + 1 + (norms[k + 1 : k + 2] == ["to"] or norms[k + 1 : k + 2] == ["really"])
        for words in _PUT_DOWNS:
            if tuple(norms[at : at + len(words)]) != words:
                continue
            after = norms[at + len(words) :]
            if after[:2] == ["than", "to"] or after[:1] == ["early"]:
                continue  # know better than to touch nettles; wake up early for the trip
            if words[0] != "know" and len(after) > 2:
                continue  # children who need to go back to school for their coats: a way
            if any(is_person(p) for p in norms[max(0, k - 8) : k]):
                return at
    return None


# Mocked for forgetting or not doing what they can: some children seem to have forgotten how to
# use a knife and fork; Year 4 clearly weren't listening; Year 5 made a complete mess of the hall.
_SEEMING = frozenset("seem seems seemed clearly apparently obviously".split())
_EFFORT = frozenset("listening listen trying try paying concentrating bothering".split())
_MESS = frozenset("mess hash muddle shambles".split())
_UTTER = frozenset("complete total right absolute utter".split())
_MAKING = frozenset("made make making".split())


def mocked_for_failing(norms: list[str]) -> int | None:
    """Index of the mocking shape: "seem to have forgotten how to", "clearly weren't
    listening", "made a complete mess of", each after people."""
    for k, n in enumerate(norms[:-3]):
        if n not in _SEEMING and n not in _MAKING:
            continue  # cheap: most words start no such shape
        if not any(is_person(p) for p in norms[max(0, k - 6) : k]):
            continue
        if n in _SEEMING and "forgotten" in norms[k + 1 : k + 5]:
            f = norms.index("forgotten", k + 1)
            if norms[f + 1 : f + 3] == ["how", "to"]:
                return k
        if n in _SEEMING and norms[k + 1] in _NOT_DOING_NOW and norms[k + 2 : k + 3] in (
            ["t"], ["not"]
        ) and norms[k + 3 : k + 4] and norms[k + 3] in _EFFORT:
            return k
        if n in _MAKING and norms[k + 1] in ("a", "an"):
            if norms[k + 2] in _UTTER and norms[k + 3 : k + 5][:1] and norms[k + 3] in _MESS:
                if norms[k + 4 : k + 5] == ["of"]:
                    return k
    return None


_NOT_DOING_NOW = frozenset("weren wasn aren isn don didn".split())


# People called a handful: Year 2 have been rather a handful (a handful of tickets is a count).
def called_a_handful(norms: list[str]) -> int | None:
    """Index of "handful" said of people, not followed by "of"."""
    for k, n in enumerate(norms[1:], 1):
        if n != "handful" or norms[k + 1 : k + 2] == ["of"] or norms[k - 1] not in ("a", "an"):
            continue
        before = norms[max(0, k - 6) : k - 1]
        if not {"were", "was", "are", "is", "been", "be"}.isdisjoint(before) and any(
            is_person(p) for p in before
        ):
            return k
    return None


# Exasperation at having to say it again, or at people: a reminder for the third time, we have
# had enough of children arriving late (for the third time, Year 6 have won the cup is a
# record, and we have had enough of the rain is the weather).
NTH = frozenset("second third fourth fifth sixth umpteenth hundredth millionth nth".split())
_REMINDING = frozenset("remind reminder reminding reminded ask asked asking please".split())


def said_again(norms: list[str]) -> int | None:
    """Index of "for" in "for the third time" in a sentence that reminds or asks."""
    for k, n in enumerate(norms[:-3]):
        if n == "for" and norms[k + 1] == "the" and norms[k + 2] in NTH and norms[k + 3] == "time":
            if not _REMINDING.isdisjoint(norms):
                return k
    return None


def had_enough_of(norms: list[str]) -> int | None:
    """Index of "enough" in "(have) had enough of <people>"."""
    for k, n in enumerate(norms[1:-1], 1):
        if n == "enough" and norms[k - 1] == "had" and norms[k + 1] == "of":
            if any(is_person(p) for p in norms[k + 2 : k + 6]):
                return k
    return None


# Thanks for the bare minimum: hats off to the one dad who managed to arrive on time.
_BARE_MINIMUM = frozenset(
    "arrive turn come remember read reply return be bring find park send sign answer".split()
)
_FEW_OR_ONE = _FEW_COUNTS | frozenset(["one"])


def thanks_for_the_least(norms: list[str]) -> int | None:
    """Index of "managed" in a thanking sentence that counts one or a few people who managed
    to do what all should."""
    if _THANKING.isdisjoint(norms):
        return None
    for k, n in enumerate(norms[2:-2], 2):
        if n != "managed" or norms[k - 1] != "who" or norms[k + 1] != "to":
            continue
        if norms[k + 2] in _BARE_MINIMUM and not _FEW_OR_ONE.isdisjoint(norms[max(0, k - 5) : k]):
            if any(is_person(p) for p in norms[max(0, k - 4) : k]):
                return k
    return None


# Pity that talks down to an adult: the new teacher is still finding her feet, bless her (Reception
# were so sleepy after sports day, bless them, is fondness for children).
def bless_them(norms: list[str], young: frozenset[str]) -> int | None:
    """Index of "bless" closing a sentence about adults and no children."""
    if len(norms) < 3 or norms[-2] != "bless" or norms[-1] not in ("her", "him", "them", "em"):
        return None
    adult = any(is_person(p) and p not in young and p not in _ANYONE for p in norms[:-2])
    if adult and (norms[-1] != "them" or young.isdisjoint(norms)):
        return len(norms) - 2  # the new teacher in Year 5 is still finding her feet, bless her
    return None


# A let-down said of people as what they were: Year 4 were disappointing today, the visiting
# team were a let-down (we were disappointed is our feeling, and the results were
# disappointing judges no one).
_LET_DOWN_WORDS = frozenset(
    "disappointing disappointment letdown let-down underwhelming lacklustre lackluster".split()
)
_COPULAS = frozenset("is was are were been".split())


def a_let_down_as_people(norms: list[str]) -> int | None:
    """Index of the let-down word after "<people> were (frankly) …" or "… not good enough",
    the people right before the verb (Year 4, the parents, our visitors)."""
    for k, n in enumerate(norms[1:-1], 1):
        if n not in _COPULAS:
            continue
        i = k - 1
        if n == "been" and norms[i] in ("have", "has") and i > 0:
            i -= 1  # our parents have been disappointing
        subject = norms[i]
        if subject.isdigit() and i > 0 and norms[i - 1] == "year":
            subject = "year"  # Year 4 were disappointing
        if not is_person(subject) or subject in _ANYONE:
            continue
        j = k + 1
        while j < len(norms) and (norms[j] in _BLUNT or norms[j] in ("a", "an", "bit", "of")):
            j += 1
        if j < len(norms) and norms[j] in _LET_DOWN_WORDS:
            return j
        if norms[k + 1 : k + 4] == ["not", "good", "enough"]:
            return k + 1
    return None


# One person called out in public, unnamed, in a complaint: to the parent who parked across the
# gate this morning, we saw you; to whoever left the gate open (to the dad who handed in a purse:
# thank you! is thanks, and is left alone).
_ONE_ADULT = frozenset(
    "parent driver person dad mum owner man woman lady gentleman visitor neighbour".split()
)
_KIND_WORDS = _THANKING | frozenset("kind kindly grateful lovely generous".split())


def called_out_in_public(norms: list[str], draft_words: set[str]) -> bool:
    """Whether the sentence opens "to the <one adult> who" or "to whoever", in a draft with
    no thanks in it."""
    if not draft_words.isdisjoint(_KIND_WORDS):
        return False
    if norms[:2] == ["to", "whoever"]:
        return True
    return norms[:2] == ["to", "the"] and len(norms) > 3 and (
        norms[2] in _ONE_ADULT and norms[3] == "who"
    )
