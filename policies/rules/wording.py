"""text_speak, negative_tone, spelling and personal_data: what the words say."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from policies.context_words import segmentable
from policies.lexicon import (
    AGAIN_WORDS,
    AIMING_WORDS,
    AMERICAN_TO_BRITISH,
    BRITISH_WORDS,
    COMPLAINT_VERBS,
    DEROGATORY,
    FUNCTION_WORDS,
    INSULTS,
    IRONY_WORDS,
    IZE_EXCEPTIONS,
    NEGATIVE,
    NOT_FIRST_NAMES,
    NOT_PEOPLE_SUBJECTS,
    OPINION,
    PEOPLE_WORDS,
    SARCASM,
    SCHOOL_LIFE_WORDS,
    TEXT_SPEAK,
    TITLES,
    data_names,
    english_frequency,
    first_names,
    gazetteer,
    helplines,
    is_common_word,
)
from policies.policy import RuleConfig
from policies.report import Finding
from policies.rules.context import Context, finding, severity
from policies.rules.tone import (
    ACCUSED,
    ANIMALS,
    ARTEFACTS,
    BRACKET_NOT,
    CONDUCT,
    CONTEMPT,
    CONTEMPT_IDIOMS,
    COUNTERING,
    DERISION,
    DO_BETTER,
    EXPECT,
    EYE_ROLL,
    FAILED,
    FAILED_BY_CHOICE,
    GRUMBLES,
    HARDSHIP,
    IMAGINED,
    IRONIC_CLOSER,
    IRONIC_SIGN,
    LET_DOWN,
    MISFORTUNE,
    MOCKING,
    NEEDS_TESTING,
    NOT_HARD,
    NTH,
    OH_WAIT,
    OPINION_VERBS,
    PRAISE,
    REPEATED,
    SCARE_QUOTED,
    SURE,
    TARGETS,
    TITLE_PAIR,
    TRAITS,
    TURNS,
    VERDICT_EDGE,
    VERDICT_TO,
    VERDICT_WORDS,
    VERDICTS,
    WORKS,
    a_let_down_as_people,
    behaved_like,
    bless_them,
    called_a_handful,
    called_out_in_public,
    cannot_even,
    conduct_from,
    coy_hedge,
    derision_of,
    expected_better,
    failing_mocked,
    grudging_actually,
    grumble_opener,
    had_enough_of,
    in_a_title,
    ironic_simile,
    is_person,
    left_in_a_mess,
    let_down,
    likened_to,
    mocked_for_failing,
    named_side_scorned,
    never_bothered,
    not_a_strong_point,
    opinion_denied,
    opinion_shape,
    presumption,
    put_down_by_comparison,
    said_again,
    scare_quoted_people,
    should_be_ashamed,
    shouted_few,
    standard_shamed,
    thanks_for_the_least,
    told_to_grow_up,
    trait_of,
)
from policies.text import WORD, normalise, plain

_TEXT_SPEAK = frozenset(TEXT_SPEAK)
_RANK = {None: 0, "warn": 1, "block": 2}
_LETTERS = re.compile(r"[a-z]+")  # the letters-only words of casefolded text


# Short forms written with spaces (u r, c u, r u), which the tokeniser runs together.
_SPACED_SPEAK = re.compile(
    r"(?<![\w'’])(?:[uUrR] [uUrR]|[cC] [uU]|[uU])(?![\w'’])"
    # "tickets r on sale", "Year 3 r off": r for are between words
    r"|(?:(?<=[a-z]{2} )|(?<=\d ))r(?= [a-z]{2})"
)
# Letters spelt out one by one (F a v o u r): three single letters in a row, spaces between.
_SPELT_OUT = re.compile(r"(?<![\w'’])(?:[A-Za-z] ){2,}[A-Za-z](?![\w'’])")
# A 2 or 4 for "to" or "for" between words (congrats 2 all, thanks 4 coming); never a number
# after a word that counts (Year 2, Class 4, page 2, team 2).
_DIGIT_FOR_WORD = re.compile(
    r"\b(?P<before>[a-z]{2,}) (?P<digit>[24])(?= (?:all|the|our|you|u|ur|everyone|every|me|us|"
    r"coming|helping|school|come|go|join|see|watch|your|their)\b)",
    re.IGNORECASE,
)
# A 2 or 4 after a word that "to" or "for" follows (due 2 snow, ready 4 lunch, back 2 school),
# unless a count follows it (ready 2 hours early, back 4 more weeks).
_DIGIT_AFTER_FOR_WORD = re.compile(
    r"\b(?P<before>[a-z]{3,}) (?P<digit>[24]) (?=(?P<after>[a-z]+)\b)", re.IGNORECASE
)
_FOR_TO_BEFORE = frozenset(
    "ready thanks thank time wait waiting due going listen listening back according".split()
)
_COUNT_AFTER = frozenset("new more other extra whole full half of or and".split())
_COUNTED = frozenset(
    "year years class classes group groups table tables level levels page pages chapter "
    "chapters team teams day days week weeks step steps room rooms part parts act scene term "
    "terms number no top under plus minus times and or to of from by with than about only "
    "stage ks set sets row rows lane court pitch pitches bus coach gate was were is are it "
    "score scored won lost drew beat ended finished".split()
)


def check_text_speak(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    extra = frozenset(t.casefold() for t in config.params["extra_terms"])
    terms = _TEXT_SPEAK | extra
    text = ctx.draft.text
    spans: list[tuple[int, int]] = []
    tokens = ctx.analysis.tokens
    for k, token in enumerate(tokens):
        word = token.shape.casefold()
        if token.kind == WORD and word in terms and not token.separators:
            if _a_place_named(tokens, k):
                continue  # the ancient city of Ur, a trip to Gr: a proper noun
            spans.append((token.start, token.end))
        elif (
            token.kind == WORD
            and not token.shape.isalpha()
            and not token.separators
            and digit_speak(token.shape, terms)
        ):
            spans.append((token.start, token.end))
        elif token.kind == WORD and not token.separators and _vowelless(token, word):
            spans.append((token.start, token.end))  # tnx, wknd, hwk: a word with its vowels cut
    for probe in ctx.analysis.probes:
        # The probe reads digits as letters (4 as a); the tag as written keeps them (#thx4coming).
        written = text[probe.start : probe.end].casefold()
        if probe.kind != WORD and (
            _speak_in_tag(probe.text, terms)
            or (written.isalnum() and _speak_in_tag(written, terms))
            or (written.isalnum() and written.isascii() and _speak_segment(written, terms))
        ):
            spans.append((probe.start, probe.end))
    for m in _DIGIT_FOR_WORD.finditer(text):
        if m.group("before").casefold() not in _COUNTED:
            spans.append(m.span("digit"))
    for m in _DIGIT_AFTER_FOR_WORD.finditer(text):
        after = m.group("after").casefold()
        counted = after.endswith("s") or after in _COUNT_AFTER  # ready 2 hours, back 4 more
        if m.group("before").casefold() in _FOR_TO_BEFORE and not counted:
            if m.span("digit") not in spans:
                spans.append(m.span("digit"))
    for m in _SPACED_SPEAK.finditer(text):
        if _SPELT_OUT.search(text, max(0, m.start() - 6), min(len(text), m.end() + 6)):
            continue  # F a v o u r: a letter of a word spelt out, not "you"
        if not any(s <= m.start() < e for s, e in spans):
            spans.append(m.span())
    for start, end in sorted(spans):
        if ctx.in_url(start, end):
            continue
        yield finding(
            "text_speak",
            config,
            config.severity,
            f"“{text[start:end]}” is text language. Write it out in full, in plain English.",
            start,
            end,
        )




# A y may be a vowel (Welsh: Dydd Gŵyl Dewi), so a word with one is never read as vowelless.
_VOWELS_AND_Y = frozenset("aeiouy")


def _vowelless(token, word: str) -> bool:
    """A short word written without its vowels (tnx, wknd, hwk, nxt) that no dictionary knows:
    text speak, whatever the word. Capitals keep an abbreviation (RSPB, KS2) and a number a
    unit (10km); a capital is allowed only where a sentence starts (Tnx to our PTA)."""
    shape = token.shape
    if not (3 <= len(shape) <= 5) or not shape.isascii() or not shape.isalpha():
        return False
    if not (shape.islower() or (token.sentence_start and shape[1:].islower())):
        return False
    return _VOWELS_AND_Y.isdisjoint(word) and english_frequency().get(word, 0) == 0


_PLACE_BEFORE = frozenset("about of in at from to near visited visit visiting".split())


def _a_place_named(tokens: list, k: int) -> bool:
    """A short form written as a proper noun (a capital, then lower case) after a preposition
    in the middle of a sentence: "learnt about Ur", not "c u l8r"."""
    token = tokens[k]
    shape = token.shape
    return (
        k > 0
        and len(shape) >= 2
        and shape[0].isupper()
        and shape[1:].islower()
        and not token.sentence_start
        and tokens[k - 1].norm in _PLACE_BEFORE
        and tokens[k - 1].shape.islower()
    )


# How a digit is read inside a word of text speak, and the letters that stand for a word.
_SOUNDS = {
    "1": ("one", "won"),
    "2": ("to", "too", "two"),
    "4": ("for", "fore", "four"),
    "8": ("ate", "eight"),
}
_LETTER_WORDS = {"b": "be", "c": "see", "u": "you", "r": "are", "n": "and", "y": "why"}
# A number with its unit or ending, never text speak: 4th, 2nd, 10am, 4s, 4k, 2x, 8mph, 3D.
_COUNTED_FORM = re.compile(
    r"^\d+(?:st|nd|rd|th|s|am|pm|k|km|m|cm|mm|kg|g|mg|ml|l|x|yr|yrs|hr|hrs|h|min|mins|mph|d|p|"
    r"v|ft|in|lb|lbs|oz|gb|mb|tb)$"
)
_PIECES = re.compile(r"[a-z]+|\d+")
_CLASS_CODE = re.compile(r"^\d[a-z]s?$")  # 4a, 2b, 8c: a class (4u, 2u are in the word list)


def digit_speak(shape: str, terms: frozenset[str]) -> bool:
    """A word with a digit read as its sound (gr8, 2day, l8r, b4, evry1, 4ever, sk8): spoken
    aloud it is an everyday word. Codes keep their capitals or their numbers (KS2, Y6, 3D, 4B,
    CO2, A4, M62, 10am, 4th, U11s): a capital after the first letter, a number of two digits or
    a single plain letter before a digit (a4, y6) is never read as a sound."""
    if shape.isalpha() or shape.isdigit() or not shape.isascii() or not shape.isalnum():
        return False
    if not shape[1:].islower() and any(c.isupper() for c in shape[1:]):
        return False
    word = shape.casefold()
    pieces = _PIECES.findall(word)
    if any(p.isdigit() and (len(p) > 1 or p not in _SOUNDS) for p in pieces):
        return False
    if _COUNTED_FORM.match(word) or _CLASS_CODE.match(word):
        return False
    if len(pieces) == 2 and len(pieces[0]) == 1 and pieces[0].isalpha():
        if shape[0].isupper():
            return False  # C1, B2, A4, Y6: a level, a paper size, a class
        if pieces[1] != "8" and pieces[0] not in _LETTER_WORDS:
            return False  # a4, y2, p4 (but m8, h8, l8: mate, hate)
        spoken = _spoken(pieces) if pieces[1] == "8" else _spoken(pieces, literal=False)
        return any(_sounds_like_words(*reading) for reading in spoken)
    return any(_sounds_like_words(*reading) for reading in _spoken(pieces)) or _digit_for_a_word(
        word, terms
    )


def _spoken(pieces: list[str], literal: bool = True) -> Iterator[tuple[str, str]]:
    """Each way of reading the pieces aloud (gr+ate, b(e)+fore, every+one) and a digit's sound;
    literal False reads a lone letter only as the word it stands for (b4: be-fore, not b-four)."""
    readings = [("", "")]
    for piece in pieces:
        if piece.isdigit():
            options = _SOUNDS[piece]
        elif piece in _LETTER_WORDS and len(pieces) > 1:
            word = _LETTER_WORDS[piece]
            options = (piece, word) if literal else (word,)
        else:
            options = (piece,)
        readings = [
            (r + o, o if piece.isdigit() else sound) for r, sound in readings for o in options
        ][:64]
    yield from readings


def _sounds_like_words(spoken: str, sound: str) -> bool:
    freq = english_frequency()
    if freq.get(spoken, 0) >= 1000:
        return True
    if len(spoken) >= 6 and len(sound) >= 3:
        # evry1: evryone, one letter short of everyone (the sound kept, a letter left out)
        better = suggestion(spoken)
        return bool(
            better
            and len(better) == len(spoken) + 1
            and sound in better
            and freq.get(better, 0) >= 5000
        )
    return False


@lru_cache(maxsize=4096)
def _speak_segment(body: str, terms: frozenset[str]) -> bool:
    """A run-together hashtag read as its likeliest words (#luvit: luv it, #plsshare: pls
    share): one of them is text speak that is not also an everyday word."""
    pieces = _segment(body, terms)
    return bool(pieces) and any(
        p in terms and len(p) >= 2 and english_frequency().get(p, 0) < 1000 for p in pieces
    )


def _segment(body: str, terms: frozenset[str]) -> list[str] | None:
    """The cheapest split of body into words (common words cheapest, text speak like a rare
    word), or None when some part is no word at all (a name: #welldonekacper)."""
    if len(body) > 40:
        return None
    freq = english_frequency()
    n = len(body)
    best: list[tuple[float, int] | None] = [(0.0, 0)] + [None] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - 20), end):
            held = best[start]
            if held is None:
                continue
            piece = body[start:end]
            count = freq.get(piece, 0) if len(piece) > 1 or piece in "ai" else 0
            if count >= 500:
                cost = 1 + 1 / math.log10(count)
            elif piece in terms:
                cost = 1.5
            else:
                continue
            total = held[0] + cost
            if best[end] is None or total < best[end][0]:
                best[end] = (total, start)
    if best[n] is None:
        return None
    pieces, end = [], n
    while end:
        start = best[end][1]
        pieces.append(body[start:end])
        end = start
    return pieces[::-1]


