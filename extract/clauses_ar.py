"""Clause finding, the first Arabic stage: a sentence read once into a ``Sentence`` value.

The linked mentions become actors (a title before a name joins its noun phrase), actors joined
by و or commas become one coordinated ``Group`` with the preposition that governs it, anaphors
("البلدين", "الأخير") become virtual actors from the discourse, and the sentence's trigger and
cue matches fix its clause boundaries: a verb with و/ف attached, a complementizer, a clause
boundary word or boundary punctuation opens a clause. Nothing after this stage changes the
``Sentence``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from geokg.ontology import sector_groups
from spacy.tokens import Doc, Span, Token

from .entities_ar import INFO_INDEX, case_differs, span_entity, span_info
from .gazetteer import office_day
from .lexicon_ar import MAX_VERB_GAP, ArabicLexicon, PhraseIndex, PhraseMatch
from .memo_ar import DocWords
from .modality_ar import obliged_verbal_nouns
from .model import Entity
from .morphology_ar import ARTICLE, CONJUNCTION_LETTERS, DEFINITE_STARTS
from .normalize import normalize_token
from .values_ar import (
    ABOUT,
    BOUNDARY_PUNCT,
    CLITIC_PREPOSITIONS,
    CONJUNCTION_TOKENS,
    INNA,
    LOCATIVE_ADVERBS,
    NON_ACTOR_KINDS,
    QUOTES,
    RELATIVE_PRONOUNS,
    SEPARATE_PREPOSITIONS,
    Actor,
    CueMatches,
    Discourse,
    Group,
    Hit,
    Sentence,
    ends_office_title,
    implied_entity,
    intent_noun_word,
    preposition_word,
    replace,
    title_word,
    without_article,
    without_conjunction,
)

__all__ = ["Entities", "find_clauses", "groups_of", "remember_pairs"]

# "especially", "in particular": what follows is a member of the group before (normalised).
ESPECIALLY = frozenset(
    normalize_token(w)
    for w in ("وخاصة", "خاصة", "وبخاصة", "خصوصا", "وخصوصا", "لاسيما", "ولاسيما", "لا", "ولا", "سيما", "بما", "فيها")
)


# Entity types that have members: "especially X" after them names one of their members.
COLLECTIVE_TYPES = frozenset({"Bloc", "InternationalOrganisation"})
ESPECIALLY_STRONG = ESPECIALLY - frozenset(normalize_token(w) for w in ("لا", "ولا", "بما", "فيها"))


class Entities:
    """A Doc's entity spans and words, read once (``doc.ents`` builds every span anew on each
    access, ``doc[i]`` a Token)."""

    def __init__(self, doc: Doc):
        self.words = DocWords(doc)
        self.spans = list(doc.ents)
        self.starts = [e.start for e in self.spans]
        ext = doc._  # (each read of Doc._ makes a new accessor)
        self._entities, self._infos = ext.geokg_entities, ext.geokg_span_info
        self._by_id: dict[str, Entity | None] = {}

    def entity(self, ent: Span) -> Entity | None:
        """``ent._.entity``, without reading the Doc's annotations again (one value per entity
        and Doc: a document names the same few states and people in sentence after sentence)."""
        key = ent.kb_id_
        found = self._by_id.get(key)
        if found is None and key not in self._by_id:
            found = self._by_id[key] = span_entity(ent, self._entities)
        return found

    def info(self, ent: Span, name: str):
        """``ent._.<name>`` of the linker's span annotations (``entities_ar.SPAN_INFO``)."""
        return span_info(ent, self._infos, INFO_INDEX[name])

    def within(self, sent: Span) -> list[Span]:
        lo = bisect.bisect_left(self.starts, sent.start)
        hi = bisect.bisect_left(self.starts, sent.end)
        return [e for e in self.spans[lo:hi] if e.end <= sent.end]


def credits_of(sent: Span, ents: Entities) -> tuple[int, ...]:
    """The tokens right after each credit line: "( الفرنسية )", "( رويترز - أرشيف )" (a news
    agency in brackets, its first word). A credit closes a caption or a headline glued to the
    story: what a speaker said before it ends there."""
    doc, out = sent.doc, []
    for ent in ents.within(sent):
        if ent.start <= sent.start or doc[ent.start - 1].text != "(":
            continue
        close = next((i for i in range(ent.end, min(ent.end + 4, sent.end)) if doc[i].text == ")"), None)
        entity = ents.entity(ent)
        if close is None or entity is None:
            continue
        if entity.type == "MediaOutlet" or (ents.info(ent, "mention_kind") == "demonym" and close == ent.end):
            out.append(close + 1)
    return tuple(out)


def _triggers_into_actors(
    lex: ArabicLexicon,
    actors: list[Actor],
    found: list[PhraseMatch],
    norms: list[str],
    texts: list[str],
    offset: int,
    blocked: frozenset[int],
    starts: list[int],
) -> list[PhraseMatch]:
    """``found`` with the triggers whose later words begin an actor's name and end inside it:
    "نشر قوات حفظ السلام الدولية" is the act of deploying the UN's peacekeepers (the force named
    alone stays an actor; ``find_clauses`` drops an actor whose words a trigger took). Only a
    trigger starting before the actor, within a verb's gap; it replaces a shorter one at its start
    ("أرسل" alone) and takes no word another trigger holds (``starts``: where a trigger may
    start, ``ArabicLexicon.trigger_starts``)."""
    by_start = {m.start: m for m in found}
    used = {p for m in found for p in m.positions}
    present = set(norms)
    for a in actors:
        start, end = a.start - offset, a.end - offset
        if end - start < 2 or start in used:
            continue
        # (only where a trigger may start: this runs for every name of two words or more)
        lo, hi = bisect.bisect_left(starts, start - MAX_VERB_GAP - 1), bisect.bisect_left(starts, start)
        if lo == hi:
            continue
        free = blocked - set(range(start, end))
        for i in starts[lo:hi]:
            old = by_start.get(i)
            if i in free or (i in used and old is None):
                continue
            held = used - set(old.positions) if old else used
            m = lex.triggers.match_at(norms, i, free, texts, held, present)
            if m is not None and start in m.positions and m.end < end:
                by_start[i], used = m, held | set(m.positions)
                break
    return sorted(by_start.values(), key=lambda m: m.start)


def actors_of(sent: Span, ents: Entities) -> list[Actor]:
    """The sentence's linked mentions as actors, in order."""
    out = []
    doc = sent.doc
    for ent in ents.within(sent):
        entity = ents.entity(ent)
        if entity is None:
            continue
        kind = ents.info(ent, "mention_kind") or "name"
        if (
            kind == "demonym"
            and ent.start > sent.start
            and ent.end < sent.end
            and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")"
        ):
            continue  # "( الفرنسية )" credits a news agency (AFP), it does not name France
        # A title before the name belongs to its noun phrase: "زيارة [الرئيس الإيراني مسعود بزشكيان]".
        title_start = ents.info(ent, "title_start")
        start = title_start if title_start is not None and sent.start <= title_start < ent.start else ent.start
        # An undated document's title names the holder at the run date, and says so.
        as_of = office_day(None) if kind == "title" and entity.type == "Person" and not doc._.geokg_date else None
        out.append(Actor(entity, start, ent.end, kind, ent.text, ent.start_char, ent.end_char, as_of=as_of))
    return out


def _news_people(lex: ArabicLexicon, actors: list[Actor]) -> list[Actor]:
    """ "اعتقلت إسرائيل الصحفيين الفرنسيين": a state's press named by a noun of people
    (gk:PeopleNounCue: صحفيين، صحافيين) is its journalists, people an act can befall, not a
    newspaper ("الصحف الفرنسية" stays an outlet that only reports)."""
    out = []
    for a in actors:
        head = without_article(normalize_token(a.text.split()[0])) if a.text.split() else ""
        news_people = a.entity.type == "MediaOutlet" and lex.is_cue(lex.cue_set.people_noun, head)
        out.append(replace(a, people=True) if news_people else a)
    return out


def _placed_demonyms(lex: ArabicLexicon, sent: Span, actors: list[Actor], norms: list[str]) -> list[Actor]:
    """ "في مدينة تامبيري الفنلندية": a definite nationality adjective after a name the
    gazetteer does not know (no article: a proper noun), itself after a place word, describes
    that place. It states where, so it is a place, never a party."""
    linked = {i for a in actors for i in range(a.start, a.end)}
    out = []
    for a in actors:
        k = a.start - sent.start
        if a.kind == "demonym" and k >= 2 and norms[k].lstrip(CONJUNCTION_LETTERS).startswith(ARTICLE):
            name, before = norms[k - 1], norms[k - 2]
            before = before[1:] if before[:1] in CONJUNCTION_LETTERS and len(before) > 2 else before  # "وفي", not "في"
            if (
                a.start - 1 not in linked
                and name.isalpha()
                and not name.startswith(DEFINITE_STARTS)
                and lex.is_cue(lex.cue_set.place_noun, before)
            ):
                a = replace(a, kind="place")
        out.append(a)
    return out


def _made_in(lex: ArabicLexicon, sent: Span, actors: list[Actor], norms: list[str]) -> list[Actor]:
    """ "بصاروخ إيراني الصنع", "من صنع روسي": a nationality adjective next to a word of making
    (gk:MadeInCue) says where a weapon or good was made. The maker is no party to the act, so
    the adjective is dropped from the actors (it was read as the target or the agent); so is a
    state after "مصنوع في" (gk:MadeInPlaceCue)."""

    made, made_at = lex.cue_set.made_in, lex.cue_set.made_in_place
    # "وزير الاقتصاد والتجارة والصناعة الياباني": the noun of industry in a minister's portfolio,
    # its nationality the minister's state, not where a good was made
    # (asked of nationalities only: no other kind is a maker)
    titled = frozenset(
        a.start
        for a in actors
        if a.kind == "demonym" and ends_office_title(lex, sent.doc, norms, sent.start, a.start, 5)
    )

    def word_of(k: int, cue: object) -> bool:
        return 0 <= k < len(norms) and lex.is_cue(cue, norms[k])  # type: ignore[arg-type]

    def maker(a: Actor) -> bool:
        k, end = a.start - sent.start, a.end - sent.start
        if k >= 2 and norms[k - 1] == "في" and word_of(k - 2, made_at):
            return True
        if a.kind != "demonym" or (a.start in titled and not word_of(end, made)):
            return False
        return word_of(end, made) or word_of(k - 1, made)

    return [a for a in actors if not maker(a)]


