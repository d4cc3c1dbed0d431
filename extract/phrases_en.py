"""English rules, stage 2a: the actors a phrase names, in one sentence of a document.

``Phrases`` answers, for the argument stage, "which actors does this noun phrase (or this
verb's subject, or this word's object) name?": gazetteer actors through the linker, their
conjuncts (compound actors), pronouns resolved to an actor named before them in the sentence or
in the document (``Memory``), "the two countries" to the last two states named, possessors and
"by" phrases of event nouns, the objects of the prepositions a relation allows.

Values are frozen: a sentence's ``Phrases`` is made once, and ``Memory.after`` returns the memory
the next sentence reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geokg.ontology import sector_groups
from spacy.tokens import Doc, Token

from .entities_en import EnActor, EnglishLinker, from_abroad, owned_by_pronoun
from .lexicon_en import EnglishLexicon
from .model import Entity
from .parse_en import dependents, parse_of

__all__ = [
    "PASS_SUBJ",
    "REFLEXIVES",
    "RELATIVE",
    "SUBJ",
    "WHEN",
    "Memory",
    "Phrases",
    "by_agents",
    "completed_noun",
    "each_other",
    "indefinite",
    "joined_passive",
    "kept_from",
    "marked_infinitive",
    "of_objects",
    "possessor_clause",
    "shared_by_agents",
    "stranded_subject",
    "to_infinitive",
    "unique",
]

SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubjpass", "csubjpass")
_OBJ = ("dobj", "dative", "attr", "oprd")
_NOUN_OBJECT_PREPS = ("of", "by", "from", "to", "against", "on", "with", "for", "toward", "towards")
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})
_PRONOUNS_GROUP = frozenset({"they", "them", "their", "it", "its", "we", "our", "us"})
# reflexives read as pronouns only as the subject of a small clause ("declared itself ready to
# talk"); as an object ("armed itself") they are the clause's own subject, no other actor
REFLEXIVES = {"itself": "it", "themselves": "they", "himself": "he", "herself": "she"}
# relative pronouns: the noun a relative clause describes stands in for them
RELATIVE = frozenset({"who", "which", "that", "whom"})
_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "whereby"})
_PLACE_TYPES = ("Country", "Place", "City")
_LOCATIVE = frozenset({"in", "at", "near", "inside", "across", "throughout"})
WHEN = ("DATE", "TIME")  # entity types of a time ("on Tuesday")
# Sectors of private persons (CAMEO's civilians; protesters are civilians too): no antecedent of
# "they" ("... attacks against civilians, they" are the ones who attack).


_LED_GROUP = "Rebels"  # the institution (groups_en.ttl) of an armed group known by its leader


@dataclass(frozen=True)
class Memory:
    """What pronouns and pairs read of the sentences before: the last person named, the last
    actor of any other kind, and the last two states (each at its latest mention, latest first)."""

    person: EnActor | None = None
    other: EnActor | None = None
    states: tuple[EnActor, ...] = ()
    # the subjects of the last sentence whose main clause named one ("The US and its allies
    # signalled ... . Rather than ..., they")
    subjects: tuple[EnActor, ...] = ()

    def after(self, named: Sequence[EnActor], doc: Doc | None = None) -> Memory:
        """The memory once the actors of a sentence (in order, in ``doc``) are named too."""
        person, other, states = self.person, self.other, list(self.states)
        subjects = (
            tuple(a for a in named if _main_subject(doc[a.end - 1])) if doc is not None else ()
        ) or self.subjects
        civilian = sector_groups().civilian
        for a in named:
            if a.entity.type == "Person":
                person = a
            elif a.entity.sector not in civilian:
                other = a
            if a.entity.type == "Country":
                states = [a, *(s for s in states if s.entity.id != a.entity.id)]
        return Memory(person, other, tuple(states[:2]), subjects)


# "X as well as Y": the parser gives Y the dependency of X on the same head, not ``conj``.
_AS_WELL_AS = ("as", "well", "as")


def added_alike(t: Token) -> list[Token]:
    """ "Brazil as well as Chile criticized": a sibling of ``t`` with its dependency after "as well
    as" right after ``t``'s phrase is a conjunct the parser left beside it, one more actor."""
    doc, n = t.doc, len(_AS_WELL_AS)
    p = parse_of(doc)  # (the siblings and their words from the arrays: a Token only for a hit)
    head, dep = p.heads[t.i], p.deps[t.i]
    if head == t.i:
        return []
    out = []
    for c in p.kids[head]:
        if c <= t.i or p.deps[c] != dep:
            continue
        edge = doc[c].left_edge.i
        if edge < n or tuple(p.lower[edge - n : edge]) != _AS_WELL_AS:
            continue
        # (the word before "as well as"; at the Doc's start, its last word, as ``doc[-1]`` reads)
        if (edge - n - 1) % len(doc) <= t.right_edge.i + 1:
            out.append(doc[c])
    return out


