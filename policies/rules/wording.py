"""text_speak, negative_tone, spelling and personal_data: what the words say."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from policies.lexicon import (
    AMERICAN_TO_BRITISH,
    BRITISH_WORDS,
    INSULTS,
    IZE_EXCEPTIONS,
    NEGATIVE,
    OPINION,
    TEXT_SPEAK,
    english_frequency,
    first_names,
)
from policies.policy import RuleConfig
from policies.report import Finding
from policies.rules.context import Context, finding, severity
from policies.text import WORD

_TEXT_SPEAK = frozenset(TEXT_SPEAK)


def check_text_speak(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    extra = frozenset(t.casefold() for t in config.params["extra_terms"])
    text = ctx.draft.text
    for token in ctx.analysis.tokens:
        word = token.shape.casefold()
        if (word in _TEXT_SPEAK or word in extra) and not ctx.in_url(token.start, token.end):
            written = text[token.start : token.end]
            yield finding(
                "text_speak",
                config,
                config.severity,
                f"“{written}” is text language. Write it out in full, in plain English.",
                token.start,
                token.end,
            )


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
    seen: set[tuple[int, int]] = set()
    for param, terms, advice in strengths:
        sev = severity(params[param])
        if not sev:
            continue
        for _, start, end in ctx.phrase_hits(terms):
            if (start, end) not in seen:
                seen.add((start, end))
                yield finding(
                    "negative_tone", config, sev, f"“{text[start:end]}” {advice}", start, end
                )


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


def _known(word: str, allowed: frozenset[str], roster_names: dict) -> bool:
    return (
        word in BRITISH_WORDS
        or word in _FRAGMENTS
        or word in allowed
        or word in roster_names
        or english_frequency().get(word, 0) > 0
        or word in first_names()
        or word in _TEXT_SPEAK  # the text_speak rule's business
    )


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
            continue  # a proper noun: Meonstoke, Ofsted
        if shape.isupper() and len(shape) > 1:
            continue  # an abbreviation: PE, EYFS
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
        if before.norm == token.norm and before.kind == WORD and gap.isspace():
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
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_STREET = re.compile(
    r"\b\d{1,4}[a-zA-Z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}(?:Road|Street|Lane|Avenue|Close|Drive|Way|"
    r"Crescent|Gardens|Grove|Place|Court|Terrace|Rd|St|Ave|Mews|Row|Walk|Hill)\b"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+\d{{4}})?"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
)
_BIRTH = re.compile(
    rf"\b(?:date of birth|d\.?o\.?b\b\.?|born(?:\s+on)?)\s*:?\s*{_DATE}|\bd\.?o\.?b\b\.?\s*:?",
    re.IGNORECASE,
)
_KINDS = (
    ("email", _EMAIL, "looks like an e-mail address"),
    ("phone", _PHONE, "looks like a phone number"),
    ("address", _POSTCODE, "looks like a postcode"),
    ("address", _STREET, "looks like a street address"),
    ("date_of_birth", _BIRTH, "gives a date of birth"),
)


def _plain_contact(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return digits if len(digits) >= 7 else re.sub(r"\s+", " ", value).strip().casefold()


def check_personal_data(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    text = ctx.draft.text
    if not any(c.isdigit() or c == "@" for c in text):
        return
    params = config.params
    allowed = {_plain_contact(v) for v in params["allowed"]}
    taken: list[tuple[int, int]] = []
    for param, pattern, what in _KINDS:
        for m in pattern.finditer(text):
            start, end = m.span()
            written = m.group()
            if param == "phone" and len(re.sub(r"\D", "", written)) < 10:
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            if _plain_contact(written) in allowed or any(
                a in written.casefold() for a in allowed if not a.isdigit()
            ):
                continue
            taken.append((start, end))
            yield finding(
                "personal_data",
                config,
                params[param],
                f"“{written}” {what}. Keep personal details off the school's account; "
                f"if it is the school's own, the headteacher can allow it.",
                start,
                end,
            )
