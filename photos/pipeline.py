"""The photo pipeline: untrusted upload in, clean JPEG for X out.

Pure Python (no Django): the models and views call `process_photo` and store what it returns.
Nothing from the uploaded file survives except its pixels: the output is encoded from a fresh
image built from those pixels, so EXIF (GPS above all), XMP, IPTC, comments, ICC profiles and
PNG text chunks cannot leak through.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from functools import cache
from typing import BinaryIO, Protocol

import imagehash
import numpy as np
from PIL import Image, ImageCms, ImageFile, ImageOps

from photos.faces import find_faces

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
MAX_SIDE = 2048  # X resizes anything larger, so we do it ourselves, once
MAX_OUTPUT_BYTES = 5 * 1024 * 1024
# Full-resolution colour (4:4:4): photos of children's work have thin coloured pen strokes
# that the usual halved chroma smears. Quality steps down only for photos that need it.
JPEG_QUALITIES = (90, 85, 80, 75, 70, 60, 50, 40)
# JPEG draft mode decodes at 1/2, 1/4 or 1/8 scale; accepting a long side a little under
# MAX_SIDE lets a 12-megapixel (4000 px) photo decode at half scale, four times less work.
DRAFT_MIN_SIDE = 1800
# The perceptual hashes are taken from a small greyscale copy; faces are found on the photo at
# its output size (photos/faces.py says how and why).
HASH_SIDE = 480
SIMILAR_DISTANCE = 10  # bits of 64; re-encoded or resized copies land well under this

ACCEPTED = "JPEG, PNG, WebP or iPhone (HEIC) photo"
OUTPUT_CONTENT_TYPE = "image/jpeg"
HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1",
               b"msf1", b"mif2"}
VIDEO_BRANDS = {b"qt  ", b"isom", b"iso2", b"mp41", b"mp42", b"avc1", b"3gp4", b"3gp5", b"M4V "}


class PhotoError(ValueError):
    """A photo we refuse, with a message for the teacher who uploaded it."""

    def __init__(self, filename: str, problem: str, code: str) -> None:
        self.filename = display_name(filename)
        self.problem = problem
        self.code = code
        super().__init__(f"{self.filename} {problem}")


@dataclass(frozen=True)
class ProcessedPhoto:
    data: bytes = field(repr=False)
    content_type: str
    width: int
    height: int
    sha256: str
    original_sha256: str
    phash: str
    phash_mirror: str
    faces: int
    source_format: str  # what the upload really was: "JPEG", "PNG", "WEBP" or "HEIF"


class HasPhash(Protocol):
    """A ProcessedPhoto, or a stored row that kept its two perceptual hashes."""

    @property
    def phash(self) -> str: ...

    @property
    def phash_mirror(self) -> str: ...


def process_photo(data: bytes | bytearray | memoryview | BinaryIO, filename: str) -> ProcessedPhoto:
    """Check, clean, resize and examine one uploaded photo; raise PhotoError if we cannot."""
    raw = _read_limited(data, filename)
    fmt = sniff_format(raw, filename)
    with _open(raw, fmt, filename) as im:
        _check_pixels(im, filename)
        if fmt == "JPEG":
            _draft(im)
        try:
            im.load()
        except (OSError, SyntaxError, ValueError) as exc:
            raise _damaged(filename) from exc
        pixels = _rebuild(im)
    out_data = _encode(pixels, filename)
    small = _hash_copy(pixels)
    return ProcessedPhoto(
        data=out_data,
        content_type=OUTPUT_CONTENT_TYPE,
        width=pixels.width,
        height=pixels.height,
        sha256=hashlib.sha256(out_data).hexdigest(),
        original_sha256=hashlib.sha256(raw).hexdigest(),
        phash=str(imagehash.phash(small)),
        phash_mirror=str(imagehash.phash(ImageOps.mirror(small))),
        faces=count_faces(pixels),
        source_format=fmt,
    )


def phash_distance(a_hex: str, b_hex: str) -> int:
    """Number of differing bits between two 64-bit perceptual hashes in hex."""
    return (int(a_hex, 16) ^ int(b_hex, 16)).bit_count()


def looks_like(a: HasPhash, b: HasPhash) -> bool:
    """True if b looks like a copy of a: resized, re-encoded or mirrored."""
    return min(
        phash_distance(a.phash, b.phash),
        phash_distance(a.phash_mirror, b.phash),
        phash_distance(a.phash, b.phash_mirror),
    ) <= SIMILAR_DISTANCE


def display_name(filename: str) -> str:
    """The file's own name, safe to show: no folders, control characters or endless length."""
    name = re.split(r"[\\/]", filename or "")[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()
    if len(name) > 80:
        stem, ext = os.path.splitext(name)
        name = stem[: 79 - len(ext)] + "…" + ext
    return name or "The photo"


def sniff_format(raw: bytes, filename: str) -> str:
    """The format the bytes really are, whatever the name says; PhotoError if not accepted."""
    if raw.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if raw.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return "WEBP"
    if raw[4:8] == b"ftyp":
        brands = _ftyp_brands(raw)
        if b"avif" in brands or b"avis" in brands:
            raise _refused(filename, "is an AVIF image, which we do not accept", "unsupported")
        if brands & HEIF_BRANDS:
            return "HEIF"
        if brands & VIDEO_BRANDS:
            raise _refused(filename, "looks like a video, not a photo", "video")
    if raw.startswith((b"GIF87a", b"GIF89a")):
        kind = "an animated GIF" if b"NETSCAPE2.0" in raw else "a GIF"
        raise _refused(filename, f"is {kind}, which we do not accept", "unsupported")
    raise PhotoError(filename, f"is not a photo we can read: {_describe(raw)}. "
                     f"Please upload a {ACCEPTED}.", "not_a_photo")


def count_faces(image: Image.Image) -> int:
    """Human faces, frontal or turned, down to 2% of the long side (photos/faces.py)."""
    return len(find_faces(image))


# Reading and sniffing


def _read_limited(data: bytes | bytearray | memoryview | BinaryIO, filename: str) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
    else:
        if data.seekable():
            data.seek(0)
        raw = data.read(MAX_BYTES + 1)  # never read more than we could accept
        if len(raw) > MAX_BYTES:
            raise _too_big(filename, data.seek(0, os.SEEK_END) if data.seekable() else len(raw))
    if not raw:
        raise PhotoError(filename, "is empty (0 bytes): please choose the photo again.", "empty")
    if len(raw) > MAX_BYTES:
        raise _too_big(filename, len(raw))
    return raw


def _too_big(filename: str, size: int) -> PhotoError:
    mb = size / (1024 * 1024)
    return PhotoError(
        filename,
        f"is {mb:.1f} MB, larger than the {MAX_BYTES // (1024 * 1024)} MB we accept: "
        "please upload a smaller copy (a phone's \"large\" or \"medium\" size is plenty).",
        "too_large",
    )


def _ftyp_brands(raw: bytes) -> set[bytes]:
    box_size = int.from_bytes(raw[:4], "big")
    end = min(max(box_size, 16), 256, len(raw))
    brands = {raw[8:12]}
    brands.update(raw[i : i + 4] for i in range(16, end - 3, 4))
    return brands


def _describe(raw: bytes) -> str:
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<svg" in head or (head.startswith(b"<?xml") and b"<svg" in raw[:4096].lower()):
        return "it is an SVG drawing, not a photo"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta")):
        return "it looks like an HTML page (a web page saved under a photo's name)"
    if raw.startswith(b"%PDF"):
        return "it is a PDF document"
    if raw.startswith(b"BM"):
        return "it is a BMP image, which we do not accept"
    if raw.startswith((b"II*\x00", b"MM\x00*")):
        return "it is a TIFF image, which we do not accept"
    if raw.startswith(b"PK\x03\x04"):
        return "it is a ZIP archive or an office document"
    if head.startswith((b"<", b"{", b"[")) or _mostly_text(raw[:512]):
        return "it is a text file"
    return "its contents are not a photo format we know"


def _mostly_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return sum(c.isprintable() or c.isspace() for c in text) > 0.95 * len(text)


def _refused(filename: str, problem: str, code: str) -> PhotoError:
    return PhotoError(filename, f"{problem}: please upload a {ACCEPTED}.", code)


def _damaged(filename: str) -> PhotoError:
    return PhotoError(
        filename,
        "is incomplete or damaged (the file seems cut short or corrupted): "
        "please copy it from the camera or phone again.",
        "damaged",
    )


# Opening and checking


@cache
def _register_heif() -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()


def _open(raw: bytes, fmt: str, filename: str) -> ImageFile.ImageFile:
    if fmt == "HEIF":
        _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Only the sniffed format's decoder may read the bytes: no guessing by Pillow.
            return Image.open(io.BytesIO(raw), formats=[fmt])
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        # Pillow's own, looser limit fired first; its message holds the pixel count.
        found = re.search(r"\((\d+) pixels\)", str(exc))
        raise _too_many_pixels(filename, int(found[1]) if found else None) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise _damaged(filename) from exc


def _check_pixels(im: ImageFile.ImageFile, filename: str) -> None:
    # Image.open read only the header: refusing here costs nothing, before any pixel exists.
    width, height = im.size
    if width <= 0 or height <= 0:
        raise _damaged(filename)
    if width * height > MAX_PIXELS:
        raise _too_many_pixels(filename, width * height, (width, height))
    if im.format in ("PNG", "WEBP") and getattr(im, "n_frames", 1) > 1:
        # Only here do frames mean animation: a JPEG's (MPO) or HEIF's extra frames are depth
        # maps or bursts beside the primary photo, which is the one we take.
        raise _refused(filename, "is an animation, not a still photo", "animated")


def _too_many_pixels(
    filename: str, pixels: int | None, size: tuple[int, int] | None = None
) -> PhotoError:
    limit = f"the most we accept is {MAX_PIXELS // 1_000_000} megapixels"
    if pixels is None:
        problem = f"has far too many pixels to open safely: {limit}."
    elif size is None:
        problem = f"is {pixels / 1_000_000:,.0f} megapixels; {limit}."
    else:
        w, h = size
        problem = f"is {w:,} × {h:,} pixels ({pixels / 1_000_000:,.1f} megapixels); {limit}."
    return PhotoError(filename, problem, "too_many_pixels")


def _draft(im: ImageFile.ImageFile) -> None:
    scale = DRAFT_MIN_SIDE / max(im.size)
    if scale < 1:
        im.draft("RGB", (max(1, int(im.width * scale)), max(1, int(im.height * scale))))


# Rebuilding


def _rebuild(im: Image.Image) -> Image.Image:
    """A fresh L or RGB image of the photo's pixels, upright, sRGB and at most MAX_SIDE."""
    orientation = _orientation(im)
    icc = im.info.get("icc_profile")
    src = _to_resizable(im)
    # Resizing before rotating gives the same pixels (the long side is the same either way)
    # and keeps a 50-megapixel upload from being copied at full size.
    src = _fit(src, MAX_SIDE)
    src = _flatten(src)
    src = _to_srgb(src, icc)
    if orientation in _TRANSPOSE:
        src = src.transpose(_TRANSPOSE[orientation])
    if src.mode not in ("L", "RGB"):
        src = src.convert("RGB")
    # A new image from raw pixel bytes: no info, no profile, nothing else can come along.
    return Image.frombytes(src.mode, src.size, src.tobytes())


_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block must not stop a good photo
        return 1
    return value if isinstance(value, int) else 1


def _to_resizable(im: Image.Image) -> Image.Image:
    """Convert the modes Pillow cannot resize well, or at all, into ones it can."""
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # Pillow's own conversion clips 16-bit values at 255; scale them down instead.
        wide = np.asarray(im)
        if im.mode.startswith("I;16") or wide.max() > 255:
            wide = np.right_shift(wide, 8)
        return Image.fromarray(wide.astype(np.uint8), "L")
    if im.mode == "F":
        return Image.fromarray(np.clip(np.asarray(im), 0, 255).astype(np.uint8), "L")
    if im.mode == "P":
        return im.convert("RGBA" if "transparency" in im.info else "RGB")
    if im.mode == "1":
        return im.convert("L")
    if im.mode == "PA":
        return im.convert("RGBA")
    if im.mode in ("L", "LA", "RGB", "RGBA", "CMYK"):
        return im
    return im.convert("RGB")


def _fit(
    im: Image.Image, side: int, resample: Image.Resampling = Image.Resampling.LANCZOS
) -> Image.Image:
    scale = side / max(im.size)
    if scale >= 1:
        return im
    size = (max(1, round(im.width * scale)), max(1, round(im.height * scale)))
    # reducing_gap lets Pillow average whole blocks of pixels first, then resample what is left
    # (at least 1.5 times): a 49-megapixel photo shrinks in half the time of a gap of 3, and
    # differs from a plain Lanczos resize by 0.2 levels of 255 on average, at most 2.
    return im.resize(size, resample, reducing_gap=1.5)


def _flatten(im: Image.Image) -> Image.Image:
    """Transparent areas become white, as on a sheet of paper, since JPEG has no alpha."""
    if im.mode not in ("LA", "RGBA"):
        return im
    rgba = im.convert("RGBA")
    white = Image.new("RGBA", im.size, (255, 255, 255, 255))
    return Image.alpha_composite(white, rgba).convert("L" if im.mode == "LA" else "RGB")


@cache
def _srgb() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    if not icc or im.mode not in ("RGB", "CMYK"):
        return im.convert("RGB") if im.mode == "CMYK" else im
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            im, source, _srgb(), renderingIntent=ImageCms.Intent.PERCEPTUAL, outputMode="RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        # A broken or mismatched profile: the pixels are still the best we have.
        return im.convert("RGB")
    return converted or im


# Encoding and examining


def _encode(pixels: Image.Image, filename: str) -> bytes:
    for quality in JPEG_QUALITIES:
        buf = io.BytesIO()
        pixels.save(buf, "JPEG", quality=quality, subsampling="4:4:4")
        if buf.tell() < MAX_OUTPUT_BYTES:
            return buf.getvalue()
    raise PhotoError(
        filename, "could not be made small enough for X (5 MB) without ruining it.", "too_large"
    )


def _hash_copy(pixels: Image.Image) -> Image.Image:
    return _fit(pixels.convert("L"), HASH_SIDE, Image.Resampling.BILINEAR)
