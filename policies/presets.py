"""One preset per seed policy. Each rule quotes the clause it enforces; where a machine cannot
check a clause exactly, the note says what the product does instead."""

from __future__ import annotations

from policies.facts import CATEGORIES, EXCEPTIONS
from policies.policy import RULE_SPECS, Policy, RuleConfig, check_rule

X_LIMIT = "X allows 280 characters (links count 23, emoji 2)."
SAFEGUARDING = (
    "Safeguarding practice, not a clause of this policy: phone numbers, e-mail and home "
    "addresses and dates of birth stay off a public account."
)
ACCESSIBILITY = (
    "Accessibility practice, not a clause of this policy: every image carries a description "
    "for people who cannot see it."
)
NO_CLAUSE = "This policy has no clause on this; the rule is off until the headteacher turns it on."

# Parameters a rule starts from; each preset changes what its document says.
DEFAULTS: dict[str, dict] = {
    "posting_hours": {
        "days": ("mon", "tue", "wed", "thu", "fri"),
        "start": "08:00",
        "end": "18:00",
        "exclude_bank_holidays": True,
        "exceptions": EXCEPTIONS,
        "min_reason_length": 10,
    },
    "child_name": {
        "full_name": "block",
        "surname": "block",
        "first_name": "block",
        "initials": "warn",
        "unknown_names": "warn",
    },
    "name_with_photo": {
        "full_name": "block",
        "surname": "block",
        "first_name": "block",
        "initials": "block",
        "initials_if_unidentifiable": False,
    },
    "photo_consent": {"unidentifiable_needs_consent": True, "faces_not_checked": "warn"},
    "targeted_praise": {},
    "text_speak": {"extra_terms": ()},
    "negative_tone": {
        "insults": "block",
        "negative": "warn",
        # A complaint or a hostile sentence about people (not one word): every seed rules out
        # negative remarks about pupils, parents or staff, so never left to the approver alone.
        "aimed": "warn",
        "opinion": "allow",
        "extra_terms": (),
    },
    "spelling": {"british": True, "grammar_hints": True, "allowed_words": ()},
    "personal_data": {
        "phone": "block",
        "email": "block",
        "address": "warn",
        "date_of_birth": "block",
        "allowed": (),
    },
    "length": {"limit": 280},
    "category": {"allowed": CATEGORIES},
    "alt_text": {"min_length": 10},
    "reply": {"mention_at_start": "warn", "who_may_reply": "mentionedUsers"},
}
DEFAULT_SEVERITY = {"alt_text": "warn", "spelling": "warn"}


def rule(
    rule_id: str,
    clause: str = "",
    note: str = "",
    *,
    enabled: bool = True,
    severity: str | None = None,
    **params,
) -> tuple[str, RuleConfig]:
    severity = severity or DEFAULT_SEVERITY.get(rule_id, "block")
    merged = {**DEFAULTS[rule_id], **params}
    return rule_id, check_rule(rule_id, RuleConfig(enabled, severity, clause, merged, note))


def preset(name: str, title: str, *rules: tuple[str, RuleConfig], **extra) -> Policy:
    chosen = dict(rules)
    defaults = {
        "personal_data": rule("personal_data", SAFEGUARDING)[1],
        "length": rule("length", X_LIMIT)[1],
        "alt_text": rule("alt_text", ACCESSIBILITY)[1],
    }
    ordered = {
        rule_id: chosen.get(rule_id)
        or defaults.get(rule_id)
        or rule(rule_id, "", NO_CLAUSE, enabled=False)[1]
        for rule_id in RULE_SPECS
    }
    return Policy(name, title, ordered, **extra)


DROXFORD = preset(
    "droxford",
    "Droxford Junior School",
    rule(
        "posting_hours",
        "The school Twitter account will usually only tweet between the hours of 8am and 6pm "
        "between Monday and Friday. The only time tweets outside of this time are for school "
        "events (e.g. football matches, residential trips, performances) or to share urgent "
        "school news (e.g. closures due to adverse weather).",
        "Bank holidays are not school days, so they fall outside the window unless the "
        "headteacher allows them. An exception needs a reason the approver can read.",
    ),
    rule(
        "child_name",
        "The school Twitter account will only not use names when referencing children – "
        "instead we will reference classes and yeargroups. eg. Look at the fantastic Maths work "
        "from Meonstoke base this morning!",
        "Initials are not mentioned; they can still identify a child, so they are a warning.",
    ),
    rule(
        "name_with_photo",
        "The school Twitter account will only not use names when referencing children.",
        "Off: the children's names rule already stops every name, with or without a photo.",
        enabled=False,
    ),
    rule(
        "photo_consent",
        "The school Twitter account will only post photos of children's for whom we have "
        "permission from parents. We may also tweet examples of school work and learning.",
        "A photo of work with no child in it is declared 'no pupil identifiable'.",
    ),
    rule(
        "targeted_praise",
        '*Individually targeted content* will not be posted e.g. "Well done Josh a better '
        'lesson today".',
    ),
    rule(
        "negative_tone",
        "The school will use Twitter to share positive messages about the school.",
        "A word list finds derogatory and negative wording; the approver reads for the rest.",
    ),
    rule(
        "category",
        "To quickly share and celebrate children's achievements, successes and give parents "
        "up-to-date news and information.",
        "Every category fits this aim; the headteacher may narrow the list.",
    ),
    rule(
        "reply",
        "The school Twitter account will not reply to any 'mentions' or 'replies' on Twitter. "
        "This is not the platform to discuss or debate school related issues.",
    ),
    headteacher_may_self_approve=True,
)