EACH_OF = frozenset({"كل", "كلا"})  # "كل من" / "كلا من": each of


def marker_before(lex: ArabicLexicon, doc: Doc, start: int, sent_start: int) -> str | None:
    """The preposition governing a name that starts at token ``start``."""
    if start <= sent_start:
        return None
    prev = doc[start - 1]
    norm = prev.norm_
    if norm.lstrip("و") in lex.written_words(lex.cue_set.honorific) and start - 1 > sent_start:
        return marker_before(lex, doc, start - 1, sent_start)  # "من فخامة الرئيس": past the honorific
    if not prev.whitespace_ and norm in CLITIC_PREPOSITIONS:
        return CLITIC_PREPOSITIONS[norm]
    if _expressing_verb(doc, start, sent_start, norm):
        return None  # "وعبر الوزير عن قلقه": the verb عبر (expressed), whose subject the name is
    if norm[:1] in CONJUNCTION_LETTERS and norm[1:] in SEPARATE_PREPOSITIONS:
        return norm[1:]  # "وفي باريس", "ومن موسكو"
    if norm in LOCATIVE_ADVERBS or (norm[:1] in CONJUNCTION_LETTERS and norm[1:] in LOCATIVE_ADVERBS):
        return norm.lstrip(CONJUNCTION_LETTERS)
    if _source_word(lex, norm):
        # "بحسب X، هاجمت ...": the source of the sentence's words is no bare subject of its verbs
        return without_conjunction(norm)
    if norm == SPEAKING_FOR and start - 3 >= sent_start and _source_word(lex, doc[start - 3].norm_):
        return without_conjunction(doc[start - 3].norm_)  # "بحسب المتحدث باسم الحكومة X، ..."
    if norm in SEPARATE_PREPOSITIONS:
        # "إلى كل من X و Y": the preposition before "كل من" governs the names; with none before
        # it ("زار كلا من X و Y", "شارك كل من X و Y") they are a bare noun phrase.
        if norm == "من" and start - 2 >= sent_start and doc[start - 2].norm_ in EACH_OF:
            before = doc[start - 3].norm_ if start - 3 >= sent_start else ""
            return before if before in SEPARATE_PREPOSITIONS else CLITIC_PREPOSITIONS.get(before)
        return norm
    # "من قبل" (by): the agent of a passive; "على يد", "على أيدي", "بأيدي" (at the hands of) too.
    if start - 2 >= sent_start and norm in ("قبل", "جانب") and doc[start - 2].norm_ == "من":
        return "من قبل"
    if norm == "بايدي" or (start - 2 >= sent_start and norm in ("يد", "ايدي") and doc[start - 2].norm_ == "علي"):
        return "من قبل"
    return None


_VIA = normalize_token("عبر")  # also the verb "expressed", unvowelled


def _expressing_verb(doc: Doc, start: int, sent_start: int, norm: str) -> bool:
    """Whether the word before a name is the verb عبر ("expressed") rather than the preposition
    "via" it is written as without vowels: it opens its sentence and عن follows the name within
    ``MAX_VERB_GAP`` words ("وعبر الرئيس المصري عن قلقه"), where a route ("عبر الحدود") does not."""
    if without_conjunction(norm) != _VIA or start - 1 != sent_start:
        return False
    return any(t.norm_ == ABOUT for t in doc[start : min(len(doc), start + MAX_VERB_GAP + 1)])


# "متحدث باسم الجيش": in the name of, speaking for (the body after it speaks)
SPEAKING_FOR = normalize_token("باسم")


def _source_word(lex: ArabicLexicon, norm: str) -> bool:
    """A one-word attribution phrase ("بحسب", "حسب"), with or without its conjunction."""
    words = lex.written_words(lex.cue_set.attribution)
    return norm in words or without_conjunction(norm) in words


def _has_title(doc: Doc, actor: Actor) -> bool:
    return not actor.virtual and bool(doc[actor.start : actor.end]._.office)


def _strip_proclitics(norm: str) -> list[str]:
    return [norm, norm[1:], norm[2:]] if len(norm) > 3 else [norm]


def _joins(lex: ArabicLexicon, doc: Doc, sent: Span, g: Group, actor: Actor, norms: list[str]) -> bool:
    """Whether ``actor`` is coordinated with the group before it ("روسيا وكوريا", "الدول الغربية
    وخاصة الولايات المتحدة")."""
    norms = norms[g.end - sent.start : actor.start - sent.start]  # the words between them
    # "الملك عبدالله وسمو أمير دولة الكويت": an honorific after و opens the next phrase
    if norms and norms[-1][:1] == "و" and norms[-1][1:] in lex.written_words(lex.cue_set.honorific):
        norms = [*norms[:-1], "و"]
    # (a comma alone is no "especially": apposition or a list, below)
    especially = any(n in ESPECIALLY for n in norms) and all(n in ESPECIALLY or n == "،" for n in norms)
    if especially and actor.kind not in NON_ACTOR_KINDS:
        return all(m.kind not in NON_ACTOR_KINDS for m in g.members)
    joinable = (bool(norms) and all(n in CONJUNCTION_TOKENS for n in norms)) or (
        not norms and actor.virtual and g.members[-1].virtual  # the two countries an anaphor stands for
    )
    joinable = joinable or _in_addition(lex, norms)
    # "العدوان العسكري الأمريكي البريطاني": stacked nationality adjectives are co-agents, as
    # adjectives of one noun they agree in case ("مستوطنون إسرائيليون فلسطينيين": two phrases).
    if not norms and actor.kind == "demonym" and g.members[-1].kind == "demonym":
        joinable = not case_differs(doc[g.end - 1].norm_, doc[actor.end - 1].norm_)
    # "والد كيم جونغ أون، كيم جونغ إيل": a comma alone between two names is apposition.
    if joinable and norms and all(n in ("،", ",") for n in norms) and len(g.members) == 1:
        nxt = "" if actor.end >= sent.end else doc[actor.end].norm_
        joinable = nxt in ("و", "،", ",")
    # A title may stand between "و" and the next name ("بوتين والزعيم الكوري كيم"); after a
    # comma only a separate "و" ("نظيرها الروسي، والتقت وزير الخارجية الصيني" is a new clause).
    lead = norms[:2] if norms[:1] == ["،"] else norms[:1]
    if not joinable and lead in (["و"], ["،", "و"]) and len(norms) <= 5 and _has_title(doc, actor):
        joinable = not any(n in SEPARATE_PREPOSITIONS or n in BOUNDARY_PUNCT for n in norms[1:])
    toward = g.marker in lex.written_words(lex.cue_set.toward)  # (gk:TowardCue: إلى, ل)
    if joinable and toward and all(m.entity.country for m in (*g.members, actor)):
        return True  # "مساعدات إلى غزة والعراق": places and states a thing goes to, listed
    return joinable and all(m.kind not in NON_ACTOR_KINDS for m in g.members)


def _in_addition(lex: ArabicLexicon, between: list[str]) -> bool:
    """ "مساعدات للسودان واليمن، بالإضافة إلى الصومال": "in addition to" (gk:InAdditionToCue),
    after an optional comma or و, adds the next name to the list before it."""
    words = between[1:] if between and between[0] in _LIST_JOINERS else between
    if not words:
        return False
    phrases = lex.written_phrases(lex.cue_set.in_addition_to)  # (normalised)
    if tuple(words) in phrases:
        return True
    return words[0][:1] == "و" and (words[0][1:], *words[1:]) in phrases  # "وإضافة إلى", "وفضلا عن"


_LIST_JOINERS = frozenset({"،", ",", "و"})  # what may stand before "in addition to"
_THEN = frozenset({"و", "ثم", "وثم", "،", ","})


def _same_preposition(lex: ArabicLexicon, doc: Doc, sent: Span, g: Group, actor: Actor, norms: list[str]) -> bool:
    """ "إلى دمشق وإلى بيروت", "على إيران وعلى كوريا الشمالية", "إلى دمشق ثم إلى بيروت": a name
    behind the same preposition repeated after "و" or "ثم" is coordinated with the one before."""
    between = norms[g.end - sent.start : actor.start - sent.start]
    if g.marker is None or not 1 <= len(between) <= 3 or not all(m.kind not in NON_ACTOR_KINDS for m in g.members):
        return False
    *joining, last = between
    if not all(n in _THEN for n in joining):
        return False
    preposition = last[1:] if last[:1] in CONJUNCTION_LETTERS and last[1:] == g.marker else last
    return preposition == g.marker and marker_before(lex, doc, actor.start, sent.start) == g.marker


def _especially_host(sent: Span, groups: list[Group], actor: Actor, norms: list[str]) -> int | None:
    """ "ضغوط الدول الأوروبية عليها خاصة ألمانيا", "الدول الغربية لإيران خاصة الولايات
    المتحدة": "especially X" names a member of a collective (a bloc, an organisation), which
    a single state is not: X joins the nearest collective just before, past an object pronoun
    or a single state, rather than the state. The index of that group in ``groups``, or None."""
    if not groups or actor.kind in NON_ACTOR_KINDS or actor.entity.type in COLLECTIVE_TYPES:
        return None
    j = actor.start - sent.start
    while j > 0 and norms[j - 1] in ESPECIALLY:
        j -= 1
    if not any(n in ESPECIALLY_STRONG for n in norms[j : actor.start - sent.start]):
        return None
    for k in range(len(groups) - 1, max(len(groups) - 3, -1), -1):
        g = groups[k]
        if any(m.entity.type in COLLECTIVE_TYPES for m in g.acting):
            gap = sent.start + j - g.end
            # the last group past a pronoun ("لها"), or the one before a single state ("لإيران")
            if (k == len(groups) - 1 and 0 < gap <= 2) or (k == len(groups) - 2 and 0 <= gap <= 4):
                return k
            return None
        if len(g.acting) != 1 or g.acting[0].entity.type != "Country" or k != len(groups) - 1:
            return None
    return None


