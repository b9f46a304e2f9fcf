"""Normalising and tokenising text so disguised names still match, with spans kept in the
ORIGINAL text: every normalised character remembers the index of the character it came from."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

# Look-alike letters NFKD leaves alone: Cyrillic, Greek, small capitals, and a few Latin ones.
_HOMOGLYPHS = {
    **dict(zip("АВСЕНІЈКМОРЅТХУҮԚԜѴ", "ABCEHIJKMOPSTXYYQWV", strict=True)),
    **dict(zip("асеһіјкорѕхуԁԛԝѵӏ", "acehijkopsxydqwvl", strict=True)),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX", strict=True)),
    **dict(zip("αβγεικνορτυχω", "abyeikvoptuxw", strict=True)),
    **dict(zip("ıȷłŁøØđĐħŧɑɡɩʀօ", "ijlLoOdDhtagiro", strict=True)),
    **dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnopstuvwyz", strict=True)),
    **{chr(0x1F1E6 + i): chr(ord("A") + i) for i in range(26)},  # regional indicators
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "þ": "th",
    "ð": "d",
}
_DROP = frozenset(("Mn", "Me", "Cf"))
_fold_cache: dict[str, str] = {}


def fold_char(ch: str) -> str:
    """One character made plain: compatibility forms, accents, format characters, look-alikes."""
    folded = _fold_cache.get(ch)
    if folded is None:
        cat = unicodedata.category(ch)
        if cat in _DROP:
            folded = ""
        elif cat == "Cs":
            folded = " "
        else:
            folded = "".join(
                _HOMOGLYPHS.get(c, c)
                for c in unicodedata.normalize("NFKD", ch)
                if unicodedata.category(c) not in _DROP
            )
        if len(_fold_cache) < 100_000:
            _fold_cache[ch] = folded
    return folded


def normalise(text: str) -> tuple[str, list[int] | None]:
    """The text made plain (case kept) and each character's source index (None: unchanged)."""
    if text.isascii():
        return text, None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch < "\x80":
            out.append(ch)
            index.append(i)
            continue
        folded = fold_char(ch)
        if folded:
            out.append(folded)
            index.extend([i] * len(folded))
    return "".join(out), index


def plain(text: str) -> str:
    """A name or phrase as the matcher sees it: normalised, casefolded, words joined by spaces."""
    normal, _ = normalise(text)
    return " ".join(m.group().casefold() for m in re.finditer(r"[^\W_]+", normal))


LEET = str.maketrans("013456789$!|@", "oieasgtbgsila")

# A hashtag or handle; a word, possibly with look-alike symbols inside (Jo$h, Em!ly, J@ck,
# Pr!yanka: a ! before lower-case letters goes on with the word).
_TOKEN = re.compile(
    r"(?<![\w@#])(?P<sigil>[#@])(?P<tag>\w+)"
    r"|(?P<word>[^\W_]+(?:(?:[$|]|!(?=[^\W_]{1,2}\b|[a-z])|@(?![^\W_]+\.\w))[^\W_]+)*)"
)
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+|[^\W\d_A-Za-z]+")
_TRAILING_DIGITS = re.compile(r"^(.*?[^\W\d_])(\d{2,})$")
_SENTENCE_END = frozenset(".!?\n")

# Token kinds.
WORD, TAG, HANDLE = "word", "tag", "handle"


@dataclass(slots=True)
class Token:
    norm: str  # casefolded, look-alike symbols and digits read as letters when disguised
    start: int  # span in the original text
    end: int
    shape: str  # the normalised text with its case, to tell Grace from grace
    kind: str = WORD
    disguised: bool = False  # spaced out, leetspeak or symbols: written to slip past
    sentence_start: bool = False
    title_context: bool = False  # in a Title Case Or ALL CAPS sentence: capitals prove nothing
    separators: str = ""  # for a spaced-out run, the characters between its letters

    @property
    def capitalised(self) -> bool:
        s = self.shape
        return s[:1].isupper() and (len(s) == 1 or not s[1:].isupper())

    @property
    def upper(self) -> bool:
        return self.shape.isupper()


@dataclass(slots=True)
class Probe:
    """A run of text to search for names inside (hashtag and handle bodies, spaced-out letters)."""

    text: str
    start: int
    end: int
    kind: str
    camel: bool  # its capitals already split it into words


