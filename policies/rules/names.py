"""child_name, name_with_photo and targeted_praise: the rules about naming children."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from policies.context_words import PUPIL_APPOSITION, SEASONS
from policies.lexicon import first_names
from policies.policy import RuleConfig
from policies.report import Finding
from policies.roster import FIRST, FULL, INITIALS, SURNAME, UNKNOWN, Mention
from policies.rules.context import WARN, Context, finding, severity, softened
from policies.text import TAG, WORD, plain

_RANK = {None: 0, WARN: 1, "block": 2}


def _who(ctx: Context | None, m: Mention) -> str:
    """The pupils a mention may mean, as the approver knows them: Grace P., Kacper W."""
    if ctx is None:
        return ""
    pupils = [ctx.roster.pupil(k) for k in sorted(m.keys)]
    names = [
        f"{p.first_name} {p.last_name[:1]}." + (f" in {p.group}" if p.group else "")
        for p in pupils
        if p is not None
    ][:3]
    return " or ".join(names)


def _message(m: Mention, where: str = "", ctx: Context | None = None) -> str:
    w = m.written
    disguise = " Spelling it differently still names the child." if m.disguised else ""
    who = _who(ctx, m)
    if m.means and who:
        return (
            f"Is “{w}”{where} {who}, a pupil on your roster? It is a pet form or a "
            f"one-letter change of that name. If so, use the class or year group instead; if "
            f"not, acknowledge this warning with who it is."
        )
    if not m.certain and who and m.kind in (FIRST, SURNAME):
        return (
            f"Is “{w}”{where} here {who}, a pupil on your roster? If so, use the class or "
            f"year group instead; if it is the everyday word, acknowledge this warning."
        )
    if m.kind == UNKNOWN:
        return (
            f"“{w}” looks like a child's first name but is not on your roster. If it names a "
            f"pupil, use the class or year group instead; if it is an adult, a character or a "
            f"place, acknowledge this warning."
        )
    if m.kind == INITIALS:
        if not m.certain:
            return (
                f"“{w}” matches the initials of a pupil on your roster. If it means the pupil, "
                f"use the class or year group instead; if it is an abbreviation, acknowledge "
                f"this warning."
            )
        return (
            f"“{w}”{where} are the initials of a pupil on your roster. Use the class or year "
            "group instead."
        )
    if not m.certain:
        return (
            f"“{w}”{where} is also the name of a pupil on your roster. If it names the child, "
            f"use the class or year group instead; if it is the everyday word, acknowledge "
            f"this warning."
        )
    if not m.keys and m.kind in (FULL, FIRST):
        return (
            f"“{w}” names a child in full, though not on your roster. Use the class or year "
            f"group instead; if it is an adult, give their title or role before the name "
            f"(Mrs, Coach, our volunteer) and it will pass."
        )
    if m.kind == FULL:
        return (
            f"“{w}”{where} is the full name of a pupil on your roster. Never post a child's full "
            f"name: use the class or year group instead.{disguise}"
        )
    what = "surname" if m.kind == SURNAME else "name"
    known = f" ({who})" if who else ""
    return (
        f"“{w}”{where} is the {what} of a pupil on your roster{known}. Use the class or year "
        f"group instead of {w}.{disguise}"
    )


def _child_name_severity(
    m: Mention, params: dict, tagged: frozenset[str] = frozenset()
) -> str | None:
    choice = params["unknown_names"] if m.kind == UNKNOWN else params[m.kind]
    return softened(severity(choice), m.certain or bool(m.keys & tagged))


def _tagged(ctx: Context) -> frozenset[str]:
    """The pupils tagged in the post's photos: a word name that may be theirs ("Hazel
    receiving the cup" beside a photo of Hazel K.) is their name."""
    return frozenset(key for p in ctx.draft.photos for key in p.pupils)


