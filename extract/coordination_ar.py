"""Subjects shared by coordinated verbs, an Arabic stage used by argument finding.

Arabic does not repeat a subject in a verb coordinated by و ("أجرت كندا مراجعة وأطلعت فرنسا على
نتائجها": Canada reviewed and informed France). The verb before may be any verb, not only a
trigger, so the sentence's plain verbs are read here by their shape alone:

- a feminine perfect (ending in ت) right before a name: "أجرت كندا", "قالت الوزارة";
- an imperfect (ت/ي) right after a name opening its clause: "أن مصر تجري";
- a sentence's first word right before a person or title: "استقبل الرئيس المصري".

A coordinated verb continues the nearest such subject before it in its sentence that agrees with
it: a feminine verb a state or a body, a masculine one a person. The name right after such a verb
is then its object, but only when nothing else would be ("وطالبت إسرائيل بتقديم اعتذار"); a verb
with a name after that name keeps its own subject ("واتهمت أوكرانيا روسيا").
"""

from __future__ import annotations

from collections.abc import Callable

from .memo_ar import named
from .morphology_ar import ARTICLE, CONJUNCTION_LETTERS
from .values_ar import QUOTES, RELATIVE_PRONOUNS, SEPARATE_PREPOSITIONS, Discourse, Group, Hit, Sentence

__all__ = ["coordinated", "sentence_subject", "with_plain_subjects"]

_FUNCTION_WORDS = SEPARATE_PREPOSITIONS | RELATIVE_PRONOUNS | frozenset({"تحت", "بعد", "قبل", "وقت", "ثم", "حتي"})


def _strip(norm: str) -> str:
    return norm[1:] if norm[:1] in CONJUNCTION_LETTERS and len(norm) > 3 else norm


def coordinated(s: Sentence, hit: Hit) -> bool:
    """Whether a verb is joined to the clause before it: و/ف on it, or "و"، "ثم"، "وسوف" before it,
    or "حيث" and "كما" ("وصل إلى دمشق حيث التقى الرئيس السوري": where he met)."""
    m = hit.match
    if m.joined:
        return True
    i = m.positions[0] - 1
    return i >= s.span.start and s.norm(i) in _JOINING


_JOINING = frozenset({"و", "ف", "ثم", "وسوف", "فسوف", "وقد", "حيث", "وحيث", "كما", "وكما"})


def _feminine_perfect(norm: str) -> bool:
    word = _strip(norm)
    return 3 <= len(word) <= 7 and word.endswith("ت") and not word.endswith("ات") and word not in _FUNCTION_WORDS


def _imperfect(norm: str) -> bool:
    word = _strip(norm)
    return len(word) >= 4 and word[0] in "تي" and not word.startswith(ARTICLE) and word not in _FUNCTION_WORDS


def _imperfect_feminine(norm: str) -> bool | None:
    """Whether a verb of imperfect shape after its subject is feminine: "تـ" says so, except on
    the shapes that are also a masculine perfect of forms V and VI ("الجيش تقدم", "الجيش تراجع":
    advanced, retreated), where only the subject can tell."""
    word = _strip(norm)
    if word[0] != "ت":
        return False
    return None if len(word) == 4 or (len(word) == 5 and word[2] == "ا") else True


def _plain_subjects(s: Sentence, before: int) -> list[tuple[Group, bool | None]]:
    """The subjects of the sentence's plain verbs before token ``before``, with whether the verb
    was feminine (None: its shape does not say)."""
    found: list[tuple[Group, bool | None]] = []
    for g in s.groups:
        if g.end > before or g.marker is not None:
            continue
        acting = g.acting  # (a property: a new tuple on every read)
        if not acting or all(a.kind == "demonym" for a in acting):
            continue
        prev = g.start - 1
        if prev in s.verbs:
            # a trigger's or reporting verb's subject is known from its hit ("نفت إيران أن تكون قد
            # زودت روسيا": Russia is no subject), not guessed from the verb's shape
            continue
        if prev >= s.span.start and not named(s, prev) and _feminine_perfect(s.norm(prev)):
            found.append((g, True))
        elif g.end < before and _imperfect(s.norm(g.end)) and _opens_clause(s, g):
            found.append((g, _imperfect_feminine(s.norm(g.end))))
        elif prev == s.span.start and acting[0].entity.type == "Person" and s.norm(prev) not in _FUNCTION_WORDS:
            found.append((g, False))
    return found


def _opens_clause(s: Sentence, g: Group) -> bool:
    """A name at the start of the sentence or right after إن/أن/و (and an opening quote)."""
    prev = g.start - 1
    if prev >= s.span.start and s.norm(prev) in QUOTES:
        prev -= 1
    return prev < s.span.start or s.norm(prev) in ("ان", "أن", "إن", "و", "بان", "لان")


def _agrees(g: Group, feminine: bool, titled: Callable[[Group], bool] | None = None) -> bool:
    person = g.acting[0].entity.type == "Person" or g.acting[0].kind == "title"
    # "وقال المسؤول الأمريكي ... ، وحذر": a nationality after an official's title word is a man
    person = person or (titled is not None and titled(g))
    return not person if feminine else person


def sentence_subject(
    s: Sentence, hit: Hit, known: tuple[Group, ...], titled: Callable[[Group], bool] | None = None
) -> Group | None:
    """The nearest subject before a coordinated verb in its sentence (of a trigger, ``known``, or
    of a plain verb) that agrees with it in gender; None for a plural verb or none agreeing.
    ``titled``: whether a group that names no person still stands for a man (a nationality after
    an official's title word) or, as the caller may allow, a masculine body."""
    m = hit.match
    if m.form.plural:
        return None
    start = m.positions[0]
    for g, verb_feminine in reversed(clause_subjects(s, start, known)):
        if s.quote_between(g.end, start):
            return None
        if verb_feminine is not None and verb_feminine != m.form.feminine:
            continue
        if _agrees(g, m.form.feminine, titled):
            return g
    return None


def clause_subjects(s: Sentence, before: int, known: tuple[Group, ...]) -> list[tuple[Group, bool | None]]:
    """The subjects in the sentence before token ``before`` (of a trigger, ``known``, or of a plain
    verb, with whether that verb was feminine), in order."""
    mine: list[tuple[Group, bool | None]] = [(g, None) for g in known if s.span.start <= g.start and g.end <= before]
    return sorted(mine + _plain_subjects(s, before), key=lambda p: p[0].start)


def with_plain_subjects(s: Sentence, discourse: Discourse) -> Discourse:
    """The discourse with the subjects of the sentence's plain verbs that come after the last
    subject it remembers from this sentence, so that the next sentence's pronoun-dropped verb
    ("... أجرت كندا مراجعة. وأطلعت فرنسا على نتائجها") continues them too."""
    last = max((g.end for g in discourse.subjects if s.span.start <= g.start < s.span.end), default=s.span.start)
    for g, _ in _plain_subjects(s, s.span.end):
        if g.start >= last and not s.quote_between(s.span.start, g.start):
            discourse = discourse.with_subject(g)
    return discourse