@dataclass(slots=True)
class Analysis:
    """A text tokenised once per draft and shared by every rule."""

    text: str
    tokens: list[Token]
    probes: list[Probe]
    stream: str  # " tok1 tok2 ... " for whole-word matching
    offsets: list[int]  # where each token starts in stream
    _cache: dict = field(default_factory=dict)

    def token_at(self, stream_pos: int) -> int:
        """The index of the token that starts at stream_pos."""
        return bisect_right(self.offsets, stream_pos) - 1

    def sentence_of(self, i: int) -> tuple[int, int]:
        """Token indices [first, last] of the sentence holding token i."""
        first = i
        while first > 0 and not self.tokens[first].sentence_start:
            first -= 1
        last = i
        while last + 1 < len(self.tokens) and not self.tokens[last + 1].sentence_start:
            last += 1
        return first, last

    def sentences(self) -> list[list[Token]]:
        """The tokens, sentence by sentence (worked out once a draft)."""
        found = self._cache.get("sentences")
        if found is None:
            found, i = [], 0
            while i < len(self.tokens):
                first, last = self.sentence_of(i)
                found.append(self.tokens[first : last + 1])
                i = last + 1
            self._cache["sentences"] = found
        return found


def analyse(text: str) -> Analysis:
    normal, index = normalise(text)
    size = len(text)

    def span(a: int, b: int) -> tuple[int, int]:
        if index is None:
            return a, b
        start, end = index[a], index[b - 1] + 1
        while end < size and text[end] >= "\x80" and not fold_char(text[end]):
            end += 1
        return start, end

    tokens: list[Token] = []
    probes: list[Probe] = []
    previous_end = 0
    for m in _TOKEN.finditer(normal):
        gap = normal[previous_end : m.start()]
        sentence_start = not tokens or _starts_sentence(gap)
        previous_end = m.end()
        if m.group("tag") is not None:
            kind = TAG if m.group("sigil") == "#" else HANDLE
            first = len(tokens)
            body_start = m.start("tag")
            _tag_tokens(m.group("tag"), body_start, kind, span, tokens)
            if len(tokens) > first:
                tokens[first].sentence_start = sentence_start
            body = m.group("tag")
            s, e = span(body_start, m.end())
            probe_text = body.casefold().replace("_", "").translate(LEET)
            probes.append(
                Probe(probe_text, s, e, kind, camel=not (body.islower() or body.isupper()))
            )
            continue
        word = m.group("word")
        s, e = span(m.start(), m.end())
        for token in _word_tokens(word, m.start(), s, e, span):
            token.sentence_start = sentence_start
            sentence_start = False
            tokens.append(token)
    tokens = _merge_spaced_letters(tokens, normal, index, text, probes)
    tokens = _merge_broken_words(tokens, text)
    _mark_title_context(tokens)
    stream_parts = [" "]
    offsets = []
    pos = 1
    for token in tokens:
        offsets.append(pos)
        stream_parts.append(token.norm)
        stream_parts.append(" ")
        pos += len(token.norm) + 1
    return Analysis(text, tokens, probes, "".join(stream_parts), offsets)


def _starts_sentence(gap: str) -> bool:
    stripped = gap.rstrip(" \t\"'“”‘’([")
    return "\n" in gap or (stripped[-1:] in _SENTENCE_END)


def _word_tokens(word: str, n_start: int, s: int, e: int, span) -> list[Token]:
    if word.isalpha():
        return [Token(word.casefold(), s, e, word)]
    has_symbol = not word.isalnum()
    letters = sum(c.isalpha() for c in word)
    if not has_symbol:
        if letters < 2:
            return [Token(word.casefold(), s, e, word)]
        trailing = _TRAILING_DIGITS.match(word)
        if trailing:  # Josh2015: a name and a number, not leetspeak
            head, digits = trailing.groups()
            a = span(n_start, n_start + len(head))
            b = span(n_start + len(head), n_start + len(word))
            return [
                Token(head.casefold().translate(LEET), *a, head, disguised=not head.isalpha()),
                Token(digits, *b, digits),
            ]
        letters_after = word.lstrip("0123456789")
        leet_head = len(word) - len(letters_after) == 1 and len(letters_after) >= 4
        if word[0].isdigit() and letters_after.isalpha() and not leet_head:
            return [Token(word.casefold(), s, e, word)]  # 10am, 2nd, 3D (not 0liver)
    return [Token(word.casefold().translate(LEET), s, e, word, disguised=True)]


