"""What the rules engine finds in what comes in: a mention or reply (a child's name, personal
data, abusive or derogatory wording, a photo), and a follower (signs a school would care about).

The school's own rule settings are used, with the three rules that matter for what others write
always on: a child's name in a reply is as public as one in the school's own post.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta

import policies
from schoolsocial.posts.checks import roster_for, staff_names

INBOUND_RULES = ("child_name", "personal_data", "negative_tone")
NEW_ACCOUNT = timedelta(days=30)
# Words in a bio that say the account is not one a school's followers should include.
ADULT_WORDS = re.compile(
    r"\b18\+|\b(?:nsfw|onlyfans|xxx|porn\w*|escort\w*|adult content|sex\w*|nude\w*|"
    r"camgirl\w*|gambl\w*|casino|betting|crypto giveaway)\b", re.IGNORECASE)


def _only(policy: policies.Policy, chosen: dict[str, dict]) -> policies.Policy:
    """The policy with just the rules `chosen` on, each with the parameter changes given."""
    rules = {}
    for rule_id, config in policy.rules.items():
        if rule_id in chosen:
            rules[rule_id] = dataclasses.replace(config, enabled=True,
                                                 params={**config.params, **chosen[rule_id]})
        else:
            rules[rule_id] = dataclasses.replace(config, enabled=False)
    return dataclasses.replace(policy, rules=rules)


def _found(report: policies.Report) -> list[dict]:
    return [{"rule": f.rule, "severity": f.severity, "message": f.message}
            for f in report.findings]


class Checker:
    """One school's checks, its roster and policy read once for a whole read."""

    def __init__(self, school):
        self.school = school
        self._roster = self._staff = None
        policy = school.policy()
        self.mention_policy = _only(policy, {rule: {} for rule in INBOUND_RULES})
        # a follower's name is an adult's unless it is a pupil's full name
        self.name_policy = _only(policy, {"child_name": {
            "first_name": "allow", "surname": "allow", "initials": "allow",
            "unknown_names": "allow", "full_name": "block"}})
        self.bio_policy = _only(policy, {"negative_tone": {"negative": "allow",
                                                           "aimed": "allow",
                                                           "opinion": "allow"}})

    @property
    def roster(self):
        if self._roster is None:  # read only when something came in to check
            self._roster = roster_for(self.school)
        return self._roster

    @property
    def staff(self) -> tuple[str, ...]:
        if self._staff is None:
            self._staff = staff_names(self.school)
        return self._staff

    def mention(self, text: str, has_media: bool = False) -> list[dict]:
        draft = policies.Draft(text=text, staff=self.staff,
                               contacts=self.school.public_contact_list)
        found = _found(policies.check(draft, self.mention_policy, self.roster))
        if has_media:
            found.append({"rule": "photo", "severity": "warn",
                          "message": "It carries a photo or video: check that no pupil is in "
                                     "it before leaving it up."})
        return found

    def follower(self, name: str, handle: str, bio: str, has_picture: bool,
                 created_at: datetime | None, now: datetime, protected: bool = False
                 ) -> list[str]:
        signals = []
        if not has_picture and not bio.strip():
            signals.append("No profile picture and no bio")
        elif not has_picture:
            signals.append("No profile picture")
        elif not bio.strip():
            signals.append("No bio")
        if created_at is not None and now - created_at < NEW_ACCOUNT:
            signals.append(f"A very new account (made {(now - created_at).days} days ago)")
        if protected:
            signals.append("Protected: its posts cannot be seen without following it")
        adult = ADULT_WORDS.search(bio)
        if adult:
            signals.append(f"Adult or gambling words in the bio (“{adult.group(0)}”)")
        wording = policies.check(policies.Draft(text=bio), self.bio_policy)
        signals += [f"Abusive words in the bio: {f.message}" for f in wording.findings]
        names = policies.check(policies.Draft(text=f"{name} {_spaced(handle)}",
                                              staff=self.staff), self.name_policy, self.roster)
        if names.findings:
            signals.append("Its name or handle is a pupil's name")
        return signals


def _spaced(handle: str) -> str:
    """A handle as words (josh_smith2016 -> josh smith 2016), so a pupil's name in it shows."""
    return re.sub(r"[_\d]+", " ", handle).strip()