def _speak_in_tag(body: str, terms: frozenset[str]) -> bool:
    """#l8r, #gr8day, #thx4coming: text speak inside a hashtag (never #KS2, #Y6, #PE)."""
    if body in terms:
        return True
    for term in terms:
        if len(term) >= 3 and any(c.isdigit() for c in term):
            if body.startswith(term) and segmentable(body[len(term) :]):
                return True
            if body.endswith(term) and segmentable(body[: -len(term)]):
                return True
    return _digit_for_a_word(body, terms) or _sounded_start(body, terms)


def _sounded_start(body: str, terms: frozenset[str]) -> bool:
    """A tag opening with a word whose digit is read as its sound, then everyday words:
    #sk8park, #b4school (never #ks2sats, #y6, #top10)."""
    for m in re.finditer(r"\d", body):
        start, end = m.start(), m.end()
        if start < 1 or end > 6 or not body[:start].isalpha():
            return False
        rest = body[end:]
        if digit_speak(body[:end], terms) and (not rest or segmentable(rest)):
            return True
        return False
    return False


_DIGIT_WORD = re.compile(r"(?<=[a-z]{2})[248](?=[a-z]{2})")  # luv2learn, back2school, here4u


def _digit_for_a_word(body: str, terms: frozenset[str]) -> bool:
    """A 2, 4 or 8 standing for a word between two words (#luv2learn, #back2school), each side
    everyday words or text speak; never a class or key stage (#KS2, #Y6, #year6)."""
    for m in _DIGIT_WORD.finditer(body):
        left, right = body[: m.start()], body[m.end() :]
        if _words_or_speak(left, terms) and _words_or_speak(right, terms):
            return True
    return False


def _words_or_speak(text: str, terms: frozenset[str]) -> bool:
    for term in terms:
        if text.startswith(term) and segmentable(text[len(term) :]):
            return True
        if text.endswith(term) and segmentable(text[: -len(term)]):
            return True
    return segmentable(text)


