from __future__ import annotations

from datetime import date

import pytest
from rules_helpers import findings_of

from policies import PhotoFacts, Roster, RosterPupil


def consent(photos, preset="droxford", roster=None):
    return [
        sev for sev, _ in findings_of("photo_consent", "Art week", preset, roster, photos=photos)
    ]


@pytest.mark.parametrize(
    ("photo", "expected"),
    [
        (PhotoFacts(pupils=("1",), faces=1), []),  # Josh: granted
        (PhotoFacts(pupils=("2",)), ["block"]),  # Grace: refused
        (PhotoFacts(pupils=("5",)), ["block"]),  # Zoë: withdrawn
        (PhotoFacts(pupils=("3",), group=True), []),  # Will: group photos only
        (PhotoFacts(pupils=("3",), group=False), ["block"]),
        (PhotoFacts(pupils=("4",), faces=0), []),  # Milly: no face
        (PhotoFacts(pupils=("4",), faces=2), ["block"]),
        (PhotoFacts(pupils=("4",)), ["warn"]),  # faces not checked yet
        (PhotoFacts(pupils=("4",), no_identifiable_pupils=True), []),
        (PhotoFacts(), ["block"]),  # says neither who is shown nor that nobody is
        (PhotoFacts(no_identifiable_pupils=True, faces=3), ["block"]),
        (PhotoFacts(pupils=("99",)), ["block"]),  # not on the roster
    ],
)
def test_consent_for_each_photo(photo, expected, roster):
    assert consent((photo,), roster=roster) == expected


def test_unsworth_needs_no_consent_for_unidentifiable_photos(roster):
    hands = (PhotoFacts(pupils=("2",), no_identifiable_pupils=True),)
    assert consent(hands, "unsworth", roster) == []
    assert consent(hands, "droxford", roster) == ["block"]


def test_expired_consent_blocks():
    roster = Roster(
        [
            RosterPupil(
                "Ada", "Lovelace", consent="granted", consent_valid_until=date(2025, 5, 31), key="1"
            )
        ]
    )
    assert consent((PhotoFacts(pupils=("1",), faces=1),), roster=roster) == ["block"]


def test_the_message_names_the_pupil_for_staff(roster):
    from rules_helpers import WEDNESDAY_10AM

    from policies import Draft, check, load_policy

    draft = Draft("Art", when=WEDNESDAY_10AM, photos=(PhotoFacts(pupils=("2",), label="a.jpg"),))
    message = check(draft, load_policy("droxford"), roster).blocks[0].message
    assert "Grace Patel may not appear in photos: their parents refused consent" in message
    assert "photo 1 (a.jpg)" in message
