"""Bad input, counted: uploads (issue 12). Each case is a distinct bad file sent through the
photo upload form; each is refused with its own message naming the file, the post keeps its text
and its other photos, and nothing of the bad file is kept."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from schoolsocial.posts.models import Photo, Post
from schoolsocial.posts.states import State
from tests.factories import make_post

PHOTOS = Path(__file__).resolve().parent / "data" / "photos"
TEXT = "Year 4 enjoyed their science lesson on magnets today."
NOT_A_PHOTO = "Please upload a JPEG, PNG, WebP or iPhone (HEIC) photo"


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png(width: int, height: int, rows: bytes, colour: int = 0) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(rows, 9))
            + _chunk(b"IEND", b""))


def _saved(fmt: str, **params) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(out, fmt, **params)
    return out.getvalue()


def _zip(*names: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "<xml/>")
    return out.getvalue()


def _ftyp(brand: bytes, rest: bytes = b"\x00" * 64, compatible: bytes = b"mif1") -> bytes:
    return (struct.pack(">I", 24) + b"ftyp" + brand + b"\x00\x00\x00\x00" + brand + compatible
            + rest)


JPEG = (PHOTOS / "rocket.jpg").read_bytes()
PNG = (PHOTOS / "coffee.png").read_bytes()
BROKEN_CRC = PNG[:29] + b"\x00\x00\x00\x00" + PNG[33:]  # the IHDR chunk's checksum zeroed

# (id, file name, contents, what the page says about it)
CASES = [
    ("text", "notes.jpg", b"Remember the trip money on Friday.\n" * 5, "it is a text file"),
    ("json", "data.jpg", b'{"photo": "not really"}', "it is a text file"),
    ("csv", "class.png", b"Forename,Surname\nJosh,Smith\n", "it is a text file"),
    ("xml", "feed.jpg", b"<?xml version='1.0'?><rss></rss>", "it is a text file"),
    ("script", "run.jpg", b"#!/bin/sh\nrm -rf /\n", "it is a text file"),
    ("html", "page.jpg", b"<!DOCTYPE html><html><body>Hi</body></html>",
     "it looks like an HTML page"),
    ("html-tag", "page2.png", b"<html><head><title>x</title></head></html>",
     "it looks like an HTML page"),
    ("svg", "logo.jpg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>',
     "it is an SVG drawing"),
    ("svg-prolog", "logo.png", b'<?xml version="1.0"?>\n<svg width="10"></svg>',
     "it is an SVG drawing"),
    ("pdf", "letter.jpg", b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF", "it is a PDF document"),
    ("bmp", "paint.jpg", _saved("BMP"), "it is a BMP image"),
    ("tiff-le", "scan.jpg", _saved("TIFF"), "it is a TIFF image"),
    ("tiff-be", "scan2.jpg", b"MM\x00*" + b"\x00" * 60, "it is a TIFF image"),
    ("zip", "photos.jpg", _zip("a.jpg", "b.jpg"), "it is a ZIP archive or an office document"),
    ("docx", "report.jpg", _zip("word/document.xml"), "it is a ZIP archive or an office"),
    ("xlsx", "sheet.png", _zip("xl/workbook.xml"), "it is a ZIP archive or an office document"),
    ("gif", "wave.jpg", _saved("GIF"), "is a GIF, which we do not accept"),
    ("gif-animated", "wave2.jpg", b"GIF89a" + b"\x00" * 20 + b"NETSCAPE2.0" + b"\x00" * 20,
     "is an animated GIF"),
    ("avif", "new.jpg", _ftyp(b"avif"), "is an AVIF image, which we do not accept"),
    ("mp4", "clip.jpg", _ftyp(b"isom", compatible=b"isom"), "looks like a video, not a photo"),
    ("mov", "clip.mov", _ftyp(b"qt  ", compatible=b"qt  "), "looks like a video, not a photo"),
    ("3gp", "clip.3gp", _ftyp(b"3gp4", compatible=b"3gp4"), "looks like a video, not a photo"),
    ("random", "noise.jpg", bytes(range(7, 256)) * 4, "its contents are not a photo format"),
    ("one-byte", "tiny.jpg", b"\x00", "its contents are not a photo format we know"),
    ("exe", "setup.jpg", b"MZ\x90\x00" + bytes(200), "its contents are not a photo format"),
    ("elf", "prog.png", b"\x7fELF\x02\x01\x01" + bytes(200), "its contents are not a photo"),
    ("gzip", "photos.jpg.gz", b"\x1f\x8b\x08\x00" + bytes(100), "its contents are not a photo"),
    ("psd", "layers.jpg", b"8BPS\x00\x01" + bytes(100), "its contents are not a photo format"),
    ("wav", "sound.jpg", b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(40), "its contents are not"),
    ("jpeg2000", "old.jpg", b"\x00\x00\x00\x0cjP  \r\n\x87\n" + bytes(40), "its contents are"),
    ("utf16", "notes2.jpg", "Some notes".encode("utf-16"), "its contents are not a photo"),
    ("jpeg-cut", "rocket.jpg", JPEG[: len(JPEG) // 2], "is incomplete or damaged"),
    ("jpeg-rubbish", "scan3.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8,
     "is incomplete or damaged"),
    ("jpeg-empty", "blank.jpg", b"\xff\xd8\xff\xd9", "is incomplete or damaged"),
    ("png-cut", "coffee.png", PNG[: len(PNG) // 3], "is incomplete or damaged"),
    ("png-rubbish", "rubbish.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
     "is incomplete or damaged"),
    ("png-crc", "crc.png", BROKEN_CRC, "is incomplete or damaged"),
    ("webp-rubbish", "pic.webp", b"RIFF\x40\x00\x00\x00WEBPVP8 " + bytes(range(64)),
     "is incomplete or damaged"),
    ("heic-rubbish", "IMG_1.HEIC", _ftyp(b"heic", bytes(range(200))), "is incomplete or damaged"),
    ("png-bomb", "map.png", _png(100_000, 100_000, b"\x00" * 300_001 * 10, colour=2),
     "is 10,000 megapixels; the most we accept is 50 megapixels."),
    ("png-over-50mp", "pano.png", _png(8_200, 6_200, (b"\x00" + b"\x80" * 8_200) * 6_200),
     "is 8,200 × 6,200 pixels (50.8 megapixels)"),
    ("traversal-name", "../../etc/passwd.jpg", b"root:x:0:0:root:/root:/bin/sh\n",
     "it is a text file"),
    ("long-name", "a" * 300 + ".jpg", b"just some text in a file", "it is a text file"),
]
VIEW_CASES = [  # refused by the form before anything is stored
    ("empty", "empty.jpg", b"", "empty.jpg is empty: choose the photo again."),
    ("over-20-mb", "huge.jpg", b"\xff\xd8\xff" + bytes(21 * 1024 * 1024),
     "huge.jpg is 21 MB; photos can be 20 MB at most."),
]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.Q_SYNC = True  # the worker's step runs inline once the upload commits


@pytest.fixture
def draft(tom):
    post = make_post(tom, text=TEXT)
    Photo.objects.create(post=post, uploaded_by=tom.user, filename="good.jpg", status="ready")
    return post


def _upload(client, post, name, data, capture):
    with capture(execute=True):
        return client.post(reverse("photo_upload", args=[post.pk]), {
            "photos": [SimpleUploadedFile(name, data, "image/jpeg")]}, follow=True)


def _nothing_lost(post, tmp_path) -> None:
    post = Post.objects.get(pk=post.pk)
    assert post.text == TEXT and post.state == State.DRAFT
    assert Photo.objects.filter(post=post, filename="good.jpg", status="ready").exists()
    assert not list(Path(tmp_path).rglob("originals/**/*.*"))  # the bad file is not kept


def test_there_are_at_least_forty_distinct_bad_uploads():
    assert len(CASES) + len(VIEW_CASES) >= 40
    assert len({data for _, _, data, _ in CASES + VIEW_CASES}) == len(CASES) + len(VIEW_CASES)


@pytest.mark.parametrize("name, data, message", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bad_file_is_refused_with_its_message_and_the_draft_keeps_everything(
    client, tom, draft, tmp_path, django_capture_on_commit_callbacks, name, data, message
):
    client.force_login(tom.user)
    response = _upload(client, draft, name, data, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    photo = Photo.objects.exclude(filename="good.jpg").get(post=draft)
    assert photo.status == "refused"
    assert photo.error.startswith(photo.filename + " ")  # it names the file
    assert message in photo.error
    assert not photo.image
    page = client.get(reverse("post_edit", args=[draft.pk])).content.decode()
    assert photo.filename[:40] in page
    _nothing_lost(draft, tmp_path)


@pytest.mark.parametrize("name, data, message", [c[1:] for c in VIEW_CASES],
                         ids=[c[0] for c in VIEW_CASES])
def test_a_file_the_form_refuses_is_never_stored(
    client, tom, draft, tmp_path, django_capture_on_commit_callbacks, name, data, message
):
    client.force_login(tom.user)
    response = _upload(client, draft, name, data, django_capture_on_commit_callbacks)
    assert message in response.content.decode()
    assert Photo.objects.filter(post=draft).count() == 1
    _nothing_lost(draft, tmp_path)


def test_a_fifth_photo_is_refused_by_name(client, tom, draft, tmp_path,
                                          django_capture_on_commit_callbacks):
    for n in range(3):
        Photo.objects.create(post=draft, uploaded_by=tom.user, filename=f"p{n}.jpg",
                             status="ready")
    client.force_login(tom.user)
    response = _upload(client, draft, "fifth.jpg", JPEG, django_capture_on_commit_callbacks)
    assert "fifth.jpg was not added: a post can carry at most 4 photos." in (
        response.content.decode())
    assert Photo.objects.filter(post=draft).count() == 4
    _nothing_lost(draft, tmp_path)