def _titled_by_demonym(sent: Span, g: Group, actor: Actor, norms: list[str]) -> bool:
    """ "ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان": the nationality in a title
    the linker does not know belongs to the name that ends the title."""
    between = norms[g.end - sent.start : actor.start - sent.start]
    return (
        len(g.members) == 1
        and g.members[0].kind == "demonym"
        and g.members[0].entity.country == actor.entity.country
        and len(between) <= 5
        and not any(n in SEPARATE_PREPOSITIONS or n in BOUNDARY_PUNCT or n in CONJUNCTION_TOKENS for n in between)
    )


def _headed_demonym(lex: ArabicLexicon, doc: Doc, sent: Span, actor: Actor) -> tuple[Actor, str | None]:
    """ "مع وفد روسي", "بنظيره الروسي": the preposition before the noun governs, and the noun is
    the head of the phrase the adjective names a party with (gk:ActorNounCue)."""
    marker = marker_before(lex, doc, actor.start, sent.start)
    if actor.kind != "demonym" or marker is not None or actor.start <= sent.start:
        return actor, marker
    prev = doc[actor.start - 1]
    actor_nouns = lex.cue(lex.cue_set.actor_noun)
    if not any(f in actor_nouns for f in _strip_proclitics(prev.norm_)):
        return actor, _title_marker(lex, doc, sent, actor)
    return _actor_noun_head(lex, doc, sent, actor, prev, actor_nouns)


def _title_marker(lex: ArabicLexicon, doc: Doc, sent: Span, actor: Actor) -> str | None:
    """ "خلال محادثاته مع رئيس الوزراء الماليزي", "مع وزير الخارجية الماليزي": the preposition
    before an office title (a title word at most three plain words back) governs the nationality
    that ends it."""
    for k in range(actor.start - 1, max(sent.start, actor.start - 4), -1):
        if doc[k].ent_type_ or not doc[k].norm_.isalpha():
            return None
        if title_word(lex, doc[k].norm_):
            # "رئيس الوزراء": a title of several title words opens at the first
            while k - 1 > sent.start and not doc[k - 1].ent_type_ and title_word(lex, doc[k - 1].norm_):
                k -= 1
            return marker_before(lex, doc, k, sent.start)
    return None


def _actor_noun_head(
    lex: ArabicLexicon, doc: Doc, sent: Span, actor: Actor, prev: Token, actor_nouns: PhraseIndex
) -> tuple[Actor, str | None]:
    """The demonym's actor noun before it as the head of its phrase, with its preposition."""
    if case_differs(prev.norm_, doc[actor.end - 1].norm_):
        return actor, None  # "مستوطنون فلسطينيين": the noun's own phrase, the adjective another's
    marker = marker_before(lex, doc, actor.start - 1, sent.start)
    actor = replace(actor, start=actor.start - 1)
    if marker is None and prev.norm_[:1] in "بل" and prev.norm_[1:] in actor_nouns:
        marker = prev.norm_[0]
    return actor, marker


def groups_of(lex: ArabicLexicon, doc: Doc, sent: Span, actors: list[Actor], norms: list[str]) -> tuple[Group, ...]:
    """The actors as coordinated noun phrases, each with the preposition governing it."""
    groups: list[Group] = []
    for actor in actors:
        host = _especially_host(sent, groups, actor, norms)
        if host is not None:
            g = groups[host]
            # past a single state, the host keeps its span (the state's group stays whole)
            end = actor.end if host == len(groups) - 1 else g.end
            groups[host] = replace(g, members=(*g.members, actor), end=end)
            continue
        if (
            groups
            and actor.kind not in NON_ACTOR_KINDS
            and (
                _joins(lex, doc, sent, groups[-1], actor, norms)
                or _same_preposition(lex, doc, sent, groups[-1], actor, norms)
            )
        ):
            g = groups[-1]
            groups[-1] = replace(g, members=(*g.members, actor), end=actor.end)
            continue
        if (
            groups
            and actor.entity.type == "Person"
            and not actor.virtual
            and _titled_by_demonym(sent, groups[-1], actor, norms)
        ):
            g = groups[-1]
            groups[-1] = Group((replace(actor, start=g.start),), g.start, actor.end, g.marker)
            continue
        actor, marker = _headed_demonym(lex, doc, sent, actor)
        groups.append(Group((actor,), actor.start, actor.end, marker))
    return tuple(groups)


def _partitives(
    lex: ArabicLexicon, doc: Doc, sent: Span, groups: tuple[Group, ...], norms: list[str]
) -> tuple[Group, ...]:
    """ "اعتدت قوة من الشرطة التونسية على": a part of a body ("قوة من", "مجموعة من") is the body
    acting; the group starts at the part's noun and takes the preposition before that, if any."""
    out = []
    for g in groups:
        k = g.start - 2 - sent.start
        # a body, not people: "مجموعة من المستوطنين الإسرائيليين" stays a phrase of its own
        named = any(a.kind != "demonym" and a.entity.sector not in sector_groups().civilian for a in g.acting)
        # "قيادي في حماس" is one of the movement; "جنود في العراق" are soldiers somewhere, but
        # "مسؤولين في الأردن" are the state's (gk:OfficeHolderCue)
        member_of = g.marker == "في" and all(a.entity.type != "Country" and a.kind != "place" for a in g.members)
        of_state = g.marker == "في" and all(a.entity.type == "Country" for a in g.members)
        part = _partitive_at(lex, norms, k) if (g.marker == "من" or member_of or of_state) and named else None
        if (
            part is not None
            and of_state
            and not lex.is_cue(lex.cue_set.office_holder, without_conjunction(norms[part]))
        ):
            part = None
        if part is not None:
            g = replace(g, start=sent.start + part, marker=marker_before(lex, doc, sent.start + part, sent.start))
        elif g.marker is None and _construct_part(lex, norms, k + 1) and _named_body(g):
            # "وهاجم مقاتلو حركة الشباب", "مسلحو طالبان": the plural in construct heads the phrase
            # (the verb agrees with it); a mention of it the linker gave the same body is that
            # phrase too, not a second party
            start = sent.start + k + 1
            if out and out[-1].end == start + 1 and out[-1].start == start and _same_body(out[-1], g):
                out.pop()
            g = replace(g, start=start, marker=marker_before(lex, doc, start, sent.start))
        elif (adjective := _belonging_at(lex, norms, k + 1, g)) is not None:
            g, merged = _belonging_phrase(lex, doc, sent, norms, g, out, adjective)
            if merged:
                out.pop()
        out.append(g)
    return tuple(out)


# What men or things belong to when they act as its own (``_belonging_at``): forces and armed groups,
# and the international bodies that field forces ("طائرات تابعة لحلف الأطلسي")
_BELONGED_TYPES = frozenset({"ArmedGroup", "ArmedForce", "InternationalOrganisation"})


def _unnamed(g: Group) -> bool:
    """Whether a group is only group nouns the linker composed ("مسلحون", "جنود"), no name."""
    return bool(g.acting) and all(a.kind == "composed" for a in g.acting)


def _belonging_phrase(
    lex: ArabicLexicon, doc: Doc, sent: Span, norms: list[str], g: Group, out: list[Group], adjective: int
) -> tuple[Group, bool]:
    """The phrase of ``g``, a body behind ل after the adjective of belonging at Doc token
    ``adjective`` (``_belonging_at``), and whether it takes in the group found right before the
    adjective.

    "وهاجم مسلحون تابعون لحركة الشباب": the men are the body they belong to (the linker may have
    given them it): one phrase, no second party (read apart, the body faced itself or was whom its
    own men struck). "وهاجم مقاتلون تابعون لـ", "عناصر تابعة لـ": a part's noun no party names
    (gk:PartitiveNounCue, a sound plural in ون as in ين) heads the body's phrase, as in construct;
    so do a force's arms ("وهاجمت مروحيات تابعة للقوات الأمريكية", gk:OwnForcesCue: read apart,
    the force was struck). Any other thing before the adjective is left as it was: so read, it
    lost an attack of the check half."""
    before = out[-1] if out and out[-1].end == adjective else None
    if before is not None:
        same = _same_body(before, g) or _unnamed(before)
        return (replace(g, start=before.start, marker=before.marker), True) if same else (g, False)
    w = without_conjunction(norms[adjective - 1 - sent.start]) if adjective - 1 > sent.start else ""
    part = lex.is_cue(lex.cue_set.partitive, w) or (
        w.endswith("ون") and lex.is_cue(lex.cue_set.partitive, w[:-2] + "ين")
    )
    part = part or lex.is_cue(lex.cue_set.own_forces, w)
    if not part:
        return g, False
    return replace(g, start=adjective - 1, marker=marker_before(lex, doc, adjective - 1, sent.start)), False


def _belonging_at(lex: ArabicLexicon, norms: list[str], k: int, g: Group) -> int | None:
    """The Doc token of an adjective of belonging (``gk:BelongingCue``: "تابعون", "التابعة") right
    before the ل of ``g``, a force or armed group named (word ``k`` of the sentence is that ل when
    the tokenizer split the clitic off), else None."""
    forces = bool(g.acting) and all(a.entity.type in _BELONGED_TYPES for a in g.acting)
    if k < 1 or g.marker != "ل" or not forces or any(a.kind == "demonym" for a in g.acting):
        return None
    word = k - 1 if norms[k] == g.marker else k  # the adjective: before the split clitic, if any
    if not lex.is_cue(lex.cue_set.belonging, without_conjunction(norms[word])):
        return None
    return g.start - (k + 1 - word)


