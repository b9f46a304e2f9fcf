"""The roster and its name matcher: built once per roster, then each draft costs one pass over
its text whatever the roster's size (Aho-Corasick over whole words and inside hashtags)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from policies.context_words import (
    ANIMALS,
    DAYS,
    DETERMINERS,
    KIN,
    MONTHS,
    NAME_READING,
    NAME_VERBS,
    NOT_NOUNS,
    OCCASIONS,
    PRAISE_BEFORE,
    THING_AFTER,
    WORD_READING,
    at_a_business_after,
    by_author_after,
    character_first_names,
    does_something,
    gazetteer_spans,
    gerund_subject,
    in_a_noun_phrase,
    in_a_work_title,
    in_name_position,
    named_before_plural,
    plural_noun,
    praised_by_name,
    read_word_name,
    segmentable,
    spoken_of_as_a_word,
    story_names,
    the_weather,
    thing_after,
    titled_after,
    titled_as_a_work,
)
from policies.facts import RosterPupil
from policies.lexicon import (
    CLASS_WORDS,
    FUNCTION_WORDS,
    NAMING_WORDS,
    NEVER_INITIALS,
    NOT_INITIALS,
    OBJECT_STARTERS,
    PLACE_WORDS,
    ROLE_WORDS,
    TITLES,
    baby_counts,
    cities,
    english_frequency,
    first_names,
    frequency,
    is_a_word,
    is_common_word,
    nicknames,
    surname_set,
    wordy,
)
from policies.text import HANDLE, TAG, WORD, Analysis, Token, plain

FIRST, SURNAME, FULL, CLASS = "first_name", "surname", "full_name", "class"
INITIALS, UNKNOWN = "initials", "unknown"
_ALT_LEET = str.maketrans("1|!0345789$@", "llioeasgtbsa")
_NOT_A_CHILD_AFTER = PLACE_WORDS | CLASS_WORDS
# What a brand comes before (Joules coats, Clarks shoes): lost property, not a child.
_PRODUCTS = frozenset(
    "wellies wellingtons boots shoes trainers plimsolls coat coats jacket jackets raincoat "
    "lunchbox lunchboxes bottle bottles rucksack backpack hoodie hoodies jumper jumpers fleece "
    "fleeces cardigan cardigans hat hats gloves scarf sandals".split()
)
_PUB_OR_PLACE = PLACE_WORDS | frozenset(
    "arms inn tavern hotel lodge court gardens garden centre stores bakery cafe restaurant "
    "theatre cinema gallery studio studios leisure pool surgery practice".split()
)
_AUTHOR_BEFORE = frozenset("by author illustrator poet artist composer".split())
_ABOUT = frozenset("about".split())
# "A goal by Jakob", "goalkeeping by Ola": by after play in a match names a player, not a writer.
_PLAY_BEFORE_BY = frozenset(
    """