@dataclass(frozen=True)
class Phrases:
    """The actors of phrases in one sentence: ``named`` the actors the sentence names (in order),
    ``memory`` what the document named before it."""

    lex: EnglishLexicon
    linker: EnglishLinker
    memory: Memory
    named: tuple[EnActor, ...]

    def expand(self, toks: Sequence[Token], places: bool = False) -> list[EnActor]:
        """Actors of these heads and their conjuncts (compound actors), pronouns resolved."""
        out: list[EnActor] = []
        stack = list(toks)
        seen: set[int] = set()
        while stack:
            t = stack.pop(0)
            if t.i in seen:
                continue
            seen.add(t.i)
            found = self._head(t, places)
            out.extend(found)
            kids = list(t.children)
            stack.extend(c for c in kids if c.dep_ == "conj" and stranded_subject(c, self.lex) is None)
            stack.extend(added_alike(t))
            # "X, Y and Z" parsed as appositions
            stack.extend(c for c in kids if c.dep_ == "appos" and self.linker.actors(c) and not found)
        return unique(out)

    def backed_opposition(self, t: Token) -> list[EnActor]:
        """The opposition a noun of supporters (``gk:SupporterNounCue``) names behind "of"
        ("supporters of the opposition"): the crowd is that opposition in the street."""
        if t.pos_ != "NOUN" or t.lemma_.lower() not in self.lex.supporter:
            return []
        backed = [
            p for g in t.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children if p.dep_ == "pobj"
        ]
        opposition = sector_groups().opposition
        found = [a for p in backed for a in self.linker.actors(p)]
        return found if found and all(a.entity.sector in opposition for a in found) else []

    def _head(self, t: Token, places: bool) -> list[EnActor]:
        backed = self.backed_opposition(t)
        if backed:
            return backed  # "supporters of the opposition": the opposition, as "opposition supporters"
        found = self.linker.actors(t, places=places)
        if not found and t.pos_ == "PRON":
            found = self.pronoun(t)
        if not found and t.lemma_.lower() in self.lex.pairs and t.tag_ == "NNS":
            found = self.pair(t)
        if not found and t.pos_ == "NOUN" and places:
            # a target named by whose it is: "concerned about North Korea's missile launches"
            poss = [c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"]  # not "its troops"
            found = self.expand(poss) if poss else []
        if not found and t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.single:
            # an act named as a noun is its agent's ("the killing of civilians by Chadian troops"),
            # never whom it is done to
            return self.noun_agent(t)
        if not found and t.pos_ == "NUM" and t.dep_ in ("dobj", "nsubjpass", "pobj"):
            # "killed two of its fighters": a part counted out of its whole is the whole's
            found = self.expand(of_objects(t), places=places)
        if not found and t.pos_ == "NOUN":
            # "the leaders of Iraq and Iran", "a delegation of Kurdish elders": the noun's "of"
            # phrase; for a target also where it is ("fired at targets in Jericho")
            # (not for people from abroad: "foreign workers in the Delta" are no one's of it)
            # "nineteen countries, including Australia": the members it names stand for it
            # ("its embassy in Nairobi": whose the pronoun says, read by the caller)
            owned = owned_by_pronoun(t)
            preps = ("of", "in") if places and not from_abroad(t) and not owned else ("of",)
            preps = (*preps, "including")
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    found = [a for p in c.children if p.dep_ == "pobj" for a in self.expand([p], places=places)]
                    if found:
                        break
        if not found and t.pos_ == "NOUN":
            found = self._led_by(t)
        return found

    def _led_by(self, t: Token) -> list[EnActor]:
        """A common noun naming no actor, with a participle of leading and its agent ("the group
        led by X", "fighters commanded by X"): the party X leads, read as X (kind "led", which
        "it" and "they" may stand for, "he" not)."""
        for c in t.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.lex.leading:
                return [
                    EnActor(self._group_of(a.entity, t), t.i, t.i + 1, "led", t.text, t.idx, t.idx + len(t.text))
                    for a in self.expand(by_agents(c))
                ]
        if t.lemma_.lower() in self.lex.follower_noun and not any(c.dep_ == "compound" for c in t.children):
            # "Zarqawi's group", "the rebel leader's men": the party a person's possessive leads
            # (a body with a name of its own, "the Taliban's Haqqani network", is that body)
            poss = [c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            return [
                EnActor(self._group_of(a.entity, t), t.i, t.i + 1, "led", t.text, t.idx, t.idx + len(t.text))
                for a in self.expand(poss)
                if a.entity.type == "Person"
            ]
        return []

    def _group_of(self, leader: Entity, t: Token) -> Entity:
        """The party an armed group's leader stands for: a group of the state where it acts
        (``context_country``), as "militants" are, never the leader's own nationality (a
        Jordanian's group fighting in Iraq is an Iraqi armed group); the leader himself where
        no place says, and for a leader of no armed group."""
        if leader.type != "Person" or leader.sector not in sector_groups().armed:
            return leader
        where = self.linker.context_country(t, armed=True)
        group = self.linker.gaz.composed(_LED_GROUP, where.country or "") if where is not None else None
        return group if group is not None else leader

    def pronoun(self, tok: Token) -> list[EnActor]:
        """A personal pronoun: the last actor of its kind named before it (a person for "he"),
        never its own clause's subject for an object pronoun ("France called it": not France)."""
        word = tok.lower_
        if word in REFLEXIVES and tok.dep_ in SUBJ:
            word = REFLEXIVES[word]
        if word not in _PRONOUNS_PERSON and word not in _PRONOUNS_GROUP:
            return []
        want_person = word in _PRONOUNS_PERSON
        own = set()
        if tok.dep_ in ("dobj", "pobj", "dative"):
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            own = {t.i for c in verb.children if c.dep_ in SUBJ for t in c.subtree}
        struck = self._struck_owner(tok)
        own |= struck
        accusers = self._accusers(tok) if tok.dep_ == "poss" else []
        if accusers:
            return [_as_pronoun(accusers[0], tok)]
        if tok.dep_ == "poss" and not struck:
            # "Pakistan urged its citizens", "France recalled its ambassador": the owner is the
            # subject of the clause the possessed noun belongs to
            verb = possessor_clause(tok)
            # a possessive inside the clause's own subject ("its missiles hit ...") cannot be owned
            # by that subject: asking for it would ask for the pronoun itself
            in_subject = any(tok in c.subtree for c in verb.children if c.dep_ in SUBJ)
            clausal = verb.pos_ in ("VERB", "AUX") and not in_subject
            owners = [a for a in self.verb_subject(verb)[0] if a.end <= tok.i] if clausal else []
            found = [a for a in owners if _personal(a) == want_person]
            if found:
                return [_as_pronoun(found[0], tok)]
        if tok.dep_ in SUBJ and tok.head.dep_ == "ccomp":
            # "the tribunal says it will ...": the subject of the clause that reports it
            says = tok.head.head
            speaker = [c for c in says.children if c.dep_ in SUBJ and c.i < tok.i]
            if not speaker and says.dep_ == "conj":  # ("X, run by Y, said they ...": X's verb)
                speaker = [c for c in says.head.children if c.dep_ in SUBJ and c.i < tok.i]
            found = [a for a in self.expand(speaker) if _personal(a) == want_person]
            if found:
                return [_as_pronoun(found[0], tok)]
            if word == "they" and any(c.tag_ in ("NNS", "NNPS") for c in speaker):
                # "steel groups X and Y, run by an Indian businessman, said they had agreed": a
                # plural speaker we cannot link is who "they" are, never an actor named before
                return []
        civilian = sector_groups().civilian
        before = [
            a
            for a in self.named
            if a.end <= tok.i and a.start not in own and _personal(a) == want_person and a.entity.sector not in civilian
        ]
        if struck:
            # (what is struck is a state's or an armed side's, never a body of no state's:
            # "Amnesty said that Sudan shelled its villages" names no target)
            before = [a for a in before if a.entity.country]
            return [_as_pronoun(before[-1], tok)] if before else []
        if tok.dep_ in SUBJ and tok.head.dep_ == "ROOT":
            # the subject of a sentence continues the last sentence's subject ("Iran criticised
            # Israel. It said ..."), unless a subject of its own sentence comes first ("After
            # John arrived, he ...")
            if not any(self.linker.doc[a.end - 1].dep_ in SUBJ for a in before):
                topic = [a for a in self.memory.subjects if _personal(a) == want_person]
                if topic:
                    return [_as_pronoun(a, tok) for a in topic]
        if before:
            return [_as_pronoun(before[-1], tok)]
        earlier = self.memory.person if want_person else self.memory.other
        return [_as_pronoun(earlier, tok)] if earlier is not None else []

    def _struck_owner(self, tok: Token) -> set[int]:
        """The words of the clause subject a possessive pronoun cannot stand for: the owner of
        what a verb of force strikes ("X shelled their post", "fired on their positions") is not
        the one striking, but an actor named before it ("Nine Y soldiers died when X shelled their
        post": Y's post); not with "own" ("bombed its own people"). Empty otherwise."""
        if tok.dep_ != "poss" or tok.head.dep_ not in ("dobj", "pobj"):
            return set()
        if any(c.lower_ == "own" for c in tok.head.children):
            return set()
        verb = possessor_clause(tok)
        if not _lacks_target(verb, self.lex, direct=True):
            return set()
        return {t.i for c in verb.children if c.dep_ in SUBJ for t in c.subtree}

    def _accusers(self, tok: Token) -> list[EnActor]:
        """The accuser, for a possessive pronoun inside the charge of an accusation ("Uganda
        accused Kenya of an attack on its embassy": Uganda's embassy; one complains of harm to
        one's own), unless "its own" says it is the accused's."""
        if any(c.lower_ == "own" for c in tok.head.children):
            return []
        for t in tok.ancestors:
            if t.dep_ == "prep" and t.lower_ == "of" and t.head.pos_ == "VERB":
                verb = t.head
                relations = self.lex.word_relations.get(verb.lemma_.lower(), ())
                accuses = any(self.lex.relations[r].complement_agent == "object" for r in relations)
                accused = [c for c in verb.children if c.dep_ == "dobj" and c.i < t.i]
                if not (accuses and accused):
                    return []
                ids = {a.entity.id for a in self.expand(accused)}
                return [a for a in self.verb_subject(verb)[0] if a.entity.id not in ids]
        return []

    def pair(self, tok: Token) -> list[EnActor]:
        """ "the two countries", "both countries": the last two states named."""
        if not any(c.lower_ in self.lex.pairs.get(tok.lemma_.lower(), ()) for c in tok.children):
            return []
        pool = [a for a in self.named if a.end <= tok.i][::-1] + list(self.memory.states)
        states: list[EnActor] = []
        for a in pool:
            if a.entity.type == "Country" and all(s.entity.id != a.entity.id for s in states):
                states.append(_as_pronoun(a, tok))
            if len(states) == 2:
                return states
        return []

    def noun_agent(self, noun: Token) -> list[EnActor]:
        """Who does what an event noun names: its possessor ("Russia's attack"), its "by" phrase,
        else a modifier that names an actor ("Russian strikes")."""
        for c in noun.children:
            if c.dep_ == "poss":
                # "sanctioned Syria for its support of X": the one blamed or thanked for its act
                return (c.pos_ == "PRON" and self._reason_owner(noun)) or self.expand([c])
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in self.lex.passive_agent:
                return self.expand([p for p in c.children if p.dep_ == "pobj"])
        for c in noun.children:
            # "the raid carried out by X", "an offensive launched by X": a light verb's agent
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.lex.light:
                agents = by_agents(c)
                if agents:
                    return self.expand(agents)
        for c in noun.children:
            if c.dep_ in ("compound", "amod") and c.i < noun.i and not _opposed(c):
                found = self.expand([c])
                if found:
                    return found
        return []

    def _striking_act(self, verb: Token, noun: Token) -> list[EnActor]:
        """The owner of an event noun that is the subject of a verb of force ("an ambush that
        killed six soldiers", "a bombing claimed by X killed ..."): ``_act_owner``; none for
        other verbs or nouns."""
        if noun.lemma_.lower() not in self.lex.single or not _lacks_target(verb, self.lex, direct=True):
            return []
        return self._act_owner(noun)

    def _act_owner(self, noun: Token) -> list[EnActor]:
        """Who carries out or claims an event noun whose own words name no agent: the agent of
        a passive clause of claiming or carrying it out on it ("a bombing that was claimed by
        X"), or the subject of the light verb or verb of claiming it is the object of, directly
        or through "responsibility for" ("X staged an ambush that killed ...", "X claimed
        responsibility for a bombing that killed ..."). Not a verb that judges or stops it
        ("condemned an attack that killed": the condemner did not kill)."""
        lex = self.lex
        for c in noun.children:
            passive = c.tag_ == "VBN" or any(g.dep_ == "auxpass" for g in c.children)
            owning = c.lemma_.lower() in lex.light or c.lemma_.lower() in lex.participation
            if c.dep_ in ("acl", "relcl") and passive and owning and (agents := by_agents(c)):
                return self.expand(agents)
        t = completed_noun(noun, lex) or noun  # "claimed responsibility for a bombing"
        if t is not noun and (t.lemma_.lower() in lex.triggers or t.lemma_.lower() in lex.frames):
            # "expressed condolences over a bombing that killed ...", "laid the blame for an
            # ambush that killed ...": a noun that is an act of its own (a statement) is not the
            # claim, and who makes it did not do the deed (here only: "announced an end to
            # military aid to X" stays the announcer's aid cut, arguments_en._noun)
            return []
        verb = t.head
        if (
            t.dep_ != "dobj"
            or verb.pos_ != "VERB"
            or not (verb.lemma_.lower() in lex.light or verb.lemma_.lower() in lex.participation)
        ):
            return []
        return self.expand(dependents(verb, SUBJ)[:1])

    def _reason_owner(self, noun: Token) -> list[EnActor]:
        """Whom a possessive pronoun stands for on an act named as the reason of another ("put
        Syria on its list because of its support for X", "criticised Iran over its backing of
        X", "imposed sanctions on Syria for its support of X"): the one the reasoned act is
        aimed at, not its agent (none where that act names no one)."""
        prep = noun.head if noun.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "of" and prep.dep_ == "pcomp":
            prep = prep.head  # "because of"
        if (
            prep is None
            or prep.dep_ != "prep"
            or prep.lower_ not in self.lex.reason_preposition
            or prep.head.pos_ != "VERB"
        ):
            return []
        verb = prep.head
        agents = {a.entity.id for a in self.verb_subject(verb)[0]}
        aimed = self.objects_of(verb, ("on", "against"), include_direct=True, other_preps=False, places=False)
        return [a for a in aimed if a.entity.id not in agents]

    def verb_subject(self, verb: Token) -> tuple[list[EnActor], str]:
        """A verb's subject and how it was found ("direct", "inherited"): its own, else in a
        relative clause the noun it modifies, else its controller's or first conjunct's ("plans
        to visit", "met and agreed"), else the main clause's ("by attacking")."""
        t = verb
        how = "direct"
        for _ in range(6):
            # a clause has one subject: a second is the parser's misreading of an object before
            # the verb ("Militants claiming to hold UN workers met ...": not the workers)
            subj = dependents(t, SUBJ)[:1]
            if subj:
                if subj[0].lower_ in RELATIVE and t.dep_ == "relcl":
                    return self.expand([t.head]) or self._striking_act(t, t.head), how
                # "Turkey shelled Syria and Iran protested": the last of the pair protests
                subj = [n for n in subj[0].conjuncts if stranded_subject(n, self.lex) == t] or subj
                found = self.expand([*subj, *companions(subj[0], t)])
                if not found and subj[0].pos_ == "NOUN":
                    # "Russian strikes killed ...", "Iran's missiles hit ...": the weapon or
                    # event acts for whose it is; a body by its name first ("Osama bin Laden's
                    # al-Qaeda network")
                    named = [c for c in subj[0].children if c.dep_ == "compound" and c.i < subj[0].i]
                    found = _outermost(self.expand(named)) or self.noun_agent(subj[0])
                    found = found or self._striking_act(t, subj[0])
                return found, how
            if t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBG"):
                # "crowds who protested", "demonstrators protesting X": the noun the clause
                # describes, never the main clause's subject
                return self.expand([t.head]), "inherited"
            stranded = next((n for n in t.doc[t.head.i + 1 : t.i] if stranded_subject(n, self.lex) == t), None)
            if stranded is not None:
                return self.expand([stranded]), how
            misplaced = misattached_subject(t, self.lex)
            if misplaced is not None:
                return self.expand([misplaced]), how
            if t.dep_ == "acl" and marked_infinitive(t):
                return self._aim_owner(t.head), "inherited"
            if t.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "acomp"):
                break
            controller = self._object_controller(t)
            if controller:
                return controller, "inherited"
            if self._appeal_content(t):
                return [], "inherited"
            kept = kept_from(t, self.lex)
            if kept is not None:
                # the gerund is the object's act, never the subject's ("stopped Uganda from
                # attacking Somalia": Uganda would have attacked), whether or not it names an actor
                return self.linker.actors(kept), "inherited"
            controlled = t.dep_ == "xcomp"
            t = t.head.head if t.dep_ == "pcomp" else t.head
            how = "inherited"
            passive_subj = [c for c in t.children if c.dep_ in PASS_SUBJ]
            if controlled and passive_subj:
                # "Putin is expected to visit", "Syria was urged to withdraw": the passive's
                # subject does what the infinitive says
                return self.expand(passive_subj[:1]), how
            if passive_subj or any(c.dep_ == "auxpass" for c in t.children):
                # "X was submerged, killing 700": who acts is the passive's agent, if it names one
                agent = by_agents(t)
                return (self.expand(agent) if agent else []), how
        return [], how

    def _aim_owner(self, noun: Token) -> list[EnActor]:
        """Whose aim a noun of aim (``gk:AimNounCue``) with an infinitive states ("Iran's plans to
        build", "made a bid to improve", "stepped up efforts to mediate"): the noun's owner, else
        the subject of the light verb that takes it. Other nouns ("reluctance to", "failure to")
        and a noun that is a trigger of its own (a demand's infinitive is the addressee's act)
        give none."""
        if noun.lemma_.lower() not in self.lex.aims or noun.lemma_.lower() in self.lex.word_relations:
            return []
        if any(c.dep_ == "det" and c.lower_ in self.lex.negation for c in noun.children):
            return []  # "made no attempt to withdraw": no act, none of its actors
        owner = self.noun_agent(noun)
        if owner or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in self.lex.light:
            return owner
        return self.verb_subject(noun.head)[0]

    def _appeal_content(self, verb: Token) -> bool:
        """Is an infinitive the act an appeal asks of another (``gk:AppealNounCue``), though the
        parser hangs it on the verb that takes the appeal ("ignored calls to withdraw",
        "defied pressure to halt")? Not done, and never by that verb's subject: it may defy it."""
        if not to_infinitive(verb):
            return False
        return any(
            c.dep_ == "dobj" and c.i < verb.i and c.lemma_.lower() in self.lex.appeals for c in verb.head.children
        )

    def _object_controller(self, verb: Token) -> list[EnActor]:
        """The subject of an infinitive its governor's object controls: "forced Turkey to
        recognise", "is pressing Seoul to send" (Turkey recognises, not the one who forces); "put
        pressure on Syria to withdraw" (a demand's addressee acts). None elsewhere: "sent
        envoys to mediate" is the sender's envoys', "used missiles to attack" the user's."""
        if not to_infinitive(verb):
            return []
        for obj in verb.head.children:
            if obj.dep_ != "dobj" or obj.i > verb.i:
                continue
            found = self.linker.actors(obj)
            if found:
                return found
            if any(self.lex.relations[r].addressee_object for r in self.lex.word_relations.get(obj.lemma_.lower(), ())):
                # (the parser hangs "on Syria" on the noun or on the light verb)
                preps = [*obj.children, *verb.head.children]
                on = [p for c in preps if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
                return self.expand(on)
        return []

    def objects_of(
        self,
        tok: Token,
        markers: Sequence[str],
        include_direct: bool,
        other_preps: bool = True,
        places: bool = True,
    ) -> list[EnActor]:
        """The object of ``tok``: its direct object, the object of one of the relation's
        prepositions, or (``other_preps``) a participant the object noun's own prepositions name.
        With ``places``, also a place or a thing named by its holder ("visited Amman", "attacked
        a police station")."""
        noun_preps = _NOUN_OBJECT_PREPS if other_preps else ()
        if include_direct:
            direct = _relative_gap([c for c in tok.children if c.dep_ in _OBJ] or _shifted_object(tok), tok)
            # ("termed Israel's move a provocation": the object the parser makes a clause of)
            direct = direct or _named_object(tok)
            found = self.expand(direct, places=places)
            if found and all(self.contextual(a) for a in found):
                # "will withdraw humanitarian workers from Iraq": a group whose state the text
                # does not give yields to the relation's own preposition
                # (not to a town it names: "killed five civilians in Kharkiv" kills Ukraine's)
                # ("impose a lawyer on Milosevic": the parser may hang "on X" on the object)
                near = _marked(tok, markers, self.lex) or [
                    p for d in direct for p in _marked(d, markers, self.lex) if d.dep_ == "dobj"
                ]
                marked = [m for m in self.expand(near, places=places) if m.kind != "place"]
                if marked and not self._where(marked, found):
                    return marked
            if found:
                return found  # "arrested protesters in Cairo": the direct object, not the place
        marked = _marked(tok, markers, self.lex)
        if include_direct and marked and all(m.head.lower_ in _LOCATIVE for m in marked):
            # "raiding its consulate in Mombasa" ("in" on the verb): the thing's owner first
            found = self.expand([p for d in direct if self._owned(d) for p in d.children if p.dep_ == "poss"])
            if found:
                return found
        # ("carried out the kidnapping of two Italians": an event noun's "of" names its patient)
        event_markers = (*markers, "of") if self._acts_on_event(tok) else ()
        if event_markers and marked and all(m.head.lower_ in _LOCATIVE or m.ent_type_ in WHEN for m in marked):
            # "staged an ambush on US troops in Mosul on Tuesday", "carried out the kidnapping of
            # two Italians in Baghdad": the event noun's own target, not where or when it happened
            found = self._on_object(tok, event_markers, noun_preps, places=False)
            if found:
                return found
        found = self.expand(marked, places=places)
        if found:
            return found
        found = self._on_object(tok, event_markers or markers, noun_preps, places)
        if found:
            return found
        if include_direct and any(c.dep_ == "dobj" for c in tok.children):
            # "cut financial support to Belarus", "rejected an offer from Kabul": the verb acts on an
            # event noun, whose own participant follows with the noun's prepositions
            cands = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in noun_preps for p in c.children]
            return self.expand([p for p in cands if p.dep_ == "pobj"], places=places)
        return []

    def _acts_on_event(self, verb: Token) -> bool:
        """Is the verb's direct object an event noun ("launched an attack", "carried out the
        kidnapping")?"""
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.single for c in verb.children)

    def _where(self, marked: list[EnActor], found: list[EnActor]) -> bool:
        """Is the marked phrase only where the found group is ("killed five civilians in
        Kharkiv", "in Ukraine"): places of the group's own state after a preposition of place,
        which gave the group that state? ("withdraw workers from Iraq" is not.)"""
        states = {a.entity.country for a in found}
        doc = self.linker.doc
        return all(
            m.entity.type in _PLACE_TYPES and m.entity.country in states and doc[m.end - 1].head.lower_ in _LOCATIVE
            for m in marked
        )

    def contextual(self, actor: EnActor) -> bool:
        """Is the actor a group whose state only the context gave ("workers", "a lawyer")?"""
        head = self.linker.doc[actor.end - 1]
        return actor.kind == "group" and actor.entity.country is not None and not self.linker.countries_of(head)

    def _on_object(
        self, tok: Token, markers: Sequence[str], noun_preps: Sequence[str], places: bool = True
    ) -> list[EnActor]:
        """ "imposed sanctions on Iran", "called for talks with Seoul", "demanded the removal of
        X", "demanded an admission by Moscow": a preposition on the object."""
        for c in tok.children:
            if not (c.dep_ in ("dobj", "attr") or (c.dep_ == "prep" and c.lower_ in ("for", "to"))):
                continue
            inner = c if c.dep_ != "prep" else next((p for p in c.children if p.dep_ == "pobj"), None)
            if inner is None:
                continue
            if c.dep_ == "dobj" and inner.lemma_.lower() in self.lex.single:
                # "will investigate the killing of civilians by Chadian troops": an act's agent
                agent = [
                    x
                    for p in inner.children
                    if p.dep_ == "prep" and p.lower_ in self.lex.passive_agent
                    for x in p.children
                ]
                found = self.expand([x for x in agent if x.dep_ == "pobj"])
                if found:
                    return found
            # ("lifted the curfew imposed on X": also a preposition on a participle describing it)
            described = [g for d in inner.children if d.dep_ == "acl" and d.tag_ == "VBN" for g in d.children]
            owned = self._owned(inner)
            for p in [*inner.children, *described]:
                if owned and p.lower_ in _LOCATIVE:
                    continue
                if p.dep_ == "prep" and (p.lower_ in markers or p.lower_ in noun_preps):
                    found = self.expand([x for x in p.children if x.dep_ == "pobj"], places=places)
                    if found:
                        return found
            # (a stretch of time is nobody's: "the campaign entered its second week")
            # ("yielded to Peruvian demands", "agreed to Kenya's request": the owner of the noun)
            if inner.ent_type_ not in WHEN:
                for p in inner.children:
                    if p.dep_ in ("poss", "compound", "amod", "nmod") and p.i < inner.i:
                        found = self.expand([p])
                        if found:
                            return found
        return []

    def _owned(self, noun: Token) -> bool:
        """Does a possessive pronoun say whose the noun is, rather than a place after it ("attacking
        its embassy in Nairobi")? Not for one's own forces, aimed where they are ("strengthened
        its troops in Uganda")."""
        return noun.lemma_.lower() not in self.lex.own_forces and owned_by_pronoun(noun)

    def event_state(self, verb: Token) -> str | None:
        """The state where the verb's event happens ("in Serbia")."""
        for c in dependents(verb, ("prep",), ("in", "inside", "throughout", "across")):
            for p in c.children:
                if p.dep_ == "pobj":
                    for a in self.linker.actors(p, places=True):
                        if a.entity.country:
                            return a.entity.country
        return None

    def located(self, actor: EnActor, country: str) -> EnActor:
        """People named by their nation, acting or acted on in another state, are that state's
        ("ethnic Albanians demonstrated in Serbia"); other actors stay as they are."""
        if actor.entity.country == country:
            return actor
        head = self.linker.doc[actor.end - 1]
        nation = actor.kind == "demonym" and head.tag_ in ("NNS", "NNPS")  # "Albanians", "Serbs"
        # "hundreds of ethnic Hungarians": an ethnic group, not foreign nationals ("Sudanese
        # protesters in Cairo" stay Sudanese)
        ethnic = actor.kind in ("group", "demonym") and any(t.lower_ in self.lex.ethnic for t in head.subtree)
        if not (nation or ethnic):
            return actor
        people = self.linker.gaz.composed("Civilians", country)
        if people is None:
            return actor
        ent = Entity(
            people.id,
            people.label,
            people.type,
            {"en": people.labels.get("en", people.label)},
            people.country,
            people.sector,
        )
        return EnActor(ent, actor.start, actor.end, "group", actor.text, actor.char_start, actor.char_end)


