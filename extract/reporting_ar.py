"""Reporting and attribution, an Arabic stage: who speaks, over which words, and to whom.

A reporting verb or noun ("قال", "أكدت", "تصريح") gives its speaker (the name after it, else
the subject before it, else the last speaker of the document) the rest of the sentence; "بحسب
X" gives X the verb-led segment it stands in; the hoper, denier or claimant of "أعرب عن أمله",
"نفت", "زعمت" speaks what follows. An assertion in a speaker's words is reported and attributed
to the speaker, unless a writer's clause ("كما", "من جهته") with a subject of its own intervenes;
first person inside a quotation is the speaker, "you" the addressee.
"""

from __future__ import annotations

from collections.abc import Callable

from geokg.ontology import Cue, sector_groups
from spacy.tokens import Doc

from .clauses_ar import state_of
from .lexicon_ar import ArabicLexicon, PhraseMatch
from .memo_ar import token_text
from .modality_ar import conceded_end, light_verb_before, obligation, obliged_at, verb_negator
from .model import Entity
from .morphology_ar import CONJUNCTION_LETTERS
from .normalize import normalize_token
from .values_ar import (
    COMMAS,
    MAX_SUBJECT_GAP_LEFT,
    MAX_SUBJECT_GAP_RIGHT,
    ON,
    QUOTES,
    RELATIVE_PRONOUNS,
    Actor,
    Discourse,
    Group,
    Hit,
    Sentence,
    Speaker,
    bare_party,
    other_state,
    preposition_word,
    replace,
    with_pronoun,
    within,
    without_conjunction,
)

__all__ = [
    "conditional_threats",
    "defied_pressure",
    "denounced",
    "described_as",
    "misconduct",
    "find_speakers",
    "obligation_demands",
    "own_fighters_casualties",
    "own_forces_pronoun",
    "own_forces_subject",
    "own_state_threats",
    "passive_labels",
    "relative_labels",
    "retaliation_threats",
    "speaker_for",
    "speaker_subjects",
    "that_between",
    "threats_at_speaker",
    "unnamed_source",
]

# Prepositions that open what a reporting verb says ("أشار إلى أهمية ...", "أكد على", "تحدث عن"),
# normalised; a name after one is said of, not the speaker.
_CONTENT_PREPOSITIONS = frozenset({normalize_token("إلى"), normalize_token("على"), "عن"})
VerbSubjects = tuple[tuple[int, Group], ...]  # (verb token, its subject), in the order found


def _reporting_speaker(
    lex: ArabicLexicon, s: Sentence, m: PhraseMatch, discourse: Discourse
) -> tuple[Group | None, object]:
    """The group right after a reporting word (or None), and the actor who speaks (or None)."""
    speaker = None
    right = next(iter(s.groups_from(m.end, m.end + MAX_SUBJECT_GAP_RIGHT + 2)), None)
    if right is not None and (
        s.clause(right.start)[0] > m.end
        or that_between(lex, s, m.end, right.start)
        or any(s.norm(i) in _CONTENT_PREPOSITIONS for i in range(m.end, right.start))
    ):
        # "أكدت مصادر أن السعودية ...", "أكد X في بيان أنهم قتلوا 12 جنديا": what follows "أن" is
        # said, not who says it; so is what follows "أشار إلى", "أكد على", "أعرب عن"
        right = None
    if right is not None and _relative_verb_between(s, m, right):
        # "أصدرت الخارجية بيانا انتقدت فيه موقف بريطانيا": the name after the noun's relative
        # clause is what the statement says of, never its issuer
        return None, _issuer(s, m)
    # "قال مصدر في وزارة الخارجية": an unnamed source speaks for the body it is in.
    sourced = right is not None and right.marker in ("في", "من") and right.start - m.end <= 2
    if right is not None and (right.marker is None or sourced) and right.speaking and not m.form.plural:
        speaker = _quoted_source(lex, s, m, right) or right.speaking[0]
    elif m.form.pos in ("verb", "participle"):
        left = s.group_before(m.start, MAX_SUBJECT_GAP_LEFT)
        if left is not None and left.marker is None and left.speaking:
            speaker = left.speaking[0]
        elif m.form.pos == "participle" and discourse.last_subject is not None and discourse.last_subject.speaking:
            speaker = discourse.last_subject.speaking[0]
    if speaker is None and m.form.pos == "verb" and not _unnamed_after(lex, s, m):
        speaker = discourse.last_speaker  # "وقال إن ..." continues the last speaker
    return right, speaker


def _relative_verb_between(s: Sentence, m: PhraseMatch, right: Group) -> bool:
    """Whether a verb stands between a reporting noun and the group after it (the noun's
    relative clause, "بيانا دعت فيه X"), so that the group is that verb's, not the noun's."""
    return m.form.pos == "noun" and any(i in s.verbs for i in range(m.end, right.start))


def _issuer(s: Sentence, m: PhraseMatch) -> object:
    """Who issued a statement noun: the bare subject right before it ("أصدرت الخارجية بيانا")."""
    left = s.group_before(m.start, MAX_SUBJECT_GAP_LEFT)
    return left.speaking[0] if left is not None and left.marker is None and left.speaking else None


def _quoted_source(lex: ArabicLexicon, s: Sentence, m: PhraseMatch, medium: Group) -> Actor | None:
    """ "نقلت وكالة X عن الوزير Y قوله إن": the one a verb of quoting (``gk:QuotingCue``) quotes,
    behind عن right after the medium, speaks; None if the verb quotes no one named."""
    if not any(q.start == m.start for q in s.cues[lex.cue_set.quoting]):
        return None
    quoted = next(iter(s.groups_from(medium.end, medium.end + 3)), None)
    if quoted is None or quoted.marker != "عن" or not quoted.speaking:
        return None
    return quoted.speaking[0]


