"""SHA-256 of what we keep and of what was sent; a perceptual hash that knows a re-upload."""

from __future__ import annotations

import hashlib
import itertools
from types import SimpleNamespace

import pytest
from photo_helpers import FACES, encode, photo, photo_bytes
from PIL import Image, ImageOps

from photos.pipeline import ProcessedPhoto, looks_like, phash_distance, process_photo


@pytest.fixture(scope="module")
def processed() -> dict[str, ProcessedPhoto]:
    return {name: process_photo(photo_bytes(name), name) for name in FACES}


def test_sha256_is_of_the_clean_output_and_original_sha256_of_the_upload() -> None:
    data = photo_bytes("rocket.jpg")
    out = process_photo(data, "rocket.jpg")
    assert out.sha256 == hashlib.sha256(out.data).hexdigest()
    assert out.original_sha256 == hashlib.sha256(data).hexdigest()
    assert out.sha256 != out.original_sha256


def test_perceptual_hashes_are_64_bit_hex() -> None:
    out = process_photo(photo_bytes("coffee.png"), "coffee.png")
    for value in (out.phash, out.phash_mirror):
        assert len(value) == 16 and int(value, 16) < 2**64


def test_the_distance_counts_differing_bits() -> None:
    assert phash_distance("0" * 16, "0" * 16) == 0
    assert phash_distance("0" * 16, "f" * 16) == 64
    assert phash_distance("8000000000000001", "0000000000000000") == 2


def variants(name: str) -> dict[str, bytes]:
    im = photo(name)
    w, h = im.size
    return {
        "resized and re-encoded": encode(im.resize((w // 2, h // 2)), "JPEG", quality=70),
        "heavily compressed": encode(im, "JPEG", quality=30),
        "enlarged as WebP": encode(im.resize((w * 2, h * 2)), "WEBP", quality=60),
        "mirrored": encode(ImageOps.mirror(im), "PNG"),
        "mirrored and shrunk": encode(ImageOps.mirror(im).resize((w // 3, h // 3)), "JPEG"),
        "brightened": encode(im.point(lambda v: min(255, v + 30)), "JPEG"),
    }


@pytest.mark.parametrize("name", list(FACES))
def test_a_re_upload_resized_re_encoded_or_mirrored_is_recognised(
    name: str, processed: dict[str, ProcessedPhoto]
) -> None:
    for label, data in variants(name).items():
        again = process_photo(data, f"again-{name}")
        assert looks_like(processed[name], again), label
        assert looks_like(again, processed[name]), label


def test_a_mirrored_re_upload_is_caught_by_the_mirror_hash_not_the_plain_one(
    processed: dict[str, ProcessedPhoto],
) -> None:
    original = processed["astronaut.png"]
    mirrored = process_photo(variants("astronaut.png")["mirrored"], "flipped.png")
    assert phash_distance(original.phash, mirrored.phash) > 20
    assert phash_distance(original.phash_mirror, mirrored.phash) <= 4


def test_unrelated_photos_do_not_look_alike(processed: dict[str, ProcessedPhoto]) -> None:
    for a, b in itertools.combinations(processed.values(), 2):
        assert not looks_like(a, b)


def test_looks_like_takes_stored_hashes_as_a_model_row_would_hold_them(
    processed: dict[str, ProcessedPhoto],
) -> None:
    original = processed["coffee.png"]
    row = SimpleNamespace(phash=original.phash, phash_mirror=original.phash_mirror)
    again = process_photo(encode(photo("coffee.png").resize((300, 200)), "JPEG"), "cup.jpg")
    assert looks_like(row, again)


def test_a_blank_image_does_not_match_a_photo() -> None:
    blank = process_photo(encode(Image.new("RGB", (400, 300), "white"), "PNG"), "blank.png")
    photo_ = process_photo(photo_bytes("coffee.png"), "coffee.png")
    assert not looks_like(blank, photo_)
