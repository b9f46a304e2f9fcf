"""Faces found offline by YuNet (photos/faces.py), on the shared photos and variants of them.
The composites of the face test set are tested in test_face_set.py."""

from __future__ import annotations

import numpy as np
import pytest
from photo_helpers import FACES, encode, photo, photo_bytes
from PIL import Image, ImageOps

from photos import faces as detector
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


@pytest.mark.parametrize(("width", "height"), [(2048, 1536), (1536, 2048), (2000, 1500),
                                               (2048, 2048), (1100, 1000), (512, 512)])
def test_the_fine_pass_tiles_cover_the_photo_and_overlap_by_more_than_a_kept_face(
    width: int, height: int
) -> None:
    overlap = round(detector.TILE_OVERLAP * max(width, height))
    grid = detector.tiles(width, height, overlap)
    covered = np.zeros((height, width), dtype=np.uint8)
    for x, y, w, h in grid:
        assert 0 <= x and 0 <= y and x + w <= width and y + h <= height
        assert w * h <= detector.TILE_PIXELS
        covered[y : y + h, x : x + w] = 1
    assert covered.all()
    # Every square a fine face can fill (FINE_MAX of the long side) lies whole in one tile.
    face = int(detector.FINE_MAX * max(width, height))
    for fx in range(0, width - face + 1, 37):
        for fy in range(0, height - face + 1, 37):
            assert any(x <= fx and y <= fy and fx + face <= x + w and fy + face <= y + h
                       for x, y, w, h in grid), (fx, fy)


def test_a_face_across_the_seam_of_two_tiles_counts_once() -> None:
    canvas = Image.new("RGB", (2048, 1536), (120, 130, 140))
    seam_x = detector.tiles(2048, 1536, round(detector.TILE_OVERLAP * 2048))[1][0]
    head = photo("astronaut.png").crop((146, 14, 306, 192))  # her head, as face_set.py cuts it
    head = head.resize((head.width * 9 // 10, head.height * 9 // 10))
    canvas.paste(head, (seam_x - head.width // 2, 600))
    assert count_faces(canvas) == 1
