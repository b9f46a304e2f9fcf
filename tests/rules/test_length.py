from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rules_helpers import findings_of
from twitter_text import parse_tweet

from policies import weighted_length
from policies.rules.basic import most_weight


def test_280_characters_pass_and_281_block():
    assert findings_of("length", "a" * 280) == []
    assert findings_of("length", "a" * 281) == [("block", None)]


def test_links_and_emoji_count_as_x_counts_them():
    assert weighted_length("See https://example.com/" + "x" * 100) == 4 + 23
    assert weighted_length("🎉") == 2


def test_a_school_may_ask_for_shorter_posts():
    assert findings_of("length", "a" * 150, overrides={"length": {"limit": 140}}) == [
        ("block", None)
    ]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .:/@#é中🎉\u200d👍🏽co"), max_size=120))
def test_the_fast_paths_agree_with_twitter_text(text):
    exact = parse_tweet(text).weightedLength
    assert weighted_length(text) == exact
    assert most_weight(text) >= exact
