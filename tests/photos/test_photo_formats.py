"""Accepted formats, sniffed from the content, and the conversions that keep a photo usable."""

from __future__ import annotations

import io
import struct

import numpy as np
import pytest
from photo_helpers import encode, photo, photo_bytes, raw_png
from PIL import Image

from photos.pipeline import process_photo


def decoded(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as im:
        assert im.format == "JPEG"
        im.load()
        return im


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    return float(np.abs(np.asarray(a, dtype=np.int16) - np.asarray(b, dtype=np.int16)).mean())


@pytest.mark.parametrize(
    ("fmt", "params", "source_format"),
    [
        ("JPEG", {"quality": 92}, "JPEG"),
        ("PNG", {}, "PNG"),
        ("WEBP", {"quality": 92}, "WEBP"),
        ("WEBP", {"lossless": True}, "WEBP"),
        ("HEIF", {"quality": 90}, "HEIF"),
    ],
)
def test_each_accepted_format_comes_out_as_the_same_picture_in_jpeg(
    fmt: str, params: dict, source_format: str
) -> None:
    original = photo("coffee.png")
    out = process_photo(encode(original, fmt, **params), "coffee")
    assert (out.content_type, out.source_format) == ("image/jpeg", source_format)
    assert (out.width, out.height) == (600, 400)
    assert mean_difference(decoded(out.data).convert("RGB"), original) < 4


def test_the_content_decides_the_format_not_the_name() -> None:
    out = process_photo(photo_bytes("coffee.png"), "coffee.jpg")
    assert out.source_format == "PNG"


def test_a_binary_file_object_is_read_like_bytes() -> None:
    stream = io.BytesIO(photo_bytes("rocket.jpg"))
    stream.read(10)  # an upload handler may have peeked already
    assert process_photo(stream, "rocket.jpg") == process_photo(photo_bytes("rocket.jpg"), "x")


def test_a_cmyk_jpeg_is_converted_to_rgb() -> None:
    cmyk = Image.new("CMYK", (80, 60), (0, 255, 255, 0))  # full magenta and yellow: red
    out = process_photo(encode(cmyk, "JPEG", quality=95), "print-shop.jpg")
    im = decoded(out.data)
    assert im.mode == "RGB"
    r, g, b = im.getpixel((40, 30))
    assert r > 220 and g < 40 and b < 40


def test_a_16_bit_greyscale_png_is_scaled_to_8_bits_not_clipped() -> None:
    gradient = np.tile(np.linspace(0, 65535, 256).astype(np.uint16), (64, 1))
    out = process_photo(encode(Image.fromarray(gradient), "PNG"), "scan.png")
    pixels = np.asarray(decoded(out.data).convert("L"), dtype=np.float64)
    # Clipping at 255 would make nearly the whole strip white.
    assert 110 < pixels.mean() < 145
    assert pixels[:, :8].mean() < 10 and pixels[:, -8:].mean() > 245


def test_a_16_bit_rgb_png_is_converted() -> None:
    rows = b"".join(b"\x00" + struct.pack(">HHH", 0xFFFF, 0x8000, 0x0000) * 32 for _ in range(32))
    out = process_photo(raw_png(32, 32, 16, 2, rows), "camera-export.png")
    r, g, b = decoded(out.data).convert("RGB").getpixel((16, 16))
    assert r > 245 and 115 < g < 140 and b < 10


def test_a_palette_png_with_transparency_is_flattened_on_white() -> None:
    im = Image.new("P", (60, 40), 0)
    im.putpalette([0, 0, 0, 200, 20, 20] + [0] * 762)
    im.paste(1, (0, 0, 30, 40))  # left half red, right half the transparent index 0
    out = process_photo(encode(im, "PNG", transparency=0), "sticker.png")
    rgb = decoded(out.data).convert("RGB")
    assert all(abs(a - b) < 12 for a, b in zip(rgb.getpixel((10, 20)), (200, 20, 20), strict=True))
    assert min(rgb.getpixel((50, 20))) > 245  # white, not black


def test_a_semi_transparent_png_is_blended_on_white() -> None:
    im = Image.new("RGBA", (40, 40), (0, 0, 255, 128))
    rgb = decoded(process_photo(encode(im, "PNG"), "overlay.png").data).convert("RGB")
    r, g, b = rgb.getpixel((20, 20))
    assert 115 < r < 140 and 115 < g < 140 and b > 245


def test_a_greyscale_photo_stays_greyscale() -> None:
    out = process_photo(photo_bytes("camera.png"), "camera.png")
    assert decoded(out.data).mode == "L"
    assert mean_difference(decoded(out.data), photo("camera.png", "L")) < 3


def test_the_same_upload_always_gives_the_same_output() -> None:
    first = process_photo(photo_bytes("astronaut.png"), "a.png")
    assert process_photo(photo_bytes("astronaut.png"), "b.png") == first
