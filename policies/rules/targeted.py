"""targeted_praise, the part without a name: one child picked out by what sets them apart (a
new arrival and where they came from, a new child of a named class, one child of a named class).
The named part (praise said to a child, a child addressed) lives in names.py; this adds the
descriptions that part does not read, one finding a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from policies.lexicon import given_names, origins
from policies.policy import RuleConfig
from policies.report import WARN, Finding
from policies.roster import FIRST, FULL
from policies.rules.context import Context, finding
from policies.rules.names import check_targeted_praise

# One child, however they are called (the young man in 6B, our newest youngster); never a plural
# (classmates, new families, girls, young men).
_CHILD = (
    r"(?:pupil|classmate|class\s?mate|friend|face|arrival|starter|joiner|addition|recruit|child|"
    r"student|boy|girl|lad|lass|little\s+(?:one|man|lady)|young\s+(?:man|lady|gentleman|person)|"
    r"youngster|kid|member\s+of\s+(?:our\s+|the\s+)?(?:class|school|"
    r"year\s*\d+|team|family))(?![\w'’-])"
)
# The words _CHILD starts with, and the plurals of one of a class, to look for one cheaply.
_CHILD_WORDS = frozenset(
    "pupil classmate class friend face arrival starter joiner addition recruit child student "
    "boy girl lad lass little young youngster kid member girls boys pupils children students "
    "lads lasses kids brother brothers sister sisters twins triplets siblings".split()
)
# A friend or a face is a child only with more said about them: where from, or which class.
_LOOSE = frozenset("friend face".split())
_NEW = r"(?:new|newest|latest|newly\s+arrived|newly\s+joined|recently\s+arrived)"
_CLASS = (
    r"(?:year\s*\d{1,2}|y\d{1,2}|yr\s*\d{1,2}|reception|nursery|p\d|\d[a-z]|class\s+\w+|"
    r"[A-Z][a-z]+\s+class)"
)
_NEW_CHILD = re.compile(
    rf"\b(?:a|an|one|our|the|this|that)\s+(?:[\w'’-]+\s+){{0,3}}?{_NEW}\s+"
    rf"(?P<before>(?:[\w'’-]+\s+){{0,2}}?){_CHILD}",
    re.IGNORECASE,
)
# One child of a named class: the Year 5 child, our 3C boy, one Reception pupil.
_CLASS_CHILD = re.compile(
    rf"\b(?P<det>the|one|our|that|this|a|an)\s+(?:[\w'’-]+\s+)?{_CLASS}\s+{_CHILD}", re.IGNORECASE
)
# The child of a named class, the class after them: the little one in Reception, the girl in 4B.
_CHILD_OF_CLASS = re.compile(
    rf"\b(?:the|one|our|that|this)\s+(?:[\w'’-]+\s+)?{_CHILD}\s+(?:in|from|of)\s+{_CLASS}\b",
    re.IGNORECASE,
)
# One child set apart by a superlative: our youngest pupil, the only girl in the squad, the
# tallest boy (never a plural: our youngest pupils).
_ONLY_CHILD = re.compile(
    rf"\b(?:the|our)\s+(?:very\s+)?(?:only|sole|youngest|oldest|tallest|smallest|shortest|"
    rf"fastest)\s+(?:[\w'’-]+\s+){{0,2}}?{_CHILD}(?!\s+(?:in|of)\s+(?:a|an|any|every|each)\b)",
    re.IGNORECASE,
)
# One of a named class's children: one of our Year 4 girls, one of the Reception children
# (every one of our Year 4 pupils is all of them; one of our Year 4 pupils' favourites, a book).
_ONE_OF_CLASS = re.compile(
    rf"(?<!every\s)(?<!each\s)\bone\s+of\s+(?:our|the)\s+(?:[\w'’-]+\s+)?{_CLASS}\s+"
    r"(?:girls|boys|pupils|children|students|lads|lasses|kids)(?![\w'’])",
    re.IGNORECASE,
)
# The one child who did something: the child who won, the Year 1 boy who tied his laces (the
# pupils who helped is a group; the child who is absent should … is any child).
_CHILD_WHO = re.compile(
    rf"\b(?:the|our)\s+(?:[\w'’-]+\s+){{0,2}}?{_CHILD}\s+who\s+(?:has\s+|had\s+|just\s+)?"
    r"(?:won|came|wrote|drew|made|built|read|got|scored|found|brought|raised|took|gave|sang|ran|"
    r"swam|caught|finished|handed|designed|painted|earned|achieved|completed|managed|"
    r"collected|donated|invented|baked|cooked|knitted|spotted|rescued|helped|created|named|"
    r"chose|picked|learnt|learned|tied|taught|beat|broke|lost|kept)\b",
    re.IGNORECASE,
)
# Two or three children picked out as one family: the Syrian brother and sister who started in
# Year 3 and Year 5, our new twins from Poland (the Wright brothers, brothers and sisters of our
# pupils, are no one picked out: they need where from or a new start with them).
_SIBLINGS = re.compile(
    r"\b(?:the|our|a|two|three)\s+(?:[\w'’-]+\s+){0,2}?(?:brother\s+and\s+sister|"
    r"sister\s+and\s+brother|twin\s+(?:brothers|sisters|boys|girls)|twins|triplets|siblings|"
    r"brothers|sisters)\b",
    re.IGNORECASE,
)
_STARTED = re.compile(
    rf"\bwho\s+(?:have\s+|has\s+|just\s+)?(?:started|joined|arrived|moved)\b|\b{_NEW}\b",
    re.IGNORECASE,
)


# A noun after the child word makes it a thing: pupil voice, the Year 6 girl guides.
_COMPOUND_AFTER = re.compile(
    r"\s+(?:voice|premium|council|parliament|leaders?|ambassadors?|progress|safety|protection|"
    r"guides?|scouts?|numbers|places?|friendly|led|centred|centered|care|records?|reports?|"
    r"handbook|guide|information|packs?|teams?|squads?|choirs?|bands?|groups?|"
    r"of\s+(?:each|every|all)|"
    # pupil of the week certificates, star of the term awards: the thing, not the child
    r"of\s+the\s+(?:day|week|month|term|year)\s+(?:certificates?|awards?|assembl(?:y|ies)|"
    r"boards?|displays?|badges?|troph(?:y|ies)|nominations?|stickers?|lists?))\b",
    re.IGNORECASE,
)
# A generic child (if a Year 4 child is absent, each Reception pupil): any child, not one.
_GENERIC_BEFORE = re.compile(
    r"\b(?:if|when|whenever|whether|each|every|any|should|per|unless|once)\b[^.!?]*$",
    re.IGNORECASE,
)
# Where a child came from: from, and a place with its capital (not a class, a day or a month).
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]+)")
_NOT_PLACES = frozenset(
    "year reception nursery class monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december "
    "mr mrs miss ms dr the our key ks".split()
)
_CLASS_AFTER = re.compile(r"\s+(?:class|house|team|group|base)\b", re.IGNORECASE)
# A class that gains one child: Year 1 have a new classmate, 4B welcomed a new pupil.
_CLASS_GAINS = re.compile(
    rf"\b{_CLASS}\s+(?:have|has|had|welcomed|welcome|welcomes|gained|got|are\s+welcoming|"
    rf"is\s+welcoming)\b",
    re.IGNORECASE,
)
_INTO_CLASS = re.compile(rf"\b(?:in|into|to|joins|joined|joining)\s+{_CLASS}\b", re.IGNORECASE)
_NAME_AFTER = re.compile(r",?\s+[A-Z][a-z]")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


def _origin(sentence: str) -> bool:
    """Where a child came from: a country, a people or a language (with its capital letter), or
    from a place with its capital letter."""
    places = origins()
    capitalised = re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", sentence)
    for words in capitalised:  # Poland, Eritrean, Hong Kong (never a turkey or a guinea pig)
        first = words.split()[0].casefold()
        if words.casefold() in places or first in places:
            return True
    for m in _FROM_PLACE.finditer(sentence):
        place = m.group("place").casefold()
        if place not in _NOT_PLACES and not _CLASS_AFTER.match(sentence, m.end()):
            return True
    return False


def _picked_out(sentence: str) -> tuple[int, int] | None:
    """The words in one sentence that pick out one child, or None."""
    for m in _NEW_CHILD.finditer(sentence):
        noun = m.group(0).rsplit(None, 1)[-1].casefold()
        if _any_child(sentence, m):
            continue
        in_class = bool(
            re.search(_CLASS, m.group("before"), re.IGNORECASE)
            or _INTO_CLASS.search(sentence, m.end())
            or _CLASS_GAINS.search(sentence, 0, m.start() + 1)
        )
        if _origin(sentence) or (in_class and noun not in _LOOSE):
            return m.span()
    for m in (*_ONLY_CHILD.finditer(sentence), *_ONE_OF_CLASS.finditer(sentence),
              *_CHILD_WHO.finditer(sentence)):
        if not _any_child(sentence, m) and not _NAME_AFTER.match(sentence, m.end()):
            return m.span()  # our youngest pupil, one of our Year 4 girls, the child who won
    for m in _SIBLINGS.finditer(sentence):
        if _any_child(sentence, m) or _NAME_AFTER.match(sentence, m.end()):
            continue
        if _origin(sentence) or _STARTED.search(sentence):
            return m.span()  # the Syrian brother and sister who started with us
    for m in (*_CLASS_CHILD.finditer(sentence), *_CHILD_OF_CLASS.finditer(sentence)):
        noun = m.group(0).rsplit(None, 1)[-1].casefold()
        if noun in _LOOSE or _any_child(sentence, m) or _NAME_AFTER.match(sentence, m.end()):
            continue  # our Year 6 pupil Omar: a name, which the name rules judge
        return m.span()
    return None


def _any_child(sentence: str, m: re.Match) -> bool:
    """A thing named after children (the girl band, pupil voice) or any child (if a new pupil
    joins, each Year 5 pupil): not one child picked out."""
    return bool(
        _COMPOUND_AFTER.match(sentence, m.end()) or _GENERIC_BEFORE.search(sentence, 0, m.start())
    )


# A name called out, then words to that child: "Jakub! Your violin is in the office", "sorry,
# Maya: you left your coat".
_CALLED = re.compile(
    r"\s*[!,:—–-]+\s*(?:[\w'’]+\s+)?(?:your|you|you're|you’re|you've|you’ve)\b", re.IGNORECASE
)


# A name opening a sentence with no comma, then "you" and a statement to that child: "Theo you
# were a star", "Priya you've worked so hard" (Will you join us? asks, and is left alone).
_CALLED_BARE = re.compile(
    r"\s+(?:you(?:['’](?:re|ve)|\s+(?:were|are|was|have|had|did|made|really|all|so|truly|"
    r"absolutely|certainly|definitely|should|deserve))|your\s+\w+\s+(?:was|were|is|are))\b",
    re.IGNORECASE,
)
# A name and a comma opening a sentence, then an instruction to that child later in it: "Leo,
# the coach leaves at eight, so bring your boots", "Ada, Friday is the deadline: pop it in".
_INSTRUCTED = re.compile(
    r"\b(?:so|and|then|now|just|please)\s+(?:don['’]t\s+forget|remember|pack|bring|grab|pop|"
    r"put|take|keep|collect|return|wear|practise|practice|show|tell|ask|hand|dig\s+out|"
    r"pick\s+up|come)\b",
    re.IGNORECASE,
)
_OPENS = re.compile(r"(?:^|[.!?\n]\s*)$")


def _said_to(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is said to the child: a comma and you or your after it, or
    (opening a sentence) you and a statement, or a comma and an instruction later on."""
    if _CALLED.match(text, end):
        return True
    if not _OPENS.search(text[max(0, start - 4) : start]):
        return False
    if _CALLED_BARE.match(text, end):
        return True
    if not text.startswith(",", end):
        return False
    stop = _SENTENCE.match(text, end)
    return bool(_INSTRUCTED.search(text, end, stop.end() if stop else len(text)))