goal goals goalkeeping try tries save saves tackle tackles catch catches wicket wickets
hat-trick header run runs rally serve shot shots assist assists defending bowling batting
effort efforts work reading writing singing dancing handwriting performance presentation
answer answers attempt listening teamwork stitching weaving running swimming spelling
""".split()
)


@dataclass(frozen=True, slots=True)
class NameEntry:
    name: str  # plain form: "josh", "josh smith"
    kinds: frozenset[str]
    keys: frozenset[str]
    common: bool  # also an everyday word: only capitals make it a name
    function_word: bool  # "an", "so": never a name in lower case
    word: bool = False  # an English word, however rare (carol, mason): a noun in some places


@dataclass(slots=True)
class Mention:
    """A place in the text that may name a child."""

    start: int
    end: int
    kind: str  # FULL, SURNAME, FIRST, INITIALS or UNKNOWN
    keys: frozenset[str]
    written: str  # the text as written
    certain: bool  # False: an everyday word or an abbreviation that may not be a name at all
    disguised: bool = False
    first_token: int = -1
    last_token: int = -1
    means: str = ""  # a misspelling or pet form: the roster name it is close to


def _strongest(kinds: frozenset[str]) -> str:
    for kind in (FULL, SURNAME, FIRST):
        if kind in kinds:
            return kind
    return next(iter(kinds))


class Roster:
    """The pupils a school must never name; built once, used for many drafts."""

    def __init__(self, pupils: Iterable[RosterPupil] = (), class_names: Iterable[str] = ()):
        self.pupils = {p.key or p.full_name: p for p in pupils}
        self.class_names = tuple(class_names)
        kinds: dict[str, set[str]] = {}
        keys: dict[str, set[str]] = {}
        initials: dict[str, set[str]] = {}

        def add(name: str, kind: str, key: str) -> None:
            if name:
                kinds.setdefault(name, set()).add(kind)
                keys.setdefault(name, set()).add(key)

        for key, pupil in self.pupils.items():
            last = plain(pupil.last_name)
            for first in (plain(pupil.first_name), *(plain(k) for k in pupil.known_as)):
                add(first, FIRST, key)
                if first and last:
                    add(f"{first} {last}", FULL, key)
                    if first[0].isalpha() and last[0].isalpha():
                        initials.setdefault(first[0] + last[0], set()).add(key)
            add(last, SURNAME, key)
        for class_name in self.class_names:
            add(plain(class_name), CLASS, "")

        self.entries: dict[str, NameEntry] = {}
        for name, found in kinds.items():
            single = " " not in name
            self.entries[name] = NameEntry(
                name,
                frozenset(found),
                frozenset(keys[name]) - {""},
                common=single and (is_common_word(name) or name in FUNCTION_WORDS),
                function_word=name in FUNCTION_WORDS,
                word=single and is_a_word(name),
            )
        self.initials = {k: frozenset(v) for k, v in initials.items()}
        self._words = ahocorasick.Automaton()
        self._inside = ahocorasick.Automaton()
        for name, entry in self.entries.items():
            self._words.add_word(f" {name} ", entry)
            squeezed = name.replace(" ", "")
            if CLASS not in entry.kinds and len(squeezed) >= 3 and not entry.function_word:
                self._inside.add_word(squeezed, entry)
        for automaton in (self._words, self._inside):
            if len(automaton):
                automaton.make_automaton()
        # One-letter slips (deleted, added, changed or swapped letters) of single-word names:
        # every name and its one-letter deletions point back to the name (symmetric deletion).
        self._near: dict[str, set[str]] = {}
        for name, entry in self.entries.items():
            if " " in name or CLASS in entry.kinds or len(name) < 3 or not name.isalpha():
                continue
            for variant in {name, *(name[:k] + name[k + 1 :] for k in range(len(name)))}:
                self._near.setdefault(variant, set()).add(name)
        firsts = {n for n, e in self.entries.items() if FIRST in e.kinds and " " not in n}
        self._pets: dict[str, tuple[str, ...]] = {}
        for pet, fulls in nicknames().items():
            hit = tuple(sorted((fulls & firsts) - {pet}))
            if hit and pet not in self.entries:
                self._pets[pet] = hit
        # Pet forms nobody listed, made the usual way: the name cut short, perhaps with a
        # diminutive ending (Wiktoria: Wiki, Wiks; Alexander: Alex, Alexi; Zuzanna: Zuzia).
        clips: dict[str, set[str]] = {}
        for name in firsts:
            if len(name) < _CLIPPED_FROM or not name.isalpha():
                continue
            for k in range(3, len(name) - 1):
                for ending in _PET_ENDINGS:
                    clip = name[:k] + ending
                    if len(clip) >= 4 and len(clip) < len(name) and clip not in self.entries:
                        clips.setdefault(clip, set()).add(name)
        self._clips = {c: tuple(sorted(n)) for c, n in clips.items() if c not in self._pets}

    def pupil(self, key: str) -> RosterPupil | None:
        return self.pupils.get(key)

    def __len__(self) -> int:
        return len(self.pupils)

    def mentions(self, analysis: Analysis) -> list[Mention]:
        """Every place the text may name a child, on the roster or not; cached per draft."""
        cache_key = ("mentions", id(self))
        found = analysis._cache.get(cache_key)
        if found is None:
            found = analysis._cache[cache_key] = self._find(analysis)
        return found

    def _find(self, a: Analysis) -> list[Mention]:
        tokens = a.tokens
        covered = [False] * len(tokens)
        mentions: list[Mention] = []
        if len(self._words):
            hits = []
            for end, entry in self._words.iter(a.stream):
                start = end - len(entry.name) - 1
                first = a.token_at(start + 1)
                hits.append((first, first + entry.name.count(" "), entry))
            # Longest first, so Josh Smith wins over Josh and Smith; class names over everything.
            hits.sort(key=lambda h: (CLASS not in h[2].kinds, h[0] - h[1], h[0]))
            for first, last, entry in hits:
                if any(covered[first : last + 1]) or _split_by_punctuation(a, first, last):
                    continue
                for i in range(first, last + 1):
                    covered[i] = True
                if CLASS in entry.kinds:
                    continue
                mention = self._judge(a, first, last, entry)
                if mention:
                    for k in range(last + 1, mention.last_token + 1):
                        covered[k] = True  # Grace Mbeki: the surname is part of this name
                    mentions.append(mention)
        mentions.extend(self._split(a, covered))
        for i, token in enumerate(tokens):
            if covered[i]:
                continue
            mention = (
                self._disguised(a, i, token)
                or self._initials(a, i, token)
                or self._close(a, i, token)
            )
            if mention is None:
                mention = _unknown(a, i, token, self.entries)
            if mention:
                for k in range(i, max(i, mention.last_token) + 1):
                    covered[k] = True  # a full name found here covers its surname too
                mentions.append(mention)
        mentions.extend(self._probe(a, mentions))
        mentions = self._slipped_full_names(a, mentions)
        mentions = _hyphen_joined(a, _outside_gazetteer(a, mentions))
        self._family_named(a, mentions)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _family_named(self, a: Analysis, mentions: list[Mention]) -> None:
        """A word name read as a question (Rose) is plainly the child when the post also names
        that child's family (thank you to Mr and Mrs Kowalczyk, and to Rose for icing it)."""
        unsure = [m for m in mentions if not m.certain and m.kind == FIRST and m.keys]
        if not unsure:
            return
        norms = {t.norm for t in a.tokens if t.capitalised}
        for m in unsure:
            family = {plain(self.pupils[k].last_name) for k in m.keys if k in self.pupils}
            if m.written[:1].isupper() and family & norms and len(m.keys) == 1:
                m.certain = True

    def _split(self, a: Analysis, covered: list[bool]) -> list[Mention]:
        """A name split by a space, a hyphen or an underscore into pieces that are not words
        (Ol iver, Zai nab, Ru-oxi, Lach_lan)."""
        tokens, found = a.tokens, []
        freq = english_frequency()
        for i in range(len(tokens) - 1):
            left, right = tokens[i], tokens[i + 1]
            if covered[i] or covered[i + 1] or left.kind != WORD or right.kind != WORD:
                continue
            gap = a.text[left.end : right.start]
            # Ol iver in lower case; or both halves capitalised (Xiao Ling, Mei-Lin), as a
            # two-part given name is often written
            halves = right.shape.islower() or (
                left.capitalised and right.capitalised and not right.upper
            )
            if gap not in (" ", "-", "_", "‐") or not halves:
                continue
            joined = left.norm + right.norm
            entry = self.entries.get(joined)
            if entry is None or CLASS in entry.kinds or len(joined) < 5 or not joined.isalpha():
                continue
            if gap != " " and not left.capitalised:
                continue  # a lower-case compound (ice-cream), not a name cut in two
            both_words = min(freq.get(left.norm, 0), freq.get(right.norm, 0)) > 1000
            cut = gap != " " and not left.sentence_start  # Aut-umn mid-sentence: a disguise
            if (is_common_word(joined) and not cut) or both_words:
                continue  # an everyday word, or two real words side by side
            covered[i] = covered[i + 1] = True
            found.append(
                Mention(
                    left.start,
                    right.end,
                    _strongest(entry.kinds),
                    entry.keys,
                    a.text[left.start : right.end],
                    True,
                    True,
                    i,
                    i + 1,
                )
            )
        return found

    def _close(self, a: Analysis, i: int, token: Token) -> Mention | None:
        """A pet form or a one-letter slip of a roster name: a question, never a block."""
        if token.kind != WORD or not token.capitalised or not token.shape.isalpha():
            return None
        if token.title_context or _after_title(a, i) or not_a_pupil_after(a, i):
            return None
        pets = self._pets.get(token.norm)
        clipped = self._clips.get(token.norm)
        if pets:
            means = [self.entries[p] for p in pets]
        elif clipped and _a_clipped_name(a, i):
            means = [self.entries[p] for p in clipped]
        else:
            # Four letters are enough for a word that is no English word at all, mid-sentence
            # (Tobe for Tobi); a longer slip may also start a sentence.
            shortest = 4 if not token.sentence_start else 5
            means = self._slips(token.norm, shortest)
            if _counted_plural(a, i, means):
                return None  # five Matildas, several Elsas: costumes or parts, counted
            if not means or token.norm in first_names() or is_common_word(token.norm):
                return None
            freq = english_frequency().get(token.norm, 0)
            if is_a_word(token.norm) or (freq > 0 and not in_name_position(a, i)):
                return None  # Favours: a word (in its British form), not a slip; but a word
                # the list barely knows (robbin) where a person's name fits is the slip
        keys = frozenset().union(*(e.keys for e in means))
        if self._other_surname_after(a, i, keys):
            return None  # Tom Sawyer is not Thomas Hargreaves: a name not on the roster
        kind = _strongest(frozenset().union(*(e.kinds for e in means)))
        return Mention(
            token.start,
            token.end,
            kind,
            keys,
            a.text[token.start : token.end],
            False,
            False,
            i,
            i,
            means=means[0].name,
        )

    def _slipped_full_names(self, a: Analysis, mentions: list[Mention]) -> list[Mention]:
        """A pupil's surname after a one-letter slip of that pupil's own first name, with a
        space between them or run together in a hashtag (Darus Radu, #DarusRadu): the
        pupil's full name, misspelt to slip past, so as plain as the name itself."""
        merged: list[Mention] = []
        dropped: set[int] = set()
        for n, m in enumerate(mentions):
            if m.kind != SURNAME or not m.keys:
                continue
            start = self._slip_before(a, m, mentions)
            if start is None:
                continue
            begin, keys, before = start
            if before is not None:
                dropped.add(before)
            dropped.add(n)
            merged.append(
                Mention(
                    begin,
                    m.end,
                    FULL,
                    keys,
                    a.text[begin : m.end],
                    True,
                    True,
                    m.first_token if before is None else mentions[before].first_token,
                    m.last_token,
                )
            )
        if not merged:
            return mentions
        return [m for n, m in enumerate(mentions) if n not in dropped] + merged

    def _slip_before(
        self, a: Analysis, m: Mention, mentions: list[Mention]
    ) -> tuple[int, frozenset[str], int | None] | None:
        """Where a slip of the first name of one of the surname's pupils begins straight before
        it, those pupils, and which mention the slip was, if any."""
        i = m.first_token
        if i < 1 or a.tokens[i].start != m.start:
            return None
        prev, here = a.tokens[i - 1], a.tokens[i]
        gap = a.text[prev.end : here.start]
        joined = (gap == "" and prev.kind == here.kind == TAG) or (gap == " " and prev.kind == WORD)
        if not joined or not prev.capitalised or not prev.shape.isalpha():
            return None
        if prev.norm in first_names() or is_a_word(prev.norm):
            return None  # Jon Smith is another person than Jo Smith, Dean Hill not Dan Hill
        keys = frozenset(
            k
            for k in m.keys
            if k in self.pupils and _one_slip(prev.norm, plain(self.pupils[k].first_name))
        )
        if not keys:
            return None
        before = next((k for k, o in enumerate(mentions) if o.last_token == i - 1), None)
        return prev.start, keys, before

    def _other_surname_after(self, a: Analysis, i: int, keys: frozenset[str]) -> bool:
        """A capitalised word after the name, on the same line, that is none of these
        pupils' surnames: the name belongs to someone else's full name."""
        if i + 1 >= len(a.tokens):
            return False
        nxt = a.tokens[i + 1]
        if nxt.kind != WORD or not nxt.capitalised or nxt.sentence_start:
            return False
        if a.text[a.tokens[i].end : nxt.start] != " " or nxt.norm in CLASS_WORDS:
            return False
        surnames = {plain(self.pupils[k].last_name) for k in keys if k in self.pupils}
        return bool(surnames) and nxt.norm not in surnames

    def _slips(self, word: str, shortest: int) -> list[NameEntry]:
        if len(word) < shortest:
            return []
        found: set[str] = set()
        for variant in {word, *(word[:k] + word[k + 1 :] for k in range(len(word)))}:
            found |= self._near.get(variant, set())
        found = {n for n in found if _one_slip(word, n) and len(n) >= max(shortest, 4)}
        return [self.entries[n] for n in sorted(found)]

    def _judge(self, a: Analysis, first: int, last: int, entry: NameEntry) -> Mention | None:
        tokens = a.tokens
        if _after_title(a, first):
            return None  # Mrs Patel, Miss Grace, PTA chair Sarah Jones: an adult
        if first == last and _an_animal_before(a, first):
            return None  # the school dog Daisy, our class hamster Hazel: a pet's name
        if first == last and _adult_named_before(a, first):
            return None  # PTA chair Lily Green … thank you, Lily: the same adult again
        if not_a_pupil_after(a, last):
            return None  # Mark from the fire service, Sam the lifeboat volunteer
        head = tokens[first]
        kind = _strongest(entry.kinds)
        if kind == SURNAME and FIRST in entry.kinds and first == last and head.capitalised:
            kind = FIRST  # Stan's model, Gale and Santo: a word alone is read as a first name
        if kind == FIRST and first == last and head.capitalised and _title_word_first(a, first):
            return None  # Prince Harry, King Charles: a roster name that is a title, an adult
        if (
            kind == FIRST
            and first == last
            and not (entry.common and read_word_name(a, first) == WORD_READING)
            and (full := self._other_full_name(a, first))
        ):
            return full  # Grace Pearce won: a child's full name, another child than Grace P.
        if (
            kind == FIRST
            and first == last
            and entry.name.endswith("ing")
            and entry.word
            and _object_after(a, last)
        ):
            return None  # Blessing the new classroom: a verb with its object
        if kind == FIRST and first == last and _before_a_date(a, first):
            return None  # Thu 12 Nov, Sat 3 May: a day's short form before a date
        if kind == FIRST and first == last and spoken_of_as_a_word(a, first):
            return None  # Noor is the Arabic word for light: a word explained, not a child
        if kind == FIRST and first == last and head.capitalised and by_author_after(a, last):
            return None  # Matilda by Roald Dahl: a book and its author
        if kind == FIRST and first == last and head.capitalised and titled_as_a_work(a, first):
            return None  # our play Oliver!, the production this year is Annie: a title
        if kind == FIRST and first == last and in_a_place_context(a, first):
            return None  # a school in Florence, our trip to Sydney: the place
        if kind == FIRST and first == last and _the_place(a, first):
            return None  # The Mason Arms, the Holly Lodge: a place's name
        if (
            kind == FIRST
            and first == last
            and _capital_next(a, first)
            and named_before_plural(a, first + 1)
        ):
            return None  # Mason Moor allotments, Ruby Lane cottages: a place's name
        if kind == SURNAME and first == last and _surname_word_opening(a, first):
            return None  # Fox cubs in the field, Lamb stew: the word before a noun
        if kind == FIRST and first == last and head.capitalised and _word_before(a, first):
            return None  # Patience please, Blaze of colour: the word, not a child
        if kind == FIRST and first == last and _titles_institution(a, first):
            return None  # the Prince's Trust, the King's Speech: a title's institution
        if kind == SURNAME and first == last and head.sentence_start and the_weather(a, first):
            return None  # Frost is forecast, Snow was settling: the weather, not a family name
        if kind == FIRST and first == last and head.capitalised and _room_named(a, first):
            return None  # Jasmine Room is booked, Eden Project trip: a room or a place's name
        if kind == FIRST and first == last and head.capitalised and _a_named_storm(a, first):
            return None  # Storms Ciara and Dennis, Hurricanes Milton and Helene: storms
        if first == last and _in_a_street(a, first):
            return None  # 12 Chapel Row, 3 Harbour View: part of an address
        if first == last and _hyphenated_place(a, first):
            return None  # Weston-super-Mare, Stratford-upon-Avon: a town's name
        if kind in (FIRST, SURNAME) and first == last and _owned_place(a, first):
            return None  # Daniel's Den, Rose's Bakery, Baker's Garage: a place's name
        if first == last and _place_owned_by_name(a, first):
            return None  # the Field of Cooper's Field: the place word of a place's name
        if first < last and _school_named(a, last):
            return None  # Brooke Hill Primary, Iris Field Academy: a school named like a pupil
        if kind in (FIRST, SURNAME) and first == last and _head_of_a_proper_name(a, first):
            return None  # Harlyn Bay, Polish Heritage Day, St Piran's Day, #JumperDay
        if kind == SURNAME and first == last and _in_a_place_name(a, first, entry):
            return None  # St Mark's Church, Chester Town Hall: part of a place's name
        disguised = any(t.disguised for t in tokens[first : last + 1])
        if (
            kind in (FIRST, SURNAME)
            and first == last
            and not disguised
            and _word_compound(a, first)
        ):
            return None  # Hunter-gatherers, Summer-born, Mason jars, Winter coats: a compound
        if kind == FIRST and first == last and head.capitalised and _greets_an_occasion(a, first):
            return None  # Happy Diwali, Merry Christmas: a greeting for a festival or a day
        if kind == SURNAME and first == last and not disguised and _surname_thing(a, first):
            return None  # Wellington puddings: a thing named after someone
        certain = True
        if first == last and not disguised and _acronym(a, first) and _after_determiner(a, first):
            return None  # the ELLA guidance, our MAYA project: an acronym, not a child
        if kind == SURNAME and first == last and _other_first_name(a, first, entry, self):
            return None  # Ted Hughes is not Charlotte Hughes's family name on its own
        if (
            kind == SURNAME
            and first == last
            and head.shape.islower()
            and not disguised
            and frequency(entry.name) >= 100
            and (_in_a_compound(a, first) or _after_a_joining_word(a, first))
        ):
            # star baker, the church hall, nests from moss and twigs: a lower-case word, not
            # Will Baker's name (well done baker, thank you hill still name the child)
            return None
        if (
            kind == FIRST
            and first == last
            and not entry.common
            and not disguised
            and head.shape.islower()
            and entry.word
            and not in_name_position(a, first)
            and (
                in_a_noun_phrase(a, first)
                or _indefinite_noun(a, first)
                or (first > 0 and tokens[first - 1].norm in ("of", "in", "with"))
                or _in_a_compound(a, first)
                or _end_of_a_lower_list(a, first)
            )
        ):
            return None  # the marigold wreath, a bit of bliss, swimming kit: a rarer word
        lower_word = (  # a real blessing, such a joy: a noun after a determiner
            head.shape.islower()
            and first == last
            and not disguised
            and frequency(entry.name) >= 1000
            and (_after_determiner(a, first) or _object_after(a, last))
        )
        if (
            kind == FIRST
            and first == last
            and not entry.common
            and not disguised
            and head.capitalised
            and not head.title_context
            and entry.word
            and (in_a_noun_phrase(a, first) or _indefinite_noun(a, first))
        ):
            return None  # the Blessing of the garden, our Carol Service, in Favour of
        if (entry.common or lower_word) and not disguised and first == last:
            if entry.function_word and not _written_as_name(a, first):
                return None
            reading = read_word_name(a, first)
            if reading == WORD_READING:
                return None
            certain = reading == NAME_READING
        if kind == FIRST and first == last and entry.word and gerund_subject(a, first):
            if wordy(entry.name):
                return None  # Crystal growing is this week's experiment: the word
            certain = False  # Carol singing starts at 5pm: the activity, or the child doing it?
        if (
            certain
            and kind == FIRST
            and first == last
            and entry.word
            and not disguised
            and not in_name_position(a, first)
            and thing_after(a, first)
        ):
            certain = False  # their Noel party, Arthur party in 4B: the word, or the child's?
        if certain and kind == FIRST and first == last and entry.word and _repeated(a, first):
            certain = False  # Noel, Noel!: a carol's refrain, or a child cheered on?
        nxt = tokens[last + 1] if last + 1 < len(tokens) else None
        if nxt is not None and kind != FULL and nxt.kind == WORD:
            if nxt.norm in CLASS_WORDS or (nxt.norm in PLACE_WORDS and nxt.capitalised):
                if entry.common or (nxt.capitalised and nxt.norm in _STREET_ENDS | PLACE_WORDS):
                    return None  # Willow class, Hope Street, Noel Street, Lark Hill Road
                certain = False
        if certain and kind == FIRST and first == last and _a_work_named(a, first):
            certain = False  # Daniel's Story, Grace's Diary: a book's title, or the child's?
        if certain and kind == FIRST and first == last and at_a_business_after(a, last):
            certain = False  # thank you to Priyanka at Tesco: perhaps an adult who works there
        if not certain and kind == FIRST and first == last and self._their_initial(a, first, entry):
            certain = True  # Holly F. won: the first name and that pupil's surname initial
        if certain and first == last and _indefinite_before(a, first):
            certain = False  # a very convincing Harry: a costume or a part, or the child?
        if certain and kind == FIRST and _double_barrelled(a, first, last):
            certain = False  # Eilidh-Mae may be another child than Eilidh
        start, end = head.start, tokens[last].end
        return Mention(
            start, end, kind, entry.keys, a.text[start:end], certain, disguised, first, last
        )

    def _their_initial(self, a: Analysis, i: int, entry: NameEntry) -> bool:
        """The name is followed by a capital letter and a full stop that is the initial of one
        of these pupils' surnames (Holly F., Will B.)."""
        if i + 1 >= len(a.tokens) or not a.tokens[i].capitalised:
            return False
        nxt = a.tokens[i + 1]
        if len(nxt.shape) != 1 or not nxt.shape.isupper():
            return False
        if a.text[a.tokens[i].end : nxt.start] != " " or a.text[nxt.end : nxt.end + 1] != ".":
            return False
        initials = {plain(self.pupils[k].last_name)[:1] for k in entry.keys if k in self.pupils}
        return nxt.norm in initials

    def _other_full_name(self, a: Analysis, i: int) -> Mention | None:
        """A pupil's first name, then a surname none of those pupils has, then a verb (Grace
        Pearce won, Will Okafor planted): the full name of a child, though not on the roster."""
        head = a.tokens[i]
        if not head.capitalised or head.title_context or i + 1 >= len(a.tokens):
            return None
        nxt = a.tokens[i + 1]
        if nxt.kind != WORD or not nxt.capitalised or nxt.sentence_start:
            return None
        if a.text[head.end : nxt.start] != " " or not _surname_like(nxt):
            return None
        if f"{head.norm} {nxt.norm}" in self.entries:
            return None
        praised = i > 0 and a.tokens[i - 1].norm in PRAISE_BEFORE and not head.sentence_start
        after = i + 3 if i + 2 < len(a.tokens) and a.tokens[i + 2].norm == "who" else i + 2
        if not does_something(a, after) and not _class_after(a, i) and not praised:
            return None
        start, end = head.start, nxt.end
        return Mention(start, end, FULL, frozenset(), a.text[start:end], True, False, i, i + 1)

    def _disguised(self, a: Analysis, i: int, token: Token) -> Mention | None:
        if not token.disguised or _CODE_SHAPE.match(a.text, token.start, token.end):
            return None  # OL4, B12, M1: a postcode or a code, not a name in leetspeak
        alternative = token.shape.casefold().translate(_ALT_LEET)
        entry = self.entries.get(alternative)
        if entry is None:
            # A symbol standing for a letter (Ka✨per): one letter away from a roster name.
            close = self._slips(alternative, 3) or self._slips(token.norm, 3)
            entry = close[0] if len(close) == 1 else None
        if entry is None or CLASS in entry.kinds:
            return None
        return Mention(
            token.start,
            token.end,
            _strongest(entry.kinds),
            entry.keys,
            a.text[token.start : token.end],
            True,
            True,
            i,
            i,
        )

    def _initials(self, a: Analysis, i: int, token: Token) -> Mention | None:
        if len(token.norm) != 2 or not token.shape.isalpha() or not token.upper:
            return None
        if token.kind != WORD or (token.separators and set(token.separators) - {".", " "}):
            return None
        keys = self.initials.get(token.norm)
        if not keys or _after_title(a, i):
            return None
        prev = a.tokens[i - 1] if i > 0 else None
        if (
            prev is not None
            and not token.sentence_start
            and prev.kind == WORD
            and prev.capitalised
            and not prev.sentence_start
            and prev.norm not in first_names()
        ):
            return None  # Chester FC, Thornton CE: part of a proper name
        if token.norm in NEVER_INITIALS:
            return None  # OK, a local GP, PE kit: an abbreviation written as a word
        nxt = a.tokens[i + 1] if i + 1 < len(a.tokens) else None
        if (
            nxt is not None
            and nxt.kind == WORD
            and nxt.capitalised
            and not nxt.upper
            and nxt.norm not in first_names()
            and _surname_like(nxt)
        ):
            return None  # L. S. Lowry, J. K. Rowling: a person's initials and surname
        if prev is not None and not token.sentence_start and prev.norm in _NOUN_BEFORE:
            return None  # our new TA, the DT room, a PE lesson: a noun, not a child's initials
        if token.norm in NOT_INITIALS and nxt is not None and nxt.norm in _SUBJECT_NOUNS:
            return None  # DT week, RE homework: the subject (PE is on Tuesday stays a question)
        certain = token.norm not in NOT_INITIALS and not token.title_context
        return Mention(
            token.start,
            token.end,
            INITIALS,
            keys,
            a.text[token.start : token.end],
            certain,
            False,
            i,
            i,
        )

    def _probe(self, a: Analysis, found: list[Mention]) -> list[Mention]:
        """Names run together inside hashtags, handles and spaced-out letters."""
        if not len(self._inside) or not a.probes:
            return []
        extra: list[Mention] = []
        for probe in a.probes:
            inside = [m for m in found if probe.start <= m.start and m.end <= probe.end]
            seen = {m.keys for m in inside}
            # Longest first, so Z a i n a b A k h t a r is the full name, not only Zainab.
            hits = sorted(self._inside.iter(probe.text), key=lambda h: -len(h[1].name))
            for end, entry in hits:
                if entry.keys in seen:
                    continue
                kind = _strongest(entry.kinds)
                certain = True
                if probe.kind != WORD:
                    squeezed = entry.name.replace(" ", "")
                    before, after = probe.text[: end + 1 - len(squeezed)], probe.text[end + 1 :]
                    if not (segmentable(before) and segmentable(after)):
                        continue  # #leopards is not Leo
                    if entry.common and kind != FULL and not _praise_tail(before):
                        continue  # #summertrip, #maydaydance: the everyday word
                    if entry.word and kind == FIRST and not _praise_tail(before):
                        if _thing_starts(after, wordy(entry.name)):
                            continue  # #carolservice, #masonjars: the rarer word before a thing
                    if kind != FULL and not before and after.startswith(_TOWN_ENDS):
                        continue  # #ashbrookeco, #rosefieldfc: a place's or a school's name
                    if (
                        kind != FULL
                        and not _praise_tail(before)
                        and after.startswith("the")
                        and 3 < len(after) <= 30  # a title is short; keeps a long tag cheap
                        and segmentable(after[3:])
                    ):
                        continue  # #oliverthemusical, #alfredthegreat: a title, not a child
                seen.add(entry.keys)
                extra.append(
                    Mention(
                        probe.start,
                        probe.end,
                        kind,
                        entry.keys,
                        a.text[probe.start : probe.end],
                        certain,
                        probe.kind == WORD,
                    )
                )
        return extra


