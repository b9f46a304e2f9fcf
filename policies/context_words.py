"""Reading a first name that is also an everyday word (Summer, Rose, May, Grace, Will) from the
words around it, and the fixed expressions, people and titles (the gazetteer) that hold names
which are not pupils. Pure functions over an Analysis."""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from policies.lexicon import (
    COMMON_WORD_NAMES,
    OBJECT_STARTERS,
    english_frequency,
    first_names,
    gazetteer,
    is_a_word,
    is_common_word,
    surname_set,
    wordy,
)
from policies.text import TAG, WORD, Analysis, Token, plain

WORD_READING, NAME_READING, UNSURE = "word", "name", "unsure"

MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Festivals, holidays and days a greeting wishes happy or merry (Happy Diwali, Merry Christmas).
OCCASIONS = DAYS | frozenset(
    """
diwali eid christmas xmas easter halloween hallowe'en hanukkah chanukah holi vaisakhi baisakhi
ramadan navratri passover purim thanksgiving birthday birthdays holidays holiday hols new
half valentine's valentines mother's mothers father's fathers pancake bonfire
st world lunar chinese
""".split()
)
# Before a month: a date or a time of year, not a child (30 April, in May, early June).
_BEFORE_MONTH = (
    frozenset(
        "in of during until till since from by early late mid end start beginning this next last "
        "every each throughout between".split()
    )
    | DAYS
)
# After a word-name, these make it the everyday word (summer holidays, rose bush, May Day).
THING_AFTER = frozenset(
    """
holiday holidays term terms half fair fayre fete concert show showcase festival solstice camp
club clubs school reading bush bushes garden gardens petal petals hedge hedges tree trees
leaves leaf wreath wreaths bush dance dances day days week weeks bank showers shower sun
sunshine time break party disco ball fun fruit fruits trip trips sports walk walks picnic
challenge challenges term's uniform timetable menu lunch lunches activities
activity project projects topic topics and/or evening morning afternoon night
chain chains pad pads leader leaders seed seeds flower flowers field fields bulb bulbs berry
berries nut nuts appeal warning warnings light lights wedding weddings anniversary pole jar jars
song songs hymn hymns carol carols prayer prayers service services display displays pattern
patterns colour colours bed beds border borders patch pot pots meadow meadows path paths corner
room rooms crown crowns cake cakes tea weather cottage plot plots plant plants
blue pink green red white purple yellow gold silver navy grey brown
""".split()
)
# After a word-name, these make it a verb or a greeting (Hope you, Will we, Mark the date).
VERB_AFTER = frozenset(
    "you we they i it there the your our their this these those everyone everybody all "
    "of before after to parents children families pupils staff carers u ur".split()
)
# Before a word-name, these make it the everyday word (the Rose Garden, a joy, what a).
DETERMINERS = frozenset(
    "the a an our your their this that these those such what some any no every each its".split()
)
# Before a name, these make it a child's name (Well done Grace, Thank you to Will).
PRAISE_BEFORE = frozenset(
    "done congratulations congrats thanks thank bravo welcome meet go cheers birthday".split()
)
# After a name, these make it a person doing something (Ivy won, Grace read).
NAME_VERBS = frozenset(
    """
won wins has had was is did does made makes wrote writes drew draws sang sings read reads
played plays scored scores brought brings built builds helped helps showed shows gave gives
took takes ran runs swam swims came comes went goes got gets led leads finished finishes
completed passed achieved earned received represented performed performs told tells shared
shares chose picked became painted danced danced jumped climbed baked cooked created designed
raised organised collected managed learnt learned found spoke speaks asked answered tried
tries worked works loves loved enjoyed enjoys will would can could should might must who
beat beats broke breaks smashed set sets wore wears sat stood kept keeps reached reaches
""".split()
)


def past_tense(word: str) -> bool:
    """A regular past tense of an everyday verb (counted, planted, tidied, hopped): it ends in
    -ed and what is left, with or without its e or doubled letter, is an everyday word."""
    if len(word) < 5 or not word.endswith("ed"):
        return False
    freq = english_frequency()
    if freq.get(word, 0) < 1000:
        return False
    stem = word[:-2]
    stems = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "", stem[:-1] + "y")
    return any(freq.get(s, 0) >= 1000 for s in stems if s and s != "ie" and len(s) > 2)


def does_something(a: Analysis, j: int) -> bool:
    """Token j, in the same sentence, is a lower-case verb a person does (won, has, planted)."""
    if j >= len(a.tokens) or a.tokens[j].sentence_start or a.tokens[j].kind != WORD:
        return False
    t = a.tokens[j]
    return t.shape.islower() and (t.norm in NAME_VERBS or t.norm in _PASTS or past_tense(t.norm))


def _is_month_context(a: Analysis, i: int) -> bool:
    tokens = a.tokens
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev is not None and (prev.norm[:1].isdigit() or prev.norm in _BEFORE_MONTH):
        return True
    if _months_joined(a, i):
        return True  # between April and June, May or June, March to May, April–July
    return nxt is not None and (nxt.norm[:1].isdigit() or nxt.norm in THING_AFTER)


_MONTH_JOINS = frozenset("and or to until till through".split())


def _months_joined(a: Analysis, i: int) -> bool:
    """The month at token i is joined to another by and, or, to or a dash, and no verb a person
    does follows the pair (April and June won the relay: two children)."""
    tokens = a.tokens
    for lo in (i - 2, i - 1, i):
        for hi in (lo + 1, lo + 2):
            if lo < 0 or hi >= len(tokens) or i not in (lo, hi):
                continue
            if tokens[lo].norm not in MONTHS or tokens[hi].norm not in MONTHS:
                continue
            if hi == lo + 2:
                joined = tokens[lo + 1].norm in _MONTH_JOINS
            else:
                joined = a.text[tokens[lo].end : tokens[hi].start].strip() in ("-", "–", "—")
            if joined and not does_something(a, hi + 1) and not _people_after(a, hi + 1):
                return True
    return False


_PLURAL_VERBS = frozenset("have are were".split())


def _people_after(a: Analysis, j: int) -> bool:
    """"have", "are" or "were" after a pair of months, with no word of time in the sentence
    (May and April have been brilliant buddies; not April and May are busy months)."""
    if j >= len(a.tokens) or a.tokens[j].norm not in _PLURAL_VERBS:
        return False
    return not _in_sentence(a, j, _TIME_WORDS)


_TIME_WORDS = frozenset("month months term terms week weeks time times".split())


def _next_word(a: Analysis, i: int) -> Token | None:
    if i + 1 < len(a.tokens):
        nxt = a.tokens[i + 1]
        if not nxt.sentence_start and (nxt.kind == WORD or _same_tag(a.tokens[i], nxt)):
            return nxt
    return None


