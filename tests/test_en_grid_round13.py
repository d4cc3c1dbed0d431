"""English: a grid of argument shapes for the verbs of statements, intent, cooperation, aid,
disapproval, threats and coercion (issue 13, round 13, branch ``en``). Each verb of CAMEO roots
01, 03, 05, 07, 11, 13 and 17 is written into the shapes a wire lead uses: active, passive with
an agent, nominal ("Japan's pledge of aid to Indonesia"), light verb ("made an offer"), "said it
would" and "agreed to" (expected), reporting heads and tails, coordination, a dateline, an
apposition, a relative clause; with must-nots (rejecting an offer is no offer by the one who
rejects it; denying sending aid is no aid; condemning a threat is no threat). A cell holds when
an affirmed assertion of the class joins the expected subject and object states (the dev
README's conventions: a future act counts as its 03x intent too). Sentences written for geokg."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest
from helpers import readings_en, require_english_model

require_english_model()


class Act(NamedTuple):
    """A verb of a class with its object (Indonesia, or Indonesians), as it reads after the
    subject in the past (``past``), after "would" (``base``), in the passive with the object as
    subject (``passive``), as a noun phrase after "Japan's" (``noun``), and with a light verb
    (``light``); None where English has no such wire use."""

    name: str
    root: str
    past: str
    base: str
    passive: str | None
    noun: str | None
    light: str | None


ACTS = [
    # 01: statements of a stance
    Act(
        "express concern",
        "01",
        "expressed concern over Indonesia",
        "express concern over Indonesia",
        None,
        "concern over Indonesia",
        "voiced concern over Indonesia",
    ),
    Act(
        "express optimism",
        "01",
        "expressed optimism about Indonesia",
        "express optimism about Indonesia",
        None,
        "optimism about Indonesia",
        None,
    ),
    Act(
        "offer condolences",
        "01",
        "offered condolences to Indonesia",
        "offer condolences to Indonesia",
        None,
        "condolences to Indonesia",
        "sent condolences to Indonesia",
    ),
    Act(
        "be alarmed by",
        "01",
        "was alarmed by Indonesia's decision",
        "be alarmed by Indonesia's decision",
        None,
        None,
        None,
    ),
    Act("be optimistic", "01", "was optimistic about Indonesia", "be optimistic about Indonesia", None, None, None),
    Act(
        "condolences over",
        "01",
        "offered condolences over the deaths in Indonesia",
        "offer condolences over the deaths in Indonesia",
        None,
        "condolences over the deaths in Indonesia",
        "sent condolences over the deaths in Indonesia",
    ),
    # 03: intent to cooperate, promises, offers
    Act(
        "pledge aid",
        "03",
        "pledged aid to Indonesia",
        "pledge aid to Indonesia",
        None,
        "pledge of aid to Indonesia",
        "made a pledge of aid to Indonesia",
    ),
    Act("promise help", "03", "promised to help Indonesia", "promise to help Indonesia", None, None, None),
    Act(
        "offer help",
        "03",
        "offered to help Indonesia",
        "offer to help Indonesia",
        None,
        "offer of help to Indonesia",
        "made an offer of help to Indonesia",
    ),
    Act("vow support", "03", "vowed to support Indonesia", "vow to support Indonesia", None, None, None),
    Act(
        "agree to cooperate",
        "03",
        "agreed to cooperate with Indonesia",
        "agree to cooperate with Indonesia",
        None,
        None,
        None,
    ),
    # 05: diplomatic cooperation, praise, support, agreements
    Act("praise", "05", "praised Indonesia", "praise Indonesia", "Indonesia was praised", "praise of Indonesia", None),
    Act("back", "05", "backed Indonesia", "back Indonesia", "Indonesia was backed", "backing of Indonesia", None),
    Act(
        "support",
        "05",
        "supported Indonesia",
        "support Indonesia",
        "Indonesia was supported",
        "support for Indonesia",
        "voiced support for Indonesia",
    ),
    Act(
        "congratulate",
        "05",
        "congratulated Indonesia",
        "congratulate Indonesia",
        "Indonesia was congratulated",
        None,
        None,
    ),
    Act(
        "sign accord",
        "05",
        "signed an accord with Indonesia",
        "sign an accord with Indonesia",
        None,
        "accord with Indonesia",
        None,
    ),
    Act(
        "establish ties",
        "05",
        "established formal ties with Indonesia",
        "establish formal ties with Indonesia",
        None,
        None,
        None,
    ),
    # 07: aid
    Act(
        "send aid",
        "07",
        "sent aid to Indonesia",
        "send aid to Indonesia",
        "aid was sent to Indonesia",
        "aid to Indonesia",
        None,
    ),
    Act(
        "provide aid",
        "07",
        "provided humanitarian aid to Indonesia",
        "provide humanitarian aid to Indonesia",
        "humanitarian aid was provided to Indonesia",
        "humanitarian aid to Indonesia",
        None,
    ),
    Act(
        "give money",
        "07",
        "gave Indonesia $50 million",
        "give Indonesia $50 million",
        "Indonesia was given $50 million",
        None,
        None,
    ),
    Act(
        "donate",
        "07",
        "donated food to Indonesia",
        "donate food to Indonesia",
        "food was donated to Indonesia",
        "donation of food to Indonesia",
        None,
    ),
    Act(
        "deliver supplies",
        "07",
        "delivered relief supplies to Indonesia",
        "deliver relief supplies to Indonesia",
        "relief supplies were delivered to Indonesia",
        None,
        None,
    ),
    # 11: disapproval, accusation
    Act(
        "criticize",
        "11",
        "criticized Indonesia",
        "criticize Indonesia",
        "Indonesia was criticized",
        "criticism of Indonesia",
        None,
    ),
    Act(
        "condemn",
        "11",
        "condemned Indonesia",
        "condemn Indonesia",
        "Indonesia was condemned",
        "condemnation of Indonesia",
        None,
    ),
    Act(
        "accuse",
        "11",
        "accused Indonesia of lying",
        "accuse Indonesia of lying",
        "Indonesia was accused of lying",
        "accusation against Indonesia",
        "leveled an accusation against Indonesia",
    ),
    Act("denounce", "11", "denounced Indonesia", "denounce Indonesia", "Indonesia was denounced", None, None),
    Act(
        "blame",
        "11",
        "blamed Indonesia for the delay",
        "blame Indonesia for the delay",
        "Indonesia was blamed for the delay",
        None,
        None,
    ),
    Act("lash out at", "11", "lashed out at Indonesia", "lash out at Indonesia", None, None, None),
    Act("take aim at", "11", "took aim at Indonesia", "take aim at Indonesia", None, None, None),
    Act("point the finger", "11", "pointed the finger at Indonesia", "point the finger at Indonesia", None, None, None),
    # 13: threats and warnings
    Act(
        "threaten",
        "13",
        "threatened Indonesia with sanctions",
        "threaten Indonesia with sanctions",
        "Indonesia was threatened with sanctions",
        "threat against Indonesia",
        "issued a threat against Indonesia",
    ),
    Act(
        "warn",
        "13",
        "warned Indonesia",
        "warn Indonesia",
        "Indonesia was warned",
        "warning to Indonesia",
        "issued a warning to Indonesia",
    ),
    Act(
        "threaten to cut",
        "13",
        "threatened to cut aid to Indonesia",
        "threaten to cut aid to Indonesia",
        None,
        None,
        None,
    ),
    # 17: coercion
    Act(
        "arrest",
        "17",
        "arrested two Indonesian fishermen",
        "arrest two Indonesian fishermen",
        "two Indonesian fishermen were arrested",
        "arrest of two Indonesian fishermen",
        None,
    ),
    Act(
        "detain",
        "17",
        "detained two Indonesian fishermen",
        "detain two Indonesian fishermen",
        "two Indonesian fishermen were detained",
        "detention of two Indonesian fishermen",
        None,
    ),
    Act(
        "expel",
        "17",
        "expelled two Indonesian journalists",
        "expel two Indonesian journalists",
        "two Indonesian journalists were expelled",
        "expulsion of two Indonesian journalists",
        None,
    ),
    Act(
        "deport",
        "17",
        "deported 300 Indonesian workers",
        "deport 300 Indonesian workers",
        "300 Indonesian workers were deported",
        "deportation of 300 Indonesian workers",
        None,
    ),
]

PAIR = {("JPN", "IDN")}

# Each shape: (template over an Act, expected (subject, object) pairs, the Act field it needs).
SHAPES: dict[str, tuple] = {
    "active": (lambda v: f"Japan {v.past} on Tuesday.", PAIR, None),
    "official": (lambda v: f"Japan's foreign minister {v.past} on Tuesday.", PAIR, None),
    "dateline": (lambda v: f"TOKYO (Reuters) - Japan {v.past} on Tuesday.", PAIR, None),
    "apposition": (lambda v: f"Taro Aso, Japan's foreign minister, {v.past} on Tuesday.", PAIR, None),
    "said_head": (lambda v: f"Officials said Japan {v.past} on Tuesday.", PAIR, None),
    "said_tail": (lambda v: f"Japan {v.past} on Tuesday, officials said.", PAIR, None),
    "coordinated": (
        lambda v: f"Japan and Australia {v.past} on Tuesday.",
        {("JPN", "IDN"), ("AUS", "IDN")},
        None,
    ),
    "along_with": (
        lambda v: f"Japan, along with Australia, {v.past} on Tuesday.",
        {("JPN", "IDN"), ("AUS", "IDN")},
        None,
    ),
    "together_with": (
        lambda v: f"Japan, together with Australia, {v.past} on Tuesday.",
        {("JPN", "IDN"), ("AUS", "IDN")},
        None,
    ),
    "relative": (lambda v: f"Japan, which {v.past} on Tuesday, sent an envoy to Jakarta.", PAIR, None),
    "would": (lambda v: f"Japan said on Tuesday it would {v.base}.", PAIR, None),
    "will": (lambda v: f"Japan will {v.base}, its foreign minister said.", PAIR, None),
    "passive_by": (lambda v: f"{v.passive[0].upper()}{v.passive[1:]} by Japan on Tuesday.", PAIR, "passive"),
    "nominal": (lambda v: f"Japan's {v.noun} surprised diplomats on Tuesday.", PAIR, "noun"),
    "light": (lambda v: f"Japan {v.light} on Tuesday.", PAIR, "light"),
    "day_between": (lambda v: f"Japan on Tuesday {v.past}.", PAIR, None),
    "capitals": (lambda v: f"Tokyo {_in_capital(v.past)} on Tuesday.", PAIR, None),
    "government": (lambda v: f"The Japanese government {v.past} on Tuesday.", PAIR, None),
    "leader": (lambda v: f"Prime Minister Koizumi {v.past} on Tuesday.", PAIR, None),
    "leader_object": (lambda v: f"Japan {_to_leader(v.past)} on Tuesday.", PAIR, None),
    "perfect": (lambda v: f"Japan has {_perfect(v)} in recent weeks.", PAIR, None),
    "saying_tail": (lambda v: f"Japan {v.past} on Tuesday, saying the region needed calm.", PAIR, None),
    "ministry_statement": (
        lambda v: f"Japan's foreign ministry said in a statement that Tokyo {v.past}.",
        PAIR,
        None,
    ),
}


def _in_capital(text: str) -> str:
    """The object state named by its capital ("Jakarta"), as wire leads name governments."""
    return re.sub(r"\bIndonesia\b", "Jakarta", text, count=1)


def _to_leader(text: str) -> str:
    """The object state named by its leader with his title."""
    return re.sub(r"\bIndonesia\b", "Indonesian President Susilo Bambang Yudhoyono", text, count=1)


def _perfect(v: Act) -> str:
    """The act in the present perfect: the participle of the past's first word."""
    first, _, rest = v.past.partition(" ")
    return f"{_PARTICIPLES.get(first, first)} {rest}".strip()