def _construct_part(lex: ArabicLexicon, norms: list[str], k: int) -> bool:
    """Whether word ``k`` is a part's noun in construct: a sound plural that has lost its ن
    ("مقاتلو", "مقاتلي" of "مقاتلين") or a broken plural ("عناصر") of ``gk:PartitiveNounCue``."""
    if k < 0:
        return False
    w = without_conjunction(norms[k])
    if lex.is_cue(lex.cue_set.partitive, w) and not w.endswith(("ه", "ين", "ون")):
        return True
    return w[-1:] in ("و", "ي") and len(w) > 3 and lex.is_cue(lex.cue_set.partitive, w[:-1] + "ين")


def _named_body(g: Group) -> bool:
    """Whether a group is a named armed force or group: the body its fighters are part of."""
    return bool(g.acting) and all(a.kind == "name" and a.entity.type in ("ArmedGroup", "ArmedForce") for a in g.acting)


def _same_body(a: Group, b: Group) -> bool:
    """Whether two groups name the same entities (the linker gives "مسلحو" the body after it)."""
    return {x.entity.id for x in a.members} == {x.entity.id for x in b.members}


MAX_APPOSITION_WORDS = 4  # words of an apposed title before the state or body it ends with


def appositions(
    lex: ArabicLexicon, sent: Span, groups: tuple[Group, ...], norms: list[str], taken: set[int]
) -> tuple[Group, ...]:
    """ "التقى الشيخ صباح الأحمد أمير دولة الكويت اليوم بالملك", "واستقبل كوفي أنان الأمين العام
    لمنظمة الأمم المتحدة وزير الخارجية الإيراني": an office title right after a person's name, naming
    the state or body the person acts for, describes that person (an apposition); its state or
    body is no other party, so the name's group takes it in and the verb's object is looked for
    after it. Only where the title's state is the person's own, or its body an international
    organisation a person of no state serves: after a name, a title of another state is the VSO
    object ("استقبل بشار الأسد رئيس الوزراء التركي"). ``taken``: the Doc tokens of triggers."""
    out: list[Group] = []
    for g in groups:
        host = out[-1] if out else None
        if host is not None and (_apposed(lex, sent, host, g, norms, taken) or _placed_in(lex, sent, host, g, norms)):
            out[-1] = replace(host, end=g.end)
            continue
        out.append(g)
    return tuple(out)


def _apposed(lex: ArabicLexicon, sent: Span, host: Group, g: Group, norms: list[str], taken: set[int]) -> bool:
    """Whether group ``g`` is an office title apposed to the person that ends ``host``."""
    person = host.members[-1]
    if len(host.members) != 1 or person.virtual or person.kind != "name" or person.entity.type != "Person":
        return False
    if g.marker not in (None, "ل") or not g.acting or any(a.virtual for a in g.members):
        return False
    between = list(range(host.end - sent.start, g.start - sent.start))
    if between and norms[between[0]] in ("،", ","):
        between = between[1:]
    if len(between) > MAX_APPOSITION_WORDS or any(sent.start + k in taken for k in between):
        return False
    if between:
        opened = title_word(lex, norms[between[0]])
        plain = all(norms[k].isalpha() and norms[k] not in SEPARATE_PREPOSITIONS for k in between[1:])
        if not (opened and plain) or (g.marker == "ل") != (norms[between[-1]] == "ل"):
            return False
    elif g.members[0].kind != "title" or g.marker is not None:
        return False
    return all(_serves(person.entity, a.entity) for a in g.acting)


def _placed_in(lex: ArabicLexicon, sent: Span, host: Group, g: Group, norms: list[str]) -> bool:
    """ "في مينسك عاصمة روسيا البيضاء": a state after a place noun (gk:PlaceNounCue) right after a
    city of that state describes the city; it is the place's phrase, never the verb's object."""
    city = host.members[-1]
    if len(host.members) != 1 or city.kind not in ("place", "metonym") or g.marker is not None:
        return False
    between = [norms[k] for k in range(host.end - sent.start, g.start - sent.start)]
    if not between or len(between) > 2 or not all(lex.is_cue(lex.cue_set.place_noun, w) for w in between):
        return False
    return all(a.entity.country == city.entity.country and a.entity.type == "Country" for a in g.members)


def _serves(person: Entity, party: Entity) -> bool:
    """Whether a title naming ``party`` may be the office of ``person``: the same state, or an
    international organisation for a person of no state (or the person, the title's holder)."""
    if party.id == person.id:
        return True
    if person.country:
        return party.country == person.country
    return person.sector == "IGO" and party.type == "InternationalOrganisation"


def _partitive_at(lex: ArabicLexicon, norms: list[str], k: int) -> int | None:
    """Where the part's noun stands before "من" at ``k + 1``: right before it ("وحدة من"), or
    before one adjective ("قوات خاصة من الجيش"). A clitic و/ف comes off whole ("وحدة" is a
    unit, not و + حدة)."""

    def part(i: int) -> bool:
        if i < 0:
            return False
        w = norms[i]
        return lex.is_cue(lex.cue_set.partitive, w) or (
            w[:1] in CONJUNCTION_LETTERS and len(w) > 3 and lex.is_cue(lex.cue_set.partitive, w[1:])
        )

    if part(k):
        return k
    if k >= 1 and part(k - 1) and norms[k].endswith("ه") and not norms[k].startswith(ARTICLE):
        return k - 1  # an indefinite adjective after the part ("خاصة", "أمنية")
    return None


def remember_pairs(groups: tuple[Group, ...], hits: tuple[Hit, ...], discourse: Discourse) -> Discourse:
    """The discourse with the last pair of countries the text relates: "بين X و Y", or the two
    sides of an assertion. Names merely listed together ("الأوضاع في لبنان وفلسطين") are topics,
    not "the two countries"."""
    candidates = (
        [g.members for g in groups if g.marker == "بين"]
        + [h.subject.members for h in hits if h.pairwise and h.subject]
        + [(h.subject.members[:1] + h.objects.members[:1]) for h in hits if h.subject and h.objects]
    )
    for members in candidates:
        countries: list[Actor] = []
        for a in members:
            if a.entity.type == "Country" and all(c.entity.id != a.entity.id for c in countries):
                countries.append(a)
        if len(countries) == 2 and not any(a.virtual for a in members):
            discourse = discourse.with_pair((countries[0], countries[1]))
    return discourse


def remember_leaders(hits: tuple[Hit, ...], discourse: Discourse) -> Discourse:
    """The discourse with the two sides of the last relation between a person and another
    state's party ("استقبل الملك الأردني الرئيس المصري"), for "الزعيمان" in a later sentence."""
    for h in hits:
        if h.subject is None or h.objects is None:
            continue
        a, b = h.subject.members[0], h.objects.members[0]
        if a.virtual or b.virtual or "Person" not in (a.entity.type, b.entity.type):
            continue  # (an anaphor's parties are remembered already; two states are no leaders)
        if a.entity.country and b.entity.country and a.entity.country != b.entity.country:
            discourse = discourse.with_leaders((a, b))
    return discourse


def _past_trigger(doc: Doc, a: Actor, taken: set[int]) -> Actor | None:
    """An actor clear of the triggers' words; one whose head noun only is a trigger's last word
    ("انسحاب القوات الإسرائيلية": the forces of Israel) keeps its words after it, so its
    nationality still names the party; one inside a trigger otherwise is dropped."""
    if taken.isdisjoint(range(a.start, a.end)):
        return a
    if a.start not in taken or a.start + 1 >= a.end or not taken.isdisjoint(range(a.start + 1, a.end)):
        return None
    rest = doc[a.start + 1 : a.end]
    return replace(a, start=a.start + 1, text=rest.text, char_start=rest.start_char)


def _virtual(entity_actor: Actor, token: Token) -> Actor:
    return Actor(
        entity_actor.entity, token.i, token.i + 1, "anaphor", token.text, token.idx, token.idx + len(token.text), True
    )


def pair_anaphors(
    lex: ArabicLexicon, sent: Span, discourse: Discourse, actors: list[Actor], norms: list[str]
) -> tuple[list[Actor], Discourse]:
    """ "البلدين" / "الدولتين" stand for the last pair of countries named together."""
    out: list[Actor] = []
    idx = lex.cue(lex.cue_set.pair_anaphor)
    for k, norm in enumerate(norms):
        if norm not in idx:
            continue
        t = sent[k]
        if t.ent_type_:
            continue
        # A pair named earlier in this sentence ("بين إسرائيل وإيران ... الطرفين") wins.
        before = [a for a in actors if a.end <= t.i]
        discourse = remember_pairs(groups_of(lex, sent.doc, sent, before, norms), (), discourse)
        if discourse.last_pair is None:
            continue
        out.extend(_virtual(member, t) for member in discourse.last_pair)
    return out, discourse


def leader_pair_anaphors(
    lex: ArabicLexicon, sent: Span, discourse: Discourse, actors: list[Actor], norms: list[str]
) -> list[Actor]:
    """ "استقبل العاهل الأردني الرئيس المصري واتفق الزعيمان": a dual noun of office stands for
    the parties of the two states that act before it in the sentence; with more or fewer states
    there, for the two sides of the last relation between people (``Discourse.last_leaders``)."""
    out: list[Actor] = []
    idx = lex.cue(lex.cue_set.leader_pair_anaphor)
    for k, norm in enumerate(norms):
        word = norm[1:] if norm[:1] in CONJUNCTION_LETTERS and not idx.single_word(norm) else norm
        if not idx.single_word(word) or sent[k].ent_type_:
            continue
        prev = norms[k - 1].lstrip(CONJUNCTION_LETTERS) if k else ""
        if prev.startswith((ARTICLE, "بال", "لل")):
            continue  # an adjective: "الحزبين الرئيسين" (the two main parties)
        if any(a.start == sent[k].i + 1 for a in actors):
            continue  # "الرئيسان المصري والأردني": the adjectives after it name the two
        pair = _two_states_before(actors, sent[k].i) or discourse.last_leaders
        if pair is not None:
            out.extend(_virtual(member, sent[k]) for member in pair)
    return out