def _prev_word(a: Analysis, i: int) -> Token | None:
    if i > 0 and not a.tokens[i].sentence_start:
        prev = a.tokens[i - 1]
        if prev.kind == WORD or _same_tag(prev, a.tokens[i]):
            return prev
    return None


def _same_tag(left: Token, right: Token) -> bool:
    """Two words of one CamelCase hashtag (#WellDoneWill): they read as words side by side."""
    return left.kind == TAG == right.kind and left.end == right.start


def _possessive(a: Analysis, i: int) -> bool:
    nxt = _next_word(a, i)
    if nxt is None or nxt.norm != "s":
        return False
    gap = a.text[a.tokens[i].end : nxt.start]
    return gap in ("'", "’")


_COLOURS = frozenset("amber scarlet ruby jade violet olive hazel saffron indigo".split())
_ALERTS = frozenset("alert alerts warning warnings level rating".split())
_HAZARDS = frozenset(
    "heat health weather wind winds snow rain ice fog storm thunderstorm flood air pollution "
    "cold pollen".split()
)


def _an_alert_after(a: Analysis, i: int) -> bool:
    """A colour word before an alert or a warning, with at most three hazard words between
    (Amber heat-health alert, Amber weather warning for wind): the level of a warning; not
    "Amber was warning the others"."""
    for j in range(i + 1, min(len(a.tokens), i + 5)):
        t = a.tokens[j]
        if t.norm in _ALERTS:
            return True
        if t.norm not in _HAZARDS or not t.shape.islower():
            return False
    return False


def read_word_name(a: Analysis, i: int) -> str:
    """WORD_READING, NAME_READING or UNSURE for a single word that is a pupil's name and an
    everyday word."""
    token = a.tokens[i]
    prev, nxt = _prev_word(a, i), _next_word(a, i)
    capital = token.capitalised and not (len(token.shape) > 1 and token.upper)
    if not capital:
        # In lower case it is the word, unless praise puts a child there (well done will); a
        # word that takes an object is a verb (thank you for blessing our new building).
        if nxt is not None and nxt.norm in OBJECT_STARTERS and not nxt.capitalised:
            return WORD_READING
        if prev is not None and prev.norm in ("to", "for") and _praise_before(a, i - 1):
            if _CLASS_AFTER.match(a.text, token.end):
                return NAME_READING  # well done to robin in 4A: the child, plainly
            return UNSURE  # shout out to river, well done to hazel: praise puts a child there
        return UNSURE if prev is not None and prev.norm in PRAISE_BEFORE else WORD_READING
    if token.norm in MONTHS and (_is_month_context(a, i) or _in_sentence(a, i, _CALENDAR)):
        return WORD_READING  # April is Autism Acceptance Month
    if _NUMBER_AFTER.match(a.text, token.end) and token.norm not in MONTHS:
        return WORD_READING  # Page 24, Hill 60, Church 3: a reference, not a child
    class_after = _CLASS_AFTER.match(a.text, token.end)
    if class_after and not token.title_context:
        # Jay from 2A, Hope (Year 4), Ivy in Reception: a child; but "Summer in Year 2" and
        # "May in Reception" may be the time of year.
        if token.norm not in SEASONS or not class_after.group(0).strip().startswith("in"):
            return NAME_READING
    if PUPIL_APPOSITION.match(a.text, token.end):
        return NAME_READING  # Jade, one of our Year 3 pupils, …; Ruby, our head girl, …
    if titled_after(a, i):
        return WORD_READING  # Matilda the Musical, Alfred the Great
    if in_a_work_title(a, i):
        return WORD_READING  # the poem A Red, Red Rose; the carol Little Donkey
    if prev is not None and prev.norm in DETERMINERS:
        return WORD_READING
    if _in_or_of_a_title(a, i, prev):
        return WORD_READING  # sang in Harmony, the Festival of Light
    if _modified_thing(a, i, prev):
        return WORD_READING  # the night Sky, the wild Poppy field
    if _named_thing(a, i):
        return WORD_READING  # the Mary Rose, the Holly Bush: a ship, a house, an inn
    if _event_title(a, i):
        return WORD_READING  # Faith in Action week, Hope for the Future Day
    if token.norm in SEASONS and _term_ahead(a, i):
        return WORD_READING  # Summer, Autumn and Spring terms
    if (token.norm in _COLOURS or is_a_word(token.norm)) and _an_alert_after(a, i):
        return WORD_READING  # an Amber heat-health alert, Amber weather warning: a level
    if prev is not None and prev.norm in KIN and prev.shape.islower():
        return NAME_READING  # his son Miles, her twin sister Rose: a child
    if the_weather(a, i):
        return WORD_READING  # Autumn has arrived, Spring is here, the Sky was grey
    if _modal_question(a, i):
        return WORD_READING  # Will anyone..?, May some of you..?: a question's verb
    if _thing_opening(a, i):
        return WORD_READING  # Young people are..., Rose petals: a word before a noun
    if nxt is not None:
        # "Will you", "May we": a verb; but "Daisy, you were brilliant" speaks to a child.
        gap = a.text[token.end : nxt.start]
        comma = "," in gap or any(d in gap for d in "-–—")  # Daisy, you.. / Daisy - your..
        if (nxt.norm in VERB_AFTER and not comma) or nxt.norm in THING_AFTER:
            return WORD_READING
        if nxt.shape.islower() and plural_noun(nxt.norm):
            return WORD_READING  # Robin redbreasts, Precious memories, Jay birds
        if _lower_list(a, i) and not praised_by_name(a, i):
            return WORD_READING  # Faith, hope and love: a list of everyday words
        if _headline_noun(a, i):
            return WORD_READING  # Victory for the home team, Justice for the bees
        if nxt.norm in ("and", "or") and _lower_after(a, i + 1) and not _kin_after(a, i + 1):
            return WORD_READING  # Grace and courtesy, Joy and laughter
        if _shared_noun_after(a, i):
            return WORD_READING  # Hazel and Holly trees: two kinds of one thing
        if nxt.norm in ("and", "&") and _capital_after(a, i + 1) and not _name_after(a, i + 1):
            return WORD_READING  # Hope and Heritage, Faith & Fun: a title of two words
        if nxt.capitalised and not nxt.title_context and is_common_word(nxt.norm):
            return WORD_READING  # Rose Garden, Summer Concert, Holly Lodge
        if nxt.capitalised and not nxt.title_context and _capital_noun(nxt.norm):
            return WORD_READING  # Young Writers, Young Carers: a name of a thing
        if nxt.capitalised and not nxt.title_context and named_before_plural(a, i + 1):
            return WORD_READING  # Mason Moor allotments: a place's name before a noun
    if _defined(a, i):
        return UNSURE  # Joy is a fruit of the Spirit, Hope is the thing with feathers
    name = in_name_position(a, i)
    if name and _visitor_after(a, i):
        return UNSURE  # Thank you to Mark from the fire service: perhaps an adult
    if name and not token.title_context:
        return NAME_READING
    return UNSURE