# How the names of English places and schools end after a first name (Ashbrook, Rosefield,
# Jackfield, Ellesmere): straight after a name at a hashtag's start, a place, not a child.
_TOWN_ENDS = (
    "brook",
    "field",
    "ford",
    "bury",
    "worth",
    "dale",
    "combe",
    "hurst",
    "stead",
    "wick",
    "mouth",
    "minster",
    "bourne",
    "mere",
    "thorpe",
    "borough",
)


_CODE_SHAPE = re.compile(r"[A-Z]{1,2}\d{1,2}[A-Z]?$")
_CLIPPED_FROM = 5  # a first name this long may be cut short to a pet form
_PET_ENDINGS = ("", "i", "y", "ie", "ey", "ee", "a", "ia", "o", "s")


_BETWEEN_CLAUSES = frozenset(",;:()")
_STOPS = frozenset(".!?")


def _split_by_punctuation(a: Analysis, first: int, last: int) -> bool:
    """A comma, or a stop and a space, between the words of a full name (Iris, moss and
    lichen): two words of a sentence, not one child's first name and surname (a stop with no
    space, Simran.Dhillon, still joins a name)."""
    tokens = a.tokens
    for k in range(first, last):
        gap = a.text[tokens[k].end : tokens[k + 1].start]
        if not _BETWEEN_CLAUSES.isdisjoint(gap) or (
            not _STOPS.isdisjoint(gap) and gap != gap.strip()
        ):
            return True
    return False


def _a_clipped_name(a: Analysis, i: int) -> bool:
    """A word that is a roster name cut short (Wiki for Wiktoria) reads as that child only
    where a person's name fits (Wiki read her poem, well done Wiki) and it is no everyday word
    a capital may start (Wiki pages, Alex is not one); a first name of its own (Alex) is the
    same question."""
    token = a.tokens[i]
    if english_frequency().get(token.norm, 0) >= 1000 or is_common_word(token.norm):
        return False
    return in_name_position(a, i)


_CLASS_CODE = re.compile(
    r"\s*(?:,|\(|in|from|of)\s*(?:year\s*\d|y\d\b|reception\b|\d[a-z]\b)", re.I
)


def _class_after(a: Analysis, i: int) -> bool:
    """A class or year group right after the name or its surname: Ayesha Begum, Year 2; Kai
    (Y3); Nia in 4B; Ngozi Eze-Williams of Year 5 (a double-barrelled surname)."""
    tokens = a.tokens
    reach = (i, i + 1, i + 2)
    if i + 2 >= len(tokens) or a.text[tokens[i + 1].end : tokens[i + 2].start] != "-":
        reach = (i, i + 1)
    for j in reach:
        if j < len(tokens) and (j == i or tokens[j].capitalised):
            if _CLASS_CODE.match(a.text, a.tokens[j].end):
                return True
    return False


def _pupil_role(a: Analysis, i: int) -> bool:
    """A role pupils hold, before a name: sports captain Zuzanna, school councillor Ayaan, head
    girl Isla, our Year 6 pupil Omar."""
    if i < 2 or a.tokens[i].sentence_start:
        return False
    role, qualifier = a.tokens[i - 1], a.tokens[i - 2]
    if role.norm in _CHILD_NOUNS:
        return True
    if role.norm in _PUPIL_ROLES and not role.capitalised:
        return qualifier.norm in _ROLE_QUALIFIERS or qualifier.norm[:1].isdigit()
    return False


