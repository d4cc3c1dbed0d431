"""Time expressions, found in normalised Arabic text and resolved against the document date.

The words (today, yesterday, last week, month and weekday names) come from the ontology's
lexicon; this module holds only the grammar that combines them with numbers.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from geokg.ontology import load_ontology

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


@dataclass(frozen=True)
class _Grammar:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: list[tuple[re.Pattern, str]]
    date_re: re.Pattern
    weekday_re: re.Pattern
    days_this_month_re: re.Pattern


_RELATIVE_CUES = {
    # lexicon concept -> what it means
    "TodayCue": "today",
    "YesterdayCue": "yesterday",
    "TomorrowCue": "tomorrow",
    "LastWeekCue": "last_week",
    "NextWeekCue": "next_week",
    "LastMonthCue": "last_month",
    "NextMonthCue": "next_month",
    "LastYearCue": "last_year",
}


@lru_cache(maxsize=4)
def _grammar(lang: str) -> _Grammar:
    ont = load_ontology()
    months = {normalize_token(k): v for k, v in ont.month_names(lang).items()}
    weekdays = {normalize_token(k): v for k, v in ont.weekday_names(lang).items()}
    relative: list[tuple[re.Pattern, str]] = []
    for concept, meaning in _RELATIVE_CUES.items():
        try:
            cues = [normalize_token(c) for c in ont.cues(concept, lang)]
        except KeyError:
            continue
        cues = [c for c in cues if c]
        if cues:
            relative.append((re.compile(rf"(?<!\w)(?:{_alternation(cues)})(?!\w)"), meaning))
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
    return _Grammar(months, weekdays, relative, date_re, weekday_re, days_this_month_re)


def find_times(norm_text: str, lang: str = "ar") -> list[TimeMention]:
    """All time expressions in a normalised sentence, non-overlapping, in text order."""
    g = _grammar(lang)
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in g.days_this_month_re.finditer(norm_text):
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
    for pattern, meaning in g.relative:
        for m in pattern.finditer(norm_text):
            if free(*m.span()):
                found.append(TimeMention(m.start(), m.end(), "relative", (meaning,)))
                taken.append(m.span())
    for m in g.weekday_re.finditer(norm_text):
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
    (meaning,) = t.value
    if meaning == "today":
        return _span(anchor)
    if meaning == "yesterday":
        return _span(anchor - timedelta(days=1))
    if meaning == "tomorrow":
        return _span(anchor + timedelta(days=1))
    if meaning in ("last_week", "next_week"):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=-1 if meaning == "last_week" else 1)
        return _span(monday, monday + timedelta(days=6))
    if meaning in ("last_month", "next_month"):
        y, m = anchor.year, anchor.month + (-1 if meaning == "last_month" else 1)
        if m == 0:
            y, m = y - 1, 12
        elif m == 13:
            y, m = y + 1, 1
        return _span(*_month_range(y, m))
    if meaning == "last_year":
        return _span(date(anchor.year - 1, 1, 1), date(anchor.year - 1, 12, 31))
    return None