_MODALS = frozenset("will may can might must shall".split())


# Words after a name that are no noun: function words, adverbs, auxiliaries and the irregular
# pasts a person does (Rose always.., Holly said.., Grace knew..).
NOT_NOUNS = frozenset(
    """
and or but nor is are was were be been being am has have had do does did will would can could
should shall may might must the a an to of in on at for with from by into onto about as than
he she his her him hers they them their you your we our us it its i me my this that these
those there then also always never just still really very too so not all each every some any
no here now again already even only soon often once twice almost nearly quite rather first
please
said thought knew felt grew saw began spent lost sent meant taught caught bought brought fell
flew forgot gave held hid hit hurt let lit met paid put rode rang rose sold sought spun stuck
swung threw understood woke won wrote ate drank drove sang swam
""".split()
)


# Nouns for a child after "is a" (Grace is a superstar, Summer was the first): the child, not a
# word defined.
_CHILD_ROLES = frozenset(
    """
star superstar reader winner champion girl boy pupil student member friend helper captain
monitor councillor leader buddy ambassador prefect credit inspiration natural talent gymnast
first second third fourth fifth last only
""".split()
)
# Nouns ending in -er that are things, not people (a flower, a number, a wonder).
_ER_THINGS = frozenset(
    """
flower number letter water paper power river winter summer corner weather feather answer
dinner border order matter wonder fever tower silver chapter character quarter cover danger
""".split()
)


def _defined(a: Analysis, i: int) -> bool:
    """A word name, then is or was and a or the, with no noun for a child in the words after
    (Joy is a fruit of the Spirit; not Joy is a brilliant reader): perhaps the word defined."""
    tokens = a.tokens
    if i + 2 >= len(tokens) or tokens[i + 1].norm not in ("is", "was"):
        return False
    if tokens[i + 2].norm not in ("a", "an", "the") or tokens[i + 1].sentence_start:
        return False
    _first, last = a.sentence_of(i)
    return not any(_child_role(t.norm) for t in tokens[i + 3 : min(last, i + 6) + 1])


def _child_role(norm: str) -> bool:
    if norm in _CHILD_ROLES or norm.endswith(("ist", "ian", "est")):  # the fastest, a pianist
        return True
    return len(norm) > 4 and norm.endswith("er") and norm not in _ER_THINGS


def _modal_question(a: Analysis, i: int) -> bool:
    """A word name that is also a modal verb opens a question: at the start of a sentence that
    ends in a question mark, straight before a lower-case word (Will anyone.., May each..)."""
    token, nxt = a.tokens[i], _next_word(a, i)
    if token.norm not in _MODALS or not token.sentence_start or nxt is None:
        return False
    if not nxt.shape.islower() or a.text[token.end : nxt.start] != " " or nxt.norm == "please":
        return False
    end = a.tokens[a.sentence_of(i)[1]].end
    return a.text[end : end + 3].lstrip(" )\"'’”").startswith("?")


def _thing_opening(a: Analysis, i: int) -> bool:
    """At the start of a sentence, where a capital proves nothing, an everyday word before a
    lower-case everyday word that no person does (Young people, Rose petals, Summer fun): the
    word describes the noun after it. A verb (Holly counted), he/his/her or a name-like word
    after it leave it a name."""
    token, nxt = a.tokens[i], _next_word(a, i)
    if not token.sentence_start or nxt is None or not nxt.shape.isalpha():
        return False
    if not nxt.shape.islower() or a.text[token.end : nxt.start] != " ":
        return False
    word = nxt.norm
    freq = english_frequency()
    if freq.get(token.norm, 0) < 20000 or freq.get(word, 0) < 20000 or word in NOT_NOUNS:
        return False
    if does_something(a, i + 1) or word.endswith(("ing", "ly")) or word in first_names():
        return False
    return not (word.endswith("s") and not plural_noun(word))  # tries, loves: a verb


def named_before_plural(a: Analysis, j: int) -> bool:
    """Token j, a capitalised word that is no first name or surname, before a lower-case
    plural noun (Mason Moor allotments, Holly Bank cottages): two words naming a place."""
    t, after = a.tokens[j], _next_word(a, j)
    return (
        after is not None
        and after.shape.islower()
        and plural_noun(after.norm)
        and after.norm not in NAME_VERBS
        and t.norm not in first_names()
        and t.norm not in surname_set()
    )


_WORKS = frozenset(
    """
poem poems song songs hymn hymns carol carols book books story stories novel play musical film
show opera ballet rhyme rhymes picture painting piece anthem prayer psalm production pantomime
panto
""".split()
)
_TITLE_IS = frozenset("is was be".split())
_WORK_WHEN = frozenset("this next last year term summer christmas our 's".split())


def in_a_work_title(a: Analysis, i: int) -> bool:
    """The word is in a run of capitalised words straight after a lower-case word such as
    poem, song or carol (the poem A Red, Red Rose, our carol Little Donkey): a title; but
    not before a verb (the poem Grace wrote: the child who wrote it)."""
    if does_something(a, i + 1):
        return False
    j = i
    for _ in range(6):
        if j == 0 or a.tokens[j].sentence_start:
            return False
        before = a.tokens[j - 1]
        if before.kind != WORD:
            return False
        if before.shape.islower():
            return before.norm in _WORKS or (before.norm in _TITLE_IS and _work_is(a, j - 1))
        j -= 1
    return False


def titled_as_a_work(a: Analysis, i: int) -> bool:
    """The name straight after a work and is or will be (our production this year is Oliver!):
    the work's title."""
    return i > 1 and a.tokens[i - 1].norm in _TITLE_IS and _work_is(a, i - 1)


def _work_is(a: Analysis, k: int) -> bool:
    """Token k is is, was or be after a work as the sentence's subject (our production this
    year is Oliver!, the panto will be Aladdin): what follows is its title; "the star of the
    show is Oliver" names a child."""
    for j in range(k - 1, max(-1, k - 5), -1):
        word = a.tokens[j]
        if word.norm in _WORKS:
            before = a.tokens[max(0, j - 3) : j]
            return not any(t.norm in ("of", "in", "from", "for", "with") for t in before)
        if (word.norm not in _WORK_WHEN and word.norm != "will") or word.sentence_start:
            return False
    return False


def _capital_noun(word: str) -> bool:
    """An English word after a word name that is no first name or surname: the two make the
    name of a thing (Young Writers), not a child's full name (Will Smith)."""
    return (
        english_frequency().get(word, 0) >= 1000
        and word not in first_names()
        and word not in surname_set()
    )