_CHILD_NOUNS = frozenset("pupil pupils student girl boy prefect ambassador monitor".split())
_PUPIL_ROLES = frozenset("captain captains councillor councillors vice".split())
_ROLE_QUALIFIERS = frozenset(
    "sports sport rugby football netball cricket hockey rounders chess team house school eco "
    "class year form vice our".split()
)
_ORG_NOUNS = frozenset(
    """
service services brigade station police council trust charity society church mosque gurdwara
temple synagogue hospital surgery practice bank company museum zoo university college library
theatre nhs rnli rspca rspb army navy raf guides scouts brownies cubs rotary lions foundation
association federation fc club
""".split()
)
_NOT_AN_ORG = frozenset("year class reception nursery school choir team".split())
_ADULT_NOUNS = ROLE_WORDS | frozenset(
    """
volunteer volunteers lifeboat lifeguard firefighter fireman vet visitor visitors expert
dog cat spaniel puppy horse pony donkey owl tortoise rabbit guinea
hamster hamsters gerbil gerbils bear teddy mascot mascots lion elephant tiger fish goldfish
chicken chickens hen hens duck ducks lamb goat giraffe monkey penguin snail stick insect
dragon robot puppet doll
""".split()
)


# After "Name, who": what an adult does for a living or for the school, never a pupil.
_ADULT_WORK = frozenset(
    "works worked volunteers volunteered teaches taught retires retired retiring drives driven "
    "cooks cooked cleans cleaned manages managed chairs chaired".split()
)


def _adult_work_after(a: Analysis, k: int) -> bool:
    tokens = a.tokens
    if k < len(tokens) and tokens[k].norm in ("has", "had"):
        k += 1
    return k < len(tokens) and tokens[k].norm in _ADULT_WORK


def _adult_noun(norm: str) -> bool:
    """An adult's role or an animal, or its plural (TAs, volunteers, lollipop ladies)."""
    if norm in _ADULT_NOUNS:
        return True
    return norm.endswith("s") and (norm[:-1] in _ADULT_NOUNS or norm[:-1] in ROLE_WORDS)


def not_a_pupil_after(a: Analysis, last: int) -> bool:
    """What follows the name makes it someone else: a visitor from an organisation (Mark from
    the fire service, Dave and Sue from the Rotary Club), an apposition naming a role or an
    animal (Sam the lifeboat volunteer, Pepper the spaniel), or a title (Matilda the Musical)."""
    tokens = a.tokens
    j = last + 1
    # Skip a second name joined to this one: Dave and Sue from ...
    if j + 1 < len(tokens) and tokens[j].norm in ("and", "&") and tokens[j + 1].capitalised:
        j += 2
    if j >= len(tokens) or tokens[j].sentence_start:
        return False
    if titled_after(a, last):
        return True
    if tokens[j].norm == "who" and _adult_work_after(a, j + 1):
        return True  # Grace, who works in our kitchen; Ivy, who has volunteered here for years
    one_of = j + 2 < len(tokens) and tokens[j].norm == "one" and tokens[j + 1].norm == "of"
    k = j + 2 if one_of else j
    if tokens[k].norm in ("our", "the", "a") and "," in a.text[tokens[last].end : tokens[j].start]:
        # Sarah, our office manager, …; Jade, one of our TAs, …: an apposition naming an
        # adult's role
        role = [t for t in tokens[k + 1 : k + 4] if not t.sentence_start]
        if any(_adult_noun(t.norm) or t.norm in ROLE_WORDS for t in role):
            return True
    if tokens[j].norm == "the":
        role = tokens[j + 1 : j + 4]
        return any(
            (t.norm in _ADULT_NOUNS or (t.norm[-1:] == "s" and t.norm[:-1] in _ADULT_NOUNS))
            and not t.sentence_start
            for t in role
        )  # Sam the lifeboat volunteer, Lily and Daisy, the school tortoises
    if tokens[j].norm != "from":
        return False
    rest = [t for t in tokens[j + 1 : j + 5] if not t.sentence_start]
    if rest and rest[0].norm in ("the", "our", "a", "local"):
        rest = rest[1:]
        if rest and rest[0].capitalised and rest[0].norm not in _NOT_AN_ORG:
            return True  # from the Rotary Club, from the RNLI
    if rest and rest[0].norm in _NOT_AN_ORG:
        return False
    return any(t.norm in _ORG_NOUNS for t in rest[:3])


def _after_determiner(a: Analysis, i: int) -> bool:
    """A determiner just before the word, or before a lower-case word before it (a real)."""
    tokens = a.tokens

    def joined(j: int) -> bool:  # only a space between token j and the next
        return not a.text[tokens[j].end : tokens[j + 1].start].strip()

    if i == 0 or tokens[i].sentence_start or not joined(i - 1):
        return False
    if tokens[i - 1].norm in DETERMINERS:
        return True
    return (
        i > 1
        and not tokens[i - 1].sentence_start
        and tokens[i - 1].shape.islower()
        and joined(i - 2)
        and tokens[i - 2].norm in DETERMINERS
    )


_SCHOOLS = frozenset("primary school academy infants juniors nursery college high".split())


def _in_a_place_name(a: Analysis, i: int, entry: NameEntry) -> bool:
    """A roster surname that is a place word (Church, Hill, Lane) straight after a possessive
    or a capitalised word that is not a first name: St Mark's Church, Tower Hill."""
    if entry.name not in PLACE_WORDS or i == 0:
        return False
    nxt = a.tokens[i + 1] if i + 1 < len(a.tokens) else None
    if nxt is not None and nxt.capitalised and not nxt.sentence_start and nxt.norm in _SCHOOLS:
        return True  # Rose Hill Primary, Oak Lane Academy: a school's name
    if a.tokens[i].sentence_start:
        return False
    before = a.tokens[i - 1]
    if before.kind != WORD or a.text[before.end : a.tokens[i].start] != " ":
        return False
    if before.norm == "s" and a.text[before.start - 1 : before.start] in ("'", "’"):
        return True
    return before.capitalised and not before.sentence_start and before.norm not in first_names()


def _school_named(a: Analysis, last: int) -> bool:
    """A full name whose surname is a place word (Hill, Field, Lane) straight before a
    capitalised school word (Primary, Academy): a school's name."""
    if last + 1 >= len(a.tokens) or a.tokens[last].norm not in PLACE_WORDS | {"field"}:
        return False
    nxt = a.tokens[last + 1]
    return (
        nxt.capitalised
        and not nxt.sentence_start
        and nxt.norm in _SCHOOLS
        and a.text[a.tokens[last].end : nxt.start] == " "
    )


_ROLE_TAILS = frozenset(
    "reader readers patrol helper helpers assistant worker leader lady man coach officer".split()
)
# Ends of job titles no pupil holds, whatever comes before (teaching assistant, youth worker).
_ADULT_TAILS = frozenset("assistant assistants worker workers officer officers".split())
_NOUN_BEFORE = frozenset("our the a an your their new my its".split())
_AT_A_PLACE = frozenset("in near around across outside visit visits visiting visited".split())
_TRAVEL = frozenset(
    """
trip trips travel travels travelled traveled travelling flew fly flying flight flights holiday
holidays journey journeyed visit visits went go goes going moved move moving postcard postcards
way back penpals pen pals
""".split()
)


_SET_OFF_TO = frozenset("off heading headed head drove drive".split())


def _travelled_to(a: Analysis, i: int) -> bool:
    """A name no roster holds after to or from and a word of travel (a trip to Rye, off to
    Ely, then on to Rye after a trip in the same sentence): a place, whatever the place."""
    if i < 2 or a.tokens[i].sentence_start or a.tokens[i - 1].norm not in ("to", "from"):
        return False
    if _class_after(a, i) or _an_award_in(a, i):
        return False  # the award went to Blessing in 4B: a child, not a place
    earlier = a.tokens[i - 2].norm
    if earlier in _TRAVEL or earlier in _SET_OFF_TO:
        return True
    first, _ = a.sentence_of(i)
    return earlier == "on" and any(
        t.norm in _TRAVEL or t.norm in _SET_OFF_TO for t in a.tokens[first : i - 2]
    )


_AWARD_WORDS = frozenset(
    "award awards prize prizes trophy cup medal certificate badge star winner title".split()
)


def _an_award_in(a: Analysis, i: int) -> bool:
    first, last = a.sentence_of(i)
    return any(t.norm in _AWARD_WORDS for t in a.tokens[first : last + 1])


_WHEN_OR_WHO = frozenset(
    "today tonight yesterday tomorrow who whom whose which too again once first last next".split()
)


def _an_organisations(a: Analysis, i: int) -> bool:
    """The name follows an organisation's possessive (the Rotary Club's Sue)."""
    return i > 1 and a.tokens[i - 1].norm == "s" and a.tokens[i - 2].norm in _ORG_NOUNS


def _thing_named_after(a: Analysis, i: int) -> bool:
    """A name after a determiner (and perhaps one lower-case word) and before a lower-case
    noun (their own Anderson shelters, our Victoria sponges): a thing named after someone;
    a verb after it (our Kacper won) leaves it a name."""
    if not _after_determiner(a, i) or i + 1 >= len(a.tokens):
        return False
    nxt = a.tokens[i + 1]
    return (
        not nxt.sentence_start
        and nxt.kind == WORD
        and nxt.shape.isalpha()
        and nxt.shape.islower()
        and a.text[a.tokens[i].end : nxt.start] == " "
        and nxt.norm not in NOT_NOUNS
        and nxt.norm not in NAME_VERBS
        and nxt.norm not in _WHEN_OR_WHO
        and not nxt.norm.endswith("ly")
        and not does_something(a, i + 1)
    )


def in_a_place_context(a: Analysis, i: int) -> bool:
    """A town, city or country that is also a first name (Florence, Sydney), after in, near or
    visiting, a trip or journey to or from, or the city of, and not a possessive (Florence's
    group): the place, not a child."""
    token = a.tokens[i]
    if token.norm not in cities() or i == 0:
        return False
    nxt = a.tokens[i + 1] if i + 1 < len(a.tokens) else None
    if nxt is not None and not nxt.sentence_start:
        gap = a.text[token.end : nxt.start]
        if (nxt.norm == "s" and gap in ("'", "’")) or nxt.norm in CLASS_WORDS:
            return False
        if _CLASS_CODE.match(a.text, token.end):
            return False  # Florence in 3A: a child
    before = a.tokens[i - 1]
    if token.sentence_start or before.kind != WORD:
        return False
    if before.norm in _AT_A_PLACE:
        return True
    earlier = a.tokens[i - 2].norm if i > 1 else ""
    if before.norm in ("to", "from") and earlier in _TRAVEL:
        return True
    return before.norm == "of" and earlier in ("city", "town", "county", "capital", "state")


def _object_after(a: Analysis, i: int) -> bool:
    """A lower-case word with an object after it (for blessing our new building): a verb."""
    nxt = a.tokens[i + 1] if i + 1 < len(a.tokens) else None
    return (
        nxt is not None
        and nxt.kind == WORD
        and nxt.shape.islower()
        and nxt.norm in OBJECT_STARTERS
        and a.text[a.tokens[i].end : nxt.start] == " "
    )