_PARTICIPLES = {"gave": "given", "sent": "sent", "was": "been", "took": "taken"}

# A future or promised cooperative act (roots 02-08) is its intent, 03 (the README's convention,
# and the scorer's): geokg codes "pledged aid" as aid, expected.
COOPERATIVE = {"02", "03", "04", "05", "06", "07", "08"}
# Mutual acts (agreements, ties, cooperation) match in either direction.
MUTUAL = {"sign accord", "establish ties", "agree to cooperate"}

# Cells the mechanisms of this round do not reach; each says why (strict: a fix must remove it).
_STATE_HOLDER = "a state of concern takes its holder from the passive subject alone, not its companions"
_NOT_A_TRIGGER = "the noun is no trigger of its own (only a light verb's object): "
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("would", "back"): 'the parser reads "back" after "it would" as an adverb, no verb',
    ("nominal", "offer help"): 'the target hangs on "help", a noun no trigger names ("offer of aid" holds)',
    ("nominal", "back"): _NOT_A_TRIGGER + '"backing" ("with the backing of X" would turn the backer into the backed)',
    ("nominal", "sign accord"): _NOT_A_TRIGGER + '"accord" ("in accord with", "of its own accord")',
    ("along_with", "be alarmed by"): _STATE_HOLDER,
    ("together_with", "be alarmed by"): _STATE_HOLDER,
    ("nominal", "detain"): _NOT_A_TRIGGER + '"detention" ("held in detention", "detention centre")',
}