# A class straight after the name: "Jay from 2A", "Hope (Year 4)", "Ivy in Reception".
_CLASS_AFTER = re.compile(
    r"\s*(?:,\s*|\(|in\s+|from\s+|of\s+)(?:year\s*\d\b|y\d\b|reception\b|nursery\b|\d[a-z]\b)",
    re.IGNORECASE,
)


_NUMBER_AFTER = re.compile(r" \d+\b(?![.:]\d)")
SEASONS = MONTHS | frozenset("summer autumn winter spring".split())


_TERMS = frozenset("term terms holidays holiday half-term".split())


def _term_ahead(a: Analysis, i: int) -> bool:
    """A season in a list that ends in term or holidays (Summer, Autumn and Spring terms)."""
    _first, last = a.sentence_of(i)
    return any(t.norm in _TERMS for t in a.tokens[i + 1 : min(last, i + 6) + 1])


# An apposition that says the name is a child's: ", one of our Year 3 pupils,", ", a Year 5
# pupil,", ", our head girl,", ", the youngest member of the choir" is not one (no child noun).
PUPIL_APPOSITION = re.compile(
    r",\s*(?:one\s+of\s+)?(?:our|a|an|the)\s+(?:(?:year\s*\d|reception|nursery|\d[a-z]|youngest|"
    r"oldest|new|newest|brilliant|talented|keen|amazing|head|deputy|house|sports|eco|school)\s+)*"
    r"(?:pupils?|students?|girls?|boys?|learners?|prefects?|monitors?|captains?|councillors?)\b",
    re.IGNORECASE,
)
_LIST_WORD = 200  # ivy, mistletoe: plants and things are rarer words than hope or love


def _lower_list(a: Analysis, i: int) -> bool:
    """The word opens a list whose other items are lower-case words (Faith, hope and love)."""
    tokens = a.tokens
    j = i + 1
    if j >= len(tokens) or "," not in a.text[tokens[i].end : tokens[j].start]:
        return False
    freq = english_frequency()
    if not tokens[j].shape.islower() or not _list_word(tokens[j].norm, freq):
        return False
    for k in range(j + 1, min(j + 4, len(tokens) - 1)):
        if tokens[k].sentence_start or tokens[k].norm in _OBJECT_AFTER:
            return False  # Iris, pack your bag and..: verbs with objects, said to a child
        if tokens[k].norm in ("and", "or") and tokens[k + 1].shape.islower():
            return _list_word(tokens[k + 1].norm, freq) and not _takes_object(a, k + 1)
    return False


# After a verb, these open its object (bring your kit, tidy it up); no noun in a list of
# everyday words (faith, hope and love) is followed by one.
_OBJECT_AFTER = OBJECT_STARTERS | frozenset("it them me us".split())


def _takes_object(a: Analysis, k: int) -> bool:
    """Token k is followed, in its sentence, by the start of an object (remember and bring
    your kit): a verb said to someone, not the last noun of a list."""
    if k + 1 >= len(a.tokens):
        return False
    nxt = a.tokens[k + 1]
    return nxt.norm in _OBJECT_AFTER and not a.text[a.tokens[k].end : nxt.start].strip()


def _list_word(norm: str, freq: dict[str, int]) -> bool:
    """An everyday word in a list: a common one, or a rarer one that is no first name (tulip
    and crocus, snowdrop and aconite)."""
    return freq.get(norm, 0) >= _LIST_WORD or (norm in freq and norm not in first_names())


def plural_noun(word: str) -> bool:
    """A plural noun, not a verb that a person does (redbreasts, memories, jars; not loves,
    runs, reads): it ends in s, its singular is an English word, and the verb forms of that
    singular (jarring, jarred) are rare."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    freq = english_frequency()
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    if word.endswith(("ches", "shes", "xes", "sses", "zes", "oes")) and freq.get(stem, 0) < 20:
        stem = word[:-2]  # branches, boxes, bushes: the singular without its e
    if freq.get(stem, 0) < (1000 if freq.get(word, 0) >= 1000 else 20):
        return False  # a rare plural (wellies, allotments) may have a rarer singular
    base = stem[:-1] if stem.endswith("e") and not stem.endswith("ee") else stem  # bee: be
    names = first_names()
    double = base + base[-1:]
    forms = (base + "ing", base + "ed", stem + "d", double + "ing", double + "ed")
    # A form that is a first name (jar, Jared) is counted as the name, not the verb.
    verbish = max(freq.get(f, 0) for f in forms if f not in names)
    return verbish < 0.05 * freq.get(stem, 0)


def in_name_position(a: Analysis, i: int) -> bool:
    """Where only a person's name fits: after praise, before a verb a person does, joined to
    another name, or announced as a winner (Star of the week is Daisy)."""
    prev, nxt = _prev_word(a, i), _next_word(a, i)
    return bool(
        _possessive(a, i)
        or (prev is not None and prev.norm in PRAISE_BEFORE)
        or (prev is not None and prev.norm in ("to", "for") and _praise_before(a, i - 1))
        or (prev is not None and prev.norm == "of" and _before_is(a, i - 1, "proud"))
        or _praise_said_to(a, i, prev)
        or (prev is not None and prev.norm in ("by", "from", "with"))
        or (
            nxt is not None
            and not nxt.capitalised
            and (nxt.norm in NAME_VERBS or nxt.norm in _PASTS or past_tense(nxt.norm))
            and not _time_passes(a, i)
            and (nxt.norm in NAME_VERBS or not _a_thing_may_do(a, i, nxt.norm))
        )
        or (prev is not None and prev.norm in KIN and prev.shape.islower())
        or _acts_on_own(a, i)
        or _does_with_pronoun(a, i)
        or (nxt is not None and nxt.norm == "and" and _name_after(a, i + 1))
        or (prev is not None and prev.norm == "and" and _capital_before(a, i - 1))
        or (prev is not None and prev.norm in ("is", "was", "goes") and _award_before(a, i))
        or (prev is not None and prev.norm == "you" and _before_is(a, i - 1, "thank"))
        or _caption(a, i)
    )


def praised_by_name(a: Analysis, i: int) -> bool:
    """Praise or thanks said straight before token i (well done baker, thank you hill, well
    done to moss): the one place a lower-case everyday word is a child's name."""
    prev = _prev_word(a, i)
    return prev is not None and (
        prev.norm in PRAISE_BEFORE
        or (prev.norm in ("to", "for") and _praise_before(a, i - 1))
        or (prev.norm == "you" and _before_is(a, i - 1, "thank"))
    )


_PRAISE_WORDS = frozenset(
    "lovely brilliant fantastic amazing excellent super superb wonderful great fab fabulous "
    "awesome terrific outstanding beautiful".split()
)
_SAID_WHEN = frozenset("today tonight again yesterday".split())