def _called_out(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    """A post said to one named child (the child's name, then you or your, or an instruction),
    wherever the name stands in the sentence."""
    text = ctx.draft.text
    for m in ctx.mentions:
        if m.kind not in (FIRST, FULL) or not _said_to(text, m.start, m.end):
            continue
        yield finding(
            "targeted_praise",
            config,
            config.severity if m.certain else WARN,
            f"“{text[m.start : m.end]}” is said to one child. Write to the class or year group "
            f"instead (for example “Year 6, don't forget your PE kit”).",
            m.start,
            m.end,
        )


# A first name opening a sentence, then words to that child: "Jack, you left your lunchbox on
# the coach" when the name is not read as a child's (not on the roster, a name that is also a
# word): a post said to one person either way.
_OPENING_NAME = re.compile(r"(?:^|(?<=[.!?\n])\s*)(?P<name>[A-Z][a-z'’-]+)(?=\s*[!,:—–-])")
_FAMILY_NAMES = frozenset("nana nan gran granny grandma grandad mum dad mummy daddy".split())
_YOU = frozenset("you your".split())  # the norms of you, your, you're, you've


@cache
def _given_names() -> frozenset[str]:
    """Every first name in the name tables, everyday words among them (Jack, Will, Summer):
    before a comma and "you" at a sentence's start, a word is a name called out."""
    return given_names() - _FAMILY_NAMES


def _called_by_first_name(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    """A post said to someone by a first name the name rules did not read (one that is also a
    word, or not on the roster): a name in the tables, no member of staff, then you or your."""
    if _YOU.isdisjoint(t.norm for t in ctx.analysis.tokens):
        return  # cheap: no one is spoken to
    text = ctx.draft.text
    staff = {w.casefold() for name in ctx.draft.staff for w in name.split()}
    classes = {name.split()[0].casefold() for name in ctx.roster.class_names if name.split()}
    for m in _OPENING_NAME.finditer(text):
        word = m.group("name").casefold()
        if word not in _given_names() or word in staff or word in classes:
            continue  # Willow, your trip letters are in book bags: Willow class
        if not _CALLED.match(text, m.end()):
            continue
        yield finding(
            "targeted_praise",
            config,
            config.severity,
            f"“{m.group('name')}” is said to one person by name. Write to the class or year "
            f"group instead (for example “Year 6, don't forget your PE kit”).",
            m.start("name"),
            m.end("name"),
        )


def check_targeted(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    """names.py's targeted_praise, then one child called out or described and not yet
    reported."""
    said = list(check_targeted_praise(ctx, config))
    yield from said
    for f in (*_called_out(ctx, config), *_called_by_first_name(ctx, config)):
        if not any(s.start is not None and s.start < f.end and f.start < s.end for s in said):
            said.append(f)
            yield f
    text = ctx.draft.text
    if _CHILD_WORDS.isdisjoint(t.norm for t in ctx.analysis.tokens):
        return  # no word for one child at all: nothing to describe
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        if any(f.start is not None and f.start < end and start < f.end for f in said):
            continue  # the sentence already has its finding: one fact, one finding
        span = _picked_out(m.group())
        if span is None or ctx.in_url(start + span[0], start + span[1]):
            continue
        s, e = start + span[0], start + span[1]
        yield finding(
            "targeted_praise",
            config,
            config.severity,
            f"“{text[s:e]}” picks out one child (in “{m.group().strip()}”). Write to or about "
            f"the class or year group instead (for example “Year 6, don't forget your PE kit”).",
            s,
            e,
        )
