"""What every rule may need about one draft, worked out once and shared."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property, lru_cache

import ahocorasick

from policies.facts import Draft
from policies.policy import Policy, RuleConfig
from policies.report import BLOCK, WARN, Finding
from policies.roster import Mention, Roster
from policies.text import Analysis, analyse, plain
from policies.timeutil import UTC, localize

_URL = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\."
    r"(?:com|org|net|uk|co|gov|sch|edu|io|me|info|ly)\b(?:/\S*)?",
    re.IGNORECASE,
)


def _host(text: str, start: int, end: int) -> tuple[int, int]:
    """The host part of the address at text[start:end]: after an @ or a scheme, up to a
    slash."""
    at = text.find("@", start, end)
    if at >= 0:
        return at + 1, end
    scheme = text.find("://", start, end)
    begin = scheme + 3 if scheme >= 0 else start
    slash = text.find("/", begin, end)
    return begin, slash if slash >= 0 else end


def severity(choice: str) -> str | None:
    """A parameter's 'allow' / 'warn' / 'block' as a finding severity (None: no finding)."""
    return None if choice == "allow" else choice


def softened(choice: str | None, certain: bool) -> str | None:
    """An uncertain match never blocks: it asks the approver to look."""
    return WARN if choice == BLOCK and not certain else choice


@dataclass
class Context:
    draft: Draft
    policy: Policy
    roster: Roster

    @cached_property
    def analysis(self) -> Analysis:
        return analyse(self.draft.text)

    @cached_property
    def mentions(self) -> list[Mention]:
        found = self.roster.mentions(self.analysis)
        if found and self.url_spans:
            # A name in a web or e-mail address's host (office@st-morwenna.sch.uk) names the
            # organisation; in its path (/news/josh-smith) it may still be a child.
            hosts = [_host(self.draft.text, s, e) for s, e in self.url_spans]
            found = [m for m in found if not any(s <= m.start and m.end <= e for s, e in hosts)]
        if not self.draft.staff or not found:
            return found
        staff = [(s, e) for _, s, e in self.phrase_hits(self.draft.staff)]
        return [m for m in found if not any(s <= m.start and m.end <= e for s, e in staff)]

    @cached_property
    def alt_mentions(self) -> list[tuple[int, Mention]]:
        """Names in photos' alt text, which X publishes with the photo."""
        return [
            (n, m)
            for n, photo in enumerate(self.draft.photos, 1)
            if photo.alt_text
            for m in self.roster.mentions(analyse(photo.alt_text))
        ]

    @cached_property
    def when(self) -> datetime:
        when = self.draft.when or datetime.now(UTC)
        return localize(when, self.draft.timezone) if when.tzinfo is None else when

    @cached_property
    def url_spans(self) -> list[tuple[int, int]]:
        text = self.draft.text
        if "." not in text and "@" not in text:
            return []
        return [m.span() for m in _URL.finditer(text)]

    def in_url(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.url_spans)

    def phrase_hits(self, terms: Iterable[str]) -> list[tuple[str, int, int]]:
        """Whole-word (and whole-phrase) hits of terms: (term, original start, end)."""
        automaton = _phrase_automaton(tuple(terms))
        if not len(automaton):
            return []
        a = self.analysis
        hits = []
        for end, term in automaton.iter(a.stream):
            first = a.token_at(end - len(term))
            last = first + term.count(" ")
            start, stop = a.tokens[first].start, a.tokens[last].end
            if not self.in_url(start, stop):
                hits.append((term, start, stop))
        return hits


@lru_cache(maxsize=64)
def _phrase_automaton(terms: tuple[str, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for term in terms:
        p = plain(term)
        if p:
            automaton.add_word(f" {p} ", p)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def finding(
    rule_id: str,
    config: RuleConfig,
    sev: str,
    message: str,
    start: int | None = None,
    end: int | None = None,
) -> Finding:
    return Finding(rule_id, sev, message, config.clause, start, end)


__all__ = ["BLOCK", "WARN", "Context", "finding", "severity", "softened"]
