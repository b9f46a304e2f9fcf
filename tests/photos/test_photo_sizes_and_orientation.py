"""Orientation is applied, photos are made to fit X: 2048 px on the long side, under 5 MB."""

from __future__ import annotations

import io

import numpy as np
import pytest
from photo_helpers import encode, photo
from PIL import Image

from photos.pipeline import MAX_OUTPUT_BYTES, MAX_SIDE, process_photo

# How a camera stores a picture for each EXIF orientation: the inverse of the turn a viewer does.
STORED = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}
QUADRANTS = {
    (0, 0): (220, 30, 30), (1, 0): (30, 200, 30), (0, 1): (30, 30, 220), (1, 1): (250, 250, 250)
}


def upright_quadrants(width: int = 120, height: int = 80) -> Image.Image:
    im = Image.new("RGB", (width, height))
    for (qx, qy), colour in QUADRANTS.items():
        im.paste(colour, (qx * width // 2, qy * height // 2, (qx + 1) * width // 2,
                          (qy + 1) * height // 2))
    return im


def exif_orientation(value: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = value
    return exif.tobytes()


def output(data: bytes, name: str = "photo.jpg") -> tuple[Image.Image, int]:
    out = process_photo(data, name)
    with Image.open(io.BytesIO(out.data)) as im:
        im.load()
        assert (im.width, im.height) == (out.width, out.height)
        return im.convert("RGB"), len(out.data)


def assert_upright(im: Image.Image) -> None:
    assert im.size == (120, 80)
    for (qx, qy), colour in QUADRANTS.items():
        pixel = im.getpixel((qx * 60 + 30, qy * 40 + 20))
        assert all(abs(a - b) < 25 for a, b in zip(pixel, colour, strict=True)), (qx, qy, pixel)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_of_a_jpeg_comes_out_upright(orientation: int) -> None:
    upright = upright_quadrants()
    turn = STORED[orientation]
    stored = upright if turn is None else upright.transpose(turn)
    jpeg = encode(stored, "JPEG", quality=95, exif=exif_orientation(orientation))
    assert_upright(output(jpeg)[0])


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_the_orientation_of_a_png_or_webp_is_applied_too(fmt: str) -> None:
    stored = upright_quadrants().transpose(STORED[6])
    data = encode(stored, fmt, exif=exif_orientation(6), **({"lossless": True} if fmt == "WEBP"
                                                           else {}))
    assert_upright(output(data)[0])


def test_an_iphone_heic_taken_upright_comes_out_upright() -> None:
    stored = upright_quadrants().transpose(STORED[6])
    heic = encode(stored, "HEIF", quality=95, exif=exif_orientation(6))
    assert_upright(output(heic)[0])


def test_a_large_portrait_photo_is_turned_then_fitted_in_2048_px() -> None:
    landscape = photo("coffee.png").resize((3000, 2000))  # stored on its side, as phones do
    out, size = output(encode(landscape, "JPEG", quality=90, exif=exif_orientation(6)))
    assert out.size == (1365, 2048)


@pytest.mark.parametrize(
    ("size", "expected"),
    [((2600, 1950), (2048, 1536)), ((2049, 100), (2048, 100)), ((500, 3000), (341, 2048)),
     ((2048, 1024), (2048, 1024)), ((300, 200), (300, 200))],
)
def test_photos_are_fitted_in_2048_px_and_never_enlarged(size: tuple[int, int],
                                                          expected: tuple[int, int]) -> None:
    # PNG, so no JPEG draft scaling is involved: the exact fit is visible.
    out, nbytes = output(encode(photo("chelsea.png").resize(size), "PNG", compress_level=1))
    assert out.size == expected
    assert nbytes < MAX_OUTPUT_BYTES


def test_a_12_megapixel_jpeg_is_decoded_at_reduced_scale_and_still_large() -> None:
    jpeg = encode(photo("rocket.jpg").resize((4000, 3000)), "JPEG", quality=85)
    out, _ = output(jpeg)
    assert 1800 <= max(out.size) <= MAX_SIDE
    assert out.width / out.height == pytest.approx(4 / 3, rel=0.01)


def test_a_photo_of_pure_noise_steps_quality_down_to_fit_under_5_mb() -> None:
    noise = np.random.default_rng(7).integers(0, 256, (2048, 2048, 3), dtype=np.uint8)
    png = encode(Image.fromarray(noise), "PNG", compress_level=1)
    assert len(png) < 20 * 1024 * 1024
    first_try = encode(Image.fromarray(noise), "JPEG", quality=90, subsampling="4:4:4")
    assert len(first_try) > MAX_OUTPUT_BYTES  # so the pipeline had to step down
    out, nbytes = output(png, "noise.png")
    assert out.size == (2048, 2048)
    assert nbytes < MAX_OUTPUT_BYTES
