"""Bad input: each is refused with a message that names the file and says what is wrong."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from photo_helpers import encode, photo, photo_bytes, png_chunk, raw_png
from PIL import Image

from photos.pipeline import MAX_BYTES, PhotoError, process_photo

ACCEPTED = "Please upload a JPEG, PNG, WebP or iPhone (HEIC) photo"


def refusal(data: bytes, filename: str) -> PhotoError:
    with pytest.raises(PhotoError) as caught:
        process_photo(data, filename)
    assert str(caught.value).startswith(filename.rsplit("/", 1)[-1] + " ")
    return caught.value


def test_a_photo_error_is_a_value_error_with_the_file_and_problem_apart() -> None:
    error = refusal(b"", "holiday.jpg")
    assert isinstance(error, ValueError)
    assert (error.filename, error.code) == ("holiday.jpg", "empty")
    assert str(error) == "holiday.jpg is empty (0 bytes): please choose the photo again."


def test_a_truncated_jpeg_is_refused_as_damaged() -> None:
    data = photo_bytes("rocket.jpg")
    error = refusal(data[: len(data) // 2], "rocket.jpg")
    assert error.code == "damaged"
    assert "incomplete or damaged" in str(error)


def test_a_jpeg_signature_followed_by_rubbish_is_refused_as_damaged() -> None:
    assert refusal(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8, "scan.jpg").code == "damaged"


def test_a_png_bomb_is_refused_from_its_header_before_any_pixel_is_decoded() -> None:
    # 100,000 x 100,000 pixels in a few kilobytes: decoding it would need 30 GB.
    rows = b"\x00" * (1 + 100_000 * 3)
    bomb = raw_png(100_000, 100_000, 8, 2, rows * 10)
    assert len(bomb) < 50_000
    error = refusal(bomb, "map.png")
    assert error.code == "too_many_pixels"
    assert str(error) == "map.png is 10,000 megapixels; the most we accept is 50 megapixels."


def test_a_photo_just_over_fifty_megapixels_is_refused() -> None:
    # 8,200 x 6,200 = 50.8 megapixels, a grey file of a few hundred kilobytes.
    row = b"\x00" + b"\x80" * 8_200
    error = refusal(raw_png(8_200, 6_200, 8, 0, row * 6_200), "pano.png")
    assert str(error) == ("pano.png is 8,200 × 6,200 pixels (50.8 megapixels); "
                          "the most we accept is 50 megapixels.")


def test_a_png_whose_text_chunk_is_a_decompression_bomb_is_refused() -> None:
    text = b"Comment\x00\x00" + zlib.compress(b"A" * 50_000_000, 9)
    bomb = raw_png(8, 8, 8, 0, (b"\x00" + b"\x80" * 8) * 8, extra=png_chunk(b"zTXt", text))
    assert len(bomb) < 100_000
    assert refusal(bomb, "poster.png").code == "damaged"


@pytest.mark.parametrize("filename", ["logo.svg", "logo.jpg"])
def test_an_svg_is_refused_as_a_drawing_whatever_its_name(filename: str) -> None:
    svg = (b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
           b'width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>')
    error = refusal(svg, filename)
    assert error.code == "not_a_photo"
    assert str(error).startswith(
        f"{filename} is not a photo we can read: it is an SVG drawing, not a photo."
    )
    assert ACCEPTED in str(error)


def test_html_renamed_jpg_is_refused_as_a_web_page() -> None:
    html = b"\xef\xbb\xbf<!DOCTYPE html>\n<html><head><title>Holiday</title></head></html>"
    error = refusal(html, "holiday.jpg")
    assert str(error).startswith(
        "holiday.jpg is not a photo we can read: it looks like an HTML page (a web page saved "
        "under a photo's name)."
    )


def test_an_empty_file_is_refused() -> None:
    assert refusal(b"", "IMG_0001.JPG").code == "empty"


def test_a_30_mb_file_is_refused_by_its_size_before_anything_else() -> None:
    data = photo_bytes("rocket.jpg") + b"\x00" * (30 * 1024 * 1024 - len(photo_bytes("rocket.jpg")))
    error = refusal(data, "raw.jpg")
    assert error.code == "too_large"
    assert "raw.jpg is 30.0 MB, larger than the 20 MB we accept" in str(error)


def test_a_30_mb_upload_stream_is_refused_without_reading_it_all() -> None:
    stream = io.BytesIO(b"\xff\xd8\xff" + b"\x00" * (30 * 1024 * 1024))
    with pytest.raises(PhotoError, match=r"raw\.jpg is 30\.0 MB"):
        process_photo(stream, "raw.jpg")


def test_a_file_of_exactly_the_limit_is_not_refused_for_its_size() -> None:
    data = photo_bytes("rocket.jpg")
    padded = data + b"\x00" * (MAX_BYTES - len(data))  # bytes after the JPEG's end are ignored
    assert process_photo(padded, "rocket.jpg").width == 640


def test_an_animated_gif_is_refused_and_the_accepted_formats_named() -> None:
    frames = [Image.new("RGB", (20, 20), colour) for colour in ("red", "green", "blue")]
    gif = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], loop=0)
    error = refusal(gif, "party.gif")
    assert error.code == "unsupported"
    assert str(error) == ("party.gif is an animated GIF, which we do not accept: please upload "
                          "a JPEG, PNG, WebP or iPhone (HEIC) photo.")


def test_a_still_gif_is_refused_too() -> None:
    gif = encode(Image.new("RGB", (20, 20), "red"), "GIF")
    assert "party.gif is a GIF, which we do not accept" in str(refusal(gif, "party.gif"))


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_an_animated_png_or_webp_is_refused(fmt: str) -> None:
    frames = [Image.new("RGB", (20, 20), colour) for colour in ("red", "green", "blue")]
    data = encode(frames[0], fmt, save_all=True, append_images=frames[1:], duration=100)
    error = refusal(data, "wave.png")
    assert error.code == "animated"
    assert "is an animation, not a still photo" in str(error)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "it is a PDF document"),
        (b"BM" + b"\x00" * 100, "it is a BMP image, which we do not accept"),
        (b"II*\x00" + b"\x00" * 100, "it is a TIFF image, which we do not accept"),
        (b"PK\x03\x04" + b"\x00" * 100, "it is a ZIP archive or an office document"),
        (b"Dear parents, the trip is on Friday.", "it is a text file"),
        (bytes(range(256)) * 4, "its contents are not a photo format we know"),
    ],
)
def test_other_files_are_refused_saying_what_they_seem_to_be(data: bytes, expected: str) -> None:
    error = refusal(data, "upload.jpg")
    assert error.code == "not_a_photo"
    assert f"upload.jpg is not a photo we can read: {expected}. {ACCEPTED}." == str(error)


def test_a_video_from_a_phone_is_refused_as_a_video() -> None:
    mov = struct.pack(">I", 20) + b"ftypqt  " + b"\x00\x00\x02\x00" + b"qt  " + b"\x00" * 64
    assert "IMG_0007.MOV looks like a video, not a photo" in str(refusal(mov, "IMG_0007.MOV"))


def test_an_avif_is_refused_by_name() -> None:
    avif = struct.pack(">I", 28) + b"ftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 64
    assert "pic.avif is an AVIF image, which we do not accept" in str(refusal(avif, "pic.avif"))


def test_a_heic_cut_short_is_refused_as_damaged() -> None:
    heic = encode(photo("coffee.png"), "HEIF", quality=60)
    assert refusal(heic[: len(heic) // 2], "IMG_0042.HEIC").code == "damaged"


def test_the_name_shown_has_no_folders_or_control_characters_and_a_sensible_length() -> None:
    with pytest.raises(PhotoError) as caught:
        process_photo(b"", "C:\\Users\\tom\\Desktop\\sports\x07day.jpg")
    assert str(caught.value).startswith("sportsday.jpg is empty")
    with pytest.raises(PhotoError) as caught:
        process_photo(b"", "a" * 300 + ".jpg")
    assert caught.value.filename == "a" * 75 + "….jpg"
    with pytest.raises(PhotoError) as caught:
        process_photo(b"", "")
    assert str(caught.value).startswith("The photo is empty")