def _two_states_before(actors: list[Actor], i: int) -> tuple[Actor, Actor] | None:
    """The first party of each of exactly two states named before token ``i`` (persons and
    states only: places and bodies are no leaders), a person preferred for its state."""
    by_state: dict[str, Actor] = {}
    for a in actors:
        if a.end > i or a.virtual or a.implied or a.kind == "place" or a.entity.type not in ("Person", "Country"):
            continue
        state, held = a.entity.country, by_state.get(a.entity.country or "")
        if state and (held is None or (a.entity.type == "Person" and held.entity.type != "Person")):
            by_state[state] = a
    if len(by_state) != 2:
        return None
    first, second = by_state.values()
    return first, second


def latter_anaphors(
    lex: ArabicLexicon, sent: Span, discourse: Discourse, actors: list[Actor], norms: list[str]
) -> list[Actor]:
    """ "زيارة الأخير": "the latter" is the last person named (الأخيرة: the last state or body).

    As an adjective the same word follows a definite or possessed noun ("زياراته الأخيرة");
    as a noun it follows a construct noun, a verb or a preposition."""
    out: list[Actor] = []
    idx = lex.cue(lex.cue_set.latter_anaphor)
    for k, norm in enumerate(norms):
        if norm not in idx or k == 0:
            continue
        t = sent[k]
        if t.ent_type_:
            continue
        prev = norms[k - 1].lstrip(CONJUNCTION_LETTERS)
        if prev.startswith((ARTICLE, "بال", "لل")) or prev.endswith(("ه", "ها", "هم", "نا", "هما")):
            continue  # an adjective: "الأسبوع الأخير", "زياراته الأخيرة"
        feminine = norm.endswith("ه")  # الأخيرة (ة normalised to ه)
        earlier = [*discourse.named, *(a for a in actors if a.end <= t.i and not a.virtual)]
        referent = next(
            (a for a in reversed(earlier) if (a.entity.type == "Person") != feminine and a.kind != "place"),
            None,
        )
        if referent is not None:
            out.append(_virtual(referent, t))
    return out


def honorific_anaphors(lex: ArabicLexicon, sent: Span, actors: list[Actor], norms: list[str]) -> list[Actor]:
    """ "جلالة الملك ... وأوعز جلالته بتقديم", "سمو الأمير ... مؤكدا سموه": an honorific with a
    pronoun is the last person the sentence named with the same honorific before the name
    ("جلالته" a king's, "فخامته" a president's); with none, nobody (the last person named may be
    the guest: "استقبل جلالة الملك الوزير ... وأكد جلالته")."""
    out: list[Actor] = []
    idx = lex.cue(lex.cue_set.honorific_anaphor)
    for k, norm in enumerate(norms):
        word = norm.lstrip("و")
        if not idx.single_word(word) or sent[k].ent_type_:
            continue
        honorific = word[:-2] if word.endswith("ها") else word[:-1]
        honorific = honorific[:-1] + "ه" if honorific.endswith("ت") else honorific  # جلالته → جلاله (ة is ه)
        referent = next(
            (
                a
                for a in reversed(actors)
                if a.end <= sent[k].i
                and not a.virtual
                and a.entity.type == "Person"
                and honorific in norms[max(0, a.start - sent.start - _HONORIFIC_REACH) : a.start - sent.start + 1]
            ),
            None,
        )
        if referent is not None:
            out.append(_virtual(referent, sent[k]))
    return out


_HONORIFIC_REACH = 3  # words of a title between the honorific and the name ("جلالة الملك عبدالله")


def country_anaphors(lex: ArabicLexicon, sent: Span, actors: list[Actor], norms: list[str]) -> list[Actor]:
    """ "البلد", "هذه البلاد": the last state the sentence named before the word (a state named
    in another sentence is too far to be sure of)."""
    out: list[Actor] = []
    index = lex.cue(lex.cue_set.country_anaphor)
    for m in index.find_all(norms):
        t = sent[m.start]
        if t.ent_type_ or (m.end < len(norms) and sent[m.end].ent_type_):
            continue  # "البلد" before a name, or part of one
        if norms[m.end - 1].endswith(("ين", "ان", "ات", "هم", "ها", "نا")):
            continue  # "البلدين" (the two countries), "بلدان", "بلادها": not this country
        named = [a for a in actors if a.end <= t.i and not a.virtual and a.kind != "demonym"]
        states = [state_of(sent.doc, a) for a in named if a.entity.type != "Person"]
        states = [a for a in states if a is not None]
        host = _host_after(sent, actors, named, t.i)
        if host is not None or states:
            out.append(_virtual(host or states[-1], t))
    return out


def _host_after(sent: Span, actors: list[Actor], named: list[Actor], i: int) -> Actor | None:
    """ "وجود القوات الإثيوبية داخل البلاد وفي مقديشو": where only armed forces named a state
    before the word, "the country" is where they are, a place of another state the sentence
    names after it; never the forces' own state (they act abroad as often as at home)."""
    if not named or any(a.entity.type not in _FORCES for a in named if a.entity.type != "Person"):
        return None
    own = {a.entity.country for a in named if a.entity.type != "Person"}
    later = [state_of(sent.doc, a) for a in actors if a.start > i and not a.virtual and a.kind in _PLACES]
    return next((a for a in later if a is not None and a.entity.country not in own), None)


_FORCES = frozenset({"ArmedForce"})  # a state's armed forces as one actor ("القوات الإثيوبية")
_PLACES = frozenset({"place", "metonym"})  # a town, or a capital standing for its state


def own_countries(lex: ArabicLexicon, sent: Span, actors: list[Actor], norms: list[str]) -> list[Actor]:
    """ "قال الرئيس الإيراني إن بلاده ستواصل": "his/its/our country" is the state of the nearest
    actor named before it in the sentence (a person for ه, a state or body for ها); so are its
    head and government ("التقى رئيسها", gk:OwnOfficeCue; with ه only a person's)."""
    out: list[Actor] = []
    words = lex.written_words(lex.cue_set.own_country)
    offices = lex.written_words(lex.cue_set.own_office)
    for k, norm in enumerate(norms):
        # "لبلاده", "وبلادها": a clitic comes off only if what is left is the word ("بلاده" keeps
        # its ب); the words as written, not the forms generated from them ("البلدات": towns)
        word = next((w for w in (norm, norm[1:]) if w in words), None)
        if word is None or sent[k].ent_type_ or _town_of(sent, norms, k):
            continue
        t = sent[k]
        person = word.endswith("ه") and not word.endswith("ها")
        told = _addressees(lex, sent, actors, norms)
        before = [a for a in actors if a.end <= t.i and not a.virtual and a.start not in told]
        named = [a for a in before if a.kind not in ("place", "demonym")]
        if person:
            # "وأعرب وزير الخارجية التونسي عن تضامن بلاده": an official the gazetteer does not
            # know, named by his title and nationality, speaks for that state.
            officials = [a for a in before if a.kind == "demonym" and _ends_office(lex, sent, a, norms)]
            persons = [a for a in named if a.entity.type == "Person" or a.kind == "title"]
            # "واتهمت إسرائيل حكومته": his government is a person's; the state before is more
            # often the verb's own subject than the pronoun's referent
            named = persons if word in offices else persons or named
            named = sorted(named + officials, key=lambda a: a.start)
        state = next((st for a in reversed(named) if (st := state_of(sent.doc, a)) is not None), None)
        if state is not None:
            out.append(_virtual(state, t))
    return out


def _addressees(lex: ArabicLexicon, sent: Span, actors: list[Actor], norms: list[str]) -> set[int]:
    """ "قال الوزير لوسائل الإعلام الأمريكية إن بلاده": the party behind لـ between a verb of
    saying and the إن/أن that opens what was said is whom it was said to; "his country" in the
    words is the speaker's, never the listener's. The starts (doc indices) of such actors."""
    verbs = [m.start for m in lex.cue(lex.cue_set.reporting).find_all(norms)]
    out = set()
    for a in actors:
        k = a.start - sent.start - 1  # the preposition's token, in the sentence
        if a.virtual or k < 1 or norms[k] not in ("ل", "لـ"):
            continue
        opened = [v for v in verbs if v < k and not any(norms[j] in _THAT for j in range(v, k))]
        if opened:
            out.add(a.start)
    return out


def _town_of(sent: Span, norms: list[str], k: int) -> bool:
    """ "بلدة إسرائيلية" (an Israeli town) normalises as "بلده" (his country): written with ة and
    followed by its nationality, or by its own place ("بلدة في الصومال": not the state named
    before it, which may be where attackers set out from), the word is a town, no pronoun taking
    up a party."""
    return (
        sent[k].text.endswith("ة")
        and k + 1 < len(norms)
        and (norms[k + 1].endswith("يه") or bool(sent[k + 1].ent_type_) or norms[k + 1] in ("في", "قرب"))
    )


def _ends_office(lex: ArabicLexicon, sent: Span, a: Actor, norms: list[str]) -> bool:
    """Whether a nationality ends an office title the gazetteer does not know ("وزير التجارة
    المصري", "نائب وزير الدفاع الإسرائيلي"): a title word at most three words before it, with only
    the title's own words between: no name, preposition, punctuation, conjunction or other actor
    noun ("وزير الخارجية الوفد المصري" is a delegation's)."""
    stops = (CONJUNCTION_TOKENS, lex.cue(lex.cue_set.actor_noun))
    return ends_office_title(lex, sent.doc, norms, sent.start, a.start, 3, stops)


def state_of(doc: Doc, a: Actor) -> Actor | None:
    """The state an actor is or belongs to (a ministry's, a city's), as an actor at its place
    (a party, though the place is none)."""
    if a.entity.type == "Country":
        return a
    entity = implied_entity(doc, a.entity.country, "Country") if a.entity.country else None
    return replace(a, entity=entity, kind="name" if a.kind == "place" else a.kind) if entity is not None else None


