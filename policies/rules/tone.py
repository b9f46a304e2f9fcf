"""Word sets and shapes for negative_tone's judgements aimed at people (issue 11, seventh round):
who a judgement can be aimed at beyond people words (a named body, a person's work), the words
of contempt for effort and competence that the analyser's lexicon lacks, what is misfortune
rather than a judgement, and the shapes of sarcasm and presumption (some parents clearly think
the car park is theirs; the council got it wrong again. Typical.)."""

from __future__ import annotations

import re

from policies.lexicon import PEOPLE_WORDS

# Bodies a school may be tempted to criticise: the council, Ofsted, another school, a company.
BODIES = frozenset(
    """
ofsted council councils trust academy academies company companies authority authorities
inspectorate department dfe firm contractor contractors operator operators management
leadership head heads principal government ministers minister mps mp police nhs
""".split()
)
# A person's or a body's work, judged as theirs: Ofsted's report, Mr Dawson's assembly.
WORKS = frozenset(
    """
report reports assembly assemblies display displays policy policies scheme schemes service
performance effort efforts planning organisation communication communications teaching
marking refereeing rehearsal rehearsals idea ideas plan plans email emails letter letters
response responses handling attitude
""".split()
)
# People the first list lacks: the adults around a school, and the other side of a match.
ADULTS = frozenset(
    """
supervisor supervisors assistant assistants leader leaders manager managers organiser
organisers organizers official receptionist cook cooks cleaner cleaners nurse nurses doctor
doctors rivals rival opponents opposition players fans supporters spectators grandparents
adults mums dads man men woman women lady ladies everyone everybody nobody adviser advisers
advisor advisors officer officers
""".split()
)
TARGETS = PEOPLE_WORDS | BODIES | ADULTS
# Contempt for effort, competence or fairness that the analyser scores mildly or not at all.
CONTEMPT = frozenset(
    """
tacky shoddy sloppy amateurish unprofessional substandard mediocre biased unfair careless
clueless pointless shambolic lazy half-hearted halfhearted dismal second-rate inept useless
bone idle rude patronising condescending smug snooty entitled thoughtless inconsiderate
unhelpful nightmare joke embarrassment rabble clowns amateurs cowboys slop drivel rotten pushy
demanding
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
scenes voice voices dance dances music portrait portraits puppet puppets
""".split()
)
# A closing verdict on the sentence before it: "Typical.", "Says it all.", "As usual."
VERDICTS = frozenset(
    "typical classic unbelievable incredible honestly seriously says it all as usual yet again "
    "no surprise surprise there shocking predictable".split()
)
VERDICT_EDGE = frozenset("typical classic unbelievable predictable says usual surprise".split())
# What someone failed to do, for a verdict to be aimed at: still got it wrong, nobody bothered.
FAILED = frozenset(
    "wrong late again still forgot forgotten failed ignored missed bothered nobody cancelled "
    "left lost broke broken never".split()
)
# Someone's thinking reported to mock it: some parents clearly think, apparently the academy
# thinks it can.
_SURELY = frozenset("clearly apparently obviously evidently seem seems seemed".split())
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
