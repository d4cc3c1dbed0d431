"""Nesting, an Arabic stage: assertions about assertions, and the acts that other acts govern.

What the ontology says of a relation decides (``geokg.ontology.Relation``):

- a relation that takes an assertion as object (concern, welcome, condemnation: ``takes_assertion``)
  points at the hit that follows it in its clause, or, when it takes sides on an act of conflict
  (``takes_sides``), at that act's agent;
- an accusation's complement ("اتهم X Y بتسليم Z ...") is the accused's act, alleged and
  attributed to the accuser (``complement_agent`` object, ``complement_modality``); a threat's
  ("هدد X بفرض عقوبات على Y") is the threatener's own, hypothetical;
- an intent to cooperate takes the partner of the cooperation it is about; support for an action
  is support for its agent;
- an intent (``expresses_intent``) yields to the act its verbal noun governs right after it, with
  ل or in an أن clause ("أبدت مصر استعدادها للوساطة"): the act, the intent's subject's, is coded
  instead, expected (``yield_intents``, once the intent's polarity is known).

``nest`` returns new hits; a hit that points at another holds its index (``Hit.object_index``).
"""

from __future__ import annotations

from geokg.ontology import Relation

from .arguments_ar import (
    agent_object,
    force_verbs,
    patient_genitive,
    pronoun_owner,
    same_party,
    speech_venue_at,
    stance_noun_at,
)
from .clauses_ar import state_of
from .lexicon_ar import ArabicLexicon, PhraseMatch
from .memo_ar import token_text
from .morphology_ar import ARTICLE
from .reporting_ar import POSSESSIVES
from .values_ar import (
    MAX_OBJECT_DISTANCE,
    RELATIVE_PRONOUNS,
    STATE_SIDE,
    TO,
    Actor,
    Group,
    Hit,
    Sentence,
    other_state,
    put,
    replace,
    without_conjunction,
)

__all__ = ["addressed_warnings", "nest", "warned_conduct", "yield_intents"]


Hits = tuple[Hit, ...]