_THAT = frozenset(normalize_token(w) for w in ("إن", "وإن", "أن", "وأن", "بأن"))  # what was said starts
_TANWEEN = ("\u064b", "\u064c", "\u064d")  # fathatan, dammatan, kasratan
# "أن" is أنّ (that), which takes a noun, except after the words that take أنْ with a past verb
# ("بعد أن توغلت القوات": after the forces moved in).
ANNA = frozenset({"أن", "وأن", "بأن", "ان", "وان", "بان"})
AN_PAST = frozenset({"بعد", "وبعد", "قبل", "وقبل", "منذ", "ومنذ", "سبق", "وسبق", "لو", "ولو", "حتى", "ما"})


_OPENING = frozenset({"«", '"', "“", "(", "'"})


def _before_quote(texts: list[str], i: int) -> int:
    """The index of the word before token ``i``, past an opening quote or bracket ("من «تجمع": the
    preposition governs the quoted word); -1 at the start."""
    k = i - 1
    while k >= 0 and texts[k] in _OPENING:
        k -= 1
    return k


def as_masdar(m: PhraseMatch, text: str, previous: str, previous_text: str = "", before: str = "") -> PhraseMatch:
    """ "إدانته" is the verbal noun with a possessive (his condemnation), "أدانته" the verb with an
    object (condemned it); normalised they are one string. Written إ, it is the noun. After a
    preposition a verb form is the verbal noun ("عن خطف"), and a participle a noun ("ومن مطالبه":
    among his demands)."""
    form = m.form

    after_preposition = form.pos == "participle" and preposition_word(previous)
    masdar = form.pos == "verb" and form.pronoun_object and text.lstrip(CONJUNCTION_LETTERS).startswith("إ")
    # No verb follows a preposition: "عن خطف أربعة" is the abduction of four, not "he abducted".
    masdar = masdar or (form.pos == "verb" and not form.future and preposition_word(previous))
    # "دعماً لـ": a word written with tanween (ـً ـٌ ـٍ) is a noun, never a verb.
    masdar = masdar or (form.pos == "verb" and any(mark in text for mark in _TANWEEN))
    # "قال إن توغل قوات": إنّ takes a noun, so a bare past form right after it is the verbal noun.
    # "يجب أن نهاجم": the first person plural imperfect is a verb ("we"), never the verbal noun
    bare = not (form.future or form.feminine or form.plural or form.pronoun_object or text.startswith("ي"))
    bare = bare and not m.first_person
    masdar = masdar or (form.pos == "verb" and bare and previous_text in INNA)
    # "وأضاف الوزير أن توغل قوات": so is a bare past form right after أنّ (not "بعد أن", ``before``).
    masdar = masdar or (form.pos == "verb" and bare and previous_text in ANNA and before not in AN_PAST)
    # "ومطالبة الأردن برفع الحصار", "هو مهاجمة مكتب": written with ة after "و" or a pronoun, the
    # word is the verbal noun, not a participle used adverbially ("لجارته داعية موسكو إلى").
    feminine_noun = (
        form.pos == "participle"
        and text.endswith("ة")
        and (text[:1] in CONJUNCTION_LETTERS or previous in (normalize_token("هو"), normalize_token("هي")))
    )
    if not (masdar or after_preposition or feminine_noun):
        return m
    return _as_noun(m)


def _as_noun(m: PhraseMatch, agreement: bool = False) -> PhraseMatch:
    """The match with its first word read as the verbal noun: no object pronoun, and no number
    or gender of a verb (but with ``agreement``, which keeps them)."""
    kept = {} if agreement else {"plural": False, "feminine": False}
    noun = replace(m.form, pos="noun", pronoun_object=False, **kept)
    return PhraseMatch(replace(m.phrase, first=noun), m.start, m.end, m.positions)


def _announced_nouns(
    matches: list[PhraseMatch], actors: list[Actor], reporting: tuple | list, doc: Doc
) -> list[PhraseMatch]:
    """ "أعلنت فرنسا دعمها للشعب اللبناني", "جددت الصين رفضها للعقوبات": right after a
    reporting, light or planning verb and its subject, the form with a pronoun is the verbal noun
    the verb governs (her support), not a verb with an object (he supported her)."""
    verb_ends = {c.end for c in reporting if c.form.pos == "verb"}
    subject_ends = {a.end for a in actors if a.start in verb_ends and not a.virtual}
    # "أكدت ألمانيا لفرنسا دعمها": so after the addressee behind ل that follows the subject
    subject_ends |= {a.end for a in actors if a.start - 1 in subject_ends and doc[a.start - 1].text == "ل"}
    out = []
    for m in matches:
        # "أكدت تركيا تضامنها مع الشعب": the trigger's own preposition after the form may be matched too
        alone = len(m.positions) == 1 or all(doc[p].norm_ in SEPARATE_PREPOSITIONS for p in m.positions[1:])
        if m.form.pos == "verb" and m.form.pronoun_object and m.start in subject_ends and alone:
            m = _as_noun(m)
        out.append(m)
    return out


# "كان الرئيس زار الصين": after these a verb stays a verb (had visited), never a verbal noun
COPULAS = frozenset(normalize_token(w) for w in ("كان", "يكون", "أصبح", "يصبح", "ظل", "يظل", "بات", "يبات"))


def _governed_nouns(
    matches: list[PhraseMatch], groups: tuple, verbs: list[PhraseMatch], texts: list[str], offset: int
) -> list[PhraseMatch]:
    """ "قرر الاتحاد الأوروبي فرض عقوبات", "تعتزم الصين نشر قوات": a bare past form right after
    the subject of a verb (no copula) is its verbal-noun complement (a finite verb there would
    need a subject of its own), not a verb of its own."""
    light = [
        v
        for v in verbs
        if v.form.pos == "verb" and normalize_token(texts[v.start - offset]).lstrip(CONJUNCTION_LETTERS) not in COPULAS
    ]
    # "استنكرت قطر قصف الطائرات السعودية لليمن": after any verb and its subject (the trigger
    # verbs among ``matches`` too) a second finite verb would need a subject of its own
    # "الرئيس الذي يزور الهند التقى مودي": a verb right after a relative pronoun has the
    # pronoun as subject; the name after it is its object, and a perfect after that is the
    # main clause's own verb, not a verbal noun
    with_subject = [
        v for v in light + [t for t in matches if t.form.pos == "verb"] if not _after_relative(v, texts, offset)
    ]
    ends = {g.end for v in with_subject for g in groups if g.start == v.end and g.marker is None and g.acting}
    # "ستواصل دعم حزب الله": right after the (light) verb itself, its subject a pronoun or dropped
    after_light = {v.end for v in light}
    ends |= after_light
    out = []
    for m in matches:
        form, text = m.form, texts[m.start - offset]
        # "مصر ستواصل دعمها للسلطة": right after the verb itself a perfect cannot stand, so a form
        # with a pronoun there is the noun with its owner (her support), never "he supported her"
        # with a subject behind ل
        if m.start in after_light and _owned_after_verb(m, text):
            out.append(_as_noun(m))
            continue
        bare = not (form.future or form.feminine or form.plural or form.pronoun_object or text[:1] in "يو")
        # "تلقت حماس دعما من إيران": the accusative ending ا (tanween unwritten) reads as a dual
        # perfect ("the two supported"); after a verb and its subject it is the noun
        bare = bare or _accusative_alif(m, text)
        # "أدانت السعودية محاولة اغتيال الرئيس": a participle form in ة there is the noun too
        # (the attempt condemned), not a circumstantial participle of the subject's own act.
        feminine_participle = form.pos == "participle" and text.endswith("ة")
        # "رفضت إيران مطالب فرنسا": nor is a participle without the accusative or plural ending
        # of a circumstantial one ("عاد الرئيس مطالبا بـ"): the demands of France, not "demanding"
        noun_participle = form.pos == "participle" and not text.endswith(("ا", "ين", "ون", "تين", "تان"))
        if ((form.pos == "verb" and bare) or feminine_participle or noun_participle) and m.start in ends:
            m = _as_noun(m)
        elif feminine_participle and _in_genitive(texts, m.start - offset):
            m = _as_noun(m)
        out.append(m)
    return out


def _accusative_alif(m: PhraseMatch, text: str) -> bool:
    """A one-word perfect whose only ending is ا, read as a dual ("دعما"): also the indefinite
    accusative of the verbal noun, written without its tanween."""
    form = m.form
    return (
        form.pos == "verb"
        and form.plural
        and len(m.positions) == 1
        and text.endswith("ا")
        and not text.endswith(("وا", "تا"))
        and not (form.future or form.feminine or form.pronoun_object or text[:1] in "يوتف")
    )


def _after_relative(v: PhraseMatch, texts: list[str], offset: int) -> bool:
    """Whether a relative pronoun stands right before the verb ("الذي يزور")."""
    k = v.start - offset - 1
    return k >= 0 and normalize_token(texts[k]) in RELATIVE_PRONOUNS


def _owned_after_verb(m: PhraseMatch, text: str) -> bool:
    """A one-word perfect with an object pronoun, no future, gender or number of its own."""
    form = m.form
    return (
        form.pos == "verb"
        and form.pronoun_object
        and len(m.positions) == 1
        and not (form.future or form.feminine or form.plural or text[:1] in "يوتف")
    )


def _in_genitive(texts: list[str], k: int) -> bool:
    """ "حذرت واشنطن طهران من مغبة مهاجمة إسرائيل": a word right after a preposition, or after a
    noun in construct right behind one (no article), is a genitive: a form like مهاجمة there is
    the verbal noun (form III), never a circumstantial participle of the clause's subject; so is
    the word after عدم ("يجب عدم مهاجمة"), which takes only a verbal noun."""
    before = [normalize_token(t) for t in texts[max(0, k - 2) : k]]
    if before and (before[-1] in SEPARATE_PREPOSITIONS or before[-1].lstrip("وب") == "عدم"):
        return True
    return (
        len(before) == 2
        and before[0] in SEPARATE_PREPOSITIONS
        and before[1].isalpha()
        and not before[1].startswith(ARTICLE)
        and not texts[k - 1].endswith("ا")
    )