# Only a place or a business after a name's 's (any capitalised noun would hide a child: Maya's
# Poem).
_OWNED_PLACES = _PUB_OR_PLACE | frozenset(
    "den corner nook ark kitchen shop cafe club mill pantry barn yard orchard meadow field bistro "
    "salon deli pizza pizzeria pizzas garage motors butchers bakers florist florists nursery "
    "fields green common meadows takeaway chippy diner grill kitchens dairy creamery bakehouse "
    "bookshop toys sweets cakes catering coaches taxis travel plumbing builders joinery "
    "landscaping pharmacy chemist opticians dentist dentists vets barbers hairdressers "
    "emporium market parlour removals hardware biscuits tailors carpets flooring electrical "
    "autos cars cycles bikes kebabs sandwiches ices gelato gym fitness pets grooming stables "
    "childcare daycare newsagents greengrocers grocers convenience supermarket fisheries "
    "ironmongers jewellers launderette laundrette hairdressing beauty tearoom tearooms "
    "column monument tower needle cross abbey priory palace cave falls tor rock".split()
)
# What a business's name ends on after a capitalised word (Miller's Loaf bakery).
_BUSINESS_ENDS = frozenset(
    "bakery bakers cafe café shop pizzeria restaurant garage butchers florist deli takeaway "
    "farm bistro salon barbers pharmacy".split()
)


def _possessive_s(a: Analysis, i: int) -> bool:
    """The name at i is followed by 's (an apostrophe and s)."""
    if i + 1 >= len(a.tokens):
        return False
    s = a.tokens[i + 1]
    return s.norm == "s" and a.text[a.tokens[i].end : s.start] in ("'", "’")


def _owned_place(a: Analysis, i: int) -> bool:
    """A name, 's and a capitalised place word (Daniel's Den, Noah's Ark, Rose's Bakery)."""
    if i + 2 >= len(a.tokens) or not _possessive_s(a, i):
        return False
    place = a.tokens[i + 2]
    if not place.capitalised or place.sentence_start or place.title_context:
        return False
    if place.norm in _OWNED_PLACES:
        return True
    # Miller's Loaf bakery, Rocco's Slice pizzeria: a capitalised word, then what the place is
    return i + 3 < len(a.tokens) and a.tokens[i + 3].norm in _BUSINESS_ENDS


# What a room or a building is called after a word name (the Jasmine Room, Eden Project).
_ROOMS = frozenset(
    "room rooms suite project centre center lounge pavilion studio building annexe classroom "
    "hub base unit".split()
)


# A capitalised noun after a name's 's that makes a book's, a film's or a song's title.
_WORK_NOUNS = frozenset(
    "story stories tale tales diary journey adventure adventures song dream dreams secret "
    "secrets quest gift war wish world book ark voyage".split()
)


def _a_work_named(a: Analysis, i: int) -> bool:
    """A name, 's and a capitalised story word (Daniel's Story, Grace's Diary): a title."""
    if i + 2 >= len(a.tokens) or not _possessive_s(a, i):
        return False
    noun = a.tokens[i + 2]
    return noun.capitalised and not noun.sentence_start and noun.norm in _WORK_NOUNS


def _room_named(a: Analysis, i: int) -> bool:
    """A name before a capitalised room or building word on the same line (Jasmine Room,
    Honey Suite, Eden Project): the room's name."""
    if i + 1 >= len(a.tokens):
        return False
    nxt = a.tokens[i + 1]
    return (
        nxt.capitalised
        and not nxt.sentence_start
        and a.text[a.tokens[i].end : nxt.start] == " "
        and nxt.norm in _ROOMS
    )


# The joining words of a town's hyphenated name (Weston-super-Mare, Henley-on-Thames).
_TOWN_JOINS = frozenset("super upon on under in le la de en by cum next sub".split())


def _hyphenated_place(a: Analysis, i: int) -> bool:
    """A capitalised word, a hyphen, a lower-case joining word, a hyphen and a capitalised word
    (Weston-super-Mare, Stratford-upon-Avon), or the last word of one: a town's name."""
    tokens = a.tokens
    for start in (i, i - 2):
        if start < 0 or start + 2 >= len(tokens):
            continue
        head, join, tail = tokens[start], tokens[start + 1], tokens[start + 2]
        if (
            a.text[head.end : join.start] == "-"
            and a.text[join.end : tail.start] == "-"
            and join.norm in _TOWN_JOINS
            and join.shape.islower()
            and head.capitalised
            and tail.capitalised
        ):
            return True
    return False


_WHEN_WORDS = frozenset("today tonight yesterday tomorrow again too".split())


_STORMS = frozenset("storms hurricanes typhoons cyclones".split())


def _a_named_storm(a: Analysis, i: int) -> bool:
    """A name in a list of storms after Storms or Hurricanes (Storms Ciara and Dennis,
    Storms Arwen, Barra and Caetano): the storms' names, not children."""
    j = i - 1
    for _ in range(6):
        if j < 0 or a.tokens[j + 1].sentence_start:
            return False
        t = a.tokens[j]
        if t.norm in _STORMS and t.capitalised:
            return True
        if not (t.capitalised or t.norm in ("and", "&")):
            return False
        j -= 1
    return False


def _lower_word_after(a: Analysis, i: int) -> Token | None:
    """The token after i when it is lower case, in the same sentence and one space on (the cubs
    of Fox cubs); None otherwise."""
    if i + 1 >= len(a.tokens):
        return None
    nxt = a.tokens[i + 1]
    if nxt.sentence_start or not nxt.shape.islower() or a.text[a.tokens[i].end : nxt.start] != " ":
        return None
    return nxt


def _surname_word_opening(a: Analysis, i: int) -> bool:
    """A surname that is an everyday word, alone at a sentence's start, before a lower-case
    noun that no person does (Fox cubs, Lamb stew, Booth prices): the word, since a post does
    not call a pupil by a surname alone before a noun."""
    token = a.tokens[i]
    if not token.sentence_start or (nxt := _lower_word_after(a, i)) is None:
        return False
    freq = english_frequency()
    word = nxt.norm
    if freq.get(token.norm, 0) < 1000 or freq.get(word, 0) < 1000 or word in NOT_NOUNS:
        return False
    if word in _WHEN_WORDS:
        return False  # SMITH today!: the pupil, then when
    if does_something(a, i + 1) or word.endswith(("ly", "ed")) or word in first_names():
        return False
    if word.endswith("ing") and (is_a_word(word[:-3]) or is_a_word(word[:-3] + "e")):
        return False  # Hill walking, Fox hunting: what someone does (pudding is no verb)
    return not (word.endswith("s") and not plural_noun(word))  # runs, tries: a verb


_WORD_AFTER = frozenset("please".split())
_WHILE = frozenset("while whilst as until till everyone all".split())


def _word_before(a: Analysis, i: int) -> bool:
    """A name used far more as a word, before please with no comma (Patience please) or
    before of and a lower-case noun (Blaze of colour, Harmony of voices): the word."""
    if i + 1 >= len(a.tokens) or not wordy(a.tokens[i].norm):
        return False
    nxt = a.tokens[i + 1]
    if nxt.sentence_start or a.text[a.tokens[i].end : nxt.start] != " ":
        return False
    if nxt.norm in _WORD_AFTER:
        # Patience please: or Patience please while...; but Will please bring... asks a child
        after = a.tokens[i + 2] if i + 2 < len(a.tokens) else None
        return (
            after is None
            or after.sentence_start
            or a.text[nxt.end : after.start].strip() != ""
            or after.norm in _WHILE
        )
    if nxt.norm != "of" or i + 2 >= len(a.tokens):
        return False
    noun = a.tokens[i + 2]
    if noun.norm == "the" and i + 3 < len(a.tokens) and a.tokens[i].sentence_start:
        noun = a.tokens[i + 3]  # Blessing of the animals: a service, not a child
        if noun.norm in _NOT_AN_ORG or noun.norm in CLASS_WORDS:
            return False  # Blessing of the Year 6 team: perhaps the child
    return (
        not noun.sentence_start
        and noun.kind == WORD
        and noun.shape.isalpha()
        and noun.shape.islower()
        and noun.norm not in DETERMINERS
        and noun.norm not in NOT_NOUNS
        and is_a_word(noun.norm)
    )


def _titles_institution(a: Analysis, i: int) -> bool:
    """A name that is a title (Prince, King, Queen), 's and a capitalised word (the Prince's
    Trust, King's Cross, Queen's Speech): an institution or a place named after a title."""
    if a.tokens[i].norm not in TITLES or i + 2 >= len(a.tokens) or not _possessive_s(a, i):
        return False
    nxt = a.tokens[i + 2]
    return nxt.capitalised and not nxt.sentence_start and nxt.kind == WORD


def _place_owned_by_name(a: Analysis, i: int) -> bool:
    """A capitalised place word after a name's 's (the Field of Cooper's Field)."""
    return (
        i >= 2
        and a.tokens[i - 2].capitalised
        and _possessive_s(a, i - 2)
        and _owned_place(a, i - 2)
    )


def _the_place(a: Analysis, i: int) -> bool:
    """The, a capitalised name and a capitalised place word (The Mason Arms, the Ivy Lodge)."""
    if i == 0 or i + 1 >= len(a.tokens):
        return False
    before, nxt = a.tokens[i - 1], a.tokens[i + 1]
    return (
        before.norm == "the"
        and a.tokens[i].capitalised
        and nxt.capitalised
        and not nxt.sentence_start
        and nxt.norm in _PUB_OR_PLACE
    )


def _other_first_name(a: Analysis, i: int, entry: NameEntry, roster: Roster) -> bool:
    """A roster surname after a capitalised first name that no pupil of that surname has."""
    if i == 0 or a.tokens[i].sentence_start:
        return False
    before = a.tokens[i - 1]
    if before.kind != WORD or not before.capitalised:
        return False
    listed = roster.entries.get(before.norm)
    if before.norm not in first_names() and (listed is None or FIRST not in listed.kinds):
        return False  # Grace Baker: Grace is a pupil's first name, though an everyday word
    firsts = {plain(roster.pupils[k].first_name) for k in entry.keys if k in roster.pupils} | {
        plain(n) for k in entry.keys if k in roster.pupils for n in roster.pupils[k].known_as
    }
    return before.norm not in firsts


_NAMING_BEFORE = PRAISE_BEFORE | frozenset("to from by and for you is".split())


def _in_a_compound(a: Analysis, i: int) -> bool:
    """A lower-case word straight after another word, a space between (star baker, the church
    hall), not after praise or a preposition (well done brown, thanks to brown)."""
    if i == 0 or a.tokens[i].sentence_start:
        return False
    prev = a.tokens[i - 1]
    return (
        prev.kind == WORD
        and a.text[prev.end : a.tokens[i].start] == " "
        and prev.norm not in _NAMING_BEFORE
    )


# Prepositions and conjunctions: the words a lower-case noun follows inside a sentence.
_JOINING_WORDS = frozenset(
    "and or from by with of in on at into onto under over through for to".split()
)


def _after_a_joining_word(a: Analysis, i: int) -> bool:
    """A lower-case word straight after a preposition or a conjunction, with no praise before
    it (nests from moss and twigs, stones and moss), or in a list (ivy, moss and ferns): a
    noun in a sentence; "well done to moss" still names the child."""
    if i == 0 or a.tokens[i].sentence_start:
        return False
    prev, gap = a.tokens[i - 1], a.text[a.tokens[i - 1].end : a.tokens[i].start]
    if gap == ", ":  # Iris, moss and lichen: an item in a list of words
        nxt = a.tokens[i + 1] if i + 1 < len(a.tokens) else None
        return nxt is not None and nxt.norm in ("and", "or") and prev.kind == WORD
    return gap == " " and prev.norm in _JOINING_WORDS and not praised_by_name(a, i)


