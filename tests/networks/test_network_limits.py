"""Each network's length as it counts it, the checks before approval, and a Bluesky-sized photo."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from photos.fit import TooLarge, fitting
from policies.networks import (
    LIMITS,
    Attached,
    check_for,
    graphemes,
    mastodon_length,
    network_limits,
)

FAMILY = "👩‍👩‍👧‍👦"  # four people joined by zero-width joiners: one grapheme, 11 code points
TEACHER = "👩🏽‍🏫"  # with a skin tone
CAFE_COMBINING = "Cafe\u0301"  # e + combining acute accent


def test_an_emoji_family_and_a_skin_tone_are_one_character_each():
    assert (len(FAMILY), graphemes(FAMILY)) == (7, 1)
    assert graphemes(TEACHER) == 1
    assert graphemes(FAMILY + TEACHER + "ab") == 4


def test_a_combining_accent_counts_with_its_letter():
    assert (len(CAFE_COMBINING), graphemes(CAFE_COMBINING)) == (5, 4)


def test_right_to_left_text_counts_its_letters_and_marks():
    arabic = "مَدْرَسَة"  # madrasa with its vowel marks: 5 letters, 4 marks
    assert (len(arabic), graphemes(arabic)) == (9, 5)
    hebrew = "בית ספר"
    assert graphemes(hebrew) == 7


def test_bluesky_takes_300_emoji_and_refuses_301():
    bluesky = LIMITS["bluesky"]
    assert check_for(bluesky, FAMILY * 300) == []
    assert check_for(bluesky, FAMILY * 301) == [
        "Too long for Bluesky: 301 characters, 300 at most. Shorten it by 1."]


def test_x_counts_the_same_emoji_by_weight():
    assert check_for(LIMITS["x"], TEACHER * 140) == []
    assert check_for(LIMITS["x"], TEACHER * 141)[0].startswith("Too long for X: 282")


def test_mastodon_counts_a_link_as_23_and_a_remote_mention_by_its_name():
    link = "https://example.org/" + "a" * 200
    assert mastodon_length(link) == 23
    assert mastodon_length("Thanks @head@mastodon.example!") == len("Thanks @head!")


def test_mastodon_uses_the_instances_own_limit():
    wide = network_limits("mastodon", max_length=5000)
    assert check_for(wide, "a" * 4000) == []
    assert check_for(LIMITS["mastodon"], "a" * 501)[0] == (
        "Too long for Mastodon: 501 characters, 500 at most. Shorten it by 1.")


def test_bluesky_refuses_a_fifth_photo_and_a_photo_without_alt_text():
    photos = [Attached("Year 6 at the finish line", 1000)] * 4 + [Attached("  ", 1000)]
    assert check_for(LIMITS["bluesky"], "Sports day", photos) == [
        "Bluesky takes at most 4 photos; this post has 5.",
        "Bluesky needs a description (alt text) for every photo: photo 5 has none.",
    ]


def test_a_photo_over_a_million_bytes_is_a_finding_for_bluesky_only():
    photos = [Attached("The school choir", 1_000_001)]
    assert check_for(LIMITS["bluesky"], "Concert", photos) == [
        "Photo 1 cannot be made small enough for Bluesky (1,000,001 bytes, 1,000,000 at most)."]
    assert check_for(LIMITS["mastodon"], "Concert", photos) == []


def _noisy_png(width: int, height: int) -> bytes:
    rng = random.Random(16)
    image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_large_photo_is_re_encoded_under_the_limit():
    content = _noisy_png(1600, 1200)
    assert len(content) > 1_000_000
    smaller, media_type = fitting(content, 1_000_000)
    assert len(smaller) <= 1_000_000 and media_type == "image/jpeg"
    assert max(Image.open(io.BytesIO(smaller)).size) >= 800


def test_a_photo_that_fits_is_sent_as_it_is():
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "green").save(out, "PNG")
    assert fitting(out.getvalue(), 1_000_000) == (out.getvalue(), "image/png")


def test_a_photo_that_cannot_be_made_small_enough_says_so():
    with pytest.raises(TooLarge, match=r"Even at \d+x\d+ pixels the photo is"):
        fitting(_noisy_png(900, 900), 20_000)


def test_a_file_that_is_not_an_image_says_so():
    with pytest.raises(TooLarge, match="could not be read as an image"):
        fitting(b"not an image" * 200_000, 1_000_000)