def _cells() -> list:
    cells = []
    for shape, (template, pairs, needs) in SHAPES.items():
        for act in ACTS:
            if needs is not None and not getattr(act, needs):
                continue
            marks = []
            if (shape, act.name) in KNOWN_MISSES:
                marks = [pytest.mark.xfail(reason=KNOWN_MISSES[(shape, act.name)], strict=True)]
            roots = {act.root}
            both = pairs | {pair[::-1] for pair in pairs} if act.name in MUTUAL else pairs
            cells.append(pytest.param(template(act), roots, both, id=f"{shape}-{act.name}", marks=marks))
    return cells


def pairs_of(extractor, text: str, roots: set[str]) -> set[tuple]:
    """(subject country, object country) of every affirmed assertion of a root in ``roots``."""
    found = readings_en(extractor, text, "subject", "root", "object", "polarity", "modality", date="2005-03-01")
    return {(s, o) for s, r, o, p, m in found if p == "affirmed" and (r in roots or _intent(r, m) in roots)}


def _intent(root: str, modality: str) -> str | None:
    """03 for a cooperative act that is expected (promised, agreed to, announced), else None."""
    return "03" if root in COOPERATIVE and modality == "expected" else None


@pytest.mark.parametrize(("text", "roots", "pairs"), _cells())
def test_grid(extractor, text, roots, pairs):
    found = pairs_of(extractor, text, roots)
    assert all(pair in found or pair[::-1] in found and pair[::-1] in pairs for pair in pairs), found


