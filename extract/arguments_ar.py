"""Argument finding, an Arabic stage: each trigger's subject and object from the groups around it.

There is no offline Arabic parser, so arguments come from the linked noun phrases near a trigger
and what Arabic word order makes reliable:

- verb–subject–object is the common order ("اتهمت طهران واشنطن"); subject–verb–object too
  ("الصين تدعم ..."). A verb before its subject stays singular, so a plural or dual verb
  ("يتهمون X") has its subject already named and X is the object. A verb with و/ف attached opens
  a clause; a verb with no subject of its own takes the previous clause's subject (pro-drop).
- a verbal noun (masdar) takes its agent as the following genitive ("زيارة بوتين لكوريا") or as a
  relational adjective ("العقوبات الغربية"); an active participle used adverbially ("داعيا X إلى")
  behaves like a verb whose subject is the main clause's.
- objects follow, directly or behind the prepositions the ontology lists for the relation.
- names joined by و or commas are one coordinated argument; "بين X و Y" gives a pair.
- what an act of force befalls is never its agent: a nationality on a noun of people ("خطف موظف
  بريطاني", "سائحتين يابانيتين اختطفتا": the unvowelled passive), an indefinite accusative
  ("مسلحا"), a feminine phrase before a masculine verb with an object pronoun ("ناقلة يونانية
  خطفها"); a later conjunct after a condemning verb is that verb's argument, not the agent of the
  act it governs; a bare name right after the verb opening the next clause is that verb's subject.

``find_arguments`` folds over a sentence's hits in order (a participle takes the subject of the
verb before it), returning new hits, the verbs' subjects and the discourse; ``participants``,
``refine`` and ``merge_specific`` return new hits too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from geokg.ontology import Cue, Relation

from .clauses_ar import COPULAS, EACH_OF, SPEAKING_FOR
from .coordination_ar import clause_subjects, coordinated, sentence_subject, with_plain_subjects
from .lexicon_ar import ArabicLexicon, PhraseMatch
from .memo_ar import named, sentence_memo, token_text
from .modality_ar import design_owner, infinitive_noun, intent_owner, obligation, verb_negator
from .morphology_ar import ARTICLE, CONJUNCTION_LETTERS, DEFINITE_STARTS
from .normalize import normalize_token
from .reporting_ar import POSSESSIVES, VerbSubjects
from .values_ar import (
    BOUNDARY_PUNCT,
    BY,
    CLITIC_PREPOSITIONS,
    COMMAS,
    HUMAN_RELATIVES,
    LOCATIVE_ADVERBS,
    MAX_OBJECT_DISTANCE,
    MAX_SUBJECT_GAP_LEFT,
    MAX_SUBJECT_GAP_RIGHT,
    MAX_TITLE_LENGTH,
    NON_ACTOR_KINDS,
    ON,
    POSSESSIVE_SUFFIXES,
    RELATIVE_PRONOUNS,
    SEPARATE_PREPOSITIONS,
    THAT,
    TO,
    WE,
    WITH,
    Actor,
    Discourse,
    Group,
    Hit,
    Sentence,
    accusative,
    ends_office_title,
    force_wielder,
    lone_accusative,
    oblique_plural,
    other_state,
    owned_word,
    preposition_word,
    replace,
    tanwin_alif,
    title_word,
    without_article,
    without_conjunction,
)

__all__ = ["find_arguments", "merge_specific", "object_members", "participants", "refine"]

# The most words a time or place adverbial may hold between a verb and its subject.
MAX_ADVERBIAL_SPAN = 9
MAX_CONSTRUCT = 3  # words of a target's noun phrase before the owner behind ل
# مفعول, with the feminine and plural endings (normalised: ة is ه): مدعوم، مدعومه، مدعومين.
_PASSIVE_PARTICIPLE = re.compile(r"^م[^و]{2}و[^و](ه|ين|ون|ات|ا)?$")


def object_members(rel: Relation, group: Group) -> tuple[Actor, ...]:
    """Who can be the object: actors, and places where the relation allows them (an exercise in a
    sea) or where force lands on them (a city shelled stands for its state's territory)."""
    # Coercion of people (arrest, abduct, assassinate: gk:coercesPersons) lands on people, not on
    # the place it happens in ("اغتياله في مخيم جنين").
    if rel.object_kind in ("none_or_place", "entity_or_place") or (
        rel.is_material_conflict and not rel.coerces_persons
    ):
        return tuple(a for a in group.members if a.people or a.entity.type != "MediaOutlet")
    return group.acting


# --- subjects ------------------------------------------------------------------------------------


def fronted(s: Sentence, g: Group) -> bool:
    """A subject before its verb opens its clause ("الصين تدعم", "أن روسيا زودت"); a name
    deeper in the clause ("وفي الموصل شمال العراق أوقف ...") belongs to a phrase of its own."""
    clause_start, _ = s.clause(g.start)
    lead = [s.norm(i) for i in range(clause_start, g.start)]
    # "... قريبا، فالقاهرة ترفض": after a comma a clause may start again.
    if "،" in lead or "," in lead:
        cut = max(k for k, n in enumerate(lead) if n in ("،", ","))
        lead = lead[cut + 1 :]
    # "وكان فخامة الرئيس ... قد التقى": an honorific (gk:HonorificCue) is part of the phrase
    lead = [n for n in lead if n not in ("و", "ف") and n not in s.honorifics]
    return len(lead) <= 1 and not any(n in SEPARATE_PREPOSITIONS or n[1:] in SEPARATE_PREPOSITIONS for n in lead)


def _fronted_title(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "وكان وزير الخارجية الكيني قد وصل": fronted, counting the official's title (which the
    nationality's group does not cover) as the phrase's own words."""
    return (
        fronted(s, g)
        or fronted(s, replace(g, start=_title_start(lex, s, g)))
        or fronted(s, replace(g, start=_kind_start(lex, s, g)))
    )


def _kind_start(lex: ArabicLexicon, s: Sentence, g: Group) -> int:
    """ "إن طائرات حربية تركية قصفت": where a nationality's phrase starts when an actor noun and an
    adjective of the kind of arms (``gk:ArmsKindCue``) stand before it, which the nationality's
    group does not cover; else the group's own start."""
    i = g.start - 1
    kind = i - 1 >= s.span.start and s.norm(i) in lex.written_words(lex.cue_set.arms_kind)
    return i - 1 if kind and actor_noun_before(lex, s, g) else g.start


def actor_noun_before(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "بنظيره الروسي", "الجانب الصيني": the adjective names a party, not an attribute.

    The group may already start at the noun (``groups_of`` moves it there) or right after it,
    or after one adjective of the kind of arms ("مقاتلات حربية إسرائيلية", ``gk:ArmsKindCue``)."""
    idx = lex.cue(lex.cue_set.actor_noun)
    kind = g.start - 1 >= s.span.start and s.norm(g.start - 1) in lex.written_words(lex.cue_set.arms_kind)
    for i in (g.start, g.start - 1, *((g.start - 2,) if kind else ())):
        if i < s.span.start or named(s, i) and i != g.start:
            continue
        word = s.norm(i)
        if (
            word in idx
            or (word[:1] in "وفبل" and word[1:] in idx)
            or (word[:2] in ("وب", "ول", "فب") and word[2:] in idx)
        ):
            return True
    return False


def _clause_head_noun(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "قال X إن مهاجمة Y أمر غير مقبول": a participle's form right after إن or أن heads the
    clause as its noun (the verbal noun, the clause's subject), not a predicate of a party told
    before: it takes no subject carried over (was: X attacking, or criticising, Y)."""
    first = hit.match.positions[0]
    if hit.pos != "participle" or first <= s.span.start:
        return False
    if lex.is_cue(lex.cue_set.complementizer, without_conjunction(s.norm(first - 1))):
        return True
    # "قال X إن من الخطأ مهاجمة Y": a predicate of من fronted after the complementizer, the
    # verbal noun its subject (round 22: X criticised Y). Not after a verb of labelling ("اعتبر
    # X أن من غير المقبول مهاجمة Y"): the label is X's judgement, read by
    # nesting_ar._judged_unnamed_act through the doer lent to the verbal noun.
    return any(
        k - 1 > s.span.start
        and s.norm(k) == "من"
        and lex.is_cue(lex.cue_set.complementizer, without_conjunction(s.norm(k - 1)))
        and not any(g.acting for g in s.groups_from(k + 1, first))
        and not any(lex.is_cue(lex.cue_set.labelling, without_conjunction(s.norm(j))) for j in range(s.span.start, k))
        for k in (first - 2, first - 3)
    )


def _unknown_subject_follows(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "وحذر محللون ...": a plural noun after the verb is its own subject, just not an actor."""
    i = hit.match.positions[0] + 1
    if hit.pos != "verb" or hit.match.form.plural or i >= s.span.end or named(s, i):
        return False
    norm = s.norm(i)
    actor_nouns = lex.cue(lex.cue_set.actor_noun)
    # "وأطلقت السلطات سراح": the authorities did
    return (norm.endswith("ون") and len(norm) > 4) or norm in actor_nouns or without_article(norm) in actor_nouns


def _unknown_subject_after_that(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "وأفادت الشرطة بأن مسلحين خطفوا": a verb after أن/إن with a word or two of no party
    between them has those words as its subject, just not an actor: the reporter before "that"
    carries no subject into it (its words' subject is someone it names, not itself)."""
    first = hit.match.positions[0]
    if hit.pos != "verb" or hit.match.form.text[:1] in CONJUNCTION_LETTERS:
        return False
    for k in range(first - 1, max(s.span.start, first - 4) - 1, -1):
        if lex.is_cue(lex.cue_set.complementizer, s.norm(k)):
            return k < first - 1
        if k in s.verbs or s.norm(k) in BOUNDARY_PUNCT or any(g.start <= k < g.end for g in s.groups):
            return False
    return False


def _pronoun_object_subject(s: Sentence, hit: Hit) -> tuple[Group, Group | None] | None:
    """ "المقترحات التي قدمها المبعوث الأوروبي رفضتها تركيا": with an object pronoun on the verb,
    the name after it is the subject and the one before is the topic it refers to."""
    m = hit.match
    if not m.form.pronoun_object or m.form.plural:
        return None
    first = next(iter(s.groups_from(m.end, m.end + 1)), None)
    if first is None or first.marker is not None or not first.acting:
        return None
    left = s.group_before(m.start, 2)
    return first, (left if left is not None and left.marker is None and left.acting else None)


def _unnamed_speaker(lex: ArabicLexicon, s: Sentence, after: int) -> tuple[Group | None, str] | None:
    """ "دعا متحدث باسم X ...": the body an unnamed speaker speaks for; else nobody named.
    None when no unnamed actor stands right after the verb."""
    if not (
        after < s.span.end
        and any(u.start == after for u in s.cues[lex.cue_set.unnamed_actor])
        and not any(g.start == after for g in s.groups)
    ):
        return None
    body = s.group_at(after + 2)
    if after + 1 < s.span.end and s.norm(after + 1) == SPEAKING_FOR and body is not None and body.acting:
        return body, "right"
    return None, ""


def _titled_official(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "التقى وزير الدولة للشؤون الخارجية الإماراتي [name] ...": a title right after the verb
    that the gazetteer does not resolve is the subject; the state its nationality adjective
    names, the person named in it, or the body after it acts for the official. Nothing but
    title words may stand between: no comma, clause word or other trigger, and a party of its
    own ("استقبل رئيس الوزراء الوفد الإيراني": the delegation) is the object, not the title's."""
    after = hit.match.positions[0] + 1
    if after >= s.span.end or not title_word(lex, s.norm(after)):
        return None
    rel = lex.relations[hit.relation]
    if rel.is_material_conflict or rel.complement_agent == "subject":
        # unvocalised "قتل قائد الشرطة" is as often "the commander was killed"; a threat hands its
        # subject to the act it threatens, which event readers count as the act itself
        return None
    if any(g.start <= after < g.end for g in s.groups):
        return None
    _, clause_end = s.clause(after)
    for g in s.groups_from(after + 1, after + MAX_TITLE_LENGTH):
        words = _gap(s, after, g)
        if (
            g.start >= clause_end
            or s.crosses(after, g.start, hit)
            or any(w in BOUNDARY_PUNCT or w in ("،", ",") or lex.is_cue(lex.cue_set.complementizer, w) for w in words)
            or not g.acting
            or actor_noun_before(lex, s, g)
        ):
            return None
        a = g.acting[0]
        if a.kind == "demonym" and s.norm(g.end - 1).endswith(("ين", "ون")):
            return None  # "الباكستانيين": people, whom the act is aimed at, not the title's state
        if g.marker is None and (
            a.kind == "demonym" or a.entity.type in ("Person", "InternationalOrganisation", "GovernmentBody")
        ):
            return g
        if g.marker in ("ل", "في") and a.entity.type in ("InternationalOrganisation", "GovernmentBody"):
            return g
        return None
    return None


def _first_after_title(s: Sentence, hit: Hit) -> Group | None:
    """The first group after a verb, skipping the "of X" inside a title ("أعرب المدير العام
    للوكالة ... رافائيل غروسي عن", "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش ...")."""
    m = hit.match
    limit = m.gap[1] if m.gap else m.end + MAX_SUBJECT_GAP_RIGHT
    window = s.groups_from(m.positions[0] + 1, limit + 3)
    for k, g in enumerate(window):
        # ... but "دعا الأمين العام للأمم المتحدة إيران": a state after it is the object.
        if (
            g.marker == "ل"
            and k + 1 < len(window)
            and window[k + 1].start - g.end <= 1
            and any(a.entity.type == "Person" for a in window[k + 1].acting)
        ):
            continue
        if g.start <= limit or (k > 0 and window[k - 1].marker == "ل"):
            return g
        return None
    return None


def feminine_marked(g: Group) -> bool:
    """Whether a group's noun phrase is marked feminine (a word ending in ة or ات: "الولايات
    المتحدة", "الحكومة السودانية", "الدول الغربية"); people are left alone."""
    a = g.acting[0] if g.acting else None
    if a is None or a.entity.type == "Person" or a.kind == "title":
        return False
    words = a.text.split()
    if a.kind == "composed" and words[0].endswith("و"):
        # "مستوطنو المستوطنات الإسرائيلية": a masculine plural in construct heads the phrase; the
        # feminine words after it are its genitive's, which the verb does not agree with
        return False
    return any(w.endswith(("ة", "ات")) for w in words)


def _feminine_head(s: Sentence, g: Group) -> bool:
    """``feminine_marked``, but a part of a body ("عناصر من حركة حماس", "قوة من الشرطة": the
    group starts at the part's noun, ``clauses_ar._partitives``) agrees by the part's own noun:
    "وأطلق عناصر من حركة حماس صواريخ" has its subject after the masculine verb."""
    if g.members and g.start < g.members[0].start:
        return s.norm(g.start).endswith(("ه", "ات"))
    return feminine_marked(g)


def _right_subject(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """The subject after a singular verb (VSO), if one stands close enough. A verb agrees in
    gender with a subject after it: a masculine verb ("وناشد") takes no feminine one ("الدول
    الغربية"), which is its object."""
    m = hit.match
    first = _first_after_title(s, hit)
    if first is not None and _counted_crowd(lex, s, hit, first) and not s.crosses(m.positions[0] + 1, first.start, hit):
        return first
    if (
        first is not None
        and first.marker is None
        and not m.form.feminine
        and _feminine_head(s, first)
        and not _title_heads(lex, s, hit, first)
    ):
        return None
    if first is not None and first.marker is None and lone_accusative(first):
        return None  # "قتلت مسلحا": an indefinite accusative is the verb's object, never its subject
    # "أدان الأمين العام لجامعة الدول العربية [name unknown] ...": the official of a body the
    # gazetteer does not name acts for the body; "استهدف نقطة تفتيش للشرطة": a body behind ل after
    # a noun that is no office title is part of the object phrase, never the subject.
    official_of = (
        first is not None
        and first.marker == "ل"
        and first.acting
        and first.acting[0].entity.type in ("InternationalOrganisation", "GovernmentBody")
        and 1 <= first.start - (m.positions[0] + 1) <= 3
        # a title opens the words before the body ("قصفت مدرسة تابعة للأمم المتحدة" has none)
        and title_word(lex, s.norm(m.positions[0] + 1))
    )
    if official_of:
        return first
    if first is not None and first.acting and all(accusative(a) or oblique_plural(a) for a in first.acting):
        return None  # "قتلت مسلحا": the accusative is the object; the subject is in the verb
    if (
        first is not None
        and first.marker is None
        and first.acting
        and not s.crosses(m.positions[0] + 1, first.start, hit)
        # a preposition in between makes the name part of a phrase ("دعم النص مع سفراء X"), but
        # for "كل من X و Y" (each of); a relative pronoun, part of a clause on the subject ("وتصل
        # المساعدات التي تقدمها X")
        and not any(
            (s.norm(i) in SEPARATE_PREPOSITIONS and not (i - 1 > m.positions[0] and s.norm(i - 1) in EACH_OF))
            or s.norm(i) in RELATIVE_PRONOUNS
            for i in range(m.positions[0] + 1, first.start)
        )
        and not _inside_object_phrase(lex, s, hit, first)
        and not _topic_nationality_in_gap(lex, s, hit, first)
    ):
        return first
    return None


def _topic_nationality_in_gap(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """ "بحثت الوزيرة الأزمة الليبية مع نظيرها": in the gap of a phrase that ends in its relation's
    own object preposition (``_in_phrase_gap``), a definite title right after the verb ("الوزيرة",
    "الرئيس") takes no genitive, so the definite noun after it opens the topic discussed; the
    nationality adjective on that noun is no party, neither partner nor subject. (A nisba after
    the title, "الرئيس التنفيذي", is the title's own adjective.)"""
    k = hit.match.positions[0] + 1
    if g.start != k + 2 or not _in_phrase_gap(hit, lex.object_markers.get(hit.relation, frozenset()), g):
        return False
    title, topic = s.norm(k), s.norm(k + 1)
    return (
        all(a.kind == "demonym" for a in g.members)
        and title.startswith(ARTICLE)
        and title_word(lex, title)
        and topic.startswith(ARTICLE)
        and not topic.endswith("ي")
        and not title_word(lex, topic)
    )


def _title_heads(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """ "وزار مبعوث الأمم المتحدة لبنان": a masculine office title right after the verb heads the
    body behind it (its genitive); the verb agrees with the title, not with the body's feminine
    name, so the body (acting for its official) is the subject, not the object."""
    k = hit.match.positions[0] + 1
    word = s.norm(k) if k < s.span.end else ""
    return g.start == k + 1 and title_word(lex, word) and not word.endswith("ة") and not named(s, k)


def _counted_crowd(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """ "تظاهر 30 طالبا", "اعتصم ثلاثون مصريا": a counted group (any count before it,
    ``Sentence.counted``; after a number of 11 to 99 the noun takes the accusative whatever its
    part in the clause, the number's specifier, تمييز, so its ending tells nothing) of a verb that
    takes no object (``gk:intransitive``) is its subject: after it, or right before a plural verb
    agreeing with it (``_crowd_before_verb``: "اعتقلت الشرطة 30 تونسيا تظاهروا", the verb after an
    indefinite noun describes it)."""
    return g.marker is None and bool(g.acting) and s.counted(g) and lex.relations[hit.relation].intransitive


def _crowd_before_verb(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """ "اعتقلت الشرطة 30 تونسيا تظاهروا": a counted crowd right before a plural verb that takes
    no object is its subject (``_counted_crowd``)."""
    return g.end == hit.match.start and hit.match.form.plural and _counted_crowd(lex, s, hit, g)


def _inside_object_phrase(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """ "أشاد الوزير بجهود قطر": the word right before the name carries the relation's own
    preposition (بجهود): the name is its genitive, inside the object phrase, never the subject.
    Titles ("بوزير") and "باسم" (speaking for) open no object phrase of their own."""
    i = g.start - 1
    if i <= hit.match.positions[0] or i in hit.match.positions or named(s, i):
        return False
    word = s.norm(i)
    markers = lex.object_markers.get(hit.relation, frozenset())
    cue = lex.cue_set
    return (
        len(word) > 3
        and word[:1] in markers
        and word != SPEAKING_FOR
        and not title_word(lex, word)
        and not title_word(lex, word[1:])
        # "بعثة الأمم المتحدة", "بحرية الاحتلال", "بعض المسؤولين": a noun of the party itself
        and not any(lex.is_cue(c, without_article(word)) for c in (cue.actor_noun, cue.partitive))
    )


def _adverbial(g: Group) -> bool:
    """A place phrase that may stand between a verb and its subject ("في القاهرة", "بالرياض")."""
    places = all(a.kind in NON_ACTOR_KINDS or a.entity.type in ("City", "Place") for a in g.members)
    return g.marker == "في" or g.marker in LOCATIVE_ADVERBS or (g.marker == "ب" and places)


def _subject_past_adverbials(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "وانتقد يوم الأحد في مؤتمر صحفي الرئيس التركي", "وقصفت في الليلة الماضية الطائرات
    الإسرائيلية": a subject after a time or place adverbial (VSO). Only place phrases may stand
    before it, the word right before it may not take it as a genitive ("خلال زيارة الرئيس": an
    indefinite noun), and no comma, clause word or other trigger comes between."""
    m, cue = hit.match, lex.cue_set
    start = m.positions[0] + 1
    # the adverbial opens right after the verb: a noun there may be the subject itself
    if start >= s.span.end or s.norm(start) not in lex.written_words(cue.adverbial_opener):
        return None
    _, clause_end = s.clause(start)
    for g in s.groups_from(start, min(clause_end - 1, start + MAX_ADVERBIAL_SPAN)):
        if _adverbial(g):
            continue
        words = [s.norm(i) for i in range(start, g.start)]
        # a speech the statement is made in ("في خطابه", "في بيان") parts no subject from its verb
        if g.marker is not None or not g.acting or not words or crosses_past_venue(lex, s, hit, start, g.start):
            return None
        if any(
            w in BOUNDARY_PUNCT or w in ("،", ",") or w in RELATIVE_PRONOUNS or lex.is_cue(cue.complementizer, w)
            for w in words
        ):
            return None
        placed = any(h.end == g.start and _adverbial(h) for h in s.groups)
        # an adjective ("صحفي", "الماضية") or a definite or possessed noun takes no genitive; an
        # office title is the subject's own first word ("في بيروت زعيم حزب الله")
        last = words[-1]
        if not (
            placed
            or title_word(lex, last)
            or last.startswith(ARTICLE)
            or last.endswith("ي")
            or token_text(s, g.start - 1).endswith(POSSESSIVE_SUFFIXES)
        ):
            return None
        if (not m.form.feminine and feminine_marked(g)) or lone_accusative(g):
            return None
        # "في أنقرة رئيس الوزراء التركي": a nationality ending an office title is the official's
        if all(a.kind == "demonym" for a in g.members) and not (actor_noun_before(lex, s, g) or _ends_title(lex, s, g)):
            return None  # "تتوغل في العمق الإسرائيلي": the adjective of the place noun
        return g
    return None


def _own_object_after(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """The party right after a verb behind one of its own prepositions: the trigger's last word
    ("وصل إلى دمشق") or a marker of its relation on the party ("اتصل بالرئيس")."""
    m = hit.match
    markers = lex.object_markers.get(hit.relation, frozenset())
    ends_in_preposition = len(m.positions) > 1 and s.norm(m.positions[-1]) in SEPARATE_PREPOSITIONS
    for g in s.groups_from(m.positions[0] + 1, m.end):
        if g.acting and ((ends_in_preposition and g.start == m.end) or (g.marker in markers and g.marker)):
            return g
    return None


def _adverbials_then_title(lex: ArabicLexicon, s: Sentence, start: int, end: int) -> bool:
    """Whether tokens start..end hold time words and place phrases, then at most the words of an
    office title ("أمس وزير الخارجية")."""
    # Only the place phrases overlapping start..end matter: the rest are not tested.
    placed = {i for h in s.groups if h.start < end and start < h.end and _adverbial(h) for i in range(h.start, h.end)}
    between = [i for i in range(start, end) if i not in placed]
    title = next((k for k, i in enumerate(between) if title_word(lex, s.norm(i))), len(between))
    words = [s.norm(i) for i in between[title:]]
    return (
        len(words) <= MAX_TITLE_LENGTH
        and all(s.norm(i) in lex.written_words(lex.cue_set.adverbial_opener) for i in between[:title])
        and all(
            w.isalpha() and w not in SEPARATE_PREPOSITIONS and not lex.is_cue(lex.cue_set.complementizer, w)
            for w in words
        )
    )


def _subject_past_object(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "وصل إلى دمشق أمس وزير الخارجية الإسباني": in VSO the party behind the verb's own
    preposition may come before the subject; the next party, past time words, place phrases and
    title words only, is the subject. Not an accusative or oblique plural ("سلم إلى مصر
    المطلوبين": the object), nor one whose gender the verb does not show."""
    obj = _own_object_after(lex, s, hit)
    if obj is None:
        return None
    _, clause_end = s.clause(obj.start)
    g = next((g for g in s.groups if obj.end <= g.start < clause_end and not _adverbial(g)), None)
    if g is None or g.marker is not None or not g.acting or s.crosses(obj.end, g.start, hit):
        return None
    if not _adverbials_then_title(lex, s, obj.end, g.start):
        return None
    if lone_accusative(g) or all(accusative(a) or oblique_plural(a) for a in g.acting):
        return None
    if hit.match.form.feminine != feminine_marked(g) and g.acting[0].entity.type != "Country":
        return None
    return g


_VISITED_TYPES = frozenset({"Country", "City", "Place", "Region"})


def _place_group(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """A bare name of a state or a place ("ماليزيا", "كوالالمبور"), or a place noun with its
    nationality ("العاصمة الماليزية"): somewhere one goes, never an official."""
    if g.marker is not None or not g.members:
        return False
    # a capital stands for its state ("metonym"): "زار كوالالمبور" visits Malaysia
    named = all(a.kind in ("name", "place", "metonym") and a.entity.type in _VISITED_TYPES for a in g.members)
    noun = g.start > s.span.start and lex.is_cue(
        lex.cue_set.place_noun, s.norm(g.start - 1).lstrip(CONJUNCTION_LETTERS)
    )
    return named or (noun and all(a.kind == "demonym" for a in g.members))


def _visitor_after_place(lex: ArabicLexicon, s: Sentence, hit: Hit) -> tuple[Group, Group] | None:
    """ "وزار ماليزيا أمس الرئيس الكيني", "زار العاصمة الماليزية وزير الخارجية": a visit verb's
    place right after it, then (past time words, place phrases and title words only) an official
    or a person: the place is visited (VOS), the official visits. (A state does the visiting with
    a feminine verb and a person as object: "زارت ماليزيا الرئيس" is no visit anyway.)"""
    m = hit.match
    if hit.pos != "verb" or lex.relations[hit.relation].object_kind != "entity_or_place":
        return None
    after = m.positions[0] + 1
    place = next((g for g in s.groups if g.start >= after), None)
    if place is None or place.start - after > 1 or not _place_group(lex, s, place):
        return None
    if place.start > after and not lex.is_cue(lex.cue_set.place_noun, s.norm(after)):
        return None
    _, clause_end = s.clause(place.start)
    g = next((g for g in s.groups if place.end <= g.start < clause_end and not _adverbial(g)), None)
    if g is None or g.marker is not None or not g.acting or _place_group(lex, s, g):
        return None
    if not _visiting_party(lex, s, hit, g):
        return None
    # "الأسبوع الماضي": a time phrase of several words may stand where "أمس" does
    timed = {i for t in s.cues[lex.cue_set.relative_time] if place.end <= t.start for i in range(t.start, t.end)}
    rest = next((i for i in range(place.end, g.start) if i not in timed), g.start)
    frame_end = _past_time_frame(lex, s, rest, g.start)
    # the event a time frame names ("بعد القمة") may be a trigger of its own
    if s.crosses(place.end, rest, hit) or s.crosses(frame_end, g.start, hit):
        return None
    return (place, g) if _adverbials_then_title(lex, s, frame_end, g.start) else None


def _visiting_party(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """An official (a title before the nationality), a person, or a delegation after a masculine
    verb ("وفد من البرلمان الأوروبي", "وفد كيني": its noun opens the group)."""
    if g.acting[0].entity.type == "Person" or title_word(lex, s.norm(g.start - 1)) or _title_start(lex, s, g) < g.start:
        return True
    lead = s.norm(g.start)
    delegation = lex.is_cue(lex.cue_set.partitive, lead) and lex.is_cue(lex.cue_set.actor_noun, lead)
    return delegation and not hit.match.form.feminine


_FRAME_NOUN_WORDS = 2  # words of the event a time frame names ("بعد القمة الأفريقية")


def _past_time_frame(lex: ArabicLexicon, s: Sentence, start: int, end: int) -> int:
    """ "وزار أنقرة بعد القمة الرئيس X": past a frame of time before an event (a
    gk:FrontedTimeFrameCue word: بعد، عقب، قبيل, and a definite noun with at most one adjective),
    where the subject's words start; else ``start``."""
    if start >= end or s.norm(start) not in lex.written_words(lex.cue_set.fronted_time_frame):
        return start
    k = start + 1
    while (
        k < end
        and k - start <= _FRAME_NOUN_WORDS
        and s.norm(k).startswith(ARTICLE)
        and s.norm(k).isalpha()
        and not title_word(lex, s.norm(k))
    ):
        k += 1
    return k if k > start + 1 else start


def verb_subject(lex: ArabicLexicon, s: Sentence, hit: Hit) -> tuple[Group | None, str, Group | None]:
    """A verb's subject, how it was found, and the topic an object pronoun on it refers to."""
    m = hit.match
    attached = m.joined
    pronoun = _pronoun_object_subject(s, hit)
    if pronoun is not None:
        return pronoun[0], "right", pronoun[1]
    if m.first_person:
        return None, "", None  # "نهاجم إسرائيل": "we" attack; the name is the object
    relative = _relative_conflict_head(lex, s, hit)
    if relative is not None and lex.relations[hit.relation].is_material_conflict:
        return None, "", None  # the head's background ("الرئيس، الذي غزا البلد"): no event of its own
    head = (
        _relative_head(lex, s, hit)
        or relative
        or _head_before_parenthetical(s, hit)
        or _head_before_relative(lex, s, hit)
        or _head_before_aside(lex, s, hit)
        or _pronoun_that_subject(lex, s, hit)
    )
    if head is not None:
        return head, "left", None
    if _unnamed_subject_after_that(lex, s, hit) or _unnamed_relative_head(lex, s, hit):
        return None, "", None
    opener = _condition_opener(lex, s, hit)
    left = s.group_before(m.start, 2)
    if left is not None and opener is not None and _outside_condition(s, left, opener):
        left = None
    if left is not None and not attached and _crowd_before_verb(lex, s, hit, left):
        return left, "left", None
    if left is not None and not attached and left.acting and _nationals_befallen(lex, s, hit, left):
        # "إن سائحتين يابانيتين اختطفتا", "أفرجوا عن سائحتين يابانيتين اختطفتا": the victims, then
        # the passive agreeing with them (a relative clause after an indefinite noun)
        return None, "", left
    if left is not None and left.marker is None and not attached and left.acting and _fronted_title(lex, s, left):
        if _disagrees(hit, left):
            return None, "", left  # "سفينة يونانية خطفها القراصنة": the ship is what it took
        return left, "left", None
    after = m.positions[0] + 1
    if after < s.span.end and any(q.start == after for q in s.cues[lex.cue_set.quantity_noun]):
        return None, "", None  # "وصل عدد اللاجئين إلى": the number is the subject
    unnamed = _unnamed_speaker(lex, s, after)
    if unnamed is not None:
        return unnamed[0], unnamed[1], None
    visit = _visitor_after_place(lex, s, hit)
    if visit is not None and not m.form.plural:
        return visit[1], "right", None
    if not m.form.plural:
        right = _right_subject(lex, s, hit)
        oblique = right is not None and lex.relations[hit.relation].use_of_force and _oblique_after_verb(right, m.end)
        oblique = oblique or (right is not None and _party_after_bare_subject(s, hit, right))
        oblique = oblique or (right is not None and _struck_past_means(lex, s, hit, right))
        if right is not None and (_nationals_befallen(lex, s, hit, right, m.end) or oblique):
            # "وأدان خطف البحارة الهنود", "خطف موظف بريطاني" (passive): whom it befell, its object
            return None, "", right
        if right is not None:
            return right, "right", None
        titled = _titled_official(lex, s, hit)
        if titled is not None and not _topic_nationality_in_gap(lex, s, hit, titled):
            return titled, "right", None
        past = _subject_past_adverbials(lex, s, hit) or _subject_past_object(lex, s, hit)
        if past is not None:
            return past, "right", None
    if not attached:
        left = s.group_before(m.start, MAX_SUBJECT_GAP_LEFT)
        if (
            left is not None
            and left.marker is None
            and left.acting
            and fronted(s, left)
            and not s.crosses(left.end, m.start, hit)
            and not (opener is not None and _outside_condition(s, left, opener))
        ):
            befallen = _nationals_befallen(lex, s, hit, left) or _disagrees(hit, left)
            return (None, "", left) if befallen else (left, "left", None)
    return None, "", None


def _condition_opener(lex: ArabicLexicon, s: Sentence, hit: Hit) -> int | None:
    """Where a condition word right before a verb starts ("إذا هاجمت", "في حال هاجمت",
    ``gk:ConditionCue``), if one does."""
    start = hit.match.positions[0]
    return next((c.start for c in s.cues[lex.cue_set.condition] if c.end == start), None)


def _outside_condition(s: Sentence, g: Group, opener: int) -> bool:
    """Whether a party before a condition word stands outside the condition's clause, which the
    verb after the word opens: only a topic right before the word, no verb's subject, is inside
    ("إن إسرائيل إذا هاجمت"); "قال الرئيس الإيراني إنه إذا هاجمت إسرائيل" is Israel's attack."""
    return g.end != opener or g.start - 1 in s.verbs


def _governed_agent(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "نفت إيران تزويد روسيا": the agent of a verbal noun is the subject of the verb governing it."""
    cue = lex.cue_set
    verbs, seeking, telling, stopping = _governing_verbs(lex, s)
    if not verbs or _own_sides_after(lex, s, hit):
        return None  # (no verb to govern the noun: most sentences)
    for v in verbs:
        # "وافقت باكستان على تسليم": a verb phrase with its preposition holds its subject in its
        # gap, and its last word stands right before the noun
        if v.gap is not None and v.end == hit.start:
            g = next((g for g in s.groups if v.gap[0] <= g.start and g.end <= v.gap[1]), None)
            if g is not None and g.marker is None and g.acting:
                return g
    for g in s.groups:
        if not (g.end <= hit.start and hit.start - g.end <= 2):
            continue  # (the title is read only of a group right before the noun)
        # "جدد الأمين العام للأمم المتحدة دعوة": the office holder's body, from the title on
        # "قام وزير الخارجية التشيلي بزيارة": a title of several words before the nationality
        lead = _title_start(lex, s, g) if g.marker is None else _office_of(lex, s, g)
        if lead is not None and g.acting:
            if any(v.end == lead or (v.end < lead and lead - v.end <= 1) for v in verbs):
                # Only adverbs may stand between ("أعلنت بوليفيا أمس قطع"): not "إلى أن", a
                # complementizer or a preposition, which open a clause of the noun's own; but a
                # verb of striving takes its act behind إلى ("تسعى اليابان إلى تعزيز العلاقات").
                between = [s.norm(i) for i in range(g.end, hit.start)]
                if between == ["الي"] and any(v.end <= g.start <= v.end + 1 for v in seeking):
                    between = []
                if between[:1] == ["عن"] and _announced_own_act(lex, s, hit, g, telling):
                    between = between[1:]
                if between == ["عن"] and any(v.end <= g.start <= v.end + 1 for v in stopping):
                    between = []
                if any(
                    n in SEPARATE_PREPOSITIONS or lex.is_cue(cue.complementizer, n) or n in BOUNDARY_PUNCT
                    for n in between
                ):
                    continue
                if not s.crosses(g.end, hit.start, hit):
                    return g
    return None


Verbs = list[PhraseMatch]


def _governing_verbs(lex: ArabicLexicon, s: Sentence) -> tuple[Verbs, Verbs, Verbs, Verbs]:
    """The sentence's verbs that govern a verbal noun (``_governed_agent``), and among them those
    of seeking, telling and stopping; read once a sentence."""
    memo = sentence_memo(s)
    found = memo.get(_governing_verbs)
    if found is not None:
        return found
    cue = lex.cue_set
    # Not expectation: "توقعت فرنسا زيارة الرئيس الروسي" expects another's act (his visit).
    # "كفت تركيا عن قصف العراق": a verb of stopping governs the act it stops, behind عن too.
    governing = (
        cue.denial,
        cue.reporting,
        cue.hope,
        cue.participation,
        cue.auxiliary_verb,
        cue.future,
        cue.cessation,
    )
    # "أفادت الشرطة بخطف": a verb of telling of a fact (gk:TellingOfCue) gives its subject as
    # the source of the act it names, never as the act's agent
    telling_of = {m.start for m in s.cues[cue.telling_of]}
    verbs = [m for concept in governing for m in s.cues[concept] if m.form.pos == "verb" and m.start not in telling_of]
    seeking = [m for m in s.cues[cue.hope] if m.form.pos == "verb"]
    telling = [m for m in s.cues[cue.reporting] if m.form.pos == "verb"]
    stopping = [m for m in s.cues[cue.cessation] if m.form.pos == "verb"]
    found = memo[_governing_verbs] = (verbs, seeking, telling, stopping)
    return found


def _announced_own_act(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group, telling: list[PhraseMatch]) -> bool:
    """ "أعلنت ألمانيا عن تقديم مساعدات لأوكرانيا": a reporting verb takes what it announces
    behind عن, and a verbal noun there with no agent of its own is the announcer's act. Not an
    act of force: "أعلن الجيش عن هجوم على موقع له" reports what others did to it."""
    if not any(v.end <= g.start <= v.end + 1 for v in telling) or lex.relations[hit.relation].use_of_force:
        return False
    return _genitive_subject(lex, s, hit)[0] is None


def _gap(s: Sentence, start: int, g: Group) -> list[str]:
    return [s.norm(i) for i in range(start, g.start)]


def _denied_by(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether the group is the subject of a denial verb right before it ("نفت سوريا")."""
    return any(m.form.pos == "verb" and m.end <= g.start and g.start - m.end <= 1 for m in s.cues[lex.cue_set.denial])


_FEMININE_RELATIVES = frozenset(normalize_token(w) for w in ("التي", "اللتين", "اللتان"))


def _relative_head(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "الرئيس المصري الذي التقى العاهل الأردني", "رئيس الوزراء العراقي، الذي يزور واشنطن":
    a verb right after a relative pronoun, with no object pronoun of its own (which would make
    the head its object: "الهجوم الذي شنته إسرائيل"), has the party the pronoun follows as
    subject; the name after the verb is its object, never its subject. Only with such an object
    right after the verb: "الصحفي الذي اعتقل في طهران" may be a passive (he was arrested). Not
    for acts of material conflict: "بوش، الذي احتل العراق" tells who the party is, the background
    of what the sentence reports, not an event of its own."""
    m = hit.match
    i = m.positions[0]
    if m.joined or m.form.pronoun_object or i - 2 < s.span.start or lex.relations[hit.relation].is_material_conflict:
        return None
    before = _pronoun_head_end(s, i, m.form.feminine)
    head = None if before is None else next((g for g in s.groups if g.end == before and g.acting), None)
    if head is None:
        return None
    markers = lex.object_markers.get(hit.relation, frozenset())
    after = next(iter(s.groups_from(m.end, m.end + 1)), None)
    if after is None or not after.acting or not (after.marker is None or after.marker in markers):
        return None
    return head


def _relative_conflict_head(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "الجبهة التي تحارب الجيش الحكومي": a verb of conflict right after a relative
    pronoun agreeing with it, with no object pronoun of its own, has the party the pronoun
    follows as subject; the name after the verb is whom it fights, never its subject. Only when
    that head is a party (``_relative_head`` leaves material conflict out for the object shape)."""
    m = hit.match
    i = m.positions[0]
    if m.joined or m.form.pronoun_object or i - 2 < s.span.start or not lex.relations[hit.relation].is_conflict:
        return None
    before = _pronoun_head_end(s, i, m.form.feminine)
    if before is None:
        return None
    return next((g for g in s.groups if g.end == before and g.marker is None and g.acting), None)


def _pronoun_head_end(s: Sentence, i: int, feminine: bool) -> int | None:
    """Where the party a relative pronoun right before token ``i`` follows ends (past a comma),
    when the pronoun agrees with the word at ``i`` (``feminine``); None after no such pronoun.
    Token ``i - 2`` lies in the sentence."""
    pronoun = s.norm(i - 1)
    if pronoun not in RELATIVE_PRONOUNS or feminine != (pronoun in _FEMININE_RELATIVES):
        return None
    return i - 2 if s.norm(i - 2) in COMMAS else i - 1


def _pronoun_that_subject(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "وقالت وزارة الخارجية الأمريكية في بيان إنها تدعو إسرائيل": after أنه/إنها the verb's
    subject is the pronoun, the party before it that agrees (ها a state or body with a feminine
    verb, ه a man with a masculine one), never the name after the verb. A verb that does not
    agree with the pronoun ("أنه تعرضت", the pronoun of the matter) is left alone."""
    m = hit.match
    i = m.positions[0] - 1
    if m.joined or m.form.plural or i <= s.span.start or s.norm(i) not in _PRONOUN_THAT:
        return None
    feminine = s.norm(i).endswith("ها")
    if m.form.feminine != feminine:
        return None
    for g in reversed([g for g in s.groups if g.end <= i and g.marker is None and g.acting]):
        if s.quote_between(g.end, i):
            return None
        # a verb's subject (after the verb, or opening its clause): "في شمال غرب باكستان" is no
        # one who speaks
        if not (g.start - 1 in s.verbs or fronted(s, g)):
            continue
        person = g.acting[0].entity.type == "Person" or g.acting[0].kind == "title" or _titled_nationality(lex, s, g)
        if person != feminine:
            return g
        # "وأكد حزب الله في بيان أنه قصف": a body of masculine name (no state, not ة/ات) is ه too
        if not feminine and g.acting[0].entity.type != "Country" and not feminine_marked(g):
            return g
    return None


def _head_before_relative(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "الرئيس الأمريكي الذي يزور المنطقة حاليا التقى أمس العاهل الأردني": the first verb after a
    relative clause on a party opening its clause is that party's predicate; the name after it is
    its object. Only a clause without commas, sentence punctuation or complementizers, and a verb
    agreeing with the pronoun."""
    r = _relative_before(lex, s, hit)
    if r is None:
        return None
    head = next((g for g in s.groups if g.end == r and g.marker is None and g.acting), None)
    return head if head is not None and fronted(s, head) else None


def _relative_before(lex: ArabicLexicon, s: Sentence, hit: Hit) -> int | None:
    """The relative pronoun of a clause that closes right before the verb and agrees with it
    (``_head_before_relative``): the verb is the predicate of the pronoun's head."""
    m = hit.match
    i = m.positions[0]
    if m.joined or m.form.plural:
        return None
    for r in range(i - 2, max(s.span.start, i - _PARENTHETICAL_REACH) - 1, -1):
        word = s.norm(r)
        if word in RELATIVE_PRONOUNS:
            break
        if word in COMMAS or word in BOUNDARY_PUNCT or lex.is_cue(lex.cue_set.complementizer, word):
            return None
    else:
        return None
    if (s.norm(r) in _FEMININE_RELATIVES) != m.form.feminine or r + 1 >= i:
        return None
    return r


def _unnamed_relative_head(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "الرئيس الذي يزور الهند التقى X": the verb after a relative clause is its head's, and a
    head the text does not name ("الرئيس") leaves the verb with no subject: the name inside the
    clause (the place visited) is never it."""
    r = _relative_before(lex, s, hit)
    return r is not None and not any(g.end == r and g.marker is None for g in s.groups)


def _head_before_aside(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "الحكومة الألمانية ، من جهتها ، انتقدت": an aside set off by commas ("من جهته", "بدوره":
    the writer's turn or manner words) whose pronoun agrees with the verb after it leaves the
    party opening the clause before it as the verb's subject (the commas end the clause search)."""
    m = hit.match
    close = m.positions[0] - 1
    if m.joined or m.form.plural or close <= s.span.start or s.norm(close) not in COMMAS:
        return None
    asides = lex.written_phrases(lex.cue_set.writer_clause) | lex.written_phrases(lex.cue_set.judging_manner)
    for size in (1, 2):
        opening = close - size - 1
        words = tuple(s.norm(i) for i in range(opening + 1, close))
        if opening <= s.span.start or s.norm(opening) not in COMMAS or words not in asides:
            continue
        pronoun = words[-1]
        if not pronoun.endswith(("ه", "ها")) or pronoun.endswith("ها") != m.form.feminine:
            return None
        head = next((g for g in s.groups if g.end == opening and g.marker is None and g.acting), None)
        if head is None or not fronted(s, head):
            return None
        # the pronoun takes up the head: "الحكومة ، من جهته" refers to someone else
        agrees = _feminine_party(head) if m.form.feminine else not feminine_marked(head)
        return head if agrees else None
    return None


def _unnamed_subject_after_that(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "أعلنت الصين أن الوزير سيزور اليابان", "أن السلطة سترفض أي تدخل إسرائيلي": after أن a
    noun stands before the verb as its subject; when no party is named there, the name after the
    verb is its object or a word of it, never its subject."""
    m = hit.match
    i = m.positions[0] - 1
    if m.joined or i - 1 < s.span.start or not s.norm(i).isalpha() or named(s, i):
        return False
    if any(g.start <= i < g.end for g in s.groups) or s.norm(i) in SEPARATE_PREPOSITIONS:
        return False
    return lex.is_cue(lex.cue_set.complementizer, s.norm(i - 1)) and s.norm(i)[:2] == ARTICLE


_PARENTHETICAL_REACH = 12  # tokens of a relative clause set off by commas


def _parenthetical_close(s: Sentence, g: Group) -> int | None:
    """ "X ، الذي يزور واشنطن حاليا ، ...": the closing comma of a relative clause set off by
    commas right after the group, if there is one (no sentence punctuation or quote inside)."""
    r = g.end + 1
    if r >= s.span.end or s.norm(g.end) not in COMMAS or s.norm(r) not in RELATIVE_PRONOUNS:
        return None
    for c in range(r + 2, min(s.span.end, r + _PARENTHETICAL_REACH)):
        word = s.norm(c)
        if word in BOUNDARY_PUNCT or s.quote_between(c, c + 1):
            return None
        if word in COMMAS:
            return c
    return None


def _bare_relative_close(lex: ArabicLexicon, s: Sentence, g: Group) -> int | None:
    """ "والتقى الوزير الياباني الذي يزور الإمارات حاليا ولي عهد أبوظبي": a relative clause
    right after the subject with no commas holds its verb and that verb's one party (and time
    words); the last token of that clause, when a party follows it (the main verb's object, maybe
    after the words of its phrase), else None."""
    r = g.end
    if r + 2 >= s.span.end or s.norm(r) not in RELATIVE_PRONOUNS or s.group_at(r + 1) is not None:
        return None
    own = next(iter(s.groups_from(r + 2, r + 3)), None)  # the relative verb's party
    if own is None:
        return None
    k = own.end
    times = lex.written_words(lex.cue_set.clause_time)  # (gk:ClauseTimeCue)
    while k < s.span.end and s.norm(k) in times:
        k += 1
    # the main verb's party, or the words of its phrase first ("بمواقف روسيا", "ولي عهد أبوظبي")
    after = next(iter(s.groups_from(k, k + 2)), None)
    if after is None or not after.acting:
        return None
    plain = all(s.norm(i).isalpha() and i not in s.verbs and i not in s.trigger_tokens for i in range(k, after.start))
    return k - 1 if plain else None


def _relative_close(lex: ArabicLexicon, s: Sentence, hit: Hit) -> int | None:
    """Where a relative clause on a verb's subject after it ends, set off by commas or not."""
    subj = hit.subject
    if subj is None or hit.subject_from != "right" or hit.pos != "verb":
        return None
    return _parenthetical_close(s, subj) or _bare_relative_close(lex, s, subj)


def _head_before_parenthetical(s: Sentence, hit: Hit) -> Group | None:
    """ "وكان وزير الخارجية الفرنسي ، الذي وصل إلى بيروت أمس ، قد انتقد إسرائيل": a verb right
    after the clause's closing comma (or قد) has the party before the clause as subject."""
    m = hit.match
    if m.joined:
        return None
    c = m.positions[0] - 1
    while c > s.span.start and s.norm(c) == "قد":
        c -= 1
    if c <= s.span.start or s.norm(c) not in COMMAS:
        return None
    for g in s.groups:
        if c - _PARENTHETICAL_REACH <= g.end < c and g.acting and _parenthetical_close(s, g) == c:
            return g
    return None


def _disagrees(hit: Hit, g: Group) -> bool:
    """A verb after its subject agrees with it in gender: a masculine singular verb ("خطفها")
    after a noun phrase marked feminine ("سفينة يونانية") is not that phrase's act; with an object
    pronoun, the phrase is what the pronoun takes up."""
    form = hit.match.form
    return hit.pos == "verb" and form.pronoun_object and not form.feminine and not form.plural and feminine_marked(g)


def _nationals_befallen(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group, lo: int | None = None) -> bool:
    """Whether a group of nationalities only names people an act of material conflict befalls:
    a noun of people is its head ("موظف بريطاني", "سائحتين يابانيتين", "البحارة الهنود"), in
    the group or before it (from ``lo``, else the word right before it). Such a group is the
    act's object, or the subject of its passive, never its agent."""
    if not all(a.kind == "demonym" for a in g.members):
        return False
    start = max(s.span.start, g.start - 1 if lo is None else lo)
    return _victims(lex, hit, [s.norm(i) for i in range(start, g.members[0].start)])


def _victims(lex: ArabicLexicon, hit: Hit, gap: list[str]) -> bool:
    """Whether a noun of people ("المواطن", "الرهائن") stands between an act of material conflict
    and the nationality after it: the nationality then names the people the act befalls. So with
    support or aid ("دعم الأشقاء اللبنانيين"): the people it goes to, never its giver. So too a
    holding a verb of force strikes ("قصفت مواقع أوكرانية": Ukrainian positions were shelled)."""
    rel = lex.relations[hit.relation]
    if rel.use_of_force and _holds(lex, gap):
        return True
    if not rel.is_material_conflict and not (rel.is_cooperation and not rel.contact and not rel.symmetric):
        return False
    return any(lex.is_cue(lex.cue_set.people_noun, without_article(w)) for w in gap)


def _holding(lex: ArabicLexicon, word: str) -> bool:
    """A target noun (``gk:TargetNounCue``: "مواقع", "قاعدة", "مصالح") that names a party's
    holding, which never acts: not forces, craft or units ("قوات", "طائرات", "دورية"), which may
    (``gk:ActorNounCue``, ``gk:OwnForcesCue``, ``gk:PartitiveNounCue``)."""
    cue = lex.cue_set
    return lex.is_cue(cue.target_noun, word) and not any(
        lex.is_cue(c, word) for c in (cue.actor_noun, cue.own_forces, cue.partitive)
    )


def _holds(lex: ArabicLexicon, words: list[str]) -> bool:
    """Whether a word among ``words`` (with or without the article) names a holding (``_holding``)."""
    return any(_holding(lex, without_article(w)) for w in words)


def _holdings_owner(lex: ArabicLexicon, s: Sentence, hit: Hit, start_after: int, g: Group) -> bool:
    """ "قصف منشآت الطاقة الأوكرانية": the nationality of a holding that an act of force strikes
    is whom it strikes, whether or not its agent is named."""
    return (
        lex.relations[hit.relation].use_of_force
        and all(a.kind == "demonym" for a in g.members)
        and g.start - start_after <= 3
        and _holds(lex, _gap(s, start_after, g))
    )


def _acts_on_genitive(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether a verbal noun is one of a transitive act (``gk:PatientGenitiveCue``), whose
    genitive is its object, with or without a conjunction, a preposition or the article on it."""
    # "محاولة اغتيال الرئيس": the word right before the genitive decides, the phrase's last
    last = s.norm(hit.match.positions[-1])
    forms = {w[k:] for w in (s.norm(hit.match.start), last) for k in range(3)}
    if any(lex.is_cue(lex.cue_set.patient_genitive, without_article(w)) for w in forms if w):
        return True
    return infinitive_noun(lex, s, hit.match.start)


def patient_genitive(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """The genitive right after a transitive act's verbal noun, whom the act befalls ("بمهاجمة
    سوريا"); its agent comes from elsewhere (the accused, the threatener)."""
    if hit.pos != "noun" or not _acts_on_genitive(lex, s, hit):
        return None
    g = next(iter(s.groups_from(hit.end, hit.end + 1)), None)
    return g if g is not None and g.marker is None and g.acting and g.start == hit.end else None


def _object_behind_li(s: Sentence, g: Group) -> bool:
    """ "اعتقال الشرطة للمتظاهرين": the object behind ل right after the genitive makes it the agent."""
    return any(x.marker == "ل" and 0 <= x.start - g.end <= 1 for x in s.groups)


def _li_object_follows(s: Sentence, g: Group) -> bool:
    """Whether the act's object stands behind ل right after the genitive ``g``, named
    (``_object_behind_li``) or not ("باحتلال إسرائيل للأراضي العربية"): the genitive is then the
    act's agent, not whom it befalls."""
    return _object_behind_li(s, g) or (g.end < s.span.end and s.norm(g.end).startswith("لل"))


def _unnamed_object_behind_li(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "اغتيال إسرائيل للوزير": an official or people the gazetteer does not name, behind ل right
    after a genitive that is a name, not a nationality, make it the agent as a named object does
    (``_object_behind_li``); ``للمرة``, ``لليوم`` are neither."""
    if g.end >= s.span.end or any(a.kind == "demonym" for a in g.members):
        return False
    word = s.norm(g.end)
    if not word.startswith("لل"):
        return False
    noun = ARTICLE + word[2:]
    return title_word(lex, noun) or lex.is_cue(lex.cue_set.people_noun, word[2:])


def _object_in_accusative(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "اغتيال إسرائيل قائدا فلسطينيا", "اعتقال الشرطة ثلاثة صحفيين أمريكيين": a verbal noun
    governs as its verb does, the agent in the genitive and the object in the accusative; an
    indefinite party right after the genitive, counted or in the accusative (ـًا, ـين), or a
    noun of a person in the accusative ("قائدا", "نائبا"), makes the genitive the agent. A name
    is no such party ("روسيا" ends in ـا too)."""
    if g.end < s.span.end and _person_in_accusative(lex, s.norm(g.end)):
        return True
    nxt = next(iter(s.groups_from(g.end, g.end + 3)), None)
    if nxt is None or nxt.marker is not None or not nxt.acting or any(a.kind == "name" for a in nxt.members):
        return False
    between = range(g.end, nxt.start)
    if len(between) > 2 or not all(k in s.counts or _indefinite_accusative(token_text(s, k)) for k in between):
        return False
    return bool(between) or _indefinite_accusative(token_text(s, nxt.start))


def _oblique_after_verb(g: Group, verb_end: int) -> bool:
    """Whether a group noun right after a verb of force stands in the oblique case of the sound
    plural or dual (ـين: "المدنيين", "الجنديين"): never that verb's subject, which would be
    ـون/ـان ("قصف المدنيين" is the shelling of the civilians). Names are left alone (الصين،
    البحرين), and so is a noun behind a count ("آلاف المحتجين": the count is the subject).
    Unlike ``oblique_plural`` (an indefinite noun anywhere), a definite noun counts too."""
    first = g.members[0] if g.members else None
    if g.start != verb_end or first is None or first.kind != "composed" or not first.text:
        return False
    return first.text.split()[0].endswith("ين")


def _struck_past_means(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """ "استهدفت الغارات مقاتلي حركة طالبان", "قصفت الطائرات مواقع حزب الله": raids or arms
    right after a verb of force are its subject (``gk:ForceMeansCue``); a party named past
    another noun after them is the side struck. A nationality right after them ("الطائرات
    الإسرائيلية") is the attacker's, and stays the subject."""
    if not lex.relations[hit.relation].use_of_force:
        return False
    after = hit.match.positions[0] + 1
    means = next((m for m in s.cues[lex.cue_set.force_means] if m.start == after), None)
    if means is None or g.start < means.end:
        return False
    return g.start > means.end or not all(a.kind == "demonym" for a in g.members)


def _party_after_bare_subject(s: Sentence, hit: Hit, g: Group) -> bool:
    """ "وقصفت القوات المدنيين": a party the linker could give no state ("القوات" alone, a bare
    "الجيش" with no place or document state: ``doc._.geokg_unsettled``) right after the verb
    fills the subject slot (VSO), so the people noun after it is the verb's object by position;
    taking it for the subject would turn the victims into the agent."""
    m = hit.match
    k = m.end
    if hit.pos != "verb" or m.gap or g.marker is not None or k >= s.span.end or g.start <= k:
        return False
    doc = s.doc
    lo, hi = doc[k].idx, doc[g.start - 1].idx + len(doc[g.start - 1])
    return any(a == lo and b == hi for a, b in doc._.geokg_unsettled or ())


def _person_in_accusative(lex: ArabicLexicon, norm: str) -> bool:
    """Whether a normalised word is a title's or a party's head noun in the indefinite accusative
    ("قائدا", "نائبا", "جنديا"): the noun without its ـًا is a title head or an actor noun."""
    if norm.startswith(ARTICLE) or not tanwin_alif(norm):
        return False
    cue = lex.cue_set
    return any(lex.is_cue(c, norm[:-1]) for c in (cue.title_head, cue.actor_noun))


def _indefinite_accusative(word: str) -> bool:
    """Whether a word reads as an indefinite noun or adjective in the accusative: no article, and
    ـًا (not ـاء) or the oblique plural ـين."""
    if word.startswith(DEFINITE_STARTS) or len(word) <= 3:
        return False
    return tanwin_alif(word) or word.endswith("ين")


def _plain_word(s: Sentence, i: int) -> bool:
    """A word that is no name, number or punctuation."""
    return not named(s, i) and s.norm(i).isalpha()


def _owner_behind_li(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group, markers: frozenset[str]) -> bool:
    """ "في هجوم لحماس": a party behind ل right after the noun of an act of force (an event noun,
    not a transitive act's verbal noun: "قصف لمواقع" is the positions shelled) owns the act, its
    agent, where ل is none of the relation's object prepositions."""
    return (
        g.marker == "ل"
        and g.start <= hit.end + 1
        and bool(g.acting)
        and not s.counted(g)
        and "ل" not in markers
        and lex.relations[hit.relation].use_of_force
        and not _acts_on_genitive(lex, s, hit)
    )


# Endings of a nationality in the masculine plural: people ("الفلسطينيين"), never an adjective
# of an act noun, which is singular or a plural of things ("الاعتقالات الإسرائيلية")
_PEOPLE_PLURAL = ("يين", "يون")


def _people_seized(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group, gap: list[str]) -> bool:
    """ "اعتقال الفلسطينيين", "احتجاز البريطانيين": a nationality in the plural of people right
    after the verbal noun of an act done to someone (``gk:PatientGenitiveCue``) is its genitive,
    whom the act befalls, not its agent (unless the object follows behind ل)."""
    return (
        not gap
        and s.norm(g.end - 1).endswith(_PEOPLE_PLURAL)
        and _acts_on_genitive(lex, s, hit)
        and not _object_behind_li(s, g)
    )


def _genitive_subject(lex: ArabicLexicon, s: Sentence, hit: Hit) -> tuple[Group | None, str]:
    """The agent right after a verbal noun: a genitive ("زيارة بوتين"), a relational adjective
    ("العقوبات الغربية") or a name behind an auxiliary ("زيارة يقوم بها الرئيس")."""
    m = hit.match
    inside = [g for g in s.groups if m.start < g.start and g.end <= m.end and g.acting]
    if inside and all(a.kind == "demonym" for a in inside[0].members):
        return inside[0], "adjective"  # "الحرب [الإسرائيلية] على": the adjective inside the phrase
    if inside and inside[0].start == m.start + 1 and inside[0].marker is None and not _acts_on_genitive(lex, s, hit):
        return inside[0], "genitive"  # "تضامن [بلاده] مع": the genitive inside the phrase
    after = s.groups_from(m.end, m.end + MAX_SUBJECT_GAP_RIGHT + 4)
    markers = lex.object_markers.get(hit.relation, frozenset())
    # "زيارة لرئيس الوزراء الهندي إلى البلد": ل brings the agent when the object follows behind
    # another of the relation's prepositions.
    # an adjective may stand between: "زيارة مرتقبة للرئيس الصيني إلى الرياض"
    qualified = lex.relations[hit.relation].is_material_conflict and _qualified_phrase(s, m)
    adjective = (
        m.end < s.span.end and not qualified and _plain_word(s, m.end) and s.norm(m.end) not in SEPARATE_PREPOSITIONS
    )
    if (
        len(after) >= 2
        and after[0].marker == "ل"
        and after[0].start <= m.end + (2 if adjective else 1)
        and after[0].acting
        and after[1].marker in markers - {"ل"}
        and after[1].start - after[0].end <= 1
    ):
        return after[0], "genitive"
    if after and _owner_behind_li(lex, s, hit, after[0], markers):
        return after[0], "genitive"
    for g in s.groups_from(m.end, m.end + MAX_SUBJECT_GAP_RIGHT):
        if g.marker is not None or not g.acting or _counted_after(s, m.end, g):
            break  # a counted group is what the act befalls: "اعتقال 10 فلسطينيين", "خطف أربعة أمريكيين"
        gap = _gap(s, m.end, g)
        if all(a.kind == "demonym" for a in g.members) and s.crosses(m.end, g.start, hit):
            break  # "تطرق اللقاء إلى الدعم الإيراني": the adjective of another act noun, not ours
        # "احتجاجا على الاستيطان الإسرائيلي": past a preposition the adjective is its noun's; past
        # an adverb of place ("لهجوم قرب المعبر الأردني") it is where the act was, never its agent
        behind_preposition = any(w in SEPARATE_PREPOSITIONS or w in LOCATIVE_ADVERBS for w in gap)
        demonym = all(a.kind == "demonym" for a in g.members) and not behind_preposition
        if demonym and len(gap) <= 2 and not actor_noun_before(lex, s, g):
            if _victims(lex, hit, gap) or _people_seized(lex, s, hit, g, gap):
                break  # "خطف السياح الألمان": the Germans are whom the act befalls
            if gap and _acts_on_genitive(lex, s, hit) and title_word(lex, gap[0]):
                break  # "اغتيال الوزير الإيراني": the nationality is the official's, who is the victim
            if _toured_region(lex, hit, g):
                break  # "جولة أوروبية": a tour of Europe, made by someone else
            if gap and _definite(s.norm(m.start)) and _definite(gap[0]) and title_word(lex, gap[0]):
                break  # "بعد القمة الرئيس الكيني": a definite noun has no genitive; the official is another phrase
            return g, "adjective"  # "العقوبات الغربية", "الصواريخ البالستية الكورية"
        if (
            not gap
            and _acts_on_genitive(lex, s, hit)
            and not (
                _li_object_follows(s, g)
                or _unnamed_object_behind_li(lex, s, g)
                or _object_in_accusative(lex, s, g)
                or _act_object_after(lex, s, g)
            )
        ):
            break  # "لمهاجمة المسلحين", "اغتيال رئيس الوزراء": whom the act befalls, never its agent
        if not gap and qualified and _ends_in_party_noun(lex, s, m, g):
            return g, "adjective"  # "وجود قوات إثيوبية": the phrase's last noun and what follows, one party
        if not gap and qualified:
            break  # "واستهدفت سيارة مفخخة قافلة": a noun with its adjective governs no genitive
        if not gap and _means_written_definite(lex, s, m):
            break  # "استهدفت الغارة مقاتلي حزب الله": a definite noun has no genitive after it
        if not gap:
            return g, "genitive"  # "زيارة بوتين"
        # "زيارة يقوم بها الرئيس"; but "مستشفى ليقدم العلاج للأشقاء": a verb of purpose (ل) is an
        # act of its own, and the party behind its preposition is whom it serves
        aux = lex.cue(lex.cue_set.auxiliary_verb)
        if any(n in aux and n[:1] != "ل" for n in gap) and not s.crosses(m.end, g.start, hit):
            return g, "genitive"
        break
    return None, ""


def _ends_in_party_noun(lex: ArabicLexicon, s: Sentence, m: PhraseMatch, g: Group) -> bool:
    """ "وجود قوات إثيوبية", "وجود قوات الأمم المتحدة": a trigger whose last word is a noun of
    parties (gk:ActorNounCue), composed with the group right after it into one actor, ends in
    that party; not a party the trigger's adjective is followed by ("سيارة مفخخة القوات
    التركية": the struck), nor a group that starts with its own noun ("قوات أمريكية")."""
    idx = lex.cue(lex.cue_set.actor_noun)
    return (
        g.start == m.end
        and all(a.kind == "composed" for a in g.members)
        and s.norm(m.end - 1) in idx
        and s.norm(g.start) not in idx
    )


def _means_written_definite(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> bool:
    """Whether the noun is a raid or arm written with the article (``gk:ForceMeansCue``: "الغارة",
    "الغارات"): no genitive follows it, so a party right after it is another phrase (the object
    of the verb the noun is subject of), never the raid's owner."""
    return any(c.start == m.start and c.end == m.end for c in s.cues[lex.cue_set.force_means])


def _qualified_phrase(s: Sentence, m: PhraseMatch) -> bool:
    """Whether a noun trigger is a noun with its indefinite adjective ("سيارة مفخخة", "عبوة
    ناسفة"): no genitive follows such a phrase, nor another adjective; a party right after it
    begins another phrase (the object of the verb it is subject of). Asked of acts of material
    conflict only: a call's frame ("في اتصال هاتفي الرئيس الكيني") is read past its adjective by
    ``_called_after_frame``."""
    return m.form.pos == "noun" and len(m.positions) > 1 and not _definite(s.norm(m.positions[-1]))


def _definite(norm: str) -> bool:
    """Whether a normalised word carries the article (after و or ف too)."""
    return norm.startswith(ARTICLE) or (norm[:1] in CONJUNCTION_LETTERS and norm[1:3] == ARTICLE)


def _toured_region(lex: ArabicLexicon, hit: Hit, g: Group) -> bool:
    """ "بعد عودته من جولة أوروبية": the adjective of a continent (which links to its union) on
    a visit noun names the region visited, never the visitor."""
    visit = lex.relations[hit.relation].object_kind == "entity_or_place"
    return visit and all(a.entity.type == "InternationalOrganisation" for a in g.members)


def _counted_after(s: Sentence, end: int, g: Group) -> bool:
    """A count between the trigger's end and the group counts the group ("اعتقال 10 فلسطينيين");
    one before the trigger counts the trigger's noun ("60 ألف طن قمح روسي": Russian wheat)."""
    return any(k in s.counts for k in range(max(end, g.start - 3), g.start))


def _owner(lex: ArabicLexicon, s: Sentence, hit: Hit, word: str) -> Group | None:
    """Whom a verbal noun's possessive pronoun refers to: the nearest party before it agreeing with
    it. A noun joined by و to a noun that names no party ("انتقد X الزعيم ... وتهديده") belongs to
    that noun, not to a party further back; a chain of owned nouns ("التزامه ودعمه") shares one."""
    pronoun = next((p for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), None)
    if pronoun is None:
        return None
    pronoun = "هم" if pronoun == "هما" else pronoun
    m = hit.match
    before = m.start - 1
    if m.joined and m.form.text[:1] == "و" and before >= s.span.start:
        joined = next((g for g in s.groups if g.end == m.start and g.acting), None)
        owned = _complement_of_owned(s, joined, pronoun) if joined is not None else None
        if owned is not None:
            return _antecedent(lex, s, hit, pronoun, owned)  # the owner of "دعمها" in "دعمها لX ورفضها"
        if joined is not None and _agrees_with(joined, pronoun):
            return joined  # "ندد X بالحكومة الإيرانية وتهديدها": the party it is joined to
        prev = token_text(s, before)
        named = any(g.start <= before < g.end for g in s.groups)
        if (
            not named
            and prev.isalpha()
            and not prev.endswith(POSSESSIVE_SUFFIXES)
            and s.norm(before) not in SEPARATE_PREPOSITIONS
        ):
            return None
    return _antecedent(lex, s, hit, pronoun)


def _complement_of_owned(s: Sentence, g: Group, pronoun: str) -> int | None:
    """ "أكدت مصر دعمها للسلطة الفلسطينية ورفضها للاستيطان": the party behind a preposition
    right after a trigger noun owned by the same pronoun is that noun's object; the next owned
    noun shares the first one's owner (Egypt), not that object (the Palestinians rejecting).
    Where the first owned noun stands, or None."""
    for k in range(g.start - 1, max(s.span.start, g.start - 4) - 1, -1):
        if k not in s.trigger_tokens:
            continue
        text = token_text(s, k)
        if not text.endswith(pronoun) or text.endswith("ة"):
            return None
        # behind the noun's preposition: on the group, or on the head noun it qualifies ("للسلطة")
        first = s.norm(k + 1)
        return k if g.marker is not None or first in SEPARATE_PREPOSITIONS or first[:1] in "لب" else None
    return None


# "وجهتها لها", "أطلقها ضده": a pronoun behind ل, إلى or ضد between a relative verb and its subject
_ADDRESSEE_PRONOUNS = frozenset(normalize_token(p + s) for p in ("ل", "إلي", "ضد") for s in ("ه", "ها", "هم", "هما"))


def _relative_agent(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "الغارات التي نفذتها إسرائيل على غزة", "العملية التي قامت بها القوات التركية": an event
    noun followed by a relative clause whose light verb carries the noun's pronoun (نفذتها، قامت
    بها) has that verb's subject as agent."""
    i = hit.end
    if i + 1 < s.span.end and s.norm(i) in lex.written_words(lex.cue_set.arms_kind):
        i += 1  # "غارة جوية شنتها": the noun's adjective of kind stands before its relative verb
    if hit.pos != "noun" or i >= s.span.end:
        return None
    if _adjective_before_relative(s, hit, i):
        i += 1  # "الزيارة الأولى التي يقوم بها": an adjective of the noun stands before its relative
    # "في هجوم نفذه مسلحون": after an indefinite noun the relative clause has no pronoun, but
    # its verb still carries the noun's
    bare = s.norm(hit.match.start)[:2] != ARTICLE and s.norm(i) not in RELATIVE_PRONOUNS
    if not bare and (i + 1 >= s.span.end or s.norm(i) not in RELATIVE_PRONOUNS):
        return None
    at = i if bare else i + 1
    # a verb of launching (gk:LaunchVerbCue): "الهجوم الذي شنته إسرائيل", and after an indefinite
    # noun with the noun's pronoun on it ("في غارة شنتها الطائرات الإسرائيلية")
    light = (*s.cues[lex.cue_set.auxiliary_verb], *s.cues[lex.cue_set.launch_verb])
    # a verb of issuing words (gk:IssuingVerbCue): "اقتراحا تقدمت به ألمانيا", "التهديدات التي أطلقتها كوريا الشمالية"
    issuing = [v for v in s.cues[lex.cue_set.issuing_verb] if v.start == at and v.form.pos == "verb"]
    verb = next((v for v in light if v.start == at and v.form.pos == "verb"), None) or next(iter(issuing), None)
    if verb is None or (bare and not verb.form.pronoun_object and not issuing):
        return None
    end = verb.end
    if not verb.form.pronoun_object:  # "العملية التي قامت بها القوات التركية": the pronoun on ب
        if end >= s.span.end or s.norm(end) not in ("بها", "به"):
            return None
        end += 1
    if end + 1 < s.span.end and s.norm(end) in _ADDRESSEE_PRONOUNS:
        end += 1  # "الاتهامات التي وجهتها لها واشنطن": whom the words were aimed at comes first
    g = s.group_at(end)
    if g is None and end + 1 < s.span.end and lex.is_cue(lex.cue_set.partitive, s.norm(end)):
        g = s.group_at(end + 1)  # "شنه عناصر حزب الله": a part of the body in construct before it
    if g is None:
        # "يقوم بها الرئيس الكيني": an official's title before the nationality
        g = next((h for h in s.groups if h.start > end and h.marker is None and _title_start(lex, s, h) == end), None)
    return g if g is not None and g.marker is None and g.acting else None


# how far past an act noun of force its place phrase ("على بلدة حدودية") may reach before the
# relative verb that carries the act's pronoun
_PLACE_PHRASE_REACH = 5
# where an act of force struck: the prepositions its place phrase opens with
_PLACE_PREPOSITIONS = frozenset({"علي", "في", "داخل", "قرب", "نحو", "باتجاه"})


def _relative_light_head(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "الرئيس الفرنسي الذي يقوم حاليا بجولة تشمل", "الوزيرة التي تجري محادثات مع": a verbal
    noun right after a light verb (gk:AuxiliaryVerbCue) that opens a relative clause is the act
    of the party the pronoun follows, as a trigger verb there is (``_relative_head``); a time word
    may stand between the verb and the noun ("يقوم حاليا بجولة"). Not for acts of conflict: "الجيش
    الذي يشن غارات" tells who the party is, the background of what the sentence reports."""
    if hit.pos != "noun" or lex.relations[hit.relation].is_conflict:
        return None
    at = hit.start - 1 if hit.start - 1 > s.span.start and _time_adverb(lex, s, hit.start - 1) else hit.start
    verb = next((v for v in s.cues[lex.cue_set.auxiliary_verb] if v.end == at and v.form.pos == "verb"), None)
    return _relative_clause_head(s, verb) if verb is not None else None


def _relative_clause_head(s: Sentence, verb: PhraseMatch) -> Group | None:
    """The party a relative pronoun right before ``verb`` follows (past a comma), when the
    pronoun agrees with the verb and the verb carries no pronoun of its own (which would make
    the head its object: "الزيارة التي يقوم بها"); no copula ("الذي كان")."""
    if verb.form.pronoun_object or verb.first_person or verb.form.plural or verb.start - 2 < s.span.start:
        return None
    if s.norm(verb.start).lstrip(CONJUNCTION_LETTERS) in COPULAS:
        return None
    before = _pronoun_head_end(s, verb.start, verb.form.feminine)
    return None if before is None else next((g for g in s.groups if g.end == before and g.acting), None)


def _time_adverb(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """Whether token ``i`` is a time word that a short clause may hold (gk:ClauseTimeCue:
    "حاليا", "اليوم", "أمس")."""
    return s.norm(i) in lex.written_words(lex.cue_set.clause_time)


def _relative_agent_past_place(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "سقوط قذائف على قرية حدودية أطلقها مسلحون": an indefinite act noun of force with no
    agent, its place phrase, then a bare verb of launching, carrying out or firing that carries
    a pronoun (an asyndetic relative clause, which only an indefinite noun takes: a named or
    definite place never): that verb's subject is the act's agent. A relative pronoun before
    the verb ("قرية التي يسكنها") ties the clause to the place, and gives nothing."""
    i = hit.end
    if hit.pos != "noun" or not lex.relations[hit.relation].use_of_force or i + 1 >= s.span.end:
        return None
    if s.norm(i) not in _PLACE_PREPOSITIONS and i not in s.verbs and s.group_at(i) is None:
        i += 1  # "قذائف هاون على": the noun's complement stands before the place phrase
    if s.norm(hit.match.start)[:2] == ARTICLE or i >= s.span.end or s.norm(i) not in _PLACE_PREPOSITIONS:
        return None
    verbs = (*s.cues[lex.cue_set.auxiliary_verb], *s.cues[lex.cue_set.launch_verb], *s.cues[lex.cue_set.issuing_verb])
    for k in range(i + 1, min(s.span.end, i + 1 + _PLACE_PHRASE_REACH)):
        n = s.norm(k)
        if n in RELATIVE_PRONOUNS or n in BOUNDARY_PUNCT or n in COMMAS:
            return None
        verb = next((v for v in verbs if v.start == k and v.form.pos == "verb" and v.form.pronoun_object), None)
        if verb is not None:
            g = s.group_at(verb.end)
            if g is None and verb.end + 1 < s.span.end and lex.is_cue(lex.cue_set.partitive, s.norm(verb.end)):
                g = s.group_at(verb.end + 1)  # "أطلقها عناصر حزب الله": a part of the body before it
            return g if g is not None and g.marker is None and g.acting else None
        if k in s.verbs:
            return None
    return None


def _adjective_before_relative(s: Sentence, hit: Hit, i: int) -> bool:
    """Whether token ``i`` right after a definite verbal noun is its adjective (definite, no
    party, no preposition) with a relative pronoun after it."""
    if i + 1 >= s.span.end or s.norm(hit.match.start)[:2] != ARTICLE or s.norm(i + 1) not in RELATIVE_PRONOUNS:
        return False
    word = s.norm(i)
    return word.startswith(ARTICLE) and word.isalpha() and word not in RELATIVE_PRONOUNS and s.group_at(i) is None


# أنه/إنها ..., and لكنه/لكنها ("but it"): the pronoun on the particle is the verb's subject
_PRONOUN_THAT = frozenset(
    {"انه", "انها", "بانه", "بانها", "وانه", "وانها", "لانه", "لانها", "لكنه", "لكنها", "ولكنه", "ولكنها"}
)


def _verb_right_before(lex: ArabicLexicon, s: Sentence, hit: Hit) -> PhraseMatch | None:
    """The light, planning or hoping verb (no copula) right before a verbal noun, if any ("نقوم
    نحن بالهجوم": "we" may stand between a first person verb and its noun)."""
    cue = lex.cue_set
    for concept in (cue.auxiliary_verb, cue.future, cue.hope, cue.participation):
        for v in s.cues[concept]:
            at = v.end + 1 if v.first_person and s.norm(v.end) == WE else v.end
            if v.form.pos == "verb" and at == hit.start and s.norm(v.start).lstrip(CONJUNCTION_LETTERS) not in COPULAS:
                return v
    return None


def _object_behind_lam(s: Sentence, g: Group) -> bool:
    """Whether the object behind ل follows the group right after it: a party ("لإسرائيل") or a
    noun with the article ("للتدخل التركي")."""
    if g.end < s.span.end and s.norm(g.end).startswith("لل") and len(s.norm(g.end)) > 4:
        return True
    # the tokenizer may split the preposition off ("ل" "لبنان"): it stands between
    return any(g.end <= o.start <= g.end + 1 and o.marker == "ل" and o.acting for o in s.groups)


def _light_verb_agent(
    s: Sentence, hit: Hit, verb: PhraseMatch, known: tuple[Group, ...] = ()
) -> tuple[Group | None, str] | None:
    """The agent of a verbal noun right after a light, planning or hoping verb: the verb's
    subject, if the verb shows one; None if the noun's own phrase must tell."""
    if verb.first_person:
        # "نقوم بالهجوم لكي يبقى X": "we", never a name after the noun; the genitive after it
        # ("سنقوم بقصف X") is its object, as after a found agent
        return None, "we"
    light = Hit(verb, hit.relation)
    behind = hit.match.form.preposition is not None or s.norm(hit.start - 1) in SEPARATE_PREPOSITIONS
    if behind and coordinated(s, light):
        # "أعلنت سوريا موافقتها على المبادرة المصرية ثم قامت بقصف حلب": a light verb joined to
        # the clause before continues its verb's subject; the name nearest before it (Egypt,
        # the initiative's) is no agent. Behind its preposition the noun cannot be the verb's
        # subject ("وتواصل العدوان الإسرائيلي" can).
        shared = sentence_subject(s, light, known)
        return (shared, "left") if shared is not None else (None, "governed")
    # "الدوحة تواصل دعم X", "أنها ستواصل دعم حزب الله": the verb's subject (before it, or
    # a pronoun) is the agent; the genitive after the noun is its object, never its agent.
    # Without one, the noun may be the verb's subject ("بدأت زيارة فرنسا"): left alone.
    left = s.group_before(verb.start, 2)
    if left is not None and left.marker is None and left.acting and fronted(s, left):
        return left, "left"
    if verb.start > s.span.start and s.norm(verb.start - 1) in _PRONOUN_THAT:
        return None, "governed"
    return None


_ADVERBIAL_FRAMES = frozenset(normalize_token(w) for w in ("في", "خلال", "أثناء", "عبر"))
_IN = normalize_token("في")
_FROM = normalize_token("من")
_BETWEEN = normalize_token("بين")


def _adverbial_agent(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "وأكد الرئيس المصري في اتصال هاتفي مع نظيره الفرنسي", "وبحث الوزير خلال لقاء مع": a
    verbal noun in an adverbial right after a verb's subject is that subject's act. Not for acts
    of material conflict: "قتل جنديان في هجوم" names the victims, never the attackers; nor for a
    noun with a possessive pronoun, which names its own agent."""
    m = hit.match
    rel = lex.relations[hit.relation]
    i, timed = _adverbial_frame_start(lex, s, m.start)
    if hit.pos != "noun" or m.form.preposition is not None or i is None or i - 1 < s.span.start:
        return None
    if rel.is_material_conflict or owned_word(s.doc[m.positions[0]].text) or (timed and not rel.contact):
        return None
    if _own_sides_after(lex, s, hit):
        return None
    # "قال الرئيس خلال زيارة وزير الخارجية الفرنسي للقاهرة": a party right after the noun is its
    # genitive, the visitor; the host before the frame is never the visitor of his own guest.
    # (A meeting's two sides match either way round: there the clause's subject stays a side;
    # after a time frame only a counterpart, "بعد لقاء نظيره", whose pronoun is the subject.)
    genitive = _genitive_after(lex, s, m.end)
    if genitive and (_directed_contact(rel) or (timed and not _counterpart_at(lex, s, m.end))):
        return None
    g = next((g for g in s.groups if g.end == i and g.marker in (None, "ل") and g.acting), None)
    # "واكتفى الأمين العام للجامعة العربية في اتصال": the official of a body behind ل, the verb
    # before his title (any verb opening the clause)
    lead = (_title_start(lex, s, g) if g.marker is None else _office_of(lex, s, g)) if g is not None else None
    if g is None or lead is None:
        return None
    if not (
        lead - 1 in s.verbs or fronted(s, g) or s.clause(lead)[0] == lead - 1 or fronted(s, replace(g, start=lead))
    ):
        return None
    return g


def _counterpart_at(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """Whether the word at ``i`` begins with the counterpart noun (gk:CounterpartCue: "نظيره",
    "نظيرته"), whose pronoun is the subject's own."""
    return s.norm(i).startswith(tuple(lex.written_words(lex.cue_set.counterpart)))


def _genitive_after(lex: ArabicLexicon, s: Sentence, end: int) -> bool:
    """Whether a bare party, or the title that opens one ("وزير الخارجية الإسباني"), stands
    right at ``end``: the genitive of the noun before it."""
    return any(
        g.marker is None and g.acting and end in (g.start, _title_start(lex, s, g))
        for g in s.groups_from(end, end + MAX_TITLE_LENGTH)
    )


def _directed_contact(rel: Relation) -> bool:
    """A contact of one going to another (a visit: its object may be a place): the party right
    after its noun is the one who goes. Not a reception ("خلال استقبال وزير الخارجية القطري"),
    whose party after the noun is as often the guest it receives."""
    return rel.contact and not rel.symmetric and "place" in rel.object_kind


def _guest_after(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether a directed contact noun has a party of its own right after it, its genitive: the
    visitor ("زيارة وزير الخارجية الإسباني"), never a party named before the noun. Not for a noun
    with a possessive pronoun ("خلال استقباله وزير الخارجية"): the pronoun is its agent, the
    party after it its object."""
    m = hit.match
    if owned_word(s.doc[m.positions[0]].text):
        return False
    return _directed_contact(lex.relations[hit.relation]) and _genitive_after(lex, s, m.end)


def _framed_visit_genitive(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether a directed contact noun (a visit, a reception) stands in an adverbial frame with a
    party of its own right after it: that genitive is its agent, not the framing clause's subject."""
    m = hit.match
    if m.form.preposition is not None or not _guest_after(lex, s, hit):
        return False
    return _adverbial_frame_start(lex, s, m.start)[0] is not None


def _own_sides_after(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "قال X خلال محادثات بين Y و Z": a contact noun followed by بين names its own sides; the
    subject of the clause around it is none of them (meetings_ar pairs the two after بين)."""
    end = hit.match.end
    return lex.relations[hit.relation].contact and end < s.span.end and s.norm(end) == _BETWEEN


def _series_start(lex: ArabicLexicon, s: Sentence, start: int) -> int:
    """ "بعد سلسلة من المحادثات", "خلال جولة جديدة من المباحثات": where a series (a noun of
    several rounds, gk:SeriesNounCue, an adjective, then من) opens before the contact noun at
    ``start``; else ``start``. The frame before the series frames the contact noun as it would
    right before it."""
    if start - 2 < s.span.start or s.norm(start - 1) != _FROM:
        return start
    series = lex.written_words(lex.cue_set.series_noun)
    k = start - 2
    if s.norm(k) not in series and k - 1 >= s.span.start and s.norm(k - 1) in series:
        k -= 1  # "جولة جديدة من": one adjective
    return k if s.norm(k) in series else start


def _adverbial_frame_start(lex: ArabicLexicon, s: Sentence, start: int) -> tuple[int | None, bool]:
    """Where the adverbial frame right before ``start`` opens: its preposition ("خلال"), في before
    a frame noun ("في ختام": gk:FrameNounCue), or a word of time (gk:FrontedTimeFrameCue: "بعد", "عقب"; then True:
    such a frame dates the clause by another's act as readily as by its subject's own); None when
    no frame stands there."""
    i = _series_start(lex, s, start) - 1
    if i < s.span.start:
        return None, False
    if s.norm(i) in _ADVERBIAL_FRAMES:
        return i, False
    if s.norm(i) in lex.written_words(lex.cue_set.fronted_time_frame):
        return i, True
    framed = s.norm(i) in lex.written_words(lex.cue_set.frame_noun) and i - 1 >= s.span.start and s.norm(i - 1) == _IN
    return (i - 1 if framed else None), False


_FRAME_REACH = 12  # words from a fronted frame's noun to the comma that closes the frame


def _fronted_frame_agent(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "وخلال لقائه الرئيس الفلسطيني، أكد وزير الخارجية الألماني", "وفي اتصال هاتفي مع نظيره،
    بحث الرئيس": a noun of contact in a time frame that opens the sentence is the act of the
    subject of the verb right after the comma that closes the frame (with only a title before
    that subject), named after it."""
    m = hit.match
    i = _series_start(lex, s, m.start) - 1
    if hit.pos != "noun" or not lex.relations[hit.relation].contact or i != s.span.start:
        return None
    # the adverbial frames, and time frames that may open a sentence before its verb
    # (gk:FrontedTimeFrameCue: "وعقب لقائه X قال Y")
    frame = s.norm(i).removeprefix("و")
    if frame not in _ADVERBIAL_FRAMES and frame not in lex.written_words(lex.cue_set.fronted_time_frame):
        return None
    # "خلال لقاء الرئيس الفلسطيني بـ": a genitive after the noun is its own agent
    text = _pronoun_word(s, m)
    owned = owned_word(text)
    if not owned and any(g.start == m.end and g.marker is None for g in s.groups):
        return None
    comma = next((k for k in range(m.end, min(s.span.end, m.end + _FRAME_REACH)) if s.norm(k) in COMMAS), None)
    if comma is None:
        comma = _frame_closing_verb(lex, s, m.end)
    if comma is None or comma + 1 not in s.verbs:
        return None
    g = next(iter(s.groups_from(comma + 2, comma + 2 + MAX_TITLE_LENGTH)), None)
    if g is None or g.marker is not None or not g.acting or not _adverbials_then_title(lex, s, comma + 2, g.start):
        return None
    return g


def _frame_closing_verb(lex: ArabicLexicon, s: Sentence, start: int) -> int | None:
    """ "وعقب محادثاته مع لوكاشنكو قال شافيز": with no comma, the first verb the lexicon knows
    closes the fronted frame, unless a relative pronoun, a complementizer or a boundary comes
    first (the verb is then in a clause of the frame's own). The token before that verb."""
    for k in range(start, min(s.span.end, start + _FRAME_REACH)):
        if k in s.verbs:
            return k - 1 if k > start else None
        n = s.norm(k)
        if n in RELATIVE_PRONOUNS or n in BOUNDARY_PUNCT or lex.is_cue(lex.cue_set.complementizer, n):
            return None
    return None


def noun_subject(lex: ArabicLexicon, s: Sentence, hit: Hit, known: tuple[Group, ...] = ()) -> tuple[Group | None, str]:
    """A verbal noun's agent and how it was found (``known``: the subjects the sentence's
    trigger verbs before it took)."""
    m = hit.match
    relative = _relative_agent(lex, s, hit) or _relative_agent_past_place(lex, s, hit)
    if relative is not None:
        return relative, "relative"
    head = _relative_light_head(lex, s, hit)
    if head is not None:
        return head, "left"
    fronted_frame = _fronted_frame_agent(lex, s, hit)
    if fronted_frame is not None:
        return fronted_frame, "frame"
    adverbial = _adverbial_agent(lex, s, hit)
    if adverbial is not None:
        return adverbial, "left"
    intent = intent_owner(lex, s, hit) or design_owner(lex, s, hit.match.start)
    if intent is not None:
        return intent, "left"
    governed = _governed_agent(lex, s, hit)
    if governed is None:
        verb = _verb_right_before(lex, s, hit)
        found = _light_verb_agent(s, hit, verb, known) if verb is not None else None
        if found is not None:
            return found
    if governed is not None:
        return _governed_noun_agent(lex, s, hit, governed)
    # "أكد شجبه وإدانته للعدوان الإسرائيلي": a noun with a possessive pronoun has its agent in
    # the pronoun; a name or nationality after it belongs to another noun.
    last = _pronoun_word(s, m)
    # "عن تضامنه مع الأردن": a phrase whose other words are prepositions is owned as one word is
    one_word = len(m.positions) == 1 or all(r <= SEPARATE_PREPOSITIONS for r in m.phrase.rest)
    owned = owned_word(last) and one_word
    if not owned:
        g, how = _genitive_subject(lex, s, hit)
        if g is not None:
            return g, how
    for g in s.groups_from(m.end, m.end + MAX_OBJECT_DISTANCE):
        if g.marker == "من قبل":
            return g, "agent"
    if owned:
        # "في هجومها على أوكرانيا", "انتقدت فرنسا إيران ودعمها": the possessive is the agent, the
        # nearest party before that agrees with it, never by position alone the clause's subject.
        return _owner(lex, s, hit, last), "left"
    return _agent_before_noun(lex, s, hit)


def _impersonal_passive(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "إنه تم اعتقال", "وجرى قصف", "تمت مهاجمة": a verbal noun right after an impersonal passive
    verb (gk:ImpersonalPassiveCue) has no agent but one named after من قبل / على يد; a speaker
    or subject before it is the source or someone else (the verb hides the agent on purpose). Not
    a joint act ("أعلنت الحكومة أنه تم توقيع اتفاق مع تركيا": the speaker is the party with the
    one behind مع)."""
    if lex.relations[hit.relation].symmetric:
        return False
    if not any(c.end == hit.match.start for c in s.cues[lex.cue_set.impersonal_passive]):
        return False
    # "الوزير الذي يجري جولة": after a relative pronoun on a party, يجري (and أجرى, whose
    # spelling is جرى's first person) is the light verb "conducts", the head its agent
    return _relative_light_head(lex, s, hit) is None or owned_word(token_text(s, hit.match.start))


def _governed_noun_agent(lex: ArabicLexicon, s: Sentence, hit: Hit, governed: Group) -> tuple[Group | None, str]:
    """The agent of a verbal noun a verb governs (``governed``: that verb's subject): the noun's
    own genitive or adjective where the verb denies its words, a visit frames it, or its object
    stands behind ل; else the verb's subject."""
    own, how = _genitive_subject(lex, s, hit)
    plural = s.norm(hit.match.positions[0]).endswith("ات")
    # "نفت كوبا اتهام واشنطن لها": the pronoun on ل behind the genitive is whom the words
    # were aimed at, the denier; the genitive is their author, singular noun or plural
    aimed_back = own is not None and _lam_pronoun_after(s, own)
    if own is not None and (how == "adjective" or plural or aimed_back) and _denied_by(lex, s, governed):
        # "نفت سوريا الاتهامات الأمريكية", "نفت إيران اتهامات الولايات المتحدة لها": the
        # accusations are the Americans'; the denier answers them and is never their agent.
        return own, how
    if own is not None and _framed_visit_genitive(lex, s, hit):
        return own, how  # "قال الرئيس خلال زيارة وزير الخارجية الإسباني": the guest visits
    if own is not None and how == "genitive" and _object_behind_lam(s, own):
        # "أكد الرئيس دعم بلاده لإسرائيل": a genitive with the object behind ل after it is
        # the noun's agent (lām al-taqwiya), not its object
        return own, how
    return governed, "left"


def _agent_before_noun(lex: ArabicLexicon, s: Sentence, hit: Hit) -> tuple[Group | None, str]:
    """A verbal noun's agent among the parties before it, where no genitive, possessive or
    agent phrase gave one; else the agent of an accusative of purpose."""
    m = hit.match
    # "إدانة الأردن للحصار": a noun behind a preposition completes the noun before it; the
    # name there belongs to that noun, not to this one.
    prep_before = m.form.preposition is not None or (
        m.start > s.span.start and s.norm(m.start - 1) in SEPARATE_PREPOSITIONS
    )
    # "خلال زيارة وزير الخارجية الإسباني": the guest after the noun visits, never a party before it
    left = None if _guest_after(lex, s, hit) else s.group_before(m.start, MAX_SUBJECT_GAP_LEFT)
    if left is not None and left.marker is None and left.acting and not s.crosses(left.end, m.start, hit):
        # "استنكرت أوروبا الاعتداءات": the subject of the verb before is not the agent of the noun
        # that verb governs; condemning an act never makes the condemner its agent.
        verb_subject = _after_verb(lex, s, left) and not _owned_after(s, hit, left)
        verb_subject = verb_subject or _told_by(lex, s, left, hit)
        # "قدمت فرنسا بالتعاون مع X": a joint act's adverbial ("in cooperation with") is the
        # clause subject's
        comitative = m.form.preposition == "ب" and m.end < s.span.end and s.norm(m.end) == "مع"
        if comitative and lex.relations[hit.relation].symmetric:
            return left, "left"
        if prep_before and _befallen_before(lex, s, hit, left):
            return None, ""
        if not (prep_before and left.end >= m.start - 1) and not verb_subject:
            return left, "left"
    purpose = _accusative_purpose_agent(lex, s, hit)
    return (purpose, "left") if purpose is not None else (None, "")


def _pronoun_word(s: Sentence, m: PhraseMatch) -> str:
    """The word of a trigger phrase that a possessive pronoun stands on: its one word, else its
    first ("لقائه", "تضامنه مع")."""
    return s.doc[m.positions[-1] if len(m.positions) == 1 else m.start].text


def _accusative_purpose_agent(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "أرسلت بريطانيا قوات إلى العراق، دعماً للولايات المتحدة": a verbal noun of cooperation in
    the indefinite accusative (written with its tanween, "دعماً"، "تضامناً") says why the clause's
    subject acts, so that subject is its agent: the party that opens the clause (after its
    complementizer if it has one, else from the sentence start) or follows its first word (a
    verb, or the noun whose genitive it is: "إن متاعب بريطانيا"); not a party further in, which
    may be an object ("هاجم مسلحون الجيش")."""
    m = hit.match
    if hit.pos != "noun" or m.form.preposition is not None or "\u064b" not in token_text(s, m.start):
        return None
    if not lex.relations[hit.relation].is_cooperation:
        return None
    complementizer = lex.cue_set.complementizer
    opener = max(
        (i for i in range(s.span.start, m.start) if lex.is_cue(complementizer, s.norm(i))), default=s.span.start - 1
    )
    g = next((g for g in s.groups if opener < g.start and g.end <= m.start), None)
    if g is None or g.marker is not None or not g.acting or g.start > opener + 2:
        return None
    return g


def _owned_after(s: Sentence, hit: Hit, g: Group) -> bool:
    """ "أكدت مصر حرصها على التعاون مع": a noun right after the verb's subject whose pronoun
    takes the subject up (as "حرص بلاده" names it) governs the act: the subject is its agent, as
    it is the agent of "حرص بلاده على". Not a trigger of its own ("رفضها للتعاون")."""
    k = g.end
    if k >= hit.match.start or k in s.trigger_tokens:
        return False
    word = token_text(s, k)
    pronoun = next((p for p in ("هم", "ها", "ه") if word.endswith(p)), None)
    return pronoun is not None and len(word) > 3 and _agrees_with(g, pronoun)


def _befallen_before(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """ "وقتل شرطي أمس في هجوم شنه مسلحون": the phrase right after a killing or wounding verb
    (unvowelled, as often the passive قُتل), or after its subject, is whom the casualty befell; the attack noun behind a
    preposition after it, with only time words between ("أمس", "يوم الخميس"), is the adverbial
    of that casualty, and the victim is never its agent: the noun names its own (شنه X، لـ X، من
    قبل X) or none."""
    if not lex.relations[hit.relation].use_of_force:
        return False
    casualty = [c.end for c in _casualty_words(lex, s) if c.form.pos == "verb"]
    # "وقتل مسلحون شرطيا أمس في هجوم": the active verb's object, right after its subject, too
    agents = [h.end for h in s.groups if h.start in casualty and h.marker is None]
    return g.start in casualty or g.start in agents


def _told_by(lex: ArabicLexicon, s: Sentence, g: Group, hit: Hit) -> bool:
    """Whether a group stands between a verb of telling of a fact and the verbal noun it names
    ("وذكرت وكالة الأنباء الفرنسية اعتقال"), with no other verb between: the teller, the act's
    source, even where the group holds only a nationality of the teller's name."""
    return any(
        m.form.pos == "verb"
        and m.end <= g.start
        and hit.start - m.end <= MAX_TITLE_LENGTH + 2
        and not any(m.end <= v < hit.start for v in s.verbs)
        for m in s.cues[lex.cue_set.telling_of]
    )


def _after_verb(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether a group stands right after a verb, alone or as a later conjunct of the phrase there
    ("استنكرت أوروبا والولايات المتحدة": the places between count, which join no group), or as
    the nationality of an official's title there ("وانتقد الوزير الأردني")."""
    ending = {x.end: x for x in s.groups}
    i = _title_start(lex, s, g) - 1
    while i >= s.span.start:
        if i in s.verbs:
            return True
        if s.norm(i) in ("و", "،", ","):
            i -= 1
        elif i + 1 in ending and ending[i + 1].start <= i:
            i = ending[i + 1].start - 1
        else:
            return False
    return False


def _title_start(lex: ArabicLexicon, s: Sentence, g: Group) -> int:
    """Where the official's title a name or nationality completes opens ("الوزير الأردني",
    "المتحدث باسم الخارجية الأردني"): a title word a few plain words back; else the group's start."""
    if g.marker is not None:
        return g.start
    memo = sentence_memo(s)  # (asked of every group for every noun hit: once a group)
    key = (_title_start, g)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _title_opening(lex, s, g)
    return found


def _title_opening(lex: ArabicLexicon, s: Sentence, g: Group) -> int:
    for k in range(g.start - 1, max(s.span.start, g.start - 4) - 1, -1):
        if named(s, k) or not s.norm(k).isalpha():
            break
        if title_word(lex, s.norm(k)):
            # "رئيس الوزراء": a title of several title words opens at the first
            while k - 1 >= s.span.start and not named(s, k - 1) and title_word(lex, s.norm(k - 1)):
                k -= 1
            return k
    return g.start


def _purpose_agent(
    lex: ArabicLexicon,
    s: Sentence,
    hit: Hit,
    hits: list[Hit],
    verb_subjects: VerbSubjects,
    subj: Group | None,
    how: str,
) -> Group | None:
    """The subject of the verb a purpose noun of contact ("للقاء", "لزيارة") depends on, if any.

    Only a noun with the preposition ل written on it, after a verb of the same clause chain
    whose subject is known, and with no agent of its own behind "من قبل"."""
    m = hit.match
    # "توجه إلى باريس لإجراء محادثات مع": the ل may stand on a light verb's noun before it
    before = m.start - 1
    light = (
        before >= s.span.start
        and s.norm(before)[:1] == "ل"
        and len(s.norm(before)) >= 4
        and s.norm(before).isalpha()
        and not named(s, before)
        and s.norm(before) not in SEPARATE_PREPOSITIONS
    )
    if (m.form.preposition != "ل" and not light) or how in ("agent", "left"):
        return None
    return _traveller(lex, s, hit, hits, verb_subjects, subj)


def _traveller(
    lex: ArabicLexicon, s: Sentence, hit: Hit, hits: list[Hit], verb_subjects: VerbSubjects, subj: Group | None
) -> Group | None:
    """The subject of the verb of travel or contact before a contact event of the same clause
    chain: the one who travels to meet, visit or talk."""
    # Contact (meet, visit, talk: gk:contactEvent) is what one travels or calls "to do"; other
    # nouns after ل qualify a noun ("اتفاقيات للتعاون", "لدعم الاقتصاد").
    if not lex.relations[hit.relation].contact:
        return None
    # The verb is one of travel or contact ("توجه", "وصل", "زار"): "هاجم X Y لاستقبال Z" gives
    # a reason, not a purpose.
    travel = {h.start for h in hits if h.pos == "verb" and lex.relations[h.relation].contact}
    verbs = [(pos, g) for pos, g in verb_subjects if pos < hit.start and g.acting and pos in travel]
    if not verbs:
        return None
    pos, group = verbs[-1]
    if group.start >= hit.start or (subj is not None and subj is group) or hit.start - pos > 10:
        return None
    return group if _one_stretch(lex, s, pos, hit.start) else None


def _one_stretch(lex: ArabicLexicon, s: Sentence, start: int, end: int) -> bool:
    """Whether tokens start..end hold no relative pronoun, comma, complementizer or clause cue."""
    return not any(
        n in RELATIVE_PRONOUNS
        or n in BOUNDARY_PUNCT
        or n in ("،", ",")
        or lex.is_cue(lex.cue_set.complementizer, n)
        or lex.is_cue(lex.cue_set.clause_boundary, n)
        for n in (s.norm(i) for i in range(start, end))
    )


def _subordinate_traveller(
    lex: ArabicLexicon,
    s: Sentence,
    hit: Hit,
    hits: list[Hit],
    verb_subjects: VerbSubjects,
    subj: Group | None,
    how: str,
) -> Group | None:
    """The traveller whose purpose (ليلتقي) or circumstance (يلتقي خلالها) an imperfect verb of
    contact is: not joined by و, its own subject absent or only the name right after it."""
    m = hit.match
    if m.joined or (subj is not None and how != "right") or m.form.plural:
        return None
    word = s.norm(m.positions[0])
    # "قام بزيارة إلى بغداد التقى خلالها": a perfect too, when "during which" ties it to the visit
    during = s.during_which(m.positions[0] + 1)
    if not (word.startswith("ي") or (m.form.future and word.startswith("لي")) or during):
        return None
    # "فيما يلتقي الرئيس المصري نظيره": a name after it with an object of its own is its subject
    if how == "right" and _object(lex, s, replace(hit, subject=subj, subject_from="right")) is not None:
        return None
    traveller = _traveller(lex, s, hit, hits, verb_subjects, subj)
    if traveller is None and lex.relations[hit.relation].contact and during:
        # "يبدأ الرئيس زيارة إلى X يلتقي خلالها", "سيمضي يومين في X يلتقي خلالهما مع": the
        # stay or visit is the main clause's, whatever its verb; so is who meets during it
        traveller = sentence_subject(s, hit, tuple(g for _, g in verb_subjects))
        traveller = traveller if traveller is not None and traveller is not subj else None
    return traveller


def _participle_subject(
    s: Sentence, hit: Hit, hits: list[Hit], verb_subjects: VerbSubjects
) -> tuple[Group | None, str]:
    """ "..., داعية موسكو إلى": the participle's subject is its clause's, not a genitive."""
    m = hit.match
    clause_start, _ = s.clause(m.start)
    genitives = {id(h.subject) for h in hits if h.pos == "noun" and h.subject_from in ("genitive", "adjective")}
    near = [
        g
        for g in s.groups
        if clause_start <= g.start and g.end <= m.start and g.marker is None and g.acting
        and id(g) not in genitives and not all(a.kind == "demonym" for a in g.members)
        # '"... الجمعية ..."، معربا': a name inside the words quoted before is not who adds them
        and not s.quote_between(g.end, m.start)
    ]  # fmt: skip
    before = [g for pos, g in verb_subjects if pos < m.start]
    subj, how = None, ""
    # "دعا X Y إلى ...، مطالبا ...": an adverbial participle shares the main verb's subject; the
    # name nearest before it may be that verb's object.
    # "غادر الرئيس الفرنسي بيروت متوجها إلى دمشق": so does a plain verb's subject (by its shape);
    # the city left is that verb's object.
    plain = sentence_subject(s, hit, ()) if not before else None
    if before and before[-1].start >= s.span.start:
        subj, how = before[-1], "dropped"
    elif plain is not None and plain.start >= clause_start:
        subj, how = plain, "dropped"
    elif near:
        subj, how = near[-1], "left"
    # "طائرتي شحن ... متوجهتين إلى سوريا": a dual or plural participle agrees with a subject of
    # several, not with one state or person.
    word = token_text(s, m.start)
    if subj is not None and word.endswith(("ين", "ون", "ان")) and len(subj.acting) == 1:
        if subj.acting[0].kind != "demonym":
            return None, ""
    return subj, how


def _passive_participle(s: Sentence, hit: Hit) -> tuple[Group, Group | None] | None:
    """ "الحكومة المدعومة من فرنسا في تشاد": a passive participle (مفعول) with "من" takes its
    agent after "من" and its patient, the noun it describes, before it."""
    m = hit.match
    word = s.norm(m.start).lstrip(CONJUNCTION_LETTERS)
    word = without_article(word)
    if not (m.phrase.rest and m.phrase.rest[-1] == {"من"} and _PASSIVE_PARTICIPLE.match(word)):
        return None
    agent = next(iter(s.groups_from(m.end, m.end + 1)), None)
    if agent is None or not agent.acting:
        return None
    patient = s.group_before(m.start, 1)
    return agent, (patient if patient is not None and patient.acting else None)


def _received(
    lex: ArabicLexicon, s: Sentence, hit: Hit, discourse: Discourse
) -> tuple[Group | None, Group | None] | None:
    """ "تلقى الرئيس التونسي اتصالا هاتفيا من نظيره الجزائري": a verbal noun received from
    someone (behind من) is that one's act, and the receiver (the receiving verb's subject) its
    object; without both named, the noun is left alone (never read with the receiver as agent)."""
    # '"تلقى " ضمانات شخصية " من': quotation marks around the noun do not part it from the verb
    start = hit.start - _quotes_in(s, hit.start - 1, -1)
    # "حصل الأردن على منحة من اليابان": the preposition a receiving verb takes stands before it
    start -= 1 if start - 1 > s.span.start and s.norm(start - 1) == ON else 0
    end = hit.end + _quotes_in(s, hit.end, 1)
    for cue in s.cues[lex.cue_set.receiving]:
        if cue.form.pos != "verb" or cue.end > start or start - cue.end > 6:
            continue
        between = [g for g in s.groups if cue.end <= g.start and g.end <= start]
        if len(between) > 1 or (between and (between[0].marker is not None or between[0].end != start)):
            continue
        if not between and start != cue.end:
            continue
        # "اتصالا هاتفيا مساء الخميس من جلالة الملك": time words and an honorific may stand between
        giver = next((g for g in s.groups_from(end, end + 4) if g.marker in ("من", "من قبل") and g.acting), None)
        # "تعرض لبنان لعدوان إسرائيلي", "واجهت الحكومة انتقادات أمريكية": the nationality
        # adjective of the act received names its agent; so does its genitive ("حظي المرشح بدعم
        # الولايات المتحدة": the support of the United States)
        qualifier = s.group_at(end)  # (its adjective or its genitive)
        if giver is None and qualifier is not None and qualifier.marker is None and qualifier.acting:
            giver = qualifier
        receiver = between[0] if between else None
        if receiver is None:
            left = s.group_before(cue.start, 2)
            if left is not None and left.marker is None and left.acting and fronted(s, left):
                receiver = left
            elif cue.joined:
                receiver = discourse.dropped_subject(cue.form.plural, cue.form.feminine)
        if giver is None or receiver is None or not receiver.acting or _same_state(giver, receiver, qualifier):
            return None, None  # received, but not both sides named: no agent, never the receiver
        return giver, receiver
    return None


def _quotes_in(s: Sentence, i: int, step: int) -> int:
    """How many quotation marks run from token ``i`` on (``step`` 1) or back (``step`` -1)."""
    n = 0
    while s.span.start <= i < s.span.end and i in s.quotes:
        n, i = n + 1, i + step
    return n


def _described_act(s: Sentence, hit: Hit, hits: list[Hit]) -> Group | None:
    """ "في قصف تركي طال قرية": a verb right after an indefinite verbal noun (with its
    agent's adjective) is a clause describing that noun: the act's agent is the verb's subject.
    The verb agrees with the noun in gender (غارة ... استهدفت، هجوم ... استهدف)."""
    m = hit.match
    if m.joined or m.form.plural:
        return None
    for other in hits:
        if other.pos != "noun" or other.subject is None or other.subject_from != "adjective":
            continue
        noun = token_text(s, other.match.start)
        end = max(other.match.end, other.subject.end)
        if end != m.start or noun.startswith(DEFINITE_STARTS) or other.match.form.preposition == "ل":
            continue
        if noun.endswith("ة") == m.form.feminine:
            return other.subject
    return None


def _given_subject(lex: ArabicLexicon, s: Sentence, hit: Hit, discourse: Discourse) -> Hit | None:
    """The hit with the subject its construction names outright, if it does: the agent of a
    passive participle, the giver of what a party received, the party an obligation word names
    ("إن على روسيا أن تسحب قواتها": the act is Russia's, expected; ``gk:ObligationCue``)."""
    passive = _passive_participle(s, hit) if hit.pos == "noun" else None
    if passive is not None:
        return replace(hit, subject=passive[0], subject_from="agent", topic=passive[1])
    received = _received(lex, s, hit, discourse) if hit.pos == "noun" else None
    if received is not None:
        return replace(hit, subject=received[0], subject_from="giver", objects=received[1])
    obliged = obligation(lex, s, hit)
    if obliged is not None and obliged[1] is not None:
        return replace(hit, subject=obliged[1], subject_from="left", future=True)
    return None


def _subject(
    lex: ArabicLexicon, s: Sentence, hit: Hit, hits: list[Hit], verb_subjects: VerbSubjects, discourse: Discourse
) -> Hit:
    """The hit with its subject (and the topic or purpose that finding it revealed). After an
    impersonal passive ("إنه تم اعتقال", "تم قصف": a noun however its form reads) the subject is
    only the agent named behind من قبل / على يد, never the speaker or a party before it."""
    if not _impersonal_passive(lex, s, hit):
        return _own_subject(lex, s, hit, hits, verb_subjects, discourse)
    agent = _passive_agent(s, hit)
    if agent is None:
        return hit
    found = _own_subject(lex, s, hit, hits, verb_subjects, discourse)
    if found.subject is agent:
        return found
    subj, how, topic = _noun_passive(s, hit, agent, "agent", None)
    return replace(found, subject=subj, subject_from=how, topic=topic)


def _own_subject(
    lex: ArabicLexicon, s: Sentence, hit: Hit, hits: list[Hit], verb_subjects: VerbSubjects, discourse: Discourse
) -> Hit:
    """The hit with its subject found in the clause (see ``_subject``)."""
    topic = None
    given = _given_subject(lex, s, hit, discourse)
    if given is not None:
        return given
    if hit.pos == "verb" and (fronted := _fronted_topic(lex, s, hit) or _statement_owner(lex, s, hit)) is not None:
        return replace(hit, subject=fronted, subject_from="left")
    if hit.pos == "verb":
        found = _verb_own_subject(lex, s, hit, hits, verb_subjects, discourse)
        if found is None:
            return hit  # its subject is the relative's head, which names no party here
        subj, how, topic = found
    elif hit.pos == "participle" and not _clause_head_noun(lex, s, hit):
        subj, how = _participle_subject(s, hit, hits, verb_subjects)
    else:
        hit, subj, how, topic = _noun_own_subject(lex, s, hit, hits, verb_subjects)
    if hit.pos == "verb":
        subj, how, topic = _verb_subject_elsewhere(lex, s, hit, hits, subj, how, topic)
    if hit.pos == "noun":
        subj, how, topic = _noun_passive(s, hit, subj, how, topic)
    # A verb whose victims stand as its subject (``topic``) is passive: no subject to carry over.
    if subj is None and topic is None and (carried := _carried_subject(lex, s, hit, hits, discourse)) is not None:
        subj, how = carried, "dropped"
    if subj is None and topic is None and not how:
        return hit
    return replace(hit, subject=subj, subject_from=how, topic=topic)


def _verb_own_subject(
    lex: ArabicLexicon, s: Sentence, hit: Hit, hits: list[Hit], verb_subjects: VerbSubjects, discourse: Discourse
) -> tuple[Group | None, str, Group | None] | None:
    """A verb's subject, how it was found and the topic finding it revealed, from the verb's own
    clause or the clause it continues; None for a relative clause's verb with no subject."""
    m = hit.match
    subj, how, topic = verb_subject(lex, s, hit)
    subj, how = _carried_after_that(lex, s, hit, discourse, subj, how) if topic is None else (subj, how)
    if subj is None and topic is None and _relative_clause_verb(lex, s, hit):
        return None
    if how == "right" and topic is None and coordinated(s, hit):
        subj, how = _continued_subject(lex, s, hit, subj, discourse)
    elif how == "right" and topic is None and (opener := _subordinator_start(lex, s, hit)) is not None:
        subj, how = _subordinate_subject(lex, s, hit, subj, discourse, opener)
    elif (
        subj is None
        and (m.form.pronoun_object or _marked_object_next(lex, s, hit))
        and (opener := _subordinator_start(lex, s, hit)) is not None
    ):
        # "انتقدت الصين اليابان بعد أن اتهمتها بـ", "وصل الوزير إلى القاهرة حيث بحث مع
        # نظيره": a verb with its object on it or behind its preposition, and no subject,
        # after a subordinator continues the main clause's subject
        main = _main_clause_subject(lex, s, hit, discourse, opener, None)
        subj, how = (main, "dropped") if main is not None else (subj, how)
    traveller = _subordinate_traveller(lex, s, hit, hits, verb_subjects, subj, how)
    if traveller is not None:
        # "توجه الوزير إلى دمشق ليلتقي نظيره", "يمضي يومين في طهران يلتقي خلالهما مع": an
        # imperfect verb of contact with no subject of its own is the traveller's act; the
        # name after it is whom he meets
        subj, how = traveller, "dropped"
    return subj, how, topic


def _noun_own_subject(
    lex: ArabicLexicon, s: Sentence, hit: Hit, hits: list[Hit], verb_subjects: VerbSubjects
) -> tuple[Hit, Group | None, str, Group | None]:
    """A noun's subject and how it was found, with the topic: a verbal noun of purpose after a
    verb is that verb's subject's intended act (the hit becomes future)."""
    subj, how = noun_subject(lex, s, hit, tuple(g for _, g in verb_subjects))
    purpose = _purpose_agent(lex, s, hit, hits, verb_subjects, subj, how)
    if purpose is None:
        return hit, subj, how, None
    # "سيتوجه الوزير إلى المنطقة للقاء مسؤولين X و Y": a verbal noun of purpose after a
    # verb is that verb subject's intended act; the name after it is its object.
    topic = subj if subj is not None and how == "genitive" else None
    return replace(hit, future=True), purpose, "dropped", topic


def _verb_subject_elsewhere(
    lex: ArabicLexicon,
    s: Sentence,
    hit: Hit,
    hits: list[Hit],
    subj: Group | None,
    how: str,
    topic: Group | None,
) -> tuple[Group | None, str, Group | None]:
    """A verb's subject where its own clause gave none, or only a name right after it: the
    act a relative clause describes, the name before "أن يكون قد", a passive's agent."""
    if subj is None:
        described = _described_act(s, hit, hits)
        if described is not None:
            subj, how = described, "dropped"
    if subj is None or how == "right":
        # "نفت إسرائيل أن تكون قد قصفت": the subject of "أن يكون قد" is the name before أن; a
        # name right after the verb is then its object ("نفت إيران أن تكون قد زودت روسيا")
        denier = _subject_before_an_yakun(s, hit)
        if denier is not None and (subj is None or _agrees_with_kana(s, hit, denier)):
            subj, how = denier, "left"
    if subj is None or how == "right":
        # "اعتقل صحفي أمريكي من قبل السلطات الإيرانية": a passive verb's agent stands behind من
        # قبل; the name right after the verb is then its patient, not its subject
        agent = _passive_agent(s, hit)
        if agent is not None and not _act_noun_between(lex, s, hit.end, agent.start):
            topic = subj if how == "right" else topic
            subj, how = agent, "agent"
    return subj, how, topic


def _carried_subject(lex: ArabicLexicon, s: Sentence, hit: Hit, hits: list[Hit], discourse: Discourse) -> Group | None:
    """The subject a verb or participle with none of its own carries over: the sentence's for a
    coordinated verb, else the discourse's dropped subject that agrees with it."""
    m = hit.match
    # "واستهدف هجوم انتحاري موكبا": an event noun right after the verb is its subject (the
    # attack targeted), so no actor is carried over from before.
    event_subject = any(h.start == m.end and h.pos == "noun" and h.match.form.preposition is None for h in hits)
    if (
        hit.pos not in ("verb", "participle")
        or event_subject
        or _unknown_subject_follows(lex, s, hit)
        or _unknown_subject_after_that(lex, s, hit)
        or _clause_head_noun(lex, s, hit)
    ):
        return None
    if hit.pos == "verb" and coordinated(s, hit):
        subj = sentence_subject(s, hit, discourse.subjects, lambda g: _masculine_party(lex, s, g))
        if subj is not None:
            return subj
    if m.joined or hit.pos == "participle" or m.form.plural:
        return discourse.dropped_subject(m.form.plural, m.form.feminine)
    return None


def _fronted_topic(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "أما الرئيس الكيني فانتقد الأردن" (gk:TopicParticleCue): the bare party between the topic
    particle and a verb with ف on it ("فقد" between them too) is the verb's subject; read as
    VSO, the name after the verb was taken for it and the verb had no object."""
    first = hit.match.positions[0]
    if s.norm(first)[:1] == "ف":
        end = first
    elif first - 1 > s.span.start and s.norm(first - 1) in lex.written_words(lex.cue_set.emphatic_qad):
        end = first - 1
    else:
        return None
    g = next((g for g in s.groups if g.end == end and g.marker is None and g.acting), None)
    if g is None:
        return None
    particle = _title_start(lex, s, g) - 1
    return g if particle >= s.span.start and _written_cue(lex, lex.cue_set.topic_particle, s.norm(particle)) else None


def _statement_owner(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "في بيان لحزب الله اتهم فيه إسرائيل": a verb right after a reporting word's owner behind ل,
    with the pronoun taking up the statement after it (gk:StatementResumptiveCue), describes the
    statement: its subject is the owner; read as VSO, the name after it was."""
    first = hit.match.positions[0]
    if len(hit.match.positions) > 1 or first + 1 >= s.span.end:
        return None
    if not lex.is_cue(lex.cue_set.statement_resumptive, s.norm(first + 1)):
        return None
    g = next((g for g in s.groups if g.end == first and g.acting), None)
    if g is None:
        return None
    # the owner behind ل: on the group, or on the title it completes ("للرئيس الكيني")
    k = g.start if g.marker == _OWNER else _title_start(lex, s, g)
    if g.marker != _OWNER and (k == g.start or not s.norm(k).startswith(_OWNER)):
        return None
    k = k - 1 if k - 1 >= s.span.start and s.norm(k - 1) == _OWNER else k
    return g if k - 1 >= s.span.start and k - 1 in s.stop_tokens else None


_OWNER = normalize_token("ل")


def _carried_after_that(
    lex: ArabicLexicon, s: Sentence, hit: Hit, discourse: Discourse, subj: Group | None, how: str
) -> tuple[Group | None, str]:
    """The subject a verb after أنه/أنها takes from the document (``_pronoun_that_carried``) in
    place of none or of the name after it, which is then its object; else the one it had. Never
    for an act of force: "أدان الرئيس الهجوم. وأضاف أنه استهدف مدنيين" (the act condemned)."""
    force = lex.relations[hit.relation].is_material_conflict
    carried = _pronoun_that_carried(s, hit, discourse) if how in ("", "right") and not force else None
    if carried is not None and _rival_referent(lex, s, carried, discourse, hit.match.form.feminine):
        carried = None
    return (carried, "dropped") if carried is not None else (subj, how)


def _rival_referent(lex: ArabicLexicon, s: Sentence, g: Group, discourse: Discourse, feminine: bool) -> bool:
    """Whether the sentence that named the carried subject ``g`` has a thing as its object the
    pronoun may as well stand for: "انتقد الوزير الاتفاق. وأضاف أنه يدعم": أنه is as often the
    agreement. Its object is the first definite word right after the subject (or the verb after
    it), before any preposition, complementizer or stop, time words skipped; a named party there
    is no rival, nor a word ending in ة for أنه. (ها may stand for a thing's broken plural: any thing is a rival.)"""
    parties = {a.start for a in discourse.named}
    for k in range(g.end, min(g.end + 3, s.span.start)):
        text = token_text(s, k)
        word = normalize_token(text)
        if k in parties or word in SEPARATE_PREPOSITIONS or word in BOUNDARY_PUNCT:
            return False
        if lex.is_cue(lex.cue_set.complementizer, word):
            return False
        if lex.is_cue(lex.cue_set.weekday, word) or lex.is_cue(lex.cue_set.relative_time, word):
            continue  # "قال الوزير الأحد إن": a time word, no object
        if word.startswith(ARTICLE):
            return feminine or not text.endswith("ة")
    return False


def _pronoun_that_carried(s: Sentence, hit: Hit, discourse: Discourse) -> Group | None:
    """ "قال الرئيس الأذربيجاني ... . وأضاف أنه اتفق مع العاهل الأردني": after أنه/أنها with no
    party named before it in its sentence, the pronoun takes up the subject the document carries
    from the sentence before, as the dropped subject of "وأضاف" does; only one agreeing with the
    pronoun and the verb (ه a person, ها a state or body)."""
    m = hit.match
    i = m.positions[0] - 1
    if m.joined or m.form.plural or i <= s.span.start or s.norm(i) not in _PRONOUN_THAT:
        return None
    feminine = s.norm(i).endswith("ها")
    if m.form.feminine != feminine or any(g.start < i and g.acting for g in s.groups if g.start >= s.span.start):
        return None
    g = discourse.dropped_subject(False, feminine)
    if g is None or not g.acting or s.span.start <= g.start < s.span.end:
        return None
    person = g.acting[0].entity.type == "Person" or g.acting[0].kind == "title"
    return g if person != feminine else None


def _relative_clause_verb(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "نددت تركيا بالمسلحين الذين هاجموا إسرائيل": a verb right after a relative pronoun on
    people (الذين), with no object pronoun of its own, has the relative's head as its subject.
    When ``verb_subject`` gave it none (the head is no party, or an act of force there is the
    head's background, ``_relative_head``), an act of conflict has no subject: never a party
    further back (the condemner, the praiser), nor one the discourse carries over. (Contact is
    left as it was: "the leaders who met" names its parties further back as often.)"""
    m = hit.match
    if not lex.relations[hit.relation].is_conflict:
        return False
    i = m.positions[0]
    if _relative_conflict_head(lex, s, hit) is not None:
        return True
    # ("الذين هاجموها": a plural verb agrees with the relative, its subject, whatever pronoun it carries)
    carried = m.form.pronoun_object and not m.form.plural
    return not (m.joined or carried or i - 1 <= s.span.start or s.norm(i - 1) not in HUMAN_RELATIVES)


_AN_YAKUN = (frozenset({"قد"}), frozenset({"يكون", "تكون", "يكونوا"}), frozenset({"ان", "بان"}))


def _subject_before_an_yakun(s: Sentence, hit: Hit) -> Group | None:
    """ "نفت إسرائيل أن تكون قد قصفت", "نفى الجيش أن يكون قد استهدف": the name right before
    "أن يكون قد" is the subject of the verb after it."""
    i = hit.match.positions[0]
    if i - 3 < s.span.start or any(s.norm(i - 1 - k) not in words for k, words in enumerate(_AN_YAKUN)):
        return None
    g = s.group_before(i - 3, 0)
    return g if g is not None and g.marker is None and g.acting else None


def _agrees_with_kana(s: Sentence, hit: Hit, g: Group) -> bool:
    """Whether the name before "أن تكون/يكون قد" agrees with the verb كان's form: تكون a state
    or a body (or a feminine title), يكون anyone but a feminine title or body (a state may be
    masculine: العراق)."""
    feminine = s.norm(hit.match.positions[0] - 2).startswith("ت")
    if feminine:
        return _feminine_party(g)
    return not _feminine_party(g) or g.acting[0].entity.type == "Country"


def _noun_passive(
    s: Sentence, hit: Hit, subj: Group | None, how: str, topic: Group | None
) -> tuple[Group | None, str, Group | None]:
    """ "تم اعتقال الوزير الفلسطيني من قبل القوات الإسرائيلية", "تم استقبال الرئيس من قبل نظيره":
    a verbal noun's agent behind من قبل acts, and its genitive (or the genitive's nationality,
    "احتجاز الصحفي الأسترالي") is whom the act befalls, never its agent."""
    if how in ("genitive", "adjective"):
        agent = _passive_agent(s, hit)
        if agent is not None and agent is not subj:
            return agent, "agent", subj
    if how == "agent" and topic is None:
        patient = _passive_patient(s, hit, subj)
        if patient is not None:
            return subj, how, patient
    return subj, how, topic


def _passive_patient(s: Sentence, hit: Hit, agent: Group | None) -> Group | None:
    """Whom a verbal noun with its agent behind من قبل befalls: the party right after it, or a
    counted one a few words on ("اعتقال ثلاثة صحفيين أتراك", "احتجاز عدد من الصحفيين الأتراك":
    the nationality of the counted people), before the agent and in the noun's clause."""
    end = hit.match.end
    limit = agent.start if agent is not None else end + 1
    for g in s.groups_from(end, min(limit, end + 5)):
        right_after = g.start <= end + 1 and g.marker is None
        # "عدد من الصحفيين": من after a count word is partitive, not the agent's preposition
        counted = s.counted(g) and g.marker in (None, "من") and not s.crosses(end, g.start, hit)
        if g is not agent and g.acting and (right_after or counted):
            return g
        break
    return None


def _passive_agent(s: Sentence, hit: Hit) -> Group | None:
    """The party behind "من قبل" after a verb, in its clause and before any other trigger."""
    _, clause_end = s.clause(hit.end)
    for g in s.groups_from(hit.end, min(clause_end, hit.end + MAX_OBJECT_DISTANCE)):
        if g.marker == "من قبل" and g.acting and not s.crosses(hit.end, g.start, hit):
            return g
    return None


def _act_noun_between(lex: ArabicLexicon, s: Sentence, start: int, end: int) -> bool:
    """Whether an act's own noun stands between a verb and the agent behind "من قبل": a verbal
    noun of an act done to someone (``gk:PatientGenitiveCue``) or one on a party's domain
    (``gk:AffectedDomainCue``: "استنكر لبنان خرق أجوائه من قبل"). That agent is the act's, and
    the verb is active: its condemner is not the one who did it."""
    cues = (lex.cue_set.patient_genitive, lex.cue_set.affected_domain)
    return any(_cue_under_clitics(lex, cues, s.norm(k)) for k in range(start, end))


def _masculine_title_after_feminine(hit: Hit, g: Group) -> bool:
    """Whether a feminine singular verb stands before a masculine office title ("والتقت وزير")."""
    form = hit.match.form
    if not form.feminine or form.plural or len(g.acting) != 1 or g.acting[0].kind != "title":
        return False
    first = g.acting[0].text.split()[0] if g.acting[0].text else ""
    return not first.endswith("ة")


def _feminine_party(g: Group) -> bool:
    """Whether a feminine verb may have the group as subject: a state or a body, or an office
    title in the feminine ("وزيرة الخارجية")."""
    a = g.acting[0] if g.acting else None
    if a is None:
        return False
    if a.kind == "title":
        return bool(a.text) and a.text.split()[0].endswith("ة")
    return a.entity.type != "Person"


def _continued_subject(
    lex: ArabicLexicon, s: Sentence, hit: Hit, right: Group, discourse: Discourse
) -> tuple[Group, str]:
    """ "دانت الصين ... وطالبت إسرائيل بتقديم اعتذار": a coordinated verb keeps the subject of
    the clause before it when the name right after it would leave it without an object, and
    nothing after that name could be one ("واتهمت أوكرانيا روسيا" keeps Ukraine). A feminine
    verb before a masculine title ("والتقت وزير الخارجية الصيني") cannot have it as subject."""
    if _masculine_title_after_feminine(hit, right) and right.marker is None:
        before = [g for g in discourse.subjects if s.span.start <= g.start and g.end <= hit.start]
        feminine = [g for g in before if _feminine_party(g)]
        if feminine:
            return feminine[-1], "dropped"
    # "والتقى رئيس الوزراء الماليزي": a title of several words opens the name's phrase; "ورحبت
    # مصر بالخطوة": a verb whose object stands only behind a preposition has the name as subject
    if (
        _title_start(lex, s, right) != hit.match.positions[0] + 1
        or right.marker is not None
        or not _complement_follows(lex, s, right)
        or _prepositional_object_verb(lex, s, hit)
    ):
        return right, "right"
    earlier = sentence_subject(s, hit, discourse.subjects, lambda g: _titled_nationality(lex, s, g))
    if earlier is None or {a.entity.id for a in earlier.acting} & {a.entity.id for a in right.acting}:
        return right, "right"
    if _accused_before_charge(lex, s, hit, right):
        return earlier, "dropped"
    if _object(lex, s, replace(hit, subject=right, subject_from="right")) is not None:
        return right, "right"
    return earlier, "dropped"


def _prepositional_object_verb(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether the verb is one whose object stands only behind a preposition (gk:
    PrepositionalObjectCue, "رحب ب"): a bare name right after it is never its object."""
    word = s.norm(hit.match.positions[0])
    cue = lex.cue_set.prepositional_object
    return lex.is_cue(cue, word) or lex.is_cue(cue, without_conjunction(word))


def _accused_before_charge(lex: ArabicLexicon, s: Sentence, hit: Hit, right: Group) -> bool:
    """ "نفت روسيا أنها قصفت أوكرانيا واتهمت الولايات المتحدة بتسليح كييف": after a verb of
    accusing the name right before the charge (ب) is the accused; a party inside the charge
    (Kyiv) is the charged act's, never the accusation's object."""
    return (
        lex.relations[hit.relation].complement_agent == "object"
        and right.end < s.span.end
        and s.norm(right.end)[:1] == "ب"
        and not named(s, right.end)
    )


def _written_cue(lex: ArabicLexicon, cue: Cue, word: str) -> bool:
    """Whether a word is one of a cue concept's words as written, or one with و before it."""
    words = lex.written_words(cue)
    return word in words or (word[:1] == "و" and word[1:] in words)


def _subordinator_start(lex: ArabicLexicon, s: Sentence, hit: Hit) -> int | None:
    """Where a temporal or causal subordinator (gk:SubordinatorCue: "بعد أن", "عندما") right
    before a verb opens: the verb's subject may be elided (pro-drop) when it continues the main
    clause's ("انسحب الجيش بعد أن هاجم لبنان": the army attacked)."""
    i = hit.match.positions[0] - 1
    if i < s.span.start or hit.match.joined or hit.match.form.plural:
        return None
    cue = lex.cue_set.subordinator
    if _written_cue(lex, cue, s.norm(i)):
        return i
    if s.norm(i) != THAT or i - 1 < s.span.start:
        return None
    # "بعد أن", "وقبل أن": the word before أن makes a two-word subordinator with it
    return i - 1 if _written_cue(lex, cue, f"{s.norm(i - 1)} {THAT}") else None


def _opens_own_clause(lex: ArabicLexicon, s: Sentence, start: int, end: int) -> bool:
    """Whether a complement or another clause opens between two tokens ("قال الرئيس إن الجيش")."""
    cue = lex.cue_set
    return any(
        lex.is_cue(cue.complementizer, s.norm(i)) or lex.is_cue(cue.clause_boundary, s.norm(i))
        for i in range(start, end)
    )


def _agrees_with_verb(hit: Hit, g: Group) -> bool:
    """Whether a party may be the elided subject of a verb by gender: a feminine verb takes a
    state or a feminine-marked phrase, a masculine one a phrase not so marked and no state."""
    a = g.acting[0]
    if hit.match.form.feminine:
        return _feminine_party(g) and (feminine_marked(g) or a.entity.type == "Country")
    return not feminine_marked(g) and a.entity.type != "Country" and not (a.kind == "title" and _feminine_party(g))


def agrees_as_dropped(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """Whether a party may be the elided subject of a verb by gender (``_agrees_with_verb``), a
    nationality after a man's title counting as that man ("وصل الرئيس الكيني ... حيث بحث"), and
    a woman named after her feminine title ("المستشارة الألمانية أنجيلا ميركل") as a woman. A
    group of places only ("أن تهاجم غزة") is no party and agrees with no verb."""
    if not g.acting:
        return False
    if hit.match.form.feminine:
        woman = g.acting[0].entity.type == "Person" and s.norm(g.start).endswith(_FEMININE_ENDINGS)
        return woman or _agrees_with_verb(hit, g)
    return _agrees_with_verb(hit, g) or _titled_nationality(lex, s, g)


def _marked_object_next(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether the first party after a verb, in its clause, stands behind one of the relation's
    object prepositions ("حيث بحث مع نظيره"): the verb names no subject after it, so one left
    out is the main clause's, as with an object on the verb."""
    _, clause_end = s.clause(hit.match.positions[-1])
    nxt = next((g for g in s.groups if hit.match.positions[0] < g.start < clause_end), None)
    return nxt is not None and nxt.marker in lex.object_markers.get(hit.relation, frozenset())


def _subordinate_subject(
    lex: ArabicLexicon, s: Sentence, hit: Hit, right: Group, discourse: Discourse, opener: int
) -> tuple[Group, str]:
    """ "انسحب الجيش الإسرائيلي بعد أن هاجم لبنان": after a subordinator (opening at token
    ``opener``), a verb with one name right after it and no second name continues the main
    clause's agreeing subject; the name is its object. With a second name ("بعد أن هاجم لبنان
    إسرائيل") the name is the subject (VSO)."""
    # "والتقى رئيس الوزراء الماليزي": a title of several words opens the name's phrase
    if (
        _title_start(lex, s, right) != hit.match.positions[0] + 1
        or right.marker is not None
        or not _complement_follows(lex, s, right)
    ):
        return right, "right"
    if hit.match.form.pronoun_object:
        return right, "right"  # "بعد أن هاجمه حزب الله": the object is on the verb; the name is its subject
    if _content_marker_follows(lex, s, hit, right) or complement_follows(lex, s, hit, right):
        return right, "right"  # "بعد أن دعت مصر إلى الانسحاب": the name before the call's content calls
    if _object(lex, s, replace(hit, subject=right, subject_from="right")) is not None:
        return right, "right"
    main = _main_clause_subject(lex, s, hit, discourse, opener, right)
    return (main, "dropped") if main is not None else (right, "right")


def _content_marker_follows(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """Whether the marker of the act a call asks for (gk:assertionBehindMarker: "دعت X إلى") stands
    right after the one name that follows the verb: the name is the caller (VSO), not its addressee.
    Read as the addressee, the main clause's subject would be calling for its own act ("انسحبت
    القوات بعد أن دعت مصر إلى الانسحاب": Egypt called, the forces withdrew)."""
    if not lex.relations[hit.relation].behind_marker or g.end >= s.span.end:
        return False
    return s.norm(g.end) in lex.object_markers.get(hit.relation, frozenset())


def complement_follows(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """Whether one of the relation's own prepositions opens the word right after the one name
    that follows a verb, with the act's complement behind it ("بعد أن هددت اليابان بفرض عقوبات",
    "وعدت الحكومة بوقف بنائه"), or an act behind بـ whatever the relation ("وعدت اليابان بتقديم
    مساعدات"): the name is the verb's subject (VSO), not its object. في (a place or a time follows
    an object as well) and an attached ل (a purpose: "يزور فرنسا لبحث") tell nothing."""
    if g.end >= s.span.end:
        return False
    markers = lex.object_markers.get(hit.relation, frozenset())
    word = s.norm(g.end)
    by = len(word) > 2 and word[0] == BY and (BY in markers or g.end in s.trigger_tokens)
    return (word in markers and word != _IN) or by


def _main_clause_subject(
    lex: ArabicLexicon, s: Sentence, hit: Hit, discourse: Discourse, opener: int, other: Group | None
) -> Group | None:
    """The main clause's subject that a verb after a subordinator (at ``opener``) continues: the
    nearest one agreeing with the verb, in the same stretch (no quotation, no complement between),
    not of the party ``other`` (the name after the verb)."""
    for g, verb_feminine in reversed(_main_subjects(lex, s, opener, discourse)):
        if s.quote_between(g.end, opener) or not g.acting or _opens_own_clause(lex, s, g.end, opener):
            return None
        if verb_feminine is not None and verb_feminine != hit.match.form.feminine:
            continue
        if other is not None and same_party(g, other):
            return None
        # "وصل الرئيس الكيني ... حيث بحث": a nationality after a man's title is that man
        if agrees_as_dropped(lex, s, hit, g):
            return g
    return None


def _main_subjects(
    lex: ArabicLexicon, s: Sentence, opener: int, discourse: Discourse
) -> list[tuple[Group, bool | None]]:
    """The subjects before a subordinator: those of triggers and plain verbs, and the noun right
    after a complementizer, which is its clause's subject whatever its verb ("قال إن الجيش انسحب
    بعد أن هاجم البلدة": the army attacked)."""
    found = clause_subjects(s, opener, discourse.subjects)
    known = {id(g) for g, _ in found}
    topics = [
        (g, None)
        for g in s.groups
        if g.end <= opener
        and id(g) not in known
        and g.marker is None
        and g.start > s.span.start
        and lex.is_cue(lex.cue_set.complementizer, s.norm(g.start - 1))
    ]
    return sorted(found + topics, key=lambda p: p[0].start)


def _masculine_party(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether a masculine verb with no subject of its own may continue a group's: a man
    ("الرئيس الكيني", "وزير الخارجية الإسباني") or a body not marked feminine ("الجيش
    الباكستاني": "وصل الجيش ... حيث اشتبك مع"); never a state, whose name the verb does not tell."""
    a = g.acting[0]
    body = a.kind != "demonym" and a.entity.type != "Country" and not feminine_marked(g)
    return body or _titled_nationality(lex, s, g)


def _titled_nationality(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "الوزير الأردني", "المسؤول الأمريكي": a lone nationality right after a masculine word
    that opens an official's title (or مسؤول) stands for that official, a man."""
    if len(g.acting) != 1 or g.acting[0].kind != "demonym":
        return False
    a = g.acting[0]
    if s.norm(a.end - 1).endswith(_FEMININE_ENDINGS):
        return False  # "الوزيرة الإسبانية": a woman
    # the actor may start at the noun already ("المسؤول الأمريكي") or right after it
    heads = ([a.start] if a.end - a.start > 1 else []) + ([a.start - 1] if a.start > s.span.start else [])
    title = _title_start(lex, s, g)
    if title < a.start - 1:
        heads.append(title)  # "وزير الخارجية الإسباني": a title of several words opens a few words back
    for i in heads:
        word = s.norm(i)
        bare = without_article(word.lstrip(CONJUNCTION_LETTERS))
        if (title_word(lex, word) or bare == "مسؤول") and not bare.endswith(_FEMININE_ENDINGS):
            return True
    return False


# ta marbuta as written and as normalised (ة → ه): a feminine word
_FEMININE_ENDINGS = ("ة", "ه")


def _complement_follows(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether a preposition or the clause's end follows a name: a bare noun after it ("وانتقدت
    الولايات المتحدة العقوبات", "وأطلقت السلطات سراح") is its object, so the name is the subject."""
    i = g.end
    if i >= s.span.end:
        return True
    norm = s.norm(i)
    # "والتقى الرئيس السوري ثم توجه إلى بيروت": "then" (gk:ClauseCloserCue) or the next known verb
    # ends the clause too
    ends = norm in lex.written_words(lex.cue_set.clause_closer) or i in s.verbs
    return ends or norm in SEPARATE_PREPOSITIONS or norm in BOUNDARY_PUNCT or (norm[:1] in "بل" and not named(s, i))


# --- objects -------------------------------------------------------------------------------------


def _closed(lex: ArabicLexicon, s: Sentence, rel: Relation, start_after: int, clause_end: int) -> bool:
    """A name may stand just past a weak boundary ("كما", "حيث"), never past a relative pronoun
    or "أن": what follows those is another clause's. Words about an action reach its agent in the
    relative clause ("أشاد بالدور الذي تضطلع به عمان"); deeds do not. Nor does anything reach
    past a concession ("رفضت إيران المقترح رغم موافقة الحكومة العراقية": Iraq is not rejected).
    Nor past a relative clause on people ("رحبت قطر بالرهائن الذين أطلقتهم حماس"): its agent did
    something to them, which is no deed of theirs the words judge."""
    near = range(max(start_after, clause_end - 1), min(clause_end + 3, s.span.end))
    concession = lex.cue_set.concession
    if any(_written_cue(lex, concession, s.norm(i)) for i in range(max(start_after, clause_end - 1), clause_end)):
        return True
    if any(_on_people(lex, s, i) and not (rel.about_deeds and _force_on_people(lex, s, i)) for i in near):
        return True
    return not rel.about_deeds and any(
        s.norm(i) in RELATIVE_PRONOUNS or lex.is_cue(lex.cue_set.complementizer, s.norm(i)) for i in near
    )


def _on_people(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """Whether token ``i`` is a relative pronoun on people: a human plural one (الذين، اللواتي)
    or any after a noun of people ("بالرهينة التي")."""
    norm = s.norm(i)
    if norm not in RELATIVE_PRONOUNS:
        return False
    if norm in HUMAN_RELATIVES:
        return True
    head = s.norm(i - 1) if i > s.span.start else ""
    return any(lex.is_cue(lex.cue_set.people_noun, without_article(head[c:])) for c in range(3) if head[c:])


def _force_on_people(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """Whether the relative clause on people opened at token ``i`` starts with a verb of killing,
    wounding or other force on people (``force_verbs``) that carries their pronoun ("المدنيين
    الذين قتلتهم إسرائيل"): words about deeds judge its doer, named right after it, as they judge
    the doer of a deed named by its noun ("الهجوم الذي نفذته إسرائيل"). Without the pronoun the
    people are the doers ("الذين قتلوا")."""
    if not _on_people(lex, s, i):
        return False
    return any(
        c.start == i + 1 and c.end == i + 2 and c.form.pos == "verb" and c.form.pronoun_object
        for c in force_verbs(lex, s)
    )


def force_verbs(lex: ArabicLexicon, s: Sentence) -> tuple[PhraseMatch, ...]:
    """The sentence's words of killing, wounding and other force on people
    (``gk:ForceOnPeopleCue``): the verbs a relative clause on people or on an act may open with."""
    cue = lex.cue_set
    return (*s.cues[cue.killing], *s.cues[cue.wounding], *s.cues[cue.force_on_people])


def _casualty_words(lex: ArabicLexicon, s: Sentence) -> Iterator[PhraseMatch]:
    """The sentence's words of killing, then of wounding, walked without copying them."""
    cue = lex.cue_set
    return chain(s.cues[cue.killing], s.cues[cue.wounding])


def _killed_genitive(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """Whether ``g`` is the genitive of a killing or wounding noun right before it, or of a noun
    of an act done to people (``gk:PatientGenitiveCue``: "باعتقال الصحفيين"), and no party that
    wields force: the people killed or seized, whom a judgement on the act does not judge. A
    state or a force there is the act's agent ("قتل إسرائيل المدنيين")."""
    if g.marker is not None or not g.acting or g.start <= s.span.start:
        return False
    words = _casualty_words(lex, s)
    killed = any(c.end == g.start and (c.form.pos != "verb" or _judged_word(lex, s, hit, c)) for c in words)
    if not killed and (not _patient_act_at(lex, s, g.start - 1) or _act_object_after(lex, s, g)):
        return False  # "بتعذيب السلطات معتقلين": the act's object follows, the genitive is its agent
    if not killed and _li_object_follows(s, g):
        return False  # "باحتلال تركيا للأراضي": the act's object behind ل, the genitive its agent
    return not force_wielder(g)


def _patient_act_at(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """Whether token ``i`` is a verbal noun of an act done to someone (``gk:PatientGenitiveCue``),
    a preposition or conjunction on it or not ("باعتقال", "واحتجاز")."""
    return _cue_under_clitics(lex, (lex.cue_set.patient_genitive,), s.norm(i))


def _cue_under_clitics(lex: ArabicLexicon, cues: tuple[Cue, ...], word: str) -> bool:
    """Whether the word is one of these cues' words under up to two joined letters (a conjunction,
    a preposition: "وباعتقال") and the article."""
    forms = {without_article(word[j:]) for j in range(3) if word[j:]}
    return any(lex.is_cue(c, w) for c in cues for w in forms if w)


def _befallen_party(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether ``g`` names the party a judged act befalls, not its owner: the genitive of a
    transitive act's verbal noun (``gk:PatientGenitiveCue``: "باغتيال الوزير") or of a noun of a
    party's domain (``gk:AffectedDomainCue``: "التدخل في شؤون لبنان"), or behind ل after it and
    at most one adjective ("في الشؤون الداخلية للبنان"). A nationality there is the act's owner
    ("التدخل الأمريكي"), and so is a genitive with the act's object behind ل after it
    ("اعتقال الشرطة للصحفيين")."""
    if g.marker not in (None, "ل") or any(a.kind == "demonym" for a in g.members):
        return False
    if _object_behind_li(s, g) or (g.marker is None and _li_object_follows(s, g)):
        return False
    if g.marker is None and _act_object_after(lex, s, g):
        return False  # "بإعدام السعودية رجلا": the act's object follows, so the genitive is its agent
    end = g.start - 1 if g.start - 1 > s.span.start and s.norm(g.start - 1) == "ل" else g.start
    reach = 1 if g.marker is None else 2  # "الشؤون الداخلية ل": one adjective before the ل
    cue = lex.cue_set
    for k in range(end - 1, max(s.span.start, end - reach) - 1, -1):
        if _cue_under_clitics(lex, (cue.patient_genitive, cue.affected_domain), s.norm(k)):
            return True
        if not s.norm(k).startswith(ARTICLE) or any(x.start <= k < x.end for x in s.groups):
            return False  # only an adjective with the article stands between
    return False


def _act_object_after(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether a noun phrase stands right after the genitive ``g`` as the act's object: an
    indefinite noun or a number ("بتهجير الهند سكان", "بإعدام السعودية 37 شخصا"). A definite
    word there may be the genitive's adjective, and a preposition, conjunction, time word, verb
    (``s.verbs``, a prefix ي) or nisba adverb ("تعسفيا") no object, so the genitive stays the
    patient ("باعتقال الليبيين أمس")."""
    if g.end >= s.span.end:
        return False
    word = s.norm(g.end)
    if word.isdigit():
        return True
    times = lex.written_words(lex.cue_set.judged_time)
    return (
        _plain_word(s, g.end)
        and g.end not in s.verbs
        and word not in SEPARATE_PREPOSITIONS
        and word not in times
        and not word.startswith((ARTICLE, "لل", "لأ", "لإ", "ب", "و", "ف", "ك", "ي"))
        and not word.endswith("يا")
        and len(word) > 2
    )


def _judged_word(lex: ArabicLexicon, s: Sentence, hit: Hit, c: PhraseMatch) -> bool:
    """ "استنكرت مصر قتل الفلسطينيين", "مستنكرا قتل": an unvowelled killing word right after the
    judging word, or after it and the judge's name only, is its object, a verbal noun: whom it
    names after it were killed (it read the judge criticising the victims' state)."""
    between = range(hit.end, c.start)
    times = lex.written_words(lex.cue_set.judged_time)  # "استنكرت مصر أمس قتل"
    named = all(s.norm(i) in times or any(g.start <= i < g.end and g.marker is None for g in s.groups) for i in between)
    return hit.end <= c.start and len(between) <= JUDGED_REACH and named


JUDGED_REACH = 4  # tokens from a judging word to the act it judges: the judge's name between


def _crosses_to(lex: ArabicLexicon, s: Sentence, hit: Hit, rel: Relation, start_after: int, g: Group) -> bool:
    """``crosses_past_venue`` up to ``g``, but a word about deeds reaches over the verb of force
    of a relative clause on people to its doer right after it (``_force_on_people``)."""
    end = g.start
    if rel.about_deeds and g.start - 2 >= start_after and _force_on_people(lex, s, g.start - 2):
        end = g.start - 1
    return crosses_past_venue(lex, s, hit, start_after, end, g.marker is None)


def _subject_of_next_verb(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "... الاعتداءات الإسرائيلية اكتفت روسيا بـ": a bare name right after the word that opens
    the next clause, when that word is no particle ("كما", "لكن"), is the subject of the verb
    it is; what comes after the clause's end belongs to that verb, not to a trigger before."""
    lo, _ = s.clause(g.start)
    cue = lex.cue_set
    # "بالمساعي التي تقوم بها سلطنة عمان": after a particle the clause is a relative or a
    # complement one, which words about deeds reach (``_closed`` decides those).
    opener = s.norm(lo - 1) if lo > s.span.start else ""
    return (
        g.marker is None
        and g.start == lo + 1
        and not any(lex.is_cue(c, w) for c in (cue.clause_boundary, cue.complementizer) for w in (s.norm(lo), opener))
        and s.norm(lo) not in SEPARATE_PREPOSITIONS
    )


def _owner_of_target(s: Sentence, hit: Hit, rel: Relation, g: Group, start_after: int, markers: frozenset[str]) -> bool:
    """ "ضربات على مواقع للحوثيين", "استهدف موكبا لسفارة الولايات المتحدة": the owner of the
    target named after it is the object."""
    behind_marker = any(
        s.norm(k) in markers and (g.start - k <= 3 or _construct_before(s, k + 1, g))
        for k in range(max(start_after, g.start - 2 - MAX_CONSTRUCT), g.start)
    )
    # a verbal noun governed by a verb ("أعلن الجيش قصف مواقع لـ") takes its object as the verb does
    verbal = hit.pos == "verb" or (hit.pos == "noun" and hit.subject_from == "left")
    direct = verbal and rel.use_of_force and (g.start - start_after <= 2 or _construct_before(s, start_after, g))
    return (
        g.marker == "ل"
        and g.start >= 2
        and (behind_marker or direct)
        and bool(object_members(rel, g))
        and not s.crosses(start_after, g.start, hit)
    )


def _construct_before(s: Sentence, lo: int, g: Group) -> bool:
    """ "مخازن أسلحة لحماس", "على مواقع تدريب لـ": the words from ``lo`` to the ل before ``g`` are
    one noun phrase of up to ``MAX_CONSTRUCT`` words (a construct chain, an adjective): plain
    words, no name, trigger, punctuation or preposition other than that ل."""
    end = g.start - 1 if g.start - 1 >= lo and s.norm(g.start - 1) == "ل" else g.start
    if not 0 < end - lo <= MAX_CONSTRUCT:
        return False
    return all(
        _plain_word(s, i)
        and i not in s.trigger_tokens
        and s.norm(i) not in SEPARATE_PREPOSITIONS
        and not (s.norm(i)[:1] in "بل" and s.norm(i)[1:3] == ARTICLE)
        for i in range(lo, end)
    )


def _skipped(
    lex: ArabicLexicon, s: Sentence, hit: Hit, rel: Relation, g: Group, start_after: int, noun_final: bool
) -> bool:
    """Groups after the trigger that are no object but do not end the search."""
    m = hit.match
    if g.end - 1 in m.positions:
        return True  # the name is a word of the trigger itself
    if g.marker is None and _in_phrase_gap(hit, lex.object_markers.get(hit.relation, frozenset()), g):
        return True
    if g.start == m.end and g.marker is None and hit.subject is not None and _own_state_word(lex, s, hit, g):
        return True  # "أبدى الرئيس الكيني استعداد بلاده": whose readiness, not whom it concerns
    if _in_setting(lex, s, hit, g, start_after):
        return True
    if rel.about_deeds and g.end + 2 < s.span.end and _force_on_people(lex, s, g.end):
        return True  # "نددت مصر بالفلسطينيين الذين قتلهم": the victims; the doer is judged
    if rel.takes_sides and (_killed_genitive(lex, s, hit, g) or _befallen_party(lex, s, g)):
        return True  # "ونددت الكويت بقتل المدنيين", "باعتقال الصحفيين": whom the act befell is not blamed
    if (
        g.marker is None
        and g.start == m.end
        and (hit.pos == "noun" or noun_final)
        and hit.subject_from not in ("left", "dropped", "speaker", "forced", "frame", "we")
        and not (hit.pos == "verb" and m.gap and hit.subject is not None)
    ):
        # A genitive: "قلق الولايات المتحدة" is whose concern, not about whom. A verb whose
        # subject stood in its gap has its agent: "هاجم الرئيس السياسة الأمريكية" names the target.
        return True
    # "رفضت حماس المقترح الإسرائيلي": a statement's object named by its nationality.
    # "بقصف منشآت الطاقة الأوكرانية": force against a country's property targets the country.
    # The trigger's own words in between do not count ("أعرب الرئيس عن قلقه من السياسة الأمريكية").
    # Nor do those of a speech between commas ("أشادت مصر، في بيان صادر عن الخارجية، بالدور القطري").
    start = _past_venue(lex, s, start_after, g)
    if rel.complement_agent == "subject":
        start = _past_threatened_act(s, start, g)
    distance = sum(1 for i in range(start, g.start) if i not in m.positions)
    said_of = g.marker is None and (rel.quad in (1, 3, 4) and distance <= 3)
    # "واردات الصين من النفط الإيراني": in an exchange (material cooperation both ways), the
    # goods' nationality is the partner; direction does not matter there
    said_of = said_of or (g.marker is None and rel.symmetric and rel.is_material_cooperation and distance <= 3)
    # "دعم الشعب الفلسطيني": a nation's people, named by the adjective, are a party
    said_of = said_of or (
        g.marker is None and g.start - start_after <= 2 and _victims(lex, hit, _gap(s, start_after, g))
    )
    # "ليقدم العلاج للأشقاء اللبنانيين": so, further off, with the people noun right before it
    said_of = said_of or (
        g.marker is None
        and not rel.is_material_conflict
        and start < g.start
        and _victims(lex, hit, [s.norm(g.start - 1)])
    )
    # otherwise an adjective: "على الأراضي الروسية" is a place, not Russia as a party
    titled = _ends_title(lex, s, g) or _people_behind_preposition(s, g)
    return (
        all(a.kind == "demonym" for a in g.members) and not actor_noun_before(lex, s, g) and not said_of and not titled
    )


def _own_state_word(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """Whether ``g`` is "بلاده" (gk:OwnCountryCue) naming the subject's own state right after the
    trigger: the trigger noun's owner, the subject's side (a subject acting on its own state is
    no relation anyway)."""
    assert hit.subject is not None
    return lex.is_cue(lex.cue_set.own_country, s.norm(g.start)) and same_party(g, hit.subject)


def _in_setting(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group, start_after: int) -> bool:
    """ "التقى X على هامش اجتماعات الجمعية العامة ... Y": the setting noun's genitive is no
    object of the verb, and the setting noun takes a bare object only right after itself or its
    owner; the name further on is the verb's."""
    if hit.pos == "verb":
        k = g.start - 1  # a definite or possessed noun takes no genitive ("على هامش القمة X")
        word = without_conjunction(s.norm(k))
        construct = not (word.startswith(ARTICLE) or token_text(s, k).endswith(POSSESSIVE_SUFFIXES))
        return k >= start_after and s.setting(k) and construct
    if hit.pos != "noun" or g.marker is not None or not s.setting(hit.start):
        return False
    # "خلال لقائه أمس وزير الخارجية الماليزي": a time word and the official's title may stand
    # between the setting noun and its object
    timed = {i for t in s.cues[lex.cue_set.relative_time] for i in range(t.start, t.end)}
    lead = next((i for i in range(start_after, g.start) if i not in timed), g.start)
    return _title_start(lex, s, g) > lead


def _people_behind_preposition(s: Sentence, g: Group) -> bool:
    """ "أطلقوا النار على الفلسطينيين": a plural nationality right behind a preposition qualifies
    no noun; it names the people, a party (unlike "على الأراضي الروسية")."""
    k = g.start - 1
    if g.marker is None or k < s.span.start or not s.norm(g.end - 1).endswith(("ين", "ون")):
        return False
    return preposition_word(s.norm(k)) or s.norm(k) in CLITIC_PREPOSITIONS


def _ends_title(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "مع نائب وزير الدفاع الإسرائيلي": a nationality that ends an office title the gazetteer
    does not know (a title word at most three words back, nothing but words of the title
    between) names the state the unknown official acts for."""
    return ends_office_title(lex, s.doc, s.norms, s.span.start, g.start, 4)


def _statements_of(s: Sentence, hit: Hit, start_after: int, g: Group) -> bool:
    """ "أعربت روسيا عن قلقها من التصريحات الأمريكية": a reporting noun that a nationality
    qualifies is the object's words, not a speaker's clause that parts it from the trigger."""
    k = g.start - 1
    return (
        g.marker is None
        and k in s.stop_tokens
        and all(a.kind == "demonym" for a in g.members)
        and not s.crosses(start_after, k, hit)
    )


SPEECH_VENUE_PREPOSITIONS = frozenset({"في", "خلال", "عبر"})
STANCE_RELATIVES = frozenset({"الذي", "التي", "اللذين", "اللتين"})


def _stance_noun(lex: ArabicLexicon, s: Sentence, hit: Hit, rel: Relation, start_after: int, g: Group) -> int | None:
    """The last speech, position or policy noun (``gk:StanceNounCue``) between a judging
    statement's trigger and a group, not the trigger's own word, with nothing that parts it from
    the trigger: the noun whose owner is the statement's object."""
    if rel.quad not in (1, 3) or rel.symmetric or not rel.takes_assertion:
        return None
    for k in range(g.start - 1, start_after - 1, -1):
        # "انتقد الوزير، في بيان، الولايات المتحدة": a speech the judging is done in is no object
        if k not in hit.match.positions and not speech_venue_at(s, k) and stance_noun_at(lex, s, k):
            return None if crosses_past_venue(lex, s, hit, start_after, k) else k
    return None


def _speech_venue(lex: ArabicLexicon, s: Sentence, k: int) -> int | None:
    """The speech noun that token ``k`` belongs to when the noun stands right behind في, خلال or
    عبر ("في بيان", "خلال مؤتمر صحفي", "في تصريحات"): where a statement is made, not words
    that introduce other content. ``None`` otherwise."""
    memo = sentence_memo(s)  # (asked of every word between a trigger and each group after it)
    key = (_speech_venue, k)
    if key not in memo:
        memo[key] = _speech_noun_at(lex, s, k)
    return memo[key]


def _speech_noun_at(lex: ArabicLexicon, s: Sentence, k: int) -> int | None:
    for j in range(k, max(s.span.start + 1, k - 2) - 1, -1):
        if j != k and (j not in s.stop_tokens or j + 1 in s.verbs):
            return None  # "في بيان قال فيه": a reporting verb after the noun is no part of it
        if speech_venue_at(s, j) and (j in s.stop_tokens or stance_noun_at(lex, s, j)):
            return j
    return None


def crosses_past_venue(lex: ArabicLexicon, s: Sentence, hit: Hit, start: int, end: int, bare: bool = False) -> bool:
    """``Sentence.crosses``, except that a speech the statement is made in ("انتقد الوزير، في
    بيان، الولايات المتحدة") parts no object from its trigger: only its noun is let through, so a
    reporting verb in its relative clause ("في بيان قال فيه إن") still ends the search. So is
    the setting of a verb's act for a bare object ("التقى X على هامش القمة Y"; ``bare``)."""
    return any(
        (i in s.trigger_tokens or (i in s.stop_tokens and _speech_venue(lex, s, i) is None))
        and not hit.start <= i < hit.end
        and not (bare and hit.pos == "verb" and s.setting(i))
        for i in range(start, end)
    )


def _past_threatened_act(s: Sentence, start: int, g: Group) -> int:
    """ "هدد في وقت سابق بضرب المنشآت الإيرانية": a threat's words count from the verbal noun
    of the act it threatens (the last word with ب before ``g``), so a time adverbial before
    that noun does not part the act from whose property it strikes; else from ``start``."""
    last = next((k for k in range(g.start - 1, start - 1, -1) if token_text(s, k).startswith("ب")), None)
    return start if last is None else last + 1


def _past_venue(lex: ArabicLexicon, s: Sentence, start_after: int, g: Group) -> int:
    """Where the words before ``g`` start counting: past the closing comma of a speech the
    statement is made in, set off by commas before ``g``; else ``start_after``."""
    for k in range(start_after, g.start):
        if _speech_venue(lex, s, k) == k:
            comma = next((c for c in range(k + 1, g.start) if s.norm(c) in ("،", ",")), None)
            return start_after if comma is None else comma + 1
    return start_after


def _in_venue(lex: ArabicLexicon, s: Sentence, start_after: int, g: Group) -> bool:
    """ "في خطاب ألقاه أمام الكونغرس", "في تصريحات لصحيفة", "في بيان الخارجية الروسية": a group
    in the adverbial of a speech the statement is made in is its audience, venue, medium or
    speaker, never the object; a bare group past a comma or another bare name is not in it."""
    # the search stops before the last bare group that starts between (reading back from ``g``)
    bare = max((h.start for h in s.groups if h.marker is None and h.start < g.start), default=start_after)
    for k in range(g.start - 1, max(start_after, bare) - 1, -1):
        if _speech_venue(lex, s, k) == k:
            if any(s.norm(c) in ("،", ",") for c in range(k + 1, g.start)):
                return False  # the comma closed the adverbial
            # "لصحيفة ألمانية", "مع قناة أمريكية": a nationality qualifies the adverbial's medium
            before = s.norm(g.start - 1)
            medium = g.start > k + 1 and (before.startswith("ل") or preposition_word(s.norm(g.start - 2)))
            qualifies = medium and before.isalpha() and all(a.kind == "demonym" for a in g.members)
            if g.marker is None and _after_time_word(lex, s, g):
                return False  # "في بيان أصدره اليوم البرازيلَ": a time word ends the adverbial
            return g.marker is not None or qualifies or _owns_stance(lex, s, k, g)
    return False


def _after_time_word(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether a time word ("اليوم", "أمس", "الثلاثاء") ends right before the group: no noun
    of the adverbial before it takes the group as its genitive."""
    times = (*s.cues[lex.cue_set.relative_time], *s.cues[lex.cue_set.weekday])
    return any(t.end == g.start for t in times)


def speech_venue_at(s: Sentence, k: int) -> bool:
    """Whether token ``k`` stands right behind في, خلال or عبر: a speech noun there ("في بيان")
    is where a statement is made, not the words it judges."""
    return k > s.span.start and s.norm(k - 1) in SPEECH_VENUE_PREPOSITIONS


def stance_noun_at(lex: ArabicLexicon, s: Sentence, k: int) -> bool:
    """Whether token ``k`` is a speech, position or policy noun (``gk:StanceNounCue``), with or
    without a clitic preposition or conjunction and the article; not one with a pronoun suffix
    ("خطابه" has its owner)."""
    norm = s.norm(k)
    return any(lex.is_cue(lex.cue_set.stance_noun, without_article(norm[c:])) for c in range(3) if norm[c:])


def _owns_stance(lex: ArabicLexicon, s: Sentence, k: int, g: Group) -> bool:
    """ "تصريحات الرئيس الفرنسي", "القرار الأمريكي", "السياسة الخارجية الأمريكية", "دعوة
    لوزير الخارجية": the group right after the noun (a genitive, a relational adjective, or
    behind ل), past title words or the article-bearing adjectives that qualify the noun only."""
    if g.marker not in (None, "ل") or g.start - k > 4:
        return False
    between = [s.norm(i) for i in range(k + 1, g.start)]
    if between and ARTICLE not in s.norm(k)[:4] and _issued_at(lex, s, k + 1):
        # "تصريحات أدلى بها الرئيس", "مبادرة طرحتها السعودية": an indefinite noun's relative
        # clause has no pronoun; its verb of issuing (and the verb's بها) comes right after it
        return g.marker is None and len(between) in (1, 2, 3)
    if between and between[0] in STANCE_RELATIVES:
        # "القرار الذي اتخذته السعودية", "التصريحات التي أدلى بها الرئيس": the relative
        # clause's subject, right after its verb (and the verb's بها), made them
        return g.marker is None and len(between) in (2, 3)
    return len(between) <= 2 and all(
        title_word(lex, w) or (w.startswith(ARTICLE) and w.endswith(("يه", "ي"))) for w in between
    )


def _issued_at(lex: ArabicLexicon, s: Sentence, k: int) -> bool:
    """Whether a verb of issuing words (``gk:IssuingVerbCue``) starts at token ``k``."""
    return any(v.start == k and v.form.pos == "verb" for v in s.cues[lex.cue_set.issuing_verb])


def _unlinked_object(s: Sentence, hit: Hit, start_after: int, g: Group) -> bool:
    """ "اتهم الرئيس السوداني المتمردين بالعمالة للولايات المتحدة": a verb's direct object is a
    party the linker found but could give no state; a name behind a preposition further on
    belongs to the verb's complement, not to the verb."""
    if hit.pos != "verb" or start_after >= g.start or start_after >= s.span.end:
        return False
    lo = s.doc[start_after].idx
    near = s.doc[min(start_after + 2, g.start)].idx  # right after the verb and its subject
    hi = s.doc[g.start].idx
    return any(lo <= a <= near and b <= hi for a, b in s.doc._.geokg_unsettled or ())


def _own_slot_taken(s: Sentence, hit: Hit, markers: frozenset[str], g: Group) -> bool:
    """ "ستقدم الجزائر بالتعاون مع المجموعة الأفريقية مشروعا للأمم المتحدة": a trigger that ends in
    its own preposition has its partner right after it, here a body the linker does not know; a
    name further on behind another preposition belongs to another word (the draft's addressee).
    Only مع, the partner's preposition: ل after a noun may name its agent ("زيارة للرئيس إلى")."""
    end = hit.end if s.norm(hit.end - 1) == WITH else hit.end + 1  # "بالتعاون مع": the word after
    own = s.norm(end - 1) if end <= s.span.end else ""
    return own == WITH and own in markers and g.marker is not None and g.marker != own and g.start > end


def _in_complement(s: Sentence, markers: frozenset[str], start: int, g: Group) -> bool:
    """ "دعا الرئيس إلى عقد مؤتمر دولي برعاية الأمم المتحدة": a bare name after one of the
    verb's own prepositions that governs another word first stands in that complement, not in the
    verb's object slot. Only for statements about deeds (an appeal, a demand): a relation that
    takes an assertion takes the act there ("أعرب عن قلقه إزاء تقليص إيران تعاونها"), and force
    lands on the owner of what its preposition governs ("أطلقت النار على صيادين فلسطينيين")."""
    if any(a.virtual for a in g.members):
        return False  # "بين هذين البلدين": an anaphor's group takes no preposition of its own
    return any(s.norm(i) in markers - {"بين"} for i in range(start, g.start - 1))


def _object_window(lex: ArabicLexicon, s: Sentence, hit: Hit, rel: Relation) -> tuple[int, int, int]:
    """Where the object is looked for: from which token, to the end of which clause, over how
    many tokens."""
    m, subj, how = hit.match, hit.subject, hit.subject_from
    # the object of an act whose agent stands in a relative clause is in that clause
    _, clause_end = s.clause(subj.start if how == "relative" and subj is not None else m.positions[-1])
    start_after = _object_search_start(hit)
    # "واتهم X ، الذي يزور واشنطن ، إيران": the names in the subject's relative clause are the
    # clause's own; the object stands after it
    close = _relative_close(lex, s, hit)
    if close is not None and subj.start >= m.end:
        start_after, clause_end = close + 1, s.clause(close + 1)[1]
    # An optional object (a veto's forum) may stand further off: "... حق النقض ضد مشروع قرار في مجلس الأمن".
    reach = MAX_OBJECT_DISTANCE + (4 if rel.object_kind == "optional_entity" else 0)
    return start_after, clause_end, reach


def _topic_names(lex: ArabicLexicon, s: Sentence, hit: Hit, rel: Relation, start_after: int, g: Group) -> bool:
    """Whether a bare group (or one behind بين) after a noun trigger follows a passing frame's
    word (a file, a topic): the names belong to the topic, not to the act about nobody's deeds."""
    return (
        hit.pos == "noun"
        and not rel.about_deeds
        and g.marker in (None, "بين")
        and any(start_after <= f.start < g.start for f in s.cues[lex.cue_set.passing_frame])
    )


def _bare_pair_after(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """Whether ``g`` is two or more acting parties of one origin, bare, within four tokens
    after the trigger: the pair a symmetric relation with no subject holds between."""
    return len(g.acting) >= 2 and g.marker is None and g.start - hit.match.end <= 4 and not several_origins(lex, s, g)


def _object(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """The first group after the trigger that its relation takes as object, if any."""
    m, subj, how = hit.match, hit.subject, hit.subject_from
    rel = lex.relations[hit.relation]
    markers = lex.object_markers.get(hit.relation, frozenset())
    ahead = _object_before_subject(lex, s, hit, rel)
    if ahead is not None:
        return ahead
    start_after, clause_end, reach = _object_window(lex, s, hit, rel)
    noun_final = len(m.positions) > 1 and not m.phrase.rest[-1] & {"عن", "علي", "الي", "من", "مع"}
    closed = how != "relative" and _closed(lex, s, rel, start_after, clause_end)
    # "سحب القوات الأمريكية": the party right after a trigger that ends in forces owns them
    forces = len(m.positions) > 1 and lex.is_cue(lex.cue_set.partitive, without_article(s.norm(m.positions[-1])))
    for g in s.groups_from(start_after, start_after + reach):
        if g is subj or g.start >= clause_end + (0 if closed else 3) or (forces and g.start == m.end):
            continue
        if g.start >= clause_end and _subject_of_next_verb(lex, s, g):
            break
        if _in_venue(lex, s, start_after, g):
            continue
        stance = _stance_noun(lex, s, hit, rel, start_after, g)
        if stance is not None:
            # "رفضت إيران القرار الأمريكي": the judged words' owner, else no one named
            return g if _owns_stance(lex, s, stance, g) and object_members(rel, g) else None
        if _topic_names(lex, s, hit, rel, start_after, g):
            return None  # "تناول الاجتماع ملف العلاقات بين X و Y": the names belong to the topic
        if g.marker == "بين" and len(g.members) >= 2:
            # "وساطتها بين حماس وإسرائيل": a relation that takes بين has each of the pair as object
            if rel.symmetric or rel.takes_assertion or "بين" in markers:
                return g
            continue
        if _skipped(lex, s, hit, rel, g, start_after, noun_final):
            continue
        if (
            g.marker is None
            and hit.pos == "verb"
            and not rel.takes_assertion
            and rel.about_deeds
            and _in_complement(s, markers, start_after, g)
        ):
            return None
        if g.marker is not None and (_unlinked_object(s, hit, start_after, g) or _own_slot_taken(s, hit, markers, g)):
            return None
        if _owner_of_target(s, hit, rel, g, start_after, markers):
            return g
        if rel.symmetric and subj is None and _bare_pair_after(lex, s, hit, g):
            return g  # "الشراكة القائمة X و Y"
        direct = g.marker is None and (_takes_bare_object(hit) or _holdings_owner(lex, s, hit, start_after, g))
        # "احتلال القوات التركية للعراق": a verbal noun with its agent after it takes what the
        # verb takes directly behind ل (lām al-taqwiya).
        strengthened = g.marker == "ل" and how in ("genitive", "adjective") and g.start - start_after <= 1
        if g.marker in markers or direct or strengthened or _phrase_marker(m, g):
            crossed = _crosses_to(lex, s, hit, rel, start_after, g)
            if crossed and not _statements_of(s, hit, start_after, g):
                return None
            if not object_members(rel, g):
                continue
            return g
    return None


def _in_phrase_gap(hit: Hit, markers: frozenset[str], g: Group) -> bool:
    """Whether bare ``g`` stands in the gap of a verb phrase that ends in its relation's own
    object preposition ("بحث/يبحث مع"): "بحثت الوزيرة الأزمة الليبية مع نظيرها" names its
    partner behind مع; what stands between verb and preposition is the subject or the topic
    discussed, whose nationality adjective ("الليبية") is no party."""
    m = hit.match
    return m.gap is not None and g.end <= m.positions[-1] and bool(m.phrase.rest[-1] & markers)


def _object_search_start(hit: Hit) -> int:
    """Where a trigger's object may start: after it, or after its subject standing after it."""
    m, subj = hit.match, hit.subject
    # A verb phrase may hold its arguments in its gap: "وقعت مصر مع الاتحاد الأوروبي ... اتفاقية".
    start_after = m.positions[0] + 1 if m.gap else m.end
    # a fronted frame's agent stands past its comma, its object after the noun ("خلال لقائه X، أكد Y")
    after_subject = subj is not None and subj.start >= start_after and hit.subject_from != "frame"
    return subj.end if after_subject else start_after


def _object_before_subject(lex: ArabicLexicon, s: Sentence, hit: Hit, rel: Relation) -> Group | None:
    """ "وصل إلى دمشق وزير ...": the verb's own prepositional object before its subject (VSO)."""
    subj = hit.subject
    if subj is None or hit.subject_from != "right" or hit.pos != "verb":
        return None
    ahead = _own_object_after(lex, s, hit)
    visit = _visitor_after_place(lex, s, hit)
    if ahead is None and visit is not None and visit[1] is subj:
        ahead = visit[0]
    return ahead if ahead is not None and ahead.end <= subj.start and object_members(rel, ahead) else None


def _takes_bare_object(hit: Hit) -> bool:
    """A verb takes its object without a preposition; a verbal noun does once its agent is found
    (a genitive after it, an adjective, or a subject from elsewhere)."""
    return hit.pos in ("verb", "participle") or hit.subject_from in _AGENT_FOUND


_AGENT_FOUND = frozenset({"genitive", "adjective", "left", "agent", "dropped", "forced", "frame", "we"})


def _phrase_marker(m: PhraseMatch, g: Group) -> bool:
    """Whether ``g`` stands right behind the preposition that ends the trigger phrase: the phrase
    names its own object's preposition ("دافع عن X", "تقدم بشكوى ضد X", "انحاز إلى X"), whatever
    the relation's usual markers."""
    return len(m.positions) > 1 and g.marker is not None and g.start <= m.end and g.marker in m.phrase.rest[-1]


# The prepositions an object pronoun is joined to ("عليه", "لها"), by the form before the pronoun.
_PRONOUN_HOSTS = {"علي": "علي", "عل": "علي", "ل": "ل", "مع": "مع", "الي": "الي", "ضد": "ضد", "ب": "ب"}


def _pronoun(lex: ArabicLexicon, s: Sentence, hit: Hit) -> str | None:
    """The third-person pronoun that is a trigger's object: on the verb ("ودعتها") or on one of
    the relation's prepositions right after it ("عدوان جديد عليه", "تعهدت لها"); "ها" or "ه"."""
    m = hit.match
    word = s.doc[m.positions[-1]].text
    if hit.pos == "verb" and m.form.pronoun_object and len(m.positions) == 1:
        return "ها" if word.endswith("ها") else "ه" if word.endswith("ه") else _relative_plural_pronoun(s, hit)
    markers = lex.object_markers.get(hit.relation, frozenset())
    if _strengthened_pronoun(s, hit):
        return "ها" if s.norm(hit.subject.end) == "لها" else "ه"
    owner = _target_owner_pronoun(lex, s, hit, markers)
    if owner is not None:
        return owner
    for i in chain(_gap_word(s, hit), range(m.end, min(m.end + 3, s.span.end))):
        named = hit.pos == "verb" and any(g.start <= i < g.end for g in s.groups)
        if named or i in s.trigger_tokens or i in s.verbs:
            break  # "اتصل بنظيره الجزائري وبحث معه": past a verb's object the pronoun is another verb's
        norm = s.norm(i)
        if "ه" not in norm:  # (both pronouns have it)
            continue
        for ending in ("ها", "ه"):
            if not norm.endswith(ending):
                continue
            stem = _PRONOUN_HOSTS.get(norm[: -len(ending)])
            if stem is not None and (stem in markers or (stem == "علي" and "علي" in markers)):
                return ending
    return None


def _gap_word(s: Sentence, hit: Hit) -> range:
    """ "وأجرى معه محادثات": the word right after a light verb, in its phrase's gap, where the
    partner's pronoun may stand; none when a name, a trigger or a verb stands there."""
    m = hit.match
    i = m.positions[0] + 1
    if m.gap is None or hit.pos != "verb" or i in s.trigger_tokens or i in s.verbs:
        return range(0)
    return range(0) if any(g.start <= i < g.end for g in s.groups) else range(i, i + 1)


# Plural and dual object pronouns, with the relative pronouns of plural and dual heads they take up.
_PLURAL_PRONOUNS = (
    ("هما", frozenset(normalize_token(w) for w in ("اللذين", "اللتين", "اللذان", "اللتان"))),
    ("هم", HUMAN_RELATIVES),
)


def _relative_plural_pronoun(s: Sentence, hit: Hit) -> str | None:
    """ "قادة الحركة الذين اعتقلتهم إسرائيل", "الصحفيين اللذين خطفهما مسلحون": a plural or dual
    object pronoun on a verb right after a relative pronoun of the same number takes up the
    relative's head, as "ها" and "ه" do ("الرهينة التي خطفها"); the name after the verb is the
    subject. Only there: elsewhere "هم" may take up people no name tells."""
    m = hit.match
    word = s.doc[m.positions[-1]].text
    if m.start - 1 < s.span.start or m.form.plural:
        return None  # "الذين هاجموهم": a plural verb agrees with the relative, its subject
    relative = s.norm(m.start - 1)
    return next((p for p, pronouns in _PLURAL_PRONOUNS if word.endswith(p) and relative in pronouns), None)


def _patient_pronoun(lex: ArabicLexicon, s: Sentence, hit: Hit) -> str | None:
    """ "عملية نفذها الجيش لاغتياله", "أدان اعتقالهم": a possessive pronoun on the one-word noun of
    an act that lands on people (``gk:coercesPersons``: arrest, abduction, assassination,
    expulsion) is whom it befell, never its agent (as "زيارته" is the visitor). The stems of
    these nouns never end in ه, so a final ه is the pronoun."""
    m = hit.match
    rel = lex.relations[hit.relation]
    if hit.pos != "noun" or len(m.positions) != 1 or not rel.coerces_persons or rel.object_kind != "entity":
        return None
    word = s.doc[m.positions[0]].text
    return None if _object_follows(s, m.end) else next((p for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), None)


def _object_follows(s: Sentence, end: int) -> bool:
    """ "أعلن الجيش اعتقاله ثلاثة فلسطينيين", "اعتقالها للصحفيين": a party right after the noun
    (a count or ل before it) is the act's object; the pronoun is then its agent."""
    g = next(iter(s.groups_from(end, end + 2)), None)
    if g is None or g.marker not in (None, "ل") or not g.acting:
        return False
    return all(k in s.counts for k in range(end, g.start))


def _target_owner_pronoun(lex: ArabicLexicon, s: Sentence, hit: Hit, markers: frozenset[str]) -> str | None:
    """ "العدوان الإسرائيلي على أراضيها", "قصفت مواقع على أراضيها", "هاجم منازلهم": force
    against a noun with a possessive pronoun (its lands, their homes) targets the pronoun's
    owner, as it targets the owner of a named target ("على مواقع للحوثيين"); "ها", "ه" or "هم"."""
    if not lex.relations[hit.relation].is_material_conflict:
        return None
    i = max(hit.end, hit.subject.end if hit.subject is not None and hit.subject.start >= hit.end else 0)
    # a verb's direct object, or the word behind the trigger's own preposition ("أطلق النار على")
    places = [i] if hit.pos == "verb" or s.norm(hit.end - 1) in markers else []
    # "في" says where, not whom: "في معاقلهم" is no target
    behind = [k + 1 for k in range(i, min(i + 2, s.span.end)) if s.norm(k) in markers and s.norm(k) != "في"]
    for k in places + behind:
        if k >= s.span.end or named(s, k) or any(g.start <= k < g.end for g in s.groups):
            continue
        word = token_text(s, k)
        ending = next((e for e in ("هم", "ها", "ه") if word.endswith(e) and len(word) > len(e) + 2), None)
        # "فجرت كوريا قنبلتها": a pronoun that may be the agent's own is the agent's thing; not
        # behind the act's own preposition ("الهجوم الحوثي على أراضيها": no one attacks his own)
        own = (
            k not in behind
            and hit.subject is not None
            and hit.subject.acting
            and _agrees_with(hit.subject, ending or "")
        )
        if ending and not own:
            return ending
    return None


def _strengthened_pronoun(s: Sentence, hit: Hit) -> bool:
    """ "ترهيب الدول الغربية لها": a verbal noun's object pronoun on ل right behind its agent."""
    subj = hit.subject
    return (
        hit.pos == "noun"
        and hit.subject_from in ("genitive", "adjective")
        and subj is not None
        and subj.start >= hit.match.end
        and _lam_pronoun_after(s, subj)
    )


def _lam_pronoun_after(s: Sentence, g: Group) -> bool:
    """Whether an object pronoun on ل ("لها", "له") stands right after ``g``."""
    return g.end < s.span.end and s.norm(g.end) in ("لها", "له")


def _antecedent(lex: ArabicLexicon, s: Sentence, hit: Hit, pronoun: str, end: int | None = None) -> Group | None:
    """The group an object pronoun refers to: the nearest one before the trigger (or ``end``) in
    its sentence, not its subject, not past a reporting word, agreeing in gender ("ها": a state
    or a body)."""
    end = hit.start if end is None else end
    # "الرهينة التي خطفها مسلحون": in a relative clause the pronoun takes up the noun the
    # relative pronoun follows; no name there, no antecedent (never a name before it).
    if end - 1 >= s.span.start and s.norm(end - 1) in RELATIVE_PRONOUNS:
        if hit.pos == "verb" and hit.match.form.plural and s.norm(end - 1) in HUMAN_RELATIVES:
            return None  # "المسلحين الذين هاجموها": the plural verb's subject is the head, not its object
        # a name the head gives in brackets ("قادة حركة فتح ( الحركة ) الذين") is the head's
        closing = 1 if end - 2 >= s.span.start and s.norm(end - 2) == ")" else 0
        head = s.group_before(end - 1, closing) if end - 2 >= s.span.start else None
        return head if head is not None and head.acting and head is not hit.subject else None
    telling = [m for m in s.cues[lex.cue_set.reporting] if m.end <= end and m.form.pos != "noun"]
    floor = max((m.end for m in telling), default=s.span.start)
    found = _antecedent_after(lex, s, hit, pronoun, floor, end)
    if found is None and telling:
        return _teller_taken_up(lex, s, max(telling, key=lambda m: m.end), pronoun)
    return found


def pronoun_owner(lex: ArabicLexicon, s: Sentence, hit: Hit, pronoun: str) -> Group | None:
    """The party a possessive pronoun on the hit's noun refers to, in its sentence (``_antecedent``),
    the nearest of another state than the hit's subject, or None."""
    owner = _antecedent(lex, s, hit, pronoun)
    while owner is not None and hit.subject is not None and not other_state(hit.subject, owner):
        owner = _antecedent(lex, s, hit, pronoun, owner.start)
    return owner


def _antecedent_after(lex: ArabicLexicon, s: Sentence, hit: Hit, pronoun: str, floor: int, end: int) -> Group | None:
    """The nearest group agreeing with the pronoun between ``floor`` and ``end``."""
    for g in reversed([g for g in s.groups if floor <= g.start and g.end <= end]):
        # "الأشقاء اللبنانيين ... أراضيهم": a plural nationality noun is the people, who own
        # "ويغادر الرئيس الكيني بعد زيارته": a nationality ending an official's title, or a
        # counterpart's ("نظيره الكيني"), is the official, whom "ه" takes up
        official = pronoun == "ه" and (
            _ends_title(lex, s, g)
            or (g.start > floor and _counterpart_at(lex, s, g.start - 1))
            # the group may open with the counterpart noun itself, right after a verb
            or _counterpart_at(lex, s, g.start)
        )
        if (
            g is hit.subject
            or not g.acting
            or (all(a.kind == "demonym" for a in g.members) and pronoun != "هم" and not official)
        ):
            continue
        if g.marker in ("في", "ب") or g.marker in LOCATIVE_ADVERBS:
            continue  # "في خطاب أمام الجمعية بواشنطن": where it was said, not whom it concerns
        if g.marker == TO and lex.relations[hit.relation].contact:
            continue  # "لدى وصوله إلى مينسك أن زيارته": where one travels is not who visits
        if hit.subject is not None and same_party(g, hit.subject):
            continue
        if not _agrees_with(g, pronoun) and not (pronoun == "ه" and _office_of(lex, s, g) is not None):
            continue
        return g
    return None


_TELLING_GAP = 5  # words of an adverbial between a reporting verb and its complementizer


def _teller_taken_up(lex: ArabicLexicon, s: Sentence, telling: PhraseMatch, pronoun: str) -> Group | None:
    """ "قالت الصحيفة إن سول أعلنت أنها ستضاعف مساعداتها": the complementizer right after a
    reporting verb carrying the same pronoun ("أنها") takes up the verb's subject named right
    before it; the owned noun after it is that subject's, as it is after "أعلنت سول أنها". An
    adverbial may stand between the verb and the complementizer ("أعلنت بعد ذلك بشهر أنها")."""
    for k in range(telling.end, min(s.span.end, telling.end + _TELLING_GAP + 1)):
        word = s.norm(k)
        if word in BOUNDARY_PUNCT or word in ("،", ","):
            return None
        if word.endswith(pronoun) and lex.is_cue(lex.cue_set.complementizer, word[: -len(pronoun)]):
            break
    else:
        return None
    g = s.group_before(telling.start, 0)
    if g is None or g.marker is not None or not g.acting or not _agrees_with(g, pronoun):
        return None
    return g


def _office_of(lex: ArabicLexicon, s: Sentence, g: Group) -> int | None:
    """ "الأمين العام للأمم المتحدة ... دعوته": a body behind ل after an office title stands for
    the office holder (whom a masculine pronoun takes up): where the title starts, or None."""
    if g.marker != "ل":
        return None
    for k in range(g.start - 1, max(s.span.start, g.start - 4) - 1, -1):
        norm = s.norm(k)
        if norm == "ل":
            continue
        if named(s, k) or not norm.isalpha():
            return None
        if title_word(lex, norm):
            return k
    return None


def _agrees_with(g: Group, pronoun: str) -> bool:
    """ "ها" is a state or a body, "ه" no feminine noun phrase, "هم" (and "هما") several or a
    plural noun ("المسلحين وهجومهم")."""
    if pronoun == "هم":
        # "البحرين", "فلسطين": a state's name ending like a plural is one party, never "they"
        one_state = len(g.acting) == 1 and g.acting[0].kind == "name" and g.acting[0].entity.type == "Country"
        return len(g.acting) >= 2 or (g.acting[-1].text.split()[0].endswith(("ين", "ون")) and not one_state)
    return not ((pronoun == "ها" and g.acting[0].entity.type == "Person") or (pronoun == "ه" and feminine_marked(g)))


VERBAL_CONFLICT = 3  # the PLOVER quad class of condemning, rejecting, accusing, threatening
INTENT = "intent"  # gk:codesSpokenAct of the relations of a stated intention (agreeing to act)


def _reciprocal(hit: Hit) -> bool:
    """Whether the trigger's verb is reciprocal by its pattern: اتفق (form VIII of وفق) or the
    تفاعل form (تعاهد، تفاهم): two joint subjects act on each other. "تعهدت فرنسا وألمانيا" pledge
    to a third."""
    lemma = hit.match.lemma
    return lemma == "اتفق" or (len(lemma) == 5 and lemma[0] == "ت" and lemma[2] == "ا")


def several_origins(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "شحنات القمح الأمريكي والأسترالي", "الاستثمارات السعودية والإماراتية": nationality
    adjectives joined by و (the last one an adjective) qualify a noun severally (American wheat and Australian wheat); they
    name its origins or owners, not a pair dealing with each other (unlike "التعاون المصري السعودي").
    After a dual noun of the two parties ("الجانبان الروسي والصيني") they are that pair."""
    members = g.acting
    return (
        g.marker is None
        and len(members) >= 2
        and members[-1].kind == "demonym"  # "السعودية والإماراتية": the first may read as a name
        and (s.norm(members[-1].start - 1) == "و" or s.norm(members[-1].start).startswith("و"))
        and not _pair_head(lex, s, g)
    )


def _owned_between(s: Sentence, start: int, end: int) -> bool:
    """Whether a noun with a possessive pronoun stands in [start, end) ("لنظيره التركي رفضه
    للعقوبات الغربية"): the party before it is the addressee of its owner's act (a rejection of
    the sanctions), not whom the noun after it acts on."""
    return any(owned_word(token_text(s, k)) for k in range(start, end))


def _pair_head(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether a dual noun of the two parties ("الجانبان", "الطرفين") or of their leaders
    ("الرئيسان", "الوزيرين") heads the group."""
    return any(_dual_of_two(lex, s.norm(i)) for i in (g.start, g.start - 1) if i >= s.span.start)


def _dual_of_two(lex: ArabicLexicon, norm: str) -> bool:
    """Whether a word (its و aside) is a dual noun of two parties or of their leaders."""
    word = norm.removeprefix("و")
    return lex.is_cue(lex.cue_set.pair_anaphor, word) or lex.is_cue(lex.cue_set.leader_pair_anaphor, word)


def agent_object(lex: ArabicLexicon, s: Sentence, hit: Hit, agent: Group) -> Group | None:
    """The object of a verbal noun whose agent comes from elsewhere (the addressee of a demand to
    halt it): what follows it directly or behind its relation's prepositions."""
    return _object(lex, s, replace(hit, subject=agent, subject_from="forced"))


def _with_object(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """The hit with its object, and a symmetric relation's pair made pairwise."""
    rel = lex.relations[hit.relation]
    objects = _found_object(lex, s, hit, rel)
    if objects is not None:
        hit = replace(hit, objects=objects)
    return _paired(lex, s, hit, rel, objects)


def _found_object(lex: ArabicLexicon, s: Sentence, hit: Hit, rel: Relation) -> Group | None:
    """A hit's object: a pronoun on it, a party after it (``_object``), the group it heads, a
    recipient before it, a pronoun's antecedent, or for an adjective's charge the denier."""
    pronoun = _pronoun(lex, s, hit)
    markers = lex.object_markers.get(hit.relation, frozenset())
    adjacent = next(iter(s.groups_from(hit.end, hit.end + 1)), None)
    on_verb = (
        pronoun is not None
        and hit.pos == "verb"
        and hit.topic is None
        and not (adjacent is not None and adjacent.marker in markers)  # "دعمها لإيران": her support for Iran
    )
    # "ودعتها إلى القبول بنشر القوات": a verb's object pronoun is its object; names after it
    # belong to the complement.
    # "القصف على مدنهم ، وأوعز سموه": the owned target right behind the act names its
    # owner by the pronoun; a name past it is no object of the act.
    owned = pronoun is not None and _target_owner_pronoun(lex, s, hit, markers) == pronoun
    # "لاغتياله", "اعتقالهم": the pronoun on an act noun that befalls people is whom it befell
    patient = _patient_pronoun(lex, s, hit) if hit.topic is None else None
    pronoun = patient or pronoun
    on_verb = on_verb or patient is not None
    objects = None if on_verb or owned or _strengthened_pronoun(s, hit) else _object(lex, s, hit) or hit.topic
    if objects is None and not on_verb:
        objects = _trigger_head_group(lex, s, hit) or _recipient_before(lex, s, hit)
    if objects is None and pronoun is not None:
        objects = _antecedent(lex, s, hit, pronoun)
        if patient is not None and objects is not None and objects.start - 1 in s.verbs:
            objects = None  # "زار الوزير بغداد واستنكر اعتقاله": a verb's own subject is not whom it befell
    # "العقوبات الغربية على X" found no X after: "للبلدين الخاضعين لعقوبات غربية" names it before.
    if hit.subject_from == "adjective" and rel.about_deeds and (objects is None or _in_charge(rel, s, hit, objects)):
        # "نفت سوريا الاتهامات الأمريكية": what the denier denies was said about it; a party
        # inside the charge ("بتسليح حزب الله") is the charged act's, not the accused
        denier = _governed_agent(lex, s, hit)
        objects = denier if denier is not None and _denied_by(lex, s, denier) else objects
    if objects is None and hit.subject_from == "adjective" and rel.object_kind == "entity":
        before = s.group_before(hit.match.start, 2)
        if (
            before is not None
            and before is not hit.subject
            and before.acting
            and before.marker is not None
            and not _owned_between(s, before.end, hit.match.start)
        ):
            objects = before
    return objects


def _paired(lex: ArabicLexicon, s: Sentence, hit: Hit, rel: Relation, objects: Group | None) -> Hit:
    """A hit whose parties relate to each other, made pairwise: an agreement of two with no
    object, a symmetric relation's pair (as subject, or its topic set aside)."""
    if (
        rel.spoken_act == INTENT
        and hit.pos == "verb"
        and objects is None
        and hit.subject is not None
        and len(hit.subject.acting) >= 2
        and _reciprocal(hit)
    ):
        return replace(hit, pairwise=True)  # "اتفقت مصر والسودان على": each agrees with the other
    if not rel.symmetric:
        return hit
    if _pair_with_topic(lex, s, hit, objects):
        # "أكدت مصر والسعودية تطابق وجهات النظر حول الأزمة اللبنانية": two parties that relate
        # to each other; a nationality adjective after them names the topic, not a third party
        return replace(hit, objects=None, pairwise=True)
    pair = objects if objects is not None and len(objects.acting) >= 2 and objects.marker in (None, "بين") else None
    if pair is not None and several_origins(lex, s, pair):
        pair = None
    # "وتوسطت تركيا في المفاوضات بين روسيا وأوكرانيا": talks "between" a pair right after their
    # noun are the pair's; the party the noun took from the clause is no side of them
    between = pair is not None and pair.marker == "بين" and pair.start - hit.match.end <= 2
    if pair is not None and (hit.subject is None or (hit.pos == "noun" and hit.subject_from == "left" and between)):
        return replace(hit, subject=pair, objects=None, pairwise=True, subject_from="pair")
    if (
        hit.subject is not None
        and len(hit.subject.acting) >= 2
        and objects is None
        and not several_origins(lex, s, hit.subject)
    ):
        return replace(hit, pairwise=True)  # "روسيا وكوريا تطوران شراكة": the pair relates to itself
    return hit


def _pair_with_topic(lex: ArabicLexicon, s: Sentence, hit: Hit, objects: Group | None) -> bool:
    """Whether a symmetric relation's subject names two parties or more and its object only a
    nationality adjective with no preposition (the matter: "حول الأزمة اللبنانية")."""
    subj = hit.subject
    if subj is None or objects is None or objects.marker is not None or len(subj.acting) < 2:
        return False
    return all(a.kind == "demonym" for a in objects.members) and not several_origins(lex, s, subj)


def _in_charge(rel: Relation, s: Sentence, hit: Hit, objects: Group) -> bool:
    """Whether an accusation's bare object stands after a word with ب past the trigger: inside
    the act it charges ("الاتهامات الإسرائيلية بتسليح حزب الله")."""
    if rel.complement_agent != "object" or objects.marker is not None:
        return False
    return any(token_text(s, k).startswith("ب") for k in range(hit.end, objects.start))


def _recipient_before(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "قدمت السعودية للبنان قرضا": a noun of material help whose agent stands before it may
    have its recipient between the two, behind one of the relation's prepositions and right
    before the noun; no other party stands there."""
    rel = lex.relations[hit.relation]
    subj = hit.subject
    if hit.pos != "noun" or subj is None or hit.subject_from != "left":
        return None
    if not rel.is_material_cooperation or rel.symmetric:
        return None
    between = [g for g in s.groups if subj.end <= g.start and g.end <= hit.start]
    if len(between) != 1 or between[0].end != hit.start or not between[0].acting:
        return None
    g = between[0]
    markers = lex.object_markers.get(hit.relation, frozenset())
    return g if g.marker in markers and object_members(rel, g) else None


def _trigger_head_group(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "قررت بوليفيا طرد السفير الإسرائيلي": a verbal noun's trigger that ends in a person noun
    heading an actor's group (the ambassador, with his nationality) has that group as object; the
    group begins inside the trigger, so the search after it never sees it. Not forces or units
    (``gk:PartitiveNounCue``: "انسحاب القوات الإسرائيلية" is their own act), not the subject's
    party."""
    m = hit.match
    if hit.pos != "noun" or len(m.positions) < 2:
        return None
    g = next((g for g in s.groups if g.start == m.positions[-1] and g.end > m.end), None)
    if g is None or g is hit.subject or g.marker is not None or not g.acting:
        return None
    if lex.is_cue(lex.cue_set.partitive, without_article(s.norm(g.start))):
        return None
    return None if hit.subject is not None and same_party(g, hit.subject) else g


def _owned_target(lex: ArabicLexicon, s: Sentence, hit: Hit, discourse: Discourse) -> Hit:
    """ "انسحبت القوات الإسرائيلية بعد أن هاجم حزب الله مواقعها": the target of a verb of force
    that is a holding of someone's (``gk:TargetNounCue``) with a possessive pronoun is the party
    the pronoun refers to: where the verb has a subject, the nearest earlier subject of another
    party that agrees with it; else the pronoun's antecedent (``_antecedent``); never the place
    named after it, nor the place's civilians."""
    if not lex.relations[hit.relation].use_of_force or hit.pos != "verb" or hit.match.form.pronoun_object:
        return hit
    k = hit.subject.end if hit.subject is not None and hit.subject.start == hit.end else hit.end
    if k < s.span.end and s.norm(k) in lex.object_markers.get(hit.relation, frozenset()):
        k += 1
    pronoun = _owning_pronoun(lex, token_text(s, k)) if k < s.span.end else None
    if pronoun is None:
        return hit
    owner = None
    if hit.subject is not None:
        subjects = [g for g, _ in _main_subjects(lex, s, hit.start, discourse) if g.acting and g is not hit.subject]
        agreeing = (g for g in reversed(subjects) if _agrees_with(g, pronoun) and not same_party(g, hit.subject))
        owner = next(agreeing, None)
    owner = owner or _antecedent(lex, s, hit, pronoun)
    return replace(hit, objects=owner) if owner is not None else hit


def _owning_pronoun(lex: ArabicLexicon, word: str) -> str | None:
    """The possessive pronoun ("ها", "ه", "هم") on a target noun ("مواقعها", "قاعدته"), or None."""
    suffix, pronoun = next(((x, p) for x, p in POSSESSIVES if word.endswith(x)), ("", None))
    if pronoun is None:
        return None
    stem = word[: -len(suffix)]
    # the ة and the ى of a noun are written ت and ا before a pronoun ("قاعدته", "قراه")
    stems = {stem, stem[:-1] + "ة"} if stem.endswith("ت") else {stem, stem[:-1] + "ى"} if stem.endswith("ا") else {stem}
    nouns = lex.written_words(lex.cue_set.target_noun)
    return pronoun if any(normalize_token(w) in nouns for w in stems) else None


def _passive_charge(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "اتهم مواطن إيراني بالتجسس لصالح إسرائيل": the verb of a charge (``gk:complementAgent``
    object) with one name and then its ب complement is passive (he was accused): the name is the
    accused, and no accuser is named. Read as active it had the citizen accuse Israel."""
    rel = lex.relations[hit.relation]
    subj = hit.subject
    if rel.complement_agent != "object" or hit.pos != "verb" or subj is None or hit.subject_from != "right":
        return hit
    if hit.match.form.pronoun_object or subj.end >= s.span.end or not s.norm(subj.end).startswith("ب"):
        return hit
    if subj.end in hit.match.positions:
        return hit  # "ألقت الحكومة باللائمة على": the ب word is the trigger's own
    if any(g.start == subj.end for g in s.groups):
        return hit  # "اتهمت روسيا بريطانيا": a name of its own there is the object
    return replace(hit, subject=None, subject_from="", objects=subj)


def find_arguments(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], verb_subjects: VerbSubjects, discourse: Discourse
) -> tuple[tuple[Hit, ...], VerbSubjects, Discourse]:
    """Every hit with its subject and object, in order: a later hit sees the earlier ones' subjects
    (``verb_subjects``) and the discourse they leave."""
    done = list(hits)
    for k, hit in enumerate(hits):
        hit = _subject(lex, s, hit, done, verb_subjects, discourse)
        subj = hit.subject
        if subj is not None and hit.subject_from in ("left", "right"):
            discourse = discourse.with_subject(subj)
        if subj is not None and hit.pos == "verb":
            verb_subjects += ((hit.start, subj),)
        if hit.subject_from != "giver":
            hit = _owned_target(lex, s, _second_partner(lex, s, _with_object(lex, s, hit)), discourse)
            hit = _act_taken_up(lex, s, _passive_charge(lex, s, hit), done[:k])
            hit = _goods_of_trader(lex, s, hit, done[:k])
            hit = _purpose_recipient(lex, s, hit, done[:k])
            hit = _delivered_in(lex, s, hit)
        done[k] = hit
    return _things_not_travellers(lex, done), verb_subjects, with_plain_subjects(s, discourse)


def _second_partner(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "بحث الوزير مع نظيره المصري، ومع وزراء خارجية الأردن والعراق": a second phrase behind
    the object's own preposition, joined by و (a comma may stand before it), names more objects
    of the same act, though title words between the preposition and the names kept the clause
    finder from giving that group its preposition."""
    objs = hit.objects
    if objs is None or objs.marker is None or hit.object_index is not None:
        return hit
    k = objs.end + (1 if objs.end < s.span.end and s.norm(objs.end) in COMMAS else 0)
    if k >= s.span.end or without_conjunction(s.norm(k)) != objs.marker or s.norm(k) == objs.marker:
        return hit
    nxt = next((g for g in s.groups if g.start > k), None)
    if nxt is None or nxt.marker is not None or not nxt.acting or _title_start(lex, s, nxt) != k + 1:
        return hit
    if s.crosses(k, nxt.start, hit):
        return hit
    return replace(hit, objects=replace(objs, members=objs.members + nxt.members, end=nxt.end))


def _things_not_travellers(lex: ArabicLexicon, done: list[Hit]) -> tuple[Hit, ...]:
    """ "ووصلت شحنات القمح الروسي إلى مصر": a verb's subject found after it that is the nationality
    adjective of a later trigger noun qualifies that noun (the wheat), so it is not the verb's
    agent (Russia did not arrive); the noun takes the verb's object where its relation has that
    preposition (the shipments go to Egypt)."""
    for k, verb in enumerate(done):
        if verb.pos != "verb" or verb.subject_from != "right" or verb.subject is None:
            continue
        noun = next(
            (h for h in done if h.pos == "noun" and h.subject is verb.subject and h.subject_from == "adjective"), None
        )
        if noun is None or noun.start <= verb.start:
            continue
        done[k] = replace(verb, subject=None, subject_from="")
        markers = lex.object_markers.get(noun.relation, frozenset())
        if noun.objects is None and verb.objects is not None and verb.objects.marker in markers:
            done[done.index(noun)] = replace(noun, objects=verb.objects)
    return tuple(done)


def _act_taken_up(lex: ArabicLexicon, s: Sentence, hit: Hit, earlier: list[Hit]) -> Hit:
    """ "قصفت إسرائيل مواقع لحزب الله، بينما أدانته فرنسا": a masculine object pronoun on a verb
    judging deeds takes up the act told before it in the sentence (the shelling), so its object is
    the act's agent, never the nearest name (the act's target). An act with no agent named leaves
    no object rather than a guess; the judge's own act makes the pronoun a person again
    ("التقى بوتين أردوغان وانتقده"). A feminine one takes up the act too (الغارة) where the verb
    condemns or rejects ("شنت إسرائيل غارة على لبنان بينما أدانتها فرنسا"); backing may be of
    the act's target."""
    rel = lex.relations[hit.relation]
    if not (rel.about_deeds and hit.pos == "verb" and hit.match.form.pronoun_object) or hit.objects is None:
        return hit
    pronoun = _pronoun(lex, s, hit)
    if not (pronoun == "ه" or (pronoun == "ها" and rel.quad == VERBAL_CONFLICT)):
        return hit
    acts = [h for h in earlier if h.end <= hit.start and not h.superseded and not lex.relations[h.relation].about_deeds]
    if not acts:
        return hit
    act = max(acts, key=lambda h: h.end)
    if hit.topic is not None and hit.topic.start < act.start:
        return hit  # "الأفكار التي ... رفضتها إسرائيل": a fronted topic, not a name in the act
    agent = act.subject
    if agent is not None and hit.subject is not None and same_party(agent, hit.subject):
        return hit
    if agent is None or not agent.acting:
        return replace(hit, objects=None)
    return replace(hit, objects=agent)


def _goods_of_trader(lex: ArabicLexicon, s: Sentence, hit: Hit, earlier: list[Hit]) -> Hit:
    """ "استوردت مصر العام الماضي ستة ملايين طن من القمح الروسي": goods named by their origin's
    nationality (a trade noun with its adjective and no partner) in the object of a trade verb of
    the same relation whose subject has no partner either: the verb's subject buys from or sells
    to that origin."""
    rel = lex.relations[hit.relation]
    if not (rel.symmetric and rel.is_material_cooperation and hit.pos == "noun" and hit.subject_from == "adjective"):
        return hit
    if hit.objects is not None or hit.subject is None:
        return hit
    clause = s.clause(hit.start)
    verbs = [
        h
        for h in earlier
        if h.relation == hit.relation
        and h.pos == "verb"
        and h.objects is None
        and h.subject is not None
        and h.subject.acting
        and h.end <= hit.start
        and s.clause(h.start) == clause
    ]
    if not verbs or same_party(verbs[-1].subject, hit.subject):
        return hit
    return replace(hit, objects=verbs[-1].subject)


def _purpose_recipient(lex: ArabicLexicon, s: Sentence, hit: Hit, earlier: list[Hit]) -> Hit:
    """ "تعهدت لها طوكيو بعشرة ملايين دولار لتمويل مشروع", "وعدت ألمانيا غانا بقرض لتمويل مشروع":
    a verbal noun of material help written with ل (the purpose of a verb's act) that names no one
    it helps helps the one the verb's act went to: the verb's object. Its agent is the verb's
    subject. Only after a verb of material help, of a stated intention or of contact (a visit, a
    meeting) in one stretch of ten words at most ("هاجمت إسرائيل غزة لمنع" is no help)."""
    rel = lex.relations[hit.relation]
    if not (rel.is_material_cooperation and rel.object_kind == "entity" and hit.pos == "noun" and hit.objects is None):
        return hit
    if hit.match.form.preposition != "ل" or hit.subject_from not in ("left", ""):
        return hit
    verb = next((h for h in reversed(earlier) if h.pos == "verb" and h.end <= hit.start), None)
    if verb is None or verb.objects is None or verb.subject is None or not verb.objects.acting:
        return hit
    kind = lex.relations[verb.relation]
    if not (kind.is_material_cooperation or kind.spoken_act == INTENT or kind.contact) or hit.start - verb.end > 10:
        return hit
    if not _one_stretch(lex, s, verb.end, hit.start) or same_party(verb.objects, verb.subject):
        return hit
    if hit.subject is not None and not same_party(verb.subject, hit.subject):
        return hit
    # a pledge's purpose is not done yet: "تعهدت ... لتمويل" funds in the future
    future = hit.future or kind.spoken_act == INTENT
    return replace(hit, subject=verb.subject, subject_from="dropped", objects=verb.objects, future=future)


def _delivered_in(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "وزعت الإمارات مساعدات غذائية في اليمن", "أقام الأردن مستشفى ميدانيا في غزة": aid with no
    recipient named goes to the other state where it is handed out: a place or state behind في
    right after the aid noun or one word past it, none of whose members is of the giver's state (aid
    given at home names no recipient; "في مؤتمر باريس" is no place right after the noun)."""
    rel = lex.relations[hit.relation]
    if not (rel.is_material_cooperation and rel.backs_object) or hit.objects is not None or hit.subject is None:
        return hit
    place = next((g for g in s.groups_from(hit.end, hit.end + 3) if g.marker == "في"), None)
    if place is None or s.norm(place.start - 1) != "في" or not _one_stretch(lex, s, hit.end, place.start):
        return hit  # (a name in construct after في, "في مؤتمر باريس", is not where the aid goes)
    if place.start - 1 - hit.end > 1 or any(g.end == hit.start and g.acting and g is not hit.subject for g in s.groups):
        # "بتزويد الحوثيين صواريخ لتنفيذ غاراتهم في البحر الأحمر": the party right before the goods is
        # their recipient, and a place past a purpose clause is where that clause's act happens
        return hit
    givers = {a.entity.country for a in hit.subject.members}
    if any(not a.entity.country or a.entity.country in givers for a in place.members):
        return hit
    return replace(hit, objects=place)


def _same_state(a: Group, b: Group, qualifier: Group | None) -> bool:
    """Whether two groups share an actor, or (``a`` being the act's ``qualifier``, its nationality
    adjective or its genitive) a state: "تعرض الجيش الإسرائيلي لهجوم إسرائيلي" names no other side."""
    return same_party(a, b) or (
        a is qualifier
        and any(
            x.entity.country is not None and x.entity.country == y.entity.country for x in a.acting for y in b.acting
        )
    )


def same_party(a: Group, b: Group) -> bool:
    """Whether two groups share an actor."""
    return any(x.entity.id == y.entity.id for x in a.acting for y in b.acting)


# --- participants and refinements ----------------------------------------------------------------


def pair_discussions(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "وبحث الجانبان سبل تعزيز العلاقات", "ناقش الرئيس المصري ونظيره الأردني الأزمة": a verb of
    discussing (``gk:PairDiscussionCue``) whose subject right after it is two parties is their
    meeting, each with the other (the cue's ``gk:codesAs``); a single subject only has a topic."""
    cue = lex.cue_set.pair_discussion
    if cue.codes_as is None or not s.cues[cue]:
        return hits
    taken = {i for h in hits for i in range(h.start, h.end)}
    out = list(hits)
    for m in s.cues[cue]:
        if m.form.pos != "verb" or taken.intersection(range(m.start, m.end)):
            continue
        pair = _pair_after(lex, s, m.end)
        if pair is not None:
            out.append(Hit(m, cue.codes_as, subject=pair, subject_from="pair", pairwise=True))
    return tuple(out)


def _pair_after(lex: ArabicLexicon, s: Sentence, i: int) -> Group | None:
    """The two parties that open the clause at token ``i``: one group of two ("المصري والسعودي"
    after "الجانبان" or "الوزيران"), or a party and the next joined to it by و ("الرئيس المصري
    ونظيره الأردني")."""
    dual = i < s.span.end and _dual_of_two(lex, s.norm(i))
    first = next(iter(s.groups_from(i, i + 1 if dual else i)), None)
    if first is None or first.marker is not None:
        return None
    if _two_parties(first):
        return first
    second = s.group_at(first.end)
    if second is None or second.marker is not None or not s.norm(second.start).startswith("و"):
        return None
    joined = Group((*first.members, *second.members), first.start, second.end, None)
    return joined if _two_parties(joined) else None


def _two_parties(g: Group) -> bool:
    """Whether a group is two or more distinct parties, of distinct states where both have one."""
    acting = g.acting
    ids = {a.entity.id for a in acting}
    states = [a.entity.country for a in acting if a.entity.country]
    return len(ids) >= 2 and len(states) == len(set(states))


def participants(lex: ArabicLexicon, s: Sentence, hit: Hit, discourse: Discourse) -> Hit:
    """ "وانضمت إلى العقوبات ..." makes the joiner a subject of the sanctions too; of an act with
    no agent of its own, the subject."""
    if hit.pos != "noun":
        return hit
    extra, denied = _joiners(lex, s, hit, discourse)
    if denied and hit.subject is not None:
        return hit  # "لم تنضم اليابان إلى العقوبات الأمريكية": the joiners refuse (``refusing_joiners``)
    # (contact, root 04, finds its parties its own way: left alone)
    contact = lex.relations[hit.relation].contact
    if hit.subject is None and extra and not (hit.superseded or denied or contact) and _joined_directly(s, hit):
        # "شارك حزب الله في القتال ضد إسرائيل": an act with no agent of its own, right behind the
        # participation verb's preposition, is the participant's ("لم يشارك": no act, left out)
        return replace(hit, subject=extra[0], subject_from="participant", extra_subjects=tuple(extra[1:]))
    return replace(hit, extra_subjects=tuple(extra)) if len(extra) != len(hit.extra_subjects) else hit


def refusing_joiners(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], discourse: Discourse) -> tuple[Hit, ...]:
    """ "ولم تنضم اليابان إلى العقوبات الأمريكية": a negated verb of participation before an act
    with an agent of its own negates the joining, not the act: the act keeps its agent (and its
    polarity, ``modality_ar``), and the joiners' own act, appended as a hit of its own (after
    every hit, so the indices nesting set stay), is the one negated."""
    added = []
    for hit in hits:
        if hit.pos != "noun" or hit.subject is None or hit.subject_from == "participant":
            continue
        extra, denied = _joiners(lex, s, replace(hit, extra_subjects=()), discourse)
        if denied and extra:
            added.append(replace(hit, subject=extra[0], subject_from="participant", extra_subjects=tuple(extra[1:])))
    return (*hits, *added)


def _joiners(lex: ArabicLexicon, s: Sentence, hit: Hit, discourse: Discourse) -> tuple[list[Group], bool]:
    """The act's extra subjects with the parties of the verbs of participation at most three
    words before it ("انضمت", "شارك"), and whether a negator stands before one of those verbs."""
    extra = list(hit.extra_subjects)
    denied = False
    for cue in s.cues[lex.cue_set.participation]:
        if cue.end <= hit.start and hit.start - cue.end <= 3 and cue.form.pos == "verb":
            denied = denied or (cue.start > s.span.start and verb_negator(lex, s.norm(cue.start - 1)))
            left = s.group_before(cue.start, 2)
            first = next(iter(s.groups_from(cue.end, cue.end + 2)), None)
            if (
                left is not None
                and left.marker is None
                and left.acting
                and cue.form.text[:1] not in CONJUNCTION_LETTERS
            ):
                extra.append(left)
            elif first is not None and first.marker is None and first.acting and first.end <= hit.start:
                extra.append(first)
            else:
                # "وانضمت" (feminine) continues the state named before, not its president.
                dropped = discourse.dropped_subject(cue.form.plural, cue.form.feminine)
                if dropped is not None:
                    extra.append(dropped)
    return extra, denied


_JOINED_BY = frozenset({"في", "الي"})  # شارك في, انضم إلى


def _joined_directly(s: Sentence, hit: Hit) -> bool:
    """Whether the act's noun stands right behind في or إلى."""
    k = hit.match.positions[0] - 1
    return k >= s.span.start and s.norm(k) in _JOINED_BY


def refine(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "زودت X بأسلحة": a narrower relation's context words near a broader trigger select it."""
    options = lex.refinements.get(hit.relation)
    if not options:
        return hit
    _, clause_end = s.clause(hit.end)
    lo, hi = hit.match.positions[0], min(clause_end, hit.end + 6, s.span.end)
    norms = [s.norm(i) for i in range(lo, hi)]
    for relation, index in options:
        if index.find_all(norms):
            return replace(hit, relation=relation)
    return hit


def received_guest(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "وكان في استقبال الرئيس الفنزويلي لدى وصوله رئيس الوزراء الروسي" (gk:ReceptionFrameCue):
    the party the noun of reception was read with (its genitive, or its pronoun's antecedent) is
    the guest; the host is the last bare party of the clause after the guest. With none named
    the reception is left out: the guest is never the host."""
    first = hit.match.positions[0]
    frame = next((f for f in s.cues[lex.cue_set.reception_frame] if f.end - 1 == first), None)
    if frame is None:
        return hit
    guest = hit.subject
    if token_text(s, first).endswith(POSSESSIVE_SUFFIXES):
        # "وصل X إلى موسكو وكان في استقباله": the pronoun's party is a bare one before the frame
        before = [g for g in s.groups if g.end <= frame.start and g.marker is None and g.acting]
        guest = before[-1] if before else None
    after = guest.end if guest is not None and guest.start > first else hit.end
    _, clause_end = s.clause(first)
    hosts = [g for g in s.groups_from(after, clause_end) if g.marker is None and g.acting and g is not guest]
    if not hosts:
        return replace(hit, superseded=True)
    return replace(hit, subject=hosts[-1], subject_from="right", objects=guest)


def call_parties(lex: ArabicLexicon, s: Sentence, hit: Hit, contact: bool) -> Hit:
    """ "وكان أولمرت قد أبلغ أنان خلال اتصال هاتفي أن ...", "وأكد الرئيس لنظيره في اتصال هاتفي":
    a contact noun (``contact``) in a frame after its clause's verb, with no partner of its own
    behind مع, is the call of that verb's subject and its object (bare or behind ل), whatever
    the verb: the two parties named between the clause's verb and the frame. A nationality
    adjective of a topic ("بحث الأزمة السورية في اتصال هاتفي") is no party called. Only a
    contact that goes both ways (a call, a meeting): which of the two made a visit the verb does
    not tell ("استقبل X Y، في زيارة": Y is the visitor, X the host)."""
    m = hit.match
    if contact and _adjective_not_partner(lex, s, hit):
        hit = replace(hit, objects=None)
    if (
        not contact
        or not lex.relations[hit.relation].symmetric
        or hit.pos != "noun"
        or m.start - 1 < s.span.start
        or s.norm(m.start - 1) not in _ADVERBIAL_FRAMES
    ):
        return hit
    partner = s.norm(m.positions[-1]) == WITH or (m.end < s.span.end and s.norm(m.end) == WITH)
    if hit.objects is not None or partner:
        return hit
    clause_start, _ = s.clause(m.start)
    before = [g for g in s.groups if clause_start <= g.start and g.end < m.start]
    after = _called_after_frame(s, hit, before)
    if after is not None:
        before = [before[0], after]  # "أبلغ X أمس في اتصال هاتفي Y": the one called follows the frame
    if len(before) != 2 or not all(g.acting for g in before):
        return hit
    subject, obj = before
    opener = [i for i in range(clause_start, subject.start) if not named(s, i)]
    if subject.marker is not None or obj.marker not in (None, "ل") or not 1 <= len(opener) <= 3:
        return hit
    if all(a.kind == "demonym" for a in obj.members) and not (
        actor_noun_before(lex, s, obj) or _ends_title(lex, s, obj)
    ):
        return hit
    if s.trigger_tokens & set(range(subject.end, m.start - 1)):
        return hit  # another act between them has its own arguments
    return replace(hit, subject=subject, subject_from="right", objects=obj)


def _adjective_not_partner(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "أكد X في اتصال هاتفي الأردني ...", "في اتصال هاتفي الموقف التركي": a bare nationality
    adjective after a call's noun qualifies a noun (the definite one cannot agree with the
    indefinite call), so it is no party called; the partner is a noun behind مع or ب, or an actor
    noun ("نظيره الأردني", a title) the nationality qualifies. Not the second of two sides read
    after بين ("المحادثات بين إسرائيل والسلطة الفلسطينية": ``subject_from`` "pair"), which
    stands after و and a noun of its own."""
    g = hit.objects
    return (
        hit.pos == "noun"
        and hit.subject_from != "pair"
        and g is not None
        and g.marker is None
        and all(a.kind == "demonym" for a in g.members)
        and not (actor_noun_before(lex, s, g) or _ends_title(lex, s, g))
    )


def _called_after_frame(s: Sentence, hit: Hit, before: list[Group]) -> Group | None:
    """The verb's object standing right after a call's frame that splits it from the verb's
    subject ("أبلغ بوتين أمس في اتصال هاتفي الرئيس الكيني بقراره"): a bare party, the first
    after the noun phrase, that the noun took as its own adjective; the subject is
    then the one party before the frame."""
    # after the noun's adjective ("اتصال هاتفي"), which no genitive follows: a genitive right
    # after the noun itself is its owner ("خلال اجتماع الجمعية العامة"), no one called
    after_adjective = hit.subject_from == "adjective" or (
        hit.subject_from == "genitive" and len(hit.match.positions) > 1
    )
    if len(before) != 1 or hit.subject is None or not after_adjective:
        return None
    g = hit.subject
    if g.start < hit.match.end or g.start - hit.match.end > 1 or g.marker not in (None, "ل"):
        return None
    return g if s.clause(g.start) == s.clause(hit.match.start) else None


_LEFT_PLACES = frozenset({"Country", "City", "Place", "Region"})


def owned_departure(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "أعلنت إسرائيل انسحابها من لبنان": a verbal noun owned by a pronoun, of a relation whose
    object is a place left or none, says what its owner left only with a place after it; from a
    race, an agreement or a union it is no withdrawal of forces, so without a place: superseded."""
    rel = lex.relations[hit.relation]
    if rel.object_kind != "none_or_place" or hit.pos != "noun" or hit.superseded:
        return hit
    # the written word: normalised, a feminine noun's ة is ه and would read as "his"
    if not s.doc[hit.match.positions[0]].text.endswith(POSSESSIVE_SUFFIXES) or s.norm(hit.match.positions[-1]) != "من":
        return hit
    objects = hit.objects.members if hit.objects is not None else ()
    if objects and all(a.entity.type in _LEFT_PLACES for a in objects):
        return hit
    return replace(hit, superseded=True)


def farewell(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "ودعت الحكومة الوفد في المطار": a trigger spelled like ودّع (bade farewell) with no
    complement (إلى, ل, أن) in its clause is the farewell: superseded."""
    first = hit.match.positions[0]
    if hit.pos != "verb" or not lex.is_cue(lex.cue_set.farewell, s.norm(first)):
        return hit
    _, clause_end = s.clause(first)
    for i in range(hit.end, min(clause_end, s.span.end)):
        n = s.norm(i)
        if n in ("الي", "ان", "بان", "لان") or (n.startswith("ل") and not n.startswith("لل") and len(n) > 3):
            return hit
    return replace(hit, superseded=True)


def contact_in_context(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "هنأ وزير الخارجية نظيره الأردني خلال مكالمة هاتفية": an act between two parties done in a call (a
    contact relation's context words in its clause) is that contact too. The new hits go last,
    so that the indices assertions about assertions hold stay valid."""
    added = []
    for hit in hits:
        rel = lex.relations[hit.relation]
        if rel.contact or hit.superseded or hit.subject is None or hit.objects is None or hit.object_index is not None:
            continue
        _, clause_end = s.clause(hit.end)
        norms = [s.norm(i) for i in range(hit.end, min(clause_end, hit.end + 8, s.span.end))]
        for narrower, index in lex.contact_refinements:
            if index.find_all(norms):
                added.append(replace(hit, relation=narrower))
                break
    return hits + tuple(added)


def merge_specific(lex: ArabicLexicon, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "زودت سيول أوكرانيا بمساعدة عسكرية": the verb's arguments, the noun's finer relation."""
    rels = lex.relations
    out = list(hits)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        ra, rb = rels[a.relation], rels[b.relation]
        if not (ra.cameo_root and ra.cameo_root == rb.cameo_root and a.subject and a.objects):
            continue
        if b.pos == "noun" and b.match.form.preposition == "ب" and b.start - a.objects.end <= 2:
            if rb.refines(ra):
                out[k] = replace(a, relation=b.relation)
            out[k + 1] = replace(b, superseded=True)
    return tuple(out)
