from __future__ import annotations

import pytest
from rules_helpers import findings_of

from policies import PhotoFacts

SHOWN = (PhotoFacts(pupils=("1",), alt_text="Children painting a mural"),)
HANDS = (PhotoFacts(no_identifiable_pupils=True, alt_text="Hands holding a clay pot"),)


@pytest.mark.parametrize(
    ("preset", "text", "photos", "expected"),
    [
        # Unsworth: first names and initials are fine alone, never with pictures...
        ("unsworth", "Well done Josh", (), []),
        ("unsworth", "Lovely painting by Josh", SHOWN, [("block", "Josh")]),
        ("unsworth", "Lovely painting by JS", SHOWN, [("block", "JS")]),
        # ...except initials with a photo where no child can be identified.
        ("unsworth", "Lovely pot by JS", HANDS, []),
        ("unsworth", "Lovely pot by Josh", HANDS, [("block", "Josh")]),
        # Carlton: no names of pupils alongside any pictures, initials included.
        ("carlton", "Lovely painting by JS", HANDS, [("block", "JS")]),
        # Highfield: full names never with an image; a first name is a warning. Its clause
        # about names with images is the one that applies, so name_with_photo reports them.
        ("highfield", "Lovely painting by Josh", SHOWN, [("warn", "Josh")]),
        ("highfield", "Lovely painting by Josh Smith", SHOWN, [("block", "Josh Smith")]),
    ],
)
def test_names_with_photos(preset, text, photos, expected, roster):
    assert findings_of("name_with_photo", text, preset, roster, photos=photos) == expected


def test_one_name_with_a_photo_is_one_finding(roster):
    found = findings_of("child_name", "Painting by Josh Smith", "highfield", roster, photos=SHOWN)
    assert found == []
    assert findings_of(
        "name_with_photo", "Painting by Josh Smith", "highfield", roster, photos=SHOWN
    ) == [("block", "Josh Smith")]


def test_a_first_name_the_names_rule_only_warns_about_blocks_with_a_photo(roster):
    text = "Lovely painting by Josh"
    assert findings_of("child_name", text, "carlton", roster, photos=SHOWN) == []
    assert findings_of("name_with_photo", text, "carlton", roster, photos=SHOWN) == [
        ("block", "Josh")
    ]


def test_a_common_word_name_with_a_photo_is_only_a_warning(roster):
    text = "Look at Grace today"
    assert findings_of("name_with_photo", text, "unsworth", roster, photos=SHOWN) == [
        ("warn", "Grace")
    ]
    assert findings_of("name_with_photo", "Saying grace before lunch", "unsworth", roster,
                       photos=SHOWN) == []


def test_alt_text_naming_a_pupil_counts_as_a_name_with_the_photo(roster):
    photos = (PhotoFacts(pupils=("1",), alt_text="Josh painting a mural"),)
    assert findings_of("name_with_photo", "Art week", "unsworth", roster, photos=photos) == [
        ("block", None)
    ]