# Must-nots: refusing, denying or condemning an act is no act by the speaker; the act of another
# that the speaker condemns or denies keeps its own author.
MUST_NOT = [
    ("Indonesia rejected Japan's offer of aid on Tuesday.", ("IDN", {"03", "07"}, "JPN")),
    ("Indonesia turned down Japan's offer to help.", ("IDN", {"03", "07"}, "JPN")),
    ("Japan denied sending aid to Indonesia.", ("JPN", {"07"}, "IDN")),
    ("Japan denied threatening Indonesia.", ("JPN", {"13"}, "IDN")),
    ("Japan condemned Indonesia's threat against Malaysia.", ("JPN", {"13"}, "MYS")),
    ("Japan criticized Indonesia's praise of Iran.", ("JPN", {"05"}, "IRN")),
    ("Japan accused Indonesia of arresting two Malaysian fishermen.", ("JPN", {"17"}, "MYS")),
    ("Japan denied arresting two Indonesian fishermen.", ("JPN", {"17"}, "IDN")),
    ("Japan refused to sign an accord with Indonesia.", ("JPN", {"05", "03"}, "IDN")),
    ("Japan rejected Indonesia's criticism.", ("IDN", {"11"}, "JPN")),
    ("Japan dismissed Indonesia's accusations of spying.", ("IDN", {"11"}, "JPN")),
]


@pytest.mark.parametrize(("text", "reading"), MUST_NOT, ids=[t for t, _ in MUST_NOT])
def test_must_not(extractor, text, reading):
    subject, roots, obj = reading
    assert (subject, obj) not in pairs_of(extractor, text, roots)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile's threats against Peru angered Lima.", ("CHL", "PER")),
        ("The accusation against Syria by France was rejected.", ("FRA", "SYR")),
        ("Britain voiced opposition to Iran's plan.", ("GBR", "IRN")),
    ],
)
def test_a_nominal_events_target_marker(extractor, text, pair):
    # "threat against", "accusation against": the nominal frames' markers name the noun's target
    assert pair in pairs_of(extractor, text, {"11", "13"})


