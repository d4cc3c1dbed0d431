"""Modality and negation, an Arabic stage: polarity, future, hypothesis and allegation from the cue
words before a trigger, within each cue's scope (``gk:arTokenScope``) and never across its clause;
and the event nouns a sentence mentions only in passing (background, not what it asserts).

- Negation ("لم", "لن", "لا", "ليس") reaches a few tokens ahead, past auxiliaries ("لم تقم
  بزيارة"), within its own clause only; "ما", "غير", "دون" only right before the word or its
  "أن" ("دون أن ينفجر"); a denial verb ("نفى") negates its segment; a verb of stopping an act
  ("أوقف", "علق", "ألغى"; "أنهى" for force) negates the event noun it takes as object.
- Future particles, hope, expectation, an offer of the act and a word of obligation over it
  ("إن على روسيا أن تسحب", "لا بد من انسحاب") make it expected; "إذا" and "في حال" make it
  hypothetical; an allegation word alleged (an accusation is not alleged by the word it is).
"""

from __future__ import annotations

from geokg.ontology import Cue

from .lexicon_ar import ArabicLexicon, PhraseMatch
from .memo_ar import named, sentence_memo, token_text
from .morphology_ar import ARTICLE, CONJUNCTION_LETTERS
from .normalize import normalize_token
from .values_ar import (
    AMBIGUOUS_NEGATORS,
    COMMAS,
    INNA,
    ON,
    QUOTES,
    RELATIVE_PRONOUNS,
    SEPARATE_PREPOSITIONS,
    STATE_SIDE,
    WE,
    Group,
    Hit,
    Sentence,
    intent_noun_word,
    owned_word,
    replace,
    title_word,
    with_pronoun,
    within,
    without_article,
    without_conjunction,
)

__all__ = ["conceded_end", "in_passing", "obligation", "obliged_at", "obliged_verbal_nouns", "polarity_modality"]

_DEMAND_REACH = 4  # words from a demand's trigger to the stop it demands: its subject, object, إلى
# Prepositions that may stand between a frame word and its event noun (built once, not per hit).
_BEFORE_FRAMED = SEPARATE_PREPOSITIONS | {"ل", "ب", "لل"}


def _negated(lex: ArabicLexicon, s: Sentence, hit: Hit, demands: frozenset[int]) -> tuple[bool, bool]:
    """Whether a negator governs the hit, and whether an auxiliary before it speaks of the future."""
    cue = lex.cue_set
    start = hit.start
    sent_start = s.span.start
    # Look past auxiliaries ("لم تقم بزيارة", "لن يعمل على") for the negation.
    # "وليس هناك أي خطط لزيارة": a negator reaches a few words ahead, past auxiliaries too.
    negation_scope = cue.negation.ar_scope or 0
    clause_start, _ = s.clause(start)
    window_start = max(sent_start, clause_start, _back_over_names(s, start, negation_scope))
    future = False
    for aux in within(s.cues[cue.auxiliary_verb], start, cue.auxiliary_verb.ar_scope):
        # the negator may stand before the auxiliary as it would before the verb
        window_start = max(sent_start, aux.start - (negation_scope - 1))
        future = future or aux.form.future
    # "نفت سوريا الاتهامات الأمريكية": the accusation denied was made; what it alleges is denied.
    answered = hit.pos == "noun" and lex.relations[hit.relation].complement_modality == cue.allegation.signals
    # (the words of negation first: most hits have none before them, and nothing else to read)
    negators = [i for i in range(window_start, start) if lex.is_cue(cue.negation, s.norm(i))]
    inside = _no_negator_tokens(lex, s) if negators else frozenset()
    # "لم تدن الصين الهجوم الروسي": a negator before another trigger negates that one, not the act
    # it takes as object.
    others = (
        sorted(j for j in s.trigger_tokens if window_start <= j < start and not hit.start <= j < hit.end)
        if negators
        else []
    )
    negated = any(
        i not in inside
        and (not any(j > i for j in others) or _foils(lex, s, hit, i))
        and not (answered and lex.is_cue(cue.denial, s.norm(i)))
        and (s.norm(i) not in AMBIGUOUS_NEGATORS or i == start - 1 or (i == start - 2 and s.norm(i + 1) == "ان"))
        and not _known_act_of_another(lex, s, hit, i)
        and not _negates_another_verb(lex, s, hit, i)
        and (conceded_end(lex, s, i) or start + 1) > start  # "رغم نفي X التهم استدعت Y": not past it
        for i in negators
    )
    seg_start, _ = s.segment(start)
    if not answered and any(
        d.end <= start and d.start >= seg_start and (conceded_end(lex, s, d.start) or start + 1) > start
        for d in s.cues[cue.denial]
    ):
        negated = True
    negated = negated and not _not_only(lex, s, hit)
    if _foiling_denied(lex, s, hit):
        return False, future  # "لم يحل الاتفاق دون هجوم X": a prevention denied, the act went on
    stop = _stop(lex, s, hit, demands)
    if stop is not None and stop.start > s.span.start and lex.is_cue(cue.negation, s.norm(stop.start - 1)):
        # "لم تتوقف القوات عن قصف المدينة": a stop denied, the act went on
        return False, future
    return negated or stop is not None, future


# Words of the preventer that may stand between a verb of prevention and the act it governs
# ("لم تمنع التحذيرات الدولية هجوم"): its subject, a noun and an adjective or two.
_PREVENTER_WORDS = 3


def _foiling_denied(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "لم يحل الاتفاق دون هجوم X على Y", "لم يمنع الاتفاق هجوم X": a verb of keeping an act from
    happening (gk:FoilingCue) with a verb negator right before it, governing the act's noun (right
    after it or its دون, or past its subject, with no verb or other trigger between): the prevention
    did not happen, so the act did; neither the negator nor the دون negates it. A form read as a
    verb counts right after the phrase only ("دون قصف": no verb follows دون)."""
    lo, _ = s.clause(hit.start)
    return any(
        lo < m.start
        and verb_negator(lex, without_conjunction(s.norm(m.start - 1)))
        and (hit.start == m.end or _foils(lex, s, hit, m.start))
        for m in s.cues[lex.cue_set.foiling]
    )


def _foils(lex: ArabicLexicon, s: Sentence, hit: Hit, i: int) -> bool:
    """Is the word at ``i`` a verb of keeping an act from happening (gk:FoilingCue) whose act is
    the hit's noun, past the preventer alone ("منعت الهدنة هجوم X", "منع وقف إطلاق النار هجوم
    X")? A trigger there is the preventer, its subject, not an act the verb negates instead."""
    return hit.pos == "noun" and any(
        m.start == i
        and 0 <= hit.start - m.end <= _PREVENTER_WORDS
        and not any(k in s.verbs for k in range(m.end, hit.start))
        for m in s.cues[lex.cue_set.foiling]
    )


