"""Faces in a photo, found offline by YuNet, the small face-detecting network of libfacedetection.

The network and its weights are compiled into the `yuface` wheel (BSD-3-Clause, Shiqi Yu): there
is no model file to download or lose. It finds frontal faces and faces turned well away (three
quarters to nearly profile), upright or tilted by up to about 30 degrees.

YuNet needs a face to be about 30 px tall, so the back row of a class photo (faces 2% of the long
side, 40 px at 2048) is looked for in the photo at its full output size. The same network at that
size takes close-up details for faces (an ear, a cat's face) and misses faces larger than about a
quarter of the frame, so it runs twice:

- a *coarse* pass over a 480 px copy, which keeps faces of 6% of the long side and more;
- a *fine* pass over the photo as it will be sent (at most 2048 px), which keeps faces under 10%.

The two are merged: a fine box near or inside a coarse face is that face (or a part of it).
Measured on the face test set (tests/photos/face_set.py, bench/bench_faces.py).
"""

from __future__ import annotations

import os
from functools import cache

import numpy as np
from PIL import Image

Box = tuple[int, int, int, int]  # x, y, width, height, in the photo's pixels

COARSE_SIDE = 480
COARSE_MIN = 0.06  # of the long side: smaller faces are the fine pass's
FINE_MAX = 0.10  # larger faces are the coarse pass's; what the fine pass sees there are parts
MIN_FACE = 0.015  # nothing under 1.5% of the long side (31 px at 2048) counts as a face
# YuNet's confidence, 0 to 100. Tuned on the face test set (composites 0 to 59): 60 finds
# no more faces and one false one; 70 misses 1 in 100 more of the smallest faces.
MIN_SCORE = 65
HALVES_OVERLAP = 0.12  # of the long side; more than FINE_MAX
# A coarse face's box grown by this share on each side still covers its own ears and hair.
AROUND = 0.2


def find_faces(image: Image.Image) -> list[Box]:
    """The faces in `image` (any size; RGB or L), largest first, as boxes in its pixels."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    long_side = max(rgb.size)
    coarse = [
        box for box in _detect(rgb, COARSE_SIDE) if max(box[2:]) >= COARSE_MIN * long_side
    ]
    fine = [
        box for box in _detect_halves(rgb)
        if MIN_FACE * long_side <= max(box[2:]) < FINE_MAX * long_side
    ]
    faces = _merge(coarse, [])
    return _merge(fine, faces)


def _detect(rgb: Image.Image, side: int) -> list[Box]:
    """YuNet's boxes over a copy of `rgb` whose long side is `side`, in `rgb`'s pixels."""
    scale = side / max(rgb.size)
    if scale < 1:
        size = (max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale)))
        small = rgb.resize(size, Image.Resampling.BILINEAR, reducing_gap=3.0)
    else:
        small, scale = rgb, 1.0
    bgr = np.ascontiguousarray(np.asarray(small)[:, :, ::-1])
    found = _yunet()(bgr)
    boxes = []
    for row in found:
        if int(row[0]) >= MIN_SCORE:
            x, y, w, h = (int(v) / scale for v in row[1:5])
            boxes.append((round(x), round(y), round(w), round(h)))
    return boxes


def _detect_halves(rgb: Image.Image) -> list[Box]:
    """YuNet's boxes over `rgb` at its own size, in two overlapping halves across its long
    side: the network's working memory grows with the picture, and a half needs half. The
    overlap is wider than the largest face the fine pass keeps, so each such face is whole in
    one half; a face cut by a half's edge is found whole in the other, and merged."""
    w, h = rgb.size
    long_side = max(w, h)
    if long_side < 2 * COARSE_SIDE:
        return _detect(rgb, long_side)
    half = (long_side + round(HALVES_OVERLAP * long_side)) // 2
    boxes = []
    for start in (0, long_side - half):
        area = (start, 0, start + half, h) if w >= h else (0, start, w, start + half)
        part = rgb.crop(area)
        for x, y, bw, bh in _detect(part, max(part.size)):
            boxes.append((x + area[0], y + area[1], bw, bh))
    return boxes


@cache
def _yunet():  # noqa: ANN202 - a compiled function
    # libfacedetection runs its layers on OpenMP threads, one per core unless told otherwise.
    # Photos are checked one per queue worker, side by side, so one thread each: more would
    # only spin waiting for a core that another photo is using. An operator's setting wins.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from yuface.yuface import detect

    return detect


def _merge(boxes: list[Box], kept: list[Box]) -> list[Box]:
    """`kept` and each of `boxes`, largest first, that is not already a kept face."""
    kept = list(kept)
    for box in sorted(boxes, key=lambda b: b[2] * b[3], reverse=True):
        if not any(_same_face(box, other) for other in kept):
            kept.append(box)
    return kept


def _same_face(box: Box, face: Box) -> bool:
    """True if `box` overlaps `face`, grown to take in its ears and hair, by a third of its own
    area or more: two real faces of a class photo touch at most at their edges."""
    fx, fy, fw, fh = face
    grown = (fx - AROUND * fw, fy - AROUND * fh, fw * (1 + 2 * AROUND), fh * (1 + 2 * AROUND))
    gx, gy, gw, gh = grown
    x, y, w, h = box
    iw = min(x + w, gx + gw) - max(x, gx)
    ih = min(y + h, gy + gh) - max(y, gy)
    return iw > 0 and ih > 0 and iw * ih >= w * h / 3
