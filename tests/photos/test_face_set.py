"""The detector on the face test set (face_set.py): the shared real photos and composites with
known faces. Tolerances are stated with each test; bench/bench_faces.py measures the full set."""

from __future__ import annotations

import io

import face_set
import numpy as np
import pytest

from photos.faces import find_faces
from photos.pipeline import process_photo


@pytest.mark.parametrize(("name", "count"), face_set.REAL_FACES.items())
def test_each_real_photo_has_its_true_faces_found_where_they_are(name: str, count: int) -> None:
    found = find_faces(face_set.real_photo(name))
    hit, false = face_set.match(found, face_set.REAL_BOXES.get(name, ()))
    assert (sum(hit), false) == (count, 0)


@pytest.mark.parametrize("index", range(len(face_set.BACKGROUNDS)))
def test_no_face_is_found_on_a_background_with_nobody_in_it(index: int) -> None:
    assert find_faces(face_set.background(index)) == []


@pytest.mark.parametrize("seed", range(10))
def test_a_composite_uploaded_as_a_jpeg_has_its_faces_counted_within_ten_percent(
    seed: int,
) -> None:
    # Tolerance: one face, or a tenth of them in a crowd. A single 2% face turned away can be
    # missed (composite 0 is one); bench_faces.py shows how often.
    c = face_set.composite(seed)
    buf = io.BytesIO()
    c.image.save(buf, "JPEG", quality=90)
    faces = process_photo(buf.getvalue(), f"{c.name}.jpg").faces
    assert abs(faces - len(c.faces)) <= max(1, len(c.faces) // 10)


def test_in_composites_95_percent_of_faces_are_found_in_place_with_no_false_ones() -> None:
    found = true = false = 0
    for seed in range(10, 16):
        c = face_set.composite(seed)
        hit, wrong = face_set.match(find_faces(c.image), c.faces)
        found, true, false = found + sum(hit), true + len(hit), false + wrong
    assert true > 100
    assert found >= 0.95 * true
    assert false <= 1


def test_the_composites_are_the_same_every_time_with_1_to_40_faces_of_known_size() -> None:
    a, b = face_set.composite(3), face_set.composite(3)
    assert a.faces == b.faces and np.array_equal(np.asarray(a.image), np.asarray(b.image))
    counts = []
    for seed in range(30):
        c = face_set.composite(seed)
        counts.append(len(c.faces))
        assert len(c.faces) == len(c.sizes) == len(c.poses)
        assert all(0.02 <= size < 0.40 for size in c.sizes)
        assert all(max(box[2:]) == round(size * max(c.image.size))
                   for box, size in zip(c.faces, c.sizes, strict=True))
    assert min(counts) == 1 and max(counts) == 40