def _tag_tokens(body: str, n_start: int, kind: str, span, tokens: list[Token]) -> None:
    pos = 0
    for part in body.split("_"):
        if part:
            pieces = _CAMEL.finditer(part) if part.isascii() else [re.match(r".+", part)]
            for piece in pieces:
                a = n_start + pos + piece.start()
                b = n_start + pos + piece.end()
                text = piece.group()
                tokens.append(Token(text.casefold(), *span(a, b), text, kind=kind))
        pos += len(part) + 1


def _merge_spaced_letters(
    tokens: list[Token], normal: str, index: list[int] | None, text: str, probes: list[Probe]
) -> list[Token]:
    """J o s h, J.o.s.h, J-o-s-h: a run of single letters becomes one disguised word."""
    if sum(len(t.norm) == 1 for t in tokens) < 2:
        return tokens
    merged: list[Token] = []
    i = 0
    while i < len(tokens):
        j = i
        seps = []
        while (
            not _contraction(tokens, i, text)
            and j + 1 < len(tokens)
            and len(tokens[j].norm) == 1
            and len(tokens[j + 1].norm) == 1
            and tokens[j].kind == WORD == tokens[j + 1].kind
        ):
            gap = text[tokens[j].end : tokens[j + 1].start]
            if not (1 <= len(gap) <= 3) or "\n" in gap or "," in gap:
                break
            seps.append(gap)
            j += 1
        if j == i:
            merged.append(tokens[i])
            i += 1
            continue
        run = tokens[i : j + 1]
        norm = "".join(t.norm for t in run).translate(LEET)
        shape = "".join(t.shape for t in run)
        token = Token(
            norm,
            run[0].start,
            run[-1].end,
            shape,
            disguised=True,
            sentence_start=run[0].sentence_start,
            separators="".join(seps),
        )
        merged.append(token)
        probes.append(Probe(norm, token.start, token.end, WORD, camel=False))
        i = j + 1
    return merged


def _contraction(tokens: list[Token], i: int, text: str) -> bool:
    """The letter ends a word through an apostrophe (It's a, that's a, I'd a): it belongs to the
    word before it, so it never starts a run of spaced-out letters."""
    if i == 0:
        return False
    start, before = tokens[i].start, tokens[i - 1]
    return start >= 2 and text[start - 1] in "'’" and before.end == start - 1


_LINE_BREAK_HYPHEN = re.compile(r"^[-‐‑­][ \t]*\r?\n[ \t]*$")


def _symbol_gap(gap: str) -> bool:
    """An emoji or symbol standing inside a word (J🌟sh, Ka✨per), with no space around it."""
    return (
        0 < len(gap) <= 4
        and not any(c.isspace() for c in gap)
        and all(c == "*" or unicodedata.category(c)[0] == "S" or not fold_char(c) for c in gap)
    )


def _merge_broken_words(tokens: list[Token], text: str) -> list[Token]:
    """A word split by a symbol or by a hyphen at a line break becomes one disguised word."""
    if len(tokens) < 2:
        return tokens
    merged: list[Token] = [tokens[0]]
    for token in tokens[1:]:
        last = merged[-1]
        if last.kind == WORD == token.kind and last.shape.isalpha() and token.shape.isalpha():
            gap = text[last.end : token.start]
            if _symbol_gap(gap) or _LINE_BREAK_HYPHEN.match(gap):
                merged[-1] = Token(
                    (last.norm + token.norm),
                    last.start,
                    token.end,
                    last.shape + token.shape,
                    disguised=True,
                    sentence_start=last.sentence_start,
                )
                continue
        merged.append(token)
    return merged


def _mark_title_context(tokens: list[Token]) -> None:
    """Capitals prove nothing in a sentence where most words have them (the first word, which
    always has one, is not counted: "Happy birthday, Hope!" is not Title Case)."""
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or tokens[i].sentence_start:
            words = [t for t in tokens[start:i] if t.kind == WORD and t.shape.isalpha()][1:]
            if len(words) >= 2 and sum(t.shape[0].isupper() for t in words) >= 0.6 * len(words):
                for t in tokens[start:i]:
                    t.title_context = True
            start = i
