"""Review of round 15 (English), in our own sentences.

- "X denounced <a deed> by Y": denouncing a detention, a kidnapping or sanctions criticises their
  doer, as "condemned" does; the peer's rally-support frames (DENOUNCE * &DETENTION [052],
  * KIDNAPPING [053], * SANCTIONS [053]) are dropped (``DROPPED_PATTERNS``): with them the
  denouncer supported the detainer, the kidnappers, or the sanctions' imposer (must-not).
"""

from __future__ import annotations

import pytest
from helpers import coded_en, require_english_model

require_english_model()

DATE = "2025-03-04"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Peru denounced the sanctions imposed by Chile as unlawful.", "CHL"),
        ("Norway denounced the detention of its sailors by Russia.", "RUS"),
        ("Italy denounced the kidnapping of its engineers by Libyan militias.", "LBY"),
    ],
)
def test_denouncing_a_deed_never_supports_its_doer(extractor, text, doer):
    found = coded_en(extractor, text, DATE)
    assert not {f for f in found if f[1] == "supports"}
    assert any(f[1] == "criticizes" and f[2] == doer for f in found)