def _praise_said_to(a: Analysis, i: int, prev: Token | None) -> bool:
    """Praise, a word of when and the name set off by a comma or the sentence's end (Lovely
    singing today Melody, the hall went silent): said to the child."""
    if prev is None or prev.norm not in _SAID_WHEN:
        return False
    token = a.tokens[i]
    after = a.text[token.end : token.end + 2].lstrip(" ")
    if not after[:1] or after[:1] not in ",!.?":
        return False
    first = a.sentence_of(i)[0]
    return any(t.norm in _PRAISE_WORDS for t in a.tokens[max(first, i - 4) : i - 1])


# Irregular pasts a person does (Poppy laid the wreath, Sky caught the ball).
_PASTS = frozenset(
    """
laid caught threw flew knew drew sang swam wrote rode spoke woke wore ate drank drove fell
fed felt fought forgot froze grew heard held hid hit hurt kept lent let lit lost met paid put
rang sold sent spent stood stuck taught thought understood blew bought brought chose dug cut
""".split()
)
# Family nouns before a name: his son Miles, her little sister Rose (a child, not a title).
KIN = frozenset(
    "son daughter brother sister grandson granddaughter nephew niece cousin twin stepson "
    "stepdaughter".split()
)
# Animals before a name: the police dog Bruno, our class hamster Biscuit (a pet, not a child).
ANIMALS = frozenset(
    "dog dogs puppy cat kitten hamster rabbit bunny tortoise guinea pig pony horse donkey goat "
    "lamb alpaca llama hen chicken duck parrot budgie goldfish fish snake lizard gecko "
    "insect owl hedgehog ferret mouse rat gerbil chinchilla cow sheep pig mascot".split()
)
# What a season or a month does: Autumn has arrived, Spring is here, Summer begins.
_TIME_VERBS = frozenset(
    "arrived arrives arriving here come comes coming came begun begins began starts started "
    "ends ended over upon gone went flew flown passed passing nearly almost finally "
    "approaching brings bring brought".split()
)
_AUXILIARY = frozenset("is has was had will 's".split())


# Verbs a plant, a season, the weather or a feeling does as well as a person (ivy covered the
# fence, joy filled the hall, summer turned to autumn): after a word name, no proof of a child.
_THING_VERBS = frozenset(
    """
cover fill return turn grow spread arrive bloom blossom flower fall rise bring come go climb
shine appear disappear last begin end start change cross creep wrap wind bring reach stretch
hang flow pour blow glow sparkle burst fade follow
""".split()
)
_THING_PASTS = frozenset("fell rose spread began shone hung wound crept blew burst".split())


def _a_thing_may_do(a: Analysis, i: int, verb: str) -> bool:
    """The word name is an everyday word (Ivy, Joy, Summer) and the verb is one its everyday
    meaning may do too, with no he, she, his or her after it to make it a person."""
    if not is_common_word(a.tokens[i].norm):
        return False
    stem = verb[:-2] if verb.endswith("ed") else verb[:-1] if verb.endswith("s") else verb
    if not (
        verb in _THING_PASTS
        or stem in _THING_VERBS
        or stem + "e" in _THING_VERBS
        or verb[:-1] in _THING_VERBS  # arrived, rises
    ):
        return False
    return not _gendered_after(a, i)


def _time_passes(a: Analysis, i: int) -> bool:
    """A season or a month before what time does (Autumn has arrived, May is nearly over)."""
    if a.tokens[i].norm not in SEASONS:
        return False
    words = [t.norm for t in a.tokens[i + 1 : i + 4] if not t.sentence_start]
    while words and words[0] in _AUXILIARY:
        words = words[1:]
    if not words or words[0] not in _TIME_VERBS:
        return False
    return not _gendered_after(a, i)  # Autumn brought her leaves in: a child, not the season


_COPULAS = frozenset("is was were are looked looks turned turns stayed".split())
_WEATHER = frozenset(
    "cloudy clear overcast stormy grey gray dark bright misty foggy frosty icy calm high low "
    "full flooded frozen forecast predicted settling falling melting".split()
)


def the_weather(a: Analysis, i: int) -> bool:
    """A word before what time or the weather does (Autumn has arrived, Frost is forecast)."""
    return _time_passes(a, i) or _colour_or_weather(a, i)


def _colour_or_weather(a: Analysis, i: int) -> bool:
    """A word name before is or was and a colour or the weather (Sky was grey, River is high):
    the thing; with no he or she after it to make it a person."""
    nxt = _next_word(a, i)
    if nxt is None or nxt.norm not in _COPULAS or not nxt.shape.islower():
        return False
    after = _next_word(a, i + 1)
    if after is None or not after.shape.islower():
        return False
    if after.norm not in _WEATHER and after.norm not in _COLOUR_WORDS:
        return False
    return not _gendered_after(a, i)


_COLOUR_WORDS = frozenset("blue pink green red white purple yellow gold silver navy brown".split())
_OWN = frozenset("his her herself himself".split())


def _acts_on_own(a: Analysis, i: int) -> bool:
    """A lower-case word and then his or her: a person doing something to their own (Miles beat
    his record, Sky finished her book)."""
    nxt = _next_word(a, i)
    if nxt is None or not nxt.shape.islower() or nxt.norm in THING_AFTER:
        return False
    after = _next_word(a, i + 1)
    return after is not None and after.norm in _OWN


_REFLEXIVE = frozenset("herself himself".split())
_GENDERED = frozenset("he she his her him herself himself".split())


def _gendered_after(a: Analysis, i: int) -> bool:
    """He, she, his or her after token i in its sentence: a person, not the thing."""
    last = a.sentence_of(i)[1]
    return any(t.norm in _GENDERED for t in a.tokens[i + 1 : last + 1])


_ADVERBS = frozenset("always never also just finally really often even proudly carefully".split())


def _does_with_pronoun(a: Analysis, i: int) -> bool:
    """A verb after the word (perhaps after an adverb) and, later in the sentence, a gendered
    pronoun: herself or himself anywhere, he, she, his or her within six words (Holly counted
    to 100 by herself, Grace always tries her best): a person doing something."""
    j = i + 1
    nxt = _next_word(a, i)
    if nxt is not None and (nxt.norm in _ADVERBS or nxt.norm.endswith("ly")):
        j, nxt = i + 2, _next_word(a, i + 1)
    if nxt is None or not nxt.shape.islower():
        return False
    if not (does_something(a, j) or (nxt.norm.endswith("s") and not plural_noun(nxt.norm))):
        return False
    last = a.sentence_of(i)[1]
    for k in range(j + 1, last + 1):
        norm = a.tokens[k].norm
        if norm in _REFLEXIVE or (norm in _GENDERED and k - j <= 6):
            return True
        if a.tokens[k].capitalised and a.tokens[k].norm in first_names():
            return False  # the pronoun may be someone else's (Holly helped Amir with his..)
    return False


_PRAISE_SHAPES = ("ing", "ful", "ous", "ive", "y", "ic", "ent", "ant", "ble", "est", "ed")


