"""A fallback for the arguments of a reciprocal meeting (Arabic).

"وعقد وزير الخارجية في العاصمة أمس محادثات مطولة مع نظيره": a light verb, a place and a time
between the meeting's party and its trigger leave the strict argument finder with no subject; a
perfect verb after "كان X قد" leaves it the same. Arabic news names such a meeting as [party …
trigger … مع/بـ party]. When the strict finder found a side, this stage only adds the other:
the nearest bare party before the trigger in its clause, and the first party behind مع (or بـ
after a verb) after it, places behind في passed over, with no other trigger, reporting word or clause boundary between.

Only for reciprocal contact relations (``gk:contactEvent`` and ``owl:SymmetricProperty``: the
meeting, the call, the negotiation): the two sides of those match either way round, so choosing
which comes first cannot reverse the assertion. Negation and modality are left to the later
stage, which reads the trigger's context, not how its arguments were found.

For a verb of any relation in a complement opened by أن ("أعرب X عن أمله في أن يزور Y", "قال X
إنه يسعى إلى أن يلتقي Y", "بعد أن التقى Y"), ``governed_subject`` gives the subject Arabic leaves
out there: the governing clause's party that agrees with the verb; the one name after the verb,
read as its subject (VSO), is its object. ``fronted_subject`` does the same for a verb after an
aside between commas ("X ، في بيان لها ، أدانت Y"), from the party that opens the clause before
the aside.
"""

from __future__ import annotations

from .arguments_ar import agent_object, agrees_as_dropped, complement_follows, same_party
from .lexicon_ar import ArabicLexicon
from .memo_ar import token_text
from .normalize import normalize_token
from .values_ar import (
    ABOUT,
    BY,
    COMMAS,
    SEPARATE_PREPOSITIONS,
    THAT,
    WITH,
    Group,
    Hit,
    Sentence,
    preposition_word,
    replace,
)

__all__ = [
    "caption_meetings",
    "contact_partner",
    "continued_contact",
    "fronted_subject",
    "governed_subject",
    "hosted_sides",
    "meeting_fallback",
]

BETWEEN = normalize_token("بين")
MAX_CONJUNCT_WORDS = 3  # words of the second side's title before its nationality or name
HOSTED_GAP = 4  # words between a host verb and the event it hosts: "اليوم جولة جديدة من"
# "( يمين )": which side of the picture a party stands on, in brackets after its name
PICTURE_SIDES = frozenset({normalize_token(w) for w in ("يمين", "يسار", "وسط")})
CAPTION_LEAD = 3  # words of a title before the first party of a caption
MAX_OBJECT_GAP = 8  # tokens between the trigger and the partner's مع: an adverb, a place, a topic
MAX_CONTROL_GAP = 6  # words between the governing party and أن: "عن أمله في", "، بعد", "إنه يسعى إلى"
ASIDE_WORDS = 10  # words of an aside between commas: "، خلال لقائه نظيره الفرنسي في باريس ،"
GOVERNOR_REACH = 3  # words before the governing party where the verb that governs it stands