def _designed_by(lex: ArabicLexicon, groups: tuple[Group, ...], norms: list[str], offset: int) -> set[int]:
    """ "نية إسرائيل قصف لبنان", "بمحاولات روسيا قصف": where a noun of intent or attempt
    (``gk:IntentNounCue``) and its owner's name in the genitive end: the word there is the act
    sought, in the genitive of the noun of intent, never a finite verb ("Lebanon shelled")."""
    ends = set()
    for g in groups:
        k = g.start - 1 - offset
        if g.marker is not None or not g.acting or k < 0:
            continue
        if intent_noun_word(lex, norms[k]):
            ends.add(g.end)
    return ends


def _halted_nouns(
    matches: list[PhraseMatch], halts: tuple[PhraseMatch, ...], texts: list[str], offset: int, designed: set[int]
) -> list[PhraseMatch]:
    """ "طالبت مصر إسرائيل بوقف قصف غزة": a bare past form right after a verbal noun of halting
    (``gk:HaltNounCue``) stands in its genitive, so it is the act's verbal noun, not a verb with a
    subject of its own ("Gaza shelled"); with a pronoun it is the noun with its owner ("بوقف
    دعمها لجماعة الحوثي": its support). So is one after a noun of intent and its owner
    (``designed``, ``_designed_by``)."""
    ends = {h.end for h in halts} | designed
    out = []
    for m in matches:
        form, text = m.form, texts[m.start - offset]
        # a stem's own ت ("تعاونها", "تدخلها": Form V/VI nouns) is no imperfect prefix
        prefixed = text[:1] in "يو" or (text[:1] == "ت" and m.imperfect)
        bare = not (form.future or form.feminine or form.plural or prefixed)
        # "نية إسرائيل مهاجمة لبنان": a participle form in ة after an owner is the verbal noun too
        noun = (form.pos == "verb" and bare) or (
            form.pos == "participle" and text.endswith("ة") and m.start in designed
        )
        out.append(_as_noun(m) if noun and m.start in ends else m)
    return out


def _possessed_nouns(
    lex: ArabicLexicon,
    matches: list[PhraseMatch],
    groups: tuple,
    verbs: tuple,
    norms: list[str],
    offset: int,
    texts: list[str] | None = None,
) -> list[PhraseMatch]:
    """ "انتقدت فرنسا إيران ودعمها لحزب الله": a word with و right after a name, spelled both as a
    verb with an object pronoun (and he supported her) and as the verbal noun with a possessive
    (and its support), is the noun joined to the name where the verb cannot stand: one of the
    relation's prepositions brings an object after it (the pronoun would be a second object), or
    the verb is masculine while the verb of its sentence before it is feminine (a state's)."""
    ends = {g.end: g for g in groups if g.acting and g.marker is None}
    # "أكد دعمه لأوكرانيا ورفضه للغزو": after the object of an owned noun, the same pronoun
    parallel = _parallel_owned(matches, groups, texts or [], offset)
    out = []
    for m in matches:
        form = m.form
        if (
            form.pos == "verb"
            and form.pronoun_object
            and len(m.positions) == 1
            and form.text[:1] == "و"
            and not (form.future or form.plural or form.feminine or form.text[1:2] in "يت")
            and (m.start in ends or m.start in parallel)
            and any(p.first.pos == "noun" and p.key == m.key for p in lex.triggers.get(form.text))
        ):
            if m.start in parallel and form.text.endswith(parallel[m.start]):
                out.append(_as_noun(m, agreement=True))
                continue
            markers = lex.object_markers.get(m.key, frozenset())
            nxt = norms[m.end - offset] if m.end - offset < len(norms) else ""
            marked = nxt in markers or ("ل" in markers and nxt[:1] == "ل" and len(nxt) > 3)
            before = [v for v in verbs if v.form.pos == "verb" and v.end <= ends[m.start].start]
            disagrees = bool(before) and max(before, key=lambda v: v.start).form.feminine
            if marked or disagrees:
                m = _as_noun(m, agreement=True)
        out.append(m)
    return out


def _parallel_owned(matches: list[PhraseMatch], groups: tuple, texts: list[str], offset: int) -> dict[int, str]:
    """Token positions right after a party behind a preposition that follows a noun with a
    possessive pronoun ("دعمه لأوكرانيا"), each with that pronoun: a word joined by و there,
    spelled with the same pronoun, is the next owned noun ("ورفضه"), not a verb."""
    out: dict[int, str] = {}
    for g in groups:
        if g.marker is None or not g.acting:
            continue
        for p in matches:
            k = p.end - 1 - offset
            if p.form.pos != "noun" or not 0 < g.start - p.end + 1 <= 2 or not 0 <= k < len(texts):
                continue
            suffix = next((x for x in ("هما", "هم", "ها", "ه") if texts[k].endswith(x)), None)
            if suffix is not None:
                out[g.end] = suffix
    return out


def _joins_two(lex: ArabicLexicon, m: PhraseMatch, norms: list[str]) -> bool:
    """ "التي تجمع بين البلدين", "تجمع هذه الأعمال ما بين": a verb of a one-way relation that
    takes no بين, with بين right after it or its subject, is another verb that spells the same
    (to bring together), not the trigger."""
    if m.form.pos != "verb" or lex.relations[m.key].symmetric or "بين" in lex.object_markers.get(m.key, ()):
        return False
    if m.end < len(norms) and norms[m.end] == "بين":
        return True
    # past its subject only as "ما بين": "تجمع مئات الطلاب بين البرلمان والوزارة" is a rally
    for j in range(m.end + 1, min(m.end + 4, len(norms))):
        if not norms[j].isalpha():
            return False
        if norms[j] == "بين" and norms[j - 1] == "ما":
            return True
    return False


def shift(m: PhraseMatch, offset: int) -> PhraseMatch:
    return PhraseMatch(m.phrase, m.start + offset, m.end + offset, tuple(p + offset for p in m.positions))


def _cue_matches(
    lex: ArabicLexicon, norms: list[str], texts: list[str], start: int, starts: dict[str, list[int]]
) -> CueMatches:
    """The matches of every cue concept the stages consult (``starts``: where each concept's
    phrases may start), in Doc token positions."""
    cue = lex.cue_set
    return CueMatches({
        c.name: tuple(shift(m, start) for m in lex.cue(c).find_all(norms, texts=texts, starts=starts[c.name]))
        if c.name in starts
        else ()
        for c in (
            cue.reporting, cue.attribution, cue.allegation, cue.hope, cue.offer, cue.expectation, cue.hypothetical,
            cue.future, cue.denial, cue.participation, cue.auxiliary_verb, cue.passing_frame, cue.name_head,
            cue.writer_clause, cue.unnamed_actor, cue.quantity_noun, cue.passive_agent, cue.killing,
            cue.wounding, cue.explosion, cue.count, cue.not_an_attack, cue.suffered, cue.informed, cue.telling_of,
            cue.crowd_act, cue.receiving, cue.measure, cue.year_word, cue.pejorative, cue.cessation,
            cue.pejorative_conduct, cue.pejorative_act, cue.example, cue.defiance, cue.pressure, cue.retaliation,
            cue.force_cessation, cue.relative_time, cue.chant, cue.occasion, cue.weekday, cue.halt_noun,
            cue.speech, cue.headline, cue.not_only, cue.perform_verb, cue.condition, cue.obligation,
            cue.died, cue.repression, cue.force_on_people, cue.launch_verb, cue.issuing_verb, cue.proposal, cue.warned_act, cue.force_means,
            cue.pair_discussion,
            cue.caption_meeting, cue.apodosis, cue.quoting,
            cue.call_to_act, cue.reception_frame, cue.foiling, cue.passive_only, cue.impersonal_passive,
            cue.operation_frame,
        )
    })  # fmt: skip


def _stop_tokens(lex: ArabicLexicon, cues: CueMatches) -> frozenset[int]:
    """Reporting words, and the casualty and explosion words that head phrases of their own: no
    object lies past them. Not a killing noun with a preposition written on it ("هدد المتمردون
    بقتل الرهائن"), which completes the verb before, whose object goes on past it."""
    cue = lex.cue_set
    return frozenset(
        i
        for c in (cue.reporting, cue.attribution, cue.killing, cue.wounding, cue.explosion)
        for m in cues[c]
        if not (c is cue.killing and m.form.preposition is not None and m.form.pos != "verb")
        for i in range(m.start, m.end)
    )


def _counts(norms: list[str], start: int, count_words: tuple, measured: set[int]) -> set[int]:
    """The tokens that count people: count words, and digits but those beside a date or measure
    word (``measured``: "14 آذار", "عام 2004", "بعد 48 ساعة"): a casualty word near a date or a
    time has no casualties counted."""
    digits = {i for i, n in enumerate(norms, start=start) if not n.isalpha() and any(c.isdigit() for c in n)}
    return (digits - measured) | {i for m in count_words for i in range(m.start, m.end)}


# "مقتل أحد الجنود", "إصابة إحدى المتظاهرات": one of a group, as written after a casualty word
_ONE_OF = frozenset(normalize_token(w) for w in ("أحد", "إحدى"))


def _one_of(lex: ArabicLexicon, cues: CueMatches, norms: list[str], start: int) -> set[int]:
    """ "مقتل أحد أفراد الشرطة", "خطف أحد المهندسين": "one of" right after a casualty word counts
    the victim, a count of one out of the group after it (a singular noun alone, "مقتل شرطي",
    already reads as one). Elsewhere أحد is no count ("قال أحد المسؤولين": a speaker)."""
    cue = lex.cue_set
    after = {m.end for c in (cue.killing, cue.wounding) for m in cues[c]}
    return {i for i in after if i - start < len(norms) and norms[i - start] in _ONE_OF}


