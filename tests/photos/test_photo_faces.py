"""Faces found offline by YuNet (photos/faces.py), on the shared photos and variants of them.
The composites of the face test set are tested in test_face_set.py."""

from __future__ import annotations

import pytest
from photo_helpers import FACES, encode, photo, photo_bytes
from PIL import Image, ImageOps

from photos.pipeline import count_faces, process_photo


@pytest.mark.parametrize(("name", "faces"), FACES.items())
def test_the_shared_photos_have_the_faces_their_readme_lists(name: str, faces: int) -> None:
    assert process_photo(photo_bytes(name), name).faces == faces


@pytest.mark.parametrize("name", ["astronaut.png", "camera.png"])
@pytest.mark.parametrize(
    "variant",
    ["mirrored", "webp", "heic", "jpeg q70", "enlarged to 3000 px", "shrunk to 80%"],
)
def test_a_face_is_still_found_in_a_variant_of_the_photo(name: str, variant: str) -> None:
    # The man with the camera is in profile, looking one way: mirrored, the other.
    im = photo(name)
    w, h = im.size
    data = {
        "mirrored": lambda: encode(ImageOps.mirror(im), "PNG"),
        "webp": lambda: encode(im, "WEBP", quality=80),
        "heic": lambda: encode(im, "HEIF", quality=80),
        "jpeg q70": lambda: encode(im, "JPEG", quality=70),
        "enlarged to 3000 px": lambda: encode(im.resize((3000, 3000)), "JPEG", quality=85),
        "shrunk to 80%": lambda: encode(im.resize((w * 4 // 5, h * 4 // 5)), "PNG"),
    }[variant]()
    assert process_photo(data, f"{name}-{variant}").faces == 1


@pytest.mark.parametrize("name", ["coffee.png", "chelsea.png", "rocket.jpg"])
def test_no_face_is_found_in_mirrored_or_re_encoded_photos_without_one(name: str) -> None:
    im = photo(name)
    for data in (encode(ImageOps.mirror(im), "PNG"), encode(im, "JPEG", quality=70)):
        assert process_photo(data, name).faces == 0


def test_faces_are_looked_for_after_the_photo_is_turned_upright() -> None:
    # YuNet finds the astronaut's frontal face even lying on its side; the man's turned face
    # only upright.
    sideways = photo("camera.png").transpose(Image.Transpose.ROTATE_90)
    assert count_faces(sideways) == 0
    exif = Image.Exif()
    exif[0x0112] = 6
    assert process_photo(encode(sideways, "JPEG", quality=92, exif=exif.tobytes()), "x").faces == 1


def test_two_people_side_by_side_are_counted_as_two() -> None:
    pair = Image.new("RGB", (1024, 512))
    pair.paste(photo("astronaut.png"), (0, 0))
    pair.paste(ImageOps.mirror(photo("astronaut.png")), (512, 0))
    assert process_photo(encode(pair, "PNG"), "pair.png").faces == 2


def test_a_face_both_passes_find_counts_once() -> None:
    # At 512 px the coarse and the fine pass both look at the photo itself and both find her.
    assert count_faces(photo("astronaut.png")) == 1
    assert count_faces(ImageOps.mirror(photo("astronaut.png"))) == 1