def _modified_thing(a: Analysis, i: int, prev: Token | None) -> bool:
    """The, this or that, a lower-case word that is no describing word, then the name (the
    night Sky, the wild Poppy field): a thing; "the brilliant Poppy" may be a child."""
    if prev is None or not prev.shape.isalpha() or not prev.shape.islower():
        return False
    before = _prev_word(a, i - 1)
    if before is None or before.norm not in _THING_DETERMINERS:
        return False
    if a.text[before.end : prev.start] != " " or a.text[prev.end : a.tokens[i].start] != " ":
        return False  # Star of the week: Josh
    if prev.norm.endswith(_PRAISE_SHAPES) or prev.norm in NOT_NOUNS:
        return False
    return english_frequency().get(prev.norm, 0) >= 1000 and not in_name_position(a, i)


def _named_thing(a: Analysis, i: int) -> bool:
    """'the', then a capitalised word, then this one: the name of a ship, an inn or a building
    (the Mary Rose, the Holly Bush), not a child."""
    prev = _prev_word(a, i)
    if prev is None or not prev.capitalised or not a.text[prev.end : a.tokens[i].start] == " ":
        return False
    before = _prev_word(a, i - 1)
    # "the" in lower case, or a capital The or A that opens a title mid-sentence (The Little
    # Prince, A Christmas Carol)
    return before is not None and (
        before.norm == "the" or (before.norm in ("a", "an") and before.shape[:1].isupper())
    )


_TITLE_JOINERS = frozenset("in of for the and a to on at &".split())
_EVENT_NOUNS = frozenset(
    "week day days month fortnight fair fayre festival concert service assembly club show "
    "appeal campaign challenge project workshop party disco evening morning afternoon".split()
)


_HEADLINE_JOINS = frozenset("for over against".split())
_HEADLINE_THEN = frozenset("the our a an all every this these year class team".split())


def _headline_noun(a: Analysis, i: int) -> bool:
    """A name used far more as a word (Victory, Justice, Hope) opening a sentence before for,
    over or against and a determiner: a headline's noun (Victory for the under-11s), where
    a child's name before "for" is followed by what the child did or a name."""
    token = a.tokens[i]
    if not token.sentence_start or i + 2 >= len(a.tokens) or not wordy(token.norm):
        return False
    join, then = a.tokens[i + 1], a.tokens[i + 2]
    return (
        a.text[token.end : join.start] == " "
        and join.norm in _HEADLINE_JOINS
        and not join.sentence_start
        and then.norm in _HEADLINE_THEN
        and not then.sentence_start
    )


def _event_title(a: Analysis, i: int) -> bool:
    """The first word of an event's title: capitalised words and joining words up to a word
    such as week or day (Faith in Action week, Hope for the Future Day)."""
    capitals = 0
    for j in range(i + 1, min(len(a.tokens), i + 7)):
        t = a.tokens[j]
        if t.sentence_start or t.kind != WORD:
            return False
        if t.norm in _EVENT_NOUNS:
            return capitals > 0
        if t.capitalised:
            capitals += 1
        elif t.norm not in _TITLE_JOINERS:
            return False
    return False


# Determiners that make the capitalised word after them a thing, never a child (nobody writes
# "the Carol" of a pupil): the possessives (our Carol) and a/an (a convincing Harry) are left out.
_THING_DETERMINERS = frozenset("the this that these those such what its every each no".split())
# Before "X of": the word is a noun in a fixed frame (in Favour of, the Blessing of the garden).
_FRAME_BEFORE = frozenset("in with by for".split())


def in_a_noun_phrase(a: Analysis, i: int) -> bool:
    """A capitalised word name that is an everyday word too, used as a noun: after the, this or
    such; in "in Favour of"; before a thing it names (Carol Service, Mason jars, Noel party); or
    straight after the and a capitalised word (the First Noel). Where a person's name fits (a
    verb after it, praise before it) it stays a name. For names no word list calls common (Carol,
    Mason, Blessing), whose capitals alone would make them a child."""
    prev, nxt = _prev_word(a, i), _next_word(a, i)
    if prev is not None and prev.norm in _THING_DETERMINERS and not _possessive(a, i):
        return True  # The Blessing of the garden, this Favour, the Blessing was lovely
    if _in_or_of_a_title(a, i, prev) or _lower_list(a, i) or _an_alert_after(a, i):
        return True  # sang in Harmony, Words of Wisdom; Bliss, kindness and patience
    if _event_title(a, i):
        return True  # our Carol of Light week
    if _the_word_before(a, i, prev) or _modified_thing(a, i, prev) or _shared_noun_after(a, i):
        return True  # the First Noel, the old Mason jars, Mason and Leafcutter bees
    if in_name_position(a, i):
        return False
    if wordy(a.tokens[i].norm) and thing_after(a, i):
        return True  # Carol concert, #CarolService
    nxt_word = _next_word(a, i)
    if nxt_word is not None and _plural_thing(nxt_word):
        return True  # Marigold seeds, Fern wreaths, Mason jars: whoever the name is given to
    return prev is not None and prev.norm in _FRAME_BEFORE and nxt is not None and nxt.norm == "of"


def thing_after(a: Analysis, i: int) -> bool:
    """A thing the word names straight after it (concert, service, singers, jars; not a
    capitalised surname such as Green): after a name used far more as a word (Carol) the word,
    after a name mostly given to children (Arthur party) a question."""
    nxt = _next_word(a, i)  # a word, or the next word of one CamelCase hashtag
    if nxt is None:
        return False
    thing = nxt.norm in THING_AFTER or nxt.norm in _EVENT_NOUNS
    if thing and (nxt.shape.islower() or nxt.norm not in surname_set()):
        return True
    return _plural_thing(nxt)


_PEOPLE = frozenset("twins triplets brothers sisters boys girls children kids family".split())


def _plural_thing(t: Token) -> bool:
    """A lower-case plural noun that is not people or a verb (jars; seeds, wreaths and crowns,
    whose verbs are common too, as things a word name names)."""
    return (
        t.shape.islower()
        and t.norm not in NAME_VERBS
        and t.norm not in _PEOPLE
        and (plural_noun(t.norm) or (t.norm in THING_AFTER and t.norm.endswith("s")))
    )


_FINITE = frozenset("is was are were will starts started begins began takes took".split())


def gerund_subject(a: Analysis, i: int) -> bool:
    """A name opening a sentence before a lower-case -ing word, with is, was or starts later in
    the sentence and no he or she (Carol singing starts at 5pm, Willow weaving was a success):
    an activity named after the word, or the child doing it; a question either way."""
    token, nxt = a.tokens[i], _next_word(a, i)
    if not token.sentence_start or nxt is None or not nxt.shape.islower():
        return False
    if not nxt.norm.endswith("ing") or english_frequency().get(nxt.norm, 0) < 1000:
        return False
    last = a.sentence_of(i)[1]
    rest = a.tokens[i + 2 : last + 1]
    return any(t.norm in _FINITE for t in rest) and not any(t.norm in _GENDERED for t in rest)


