"""The face test set: the shared real photos, and composites made from them with known faces.

Every composite is made the same way each time (seeded): heads cut from the two shared photos
that have a person in them (astronaut.png, frontal; camera.png, turned three-quarter away) are
pasted at known sizes, in-plane angles and lighting onto real backgrounds without people
(coffee.png, rocket.jpg, chelsea.png, the empty parts of astronaut.png and camera.png). A face's
size is the height of its face box (hairline to chin) as a share of the picture's long side, so
"2%" is a face 41 px tall in a 2048 px picture, the back row of a class photo.

Used by bench/bench_faces.py (recall and false faces by size) and tests/photos/test_face_set.py.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

SHARED = Path(__file__).resolve().parents[1] / "data" / "photos"
PHOTOS = Path(os.environ.get("PHOTOS_DIR", SHARED))

# The true faces of the real photos, counted by looking at them (their README agrees): one
# each in astronaut.png (frontal) and camera.png (turned away, nearly in profile); none in the
# coffee cup, the cat (chelsea.png) or the rocket.
REAL_FACES = {"astronaut.png": 1, "camera.png": 1, "coffee.png": 0, "chelsea.png": 0,
              "rocket.jpg": 0}

Box = tuple[int, int, int, int]  # x, y, width, height


@dataclass(frozen=True)
class Head:
    """A head to cut from a shared photo: the cut-out (hair and chin included) and, inside it,
    the face box that a face's size is measured by. Both were placed by looking at the photo."""

    photo: str
    cut: Box
    face: Box
    pose: str  # "frontal" or "three-quarter"


HEADS = (
    Head("astronaut.png", cut=(146, 14, 160, 178), face=(178, 63, 89, 112), pose="frontal"),
    Head("camera.png", cut=(154, 58, 104, 146), face=(195, 113, 60, 80), pose="three-quarter"),
)
REAL_BOXES = {head.photo: (head.face,) for head in HEADS}
REAL_POSES = {head.photo: head.pose for head in HEADS}
# Parts of the shared photos with no person in them, to paste onto.
BACKGROUNDS = (
    ("coffee.png", None),
    ("rocket.jpg", None),
    ("chelsea.png", None),
    ("astronaut.png", (330, 0, 182, 300)),
    ("camera.png", (300, 0, 212, 240)),
)
# Buckets of face size (share of the long side) that the benchmark reports on.
BUCKETS = ((0.02, 0.03), (0.03, 0.05), (0.05, 0.10), (0.10, 0.40))
LONG_SIDE = 2048


@dataclass(frozen=True)
class Composite:
    name: str
    image: Image.Image
    faces: tuple[Box, ...]  # true face boxes, in the image's pixels
    sizes: tuple[float, ...]  # each face's height as a share of the long side
    poses: tuple[str, ...]


def bucket_of(size: float) -> int:
    for i, (low, high) in enumerate(BUCKETS):
        if low <= size < high:
            return i
    raise ValueError(f"face size {size:.3f} is outside every bucket")


@cache
def _photo(name: str) -> Image.Image:
    with Image.open(PHOTOS / name) as im:
        return im.convert("RGB")


def real_photo(name: str) -> Image.Image:
    """A shared photo as it is (camera.png stays greyscale)."""
    with Image.open(PHOTOS / name) as im:
        im.load()
        return im