def _word_compound(a: Analysis, i: int) -> bool:
    """A name that is also an English word, joined by a hyphen to a lower-case word on the same
    line (Hunter-gatherers, Summer-born) or followed by a lower-case plural noun (Mason jars):
    the everyday word in a compound, not a child."""
    if i + 1 >= len(a.tokens) or a.tokens[i + 1].sentence_start:
        return False
    token, nxt = a.tokens[i], a.tokens[i + 1]
    freq = english_frequency()
    if freq.get(token.norm, 0) < 500 or nxt.kind != WORD or not nxt.shape.islower():
        return False
    gap = a.text[token.end : nxt.start]
    if gap == "-":
        return freq.get(nxt.norm, 0) >= 100 and nxt.norm not in first_names()
    if gap == " " and nxt.norm in _PRODUCTS:
        return True  # Winter coats, Summer hats: clothes for a season, whose verbs are common
    return gap == " " and nxt.norm not in NAME_VERBS and plural_noun(nxt.norm)


def _greets_an_occasion(a: Analysis, i: int) -> bool:
    """A name that is an English word before a festival, a holiday or a day, on the same line
    (Happy Diwali, Merry Christmas, Happy Half Term): a greeting, not a child."""
    if i + 1 >= len(a.tokens) or english_frequency().get(a.tokens[i].norm, 0) < 500:
        return False
    nxt = a.tokens[i + 1]
    return (
        a.text[a.tokens[i].end : nxt.start] == " "
        and not nxt.sentence_start
        and nxt.norm in OCCASIONS
    )


def _double_barrelled(a: Analysis, first: int, last: int) -> bool:
    """The name is joined by a hyphen to another first name on the same line (Eilidh-Mae)."""
    tokens = a.tokens
    for j, gap_at in ((last + 1, last), (first - 1, first - 1)):
        if 0 <= j < len(tokens) and 0 <= gap_at + 1 < len(tokens):
            left, right = tokens[gap_at], tokens[gap_at + 1]
            if a.text[left.end : right.start] == "-" and tokens[j].capitalised:
                return True
    return False


_DEGREE = frozenset("very rather quite really so truly most".split())
_ADJECTIVE = tuple("ing ed ful ous ive y ish ic al ent ant ble est less".split())


def _acronym(a: Analysis, i: int) -> bool:
    """A word of three or more capitals in a sentence written in ordinary case. After a
    determiner it is an acronym or an organisation's name (the ELLA guidance); elsewhere a
    roster name in capitals is still the child's name, shouted (Star of the week: JOSH)."""
    token = a.tokens[i]
    return len(token.shape) > 2 and token.upper and not token.title_context


_COUNTS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty dozen dozens several "
    "many few some both lots all".split()
)


def _counted_plural(a: Analysis, i: int, means: list[NameEntry]) -> bool:
    """The word is a roster name with a plural s, after a number or a counting word (five
    Matildas, lots of Elsas): many of something, never one child."""
    token = a.tokens[i]
    if not any(token.norm == e.name + "s" for e in means) or i == 0 or token.sentence_start:
        return False
    j = i - 1
    for _ in range(6):  # so many Gruffalos, Matildas and …: a list of plurals after the count
        t = a.tokens[j]
        if (
            j == 0
            or t.sentence_start
            or not (t.norm in ("and", "or") or (t.capitalised and t.norm.endswith("s")))
        ):
            break
        j -= 1
    before = a.tokens[j]
    if before.norm == "of" and j > 0:
        before = a.tokens[j - 1]
    return before.norm.isdigit() or before.norm in _COUNTS


def _describing(word: str) -> bool:
    """Shaped like a describing word (convincing, spooky, wonderful), not a function word."""
    return word not in FUNCTION_WORDS and any(
        word.endswith(end) and len(word) > len(end) + 2 for end in _ADJECTIVE
    )


_MONTH_FORMS = MONTHS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _before_a_date(a: Analysis, i: int) -> bool:
    """The name straight before a day of the month and a month (Thu 12 Nov): a date."""
    tokens = a.tokens
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].norm.isdigit()
        and len(tokens[i + 1].norm) <= 2
        and tokens[i + 2].norm in _MONTH_FORMS
    )


def _repeated(a: Analysis, i: int) -> bool:
    """The same word just before or after, a comma between (Noel, Noel! / Gloria, Gloria)."""
    tokens = a.tokens
    for j, k in ((i - 1, i), (i, i + 1)):
        if 0 <= j and k < len(tokens) and tokens[j].norm == tokens[k].norm:
            if "," in a.text[tokens[j].end : tokens[k].start]:
                return True
    return False


_PROPER_HEADS = PLACE_WORDS | frozenset(("day",))
_AT_A_PLACE = frozenset("at in near around off visited visiting".split())


def _head_of_a_proper_name(a: Analysis, i: int) -> bool:
    """A name that is a place word or Day, after a capitalised word that is no first name or
    after a possessive or a place's preposition (Whitsand Bay, Heritage Day, St Piran's Day,
    #ChristmasJumperDay, at Harlyn Bay): the head of a place's or a day's name, not a child
    (Grace Bay won, Well done Bay stay names)."""
    tokens = a.tokens
    token = tokens[i]
    if token.norm not in _PROPER_HEADS or not token.capitalised or i == 0:
        return False
    j, possessive = i - 1, False
    if tokens[j].norm == "s" and j > 0 and a.text[tokens[j - 1].end : tokens[j].start] in "'’":
        j, possessive = j - 1, True
    prev = tokens[j]
    if prev.kind != token.kind or not prev.capitalised or prev.norm in PRAISE_BEFORE:
        return False
    gap = a.text[tokens[i - 1].end : token.start]
    if gap != " " and not (gap == "" and token.kind == TAG):
        return False
    if possessive or prev.norm not in first_names():
        return True
    return j > 0 and tokens[j - 1].norm in _AT_A_PLACE  # the rock pools at Harlyn Bay


def _end_of_a_lower_list(a: Analysis, i: int) -> bool:
    """The word in a list of lower-case words: after and or or and a lower-case word (peace,
    love and bliss), or after a lower-case word and a comma (sunflowers, fern and willow), or
    before and or or and such a word (marlin and tuna)."""
    tokens = a.tokens
    if i + 2 < len(tokens) and tokens[i + 1].norm in ("and", "or"):
        if not tokens[i + 2].sentence_start and _a_lower_word(tokens[i + 2]):
            return True
    if i < 2 or tokens[i].sentence_start:
        return False
    prev = tokens[i - 1]
    if prev.norm in ("and", "or"):
        prev = tokens[i - 2]  # well done to sam and fern: names in a list stay names
    elif "," not in a.text[prev.end : tokens[i].start]:
        return False
    return _a_lower_word(prev)


def _a_lower_word(t: Token) -> bool:
    """A lower-case word that is no first name (tuna, bliss; not zara, fern)."""
    return (
        t.kind == WORD
        and t.shape.islower()
        and t.shape.isalpha()
        and t.norm not in first_names()
        and t.norm not in NOT_NOUNS
    )


def _indefinite_noun(a: Analysis, i: int) -> bool:
    """A or an before a name that is a rare everyday word (a Favour, a real Blessing), where no
    verb or praise makes it a person: the word."""
    word_before = (
        i > 1
        and not a.tokens[i].sentence_start
        and not a.tokens[i - 1].sentence_start
        and a.tokens[i - 1].shape.islower()
        and a.tokens[i - 2].norm in ("a", "an")
    )
    return (word_before or _indefinite_before(a, i)) and not in_name_position(a, i)


def _indefinite_before(a: Analysis, i: int) -> bool:
    """ "a" or "an" before the name, perhaps with a few lower-case describing words between (a
    very convincing Hermione, an excellent Gruffalo): the name of a part, a costume or a kind,
    not plainly a child, whom nobody calls "a Holly"."""
    j = i - 1
    for _ in range(4):
        if j < 0 or a.tokens[j + 1].sentence_start:
            return False
        t = a.tokens[j]
        if t.kind != WORD or a.text[t.end : a.tokens[j + 1].start] != " ":
            return False
        if t.norm in ("a", "an"):
            return j < i - 1 or t.shape.islower()
        if not t.shape.islower() or not (t.norm in _DEGREE or _describing(t.norm)):
            return False  # a chat with Harry, what a star Harry is: not a describing word
        j -= 1
    return False


def _after_title(a: Analysis, i: int) -> bool:
    """A title or a role before the name (Mrs, Dr, our caretaker, PTA chair), or before the
    first name it follows (Mrs Grace Turner): an adult. A title shortened with a full stop
    (Sgt. Mark Hill, Rev. Ivy Cole) still comes before the name, though the stop looks like a
    sentence's end."""
    if i == 0 or a.tokens[i - 1].kind != WORD:
        return False
    if a.tokens[i].sentence_start and not _abbreviated_title(a, i):
        return False
    if _pupil_role(a, i):
        return False
    before = a.tokens[i - 1]
    if before.norm in KIN and before.shape.islower():
        return False  # her sister Rose, his son Miles: family, not a title (Sister Mary)
    if before.norm in TITLES or before.norm in ROLE_WORDS:
        return True
    if before.shape.islower() and before.norm.endswith(_ROLE_ENDINGS):
        return True  # the harbourmaster, Jim; our postwoman Ivy; the lollipop man, Will
    if (
        i > 1
        and before.norm in _ROLE_TAILS
        and before.shape.islower()
        and a.tokens[i - 2].norm in ROLE_WORDS
    ):
        return True  # our volunteer reader Amber, the lollipop lady Joy: an adult
    if before.norm in _ADULT_TAILS and before.shape.islower() and i > 1:
        return True  # our new teaching assistant, Robin Castle; the youth worker Faith
    return (
        i > 1
        and before.capitalised
        and (not before.sentence_start or _abbreviated_title(a, i - 1))
        and "(" not in a.text[before.end : a.tokens[i].start]  # Mr Hussain (Muhammad's dad)
        and a.tokens[i - 2].kind == WORD
        and (a.tokens[i - 2].norm in TITLES or a.tokens[i - 2].norm in ROLE_WORDS)
    )


# How an adult's job ends (harbourmaster, headmistress, postwoman, fireman): no child's role.
_ROLE_ENDINGS = ("master", "mistress", "woman", "man")

_STREET_ENDS = frozenset(
    "road street lane avenue close drive way crescent gardens grove place court terrace mews "
    "row walk hill banks bank rise view square parade green meadows fields vale chase croft "
    "wharf quay heights".split()
)


_NUMBERED = frozenset("year years class room group set table team y level key stage".split())


def _in_a_street(a: Analysis, i: int) -> bool:
    """The word follows a house number and comes before a street's last word (7 Dee Banks,
    22 Tansy Close): part of an address."""
    tokens = a.tokens
    if i == 0 or not tokens[i - 1].norm.isdigit() or len(tokens[i - 1].norm) > 4:
        return False
    if i > 1 and tokens[i - 2].norm in _NUMBERED:
        return False  # Year 6 Amara Green: a class and a child's full name
    return any(
        t.norm in _STREET_ENDS and t.capitalised for t in tokens[i + 1 : min(len(tokens), i + 3)]
    )


def _an_animal_before(a: Analysis, i: int) -> bool:
    """An animal word, lower case, just before the name (police dog Bruno, the class rabbit
    Clover): the animal's name."""
    if i == 0 or a.tokens[i].sentence_start:
        return False
    before = a.tokens[i - 1]
    return before.norm in ANIMALS and before.shape.islower() and before.kind == WORD


def _adult_named_before(a: Analysis, i: int) -> bool:
    """The word was an adult's first name earlier in the post, given in full after a title or a
    role (our caretaker Joy Hart … thanks, Joy): the bare name later is the same adult."""
    norm = a.tokens[i].norm
    for j in range(i - 1):
        if a.tokens[j].norm == norm and _after_title(a, j):
            return True  # our caretaker Joy Hart … thanks, Joy; our caretaker, Stan … Stan!
    return False


def _abbreviated_title(a: Analysis, i: int) -> bool:
    """Token i follows a capitalised title and a full stop (Sgt. Mark, Rev. Holly, Dr. Ali)."""
    if i == 0:
        return False
    before = a.tokens[i - 1]
    return (
        before.norm in _SHORT_TITLES
        and before.capitalised
        and a.text[before.end : a.tokens[i].start] == ". "
    )