def _back_over_names(s: Sentence, start: int, words: int) -> int:
    """The token ``words`` words before ``start``, a name counting as one word: "لا ينوي حلف
    شمال الأطلسي مهاجمة": the negator reaches past the subject however many words it has."""
    k = start
    starts = _group_starts(s)
    while words > 0 and k > s.span.start:
        k -= 1
        k = starts.get(k, k)
        words -= 1
    return k


def _group_starts(s: Sentence) -> dict[int, int]:
    """Each token of a group -> where the first group holding it starts; read once a sentence."""
    memo = sentence_memo(s)
    found = memo.get(_group_starts)
    if found is None:
        found = memo[_group_starts] = {}
        for g in s.groups:
            for i in range(g.start, g.end):
                found.setdefault(i, g.start)
    return found


def conceded_end(lex: ArabicLexicon, s: Sentence, i: int) -> int | None:
    """ "رغم نفي موسكو أي نية للهجوم، طردت وارسو سفيرها": a word right after a word of concession
    (gk:ConcessionCue, "على الرغم من") belongs to the conceded phrase, which ends at its comma (the
    comma is no clause boundary, for lists), or, with no comma, before the main clause's verb:
    where it ends, or None (no concession, no end).
    A denial or a speaker there reaches nothing past it, in the main clause."""
    words = range(max(s.span.start, i - 2), i)
    if not any(lex.is_cue(lex.cue_set.concession, without_conjunction(s.norm(k))) for k in words):
        return None
    that = lex.written_words(lex.cue_set.complementizer)
    after_that = False  # "رغم نفي X أنها تسعى": the verb behind أن is the denied act, still conceded
    for k in range(i + 1, s.span.end):
        if s.norm(k) in COMMAS:
            return k
        if k in s.verbs and not after_that:
            return k  # no comma: "رغم نفي X التهمة استدعت Y": the main clause starts at its verb
        after_that = after_that and k not in s.verbs or without_conjunction(s.norm(k)) in that
    return None


def _no_negator_tokens(lex: ArabicLexicon, s: Sentence) -> set[int]:
    """Tokens whose negator negates no act: inside an expectation cue ("لا تستبعد إسرائيل شن
    هجوم": the act is possible) or a word of obligation of two words ("لا بد من الانسحاب");
    read once a sentence."""
    memo = sentence_memo(s)
    found = memo.get(_no_negator_tokens)
    if found is None:
        found = memo[_no_negator_tokens] = _negator_free(lex, s)
    return found


def _negator_free(lex: ArabicLexicon, s: Sentence) -> set[int]:
    cue = lex.cue_set
    inside = {i for c in s.cues[cue.expectation] for i in range(c.start, c.end)}
    # "ما لم تنسحب": "unless", a condition of two words; its لم denies nothing
    several = (c for concept in (cue.obligation, cue.condition) for c in _particles(s, concept) if c.end - c.start > 1)
    return inside | {i for c in several for i in range(c.start, c.end)}


def _particles(s: Sentence, concept: Cue) -> list[PhraseMatch]:
    """The cue's matches, less phrases of particles with a preposition joined to them: such a
    phrase takes none, and "ولما لم" is "when ... did not" (its لم negates), not "ما لم" (unless).
    A single word keeps it ("بالتخطيط لهجوم")."""
    return [c for c in s.cues[concept] if c.form.preposition is None or c.end - c.start == 1]


