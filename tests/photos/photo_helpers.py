"""Helpers for the photo pipeline tests: test photos, hand-made files, the metadata scanner."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

PHOTOS = Path(__file__).resolve().parents[1] / "data" / "photos"
FACES = {"astronaut.png": 1, "camera.png": 1, "coffee.png": 0, "chelsea.png": 0, "rocket.jpg": 0}

# Whole-file signatures of metadata blocks; each is long enough (4+ bytes) that compressed pixel
# data will not produce one by chance.
METADATA_SIGNATURES = (
    b"Exif\x00", b"ICC_PROFILE", b"acsp", b"http://ns.adobe.com", b"xmpmeta", b"x:xmpmeta",
    b"Photoshop 3.0", b"8BIM", b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"iCCP",
)
# Allowed in a clean JPEG: JFIF APP0 and the markers needed to decode the pixels.
ALLOWED_MARKERS = {0xDB, 0xC0, 0xC2, 0xC4, 0xDD, 0xDA}


def photo_bytes(name: str) -> bytes:
    return (PHOTOS / name).read_bytes()


def photo(name: str, mode: str = "RGB") -> Image.Image:
    with Image.open(PHOTOS / name) as im:
        return im.convert(mode)


def encode(im: Image.Image, fmt: str, **params: object) -> bytes:
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    im.save(buf, fmt, **params)
    return buf.getvalue()


def jpeg_header(data: bytes) -> tuple[list[tuple[int, bytes]], bytes]:
    """The segments before the pixel data (marker, payload) and what follows the image's end."""
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    segments: list[tuple[int, bytes]] = []
    pos = 2
    while True:
        assert data[pos] == 0xFF, f"no marker at byte {pos}"
        marker = data[pos + 1]
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        segments.append((marker, data[pos + 4 : pos + 2 + length]))
        pos += 2 + length
        if marker == 0xDA:
            break
    # Entropy-coded data: 0xFF is followed only by 0x00 (stuffing), restart markers or the end.
    while True:
        pos = data.index(b"\xff", pos)
        nxt = data[pos + 1]
        if nxt == 0xD9:
            return segments, data[pos + 2 :]
        assert nxt == 0x00 or 0xD0 <= nxt <= 0xD7, f"marker {nxt:#x} inside the pixel data"
        pos += 2


def assert_no_metadata(data: bytes, planted: tuple[bytes, ...] = ()) -> None:
    """Scan an output JPEG byte by byte: nothing but JFIF and pixels, none of `planted`."""
    segments, trailer = jpeg_header(data)
    assert trailer == b"", "bytes after the end of the image"
    for marker, payload in segments:
        if marker == 0xE0:
            assert payload.startswith(b"JFIF\x00"), "an APP0 segment that is not JFIF"
            assert len(payload) == 14, "a JFIF segment carrying a thumbnail or more"
        else:
            assert marker in ALLOWED_MARKERS, f"segment {marker:#x} (APPn or COM) in the output"
    header = data[: data.index(b"\xff\xda") + 2]
    assert b"GPS" not in header
    for signature in METADATA_SIGNATURES + planted:
        assert signature not in data, f"{signature!r} found in the output"
    with Image.open(io.BytesIO(data)) as im:
        assert not set(im.info) - {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi"}
        assert not im.getexif()


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def raw_png(width: int, height: int, depth: int, colour: int, rows: bytes,
            extra: bytes = b"") -> bytes:
    """A PNG written by hand, for what Pillow will not write (16-bit RGB, bombs)."""
    ihdr = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + extra
            + png_chunk(b"IDAT", zlib.compress(rows, 9)) + png_chunk(b"IEND", b""))


def _s15(v: float) -> bytes:
    return struct.pack(">i", round(v * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ " + b"\x00" * 4 + _s15(x) + _s15(y) + _s15(z)


def swapped_icc(description: bytes) -> bytes:
    """An RGB ICC profile whose red and green primaries are swapped, so that a pixel stored as
    (255, 0, 0) means sRGB green: proof that colours really go through the profile."""
    red, green, blue = (0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), (0.1431, 0.0606, 0.7141)
    desc = (b"desc" + b"\x00" * 4 + struct.pack(">I", len(description) + 1) + description
            + b"\x00" + b"\x00" * 8 + b"\x00" * 3 + b"\x00" * 67)
    curve = b"curv" + b"\x00" * 4 + struct.pack(">I", 1) + struct.pack(">H", 0x0233) + b"\x00\x00"
    tags = [
        (b"desc", desc),
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(*green)),
        (b"gXYZ", _xyz(*red)),
        (b"bXYZ", _xyz(*blue)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
        (b"cprt", b"text" + b"\x00" * 4 + b"none\x00\x00\x00\x00"),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for sig, data in tags:
        data += b"\x00" * (-len(data) % 4)
        table += sig + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = (struct.pack(">I", size) + b"\x00" * 4 + b"\x02\x10\x00\x00" + b"mntrRGB XYZ "
              + b"\x00" * 12 + b"acsp" + b"\x00" * 24 + b"\x00" * 4 + _xyz(0.9642, 1.0, 0.8249)[8:]
              + b"\x00" * 48)
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body