def background(index: int) -> Image.Image:
    """A background of the composites with nothing pasted on it: no face at all."""
    return _background(index, (LONG_SIDE, LONG_SIDE * 3 // 4), np.random.default_rng(index))


@cache
def _head(index: int, mirrored: bool) -> tuple[Image.Image, Box]:
    """The cut-out head as RGBA (a soft oval), and its face box relative to the cut."""
    head = HEADS[index]
    x, y, w, h = head.cut
    im = _photo(head.photo).crop((x, y, x + w, y + h))
    mask = Image.new("L", (w * 4, h * 4), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, w * 4 - 1, h * 4 - 1), fill=255)
    mask = mask.resize((w, h), Image.Resampling.LANCZOS).filter(ImageFilter.GaussianBlur(2))
    im.putalpha(mask)
    fx, fy, fw, fh = head.face
    face = (fx - x, fy - y, fw, fh)
    if mirrored:
        im = ImageOps.mirror(im)
        face = (w - face[0] - fw, face[1], fw, fh)
    return im, face


def _background(index: int, size: tuple[int, int], rng: np.random.Generator) -> Image.Image:
    name, part = BACKGROUNDS[index]
    im = _photo(name)
    if part:
        x, y, w, h = part
        im = im.crop((x, y, x + w, y + h))
    im = ImageOps.fit(im, size, Image.Resampling.BICUBIC)
    # Sensor-like noise, so the enlarged background is not unnaturally smooth.
    noise = rng.normal(0, 4, (size[1], size[0], 1)).astype(np.int16)
    pixels = np.clip(np.asarray(im).astype(np.int16) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels)


def _lit(head: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Lighting as a class photo has it: darker or brighter, warmer or cooler, flatter."""
    rgb = np.asarray(head.convert("RGB")).astype(np.float32) / 255
    gain = rng.uniform(0.55, 1.3)
    gamma = rng.uniform(0.8, 1.25)
    tint = rng.uniform(0.9, 1.1, 3)
    rgb = np.clip((rgb**gamma) * gain * tint, 0, 1)
    if rng.random() < 0.3:  # a shadow across one side of the face
        ramp = np.linspace(rng.uniform(0.5, 0.8), 1.0, rgb.shape[1])
        rgb = rgb * (ramp if rng.random() < 0.5 else ramp[::-1])[None, :, None]
    out = Image.fromarray((rgb * 255).astype(np.uint8))
    out.putalpha(head.getchannel("A"))
    return out


def _place(
    head: Image.Image, face: Box, height: int, angle: float
) -> tuple[Image.Image, tuple[float, float, int, int]]:
    """The head scaled so its face box is `height` px tall and turned by `angle` degrees; with
    the face box's centre in the result and its size."""
    scale = height / face[3]
    w, h = max(1, round(head.width * scale)), max(1, round(head.height * scale))
    im = head.resize((w, h), Image.Resampling.LANCZOS)
    cx, cy = (face[0] + face[2] / 2) * scale, (face[1] + face[3] / 2) * scale
    fw, fh = round(face[2] * scale), height
    if angle:
        big = im.rotate(angle, Image.Resampling.BICUBIC, expand=True)
        # Where the face's centre went: rotation about the image centre, then the expansion.
        t = np.deg2rad(angle)
        dx, dy = cx - w / 2, cy - h / 2
        cx = big.width / 2 + dx * np.cos(t) + dy * np.sin(t)
        cy = big.height / 2 - dx * np.sin(t) + dy * np.cos(t)
        im = big
    return im, (cx, cy, fw, fh)


def composite(seed: int) -> Composite:
    """One composite picture, the same every time for the same seed."""
    rng = np.random.default_rng(seed)
    landscape = rng.random() < 0.75
    size = (LONG_SIDE, LONG_SIDE * 3 // 4) if landscape else (LONG_SIDE * 3 // 4, LONG_SIDE)
    canvas = _background(seed % len(BACKGROUNDS), size, rng)
    grey = rng.random() < 0.15
    count = int(rng.choice([1, 2, 3, 5, 8, 12, 16, 20, 25, 30, 35, 40]))
    # Class photos are mostly small faces; a few pictures are close-ups.
    low, high = (0.02, 0.06) if count > 12 else (0.02, 0.12) if count > 3 else (0.02, 0.30)
    taken: list[Box] = []
    faces, sizes, poses = [], [], []
    for _ in range(count * 30):
        if len(faces) == count:
            break
        share = float(np.exp(rng.uniform(np.log(low), np.log(high))))
        height = round(share * LONG_SIDE)
        index = int(rng.integers(len(HEADS)))
        head, face = _head(index, bool(rng.random() < 0.5))
        angle = float(rng.choice([0, 0, 0, rng.uniform(-15, 15), rng.uniform(-30, 30)]))
        im, (cx, cy, fw, fh) = _place(_lit(head, rng), face, height, angle)
        x = int(rng.integers(0, max(1, size[0] - im.width)))
        y = int(rng.integers(0, max(1, size[1] - im.height)))
        box = (round(x + cx - fw / 2), round(y + cy - fh / 2), fw, fh)
        head_box = (x, y, im.width, im.height)
        if any(_apart(head_box, other) is False for other in taken):
            continue
        taken.append(head_box)
        canvas.paste(im, (x, y), im)
        faces.append(box)
        sizes.append(fh / LONG_SIDE)
        poses.append(HEADS[index].pose)
    if grey:
        canvas = canvas.convert("L").convert("RGB")
    return Composite(f"composite-{seed:03d}", canvas, tuple(faces), tuple(sizes), tuple(poses))


def _apart(a: Box, b: Box) -> bool:
    """Heads may touch at their soft edges (as in a class photo) but not cover each other."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    iw = min(ax + aw, bx + bw) - max(ax, bx)
    ih = min(ay + ah, by + bh) - max(ay, by)
    return iw <= 0.15 * min(aw, bw) or ih <= 0.15 * min(ah, bh)


def match(found: list[Box], truth: tuple[Box, ...]) -> tuple[list[bool], int]:
    """Which true faces were found, and how many found boxes are no true face. A found box
    finds a true face when its centre lies inside the true box and their sizes are within a
    factor of two; each true face is found at most once, each box finds at most one face."""
    hit = [False] * len(truth)
    false = 0
    for fx, fy, fw, fh in sorted(found, key=lambda b: -b[2] * b[3]):
        cx, cy = fx + fw / 2, fy + fh / 2
        for i, (tx, ty, tw, th) in enumerate(truth):
            inside = tx - 0.1 * tw <= cx <= tx + 1.1 * tw and ty - 0.1 * th <= cy <= ty + 1.1 * th
            if not hit[i] and inside and 0.5 <= max(fw, fh) / max(tw, th) <= 2:
                hit[i] = True
                break
        else:
            false += 1
    return hit, false
