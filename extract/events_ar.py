"""Events with one named side, an Arabic stage: attacks, bombings, killings, abductions and
protests that news reports by what happened rather than by who did it.

- A use of force, an abduction or a protest whose trigger found no subject takes the institution
  the ontology names as its implied agent (``gk:impliedAgent``: unidentified attackers, protesters)
  of the state where it happened, when the sentence reports an event: casualties counted or
  wounded near it, a finite verb with a place or with the device right beside it ("وفجرت سيارة
  مفخخة"), a noun after "تعرض ل" (was subjected to); for a protest its finite verb, "احتجاجا"
  after a verb or a counted crowd of its clause, or a crowd counted. A protest's counted crowd ("تظاهر آلاف الطلاب", "30 طالبا") is its subject (plain
  people counted, "30 تونسيا", "40 شخصا", are its protesters of their state); its target the first
  party of another state named after it ("ضد زيارة بوش"), else the government of the place
  (``gk:impliedTarget``), also when what it is about is an act nobody is named to have done, or
  when the object the trigger found is only the city where the crowd was ("في وسط القاهرة"). A
  definite crowd of protesters ("وهتف المتظاهرون") is one the text has told before: what it does
  is no new protest. "احتجاجا على" qualifying an act a state, its institution or an official does
  ("استدعت الخارجية السفير احتجاجا") is that official act.
- No unnamed side is supplied where the clause says the event did not happen or is not the news:
  a negator before it in its clause, a third person imperfect ("يتجمعون", "يفجر": a scene or a
  habit), a verb after "قبل أن" or "دون أن", a sentence that opens "يأتي ذلك" (this comes as: the
  context of the news before it). Abductions take no implied abductor (news retells them
  unnamed far more than it reports them), except of foreign nationals where the sentence names
  the place (``gk:impliedAgentOfForeigners``: "وخطف صحفي إيطالي في جنوب أفغانستان"); a named
  abductor still takes the victims counted.
- Casualties ("قتل خمسة جنود", "مقتل 12 شخصا", "أصيب ثلاثة") and explosions ("انفجرت عبوة ناسفة
  في كركوك") are events of the relation their cue codes (``gk:codesAs``): the killed or wounded are
  the object (a counted group, or the implied victims, ``gk:impliedVictims``, of a count with no
  body named), the agent the one named after "برصاص" or "من قبل" or as the subject of an active
  verb, else the implied agent; never one behind a preposition or a locative adverb ("في المدينة
  المصرية", "خارج مكتب شركة أمريكية": where, not who). A singular killing verb whose noun phrase
  has no object after it is the unvowelled passive ("وقتل جندي أمريكي في بغداد"): that phrase was
  killed; a time word after the phrase ("وقتل جندي أمريكي أمس في بغداد") changes nothing. Killing
  words need a count near them (alone they are as often history or statistics), or an agent
  named after their marker (gk:PassiveAgentCue, gk:InstrumentAgentCue: "استشهد الشاب برصاص قوات
  الاحتلال الإسرائيلي"), whose name's own event noun (الاحتلال) is then no event;
  disasters and accidents (``NotAnAttackCue``) report no attack. Beside an
  attack whose agent is named, they give that attack its victims instead, and an attack whose
  object is only the place it struck takes the victims its clause counts. A verb of force with no
  object named whose object is a thing a party behind ل owns ("نقطة تفتيش للجيش الأمريكي") struck
  that party.
- A verb of force that found no subject takes the agent named after "من قبل", "على يد" in its clause
  after it, the passive's agent ("وخطف مهندس تركي على يد ثلاثة مسلحين"). One right after a
  subject the linker could give no state ("إن متمردين اغتالوا") reports its act as a linked
  subject would; the unidentified side stands for the agent. An act noun with a named agent that is
  the object of a verb of carrying it out in the perfect ("نفذ مسلحون عملية الخطف",
  gk:PerformVerbCue) is reported as a finite verb is.
- The state where it happened: the nearest place the sentence names (a city, a region, a state
  after "في"), else the victims' state, else the state the document names most; else the agent is
  of no state. Implied victims of a named agent's own state that only the document's most named
  state gives are nobody (a text about an army names the army's state most).

Hits made or completed here are ``one_sided`` (they may have no object). Those with an implied
agent are kept only when they stay affirmed and asserted or reported (``keep_reported``, after
modality): the unnamed attacker of a hypothetical, denied or future attack is nobody.
"""

from __future__ import annotations

import re

from geokg.ontology import Cue, Relation, sector_groups

from .lexicon_ar import ArabicLexicon, PhraseMatch
from .memo_ar import token_text
from .modality_ar import in_passing
from .morphology_ar import ACCUSATIVE_NATIONALITY_ENDINGS, ARTICLE, CONJUNCTION_LETTERS, tanwin_accusative
from .normalize import normalize_token
from .reporting_ar import own_forces_pronoun, that_between
from .values_ar import (
    AMBIGUOUS_NEGATORS,
    BOUNDARY_PUNCT,
    HUMAN_RELATIVES,
    LOCATIVE_ADVERBS,
    MAX_SUBJECT_GAP_RIGHT,
    ON,
    POSSESSIVE_SUFFIXES,
    RELATIVE_PRONOUNS,
    SEPARATE_PREPOSITIONS,
    TO,
    WITH,
    Actor,
    Group,
    Hit,
    Sentence,
    ends_office_title,
    force_wielder,
    implied_entity,
    preposition_word,
    put,
    replace,
    stateless_twin,
    tanwin_alif,
    title_word,
    without_article,
    without_conjunction,
)

__all__ = ["attacks_on_acts", "event_state", "implied", "keep_reported", "one_sided"]

THAT = frozenset(normalize_token(w) for w in ("أن", "ان"))
# "وسبق لناشطين أن نظموا مظاهرة", "سبق أن اعتصم": what had happened before, the background of the
# news, not the news.
EARLIER = frozenset(normalize_token(w) for w in ("سبق", "سبقه", "سبقها"))
# "يأتي ذلك فيما", "وجاء هذا بعد": after a verb of gk:ContextVerbCue, the sentence gives the news
# before it its context
CONTEXT_DEMONSTRATIVES = frozenset(normalize_token(w) for w in ("ذلك", "هذا", "هذه"))
# "وهذا ثالث هجوم", "ويعد أحدث هجوم": before a gk:SeriesRankCue word, the sentence ranks an act
# already told in its series
SERIES_POINTERS = frozenset(normalize_token(w) for w in ("هذا", "هذه", "هو", "هي", "يعد", "تعد", "يعتبر", "تعتبر"))
# "سقطت قذيفة على", "سقوط صواريخ": the first word of a trigger phrase of a projectile's fall
FALL_WORDS = frozenset(normalize_token(w) for w in ("سقط", "سقوط"))
DAY_WORD = normalize_token("يوم")  # "يوم الخميس"
WHOLE = frozenset(normalize_token(w) for w in ("كامل", "كل"))  # "على كامل السلطة": all of it
EARLIER_REACH = 6  # tokens between "سبق" and the "أن" of its clause
AGENT_NAME_WORDS = 2  # "قوات الاحتلال": words of an agent's name before the ones that resolve it
VICTIM_REACH = 6  # tokens between a casualty word and its victims
OPERATION_REACH = 3  # tokens from an operation noun to its doer ("في عملية مشتركة للقوات")
VICTIM_ADJECTIVES = 2  # adjectives after a victim noun among which its nationality may stand
# "بسلاحها", "بينما", "بهذا": an alif that ends a pronoun or a particle, not the accusative's
SUFFIX_ALIFS = ("ها", "نا", "ما", "ذا")
NISBA_ENDINGS = ("يا", "ية", "يين", "يون", "ي")  # a nisba adjective's endings, normalised
SUFFERER_WORDS = 5  # tokens of the party between "تعرض" and the act it underwent
FALL_REACH = 8  # tokens between a projectile's fall and the "دون أن ينفجر" that says it did not go off
APPOSITION_WORDS = 14  # tokens of a comma-enclosed apposition after that party, commas included
TOPIC_REACH = 16  # tokens between a protest and the foreign party it is about
COMMENTARY_WORDS = 50  # words beyond which a sentence that names no time of the news is commentary
# a letter or digit (``str.isalnum``, checked for every character): a word, not punctuation
_ALNUM = re.compile(r"[^\W_]")


# Gazetteer types of places below a state (a place named is where an event happened).
_PLACE_TYPES = frozenset({"City", "Place", "Region"})


def _is_place(lex: ArabicLexicon, s: Sentence, a: Actor) -> bool:
    if a.kind == "place" or a.entity.type in _PLACE_TYPES:
        return bool(a.entity.country)
    if a.entity.type != "Country" or a.kind == "demonym" or a.start <= s.span.start:
        return False
    return lex.is_cue(lex.cue_set.place_noun, s.norm(a.start - 1))


