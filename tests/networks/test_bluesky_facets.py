"""Bluesky facets: links, mentions and hashtags marked by UTF-8 byte offsets."""

from __future__ import annotations

from schoolsocial.publishing.networks.facets import facets

KNOWN = {"head.forefield.sch.uk": "did:plc:head"}


def marked(text: str) -> list[tuple[str, str]]:
    """Each facet as (the bytes it marks, its feature's value)."""
    data = text.encode()
    out = []
    for facet in facets(text, KNOWN.get):
        index, feature = facet["index"], facet["features"][0]
        value = feature.get("uri") or feature.get("did") or feature.get("tag")
        out.append((data[index["byteStart"]:index["byteEnd"]].decode(), value))
    return out


def test_a_link_after_emoji_is_marked_by_bytes_not_characters():
    text = "👩🏽‍🏫🎉 Photos: https://forefield.sch.uk/gallery."
    assert marked(text) == [("https://forefield.sch.uk/gallery",
                             "https://forefield.sch.uk/gallery")]
    start = facets(text, KNOWN.get)[0]["index"]["byteStart"]
    assert start == len("👩🏽‍🏫🎉 Photos: ".encode()) and start != text.index("https")


def test_a_mention_that_resolves_carries_the_did():
    assert marked("Thank you @head.forefield.sch.uk!") == [("@head.forefield.sch.uk",
                                                            "did:plc:head")]


def test_a_mention_that_does_not_resolve_stays_plain_text():
    assert marked("Hello @nobody.example.com") == []


def test_hashtags_with_accents_combining_marks_and_right_to_left_letters():
    text = "Cafe\u0301 day #CaféDay #Mathématiques #مدرسة"
    assert marked(text) == [("#CaféDay", "CaféDay"), ("#Mathématiques", "Mathématiques"),
                            ("#مدرسة", "مدرسة")]


def test_a_number_alone_is_not_a_hashtag_and_a_fragment_is_part_of_its_link():
    assert marked("Room #12 and https://example.org/page#top") == [
        ("https://example.org/page#top", "https://example.org/page#top")]


def test_facets_come_in_text_order():
    text = "#Sports at https://a.example then @head.forefield.sch.uk"
    assert [value for _, value in marked(text)] == ["Sports", "https://a.example",
                                                   "did:plc:head"]