def _in_or_of_a_title(a: Analysis, i: int, prev: Token | None) -> bool:
    """A word name straight after "in" (sang in Harmony, in Faith), or after "of" and a
    capitalised everyday noun (Words of Wisdom, the Festival of Light): the word; a possessive
    (in Hazel's group) or a class after it (in Faith's 3B) leaves it a name."""
    if prev is None or not prev.shape.islower() or _possessive(a, i):
        return False
    if a.text[prev.end : a.tokens[i].start] != " " or _CLASS_AFTER.match(a.text, a.tokens[i].end):
        return False
    if prev.norm == "in":
        return True
    if prev.norm != "of" or i < 2:
        return False
    head = a.tokens[i - 2]
    return (
        head.capitalised
        and not head.sentence_start  # Photos of Summer: pictures of the season or the child?
        and head.kind == WORD
        and english_frequency().get(head.norm, 0) >= 1000
        and head.norm not in first_names()
        and head.norm not in PRAISE_BEFORE
    )


def _shared_noun_after(a: Analysis, i: int) -> bool:
    """Two capitalised words joined by and or or before a lower-case plural noun or a thing
    (Hazel and Holly trees, Rose or Poppy seeds): both name kinds of that thing."""
    tokens = a.tokens
    if i + 3 >= len(tokens) or tokens[i + 1].norm not in ("and", "or", "&"):
        return False
    other, noun = tokens[i + 2], tokens[i + 3]
    if noun.sentence_start or other.sentence_start or other.kind != WORD:
        return False
    if not other.capitalised and english_frequency().get(other.norm, 0) < 1000:
        return False  # Hazel and Holly trees, Coral and gold leaves
    if not noun.shape.islower() or noun.norm in NAME_VERBS:
        return False
    return noun.norm in THING_AFTER or plural_noun(noun.norm)


def _the_word_before(a: Analysis, i: int, prev: Token | None) -> bool:
    """The (or a capital A), then a capitalised everyday word, then the name (the First Noel,
    A Winter Carol)."""
    if prev is None or not prev.capitalised or a.text[prev.end : a.tokens[i].start] != " ":
        return False
    opener = a.tokens[i - 2] if i > 1 else None
    return (
        opener is not None
        and not prev.sentence_start
        and (opener.norm == "the" or (opener.norm in ("a", "an") and opener.shape[:1].isupper()))
        and english_frequency().get(prev.norm, 0) >= 1000
        and prev.norm not in first_names()
    )


# A word spoken of as a word: Noor is the Arabic word for light, Shalom is Hebrew for peace,
# Ubuntu means "I am because we are", the word Hope.
_DEFINED_AFTER = re.compile(
    r"[’'\"”]?\s+(?:is|was|means)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+\s+)?(?:word|name|term)"
    r"\s+(?:for|meaning)\b|[’'\"”]?\s+(?:is|was|will be)\s+(?:the|our|this \w+'s)\s+"
    r"(?:theme|topic|focus|motto|value|word|message)\b|[’'\"”]?\s+(?:is|means)\s+[‘'\"“]|[’'\"”]?\s+is\s+(?:[A-Z][a-z]+\s+){1,2}for\b"
)
_WORD_BEFORE = frozenset("word term".split())


def spoken_of_as_a_word(a: Analysis, i: int) -> bool:
    """The name is a word being explained (Noor is the Arabic word for light, the word Hope):
    a lesson about language, not a child."""
    prev = _prev_word(a, i)
    if prev is not None and prev.norm in _WORD_BEFORE and prev.shape.islower():
        return True
    return _DEFINED_AFTER.match(a.text, a.tokens[i].end) is not None


_TITLE_RUN = 8  # words a book's title may run to after the name


def by_author_after(a: Analysis, i: int) -> bool:
    """A title and its author: Matilda by Roald Dahl, Holes by Louis Sachar, Alfie Gets in First
    by Shirley Hughes (the name opens a run of capitalised words and small joining words, then a
    capitalised first name and surname after 'by', no title such as Mrs before them)."""
    for _ in range(_TITLE_RUN):
        nxt = _next_word(a, i)
        if nxt is None or nxt.norm == "by":
            break
        if not (nxt.capitalised or (nxt.norm in _TITLE_JOINERS and nxt.shape.islower())):
            return False  # Alfie won a prize by ...: a sentence, not a title
        i += 1
    by = _next_word(a, i)
    if by is None or by.norm != "by":
        return False
    first, second = _next_word(a, i + 1), _next_word(a, i + 2)
    return (
        first is not None
        and second is not None
        and first.capitalised
        and second.capitalised
        and first.norm not in _TITLE_WORDS
    )


_TITLE_WORDS = frozenset("mr mrs miss ms mx dr rev sir dame year class".split())


def _before_is(a: Analysis, i: int, word: str) -> bool:
    return i > 0 and not a.tokens[i].sentence_start and a.tokens[i - 1].norm == word


_POSSESSIVE_PRONOUNS = frozenset("his her their".split())


def _caption(a: Analysis, i: int) -> bool:
    """A photo caption: Grace receiving her award, Zainab with her badge."""
    nxt = _next_word(a, i)
    if nxt is None or not nxt.shape.islower():
        return False
    if not (nxt.norm == "with" or nxt.norm.endswith("ing")):
        return False
    after = _next_word(a, i + 1)
    if after is not None and after.norm in _CAPTION_PARTICLES and nxt.norm != "with":
        after = _next_word(a, i + 2)  # Iris concentrating on her painting, Will holding up his
    return after is not None and after.norm in _POSSESSIVE_PRONOUNS


_CAPTION_PARTICLES = frozenset("on at in with up over for".split())


_CALENDAR = frozenset("month months awareness".split())
_AWARDS = frozenset("star winner winners champion award certificate medal trophy prize".split())


def _in_sentence(a: Analysis, i: int, words: frozenset[str]) -> bool:
    first, last = a.sentence_of(i)
    return any(t.norm in words for t in a.tokens[first : last + 1])


def _award_before(a: Analysis, i: int) -> bool:
    first, _ = a.sentence_of(i)
    return any(t.norm in _AWARDS for t in a.tokens[first:i])


def titled_after(a: Analysis, i: int) -> bool:
    """A name followed by 'the' and a capitalised word is a title or an epithet, not a child:
    Matilda the Musical, Alfred the Great, Thomas the Tank Engine."""
    j = i + 1
    if j + 1 >= len(a.tokens) or a.tokens[j].norm != "the" or a.tokens[j].sentence_start:
        return False
    after = a.tokens[j + 1]
    return after.kind == WORD and after.capitalised and not after.sentence_start


