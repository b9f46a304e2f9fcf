"""Faces in a photo, found offline by YuNet, the small face-detecting network of libfacedetection.

The network and its weights are compiled into the `yuface` wheel (BSD-3-Clause, Shiqi Yu): there
is no model file to download or lose. It finds frontal faces and faces turned well away (three
quarters to nearly profile), upright or tilted by up to about 30 degrees.

YuNet needs a face to be about 40 px tall (measured: at 1536 px it finds 4 in 5 faces of 2 to 3%
of the long side, at 2048 px 24 in 25), so the back row of a class photo (faces 2% of the long
side, 41 px at 2048) is looked for in the photo at its full output size. The same network at that
size takes close-up details for faces (an ear, a cat's face) and misses faces larger than about a
quarter of the frame, so it runs twice:

- a *coarse* pass over a 480 px copy, which keeps faces of 6% of the long side and more;
- a *fine* pass over the photo as it will be sent (at most 2048 px), which keeps faces under 10%.

The fine pass is most of the time a photo takes. It runs on tiles of at most a megapixel:
YuNet's working memory for a larger input no longer fits the processor's cache and each pixel
costs 1.7 times as much (85 ms a megapixel up to 1024 x 1024 on one core here, 150 above).

The two are merged: a fine box near or inside a coarse face is that face (or a part of it).
Measured on the face test set (tests/photos/face_set.py, bench/bench_faces.py).
"""

from __future__ import annotations

import math
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
TILE_OVERLAP = 0.12  # of the long side; more than FINE_MAX
TILE_PIXELS = 1024 * 1024  # the largest tile YuNet runs on at its best speed per pixel
LARGE_TILE_COST = 1.7  # what a pixel of a larger tile costs, measured on one core
MAX_TILE_PIXELS = 4 * TILE_PIXELS
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
        box for box in _detect_tiles(rgb)
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
    return _boxes(_bgr(small), scale, 0, 0)


def _detect_tiles(rgb: Image.Image) -> list[Box]:
    """YuNet's boxes over `rgb` at its own size, tile by tile. Neighbouring tiles overlap by
    more than the largest face the fine pass keeps, so each such face is whole in one tile; a
    face cut by a tile's edge is found whole in its neighbour, and merged."""
    bgr = _bgr(rgb)
    boxes = []
    for x, y, w, h in tiles(rgb.width, rgb.height, round(TILE_OVERLAP * max(rgb.size))):
        boxes.extend(_boxes(np.ascontiguousarray(bgr[y : y + h, x : x + w]), 1.0, x, y))
    return boxes


def tiles(width: int, height: int, overlap: int) -> list[Box]:
    """The cheapest tiles for YuNet that cover a picture of `width` x `height` with neighbours
    overlapping by at least `overlap` px: the fewest pixels, a pixel of a tile over
    TILE_PIXELS counting LARGE_TILE_COST times, no tile over MAX_TILE_PIXELS if it can be
    helped (YuNet's working memory grows with its input)."""
    layouts = []  # (within the memory limit?, cost, across, down, tile width, tile height)
    step = max(1, overlap)
    for across in range(1, width // step + 2):
        tile_w = math.ceil((width + (across - 1) * overlap) / across)
        for down in range(1, height // step + 2):
            tile_h = math.ceil((height + (down - 1) * overlap) / down)
            area = tile_w * tile_h
            cost = across * down * area * (1 if area <= TILE_PIXELS else LARGE_TILE_COST)
            layouts.append((area > MAX_TILE_PIXELS, cost, across, down, tile_w, tile_h))
    _, _, across, down, tile_w, tile_h = min(layouts)
    return [
        (x, y, tile_w, tile_h) for y in _starts(height, tile_h, down)
        for x in _starts(width, tile_w, across)
    ]


def _starts(length: int, tile: int, count: int) -> list[int]:
    """Where `count` tiles of `tile` px start, evenly spread over `length` px."""
    if count == 1:
        return [0]
    return [round(i * (length - tile) / (count - 1)) for i in range(count)]


def _bgr(rgb: Image.Image) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(rgb)[:, :, ::-1])


def _boxes(bgr: np.ndarray, scale: float, dx: int, dy: int) -> list[Box]:
    """YuNet's confident boxes in `bgr`, scaled back by `scale` and moved by `dx`, `dy`."""
    boxes = []
    for row in _yunet()(bgr):
        if int(row[0]) >= MIN_SCORE:
            x, y, w, h = (int(v) / scale for v in row[1:5])
            boxes.append((round(x) + dx, round(y) + dy, round(w), round(h)))
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