_SHORT_TITLES = frozenset(
    "mr mrs ms mx dr rev revd sgt capt cllr prof fr st lt col gen insp supt cpl pte cdr".split()
)


_LONGEST_THING = 12


def _thing_starts(text: str, wordy_name: bool) -> bool:
    """The rest of a hashtag opens with a plural noun (#masonjars) or, after a name used far
    more as a word, a thing it names (#carolservice), and the rest splits into words."""
    for k in range(3, min(len(text), _LONGEST_THING) + 1):
        word = text[:k]
        thing = plural_noun(word) or (wordy_name and word in THING_AFTER)
        if thing and segmentable(text[k:]):
            return True
    return False


def _praise_tail(text: str) -> bool:
    return any(text.endswith(p) for p in _PRAISE_TAGS)


_PRAISE_TAGS = tuple(PRAISE_BEFORE) + (
    "welldoneto",
    "starofthe",
    "starofthedaypriya",
    "starofthedayis",
    "starofthedaygoesto",
    "happybirthday",
    "birthday",
    "proudof",
    "superstar",
    "starof",
    "shoutoutto",
    "shoutout",
    "goteam",
    "wow",
)


def _one_slip(a: str, b: str) -> bool:
    """a and b differ by one deleted, added, changed or swapped letter."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


_SHOW_VERBS = frozenset(
    """
watch watched watching watches see saw seeing seen read reading reads reread performed
performing perform performs staged staging rehearse rehearsed rehearsing studied studying
""".split()
)


_AFTER_TITLE = frozenset("at in on this last next for and with by to again together".split())


def _title_ends(a: Analysis, i: int) -> bool:
    """After the title, the sentence ends or a place or time follows (at the Storyhouse, this
    term): not a verb the child does (we saw Matilda win)."""
    nxt = a.tokens[i + 1] if i + 1 < len(a.tokens) else None
    return nxt is None or nxt.sentence_start or nxt.norm in _AFTER_TITLE


_PEOPLE_PLURALS = frozenset(
    "twins triplets brothers sisters boys girls children kids family families cousins".split()
)


def _surname_thing(a: Analysis, i: int) -> bool:
    """A capitalised surname alone, no first name before it, then a lower-case plural noun
    that is not people (Chelsea buns, Wellington puddings; not the Jones twins)."""
    token = a.tokens[i]
    if not token.capitalised or (nxt := _lower_word_after(a, i)) is None:
        return False
    if i > 0 and not token.sentence_start:
        before = a.tokens[i - 1]
        if before.capitalised and a.text[before.end : token.start] == " ":
            return False  # Amy Anderson's.., a first name and the surname
    return nxt.norm not in _PEOPLE_PLURALS and nxt.norm not in NAME_VERBS and plural_noun(nxt.norm)


def _capital_next(a: Analysis, i: int) -> bool:
    """A capitalised word straight after token i, a space between, in the same sentence."""
    if i + 1 >= len(a.tokens):
        return False
    nxt = a.tokens[i + 1]
    return (
        nxt.kind == WORD
        and nxt.capitalised
        and not nxt.sentence_start
        and not nxt.title_context
        and a.text[a.tokens[i].end : nxt.start] == " "
    )


def _rank(m: Mention) -> tuple[bool, bool, bool]:
    """A roster name written as it is, then a certain one; a slip or pet form comes last."""
    return (bool(m.keys) and not m.means, m.certain, not m.means)


def _hyphen_joined(a: Analysis, mentions: list[Mention]) -> list[Mention]:
    """Two names joined by a hyphen (Ellie-Mae, Lily-Rose) are one child's first name: one
    mention over both, the one that says most about a pupil."""
    if len(mentions) < 2:
        return mentions
    by_first = {m.first_token: m for m in mentions if m.first_token >= 0}
    dropped: set[int] = set()
    for m in sorted(by_first.values(), key=lambda m: m.first_token):
        if id(m) in dropped:
            continue
        other = by_first.get(m.last_token + 1)
        if other is None or a.text[m.end : other.start] != "-":
            continue
        keep, drop = (m, other) if _rank(m) >= _rank(other) else (other, m)
        keep.start, keep.end = m.start, other.end
        keep.first_token, keep.last_token = m.first_token, other.last_token
        keep.written = a.text[keep.start : keep.end]
        dropped.add(id(drop))
    return [m for m in mentions if id(m) not in dropped]


def _outside_gazetteer(a: Analysis, mentions: list[Mention]) -> list[Mention]:
    """Drop names inside well-known people, titles and fixed expressions (Florence Nightingale,
    The Holly and the Ivy); a one-word entry (Matilda, Wilbur) only clears names not on the
    roster and pet forms or slips of roster names."""
    spans = gazetteer_spans(a)
    characters = character_first_names(a)
    if not spans and not characters:
        return mentions
    kept = []
    for m in mentions:
        inside = m.first_token >= 0 and any(
            first <= m.first_token
            and m.last_token <= last
            and (several or m.kind == UNKNOWN or m.means)
            for first, last, several in spans
        )
        if not inside and m.first_token == m.last_token and m.first_token > 0:
            # A roster name that is a one-word title (Matilda, Paddington) straight after
            # watching, reading or performing: the show or the book, not the child.
            i = m.first_token
            inside = (
                a.tokens[i - 1].norm in _SHOW_VERBS
                and not a.tokens[i].sentence_start
                and any(f == i == last and not several for f, last, several in spans)
                and not in_name_position(a, i)
                and _title_ends(a, i)
            )
        if not inside and m.first_token == m.last_token >= 0:
            inside = _owner_of_a_story(a, m.last_token, spans)  # Daniel's friends Shadrach..
        if not inside and m.kind == UNKNOWN and m.first_token in characters:
            # A character's first name alone (a convincing Hermione): not a child, unless it
            # stands where only a person's name fits (well done Hermione, Hermione won).
            i = m.first_token
            inside = not in_name_position(a, i) and not _called_to(a, i)
        if not inside:
            kept.append(m)
    return kept


_YOU_WORDS = frozenset("you your you're you’re youre you've you’ve".split())


def _called_to(a: Analysis, i: int) -> bool:
    """A name set off by a comma or a ! and then you or your (Harry, you left your lunchbox):
    said to a person, so a person's name, though a character has it too."""
    tokens = a.tokens
    if i + 1 >= len(tokens):
        return False
    gap = a.text[tokens[i].end : tokens[i + 1].start]
    return ("," in gap or "!" in gap) and tokens[i + 1].norm in _YOU_WORDS


def _title_word_first(a: Analysis, i: int) -> bool:
    """A name that is also a title (Prince, King) or a naming word (Storm) straight before a
    capitalised name (Prince Harry, King Charles, Storm Ciara): an adult's title or a thing."""
    word = a.tokens[i].norm
    titled = word in TITLES or word in NAMING_WORDS
    if titled and word not in _NOT_NOBLE and _noble_of(a, i):
        return True  # the Duke of Edinburgh, Prince of Wales: a title and where it is of
    return titled and _title_before_name(a, i) and not _class_after(a, i)


# Titles that a place does not follow with "of" (Mum of three, Nan of Year 4).
_NOT_NOBLE = frozenset(
    "mr mrs miss ms mx aunt auntie dad grandad grandma grandpa granny mum nan nana uncle".split()
)


def _noble_of(a: Analysis, i: int) -> bool:
    """A title, of and a capitalised word on the same line that is no class (Duke of York,
    Earl of Sandwich), where a class after of (Duke of 4A) leaves the child."""
    if i + 2 >= len(a.tokens):
        return False
    of, place = a.tokens[i + 1], a.tokens[i + 2]
    return (
        of.norm == "of"
        and a.text[a.tokens[i].end : of.start] == " "
        and not of.sentence_start
        and place.kind == WORD
        and place.capitalised
        and not place.sentence_start
        and place.norm not in CLASS_WORDS
        and place.norm not in _NOT_AN_ORG
        and not _class_after(a, i)
    )


def _owner_of_a_story(a: Analysis, i: int, spans: list[tuple[int, int, bool]]) -> bool:
    """A name, 's and at most two lower-case words, then well-known characters of several
    words (Daniel's friends Shadrach, Meshach and Abednego): the story's person, not a child."""
    tokens = a.tokens
    j = i + 1
    if tokens[i].norm not in story_names():
        return False
    if (
        j >= len(tokens)
        or tokens[j].norm != "s"
        or a.text[tokens[i].end : tokens[j].start]
        not in (
            "'",
            "’",
        )
    ):
        return False
    j += 1
    for _ in range(3):
        if j >= len(tokens) or tokens[j].sentence_start:
            return False
        if any(first == j and several for first, _, several in spans):
            return True
        if not tokens[j].shape.islower():
            return False
        j += 1
    return False


def _written_as_name(a: Analysis, i: int) -> bool:
    """Grace mid-sentence reads as a name; grace, GRACE and Grace Before Meals do not."""
    token = a.tokens[i]
    if token.kind != WORD or not token.capitalised or token.sentence_start or token.title_context:
        return False
    if len(token.shape) > 1 and token.upper:
        return False
    before = a.tokens[i - 1] if i > 0 else None
    return not (
        before
        and before.kind == WORD
        and before.capitalised
        and not before.sentence_start
        and before.norm not in FUNCTION_WORDS
    )


def _person_follows(a: Analysis, i: int) -> bool:
    """After a first name and token i, what a person does or another person (Kuba Nowak and
    Bartek Lis won, Tom Smith scored): the two words are someone's full name."""
    j = i + 1
    if j >= len(a.tokens) or a.tokens[j].sentence_start:
        return False
    t = a.tokens[j]
    if t.norm in ("and", "&"):
        return j + 1 < len(a.tokens) and a.tokens[j + 1].capitalised
    return t.shape.islower() and t.norm in NAME_VERBS


def _title_before_name(a: Analysis, i: int) -> bool:
    j = i + 1
    if j >= len(a.tokens) or a.tokens[j].sentence_start:
        return False
    if a.text[a.tokens[i].end : a.tokens[j].start] != " ":
        return False
    nxt = a.tokens[j]
    return nxt.kind == WORD and nxt.capitalised and not nxt.upper


_GREETING_BEFORE = frozenset("done birthday congratulations congrats bravo".split())


def _greeted(a: Analysis, i: int) -> bool:
    """A capitalised word straight after "Well done", "Happy birthday" or "Congratulations" that
    is no English word and no well-known name: a child's name the name lists lack (Happy
    birthday Xiaoming). Thanks and welcome are left out: shops and companies are thanked."""
    if i == 0 or a.tokens[i].sentence_start or len(a.tokens[i].norm) < 3:
        return False
    prev = a.tokens[i - 1]
    if prev.norm not in _GREETING_BEFORE or a.text[prev.end : a.tokens[i].start] != " ":
        return False
    norm = a.tokens[i].norm
    if _given_more_than_said(norm):
        return True  # Well done Willow: a name more than a word, though the list leaves it out
    return english_frequency().get(norm, 0) < 50 and norm not in surname_set()


_NOT_SURNAMES = TITLES | ROLE_WORDS | PLACE_WORDS | CLASS_WORDS | MONTHS | DAYS


_CHILD_DOINGS = frozenset(
    """
won scored swam sang danced drew painted wrote read jumped climbed performed achieved earned
represented passed completed made raised baked built designed created collected finished
came got written learned learnt ran led organised organized showed brought helped shared
presented taught
""".split()
)
_PERFECT = frozenset("has had".split())
_CHOSEN = frozenset("chosen selected picked awarded named crowned invited given".split())