def check_negative_tone(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    params = config.params
    text = ctx.draft.text
    strengths = (
        (
            "insults",
            INSULTS + tuple(params["extra_terms"]),
            "is derogatory. Posts share positive messages about the school: remove it.",
        ),
        (
            "negative",
            NEGATIVE,
            "may read as negative or upsetting. Rephrase it positively, or acknowledge this "
            "warning "
            "if the news needs it (a closure, for example).",
        ),
        ("opinion", OPINION, "gives a personal opinion. State the facts about the school instead."),
    )
    seen: list[tuple[int, int]] = []
    found: list[Finding] = []
    aimed = severity(params["aimed"])
    for param, terms, advice in strengths:
        if param == "negative":
            # Words aimed at people are judged before the negative words: "parents are lazy"
            # is derogatory, although "lazy" alone is only negative.
            found.extend(_aimed_at_people(ctx, config, seen, aimed_only=True))
        sev = severity(params[param])
        if not sev and not (param == "negative" and aimed):
            continue
        hits = ctx.phrase_hits(terms)
        if param == "opinion":
            hits = [h for h in hits if not _a_feeling_or_belief_in(ctx, h)] + _opinions(ctx)
        for _, start, end in hits:
            if param != "opinion" and _reported(ctx, start):
                continue  # Year 6 debated whether homework is useless: the motion, not a remark
            if param != "opinion" and (in_a_title(text, start, end) or _imagined(ctx, end)):
                continue  # the Terrible Tudors, killer sudoku, disgusting potions: no one judged
            if param != "opinion" and _of_a_character(ctx, start):
                continue  # Year 5 decided Mr Twit was disgusting: a story's character
            if param == "negative" and _as_degree(ctx, end):
                continue  # a ridiculous amount of fun, ridiculously good: a degree of praise
            if param == "negative" and _kind_few(ctx, start, end):
                continue  # a few parents have offered to help: some people, doing good
            if param == "negative" and not sev:
                if not _after_someone(ctx, start):
                    continue  # left to the approver, unless said of someone (Mrs Kaur's…)
                sev_here = aimed
            else:
                sev_here = sev
            if param == "negative" and _in_topic_sentence(ctx, start):
                continue  # Year 6 learnt how awful the mills were: a subject, not a remark
            if param == "negative" and _said_of_a_thing(ctx, start):
                continue  # the weather was awful, the wolf was very naughty
            if param != "opinion" and _denied(ctx, start):
                continue  # Year 6 were not rude at all, anything but boring
            if not any(s < end and start < e for s, e in seen):
                seen.append((start, end))
                found.append(
                    finding(
                        "negative_tone",
                        config,
                        sev_here,
                        f"“{text[start:end]}” {advice}",
                        start,
                        end,
                    )
                )
    found.extend(_aimed_at_people(ctx, config, seen, aimed_only=False))
    found.extend(_irony(ctx, config, seen))
    yield from found


_AMOUNTS = frozenset("amount amounts number lot lots load loads".split())


def _as_degree(ctx: Context, end: int) -> bool:
    """The word is a degree of the praise after it: ridiculously good, a ridiculous amount of
    fun (a ridiculous decision is a judgement)."""
    after = [t.norm for t in ctx.analysis.tokens if t.start >= end][:3]
    if after[:1] and after[0] in _AMOUNTS and after[1:2] == ["of"]:
        after = after[2:]
    return bool(after) and _praising(after[0])


def _imagined(ctx: Context, end: int) -> bool:
    """The word describes make-believe, the next word or the one after: disgusting potions, a
    revolting witch's brew."""
    after = [t.norm for t in ctx.analysis.tokens if t.start >= end][:3]
    return not IMAGINED.isdisjoint(after[:2]) or after[1:2] == ["s"] and after[2:3] and (
        after[2] in IMAGINED
    )


_FEEL_THINK = ("feel", "think", "believe")


def _a_feeling_or_belief_in(ctx: Context, hit: tuple[str, int, int]) -> bool:
    """"I feel so proud", "we think of you", "we believe in every child": no opinion."""
    term, _start, end = hit
    if not term.endswith(_FEEL_THINK):
        return False
    a = ctx.analysis
    after = [t.norm for t in a.tokens if t.start >= end][:2]
    return opinion_denied(after)


def _opinions(ctx: Context) -> list[tuple[str, int, int]]:
    """Opinions by their shape, sentence by sentence (I reckon, we're convinced)."""
    norms_all = {t.norm for t in ctx.analysis.tokens}
    if norms_all.isdisjoint(_FIRST_PERSON_OPINION):
        return []
    hits = []
    for sentence in ctx.analysis.sentences():
        found = opinion_shape([t.norm for t in sentence])
        if found:
            first, last = sentence[found[0]], sentence[found[1]]
            hits.append((ctx.draft.text[first.start : last.end], first.start, last.end))
    return hits


_FIRST_PERSON_OPINION = OPINION_VERBS | frozenset("say convinced".split())  # any of them


# Praise turned upside down: "Lovely parking this morning, NOT!", "that went well... not."
_TRAILING_NOT = re.compile(
    r"(?:(?:\.{2,}|…)\s*(?:or\s+)?|,|-|–|—)\s*not\s*(?:[.!]+|$)(?=\s|$)", re.IGNORECASE
)  # … NOT, … or not
_THANKS = frozenset("thank thanks congratulations congrats bravo kudos cheers done".split())
# What nobody is thanked for: thanks to the parents who ignored the one-way system (but the
# runners who ignored the drizzle, the keeper who blocked every shot, are thanked).
_WRONGS = frozenset("dumped littered vandalised vandalized smashed stole graffitied".split())
_DEFIED = frozenset("ignored ignores disregarded flouted flouts blocked blocks mounted".split())
_RULES_AND_WAYS = frozenset(
    "gate gates drive driveway road bay car park entrance exit path pavement lane zigzags rules "
    "rule signs sign system instructions request requests letter letters cones barrier markings "
    "message messages warning warnings deadline limit crossing".split()
)


# A closing sentence of praise alone, after a let-down: "Really professional.", "Thanks so
# much.", "Just what we needed." (a bare "Thank you." stays thanks).
_IRONIC_CLOSE = frozenset(
    "really so very just what we needed need thanks thank you much great brilliant lovely "
    "professional helpful impressive marvellous fantastic super perfect wonderful cheers nice one "
    "job well done top stuff class classy organised efficient superb genius clever smart service "
    "as always usual ever".split()
)
_IRONIC_EDGE = frozenset(
    "cheers really so just professional helpful impressive marvellous brilliant great lovely "
    "perfect fantastic super wonderful classy organised efficient superb genius clever smart "
    "top".split()
)
# What lets people down: the thing cancelled, left undone, late, again.
_LET_DOWN = frozenset(
    "again cancelled cancelling cancels cancel postponed delayed late lost forgot forgotten "
    "ignored blocked closed broken broke leaving left another missed failed closing scrapped "
    "scrapping axed axing cutting".split()
)
# "Oh brilliant, another training day": delight at more of what nobody wants.
_OH_ANOTHER = re.compile(
    r"\boh,?\s+(?:great|brilliant|lovely|wonderful|marvellous|fantastic|joy|super|perfect|"
    r"good|goody|fab)\b[,!.…]*\s+(?:yet\s+)?(?:another|more)\b",
    re.IGNORECASE,
)
# People who "understood absolutely nothing", "couldn't teach a dog to sit": a verdict on
# their competence.
_KNEW_NOTHING = re.compile(
    r"\b(?:understood|understand|understands|knew|know|knows|grasped|noticed|learnt|learned)\s+"
    r"(?:absolutely\s+|precisely\s+|literally\s+|simply\s+|next\s+to\s+)?(?:nothing|zilch)\b",
    re.IGNORECASE,
)
_COULD_NOT_EVEN = re.compile(
    r"\b(?:couldn['’]t|could\s+not|can['’]t|cannot)\s+\w+\s+(?:a|an)\s+\w+\s+"
    r"(?:to\s+\w+|in\s+a\s+\w+|if\s+\w+\s+li(?:fe|ves))",
    re.IGNORECASE,
)
_YOUNG = frozenset(
    "children child pupils pupil kids boys girls class classes year reception nursery".split()
)


# A closing verdict of its own: "Not impressed.", "Frankly, not good enough!"
_NOT_IMPRESSED = re.compile(
    r"(?:(?<=[.!?])\s+|^)(?:(?:frankly|honestly|really)[, ]+)?(?:(?:we|i)(?:['’]re|['’]m| are| am)"
    r"\s+)?(?:not\s+(?:impressed|amused|happy|acceptable|good\s+enough|on)|unimpressed)"
    r"\s*[.!]*\s*$",
    re.IGNORECASE,
)


_NOT_ABLE = frozenset("couldn can cannot could wouldn nothing zilch".split())


def _sarcastic_shapes(ctx: Context, words: set[str]) -> list[tuple[int, int]]:
    a, text = ctx.analysis, ctx.draft.text
    spans = []
    for m in _OH_ANOTHER.finditer(text) if "oh" in words else ():
        rest = re.match(r"[^.!?\n]*", text[m.end() :]).group()
        if not _praising(rest):  # Oh brilliant, another win for Year 6!: delight, not sarcasm
            spans.append(m.span())
    closing = not _LET_DOWN.isdisjoint(words) and (
        not _IRONIC_EDGE.isdisjoint(words) or _praising(" ".join(words))
    )
    if not closing and _NOT_ABLE.isdisjoint(words):
        return spans
    sentences = a.sentences()
    for n, sentence in enumerate(sentences):
        norms = [t.norm for t in sentence]
        s_start, s_end = sentence[0].start, sentence[-1].end
        tail = _dash_tail(text, sentence) if closing else None
        if tail and _ironic_close(tail) and not _LET_DOWN.isdisjoint(norms[: -len(tail)]):
            spans.append((s_start, s_end))  # … parked across the gate again - really clever
            continue
        if (
            closing
            and n
            and len(norms) <= 5
            and _ironic_close(norms, _aimed_at_others(sentences[n - 1]))
            and _let_down(sentences[n - 1])
        ):
            spans.append((sentences[n - 1][0].start, s_end))
            continue
        found = cannot_even(norms, _YOUNG, _WE)
        if found:  # a supply teacher who couldn't control a goldfish (but never Year 2)
            spans.append((sentence[found[0]].start, sentence[found[1]].end))
            continue
        if _about_a_topic(sentence) or not _YOUNG.isdisjoint(norms):
            continue  # Year 3 knew nothing about the Romans: what children learnt
        clause = text[s_start:s_end]
        m = _KNEW_NOTHING.search(clause) if not PEOPLE_WORDS.isdisjoint(norms) else None
        if m is None and _WE.isdisjoint(norms):
            m = _COULD_NOT_EVEN.search(clause)  # whoever it is said of, but never of us
        if m:
            spans.append((s_start + m.start(), s_start + m.end()))  # the verdict's own words
    return spans


_WRONGS_OR_DEFIED = _WRONGS | _DEFIED


_TIME_UNITS = frozenset("days weeks months years terms".split())


def _praise_undone(ctx: Context) -> list[tuple[int, int]]:
    """Praise undone by what follows it: a sentence of praise, then "Not." on its own; praise
    of others "for once"; thanks for something done "only six weeks late" or fixed "finally,
    after only three years"."""
    text, spans = ctx.draft.text, []
    sentences = ctx.analysis.sentences()
    for n, sentence in enumerate(sentences):
        norms = [t.norm for t in sentence]
        whole = (sentence[0].start, sentence[-1].end)
        if norms == ["not"] and n and _praising(_sentence_text(text, sentences[n - 1])):
            spans.append((sentences[n - 1][0].start, whole[1]))  # Lovely parking. Not.
            continue
        if not _praising(_sentence_text(text, sentence)) or not _by_others(norms):
            continue
        if "for once" in " ".join(norms) or _only_so_late(norms):
            spans.append(whole)
    return spans


_CLOSER_CUES = frozenset("wait knew thought went surprise".split()) | REPEATED


def _undone_by_a_close(text: str, words: set[str]) -> list[tuple[int, int]]:
    """"Oh wait" before a let-down, and a closing "who knew" or "well, that went well" in a
    draft with a sign of irony (an upside-down face, a trailing ellipsis, scare quotes)."""
    if _CLOSER_CUES.isdisjoint(words):
        return []
    spans = [m.span() for m in OH_WAIT.finditer(text)] if "wait" in words else []
    if not REPEATED.isdisjoint(words) and ("\U0001f643" in text or "\U0001f644" in text):
        for m in EYE_ROLL.finditer(text):
            said = m.group()
            if _praising(said) and not REPEATED.isdisjoint(_LETTERS.findall(said.casefold())):
                spans.append(m.span())  # Great, another wet play 🙃
    closers = [m for m in IRONIC_CLOSER.finditer(text) if not m["trail"] or _lets_down(text, m)]
    if closers and IRONIC_SIGN.search(text):
        spans.extend(m.span() for m in closers)
    return spans


def _lets_down(text: str, opener: re.Match) -> bool:
    """What an opener such as "well, that went well..." trails into is a let-down."""
    tail = text[opener.end() : opener.end() + 120].casefold()
    return not LET_DOWN.isdisjoint(_LETTERS.findall(tail))


def _verdict_to(text: str, sentence: list, norms: list[str]) -> bool:
    """A sentence that is only a verdict or an order aimed at a group: "Do better, Parkside.",
    "Really poor, KS2." (do better than last year's total is a challenge we set ourselves when
    we say it; "Lovely, Year 2!" is praise)."""
    said = text[sentence[0].start : sentence[-1].end]
    if DO_BETTER.match(said):
        return _WE.isdisjoint(norms) and _OURS.isdisjoint(norms)
    m = VERDICT_TO.match(said)
    if m is None:
        return False
    word = m.group("word").casefold()
    if not (word.startswith("not") or word in VERDICT_WORDS or _judging_word(word)):
        return False
    who = m.group("who")
    named = re.findall(r"[\w'’-]+", who.casefold())
    if named[:1] and named[0] in TURNS:
        return False  # Disappointing, but so proud of them: a feeling, then a turn
    return any(is_person(n) or n in _YOUNG for n in named) or who[:1].isupper()


def _sentence_text(text: str, sentence: list) -> str:
    return text[sentence[0].start : sentence[-1].end]


def _by_others(norms: list[str]) -> bool:
    """People or a body in the sentence who are not ours and not children."""
    return _YOUNG.isdisjoint(norms) and any(
        is_person(n) and (not k or norms[k - 1] not in _OURS) for k, n in enumerate(norms)
    )


def _only_so_late(norms: list[str]) -> bool:
    """"only six weeks late", "finally … after only three years": a delay praised."""
    for k, n in enumerate(norms[:-2]):
        if n == "only" and norms[k + 2] in _TIME_UNITS:
            after = norms[k + 3 : k + 4]
            if after in (["late"], ["overdue"]) or ("finally" in norms and norms[k - 1] == "after"):
                return True
    return False


# What redeems a let-down before it: a turn (but, though) or the school's own thanks or
# apology (the coach was late again, so thank you for waiting).
_REDEEMING = frozenset("but though although yet thank thanks sorry apologies apologise".split())


def _let_down(sentence: list) -> bool:
    """A let-down in the last clause of the sentence: not one redeemed after it (we lost the
    match, but the team never gave up)."""
    norms = [t.norm for t in sentence]
    turn = max((k for k, n in enumerate(norms) if n in _REDEEMING), default=-1)
    return not _LET_DOWN.isdisjoint(norms[turn + 1 :])


def _ironic_close(norms: list[str], others: bool = False) -> bool:
    """Praise alone in a few words: "Really professional.", "Superb service as always."; after
    a let-down by others (not us), any word of praise and one more word: "Top work.", "Great
    driving." (we lost again. Great effort! stays praise of our own)."""
    if _IRONIC_CLOSE.issuperset(norms) and not _IRONIC_EDGE.isdisjoint(norms):
        return True
    if not others:
        return False
    rest = [n for n in norms if n not in _IRONIC_CLOSE]
    return len(rest) <= 1 and (_praising(" ".join(norms)) or not _IRONIC_EDGE.isdisjoint(norms))


def _aimed_at_others(sentence: list) -> bool:
    """People or a body in the sentence that are not ours (the contractors, not our team)."""
    norms = [t.norm for t in sentence]
    others = any(n in TARGETS and (not k or norms[k - 1] not in _OURS) for k, n in enumerate(norms))
    return others and _WE_DID.isdisjoint(norms)  # left us waiting: others did it, to us


_WE_DID = frozenset("we i let's lets".split())


_OURS = frozenset("our my".split())


def _dash_tail(text: str, sentence: list) -> list[str] | None:
    """The last few words of a sentence after a dash (… again - really clever), or None."""
    for j in range(len(sentence) - 1, max(0, len(sentence) - 6), -1):
        if re.search(r"\s[-–—]\s", text[sentence[j - 1].end : sentence[j].start]):
            return [t.norm for t in sentence[j:]]
    return None


def _praising(clause: str) -> bool:
    """A word of praise in the clause (the analyser's positive words: brilliant, lovely)."""
    lexicon = _analyser().lexicon
    return any(
        lexicon.get(w, 0) >= 1.5 or w in PRAISE for w in _LETTERS.findall(clause.casefold())
    )


def _a_wrong(norms: list[str], k: int) -> bool:
    if norms[k] in _WRONGS:
        return True
    return norms[k] in _DEFIED and not _RULES_AND_WAYS.isdisjoint(norms[k + 1 : k + 6])


def _irony(ctx: Context, config: RuleConfig, seen: list[tuple[int, int]]) -> Iterator[Finding]:
    """Sarcasm by its shape, not its words: praise undone by a closing "not", or thanks to
    people for what they did wrong (a big thank you to whoever blocked the gate)."""
    sev = severity(config.params["insults"])
    if not sev:
        return
    text, a = ctx.draft.text, ctx.analysis
    words = {t.norm for t in a.tokens}
    spans = []
    for m in _TRAILING_NOT.finditer(text) if "not" in words else ():
        first = text.rfind("\n", 0, m.start()) + 1
        stop = max(text.rfind(c, first, m.start() - 1) for c in ".!?")
        said = m.group()
        loud = "NOT" in said or "." in said[-2:] or "!" in said or said.startswith(("..", "…"))
        if loud and _praising(text[max(first, stop + 1) : m.start()]):
            spans.append((max(first, stop + 1), m.end()))  # praise, then undone by "not"
    i = 0 if not _THANKS.isdisjoint(words) and not _WRONGS_OR_DEFIED.isdisjoint(words) else None
    while i is not None and i < len(a.tokens):
        first, last = a.sentence_of(i)
        i = last + 1
        norms = [t.norm for t in a.tokens[first : last + 1]]
        if _THANKS.isdisjoint(norms):
            continue
        wrong = next((k for k, n in enumerate(norms) if _a_wrong(norms, k)), None)
        if wrong is None:
            continue
        who = norms[max(0, wrong - 3) : wrong]
        if "who" in who or "whoever" in who or "that" in who:
            spans.append((a.tokens[first].start, a.tokens[first + wrong].end))
    for m in BRACKET_NOT.finditer(text) if "not" in words else ():
        first = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if _praising(text[first : m.start()]):
            spans.append((first, m.end()))  # Cracking news from the council (not)
    spans.extend(_sarcastic_shapes(ctx, words))
    spans.extend(_undone_by_a_close(text, words))
    if "not" in words or "once" in words or "only" in words:
        spans.extend(_praise_undone(ctx))
    verdict = max(
        (severity(config.params["negative"]), severity(config.params["aimed"])),
        key=lambda s: _RANK[s],
    )
    verdicts = verdict and ("not" in words or "unimpressed" in words)
    for m in _NOT_IMPRESSED.finditer(text) if verdicts else ():
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if not any(s < m.end() and start < e for s, e in seen):
            seen.append((start, m.end()))
            yield finding(
                "negative_tone",
                config,
                verdict,
                f"“{m.group().strip()}” judges the people before it. Say what you need them to "
                f"do instead, or acknowledge this warning if the news needs it.",
                start,
                m.end(),
            )
    grumbles = verdict and not (words.isdisjoint(GRUMBLES) and words.isdisjoint(NTH))
    for sentence in ctx.analysis.sentences() if grumbles else ():
        span = (sentence[0].start, sentence[-1].end)
        if text[span[1] : span[1] + 1] == "?":
            continue  # Not impressed by the drizzle? Neither were we: a joke with the reader
        norms = [t.norm for t in sentence]
        if any(s < span[1] and span[0] < e for s, e in seen):
            continue
        if grumble_opener(norms, _YOUNG):
            seen.append(span)
            yield _judgement(config, verdict, text, span, "is a complaint aimed at people")
        elif said_again(norms) is not None:
            seen.append(span)
            yield _judgement(config, verdict, text, span, "is exasperated with its readers")
        elif called_out_in_public(norms, words):
            seen.append(span)
            yield _judgement(config, verdict, text, span, "calls one person out in public")
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        if any(s < end and start < e for s, e in seen):
            continue
        seen.append((start, end))
        yield finding(
            "negative_tone",
            config,
            sev,
            f"“{text[start:end]}” reads as sarcasm, and {_AIMED}",
            start,
            end,
        )


_AIMED = (
    "is aimed at people: the policy rules out derogatory remarks about pupils, parents, staff "
    "and others. Remove it, or say what happened without judging anyone."
)


def _aimed_at_people(
    ctx: Context, config: RuleConfig, seen: list[tuple[int, int]], *, aimed_only: bool
) -> Iterator[Finding]:
    """Phrase rules for wording aimed at people (Year 5 were a disgrace, parents are lazy, what
    a joke), then (aimed_only False) the VADER analyser for a sentence about people that reads
    as hostile."""
    params = config.params
    text = ctx.draft.text
    insult = severity(params["insults"])
    # The stronger of the two: a preset that leaves negative words to the approver still asks
    # about a remark aimed at people (Carlton: "remarks aimed at ... staff, parents").
    negative = max(
        (severity(params["negative"]), severity(params["aimed"])), key=lambda s: _RANK[s]
    )
    if aimed_only:
        negative = None
    else:
        insult = None
    if insult:
        for _, start, end in ctx.phrase_hits(_JIBES):
            if _we_promise(ctx, start):
                continue  # "we will sort it out": the school's promise, not a jibe
            if _praised_before(text, start):
                continue  # a lovely bunch of sunflowers, a proud bunch of gardeners
            if _still_learning(ctx, start):
                continue  # Year 1 clearly can't read the clock yet, so we are practising
            if _of_a_character(ctx, start):
                continue  # letters to the wolf telling him he should be ashamed of himself
            if not any(s < end and start < e for s, e in seen):
                seen.append((start, end))
                yield finding(
                    "negative_tone", config, insult, f"“{text[start:end]}” {_AIMED}", start, end
                )
    if not (insult or negative):
        return
    a = ctx.analysis
    norms = {t.norm for t in a.tokens}
    if insult and not norms.isdisjoint(_SIDES_ARE):
        yield from _named_side(ctx, config, insult, seen)
    if (
        norms.isdisjoint(TARGETS)
        and norms.isdisjoint(WORKS)
        and not _scorn_cues(norms)
        and not any(is_person(n) for n in norms)
    ):
        if negative and _verdict_cues(norms) and "," in text:
            yield from _judged(ctx, config, negative, seen, verdicts_only=True)  # Do better, X.
        if negative and not norms.isdisjoint(EXPECT):
            yield from _let_down_by_name(ctx, config, negative, seen)  # better from the PTA
        return
    if negative and not norms.isdisjoint(COMPLAINT_VERBS):
        yield from _complaints(ctx, config, negative, seen)
    if negative:
        yield from _judged(ctx, config, negative, seen)
    if norms.isdisjoint(_HOSTILE_OR_CLUELESS):
        return
    i = 0
    while i < len(a.tokens):
        first, last = a.sentence_of(i)
        i = last + 1
        sentence = a.tokens[first : last + 1]
        s_start, s_end = sentence[0].start, sentence[-1].end
        if any(s < s_end and s_start < e for s, e in seen) or _about_a_topic(sentence):
            continue
        if _reported_at(sentence) is not None:
            continue  # pupils arguing that zoos are cruel: what they argued, not our remark
        if _of_a_character(ctx, s_start):
            continue  # Year 1 read 'Mr Grumpy' and decided he was very rude
        span = _aimed_span(text, sentence) if insult else None
        if insult and span is None:
            span = _work_called_derogatory(sentence)  # the homework handed in was rubbish
        if span:
            seen.append(span)
            yield finding(
                "negative_tone", config, insult, f"“{text[span[0] : span[1]]}” {_AIMED}", *span
            )
            continue
        if negative and _analyser().polarity_scores(text[s_start:s_end])["compound"] <= -0.6:
            mocked = any(t.norm in MOCKING for t in sentence)
            words = [
                t
                for j, t in enumerate(sentence)
                if _wounding(t, mocked)
                and not _countered(sentence, j)
                and not _condemned(sentence, j)
                and not _said_of_a_thing(ctx, t.start)
                and not in_a_title(text, t.start, t.end)
                and not _pitied(sentence, j)
            ]
            if words and any(is_person(t.norm) for t in sentence):
                quoted = ", ".join(f"“{text[t.start : t.end]}”" for t in words)
                yield finding(
                    "negative_tone",
                    config,
                    negative,
                    f"{quoted} in “{text[s_start:s_end]}” may read as hostile to someone. "
                    f"Rephrase it positively, or acknowledge this warning if the news needs it.",
                    s_start,
                    s_end,
                )


_SIDES_ARE = frozenset("were are".split())


def _scorn(norm: str) -> bool:
    return norm in CONTEMPT or norm in DEROGATORY or norm in DERISION


def _named_side(
    ctx: Context, config: RuleConfig, sev: str, seen: list[tuple[int, int]]
) -> Iterator[Finding]:
    """A school or a team by its own name called a rabble, a shambles: St Mary's were a
    rabble (the people lists cannot name every side, so the capital names it)."""
    text = ctx.draft.text
    for sentence in ctx.analysis.sentences():
        norms = [t.norm for t in sentence]
        if _SIDES_ARE.isdisjoint(norms) or _about_a_topic(sentence):
            continue
        if not NOT_PEOPLE_SUBJECTS.isdisjoint(norms):
            continue  # Storm Bert were a nightmare; the wolves in the story were a menace
        k = named_side_scorned(norms, _capitalised(text, sentence), _scorn)
        if k is None:
            continue
        span = (sentence[0].start, sentence[k].end)
        if not any(s < span[1] and span[0] < e for s, e in seen):
            seen.append(span)
            yield finding(
                "negative_tone", config, sev, f"“{text[span[0] : span[1]]}” {_AIMED}", *span
            )


def _let_down_by_name(
    ctx: Context, config: RuleConfig, sev: str, seen: list[tuple[int, int]]
) -> Iterator[Finding]:
    """"We expected better from the PTA": a let-down aimed at a body by its own name, which the
    people lists cannot hold."""
    text = ctx.draft.text
    for sentence in ctx.analysis.sentences():
        norms = [t.norm for t in sentence]
        span = (sentence[0].start, sentence[-1].end)
        if EXPECT.isdisjoint(norms) or any(s < span[1] and span[0] < e for s, e in seen):
            continue
        if expected_better(norms, _capitalised(text, sentence)) is not None:
            seen.append(span)
            yield _judgement(config, sev, text, span, "is a let-down aimed at people")


def _work_called_derogatory(sentence: list) -> tuple[int, int] | None:
    """People's work given a derogatory verdict however far the verb is from them: some of the
    homework handed in this week was rubbish (as "Year 5's homework was rubbish" is)."""
    norms = [t.norm for t in sentence]
    j = standard_shamed(norms)
    if j is None or norms[j] not in DEROGATORY:
        return None
    return sentence[0].start, sentence[j].end


_PITIED = frozenset("old little things thing souls soul loves love".split())


def _pitied(sentence: list, j: int) -> bool:
    """"Poor" before those it pities: poor Year 4, poor little things, poor Mr Hale."""
    if sentence[j].norm != "poor" or j + 1 >= len(sentence):
        return False
    after = sentence[j + 1].norm
    return is_person(after) or after in _YOUNG or after in _PITIED or after in TITLES


_WE = frozenset("we i us let's lets".split())
_JIBES = (*SARCASM, *CONTEMPT_IDIOMS)


_LEARNING = frozenset("yet learning practising practicing practise practice".split())


def _still_learning(ctx: Context, start: int) -> bool:
    """Children as the subject of a sentence about what they are still learning."""
    found = _sentence_at(ctx, start)
    if found is None:
        return False
    k, sentence = found
    norms = [t.norm for t in sentence]
    return not _YOUNG.isdisjoint(norms[max(0, k - 4) : k]) and not _LEARNING.isdisjoint(norms)


def _praised_before(text: str, start: int) -> bool:
    """A word of praise among the three words before start, in its clause: a very proud bunch
    of (but not "another brilliant framework. Thanks for nothing")."""
    before = re.split(r"[.!?;:\n]", text[max(0, start - 40) : start])[-1]
    words = [w for w in re.findall(r"[\w'’-]+", before)[-3:] if w.casefold() not in MOCKING]
    return _praising(" ".join(words))  # "clearly" mocks: some parents clearly can't be bothered


def _judged(
    ctx: Context,
    config: RuleConfig,
    sev: str,
    seen: list[tuple[int, int]],
    verdicts_only: bool = False,
) -> Iterator[Finding]:
    """Judgements of people by their shape, sentence by sentence: their thinking mocked (some
    families clearly think term dates are optional), condescension (it really isn't that
    difficult), and a closing verdict after what they failed to do (… got it wrong again.
    Typical.)."""
    a, text = ctx.analysis, ctx.draft.text
    sentences = a.sentences()
    for n, sentence in enumerate(sentences):
        norms = [t.norm for t in sentence]
        s_start, s_end = sentence[0].start, sentence[-1].end
        if any(s < s_end and s_start < e for s, e in seen) or _about_a_topic(sentence):
            continue
        span, why = None, "judges people"
        if verdicts_only:
            if len(norms) <= 8 and _verdict_to(text, sentence, norms):
                seen.append((s_start, s_end))
                why = "is a verdict aimed at people"
                yield _judgement(config, sev, text, (s_start, s_end), why)
            continue
        k = presumption(norms, _YOUNG)
        if k is not None and not _praising(text[sentence[k].end : s_end]):
            span, why = (s_start, s_end), "mocks what people think"
        if k is None and (_what_a(norms) or _typical_of(norms)):
            span, why = (s_start, s_end), "is derogatory about people"
        if span is None and _blamed(norms):
            span, why = (s_start, s_end), "blames people"
        m = NOT_HARD.search(text, s_start, s_end)
        if span is None and m and _talks_down(text, m.end(), s_end, norms):
            span, why = (s_start, s_end), "talks down to people"
        if span is None and n and _verdict_after_failure(sentences[n - 1], norms):
            span = (sentences[n - 1][0].start, s_end)
        if span is None and len(norms) <= 8 and _verdict_to(text, sentence, norms):
            span, why = (s_start, s_end), "is a verdict aimed at people"
        m = shouted_few(text[s_start:s_end], norms) if span is None else None
        if m:
            span, why = (s_start + m.start(), s_start + m.end()), "shouts how few people came"
        if span is None and not _of_a_character(ctx, s_start):
            span, why = _belittled(text, sentence, norms) or (None, why)
        if span is None:
            span, why = _mocking(text, sentence, norms) or (None, why)
        if span is None:
            continue
        seen.append(span)
        yield _judgement(config, sev, text, span, why)


def _capitalised(text: str, sentence: list):
    """Whether the sentence's word at an index (before an 's, the name it belongs to) is
    written with a capital as a name is: inside the sentence, or a word that is no everyday
    word at its start."""

    def capitalised(i: int) -> bool:
        if 0 < i < len(sentence) and sentence[i].norm == "s":
            i -= 1
        if not 0 <= i < len(sentence) or not text[sentence[i].start].isupper():
            return False
        return i > 0 or not is_common_word(sentence[i].norm)

    return capitalised


def _belittled(text: str, sentence: list, norms: list[str]) -> tuple[tuple, str] | None:
    """Tenth-round shapes that belittle people (tone.py says each one's limits): thanks that
    sneer at those who did not bother, a coy hedge before a verdict, conduct likened to
    toddlers', shame wished on people, a let-down said as an expectation, a standard shamed."""
    s_start, s_end = sentence[0].start, sentence[-1].end
    whole = (s_start, s_end)
    if grudging_actually(norms) is not None:
        return whole, "sneers at those who did not do it"
    if coy_hedge(text, s_start, s_end, _judging_word) and any(is_person(n) for n in norms):
        return whole, "hints at a verdict on people it does not say"
    if likened_to(norms) is not None:
        return whole, "belittles people"
    if should_be_ashamed(norms) is not None:
        return whole, "shames people"
    if expected_better(norms, _capitalised(text, sentence)) is not None:
        return whole, "is a let-down aimed at people"
    if standard_shamed(norms) is not None:
        return whole, "judges people's work"
    if let_down(norms) is not None or a_let_down_as_people(norms) is not None:
        return whole, "blames people"
    if told_to_grow_up(norms) is not None or called_a_handful(norms) is not None:
        return whole, "talks down to people"
    if mocked_for_failing(norms) is not None or thanks_for_the_least(norms) is not None:
        return whole, "mocks people"
    if had_enough_of(norms) is not None:
        return whole, "is exasperated with people"
    if bless_them(norms, _YOUNG) is not None:
        return whole, "talks down to people"
    return None


def _judgement(config: RuleConfig, sev: str, text: str, span: tuple[int, int], why: str) -> Finding:
    return finding(
        "negative_tone",
        config,
        sev,
        f"“{text[span[0] : span[1]]}” {why}. Say what you need them to do instead, or "
        f"acknowledge this warning if the news needs it.",
        *span,
    )


def _scorn_cues(norms: set[str]) -> bool:
    """Words a shape of scorn needs, whoever it is aimed at (a farce of a consultation, about
    as useful as, as much use as): the booking system is someone's work."""
    if "as" in norms and ("about" in norms or "use" in norms):
        return True
    return "of" in norms and not norms.isdisjoint(DERISION)


def _verdict_cues(norms: set[str]) -> bool:
    """Words a verdict or an order to a group by its name needs (Do better, Oakwood Road;
    Really poor, Parkside): the name may be no word for people at all."""
    if "better" in norms and "do" in norms:
        return True
    return len(norms) <= 12 and not norms.isdisjoint(VERDICT_WORDS)


def _mocking(text: str, sentence: list, norms: list[str]) -> tuple[tuple, str] | None:
    """Scorn by its shape, with no insult in it: a farce of a decision, about as useful as a
    chocolate teapot, congratulations to the council on another brilliant decision to close
    the library."""
    whole = (sentence[0].start, sentence[-1].end)
    words = set(norms)
    if "of" in words and not words.isdisjoint(DERISION):
        if derision_of(norms, NOT_PEOPLE_SUBJECTS) is not None:
            return whole, "scorns what someone did"
    if "as" in words:
        k = ironic_simile(norms, _positive)
        if k is not None and _YOUNG.isdisjoint(norms[:k]) and _WE.isdisjoint(norms[:k]):
            return whole, "mocks people by comparison"
    if "another" in words and _ironic_thanks(text, sentence, norms):
        return whole, "reads as sarcasm"
    if "of" in words and not words.isdisjoint(TRAITS) and trait_of(norms, _positive) is not None:
        return whole, "mocks people by comparison"
    if "strong" in words and not_a_strong_point(norms, _WE, _YOUNG) is not None:
        return whole, "is derogatory about people"
    if any(q in text[whole[0] : whole[1]] for q in _QUOTES):
        if SCARE_QUOTED.search(text, whole[0], whole[1]) or (
            scare_quoted_people(text, *whole) and not _role_played(text, whole, words)
        ):
            return whole, "mocks people's standing with quotation marks"
        if _praise_in_scare_quotes(text, whole, norms):
            return whole, "mocks people's standing with quotation marks"
    if _mocking_question(text, sentence, norms):
        return whole, "mocks people with a question"
    if "like" in words and behaved_like(norms, _positive) is not None:
        return whole, "mocks how people behaved"
    if ("from" in words or "by" in words) and not words.isdisjoint(CONDUCT):
        if conduct_from(norms, _judging_word, _YOUNG) is not None:
            return whole, "judges people's conduct"
    if not words.isdisjoint(_FAILING_CUES) and (
        failing_mocked(norms, _YOUNG) is not None or never_bothered(norms, _YOUNG) is not None
    ):
        return whole, "mocks what people fail to do"
    if "left" in words and left_in_a_mess(norms, _YOUNG) is not None:
        return whole, "blames people"
    if not words.isdisjoint(_HATS) and _thanked_for_thinking(norms):
        return whole, "reads as sarcasm"
    if not _SEEN_TO.isdisjoint(words) and NEEDS_TESTING.search(text, *whole):
        return whole, "mocks people"
    if ("unlike" in words or "but" in words) and put_down_by_comparison(norms) is not None:
        return whole, "puts others down by comparison"
    if "shame" in words and _shame_on_someone(norms):
        return whole, "blames people"
    if "you" in words and _called_names(norms):
        return whole, "calls people names"
    return None


_BE_YOU = frozenset("re are were".split())


def _called_names(norms: list[str]) -> bool:
    """"You're an embarrassment", "you lot are a disgrace": people told what they are."""
    for k, n in enumerate(norms[:-2]):
        if n != "you":
            continue
        j = k + 1 + (norms[k + 1] == "lot") + (norms[k + 1 : k + 3] == ["all", "are"])
        if j >= len(norms) or norms[j] not in _BE_YOU:
            continue
        rest = norms[j + 1 : j + 4]
        if rest[:1] in (["a"], ["an"], ["such"]) and any(
            w in DEROGATORY or w in CONTEMPT for w in rest[1:3]
        ):
            return True
    return False


_QUOTES = "\"“‘'"


_QUOTED_PRAISE = re.compile(r"(?<![\w'’])['‘\"“](?P<w>[a-z]+)['’\"”](?![\w'’])")
_WORD_TALK = frozenset("word words called means mean meaning spell spelling spelt".split())


def _praise_in_scare_quotes(text: str, whole: tuple[int, int], norms: list[str]) -> bool:
    """A word of praise in quotation marks, said of people who are not children: so 'proud' of
    our parents, the 'helpful' advice from the trust (Year 2 learnt the word 'kind': a word)."""
    if not _WORD_TALK.isdisjoint(norms) or not _YOUNG.isdisjoint(norms):
        return False
    if not any(is_person(n) for n in norms):
        return False
    return any(
        _positive(m.group("w")) or m.group("w") in _STANDING
        for m in _QUOTED_PRAISE.finditer(text, whole[0], whole[1])
    )


# What people claim to be, quoted to doubt it: the 'experienced' drivers, our 'qualified' staff.
_STANDING = frozenset(
    "experienced qualified trained skilled expert professional reliable organised punctual "
    "competent".split()
)


def _role_played(text: str, whole: tuple[int, int], words: set[str]) -> bool:
    """Children praised for a part they played: Year 6 were the "teachers" for a day."""
    return not _YOUNG.isdisjoint(words) and _praising(text[whole[0] : whole[1]])
# Words the shapes of failing need: clearly, obviously (don't), bother, bothered.
_FAILING_CUES = SURE | frozenset("bother bothered".split())


def _shame_on_someone(norms: list[str]) -> bool:
    """"Shame on" people: shame on parents who park on the zigzags, shame on the council."""
    for k, n in enumerate(norms[:-2]):
        if n == "shame" and norms[k + 1] == "on":
            return any(is_person(w) for w in norms[k + 2 : k + 5])
    return False


_HATS = _THANKS | frozenset("hats".split())
_THINKING = frozenset("think thinks thought believes reckons".split())


def _thanked_for_thinking(norms: list[str]) -> bool:
    """Thanks to whoever thinks something (hats off to the parent who thinks the disabled bay is
    theirs), not to someone who thinks of others."""
    if _HATS.isdisjoint(norms):
        return False
    for k, n in enumerate(norms[1:-1], 1):
        if n in _THINKING and norms[k - 1] in ("who", "whoever") and norms[k + 1] not in _OF:
            return True
    return False


_OF = frozenset("of about up".split())


_SEEN_TO = frozenset("eyes head wall".split())


def _positive(word: str) -> bool:
    """A word the analyser scores as positive, or British praise it lacks (cracking, ace)."""
    return _VADER_POSITIVE.get(word, 0) > 0 or word in PRAISE


def _judging_word(norm: str) -> bool:
    """A word that judges what it describes: gross, pitiful, shoddy (not sad, not lost)."""
    if norm in VERDICT_WORDS:
        return True  # embarrassing effort from, poor behaviour by
    if norm in FEELINGS or norm in MISFORTUNE or norm in HARDSHIP:
        return False
    return norm in CONTEMPT or norm in DEROGATORY or _VADER_WORDS.get(norm, 0) <= -1.5


_REALLY = frozenset("seriously really honestly come on".split())


def _mocking_question(text: str, sentence: list, norms: list[str]) -> bool:
    """A question of disbelief at people: "Seriously, parents?" (not "Really, Year 6? You
    smashed it!"), or "Who at the council thought it was a good idea to …?"."""
    end = sentence[-1].end
    if text[end : end + 2].lstrip()[:1] != "?":
        return False
    if _praising(" ".join(re.findall(r"[^.!?]*[.!?]*", text[end + 1 :])[:2])):
        return False  # Really, everyone? £300 raised? Thank you so much!
    if "idea" in norms and "thought" in norms and "good" in norms:
        at = norms.index("thought")
        return "who" in norms[:at] or "whoever" in norms[:at]
    if len(norms) > 4 or _REALLY.isdisjoint(norms) or not _YOUNG.isdisjoint(norms):
        return False
    return any(is_person(n) for n in norms)


# What a body may be sarcastically thanked for doing again: another decision to close, to cut.
_CUTS = frozenset("close closes closing closed cut cuts cutting scrap scraps axe axes shut".split())


def _ironic_thanks(text: str, sentence: list, norms: list[str]) -> bool:
    """Thanks to others (not ours, not children) for "another brilliant" thing that closes,
    cuts or lets down, in that clause."""
    if _THANKS.isdisjoint(norms) or "another" not in norms:
        return False
    k = norms.index("another")
    thanked = next((j for j, n in enumerate(norms[:k]) if n in _THANKS), None)
    if thanked is None or not _praising(" ".join(norms[k + 1 : k + 3])):
        return False
    who = norms[thanked:k]
    others = any(n in TARGETS and (not j or who[j - 1] not in _OURS) for j, n in enumerate(who))
    if not others or not _YOUNG.isdisjoint(who):
        return False
    clause = [t.norm for t in _clause(text, sentence[k + 1 :])][:8]
    return not (_CUTS | _LET_DOWN).isdisjoint(clause)


_PITY = frozenset("shame pity".split())  # what a shame the trip was cancelled: sad news


def _what_a(norms: list[str]) -> bool:
    """An exclamation of contempt about people: "What an embarrassment our team was", not
    "What a nightmare for the parents stuck in traffic" (for them, not about them)."""
    if norms[:1] != ["what"] or norms[1:2] not in (["a"], ["an"]):
        return False
    word = next((n for n in norms[2:4] if n in DEROGATORY or n in CONTEMPT), None)
    if word is None or word in _PITY:
        return False
    rest = norms[norms.index(word) + 1 :]
    return any(is_person(n) or n in _YOUNG for n in rest) and "for" not in rest[:2]


def _typical_of(norms: list[str]) -> bool:
    """ "Typical of the council to …": a verdict on what people always do."""
    for k, n in enumerate(norms[:-1]):
        if n == "typical" and norms[k + 1] == "of":
            return any(p in TARGETS for p in norms[k + 2 : k + 5])
    return False


_DESPITE = frozenset("despite although though even after".split())


def _blamed(norms: list[str]) -> bool:
    """Something spoilt "thanks to" people, in one clause: the fair was a disaster thanks to the
    PTA's planning (a success thanks to the PTA is praise; despite the storm damage we reopened
    thanks to our caretaker is praise too)."""
    for k, n in enumerate(norms[:-2]):
        if n != "thanks" or norms[k + 1] != "to" or not _DESPITE.isdisjoint(norms[:k]):
            continue
        spoilt = any(_VADER_WORDS.get(w, 0) <= -1.5 or w in DEROGATORY for w in norms[:k])
        return spoilt and any(p in TARGETS or p in WORKS for p in norms[k + 2 : k + 7])
    return False


def _talks_down(text: str, end: int, s_end: int, norms: list[str]) -> bool:
    """ "Not that hard" said to people, not of what pupils managed (it was not that hard for
    Year 1 to learn the song, they loved it)."""
    rest = text[end:s_end]
    if re.match(r"\s+for\b", rest) or _praising(rest):
        return False
    return not TARGETS.isdisjoint(norms)


def _verdict_after_failure(before: list, norms: list[str]) -> bool:
    """A short closing verdict (Typical., As usual., Again., Disappointing.) after a sentence
    in which people failed (by choice, for "Disappointing": a final lost is no one's fault)."""
    if len(norms) > 3 or not VERDICTS.issuperset(norms) or VERDICT_EDGE.isdisjoint(norms):
        return False
    said = [t.norm for t in before]
    failed = FAILED_BY_CHOICE if "disappointing" in norms else FAILED
    return not failed.isdisjoint(said) and any(is_person(n) for n in said)


# A story's cast, for a harsh word about one of them: the wolf should be ashamed of himself.
_CAST = frozenset(
    "wolf wolves witch witches giant giants troll trolls dragon dragons monster monsters villain "
    "villains ogre ogres goblin goblins ghost ghosts pirate pirates character characters fox "
    "bear gruffalo stepmother stepsisters".split()
)
_STORY_CUES = frozenset(
    "read reads reading story stories book books novel play pantomime panto film author "
    "character characters".split()
)
_PRONOUNS = frozenset("he she him her they them you it".split())
_TITLE_QUOTED = re.compile(r"['‘\"“](?:[A-Z][\w’'-]*\s?){1,6}['’\"”]")


def _of_a_character(ctx: Context, start: int) -> bool:
    """A harsh word in a sentence about a story's character, said by children about it or to
    it, with no adult in it: letters to the wolf telling him he should be ashamed; Year 5 read
    'The Twits' and decided Mr Twit was disgusting (a Mr whose name is in the quoted title);
    in our pantomime the Wicked Queen was dreadful."""
    found = _sentence_at(ctx, start)
    if found is None:
        return False
    _k, sentence = found
    norms = [t.norm for t in sentence]
    if _CAST.isdisjoint(norms) and _STORY_CUES.isdisjoint(norms):
        return False  # cheap: no character and no story, as in most sentences
    if any(is_person(n) and n not in _YOUNG and n not in _PRONOUNS for n in norms):
        return False
    text = ctx.draft.text
    s_start, s_end = sentence[0].start, sentence[-1].end
    if not TITLES.isdisjoint(norms):
        quoted = {w.casefold().rstrip("s") for m in _TITLE_QUOTED.finditer(text)
                  for w in re.findall(r"[A-Za-z]+", m.group())}
        for t, n in zip(sentence, sentence[1:], strict=False):
            named = text[n.start].isupper()  # the Wicked Queen was dreadful: a title, no name
            if t.norm in TITLES and named and n.norm.rstrip("s") not in quoted:
                return False  # Year 5 read 'The Twits' and Mr Hale was disgusting: an adult
    if not _CAST.isdisjoint(norms):
        return True
    if _STORY_CUES.isdisjoint(norms):
        return False
    if _TITLE_QUOTED.search(text, s_start, s_end):
        return True  # Year 1 read 'Mr Grumpy' and decided he was very rude
    return any(  # the Wicked Queen in our pantomime, not the capital of the sentence's start
        m.start() > s_start for m in TITLE_PAIR.finditer(text, s_start, s_end)
    )


def _we_promise(ctx: Context, start: int) -> bool:
    """An imperative jibe (sort it out, get a grip) with the school itself as its subject,
    within the three words before it: we will sort it out, I'll sort it out."""
    a = ctx.analysis
    i = next((k for k, t in enumerate(a.tokens) if t.start >= start), len(a.tokens))
    if i == len(a.tokens):
        return False
    first, _ = a.sentence_of(i)
    return any(t.norm in _WE for t in a.tokens[max(first, i - 3) : i])


def _complaints(
    ctx: Context, config: RuleConfig, sev: str, seen: list[tuple[int, int]]
) -> Iterator[Finding]:
    a, text = ctx.analysis, ctx.draft.text
    i = 0
    while i < len(a.tokens):
        first, last = a.sentence_of(i)
        i = last + 1
        s_start, s_end = a.tokens[first].start, a.tokens[last].end
        if any(s < s_end and s_start < e for s, e in seen) or not _complaint(a, first, last):
            continue
        seen.append((s_start, s_end))
        yield finding(
            "negative_tone",
            config,
            sev,
            f"“{text[s_start:s_end]}” complains about people. Say what you need them to do "
            f"instead, or acknowledge this warning if the news needs it.",
            s_start,
            s_end,
        )


def _complaint(a, first: int, last: int) -> bool:
    """People who did not do what was asked, again (the parents who ignored the one-way system
    again; families who forget, as usual), or a one-word ironic sentence after it (Brilliant.)."""
    sentence = a.tokens[first : last + 1]
    norms = [t.norm for t in sentence]
    doers = [
        k
        for k, n in enumerate(norms)
        if n in COMPLAINT_VERBS and any(p in PEOPLE_WORDS for p in norms[max(0, k - 4) : k])
    ]
    if not doers:
        return False  # the people are the ones who did it: parents who ignored, not "don't"
    if any(n in AGAIN_WORDS for n in norms):
        return True
    nxt = last + 1
    if nxt < len(a.tokens):
        n_first, n_last = a.sentence_of(nxt)
        return n_first == n_last and a.tokens[n_first].norm in IRONY_WORDS
    return False


def _done_to_them(window: list, j: int) -> bool:
    """A passive before the word at j: (have been) targeted by a scam, sent a fake invoice,
    hit by a virus."""
    norms = [t.norm for t in window[:j]]
    if norms[:1] == ["been"]:
        norms = norms[1:]
    if norms and _participle(norms[0]):
        return True
    return any(_participle(n) and "by" in norms[k + 1 : k + 3] for k, n in enumerate(norms))


_IRREGULAR_PARTICIPLES = frozenset(
    "sent told given shown hit left sold made taught caught brought bought kept put set let "
    "heard found sold struck stung bitten".split()
)


def _participle(norm: str) -> bool:
    return (len(norm) > 3 and norm.endswith(("ed", "en"))) or norm in _IRREGULAR_PARTICIPLES


def _condemned(sentence: list, j: int) -> bool:
    """The word at j is what the sentence condemns: bullying is never acceptable, racism will
    not be tolerated (the school's stance against something bad, not a remark on anyone)."""
    after = [t.norm for t in sentence[j + 1 : j + 6]]
    return any(n in _STANCE for n in after) and not _NEGATORS.isdisjoint(after[:4]) or (
        "unacceptable" in after[:3] and j == 0
    )


_STANCE = frozenset("acceptable tolerated tolerate allowed place welcome".split())


def _praised_how(window: list, j: int) -> bool:
    """A word of praise ending in -ly right before the word at j (brilliantly nasty), or a
    part played (grumpy as the ugly sisters)."""
    if not j:
        return False
    if j >= 2 and window[j - 2].norm == "as" and window[j - 1].norm in _THE:
        return True
    before = window[j - 1].norm
    return before.endswith("ly") and before not in MOCKING and _VADER_POSITIVE.get(before, 0) >= 1.0


def _countered(sentence: list, j: int) -> bool:
    """The word at j is what people act against: cut food waste, tackle bullying, stop the
    litter (a campaign against something bad, not a judgement of anyone)."""
    return any(t.norm in COUNTERING for t in sentence[max(0, j - 3) : j])


def _wounding(token, mocked: bool = False) -> bool:
    if token.norm in FEELINGS or token.norm in MISFORTUNE:
        return False  # were disappointed, felt sad: how people feel, not what they are
    if token.norm in HARDSHIP and not mocked:
        return False  # if you are struggling, families suffering: a need, not a judgement
    if token.norm in DEROGATORY or token.norm in CONTEMPT:
        return True
    # were frightened, were beaten: what happened to people or how they felt, not what they are
    return _VADER_WORDS.get(token.norm, 0) <= -1.8 and not token.norm.endswith(("ed", "en"))


def _of_a_thing(window: list, j: int) -> bool:
    """The word at j describes the thing after it: acted out the angry giant, rude poems."""
    nxt = window[j + 1].norm if j + 1 < len(window) else ""
    if nxt == "of" and [t.norm for t in window[j + 2 : j + 3]] == ["riches"]:
        return True  # an embarrassment of riches: praise
    return nxt in ARTEFACTS or nxt in NOT_PEOPLE_SUBJECTS or nxt in MISFORTUNE


_CLAUSE_OPENERS = frozenset("whether if because when while which but and or so".split())
_RELATIVE = frozenset("who that".split())
_WHOEVER = frozenset("whoever anyone someone somebody".split())  # a clause follows them


def _target(sentence: list, k: int) -> bool:
    """People, a body (the council, Ofsted), or someone's work (Ofsted's report, Mr Dawson's
    assembly) at k."""
    norm = sentence[k].norm
    if is_person(norm):
        return True
    if norm not in WORKS or k < 2 or sentence[k - 1].norm != "s":
        return False
    owner = sentence[k - 2]
    return owner.norm in TARGETS or owner.capitalised


def _judging_verb(sentence: list, k: int) -> tuple[int | None, list]:
    """The verb that makes the people at k the subject of a judgement: next to them, after a
    short phrase (the referee at Saturday's match was…) or after a clause about them (parents
    who park on the zigzags are…); never past another verb or a new clause (Year 4 debated
    whether zoos are cruel)."""
    relative = sentence[k].norm in _WHOEVER or (
        k + 1 < len(sentence) and sentence[k + 1].norm in _RELATIVE
    )
    near = sentence[k + 1 : k + (11 if relative else 8)]
    for j, t in enumerate(near):
        if t.norm in AIMING_WORDS or t.norm in _HAVE or t.norm in ACCUSED or t.norm in _BECOMING:
            return j, near
        if relative:
            continue
        if t.norm in _CLAUSE_OPENERS or t.norm in _RELATIVE or t.norm.endswith("ed"):
            return None, near
    return None, near


def _clause(text: str, tokens: list) -> list:
    """Tokens up to the end of their clause (a comma, a colon or a joining word ends it)."""
    for j, t in enumerate(tokens):
        if j and (t.norm in _JOINING or any(c in text[tokens[j - 1].end : t.start] for c in ",;:")):
            return tokens[:j]
    return tokens


_JOINING = frozenset("but though although because while whereas when even".split())
_LINKING = frozenset("for to with by from at on in of".split())


def _relative_after(sentence: list, k: int) -> bool:
    """A clause about the people at k follows them: to parents who park on the zigzags."""
    return k + 1 < len(sentence) and sentence[k + 1].norm in _RELATIVE


def _predicate(tokens: list) -> list:
    """What is said of the people, up to a verb of purpose: "parents are asked to reduce waste",
    "staff are working to cut bullying" say what they do about something bad, not what they are
    ("were too lazy to read", "are known to be rude" keep what comes before or after "to be")."""
    if tokens and _doing(tokens[0]):
        return []  # Year 3 were reading nonsense verse: what they did, not what they are
    for j, t in enumerate(tokens):
        if t.norm == "to" and j + 1 < len(tokens) and tokens[j + 1].norm not in _TO_BE:
            return tokens[:j]
    return tokens


_TO_BE = frozenset("be been".split())
_STILL_BEING = frozenset("being getting becoming".split())


def _doing(token) -> bool:
    """A verb of doing right after "were" (were reading, are writing), not a judging word that
    ends the same way (were boring, are annoying) nor being or becoming."""
    norm = token.norm
    if not norm.endswith("ing") or len(norm) < 6 or norm in _STILL_BEING:
        return False
    return not _wounding(token, True) and _VADER_WORDS.get(norm, 0) > -1.0


def _aimed_span(ctx_text: str, sentence: list) -> tuple[int, int] | None:
    """People as the subject of a judgement (parents are lazy, Year 3 were a disgrace, the
    inspector had no idea), or a wounding word right before them (how rude some families were,
    lazy parents)."""
    mocked = any(t.norm in MOCKING for t in sentence)
    for k, token in enumerate(sentence):
        if not _target(sentence, k):
            continue
        if any(t.norm in NOT_PEOPLE_SUBJECTS for t in sentence[max(0, k - 3) : k]):
            continue  # the witch in our Year 2 play: the witch is judged, not Year 2
        if k and sentence[k - 1].norm in _LINKING and not _relative_after(sentence, k):
            continue  # the road up to school too dangerous: school is where, not who is judged
        before = sentence[max(0, k - 2) : k]
        for n, t in enumerate(before):
            between = ctx_text[t.end : token.start]
            joined = any(b.norm in _JOINING for b in before[n + 1 :])
            if any(c in between for c in ",;:") or joined:
                continue  # the weather was awful, but Year 5 finished: another clause
            if any(b.norm in _LINKING for b in before[n + 1 :]):
                continue  # balloon animals for everyone: a thing given to people, not them
            if t.norm in DEROGATORY and t.norm not in FEELINGS:
                return t.start, token.end
        # The verb that aims the judgement comes within three words of the people it judges
        # ("Year 4 debated whether zoos are cruel" judges zoos, not Year 4).
        verb, near = _judging_verb(sentence, k)
        if verb is None:
            continue
        if near[verb].norm in ACCUSED and not _negated(near, verb):
            return token.start, near[verb].end  # our neighbours cheated, lied, poached
        window = _predicate(_clause(ctx_text, sentence[k + 2 + verb : k + 9 + verb]))
        # were a disgrace; have been a nightmare
        been = verb + 1 < len(near) and near[verb + 1].norm == "been"
        judging = near[verb].norm in AIMING_WORDS or near[verb].norm in _BECOMING or been
        for j, t in enumerate(window):
            # a pain, a struggle: a hardship word as what someone is, not what they are in
            called = mocked or (j > 0 and window[j - 1].norm in ("a", "an", "such"))
            wounding = judging and _wounding(t, called) and not _negated(window, j)
            if wounding and _done_to_them(window, j):
                continue  # parents have been targeted by a scam: what was done to them
            if wounding and _praised_how(window, j):
                continue  # brilliantly nasty as the stepmother, wonderfully grumpy: acting
            if wounding and not _of_a_thing(window, j) and not _countered(window, j):
                return token.start, t.end
            if t.norm == "no" and j + 1 < len(window) and window[j + 1].norm in CLUELESS:
                return token.start, window[j + 1].end
            clue = j + 1 < len(window) and window[j + 1].norm in CLUELESS
            if clue and t.norm in ("a", "any") and _negated(near, verb):
                return token.start, window[j + 1].end  # didn't have a clue, hasn't any idea
    return None


_NEGATORS = frozenset("not never hardly nor t".split())  # t: wasn't, weren't
# What may stand between a denial and the word it denies: not at all rude, never once boring.
_DENIAL_FILLER = frozenset(
    "at all very so too that remotely in the least a bit once ever be been being was were is "
    "are".split()
)


def _negated(window: list, j: int) -> bool:
    """A wounding word denied just before it: "not at all boring", "never rude", "anything but
    dull"."""
    for i in range(j - 1, max(-1, j - 5), -1):
        norm = window[i].norm
        if norm in _NEGATORS or (norm == "but" and i and window[i - 1].norm in _BUT_NOT):
            return True
        if norm not in _DENIAL_FILLER:
            return False
    return False


_BUT_NOT = frozenset("anything nothing".split())  # anything but boring: the opposite


def _denied(ctx: Context, pos: int) -> bool:
    """The words at pos denied just before them, in their sentence (were not rude at all)."""
    found = _sentence_at(ctx, pos)
    return found is not None and _negated(found[1], found[0])


_NOT_SOMEONE = frozenset("year class school work homework lesson lessons".split())


def _after_someone(ctx: Context, pos: int) -> bool:
    """Someone named or meant before the words at pos, in their sentence: a title and a name
    (Mrs Kaur's assembly), or people (the parents, the referee). A one- or two-word sentence
    ("Ridiculous.") is a verdict on the sentence before it, so that sentence counts too."""
    a = ctx.analysis
    for i, token in enumerate(a.tokens):
        if token.end > pos:
            first, last = a.sentence_of(i)
            if last - first <= 1 and first > 0:
                first = a.sentence_of(first - 1)[0]
            before = a.tokens[first:i]
            for k, t in enumerate(before):
                if t.norm in TITLES and k + 1 < len(before) and before[k + 1].capitalised:
                    return True
                if t.norm in TARGETS and t.norm not in _NOT_SOMEONE:
                    return True
            return _from_someone(a.tokens[i + 1 : last + 1])
    return False


def _before_people(token) -> bool:
    """A word that may stand before the people named: the, their, Greenfield's (a name)."""
    return token.norm in OBJECT_WORDS or token.capitalised or token.norm == "s"


def _from_someone(after: list) -> bool:
    """People the words come from, right after them: shocking refereeing from their coach,
    behaviour from some parents that was unacceptable."""
    for k, t in enumerate(after[:3]):
        if t.norm in ("from", "by"):
            rest = [n.norm for n in after[k + 1 : k + 5] if not _before_people(n)]
            return any(n in TARGETS and n not in _NOT_SOMEONE for n in rest[:2])
    return False


# Verbs and nouns that report what pupils argued, debated or wrote (a motion, a persuasive
# letter): the words of the clause after them ("whether homework is useless", "that zoos are
# cruel") are the topic of the task, not the school's remark about anyone.
_REPORTING = frozenset(
    "debated debate debating debates argued argue argues arguing argument arguments discussed "
    "discuss discussing discussion persuasive persuade persuading persuaded motion motions "
    "investigated investigating predicted predicting".split()
)
_REPORTED_OPENERS = frozenset("whether that if why which what how".split())


def _reported_at(sentence: list) -> int | None:
    """Index in sentence where a reported clause starts (after "debated whether", "arguing
    that", "a persuasive letter saying that"), or None."""
    for k, t in enumerate(sentence):
        if t.norm in _REPORTING:
            for j in range(k + 1, min(k + 5, len(sentence))):
                if sentence[j].norm in _REPORTED_OPENERS:
                    return j
    return None


_FEW = frozenset("some certain few minority".split())
# What people are thanked for: a sentence about "a few parents" who did one of these is praise.
_GOOD_DEEDS = frozenset(
    """
help helped helping helps offered offer volunteered volunteer volunteers donated donate
kindly thank thanks thanked generous generously baked joined came come attended enjoyed
supported support raised raise brought gave given shared lovely wonderful brilliant
""".split()
)


def _kind_few(ctx: Context, start: int, end: int) -> bool:
    """'Some parents', 'a few parents' in a sentence of thanks or help (a few parents have
    offered to help), not a complaint about a group."""
    words = plain(ctx.draft.text[start:end]).split()
    if not words or not _FEW & set(words):
        return False
    found = _sentence_at(ctx, start)
    if found is None:
        return False
    _i, sentence = found
    words = [t.norm for t in sentence]
    # some parents have been targeted, were contacted by a scammer: what happened to them, so
    # the scam after "by" is no remark on them
    victims = next(
        (
            k
            for k, (a, b) in enumerate(zip(words, words[1:], strict=False))
            if a in ("been", "were", "was")
            and (b in _RECEIVED or b.endswith("ed") and "by" in words[k + 2 : k + 4])
        ),
        None,
    )
    norms = set(words if victims is None else words[:victims])
    in_need = not norms.isdisjoint(HARDSHIP) and norms.isdisjoint(MOCKING)
    good = norms & _GOOD_DEEDS or in_need or victims is not None
    return bool(good) and norms.isdisjoint(_HOSTILE - HARDSHIP)


# What is done to people who receive something, with or without "by": sent a fake invoice.
_RECEIVED = frozenset(
    "sent given shown told targeted affected contacted approached emailed phoned texted "
    "scammed hit".split()
)


def _sentence_at(ctx: Context, pos: int) -> tuple[int, list] | None:
    """(index within its sentence, the sentence's tokens) of the first token ending after pos."""
    a = ctx.analysis
    for i, token in enumerate(a.tokens):
        if token.end > pos:
            first, last = a.sentence_of(i)
            return i - first, a.tokens[first : last + 1]
    return None


def _reported(ctx: Context, pos: int) -> bool:
    found = _sentence_at(ctx, pos)
    if found is None:
        return False
    k, sentence = found
    at = _reported_at(sentence)
    return at is not None and at < k


def _in_topic_sentence(ctx: Context, pos: int) -> bool:
    found = _sentence_at(ctx, pos)
    return found is not None and _about_a_topic(found[1])


_MODIFIERS = frozenset("year class school".split())  # Year 1's story, the school play
_THE = frozenset("the a an this that".split())
# Words between "from" and the people it names: from the visiting PE teacher, from some parents.
OBJECT_WORDS = frozenset(
    "the a an their our his her its some certain visiting other opposing new pe".split()
)


def _said_of_a_thing(ctx: Context, pos: int) -> bool:
    """A negative word whose clause is about the weather, a story's villain or a thing, with no
    people in it: not a remark about anyone."""
    a = ctx.analysis
    for i, token in enumerate(a.tokens):
        if token.end > pos:
            first, _last = a.sentence_of(i)
            norms = {t.norm for t in a.tokens[first : i + 1]}
            nxt = next((t.norm for t in a.tokens[i + 1 : i + 3] if t.norm not in _THE), "")
            if nxt in ARTEFACTS or nxt in MISFORTUNE:
                return True  # angry letters, terrible damage, how awful the disaster was
            if i + 1 < len(a.tokens) and a.tokens[i + 1].norm in NOT_PEOPLE_SUBJECTS:
                return True  # her scary ghost story, a grumpy troll: the word describes it
            if nxt in NOT_PEOPLE_SUBJECTS:
                norms.add(nxt)  # the awful weather, how dreadful the flood was
            things = not norms.isdisjoint(NOT_PEOPLE_SUBJECTS) or not norms.isdisjoint(ANIMALS)
            return things and not (norms & PEOPLE_WORDS - _MODIFIERS)  # naughty seagulls
    return False


def _about_a_topic(sentence: list) -> bool:
    """Learning about a sad subject (the Titanic, the wars, how hard life was for evacuees) is
    not tone aimed at people; "about" makes a topic only in a sentence of learning or telling
    (a lesson about, we wrote letters complaining about), never after a bare judgement (lazy
    about homework, rude about it)."""
    for k, t in enumerate(sentence):
        if t.norm == "about":
            if [n.norm for n in sentence[k + 1 : k + 2]] == ["as"]:
                continue  # about as useful as: a comparison, not a subject
            if any(b.norm in _ABOUT_LEADS for b in sentence[max(0, k - 4) : k]):
                return True
            if k and sentence[k - 1].norm in _BE:
                return True  # the science week was about the dangers of smoking
        elif t.norm in TOPIC_WORDS:
            return True
    return False


# What "about" follows when it names a subject: learnt about, a story about, thinking about.
_ABOUT_LEADS = frozenset(
    "learn learns learnt learned learning teach teaches taught teaching study studies studied "
    "read reads reading wrote write writes writing talk talks talked talking told tell tells "
    "story stories book books film films lesson lessons topic project projects assembly poem "
    "poems song songs play plays out think thinking thought heard hear hearing know knew "
    "knowledge facts questions asked ask asking spoke speak speaking presentation display "
    "research researched workshop visit visitor taught".split()
)


TOPIC_WORDS = frozenset(
    "about remembered remembrance history learnt learned learning studied studying researched "
    "research discovered explored debated debate imagined "
    # A period of history: Victorian schoolmasters could be cruel, the Tudors were brutal.
    "victorian victorians tudor tudors roman romans viking vikings saxon saxons medieval "
    "georgian georgians edwardian edwardians wartime evacuees evacuee".split()
)
# How people feel, not a judgement of them (we were disappointed, sadly, sorry to say).
FEELINGS = frozenset(
    "sad sadly sadness sorry disappointed disappointing disappointment upset unfortunately "
    "unfortunate worried worry gutted heartbroken devastated miss missed missing afraid scared "
    "nervous anxious unhappy tired exhausted regret regrettably lose lost losing loss "
    # How someone is in health: the child who was sick on the coach, pupils off ill.
    "sick ill poorly unwell injured hurt severe severely seriously allergic allergy".split()
)
_HAVE = frozenset("had has have".split())
_BE = frozenset("is was are were".split())
_BECOMING = frozenset("getting becoming become became".split())  # parents are getting pushy
# "had no idea", "no clue": a judgement of competence.
CLUELESS = frozenset("idea clue respect manners sense shame".split())


@cache
def _analyser():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _vader_words() -> dict[str, float]:
    return {w: v for w, v in _analyser().lexicon.items() if v <= -1.0 and w.isalpha()}


_VADER_WORDS = _vader_words()
_VADER_POSITIVE = {w: v for w, v in _analyser().lexicon.items() if v > 0}
_HOSTILE = frozenset(w for w, v in _VADER_WORDS.items() if v <= -1.8) | DEROGATORY


_FRAGMENTS = frozenset(
    "s t d m ll ve re don isn doesn didn wasn weren aren couldn shouldn wouldn "
    "haven hasn hadn won can ain".split()
)
_IZE = re.compile(r"(.{3,})iz(e|es|ed|ing|ation|ations|er|ers)$")


@cache
def _speller():
    from spellchecker import SpellChecker

    # The same English list the lexicon loaded (load_json copies it): read from disk once.
    speller = SpellChecker(language=None, distance=1)
    speller.word_frequency.load_json(english_frequency())
    speller.word_frequency.load_words(BRITISH_WORDS)
    return speller


@lru_cache(maxsize=4096)
def suggestion(word: str) -> str | None:
    """The likeliest correction one edit away, or None."""
    british = AMERICAN_TO_BRITISH.get(word)
    if british:
        return british
    best = _speller().correction(word)
    return best if best and best != word else None


_BRITISH_FORMS = (
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("our", "or"),
    ("tre", "ter"),
    ("ogue", "og"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ence", "ense"),
)


def _british_form(word: str) -> bool:
    """A British spelling of a word the (American) frequency list knows: civilisation."""
    freq = english_frequency()
    return any(
        british in word and freq.get(word.replace(british, american), 0) > 0
        for british, american in _BRITISH_FORMS
    )


def _known(word: str, allowed: frozenset[str], roster_names: dict) -> bool:
    return (
        word in BRITISH_WORDS
        or word in SCHOOL_LIFE_WORDS
        or word in _FRAGMENTS
        or word in allowed
        or word in roster_names
        or english_frequency().get(word, 0) > 0
        or word in first_names()
        or word in NOT_FIRST_NAMES  # days, months, peoples, rivers: real words
        or word in data_names("uk_first_names.txt")
        or word in data_names("scottish_first_names.txt")
        or word in _gazetteer_words()  # Tutankhamun, Zephaniah: the people the gazetteer knows
        or word in _TEXT_SPEAK  # the text_speak rule's business
        or (_VOWELS_AND_Y.isdisjoint(word) and len(word) <= 5)  # tnx, wknd: text speak too
        or _compound(word)
        or _inflected(word)
        or _british_form(word)  # last: the slowest test
    )


def _doubled(stem: str, freq: dict) -> bool:
    """A consonant doubled before an ending after one short vowel (plan-ned, swim-ming), where
    the stem with an e is not the likelier word (com-ming is coming misspelt)."""
    if len(stem) < 4 or stem[-1] != stem[-2] or stem[-1] in _VOWELS:
        return False
    base = stem[:-1]
    short_vowel = base[-2] in _VOWELS and base[-3] not in _VOWELS
    return short_vowel and freq.get(base, 0) > freq.get(base + "e", 0)


_SUFFIXES = ("ing", "ed", "es", "ers", "er", "s", "d", "ly")
_AGENT = ("ers", "er")
_VOWELS = frozenset("aeiou")


def _inflected(word: str) -> bool:
    """An everyday word with an ending the frequency list lacks (texted, texting, zoomed,
    planned): its stem, with a silent e put back or a doubled consonant undone, is a word."""
    freq = english_frequency()
    for suffix in _SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        stem = word[: -len(suffix)]
        stems = [stem, stem + "e"]
        if _doubled(stem, freq):
            stems.append(stem[:-1])  # planned, swimming (but not comming, waitted)
        if any(freq.get(s, 0) >= 1000 or s in BRITISH_WORDS for s in stems):
            return True
        if suffix in _AGENT and any(freq.get(s, 0) >= 100 for s in stems):
            return True  # netballers, cricketers: who plays a game the list knows, if rarely
    return False


_NOT_A_COMPOUND_HEAD = FUNCTION_WORDS | frozenset("every some no any".split())


def _compound(word: str) -> bool:
    """Two everyday words written as one (handbell, lunchbox, sandpit): a compound, not a
    slip; but "everytime" and "alot" stay questions (a determiner runs into the next word)."""
    if len(word) < 7:
        return False
    freq = english_frequency()
    return any(
        word[:k] not in _NOT_A_COMPOUND_HEAD
        and freq.get(word[:k], 0) >= 5000
        and freq.get(word[k:], 0) >= 5000
        for k in range(3, len(word) - 2)
    )


@cache
def _gazetteer_words() -> frozenset[str]:
    return frozenset(w for _, words in gazetteer() for w in plain(words).split())


# A word cut short with a full stop, then a number or a lower-case word: no sentence ends there.
_BEFORE_NUMBER = re.compile(r"\.[ \t]*\d")
_BEFORE_WORD = re.compile(r"\.[ \t]*[a-z]")


def _abbreviation(text: str, token) -> bool:
    """ext. 4, no. 3, tel. 01234, approx. two: a short form with its full stop."""
    size = token.end - token.start
    return (size <= 6 and bool(_BEFORE_NUMBER.match(text, token.end))) or (
        size <= 4 and bool(_BEFORE_WORD.match(text, token.end))
    )


_MIXED_CASE = re.compile(r"[a-z][A-Z]|^[A-Z]{3,}[a-z]{1,2}$")


def check_spelling(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    params = config.params
    allowed = frozenset(w.casefold() for w in params["allowed_words"])
    tokens = ctx.analysis.tokens
    text = ctx.draft.text
    if params["grammar_hints"]:
        for i in range(len(tokens)):
            yield from _slips(ctx, config, i)
    for token in tokens:
        shape = token.shape
        if token.kind != WORD or token.disguised or not shape.isalpha() or not shape.isascii():
            continue
        if shape[0].isupper() and not token.sentence_start:
            day = _calendar_slip(token.norm, allowed, ctx.roster.entries)
            if day:
                yield finding(
                    "spelling",
                    config,
                    config.severity,
                    f"“{text[token.start : token.end]}” may be misspelt. Did you mean “{day}”?",
                    token.start,
                    token.end,
                )
            continue  # a proper noun: Meonstoke, Ofsted
        if shape.isupper() and len(shape) > 1:
            continue  # an abbreviation: PE, EYFS
        if _MIXED_CASE.search(shape):
            continue  # mixed case, even opening a sentence: SENCo, ParentPay, WhatsApp (not THe)
        word = token.norm
        written = text[token.start : token.end]
        if ctx.in_url(token.start, token.end):
            continue
        if params["british"]:
            british = AMERICAN_TO_BRITISH.get(word)
            ize = _IZE.match(word)
            if not british and ize and word not in IZE_EXCEPTIONS:
                british = f"{ize.group(1)}is{ize.group(2)}"
            if british:
                yield finding(
                    "spelling",
                    config,
                    config.severity,
                    f"“{written}” is American spelling; British English writes “{british}”.",
                    token.start,
                    token.end,
                )
                continue
        if len(word) > 1 and not _known(word, allowed, ctx.roster.entries):
            if _abbreviation(text, token) or any(
                s <= token.start and token.end <= e for s, e in hidden_email_spans(ctx)
            ):
                continue  # ext. 4, no. 3; an address's parts (personal_data's business)
            better = suggestion(word)
            if shape[0].isupper() and not better:
                continue  # a sentence opening with a name or a place: Meonstoke
            hint = f" Did you mean “{better}”?" if better else ""
            yield finding(
                "spelling",
                config,
                config.severity,
                f"“{written}” may be misspelt.{hint} If it is right, the headteacher "
                f"can add it to the school's word list.",
                token.start,
                token.end,
            )


_CALENDAR = tuple(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "August September October November December".split()
)


def _calendar_slip(word: str, allowed: frozenset[str], roster_names: dict) -> str | None:
    """A capitalised word a letter or two from a day or a month (Wendesday, Thurday, Febuary):
    a slip, not a proper noun. Cheap: an everyday word is never one, and the rest is cached."""
    if len(word) < 5 or english_frequency().get(word, 0) > 0:
        return None
    name = _calendar_near(word)
    return None if name is None or _known(word, allowed, roster_names) else name


@lru_cache(maxsize=4096)
def _calendar_near(word: str) -> str | None:
    for name in _CALENDAR:
        plain_name = name.casefold()
        if (
            word[0] == plain_name[0]
            and abs(len(word) - len(plain_name)) <= 2
            and word != plain_name
            and OSA.distance(word, plain_name) <= (2 if len(plain_name) >= 7 else 1)
        ):
            return name
    return None


_NUMBER_WORDS = frozenset("zero oh nought one two three four five six seven eight nine".split())


def _slips(ctx: Context, config: RuleConfig, i: int) -> Iterator[Finding]:
    tokens = ctx.analysis.tokens
    token = tokens[i]
    text = ctx.draft.text
    if token.shape == "i":
        yield finding(
            "spelling",
            config,
            config.severity,
            "Write “I” with a capital letter.",
            token.start,
            token.end,
        )
    if i > 0:
        before = tokens[i - 1]
        gap = text[before.end : token.start]
        if (
            before.norm == token.norm
            and before.kind == WORD
            and gap.isspace()
            and before.norm not in _NUMBER_WORDS  # oh seven seven zero zero: a number read out
        ):
            yield finding(
                "spelling",
                config,
                config.severity,
                f"“{text[before.start : token.end]}” repeats a word.",
                before.start,
                token.end,
            )


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s-]?(?:\(0\)[\s-]?)?|\(?0)\d[\d\s()-]{7,14}\d(?!\d)")
# Written to slip past: office at example dot org, j.bloggs[at]gmail[dot]com, k{at}x{dot}com,
# p -at- host -dot- com, jo @ host . org: "at" and "dot" in any bracket or between any marks.
_OPEN, _CLOSE, _MARK = r"[\[({<«‹]", r"[\])}>»›]", r"[-_*~=|+/\\:]"
_AT = (
    rf"(?:\s*{_OPEN}\s*(?:at|@)\s*{_CLOSE}\s*|\s*{_MARK}{{1,2}}\s*at\s*{_MARK}{{1,2}}\s*"
    r"|\s+at\s+|\s*@\s*)"
)
_DOT = (
    rf"(?:\s*{_OPEN}\s*(?:dot|\.)\s*{_CLOSE}\s*|\s*{_MARK}{{1,2}}\s*dot\s*{_MARK}{{1,2}}\s*"
    r"|\s+dot\s+|\s+\.\s+|\.)"
)
_TLD = r"(?:com|org|net|uk|co|gov|sch|edu|ac|io|me|info|biz|ie|eu)"
# Mail services whose name alone is a domain: "write to p.jones at gmail".
_MAIL_HOSTS = (
    r"(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|btinternet|aol|live|msn|sky|"
    r"protonmail|proton|virginmedia|talktalk|ymail)"
)
_HIDDEN_EMAIL = re.compile(
    rf"\b(?P<local>[\w+-]+(?:{_DOT}[\w+-]+)*)(?P<at>{_AT})"
    rf"(?:[\w-]+(?:{_DOT}[\w-]+)*{_DOT}{_TLD}|(?P<host>{_MAIL_HOSTS}))\b",
    re.IGNORECASE,
)
_MAIL_WORDS = re.compile(
    r"\b(?:e-?mail\w*|mail|contact\w*|write|message|address|inbox)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)


def _an_address(m: re.Match, source: str) -> bool:
    """A local part at a mail service with no domain ending (p.jones at gmail) is an address when
    the at is marked ({at}, -at-, @), the local part looks like one (a digit, a dot or an
    underscore), or an e-mail word comes just before it; never "we met at Sky"."""
    if not m.group("host") or not re.fullmatch(r"\s+at\s+", m.group("at"), re.IGNORECASE):
        return True
    local = m.group("local")
    return bool(re.search(r"[\d._]", local)) or bool(
        _MAIL_WORDS.search(source, max(0, m.start() - 40), m.start())
    )


# Cheap first look: something that could hide an address (a bracketed or marked at or dot, a
# spaced @, the word dot, a mail service, a domain ending).
_MARKED = re.compile(rf"(?:{_OPEN}|{_MARK})\s*(?:at\b|dot\b|@|\.)", re.IGNORECASE)
_DOMAIN_END = re.compile(rf"\w\.{_TLD}\b", re.IGNORECASE)
_HOST_NAMES = tuple(_MAIL_HOSTS[3:-1].split("|"))


def _maybe_hidden(source: str) -> bool:
    lowered = source.casefold()
    return (
        "@" in source
        or ("dot" in lowered and re.search(r"\bdot\b", lowered) is not None)
        or ("." in source and _DOMAIN_END.search(source) is not None)
        or any(host in lowered for host in _HOST_NAMES)
        or _MARKED.search(source) is not None
    )


# Digits spaced, dotted or dashed apart: 0161.496.0018, 0 7 7 0 0 9 0 0 4 5 6, +44 7700 900077.
_SPACED_PHONE = re.compile(r"(?<![\w+£$€.,])(?:\+\s*4\s*4|0)(?:[\s.\-()/]{0,3}\d){9,10}(?![\d])")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_STREET = re.compile(
    r"\b\d{1,4}[a-zA-Z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}(?:Road|Street|Lane|Avenue|Close|Drive|Way|"
    r"Crescent|Gardens|Grove|Place|Court|Terrace|Rd|St|Ave|Mews|Row|Walk|Hill)\b"
)
# A house number and a street whose last word is also an everyday noun (7 Dee Banks, 12 Oak
# Rise, 3 Mill View), then the town after a comma: the town makes it an address, not a park.
_STREET_TOWN = re.compile(
    r"(?<![\w.])(?<!Year )(?<!Class )(?<!Room )(?<!Group )(?<!Table )(?<!Team )(?<!Set )"
    r"\d{1,4}[a-zA-Z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}(?:Banks?|Park|Rise|View|Square|Parade|Green|"
    r"Meadows?|Fields?|Vale|Chase|Croft|Wharf|Quay|Yard|Heights|Hollow|Brow|Fold|Gate|Mount|"
    r"Approach|Boulevard|Circus|Bridge|Side),\s*[A-Z][a-z]{2,}"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+\d{{4}})?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
)
# A full date with its year: a birthday written with the year it was is a date of birth.
_DATED = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d{{2}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}})"
)
_BIRTH = re.compile(
    rf"\b(?:date of birth|d\.?o\.?b\b\.?|born(?:\s+on)?)\s*:?\s*{_DATE}|\bd\.?o\.?b\b\.?\s*:?"
    # A few words between (her date of birth is 02/09/2016, his birthday is the 4th of June 2016).
    rf"|\b(?:date of birth|born|birthday|birth date)(?:\s+(?:is|was|falls|on|the|of|:)){{1,3}}"
    rf"\s*{_DATED}",
    re.IGNORECASE,
)
_DIGIT_WORDS = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|treble)"
# A UK phone number spelt out in words, from its leading nought (oh seven seven zero zero …):
# nine or more words after it, spaces between (a count is written with commas: zero, one, two).
# Groups may be set off by commas as a number is read aloud (oh seven seven zero zero, nine
# zero zero, …); a count (zero, one, two, three …) has a comma after every word.
# Without the leading nought (seven seven zero zero nine …), ten digit words or more. A group
# may be read as hundreds (seven seven zero zero, nine hundred, two three one): the words are
# matched loosely and their digits counted (_digit_count), ten or more.
_PHONE_WORDS = rf"(?:{_DIGIT_WORDS}|hundred|thousand)"
_WORDED_PHONE = re.compile(
    rf"\b{_DIGIT_WORDS}(?:,?[ \t-]+(?:and[ \t]+)?{_PHONE_WORDS}){{6,}}\b",
    re.IGNORECASE,
)
_DIGITS_IN = {"double": -1, "treble": -1, "hundred": 2, "thousand": 3, "and": 0}
_TIMES = {"double": 2, "treble": 3}