def meeting_fallback(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """``hit`` with the sides the strict finder missed, when it is a reciprocal meeting and both
    its sides are found, here or there."""
    rel = lex.relations[hit.relation]
    if not (rel.contact and rel.symmetric) or hit.superseded or hit.pairwise or hit.object_index is not None:
        return hit
    own = _own_sides(s, hit)
    if own is not None:
        return own
    if (hit.subject is not None and hit.objects is not None) or _searching(s, hit):
        return hit
    pair = _between_pair(s, hit)
    if pair is not None:
        return replace(hit, subject=pair[0], subject_from="pair", objects=pair[1])
    subject = hit.subject or _party_before(lex, s, hit)
    objects = hit.objects or _partner_after(s, hit)
    if subject is None or objects is None or subject is objects:
        return hit
    how = hit.subject_from if hit.subject is not None else "left"
    return replace(hit, subject=subject, subject_from=how, objects=objects)


def _between_pair(s: Sentence, hit: Hit) -> tuple[Group, Group] | None:
    """ "وعقد اجتماع بين الرئيس الكيني ووفد الاتحاد الأفريقي", "بين وزير الخارجية X ونظيره Y": a
    meeting with no subject between one party and a second joined by و with a noun of its own
    (a title, a delegation, a counterpart) that kept the two apart: the two sides."""
    first = hit.objects
    if hit.subject is not None or first is None or first.marker != BETWEEN or len(first.acting) != 1:
        return None
    second = _joined_side(s, first)
    return None if second is None else (first, second)


def _joined_side(s: Sentence, first: Group) -> Group | None:
    """The second side after the party behind بين, joined by و with a noun of its own ("ووفد
    الاتحاد الأفريقي", "ونظيره الباكستاني") that kept it out of the first's group."""
    if first.end >= s.span.end or not s.norm(first.end).startswith("و") or len(s.norm(first.end)) < 3:
        return None
    second = next((g for g in s.groups if first.end <= g.start <= first.end + MAX_CONJUNCT_WORDS), None)
    if second is None or second.marker is not None or not second.acting:
        return None
    between = [s.norm(i) for i in range(first.end + 1, second.start)]
    return second if all(w.isalpha() for w in between) else None


def _own_sides(s: Sentence, hit: Hit) -> Hit | None:
    """ "بحث X المحادثات بين A و B", "استقبل X Y لبحث المحادثات بين A و B": a contact noun
    followed by بين names its own two sides; a party before it (who discusses, hosts or
    mediates them) is none of them, so the noun's sides are the two after بين only (a host
    meets them through ``hosted_sides``). None when the noun has no such sides."""
    first = hit.objects
    if hit.pos != "noun" or first is None or first.marker != BETWEEN or first.start > hit.end + 1:
        return None
    if hit.subject is not None and hit.subject.start > hit.start:
        return None  # its sides already read after it
    if len(first.acting) >= 2:
        return replace(hit, subject=first, subject_from="pair", objects=None, pairwise=True)
    second = _joined_side(s, first) if len(first.acting) == 1 else None
    if second is None:
        return None
    return replace(hit, subject=first, subject_from="pair", objects=second)


def _searching(s: Sentence, hit: Hit) -> bool:
    """ "تبحث عن ذريعة": the verb followed by عن searches; a match may span it up to its مع."""
    after = hit.match.positions[0] + 1
    return after < s.span.end and s.norm(after) == ABOUT


def _party_before(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """The nearest bare party before the trigger in its clause, with nothing that has its own
    arguments (another trigger, a reporting word, a complementizer: "قال X إن الوزير عقد") between.
    None when a negator stands before the trigger in its clause ("لم يعقد X … أي لقاء"): the
    negation stage reads only the words next to the trigger, and a denied meeting is no meeting."""
    clause_start, _ = s.clause(hit.start)
    cues = lex.cue_set
    if any(lex.is_cue(cues.negation, s.norm(i)) for i in range(clause_start, hit.start)):
        return None
    before = [g for g in s.groups if clause_start <= g.start and g.end <= hit.start and g.acting]
    bare = [g for g in before if g.marker is None]
    if not bare:
        return None
    party = bare[-1]
    if s.trigger_tokens.intersection(range(clause_start, party.start)):
        return None  # the object of another act ("شكر X Y في اتصال"); a speaker before is the party
    # "يبدأ X زيارة … يلتقي خلالها مع Y": a meeting during the act between is its subject's
    if s.crosses(party.end, hit.start, hit) and not s.during_which(hit.match.positions[0] + 1):
        return None
    if any(lex.is_cue(cues.complementizer, s.norm(i)) for i in range(party.end, hit.start)):
        return None  # the party speaks; the meeting is another's
    return party


def _partner_after(s: Sentence, hit: Hit) -> Group | None:
    """The first party behind مع (behind بـ too after a verb: "اجتمع … بالوزير") after the
    trigger, in its clause and near it, with no other trigger or reporting word between."""
    _, clause_end = s.clause(hit.end - 1)
    markers = (WITH, BY) if hit.pos == "verb" else (WITH,)
    after = [g for g in s.groups if hit.end <= g.start < min(clause_end, hit.end + MAX_OBJECT_GAP + 1)]
    partner = next((g for g in after if g.marker in markers), None)
    if partner is None or not partner.acting or any(g.marker is None and g.start < partner.start for g in after):
        return None  # a bare party between is the act's own object or another act's
    if s.crosses(hit.end, partner.start, hit):
        return None
    return partner


def caption_meetings(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "الرئيس الكيني ( يمين ) مع نظيره التشيلي ( رويترز - أرشيف )": a photo caption that opens
    the sentence and ends at a credit line, with no verb or trigger of its own, joining two
    parties by a word of gk:CaptionMeetingCue, shows them meeting (the cue's gk:codesAs)."""
    cue = lex.cue_set.caption_meeting
    if cue.codes_as is None or not s.credits or not s.cues[cue]:
        return hits
    close = s.credits[0] - 1  # the credit's closing bracket
    opening = next((i for i in range(close, s.span.start - 1, -1) if s.norm(i) == "("), None)
    if opening is None or any(s.span.start <= i < opening for i in s.verbs):
        return hits
    if any(s.span.start <= h.start < opening for h in hits):
        return hits
    for m in s.cues[cue]:
        pair = _caption_pair(s, m.start, m.end, opening) if m.end < opening else None
        if pair is not None:
            return (*hits, Hit(m, cue.codes_as, subject=pair[0], subject_from="left", objects=pair[1]))
    return hits


def _caption_pair(s: Sentence, start: int, end: int, opening: int) -> tuple[Group, Group] | None:
    """The party that opens the caption before the joining word and the one after it, with only
    title words, a picture side in brackets or a counterpart's noun around them."""
    first = next((g for g in s.groups if g.end <= start and g.marker is None and g.acting), None)
    second = next((g for g in s.groups if end <= g.start < opening and g.acting), None)
    if first is None or second is None or second.marker not in (None, WITH) or second.end > opening:
        return None
    lead = [s.norm(i) for i in range(s.span.start, first.start)]
    if len(lead) > CAPTION_LEAD or not all(w.isalpha() and w not in SEPARATE_PREPOSITIONS for w in lead):
        return None
    aside = [s.norm(i) for i in range(first.end, start) if s.norm(i) not in ("(", ")")]
    if any(w not in PICTURE_SIDES for w in aside) or any(
        g.start < opening and g not in (first, second) for g in s.groups
    ):
        return None
    return first, second


def continued_contact(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "وصل الوزير إلى القاهرة ، في جولة تشمل عمان وبيروت": a contact noun of the same relation
    as a verb before it in the sentence (a tour after an arrival, talks after a meeting), with
    places or parties of its own, continues that verb's event: its party is the verb's subject.
    The strict finder stops at the comma and finds none, or takes the verb's object, the host, as
    the visitor; the host is never the guest's visitor. Only the verb's subject is taken: the
    noun names its own places or parties, never the verb's. Runs once polarity and modality are
    read: the continuation is denied, expected or reported as the verb is."""
    out = list(hits)
    for k, hit in enumerate(hits):
        if hit.pos != "noun" or hit.superseded or not lex.relations[hit.relation].contact:
            continue
        lead = _leading_verb(s, hits, k)
        if lead is None or not _unowned(hit, lead) or not _framed(s, hit, lead):
            continue
        guest = lead.subject
        # its own places: what it took, else what it takes once its party is known ("تشمل X")
        own = hit.objects if hit.subject is None and hit.objects is not None else agent_object(lex, s, hit, guest)
        if own is None or own is lead.objects or same_party(own, guest):
            continue
        # what is said of the verb (denied, expected, reported) is said of its continuation
        out[k] = replace(
            hit, subject=guest, subject_from="frame", objects=own, negated=lead.negated, future=lead.future,
            forced_modality=lead.forced_modality, forced_attribution=lead.forced_attribution,
        )  # fmt: skip
    return tuple(out)


def _leading_verb(s: Sentence, hits: tuple[Hit, ...], k: int) -> Hit | None:
    """The last verb hit before ``hits[k]`` in its sentence, when it is of the same relation and
    has its subject and object, and no other trigger stands between them."""
    noun = hits[k]
    before = [h for h in hits if h.end <= noun.start and not h.superseded]
    if not before:
        return None
    lead = max(before, key=lambda h: h.end)
    if lead.pos != "verb" or lead.relation != noun.relation or lead.subject is None or lead.objects is None:
        return None
    if s.trigger_tokens & set(range(lead.end, noun.start)):
        return None
    return lead


_FRAME_WORDS = 3  # "في جولة", "في إطار جولة", "في أولى محطات جولة"


def _framed(s: Sentence, noun: Hit, lead: Hit) -> bool:
    """Whether the noun stands in a prepositional phrase after the verb's object ("، في جولة",
    "في إطار جولة"): one with a verb of its own ("لكنه بدأ جولة تشمل", "وبدأ جولة") opens
    another clause, which the verb's negation or modality does not reach."""
    assert lead.objects is not None
    lo = max(lead.objects.end, noun.start - _FRAME_WORDS)
    return any(preposition_word(s.norm(i)) for i in range(lo, noun.start))


def _unowned(noun: Hit, lead: Hit) -> bool:
    """Whether the noun's subject is not its own: none found, or the verb's object (the host the
    strict finder took as the noun's agent, left of it)."""
    return noun.subject is None or noun.subject is lead.objects


def hosted_sides(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "واستضافت قطر محادثات بين الحكومة السودانية والمتمردين": a verb that hosts events
    (``gk:hostsEvents``) with no object of its own, whose object is a contact noun naming its
    own sides behind بين, receives those sides: the host meets each. A verb with its own object
    ("استقبل X Y لبحث المحادثات بين A و B") keeps it; a verb that only discusses ("بحث X
    المحادثات بين A و B") hosts nothing. Negation and modality are read later, on the verb."""
    out = list(hits)
    for k, hit in enumerate(hits):
        rel = lex.relations[hit.relation]
        if not rel.hosts_events or hit.pos != "verb" or hit.subject is None or hit.has_object or hit.superseded:
            continue
        sides = _hosted_event_sides(lex, s, hit, hits)
        if sides is not None:
            out[k] = replace(hit, objects=sides)
    return tuple(out)


def _hosted_event_sides(lex: ArabicLexicon, s: Sentence, host: Hit, hits: tuple[Hit, ...]) -> Group | None:
    """The sides behind بين of the contact noun the host verb governs: the first trigger after
    it, a noun of a contact relation, with no party but the host, other trigger or reporting word
    between."""
    after = sorted((h for h in hits if h.start >= host.end), key=lambda h: h.start)
    if not after:
        return None
    event, opening = after[0], after[0].start
    series = lex.written_words(lex.cue_set.series_noun)
    if len(after) > 1 and s.norm(event.start) in series and after[1].start - event.end <= 2:
        event = after[1]  # "جولة جديدة من المحادثات": the series noun (a tour, too) opens the event
    if event.pos != "noun" or not lex.relations[event.relation].contact:
        return None
    subject = host.subject
    start = subject.end if subject is not None and subject.start >= host.end else host.end  # (VSO)
    if event.start - start > HOSTED_GAP or s.crosses(host.end, opening, host):
        return None
    if any(host.end <= g.start < event.start and g is not host.subject for g in s.groups):
        return None  # (the host's own subject may stand there: "واستضافت قطر محادثات")
    first = next((g for g in s.groups if event.end <= g.start <= event.end + 1 and g.marker == BETWEEN), None)
    if first is None or not first.acting:
        return None
    second = _joined_side(s, first)  # "بين وزير الخارجية X ونظيره Y": the title kept them apart
    return first if second is None else Group((*first.members, *second.members), first.start, second.end, BETWEEN)


def governed_subject(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "أعرب X عن أمله في أن يزور Y", "تريد مصر أن تدعم Y", "قال X ، بعد أن التقى Y ، إن": a
    verb right after أن whose subject is left out, or read from the one name after it (which the
    finder took for a VSO subject, leaving no object), is the act of the governing clause's
    party (``_governing_party``): that party is its subject, the name after it its object. A
    name of its own before the verb ("قال X إن Y يريد أن يزور Z") is the nearer party and so the
    subject: a report of another's act stays that one's. Runs before negation and modality are
    read, which they are on the verb as for any other; the imperfect after أن (the subjunctive)
    is an act still to come."""
    form = hit.match.form
    if hit.pos != "verb" or hit.superseded or hit.pairwise or hit.object_index is not None:
        return hit
    opener = hit.match.positions[0] - 1
    if form.plural or hit.match.first_person or opener < s.span.start or s.norm(opener) != THAT:
        return hit
    named = _named_after(lex, s, hit)
    # with no subject, an object behind a preposition, or a bare one the verb's gender rules out
    # as its subject ("أن يدعم الحكومة الإيطالية"); else the bare name is the VSO subject
    objects = hit.objects if hit.subject is None else None
    if objects is not None and objects.marker is None and agrees_as_dropped(lex, s, hit, objects):
        objects = None  # "بعد أن وعدت الحكومة": the government promised
    if named is None and objects is None:
        return hit
    party = _governing_party(lex, s, hit, opener)
    if party is None or same_party(party, named or hit.objects):  # "قبل أن يفجر نفسه": no act on oneself
        return hit
    # "أن يزور": the imperfect after أن is the subjunctive, an act still to come ("بعد أن التقى" is done)
    future = hit.future or hit.match.imperfect
    return replace(hit, subject=party, subject_from="governed", objects=named or hit.objects, future=future)


def _named_after(lex: ArabicLexicon, s: Sentence, hit: Hit, fronted: bool = False) -> Group | None:
    """The one bare name right after the verb the finder took for its subject, when the verb has
    no object and no second bare party follows in its clause (VSO with an object of its own:
    "أن يلتقي X المعارضة"), nor one of the relation's prepositions right after the name (VSO with
    its object or content behind it: "بعد أن وعدت الحكومة بوقف") unless a subject stands fronted
    before the verb ("X ، في بيان ، دعا Y إلى الحوار": Y is called)."""
    subj = hit.subject
    if hit.subject_from != "right" or subj is None or subj.marker is not None or hit.objects is not None:
        return None
    if any(hit.end <= g.start < subj.start and g.acting for g in s.groups):
        return None
    if not fronted and complement_follows(lex, s, hit, subj):
        return None
    _, clause_end = s.clause(subj.start)
    later = [g for g in s.groups if subj.end <= g.start < clause_end and g.marker is None and g.acting]
    return None if later else subj


def _governing_party(lex: ArabicLexicon, s: Sentence, hit: Hit, opener: int) -> Group | None:
    """The nearest bare party before أن that agrees with the verb, a few words back, and is a
    clause's subject (right after a verb or a reporting word, or opening its clause), with no
    quotation, plain complementizer (another's clause: "قال X إن من المهم أن"), clause boundary,
    negation, denial, allegation or other trigger between; nor a trigger, denial or allegation in
    the words before it, where the verb that governs it stands ("دعا X إلى أن", "نفى X أن",
    "اتهم"): a call, a condemnation or a denial keeps its own reading."""
    before = [g for g in s.groups if g.end <= opener and g.acting]
    party = before[-1] if before else None
    if party is None or party.marker is not None or opener - party.end > MAX_CONTROL_GAP:
        return None
    if s.quote_between(party.end, hit.start) or not agrees_as_dropped(lex, s, hit, party):
        return None
    verb = party.start - 1  # VSO: a trigger's or reporting verb, or the word opening the clause ("وأعرب")
    if not (_opens_clause(lex, s, party) or verb in s.verbs or verb in s.stop_tokens or s.clause(verb)[0] == verb):
        return None  # "في منطقة شمال السودان ، بعد أن": a party in a phrase is no clause's subject
    cues = lex.cue_set
    lo = max(s.span.start, party.start - GOVERNOR_REACH)
    words = [s.norm(i) for i in range(lo, hit.start) if not party.start <= i < party.end]
    barred = (cues.negation, cues.denial, cues.allegation)
    if any(lex.is_cue(c, w) for c in barred for w in words):
        return None
    if any(i in s.trigger_tokens for i in range(lo, hit.start) if not party.start <= i < party.end):
        return None
    own_clause = (cues.complementizer, cues.clause_boundary)
    if any(lex.is_cue(c, s.norm(i)) for c in own_clause for i in range(party.end, opener)):
        return None
    return party


def fronted_subject(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "الحكومة الهندية ، في بيان لها ، أدانت", "X ، خلال لقائه Y ، انتقد Z": a verb with no
    subject right after an aside between commas takes the party that opens the clause before the
    aside (SVO), when it agrees with the verb; the one name after it, read as a VSO subject with
    no object (``_named_after``), is its object. The aside holds no verb, complement, quotation or
    negation of its own (a relative clause or a report is another's); a party that does not open
    its clause ("استقبل X Y ، في القصر ، وبحث") is another verb's object."""
    first = hit.match.positions[0]
    named = _named_after(lex, s, hit, fronted=True)  # the one name after the verb, read as VSO: its object here
    if hit.pos != "verb" or (hit.subject is not None and named is None) or hit.superseded or first - 1 <= s.span.start:
        return hit
    if token_text(s, first - 1) not in COMMAS or hit.match.joined:
        return hit
    opening = next(
        (i for i in range(first - 2, max(s.span.start, first - 2 - ASIDE_WORDS), -1) if token_text(s, i) in COMMAS),
        None,
    )
    if opening is None or not _plain_aside(lex, s, opening + 1, first - 1):
        return hit
    party = next((g for g in s.groups if g.end == opening and g.marker is None and g.acting), None)
    if party is None or not _opens_clause(lex, s, party) or not agrees_as_dropped(lex, s, hit, party):
        return hit
    objects = named or hit.objects
    if objects is not None and same_party(party, objects):
        return hit
    return replace(hit, subject=party, subject_from="fronted", objects=objects)


def _plain_aside(lex: ArabicLexicon, s: Sentence, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold no verb, complementizer, clause boundary, quotation or
    negation: a frame, a place or a time said in passing ("في بيان لها": a reporting noun in a
    frame is how the party spoke, not another speaker)."""
    cues = lex.cue_set
    barred = (cues.complementizer, cues.clause_boundary, cues.negation, cues.denial)
    return not (
        any(i in s.verbs for i in range(start, end))
        or s.quote_between(start, end)
        or any(lex.is_cue(c, s.norm(i)) for c in barred for i in range(start, end))
    )


def _opens_clause(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether a party opens its sentence or the clause after a complementizer ("وأوضح أن X")."""
    if g.start == s.span.start:
        return True
    before = s.norm(g.start - 1)
    return lex.is_cue(lex.cue_set.complementizer, before) or before == "و"


def contact_partner(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "وأكد الرئيس المصري خلال لقائه نظيره السوري تطابق وجهات النظر": a statement aimed at the
    partner of a contact (``gk:toContactPartner``: accord, condolences) that found no object of its
    own takes the other side of its subject's meeting or call in the sentence. One that found no
    subject, after the contact with no other party between ("اتصل X بنظيره Y وقدم تعازيه"), is the
    contact's subject's to its partner; a symmetric one (views that match) is also the two sides'
    where its subject is one or both of them ("وأكد الوزيران"), and a pair's that met each other
    ("لقاء X وY"). Views said to match one's own, condolences to oneself, are no relation."""
    out = list(hits)
    for k, hit in enumerate(hits):
        rel = lex.relations[hit.relation]
        if not rel.to_contact_partner or hit.superseded or hit.pairwise or hit.has_object:
            continue
        if rel.symmetric or hit.subject is None:
            contact = next((c for c in hits if _contact_of(lex, c) and _sides_of(s, c, hit)), None)
            if contact is not None and (rel.symmetric or not contact.pairwise):
                # (a meeting of a pair, "لقاء X وY", is each with the other: so are their views)
                sides = {"objects": contact.objects, "pairwise": contact.pairwise}
                out[k] = replace(hit, subject=contact.subject, subject_from="contact", **sides)
            continue
        # (here the hit has a subject: one with none took the contact's sides above)
        partner = next((c.objects for c in hits if _contact_of(lex, c) and same_party(c.subject, hit.subject)), None)
        if partner is not None and not same_party(partner, hit.subject):
            out[k] = replace(hit, objects=partner)
    return tuple(out)


def _sides_of(s: Sentence, contact: Hit, hit: Hit) -> bool:
    """Whether a symmetric statement after a contact is its two sides': its subject is one or
    both of them ("وأكد الوزيران"), or it has none and no other party stands between."""
    if contact.end > hit.start:
        return False
    if hit.subject is not None:
        return any(side is not None and same_party(hit.subject, side) for side in (contact.subject, contact.objects))
    return _nothing_between(s, contact, hit)


def _contact_of(lex: ArabicLexicon, contact: Hit) -> bool:
    """Whether a hit is a meeting or call with both sides found (or a pair as its subject, each
    meeting the other), not denied."""
    rel = lex.relations[contact.relation]
    pair = contact.pairwise and contact.subject is not None and len(contact.subject.acting) >= 2
    found = pair or (contact.subject is not None and contact.objects is not None)
    return rel.contact and found and not (contact.superseded or contact.negated)


def _nothing_between(s: Sentence, contact: Hit, hit: Hit) -> bool:
    """Whether the statement follows the contact with no party but the contact's own between
    ("التقى X نظيره Y وأكد تطابق وجهات النظر"; not "... وقال Z إن ...")."""
    sides = (contact.subject, contact.objects)
    return not any(
        g.acting and not any(side is not None and same_party(g, side) for side in sides)
        for g in s.groups
        if contact.end <= g.start < hit.start
    )