def _not_only(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "لا تدعم إيران الحوثيين فحسب بل ...": "not only" after the hit, in its clause, affirms it."""
    concept = lex.cue_set.not_only
    _, clause_end = s.clause(hit.start)
    return any(hit.end <= m.start < min(clause_end, hit.end + (concept.ar_scope or 0)) for m in s.cues[concept])


def _negates_another_verb(lex: ArabicLexicon, s: Sentence, hit: Hit, negator: int) -> bool:
    """ "ولما لم تنسحب X هاجمت Y Z": لم and لن (``gk:VerbNegationCue``) negate the word right
    after them, a verb; when that word is neither the hit nor an auxiliary carrying it ("لم تقم
    بزيارة"), a trigger verb further on with no complementizer between heads a clause of its
    own, which the negation does not reach. (A verbal noun there is that verb's object: "لم
    تحاول مهاجمة" stays negated.)"""
    verb = negator + 1
    if hit.pos != "verb" or verb >= hit.start or not lex.is_cue(lex.cue_set.verb_negation, s.norm(negator)):
        return False
    if any(a.start == verb for a in s.cues[lex.cue_set.auxiliary_verb]):
        return False
    that = lex.written_words(lex.cue_set.complementizer)
    return not any(without_conjunction(s.norm(k)) in that for k in range(verb, hit.start))


def _known_act_of_another(lex: ArabicLexicon, s: Sentence, hit: Hit, negator: int) -> bool:
    """ "لم تدن الصين الهجوم الروسي": a negator governs the trigger verb right after it; a
    definite event noun behind that verb is a known act the verb is about, not negated with it
    ("لا تدعم أي هجوم", an indefinite act, is). So behind a verb of participation for an act
    with an agent of its own ("لم تنضم اليابان إلى العقوبات الأمريكية": the joining is denied;
    the joiners' copy of the act, ``arguments_ar.refusing_joiners``, is negated)."""
    if hit.pos != "noun":
        return False
    word = s.norm(hit.start)
    if not (word.startswith(ARTICLE) or word[1:3] == ARTICLE or word.startswith("لل")):
        return False
    if any(k in s.trigger_tokens and k in s.verbs for k in range(negator + 1, hit.start)):
        return True
    own = hit.subject is not None and hit.subject_from != "participant"
    joins = s.cues[lex.cue_set.participation]
    return own and any(negator < c.start and c.end <= hit.start and c.form.pos == "verb" for c in joins)


def _stop(lex: ArabicLexicon, s: Sentence, hit: Hit, demands: frozenset[int]) -> PhraseMatch | None:
    """The verb of stopping whose object the event noun is ("أوقفت إسرائيل قصف غزة", "علقت الحكومة
    المفاوضات", "تخلت إيران عن تهديداتها"; for an act of force also "أنهت القوات عملياتها", though
    "أنهى زيارته" says the visit took place), if any: only as its object, or after its عن: "علق على
    الهجوم" comments on the attack, and another trigger between governs the noun itself. A form
    read as a verb ("قصف") is the verbal noun when only the subject or عن stands between: "أوقفت
    الشرطة رجلا قتل جنديا" is a man who killed. A stop demanded ("دعت مصر إلى توقف إسرائيل عن
    قصف غزة", "أكدت ضرورة توقف"; ``demands``: where an appeal, demand or threat ends) is not
    done: the act it would stop goes on."""
    cue = lex.cue_set
    if hit.pos not in ("noun", "verb") or _governed(s.norm(hit.start)):
        return None
    stops = list(s.cues[cue.cessation])
    if lex.relations[hit.relation].is_material_conflict:
        stops += s.cues[cue.force_cessation]
    if not stops:  # (most sentences: nothing below to compute)
        return None
    clause_start, _ = s.clause(hit.start)
    # "لا تستبعد إسرائيل شن هجوم": not ruling out is an expectation, not a stop
    inside = _no_negator_tokens(lex, s)
    # "علقت روسيا مشاركتها في المحادثات": stopping one's part in an act stops the act; the في
    # after the participation noun is no preposition of its own
    joined = {c.end for c in s.cues[cue.participation] if c.end < s.span.end and s.norm(c.end) == "في"}
    return next(
        (
            m
            for m in within(stops, hit.start, cue.cessation.ar_scope)
            if m.start >= clause_start
            and m.start not in inside
            and not _complementizer(lex, s.norm(m.start))
            and not _demanded(s, m.start, demands)
            and not any(
                (s.norm(i) in SEPARATE_PREPOSITIONS and s.norm(i) != "عن" and i not in joined) or i in s.trigger_tokens
                for i in range(m.end, hit.start)
            )
            and (hit.pos == "noun" or _subject_only(s, m.end, hit.start))
        ),
        None,
    )


def _demanded(s: Sentence, start: int, demands: frozenset[int]) -> bool:
    """Whether a demand of the same clause ends at most four words before token ``start``, with
    no other trigger between ("دعت مصر إسرائيل إلى توقف", "طالبت تركيا بضرورة تراجع")."""
    lo, _ = s.clause(start)
    return any(
        lo < e <= start <= e + _DEMAND_REACH and not any(k in s.trigger_tokens for k in range(e, start))
        for e in demands
    )


def _complementizer(lex: ArabicLexicon, norm: str) -> bool:
    """Whether the word is a complementizer with a pronoun ("انه" is "أنه", not "أنهى")."""
    words = lex.written_words(lex.cue_set.complementizer)
    return with_pronoun(norm.lstrip(CONJUNCTION_LETTERS), words)


def _subject_only(s: Sentence, start: int, end: int) -> bool:
    """Whether the tokens from ``start`` to ``end`` are at most one actor group and عن."""
    rest = [i for i in range(start, end) if s.norm(i) != "عن"]
    return not rest or any(g.start <= rest[0] and rest[-1] < g.end for g in s.groups)


def polarity_modality(lex: ArabicLexicon, s: Sentence, hit: Hit, demands: frozenset[int] = frozenset()) -> Hit:
    """The hit with its polarity, future and forced modality from the cues before it
    (``demands``: the tokens right after each appeal, demand or threat of the sentence)."""
    cue = lex.cue_set
    start = hit.start
    negated, aux_future = _negated(lex, s, hit, demands)
    future = hit.future or aux_future or hit.match.form.future
    # "إن طهران لن تتراجع، واتهم الولايات المتحدة": a future word of the clause before (the
    # reported words) does not reach a coordinated verb of its own clause
    clause_start, _ = s.clause(start)
    frame = _frame_before(lex, s, hit)
    for concept in (cue.future, cue.hope, cue.expectation):
        if any(
            (c.start >= clause_start or not hit.match.joined) and c.start >= frame
            for c in within(s.cues[concept], start, concept.ar_scope)
        ):
            future = True
    obliged = obligation(lex, s, hit)
    future = future or _future_in_context(lex, s, hit, clause_start) or obliged is not None
    # "ليس لدى X أي نية لتهديد Y": an intended act is not done yet, here denied with its intent
    intended = after_intent(lex, s, hit)
    # "رغبة فرنسا في لقاء X", "سعي إسرائيل إلى": so is one its owner, named, wants or seeks
    designer = design_owner(lex, s, hit.match.start) if hit.pos == "noun" else None
    future = future or intended or designer is not None
    negated = negated or (intended and _intent_denied(lex, s, hit))
    # "ليس على روسيا أن تسحب": a negator before the word of obligation, however long the party;
    # "على إيران ألا تهاجم": the negative complementizer in the slot of أن
    negated = negated or (obliged is not None and _negator_before(lex, s, obliged[0].start))
    negated = negated or _that_not(s, hit.match.positions[0], obliged is not None)
    reach = _negated_reach(lex, s, hit)
    if reach is not None:  # "الغارات التركية لن تطال المدارس": the act does not reach its object
        negated, future = True, future or lex.is_cue(cue.future, s.norm(reach))
    forced = hit.forced_modality
    # "أي" after a negator is "no ... at all" ("ليس هناك أي تعاون"): negated, not hypothetical
    if (
        within(_particles(s, cue.hypothetical), start, cue.hypothetical.ar_scope)
        or (_any_act(s, hit) and not negated)
        or _proposed(lex, s, hit)
        or _warned_of(lex, s, hit)
        or _judged_design(s, designer)
        or _conditional_inna(lex, s, hit)
    ):
        forced = forced or cue.hypothetical.signals
    # An accusation is not itself alleged by the allegation word it is (gk:complementModality).
    accusation = lex.relations[hit.relation].complement_modality == cue.allegation.signals
    alleging = within(s.cues[cue.allegation], start, cue.allegation.ar_scope)
    if not accusation and any(not _aside(s, m.end, start) for m in alleging):
        forced = forced or cue.allegation.signals
    if (negated, future, forced) == (hit.negated, hit.future, hit.forced_modality):
        return hit
    return replace(hit, negated=negated, future=future, forced_modality=forced)


def _negated_reach(lex: ArabicLexicon, s: Sentence, hit: Hit) -> int | None:
    """The negator of the verb that carries an act noun to its object ("الهجوم الروسي لم يطل
    الأراضي الجورجية", "القصف لن يطال المدارس"), or None: the noun, its agent's group, a negator
    of verbs and one verb right before the object, all in one clause. The act is then denied of
    that object (it was read as done)."""
    g = hit.objects
    if hit.pos != "noun" or g is None or g.start < hit.end + 2 or s.clause(g.start)[0] > hit.start:
        return None
    # the verb, and a head noun the object's nationality follows ("لم يطل الأراضي الجورجية")
    k = next((k for k in (g.start - 2, g.start - 3) if k >= hit.end and verb_negator(lex, s.norm(k))), None)
    if k is None or not lex.is_cue(lex.cue_set.reach_verb, s.norm(k + 1)):
        return None
    # only the agent's group between the noun and the negator ("القصف الروسي لم"): another word
    # there starts a clause or phrase of its own
    loose = any(not any(g.start <= i < g.end for g in s.groups) for i in range(hit.end, k))
    return None if loose else k


def verb_negator(lex: ArabicLexicon, word: str) -> bool:
    """Whether a word negates the verb after it (لم, لن, لا): not ما, غير or دون, which are also
    "what", "other" and "below" (``AMBIGUOUS_NEGATORS``)."""
    return lex.is_cue(lex.cue_set.negation, word) and word not in AMBIGUOUS_NEGATORS


def _frame_before(lex: ArabicLexicon, s: Sentence, hit: Hit) -> int:
    """Where a topic or frame word the event noun depends on starts ("حل سريع للحرب", "ملف
    الحرب"; at most one word between), else the sentence start: a hope or expectation before
    that word is about the solution or the file, while the war itself is going on."""
    frames = [f for f in s.cues[lex.cue_set.passing_frame] if hit.start - 1 <= f.end <= hit.start]
    if hit.pos != "noun" or not frames:  # (asked of every hit: the word sets only where needed)
        return s.span.start
    # a word of time ("خلال زيارته المرتقبة") dates the act with the expected one: not a frame here
    times = _time_words(lex)
    return max((f.start for f in frames if without_conjunction(s.norm(f.start)) not in times), default=s.span.start)


_THAT_WORDS = frozenset(normalize_token(w) for w in ("أن", "بأن"))
_PROPOSAL_REACH = 5  # words from a proposal to its أن ("اقتراحا تقدمت به ألمانيا بأن")
_PROPOSED_REACH = 8  # words from that أن to the proposed act
_BREAKS = frozenset({"،", ",", ".", "؛", ":"})


def _proposed(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "اقترحت ألمانيا أن تتعهد موسكو بدعم أرمينيا", "رفضت الهند اقتراحا تقدمت به ألمانيا بأن": the act in
    the أن clause of a proposal (``gk:ProposalCue``) is proposed, not done, whether the proposal
    is then made, rejected or welcomed: hypothetical. Not past a comma, which ends the clause."""
    held = _held_from(lex, s, hit)
    for m in s.cues[lex.cue_set.proposal]:
        if m.end > hit.start:
            continue
        if held < hit.start and m.end <= held and _subject_only(s, m.end, held):
            return True  # "اقترحت قطر عقد اجتماع بين ...", "مبادرة لعقد مفاوضات"
        for j in range(m.end, min(m.end + _PROPOSAL_REACH, hit.start)):
            if s.norm(j) in _BREAKS:
                break
            if without_conjunction(s.norm(j)) in _THAT_WORDS and hit.start - j <= _PROPOSED_REACH:
                return not any(s.norm(k) in _BREAKS for k in range(j, hit.start))
    return False


_WARNED_REACH = 2  # words from a warning's من to the act noun ("حذر من شن هجوم على")


def _warned_of(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "حذرت مصر من هجوم إسرائيلي على لبنان", "حذر من أن إسرائيل قد تهاجم إيران", "مخاوف من
    هجوم": the act right after a word of warning or fear with its من (``gk:WarnedActCue``), or
    the act of the أن clause right after it, is warned of, not done: hypothetical. Not past a
    comma, which ends the clause."""
    for m in s.cues[lex.cue_set.warned_act]:
        if m.end > hit.start or any(s.norm(k) in _BREAKS for k in range(m.end, hit.start)):
            continue
        if hit.start - m.end <= _WARNED_REACH:
            return True
        if without_conjunction(s.norm(m.end)) in _THAT_WORDS and hit.start - m.end <= _PROPOSED_REACH:
            return True
    return False


# a future prefix after the فـ of an apodosis ("فستكون", "فسيرد", "فسنرد")
_FUTURE_APODOSIS = ("فست", "فسي", "فسن")


def _conditional_inna(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "وإن هاجمت الهند باكستان فإن المنطقة ستدخل أزمة": a verb right after إن (written with
    its hamza below, "إن لم" too) is a condition when an apodosis (``gk:ApodosisCue``, or فـ
    with a future prefix) follows it in the sentence: hypothetical, not told as done."""
    k = hit.match.positions[0] - 1
    if k > s.span.start and verb_negator(lex, s.norm(k)):
        k -= 1  # "إن لم تنسحب"
    if k < s.span.start or token_text(s, k) not in INNA:
        return False
    after = range(hit.end, s.span.end)
    return any(m.start >= hit.end for m in s.cues[lex.cue_set.apodosis]) or any(
        token_text(s, i).startswith(_FUTURE_APODOSIS) and len(token_text(s, i)) > 4 for i in after
    )


_ANY = normalize_token("أي")


def _any_act(s: Sentence, hit: Hit) -> bool:
    """ "سترد على أي هجوم إسرائيلي", "ترفض أي تدخل أجنبي": an act noun right after "أي" (any) is
    no act that took place: hypothetical."""
    return hit.pos == "noun" and hit.start - 1 >= s.span.start and s.norm(hit.start - 1) == _ANY


def _that_not(s: Sentence, first: int, obliged: bool) -> bool:
    """Whether "ألا" (أن + لا) stands right before the act: written with its hamza ("وافقت على
    ألا تهاجم", "تعهدت بألا"), or, where an obligation places it, unwritten ("يجب الا")."""
    if first <= s.span.start:
        return False
    before = token_text(s, first - 1).lstrip("وفب")
    return before == "ألا" or (obliged and without_conjunction(s.norm(first - 1)) == _THAT_NOT)


def _future_in_context(lex: ArabicLexicon, s: Sentence, hit: Hit, clause_start: int) -> bool:
    """Whether the words around the hit make it expected: an offer of it, a day it is scheduled
    for, a future verb before it in its clause (asked only when its own words have not)."""
    start = hit.start
    # "سيمضي يومين في ألمانيا يلتقي خلالهما": a circumstance of a future stay is future too
    reach = start - clause_start if s.during_which(hit.match.positions[0] + 1) else lex.cue_set.future.ar_scope or 0
    return (
        _offered(lex, s, hit)
        or _scheduled(lex, s, hit)
        or _future_verb_before(lex, s, max(clause_start, start - reach), start)
    )


def _offered(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "عرضت تركيا التوسط بين ...": the act an offer verb takes as its object, with at most its
    subject between, is intended, not done; "عرضت القناة مشاهد للقصف" shows an act done. So is
    an act held under the offer ("عرضت X استضافة محادثات") or under a party's readiness."""
    start = _held_from(lex, s, hit)
    if start < hit.start and with_pronoun(s.norm(start - 1), lex.written_words(lex.cue_set.readiness)):
        return True  # "أبدت X استعدادها لاستضافة محادثات بين ..."
    return any(
        m.form.pos == "verb" and m.end <= start and _subject_only(s, m.end, start) for m in s.cues[lex.cue_set.offer]
    )


def _held_from(lex: ArabicLexicon, s: Sentence, hit: Hit) -> int:
    """Where an act noun's holding starts: up to two verbal nouns of holding right before it
    (``gk:HoldingNounCue``, ل or ب joined or not: "استضافة محادثات", "لعقد اجتماع"), whose
    modality the held act shares; the act's own start when there are none."""
    holding = lex.written_words(lex.cue_set.holding_noun)
    k = hit.start
    while hit.pos == "noun" and k - 1 > s.span.start and hit.start - k < 2:
        word = s.norm(k - 1)
        if not (word in holding or (word[:1] in ("ل", "ب") and word[1:] in holding)):
            break
        k -= 1
    return k


def _aside(s: Sentence, cue_end: int, start: int) -> bool:
    """Whether token ``start`` is inside a relative clause set off by commas that opens after a
    cue ("واتهم الوزير، الذي يزور واشنطن، إيران"): it says who someone is, not what is alleged."""
    for i in range(start - 1, cue_end, -1):
        if s.norm(i) in ("،", ","):
            return False
        if s.norm(i) in RELATIVE_PRONOUNS:
            return s.norm(i - 1) in ("،", ",")
    return False


def _scheduled(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "اليوم" in the hit's clause with a present-tense verb is how news announces a scheduled act
    ("يبدأ الوزير اليوم زيارة", "يصل الرئيس الليلة"); the past tense reports one done ("زار
    اليوم"). A later day ("الأسبوع المقبل"، "غدا") makes an imperfect verb of the clause expected
    too ("يزور الوزير الهند الشهر القادم"); it is not taken alone for a noun: a protest called
    for tomorrow is still coded as a protest, and a dated document's later days already make the
    act expected (timex)."""
    lo, hi = s.clause(hit.start)
    offsets = [
        lex.time_offsets.get(m.phrase.source)
        for m in s.cues[lex.cue_set.relative_time]
        if lo <= m.start and m.end <= max(hi, lo + 1)
    ]
    if hit.pos == "verb":
        return hit.match.imperfect and any(o is not None and o >= 0 for o in offsets)
    return 0 in offsets and _present_tense(s, _clause_verb(s, lo, hit.start))


def _future_verb_before(lex: ArabicLexicon, s: Sentence, lo: int, start: int) -> bool:
    """A verb with the future prefix (سـ + يـ/تـ/نـ) in the clause before the hit governs it: the
    verbal noun it takes ("ستقدم بالتعاون مع"), the act it frames ("سيمضي يومين يلتقي خلالهما").
    A word ending in ة or ات, a name, or a stem of a noun or past verb spelled alike (سنوات،
    سياسي، سيطرت، سيناتور) is never such a verb; nor is a foreign name the linker left ("سيمونز").
    """
    for i in range(lo, start):
        word = without_conjunction(s.norm(i))
        if word[:2] in ("سي", "ست", "سن") and len(word) >= 5 and not _future_lookalike(s, i, word):
            if not _unknown_name(lex, s, i):
                return True
    return False


def _unknown_name(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """ "المبعوث الأممي سيمونز": a word the lexicon does not know, right after a title, a
    nationality adjective or a name, is a name in the title's slot, not a verb."""
    if i - 1 < s.span.start or lex.known_word(s.norm(i)):
        return False
    before = s.norm(i - 1)
    nationality = before.startswith(ARTICLE) and before.endswith("ي") and len(before) > 4
    return nationality or named(s, i - 1) or title_word(lex, before)


# stems spelled with a future prefix that are nouns or past verbs: سياسي "political", سيطر "took
# control", سيناء / سيناتور / سيناريو
_FUTURE_LOOKALIKES = ("سياس", "سيطر", "سينا")


def _future_lookalike(s: Sentence, i: int, word: str) -> bool:
    return named(s, i) or word.endswith(("ة", "ه", "ات")) or word.startswith(_FUTURE_LOOKALIKES)


def _clause_verb(s: Sentence, lo: int, end: int) -> int | None:
    """The first word of the clause before ``end`` (the verb of a verb-first clause), if any."""
    return next((i for i in range(lo, end) if s.norm(i)[:1].isalpha()), None)


def _present_tense(s: Sentence, i: int | None) -> bool:
    """An imperfect verb: يـ or تـ, after a conjunction; too long to be a short noun ("يوم"); not
    a perfect of the forms that begin with ت and end in its suffix ("تفاوضت", "تعاونوا")."""
    if i is None:
        return False
    word = s.norm(i)
    word = word[1:] if word[:1] in CONJUNCTION_LETTERS and len(word) > 4 else word
    perfect = word[:1] == "ت" and word.endswith(("ت", "وا"))
    return len(word) >= 4 and word[:1] in "يت" and not perfect


def in_passing(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """An event noun the sentence mentions as background, not as what it asserts: after a time,
    cause, frame or topic word ("بعد الهجوم على", "جراء العدوان", "في إطار التعاون بين", "ملف
    العلاقات"), with at most a preposition or an operation noun between (``_frame_end``). A
    noun with a possessive pronoun ("خلال لقائه نظيره") is its participant's own event and
    counts. A form read as a verb right after the frame word ("منذ خطف", "بعد قتل") is its
    verbal noun: no verb follows these words."""
    i = _frame_end(s, hit.start)
    frames = [f for f in s.cues[lex.cue_set.passing_frame] if f.end == i]
    verb_after_frame = hit.pos == "verb" and bool(frames)
    if hit.pos not in ("noun", "participle") and not verb_after_frame:
        return False
    first = token_text(s, hit.start)
    if any(f.end == hit.start for f in s.cues[lex.cue_set.name_head]) and not _governed(s.norm(hit.start)):
        return True  # "وزيرة التعاون الدولي", "مجلس التعاون": a word of a name
    if owned_word(first) or not frames or lex.relations[hit.relation].stands_in_passing:
        return False  # (a threat named as the background still stands: gk:standsInPassing)
    # "بعد مشاورات مع X": a meeting something followed was held (gk:PastFrameCue, and
    # gk:HeldFrameCue); an attack after which something happened is the background of what the
    # sentence tells.
    contact = lex.relations[hit.relation].contact
    # "في إطار جولة تقوده إلى": a tour or talks framed as the undertaking under way happen too
    held = lex.written_words(lex.cue_set.past_frame) | lex.written_words(lex.cue_set.held_frame)
    return not (contact and all(s.norm(f.start).lstrip(CONJUNCTION_LETTERS) in held for f in frames))


_OPERATION = frozenset(normalize_token(w) for w in ("عملية", "عمليات"))


def _frame_end(s: Sentence, start: int) -> int:
    """Where the frame word before an event at ``start`` would end: past one preposition
    ("تحفيزا على قتل") and an operation noun ("أثناء عملية اقتحام")."""
    i = start
    if i - 1 >= s.span.start and s.norm(i - 1) in _OPERATION:
        i -= 1
    if i - 1 >= s.span.start and s.norm(i - 1) in _BEFORE_FRAMED:
        i -= 1
    return i


def _governed(norm: str) -> bool:
    """Whether the word carries a preposition ("بالتهديدات", "للهجوم"): then it is governed by
    the verb before ("ندد الوزير بالتهديدات"), never the second word of a name."""
    return norm.startswith("لل") or (norm[:1] in "بلك" and norm[1:3] == ARTICLE)


def background(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """The hit, superseded when the sentence mentions it only in passing or in a title."""
    passing = in_passing(lex, s, hit) and not _told_in_full(lex, s, hit)
    passing = passing or in_title(lex, s, hit) or in_agent_name(lex, s, hit)
    passing = passing or (lex.relations[hit.relation].is_material_conflict and _pluperfect(s, hit))
    passing = passing or _describes_framed_event(lex, s, hit)
    return replace(hit, superseded=True) if passing else hit


_FRAMED_REACH = 6  # words from a passing frame to the verb of the clause describing its noun


def _describes_framed_event(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "بعد انفجارين استهدفا مقر حزب", "عقب هجوم مماثل استهدف القنصلية": a verb of force right
    after an indefinite event noun that a passing frame holds is a clause describing that noun
    (an Arabic relative clause after an indefinite noun takes no الذي): it tells what the
    background event did, not an act the sentence reports, whoever the sentence's subject is. Not
    where casualties are counted before the frame ("أصيب ستة أشخاص إثر انفجار استهدف"): there
    the framed event is what caused them and happened (as after gk:CauseFrameCue); not where the
    verb's own subject follows it ("بعد أسبوعين استهدفت سيارة مفخخة": no event noun between)."""
    i = hit.match.positions[0]
    if hit.pos != "verb" or not lex.relations[hit.relation].is_material_conflict or i <= s.span.start:
        return False
    if without_conjunction(s.norm(i - 1)).startswith(ARTICLE):
        return False  # "بعد الهجوم الذي استهدف": a definite noun takes الذي, read where it is
    if hit.subject is not None and hit.subject.start == i + 1:
        return False  # "بعد هجوم مسلح شنت إسرائيل غارة": its own subject makes it a main clause
    lo = max(s.span.start, i - _FRAMED_REACH)
    frames = [f for f in s.cues[lex.cue_set.passing_frame] if lo <= f.start and f.end < i]
    if not frames or any(frames[0].end <= k < i for k in s.verbs) or s.quote_between(frames[0].end, i):
        return False
    # the noun the clause describes: an event noun between the frame and the verb, or the frame
    # word itself where it names an undertaking ("مؤامرة ثالثة بعد شهر استهدفت")
    cue = lex.cue_set
    nouns = [k for k in range(frames[0].start, i) if k in s.trigger_tokens and k not in s.verbs]
    nouns += [m.start for m in s.cues[cue.explosion] if frames[0].start <= m.start and m.end <= i]
    undertakings = lex.written_words(cue.undertaking_frame)
    nouns += [f.start for f in frames if without_conjunction(s.norm(f.start)) in undertakings]
    counted = [m for m in (*s.cues[cue.killing], *s.cues[cue.wounding]) if m.end <= frames[0].start]
    return bool(nouns) and not counted


_HAD = frozenset(normalize_token(w) for w in ("كان", "كانت", "كانوا", "كانا", "كانتا", "كن"))
_ALREADY = normalize_token("قد")


def _pluperfect(s: Sentence, hit: Hit) -> bool:
    """ "أفرج الخاطفون عن الطفلة التي كانوا قد خطفوها": كان and قد right before a past verb, no
    subject between them, is the past before the past the sentence tells: an earlier act recalled
    as the background of the news (the rescue, the release), not the news. With its subject
    between ("وكانت القوات قد قصفت") it is how news introduces an act of its own and stays."""
    i = hit.match.positions[0]
    if hit.pos != "verb" or i - 2 < s.span.start or s.norm(i - 1) != _ALREADY:
        return False
    return without_conjunction(s.norm(i - 2)) in _HAD


def _told_in_full(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "تضرروا نتيجة الغارات الإسرائيلية المتكررة", "على خلفية الغزو الروسي لأوكرانيا": an act of
    force between two states, named in full (agent and target), after a frame of cause or
    context is the setting of what the sentence tells, and has happened: told, not in passing.
    After a frame of time ("بعد", "منذ", "خلال") it only dates another event and stays there."""
    if not lex.relations[hit.relation].is_material_conflict or hit.subject is None or hit.objects is None:
        return False
    times = _time_words(lex)
    before = [without_conjunction(s.norm(i)) for i in range(max(s.span.start, hit.start - 2), hit.start)]
    if any(w in times for w in before):
        return False
    sides = (*hit.subject.acting, *hit.objects.acting)
    states = {a.entity.country for a in sides}
    return None not in states and len(states) > 1 and all(a.entity.type in STATE_SIDE for a in sides)


def _time_words(lex: ArabicLexicon) -> frozenset[str]:
    """The words of a frame of time ("بعد", "منذ", "خلال": ``gk:PastFrameCue``,
    ``gk:TimeFrameCue``): they date an act, they frame none."""
    return lex.written_words(lex.cue_set.past_frame) | lex.written_words(lex.cue_set.time_frame)


def in_agent_name(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "استشهد شاب برصاص قوات الاحتلال": an event noun first or second in the phrase after a
    passive agent's marker names who did it (the occupier), not an event of the party before the
    marker (the victim). One whose own adjective names its agent ("الاحتلال الإسرائيلي") stays
    here; events_ar supersedes it once the casualty before the marker has that agent."""
    if hit.pos not in ("noun", "participle") or (hit.subject is not None and hit.subject.start > hit.start):
        return False
    return any(hit.start - 1 <= p.end <= hit.start for p in s.cues[lex.cue_set.passive_agent])


def in_title(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "خرجت الصحيفة بعنوان «آلاف القتلى في ...»", "ندوة بعنوان العدوان على غزة": a title names
    a work; what it says is not what the sentence reports. It runs to its closing quote when it
    opens with one, else to the end of its clause."""
    for c in s.cues[lex.cue_set.headline]:
        if c.end > hit.start:
            continue
        if c.end < s.span.end and token_text(s, c.end) in QUOTES:
            close = next((q for q in s.quotes if q > c.end), s.span.end)
        else:
            close = s.clause(c.end)[1] if c.end < s.span.end else c.end
        if hit.start < close:
            return True
    return False


_THAT_NOT = normalize_token("ألا")  # أن + لا; normalised, also إلا ("except"), so only in the slot of أن
_NOT_DOING = normalize_token("عدم")
_AT = normalize_token("لدى")
# prepositions besides ل that put an infinitive behind a noun of intent
_INTENT_PREPOSITIONS = frozenset(normalize_token(w) for w in ("في", "إلى"))
# "عزمها على مهاجمة": the preposition of resolve too, after an owner's name
_DESIGN_PREPOSITIONS = _INTENT_PREPOSITIONS | {ON}
_OBLIGED_GAP = 6  # the most words the one obliged (after على) takes up


def obligation(lex: ArabicLexicon, s: Sentence, hit: Hit) -> tuple[PhraseMatch, Group | None] | None:
    """The word of obligation over the hit (``gk:ObligationCue``) and the party it obliges, if
    one is: the act right after "أن" ("إن على روسيا أن تسحب", "يجب على إسرائيل أن توقف", "لا بد
    أن تنسحب"), or the verbal noun right after the party or "من" ("يتعين على روسيا سحب", "لا بد من
    انسحاب"). The one obliged stands behind على; a bare على counts only after "إن"/"أنه" or first
    in its clause with و ("وعلى إيران أن تفرج"): "هجوم على روسيا", "وافقت على أن" are none."""
    obligations = s.cues[lex.cue_set.obligation]
    if not obligations:  # (most sentences)
        return None
    first = _light_verb_start(lex, s, hit.match.positions[0])
    for m in obligations:
        if not m.end <= first <= m.end + _OBLIGED_GAP + 1:
            continue
        party = _required(lex, s, m, first)
        if party is not None:
            return m, party
        if without_conjunction(s.norm(m.end - 1)) == ON:
            party = next((g for g in s.groups if g.start == m.end and g.acting), None)
            if party is None or (m.end - m.start == 1 and not _bare_on_opens(lex, s, m.start)):
                continue
        after = party.end if party is not None else m.end
        word = s.norm(after) if after < s.span.end else ""
        # "على إيران ألا تهاجم" (أن + لا): the act's place is the same, negated (polarity_modality)
        if (lex.is_cue(lex.cue_set.complementizer, word) or word == _THAT_NOT) and first == after + 1:
            return m, party
        # a verbal noun (or its form read as a verb: "سحب") right after the party of "يجب على
        # X", or after "لا بد من"; not after a bare على ("إن على روسيا سحب" is left alone);
        # "يجب على إيران عدم مهاجمة", "يجب عدم مهاجمة": عدم before it, negated
        act = after + 1 if word == _NOT_DOING else after
        nominal = hit.pos in ("noun", "verb")
        if nominal and word in ("من", _NOT_DOING) and party is None and first == after + 1:
            return m, party
        if nominal and party is not None and m.end - m.start > 1 and first == act:
            return m, party
    return None


def obliged_verbal_nouns(
    lex: ArabicLexicon,
    obligations: list[PhraseMatch],
    groups: tuple[Group, ...],
    norms: list[str],
    offset: int,
    matches: list[PhraseMatch],
) -> list[PhraseMatch]:
    """The trigger ``matches`` with the verbal nouns words of obligation govern ("ينبغي على
    إسرائيل الانسحاب من غزة", "لا بد من الانسحاب من"): the definite verbal noun of a derived verb
    trigger (انسحب → الانسحاب، أفرج → الإفراج) right after the party of a two-word word of
    obligation, or after its من, is the act the word governs, a trigger there only: alone the
    noun is none ("الانسحاب من الاتفاق" is no withdrawal of forces)."""
    taken = {p for m in matches for p in m.positions}
    out = list(matches)
    for m in obligations:
        party = next((g for g in groups if g.start == m.end and g.acting), None)
        k = (party.end if party is not None else m.end + 1) - offset
        k += 1 if party is not None and k + 1 < len(norms) and norms[k] == _NOT_DOING else 0  # عدم الانسحاب
        after_from = party is None and m.end - offset < len(norms) and norms[m.end - offset] == "من"
        if m.end - m.start < 2 or k >= len(norms) or (party is None and not after_from):
            continue
        stem = without_conjunction(norms[k]).removeprefix(ARTICLE)
        # Forms IV, VII, VIII, X: إفعال، انفعال، افتعال، استفعال (normalised, an initial ا and
        # an ا before the last letter); the perfect drops that ا: انسحاب → انسحب
        if not norms[k].startswith((ARTICLE, "وال")) or len(stem) < 5 or stem[0] != "ا" or stem[-2] != "ا":
            continue
        found = lex.triggers.match_at([*norms[:k], stem[:-2] + stem[-1], *norms[k + 1 :]], k)
        positions = tuple(p + offset for p in found.positions) if found is not None else ()
        if found is not None and found.form.pos == "verb" and taken.isdisjoint(positions):
            noun = replace(found.form, text=norms[k], pos="noun", pronoun_object=False, plural=False, feminine=False)
            out.append(PhraseMatch(replace(found.phrase, first=noun), positions[0], positions[-1] + 1, positions))
    return sorted(out, key=lambda m: m.start) if len(out) > len(matches) else out


def _bare_on_opens(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """Whether على at ``i`` opens an obligation: after "إن"/"أنه" or a negator ("ليس على"), or
    first in its clause with و."""
    if s.norm(i) != ON:
        return s.norm(i)[:1] in CONJUNCTION_LETTERS and s.clause(i)[0] == i
    return i == s.span.start or _after_that(lex, s, i) or _negator_before(lex, s, i)


def _after_that(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """Whether the word before token ``i`` is "إن"/"أن" or "أنه"."""
    before = s.norm(i - 1) if i > s.span.start else ""
    return lex.is_cue(lex.cue_set.complementizer, before) or before == "انه"


def _negator_before(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """Whether the word before token ``i`` is a negator ("ليس على روسيا أن", "لا يجب على")."""
    return i > s.span.start and lex.is_cue(lex.cue_set.negation, without_conjunction(s.norm(i - 1)))


def _light_verb_start(lex: ArabicLexicon, s: Sentence, first: int) -> int:
    """Where the act a word of obligation governs begins: at the light verb right before a verbal
    noun ("لا بد أن نقوم بالقصف", "نقوم نحن بـ" with the pronoun between), else at
    the act's first word."""
    v = light_verb_before(s, first, (lex.cue_set.auxiliary_verb,))
    return v.start if v is not None else first


def light_verb_before(
    s: Sentence, first: int, concepts: tuple[Cue, ...], first_person: bool = False
) -> PhraseMatch | None:
    """The light verb (of one of ``concepts``) governing the verbal noun at ``first``: right
    before it, or before "نحن" right before it ("نقوم نحن بالقصف"); in the first person only
    when ``first_person`` ("سنقوم بالهجوم": the act is "we"'s)."""
    for concept in concepts:
        for v in s.cues[concept]:
            if v.form.pos != "verb" or (first_person and not v.first_person):
                continue
            if v.end == first or (v.end + 1 == first and s.norm(v.end) == WE):
                return v
    return None


def _required(lex: ArabicLexicon, s: Sentence, m: PhraseMatch, first: int) -> Group | None:
    """ "إن روسيا مطالبة بسحب قواتها": the party right before the word of obligation, first in
    its clause or after "إن"/"أنه", is the one obliged when the verbal noun behind ب follows the
    word at once ("مطالبة فرنسا روسيا بـ", a party after the word, is a demand noun)."""
    if first != m.end or first >= s.span.end or not s.norm(first).startswith("ب"):
        return None  # (nothing after a word of obligation that ends the sentence: "رفضت إيران مطالب")
    party = next((g for g in s.groups if g.end == m.start and g.marker is None and g.acting), None)
    if party is None:
        return None
    opens = _after_that(lex, s, party.start) or s.clause(party.start)[0] == party.start
    return party if opens else None


def obliged_at(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """The party a word of obligation the hit stands on obliges, the verbal noun behind its ب
    right after it ("إن روسيا مطالبة بسحب قواتها": the trigger is the word, Russia the one
    obliged), if the hit stands on one."""
    for m in s.cues[lex.cue_set.obligation]:
        if m.start <= hit.start < m.end:
            return _required(lex, s, m, m.end)
    return None


def infinitive_noun(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    """Whether the verbal noun at ``i`` is an infinitive: right after عدم ("عدم تهديد X") or
    behind ل right after a noun of intent (``gk:IntentNounCue``: "نية لتهديد X"). Its agent is
    the one who does not do it or means to; its genitive is its object, never its agent."""
    if i - 1 < s.span.start:
        return False
    before = s.norm(i - 1)
    if before.lstrip("وب") == _NOT_DOING:
        return True
    if s.norm(i).startswith("ل") and lex.is_cue(lex.cue_set.intent_noun, without_article(before)):
        return True
    # "رغبته في لقاء X", "سعيها إلى زيارة X": the same infinitive behind في or إلى
    owner = s.norm(i - 2) if i - 2 >= s.span.start else ""
    return before in _INTENT_PREPOSITIONS and lex.is_cue(lex.cue_set.intent_noun, without_article(owner))


def design_owner(lex: ArabicLexicon, s: Sentence, i: int) -> Group | None:
    """ "سعي إسرائيل إلى مهاجمة لبنان", "نية روسيا غزو أوكرانيا", "خطة تركيا لضرب": the owner,
    named in the genitive, of the noun of intent (``gk:IntentNounCue``) the verbal noun at ``i``
    follows (a preposition of the intent between, or ل on the noun, or nothing), else None. The
    owner is the one who would do the act; what he seeks is not done."""
    k = i - 1 if i - 1 > s.span.start and s.norm(i - 1) in _DESIGN_PREPOSITIONS else i
    owner = next((g for g in s.groups if g.end == k and g.marker is None and g.acting), None)
    if owner is None or owner.start - 1 < s.span.start:
        return None
    return owner if intent_noun_word(lex, s.norm(owner.start - 1)) else None


def _judged_design(s: Sentence, owner: Group | None) -> bool:
    """ "انتقد X سعي Y إلى مهاجمة Z", "ندد X بخطة Y لضرب Z": an act a party seeks or plans
    (``owner``: who seeks it, ``design_owner``), named as what another's trigger word (a
    criticism, a refusal, a welcome) is about, is not told as done nor as coming: hypothetical.
    The noun of intent stands right after the trigger word, or after the trigger verb's own
    subject."""
    if owner is None:
        return False
    j = owner.start - 1  # the noun of intent
    if j - 1 in s.trigger_tokens:
        return True
    subject = next((g for g in s.groups if g.end == j and g.marker is None), None)
    return subject is not None and subject.start - 1 in s.trigger_tokens


_INTENT_NEGATOR_REACH = 5  # words from a negator to the noun of intent ("لا توجد لدى X أي نية")


def after_intent(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether the hit is an infinitive behind ل after a noun of intent ("نية لتهديد Y")."""
    i = hit.match.start
    return hit.pos == "noun" and infinitive_noun(lex, s, i) and s.norm(i - 1).lstrip("وب") != _NOT_DOING


def intent_owner(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "ليس لدى النرويج أي نية لتهديد السويد": the party behind لدى a few words before a noun of
    intent (``gk:IntentNounCue``) owns the intent, so it is the agent of the infinitive after it."""
    return _intent_owner_at(s, hit.match.start) if after_intent(lex, s, hit) else None


def _intent_owner_at(s: Sentence, i: int) -> Group | None:
    """The party behind لدى a few words before the noun of intent of the infinitive at ``i``."""
    lo = s.clause(i)[0]
    owner = [g for g in s.groups if g.marker == _AT and g.acting and lo <= g.start and i - 4 <= g.end < i]
    return owner[-1] if owner else None


def _intent_denied(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "ليس لدى X أي نية لتهديد Y", "لا توجد لدى X نية لـ": a negator right before the intent's
    owner, or a few words before the noun of intent, denies the intent, and so the act; no other
    act between. Only for an infinitive after a noun of intent (``after_intent``)."""
    i = hit.match.start
    owner = _intent_owner_at(s, i)
    first = owner.start - 1 if owner is not None else i - 1  # (the owner's لدى may stand apart)
    lo = max(s.clause(i)[0], first - _INTENT_NEGATOR_REACH)
    if any(lo <= j < i - 1 for j in s.trigger_tokens):
        return False
    return any(verb_negator(lex, s.norm(j)) for j in range(lo, first))