HIGHFIELD = preset(
    "highfield",
    "Highfield Community Primary School",
    rule(
        "posting_hours",
        "Tweets are permitted both within and outside of school hours.",
        "Off: this policy allows posts at any time.",
        enabled=False,
    ),
    rule(
        "child_name",
        "In most instances, children will not be identified by name.",
        "'In most instances' leaves room for judgement: a first name or surname is a warning the "
        "approver must acknowledge; a full name stays blocked, as it is with a photo.",
        surname="warn",
        first_name="warn",
        initials="allow",
    ),
    rule(
        "name_with_photo",
        "The Highfield Primary Twitter account will not post photos of children whose parents "
        "have not given consent and will not use children's full names when presented with an "
        "image.",
        "Full names and surnames with a photo are blocked; a first name or initials with a photo "
        "is a warning.",
        first_name="warn",
        initials="warn",
        initials_if_unidentifiable=True,
    ),
    rule(
        "photo_consent",
        "The Highfield Primary Twitter account will not post photos of children whose parents "
        "have not given consent.",
    ),
    rule(
        "targeted_praise",
        "In most instances, children will not be identified by name.",
        "A child picked out by description (the only boy in Year 4, a new arrival and where "
        "from) or a post addressed to one child identifies that child as surely as a name: a "
        "warning the approver must acknowledge, as a first name is.",
        severity="warn",
    ),
    rule(
        "text_speak",
        "Tweets must be grammatically correct and be of a positive nature.",
        "Text speak is not grammatical English, so it is a warning.",
        severity="warn",
    ),
    rule(
        "negative_tone",
        "Tweets must be grammatically correct and be of a positive nature. Personal opinions and "
        "derogatory comments will not be posted under any circumstances.",
        "A word list finds derogatory wording and opinion markers ('I think'); both block.",
        opinion="block",
    ),
    rule(
        "spelling",
        "Tweets must be grammatically correct and be of a positive nature.",
        "Grammar cannot be checked by a machine: spelling (British English) and simple slips "
        "are warnings, and the approver reads for grammar.",
    ),
    rule(
        "category",
        "Highfield Community Primary School Twitter account will be used ... to advertise the "
        "excellent work by staff, pupils, parents and governors and to celebrate the success and "
        "achievements of the children. Similarly, it will also contain information detailing "
        "special events in school.",
    ),
    rule(
        "reply",
        "The Twitter account should be used more as a distributor of information to those who "
        "follow it and not as a receiver of information.",
        "Replies are not forbidden, so a reply is a warning.",
        severity="warn",
        mention_at_start="allow",
    ),
)

CARLTON = preset(
    "carlton",
    "Carlton Junior & Infant School",
    rule(
        "child_name",
        "In order to safeguard the pupils at Carlton Junior and Infant School no names of pupils "
        "will be used alongside any pictures of pupils.",
        "Names without pictures are not mentioned: a first name or surname is a warning, a full "
        "name is blocked.",
        surname="warn",
        first_name="warn",
        initials="allow",
    ),
    rule(
        "name_with_photo",
        "In order to safeguard the pupils at Carlton Junior and Infant School no names of pupils "
        "will be used alongside any pictures of pupils.",
        "Initials count as names here. Any photo counts as a picture of pupils unless the "
        "post has none.",
    ),
    rule(
        "photo_consent",
        "Carlton Junior and Infant School seeks photographic consent of all the pupils. Tweets "
        "sent by the school will adhere to this list.",
    ),
    rule(
        "targeted_praise",
        "In order to safeguard the pupils at Carlton Junior and Infant School no names of pupils "
        "will be used alongside any pictures of pupils. ... Twitter will not be used to engage "
        "with individual parents directly.",
        "The policy guards pupils' identities and keeps the account to general communication: a "
        "child picked out by description or a post addressed to one child is a warning the "
        "approver must acknowledge, as a first name is.",
        severity="warn",
    ),
    rule(
        "text_speak",
        "Any Tweets from the official school account will be grammatically correct and will not "
        "contain text language like lol, gr8 or l8r.",
    ),
    rule(
        "negative_tone",
        "Carlton Junior and Infant School deems any of the following as inappropriate: "
        "Offensive language or remarks aimed at the school, its staff, parents, governors or "
        "others affiliated with the school.",
        "Derogatory words block; other negative wording is left to the approver.",
        negative="allow",
    ),
    rule(
        "spelling",
        "Any Tweets from the official school account will be grammatically correct.",
        "Grammar cannot be checked by a machine: spelling (British English) and simple slips "
        "are warnings, and the approver reads for grammar.",
    ),
    rule(
        "category",
        "To share and showcase the wonderful things happening at Carlton Junior and Infant School.",
    ),
    rule(
        "reply",
        "Twitter will not be used to engage with individual parents directly, however, "
        "important announcements and notices could be sent as part of general communication to "
        "parents.",
        "The product cannot tell a parent's account from another, so every reply is blocked; "
        "the headteacher may make it a warning. The policy's '140 characters' describes old "
        "Twitter; the length rule uses X's 280.",
    ),
)

