"""child_name, name_with_photo and targeted_praise: the rules about naming children."""

from __future__ import annotations

from collections.abc import Iterator

from policies.policy import RuleConfig
from policies.report import Finding
from policies.roster import FIRST, FULL, INITIALS, SURNAME, UNKNOWN, Mention
from policies.rules.context import WARN, Context, finding, severity, softened

_RANK = {None: 0, WARN: 1, "block": 2}


def _message(m: Mention, where: str = "") -> str:
    w = m.written
    disguise = " Spelling it differently still names the child." if m.disguised else ""
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
    if m.kind == FULL:
        return (
            f"“{w}”{where} is the full name of a pupil on your roster. Never post a child's full "
            f"name: use the class or year group instead.{disguise}"
        )
    what = "surname" if m.kind == SURNAME else "name"
    return (
        f"“{w}”{where} is the {what} of a pupil on your roster. Use the class or year group "
        f"instead of {w}.{disguise}"
    )


def _child_name_severity(m: Mention, params: dict) -> str | None:
    choice = params["unknown_names"] if m.kind == UNKNOWN else params[m.kind]
    return softened(severity(choice), m.certain)


def check_child_name(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    params = config.params
    for m in ctx.mentions:
        sev = _child_name_severity(m, params)
        if sev:
            yield finding("child_name", config, sev, _message(m), m.start, m.end)
    for n, m in ctx.alt_mentions:
        sev = _child_name_severity(m, params)
        if sev and m.kind != UNKNOWN:
            yield finding("child_name", config, sev, _message(m, f" in the alt text of photo {n}"))


def _photo_severity(m: Mention, params: dict, unidentifiable: bool) -> str | None:
    if m.kind == INITIALS and unidentifiable and params["initials_if_unidentifiable"]:
        return None
    choice = params[FIRST if m.kind == UNKNOWN else m.kind]
    return softened(severity(choice), m.certain and m.kind != UNKNOWN)


def check_name_with_photo(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    photos = ctx.draft.photos
    if not photos:
        return
    unidentifiable = all(p.no_identifiable_pupils and not p.pupils for p in photos)
    child_rule = ctx.policy.rule("child_name")
    params = config.params

    def worse_than_child_name(m: Mention, sev: str) -> bool:
        already = _child_name_severity(m, child_rule.params) if child_rule else None
        return _RANK[sev] > _RANK[already]

    for m in ctx.mentions:
        sev = _photo_severity(m, params, unidentifiable)
        if sev:
            # The clause about names with images is the one that applies: the engine keeps this
            # finding, at the stronger of the two severities, in place of child_name's.
            label = "initials" if m.kind == INITIALS else "name"
            yield finding(
                "name_with_photo",
                config,
                sev,
                f"“{m.written}” is a pupil's {label} in a post with a photo. Remove it: a name "
                f"and a photo together identify the child.",
                m.start,
                m.end,
            )
    for n, m in ctx.alt_mentions:
        sev = _photo_severity(m, params, unidentifiable)
        if sev and m.kind != UNKNOWN and worse_than_child_name(m, sev):
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


def check_targeted_praise(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    praise = ctx.phrase_hits(PRAISE)
    if not praise:
        return
    a = ctx.analysis
    targets = [
        (m.start, m.end, m.certain and m.kind != UNKNOWN)
        for m in ctx.mentions
        if m.kind in (FIRST, FULL, SURNAME, INITIALS, UNKNOWN)
    ]
    targets += [(s, e, True) for _, s, e in ctx.phrase_hits(ONE_CHILD)]
    if not targets:
        return
    starts = [t.start for t in a.tokens]
    reported: set[tuple[int, int]] = set()
    for _, p_start, p_end in praise:
        sentence = a.sentence_of(starts.index(p_start))
        if sentence in reported:
            continue
        s_start, s_end = a.tokens[sentence[0]].start, a.tokens[sentence[1]].end
        aimed = [t for t in targets if s_start <= t[0] and t[1] <= s_end]
        if not aimed:
            continue
        reported.add(sentence)
        sev = config.severity if any(t[2] for t in aimed) else WARN
        start = min(p_start, *(t[0] for t in aimed))
        end = max(p_end, *(t[1] for t in aimed))
        yield finding(
            "targeted_praise",
            config,
            sev,
            f"“{ctx.draft.text[start:end]}” is aimed at one child. Celebrate the class or year "
            f"group instead (for example “Well done Year 4 for a great lesson today”).",
            start,
            end,
        )