def _unnamed_after(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> bool:
    """Whether an unnamed source ("مصادر", "مصدر", "شهود": ``gk:UnnamedActorCue``) is the
    reporting verb's subject, right after it."""
    return any(u.start == m.end for u in s.cues[lex.cue_set.unnamed_actor])


def unnamed_source(lex: ArabicLexicon, s: Sentence, hit: Hit, speakers: tuple[Speaker, ...]) -> bool:
    """ "أفادت مصادر دبلوماسية بأن X هاجم Y", "...، قالت مصادر أمنية", "وفقا لمصادر": what a
    reporting verb or "according to" with an unnamed source says is reported, by no one the text
    names (not the document's last speaker)."""
    for a in s.cues[lex.cue_set.attribution]:
        lo, hi = s.segment(a.start)
        if lo <= hit.start < hi and any(a.end <= u.start <= a.end + 1 for u in s.cues[lex.cue_set.unnamed_actor]):
            return True  # "...، وفقا لمصادر أمنية": "according to" a source it does not name
    for m in s.cues[lex.cue_set.reporting]:
        if not _unnamed_after(lex, s, m):
            continue
        clause = _trailing(lex, s, m)
        if clause is not None and clause[0] <= hit.start < clause[1]:
            return True  # "...، قالت مصادر أمنية."
        if m.form.pos != "verb" or not m.end <= hit.start < s.words_end(m.end):
            continue
        # a named speaker between the verb and the act ("قال مصدر ... إن الوزير قال إن") speaks
        if not any(m.end <= sp.start and sp.start <= hit.start < sp.end for sp in speakers):
            return True
    return False


def that_between(lex: ArabicLexicon, s: Sentence, start: int, end: int) -> bool:
    """Whether a complementizer ("أن", "إن", "أنهم") stands among tokens [start, end)."""
    words = lex.written_words(lex.cue_set.complementizer)
    for i in range(start, end):
        word = s.norm(i)
        if word in words or with_pronoun(word, words, ("هم", "ها", "ه")):
            return True
    return False


def _reporters(lex: ArabicLexicon, s: Sentence, discourse: Discourse) -> tuple[list[Speaker], VerbSubjects, Discourse]:
    """Speakers of reporting verbs and nouns; the verbs' subjects; the discourse after them."""
    out: list[Speaker] = []
    verb_subjects: VerbSubjects = ()
    for m in s.cues[lex.cue_set.reporting]:
        if m.form.pos == "noun" and any(a.start == m.start for a in s.cues[lex.cue_set.attribution]):
            continue
        right, speaker = _reporting_speaker(lex, s, m, discourse)
        if speaker is None:
            continue
        discourse = discourse.with_speaker(speaker)
        addressee = None
        if right is not None and right.speaking and speaker is right.speaking[0]:
            nxt = next(iter(s.groups_from(right.end, right.end + 1)), None)
            if nxt is not None and nxt.marker in lex.written_words(lex.cue_set.toward) and nxt.speaking:
                addressee = nxt.speaking[0]
        if m.form.pos in ("verb", "participle"):
            group = next((g for g in s.groups if speaker in g.members), None)
            if group is not None:
                discourse = discourse.with_subject(group)
                verb_subjects += ((m.start, group),)
        out.append(Speaker(m.end, _words_end(lex, s, m), speaker, m.end, addressee))
    return out, verb_subjects, discourse


# how many words may follow a trailing reporting verb before the sentence ends (its source's name
# and "في بيان لها", "لوكالة فرانس برس")
_TRAILING_TAIL = 9


def _trailing(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> tuple[int, int] | None:
    """The clause a reporting verb after its comma gives its source ("قصفت القوات الإسرائيلية
    قرى لبنانية، قالت الشرطة.", "...، كما ذكرت الوكالة", "...، حسبما أفادت"): from the start of
    the segment before the comma to the comma, when the verb closes the sentence (a few words
    after it, no verb and no "أن" among them, so it says nothing of its own); else None."""
    comma = _comma_before(lex, s, m.start)
    if m.form.pos != "verb" or comma is None:
        return None
    tail = range(m.end, s.span.end)
    if len(tail) > _TRAILING_TAIL or any(i in s.verbs for i in tail) or that_between(lex, s, m.end, s.span.end):
        return None
    return s.segment(comma - 1)[0], comma


def _trailing_sources(lex: ArabicLexicon, s: Sentence, discourse: Discourse) -> list[Speaker]:
    """A named source after the clause it reports, as "بحسب X" after it (``_trailing``)."""
    out = []
    for m in s.cues[lex.cue_set.reporting]:
        clause = _trailing(lex, s, m)
        if clause is None:
            continue
        right, speaker = _reporting_speaker(lex, s, m, discourse)
        if right is not None and speaker is not None and speaker in right.speaking and not speaker.virtual:
            out.append(Speaker(clause[0], clause[1], speaker, clause[0], by_verb=False))
    return out


def _comma_before(lex: ArabicLexicon, s: Sentence, i: int) -> int | None:
    """The comma right before token ``i``, or before a one-word writer's or attribution word
    there ("، كما ذكرت", "، حسبما أفادت"); None if there is none."""
    k = i - 1
    one_word = [*s.cues[lex.cue_set.writer_clause], *s.cues[lex.cue_set.attribution]]
    if any(w.start == k and w.end == i for w in one_word):
        k -= 1
    return k if k > s.span.start and s.norm(k) in COMMAS else None


def _words_end(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> int:
    """Where the words a reporting or denial word opens end: "رغم نفي X ...، استدعت Y" (a word
    of concession before it) at the concession's comma, the main clause being the writer's."""
    return conceded_end(lex, s, m.start) or s.words_end(m.end)


def _claimants(lex: ArabicLexicon, s: Sentence) -> list[Speaker]:
    """ "أعرب الرئيس الفرنسي عن أمله في أن ...", "نفت إيران ...", "زعمت إسرائيل أن ...": what
    follows is the hoper's, denier's or claimant's word."""
    cue = lex.cue_set
    out = []
    claims = [m for m in s.cues[cue.allegation] + s.cues[cue.denial] if m.start not in s.trigger_tokens]
    for m in [*s.cues[cue.hope], *s.cues[cue.expectation], *claims]:
        if m.form.pos != "verb":
            continue
        right = next(iter(s.groups_from(m.positions[0] + 1, m.end + MAX_SUBJECT_GAP_RIGHT)), None)
        left = s.group_before(m.start, 2)
        who = (
            right if right is not None and right.marker is None and right.speaking and right.start < m.end + 3 else None
        )
        if (
            who is None
            and left is not None
            and left.marker is None
            and left.speaking
            and m.form.text[:1] not in CONJUNCTION_LETTERS
        ):
            who = left
        if who is not None:
            out.append(Speaker(m.end, _words_end(lex, s, m), who.speaking[0], m.end))
    return out


def _according_to(lex: ArabicLexicon, s: Sentence) -> list[Speaker]:
    """ "بحسب X" covers the verb-led segment it stands in, before or after it."""
    out = []
    last_words = {p[-1] for p in lex.written_phrases(lex.cue_set.attribution)}
    for m in s.cues[lex.cue_set.attribution]:
        if without_conjunction(s.norm(m.end - 1)) not in last_words and s.norm(m.end - 1) not in last_words:
            continue  # "على حد تعبيره": the source is the pronoun, no name after it
        g = next(iter(s.groups_from(m.end, m.end + 5)), None)
        # "حسب مقابلة له مع صحيفة X": a name behind a preposition is not the source
        if g is not None and g.speaking and not _behind_preposition(lex, s, g):
            lo, hi = s.segment(m.start)
            out.append(Speaker(lo, hi, g.speaking[0], m.end, by_verb=False))
    return out


def _behind_preposition(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether a group after "بحسب" stands behind a preposition that makes it no source: not
    عن ("نقلا عن X"), nor في/من after an unnamed source ("بحسب مصادر من جيش X")."""
    if not preposition_word(g.marker or "") or g.marker == "عن":
        return False
    body = g.marker in ("في", "من") and any(u.end == g.start - 1 for u in s.cues[lex.cue_set.unnamed_actor])
    return not body


def find_speakers(
    lex: ArabicLexicon, s: Sentence, discourse: Discourse
) -> tuple[tuple[Speaker, ...], VerbSubjects, Discourse]:
    """Who speaks, and over which tokens: reporting verbs, claims and "according to X"; the
    subjects of the reporting verbs, and the discourse with the last speaker and subject."""
    reporters, verb_subjects, discourse = _reporters(lex, s, discourse)
    speakers = (*reporters, *_claimants(lex, s), *_according_to(lex, s), *_trailing_sources(lex, s, discourse))
    return speakers, verb_subjects, discourse


def _writer_clause(lex: ArabicLexicon, s: Sentence, hit: Hit, sp: Speaker) -> bool:
    """ "قال X إن ... ، كما دعا Y ...": a verb after "كما", "بينما", "من جهته" with a subject of
    its own named is the writer's report, not the speaker's words."""
    if not sp.by_verb or hit.pos != "verb" or hit.subject_from not in ("right", "left"):
        return False
    if hit.subject is not None and any(a.entity.id == sp.actor.entity.id for a in hit.subject.acting):
        return False
    return any(sp.cue_end <= w.start < hit.start for w in s.cues[lex.cue_set.writer_clause])


def speaker_for(lex: ArabicLexicon, s: Sentence, hit: Hit, speakers: tuple[Speaker, ...]) -> Entity | None:
    """The entity whose words a hit stands in (the innermost speaker), if any."""
    best = None
    for sp in speakers:
        if sp.start <= hit.start < sp.end and not _writer_clause(lex, s, hit, sp):
            best = sp.actor.entity
    return best


def _quoted(doc: Doc, s: Sentence, sp: Speaker, hit: Hit) -> bool:
    return s.quote_between(sp.cue_end, hit.start) or any(t in QUOTES for t in doc[hit.start - 2 : hit.start].text)


def first_person_light(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether a verbal noun is governed by a light or planning verb in the first person
    ("سنقوم بالهجوم", "لا بد أن نقوم نحن بالقصف"): the act is "we"'s, the speaker's in a quote."""
    if hit.pos != "noun":
        return False
    concepts = (lex.cue_set.auxiliary_verb, lex.cue_set.future)
    return light_verb_before(s, hit.start, concepts, first_person=True) is not None


def speaker_subjects(lex: ArabicLexicon, s: Sentence, hit: Hit, speakers: tuple[Speaker, ...]) -> Hit:
    """Quoted first person ("لسنا قلقين", "نشكركم") is the speaker; "you" is the addressee. An
    act of material conflict (quad class 4 of its relation) takes the speaker only in the first
    person: "«خطف السفن جريمة»" names an act the speaker judges, never one of the speaker's own."""
    violent = lex.relations[hit.relation].is_material_conflict
    for sp in speakers:
        if not sp.by_verb or not sp.cue_end <= hit.start < sp.end or sp.actor.virtual:
            continue
        if not (_quoted(s.doc, s, sp, hit) or _we_that(s, hit) or _we_after_colon(s, sp, hit)):
            continue
        # "نشكركم", "امتناننا": first person in a quote is the speaker, whatever stands nearby.
        word = s.norm(hit.start)
        first_person = (hit.pos == "verb" and hit.match.first_person) or (hit.pos == "noun" and word.endswith("نا"))
        first_person = first_person or first_person_light(lex, s, hit)
        if (hit.subject is None and (first_person or not violent)) or (
            first_person and hit.subject_from not in ("right", "forced")
        ):
            hit = replace(hit, subject=_alone(sp.actor), subject_from="speaker")
        if hit.objects is None and hit.object_index is None and sp.addressee is not None:
            window = [s.norm(i) for i in range(max(sp.cue_end, hit.start - 4), min(s.span.end, hit.end + 3))]
            if any(w.endswith("كم") or w.endswith("ك") for w in window):
                hit = replace(hit, objects=Group((sp.addressee,), sp.addressee.start, sp.addressee.end))
    return hit


# "قال إننا", "أكد أننا": "that we", the speaker's own side in reported words (أنا: "that I")
_WE_THAT = frozenset(normalize_token(w) for w in ("إننا", "أننا", "بأننا", "إنا", "أنا", "بأنا"))


def _we_after_colon(s: Sentence, sp: Speaker, hit: Hit) -> bool:
    """ "قال الوزير: سنقصف المواقع": a first person verb right after the colon that opens a
    speaker's words (no quotation marks) is the speaker's, as in a quote."""
    i = hit.match.positions[0] - 1
    return hit.pos == "verb" and hit.match.first_person and sp.cue_end <= i and token_text(s, i) == ":"


def _we_that(s: Sentence, hit: Hit) -> bool:
    """ "قال الوزير إننا نحمل إسرائيل المسؤولية": a first person verb right after "that we" in a
    speaker's words is the speaker's, as in a quote."""
    i = hit.match.positions[0] - 1
    return hit.pos == "verb" and hit.match.first_person and i >= s.span.start and s.norm(i) in _WE_THAT


POSSESSIVES = (("هما", "هم"), ("هم", "هم"), ("ها", "ها"), ("ه", "ه"))  # suffix, the pronoun it is


def own_forces_pronoun(lex: ArabicLexicon, word: str) -> str | None:
    """The possessive pronoun on a noun of armed forces ("طائراته", "وقواتها"), else None."""
    word = normalize_token(word)
    for suffix, pronoun in POSSESSIVES:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            stems = (stem, without_conjunction(stem))
            return pronoun if any(lex.is_cue(lex.cue_set.own_forces, w) for w in stems) else None
    return None


def _agrees(actor: Actor, pronoun: str) -> bool:
    """ "ه" a masculine party (an army, a minister), "ها" a state or a feminine body (الحكومة,
    الوزارة), "هم" a plural one (المتمردون)."""
    words = actor.text.split()
    if pronoun == "هم":
        return bool(words) and words[0].endswith(("ون", "ين"))
    feminine = actor.entity.type == "Country" or any(w.endswith(("ة", "ات")) for w in words)
    return feminine == (pronoun == "ها") and not (feminine and actor.entity.type == "Person")


def own_forces_subject(lex: ArabicLexicon, s: Sentence, hit: Hit, speakers: tuple[Speaker, ...]) -> Hit:
    """ "قال الجيش الإسرائيلي إن طائراته قصفت ...": a verb right after a forces noun whose
    possessive pronoun agrees with the speaker of the reported clause is the speaker's act (the
    pronoun is the speaker's, never a place's named after it). The forces noun is the verb's
    subject (SVO), so a party after the verb is its object, never its subject: "قالت روسيا إن
    قواتها هاجمت أوكرانيا" gave *Ukraine attacks*."""
    if hit.pos != "verb" or hit.subject_from not in ("", "right") or hit.start - 1 < s.span.start:
        return hit
    pronoun = own_forces_pronoun(lex, token_text(s, hit.start - 1))
    if pronoun is None:
        return hit
    if hit.subject is not None and hit.objects is None and hit.object_index is None:
        hit = replace(hit, objects=hit.subject)
    for sp in reversed(speakers):
        if sp.by_verb and not sp.actor.virtual and sp.cue_end <= hit.start - 1 < sp.end:
            if not _agrees(sp.actor, pronoun) or _writer_clause(lex, s, hit, sp):
                break
            return replace(hit, subject=_alone(sp.actor), subject_from="speaker")
    return replace(hit, subject=None, subject_from="")


def own_fighters_casualties(lex: ArabicLexicon, s: Sentence, hit: Hit, speakers: tuple[Speaker, ...]) -> Hit:
    """ "قالت الحركة في بيان إن مقاتليها قتلوا عشرين جنديا": a casualty verb right after a forces
    noun whose pronoun agrees with the speaker, an armed group, is that group's act (its claim),
    not one of unidentified attackers (the implied agent the casualty frame gave it); an armed
    group's killings are the relation's irregular form (CAMEO 18). So is a state's, its army's
    or its defence ministry's ("أعلن الجيش الكندي أن جنوده قتلوا"), in the regular form."""
    if hit.subject_from != "implied" or hit.pos != "verb" or hit.start - 1 < s.span.start:
        return hit
    pronoun = own_forces_pronoun(lex, token_text(s, hit.start - 1))
    sp = next((sp for sp in reversed(speakers) if sp.by_verb and sp.cue_end <= hit.start - 1 < sp.end), None)
    if pronoun is None or sp is None or sp.actor.virtual or not _fighting_party(sp.actor):
        return hit
    if hit.start - 2 >= s.span.start and s.norm(hit.start - 2) in _OF:
        return hit  # "إن ثلاثة من جنوده قتلوا": some of its own forces were killed, no act of its
    if not _victims_right_after(s, hit):
        return hit  # "إن جنودها أصيبوا برصاص قناصة": with no victims after it the verb is passive
    if not _agrees(sp.actor, pronoun) or _writer_clause(lex, s, hit, sp):
        return hit
    if sp.actor.entity.type == "ArmedGroup":
        relation = lex.relations[hit.relation].irregular_form or hit.relation
    else:  # "أعلن الجيش الهولندي أن وحداته أردت ستة متمردين": a state's forces, its regular act
        relation = next((r for r, rel in lex.relations.items() if rel.irregular_form == hit.relation), hit.relation)
    speaker = _alone(sp.actor)
    return replace(hit, relation=relation, subject=speaker, subject_from="speaker")


def _victims_right_after(s: Sentence, hit: Hit) -> bool:
    """Whether victims, counted or named, stand right after the casualty verb ("قتلوا عشرين
    جنديا"): the verb is then active, the forces its killers; unvocalised, "قتلوا" with none is
    as often "were killed", and "أصيبوا برصاص" always is."""
    end = hit.match.end
    if end in s.counts:
        return True
    victims = hit.objects
    return victims is not None and not all(a.implied for a in victims.members) and victims.start - end <= 1


# "ثلاثة من جنوده": the forces noun counted out of (partitive من), the casualties
_OF = frozenset({"من"})


def _fighting_party(actor: Actor) -> bool:
    """An armed group, a state, or a body of a state (its army, defence ministry, government,
    police): whose own forces a pronoun on a forces noun can be."""
    entity = actor.entity
    state_body = entity.country is not None and entity.sector in sector_groups().state
    return entity.type in ("ArmedGroup", "Country") or state_body


def denounced(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]) -> tuple[Hit, ...]:
    """ "قال المسؤول العراقي إن ... النوايا الأمريكية الخبيثة": an epithet of abuse right after
    another state's nationality, in a speaker's words, is the speaker's denunciation of that
    state (``gk:PejorativeCue``, coded as its ``gk:codesAs``). Not in the writer's own words, and
    not of the speaker's own state."""

    def targets(m: PhraseMatch) -> list[Group]:
        return _nationalities_before(s, m.start) or _nationalities_after(s, m.end)

    hits = _spoken_judgements(lex, s, hits, speakers, lex.cue_set.pejorative, targets)
    return named_acts(lex, s, hits, speakers)


def named_acts(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> tuple[Hit, ...]:
    """ "قال وزير الدفاع السوري إنه طلب توضيحا حول الاعتداء الإسرائيلي": a noun that names
    another state's act as aggression or crime (``gk:PejorativeActCue``), with the agent's
    nationality right after it, in a speaker's words, is the speaker's criticism of that state.
    Only the nationality after the noun is its agent: one before it, or after على/ضد, is not.
    A claim the speaker reports or rejects ("الاتهامات بعدوان روسي", "الاعتداء الروسي المزعوم")
    is no naming of his own."""

    def targets(m: PhraseMatch) -> list[Group]:
        found = _nationalities_after(s, m.end)
        return [] if found and _alleged_near(lex, s, m.start, found[-1].end) else found

    return _spoken_judgements(lex, s, hits, speakers, lex.cue_set.pejorative_act, targets)


def _alleged_near(lex: ArabicLexicon, s: Sentence, start: int, end: int) -> bool:
    """Whether a word of allegation (``gk:AllegationCue``) stands in the clause at most four words
    before ``start`` or right after ``end``: the words between are someone's claim."""
    lo = max(s.clause(start)[0], start - 4)
    return any(lo <= m.start < start or m.start == end for m in s.cues[lex.cue_set.allegation])


def _nationalities_before(s: Sentence, i: int) -> list[Group]:
    """The nationality adjectives in a row right before token ``i`` ("أمريكي صهيوني آثم")."""
    found: list[Group] = []
    while True:
        g = s.group_before(i, 0)
        if g is None or g.marker is not None or not g.acting or any(a.kind != "demonym" for a in g.members):
            return found
        found.append(g)
        i = g.start


def misconduct(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> tuple[Hit, ...]:
    """ "قال الوزير الإيراني إن الولايات المتحدة تؤجج الحروب": wrongdoing a speaker says another
    state does (``gk:PejorativeConductCue``) is the speaker's criticism of it. Only a state named
    right before the predicate (its subject; "هي التي" may stand between); not the speaker's own.
    A class noun as the subject ("أنظمة ترعى الإرهاب مثل X وY") names its members after it."""

    def targets(m: PhraseMatch) -> list[Group]:
        examples = _class_examples(lex, s, m)
        if examples:
            return examples
        g = s.group_before(m.start, 2)
        return [g] if g is not None and g.marker is None and g.acting else []

    return _spoken_judgements(lex, s, hits, speakers, lex.cue_set.pejorative_conduct, targets)


def _class_examples(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> list[Group]:
    """ "تسليح أنظمة ترعى الإرهاب مثل سوريا وكوبا": the parties right after a word
    of example (``gk:ExampleCue``) at most two words past the predicate, when the predicate's
    subject right before it ("أنظمة", or it and a relative pronoun, "التي") is a word of no party. A party there is
    the subject itself, and the parties after مثل are only compared with it ("إن إيران تمارس
    العنف مثل إسرائيل")."""
    before = m.start - 1
    if before > s.span.start and s.norm(before) in RELATIVE_PRONOUNS:
        before -= 1
    if before < s.span.start or any(g.start <= before < g.end for g in s.groups):
        return []
    clause_end = s.clause(m.start)[1]
    for ex in s.cues[lex.cue_set.example]:
        if m.end <= ex.start <= m.end + 2 and ex.end < clause_end:
            g = _party_at(s, ex.end)
            return [g] if g is not None else []
    return []


def _spoken_judgements(
    lex: ArabicLexicon,
    s: Sentence,
    hits: tuple[Hit, ...],
    speakers: tuple[Speaker, ...],
    cue: Cue,
    targets: Callable[[PhraseMatch], list[Group]],
) -> tuple[Hit, ...]:
    """The hits, with the judgement (the cue's ``gk:codesAs``) each of the cue's words makes, in a
    speaker's words and not negated, of the parties ``targets`` finds for it that are all of
    another state than the speaker's."""
    if cue.codes_as is None or not s.cues[cue]:
        return hits
    out = list(hits)
    for m in s.cues[cue]:
        sp = _speaking_at(speakers, m.start)
        if sp is None or _negated_epithet(lex, s, m.start):
            continue
        own = sp.actor.entity.country
        speaker = _alone(sp.actor)
        for g in targets(m):
            if all(a.entity.country and a.entity.country != own for a in g.acting):
                # made by saying it: asserted, whatever modality the judged plan has ("المخطط")
                out.append(
                    Hit(m, cue.codes_as, subject=speaker, subject_from="speaker", objects=g, forced_modality="asserted")
                )
    return tuple(out)


def _nationalities_after(s: Sentence, i: int) -> list[Group]:
    """The nationality adjectives in a row right after token ``i``, an epithet that comes first
    ("السياسة العدوانية الأمريكية"). Only adjacent ones: a nationality after a preposition
    ("العدوان الغاشم على الشعب العراقي") is the victim, not the one denounced."""
    clause_end = s.clause(i - 1)[1]
    found: list[Group] = []
    while True:
        g = next((g for g in s.groups if g.start == i and g.end <= clause_end), None)
        if g is None or g.marker is not None or not g.acting or any(a.kind != "demonym" for a in g.members):
            return found
        found.append(g)
        i = g.end


def _negated_epithet(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """ "إن السياسة الأمريكية ليست عدوانية": a negation word shortly before the epithet, in its
    clause, denies it, so nobody is denounced."""
    negation = lex.cue_set.negation
    lo = max(s.clause(i)[0], i - 4)
    return any(lex.is_cue(negation, s.norm(k)) for k in range(lo, i))


def obligation_demands(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> tuple[Hit, ...]:
    """ "قال وزير الخارجية الفرنسي إن على روسيا أن تسحب قواتها": what a speaker says a party
    must do is the speaker's demand on that party, as the obligation word codes it
    (``gk:codesAs`` of ``gk:ObligationCue``; the English "X said Y must"); the act stays the
    party's, expected. With no speaker, or no party named behind على, there is no demand. A
    trigger on the word of obligation itself ("إن روسيا مطالبة بسحب") is that demand, or none."""
    relation = lex.cue_set.obligation.codes_as
    if relation is None:
        return hits
    out: list[Hit] = []
    for hit in hits:
        party = obliged_at(lex, s, hit) if not hit.superseded else None
        obliged = obligation(lex, s, hit) if party is None and not hit.superseded else None
        if obliged is not None and hit.subject is obliged[1]:
            party = obliged[1]
        if party is None:  # (the obliged act with no party named: expected, nothing more)
            out.append(_own_obligation_threat(lex, s, hit, speakers) if obliged is not None else hit)
            continue
        sp = next((sp for sp in reversed(speakers) if sp.by_verb and sp.start <= hit.start < sp.end), None)
        demand = None
        if sp is not None and not sp.actor.virtual and not hit.negated:
            speaker = _alone(sp.actor)
            demand = Hit(hit.match, relation, subject=speaker, subject_from="speaker", objects=party)
        if obliged is not None:  # the act stays, the demand beside it
            out.append(hit)
        if demand is not None:
            out.append(demand)
    return tuple(out)


THREAT = "threat"  # gk:codesSpokenAct of the relation of a threat


def _threat_relation(lex: ArabicLexicon) -> str | None:
    """The relation of a threat (the one coding ``gk:codesSpokenAct "threat"``), if any."""
    return next((k for k, r in lex.relations.items() if r.spoken_act == THREAT), None)


def _own_obligation_threat(lex: ArabicLexicon, s: Sentence, hit: Hit, speakers: tuple[Speaker, ...]) -> Hit:
    """ "قال الوزير: « يجب أن نهاجم مواقعهم »": an act of force a speaker says "we" must do
    against another party is the speaker's stated hostile intent, a threat against that party
    (the relation coding ``gk:codesSpokenAct "threat"``), made by saying it; not negated ("يجب
    ألا نهاجم"), not against the speaker's own state, and never a deed of cooperation."""
    if hit.negated or not lex.relations[hit.relation].is_material_conflict:
        return hit
    if not ((hit.pos == "verb" and hit.match.first_person) or first_person_light(lex, s, hit)):
        return hit  # (the cheap tests first: the threat relation is looked up for "we"'s acts only)
    threat = _threat_relation(lex)
    if threat is None:
        return hit
    sp = next((sp for sp in reversed(speakers) if sp.by_verb and sp.start <= hit.start < sp.end), None)
    if sp is None or sp.actor.virtual or hit.objects is None or not hit.objects.acting or hit.subject is None:
        return hit  # (a place struck, no party: the act stays as it was)
    if sp.actor not in hit.subject.acting or any(
        a.entity.country == sp.actor.entity.country for a in hit.objects.acting
    ):
        return hit
    return replace(hit, relation=threat, future=False, forced_modality="asserted")


def own_state_threats(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> tuple[Hit, ...]:
    """ "قال وزير الدفاع الهندي إن بلاده ستضرب معسكرات المسلحين": an act of force a speaker says
    his own state will do to another party is also his state's stated hostile intent, a threat
    against that party made by saying it (as "we must attack" is, ``_own_obligation_threat``);
    the act stays beside it, expected (coders code one or the other). Only a verb in the
    future with a subject of its own ("بلاده ستضرب", "إن إسرائيل ستقصف"), not a predicted
    act noun ("تنبأ الخبير بهجوم إسرائيلي"). Not negated ("لن نهاجم" promises restraint), not
    another state's act the speaker foresees, not already conditioned or threatened (a forced
    modality), and never against the speaker's own side."""
    threat = None
    out = list(hits)
    for hit in hits:
        if hit.superseded or hit.negated or not hit.future or hit.forced_modality or hit.pos != "verb":
            continue
        if hit.objects is None or not hit.objects.acting or not lex.relations[hit.relation].is_material_conflict:
            continue
        sp = _speaking_at(speakers, hit.start)
        if sp is None or not sp.by_verb or not _own_state_act(lex, s, hit, sp):
            continue
        threat = threat or _threat_relation(lex)
        if threat is not None:
            out.append(replace(hit, relation=threat, future=False, forced_modality="asserted"))
    return tuple(out)


# "ما وصفه بالعدوان": "what he called" (ما relative, never a negator, before a verb of naming)
_WHAT = frozenset(normalize_token(w) for w in ("ما", "مما", "بما", "لما", "عما"))
_NAMING = frozenset(normalize_token(w) for w in ("وصف", "وصفه", "وصفها", "وصفته", "يصفه", "يصفها", "تصفه", "تصفها"))


def relative_labels(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> tuple[Hit, ...]:
    """ "أدان الرئيس الإيراني ما وصفه بالعدوان الأمريكي على العراق": after a relative ما, a verb of
    naming is "what he called", not "he did not call", and the one who names is the party of the
    clause before (its subject) or the speaker, never the nationality inside the label: that
    nationality is whom he criticises ("the US criticised Iraq, negated" before). With no one
    who names, the label is dropped."""
    out = list(hits)
    for k, hit in enumerate(hits):
        i = hit.match.positions[0]
        if i - 1 < s.span.start or s.norm(i - 1) not in _WHAT or s.norm(i) not in _NAMING:
            out[k] = _labelled_object(s, hit)
            continue
        label = hit.subject if hit.subject_from in ("right", "genitive", "adjective") else hit.objects
        namer = _namer(s, hits, k, speakers)
        if namer is None or label is None or not label.acting or not other_state(namer, label):
            out[k] = replace(hit, superseded=True)
            continue
        out[k] = replace(
            hit, subject=namer, subject_from="left", objects=label, negated=False, forced_modality="asserted"
        )
    return tuple(out)


def _labelled_object(s: Sentence, hit: Hit) -> Hit:
    """ "انتقد الوزير بشدة ما وصفه بالتدخل الفرنسي في لبنان": a judgement with no object, its
    object "what he called" a label, judges the party the label names right after the naming
    verb's label noun (France), never one further on ("بالتدخل في شؤون لبنان": Lebanon suffers it)."""
    if hit.has_object or hit.subject is None or hit.pos != "verb":
        return hit
    lo, hi = s.clause(hit.start)
    start = max(hit.end, hit.subject.end)
    k = next((k for k in range(start, min(start + 3, hi - 1)) if s.norm(k) in _WHAT), None)
    if k is None or s.norm(k + 1) not in _NAMING:
        return hit
    # the party right after the label's noun: its nationality or its genitive, the label's agent
    label = next((g for g in s.groups_from(k + 3, k + 3) if g.marker is None and g.acting and g.end <= hi), None)
    if label is None or not other_state(hit.subject, label):
        return hit
    return replace(hit, objects=label)


def _namer(s: Sentence, hits: tuple[Hit, ...], k: int, speakers: tuple[Speaker, ...]) -> Group | None:
    """Who names in "ما وصفه": the subject of the nearest hit before in its clause, else the speaker."""
    lo = s.clause(hits[k].start)[0]
    before = [h for h in hits[:k] if lo <= h.start < hits[k].start and h.subject is not None]
    if before:
        return before[-1].subject
    sp = _speaking_at(speakers, hits[k].start)
    return _alone(sp.actor) if sp is not None else None


def threats_at_speaker(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> tuple[Hit, ...]:
    """ "قال وزير الخارجية العراقي إن بلاده لن ترضخ للتهديدات الأمريكية": threats (the relation
    coding ``gk:codesSpokenAct "threat"``) a speaker names by their author (a genitive or a
    nationality) and no target are aimed at the speaker's own state, the side that answers them.
    Not where the author is of the speaker's state, and not in the writer's own words."""
    out = list(hits)
    for k, hit in enumerate(hits):
        if hit.has_object or hit.subject is None or hit.superseded or hit.pos != "noun":
            continue
        if hit.subject_from not in ("genitive", "adjective") or lex.relations[hit.relation].spoken_act != THREAT:
            continue
        sp = _speaking_at(speakers, hit.start)
        state = state_of(s.doc, sp.actor) if sp is not None and sp.by_verb else None
        if state is None:
            continue
        target = _alone(state)
        if other_state(hit.subject, target):
            # threats made, whatever the clause says of the answer ("لن ترضخ"): reported
            out[k] = replace(hit, objects=target, negated=False, future=False, forced_modality="reported")
    return tuple(out)


_THAT_IT_IS = frozenset(normalize_token(w) for w in ("بأنه", "بأنها", "بأنهم", "بأنهما", "بكونه", "بكونها"))
_DESCRIBED_REACH = 8  # words from the verb of describing to بأنه


def described_as(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "ووصف الرئيس الإيراني إسرائيل بأنها كيان عنصري": a verb of describing
    (``gk:DescribingVerbCue``) whose party is described, behind بأنه/بأنها, by a word of abuse
    (``gk:PejorativeCue``) at most two words on is the describer's criticism of that party (the
    cue's ``gk:codesAs``). The describer is the first of two parties after the verb, else the one
    before it; not negated, not "ما وصفه" (``relative_labels``), not where a trigger already
    reads the verb."""
    cue = lex.cue_set.describing
    if cue.codes_as is None or not s.cues[lex.cue_set.pejorative]:
        return hits
    read = {h.match.positions[0] for h in hits}
    out = list(hits)
    for m in s.cues[lex.cue_set.pejorative]:
        j = next(
            (j for j in range(m.start - 1, max(m.start - 3, s.span.start - 1), -1) if s.norm(j) in _THAT_IT_IS), None
        )
        lo = s.clause(m.start)[0]
        k = (
            next((k for k in range(j - 1, max(j - _DESCRIBED_REACH, lo) - 1, -1) if lex.is_cue(cue, s.norm(k))), None)
            if j
            else None
        )
        if k is None or k in read or (k - 1 >= lo and (s.norm(k - 1) in _WHAT or verb_negator(lex, s.norm(k - 1)))):
            continue
        parties = [g for g in s.groups_from(k + 1, j - 1) if g.marker is None and g.acting and g.end <= j]
        before = bare_party(s.group_before(k, 1))
        describer, described = (
            (parties[0], parties[1]) if len(parties) >= 2 else (before, parties[0] if parties else None)
        )
        if describer is not None and described is not None and other_state(describer, described):
            out.append(Hit(m, cue.codes_as, subject=describer, subject_from="left", objects=described))
    return tuple(out)


def _own_state_act(lex: ArabicLexicon, s: Sentence, hit: Hit, sp: Speaker) -> bool:
    """Whether every agent of ``hit`` is of the speaker's state and no party it befalls is."""
    own = sp.actor.entity.country
    if not own or hit.subject is None or hit.objects is None or _writer_clause(lex, s, hit, sp):
        return False
    we = hit.subject_from == "speaker" and hit.match.first_person  # "سنقصف": "we", his side
    if not we and any(a.start == sp.actor.start for a in hit.subject.acting):
        return False  # (the speaker's own mention is no agent he names in his words)
    return all(a.entity.country == own for a in hit.subject.acting) and other_state(hit.subject, hit.objects)


def defied_pressure(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> tuple[Hit, ...]:
    """ "قال الرئيس الكوبي إن كوبا لن تتراجع عن مواقفها رغم ضغوط واشنطن": a negated verb of
    yielding (``gk:DefianceCue``) with another party's pressure after a word of concession in the
    sentence is the yielder's refusal to yield to that party (the cue's ``gk:codesAs``), affirmed.
    Not where it backed down (no negation), nor in a condition ("إذا لم تتراجع")."""
    cue = lex.cue_set.defiance
    if cue.codes_as is None or not s.cues[cue] or not s.cues[lex.cue_set.pressure]:
        return hits
    out = list(hits)
    for d in s.cues[cue]:
        yielder = _defiant_yielder(lex, s, d)
        if yielder is None:
            continue
        # said by the yielder's own side (or by the writer) it is its act; reported by another
        # state's speaker it keeps the speaker's modality
        sp = _speaking_at(speakers, d.start, named_only=False)
        mine = sp is None or sp.actor.entity.country in {a.entity.country for a in yielder.acting}
        for g in _pressure_agents(lex, s, hits, d):
            if other_state(yielder, g):
                out.append(Hit(d, cue.codes_as, subject=yielder, objects=g, forced_modality="asserted" if mine else ""))
    return tuple(out)


def _defiant_yielder(lex: ArabicLexicon, s: Sentence, d: PhraseMatch) -> Group | None:
    """The party that says it will not yield: the verb negated right before it (لن/لا/لم, in its
    clause, no condition before), its subject before the negation ("إيران لن تتراجع") or right
    after the verb ("لن تتراجع إيران"). The negator is one that only negates (``verb_negator``):
    "ما" before a verb is as often "what" ("لا تعرف الحكومة ما تتراجع عنه روسيا")."""
    lo = s.clause(d.start)[0]
    neg = next((k for k in (d.start - 1, d.start - 2) if k >= lo and verb_negator(lex, s.norm(k))), None)
    if neg is None or any(lo <= c.start < neg for c in s.cues[lex.cue_set.condition]):
        return None
    before = bare_party(s.group_before(neg, 1))
    pressed = {p.end for p in s.cues[lex.cue_set.pressure]}  # "رغم ضغوط روسيا لم تتراجع": the agent
    if before is not None and before.start not in pressed:
        return before
    return _party_at(s, d.end)


def _pressure_agents(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], d: PhraseMatch) -> list[Group]:
    """Who puts the pressure a refusal answers: a pressure noun at most twelve words from the
    verb, with a word of concession at most three words before it ("رغم استمرار ترهيب"); its
    agents are the subjects another stage found for it (a threat), else the party right after it.
    Right after the verb, as its complement, the pressure needs no concession ("لن ترضخ للضغوط")."""
    concession = lex.cue_set.concession
    for p in s.cues[lex.cue_set.pressure]:
        if not (d.end <= p.start <= d.end + 12 or d.start - 12 <= p.start < d.start):
            continue
        complement = d.end <= p.start <= d.end + 2  # "لن ترضخ للضغوط", "لن تخضع إيران لتهديدات"
        lo = max(s.span.start, p.start - 3)
        if not complement and not any(
            lex.is_cue(concession, without_conjunction(s.norm(k))) for k in range(lo, p.start)
        ):
            continue
        found = [h.subject for h in hits if h.subject is not None and p.start <= h.start < p.end]
        if found:
            return found
        g = s.group_at(p.end)
        return [g] if g is not None and g.marker in (None, "من") and g.acting else []
    return []


def passive_labels(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> tuple[Hit, ...]:
    """ "قال الوزير السوري إن القصف الإسرائيلي يعتبر انتهاكا للسيادة اللبنانية": a trigger of
    counting as (``gk:LabellingCue``) with its label right after the verb is passive, so the
    party before it is the judged act's agent, never the judge (it read Israel criticising
    Lebanon). The judge is the speaker whose words it is in, of another state; with no speaker,
    or no agent of an act right before it, the trigger codes nothing."""
    out: list[Hit] = []
    for h in hits:
        p = h.match.positions
        if len(p) < 2 or p[1] != p[0] + 1 or not lex.is_cue(lex.cue_set.labelling, without_conjunction(s.norm(p[0]))):
            out.append(h)
            continue
        judged = _judged_agent(s, hits, h)
        sp = _speaking_at(speakers, h.start)
        own = sp.actor.entity.country if sp is not None else None
        if judged is None or sp is None or any(a.entity.country == own for a in judged.acting):
            out.append(replace(h, superseded=True))  # (kept in place: other hits point by index)
            continue
        judge = _alone(sp.actor)  # made by saying it: asserted
        out.append(
            replace(
                h, subject=judge, subject_from="speaker", objects=judged, object_index=None, forced_modality="asserted"
            )
        )
    return tuple(out)


def _judged_agent(s: Sentence, hits: tuple[Hit, ...], h: Hit) -> Group | None:
    """The agent of the act a passive label judges: the subject of the last act ending before the
    label's verb in its clause ("توغل قوات كينية في الصومال يعد اعتداء"), else the nationality
    right before the verb ("القصف الإسرائيلي يعتبر")."""
    lo = s.clause(h.start)[0]
    acts = [o for o in hits if o is not h and lo <= o.start and o.end <= h.start and o.subject is not None]
    if acts:
        return max(acts, key=lambda o: o.end).subject
    g = bare_party(s.group_before(h.start, 0))
    return g if g is not None and all(a.kind == "demonym" for a in g.members) else None


def retaliation_threats(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> tuple[Hit, ...]:
    """ "وقال وزير الدفاع الإيراني إن طهران سترد على أي عدوان أمريكي": a verb of retaliation
    (``gk:RetaliationCue``) in the future, with another party's act of force behind على or ل
    at most four words after it, is a threat against that act's agent (the cue's ``gk:codesAs``).
    The one who retaliates is the party before the verb or right after it, or the speaker for
    "سنرد". Not negated, and not done ("رد الجيش على الهجوم")."""
    cue = lex.cue_set.retaliation
    if cue.codes_as is None or not s.cues[cue]:
        return hits
    out = list(hits)
    for m in s.cues[cue]:
        if not (m.form.future or within(s.cues[lex.cue_set.future], m.start, 1)) or _negated_epithet(lex, s, m.start):
            continue
        act = _answered_act(lex, s, hits, m)
        target = act.subject if act is not None else None
        actor = _retaliator(s, m, speakers) if target is not None else None
        if actor is not None and target is not None and other_state(actor, target):
            # made by saying it: asserted
            out.append(
                Hit(m, cue.codes_as, subject=actor, subject_from="left", objects=target, forced_modality="asserted")
            )
    return tuple(out)


def _answered_act(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], m: PhraseMatch) -> Hit | None:
    """The act of material conflict a retaliation answers: a hit at most four words after the
    verb, in its clause, behind على or من (gk:AnsweredActCue; or with ل written on it), with an agent."""
    _, clause_end = s.clause(m.start)
    answered = lex.written_words(lex.cue_set.answered_act)
    for h in hits:
        if not (m.end <= h.start <= m.end + 4 and h.end <= clause_end) or h.subject is None:
            continue
        if not lex.relations[h.relation].is_material_conflict:
            continue
        if any(s.norm(i) in answered for i in range(m.end, h.start)) or s.norm(h.start).startswith("ل"):
            return h
    return None


def _retaliator(s: Sentence, m: PhraseMatch, speakers: tuple[Speaker, ...]) -> Group | None:
    """Who says it will retaliate: the speaker of a verb in the first person ("سنرد"), else the
    party right before the verb ("طهران سترد"), else the one right after it ("سترد إيران")."""
    if m.first_person:
        sp = _speaking_at(speakers, m.start)
        return _alone(sp.actor) if sp is not None else None
    return bare_party(s.group_before(m.start, 1)) or _party_at(s, m.end)


def _speaking_at(speakers: tuple[Speaker, ...], i: int, named_only: bool = True) -> Speaker | None:
    """The innermost speaker whose words token ``i`` stands in (past the reporting word); with
    ``named_only``, not one an anaphor stands for ("وأكد الجانبان"), which is no party of its own."""
    return next(
        (sp for sp in reversed(speakers) if sp.cue_end <= i < sp.end and not (named_only and sp.actor.virtual)), None
    )


def _alone(a: Actor) -> Group:
    """One actor as a group of its own (a speaker made a hit's subject)."""
    return Group((a,), a.start, a.end)


def _party_at(s: Sentence, i: int) -> Group | None:
    """The bare party that starts at token ``i``."""
    return bare_party(s.group_at(i))


def conditional_threats(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], speakers: tuple[Speaker, ...]
) -> tuple[Hit, ...]:
    """ "قال الرئيس الإيراني إن بلاده سترد على إسرائيل إذا هاجمت منشآتها": what a speaker says
    his own state will do, in a sentence whose condition is another party's hostile act or its
    failure to act ("إذا لم تنسحب", "ما لم", "إذا هاجمت"), is his state's threat (an ultimatum,
    CAMEO 13x) against that party, made by saying it (asserted); the act stays as it was. The act
    is a hit in the future that is no cooperation, or a word of retaliation (gk:RetaliationCue,
    verb or verbal noun, "استعدادها للرد على Y"). The one threatened is the act's own party, else
    the condition's. Not negated ("لن نهاجم"), not under a condition one wants met ("إذا طلب
    ذلك"), never another state's act the speaker foresees, never against his own state."""
    conditions = _hostile_conditions(lex, s, hits)
    threat = _threat_relation(lex) if conditions else None
    if threat is None:
        return hits
    out = list(hits)
    for m, actor, target in _conditioned_acts(lex, s, hits, speakers, conditions):
        if actor is not None and target is not None and other_state(actor, target):
            out.append(Hit(m, threat, subject=actor, subject_from="left", objects=target, forced_modality="asserted"))
    return tuple(out)


def _hostile_conditions(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> list[tuple[int, int, Group | None]]:
    """The conditions of a sentence that tell another party's failure to act (a negator right
    after the conjunction, or "ما لم") or an act of conflict (done by a party or suffered: "في
    حال تعرضت لهجوم"): (start, end, the party). The party is the conditioned act's subject,
    else the first bare party in the condition, else none (the act's own party will do)."""
    out = []
    for c in s.cues[lex.cue_set.condition]:
        end = next((k for k in range(c.end, s.clause(c.end)[1]) if s.norm(k) in COMMAS), s.clause(c.end)[1])
        acts = [h for h in hits if c.end <= h.start <= c.end + 3 and h.end <= end]
        failed = any(verb_negator(lex, s.norm(k)) for k in range(c.start, min(c.end + 1, end)))
        if not failed and not any(lex.relations[h.relation].is_conflict and not h.negated for h in acts):
            continue
        party = next((h.subject for h in acts if h.subject is not None and not h.superseded), None)
        party = party or next((g for g in s.groups_from(c.end, min(c.end + 4, end - 1)) if bare_party(g)), None)
        out.append((c.start, end, party))
    return out


def _conditioned_acts(
    lex: ArabicLexicon,
    s: Sentence,
    hits: tuple[Hit, ...],
    speakers: tuple[Speaker, ...],
    conditions: list[tuple[int, int, Group | None]],
) -> list[tuple[PhraseMatch, Group | None, Group | None]]:
    """The acts a sentence makes hang on a hostile condition, outside it: (where, who would act,
    whom it aims at; else the first condition's party). The one who acts is of the speaker's own
    state."""
    out: list[tuple[PhraseMatch, Group | None, Group | None]] = []
    fallback = conditions[0][2]
    for h in hits:
        if _in_condition(conditions, h.start) or h.superseded or h.negated or not h.future:
            continue
        rel = lex.relations[h.relation]
        if rel.is_cooperation or rel.spoken_act == THREAT:
            continue
        actor = _own_side(lex, s, h.match, h.subject, speakers)
        target = h.objects if h.objects is not None and h.objects.acting else fallback
        out.append((h.match, actor, target))
    for m in s.cues[lex.cue_set.retaliation]:
        if _in_condition(conditions, m.start) or _negated_epithet(lex, s, m.start):
            continue
        if m.form.pos != "noun" and not (m.form.future or within(s.cues[lex.cue_set.future], m.start, 1)):
            continue  # (done: "رد الجيش على الهجوم" threatens nobody)
        behind = s.group_at(m.end) or s.group_at(m.end + 1)  # ("على" a word of its own or written on)
        target = behind if behind is not None and behind.marker == ON and behind.acting else fallback
        sp = _speaking_at(speakers, m.start)
        mover = _retaliator(s, m, speakers) or (_alone(state_of(s.doc, sp.actor) or sp.actor) if sp else None)
        out.append((m, _own_side(lex, s, m, mover, speakers), target))
    return out


def _in_condition(conditions: list[tuple[int, int, Group | None]], i: int) -> bool:
    """Whether token ``i`` stands inside one of the conditions (start, end, party)."""
    return any(lo <= i < hi for lo, hi, _ in conditions)


def _own_side(
    lex: ArabicLexicon, s: Sentence, m: PhraseMatch, actor: Group | None, speakers: tuple[Speaker, ...]
) -> Group | None:
    """``actor`` when a speaker (by a verb) of its state says it will act at ``m``."""
    sp = _speaking_at(speakers, m.start)
    own = sp.actor.entity.country if sp is not None and sp.by_verb else None
    if actor is None or not own or not actor.acting or any(a.entity.country != own for a in actor.acting):
        return None
    return actor