def _digit_count(written: str) -> int:
    """How many digits the words read aloud: nine hundred is three, double oh two."""
    count, times = 0, 1
    for w in _LETTERS.findall(written.casefold()):
        if w in _TIMES:
            times = _TIMES[w]
            continue
        count += _DIGITS_IN.get(w, 1) if w in ("hundred", "thousand", "and") else times
        times = 1
    return count


# A number read partly in words and partly in digits (oh-seven-seven-double-oh 900 764).
_MIXED_PHONE = re.compile(
    rf"\b(?:{_DIGIT_WORDS}|\d+)\b(?:[ \t,.-]{{1,3}}(?:{_DIGIT_WORDS}|\d+)\b){{2,}}",
    re.IGNORECASE,
)
_DIGIT_OF = {
    w: str(d)
    for d, ws in enumerate(
        ("zero oh nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    )
    for w in ws.split()
}


def _mixed_digits(written: str) -> str | None:
    """The digits of a number read partly in words (double oh 900 → 00900), or None when it is
    all words or all digits (the other patterns' business)."""
    pieces = re.findall(r"[a-z]+|\d+", written.casefold())
    if all(p.isdigit() for p in pieces) or not any(p.isdigit() for p in pieces):
        return None
    out, times = [], 1
    for p in pieces:
        if p in ("double", "treble"):
            times = 2 if p == "double" else 3
            continue
        out.append((p if p.isdigit() else _DIGIT_OF[p]) * times)
        times = 1
    return "".join(out)


def _a_mixed_phone(written: str) -> bool:
    digits = _mixed_digits(written)
    if digits is None:
        return False
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    return digits.startswith("0") and len(digits) in (10, 11) and not _organisation_number(digits)


_COUNT = "zero one two three four five six seven eight nine".split()
_READ_ALOUD = frozenset("double treble oh".split())


def _counting(written: str) -> bool:
    """Zero, one, two, three …: a count, with a comma after every word or each word one more
    than the last."""
    words = _LETTERS.findall(written.casefold())
    if not _READ_ALOUD.isdisjoint(words):
        return False  # double oh, treble seven: a number read aloud, never a count
    if written.count(",") > 3:
        return True
    steps = [
        _COUNT.index(b) - _COUNT.index(a)
        for a, b in zip(words, words[1:], strict=False)
        if a in _COUNT and b in _COUNT
    ]
    return bool(steps) and sum(1 for d in steps if d == 1) >= len(steps) - 1


def _worded_phone(text: str) -> bool:
    return any(_a_worded_phone(m.group()) for m in _WORDED_PHONE.finditer(text))


def _a_worded_phone(written: str) -> bool:
    return _digit_count(written) >= 10 and not _counting(written)


def _zeros_as_digits(text: str) -> str:
    """A letter O written for a nought beside digits (o7700 9OO 321), same length."""
    for _ in range(3):
        changed = re.sub(r"(?<=\d)[oO]|[oO](?=\d)", "0", text)
        if changed == text:
            break
        text = changed
    return text


_KINDS = (
    ("email", _EMAIL, "looks like an e-mail address"),
    ("email", _HIDDEN_EMAIL, "is an e-mail address written out to look like words"),
    ("phone", _PHONE, "looks like a phone number"),
    ("phone", _SPACED_PHONE, "looks like a phone number"),
    ("phone", _WORDED_PHONE, "looks like a phone number spelt out in words"),
    ("phone", _MIXED_PHONE, "looks like a phone number written partly in words"),
    ("address", _POSTCODE, "looks like a postcode"),
    ("address", _STREET, "looks like a street address"),
    ("address", _STREET_TOWN, "looks like a street address"),
    ("date_of_birth", _BIRTH, "gives a date of birth"),
)


def _letter_o_near_digits(text: str) -> bool:
    return "o" in text.casefold() and any(c.isdigit() for c in text)


def _organisation_number(written: str) -> bool:
    """UK non-geographic numbers (03 for public bodies and charities, 080 freephone, 0845 and
    0870) belong to organisations; a person's number is a mobile (07) or a landline."""
    digits = re.sub(r"\D", "", written)
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    return digits.startswith(("03", "080", "0845", "0870"))


def _plain_contact(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if digits.startswith("44") and len(digits) >= 11:
        digits = "0" + digits[2:]
    return (
        digits
        if len(digits) >= 3 and not re.search(r"[a-z]", value, re.I)
        else (re.sub(r"\s+", " ", value).strip().casefold())
    )


@lru_cache(maxsize=64)
def _allowed(values: tuple[str, ...]) -> frozenset[str]:
    """The school's own contact details and the national helplines, made comparable."""
    return frozenset(_plain_contact(v) for v in (*values, *(c for _, c in helplines())))


_AT_MARK = re.compile(_AT, re.IGNORECASE)
_DOT_MARK = re.compile(_DOT, re.IGNORECASE)


def _canonical_email(written: str) -> str:
    """An address however it was written (p dot jones {at} host [dot] com) as p.jones@host.com,
    to compare with the school's own."""
    at = _AT_MARK.sub("@", written.strip(), count=1)
    local, _, domain = at.partition("@")
    return f"{_DOT_MARK.sub('.', local)}@{_DOT_MARK.sub('.', domain)}".casefold()


# What hides a number or an address from the patterns: full-width forms, zero-width characters.
_FOLDABLE = re.compile(r"[\uff00-\uffef\u200b-\u200f\u2060\ufeff\u00ad]")


def _plain_source(text: str) -> tuple[str, list[int] | None]:
    """The text as the matchers read it: full-width digits and @ and zero-width characters made
    plain (07700​900123, ０７７００ ９００１２３), with each character's source."""
    return normalise(text) if not text.isascii() and _FOLDABLE.search(text) else (text, None)


def hidden_email_spans(ctx: Context) -> list[tuple[int, int]]:
    """Where the text spells out an e-mail address in words or marks (shared with spelling, which
    leaves an address's parts alone)."""
    cache = ctx.analysis._cache
    if "hidden_emails" not in cache:
        source, index = _plain_source(ctx.draft.text)
        spans = []
        if _maybe_hidden(source):
            spans = [
                _source_span(m.span(), index)
                for m in _HIDDEN_EMAIL.finditer(source)
                if _an_address(m, source)
            ]
        cache["hidden_emails"] = spans
    return cache["hidden_emails"]


def _source_span(span: tuple[int, int], index: list[int] | None) -> tuple[int, int]:
    start, end = span
    return (start, end) if index is None or start == end else (index[start], index[end - 1] + 1)


def check_personal_data(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    text = ctx.draft.text
    source, index = _plain_source(text)
    if (
        not any(c.isdigit() or c == "@" for c in source)
        and not _maybe_hidden(source)
        and not _worded_phone(source)
    ):
        return
    params = config.params
    allowed = _allowed((*params["allowed"], *ctx.draft.contacts))
    taken: list[tuple[int, int]] = []
    zeros = _zeros_as_digits(source) if _letter_o_near_digits(source) else source
    maybe_hidden = _maybe_hidden(source)
    for param, pattern, what in _KINDS:
        if pattern is _HIDDEN_EMAIL and not maybe_hidden:
            continue
        for m in pattern.finditer(zeros if param == "phone" else source):
            start, end = _source_span(m.span(), index)
            written = m.group()
            if pattern is _MIXED_PHONE:
                if not _a_mixed_phone(written):
                    continue
            elif (
                param == "phone"
                and pattern is not _WORDED_PHONE
                and len(re.sub(r"\D", "", written)) < 10
            ):
                continue
            if pattern is _HIDDEN_EMAIL and not _an_address(m, source):
                continue  # we met at Sky: a place, not an address
            if pattern is _WORDED_PHONE and not _a_worded_phone(written):
                continue  # zero, one, two, three …: counting, not a number
            if param == "phone" and _organisation_number(written):
                continue  # 0300, 0330, 0800, 0808: a service's number, never a person's
            if param == "email" and "@" not in written:
                written = re.sub(r"\s+", " ", written)
            if any(s < end and start < e for s, e in taken):
                continue
            plain_form = _canonical_email(written) if param == "email" else written
            if _plain_contact(plain_form) in allowed or any(
                a in plain_form.casefold() for a in allowed if not a.isdigit()
            ):
                continue
            taken.append((start, end))
            yield finding(
                "personal_data",
                config,
                params[param],
                f"“{text[start:end] if param == 'phone' else written}” {what}. Keep personal "
                f"details off the school's account; if it is the school's own, the headteacher "
                f"can allow it.",
                start,
                end,
            )


_HOSTILE_OR_CLUELESS = _HOSTILE | CLUELESS | CONTEMPT | ACCUSED