def _praise_before(a: Analysis, i: int) -> bool:
    """Praise within the four words before token i (Well done to, Thank you to, shout out to)."""
    return any(t.norm in PRAISE_BEFORE or t.norm == "out" for t in a.tokens[max(0, i - 4) : i])


def _lower_after(a: Analysis, i: int) -> bool:
    if i + 1 >= len(a.tokens):
        return False
    t = a.tokens[i + 1]
    return t.kind == WORD and t.shape[:1].islower()


# After "and", a person's own (Joy and her team, Will and his dad): people, not a word.
_PERSONAL_OWN = frozenset("his her their".split())


def _kin_after(a: Analysis, i: int) -> bool:
    return i + 1 < len(a.tokens) and a.tokens[i + 1].norm in _PERSONAL_OWN


def _visitor_after(a: Analysis, i: int) -> bool:
    words = [t.norm for t in a.tokens[i + 1 : i + 3]]
    return (
        len(words) == 2 and words[0] == "from" and words[1] in ("the", "a", "our")
    ) or at_a_business_after(a, i)


def at_a_business_after(a: Analysis, i: int) -> bool:
    """The name is followed by "at" and a capitalised name that is no English word (April at
    Tesco, Sam at Barclays): perhaps someone who works there, not a child; "at Brownies", "at
    Forest School" are words, where a child may be."""
    tokens = a.tokens
    if i + 2 >= len(tokens) or tokens[i + 1].norm != "at" or tokens[i + 2].sentence_start:
        return False
    place = tokens[i + 2]
    norm = place.norm[:-2] if place.norm.endswith(("'s", "’s")) else place.norm
    return (
        place.kind == WORD
        and place.capitalised
        and not place.upper
        and norm.isalpha()
        and not is_a_word(norm)
        and norm not in first_names()
    )


def _name_after(a: Analysis, i: int) -> bool:
    """A capitalised word after "and" that may be a name (Hope and Kacper, Hope and Joy), not
    an everyday word in a title (Hope and Heritage)."""
    if not _capital_after(a, i):
        return False
    norm = a.tokens[i + 1].norm
    return (
        norm in first_names()
        or norm in COMMON_WORD_NAMES
        or english_frequency().get(norm, 0) < 1000
    )


def _capital_after(a: Analysis, i: int) -> bool:
    return i + 1 < len(a.tokens) and a.tokens[i + 1].capitalised


def _capital_before(a: Analysis, i: int) -> bool:
    return i > 0 and a.tokens[i - 1].capitalised and not a.tokens[i - 1].sentence_start


_SEVERAL, _ONE, _FIRST_ONLY = "several", "one", "first"
_FICTION = frozenset("character title".split())


def _gazetteer_forms(kind: str, p: str) -> list[tuple[str, str]]:
    """The written forms of one gazetteer entry and how much each clears: the entry; for a
    person or character of several words its plural (four Harry Potters); for "X of Name" its
    possessive (Gospel of Mark, Mark's gospel); for a character or title its first word alone,
    which only clears a name not on the roster and not used as a person's (a convincing
    Hermione, off to see Joseph)."""
    words = p.split()
    if len(words) == 1:
        return [(p, _ONE)]
    forms = [(p, _SEVERAL)]
    if kind in ("person", "character"):
        forms.append((p + "s", _SEVERAL))
    if len(words) >= 3 and words[-2] == "of" and words[0] != "of":
        head = words[1:-2] if words[0] == "the" else words[:-2]
        if head:
            forms.append((" ".join([words[-1], "s", *head]), _SEVERAL))
    if kind in _FICTION and words[0] in first_names():
        forms.append((words[0], _FIRST_ONLY))
    return forms


@cache
def _gazetteer_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    found: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for kind, words in gazetteer():
        p = plain(words)
        if not p or kind == "city":  # a city clears a name only in a place's context
            continue
        for form, mode in _gazetteer_forms(kind, p):
            if found.get(form) in (_SEVERAL, _ONE) and mode == _FIRST_ONLY:
                continue  # an entry of its own clears more than a first word does
            found[form] = mode
            kinds[form] = kind
    for form, mode in found.items():
        automaton.add_word(f" {form} ", (form, mode, kinds[form] == "expression"))
    automaton.make_automaton()
    return automaton


def _gazetteer_hits(a: Analysis) -> list[tuple[int, int, str]]:
    hits = a._cache.get("gazetteer")
    if hits is None:
        hits = a._cache["gazetteer"] = []
        for end, (words, mode, expression) in _gazetteer_automaton().iter(a.stream):
            first = a.token_at(end - len(words))
            last = first + words.count(" ")
            if expression and _punctuated(a, first, last):
                continue  # "Thank you Will, you were..." is not the expression "Will you"
            hits.append((first, last, mode))
    return hits


def _punctuated(a: Analysis, first: int, last: int) -> bool:
    """A comma, a dash or a sentence's end between the words of a span."""
    tokens = a.tokens
    return any(
        tokens[k + 1].sentence_start
        or any(c in ",;:–—-" for c in a.text[tokens[k].end : tokens[k + 1].start])
        for k in range(first, last)
    )


def gazetteer_spans(a: Analysis) -> list[tuple[int, int, bool]]:
    """Token ranges [first, last] of well-known people, titles and expressions in the text, and
    whether the entry is several words (a single word only clears names not on the roster)."""
    return [
        (f, last, mode == _SEVERAL) for f, last, mode in _gazetteer_hits(a) if mode != _FIRST_ONLY
    ]


def character_first_names(a: Analysis) -> frozenset[int]:
    """Tokens that are the first word of a character or a title in the gazetteer (Hermione of
    Hermione Granger, Joseph of Joseph and the Amazing Technicolor Dreamcoat)."""
    return frozenset(f for f, _, mode in _gazetteer_hits(a) if mode == _FIRST_ONLY)


@cache
def story_names() -> frozenset[str]:
    """First words of the gazetteer's characters and titles (Daniel, Joseph, Noah): the names
    a story about its people may own (Daniel's friends Shadrach, Meshach and Abednego)."""
    return frozenset(
        plain(words).split()[0] for kind, words in gazetteer() if kind in _FICTION and plain(words)
    )


@cache
def _dictionary() -> frozenset[str]:
    return frozenset(w for w, f in english_frequency().items() if f >= 500 and len(w) > 1) | {
        "a",
        "i",
    }


@cache
def segmentable(text: str) -> bool:
    """True when text is empty or splits wholly into everyday words (for names inside
    lower-case hashtags: #welldonekacper, but not #leopards)."""
    if not text:
        return True
    words = _dictionary()
    n = len(text)
    ok = [True] + [False] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            if ok[start] and text[start:end] in words:
                ok[end] = True
                break
    return ok[n]
