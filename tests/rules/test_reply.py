from __future__ import annotations

from rules_helpers import findings_of


def test_droxford_does_not_reply():
    assert findings_of("reply", "Thank you!", reply_to="@parent") == [("block", None)]


def test_a_post_beginning_with_a_handle_reads_as_a_reply():
    assert findings_of("reply", "@MeonValley great match!") == [("warn", "@MeonValley")]
    assert findings_of("reply", "Great match with @MeonValley!") == []


def test_highfield_only_warns():
    assert findings_of("reply", "Thanks", "highfield", reply_to="@author") == [("warn", None)]
