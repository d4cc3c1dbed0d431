"""Time expressions, found in a normalised sentence and resolved against the document date.

The words (today, yesterday, last week, month and weekday names) come from the ontology's
lexicon (``TimeGrammar.build``); this module holds only the grammar that combines them with
numbers, and the resolution of a candidate's time that both languages share
(``resolve_candidate_times``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from geokg.ontology import Ontology, Relation

from .candidate import Candidate
from .model import TimeSpan
from .normalize import normalize_token


@dataclass(frozen=True)
class TimeMention:
    start: int  # offsets into the normalised sentence text
    end: int
    kind: str  # "relative", "weekday", "month", "range", "days_this_month"
    value: tuple

    def resolve(self, anchor: date | None, future: bool = False) -> TimeSpan | None:
        return _resolve(self, anchor, future)


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _alternation(words) -> str:
    # Longest first, so that "كانون الثاني" wins over a shorter prefix.
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# The order relative time words are tried in (earlier wins an overlap): by unit, then today,
# the one before, the one after.
_UNIT_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class TimeGrammar:
    """The time words of one language (from the ontology's lexicon), compiled into patterns.

    Build it once per pipeline with ``TimeGrammar.build(ontology, lang)``; ``find`` finds the
    time expressions of a normalised sentence."""

    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: tuple[tuple[re.Pattern, str, int], ...]  # (pattern, unit, offset)
    date_re: re.Pattern
    weekday_re: re.Pattern
    days_this_month_re: re.Pattern
    # the words of each relative pattern: a sentence holding none of them (as a substring) is
    # not searched with it (most sentences hold none)
    relative_words: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def build(cls, ontology: Ontology, lang: str) -> TimeGrammar:
        months = {normalize_token(k): v for k, v in ontology.month_names(lang).items()}
        weekdays = {normalize_token(k): v for k, v in ontology.weekday_names(lang).items()}
        groups: dict[tuple[str, int], list[str]] = {}
        for word, rel in ontology.relative_times(lang).items():
            if rel.dates_event and normalize_token(word):
                groups.setdefault((rel.unit, rel.offset), []).append(normalize_token(word))
        ordered = sorted(groups.items(), key=lambda kv: (_UNIT_ORDER[kv[0][0]], abs(kv[0][1]), kv[0][1]))
        relative = tuple(
            (re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)"), unit, offset) for (unit, offset), words in ordered
        )
        relative_words = tuple(tuple(sorted(set(words))) for _, words in ordered)
        month_alt = _alternation(months)
        # Words here are matched on normalised text: إلى → الي, حتى → حتي.
        day = r"(?P<d1>\d{1,2})(?:\s*(?:-|–|و|الي|حتي|to|and)\s*(?P<d2>\d{1,2}))?"
        # Letter-prefixed forms: "في 18 يونيو", "من 18 الى 20 يونيو 2024", "يونيو الجاري", "مارس 2023".
        date_re = re.compile(
            rf"(?<!\w)(?:(?:من\s+)?{day}\s+(?:من\s+)?)?[وفبل]?(?P<month>{month_alt})(?!\w)"
            rf"(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
        )
        weekday_re = re.compile(rf"(?<!\w)(?:يوم\s+)?[وفب]?(?P<wd>{_alternation(weekdays)})(?!\w)")
        days_this_month_re = re.compile(
            r"(?<!\w)(?:في|من)\s+(?P<d1>\d{1,2})(?:\s*(?:-|–|و|الي|حتي)\s*(?P<d2>\d{1,2}))?\s+من\s+(?:الشهر\s+)?(?:الجاري|الحالي)"
        )
        return cls(lang, months, weekdays, relative, date_re, weekday_re, days_this_month_re, relative_words)

    def find(self, norm_text: str) -> list[TimeMention]:
        """All time expressions in a normalised sentence, non-overlapping, in text order."""
        return find_times(norm_text, self)


def find_times(norm_text: str, g: TimeGrammar) -> list[TimeMention]:
    """All time expressions in a normalised sentence, non-overlapping, in text order."""
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    # (a pattern is searched only where its own words are: "في 5 من الشهر الجاري" needs في or من,
    # a weekday its name; most sentences hold neither, and a substring test costs a tenth of a search)
    arabic_days = "في" in norm_text or "من" in norm_text
    for m in g.days_this_month_re.finditer(norm_text) if arabic_days else ():
        d1 = int(m.group("d1"))
        d2 = int(m.group("d2")) if m.group("d2") else None
        found.append(TimeMention(m.start(), m.end(), "days_this_month", (d1, d2)))
        taken.append(m.span())
    for m in g.date_re.finditer(norm_text):
        if not free(*m.span()):
            continue
        month = g.months[m.group("month")]
        d1 = int(m.group("d1")) if m.group("d1") else None
        d2 = int(m.group("d2")) if m.group("d2") else None
        year = int(m.group("year")) if m.group("year") else None
        found.append(TimeMention(m.start(), m.end(), "month", (year, month, d1, d2)))
        taken.append(m.span())
    for k, (pattern, unit, offset) in enumerate(g.relative):
        if g.relative_words and not any(w in norm_text for w in g.relative_words[k]):
            continue  # (none of its words: no match)
        for m in pattern.finditer(norm_text):
            if free(*m.span()):
                found.append(TimeMention(m.start(), m.end(), "relative", (unit, offset)))
                taken.append(m.span())
    weekday = any(w in norm_text for w in g.weekdays)
    for m in g.weekday_re.finditer(norm_text) if weekday else ():
        if free(*m.span()):
            found.append(TimeMention(m.start(), m.end(), "weekday", (g.weekdays[m.group("wd")],)))
            taken.append(m.span())
    found.sort(key=lambda t: t.start)
    return found


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _span(start: date | None, end: date | None = None) -> TimeSpan | None:
    if start is None:
        return None
    return TimeSpan(start.isoformat(), end.isoformat() if end and end != start else None)


def _resolve(t: TimeMention, anchor: date | None, future: bool) -> TimeSpan | None:
    if t.kind == "month":
        year, month, d1, d2 = t.value
        if year is None:
            if anchor is None:
                return None
            year = anchor.year
            # News speaks of the recent past unless the event is still to come.
            if future and month < anchor.month:
                year += 1
            elif not future and month > anchor.month + 1:
                year -= 1
        if d1 is None:
            return _span(*_month_range(year, month))
        return _span(_safe_day(year, month, d1), _safe_day(year, month, d2) if d2 else None)
    if anchor is None:
        return None
    if t.kind == "days_this_month":
        d1, d2 = t.value
        return _span(_safe_day(anchor.year, anchor.month, d1), _safe_day(anchor.year, anchor.month, d2) if d2 else None)
    if t.kind == "weekday":
        (iso,) = t.value
        delta = (anchor.isoweekday() - iso) % 7
        if future:
            return _span(anchor + timedelta(days=(iso - anchor.isoweekday()) % 7))
        return _span(anchor - timedelta(days=delta))
    unit, offset = t.value
    return _relative(anchor, unit, offset)


def _relative(anchor: date, unit: str, offset: int) -> TimeSpan | None:
    """The day, week (Monday to Sunday), month or year ``offset`` units from the anchor's."""
    if unit == "day":
        return _span(anchor + timedelta(days=offset))
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
        return _span(monday, monday + timedelta(days=6))
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + offset
        return _span(*_month_range(months // 12, months % 12 + 1))
    if unit == "year":
        return _span(date(anchor.year + offset, 1, 1), date(anchor.year + offset, 12, 31))
    return None


# A sentence's text, normalised for matching time words, with the map back to its offsets
# (None when normalising keeps every offset).
Normaliser = Callable[[str], tuple[str, Sequence[int] | None]]


def resolve_candidate_times(
    candidates: Iterable[Candidate],
    doc_text: str,
    date: str | None,
    grammar: TimeGrammar,
    relations: Mapping[str, Relation],
    normalise: Normaliser,
) -> None:
    """Give each interaction candidate the time its sentence states (a time expression in the
    trigger's own clause first, then the one nearest the trigger), resolved against the document
    date; a stated or reported event dated after the document becomes expected.

    Standing facts (an office stated by a title) take no time from their clause."""
    anchor = parse_date(date)
    found: dict[tuple[int, int], tuple[list[TimeMention], Sequence[int] | None]] = {}
    for c in candidates:
        if relations[c.relation].is_interaction:
            key = (c.sentence_start, c.sentence_end)
            if key not in found:
                norm, to_orig = normalise(doc_text[c.sentence_start : c.sentence_end])
                found[key] = (grammar.find(norm), to_orig)
            mentions, to_orig = found[key]
            if mentions:
                c.time = _nearest(c, mentions, to_orig).resolve(anchor, future=c.future)
        c.modality = modality_at(c.modality, c.time, anchor)


def _nearest(c: Candidate, mentions: list[TimeMention], to_orig: Sequence[int] | None) -> TimeMention:
    """The candidate's time expression: one in its own clause first ("وصل اليوم، وسيزور غدا"),
    then the one nearest its trigger."""
    trigger = c.trigger_start - c.sentence_start

    def rank(t: TimeMention) -> tuple[bool, int]:
        at = to_orig[t.start] if to_orig is not None else t.start
        inside = c.clause_start is None or c.clause_start <= c.sentence_start + at < (c.clause_end or 0)
        return (not inside, abs(at - trigger))

    return min(mentions, key=rank)


def modality_at(modality: str, time: TimeSpan | None, anchor: date | None) -> str:
    """A stated or reported event dated after the document is not yet done: expected."""
    if modality in ("asserted", "reported") and time and anchor and time.start and time.start > anchor.isoformat():
        return "expected"  # "يصل غدا", "next month"
    return modality


def _grammar(lang: str) -> TimeGrammar:
    """The packaged ontology's time grammar (for readers outside a pipeline: ``documents``'
    datelines). Pipelines build their own, from their ontology."""
    from geokg.ontology import load_ontology

    return TimeGrammar.build(load_ontology(), lang)