def _about_assertion(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """Concern or condemnation about the act that follows in its clause."""
    hit = hits[i]
    rel = lex.relations[hit.relation]
    if not ((rel.takes_assertion or rel.behind_marker) and (hit.objects is None or hit.objects.marker == "بين")):
        return hits
    for j in range(i + 1, len(hits)):
        other = hits[j]
        if other.start - hit.end > MAX_OBJECT_DISTANCE or s.clause(other.start)[0] > hit.end:
            break  # what the concern is about lies in its own clause
        if _words_between(lex, s, hit, other):
            return hits  # "أدانت X تصريحات حول الهجوم الإسرائيلي": the words are judged, not the act
        if rel.behind_marker and not _behind_marker(lex, s, hit, other):
            continue  # "دعت X بعد محادثات مع Y إلى ...": the talks are no content of the call
        if other.subject is not None or other.pairwise:
            # Backing a war is siding with the party that wages it (gk:takesSides); concern about
            # or welcome for a partnership is about the partnership.
            other_rel = lex.relations[other.relation]
            if other_rel.is_conflict and rel.takes_sides and other.subject is not hit.subject:
                answer = rel.takes_assertion and rel.addressee_object
                if other.objects is None and other.pos == "noun" and not other_rel.is_material_conflict and answer:
                    # "رفضت الصين الانتقادات الأمريكية": criticism the rejecter answers was aimed at it
                    # (not what another condemns: "أدانت فرنسا تهديدات إيران" names no one threatened).
                    hits = put(hits, j, replace(other, objects=hit.subject))
                return put(hits, i, replace(hit, objects=other.subject))
            if _asked_yielding(lex, rel, other):
                # "دعت X إلى انسحاب القوات": the yielding asked for is not done, only expected (a
                # halted act of conflict, "إلى وقف الغارات", is going on and stays asserted)
                hits = put(hits, j, replace(other, future=True))
            return put(hits, i, replace(hit, object_index=j, objects=None))
    # "وفي إطار المواقف من القصف التركي استنكرت روسيا": a stance that names nothing after it
    # is about the act of force named just before it.
    before = hits[i - 1] if i else None
    if (
        hit.objects is None
        and rel.takes_sides
        and before is not None
        and 0 <= hit.start - before.end <= 3
        and before.subject is not None
        and before.subject is not hit.subject
        and lex.relations[before.relation].is_material_conflict
    ):
        return put(hits, i, replace(hit, objects=before.subject))
    return hits


def _judged_unnamed_act(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "اعتبر X مهاجمة Y أمرا غير مقبول", "اعتبر X أن من غير المقبول مهاجمة Y": an act of conflict
    a label (gk:LabellingCue) judges, whose verbal noun names no doer and so took the judge's, is
    no act of the judge's (read as words, it was X criticising Y), and its victim is not whom the
    judge criticises: the judgement stands with no object. An act with its own doer ("مهاجمة Y
    لـZ") keeps it, and the judgement its reading of that doer."""
    hit = hits[i]
    first = hit.match.positions[0]
    if hit.subject is None or not lex.is_cue(lex.cue_set.labelling, without_conjunction(s.norm(first))):
        return hits
    for j, act in enumerate(hits):
        if not _judge_as_doer(lex, hit, act):
            continue
        hits = put(hits, j, replace(act, superseded=True))
        doer = _genitive_doer(s, act)
        if doer is not None:
            hits = put(hits, i, replace(hits[i], objects=doer, object_index=None))
        elif hit.object_index == j or (
            hit.objects is not None and act.objects is not None and hit.objects.start == act.objects.start
        ):
            hits = put(hits, i, replace(hits[i], objects=None, object_index=None, one_sided=True))
    return hits


def _genitive_doer(s: Sentence, act: Hit) -> Group | None:
    """ "مهاجمة Y لـZ": the bare party after the verbal noun, with the one befallen behind ل right
    after it, is the act's doer (read as its object while the judge stood as its agent)."""
    g = act.objects
    if g is None or g.marker is not None:
        return None
    # (the preposition is a token of its own: the group behind it starts one token later)
    after = [h for h in s.groups_from(g.end, g.end + 1) if h.marker == "ل"]
    return g if after else None


def _judge_as_doer(lex: ArabicLexicon, hit: Hit, act: Hit) -> bool:
    """Whether ``act`` is a verbal noun of conflict near the label ``hit`` with the judge for its
    doer (the agent a governing verb lends a verbal noun that names none)."""
    return (
        act is not hit
        and (act.pos != "verb" or act.start < hit.end)  # (a verb's form between the label verb and its label)
        and act.subject is not None
        and act.subject.start == hit.subject.start
        and hit.start < act.start <= hit.end + MAX_OBJECT_DISTANCE
        and lex.relations[act.relation].is_conflict
    )


def _asked_yielding(lex: ArabicLexicon, rel: Relation, act: Hit) -> bool:
    """Whether the act is a concession an appeal or a demand asks for (its object, not a threat's
    complement): a withdrawal, a ceasefire, a release, which the sentence does not tell as done."""
    asks = rel.to_respondent and rel.complement_agent is None
    return asks and lex.relations[act.relation].is_material_cooperation


REFUSAL = "refusal"  # gk:codesSpokenAct of the relations whose verb refuses an act


def _refused_act(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "رفضت الهند إدانة روسيا": an indefinite singular verbal noun of a stance (condemning,
    supporting: ``takes_sides``) with a bare genitive right after a refusing verb and its subject
    reads two ways: the act refused (India would not condemn Russia) or an act answered
    (Russia's condemnation). Read as the genitive's act it
    may reverse the sentence, so that act is not asserted. With the article or the agent's
    adjective ("الإدانة الروسية") or its object behind ل ("إدانة روسيا لها") it is the answered
    act, left as it is."""
    hit = hits[i]
    if lex.relations[hit.relation].spoken_act != REFUSAL or hit.pos != "verb" or hit.subject is None:
        return hits
    nxt = hits[i + 1] if i + 1 < len(hits) else None
    after = max(hit.end, hit.subject.end)
    if nxt is None or nxt.pos != "noun" or nxt.start != after or nxt.subject_from != "genitive":
        return hits
    if not lex.relations[nxt.relation].takes_sides:
        return hits  # "رفض السودان تلويح رايس بالمواجهة": a threat is refused only as answered
    word = token_text(s, nxt.start)
    if word.startswith((ARTICLE, "لل")) or word.endswith("ات") or nxt.subject is None:
        return hits
    behind = s.norm(nxt.subject.end) if nxt.subject.end < s.span.end else ""
    if behind[:1] == "ل" and behind not in ("لا", "لم", "لن"):
        return hits
    return put(hits, i + 1, replace(nxt, superseded=True))


def _refused_partner(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "رفضت إسرائيل التفاوض مع حماس": a refusal with no object of its own, right before the
    verbal noun of a cooperative act with no agent of its own (or a light verbal noun before it:
    "العودة إلى المحادثات مع"), refuses that act with its partner
    (CAMEO 12: reject a proposal to negotiate, to cooperate): the partner is whom the rejection
    is aimed at, and the refused act does not happen, so it is not coded."""
    hit = hits[i]
    if lex.relations[hit.relation].spoken_act != REFUSAL or hit.subject is None or hit.objects is not None:
        return hits
    nxt = hits[i + 1] if i + 1 < len(hits) else None
    if (
        nxt is None
        or nxt.pos != "noun"
        or nxt.superseded
        or not _light_gap(s, max(hit.end, hit.subject.end), nxt.start)
    ):
        return hits
    if nxt.subject is not None or nxt.objects is None or not lex.relations[nxt.relation].is_cooperation:
        return hits
    return put(put(hits, i + 1, replace(nxt, superseded=True)), i, replace(hit, objects=nxt.objects))


def _after_refusal(lex: ArabicLexicon, hits: Hits, i: int) -> Hit | None:
    """The hit right after ``hits[i]`` when that is a refusal (``gk:codesSpokenAct``), else None:
    what the refusal may take as the thing refused."""
    if lex.relations[hits[i].relation].spoken_act != REFUSAL or i + 1 >= len(hits):
        return None
    return hits[i + 1]


def _refused_joint_act(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "رفضت الهند الاتفاق بين الهند وباكستان": a cooperative act whose pair of parties (behind
    بين) holds the one who refuses it, right after the refusal and its subject, is refused with
    the other parties: they are whom the rejection is aimed at (CAMEO 12), and the joint act is
    not told as done by the refuser, so it is not coded. Where the refuser is no party to the pair
    ("رفضت الهند الاتفاق بين باكستان والصين") the act is others' and stays as it is."""
    hit, nxt = hits[i], _after_refusal(lex, hits, i)
    if nxt is None or hit.subject is None:
        return hits
    if nxt.pos != "noun" or nxt.superseded or nxt.subject_from != "pair" or nxt.subject is None:
        return hits
    if not lex.relations[nxt.relation].is_cooperation or not _light_gap(s, max(hit.end, hit.subject.end), nxt.start):
        return hits
    others = tuple(m for m in nxt.subject.acting if not any(_speaks_for(r, m) for r in hit.subject.acting))
    if not others or len(others) == len(nxt.subject.acting):
        return hits
    refusal = replace(hit, objects=replace(nxt.subject, members=others, marker=None), object_index=None)
    return put(put(hits, i + 1, replace(nxt, superseded=True)), i, refusal)


def _speaks_for(refuser: Actor, party: Actor) -> bool:
    """Whether the refuser is the party, or speaks for it: a state's government or official for
    the state (an armed group or a party of the state does not: "رفض حزب الله الاتفاق بين لبنان
    وإسرائيل" is Lebanon's agreement, rejected by another)."""
    if refuser.entity.id == party.entity.id:
        return True
    return (
        party.entity.type == "Country"
        and refuser.entity.type in STATE_SIDE
        and refuser.entity.country == party.entity.country
    )


def _refused_own_act(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "جددت الهند رفض بلادها الاتفاق الموقع مع باكستان", "رفضت الهند الاتفاق الموقع معها": a
    cooperative act that took the refuser as its agent (the refusal's subject, or the party read
    as the refusal's object: a refusal noun's genitive, its owner, or the subject of a refusal verb
    that found none, right before the act's noun) right after the refusal is the act refused, not
    one done (a rejected agreement is not signed): it is not coded, and its partner is whom the
    rejection is aimed at (CAMEO 12)."""
    hit, nxt = hits[i], _after_refusal(lex, hits, i)
    if nxt is None or nxt.pos != "noun" or nxt.superseded or nxt.subject is None or nxt.objects is None:
        return hits
    owner = hit.objects is not None and nxt.subject is hit.objects and hit.objects.marker is None
    refuser = hit.subject if hit.subject is not None else (hit.objects if owner and hit.pos == "verb" else None)
    if refuser is None or not (owner or same_party(nxt.subject, refuser)):
        return hits
    start = max(hit.end, refuser.end, hit.objects.end if owner else 0)
    if not lex.relations[nxt.relation].is_cooperation or not _light_gap(s, start, nxt.start):
        return hits
    if same_party(refuser, nxt.objects):
        return hits  # the refuser among its own partners: the act is not read as refused
    refusal = replace(hit, subject=refuser, objects=nxt.objects, object_index=None)
    return put(put(hits, i + 1, replace(nxt, superseded=True)), i, refusal)


def _rejected_owned_act(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "رفضت الحكومة الكينية تهديدها للصومال": a noun of conflict with a possessive pronoun right
    after a refusal and its subject is the act of the pronoun's referent, which the refusal
    answers; nobody rejects his own threat. It had taken the rejecter as its agent (a reversal):
    it takes the referent named earlier in the sentence, or, none found, is not coded."""
    hit = hits[i]
    if lex.relations[hit.relation].spoken_act != REFUSAL or hit.subject is None:
        return hits
    nxt = hits[i + 1] if i + 1 < len(hits) else None
    if nxt is None or nxt.pos != "noun" or nxt.subject is None or not _adverb_between(s, hit, nxt):
        return hits
    if not lex.relations[nxt.relation].is_conflict or not same_party(nxt.subject, hit.subject):
        return hits
    word = s.doc[nxt.match.positions[-1]].text
    pronoun = next((p for suffix, p in POSSESSIVES if word.endswith(suffix)), None)
    if pronoun is None:
        return hits
    owner = pronoun_owner(lex, s, replace(nxt, subject=hit.subject), pronoun)
    if owner is None:
        return put(hits, i + 1, replace(nxt, superseded=True))
    return put(hits, i + 1, replace(nxt, subject=owner))


def _adverb_between(s: Sentence, hit: Hit, nxt: Hit) -> bool:
    """Whether the noun follows the verb and its subject right away or past at most two words that
    are no name and no punctuation ("رفضت الحكومة أمس تهديدها")."""
    after = max(hit.end, hit.subject.end) if hit.subject is not None else hit.end
    between = range(after, nxt.start)
    if not 0 <= len(between) <= 2:
        return False
    return not any(s.norm(k) in ("،", ",", ".", ":") or any(g.start <= k < g.end for g in s.groups) for k in between)


_LIGHT_GAP = 3  # words of a light verbal noun before the act refused ("العودة إلى", "إجراء")


def _refused_request(lex: ArabicLexicon, hits: Hits, i: int) -> Hits:
    """ "رفضت الحكومة الإثيوبية دعوات المحاكم للانسحاب من الصومال": a request, a demand or a
    threat (``gk:addressedToRespondent``) named by its author right after a refusal and its
    subject was addressed to the one who refuses it, not to a place its act names ("من الصومال")."""
    hit = hits[i]
    if lex.relations[hit.relation].spoken_act != REFUSAL or hit.subject is None or i + 1 >= len(hits):
        return hits
    nxt = hits[i + 1]
    if nxt.pos != "noun" or nxt.start != max(hit.end, hit.subject.end) or not lex.relations[nxt.relation].to_respondent:
        return hits
    if (
        nxt.subject_from not in ("genitive", "adjective")
        or nxt.subject is None
        or not other_state(nxt.subject, hit.subject)
    ):
        return hits
    return put(hits, i + 1, replace(nxt, objects=hit.subject, object_index=None))


def _refused_participle(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "رفضت الهند مطالب باكستان": a word of a request read as a participle (مُطالِب, "demanding",
    has the form of the plural مطالب, "demands") right after a refusal and its subject (past an adverb), with a party
    right after it, is the noun the refusal takes as its object: the party is its author in the
    genitive, and the request was addressed to the refuser. Read as a participle it made the
    refuser the one who demands (a reversal); read as the noun, the refusal would have left the
    request untold."""
    hit, nxt = hits[i], _after_refusal(lex, hits, i)
    if nxt is None or hit.subject is None:
        return hits
    if not _adverb_between(s, hit, nxt) or not lex.relations[nxt.relation].to_respondent:
        return hits
    if nxt.pos == "noun":
        # read as the noun already (clauses_ar._governed_nouns), its author is its genitive
        # subject; the refusal does not undo the request, which was made to the refuser
        author = nxt.subject
        if author is None or author.start != nxt.end or nxt.objects is not None or same_party(author, hit.subject):
            return hits
        return put(hits, i + 1, replace(nxt, objects=hit.subject, superseded=False))
    if nxt.pos != "participle":
        return hits
    author = nxt.objects
    if author is None or author.start != nxt.end or author.marker is not None or same_party(author, hit.subject):
        return hits
    return put(hits, i + 1, replace(nxt, subject=author, objects=hit.subject, subject_from="genitive"))


def _light_gap(s: Sentence, start: int, end: int) -> bool:
    """Whether ``end`` follows ``start`` closely, past at most a light verbal noun and its
    preposition ("رفضت X العودة إلى المحادثات مع Y", "إجراء محادثات"): no party, no break between."""
    if not 0 <= end - start <= _LIGHT_GAP:
        return False
    return not any(start <= g.start < end for g in s.groups) and not any(
        s.norm(k) in (",", "،", ".") for k in range(start, end)
    )


def _after_bi(s: Sentence, start: int, end: int) -> bool:
    """Whether a word with ب attached stands in [start, end) ("بتسليم", "بفرض")."""
    return any(s.norm(k).startswith("ب") for k in range(start, end))


def _behind_marker(lex: ArabicLexicon, s: Sentence, hit: Hit, act: Hit) -> bool:
    """Whether the act stands behind a free object marker of the hit, at most a light word between
    ("دعت X إلى وقف الغارات"): the act asked for (gk:assertionBehindMarker)."""
    if not _yielding(lex, s, act):
        return False
    markers = lex.object_markers.get(hit.relation, frozenset())
    for k in range(hit.end, act.start):
        if s.norm(k) in markers:
            return _light_gap(s, k + 1, act.start)
    return False


def _yielding(lex: ArabicLexicon, s: Sentence, act: Hit) -> bool:
    """Whether the act is one of yielding: a material concession (a withdrawal, a ceasefire, a
    release: quad class 2) or an act of conflict right behind a noun of halting ("وقف الغارات")."""
    rel = lex.relations[act.relation]
    return rel.is_material_cooperation or (rel.is_conflict and _halted_at(lex, s, act.start))


def _content_objects(lex: ArabicLexicon, s: Sentence, act: Hit, agent: Group | None) -> Group | None:
    """Whom the act an accusation or a threat is about befalls: its patient genitive ("بمهاجمة
    سوريا": Syria is attacked), else the genitive or adjective read as its subject where that is
    not the agent ("بتزويد روسيا": Russia is supplied; "باستهداف السفن الأمريكية": the ships),
    else its own objects."""
    objects = act.objects
    if act.subject_from in ("genitive", "adjective") and act.subject is not agent:
        objects = act.subject
    return patient_genitive(lex, s, act) or objects


def _accused_act(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "اتهم X Y بتسليم Z ذخيرة": Y did it, allegedly, by X's account."""
    hit = hits[i]
    rel = lex.relations[hit.relation]
    if rel.complement_agent != "object" or hit.objects is None:
        return hits
    accused = hit.objects
    for j in range(i + 1, len(hits)):
        other = hits[j]
        if other.start - accused.end > 4:
            return hits
        # "حملت مصر إسرائيل مسؤولية قصف المدنيين": the act right after the accusation's own last
        # word (the responsibility) is the charge, as one after ب is
        charged = other.start == hit.end and hit.match.positions[-1] == hit.end - 1 and other.start > accused.end
        if not (charged or _after_bi(s, accused.end, other.end)):
            continue
        objects = _content_objects(lex, s, other, accused)
        if objects is None or objects is accused:
            # names between the accused and the act, never the accusation's own words or agent
            # ("نفت سوريا الاتهامات الأمريكية بدعم": the Americans are not supported)
            between = [
                g
                for g in s.groups
                if max(accused.end, hit.end) <= g.start and g.end <= other.start and g is not hit.subject
            ]
            objects = between[0] if between else objects
        accuser = hit.subject.acting[0].entity if hit.subject and hit.subject.acting else None
        return put(
            hits,
            j,
            replace(
                other,
                objects=objects,
                subject=accused,
                subject_from="forced",
                forced_modality=rel.complement_modality,
                forced_attribution=accuser,
            ),
        )
    return hits


def _threatened_act(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "هدد X بفرض عقوبات على Y": the sanctions are threatened, not imposed."""
    hit = hits[i]
    rel = lex.relations[hit.relation]
    if rel.complement_agent != "subject":
        return hits
    reach_from = max(hit.end, hit.subject.end if hit.subject is not None else 0)
    for j in range(i + 1, len(hits)):
        other = hits[j]
        if other.start - reach_from > 3 or other.pos != "noun":
            return hits
        if not _after_bi(s, hit.end, other.end):
            continue
        if not _after_bi(s, other.start - 1, other.end):
            # "هددت روسيا بالرد على أي عقوبات أوروبية": the ب-noun (the response) is the threat;
            # an act named past it and its preposition is another's, answered, never threatened:
            # its own agent is whom the threat is aimed at
            answered = other.subject if other.subject_from in ("genitive", "adjective") else None
            if hit.objects is None and answered is not None and answered is not hit.subject:
                return put(hits, i, replace(hit, objects=answered))
            return hits
        objects = _content_objects(lex, s, other, hit.subject) or _struck_place_state(lex, s, other, hit.subject)
        if _halted_at(lex, s, other.start):
            # "هددت إيران بوقف تعاونها مع الوكالة": the act threatened is the halt; the act halted
            # goes on, neither done nor threatened; whom it involves is whom the threat aims at
            hits = put(hits, j, replace(other, superseded=True))
            return put(hits, i, replace(hit, objects=objects)) if hit.objects is None else hits
        hits = put(
            hits,
            j,
            replace(
                other,
                objects=objects,
                subject=hit.subject,
                subject_from="forced",
                forced_modality=rel.complement_modality,
            ),
        )
        if hit.objects is None and objects is not None:
            hits = put(hits, i, replace(hit, objects=objects))
        return hits
    return hits


def _struck_place_state(lex: ArabicLexicon, s: Sentence, act: Hit, agent: Group | None) -> Group | None:
    """ "هدد حزب الله بقصف حيفا": the place right after a threatened act of force (or after a word
    of place) stands for its state, whom the threat aims at; never the threatener's own state."""
    if act.pos != "noun" or not lex.relations[act.relation].is_material_conflict:
        return None
    # a word of place between ("بقصف مدينة جدة", "بضرب جنوب لبنان")
    at = act.end + 1 if act.end < s.span.end and lex.is_cue(lex.cue_set.place_noun, s.norm(act.end)) else act.end
    g = next(iter(s.groups_from(at, at + 1)), None)
    if g is None or g.start != at or g.acting:
        return None
    states = [st for a in g.members if (st := state_of(s.doc, a)) is not None]
    target = Group(tuple(states), g.start, g.end) if states else None
    if target is None or (agent is not None and not other_state(agent, target)):
        return None
    return target


def _halted_at(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """Whether a verbal noun of halting (``gk:HaltNounCue``) ends right before token ``i``."""
    return any(h.end == i for h in s.cues[lex.cue_set.halt_noun])


def _warned_party(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "وحذر من أن ذلك سيضر بسمعة بريطانيا": a warning whose أن clause names no act of the
    threatener's is aimed at the first party of another state that clause names with no
    preposition before it (its subject, a genitive); a place behind في is no party warned."""
    hit = hits[i]
    if lex.relations[hit.relation].complement_agent != "subject" or hit.subject is None or hit.superseded:
        return hits
    k = hit.end
    if hit.objects is not None or hit.object_index is not None or k >= s.span.end:
        return hits
    if not lex.is_cue(lex.cue_set.complementizer, s.norm(k)):
        return hits
    _, end = s.clause(k + 1)
    end = min(end, k + 1 + MAX_OBJECT_DISTANCE)
    if any(k < h.start < end for h in hits):
        return hits  # an act in the clause: whose it is decides (``_threatened_act``)
    for g in s.groups_from(k + 1, end):
        if g.marker is None and g.acting:
            return put(hits, i, replace(hit, objects=g)) if other_state(hit.subject, g) else hits
    return hits


def _warned_of_owner(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "حذر لبنان من اجتياح إسرائيلي": a warning with no addressee before its من warns of a
    thing; a party named after that thing's noun (its adjective, its genitive) owns the act
    warned of and is not threatened by the warner: the warning names no one warned."""
    hit = hits[i]
    if lex.relations[hit.relation].complement_agent != "subject" or hit.objects is None:
        return hits
    reach = max(hit.end, hit.subject.end if hit.subject is not None else 0)
    positions = [k for k in (*hit.match.positions, reach) if k < s.span.end and s.norm(k) == "من"]
    if not positions or hit.objects.start <= positions[0] + 1 or hit.objects.marker is not None:
        return hits
    if lex.is_cue(lex.cue_set.complementizer, s.norm(positions[0] + 1)):
        return hits  # "حذر من أن إسرائيل ستدفع الثمن": the clause's party is warned (``_warned_party``)
    return put(hits, i, replace(hit, objects=None))


_ADDRESSEE_MARKERS = frozenset(("ل", TO))


def addressed_warnings(lex: ArabicLexicon, s: Sentence, hits: Hits) -> Hits:
    """ "جدد الرئيس الأمريكي تحذيراته لإيران": a noun of warning (``gk:WarningCue``, a trigger
    of concern) addressed to a party behind ل or إلى, right after the noun or after its
    possessor, of another state than the warner, is a threat to that party (the cue's
    ``gk:codesAs``, as the verb حذر X is); with no one warned it stays concern."""
    cue = lex.cue_set.warning
    if cue.codes_as is None:
        return hits
    out = list(hits)
    for k, hit in enumerate(hits):
        if hit.pos != "noun" or hit.subject is None or hit.superseded:
            continue
        if not lex.is_cue(cue, without_conjunction(s.norm(hit.match.positions[0]))):
            continue
        j = max(hit.end, hit.subject.end)  # (a preposition may be a word of its own: "ل إيران")
        # (j is past the sentence where the noun ends it: "جدد الرئيس الأمريكي تحذيراته")
        marker = j < s.span.end and s.norm(j) in _ADDRESSEE_MARKERS
        g = hit.objects or s.group_at(j) or (s.group_at(j + 1) if marker else None)
        if g is not None and g.marker in _ADDRESSEE_MARKERS and g.acting and other_state(hit.subject, g):
            out[k] = replace(hit, relation=cue.codes_as, objects=g)
    return tuple(out)


def warned_conduct(lex: ArabicLexicon, s: Sentence, hits: Hits) -> Hits:
    """ "حذر X من أن Y تستعد لمهاجمة Z": a warning whose أن clause opens with another state's
    party doing what the clause tells is also the warner's accusation of that party (the
    annotators code 130 and, beside it, 112; ``gk:WarnedConductCue``). Each such warning gains a
    hit of the cue's relation with the warning's own trigger, subject and object, so negation,
    reporting and modality reach it as they reach the warning."""
    relation = lex.cue_set.warned_conduct.codes_as
    if relation is None:
        return hits
    made = [replace(h, relation=relation) for h in hits if _warns_of_conduct(lex, s, hits, h)]
    return (*hits, *made)


def _warns_of_conduct(lex: ArabicLexicon, s: Sentence, hits: Hits, hit: Hit) -> bool:
    """Whether ``hit`` is a warning (its first word one of ``gk:WarnedConductCue``) whose object is
    the bare party right after the complementizer that follows the trigger (or its subject), of
    another state than the warner's, and the doer of its clause (``_clause_doer``)."""
    g = hit.objects
    if hit.superseded or hit.subject is None or g is None or g.marker is not None or not g.acting:
        return False
    if not lex.is_cue(lex.cue_set.warned_conduct, s.norm(hit.match.positions[0])):
        return False
    k = g.start - 1  # the complementizer, right after the trigger's من or the warner
    reach = max(hit.match.end, hit.subject.end)
    if k != reach or not lex.is_cue(lex.cue_set.complementizer, s.norm(k)):
        return False
    return other_state(hit.subject, g) and _clause_doer(lex, s, hits, g)


def _clause_doer(lex: ArabicLexicon, s: Sentence, hits: Hits, g: Group) -> bool:
    """Whether the party ``g`` opening a clause does what the clause tells: a predicate of
    wrongdoing right after it, or an act the lexicon knows, in its clause, whose subject it is.
    What befalls it ("ستدفع الثمن"، "قد تتعرض لهجوم") names no act of its own."""
    if any(m.start == g.end for m in s.cues[lex.cue_set.pejorative_conduct]):
        return True
    _, end = s.clause(g.end) if g.end < s.span.end else (0, g.end)
    return any(
        not h.superseded and h.subject is not None and h.subject.start == g.start and g.end <= h.start < end
        for h in hits
    )


def _conditioned_target(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "هددت إيران بإغلاق المضيق إذا تعرضت لهجوم أمريكي": a threat with no one named is aimed
    at the agent of the act of force its condition names (the first condition word at most ten
    words after it, the act at most four words after that), when that agent is of another state."""
    hit = hits[i]
    conditions = s.cues[lex.cue_set.condition]
    if not conditions or hit.subject is None or hit.objects is not None or hit.object_index is not None:
        return hits
    if lex.relations[hit.relation].complement_agent != "subject":
        return hits
    _, seg_end = s.segment(hit.start)
    c = next((c for c in conditions if hit.end <= c.start <= min(hit.end + 10, seg_end)), None)
    agent = _conditioning_agent(lex, s, hits[i + 1 :], c, hit.subject) if c is not None else None
    return put(hits, i, replace(hit, objects=agent)) if agent is not None else hits


def _conditioning_agent(
    lex: ArabicLexicon, s: Sentence, later: Hits, c: PhraseMatch, threatener: Group
) -> Group | None:
    """The agent, of another state than the ``threatener``, of the first act of force at most
    four words after the condition word ``c`` whose agent is named or a nationality after it."""
    for other in later:
        if not c.end <= other.start <= c.end + 4 or other.subject_from == "forced":
            continue
        if not lex.relations[other.relation].is_material_conflict:
            continue
        agent = other.subject or _nationality_after(s, other.end)  # "لهجوم أمريكي"
        if agent is not None and agent.acting and other_state(threatener, agent):
            return agent
    return None


def _nationality_after(s: Sentence, i: int) -> Group | None:
    """The nationality adjectives, bare, right after token ``i`` ("لهجوم أمريكي")."""
    g = s.group_at(i)
    if g is None or g.marker is not None or any(a.kind != "demonym" for a in g.members):
        return None
    return g


def _relative_victims(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "نددت باكستان بالضربات الأمريكية التي قتلت مدنيين باكستانيين": an act of force with its
    agent and no object, followed by a relative clause whose verb of killing, wounding or force
    (with no object pronoun) names people right after it: those people are whom the act befell."""
    hit = hits[i]
    rel = lex.relations[hit.relation]
    if hit.pos != "noun" or not rel.use_of_force or hit.subject is None or hit.has_object or hit.superseded:
        return hits
    k = max(hit.end, hit.subject.end)
    if k + 2 >= s.span.end or s.norm(k) not in RELATIVE_PRONOUNS:
        return hits
    verb = next(
        (v for v in force_verbs(lex, s) if v.start == k + 1 and v.form.pos == "verb" and not v.form.pronoun_object),
        None,
    )
    if verb is None:
        return hits
    g = next(iter(s.groups_from(verb.end, verb.end + 1)), None)
    if g is None or g.start != verb.end or g.marker is not None or not g.acting:
        return hits
    return put(hits, i, replace(hit, objects=g))


def _halted_act(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "طالبت مصر إسرائيل بوقف قصف غزة": the act a demand or an appeal asks to halt
    (``gk:HaltNounCue`` right before it) is the addressee's, going on; "طالبت مصر بوقف قصف غزة"
    names no one who does it (not the demander, not an unidentified actor): not asserted, and
    Gaza, its patient, is not whom the demand addresses. An act that names its agent itself
    ("إلى إنهاء الاحتلال الإسرائيلي") keeps it."""
    hit = hits[i]
    rel = lex.relations[hit.relation]
    if not rel.to_respondent or rel.complement_agent is not None:
        return hits
    reach_from = max([hit.end] + ([hit.subject.end] if hit.subject is not None else []))
    halts = {h.end: h for h in s.cues[lex.cue_set.halt_noun] if h.start >= reach_from}
    for j in range(i + 1, len(hits)):
        other, halt = hits[j], halts.get(hits[j].start)
        if other.pos != "noun" or halt is None:
            continue
        addressee = hit.objects if hit.objects is not None and hit.objects.end <= halt.start else None
        if halt.start - (addressee.end if addressee is not None else reach_from) > 2:
            return hits
        if _own_agent(other) and other.subject not in (hit.subject, addressee):
            return hits  # "إلى إنهاء الاحتلال الإسرائيلي": the act names its own agent
        if addressee is None:
            index = None if hit.object_index == j else hit.object_index
            hits = put(hits, i, replace(hit, objects=None, object_index=index))
            return put(hits, j, replace(other, superseded=True))
        objects = _content_objects(lex, s, other, addressee) or agent_object(lex, s, other, addressee)
        return put(hits, j, replace(other, subject=addressee, subject_from="forced", objects=objects))
    return hits


_NOT_DOING = ("عدم", "بعدم")  # normalised: "not doing" (with the demand's ب on it)


def _refrained_act(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "طالبت مصر إسرائيل بعدم مهاجمة لبنان", "دعت قطر إيران إلى عدم استهداف السفن": the act a
    demand or an appeal asks its addressee not to do is the addressee's, expected (its عدم
    negates it in ``polarity_modality``); never the demander's, and its patient is no addressee.
    Only with the addressee named and عدم right after it (behind ب or إلى)."""
    hit = hits[i]
    rel = lex.relations[hit.relation]
    addressee = hit.objects
    if not rel.to_respondent or rel.complement_agent is not None or addressee is None or hit.superseded:
        return hits
    for j in range(i + 1, len(hits)):
        act = hits[j]
        k = act.start - 1
        if k < addressee.end or act.start - addressee.end > 3:
            continue
        if s.norm(k) not in _NOT_DOING:
            return hits
        # after عدم the word is the verbal noun even where it reads as a verb ("عدم قصف أوكرانيا"):
        # the party after it is its patient, not its subject
        patient = act.subject if act.pos != "noun" and act.subject_from == "right" else None
        objects = patient or _content_objects(lex, s, act, addressee) or agent_object(lex, s, act, addressee)
        act = replace(act, subject=addressee, subject_from="forced", objects=objects, future=True)
        return _joined_refrained(s, put(hits, j, act), j)
    return hits


_OR_AND = ("او", "و")  # normalised أو، و


def _joined_refrained(s: Sentence, hits: Hits, j: int) -> Hits:
    """ "بعدم اقتحام المسجد أو مهاجمة المصلين": acts joined by أو/و to the one not to be done are
    not to be done either; their negation lies out of the negator's reach, so they are dropped
    rather than told as done (by the demander, the nearest name)."""
    clause_end = s.clause(hits[j].start)[1]
    for k in range(j + 1, len(hits)):
        act = hits[k]
        if act.start >= clause_end:
            break
        joined = s.norm(act.start - 1) in _OR_AND or act.match.joined
        if not joined:
            break
        hits = put(hits, k, replace(act, superseded=True))
    return hits


def _own_agent(act: Hit) -> bool:
    """Whether a halted act names its agent: by its adjective ("الاحتلال الإسرائيلي") or a
    genitive that is no state. A state in the genitive ("بوقف قصف لبنان") is more often the
    one the act befalls."""
    if act.subject is None or act.subject_from not in ("genitive", "adjective"):
        return False
    return act.subject_from == "adjective" or any(a.entity.type != "Country" for a in act.subject.acting)


def _partner_or_agent(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """An object taken from the noun that follows: the partner of the cooperation an intent is
    about, or the agent of the action supported."""
    hit = hits[i]
    rel = lex.relations[hit.relation]
    later = hits[i + 1 :]
    if not hit.has_object and rel.is_cooperation and not rel.contact:  # a visit's host is no partner
        # "أبدت اليابان استعدادها لتعزيز التعاون مع السعودية": the partner of the cooperation
        # the intent is about is the partner of the intent.
        for other in later:
            if other.start - hit.end > 3:
                break
            if other.pos == "noun" and lex.relations[other.relation].is_cooperation and other.objects is not None:
                hit = replace(hit, objects=other.objects)
                break
    if not hit.has_object and not rel.symmetric and rel.takes_assertion:
        # "تدعم العمليات التي تنفذها روسيا": support for an action is support for its agent.
        for other in later:
            if other.start - hit.end > 3:
                break
            if (
                other.pos == "noun"
                and other.subject is not None
                and other.subject is not hit.subject
                and not other.superseded
                and not _words_between(lex, s, hit, other)
            ):
                # "استعداده لمواجهة أي عدوان أمريكي": readiness to confront aggression is no intent
                # to cooperate with the aggressor.
                if not (rel.is_cooperation and lex.relations[other.relation].is_conflict):
                    hit = replace(hit, objects=other.subject)
                break
    return put(hits, i, hit)


def _words_between(lex: ArabicLexicon, s: Sentence, hit: Hit, act: Hit) -> bool:
    """Whether a speech, position or policy noun stands between a judging hit and an act: what is
    judged is then those words, whose owner alone is the object, never the act's agent. A speech
    the judging is made in ("أدان الأردن في بيان الهجوم الإسرائيلي") is not judged."""
    own = set(hit.match.positions)
    return any(
        k not in own and not speech_venue_at(s, k) and stance_noun_at(lex, s, k) for k in range(hit.end, act.start)
    )


def nest(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """Assertions about assertions, accusations' and threats' content, and objects taken from the
    act a hit governs; left to right, each hit seeing what the hits before it settled."""
    for i in range(len(hits)):
        hits = _refused_act(lex, s, hits, i)
        hits = _refused_partner(lex, s, hits, i)
        hits = _refused_joint_act(lex, s, hits, i)
        hits = _refused_own_act(lex, s, hits, i)
        hits = _rejected_owned_act(lex, s, hits, i)
        hits = _refused_participle(lex, s, hits, i)
        hits = _refused_request(lex, hits, i)
        hits = _about_assertion(lex, s, hits, i)
        hits = _judged_unnamed_act(lex, s, hits, i)
        hits = _accused_act(lex, s, hits, i)
        hits = _threatened_act(lex, s, hits, i)
        hits = _warned_party(lex, s, hits, i)
        hits = _warned_of_owner(lex, s, hits, i)
        hits = _conditioned_target(lex, s, hits, i)
        hits = _halted_act(lex, s, hits, i)
        hits = _relative_victims(lex, s, hits, i)
        hits = _refrained_act(lex, s, hits, i)
        hits = _partner_or_agent(lex, s, hits, i)
        hits = _intended_act(lex, s, hits, i)
    return hits


def _intended_act(lex: ArabicLexicon, s: Sentence, hits: Hits, i: int) -> Hits:
    """ "أعرب عن استعداده لزيارة القاهرة": the visit is the one ready's own, and what is coded.
    Only an act right after the intent's words, behind ل (attached or alone) or أن; an act of
    conflict is left alone ("استعداده لمواجهة أي عدوان": the aggression is another's)."""
    hit = hits[i]
    if not lex.relations[hit.relation].expresses_intent or hit.subject is None or hit.superseded:
        return hits
    if i + 1 >= len(hits):
        return hits
    act, reach = hits[i + 1], max(hit.end, hit.subject.end)
    rel = lex.relations[act.relation]
    if act.superseded or rel.expresses_intent or rel.is_conflict:
        return hits
    behind_li = act.start == reach and act.pos == "noun" and s.norm(act.start).startswith("ل")
    linked = act.start == reach + 1 and s.norm(reach) in ("ل", "ان")
    if not (behind_li or linked):
        return hits
    objects = _content_objects(lex, s, act, hit.subject)
    act = replace(act, subject=hit.subject, subject_from="forced", objects=objects)
    return put(put(hits, i + 1, act), i, replace(hit, yields_to=i + 1))


def yield_intents(hits: Hits) -> Hits:
    """Each intent with an act it governs dropped for that act, expected, negated with the intent
    ("لم تبد مصر استعدادها للوساطة"), and hypothetical or alleged with it."""
    for i, hit in enumerate(hits):
        if hit.yields_to is None or hit.superseded:
            continue
        act = hits[hit.yields_to]
        act = replace(
            act,
            negated=act.negated or hit.negated,
            future=True,
            forced_modality=act.forced_modality or hit.forced_modality,
        )
        hits = put(put(hits, hit.yields_to, act), i, replace(hit, superseded=True))
    return hits
