"""Nothing but pixels survives: every output is scanned byte by byte for metadata we planted."""

from __future__ import annotations

import io
import struct

import pytest
from photo_helpers import assert_no_metadata, encode, photo, photo_bytes, swapped_icc
from PIL import Image, ImageCms, PngImagePlugin

from photos.pipeline import process_photo

TOKENS = {
    "exif": b"PLANTED-EXIF-7f3a91",
    "gps": b"PLANTED-GPS-c4d2e8",
    "xmp": b"PLANTED-XMP-a19b47",
    "comment": b"PLANTED-COMMENT-55e0f1",
    "iptc": b"PLANTED-IPTC-0b8c3d",
    "icc": b"PLANTED-ICC-9e6a20",
    "text": b"PLANTED-PNGTEXT-3d7f11",
}
ALL_TOKENS = tuple(TOKENS.values())
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
       b'syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:title="'
       + TOKENS["xmp"] + b'" exif:GPSLatitude="50,57.2N" xmlns:exif="http://ns.adobe.com/exif/1.0/"'
       b"/></rdf:RDF></x:xmpmeta>")


def exif_with_gps() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Apple"  # Make
    exif[0x0110] = "iPhone 15"  # Model
    exif[0x010E] = TOKENS["exif"].decode()  # ImageDescription
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (50.0, 57.0, 12.5)  # a school in Hampshire
    gps[3] = "W"
    gps[4] = (1.0, 8.0, 31.0)
    gps[0x1B] = b"ASCII\x00\x00\x00" + TOKENS["gps"]  # GPSProcessingMethod
    return exif


def iptc_segment() -> bytes:
    """An APP13 Photoshop IRB carrying an IPTC caption, as news and school photo tools write."""
    dataset = b"\x1c\x02\x78" + struct.pack(">H", len(TOKENS["iptc"])) + TOKENS["iptc"]
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(dataset)) + dataset
    resource += b"\x00" * (len(resource) % 2)
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def loaded_jpeg() -> bytes:
    jpeg = encode(
        photo("coffee.png"), "JPEG", quality=92, exif=exif_with_gps().tobytes(), xmp=XMP,
        comment=TOKENS["comment"], icc_profile=swapped_icc(TOKENS["icc"]),
    )
    return jpeg[:2] + iptc_segment() + jpeg[2:]


def loaded_png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", TOKENS["text"].decode())
    info.add_text("Author", TOKENS["text"].decode(), zip=True)
    info.add_itxt("Description", TOKENS["text"].decode(), lang="en-GB")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    return encode(photo("chelsea.png"), "PNG", pnginfo=info, exif=exif_with_gps().tobytes(),
                  icc_profile=swapped_icc(TOKENS["icc"]))


def test_the_planted_metadata_is_really_in_the_inputs() -> None:
    # Guards the tests below: a scan of a clean input would prove nothing.
    jpeg, png = loaded_jpeg(), loaded_png()
    for token in ("exif", "gps", "xmp", "comment", "iptc", "icc"):
        assert TOKENS[token] in jpeg
    assert TOKENS["text"] in png and TOKENS["gps"] in png and b"iCCP" in png
    with Image.open(io.BytesIO(jpeg)) as im:
        assert im.getexif().get_ifd(0x8825)[1] == "N"
        assert "photoshop" in im.info and "comment" in im.info and "xmp" in im.info


def test_exif_gps_xmp_comment_iptc_and_icc_are_stripped_from_a_jpeg() -> None:
    out = process_photo(loaded_jpeg(), "sports-day.jpg")
    assert_no_metadata(out.data, ALL_TOKENS)


def test_a_jpeg_without_a_profile_loses_its_comment_exif_and_xmp_too() -> None:
    # No profile means no colour conversion: only the rebuild stands between them and X.
    jpeg = encode(photo("coffee.png"), "JPEG", quality=92, exif=exif_with_gps().tobytes(),
                  xmp=XMP, comment=TOKENS["comment"])
    assert_no_metadata(process_photo(jpeg, "phone.jpg").data, ALL_TOKENS)


def test_text_chunks_exif_xmp_and_icc_are_stripped_from_a_png() -> None:
    out = process_photo(loaded_png(), "cat.png")
    assert_no_metadata(out.data, ALL_TOKENS)


def test_exif_xmp_and_icc_are_stripped_from_a_webp() -> None:
    webp = encode(photo("coffee.png"), "WEBP", quality=90, exif=exif_with_gps().tobytes(),
                  xmp=XMP, icc_profile=swapped_icc(TOKENS["icc"]))
    assert TOKENS["gps"] in webp and TOKENS["xmp"] in webp
    assert_no_metadata(process_photo(webp, "coffee.webp").data, ALL_TOKENS)


def test_exif_and_xmp_are_stripped_from_an_iphone_heic() -> None:
    heic = encode(photo("coffee.png"), "HEIF", quality=80, exif=exif_with_gps().tobytes(),
                  xmp=XMP)
    assert TOKENS["gps"] in heic and TOKENS["xmp"] in heic
    assert_no_metadata(process_photo(heic, "IMG_0042.HEIC").data, ALL_TOKENS)


@pytest.mark.parametrize("name", ["rocket.jpg", "astronaut.png", "chelsea.png"])
def test_the_shared_photos_own_profiles_and_comments_are_stripped(name: str) -> None:
    # rocket.jpg carries an Adobe RGB profile and a comment; the PNGs an sRGB profile, XMP.
    assert_no_metadata(process_photo(photo_bytes(name), name).data)


def test_colours_are_converted_through_the_icc_profile_before_it_is_dropped() -> None:
    # Stored red, but the profile says that channel is green: the viewer would show green.
    tagged = encode(Image.new("RGB", (64, 64), (255, 0, 0)), "PNG",
                    icc_profile=swapped_icc(TOKENS["icc"]))
    out = process_photo(tagged, "swatch.png")
    with Image.open(io.BytesIO(out.data)) as im:
        r, g, b = im.convert("RGB").getpixel((32, 32))
    assert g > 230 and r < 25 and b < 25


def test_an_srgb_profile_leaves_colours_as_they_were() -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    tagged = encode(Image.new("RGB", (64, 64), (200, 30, 90)), "PNG", icc_profile=srgb)
    with Image.open(io.BytesIO(process_photo(tagged, "swatch.png").data)) as im:
        pixel = im.convert("RGB").getpixel((32, 32))
    assert all(abs(a - b) <= 4 for a, b in zip(pixel, (200, 30, 90), strict=True))


def test_a_broken_icc_profile_does_not_stop_a_good_photo() -> None:
    jpeg = encode(photo("coffee.png"), "JPEG", icc_profile=b"not a profile" * 20)
    out = process_photo(jpeg, "coffee.jpg")
    assert_no_metadata(out.data, (b"not a profile",))
    assert (out.width, out.height) == (600, 400)