UNSWORTH = preset(
    "unsworth",
    "Unsworth Primary School",
    rule(
        "child_name",
        "The school Twitter account will only use children's first names or initials when "
        "referencing children and will not put names or initials with pictures.",
        "First names and initials are allowed without a photo; surnames and full names block.",
        first_name="allow",
        initials="allow",
        unknown_names="allow",
    ),
    rule(
        "name_with_photo",
        "The school Twitter account ... will not put names or initials with pictures. ... If the "
        "child's unidentifiable photo is used their initials may be used to make reference to "
        "the children. E.g. John Smith with be JS.",
        initials_if_unidentifiable=True,
    ),
    rule(
        "photo_consent",
        "The school Twitter account will not post direct photos of children's faces without "
        "permission. It will post photos of work and learning. For example we may share a photo "
        "of a child creating a piece of artwork that features the child's hands or back of the "
        "head.",
        "A photo declared 'no pupil identifiable' (hands, backs of heads) needs no consent.",
        unidentifiable_needs_consent=False,
    ),
    rule(
        "targeted_praise",
        'Individually targeted content will not be posted e.g. "Well done Josh a better lesson '
        'today". Tweets to a year group or class along the lines of "don\'t forget the..." are '
        "acceptable.",
    ),
    rule(
        "negative_tone",
        "The school Twitter account will use Twitter to share positive messages about the "
        'school. ... "Never tweet anything that would be potentially upsetting"',
        "A word list finds derogatory and negative wording; the approver reads for the rest.",
    ),
    rule(
        "category",
        "The school Twitter account will only tweet content related to teaching and learning, "
        "trips, residential visits or urgent school information. ... To share and celebrate "
        "children's achievements, successes and school updates. ... Tweets to a year group or "
        'class along the lines of "don\'t forget the..." are acceptable.',
        "The aims add celebrations and school updates, and class reminders are allowed "
        "explicitly, so those categories pass too.",
        allowed=["learning", "trip", "residential", "urgent", "reminder", "celebration", "news"],
    ),
    rule(
        "reply",
        "The school Twitter account will not reply to general or sensitive 'replies' on "
        "Twitter. This is not the platform to discuss or debate school related issues.",
        "The product cannot tell a general reply from another, so every reply is blocked.",
    ),
)

FOREFIELD = preset(
    "forefield",
    "Forefield Junior School",
    rule(
        "child_name",
        "No details or opinions relating to pupils will be posted.",
        "A name is a detail relating to a pupil, so names block; initials are a warning.",
    ),
    rule(
        "name_with_photo",
        "No details or opinions relating to pupils will be posted.",
        "Off: the children's names rule already stops every name, with or without a photo.",
        enabled=False,
    ),
    rule(
        "photo_consent",
        "No photos or videos which show pupils are to be posted without the consent of parents. "
        "... Prior to a residential visit parental consent for pupils to appear in group images "
        "will be obtained. Where consent is not given, pupils will not appear in any post.",
        "Consent limited to group images is honoured only for photos marked as group photos.",
    ),
    rule(
        "targeted_praise",
        "No details or opinions relating to pupils will be posted.",
        "Praise aimed at one child is an opinion relating to a pupil: a warning.",
        severity="warn",
    ),
    rule(
        "negative_tone",
        "Never post personal or upsetting tweets. ... Users must not knowingly cause annoyance, "
        "inconvenience or needless anxiety to others. No opinions regarding another member of "
        "staff, which could cause offence, are to be posted.",
        "A word list cannot tell what upsets: derogatory words block, negative wording and "
        "opinions are warnings the approver must acknowledge.",
        opinion="warn",
    ),
    rule(
        "category",
        "We would like to continue to share school news, and the weekly newsletter, through "
        "Twitter. In particular, we hope to share updates from our future residential visits "
        "whilst pupils are away from home.",
    ),
    rule(
        "reply",
        "However, we will: Never post personal or upsetting tweets; Engage in, or invite, any "
        "debate about the events shared/celebrated.",
        "The list reads as 'never engage in debate': a reply is a warning.",
        severity="warn",
        mention_at_start="allow",
    ),
)

PRESETS: dict[str, Policy] = {
    p.name: p for p in (DROXFORD, HIGHFIELD, CARLTON, UNSWORTH, FOREFIELD)
}
