from __future__ import annotations

import pytest
from rules_helpers import findings_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call Josh's mum on 07700 900123", [("block", "07700 900123")]),
        ("Ring +44 7700 900123 today", [("block", "+44 7700 900123")]),
        ("Email jo.bloggs@gmail.com for tickets", [("block", "jo.bloggs@gmail.com")]),
        ("Drop it at 12 Acacia Avenue please", [("warn", "12 Acacia Avenue")]),
        ("Our postcode is SO32 3QR", [("warn", "SO32 3QR")]),
        ("Born on 3 May 2016, now in Year 4", [("block", "Born on 3 May 2016")]),
        ("DOB: 03/05/2016", [("block", "DOB: 03/05/2016")]),
        ("Year 4 scored 3-1 on 12 May", []),
        ("We raised £1,250 for charity", []),
    ],
)
def test_personal_details(text, expected):
    assert findings_of("personal_data", text, "droxford") == expected


def test_the_schools_own_details_can_be_allowed():
    overrides = {"personal_data": {"allowed": ["01489 877 123", "office@droxford.sch.uk"]}}
    text = "Questions? Call 01489 877123 or email office@droxford.sch.uk"
    assert findings_of("personal_data", text, "droxford", overrides=overrides) == []
    assert len(findings_of("personal_data", text, "droxford")) == 2