def _child_doing_after(a: Analysis, i: int) -> bool:
    """What a pupil does, straight after the word on the same line: won, sang, made; or has
    and such a word (has raised, had won)."""
    nxt = a.tokens[i + 1] if i + 1 < len(a.tokens) else None
    if nxt is None or nxt.sentence_start or not nxt.shape.islower():
        return False
    if a.text[a.tokens[i].end : nxt.start] != " ":
        return False
    if nxt.norm in _CHILD_DOINGS:
        return True
    then = a.tokens[i + 2] if i + 2 < len(a.tokens) else None
    if nxt.norm not in _PERFECT or then is None or then.sentence_start:
        return False
    if then.norm == "been" and i + 3 < len(a.tokens):
        return a.tokens[i + 3].norm in _CHOSEN  # has been chosen for the county team
    return then.norm in _CHILD_DOINGS


def _given_more_than_said(norm: str) -> bool:
    """A word more often a baby's name than an everyday word (Willow, Holly, Ivy; not Summer,
    Hope or Storm), so the first-name list leaves it out as a word."""
    return baby_counts().get(norm, 0) >= 100 and not wordy(norm)


def _does_as_a_child(a: Analysis, i: int) -> bool:
    """A capitalised word that is no English word, no census surname and no first name the
    lists know, straight before what a pupil does (Wenjun won the under-9 final, Chidera sang
    the solo): perhaps a child's name the lists lack, so a question."""
    token = a.tokens[i]
    norm = token.norm
    if _given_more_than_said(norm):
        return _child_doing_after(a, i)  # Willow has raised, Holly painted: a name more than
        # a word or a surname, though the first-name list leaves it out as a word
    if len(norm) < 4 or norm in surname_set() or english_frequency().get(norm, 0) > 0:
        return False
    return _child_doing_after(a, i)


def _alone(a: Analysis, i: int) -> bool:
    """The word is a sentence on its own (Legend! Brilliant.)."""
    first, last = a.sentence_of(i)
    return first == last == i


def _named_in_full(a: Analysis, i: int) -> bool:
    """A word more often a baby's name than an everyday word (Ivy, Willow), a surname and
    what a pupil does, perhaps after a comma and who (Ivy Ashton, who plays...; Willow Platt
    won...): a child named in full, though the first-name list leaves the word out."""
    if not _given_more_than_said(a.tokens[i].norm) or i + 1 >= len(a.tokens):
        return False
    nxt = a.tokens[i + 1]
    if nxt.sentence_start or not nxt.capitalised or a.text[a.tokens[i].end : nxt.start] != " ":
        return False
    if not _surname_like(nxt):
        return False
    after = i + 3 if i + 2 < len(a.tokens) and a.tokens[i + 2].norm == "who" else i + 2
    return does_something(a, after)


def _surname_like(token: Token) -> bool:
    """A capitalised word that reads as a surname: a census surname, or a word that is no
    everyday English word (Nowak, Mensah), and no title, role, place or date."""
    norm = token.norm
    if not token.shape.isalpha() or token.upper or norm in _NOT_SURNAMES:
        return False
    return norm in surname_set() or english_frequency().get(norm, 0) < 1000


# After a school subject's letters (DT week, PE kit, RE lesson): the subject, not initials.
_SUBJECT_NOUNS = frozenset(
    "week weeks lesson lessons day days club clubs kit kits homework project projects topic "
    "session sessions workshop workshops teacher lead leader room display".split()
)


def _name_not_word(token: Token) -> bool:
    """A first name that is no English word (kayden, zara; not grace, rose or will)."""
    norm = token.norm
    return (
        token.kind == WORD
        and len(norm) >= 3
        and norm.isalpha()
        and norm in first_names()
        and frequency(norm) < 100
    )


def _lower_case_names(a: Analysis, i: int, entries: dict[str, NameEntry]) -> bool:
    """Token i is a first name written in lower case, not on the roster, that praise comes
    before (well done kayden) or that "and" joins to another name (kayden and zara)."""
    tokens = a.tokens
    if tokens[i].norm in entries or not _name_not_word(tokens[i]):
        return False
    if praised_by_name(a, i):
        return True
    for other, joint in ((i + 2, i + 1), (i - 2, i - 1)):
        if 0 <= other < len(tokens) and tokens[joint].norm in ("and", "&"):
            partner = tokens[other]
            if partner.shape.islower() and (_name_not_word(partner) or partner.norm in entries):
                return True
    return False


def _unknown_mention(a: Analysis, i: int, *, disguised: bool = False) -> Mention:
    """Token i as a first name not on the roster: never certain."""
    token = a.tokens[i]
    return Mention(
        token.start,
        token.end,
        UNKNOWN,
        frozenset(),
        a.text[token.start : token.end],
        False,
        disguised,
        i,
        i,
    )


def _unknown(a: Analysis, i: int, token: Token, entries: dict[str, NameEntry]) -> Mention | None:
    """A capitalised first name that is not on the roster: perhaps a pupil the roster lacks;
    or one in lower case, where praise or a second such name shows it is a name."""
    if token.kind == WORD and token.shape.islower() and _lower_case_names(a, i, entries):
        return _unknown_mention(a, i)  # kayden and zara were our tour guides
    if token.kind == HANDLE or not token.capitalised or token.upper or token.norm in entries:
        return None
    if token.disguised and token.norm in first_names() and not _after_title(a, i):
        # Y@sm1n, J4ck: a first name written to slip past, though not on the roster
        return _unknown_mention(a, i, disguised=True)
    if not token.shape.isalpha() or _after_title(a, i) or _an_animal_before(a, i):
        return None
    if _in_a_street(a, i) or _hyphenated_place(a, i) or _a_named_storm(a, i):
        return None  # 7 Dee Banks, Weston-super-Mare, Storms Ciara and Dennis
    if _owned_place(a, i):
        return None  # Hart's Bakery, Dotty's Tearoom: a business's name, not a child's
    if token.norm in TITLES and (
        _title_before_name(a, i) or (token.norm not in _NOT_NOBLE and _noble_of(a, i))
    ):
        return None  # Imam Yusuf, Nana Ama, the Earl of Sandwich: a title, not a child's name
    if (token.norm in TITLES or token.norm in ROLE_WORDS) and not token.sentence_start:
        return None  # our Imam visitor, the Chaplain: a role, not a child's name
    if (
        token.norm not in first_names()
        and not _greeted(a, i)
        and not _does_as_a_child(a, i)
        and not _named_in_full(a, i)
    ):
        return None
    if _alone(a, i) and english_frequency().get(token.norm, 0) >= 1000:
        return None  # Legend! Marvellous. An exclamation of one everyday word
    if not_a_pupil_after(a, i) or in_a_place_context(a, i) or _the_place(a, i):
        return None  # Dave and Sue from the Rotary Club, a school in Sydney, the Mason Arms
    if token.norm in PLACE_WORDS and i > 0 and not token.sentence_start:
        prev = a.tokens[i - 1]
        if prev.capitalised or (prev.norm == "s" and a.text[prev.start - 1 : prev.start] in "'’"):
            return None  # Robin Hood's Bay, Poole Harbour: a place's name
    if _an_organisations(a, i) or (
        i > 2 and a.tokens[i - 1].norm in ("and", "&") and _an_organisations(a, i - 2)
    ):
        return None  # Oldham Rotary Club's Sue and Dave: the organisation's adults
    if _travelled_to(a, i) or _thing_named_after(a, i):
        return None  # off to Ely, then on to Rye; their own Anderson shelters
    if _title_before_name(a, i) and not_a_pupil_after(a, i + 1):
        return None  # Jenny Marsh, our lunchtime supervisor: an adult named in full
    child = _pupil_role(a, i) or _class_after(a, i)
    nxt = a.tokens[i + 1] if i + 1 < len(a.tokens) else None
    full = (
        nxt is not None
        and nxt.kind == WORD
        and nxt.capitalised
        and not nxt.sentence_start
        and nxt.norm not in CLASS_WORDS
        and nxt.norm != "year"
    )
    if full and not child and not _after_title(a, i + 1):
        # A likely first name, a surname and a verb (Ola Nowak planted..., Kwame Mensah has
        # won...): a person named in full doing something, in a school's post a pupil.
        # Names joined by "and" (Kuba Nowak and Bartek Lis won the doubles) stay the question:
        # a pair's result may be a club's adults as well as pupils.
        joined = i > 1 and a.tokens[i - 1].norm in ("and", "&") and a.tokens[i - 2].capitalised
        after = i + 3 if i + 2 < len(a.tokens) and a.tokens[i + 2].norm == "who" else i + 2
        child = not joined and _surname_like(nxt) and does_something(a, after)  # Ivy Ashton, who
    if child and full:
        # Our Year 5 rugby captain Ethan Clarke, Ayesha Begum (Year 2): a child, though not on
        # the roster, named plainly by a full name. A first name alone (Priya from Year 5)
        # stays the question every name not on the roster is: is it a pupil the roster lacks?
        last = i + 1
        if (
            last + 1 < len(a.tokens)
            and a.tokens[last + 1].capitalised
            and a.text[a.tokens[last].end : a.tokens[last + 1].start] == "-"
        ):
            last += 1  # Eze-Williams: the whole double-barrelled surname
        return Mention(
            token.start,
            a.tokens[last].end,
            FULL,
            frozenset(),
            a.text[token.start : a.tokens[last].end],
            True,
            False,
            i,
            last,
        )
    if nxt is not None and (
        nxt.norm in _NOT_A_CHILD_AFTER
        or (nxt.norm == "t" and nxt.start - token.end == 1)
        or (nxt.norm in _PRODUCTS and nxt.shape.islower() and nxt.start - token.end == 1)
    ):
        return None  # Chester Zoo, Willow class, Don't
    if in_a_work_title(a, i) or spoken_of_as_a_word(a, i):
        return None  # the play Oliver Twist; Amani is the Swahili word for peace
    if _surname_thing(a, i):
        return None  # Chelsea buns: a thing named after someone or somewhere
    if token.kind == TAG and token.title_context:
        return None
    if i > 0 and not token.sentence_start:
        prev = a.tokens[i - 1]
        joined = a.text[prev.end : token.start] == " " and prev.capitalised
        before = prev.norm in first_names() or prev.norm in entries
        if joined and before and (_person_follows(a, i) or _surname_like(token)):
            return None  # Tom Smith, Zainab Hussain: the surname of the name before it
    first, _last = a.sentence_of(i)
    praised = any(t.norm in PRAISE_BEFORE for t in a.tokens[max(first, i - 4) : i])
    if i > 0 and not token.sentence_start:
        prev = a.tokens[i - 1]
        played = prev.norm == "by" and i > 1 and a.tokens[i - 2].norm in _PLAY_BEFORE_BY
        if (prev.norm in _AUTHOR_BEFORE and not praised and not played) or (
            len(prev.shape) <= 2 and prev.shape.isupper()
        ):
            return None  # by Julia Donaldson, C S Lewis: a writer, not a pupil
    if any(t.norm in _ABOUT for t in a.tokens[first:i]):
        return None  # learnt about Isaac Newton
    if not praised:
        prev = a.tokens[i - 1] if i > first else None
        after = a.tokens[i + 1] if i + 1 < len(a.tokens) and i + 1 <= _last else None
        if (prev is not None and prev.norm in ("the", "a", "an")) or _indefinite_before(a, i):
            return None  # the Eden Project, the Maya, a convincing Gruffalo: a thing, a part
        if (prev is not None and prev.kind == WORD and prev.capitalised and i - 1 > first) or (
            after is not None
            and (
                (after.kind == WORD and a.text[token.end : after.start] == " ")
                or (after.kind == TAG == token.kind and after.start == token.end)
            )
            and after.capitalised
            and after.norm not in first_names()
            and not _person_follows(a, i + 1)
        ):
            return None  # Tate Modern, Big Ben, Mansa Musa: a proper name, not a child's
    return _unknown_mention(a, i)
