"""A photo that fits a network's byte limit (Bluesky's 1,000,000): a derivative of the cleaned
copy, re-encoded smaller. Pure, as the rest of photos/.

    content, media_type = fitting(cleaned_bytes, 1_000_000)   # TooLarge when it cannot fit
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError


class TooLarge(Exception):
    """The photo cannot be made small enough (or cannot be read as an image at all)."""


QUALITIES = (88, 80, 72, 64)
SMALLEST_EDGE = 800  # below this a school photo is no longer worth posting


def fitting(content: bytes, max_bytes: int) -> tuple[bytes, str]:
    """(bytes, media type) at most max_bytes: the cleaned copy itself when it fits, else a JPEG
    re-encoded at lower quality and then smaller, never below SMALLEST_EDGE on its long side."""
    if len(content) <= max_bytes:
        return content, _media_type(content)
    try:
        image = ImageOps.exif_transpose(Image.open(io.BytesIO(content)))
        image = image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise TooLarge(f"The photo could not be read as an image ({error}).") from None
    while True:
        for quality in QUALITIES:
            out = io.BytesIO()
            image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
            if out.tell() <= max_bytes:
                return out.getvalue(), "image/jpeg"
        long_edge = max(image.size)
        if long_edge <= SMALLEST_EDGE:
            raise TooLarge(f"Even at {image.width}x{image.height} pixels the photo is "
                           f"{out.tell():,} bytes, more than {max_bytes:,}.")
        scale = max(SMALLEST_EDGE / long_edge, 0.75)
        image = image.resize((max(1, round(image.width * scale)),
                              max(1, round(image.height * scale))), Image.Resampling.LANCZOS)


def _media_type(content: bytes) -> str:
    if content.startswith(b"\x89PNG"):
        return "image/png"
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return "image/jpeg"
