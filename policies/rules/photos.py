"""photo_consent and alt_text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from policies.facts import PhotoFacts, RosterPupil
from policies.policy import RuleConfig
from policies.report import BLOCK, WARN, Finding
from policies.rules.context import Context, finding
from policies.timeutil import zone

_NO_CONSENT = {
    "refused": "their parents refused consent",
    "withdrawn": "consent was withdrawn",
    "none": "no consent form has been returned",
}
_FILE_NAME = re.compile(
    r"^(?:\S+\.(?:jpe?g|png|gif|heic|heif|webp|bmp|tiff?)|(?:img|dsc|pxl)[_-]?\d+)$", re.IGNORECASE
)


def _label(n: int, photo: PhotoFacts) -> str:
    return f"photo {n} ({photo.label})" if photo.label else f"photo {n}"


def check_photo_consent(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    for n, photo in enumerate(ctx.draft.photos, 1):
        label = _label(n, photo)
        if photo.adults_only:
            yield from _adults_only(config, photo, label)
            continue
        if not photo.pupils and not photo.no_identifiable_pupils:
            yield finding(
                "photo_consent",
                config,
                BLOCK,
                f"Say who is in {label}: tag the pupils shown, or declare that no pupil "
                f"can be identified (work, hands, backs of heads).",
            )
        if photo.no_identifiable_pupils and photo.faces:
            faces = f"{photo.faces} face{'s were' if photo.faces != 1 else ' was'}"
            yield finding(
                "photo_consent",
                config,
                BLOCK,
                f"{label.capitalize()} is declared as showing no identifiable pupil, but "
                f"{faces} detected. Tag the pupils shown or choose another photo.",
            )
        needs_consent = (
            not photo.no_identifiable_pupils or config.params["unidentifiable_needs_consent"]
        )
        found: list[Finding] = []
        for key in photo.pupils:
            pupil = ctx.roster.pupil(key)
            if pupil is None:
                found.append(
                    finding(
                        "photo_consent",
                        config,
                        BLOCK,
                        f"A pupil tagged in {label} is not on the roster, so their consent "
                        f"cannot be checked. Remove the tag or add the pupil to the roster.",
                    )
                )
            elif needs_consent:
                found.extend(_consent(ctx, config, photo, label, pupil))
        yield from found
        if any(f.severity == BLOCK for f in found):
            continue  # the faces are already part of a finding that blocks
        if photo.pupils and photo.faces is not None and photo.faces > len(photo.pupils):
            untagged = photo.faces - len(photo.pupils)
            yield finding(
                "photo_consent",
                config,
                WARN,
                f"{label.capitalize()} shows {photo.faces} faces but {len(photo.pupils)} "
                f"pupil{'s are' if len(photo.pupils) != 1 else ' is'} tagged: who "
                f"{'are the other ' + str(untagged) if untagged > 1 else 'is the other one'}? "
                f"Tag every pupil shown; if the others are adults or cannot be identified, "
                f"acknowledge this warning with who they are.",
            )


def _adults_only(config: RuleConfig, photo: PhotoFacts, label: str) -> Iterator[Finding]:
    if photo.pupils:
        yield finding(
            "photo_consent",
            config,
            BLOCK,
            f"{label.capitalize()} is declared as showing adults only, but pupils are tagged in "
            f"it. Untick “adults only” or remove the pupils' tags.",
        )
    elif photo.faces:
        faces = f"{photo.faces} face{'s' if photo.faces != 1 else ''}"
        yield finding(
            "photo_consent",
            config,
            WARN,
            f"{label.capitalize()} is declared as showing adults only ({faces} detected). "
            f"Approver: check that no child is in it, and say who is shown.",
        )


def _consent(
    ctx: Context, config: RuleConfig, photo: PhotoFacts, label: str, pupil: RosterPupil
) -> Iterator[Finding]:
    name = pupil.full_name
    if pupil.consent != "granted":
        reason = _NO_CONSENT.get(pupil.consent, f"their consent is {pupil.consent!r}")
        yield finding(
            "photo_consent",
            config,
            BLOCK,
            f"{name} may not appear in photos: {reason}. Remove {label} or use one without {name}.",
        )
        return
    day = ctx.when.astimezone(zone(ctx.draft.timezone)).date()
    if pupil.consent_valid_until and pupil.consent_valid_until < day:
        yield finding(
            "photo_consent",
            config,
            BLOCK,
            f"{name}'s photo consent ended on {pupil.consent_valid_until:%d %B %Y}. "
            f"Ask the office to renew it, or use a photo without {name}.",
        )
        return
    if pupil.consent_scope == "group" and not photo.group:
        yield finding(
            "photo_consent",
            config,
            BLOCK,
            f"{name}'s consent covers group photos only, and {label} is not marked as "
            f"a group photo. Use a group photo, or one without {name}.",
        )
    elif pupil.consent_scope == "no_face" and not photo.no_identifiable_pupils:
        if photo.faces is None:
            yield finding(
                "photo_consent",
                config,
                config.params["faces_not_checked"],
                f"{name}'s consent does not allow their face to be shown, and faces "
                f"on {label} have not been checked. Make sure {name}'s face cannot "
                f"be seen.",
            )
        elif photo.faces:
            yield finding(
                "photo_consent",
                config,
                BLOCK,
                f"{name}'s consent does not allow their face to be shown, and faces "
                f"were detected on {label}. Use a photo of work, hands or the back of "
                f"the head instead.",
            )


def check_alt_text(ctx: Context, config: RuleConfig) -> Iterator[Finding]:
    shortest = config.params["min_length"]
    for n, photo in enumerate(ctx.draft.photos, 1):
        label = _label(n, photo)
        alt = photo.alt_text.strip()
        if not alt:
            problem = "has no alt text"
        elif _FILE_NAME.match(alt):
            problem = "has a file name as its alt text"
        elif len(alt) < shortest:
            problem = f"has very short alt text (under {shortest} characters)"
        else:
            continue
        yield finding(
            "alt_text",
            config,
            config.severity,
            f"{label.capitalize()} {problem}. Describe what it shows, without naming "
            f"pupils, for people who cannot see it.",
        )