def _main_subject(head: Token) -> bool:
    """Is the word the head of its sentence's main subject (or a conjunct of it)?"""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in SUBJ and head.head.dep_ == "ROOT"


def _marked(tok: Token, markers: Sequence[str], lex: EnglishLexicon) -> list[Token]:
    """The objects of the relation's prepositions on ``tok`` (or on its predicate adjective: "was
    concerned about X", "is opposed to X"), and a dative noun ("give Tanzania a grant")."""
    cands: list[Token] = []
    around = [*tok.children, *(g for c in tok.children if c.dep_ == "acomp" for g in c.children)]
    for c in around:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in markers and not _agent_marker(tok, c, lex):
            cands.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            cands.append(c)
    if "from" in markers:
        # "pulled its troops out of Iraq": "out of" is "from", parsed as two prepositions
        for c in around:
            if c.dep_ == "prep" and c.lower_ == "out":
                ofs = [g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
                cands.extend(p for g in ofs for p in g.children if p.dep_ == "pobj")
    if not cands:
        # "provided information on Arar to US authorities": the parser hangs the relation's
        # preposition on the noun of a topic phrase before it; it is still the verb's
        for c in around:
            if c.dep_ == "prep" and c.lower_ in lex.topic_preposition:
                for p in (x for x in c.children if x.dep_ == "pobj"):
                    for g in p.children:
                        if (
                            g.dep_ == "prep"
                            and g.lower_ in markers
                            and g.lower_ != "of"
                            and g.lower_ not in lex.passive_agent
                        ):
                            cands.extend(x for x in g.children if x.dep_ == "pobj")
    return cands


def _agent_marker(tok: Token, prep: Token, lex: EnglishLexicon) -> bool:
    """Does the preposition ("by") name an agent, not an object? It does but right after an
    active verb, where it is the verb's own ("stood by Iran", "abided by the ruling")."""
    if prep.lower_ not in lex.passive_agent:
        return False
    active = tok.pos_ == "VERB" and not any(g.dep_ in ("auxpass", "nsubjpass") for g in tok.children)
    return not (active and prep.dep_ == "prep" and prep.i == tok.i + 1)


def companions(subject: Token, verb: Token) -> list[Token]:
    """The nouns of a subject's "along with" or "together with" phrase, hung on the subject or
    on the verb between the two ("Japan, along with Australia, pledged aid": both pledged); a bare
    "with" stays an instrument or a partner, and one after the verb a partner or object's."""
    out = []
    between = [c for c in verb.children if subject.i < c.i < verb.i]
    for c in [*subject.children, *between]:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "along":
            out += [p for w in c.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
        elif c.lower_ == "with" and any(g.lower_ == "together" for g in c.children):
            out += [p for p in c.children if p.dep_ == "pobj"]
    return out


# prepositions after a noun that make what follows its topic, never its act ("an inquiry into the
# attack", "a report about the raid")
_TOPIC_PREPS = ("into", "about")


def completed_noun(noun: Token, lex: EnglishLexicon) -> Token | None:
    """The object noun an event noun completes through a preposition, whose verb then owns the
    event ("claimed responsibility for the kidnapping", "took part in the raid", "restored
    trust in the negotiations"), or None. Not a noun that is an act of its own, nor one the
    event is the topic of ("ordered an investigation into an attack", "an inquiry into the
    attack that killed ...": no attack by whoever orders them), nor a noun done for the event
    by a verb that neither claims nor carries it out."""
    middle = noun.head.head if noun.dep_ == "pobj" else None
    if middle is None or middle.dep_ != "dobj" or middle.pos_ != "NOUN" or middle.lemma_.lower() in lex.single:
        return None
    if noun.head.lower_ in _TOPIC_PREPS:
        return None
    # ("vowed revenge for the attack", "sought punishment for the bombing": what one does for an
    # act is about it; only a verb of claiming or a light verb owns it through its "for")
    verb = middle.head.lemma_.lower()
    return middle if noun.head.lower_ != "for" or verb in lex.claiming or verb in lex.light else None


def by_agents(verb: Token) -> list[Token]:
    """The nouns of a passive's or a participle's "by" phrase ("held by Uganda": Uganda)."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def shared_by_agents(verb: Token, lex: EnglishLexicon) -> list[Token]:
    """The verb's ``by_agents``; for a passive of force with none, those of the first passive of
    force joined to it after "and" ("were attacked and kidnapped by insurgents": both done by
    the insurgents); never across acts of another kind ("were kidnapped and later freed by
    troops": the troops freed them, they did not kidnap them)."""
    own = by_agents(verb)
    if own or not _passive_verb(verb) or not _forceful(verb, lex):
        return own
    joined = next((c for c in verb.children if joined_passive(c) and _forceful(c, lex)), None)
    return by_agents(joined) if joined is not None else []


def _forceful(verb: Token, lex: EnglishLexicon) -> bool:
    """Is the verb, on its own, a use of force (attack, kidnap, wound)?"""
    relations = lex.word_relations.get(verb.lemma_.lower(), ())
    return bool(relations) and all(r in lex.assaults for r in relations)


def _passive_verb(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", *PASS_SUBJ) for c in verb.children)


def joined_passive(verb: Token) -> bool:
    """Is the verb a participle joined after "and" to a passive, with no subject of its own
    ("were attacked and kidnapped"): a passive too, of the same patients?"""
    own = any(c.dep_ in (*SUBJ, *PASS_SUBJ) for c in verb.children)
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not own and _passive_verb(verb.head)


def _personal(a: EnActor) -> bool:
    """Is the actor one "he" or "she" can stand for: a person, or an office named by its title
    ("the Ugandan president ... urged him", where the office resolves to no person)?"""
    return (a.entity.type == "Person" and a.kind != "led") or a.kind == "office"


def _as_pronoun(a: EnActor, tok: Token) -> EnActor:
    return EnActor(a.entity, tok.i, tok.i + 1, "pronoun", tok.text, tok.idx, tok.idx + len(tok.text))


def _outermost(actors: list[EnActor]) -> list[EnActor]:
    """The actors whose words no longer name of the list holds ("Paris Club nations": the Paris
    Club, not France by its capital's name inside it)."""
    return [
        a
        for a in actors
        if not any(
            b is not a and b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start for b in actors
        )
    ]


def unique(actors: Sequence[EnActor]) -> list[EnActor]:
    """Each actor once per position, in order."""
    seen: set[tuple[str, int]] = set()
    out = []
    for a in actors:
        key = (a.entity.id, a.start)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _opposed(modifier: Token) -> bool:
    """Is the modifier "anti-X" ("anti-Japanese riots"): X is whom the act is against, never its
    agent?"""
    doc = modifier.doc
    if modifier.lower_.startswith("anti-"):
        return True
    i = modifier.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "anti"


def stranded_subject(noun: Token, lex: EnglishLexicon | None = None) -> Token | None:
    """The verb a noun the parser joined to the object before it is really the subject of:
    "Norway cancelled the debt and Zambia thanked it" ("Zambia" a conjunct of "debt", "thanked"
    a conjunct of, or a clause under, "cancelled", with no subject); "Turkey shelled Syria and
    Iran protested" (the pair "Syria and Iran" read as the subject of "protested": Syria is what
    was shelled, Iran protests). None for a real conjunct of the object."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.i + 1]
    verb = after.head if after.dep_ in ("aux", "auxpass", "neg", "advmod") else after
    if verb.dep_ not in ("conj", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.i <= noun.i or verb.i > noun.i + 3 or verb.head.i >= noun.i:
        return None
    first = noun.head
    while first.dep_ == "conj":
        first = first.head
    subjects = [c for c in verb.children if c.dep_ in SUBJ or c.dep_ in PASS_SUBJ]
    # the pair as the clause's subject only where the clause hangs on a verb of force whose
    # object is missing: the first noun is that object ("shelled Syria and Iran protested");
    # "said" or "believes Syria and Iran supplied arms" keeps both as who supplied
    if subjects and (
        subjects != [first] or first.i < verb.head.i or verb.dep_ != "ccomp" or not _lacks_target(verb.head, lex)
    ):
        return None
    return verb


FINITE = ("VBD", "VBZ", "VBP")


def misattached_subject(verb: Token, lex: EnglishLexicon) -> Token | None:
    """The subject of a finite verb with none that the parser hung elsewhere in a long lead:
    the object of a verb of saying the verb hangs on ("officials said gunmen, some in uniform,
    abducted ...": "gunmen" read as what was said), or an apposition closing a fronted phrase
    ("Late on Tuesday, near the border, Egypt's foreign minister, X, met ...": the minister read
    as the border's apposition). Walks the verb's own head and left children only."""
    if verb.tag_ not in FINITE or any(c.dep_ in SUBJ or c.dep_ in PASS_SUBJ for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ in ("advcl", "ccomp") and head.i < verb.i and head.lemma_ in lex.accusing:
        said = [c for c in head.rights if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
        return said[0] if said else None
    if verb.dep_ != "ROOT":
        return None
    end = verb.i - 2 if verb.i > 1 and verb.doc[verb.i - 1].text == "," else verb.i - 1
    # the fronted phrase nearest the verb: a time or place, or a participle ("Acting on ...")
    fronted = [c for c in verb.lefts if c.dep_ in ("prep", "npadvmod", "advmod", "advcl")]
    return _closing_noun(fronted[-1], end) if fronted else None


# how the parser hangs a lead's subject back on the fronted phrase before it: as its apposition,
# its object, or ("Acting on orders from X, troops ...") the object of its participle
_HUNG_BACK = ("appos", "pobj", "dobj")


def _closing_noun(fronted: Token, end: int) -> Token | None:
    """The last noun after a comma inside a fronted phrase that hangs back across that comma
    ("in a district near the border, Israel, which ..."): the lead's subject, read as the
    phrase's apposition or object. Not an apposition of such a noun ("..., X's minister, Y")."""
    found = None
    for comma in fronted.subtree:
        if comma.text != "," or comma.i >= end:
            continue
        noun = comma.doc[comma.i + 1]
        while noun.dep_ not in _HUNG_BACK and comma.i < noun.head.i <= end and noun.head != noun:
            noun = noun.head
        if noun.dep_ in _HUNG_BACK and noun.head.i < comma.i and noun.head.dep_ != "appos" and noun.head != found:
            found = noun if noun.pos_ in ("NOUN", "PROPN") else found
    return found


def _lacks_target(verb: Token, lex: EnglishLexicon | None, direct: bool = False) -> bool:
    """Is the verb a verb of force with no direct object of its own (a verb of saying or thinking
    takes a clause, whose subject is no misread object)? With ``direct``, any verb of force."""
    if lex is None or verb.pos_ != "VERB" or (not direct and any(c.dep_ == "dobj" for c in verb.children)):
        return False
    return any(r in lex.assaults for r in lex.word_relations.get(verb.lemma_.lower(), ()))


def to_infinitive(verb: Token) -> bool:
    """Is the verb a "to" infinitive governed by another ("forced Turkey to recognise",
    "marched to protest")?"""
    return verb.dep_ in ("xcomp", "advcl") and marked_infinitive(verb)


def marked_infinitive(verb: Token) -> bool:
    """Does the verb carry the "to" of an infinitive ("to resume", "plans to withdraw")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def indefinite(noun: Token) -> bool:
    """Does the noun carry the indefinite article ("a provocation", "an attack")?"""
    return any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children)


def kept_from(verb: Token, lex: EnglishLexicon) -> Token | None:
    """The direct object of the verb whose "from" phrase the gerund is ("stopped Uganda from
    attacking", "barred its officials from attending"): who would have done the act, and did not.
    None for a gerund with no such object ("refrained from attacking": the subject's own) or an
    amount ("made millions from selling arms": a gain, not a prevention)."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "from":
        return None
    governor = verb.head.head
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.like_num or obj.lemma_.lower() in lex.amount or any(c.dep_ == "nummod" for c in obj.children):
        return None
    return obj


def _relative_gap(direct: list[Token], verb: Token) -> list[Token]:
    """The object of a relative clause is the noun the clause describes ("the soldiers it had
    kidnapped", "the envoy that Cairo expelled"): the gap, or the relative pronoun standing for
    it, is that noun. Only where the clause has a subject of its own that is not the relative
    pronoun (in "the rebels who kidnapped X" the noun is the subject) and no other object."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return direct
    if any(c.lower_ not in RELATIVE for c in direct):
        return direct
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if not subj or subj[0].lower_ in RELATIVE or subj[0].dep_ == "nsubjpass":
        return direct
    if any(c.lower_ in _RELATIVE_ADVERBS for c in verb.children):
        return direct  # "the town where Israel struck": the noun is where, not what
    if verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].is_punct:
        # ", whom officials blame for ...": a clause set off by a comma is an aside about
        # people already named, which coders leave uncoded (conservative: restrictive only)
        return direct
    return [verb.head]


def _shifted_object(verb: Token) -> list[Token]:
    """A direct object moved after its "as" phrase ("denounced as a crime Serbia's crackdown"),
    which the parser hangs on that phrase's noun as an apposition."""
    return [
        a
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.dep_ == "pobj"
        for a in p.children
        if a.dep_ == "appos"
    ]


def given_names(verb: Token) -> list[tuple[Token, Token]]:
    """(object, name) of the indefinite nouns the parser hangs under the verb's object, or under
    a clause or object predicate it makes of the object: the name the verb gives the object
    ("termed Israel's move a provocation", "called the decision a violation")."""
    if not _may_give_name(verb):
        return []  # (nearly every verb: told from the parse arrays, no Token made)
    kids = list(verb.children)
    held = [c for c in kids if c.dep_ in ("dobj", "ccomp", "oprd", "xcomp") and not _own_clause(c)]
    found = [
        (o, n) for o in held for n in o.children if n.dep_ in ("dobj", "appos", "attr") and n.i > o.i and indefinite(n)
    ]
    # ("termed Japan's decision a provocation": the parser's own object predicate)
    objects = [c for c in kids if c.dep_ == "dobj"]
    return found + [
        (objects[0], n) for n in kids if n.dep_ == "oprd" and objects and n.i > objects[0].i and indefinite(n)
    ]


def _may_give_name(verb: Token) -> bool:
    """Whether ``given_names`` may find a name, from the parse arrays: a word with an indefinite
    article under one of the verb's objects or clauses, after it, or an object predicate with
    one beside a direct object (what it asks, less its other tests)."""
    p = parse_of(verb.doc)
    deps, kids, low = p.deps, p.kids, p.lower

    def indefinite_at(n: int) -> bool:
        return any(deps[d] == "det" and low[d] in ("a", "an") for d in kids[n])

    own = kids[verb.i]
    if any(deps[n] == "oprd" and indefinite_at(n) for n in own) and any(deps[c] == "dobj" for c in own):
        return True
    return any(
        deps[c] in ("dobj", "ccomp", "oprd", "xcomp")
        and n > c
        and deps[n] in ("dobj", "appos", "attr")
        and indefinite_at(n)
        for c in own
        for n in kids[c]
    )


def _own_clause(tok: Token) -> bool:
    """Is the word a clause of its own, content rather than a misread object: a copula, a verb
    with an auxiliary, or a finite verb with a subject ("said the move was a mistake", "asked
    Japan to send a delegation"; not "termed the Japanese visit a provocation", "visit" a bare
    form the parser gave a subject)?"""
    kids = [g.dep_ for g in tok.children]
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") and any(d in ("nsubj", "nsubjpass") for d in kids)
    return tok.pos_ == "AUX" or finite or any(d in ("aux", "auxpass") for d in kids)


def _named_object(verb: Token) -> list[Token]:
    """The object a verb of naming names, where the parser made a clause of it ("termed Israel's
    move a provocation"; "branded the US decision a provocation", the noun read as a verb: its
    modifiers)."""
    held = [o for o, _ in given_names(verb) if o.dep_ == "ccomp"]
    return [m for o in held for m in ([o] if o.pos_ == "NOUN" else dependents(o, ("compound", "poss", "amod")))]


def of_objects(noun: Token) -> list[Token]:
    """The objects of the noun's "of" phrases ("a rally of students": students)."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def possessor_clause(poss: Token) -> Token:
    """The word heading the clause a possessive's noun is in: the noun's head, or the head of the
    preposition it follows ("urged its citizens", "fired on its positions"); for a part counted
    out of the noun, the word the count hangs on ("killed two of its soldiers")."""
    noun = poss.head
    clause = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ == "pobj" and clause.pos_ == "NUM" and noun.head.lower_ == "of":
        clause = clause.head
    return clause


def each_other(verb: Token) -> bool:
    """Is the verb's object "each other" or "one another"?"""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    # (the parser reads "one another" either way round)
    pairs = {("other", "each"), ("another", "one"), ("one", "another")}
    return any((o.lower_, d.lower_) in pairs for o in objs for d in o.children)
