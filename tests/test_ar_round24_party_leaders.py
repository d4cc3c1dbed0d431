"""Round 24 (Arabic): the leader of a party or an armed group named under his title ("زعيم
حزب الله X") holds no office of the group's country (``entities_ar._state_body``): no head of
state or government fact. Our own sentences: titles × groups and their leaders × frames, and
must-not cells where the title is a state's and the fact stays."""

import pytest
from helpers import parties_ar

# (title, joined to the group by ل), group, its leader
TITLES = [("زعيم", False), ("رئيس", False), ("الأمين العام", True)]
LEADERS = [
    ("حزب الله", "حسن نصر الله"),
    ("حركة حماس", "خالد مشعل"),
    ("حركة حماس", "إسماعيل هنية"),
]
FRAMES = ["قال {who} إن إسرائيل هاجمت لبنان", "{who} يصل إلى دمشق", "التقى {who} الرئيس السوري"]
STATE_OFFICES = {"headOfStateOf", "headOfGovernmentOf"}


def _who(title: str, joined: bool, group: str, leader: str) -> str:
    return f"{title} ل{group} {leader}" if joined else f"{title} {group} {leader}"


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("group", "leader"), LEADERS)
@pytest.mark.parametrize(("title", "joined"), TITLES)
def test_group_leader_holds_no_state_office(extractor, title, joined, group, leader, frame):
    text = frame.format(who=_who(title, joined, group, leader))
    rows = parties_ar(extractor, text)
    assert not any(relation in STATE_OFFICES for _, relation, _ in rows), rows


# Must-not: a state's title keeps its holder's office.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("قال الرئيس اللبناني ميشال عون إن إسرائيل هاجمت لبنان", ("LBN", "headOfStateOf", "LBN")),
        ("قال ملك الأردن عبد الله الثاني إن إسرائيل هاجمت لبنان", ("JOR", "headOfStateOf", "JOR")),
        ("قال وزير الخارجية الروسي سيرغي لافروف إن إسرائيل هاجمت لبنان", ("RUS", "foreignMinisterOf", "RUS")),
    ],
)
def test_state_title_keeps_office(extractor, text, row):
    assert row in parties_ar(extractor, text)