def check_child_name(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    params = config.params
    named = set(_named_with_photo(ctx))  # the pupils a finding on the text names already
    tagged = _tagged(ctx)
    for m in ctx.mentions:
        sev = _child_name_severity(m, params, tagged)
        if sev and not m.certain and m.keys and m.kind == FIRST and _spoken_to(ctx, m):
            sev = severity(params[m.kind])  # Holly, you never gave up!: said to the child
            m = replace(m, certain=True)
        if sev:
            named |= m.keys
            message = _message(m, "", ctx) + _also_in_alt_text(ctx, m)
            yield finding("child_name", config, sev, message, m.start, m.end)
    for n, m in ctx.alt_mentions:
        sev = _child_name_severity(m, params)
        if sev and m.kind != UNKNOWN and not m.keys & named:
            yield finding(
                "child_name", config, sev, _message(m, f" in the alt text of photo {n}", ctx)
            )


def _named_with_photo(ctx: Context) -> frozenset[str]:
    """The pupils whose name in the text name_with_photo reports (so their name in an alt text
    is the same fact, not a second child_name finding)."""
    photos = ctx.draft.photos
    rule = ctx.policy.rule("name_with_photo")
    if not photos or rule is None:
        return frozenset()
    unidentifiable = all(p.no_identifiable_pupils for p in photos)
    tagged = _tagged(ctx)
    return frozenset(
        k
        for m in ctx.mentions
        if _photo_severity(m, rule.params, unidentifiable, tagged)
        for k in m.keys
    )


def _also_in_alt_text(ctx: Context, m: Mention) -> str:
    photos = sorted({n for n, alt in ctx.alt_mentions if alt.keys & m.keys})
    if not photos:
        return ""
    which = ", ".join(str(n) for n in photos)
    return f" The alt text of photo {which} names them too: describe the photo without names."


def _photo_severity(
    m: Mention, params: dict, unidentifiable: bool, tagged: frozenset[str] = frozenset()
) -> str | None:
    if m.kind == INITIALS and unidentifiable and params["initials_if_unidentifiable"]:
        return None
    choice = params[FIRST if m.kind == UNKNOWN else m.kind]
    # Initials that are also a word (AS, IT) or a word name (Hazel) are a question, unless a
    # pupil tagged in the photo has them: then the post puts that child's initials or name
    # beside that child's photo.
    certain = m.certain or bool(m.keys & tagged)
    return softened(severity(choice), certain and m.kind != UNKNOWN)


def check_name_with_photo(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    photos = ctx.draft.photos
    if not photos:
        return
    # A photo declared 'no pupil identifiable' may still tag the child whose hands it shows:
    # Unsworth's "If the child's unidentifiable photo is used their initials may be used".
    unidentifiable = all(p.no_identifiable_pupils for p in photos)
    child_rule = ctx.policy.rule("child_name")
    params = config.params

    tagged = _tagged(ctx)

    def worse_than_child_name(m: Mention, sev: str) -> bool:
        already = _child_name_severity(m, child_rule.params, tagged) if child_rule else None
        return _RANK[sev] > _RANK[already]

    named: set[str] = set()  # their name in an alt text too is the same fact
    for m in ctx.mentions:
        sev = _photo_severity(m, params, unidentifiable, tagged)
        if sev:
            named |= m.keys
            # The clause about names with images is the one that applies: the engine keeps this
            # finding, at the stronger of the two severities, in place of child_name's.
            label = "initials" if m.kind == INITIALS else "name"
            yield finding(
                "name_with_photo",
                config,
                sev,
                f"“{m.written}” is a pupil's {label} in a post with a photo. Remove it: a name "
                f"and a photo together identify the child.{_also_in_alt_text(ctx, m)}",
                m.start,
                m.end,
            )
    for n, m in ctx.alt_mentions:
        sev = _photo_severity(m, params, unidentifiable)
        if sev and m.kind != UNKNOWN and worse_than_child_name(m, sev) and not m.keys & named:
            yield finding(
                "name_with_photo",
                config,
                sev,
                f"The alt text of photo {n} names a pupil (“{m.written}”). Describe the photo "
                f"without names.",
            )


PRAISE = (
    "well done",
    "congratulations",
    "congrats",
    "thank you",
    "thanks",
    "happy birthday",
    "proud of",
    "star of the week",
    "star of the day",
    "great work",
    "good job",
    "keep it up",
    "good luck",
    "get well soon",
    "welcome back",
    "shout out",
    "shoutout",
    "big up",
    "a better lesson",
    "a better day",
    "behaved",
    "behaviour",
    "improved",
    "improvement",
    "tried harder",
    "certificate",
    "award",
    "awarded",
    "brilliant",
    "fantastic",
    "amazing",
    "excellent",
    "superstar",
    "super star",
    "special mention",
    "a mention",
    "mention to",
    "shout-out",
    "hats off",
    "kudos",
    "a big thank",
    "a huge thank",
    "deserves",
    "a medal",
    "hero",
)
ONE_CHILD = (
    "one pupil",
    "one child",
    "one of our pupils",
    "one of our children",
    "a pupil",
    "a child",
    "one boy",
    "one girl",
    "this boy",
    "this girl",
    "a certain",
    "one student",
    "a student",
    "a young man",
    "a young lady",
    "a little boy",
    "a little girl",
)


# One child picked out by description: the only boy in Year 2, our newest pupil, the birthday
# girl, the Year 4 girl who... (a plural, "every child" or "all our pupils" is not one child).
# A few children counted out (the two new girls, our twins) are picked out just the same; a
# superlative (the tallest girl, the youngest pupil) singles one out.
_DESCRIBED = re.compile(
    r"\b(?:the|a|an|one|our|this|that|these|those)\s+(?:(?P<few>two|three|four|both)\s+)?"
    r"(?:(?:only|one|new|newest|little|young|lucky|birthday|first|ever|[a-z]{2,}est|"
    r"year\s*\d+|y\d|\d[a-z]|reception|nursery|[a-z]+\s+class)\s+){0,3}"
    r"(?:(?:boy|girl|child|pupil|student|lad|lass|arrival|starter|member of (?:our )?class)"
    r"(?![s'’])|twins|triplets|(?(few)(?:boys|girls|children|pupils|students|brothers|sisters|"
    r"siblings|arrivals|starters)|(?!)))\b"
    # One of a group (one of our Year 4 boys, one of the Reception girls): one child.
    r"|\bone\s+of\s+(?:our|the|my)\s+(?:[\w']+\s+){0,3}?"
    r"(?:boys|girls|children|pupils|students|footballers|readers|swimmers|runners|players)\b",
    re.IGNORECASE,
)
# Said of one child even without praise: new arrivals and where from, birthdays, being the only.
_ALWAYS_TARGETED = re.compile(
    r"\b(?:only|newest|new arrival|new starter|birthday|joined us|"
    r"the one (?:boy|girl|child|pupil|student)|first ever|"
    # The boy in 6B who found the purse: one child of a named class and what they did.
    r"(?:boy|girl|child|pupil|student) (?:in|from) (?:year\s*\d|y\d|reception|\d[a-z])\b"
    r"[^.!?]{0,12}?\bwho|"
    # The Year 6 girl who left her brace, the 4B boy who was sick: one child of a named class.
    r"(?:year\s*\d+|y\d|reception|nursery|\d[a-z]) (?:boy|girl|child|pupil|student) who\b|"
    r"joined (?:year|class|reception)|"
    # The twins whose mum is a nurse, the girl whose brother plays for City: a family detail.
    r"(?:boy|girl|child|pupil|student|twins|triplets) whose\b|"
    # Where a child came from, however it is put: arrived from, have come all the way from,
    # moved to us from, joined our school from.
    r"(?:arrived|arrives|come|came|comes|moved|moves|travelled|joined)\b[^.!?]{0,30}?\bfrom|"
    r"(?:boy|girl|child|pupil|boys|girls|children|pupils|twins) from "
    r"(?!each|every|all|any|our|the|year|y\d|reception|class))\b",
    re.IGNORECASE,
)
_EACH = re.compile(r"\s+(?:from|in|of|per)\s+(?:each|every|all|any)\b|\s+per\b", re.IGNORECASE)
# A verdict on one child's day or effort, said to that child ("a much better day today").
_VERDICT = "(?:better|great|good|brilliant|fantastic|super|lovely|amazing|improved|tricky|tough)"
_PERIOD = "(?:day|week|morning|afternoon|lesson|effort|start|attitude)"
# A sentence addressed to one child by name: "Kacper, remember your book".
_ADDRESS = re.compile(
    r"^\s*,?\s*(?:please\s+|pls\s+)?(?:remember|don['’]t forget|do not forget|bring|make sure|"
    r"can you|could you|you|your(?!\s+(?:child|children|son|daughter|sons|daughters|family)\b)|"
    r"well done|thank you|thanks|hand in|come|tell|"
    # A greeting or wish to that child: "Inaaya, many happy returns", "Leo, we're so proud".
    r"(?:many )?happy (?:birthday|returns)|congratulations|good luck|get well|welcome|"
    # An imperative said to that child: "Robin, have the best day", "Amir, try again tomorrow".
    r"have (?:a|an|the|fun|lots|so much)|enjoy|keep|try|take|stay|rest|get|go|show|practi[sc]e|"
    r"be (?:proud|brave|kind)|we(?:['’]re| are) (?:so )?proud|"
    r"we(?:['’]re| are| will| shall)? (?:all )?miss|"
    # A verdict on that child's day: "Rocky, a much better day today", "Ivy, what a morning".
    rf"what\s+an?\s+(?:{_VERDICT}\s+)?{_PERIOD}|"
    rf"an?\s+(?:(?:much|really|very|so)\s+)?{_VERDICT}\s+{_PERIOD})\b",
    re.IGNORECASE,
)


_BARE = re.compile(r"(?:a|an)\s+(?:boy|girl|child|pupil|student)", re.IGNORECASE)
_WHO_OR_CLASS = re.compile(
    r"\s+(?:who\b|(?:in|from)\s+(?:year\s*\d|y\d\b|reception|nursery|\d[a-z]\b|class))",
    re.IGNORECASE,
)


def _described(ctx: Context) -> list[tuple[int, int, bool]]:
    text = ctx.draft.text
    found = []
    for m in _DESCRIBED.finditer(text):
        if _EACH.match(text, m.end()):
            continue  # a child from each class: not one child
        if _BARE.fullmatch(m.group(0)) and not _WHO_OR_CLASS.match(text, m.end()):
            continue  # everyone who helped a child learn to swim: any child
        first, last = _sentence_span(ctx, m.start())
        after = _sentence_span(ctx, last + 1)[1] if last < len(text) else last
        if len(text[last:after].split()) > 4:
            after = last  # only a short exclamation after it ("Amazing!") belongs to it
        praise = [s for _, s, e in ctx.phrase_hits(PRAISE) if first <= s and e <= after]
        if praise or _ALWAYS_TARGETED.search(text, first, last):
            found.append((min([m.start(), *praise]), m.end(), True))
    return found


def _sentence_span(ctx: Context, pos: int) -> tuple[int, int]:
    a = ctx.analysis
    for i, token in enumerate(a.tokens):
        if token.start <= pos < token.end or token.start > pos:
            first, last = a.sentence_of(i)
            return a.tokens[first].start, a.tokens[last].end
    return 0, len(ctx.draft.text)


def _addressed(ctx: Context) -> list[tuple[int, int, bool]]:
    """Names at the start of a sentence followed by a comma and a request to that child, and
    names set off by a comma or a dash in a sentence that says "you" to them."""
    text = ctx.draft.text
    found = []
    for m in ctx.mentions:
        if m.kind in (INITIALS,) or m.first_token < 0:
            continue
        if _spoken_to(ctx, m):
            found.append((m.start, m.end, True))
            continue
        if not ctx.analysis.tokens[m.first_token].sentence_start:
            continue
        rest = text[m.end : m.end + 40]
        if rest.lstrip().startswith(",") and _ADDRESS.match(rest.lstrip()[1:]):
            found.append((m.start, m.end, True))  # said to one person: plainly targeted
    # "To the Year 6 boy who left his coat…", "Dear girl in 3C": a described child addressed.
    for m in _DESCRIBED.finditer(text):
        if _SAID_TO.search(text, 0, m.start()):
            found.append((m.start(), m.end(), True))
    return found


_YOU = frozenset("you your yours yourself".split())
_PLEASE = frozenset("please pls plz".split())
_TO_PARENTS = frozenset("child children child's son daughter sons daughters family".split())
_SET_OFF = re.compile(r"\s*(?:,|[-–—]\s)")


def _spoken_to(ctx: Context, m) -> bool:
    """A name set off by a comma or a dash (Holly, ... / ... today Alfie, well done / Alfie -
    what a save) in a sentence that says you or your to them: the post speaks to one child.
    A list of names (Holly, Ivy and ...) is not set off; a name at the start of a sentence may
    be answered by "you" in the next sentence too."""
    a, text = ctx.analysis, ctx.draft.text
    after = _SET_OFF.match(text, m.end)
    if after is None and m.first_token >= 0 and _called_out(a, text, m):
        after = _CALLED_OUT.match(text, m.end)  # Brilliant, Daisy! Your first certificate!
    if after is None or m.last_token + 1 >= len(a.tokens):
        return False
    nxt = a.tokens[m.last_token + 1]
    if nxt.capitalised and not nxt.sentence_start and nxt.norm not in _YOU:
        return False  # Holly, Ivy and Rose: names in a list
    if nxt.norm in ("and", "or", "&"):
        return False
    k = m.last_token + 2
    if k < len(a.tokens) and (
        a.tokens[k].norm in ("and", "or") or "," in text[nxt.end : a.tokens[k].start]
    ):
        return False  # Holly, ivy and mistletoe: a list of things
    first, last = a.sentence_of(m.first_token)
    if (a.tokens[first].start == m.start or last == m.last_token) and last + 1 < len(a.tokens):
        last = a.sentence_of(last + 1)[1]
    said = a.tokens[first : last + 1]
    if any(
        t.norm in _YOU
        and t.kind == WORD
        and not (k + 1 < len(said) and said[k + 1].norm in _TO_PARENTS)
        for k, t in enumerate(said)
    ):
        return True  # but "your child", "your children": said to the parents
    if a.tokens[first].start == m.start and "," in text[m.end : m.end + 2]:
        if any(t.norm in _PLEASE for t in a.tokens[m.last_token + 1 : last + 1]):
            return True  # Inaya, we still need the slip, signed, please
    rest = text[after.end() : after.end() + 40]
    return _ADDRESS.match(rest) is not None  # ... today Alfie, well done


# A name that closes a short sentence (Poppy! / Brilliant, Daisy! / Well done, Kacper.): called
# out to the child, as long as the sentence or the next says you or your to them.
_CALLED_OUT = re.compile(r"[ \t]*[!?.]")
_OPENER_WORDS = 3


def _called_out(a, text: str, m) -> bool:
    """The name ends its sentence with ! ? or . and is the sentence alone or after one word
    (Poppy! / Yay Poppy!!), or comes after a short opener and a comma (Brilliant, Daisy!)."""
    first, last = a.sentence_of(m.first_token)
    if last != m.last_token or _CALLED_OUT.match(text, m.end) is None:
        return False
    if not m.certain and plain(m.written) in SEASONS:
        return False  # Goodbye, Summer! See you next year: the season, perhaps
    words = m.first_token - first
    if words <= 1:
        return True  # Poppy! You did it. / Yay Poppy!! Your first badge!
    before = a.tokens[m.first_token - 1]
    return words <= _OPENER_WORDS and "," in text[before.end : m.start]


_SAID_TO = re.compile(r"(?:^|[.!?]\s+)(?:to|dear)\s+$", re.IGNORECASE)


# Praise said to a child ("Well done Josh", "Thank you Faith", "Happy birthday, Hope!"): the
# name comes straight after it. "Well done to Will for his story" and "Congratulations to
# Summer" speak about the child, which is naming (child_name's severity), not addressing.
VOCATIVE = (
    "well done",
    "congratulations",
    "congrats",
    "thank you",
    "thanks",
    "happy birthday",
    "proud of you",
    "good luck",
    "get well soon",
    "welcome back",
    "keep it up",
    # Encouragement said to one child: "Keep practising Charlotte", "Keep trying Leo".
    *(
        f"keep {doing}"
        for doing in (
            "practising practicing trying going working reading writing smiling shining "
            "believing pushing improving"
        ).split()
    ),
    "great work",
    "good job",
    "bravo",
    "go",
    # An adjective and what the child did, said straight to them: "Brilliant work Hamza".
    *(
        f"{adjective} {what}"
        for adjective in (
            "brilliant fantastic amazing excellent super superb lovely wonderful terrific "
            "outstanding fab fabulous awesome nice great impressive"
        ).split()
        for what in "work effort job writing reading running swimming singing drawing".split()
    ),
    # A birthday with the age in it: "Happy 9th birthday Oskar".
    *(
        f"happy {age} birthday"
        for age in (
            "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 13th first second third fourth "
            "fifth sixth seventh eighth ninth tenth eleventh twelfth"
        ).split()
    ),
)
# Said of one named child whoever it is addressed to: a comparison with their behaviour (the
# seed's "Well done Josh a better lesson today") or a birthday.
ABOUT_ONE = (
    "a better lesson",
    "a better day",
    "a much better",
    "better lesson",
    "better afternoon",
    "better morning",
    "behaved",
    "behaviour",
    "improved",
    "improvement",
    "tried harder",
    "happy birthday",
    "birthday",
    "your",
    # A named child's health or family circumstances: about that one child, never for a post
    # (Callum is back after his operation, Theo's parents have separated).
    *(
        "asthma hospital poorly operation allergy allergic injury injured stitches diagnosed "
        "diagnosis illness seizure epilepsy diabetes separated divorce divorced custody "
        "bereavement bereaved funeral"
    ).split(),
    "passed away",
    "collect him",
    "collect her",
    "broken arm",
    "broken leg",
    "broken wrist",
)
_VOCATIVE_TAGS = tuple(v.replace(" ", "") for v in VOCATIVE) + ("proudof", "sproudof", "superstar")


def check_targeted_praise(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    yield from _targeted_description(ctx, config)
    a = ctx.analysis
    text = ctx.draft.text
    yield from _one_child_praised(ctx, config)
    named = [m for m in ctx.mentions if m.kind in (FIRST, FULL, SURNAME, INITIALS, UNKNOWN)]
    if not named:
        return
    described = _described(ctx) + _addressed(ctx)
    ends = {t.end: i for i, t in enumerate(a.tokens)}
    vocative = {ends.get(e, -1): s for _, s, e in ctx.phrase_hits(VOCATIVE)}
    about = ctx.phrase_hits(ABOUT_ONE)
    reported: set[tuple[int, int]] = set()
    said: set[tuple[int, int]] = set()
    for m in named:
        if any(s <= m.start < e for s, e, _ in described):
            continue
        certain = m.certain and m.kind != UNKNOWN
        why = None
        if m.first_token < 0:  # inside a hashtag: #welldoneyichen
            body = plain(text[m.start : m.end]).replace(" ", "")
            if body.startswith(_VOCATIVE_TAGS):
                why, certain = (m.start, m.end), True
        elif (tag := _tag_praise_before(a, m.first_token)) is not None:
            why, certain = (tag, m.end), True  # #ProudOfAntoni, #WellDoneWill
        elif (v := _vocative_before(a, m.first_token, vocative)) is not None and _no_to(
            a, m.first_token, m.last_token
        ):
            # A word no name list knows (Happy birthday Xiaoming) stays a question.
            why, certain = (v, m.end), m.kind != UNKNOWN or plain(m.written) in first_names()
        elif _after_you(a, m.first_token) and _no_to(a, m.first_token, m.last_token):
            # "Good luck to you Amelia", "see you Kacper": said to that one child
            why, certain = (a.tokens[m.first_token - 1].start, m.end), True
        elif m.kind != UNKNOWN and (apposed := PUPIL_APPOSITION.match(text, m.end)):
            # "Jade, a Year 3 pupil, ...": the name and the words that pick the child out are
            # one fact, so the finding takes in both (the name's own finding then says it).
            why = (m.start, apposed.end())
        else:
            sentence = a.sentence_of(m.first_token)
            s_start, s_end = a.tokens[sentence[0]].start, a.tokens[sentence[1]].end
            hits = [(s, e) for _, s, e in about if s_start <= s and e <= s_end]
            if hits:
                why = (min(m.start, *(s for s, _ in hits)), max(m.end, hits[0][1]))
                reported.add(sentence)
        if why is None or why in said:
            continue  # one span, one finding (a hashtag read as a word and as a run of words)
        said.add(why)
        start, end = why
        yield finding(
            "targeted_praise",
            config,
            config.severity if certain else WARN,
            f"“{text[start:end]}” is aimed at one child. Celebrate the class or year "
            f"group instead (for example “Well done Year 4 for a great lesson today”).",
            start,
            end,
        )


def _tag_praise_before(a, i: int) -> int | None:
    """The start of a CamelCase hashtag whose words before the name are praise said to that
    child (#WellDoneWill, #ProudOfAntoni)."""
    if a.tokens[i].kind != TAG:
        return None
    j = i
    while j > 0 and a.tokens[j - 1].kind == TAG and a.tokens[j - 1].end == a.tokens[j].start:
        j -= 1
    before = "".join(t.norm for t in a.tokens[j:i])
    return a.tokens[j].start if before and before.endswith(_VOCATIVE_TAGS) else None


_ANY_CHILD = frozenset(("a pupil", "a child", "a student"))


def _one_child_praised(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    """Praise for "one pupil", "a certain someone": one child, with or without a name."""
    one_child = ctx.phrase_hits(ONE_CHILD)
    if not one_child:
        return
    text = ctx.draft.text
    described = _described(ctx) + _addressed(ctx)
    praise = ctx.phrase_hits(PRAISE)
    named = any(m.kind != INITIALS for m in ctx.mentions)
    for term, c_start, c_end in one_child:
        if not named and term in _ANY_CHILD:
            continue  # thank you to everyone who helped a child learn to swim: any child
        if any(s <= c_start < e for s, e, _ in described):
            continue
        sentence = _sentence_span(ctx, c_start)
        hit = next((s for _, s, e in praise if sentence[0] <= s and e <= sentence[1]), None)
        if hit is not None:
            start, end = min(hit, c_start), c_end
            yield finding(
                "targeted_praise",
                config,
                config.severity,
                f"“{text[start:end]}” is aimed at one child. Celebrate the class or year "
                f"group instead (for example “Well done Year 4 for a great lesson today”).",
                start,
                end,
            )


# Said between the praise and the name: "Brilliant work today Oliwia", "Well done again Leo".
_WHEN_SAID = frozenset("today tonight again yesterday too".split())
_WHEN_SAID_PAIRS = frozenset("this last".split())
_PERIODS = frozenset("morning afternoon week term evening weekend".split())


def _vocative_before(a, i: int, vocative: dict[int, int]) -> int | None:
    """The start of praise said straight to the child at token i, allowing a word or two of
    when between them ("Fantastic effort this morning Kuba")."""
    j = i - 1
    for _ in range(2):
        if j in vocative or j < 0 or a.tokens[j].sentence_start:
            break
        norm = a.tokens[j].norm
        if norm in _WHEN_SAID:
            j -= 1
        elif norm in _PERIODS and j > 0 and a.tokens[j - 1].norm in _WHEN_SAID_PAIRS:
            j -= 2
        else:
            break
    return vocative.get(j)


_THIRD_PERSON = frozenset("his her hers him he she their they them".split())


def _after_you(a, i: int) -> bool:
    return i > 0 and a.tokens[i - 1].norm == "you" and not a.tokens[i].sentence_start


def _no_to(a, i: int, j: int) -> bool:
    """Praise said to one child: in the same sentence as the name, with no he, his or her after
    it ("Well done Kacper for his handwriting" speaks about him) and no second name joined to
    it ("Well done Izzy and Alex": two children)."""
    if a.tokens[i].sentence_start:
        return False
    last = a.sentence_of(i)[1]
    if j + 1 <= last and a.tokens[j + 1].norm in ("and", "&"):
        return False
    return not any(t.norm in _THIRD_PERSON for t in a.tokens[i + 1 : last + 1])


def _near(a, i: int, distance: int) -> tuple[int, int]:
    first, last = a.sentence_of(i)
    lo, hi = max(first, i - distance), min(last, i + distance)
    return a.tokens[lo].start, a.tokens[hi].end


def _targeted_description(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    text = ctx.draft.text
    for start, end, certain in _described(ctx) + _addressed(ctx):
        start, end = _with_its_name(ctx, start, end)
        sentence = _sentence_span(ctx, start)
        yield finding(
            "targeted_praise",
            config,
            config.severity if certain else WARN,
            f"“{text[start:end]}” picks out one child (in “{text[sentence[0] : sentence[1]]}”). "
            f"Write to or about the class or year group instead (for example “Year 6, don't "
            f"forget your PE kit”).",
            start,
            end,
        )


_APPOSITION_GAP = re.compile(r"\s*[,(]\s*")
# Between a description and the name it is set before: a short "in Year 4" or "from 3B", a
# comma (the new girl in Year 4, Zofia).
_GAP_BEFORE_NAME = re.compile(r"(?:\s+(?:in|from|of)(?:\s+[\w'’]+){1,3}?)?\s*,\s*")


def _with_its_name(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """A description set beside a name (Jade, a Year 3 pupil, ...; our newest pupil, Kacper)
    says who that named child is: its finding takes in the name, so the name's finding and the
    description's are one fact (the engine keeps one)."""
    text = ctx.draft.text
    for m in ctx.mentions:
        if m.end <= start and _APPOSITION_GAP.fullmatch(text, m.end, start):
            return m.start, end
        if end <= m.start and _GAP_BEFORE_NAME.fullmatch(text, end, m.start):
            return start, m.end
    return start, end