# Words after which a verb starts a segment of its own (then), and a reporting verb (but).
_NEW_SEGMENT = frozenset({"ثم"})
_CONTRAST = frozenset(normalize_token(w) for w in ("لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "ولكنها", "بل"))


def _bounds(
    lex: ArabicLexicon, sent: Span, matches: list[PhraseMatch], cues: dict, norms: list[str], texts: list[str],
    starts: dict[str, list[int]], groups: tuple[Group, ...] = (),
) -> tuple[tuple[int, ...], tuple[int, ...]]:  # fmt: skip
    """Clause starts, and the starts of verb-led segments."""
    cue = lex.cue_set
    clause_verbs = [*matches, *cues[cue.reporting], *cues[cue.allegation], *cues[cue.participation]]
    # "نفت روسيا الاتهامات، ثم قامت بقصف كييف": a light verb joined by و, or any verb after a
    # separate ثم, opens a segment of its own, so the denial before does not reach it.
    verbs = [m for m in [*clause_verbs, *cues[cue.auxiliary_verb]] if m.form.pos == "verb"]
    verb_starts = {
        m.start for m in verbs if m.joined or (m.start > sent.start and norms[m.start - sent.start - 1] in _NEW_SEGMENT)
    }
    # "نفى الكرملين أن ..، لكنه أكد أن": a reporting verb after a word of contrast reports anew.
    verb_starts |= {
        m.start
        for m in cues[cue.reporting]
        if m.form.pos == "verb" and m.start > sent.start and norms[m.start - sent.start - 1] in _CONTRAST
    }
    bounds = {sent.start} | verb_starts
    bounds.update(i + 1 for i, text in enumerate(texts, start=sent.start) if text in BOUNDARY_PUNCT)
    # a negation between the mark and the verb ("« لم تقصف ...") is the verb's own
    verb_led = {m.start for m in verbs}
    verb_led |= {k - 1 for k in verb_led if k > sent.start and lex.is_cue(cue.negation, norms[k - 1 - sent.start])}
    # "« القوات الإسرائيلية قصفت ...": a name and its verb after the mark
    verb_led |= {g.start for g in groups if g.end in verb_led and g.marker is None}
    bounds.update(_quoted_words_start(sent, texts, cues[cue.reporting], verb_led))
    for concept in (cue.complementizer, cue.clause_boundary):
        bounds.update(sent.start + k + 1 for k in starts.get(concept.name, ()) if lex.is_cue(concept, norms[k]))
    opened = 0 in starts.get(cue.clause_boundary.name, ()) and lex.is_cue(cue.clause_boundary, norms[0])
    if opened and groups:
        main = _main_verb(sent, [m.start for m in clause_verbs if m.form.pos == "verb"], groups, texts)
        bounds.update([main] if main is not None else [])
    return tuple(sorted(bounds)), tuple(sorted({sent.start} | verb_starts))


# how far before an opening quotation mark a reporting word may stand (its speaker's name between)
_QUOTE_AFTER_REPORT = 8
_CLOSING_QUOTES = frozenset({"»", "”"})


def _quoted_words_start(
    sent: Span, texts: list[str], reporting: Iterable[PhraseMatch], verb_starts: set[int]
) -> set[int]:
    """Where a speaker's quoted words start with a verb: after an opening quotation mark that
    follows a reporting word ("وقالت الشرطة « قصفت القوات ..."), as after its colon. The quote
    is a clause of its own, so the verb takes its subject inside the quote (after it), never the
    speaker before the mark (an undotted past verb in ت reads as "I" or as "she")."""
    ends = [m.end for m in reporting]
    out, seen = set(), 0
    for i, text in enumerate(texts, start=sent.start):
        if text not in QUOTES:
            continue
        opening = text not in _CLOSING_QUOTES and (text == "«" or seen % 2 == 0)
        seen += 1
        if opening and i + 1 in verb_starts and any(0 <= i - e <= _QUOTE_AFTER_REPORT for e in ends):
            out.add(i + 1)
    return out


def _main_verb(sent: Span, verbs: list[int], groups: tuple[Group, ...], texts: list[str]) -> int | None:
    """ "وبينما استنكرت فرنسا الاعتداءات اكتفت روسيا بـ...": a sentence opened by "while" or
    "when" puts its main clause after the fronted one, often with no conjunction: the main verb is
    the first word after the fronted clause's verb in the feminine perfect (ـت, states are
    feminine) right before a bare name, its subject. That word starts a clause."""
    first = min((v for v in verbs if v > sent.start), default=None)
    if first is None:
        return None
    bare = {g.start for g in groups if g.marker is None}
    for i in range(first + 1, sent.end - 1):
        word = texts[i - sent.start]
        if i + 1 in bare and i not in bare and word.endswith("ت") and not word.endswith("ات") and len(word) >= 4:
            return i
    return None


def _with_anaphors(
    lex: ArabicLexicon, sent: Span, discourse: Discourse, actors: list[Actor], norms: list[str], present: Iterable[str]
) -> tuple[list[Actor], Discourse]:
    """The actors with the anaphors among the cue words present (``present``: cue names)."""
    cue, present = lex.cue_set, set(present)
    if cue.pair_anaphor.name in present:
        virtual, discourse = pair_anaphors(lex, sent, discourse, list(actors), norms)
        actors += virtual
    if cue.leader_pair_anaphor.name in present:
        actors += leader_pair_anaphors(lex, sent, discourse, list(actors), norms)
    if cue.latter_anaphor.name in present:
        actors += latter_anaphors(lex, sent, discourse, list(actors), norms)
    if cue.honorific_anaphor.name in present:
        actors += honorific_anaphors(lex, sent, list(actors), norms)
    if cue.country_anaphor.name in present:
        actors += country_anaphors(lex, sent, list(actors), norms)
    if cue.own_country.name in present:
        actors += own_countries(lex, sent, list(actors), norms)
    return actors, discourse


def find_clauses(
    lex: ArabicLexicon,
    doc: Doc,
    sent: Span,
    discourse: Discourse,
    norms: list[str],
    texts: list[str],
    ents: Entities,
    starts: dict[str, list[int]] | None = None,
) -> tuple[Sentence, list[Actor], list[PhraseMatch], Discourse]:
    """The sentence's actors, triggers, cue words and clause boundaries, and the discourse with
    the actors it names (``starts``: ``ArabicLexicon.cue_starts`` of the sentence, if known)."""
    cue = lex.cue_set
    actors = _made_in(lex, sent, _placed_demonyms(lex, sent, _news_people(lex, actors_of(sent, ents)), norms), norms)
    entity_tokens = frozenset(i - sent.start for a in actors for i in range(a.start, a.end))
    trigger_starts = lex.trigger_starts(norms)
    matches = [
        as_masdar(
            m,
            texts[m.start],
            norms[_before_quote(texts, m.start)] if _before_quote(texts, m.start) >= 0 else "",
            texts[m.start - 1] if m.start else "",
            texts[m.start - 2] if m.start > 1 else "",
        )
        for m in _triggers_into_actors(
            lex,
            actors,
            lex.triggers.find_all(norms, entity_tokens, texts, starts=trigger_starts),
            norms,
            texts,
            sent.start,
            entity_tokens,
            trigger_starts,
        )
    ]
    matches = [shift(m, sent.start) for m in matches if not _joins_two(lex, m, norms)]
    taken = {p for m in matches for p in m.positions}
    actors = [kept for a in actors if (kept := _past_trigger(sent.doc, a, taken)) is not None]
    starts = starts if starts is not None else lex.cue_starts(norms)
    actors, discourse = _with_anaphors(lex, sent, discourse, actors, norms, starts.keys())
    discourse = discourse.with_named(tuple(a for a in actors if not a.virtual and a.kind != "place"))
    actors.sort(key=lambda a: a.start)
    groups = _partitives(lex, doc, sent, groups_of(lex, doc, sent, actors, norms), norms)
    groups = appositions(lex, sent, groups, norms, {p for m in matches for p in m.positions})
    cues = _cue_matches(lex, norms, texts, sent.start, starts)
    # a verb of receiving takes a noun too: "تلقت حماس دعما من إيران" (support received, no verb)
    governing = (cue.auxiliary_verb, cue.future, cue.hope, cue.expectation, cue.participation, cue.reporting)
    governing += (cue.receiving,)
    governing_verbs = [c for concept in governing for c in cues[concept]]
    matches = _announced_nouns(matches, actors, governing_verbs, doc)
    matches = _governed_nouns(matches, groups, governing_verbs, texts, sent.start)
    designed = _designed_by(lex, groups, norms, sent.start)
    matches = _halted_nouns(matches, cues[cue.halt_noun], texts, sent.start, designed)
    matches = _possessed_nouns(lex, matches, groups, (*matches, *cues[cue.reporting]), norms, sent.start, texts)
    matches = obliged_verbal_nouns(lex, cues[cue.obligation], groups, norms, sent.start, matches)
    bounds, segments = _bounds(lex, sent, matches, cues, norms, texts, starts, groups)
    measured = {i for m in cues[cue.measure] for i in (m.start - 1, m.end)} | {m.end for m in cues[cue.year_word]}
    s = Sentence(
        doc, sent, groups, cues, bounds, segments,
        frozenset(i for m in matches for i in m.positions),
        _stop_tokens(lex, cues),
        norms=tuple(norms), quotes=tuple(i for i, t in enumerate(texts, start=sent.start) if t in QUOTES),
        words=ents.words,
        counts=frozenset(_counts(norms, sent.start, cues[cue.count], measured) | _one_of(lex, cues, norms, sent.start)),
        verbs=frozenset(m.start for m in [*matches, *cues[cue.reporting]] if m.form.pos == "verb"),
        credits=credits_of(sent, ents) if "(" in texts else (),  # (a credit opens with a bracket)
        past_frames=lex.written_words(cue.past_frame),
        setting_frames=lex.written_words(cue.setting_frame),
        honorifics=lex.written_words(cue.honorific),
        first=sent.start,
    )  # fmt: skip
    return s, actors, matches, discourse