def test_a_nominal_markers_scene_stays_a_scene(extractor):
    # must not: "in" after an event noun is where, never whom ("threat" takes no "in" target)
    found = pairs_of(extractor, "Chile's threat in Lima worried Peru.", {"13"})
    assert ("CHL", "PER") not in found, found


def test_a_warned_passive_subject_is_threatened(extractor):
    # "Iran was warned by X": the warned actor as the passive subject, as "X warned Iran"
    assert ("FRA", "IRN") in pairs_of(extractor, "Iran was warned by France on Monday.", {"13"})


def test_a_warning_about_a_thing_is_no_threat(extractor):
    # must not: a warning of a danger names no one warned
    assert not pairs_of(extractor, "France warned of a famine in Niger.", {"13"})


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Syria was accused of lying by Lebanese officials.", ("LBN", "SYR")),
        ("Cuba was criticized for jailing dissidents by the European Union.", (None, "CUB")),
    ],
)
def test_an_agent_hung_on_an_active_gerund(extractor, text, pair):
    # "was accused of lying by X": an active gerund's "by" is no agent of its own, so the passive's
    assert pair in pairs_of(extractor, text, {"11"})


def test_a_passive_gerunds_agent_stays_its_own(extractor):
    # must not: "of being armed by Russia": Russia arms, it accuses no one
    found = pairs_of(extractor, "Iran was accused of being armed by Russia.", {"11"})
    assert not any(s == "RUS" for s, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chile was alarmed by the violence in Peru.",
        "Chile was deeply troubled by Peru's decision.",
        "Chile was worried by the unrest in Peru.",
    ],
)
def test_a_state_of_concern_takes_its_by_phrase_as_object(extractor, text):
    # "was alarmed by X": the passive subject holds the stance, the "by" phrase is what about
    assert ("CHL", "PER") in pairs_of(extractor, text, {"01"})


def test_a_warning_by_an_agency_stays_no_stance_of_its_hearers(extractor):
    # must not: "warn" is no state; the warned are not concerned about the warner
    found = pairs_of(extractor, "Villagers in Peru were warned by Chile's weather service.", {"01"})
    assert not any(o == "CHL" for _, o in found), found


def test_optimism_with_the_copula(extractor):
    assert ("CHL", "PER") in pairs_of(extractor, "Chile was optimistic about Peru on Monday.", {"01"})


def test_condolences_over_a_loss_go_to_its_state(extractor):
    text = "Chile offered condolences over the deaths of miners in Peru."
    assert ("CHL", "PER") in pairs_of(extractor, text, {"01"})


def test_lashing_out_without_a_target_names_none(extractor):
    # must not: "at" naming a thing gives no actor as the target
    assert not pairs_of(extractor, "Chile lashed out at the ruling on Monday.", {"11"})


def test_support_withdrawn_is_no_force_withdrawn(extractor):
    # must not: "withdrew its support" was a withdrawal of forces (0874) with no target
    found = readings_en(extractor, "Chile withdrew its support for Peru on Monday.", "subject", "root", "object")
    assert not any(r in ("05", "08") for _, r, _ in found), found


@pytest.mark.parametrize(
    "text", ["Chile suspended its support for Peru on Monday.", "Chile withdrew its backing for Peru on Monday."]
)
def test_support_ended_reduces_relations(extractor, text):
    assert ("CHL", "PER") in pairs_of(extractor, text, {"16"})


@pytest.mark.parametrize(
    "text",
    [
        "Chile, with Argentina's backing, criticized Peru on Monday.",
        "Chile met Peru along with Argentina on Monday.",
    ],
)
def test_a_companion_is_only_along_or_together_with_the_subject(extractor, text):
    # must not: a bare "with" (means, backing) or an "along with" after the verb adds no subject
    found = readings_en(extractor, text, "subject", "root", "object")
    assert not any(s == "ARG" and o == "PER" for s, _, o in found), found