def _is_place_group(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    return any(_is_place(lex, s, a) for a in g.members)


def _told_from(lex: ArabicLexicon, s: Sentence, at: int) -> int | None:
    """ "أبلغ الرئيس الأمريكي بمقتل ...": when the act at ``at`` is what someone was told (a verb
    of being told or learning, gk:InformedCue, earlier in its clause), where that verb ends."""
    informed = s.cues[lex.cue_set.informed]
    if not informed:  # (asked for every event: the clause only where such a verb stands)
        return None
    lo, _ = s.clause(at)
    return max((m.end for m in informed if lo <= m.start and m.end <= at), default=None)


def event_state(lex: ArabicLexicon, s: Sentence, at: int, victims: Group | None = None) -> str | None:
    """The state where an event at token ``at`` happened (ISO-3), if the text settles it: the
    nearest place named, a place noun's nationality too ("في العاصمة العراقية")."""
    told = _told_from(lex, s, at)
    # of an act someone was told, only a place in what was told, past the party told ("أبلغ
    # الرئيس"): the party before the verb, or a place before it, is where the news was heard
    places = [
        (abs(a.start - at), a.entity.country)
        for g in s.groups
        if told is None or g.start > told
        for a in g.members
        if _is_place(lex, s, a) or (a.entity.country and _place_nationality(lex, s, g))
    ]
    if places:
        return min(places)[1]
    if victims is not None:
        # "وقتل جنديان أمريكيان في هجوم": soldiers fall abroad as often as at home; their state
        # is not where the attack was, and never its unidentified attacker's
        if any(a.entity.sector in sector_groups().military or _accusative_named(a) for a in victims.members):
            return None
        states = [a.entity.country for a in victims.members if a.entity.country]
        if states:
            return states[0]
    if told is not None:
        # news someone was told comes from elsewhere: the document's state is the teller's or
        # the told party's as often as the act's
        return None
    ranked = sorted((s.doc._.geokg_countries or {}).items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _accusative_named(a: Actor) -> bool:
    """ "قتل مسلحون شرطيا مغربيا": victims named by a noun and its nationality both in the
    indefinite accusative are the verb's object, often foreigners: their state says nothing of
    where the attack was, nor of its unidentified attacker's."""
    words = a.text.split()
    if len(words) < 2 or not words[-1].endswith(ACCUSATIVE_NATIONALITY_ENDINGS):
        return False
    return tanwin_accusative(words[0])


def implied(
    s: Sentence, institution: str | None, state: str | None, at: PhraseMatch, stateless: bool = False
) -> Group | None:
    """The institution of a state as the unnamed side of an event at ``at`` (no words); with
    ``stateless``, of no state when the text settles none (the agent of a bombing somewhere)."""
    if institution is None or (state is None and not stateless):
        return None
    entity = implied_entity(s.doc, state or "-", institution)
    if entity is None:
        return None
    token = s.doc[at.start]
    actor = Actor(entity, at.start, at.start, "implied", "", token.idx, token.idx, virtual=True, implied=True)
    return Group((actor,), at.start, at.start)


def _violent(rel: Relation) -> bool:
    """A use of force or an act with an implied attacker (bombing, abduction, assassination)."""
    return rel.use_of_force or (rel.implied_agent is not None and rel.is_material_conflict)


# --- what the words around a trigger say ---------------------------------------------------------


def _background(lex: ArabicLexicon, s: Sentence, start: int) -> bool:
    """A trigger right after a relative pronoun or "حين" (gk:WhenClauseCue) describes who or
    when, not the event the sentence reports ("المتظاهرين الذين تجمعوا", "حين تجمع نشطاء")."""
    if start <= s.span.start:
        return False
    word = s.norm(start - 1).lstrip(CONJUNCTION_LETTERS)
    return word in RELATIVE_PRONOUNS or word in lex.written_words(lex.cue_set.when_clause)


def _told_earlier(s: Sentence, start: int) -> bool:
    """ "وسبق لعدد من الناشطين أن نظموا مظاهرة": a verb in the "أن" clause of "سبق" (had already)
    tells what happened before the news, not the news."""
    lo, _ = s.clause(start)
    if lo - 1 < s.span.start or s.norm(lo - 1) not in THAT:
        return False
    return any(
        s.norm(i).lstrip(CONJUNCTION_LETTERS) in EARLIER
        for i in range(max(s.span.start, lo - 1 - EARLIER_REACH), lo - 1)
    )


def _suffered(lex: ArabicLexicon, s: Sentence, hit: Hit) -> PhraseMatch | None:
    """ "تعرضت القوات لهجوم": the "was subjected to" verb right before a violent noun, or with
    the one it befell between ("وتعرضت القوات الأمريكية لهجوم", "تعرض وزير الطاقة العراقي
    لمحاولة اغتيال": a phrase of any length)."""

    def right_before(m: PhraseMatch) -> bool:
        if 0 <= hit.start - m.end <= 1:
            return True
        # the phrase between ends in a party right before the act, with no comma or clause break
        between = range(m.end, hit.start)
        if len(between) > SUFFERER_WORDS or any(
            s.norm(i) in BOUNDARY_PUNCT or s.norm(i) in ("،", ",") for i in between
        ):
            return _apposed_sufferer(s, m, hit)
        if any(m.end <= g.start and g.end == hit.start for g in s.groups):
            return True
        # "تعرض مدير مستشفى لمحاولة اغتيال": an office title no actor names (none past the
        # sentence: "هددت X بقطع العلاقات إذا تعرضت" ends on the verb)
        return m.end < s.span.end and title_word(lex, s.norm(m.end)) and _unnamed_sufferer(s, between)

    # "تتعرضان باستمرار لقصف": what keeps befalling them, a habit, no event
    return next((m for m in s.cues[lex.cue_set.suffered] if right_before(m) and not _imperfect(m)), None)


def _unnamed_sufferer(s: Sentence, between: range) -> bool:
    """ "تعرض مدير مستشفى لمحاولة اغتيال", "تعرض منزل القاضي لهجوم": a noun phrase no actor names
    between "تعرض" and the act is whom (or what) it befell, as a party there is: a phrase of
    plain words, no verb, preposition or trigger among them (those would make it another clause
    or a phrase of when or where)."""
    return all(
        _ALNUM.search(token_text(s, i))
        and i not in s.verbs
        and i not in s.trigger_tokens
        and not preposition_word(s.norm(i))
        and s.norm(i) not in LOCATIVE_ADVERBS
        for i in between
    )


def _apposed_sufferer(s: Sentence, m: PhraseMatch, hit: Hit) -> bool:
    """ "تعرضت وزيرة الصحة العراقية، سعاد أحمد، لمحاولة اغتيال": a party right after "تعرض" with a
    name (or any apposition) set off by commas before the act is whom it befell; a sentence
    break or a verb between ends the reach."""
    if s.norm(hit.start - 1) not in ("،", ","):
        return False
    comma = next((i for i in range(m.end, hit.start) if s.norm(i) in ("،", ",")), hit.start)
    head, apposed = range(m.end, comma), range(comma, hit.start)
    party = any(g.start >= m.end and g.end == comma for g in s.groups)
    if not head or len(head) > SUFFERER_WORDS or not (party or _unnamed_sufferer(s, head)):
        return False
    return len(apposed) <= APPOSITION_WORDS and not any(
        s.norm(i) in BOUNDARY_PUNCT or i in s.verbs or i in s.trigger_tokens for i in apposed
    )


def _suffered_before(lex: ArabicLexicon, s: Sentence, hit: Hit) -> list[PhraseMatch]:
    """The "was subjected to" verbs in the hit's clause that end before it, in order."""
    lo, _ = s.clause(hit.start)
    return [m for m in s.cues[lex.cue_set.suffered] if lo <= m.start and m.end <= hit.start]


def _undergoer_of(lex: ArabicLexicon, s: Sentence, hit: Hit) -> PhraseMatch | None:
    """ "وتعرضت القوات الأمريكية لهذا الهجوم": the "was subjected to" verb earlier in the hit's
    clause whose own subject (after it, or right before it) was taken as the hit's subject: that
    subject underwent the act, it never did it."""
    g = hit.subject
    if g is None:
        return None
    for m in _suffered_before(lex, s, hit):
        after = g.start == m.end and g.end <= hit.start  # "تعرضت القوات الأمريكية لهذا الهجوم"
        before = g.end == m.start  # "القوات الأمريكية تعرضت لهذا الهجوم"
        if after or before:
            return m
    # "تعرضت وزيرة الصحة العراقية، سعاد أحمد، لمحاولة اغتيال": a party inside the phrase of the
    # one it befell (past an unnamed title, or before an apposition in commas)
    m = _suffered(lex, s, hit)
    return m if m is not None and m.end <= g.start and g.end <= hit.start else None


def _undergoer(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "وتعرضت دورية للجيش البريطاني لهجوم من قبل مسلحين": the party named between a told
    "was subjected to" verb and the act after it, whom the act befell."""
    for m in _suffered_before(lex, s, hit):
        if not _imperfect(m) and not _denied(lex, s, m):
            return next((g for g in s.groups if m.end <= g.start and g.end <= hit.start and g.acting), None)
    return None


def _casualties(lex: ArabicLexicon, s: Sentence, lo: int, hi: int) -> list[PhraseMatch]:
    """Killing words with a count near them or a party inside them ("لقي جنديان مصرعهما": a dual
    is a count of two, the idiom names who died), and wounding words, in tokens [lo, hi)."""
    cue = lex.cue_set
    killed = [
        m
        for m in s.cues[cue.killing]
        if lo <= m.start < hi and (s.count_near(m.start, m.end) or _in_gap(s, m) is not None)
    ]
    return killed + [m for m in s.cues[cue.wounding] if lo <= m.start < hi and not _told_wounded(s, m)]


def _imperfect(m: PhraseMatch) -> bool:
    """ "يتجمعون", "ويحتجون", "تستهدف": a third person imperfect, what people do or were doing (a
    scene described, a habit, a purpose), not an event the sentence reports as having happened. A
    form in ت is one only where the dictionary's perfect does not start so ("تظاهر" is perfect)."""
    word = m.form.text
    word = without_conjunction(word)
    perfect = m.phrase.source.split("/")[0]
    # "تتعرض", "تتظاهر": a perfect in ت has its imperfect in تت (and يت)
    return word.startswith(("ي", "تت")) or (word.startswith("ت") and not perfect.startswith("ت"))


def _after_told_act(s: Sentence, start: int) -> bool:
    """ "تظاهروا احتجاجا على", "أغلق مئات الطلاب الطريق احتجاجا": the adverbial of protest reports
    a protest as the qualifier of an act a verb before it in its clause tells (a trigger's or a
    reporting one), or a crowd counted before it does; after a verbal noun ("بعد محاولته إحراق
    نفسه احتجاجا") with neither, it says why something was done, not that anyone protested."""
    lo, _ = s.clause(start)
    return any(lo <= k < start for k in s.verbs) or any(
        lo <= g.start and g.end <= start and g.acting and s.counted(g) for g in s.groups
    )


def _habit_before(s: Sentence, start: int) -> bool:
    """ "يتجمع عمال أمامه احتجاجا على البطالة": the verb an adverbial of protest qualifies is a
    third person imperfect, a habit or a scene, no protest reported."""
    lo, _ = s.clause(start)
    return any(lo <= k < start and token_text(s, k).lstrip(CONJUNCTION_LETTERS).startswith("ي") for k in s.verbs)


def _unrealised(lex: ArabicLexicon, s: Sentence, start: int) -> bool:
    """ "قبل أن تنفجر", "من دون أن ينفجر": a verb after "before that" or "without"
    (gk:UnrealisedCue) did not happen."""
    return (
        start - 2 >= s.span.start
        and s.norm(start - 1) in THAT
        and s.norm(start - 2).lstrip(CONJUNCTION_LETTERS) in lex.written_words(lex.cue_set.unrealised)
    )


def _reports_event(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether a trigger reports an event: for force, casualties counted or wounded in its
    clause, a noun after "تعرض ل", or a finite verb with a place there or an act noun right beside
    it; for a protest, its verb, an adverbial accusative ("احتجاجا على") or a count near it."""
    if _background(lex, s, hit.start):
        return False
    if not lex.relations[hit.relation].is_material_conflict:
        word = token_text(s, hit.start)
        # "احتجاجا على": the accusative's alif; "احتجاجها" ends in a possessive pronoun instead
        adverbial = word.endswith("ا") and not word.endswith(POSSESSIVE_SUFFIXES) and not _habit_before(s, hit.start)
        adverbial = adverbial and not _official_act_qualified(lex, s, hit) and _after_told_act(s, hit.start)
        return hit.pos == "verb" or adverbial or _crowd_counted(lex, s, hit)
    lo, hi = s.clause(hit.start)
    if _casualties(lex, s, lo, hi) or _suffered(lex, s, hit) is not None:
        return True
    if hit.pos != "verb":
        return False
    if _beside_act_noun(lex, s, hit):
        return True
    if any(lo <= a.start < hi and _is_place(lex, s, a) for g in s.groups for a in g.members):
        return True
    # "في العاصمة العراقية": a place noun's nationality names a place as a city does
    return any(lo <= g.start < hi and _place_nationality(lex, s, g) for g in s.groups)


def _beside_act_noun(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "سيارة مفخخة فجرت حافلة", "وفجرت سيارة مفخخة": the device or the act named right beside a
    verb of force (a trigger that is no verb) tells what went off, as a place tells where; not
    after an auxiliary ("وكانت الجماعة تفجر سيارات مفخخة": a habit, "تفجر" read as a perfect)."""
    if not any(i in s.trigger_tokens and i not in s.verbs for i in (hit.start - 1, hit.end)):
        return False
    lo, _ = s.clause(hit.start)
    return not any(lo <= m.start and m.end <= hit.start for m in s.cues[lex.cue_set.auxiliary_verb])


def _crowd_counted(lex: ArabicLexicon, s: Sentence, hit: Hit, reach: int = 4) -> bool:
    """A count near a protest noun counts its crowd ("مظاهرة شارك فيها الآلاف"); one that counts
    the dead or wounded beside it ("قتل خمسة أشخاص في أعمال شغب") tells what befell people, not
    that a crowd gathered."""
    casualty = _casualty_words(lex, s)
    return any(
        hit.start - reach <= k < hit.end + reach and not any(m.start - reach <= k < m.end + reach for m in casualty)
        for k in s.counts
    )


def _casualty_words(lex: ArabicLexicon, s: Sentence) -> list[PhraseMatch]:
    """The sentence's killing and wounding words (gk:KillingCue, gk:WoundingCue)."""
    return [m for c in (lex.cue_set.killing, lex.cue_set.wounding) for m in s.cues[c]]


def _official_act_qualified(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "استدعت الخارجية المصرية السفير احتجاجا على الغارة", "قدم الوزير استقالته احتجاجا": an
    adverbial of protest qualifies its clause's act; when a state, its institutions or an official
    does that act (the first party its clause names before it, not behind a preposition), the act
    is the news, an official one, and no crowd protested."""
    lo, _ = s.clause(hit.start)
    first = next((g for g in s.groups if lo <= g.start and g.end <= hit.start and g.marker is None and g.acting), None)
    if first is None or s.counted(first):
        return False
    # (what a state's own institutions do in a crowd's stead is an official act)
    state_side = all(
        (a.entity.type == "Country" and a.kind != "demonym") or a.entity.sector in sector_groups().state
        for a in first.acting
    )
    return state_side or _persons(lex, s, first)


# --- victims and agents --------------------------------------------------------------------------


def _explicit_agent(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> Group | None:
    """The agent named after "من قبل", "على يد", "برصاص" in the casualty word's clause."""
    for p in _agent_markers(lex, s, m):
        # "بنيران قوات الاحتلال الإسرائيلي": the head noun and its genitive may stand before
        # the words that resolve; a preposition or a place between ends the agent phrase
        g = next(iter(s.groups_from(p.end, p.end + AGENT_NAME_WORDS + 1)), None)
        g = _unsettled_armed(s, p.end, g)
        if g is None or any(preposition_word(s.norm(i)) for i in range(p.end, g.start)):
            continue
        if not _is_place_group(lex, s, g) and g.acting:
            return _named_owner(s, g, p.end)
    return None


def _unsettled_armed(s: Sentence, start: int, g: Group | None) -> Group | None:
    """ "خطف مهندس على يد مسلحين" where no state is named: an armed group noun the linker could
    give no state (``doc._.geokg_unsettled_armed``), within an agent's reach of ``start`` and
    before the group ``g`` found there, stands as the unidentified attackers of no state (the
    contract's ``unidentified-attackers``, with its words); else ``g``."""
    doc = s.doc
    for a, b, institution in doc._.geokg_unsettled_armed or ():
        words = doc.char_span(a, b, alignment_mode="expand")
        if words is None or not start <= words.start <= start + AGENT_NAME_WORDS or words.end > s.span.end:
            continue
        entity = implied_entity(doc, "-", institution)
        if entity is not None and (g is None or words.start < g.start):
            return Group((Actor(entity, words.start, words.end, "composed", words.text, a, b),), words.start, words.end)
    return g


def _named_owner(s: Sentence, g: Group, start: int) -> Group:
    """ "برصاص جنود الاحتلال الإسرائيلي": a one-word agent (a role noun whose state the text does
    not give there) before the nationality its name ends in is that nation's."""
    if g.end - g.start != 1:
        return g
    owner = next(iter(s.groups_from(g.end, start + AGENT_NAME_WORDS + 2)), None)
    if owner is None or owner.marker is not None or any(a.kind != "demonym" for a in owner.members):
        return g
    return g if any(preposition_word(s.norm(i)) for i in range(g.end, owner.start)) else owner


def _agent_markers(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> list[PhraseMatch]:
    """The words that introduce a passive's agent (gk:PassiveAgentCue) in the clause of ``m``, from it on,
    and in the relative clause of wounds right after it ("استشهد متأثرا بجراحه التي أصيب بها برصاص
    ...": who dealt the wounds dealt the death)."""
    _, clause_end = s.clause(m.start)
    if any(w.start == clause_end and _background(lex, s, w.start) for w in s.cues[lex.cue_set.wounding]):
        _, clause_end = s.clause(clause_end)
    return [p for p in s.cues[lex.cue_set.passive_agent] if m.start <= p.start < clause_end]


def _agent_marked(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> bool:
    """Whether "برصاص", "من قبل" in the casualty word's clause introduce an agent named by its
    act ("برصاص قوات الاحتلال": the occupier), which no unidentified attacker stands for; a
    sniper or gunmen ("برصاص قناص") are still unidentified attackers."""
    return any(i in s.trigger_tokens for p in _agent_markers(lex, s, m) for i in range(p.end, p.end + AGENT_NAME_WORDS))


def _after_preposition(s: Sentence, i: int) -> bool:
    return i > s.span.start and preposition_word(s.norm(i - 1))


def _people_named(lex: ArabicLexicon, s: Sentence, start: int, g: Group) -> bool:
    """ "قتل الرهينة الفرنسي", "قتل مسلحون أحد السياح الألمان": a noun of people right before a
    nationality makes it the people killed, not the killer."""
    if g.start - 1 < start:
        return False
    word = s.norm(g.start - 1)
    return lex.is_cue(lex.cue_set.people_noun, without_article(word))


def _passive_subject(lex: ArabicLexicon, s: Sentence, m: PhraseMatch, g: Group, clause_end: int) -> bool:
    """ "وقتل جندي أمريكي في بغداد": a singular killing verb whose one noun phrase after it has
    no object after it (a preposition, a comma or the clause's end follows) is passive, unvowelled
    as it is (قُتل): that phrase is who was killed. An active verb ("قتل مسلحون ثلاثة جنود")
    has its object there, or on itself: a passive takes no object pronoun ("قتلتهم إسرائيل")."""
    if m.form.pos != "verb" or m.form.plural or m.form.pronoun_object:
        return False
    return _no_object_from(lex, s, g.end, clause_end)


def _no_object_from(lex: ArabicLexicon, s: Sentence, i: int, clause_end: int) -> bool:
    """Whether nothing a verb acts on stands at token ``i``: a preposition, a comma, another
    predicate, the passive's agent or the clause's end, after any time word."""
    # "وقتل شرطي أمس في الموصل", "وقتل شرطي يوم الخميس": a time word after the phrase is no object
    if i < s.span.end and s.norm(i) == DAY_WORD:
        i += 1
    times = (*s.cues[lex.cue_set.relative_time], *s.cues[lex.cue_set.weekday])
    i = next((t.end for t in times if t.start == i), i)
    if i >= min(clause_end, s.span.end):
        return True
    word = s.norm(i)
    # "وقتل جندي أمريكي وأصيب اثنان": another predicate starts, no object came; "وقتل جندي
    # أمريكي برصاص قناص": the passive's agent follows
    starts = i in s.trigger_tokens or i in s.stop_tokens or any(p.start == i for p in s.cues[lex.cue_set.passive_agent])
    return starts or word in SEPARATE_PREPOSITIONS or word in BOUNDARY_PUNCT or word in ("،", ",") or _instrument(s, i)


def _instrument(s: Sentence, i: int) -> bool:
    """ "وقتل جنديان سعوديان بصاروخ": a word behind the preposition ب, no party starting there
    ("بريطانيين" is one), is what the act was done with, no object. A noun behind ب is in the
    genitive: one in the indefinite accusative ("اغتال مسلحون باحثا") is the verb's object, its
    ب a root letter (the verb is active, its subject the agent)."""
    word = s.norm(i)
    if tanwin_alif(word) and not word.endswith(SUFFIX_ALIFS):
        return False
    return word.startswith("ب") and not any(g.acting for g in s.groups_from(i, i + 1) if g.start == i)


def _victims_and_agent(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> tuple[Group | None, Group | None]:
    """The killed or wounded (a counted group, or a verbal noun's genitive) and an agent named as
    the subject of an active verb (the group right after it that is not counted) or before it."""
    _, clause_end = s.clause(m.start)
    casualty = any(k.start == m.start for k in _casualty_words(lex, s))
    victims, agent = _in_gap(s, m) if casualty else None, None
    verb = m.form.pos == "verb" and not _after_preposition(s, m.start)  # "عن قتل": the verbal noun
    # "أصيب جندي ألماني بجروح": wounding verbs tell what befell their subject, never who did it.
    # "استشهد جنديان لبنانيان بقذيفة": nor do intransitive verbs of dying (gk:DiedCue)
    wounded = any(w.start == m.start for w in (*s.cues[lex.cue_set.wounding], *s.cues[lex.cue_set.died]))
    for g in s.groups_from(m.end, m.end + VICTIM_REACH):
        if g.start >= clause_end or g.marker not in (None, "من"):
            continue
        if s.counted(g) or (not verb and g.start == m.end) or _people_named(lex, s, m.end, g):
            victims = victims or g
        elif wounded and g.marker is None and g.acting and g.start - m.end <= MAX_SUBJECT_GAP_RIGHT:
            if agent is None and victims is None and verb and (_nominative_agent(s, g) or m.form.pronoun_object):
                # "جرح مسلحون شرطيين": active, its agent in ـون, the wounded in ـين; "جرحهم
                # جنود": active, the wounded its pronoun
                agent = g
            else:
                victims = victims or g
        elif verb and agent is not None and g.marker is None and g.acting and g.start == agent.end:
            victims = victims or g  # "قتل مسلحون جنديا أمريكيا": the object right after the agent (VSO)
        elif verb and agent is None and g.marker is None and g.acting and _unsettled_right_before(s, m.end, g):
            victims = victims or g  # the agent there is a group given no state: ``g`` is the object
        elif verb and g.marker is None and g.acting and g.start - m.end <= MAX_SUBJECT_GAP_RIGHT:
            # "انفجرت قنبلة في العاصمة الأردنية": behind a preposition, a phrase (a place), no agent
            if not any(
                s.norm(i) in SEPARATE_PREPOSITIONS or s.norm(i) in LOCATIVE_ADVERBS for i in range(m.end, g.start)
            ):
                agent = agent or g
    if agent is not None and victims is None and _passive_subject(lex, s, m, agent, clause_end):
        victims, agent = agent, None  # "وقتل جندي أمريكي في بغداد": who was killed
    left = s.group_before(m.start, 2) if verb else None
    if left is not None and left.marker is None and left.acting and (wounded or s.counted(left)):
        victims = victims or left  # "خمسة أشخاص قتلوا": counted, they were killed
    elif left is not None and left.marker is None and left.acting and m.form.text[:1] not in CONJUNCTION_LETTERS:
        # "إن طالبان ستقتل الرهائن": a subject before the verb; the group after it is the victims.
        victims, agent = victims or agent, left
    return victims, _explicit_agent(lex, s, m) or agent


def _unsettled_right_before(s: Sentence, lo: int, g: Group) -> bool:
    """ "قتل مسلحون جنديا فرنسيا": whether a party the linker could give no state
    (``doc._.geokg_unsettled``) stands between a verb ending at ``lo`` and ``g``, ending right
    before it: the verb's subject (VSO), which leaves ``g`` its object, never its agent."""
    if g.start <= lo:
        return False
    first, end = s.doc[lo].idx, s.doc[g.start - 1].idx + len(s.doc[g.start - 1])
    return any(first <= a and b == end for a, b in s.doc._.geokg_unsettled or ())


def _nominative_agent(s: Sentence, g: Group) -> bool:
    """Whether ``g``, right after a wounding verb, is a sound plural in the nominative (ـون) with
    a group in the accusative (ـين) right after it: the verb is active ("أصاب متمردون صوماليين"),
    ``g`` who dealt the wounds; a passive's subject has no object after it."""
    after = next(iter(s.groups_from(g.end, g.end + 1)), None)
    return (
        s.norm(g.end - 1).endswith("ون")
        and after is not None
        and after.start == g.end
        and after.marker is None
        and s.norm(after.end - 1).endswith("ين")
    )


def _clause_victims(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """The victims of the casualties counted in a trigger's clause, or after "تعرض ل" its subject."""
    suffered = _suffered(lex, s, hit)
    if suffered is not None:
        after = next(iter(s.groups_from(suffered.end, suffered.end + 3)), None)
        before = s.group_before(suffered.start, 2)
        for g in (after, before):
            if g is not None and g.marker is None and g.acting and g.start < hit.start:
                return g
    lo, hi = s.clause(hit.start)
    for m in _casualties(lex, s, lo, hi):
        victims, _ = _victims_and_agent(lex, s, m)
        if victims is not None and victims is not hit.subject:
            return victims
    rel = lex.relations[hit.relation]
    if rel.implied_victims and s.count_near(hit.end, hit.end, 3):
        return implied(s, rel.implied_victims, event_state(lex, s, hit.start), hit.match)
    return None


# --- completing the triggers' hits, and the frames no trigger covers ---------------------------


def _protest_target(lex: ArabicLexicon, s: Sentence, hit: Hit, crowd: Group | None) -> Group | None:
    """The side a protest addresses: the first party of another state than the protest's named
    after it ("تظاهروا ... ضد زيارة بوش", "احتجاجا على انتهاكات الرئيس الباكستاني", "أمام سفارة
    استونيا"), else another state's armed forces that broke it up (``_foreign_forces``), else the
    government of the state where it happens (``gk:impliedTarget``)."""
    at = hit.match
    state = event_state(lex, s, at.start, crowd)
    # "وهم يرددون هتافات «الموت لأمريكا»": whom the crowd chants against
    chanted = _faced_party(lex, s, at.start + 1)
    if chanted is not None:
        return chanted
    _, end = s.segment(at.start)
    for g in s.groups_from(at.end, min(end - 1, at.end + TOPIC_REACH)):
        if any(a.entity.country and a.entity.country != state for a in g.acting) and not _is_place_group(lex, s, g):
            return g
    return _foreign_forces(lex, s, at.start, state) or implied(s, lex.relations[hit.relation].implied_target, state, at)


def _foreign_forces(lex: ArabicLexicon, s: Sentence, start: int, state: str | None) -> Group | None:
    """ "استخدم الجيش الإسرائيلي الغاز لتفريق متظاهرين احتجوا على الجدار": the armed forces of
    another state than the protest's, named before a word of breaking up a crowd
    (gk:RepressionCue) that stands before the protest, are whom the crowd faced."""
    military = sector_groups().military
    lo, _ = s.segment(start)
    for m in s.cues[lex.cue_set.repression]:
        if not lo <= m.start < start:
            continue
        for g in s.groups:
            foreign = g.acting and all(
                a.entity.sector in military and a.entity.country not in (None, state) for a in g.acting
            )
            if lo <= g.start and g.end <= m.start and g.marker is None and foreign:
                return g
    return None


def _with_implied_target(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """A named side's event: a protest that names no target addresses the government of the state
    where it happens (``gk:impliedTarget``); a use of force that names none has the victims its
    clause counts, or is one-sided ("اغتال مسلحون مجهولون ضابطا")."""
    rel = lex.relations[hit.relation]
    befallen = _befallen(lex, s, hit)
    if befallen is not hit:
        return befallen
    # A finite verb whose agent the text names reports its act ("اغتال مسلحون مجهولون ضابطا"), and
    # so does a verb of carrying it out ("نفذ مسلحون عملية الخطف").
    finite = hit.pos == "verb" or _performed(lex, s, hit)
    named_act = finite and rel.is_material_conflict and not _background(lex, s, hit.start)
    if hit.has_object or not (named_act or _reports_event(lex, s, hit)):
        return hit
    if rel.implied_target is not None:
        target = _protest_target(lex, s, hit, hit.subject)
        return replace(hit, objects=target, one_sided=True) if target is not None else hit
    if _unsettled_object(s, hit):
        return replace(hit, one_sided=True)  # "وهاجم المسلحون القوات": forces, never civilians
    victims = _victims_or_owner(lex, s, hit)
    if victims is None and rel.implied_victims:  # "اختطف مسلحون مهندسا في بغداد": the place's people
        qualified, state = _victim_nationality(s, hit)
        if not qualified:
            state = _inactive_victims_state(s, hit) or event_state(lex, s, hit.start)
        victims = implied(s, rel.implied_victims, state, hit.match)
    return replace(hit, objects=_own_people_dropped(lex, s, hit, victims), one_sided=True)


def _unsettled_object(s: Sentence, hit: Hit) -> bool:
    """Whether the object slot right after a verb and its named subject holds a party the linker
    could give no state (``doc._.geokg_unsettled``: "القوات" alone, a bare "الجيش"): forces whose
    state the text leaves open, so the act's victims are not the place's civilians."""
    if hit.pos != "verb" or hit.subject is None:
        return False
    k = max(hit.match.end, hit.subject.end)
    if k >= s.span.end:
        return False
    lo = s.doc[k].idx
    return any(a == lo for a, _ in s.doc._.geokg_unsettled or ())


def _nationals_not_place(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "اغتال عملاء مهندسا فلسطينيا في مدينة كوالالمبور": where the object taken is only the
    place after a victim noun that a nationality qualifies, the victims are that nationality's
    people (``_victim_nationality``), or, where it names no one state, nobody: never the
    place's state. So where it is only the nationality adjective of the victim noun ("اختطفوا
    الصحفي الفرنسي", "صحفيين فرنسيين"): the people, not the state."""
    rel = lex.relations[hit.relation]
    if hit.objects is None or not rel.implied_victims or hit.objects.start < hit.end:
        return hit
    # (with no agent named, the noun before the adjective may be the unlinked agent: "وهاجم مستوطنون")
    adjective = hit.subject is not None and all(a.kind == "demonym" for a in hit.objects.members)
    if not adjective and not _is_place_group(lex, s, hit.objects):
        return hit
    qualified, state = _victim_nationality(s, hit)
    if not qualified:
        return hit
    return replace(hit, objects=implied(s, rel.implied_victims, state, hit.match))


def _victim_noun(s: Sentence, hit: Hit) -> int | None:
    """The token of the object noun right after an act and its named agent ("اغتال مسلحون
    قائدا"), if a plain word stands there (no party, preposition, verb or punctuation)."""
    k = hit.end
    # (the agent after the verb, maybe with words of its name first: "عملاء إسرائيليون")
    if hit.subject is not None and k <= hit.subject.start <= k + AGENT_NAME_WORDS:
        k = hit.subject.end
    _, end = s.clause(hit.start)
    if k >= end or not _ALNUM.search(token_text(s, k)) or s.group_at(k) is not None:
        return None
    if k in s.verbs or k in s.trigger_tokens or preposition_word(s.norm(k)):
        return None
    return k


def _victim_nationality(s: Sentence, hit: Hit) -> tuple[bool, str | None]:
    """Whether the victim noun right after an act is qualified by a nationality, and its state:
    "اغتال عملاء إسرائيليون قائدا فلسطينيا في دمشق" killed a Palestinian, whatever the place's
    state. An adjective agrees with its noun: an indefinite accusative noun ("قائدا") takes the
    accusative adjective ("فلسطينيا", read by the linker, ``doc._.geokg_accusative_nationals``),
    any other noun the forms the linker links ("ضابطين أمريكيين"). A nationality there that does
    not agree, or names no one state, is read as no state: (True, None), no guess from the place
    (a victim of the wrong state reverses the event)."""
    k = _victim_noun(s, hit)
    if k is None:
        return False, None
    accusative = s.norm(k).endswith("ا")
    nationals = s.doc._.geokg_accusative_nationals or {}
    _, end = s.clause(hit.start)
    for j in range(k + 1, min(k + 1 + VICTIM_ADJECTIVES, end)):
        g = s.group_at(j)
        if s.doc[j].idx in nationals and (accusative or g is None):
            # (after any other noun it is the state's name, "مواقع في أوكرانيا", or disagrees)
            return True, nationals[s.doc[j].idx] if accusative else None
        if g is not None and all(a.kind == "demonym" for a in g.members):
            states = {a.entity.country for a in g.members}
            return True, states.pop() if len(states) == 1 and not accusative else None
        if g is not None or not _adjective_shaped(s, j):
            break  # past the adjectives: "قائدا عسكريا فلسطينيا" has two
    return False, None


def _adjective_shaped(s: Sentence, j: int) -> bool:
    """Whether token ``j`` may be a nisba adjective ("عسكريا", "الميدانية"), not a preposition."""
    word = s.norm(j)
    return len(word) >= 4 and word.endswith(NISBA_ENDINGS) and not preposition_word(word)


def _performed(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "نفذ مسلحون عملية الخطف", "فجر انتحاري سيارة مفخخة", "قامت القوات بإطلاق النار": an act
    noun with a named agent that is the object of a verb of carrying it out (gk:PerformVerbCue) in
    the perfect, right before it or with only the agent between, is that verb's act."""
    if hit.pos != "noun" or hit.subject is None:
        return False
    lo, _ = s.clause(hit.start)
    for m in s.cues[lex.cue_set.perform_verb]:
        if m.form.pos != "verb" or not lo <= m.start < hit.start or _imperfect(m) or _background(lex, s, m.start):
            continue
        gap = hit.start - m.end
        agent_between = hit.subject.start == m.end and hit.subject.end >= hit.start - 1
        if gap <= 1 or (agent_between and gap <= MAX_SUBJECT_GAP_RIGHT + hit.subject.end - hit.subject.start):
            return True
    return False


def _inactive_victims_state(s: Sentence, hit: Hit, reach: int = 3) -> str | None:
    """ "خطف مسلحون صحافيين فرنسيين في مقديشو": people named right after the act by a mention
    that does not act (journalists, linked to their state's press) are whom it befell; their
    state, not the place's, is the victims'."""
    for g in s.groups_from(hit.end, hit.end + reach):
        if hit.subject is not None and g.start == hit.subject.start:
            continue
        if g.marker is not None or g.acting:
            return None
        states = {a.entity.country for a in g.members if a.entity.country}
        return states.pop() if len(states) == 1 else None
    return None


def _struck(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """Whom an act of force by an unnamed agent struck: its object, or else the party owning what
    it hit or the victims its clause counts (``_victims_or_owner``); where its object is only
    the place it struck ("أصيب ثلاثة جنود أمريكيين في هجوم على نقطة تفتيش في كركوك"), the
    people it befell (``_befallen``)."""
    if hit.objects is None:
        return _victims_or_owner(lex, s, hit)
    return _befallen(lex, s, hit).objects


def _victims_or_owner(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """Whom an act with no object struck: the party that owns the thing it hit ("قافلة لسفارة
    بريطانيا"), else the victims its clause counts: what the act was aimed at is its target, the
    people who fell there are often passers-by."""
    return _owner_struck(lex, s, hit) or _clause_victims(lex, s, hit)


def _owner_struck(lex: ArabicLexicon, s: Sentence, hit: Hit, reach: int = 10) -> Group | None:
    """ "استهدف هجوم انتحاري موكبا لسفارة الولايات المتحدة", "نقطة تفتيش للجيش الأمريكي": a verb of
    force whose object is a thing no actor names, owned by the party behind ل right after it, struck
    that party."""
    if hit.pos != "verb":
        return None
    _, clause_end = s.clause(hit.start)
    agent = hit.subject
    for g in s.groups_from(hit.end, min(clause_end, hit.end + reach)):
        if g.marker is None or (agent is not None and agent.start <= g.start < agent.end):
            continue  # "هجوم انتحاري": the attack's own agent between
        if g.marker == "من" and _partitive_of_agent(s, hit, g):
            continue  # "هاجم مسلحون من حركة طالبان قافلة ل...": the agent's own phrase
        if g.marker == "ل" and g.acting and not _is_place_group(lex, s, g) and g.start - 1 not in s.trigger_tokens:
            return g
        return None
    return None


def _partitive_of_agent(s: Sentence, hit: Hit, g: Group) -> bool:
    """Whether the من group ``g`` completes the agent named right after the verb ("مسلحون من
    حركة طالبان", "عناصر من الحركة"): a group noun with no marker stands right before its من."""
    before = s.group_before(g.start, 2)
    return before is not None and before.marker is None and before.start >= hit.end and before.end >= g.start - 1


def _befallen(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "قتل سبعة سياح اسبان في هجوم في مأرب": a use of force whose object is only the place it
    struck befell the people its clause counts (named, not implied), not the place; where a party
    behind ل owns the thing it hit ("استهدفت سيارة ملغومة قافلة لسفارة بريطانيا في كابل"), that
    party."""
    if hit.objects is None or not lex.relations[hit.relation].use_of_force:
        return hit
    # "في العاصمة الأفغانية", "قرب الحدود الباكستانية": a place noun's or a border's nationality
    # is only where, too
    objects = hit.objects
    if not any(f(lex, s, objects) for f in (_is_place_group, _place_nationality, _border_nationality)):
        return hit
    victims = _owner_struck(lex, s, hit) or _clause_victims(lex, s, hit)
    if victims is not None and not all(a.implied for a in victims.members):
        return replace(hit, objects=victims)
    return hit


def _own_people_dropped(lex: ArabicLexicon, s: Sentence, hit: Hit, victims: Group | None) -> Group | None:
    """Implied victims (no words) of the named agent's own state, where no place in the sentence
    settles that state (the document's most named state stands in), are nobody: the document
    names the agent's state most because it tells of the agent ("الطائرات الإسرائيلية أطلقت
    صاروخين على المبنى" is no attack on Israel's civilians). So too people named by a bare group
    noun, whose state is the same guess ("الهجوم الإسرائيلي أسفر عن مقتل عشرة مدنيين")."""
    if victims is None or hit.subject is None or not all(a.implied or _bare_group_noun(a) for a in victims.members):
        return victims
    agents = {a.entity.country for a in hit.subject.acting}
    placed = any(_is_place_group(lex, s, g) for g in s.groups)
    if placed or not {a.entity.country for a in victims.members} <= agents:
        return victims
    # "قتل عشرة جنود في هجوم أمريكي": soldiers named by a bare noun are still the victims, of no
    # state (never the attacker's own, nor civilians); only implied people are nobody
    twins = [stateless_twin(s.doc, a) for a in victims.members if not a.implied]
    if twins and all(twins):
        return Group(tuple(a for a in twins if a is not None), victims.start, victims.end)
    return None


def _judges_not_victims(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "أدانت فرنسا الغارة الإسرائيلية التي أسفرت عن مقتل ستة أشخاص": victims whose state only the
    document gives (implied, or a bare group noun, with no place in the sentence) are not of a
    state that judges the act there (condemns, backs or accuses: ``gk:takesSides``,
    ``gk:complementAgent``): the judge is named, so the document counts it, but judges an act
    done to others. The act stays, on victims the text does not settle."""
    judges = {
        a.entity.country
        for h in hits
        if h.subject is not None
        and (lex.relations[h.relation].takes_sides or lex.relations[h.relation].complement_agent)
        for a in h.subject.acting
    } - {None}
    if not judges or any(_is_place_group(lex, s, g) for g in s.groups):
        return hits
    return tuple(_victims_unsettled(lex, h, judges) for h in hits)


def _victims_unsettled(lex: ArabicLexicon, hit: Hit, judges: set[str | None]) -> Hit:
    """The act ``hit`` with its victims dropped where they are only guessed to be of a judge's state."""
    victims = hit.objects
    if victims is None or hit.subject is None or not _violent(lex.relations[hit.relation]):
        return hit
    if not all(a.implied or _bare_group_noun(a) for a in victims.members):
        return hit
    states = {a.entity.country for a in victims.members}
    if not states <= judges or states & {a.entity.country for a in hit.subject.acting}:
        return hit
    return replace(hit, objects=None, one_sided=True)


def _bare_group_noun(a: Actor) -> bool:
    """A group noun of one word ("مدنيين"): no nationality or place of its own names its state."""
    return a.kind == "composed" and a.end - a.start == 1


def _crowd(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "تظاهر آلاف الطلاب": the counted crowd after a protest verb is its subject; people counted
    past a casualty word ("احتجاجا على مقتل 12 عراقيا") are whom the protest is about."""
    casualty = [m.start for m in _casualty_words(lex, s)]
    for g in s.groups_from(hit.end, hit.end + 3):
        if any(hit.end <= k < g.start for k in casualty):
            return None
        if g.marker is None and g.acting and s.counted(g):
            return g
    return None


def _victims_as_agent(s: Sentence, hit: Hit) -> bool:
    """ "قتل خمسة جنود في هجوم", "مقتل 59 شخصا ... في هجوم": a counted group before or after a
    use of force is what it befell, never who did it; not the act noun's nationality adjective."""
    g = hit.subject
    if g is None or hit.subject_from not in ("left", "right", "genitive", "adjective"):
        return False
    if hit.subject_from == "adjective" and g.start >= hit.end:
        # "وقتل خمسة مسلحين بقصف إسرائيلي": the act noun's own adjective; the count before the
        # noun is its victims', counted only between the noun and the adjective
        return any(k in s.counts for k in range(hit.end, g.start))
    return s.counted(g)


def _abstract_control(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "سيطرت القوات على الوضع الأمني في المدينة", "الاستيلاء على السلطة في البلاد": a trigger
    ending in على of a relation that is no use of force (taking control) whose object is a
    situation, an office or a blaze (gk:NotTerritoryCue) took no place: the state named after it
    is where, and nothing was occupied. A party named there ("على السلطة الفلسطينية") stays."""
    rel = lex.relations[hit.relation]
    if rel.use_of_force or not rel.is_material_conflict or s.norm(hit.end - 1) != ON:
        return False
    i = hit.end + (hit.end < s.span.end and s.norm(hit.end) in WHOLE)
    if i >= s.span.end or any(g.start == i and g.acting for g in s.groups):
        return False
    return lex.is_cue(lex.cue_set.not_territory, without_article(s.norm(i)))


def _coerced_passive(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "وخطف مسؤول حماس في خان يونس", "واغتيل قائد ... في دمشق": a singular verb of coercing people
    (``gk:coercesPersons``: abduct, arrest, assassinate, expel) whose one noun phrase after it has
    no object after it is the unvowelled passive (خُطف): that phrase is whom it befell, never its
    agent (as ``_passive_subject`` reads killing verbs). A place named past that phrase after a verb of
    force ("خطف مواطن فرنسي في جنوب نيجيريا") is where it befell it, no object: the abducted is no
    agent."""
    rel = lex.relations[hit.relation]
    if hit.superseded or hit.subject is None or hit.subject_from not in ("right", "left") or not rel.coerces_persons:
        return False
    # (a restriction or an expulsion may befall a place: "مددت الحكومة حالة الطوارئ في سيناء"; a
    # place noun's nationality, "في العاصمة المصرية", is where whatever the act: an arrest or an
    # expulsion there befalls the phrase before it, and never that state)
    after = hit.objects is not None and hit.objects.start > hit.subject.end
    where = after and rel.use_of_force and _is_place_group(lex, s, hit.objects)
    if hit.objects is not None and not (where or (after and _place_nationality(lex, s, hit.objects))):
        return False
    _, clause_end = s.clause(hit.start)
    if hit.subject_from == "left":
        # "وكان النمساويان قد خطفا في العراق": after its subject, with nothing it acts on after
        # it, the verb is the passive (خُطفا) whatever its number
        return hit.pos == "verb" and _no_object_from(lex, s, hit.end, clause_end)
    return _passive_subject(lex, s, hit.match, hit.subject, clause_end)


def _passive_only(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "اغتيل مسؤول في حركة فتح برصاص مسلحين", "اغتيل نائب عراقي أمس": a verb whose form is
    passive whatever its vowels (gk:PassiveOnlyCue): the party after it is whom it befell, even
    where a word after it was read as an object (an adjective, a date, a second name)."""
    if hit.superseded or hit.pos != "verb" or hit.subject is None or hit.subject_from != "right":
        return False
    return any(c.start == hit.start for c in s.cues[lex.cue_set.passive_only])


def _place_nationality(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "في العاصمة العراقية", "في المدينة المصرية": a nationality right after a place noun
    (gk:PlaceNounCue) names where, not a party (as for ``_owner_named``)."""
    return _nationality_after(lex, s, g, lex.cue_set.place_noun)


def _nationality_after(lex: ArabicLexicon, s: Sentence, g: Group, cue: Cue) -> bool:
    """Whether every party of ``g`` is a nationality right after a word of ``cue``."""
    return bool(g.acting) and all(
        a.kind == "demonym" and a.start > s.span.start and lex.is_cue(cue, s.norm(a.start - 1)) for a in g.acting
    )


def _origin(lex: ArabicLexicon, s: Sentence, hit: Hit, g: Group) -> bool:
    """Whether ``g``, after the act, is a place or state behind من (past a place noun: "من جنوب
    لبنان"), which the act's relation does not take as its object marker: where from."""
    if g.start < hit.end or "من" in lex.object_markers.get(hit.relation, frozenset()):
        return False
    if not all(a.kind == "place" or a.entity.type == "Country" or _is_place(lex, s, a) for a in g.members):
        return False
    return _marker_past_place_noun(lex, s, g) == "من"


def _marker_past_place_noun(lex: ArabicLexicon, s: Sentence, g: Group) -> str:
    """The word before a group, past one place noun other than في ("من جنوب لبنان": من)."""
    k = _marker_at(lex, s, g)
    return without_conjunction(s.norm(k)) if k >= s.span.start else ""


def _marker_at(lex: ArabicLexicon, s: Sentence, g: Group) -> int:
    """Where the word before a group is, past one place noun other than في."""
    k = g.start - 1
    if k > s.span.start and lex.is_cue(lex.cue_set.place_noun, s.norm(k)) and s.norm(k) != "في":
        k -= 1
    return k


def _came_from(lex: ArabicLexicon, s: Sentence, origin: Group) -> bool:
    """Whether a place behind من (``_origin``) stands right after a word of coming or setting
    out (``gk:OriginCue``: "قادمون من الصومال", "تسللوا من أفغانستان")."""
    k = _marker_at(lex, s, origin) - 1
    return k >= s.span.start and lex.is_cue(lex.cue_set.origin, without_conjunction(s.norm(k)))


def _struck_past_origin(s: Sentence, hit: Hit) -> Group | None:
    """The first party named after where an act came from, in its clause ("بلدة في شمال كينيا"),
    or none."""
    assert hit.objects is not None
    _, end = s.clause(hit.start)
    return next((g for g in s.groups_from(hit.objects.end, end - 1) if g.acting), None)


def _aimed_at(lex: ArabicLexicon, s: Sentence, hit: Hit, origin: Group) -> Group | None:
    """The party behind one of the act's object markers after where it came from ("على
    إسرائيل", "على شمال إسرائيل"), in the clause, if one is named."""
    _, end = s.clause(hit.start)
    markers = lex.object_markers.get(hit.relation, frozenset()) - {"في"}
    after = s.groups_from(origin.end, end - 1)
    return next((g for g in after if g.acting and _marker_past_place_noun(lex, s, g) in markers), None)


def _border_nationality(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "قرب الحدود الباكستانية": a nationality right after a border or coast noun
    (gk:BorderNounCue) names near where, not a party; unlike a place noun's it says nothing of
    the state the act was in (either side of a border)."""
    return _nationality_after(lex, s, g, lex.cue_set.border_noun)


def _passive_agent(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "وخطف مهندس من منزله على يد مسلحين", "خطف ... من قبل أربعة مسلحين": a use of force that
    found no subject, with the agent named after "من قبل", "على يد" in its clause after it, is
    that agent's act (the passive's agent), as a casualty word's is (``_explicit_agent``)."""
    if hit.subject is not None or hit.superseded or hit.pos != "verb" or not lex.relations[hit.relation].use_of_force:
        return hit
    agent = _explicit_agent(lex, s, hit.match)
    if agent is None or (hit.objects is not None and agent.start <= hit.objects.start):
        return hit
    return replace(hit, subject=agent, subject_from="agent")


def _adjective_agent(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "تعرضت البلدة لهجوم إسرائيلي", "لغارة جوية أمريكية": the nationality right after the act
    noun undergone (only a word of the kind of arms between, ``gk:ArmsKindCue``) names its agent's
    state; the one subjected to it is the target. Past any other word ("لهجوم قرب المعبر
    الأردني") the nationality is that word's, a place's, never the agent's."""
    if hit.pos == "verb":
        return None
    kind = hit.end < s.span.end and s.norm(hit.end) in lex.written_words(lex.cue_set.arms_kind)
    for at in (hit.end, hit.end + 1) if kind else (hit.end,):
        g = s.group_at(at)
        if g is not None and g.marker is None and g.acting and all(a.kind == "demonym" for a in g.acting):
            return g
    return None


def _suffered_by_adjective(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """An act noun right after "تعرض ل" that found no agent takes the nationality after it
    (``_adjective_agent``) as its agent."""
    if hit.subject is not None or hit.superseded or not lex.relations[hit.relation].is_material_conflict:
        return hit
    if _suffered(lex, s, hit) is None:
        return hit
    agent = _adjective_agent(lex, s, hit)
    return hit if agent is None else replace(hit, subject=agent, subject_from="adjective")


def _complete(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """A trigger's hit with the side the text does not name, where it reports an event."""
    rel = lex.relations[hit.relation]
    if _abstract_control(lex, s, hit) or _fell_unexploded(lex, s, hit):
        return replace(hit, superseded=True)
    if rel.intransitive and hit.pos == "verb" and hit.match.form.pronoun_object:
        return replace(hit, superseded=True)  # "لقاءات تجمعه بأعضاء كتلته": another verb (جمع)
    if _passive_only(lex, s, hit) or _coerced_passive(lex, s, hit):
        hit = replace(hit, subject=None, subject_from="", objects=hit.subject)
    hit = _suffered_by_adjective(lex, s, _passive_agent(lex, s, hit))
    undergone = _undergoer_of(lex, s, hit) if rel.is_material_conflict else None
    if undergone is not None:
        # the one subjected to the act is its target (not the place it happened in); what keeps
        # befalling it ("تتعرض القوات باستمرار لهذه الهجمات") is a habit, what did not ("لم
        # تتعرض") no event; an act that was not told as an event before is none now either
        told = hit.has_object or _reports_event(lex, s, hit)
        if _imperfect(undergone) or _denied(lex, s, undergone) or not told:
            return replace(hit, superseded=True)
        hit = replace(hit, subject=None, subject_from="", objects=hit.subject)
    if rel.is_material_conflict and (hit.objects is None or _is_place_group(lex, s, hit.objects)):
        # "تعرضت دورية للجيش البريطاني لهجوم من قبل مسلحين في البصرة": the patrol, not the city;
        # so too with no agent named ("وتعرضت قافلة للقوات الأمريكية لهجوم في الأنبار")
        undergoer = _own_people_dropped(lex, s, hit, _undergoer(lex, s, hit))
        if undergoer is not None and undergoer is not hit.subject:
            hit = replace(hit, objects=undergoer)
    if rel.is_material_conflict and hit.objects is not None and _origin(lex, s, hit, hit.objects):
        aimed = _aimed_at(lex, s, hit, hit.objects)
        if aimed is not None:
            # "أطلقت صواريخ من جنوب لبنان على إسرائيل": where the act came from is never whom it
            # struck; the party behind على after it is
            hit = replace(hit, objects=aimed)
        elif _came_from(lex, s, hit.objects):
            # "هاجم مسلحون قادمون من الصومال قرية في كينيا": their origin is never whom they struck
            hit = replace(hit, objects=_struck_past_origin(s, hit))
    hit = _protest_sides(lex, s, _nationals_not_place(lex, s, hit))
    if _where_crowds_are(lex, s, hit) or (
        hit.subject is not None and _violent(rel) and all(a.kind == "metonym" for a in hit.subject.members)
    ):
        # "في ضاحية شرقي دمشق أدى القتال", "احتمال خطف تلميذين من حائل والرياض": a capital standing
        # for its state speaks and decides; it never fires or abducts, its forces do
        hit = replace(hit, subject=None, subject_from="")
    # An act the ontology gives no implied agent still takes its victims when its agent is named.
    foreigners = _foreign_victims(lex, s, hit)
    institution = rel.implied_agent or (rel.implied_agent_of_foreigners if foreigners else None)
    named_only = institution is None and not (rel.implied_victims and hit.subject is not None)
    if named_only and not hit.superseded and hit.subject is not None and rel.use_of_force:
        hit = _befallen(lex, s, hit)  # "قتل عشرة مسلحين في ضربة جوية أمريكية في هلمند"
    if hit.superseded or named_only or _denied(lex, s, hit.match):
        return hit
    if hit.pos == "verb" and (_imperfect(hit.match) or _unrealised(lex, s, hit.start)):
        return hit
    if _told_earlier(s, hit.start):
        return hit
    if rel.is_material_conflict and _victims_as_agent(s, hit):
        hit = replace(hit, subject=None, subject_from="", objects=hit.objects or hit.subject)
    if hit.subject is not None:
        return _with_implied_target(lex, s, hit)
    if undergone is None and not _reports_event(lex, s, hit) and not _unlinked_subject(s, hit):
        return hit
    if _unlinked_nominative_agent(s, hit):
        return hit
    crowd = _crowd(lex, s, hit) if rel.implied_target else None
    if crowd is not None:
        return _with_implied_target(lex, s, replace(hit, subject=crowd, subject_from="right"))
    if rel.implied_target is not None:
        return _unnamed_crowd(lex, s, hit)
    if rel.implied_agent is None:  # then only foreign victims in a named place imply an agent
        return (
            hit if foreigners is None else _foreigners_befallen(lex, s, replace(hit, objects=foreigners), institution)
        )
    objects = _struck(lex, s, hit) if rel.is_material_conflict else hit.objects
    state, objects = _unlinked_sides(lex, s, hit, objects)
    if _own_victims_state(lex, s, hit, state, objects):
        state = None  # "تعرضت سفينة يابانية لهجوم": no state attacks its own ship
    agent = implied(s, institution, state, hit.match, stateless=True)
    if agent is None or _self_loop(lex, s, hit, state, objects):
        return hit
    if objects is None:  # the civilians of the place an attack hit
        objects = implied(s, rel.implied_victims, state, hit.match)
    return replace(hit, subject=agent, subject_from="implied", objects=objects, one_sided=True)


def _protest_sides(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """The sides of an act with an implied target (a protest), a step of ``_complete``: its
    organiser as the subject, whom it was against in place of the place it was in, or the foreign
    topic it was about."""
    if lex.relations[hit.relation].implied_target is None:
        return hit
    if hit.subject is None and _organiser(lex, s, hit):
        hit = replace(hit, subject=hit.objects, subject_from="right", objects=None)
    if hit.objects is not None and _where_it_was(lex, s, hit.objects):
        # "تظاهروا في وسط القاهرة ضد السياسة الأمريكية": the city is where, not whom
        target = _protest_target(lex, s, hit, hit.subject)
        return replace(hit, objects=target or hit.objects)
    if hit.objects is not None:
        return _foreign_topic(lex, s, hit)
    return hit


def _foreign_victims(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Group | None:
    """ "خطف مهندس ياباني في المياه الصومالية", "خطف ثلاثة أستراليين في شمال مالي": whom an act
    with no implied agent of its own (an abduction) that names no agent befell, where they are all
    of a nationality and none of the state of a place the sentence names: foreign nationals
    abducted are the armed groups' event (``gk:impliedAgentOfForeigners``); the place's own people
    abducted, people of no stated nationality, or with no place named, stay no event (news
    retells them far more than it reports them). The victims come after the act (the unvowelled
    passive خُطف, the act noun), or underwent it ("تعرض مهندس صيني للخطف")."""
    if lex.relations[hit.relation].implied_agent_of_foreigners is None or hit.subject is not None:
        return None
    suffered = _suffered(lex, s, hit) is not None
    victims = _undergoer(lex, s, hit) if hit.objects is None and suffered else hit.objects
    if victims is None or (victims.start < hit.end and not suffered):
        return None
    if hit.pos == "verb" and hit.match.form.plural:
        # "ليبيين اختطفوا عمالا مصريين": the verb agrees with the agent named before it; victims
        # before the verb ("مهندسين كوريين اختطفا") are described by it, what was told before
        return None
    places = _named_place_states(lex, s)
    states = {a.entity.country for a in victims.members if not _is_place(lex, s, a)}
    return victims if places and states and None not in states and not states & places else None


def _named_place_states(lex: ArabicLexicon, s: Sentence) -> set[str]:
    """The states of the places the sentence names: a city, a region, a state after "في", or a
    place noun's nationality ("في العاصمة العراقية", ``_place_nationality``)."""
    out = {a.entity.country for g in s.groups for a in g.members if _is_place(lex, s, a)}
    out |= {a.entity.country for g in s.groups if _place_nationality(lex, s, g) for a in g.members}
    return {c for c in out if c}


def _foreigners_befallen(lex: ArabicLexicon, s: Sentence, hit: Hit, institution: str) -> Hit:
    """The foreign nationals an act befell (``_foreign_victims``), with its unidentified agent
    of the state of the place named nearest, never the victims' own; a victim named only by the
    nationality adjective ("خطف مهندسان صينيان") is that state's people, not the state."""
    rel = lex.relations[hit.relation]
    places = _named_place_states(lex, s)
    nearest = min(
        (
            (abs(a.start - hit.start), a.entity.country)
            for g in s.groups
            for a in g.members
            if a.entity.country in places
        ),
        default=None,
    )
    if nearest is None:  # no place named (the caller's _foreign_victims rules it out): keep the hit, never fail
        return hit
    state = nearest[1]
    objects = hit.objects
    if objects is not None and all(a.kind == "demonym" for a in objects.members):
        victims = {a.entity.country for a in objects.members}
        if len(victims) == 1:
            objects = implied(s, rel.implied_victims, victims.pop(), hit.match) or objects
    agent = implied(s, institution, state, hit.match, stateless=True)
    if agent is None:
        return hit
    return replace(hit, subject=agent, subject_from="implied", objects=objects, one_sided=True)


def _fell_unexploded(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "وسقط صاروخ قرب تكريت من دون أن ينفجر": a projectile's fall (a trigger phrase of سقط or
    سقوط) that its sentence says did not go off, an explosion word after "دون أن" or "قبل أن" a
    few words on, struck nothing: no attack."""
    words = hit.match.phrase.source.split("/")[0].split()
    if not words or normalize_token(words[0]) not in FALL_WORDS:
        return False
    return any(
        hit.end <= m.start <= hit.end + FALL_REACH and _unrealised(lex, s, m.start)
        for m in s.cues[lex.cue_set.explosion]
    )


def _named_beyond(lex: ArabicLexicon, s: Sentence, state: str, addressed: int) -> bool:
    """Whether a state is settled as where an event happened by more than the ``addressed``
    mentions of it that an act addresses: a place of it the sentence names, or more mentions of
    it in the document."""
    placed = any(_is_place(lex, s, a) and a.entity.country == state for g in s.groups for a in g.members)
    return placed or (s.doc._.geokg_countries or {}).get(state, 0) > addressed


def _unnamed_crowd(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """A protest whose crowd the text does not name: the crowd is of the state where it stood
    (the place the sentence names, else the state the document names most), never of the state
    of whom it addresses ("تجمع متظاهرون أمام السفارة الأمريكية" is no American crowd: of no
    state); with its object a side of its own state ("أمام مقر وزارة الخارجية الإسبانية" in
    Madrid), a party of another state named after it is whom it addresses ("للاحتجاج على قرارات
    الحكومة المغربية"), as for a named crowd (``_foreign_topic``)."""
    rel = lex.relations[hit.relation]
    state = event_state(lex, s, hit.start)
    objects = hit.objects
    targets = {a.entity.country for a in objects.acting} if objects is not None else set()
    if objects is not None and state is not None and targets == {state}:
        if _named_beyond(lex, s, state, len(objects.acting)):
            found = _protest_target(lex, s, hit, None)
            if found is not None and not all(a.implied for a in found.members):
                objects = found
        else:
            state = None  # its state only the one it addresses
    agent = implied(s, rel.implied_agent, state, hit.match, stateless=True)
    if agent is None or _self_loop(lex, s, hit, state, objects):
        return hit
    if objects is None:  # the side a protest addresses
        objects = _protest_target(lex, s, hit, None)
    return replace(hit, subject=agent, subject_from="implied", objects=objects, one_sided=True)


def _organiser(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "خرجت مسيرة نظمتها نقابة المحامين", "مظاهرة نظمها طلاب ضد الحكومة": the party right after
    a verb of carrying out (gk:PerformVerbCue) that carries the act's pronoun, after the act, is
    who held it, never whom the protest addressed."""
    g = hit.objects
    if g is None or g.marker is not None or not g.acting:
        return False
    lo, _ = s.clause(hit.start)
    return any(
        m.form.pos == "verb" and m.form.pronoun_object and m.end == g.start and lo <= hit.start < m.start
        for m in s.cues[lex.cue_set.perform_verb]
    )


def _unlinked_subject(s: Sentence, hit: Hit) -> bool:
    """ "ذكرت الشرطة أن مسلحين اغتالوا خطيب مسجد": a finite verb of force right
    after its subject, an armed group the linker found but could give no state
    (``doc._.geokg_unsettled_armed``), reports a named act, as a linked subject would; its agent
    is the unidentified side the relation implies (of the place's state, else of none). A state's
    forces or police with no state ("إن القوات قصفت", "إن الجيش قصف") are no unidentified
    attackers: they stay unnamed. After the verb the party may be its object ("استهدف الجنود");
    before a verb joined by و, or behind ل or ب ("للخاطفين وهاجمتهم"), it is no subject; but a
    plural in the nominative right after it is (``_unlinked_vso_agent``)."""
    if hit.pos != "verb":
        return False
    if _unlinked_vso_agent(s, hit) is not None:
        return True
    if hit.start <= s.span.start or token_text(s, hit.start)[:1] in CONJUNCTION_LETTERS:
        return False
    doc = s.doc
    before_end = doc[hit.start - 1].idx + len(doc[hit.start - 1])
    for a, b, _ in doc._.geokg_unsettled_armed or ():
        words = doc.char_span(a, b, alignment_mode="expand")
        if b == before_end and words is not None:
            return words[0].text[:1] not in "لب"
    return False


def _unlinked_vso_agent(s: Sentence, hit: Hit) -> Group | None:
    """ "وهاجم مسلحون قافلة عسكرية أمريكية": an armed group noun the linker could give no state,
    right after a finite verb and in the nominative plural (ـون), is the verb's subject (VSO):
    its words as a group of no members, standing where the agent is named (round 20)."""
    if hit.pos != "verb":
        return None
    doc = s.doc
    for a, b, _ in doc._.geokg_unsettled_armed or ():
        words = doc.char_span(a, b, alignment_mode="expand")
        if words is None or words.start != hit.start + 1 or not s.norm(words.end - 1).endswith("ون"):
            continue
        if not without_conjunction(words[0].text).startswith(ARTICLE):  # "المسلحون": told before
            return Group((), words.start, words.end)
    return None


def _unlinked_sides(
    lex: ArabicLexicon, s: Sentence, hit: Hit, objects: Group | None
) -> tuple[str | None, Group | None]:
    """The state of the unidentified agent of an act, and whom it struck: the state the event
    happened in (``event_state``), but never only its named victims' where no place settles it
    ("هاجم مسلحون قافلة أمريكية": no American attackers, of no state), where the agent is named
    right after the verb (``_unlinked_vso_agent``); victims named right after it and qualified by
    a nationality are of that state. (An agent named before the verb keeps the victims' state:
    so done, check spans source fell .633 -> .600.)"""
    state = event_state(lex, s, hit.start, objects)
    vso = _unlinked_vso_agent(s, hit)
    if vso is None:
        return state, objects
    victims = lex.relations[hit.relation].implied_victims
    if objects is None:
        qualified, nation = _victim_nationality(s, replace(hit, subject=vso))
        objects = implied(s, victims, nation if qualified else state, hit.match)
    if not any(_is_place_group(lex, s, g) for g in s.groups):
        state = None  # (the document's state, with no place, is the one of what was struck)
    return state, objects


def _unlinked_nominative_agent(s: Sentence, hit: Hit) -> bool:
    """ "هاجم مستوطنون فلسطينيين": a sound plural in the nominative (ـون) right after a verb, its
    object in the accusative (ـين) right after that, is the verb's subject, named though the
    linker knows no such party; no unidentified attacker stands in for it (one would take the
    state of its victims)."""
    i = hit.end
    objects = hit.objects
    if hit.pos != "verb" or objects is None or objects.marker is not None or objects.start != i + 1:
        return False
    word = s.norm(i)
    return word.isalpha() and len(word) > 4 and word.endswith("ون") and s.norm(objects.end - 1).endswith("ين")


def _own_victims_state(lex: ArabicLexicon, s: Sentence, hit: Hit, state: str | None, objects: Group | None) -> bool:
    """Whether the state an unidentified attacker would take is only that of what it struck,
    named by a nationality or an owner (``_owner_named``), with no place of the sentence saying
    where the act was (``event_state``)."""
    if state is None or objects is None or not objects.acting or event_state(lex, s, hit.start) is not None:
        return False
    return all(a.entity.country == state and _owner_named(lex, s, a) for a in objects.acting)


def _self_loop(lex: ArabicLexicon, s: Sentence, hit: Hit, state: str | None, objects: Group | None) -> bool:
    """ "قال الجيش إن قواتها قصفت مواقع في غزة": own forces ("قواتها") whose owner is left
    unresolved are no unidentified attackers; one implied from the place struck would be that
    place's state attacking itself, worse than no event at all."""
    if state is None or objects is None or not objects.members or hit.start <= s.span.start:
        return False
    if own_forces_pronoun(lex, token_text(s, hit.start - 1)) is None:
        return False
    return all(a.entity.country == state for a in objects.members)


def _not_own_vehicle(
    lex: ArabicLexicon, s: Sentence, m: PhraseMatch, rel: Relation, sides: tuple[Group, Group | None]
) -> tuple[Group, Group | None]:
    """ "انفجر لغم بدبابة إسرائيلية": a party named right after an explosion with no attacker
    named (the owner of the vehicle it went off under) is what it struck; the unidentified
    attacker implied is never of that party's state (no state bombing itself), but of none."""
    owners = [
        g
        for g in s.groups_from(m.end, m.end + VICTIM_REACH)
        if g.acting and not _is_place_group(lex, s, g) and all(_owner_named(lex, s, a) for a in g.acting)
    ]
    agent, victims = sides
    if not any(x.start <= m.start < x.end for x in s.cues[lex.cue_set.explosion]):
        return sides  # a killing word: the party after it is its victims or agent, read before
    if not owners or any(a.implied for a in owners[0].acting):
        return sides
    agent_states = {a.entity.country for a in agent.members} - {None}
    if agent_states and not agent_states <= {a.entity.country for a in owners[0].acting}:
        return sides  # an attacker implied of another state (where it went off) stays
    if agent_states:
        agent = implied(s, rel.implied_agent, None, m, stateless=True) or agent
    keep = victims is not None and not all(a.implied for a in victims.members)
    return agent, victims if keep else owners[0]


def _owner_named(lex: ArabicLexicon, s: Sentence, a: Actor) -> bool:
    """A party that owns a vehicle: a body of a state, or a state by its nationality; a state's
    name or its capital ("في سوق ببغداد") is where it went off, and so is a nationality of a
    place noun ("في المدينة المصرية", "منطقة تركية") or a body whose state only the place gave
    ("قرب مقر الشرطة في بغداد"): the attacker implied keeps the place's state."""
    if not a.entity.country or _state_from_place(s, a):
        return False
    if a.kind == "demonym":
        return a.start <= s.span.start or not lex.is_cue(lex.cue_set.place_noun, s.norm(a.start - 1))
    return a.entity.type != "Country" and a.entity.type not in _PLACE_TYPES


def _state_from_place(s: Sentence, a: Actor) -> bool:
    """Whether a bare group noun's state came only from a place of its sentence (entities_ar)."""
    span = s.doc.char_span(a.char_start, a.char_end)
    return span is not None and bool(span._.state_from_place)


def _denied(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> bool:
    """ "لم يسفر الانفجار عن سقوط عشرة قتلى": a negator anywhere before a casualty word in its
    clause denies it (the result verb it negates carries the casualties)."""
    lo, _ = s.clause(m.start)
    return any(
        s.norm(i) not in AMBIGUOUS_NEGATORS and lex.is_cue(lex.cue_set.negation, s.norm(i)) for i in range(lo, m.start)
    )


def _frame(lex: ArabicLexicon, s: Sentence, m: PhraseMatch, relation: str) -> Hit | None:
    """The event a casualty or explosion word reports, with its victims and agent."""
    if _denied(lex, s, m):
        return None
    rel = lex.relations[relation]
    victims, agent = _victims_and_agent(lex, s, m)
    state = event_state(lex, s, m.start, victims)
    how = "right" if agent is not None and agent.start > m.start else "left"
    qualified, nation = _object_nationality(s, m, relation, agent if how == "right" else None)
    armed = _armed_counted(s, m)
    if victims is None and qualified:  # "قتل مسلحو الحركة مهندسا صينيا في قندهار": a Chinese
        victims = implied(s, rel.implied_victims, nation, m)  # victim, not the place's people
    elif victims is None and rel.implied_victims and s.count_near(m.start, m.end) and not armed:
        victims = implied(s, rel.implied_victims, state, m)
    if agent is None and _agent_marked(lex, s, m):
        return None  # "برصاص قوات الاحتلال": the text names its agent; an unidentified one would be a guess
    fight = agent is None and _fought_with(lex, s, victims) is not None
    if fight:  # (its dead are of a side the text leaves open: no victims implied below)
        agent, how, victims = _fought_with(lex, s, victims), "right", _fighters_unknown(victims)
    if agent is None:
        agent, how = implied(s, rel.implied_agent, state, m, stateless=True), "implied"
    if agent is None:
        return None
    doer = _operation_doer(lex, s, m, victims) if how == "implied" else None
    if doer is not None:  # "قتل خمسة مسلحين في عملية للجيش الأمريكي": not the place's attackers
        agent, how = doer, "right"
    if victims is None and not fight and not qualified and not armed:
        # a bombing with no victims named: the place it hit, else its people
        place = [g for g in s.groups_from(m.end, m.end + VICTIM_REACH) if _is_place_group(lex, s, g)]
        victims = place[0] if place else implied(s, rel.implied_victims, state, m)
    if how == "implied":
        agent, victims = _not_own_vehicle(lex, s, m, rel, (agent, victims))
    if _own_group_by_default(lex, s, agent, victims):
        victims = None
    # People killed by an armed group, not by a state's forces: unconventional violence
    # (gk:irregularForm, CAMEO 180), whether the group is named or unidentified.
    if rel.irregular_form and all(a.entity.type == "ArmedGroup" for a in agent.acting):
        relation = rel.irregular_form
    return Hit(m, relation, subject=agent, subject_from=how, objects=victims, one_sided=True)


def _operation_doer(lex: ArabicLexicon, s: Sentence, m: PhraseMatch, victims: Group | None) -> Group | None:
    """ "قتل خمسة مسلحين في عملية للجيش الأمريكي", "في عمليات نفذتها القوات الأفغانية": the body
    whose operation (gk:OperationFrameCue) the casualties of ``m`` fell in, first after them in
    their clause (``_operation_owner``), dealt them; never a body of the victims' own kind and
    state ("قتل جنديان أمريكيان في عملية للجيش الأمريكي": its own men fell). Asked only where the
    casualties already make an event with no agent named: the operation makes none."""
    _, hi = s.clause(m.start)
    op = next((c for c in s.cues[lex.cue_set.operation_frame] if m.end <= c.start < hi), None)
    doer = _operation_owner(lex, s, op.end, hi) if op is not None else None
    if doer is None or victims is None:
        return doer
    own = any(
        v.entity.id == d.entity.id or (v.entity.country == d.entity.country and v.entity.type == d.entity.type)
        for v in victims.members
        for d in doer.acting
    )
    return None if own else doer


def _operation_owner(lex: ArabicLexicon, s: Sentence, at: int, hi: int) -> Group | None:
    """The doer named after an operation noun ending at ``at``: behind ل ("للجيش الأمريكي"), a
    nationality right after it ("عملية أمريكية"), or the subject of a relative verb of carrying it
    out ("نفذتها القوات"), past qualifying words; none past a trigger ("عملية عسكرية" is an act
    of its own) or a party of another shape."""
    for i in range(at, min(hi, at + OPERATION_REACH)):
        if i in s.trigger_tokens:
            return None
        g = s.group_at(i)
        if g is not None:
            nationality = g.marker is None and i == at and all(a.kind == "demonym" for a in g.acting)
            owner = g.acting and not _is_place_group(lex, s, g) and (g.marker == "ل" or nationality)
            return g if owner else None
        done = next((v for v in s.cues[lex.cue_set.perform_verb] if v.start == i and v.form.pronoun_object), None)
        if done is not None:
            g = s.group_at(done.end)
            return g if g is not None and g.marker is None and g.acting and not _is_place_group(lex, s, g) else None
    return None


def _object_nationality(s: Sentence, m: PhraseMatch, relation: str, agent: Group | None) -> tuple[bool, str | None]:
    """ "قتل عناصر من الحركة مهندسا صينيا": the victim noun right after an active killing verb
    and the agent named after it (VSO), qualified by a nationality (``_victim_nationality``): its
    state is the victims', whatever the place's or the document's (a foreign national killed in a
    town keeps his own state; the attacker's state is never the victims' for being named)."""
    if agent is None or m.form.pos != "verb":
        return False, None
    return _victim_nationality(s, Hit(m, relation, subject=agent))


def _own_group_by_default(lex: ArabicLexicon, s: Sentence, agent: Group, victims: Group | None) -> bool:
    """ "قتلت القوات الأمريكية ثلاثين مسلحا": fighters of a group apart from any state that only
    the document's default state typed (``span._.state_by_default``), killed by that very state's
    forces where the sentence names no place: the text never says they are its own; their side is
    left open (no target), never rebels of their killers' state."""
    if victims is None or any(_is_place_group(lex, s, g) for g in s.groups):
        return False
    states = {a.entity.country for a in agent.acting} - {None}
    for a in victims.members:
        span = s.doc.char_span(a.char_start, a.char_end)
        if a.implied or a.entity.country not in states or span is None or not span._.state_by_default:
            return False
    return bool(victims.members)


def _armed_counted(s: Sentence, m: PhraseMatch) -> bool:
    """ "قتلت القوات الأمريكية ثلاثين مسلحا": the dead counted after a casualty word are
    armed men the linker could give no state (``doc._.geokg_unsettled_armed``): fighters of a side
    the text leaves open, never the place's civilians nor rebels of their killers' state."""
    armed = {s.doc[k].idx for k in range(m.end, min(m.end + VICTIM_REACH, s.span.end)) if k - 1 in s.counts}
    return any(a in armed for a, _, _ in s.doc._.geokg_unsettled_armed or ())


def _fight_named(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> bool:
    """Whether the casualties of ``m`` fell in a fight with a party named after مع (``_fought_with``)."""
    victims, agent = _victims_and_agent(lex, s, m)
    return agent is None and _fought_with(lex, s, victims) is not None


def _fought_with(lex: ArabicLexicon, s: Sentence, victims: Group | None) -> Group | None:
    """ "قتل خمسة مسلحين في اشتباكات مع الجيش العراقي": people counted dead or wounded in a fight
    (``gk:FightNounCue``, an adjective or two allowed before مع) with a party named after مع fell
    to that party, their agent; never the victims' own side ("مع زملائهم")."""
    if victims is None:
        return None
    _, hi = s.clause(victims.start)
    fight = next((i for i in range(victims.end, min(hi, victims.end + VICTIM_REACH)) if _fight_noun(lex, s, i)), None)
    if fight is None:
        return None
    with_at = next((j for j in range(fight + 1, min(hi, fight + 4)) if without_conjunction(s.norm(j)) == WITH), None)
    if with_at is None:
        return None
    party = next((g for g in s.groups_from(with_at + 1, with_at + 1) if g.acting), None)
    if party is None or {a.entity.id for a in party.acting} & {a.entity.id for a in victims.members}:
        return None
    return party


def _fighters_unknown(victims: Group | None) -> Group | None:
    """ "سقط عشرات القتلى في معارك مع طالبان": the dead of a fight are its fighters, of a side the
    text leaves open; people only implied (the place's civilians) are nobody, never civilians of
    the state the party fights in."""
    if victims is None or all(a.implied for a in victims.members):
        return None
    return victims


def _fight_noun(lex: ArabicLexicon, s: Sentence, i: int) -> bool:
    word = without_article(s.norm(i))
    return lex.is_cue(lex.cue_set.fight_noun, word) or (
        word[:1] == "ب" and lex.is_cue(lex.cue_set.fight_noun, without_article(word[1:]))
    )


def _agent_named_casualty(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> bool:
    """ "استشهد الشاب ... برصاص قوات الاحتلال الإسرائيلي", "وسقط الشاب شهيدا برصاص ...", "أعلنت
    الوزارة استشهاد الشاب برصاص ...": a killing verb, a killing word in the accusative of its
    state ("شهيدا"), or a killing noun a report announces, whose agent is named after its marker,
    reports the act, counted or not. Not a noun behind a preposition ("التحقيق في مقتل الحريري
    على يد ..."): the act a reader knows, history."""
    if _explicit_agent(lex, s, m) is None or _after_preposition(s, m.start):
        return False
    word = s.norm(m.start)
    if m.form.pos == "verb" or (word.endswith("ا") and not word.startswith(ARTICLE)):
        return True
    lo, _ = s.clause(m.start)
    return any(lo <= r.start and r.end <= m.start for r in s.cues[lex.cue_set.reporting])


def _agent_phrase_read(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "استشهد شاب برصاص قوات الاحتلال الإسرائيلي في نابلس": a killing or wounding whose agent
    is named after its marker (gk:PassiveAgentCue) is the event; an event noun in that agent's
    name ("الاحتلال") names who did it, so no event of its own (no occupation of Nablus). Its
    implied victims of the agent's own state, no place settling it, are nobody."""
    hits = _named_for_implied(lex, s, hits)
    spans = []
    for m in _casualty_words(lex, s):
        agent = _explicit_agent(lex, s, m)
        if agent is None:
            continue
        # the agent's name: from the last marker before it to its end
        marker = next((p for p in reversed(_agent_markers(lex, s, m)) if p.end <= agent.start), None)
        if marker is None:
            continue
        name = (marker.end, agent.end)
        # an act with that agent outside its name (the name's own event noun is no act found)
        acts = {
            k
            for k, h in enumerate(hits)
            if h.subject is agent and not h.superseded and not name[0] <= h.start < name[1]
        }
        if not acts:
            continue
        spans.append(name)
        hits = tuple(_victims_outside(lex, s, h, m, name) if k in acts else h for k, h in enumerate(hits))
    return tuple(replace(h, superseded=True) if any(lo <= h.start < hi for lo, hi in spans) else h for h in hits)


def _victims_outside(lex: ArabicLexicon, s: Sentence, hit: Hit, m: PhraseMatch, name: tuple[int, int]) -> Hit:
    """The casualties' act with victims outside its agent's name: a party inside it ("برصاص جنود
    الاحتلال الإسرائيلي": جنود) is the agent's, so the place's implied victims stand instead; implied
    victims of the agent's own state with no place are nobody."""
    victims = hit.objects
    if victims is not None and name[0] <= victims.start < name[1]:
        rel = lex.relations[hit.relation]
        victims = implied(s, rel.implied_victims, event_state(lex, s, m.start), m)
    return replace(hit, objects=_own_people_dropped(lex, s, hit, victims))


def _named_for_implied(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "وأصيب مواطنان برصاص قوات الاحتلال الإسرائيلي خلال اقتحامها نابلس": the unidentified
    attacker supplied to an act of the casualties' clause (that took their victims) is the agent
    named after their marker."""
    for m in _casualty_words(lex, s):
        agent = _explicit_agent(lex, s, m)
        lo, hi = s.clause(m.start)
        implied_acts = [k for k, h in enumerate(hits) if h.subject_from == "implied" and lo <= h.start < hi]
        if agent is None or any(h.start == m.start for h in hits) or not implied_acts:
            continue
        k = implied_acts[0]
        return put(hits, k, replace(hits[k], subject=agent, subject_from="right"))
    return hits


def _in_gap(s: Sentence, m: PhraseMatch) -> Group | None:
    """ "لقي جندي أمريكي حتفه": the party between the words of a casualty phrase is who met it."""
    if len(m.positions) < 2 or m.positions[1] == m.positions[0] + 1:
        return None
    inside = (g for g in s.groups_from(m.positions[0] + 1, m.positions[1]) if g.end <= m.positions[1])
    return next((g for g in inside if g.acting and g.marker is None), None)


def _named_victims(s: Sentence, m: PhraseMatch) -> bool:
    """ "قتلت القوات مسلحا": a killing verb with an actor right after it reports an act; so does
    a killing noun with one indefinite victim typed by role and state ("مقتل جندي أمريكي", "بمقتل
    شرطي عراقي"), a count of one; a definite or named one ("مقتل الحريري") is an act the reader knows."""
    after = [g for g in s.groups_from(m.end, m.end + 1) if g.acting and g.marker is None]
    if m.form.pos == "verb":
        return bool(after) or _in_gap(s, m) is not None
    return any(
        all(a.kind == "composed" for a in g.members)
        and not without_conjunction(token_text(s, g.start)).startswith(ARTICLE)
        for g in after
    )


def _told_wounded(s: Sentence, m: PhraseMatch) -> bool:
    """ "ونقل الجرحى إلى المستشفى", "أغلب المصابين": a definite noun of the wounded that no count
    introduces names the casualties of an act already told, as a definite crowd or victim does."""
    if m.form.pos == "verb" or s.count_near(m.start, m.end):
        return False
    word = without_conjunction(s.norm(m.start))
    return word.startswith((ARTICLE, "لل")) or (word[:1] in "بك" and word[1:3] == ARTICLE)


def _cause_of_casualties(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "قتل 15 شخصا جراء هجوم انتحاري": an act noun after a cause word (gk:CauseFrameCue,
    "جراء", "بسبب": a passing frame, so no act the sentence asserts) with the casualties counted before it in
    its clause is what caused them; the casualties are the news, their own event (``_frame``),
    not victims handed to an act the sentence mentions in passing."""
    causes = lex.written_words(lex.cue_set.cause_frame)
    # "منذ اغتيال": a time it counts from, no cause
    before = [without_conjunction(s.norm(i)) for i in range(max(s.span.start, hit.start - 2), hit.start)]
    if not any(w in causes for w in before) or not in_passing(lex, s, hit):
        return False
    lo, _ = s.clause(hit.start)
    return bool(_casualties(lex, s, lo, hit.start))


def _frames(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """One event from the casualty and explosion words no trigger covers; beside an attack whose
    agent is named, its victims go to that attack instead."""
    cue = lex.cue_set
    killer = _killer_named(lex, s, hits)
    if killer is not None:
        return killer
    taken = {i for h in hits for i in h.match.positions}
    named = [
        k
        for k, h in enumerate(hits)
        if h.subject is not None and _violent(lex.relations[h.relation]) and not _cause_of_casualties(lex, s, h)
    ]
    # "مقتل أربعة مراقبين جراء غارة جوية": killed by an act of force whose agent the text leaves
    # out and no unidentified attacker stands for (an airstrike's): nobody to name. Clashes (a
    # symmetric use of force) hold nothing back: their dead are the fighting the news reports.
    unnamed = [lex.relations[h.relation] for h in hits if h.subject is None and not h.superseded]
    if any(_violent(rel) and rel.implied_agent is None and not rel.symmetric for rel in unnamed):
        # ... unless they fell fighting a party named after مع: that party's act
        named = []  # (their victims go to the fight's frame, not to a named attack beside it)
        fights = [m for m in s.cues[cue.killing] + s.cues[cue.wounding] if _fight_named(lex, s, m)]
        if not fights:
            return hits
    else:
        fights = None
    for concept in (cue.killing, cue.wounding, cue.explosion):
        for m in s.cues[concept]:
            background = _background(lex, s, m.start) and not (_deed_on_people(s, m) or _act_result(s, hits, named, m))
            if m.start in taken or background or _unrealised(lex, s, m.start):
                continue
            if fights is not None and m not in fights:
                continue
            if concept == cue.explosion and _burst_figure(lex, s, m):
                continue  # "انفجر الصراع": fighting broke out, no bomb
            if m.form.pos == "verb" and (_imperfect(m) or m.form.text.startswith("ل")):
                # "تصاب", "يقتل": a scene or a habit; "ليقتل خمسة": the result of the act told
                # before it (the explosion), which is the event
                continue
            if concept == cue.killing and not (
                s.count_near(m.start, m.end)
                or _named_victims(s, m)
                or _agent_named_casualty(lex, s, m)
                or _deed_on_people(s, m)
            ):
                continue
            if concept == cue.wounding and _told_wounded(s, m):
                continue
            if (
                concept == cue.explosion
                and m.form.pos != "verb"
                and not _reports_event(lex, s, Hit(m, concept.codes_as))
            ):
                continue  # a bomb that went off ("انفجرت", "فجر نفسه") is an event; "انفجار" needs more
            judge = _judging(lex, s, hits, m)
            if judge is not None:
                return _judged_act(lex, s, hits, judge, m, concept.codes_as)
            reported = _reported_act(lex, s, hits, m, concept.codes_as)
            if reported is not None:
                return reported
            if named:
                victims, _ = _victims_and_agent(lex, s, m)
                k = named[0]
                victims = _own_people_dropped(lex, s, hits[k], victims)
                if hits[k].has_object and _second_deed(s, hits[k], m, victims):
                    return (*hits, _deed_of(lex, s, hits[k], m, victims, concept.codes_as))
                if hits[k].has_object or victims is hits[k].subject:
                    return hits
                if victims is None and not all(_named_party(a) for a in hits[k].subject.acting):
                    return hits  # "قتل ثلاثة من جنوده بهجوم انتحاري": a role (a suicide attacker), no victims guessed
                if victims is None:
                    return put(hits, k, _unplaced_victims(lex, s, hits[k], m))
                return put(hits, k, replace(hits[k], objects=victims))
            hit = _frame(lex, s, m, concept.codes_as)
            if hit is not None:
                return (*hits, _caused_by_named(lex, s, hits, hit))
    return hits


def _second_deed(s: Sentence, hit: Hit, m: PhraseMatch, victims: Group | None) -> bool:
    """ "خطف مسلحون مهندسا وقتلوا ثلاثة من حراسه": a casualty verb joined by و after an act that
    already has its object, with a plural pronoun for its subject and victims of its own, is a
    second deed of the same agent, not that act's casualties."""
    joined = token_text(s, m.start).startswith("و") and hit.end <= m.start
    own = victims is not None or s.count_near(m.start, m.end)
    return m.form.pos == "verb" and m.form.plural and joined and own and hit.subject is not None


def _deed_of(lex: ArabicLexicon, s: Sentence, hit: Hit, m: PhraseMatch, victims: Group | None, relation: str) -> Hit:
    """The second deed of ``hit``'s agent (``_second_deed``): unconventional violence for an
    armed group; victims only counted are the people of the event's state."""
    rel = lex.relations[relation]
    if victims is None:
        victims = implied(s, rel.implied_victims, event_state(lex, s, m.start, None), m)
    if hit.subject and rel.irregular_form and all(a.entity.type == "ArmedGroup" for a in hit.subject.acting):
        relation = rel.irregular_form
    return Hit(m, relation, subject=hit.subject, subject_from=hit.subject_from, objects=victims, one_sided=True)


def _act_result(s: Sentence, hits: tuple[Hit, ...], named: list[int], m: PhraseMatch) -> bool:
    """ "ندد الوزير بالقصف التركي الذي قتل خمسة مدنيين": a casualty verb right after a relative
    pronoun that closes an act of force whose agent the text names (its noun, or the nationality
    after it) tells what that act did, its victims, not who or when."""
    if m.form.pos != "verb" or m.start - 1 <= s.span.start or s.norm(m.start - 1) not in RELATIVE_PRONOUNS:
        return False
    ends = (max(hits[k].end, hits[k].subject.end if hits[k].subject else 0) for k in named)
    return any(end == m.start - 1 for end in ends)


def _unplaced_victims(lex: ArabicLexicon, s: Sentence, hit: Hit, m: PhraseMatch) -> Hit:
    """ "قتل تسعة أشخاص في غارة جوية فرنسية": an act whose agent the text names, with casualties
    in its clause but no victims of a state it settles (no place, people of no nationality), is
    still the agent's act: on victims of no state, never dropped for want of an object."""
    victims = implied(s, lex.relations[hit.relation].implied_victims, None, m, stateless=True)
    return replace(hit, objects=victims, one_sided=True)


def _named_party(a: Actor) -> bool:
    """A state, a state force or an armed group the text names: no unnamed role ("انتحاري")."""
    state = a.entity.type == "Country" or a.entity.sector in sector_groups().state
    return (state or (a.entity.type == "ArmedGroup" and a.kind == "name")) and not a.implied


def _caused_by_named(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], frame: Hit) -> Hit:
    """ "قتل خمسة مواطنين جراء القصف الإسرائيلي": casualties caused by an act noun whose agent
    the text names (``_named_party``: a nationality after it, its genitive) were that
    agent's victims: the agent is the casualty event's, not an unidentified attacker, and victims
    the frame only guessed to be of the agent's own state are nobody (``_own_people_dropped``)."""
    cause = next(
        (
            h
            for h in hits
            if h.subject is not None
            and _violent(lex.relations[h.relation])
            and all(_named_party(a) for a in h.subject.acting)
            and _cause_of_casualties(lex, s, h)
        ),
        None,
    )
    if cause is None or cause.subject is None:
        return frame
    frame = replace(frame, subject=cause.subject, subject_from=cause.subject_from)
    return replace(frame, objects=_own_people_dropped(lex, s, frame, frame.objects))


def _killer_named(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...] | None:
    """ "قتلت القوات الأمريكية ستة مدنيين في غارة جوية": an active killing verb with its agent
    named after it, before an act of force of its clause that names no agent (or only the
    place's unidentified attackers, or the verb's victims), is that act told with its agent: the act is the agent's,
    on the victims the verb counts (was unidentified attackers, or nothing for an airstrike). The
    passive ("وقتل جنديان في هجوم") names no agent; its dead stay the act's victims."""
    for m in s.cues[lex.cue_set.killing]:
        if m.form.pos != "verb" or _imperfect(m) or _after_preposition(s, m.start):
            continue
        victims, agent = _victims_and_agent(lex, s, m)
        if agent is None or victims is None or agent is victims:
            continue
        _, hi = s.clause(m.start)
        for k, h in enumerate(hits):
            # (a noun's agent read from the verb's victims before it is as good as none)
            unnamed = h.subject is None or h.subject_from == "implied" or h.subject is victims
            if m.end <= h.start < hi and unnamed and not h.superseded and _violent(lex.relations[h.relation]):
                return put(hits, k, replace(h, subject=agent, subject_from="right", objects=victims))
    return None


JUDGED_REACH = 4  # tokens from a judging verb to the act it judges: the judge's name between


def _judging(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], m: PhraseMatch) -> int | None:
    """ "أدانت تركيا قتل إسرائيل المدنيين": a killing word right after a verb that judges an act
    (a stance on it, gk:takesSides; an accusation, gk:complementAgent; a denial, gk:DenialCue)
    and the judge's name is the judged act, a verbal noun: ``-1`` for a denial, else the index of
    the judging hit. The judge is never its agent (unvowelled, قتل reads as a verb whose subject
    would be the judge)."""

    for k, h in enumerate(hits):
        rel = lex.relations[h.relation]
        if (rel.takes_sides or rel.complement_agent) and _reaches(lex, s, m, h.start, h.end):
            return k
    return -1 if any(_reaches(lex, s, m, d.start, d.end) for d in s.cues[lex.cue_set.denial]) else None


def _reaches(lex: ArabicLexicon, s: Sentence, m: PhraseMatch, start: int, end: int) -> bool:
    """Does the word at ``start:end`` govern ``m`` as its object, with only a name between (the
    judge's or the speaker's) or an adverb of how strongly it judges (gk:JudgingMannerCue)?"""
    if end == m.start + 1 and s.norm(m.start)[:1] in "بل":
        end = m.start  # "ونددت قطر بقتل": the judging word's preposition is written on the act
    between = range(end, m.start)
    manner = lex.written_words(lex.cue_set.judging_manner) | lex.written_words(lex.cue_set.judged_time)
    # "استنكرت الجزائر بشدة قتل": the adverb leaves قتل the judged act, never the judge's deed
    inside = all(
        s.norm(i) in manner or any(g.start <= i < g.end and g.marker is None for g in s.groups) for i in between
    )
    return start < m.start and end <= m.start and m.start - end <= JUDGED_REACH and inside


def _reported_act(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], m: PhraseMatch, relation: str
) -> tuple[Hit, ...] | None:
    """ "أكدت مصر قتل إسرائيل المدنيين": a killing word right after a reporting verb and the
    speaker's name, followed by a party that wields force and then another party, is the verbal
    noun of that party's act on the other (X's killing of Y), never the speaker's; None where the
    shape is not there ("أعلن الجيش قتل ثلاثة مسلحين": the speaker's own act, read as before)."""
    if not any(_reaches(lex, s, m, r.start, r.end) for r in s.cues[lex.cue_set.reporting]):
        return None
    after = _parties_after(s, m)
    if not after or after[0].start != m.end:
        return None
    agent = after[0]
    if len(after) > 1 and after[1].start == agent.end and force_wielder(agent):
        return (*hits, Hit(m, relation, subject=agent, subject_from="genitive", objects=after[1], one_sided=True))
    # (a state or its government right after the word kills, it is not killed: with no victims
    # the text links, no event, and never the speaker's; soldiers may be either: "مقتل جندي")
    state_side = ("Country", "GovernmentBody")
    return hits if all(a.entity.type in state_side and a.kind != "demonym" for a in agent.acting) else None


def _parties_after(s: Sentence, m: PhraseMatch) -> list[Group]:
    """The acting groups with no preposition within a victim's reach after ``m``: the genitive
    agent of a verbal noun and its victims, where they are there."""
    return [g for g in s.groups_from(m.end, m.end + VICTIM_REACH) if g.marker is None and g.acting]


def _judged_act(
    lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...], judge: int, m: PhraseMatch, relation: str
) -> tuple[Hit, ...]:
    """The judged act of ``_judging``: its genitive right after it is its agent (X's killing of
    Y), the phrase after that its victims; the judge takes sides against that agent. With no
    genitive party the act has no agent to name: no event."""
    after = _parties_after(s, m)
    agent = after[0] if after and after[0].start == m.end else None
    followed = agent is not None and len(after) > 1 and _victims_follow(s, agent, after[1])
    if agent is None or not (followed or force_wielder(agent)):
        return hits  # "أدانت تركيا قتل المدنيين": the genitive is who was killed; no agent named
    if judge >= 0 and hits[judge].objects is None and lex.relations[hits[judge].relation].takes_sides:
        hits = put(hits, judge, replace(hits[judge], objects=agent))
    victims = after[1] if followed else None
    state = event_state(lex, s, m.start, victims)
    rel = lex.relations[relation]
    victims = victims or implied(s, rel.implied_victims, state, m)
    if victims is None:
        return hits
    if rel.irregular_form and all(a.entity.type == "ArmedGroup" for a in agent.acting):
        relation = rel.irregular_form
    return (*hits, Hit(m, relation, subject=agent, subject_from="genitive", objects=victims, one_sided=True))


def _victims_follow(s: Sentence, agent: Group, victims: Group) -> bool:
    """Whether ``victims`` stand right after the genitive agent, or behind their count only
    ("بقتل الجيش الإسرائيلي خمسة مدنيين فلسطينيين": the count opens the object)."""
    between = range(agent.end, victims.start)
    return len(between) <= 2 and all(k in s.counts for k in between)


def _deed_on_people(s: Sentence, m: PhraseMatch) -> bool:
    """ "المدنيين الذين قتلتهم إسرائيل": a verb of killing or wounding right after a relative
    pronoun on people, carrying their pronoun, with its doer named right after it, tells what that
    party did to them, not who they are (as "المتظاهرين الذين تجمعوا" does)."""
    if m.form.pos != "verb" or not m.form.pronoun_object or m.start <= s.span.start:
        return False
    if s.norm(m.start - 1).lstrip(CONJUNCTION_LETTERS) not in HUMAN_RELATIVES:
        return False
    g = next(iter(s.groups_from(m.end, m.end + 1)), None)
    return g is not None and g.start == m.end and g.marker is None and bool(g.acting)


def _told_before(s: Sentence, g: Group) -> bool:
    """ "وهتف المتظاهرون": a definite crowd no count introduces is the crowd of a protest the text
    has already told; what it does next is that protest's detail, not a protest reported here."""
    word = token_text(s, g.start)
    return without_conjunction(word).startswith(ARTICLE) and not s.counted(g)


def _crowd_acts(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "وهتف متظاهرون", "ورفع محتجون لافتات": protesters doing what crowds do protest, the
    government of their place where they name no target. One such event per sentence, and none
    beside a protest its triggers already tell; none by a crowd told before (``_told_before``)."""
    cue = lex.cue_set.crowd_act
    rel = lex.relations[cue.codes_as] if cue.codes_as else None
    if rel is None or any(h.relation == cue.codes_as and h.subject is not None for h in hits):
        return hits
    for m in s.cues[cue]:
        if m.form.pos != "verb" or _background(lex, s, m.start):
            continue
        # the crowd right after the verb: in the gap of a phrase ("رفع المتظاهرون لافتات"), or after it
        crowd = next(iter(s.groups_from(m.start + 1, m.end + 1)), None) or s.group_before(m.start, 1)
        if crowd is None or crowd.marker is not None or not crowd.acting:
            continue
        # a crowd told before in a phrase's gap ("رفع المتظاهرون لافتات ضد") stays a detail of the
        # protest told before, even facing a party: so read, it raised alarms on difficult noes
        gap = m.start < crowd.start < m.end
        if _told_before(s, crowd) and (gap or _faced_party(lex, s, m.end, s.segment(m.start)[1]) is None):
            continue
        if _civilian_crowd(crowd):
            return (*hits, _crowd_protest(lex, s, m, cue, crowd))
    return hits


def _faced_party(lex: ArabicLexicon, s: Sentence, after: int, before: int | None = None) -> Group | None:
    """ "وهتف المتظاهرون ضد الحكومة", "وهتفوا بشعارات مناهضة للحكومة الكينية": the party right after a word
    of what a crowd is against (gk:ChantCue) standing from token ``after`` (and before ``before``).
    Naming whom it faces, the act of a crowd told before is a protest the sentence reports, not a
    detail of one told earlier (``_crowd_acts``)."""
    for c in s.cues[lex.cue_set.chant]:
        g = next(iter(s.groups_from(c.end, c.end + 1)), None)
        inside = after <= c.start and (before is None or c.start < before)
        if inside and g is not None and g.acting and not _is_place_group(lex, s, g):
            return g
    return None


def _dispersed_crowd(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "استخدمت الشرطة الغاز لتفريق مئات المتظاهرين": a crowd of protesters counted right after
    a word of breaking up a crowd (gk:RepressionCue) was out protesting: their protest, the
    government of their place where no target is named. A crowd no count introduces is one told
    before (``_told_before``); none beside a protest the sentence already tells."""
    cue = lex.cue_set.crowd_act
    if cue.codes_as is None or any(h.relation == cue.codes_as and h.subject is not None for h in hits):
        return hits
    for m in s.cues[lex.cue_set.repression]:
        crowd = next(iter(s.groups_from(m.end, m.end + 3)), None)
        if crowd is None or crowd.marker is not None or not crowd.acting or not s.counted(crowd):
            continue
        if _civilian_crowd(crowd):
            return (*hits, _crowd_protest(lex, s, m, cue, crowd))
    return hits


def _crowd_not_addressed(lex: ArabicLexicon, s: Sentence, hit: Hit, hits: tuple[Hit, ...]) -> Hit:
    """ "تظاهر الطلاب ضد الولايات المتحدة": a crowd whose group noun took its state only from the
    document (a bare noun, or the relation's implied crowd) is of no state where that state is the
    one its protest names as addressed (``_addressed``) and the text settles it nowhere else (no
    place of it, no more mentions of it than those addressed, ``_named_beyond``): a crowd
    protesting against a state is not of it unless named so ("الطلاب الأمريكيون", "في نيويورك")."""
    rel = lex.relations[hit.relation]
    if rel.implied_target is None or hit.superseded or hit.subject is None:
        return hit
    crowd, targets = hit.subject.acting, _addressed(hit, hits)
    if not crowd or not targets or not all(a.implied or _bare_group_noun(a) for a in crowd):
        return hit
    states = {a.entity.country for a in crowd}
    state = next(iter(states))
    if len(states) != 1 or state is None or states != {a.entity.country for a in targets}:
        return hit
    if {a.entity.id for a in crowd} & {a.entity.id for a in targets}:
        return hit  # "العنف ضد المتظاهرين": the crowd itself, no party it addresses (a self-loop)
    entity = implied_entity(s.doc, "-", rel.implied_agent) if rel.implied_agent else None
    if entity is None or _named_beyond(lex, s, state, len(targets)):
        return hit
    members = tuple(replace(a, entity=entity) if a in crowd else a for a in hit.subject.members)
    return replace(hit, subject=replace(hit.subject, members=members))


def _addressed(hit: Hit, hits: tuple[Hit, ...]) -> tuple[Actor, ...]:
    """The parties a protest names as addressed: its own object where named, else the named
    object of the protest noun after it that says why its crowd gathered ("تظاهروا احتجاجا على
    السياسة الأمريكية", set aside as the same protest by ``_same_protest``)."""
    if hit.objects is not None and not any(a.implied for a in hit.objects.acting):
        return hit.objects.acting
    for h in hits:
        same = h.relation == hit.relation and h.superseded and h.pos == "noun" and h.start > hit.start
        if same and h.objects is not None and not any(a.implied for a in h.objects.acting):
            return h.objects.acting
    return ()


def _civilian_crowd(crowd: Group) -> bool:
    """A crowd of civilians (protesters, students ...), not a state's body or an armed group."""
    return all(a.entity.sector in sector_groups().civilian and a.entity.type == "Group" for a in crowd.acting)


def _crowd_protest(lex: ArabicLexicon, s: Sentence, m: PhraseMatch, cue: Cue, crowd: Group) -> Hit:
    """The crowd's protest at ``m``, facing whom ``_protest_target`` finds."""
    target = _protest_target(lex, s, Hit(m, cue.codes_as), crowd)
    return Hit(m, cue.codes_as, subject=crowd, subject_from="right", objects=target, one_sided=True)


def one_sided(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """The hits with the sides the text leaves unnamed where they report an event, and the
    casualty or explosion event no trigger covers, appended. A sentence about a disaster or an
    accident (``gk:NotAnAttackCue``) has no act of force completed and no casualty frame; a
    protest in it still is ("تظاهر الآلاف احتجاجا على الجوع")."""
    hits = tuple(_figurative_burst(lex, s, h) for h in hits)
    if s.cues[lex.cue_set.not_an_attack]:
        return _protests_only(lex, s, hits)
    return _set_aside(lex, s, _crowds_read(lex, s, _each_completed(lex, s, hits)))


def _each_completed(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """Each hit on its own, then beside the others: a bomb's verb, a call, words of force, an
    official's protest, the sides the text leaves unnamed; an act about nobody, a protest told
    twice, an act demanded of another."""
    hits = tuple(
        _complete(lex, s, _official(lex, s, _verbal(lex, s, _called_for(lex, s, _bombs_subject(lex, s, h)))))
        for h in hits
    )
    hits = tuple(_about_nobody(lex, s, h, hits) for h in hits)
    hits = tuple(_same_protest(s, h, hits) for h in hits)
    return tuple(_demanded_of(lex, h, hits) for h in hits)


def _crowds_read(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """The casualty and explosion frames appended, then what crowds do and undergo: dispersed,
    gathered for an occasion, not addressed; forces' own victims, judges who are no victims."""
    hits = _agent_phrase_read(lex, s, _dispersed_crowd(lex, s, _crowd_acts(lex, s, _frames(lex, s, hits))))
    hits = tuple(_for_an_occasion(lex, s, h, hits) for h in hits)
    hits = tuple(_own_forces_victims(lex, s, h) for h in hits)
    hits = tuple(_crowd_not_addressed(lex, s, h, hits) for h in hits)
    return _judges_not_victims(lex, s, hits)


def _set_aside(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """The hits a sentence of context, a rank in a series or a commentary sets aside, superseded."""
    if _context_opener(lex, s):
        hits = tuple(replace(h, superseded=True) if _unnamed_agent(lex, s, h) else h for h in hits)
    hits = tuple(replace(h, superseded=True) if _ranked_in_series(lex, s, h) else h for h in hits)
    # (the words of a sentence are counted only where there is a violent act to set aside)
    if not any(_violent(lex.relations[h.relation]) for h in hits) or not _commentary(lex, s):
        return hits
    return tuple(replace(h, superseded=True) if _violent(lex.relations[h.relation]) else h for h in hits)


def _for_an_occasion(lex: ArabicLexicon, s: Sentence, hit: Hit, hits: tuple[Hit, ...]) -> Hit:
    """ "واحتشد الآلاف في الساحة احتفالا بفوز المنتخب", "لاستقبال الرئيس", "لتشييع الضحايا": a
    crowd gathered in a clause that says it came for an occasion (gk:OccasionCue: a celebration, a
    welcome, a funeral) reports no protest, unless it chants against a party (gk:ChantCue) or a
    noun of protest in its clause says it protested too ("احتجاجا على")."""
    if hit.superseded or lex.relations[hit.relation].implied_target is None or s.cues[lex.cue_set.chant]:
        return hit
    lo, hi = s.clause(hit.start)
    if not any(lo <= m.start < hi for m in s.cues[lex.cue_set.occasion]):
        return hit
    protested = any(h.relation == hit.relation and h.pos == "noun" and lo <= h.start < hi for h in hits)
    return hit if protested else replace(hit, superseded=True)


def _bombs_subject(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "انفجرت قنبلة استهدفت حافلة إسرائيلية": a verb of force right after a bomb
    (gk:ExplosionCue) has the bomb for its subject; the nationality after the verb qualifies what
    it struck ("آلية عسكرية أمريكية": a noun and its adjectives between), never the agent (was:
    Israel attacking). No agent then, the struck party the object (round 20)."""
    g = hit.subject
    if (
        hit.pos != "verb"
        or g is None
        or not hit.end <= g.start <= hit.end + VICTIM_ADJECTIVES
        or any(s.group_at(j) is not None for j in range(hit.end, g.start))
        or not _violent(lex.relations[hit.relation])
    ):
        return hit
    if not all(a.kind == "demonym" for a in g.members) or not any(
        m.end == hit.start for m in s.cues[lex.cue_set.explosion]
    ):
        return hit
    return replace(hit, subject=None, subject_from="", objects=hit.objects or g)


def _burst_figure(lex: ArabicLexicon, s: Sentence, m: PhraseMatch) -> bool:
    """ "تفجرت الاحتجاجات", "انفجر القتال مجددا", "الخلاف الذي فجر الأزمة": a verb of bursting
    with a noun of what breaks out (``gk:BurstNounCue``) right after it, or right before the
    relative pronoun it follows, tells unrest or a quarrel breaking out, not a bomb going off."""
    if m.form.pos != "verb":
        return False
    cue = lex.cue_set.burst_noun
    if m.end < s.span.end and lex.is_cue(cue, s.norm(m.end)):
        return True
    before = m.start - 2
    return before >= s.span.start and s.norm(m.start - 1) in RELATIVE_PRONOUNS and lex.is_cue(cue, s.norm(before))


def _figurative_burst(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """A bombing told by a verb of bursting in its figurative sense (``_burst_figure``): superseded."""
    if hit.superseded or hit.relation != lex.cue_set.explosion.codes_as:
        return hit
    return replace(hit, superseded=True) if _burst_figure(lex, s, hit.match) else hit


FROM = normalize_token("من")


def _pronoun_agrees(a: Actor, pronoun: str) -> bool:
    """ "جنوده" a masculine owner (الجيش), "جنودها" a state or a feminine one (وزارة الدفاع)."""
    first = a.text.split()[0] if a.text else ""
    feminine = a.entity.type == "Country" or without_conjunction(first).endswith("ة")
    return pronoun in ("ه", "ها") and feminine == (pronoun == "ها")


def _forces_owner(s: Sentence, before: int, pronoun: str) -> Group | None:
    """The nearest state or state force before token ``before`` the pronoun agrees with."""
    for g in reversed([g for g in s.groups if g.end <= before and len(g.acting) == 1]):
        a = g.acting[0]
        own = a.entity.type == "Country" or a.entity.sector in sector_groups().state
        if own and a.entity.country and not a.implied and _pronoun_agrees(a, pronoun):
            return g
    return None


def _enemy_forces(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "مصرع عشرين من عناصر العدو": casualties counted out of forces (``gk:OwnForcesCue``)
    whose owner right after them is the enemy (``gk:EnemyCue``) are the enemy's, whom the text
    does not name: neither the announcer's forces nor people of its state."""
    for i in range(hit.end, min(hit.end + VICTIM_REACH, s.span.end - 2)):
        forces = s.norm(i) == FROM and lex.is_cue(lex.cue_set.own_forces, s.norm(i + 1))
        if forces and s.norm(i + 2) in lex.written_words(lex.cue_set.enemy):
            return True
    return False


def _own_forces_victims(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "أعلن الجيش الكندي مصرع سبعة من جنوده", "مصرع تسعة من عناصرها": casualties counted
    out of forces with a possessive pronoun (``gk:OwnForcesCue``) are the forces of the state or
    state body the pronoun refers to, named before: the victims, not people of the place. A من
    whose word has no pronoun ("من المدنيين") is passed over; the enemy's forces are nobody's
    the text names (``_enemy_forces``)."""
    if hit.superseded or not hit.one_sided or not _violent(lex.relations[hit.relation]):
        return hit
    if _enemy_forces(lex, s, hit):
        return replace(hit, objects=None)
    for i in range(hit.end, min(hit.end + VICTIM_REACH, s.span.end - 1)):
        pronoun = own_forces_pronoun(lex, token_text(s, i + 1)) if s.norm(i) == FROM else None
        if not pronoun:
            continue
        owner = _forces_owner(s, hit.start, pronoun)
        if owner is None or (
            hit.subject is not None and owner.acting[0].entity.id in {a.entity.id for a in hit.subject.acting}
        ):
            return hit
        return replace(hit, objects=owner)
    return hit


def _same_protest(s: Sentence, hit: Hit, hits: tuple[Hit, ...]) -> Hit:
    """ "تجمع العشرات أمام السفارة الكندية احتجاجا على الصفقة": a protest noun whose crowd the text
    does not name, after a protest verb of its clause whose crowd it names or implies, says why that
    crowd gathered: the same protest, not a second one (whose implied crowd and target would come
    from the document alone)."""
    if hit.superseded or hit.pos != "noun" or hit.subject_from != "implied" or not hit.one_sided:
        return hit
    lo, _ = s.clause(hit.start)
    for h in hits:
        same = h.relation == hit.relation and h.pos == "verb" and lo <= h.start < hit.start
        if same and h.subject is not None and not h.superseded:
            return replace(hit, superseded=True)
    return hit


def _called_for(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "دعت النقابات في المغرب إلى إضراب عام", "دعت المعارضة إلى تنظيم مظاهرة ضد الحكومة": a
    crowd's act (a relation with gk:impliedTarget) named right after the إلى of a verb of calling
    to it (gk:CallToActCue), or after a verbal noun of holding it there (gk:HoldingNounCue), is the
    caller's act, called for and not yet held: expected, with the caller (the verb's subject, after
    or before it) as its subject."""
    rel = lex.relations[hit.relation]
    if rel.implied_target is None or hit.subject is not None or hit.pos != "noun":
        return hit
    at = hit.start - 1 - (s.norm(hit.start - 1) in lex.written_words(lex.cue_set.holding_noun))
    if at <= s.span.start or s.norm(at) != TO:
        return hit
    lo, _ = s.clause(hit.start)
    for m in s.cues[lex.cue_set.call_to_act]:
        if m.form.pos != "verb" or not lo <= m.start < at or _imperfect(m):
            continue
        called = replace(hit, forced_modality="expected")
        after = s.group_at(m.end)
        caller = after if after is not None and after.end <= at else s.group_before(m.start, 1)
        if caller is None or caller.marker is not None or not caller.acting:
            return called  # a caller the linker does not know: the act is still only called for
        return replace(called, subject=caller, subject_from="call")
    return hit


def _protests_only(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """``one_sided`` in a sentence about a disaster: the hits of a use of force or any other
    material conflict left as the triggers found them, the protests completed."""

    def protest(h: Hit) -> bool:
        return not lex.relations[h.relation].is_material_conflict

    hits = tuple(_complete(lex, s, _official(lex, s, _verbal(lex, s, h))) if protest(h) else h for h in hits)
    hits = tuple(_about_nobody(lex, s, h, hits) if protest(h) else h for h in hits)
    hits = _crowd_acts(lex, s, tuple(_demanded_of(lex, h, hits) if protest(h) else h for h in hits))
    if _context_opener(lex, s):
        hits = tuple(replace(h, superseded=True) if protest(h) and _unnamed_agent(lex, s, h) else h for h in hits)
    return tuple(replace(h, superseded=True) if protest(h) and _ranked_in_series(lex, s, h) else h for h in hits)


def _ranked_in_series(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "وهذا خامس هجوم انتحاري تشهده قندهار", "ويعد أحدث هجوم": an event noun the sentence ranks in a
    series ("this is the third", "it is the latest") is an act told before; the news is its rank."""
    i = hit.start - 1
    if hit.pos == "verb" or i - 1 < s.span.start or s.norm(i) not in lex.written_words(lex.cue_set.series_rank):
        return False
    # "وهذا هو رابع هجوم": the copula pronoun stands for the demonstrative
    return without_conjunction(s.norm(i - 1)) in SERIES_POINTERS


def _unnamed_agent(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether the hit's agent is the unnamed one its relation implies (unidentified attackers,
    protesters), supplied here or named only by role ("انتحاري", a suicide bomber)."""
    if hit.subject is None:
        return False
    institution = lex.relations[hit.relation].implied_agent

    def unnamed(a: Actor) -> bool:
        supplied = implied_entity(s.doc, a.entity.country or "-", institution) if institution else None
        return a.implied or (supplied is not None and supplied.id == a.entity.id)

    return all(unnamed(a) for a in hit.subject.members)


def _context_opener(lex: ArabicLexicon, s: Sentence) -> bool:
    """ "يأتي ذلك فيما ...", "وجاء هذا بعد ...": a sentence that opens by saying what the news
    before it comes after or beside gives that news its context; an act it names is not reported
    here, and no unnamed side is supplied for it."""
    if s.span.end - s.span.start < 2:
        return False
    verb, pronoun = (without_conjunction(s.norm(i)) for i in (s.span.start, s.span.start + 1))
    return verb in lex.written_words(lex.cue_set.context_verb) and pronoun in CONTEXT_DEMONSTRATIVES


def _commentary(lex: ArabicLexicon, s: Sentence) -> bool:
    """A sentence of more than ``COMMENTARY_WORDS`` words that names no time of the news (no
    "أمس", "اليوم", weekday) is commentary, analysis or history: the acts of force it names are
    what it argues from or recalls, not attacks it reports (a report says when)."""
    if s.cues[lex.cue_set.relative_time] or s.cues[lex.cue_set.weekday]:
        return False
    # (the words counted only as far as the bound)
    words = 0
    for word in s.words.texts[s.span.start : s.span.end]:
        if _ALNUM.search(word) is not None:
            words += 1
            if words > COMMENTARY_WORDS:
                return True
    return False


def _foreign_topic(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "تجمع طلاب أمام مكتب وزير التعليم الأردني للاحتجاج على سياسات الحكومة السورية": a
    protest by a named crowd whose object is a side of the state where it happens, with a party of
    another state named after it, addresses that party; its own state's side is where the crowd
    stood. An unnamed crowd keeps its object: its state is read from it."""
    if hit.subject is None:
        return hit  # (the unnamed crowd's state is read from whom it addresses, below)
    state = event_state(lex, s, hit.start, hit.subject)
    if state is None or any(a.entity.country != state for a in hit.objects.acting):
        return hit
    target = _protest_target(lex, s, hit, hit.subject)
    if target is None or target is hit.objects or all(a.implied for a in target.members):
        return hit
    return replace(hit, objects=target)


def _where_it_was(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """ "بوسط نيودلهي", "في وسط القاهرة": a protest's object that is a place, or a capital behind a
    preposition or a place noun, is where the crowd was, not whom it addresses; an embassy or a
    government before which it stands is whom ("أمام السفارة الإسرائيلية")."""
    return all(_is_place(lex, s, a) or _capital_where(lex, s, a) for a in g.members)


def _capital_where(lex: ArabicLexicon, s: Sentence, a: Actor) -> bool:
    """A capital standing behind a preposition or a place noun: a place, not its state."""
    return (
        a.kind == "metonym"
        and a.start > s.span.start
        and (_after_preposition(s, a.start) or lex.is_cue(lex.cue_set.place_noun, s.norm(a.start - 1)))
    )


def _demanded_of(lex: ArabicLexicon, hit: Hit, hits: tuple[Hit, ...]) -> Hit:
    """ "تجمع المتظاهرون مطالبين الحكومة التركية بالتدخل": what a crowd demands while it protests
    is what it protests for; the protest addresses whom the crowd makes its demand of."""
    inner = hits[hit.object_index] if hit.object_index is not None else None
    if inner is None or lex.relations[hit.relation].implied_target is None or inner.objects is None:
        return hit
    if inner.subject is None or hit.subject is None or inner.subject.start != hit.subject.start:
        return hit
    return replace(hit, objects=inner.objects, object_index=None)


def _where_crowds_are(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "تظاهر ... في وسط القاهرة", "في العاصمة تونس احتجاجا": a protest's subject that is a
    capital behind a preposition or a place noun, or a state named after a place noun, is where
    the crowd was, not the state ("قدمت بكين احتجاجا إلى طوكيو" is the state)."""
    if hit.subject is None or lex.relations[hit.relation].official_form is None:
        return False
    return all(
        _capital_where(lex, s, a) or (a.entity.type == "Country" and _is_place(lex, s, a)) for a in hit.subject.members
    )


def _official(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "احتجت مصر رسميا لدى إيران": an act whose implied agent is a crowd, done by a state or
    one of its institutions, is an official act, coded as the relation's ``gk:officialForm`` (a
    state that protests complains officially; it does not demonstrate); a strike or a sit-in
    read with a state as its subject is no relation at all. A counted nationality
    ("تظاهر آلاف الأتراك"), or a nationality standing as a noun ("اعتصم لبنانيون"), is a crowd of
    its people, not its state."""
    form = lex.relations[hit.relation].official_form
    if form is None or hit.subject is None or hit.superseded or not hit.subject.acting:
        return hit
    if hit.subject.end <= hit.start and any(hit.subject.end <= k < hit.start for k in s.counts):
        # "استخدم الجيش الغاز بهدف تفريق ألف متظاهر اعتصموا": a crowd counted between a party and a
        # protest verb is the verb's subject (an indefinite noun's descriptive clause); the party
        # before it does not protest
        return replace(hit, subject=None, subject_from="")
    if _state_protest_noun(lex, s, hit):
        return replace(hit, relation=form)
    if _taken_part_in(s, hit) and hit.objects is not None and hit.objects.end <= hit.start:
        hit = replace(hit, objects=None)  # "تجمع الطلاب في احتجاج أردني": the crowd is no target
    if s.counted(hit.subject) or all(a.kind == "demonym" and a.entity.type == "Country" for a in hit.subject.acting):
        return _crowd_of_nationals(lex, s, hit)
    if _where_crowds_are(lex, s, hit):
        return hit  # the capital where the crowd was (``_complete``)
    if all(_official_body(a) for a in hit.subject.acting):
        if any(lex.is_cue(lex.cue_set.strike, s.norm(p)) for p in hit.match.positions):
            # "أعلنت تونس الإضراب": no state strikes (``gk:StrikeCue``); a state read as the
            # subject of a strike is the wrong subject, and the strike no complaint of its
            return replace(hit, superseded=True)
        return replace(hit, relation=form)
    return hit


# Endings of a nationality in the plural (people) or the feminine singular (a thing, a plural)
_NOT_ADJECTIVE_OF_ONE = ("يون", "يين", "يات", "يه")


# Prepositions before an event noun that put people inside it ("في احتجاج", "خلال احتجاج"): a
# state makes a complaint, it is not taken part in.
_TAKING_PART = frozenset({"في", "خلال"})


def _state_protest_noun(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "احتجاج سويدي على الحكم", "احتجاجا كوبيا لدى": the singular protest noun
    (``gk:StateProtestNounCue``) whose subject is the nationality adjective right after it is
    that state's formal complaint; "احتجاجات سويدية" or "احتجاج السويديين" are its people."""
    g = hit.subject
    if g is None or g.marker is not None or len(g.acting) != 1 or g.acting[0].kind != "demonym":
        return False
    a, p = g.acting[0], hit.match.positions[-1]
    if a.entity.type != "Country" or a.start != p + 1 or s.norm(a.end - 1).endswith(_NOT_ADJECTIVE_OF_ONE):
        return False
    if _taken_part_in(s, hit):
        return False  # "خرج آلاف في احتجاج أردني": people take part in it, a crowd of that people
    return lex.is_cue(lex.cue_set.state_protest_noun, s.norm(p))


def _taken_part_in(s: Sentence, hit: Hit) -> bool:
    """Whether an event noun stands behind a preposition that puts people inside it
    (``_TAKING_PART``: "في احتجاج"), an event of a crowd, not a state's complaint."""
    if hit.pos == "verb":
        return False
    k = hit.match.start
    return k > s.span.start and s.norm(k - 1) in _TAKING_PART


def _official_body(a: Actor) -> bool:
    """A state, one of its institutions, or an international body ("احتجاج الاتحاد الأوروبي"):
    a party that can complain officially but does not take to the street."""
    return a.entity.type in ("Country", "InternationalOrganisation") or a.entity.sector in sector_groups().state


def _crowd_of_nationals(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "تظاهر آلاف الأتراك", "تظاهر فلسطينيون": a nationality as the crowd is that state's
    people (the relation's implied agent, ``gk:impliedAgent``), not the state: Turks protesting
    address their government, which the state itself could not. So are plain people counted
    ("تظاهر 30 تونسيا", "40 شخصا": civilians of a state) as the crowd, who keep their words and
    place (a participle after them, "مطالبين", is still theirs); a sector's people ("30 طالبا":
    students) stay who they are."""
    g = hit.subject
    acting = g.acting if g is not None else ()
    if g is None or len(acting) != 1 or not acting[0].entity.country:
        return hit
    institution = lex.relations[hit.relation].implied_agent
    if acting[0].entity.type == "Group" and acting[0].entity.sector in sector_groups().civilian and s.counted(g):
        entity = implied_entity(s.doc, acting[0].entity.country, institution) if institution else None
        if entity is None:
            return hit
        members = tuple(replace(a, entity=entity) if a is acting[0] else a for a in g.members)
        return replace(hit, subject=replace(g, members=members))
    if acting[0].entity.type != "Country":
        return hit
    crowd = implied(s, institution, acting[0].entity.country, hit.match)
    return replace(hit, subject=crowd) if crowd is not None else hit


# What a person's words can be aimed at (``_verbal``).
# Targets a person's words can be aimed at: people, international bodies, governments and
# political groups ("هاجم زعيم المعارضة الحكومة": criticism, not force).
_ADDRESSEES = frozenset({"Person", "InternationalOrganisation", "GovernmentBody", "Group"})
# What a speaker's words can be aimed at where no sign of force is in the clause: the above and
# states ("هاجم وزير الخارجية الإيراني الولايات المتحدة").
_SPOKEN_TO = _ADDRESSEES | {"Country"}
# Cues of force in the verb's clause: killing, wounding, an explosion (matched as phrases), and
# forces or arms (words, bare or with و, ب or the article).
_FORCE_EVENTS = ("killing", "wounding", "explosion")
_FORCE_WORDS = ("own_forces", "arms_kind")
# Parties an office title can head without its holder speaking for them: a commander of an army
# or a militia acts with force ("هاجم قائد الجيش البلدة").
_ARMED = frozenset({"ArmedForce", "ArmedGroup"})


def _verbal(lex: ArabicLexicon, s: Sentence, hit: Hit) -> Hit:
    """ "شن المندوب هجوما عنيفا على الأمين العام": an attack whose agents are persons and whose
    targets are persons or international bodies is words, coded as the relation's
    ``gk:verbalForm`` (criticism); so is one done in a speech ("في خطابه"), and a speaker's
    (``_speaker``) on a government, a group or a state with no sign of force in its clause
    ("هاجم زعيم المعارضة الحكومة")."""
    form = lex.relations[hit.relation].verbal_form
    if form is None or hit.superseded or hit.subject is None:
        return hit
    if _in_speech(lex, s, hit):
        return replace(hit, relation=form)
    if hit.objects is None:
        return hit
    if not hit.subject.acting or not hit.objects.acting:
        return hit
    if _persons(lex, s, hit.subject) and all(a.entity.type in _ADDRESSEES for a in hit.objects.acting):
        return replace(hit, relation=form)
    if _speaker(lex, s, hit) and all(a.entity.type in _SPOKEN_TO for a in hit.objects.acting):
        return hit if _forceful(lex, s, hit) else replace(hit, relation=form)
    return hit


def attacks_on_acts(lex: ArabicLexicon, s: Sentence, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "هاجم وزير الخارجية الإيراني الغارة الإسرائيلية على لبنان", "هاجم الرئيس العقوبات
    الأمريكية": a speaker's attack (``_speaker``) whose object, right after the verb or its
    subject, is another act (a trigger word of the sentence) is words about that act, coded as
    the relation's ``gk:verbalForm`` (criticism) and left to ``nest`` to aim at the act's agent;
    read as force, the critic was the attacker, of the act's victim or of no one."""
    starts = {h.start for h in hits if h.pos == "noun"}
    out = []
    for hit in hits:
        form = lex.relations[hit.relation].verbal_form
        if form is not None and hit.pos == "verb" and hit.subject is not None and _speaker(lex, s, hit):
            after = hit.subject.end if hit.subject.start == hit.end else hit.end
            if after in starts:
                hit = replace(hit, relation=form, objects=None)
        out.append(hit)
    return tuple(out)


def _forceful(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether the verb's clause names arms, forces, the killed or wounded or an explosion: the
    attack of a speaker with such signs is force ("هاجم الرئيس البلدة بالطائرات")."""
    lo, hi = s.clause(hit.start)
    events = (getattr(lex.cue_set, name) for name in _FORCE_EVENTS)
    if any(lo <= m.start < hi for c in events for m in s.cues[c]):
        return True
    words = frozenset().union(*(lex.written_words(getattr(lex.cue_set, name)) for name in _FORCE_WORDS))
    forms = ((s.norm(i), s.norm(i).lstrip("وب")) for i in range(lo, hi))
    return any(without_article(f) in words for pair in forms for f in pair)


# Prepositions that put an act inside a speech ("في خطابه", "خلال مؤتمر صحفي").
_IN_SPEECH = frozenset({"في", "خلال"})


def _in_speech(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """ "هاجم الرئيس الأمريكي إيران في خطابه": a verb of force done in a speech, a statement or
    an interview (``gk:SpeechCue`` behind في or خلال, in the verb's clause) is words. Not one the
    statement reports after its أن ("أكدت حماس في بيان أنها أطلقت صواريخ على إسرائيل")."""
    lo, hi = s.clause(hit.start)
    return any(
        lo < m.start < hi
        and s.norm(m.start - 1).lstrip("و") in _IN_SPEECH
        and not (m.end <= hit.start and that_between(lex, s, m.end, hit.start))
        for m in s.cues[lex.cue_set.speech]
    )


def _persons(lex: ArabicLexicon, s: Sentence, g: Group) -> bool:
    """Whether a group's actors are persons: named people, office titles, or an official the
    gazetteer does not know who acts for the state his title ends with ("المندوب الإسرائيلي":
    the nationality right after an office title's head)."""
    if all(a.entity.type == "Person" or a.kind == "title" for a in g.acting):
        return True
    if len(g.acting) != 1 or g.acting[0].kind != "demonym" or g.start == 0:
        return False
    return title_word(lex, s.norm(g.start - 1))


def _speaker(lex: ArabicLexicon, s: Sentence, hit: Hit) -> bool:
    """Whether the subject's actors are persons (``_persons``) or one party headed by an office
    title right before it ("زعيم المعارضة", "رئيس الحكومة"): its holder speaks. Not the commander
    of an army or a militia ("قائد الجيش"), who acts with force."""
    g = hit.subject
    if hit.match.first_person:  # "سنهاجم إسرائيل" in a leader's words: his state's force, not words
        return False
    if g is None or _persons(lex, s, g):
        return g is not None
    if len(g.acting) != 1 or g.start < 1 or g.acting[0].entity.type in _ARMED:
        return False
    if g.acting[0].kind == "demonym":  # "وزير الخارجية الفنزويلي"; not "قائد القوات الجوية الروسية"
        # the title lies between the verb and the nationality ("القصف الإسرائيلي" is no title's)
        words = min(4, g.start - hit.match.end)
        forces = lex.written_words(lex.cue_set.own_forces)
        stops = (forces | {ARTICLE + w for w in forces},)
        return words > 0 and ends_office_title(lex, s.doc, s.norms, s.span.start, g.start, words, stops)
    before = g.start - 2 if g.start > 1 and s.norm(g.start - 1) == "باسم" else g.start - 1  # "المتحدث باسم الحكومة"
    return title_word(lex, s.norm(before))


def _about_nobody(lex: ArabicLexicon, s: Sentence, hit: Hit, hits: tuple[Hit, ...]) -> Hit:
    """ "احتج المتظاهرون في موقع الهجوم": a protest about an act nobody is named to have done
    (an assertion that cannot be built) addresses whom a protest with no target addresses."""
    k = hit.object_index
    if k is None or hit.objects is not None or hits[k].subject is not None:
        return hit
    if lex.relations[hit.relation].implied_target is None:
        return hit
    return _complete(lex, s, replace(hit, object_index=None))


def keep_reported(hit: Hit) -> Hit:
    """An event this stage made or completed that is negated, hypothetical or future is no event
    (the unnamed attacker of an attack that did not happen is nobody): superseded."""
    if not hit.one_sided or hit.superseded:
        return hit
    if hit.negated or hit.future or hit.forced_modality is not None:
        return replace(hit, superseded=True)
    return hit
