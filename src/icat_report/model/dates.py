"""Dates as precise as the report gives them: a day, a month, a year, or a range.

`PartialDate` is the one date type: pydantic validates an event's `date` text into
it (with the editor's sentence for a month 13, a 30 February, a range that ends
before it starts, or a date written another way, with the form to write instead:
date_forms.py), and renderers and exports use the object. `str(date)` is the text as
the editor wrote it, and that text is what JSON, CSV and `model_dump` give.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import PydanticCustomError, core_schema

from .date_forms import date_candidates

DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$"
DATE_ADVICE = 'write "2021-06-15", "2021-06", "2021" or a range "2021-11-22/2021-11-23"'
# The error type whose message the loader shows as it is: a sentence for the editor.
EDITOR_SENTENCE = "editor_sentence"


@dataclass(frozen=True, order=True)
class Day:
    """A point in time to the precision known: month and day may be unknown (0)."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"


@dataclass(frozen=True)
class PartialDate:
    """A date or a range, as the events file's `date` gives it."""

    start: Day
    end: Day | None = None
    text: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """The date `text` means; ValueError with the editor's sentence when it means none."""
        if not re.match(DATE_PATTERN, text):
            raise ValueError(not_a_date(text))
        first, _, last = text.partition("/")
        start = _day(first, text)
        end = _day(last, text) if last else None
        if end is not None and end < start:
            raise ValueError(f"the range '{text}' ends before it starts; write the earlier date first")
        return cls(start, end, text)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> core_schema.CoreSchema:
        # Text that matches the pattern (the JSON Schema says so too), then the date it means.
        return core_schema.no_info_after_validator_function(
            _validate,
            core_schema.str_schema(pattern=DATE_PATTERN),
            serialization=core_schema.plain_serializer_function_ser_schema(str, when_used="always"),
        )

    def __str__(self) -> str:
        return self.text

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # Within a month, dated days come first and month-only items after them;
        # within a year, year-only items come last.
        s = self.start
        return (s.year, s.month or 13, s.day or 32)

    @property
    def month_key(self) -> tuple[int, int]:
        return (self.start.year, self.start.month)

    def month_label(self) -> str:
        s = self.start
        return f"{calendar.month_name[s.month]} {s.year}" if s.month else f"During {s.year} (no month given)"

    def label(self) -> str:
        """How a reader says it: 30 June 2021, June 2021, 2022, 22–23 November 2021."""
        s, e = self.start, self.end
        if e is None:
            return _day_label(s)
        if s.year == e.year and s.month == e.month and s.day and e.day:
            return f"{s.day}\u2013{e.day} {calendar.month_name[s.month]} {s.year}"
        return f"{_day_label(s)} \u2013 {_day_label(e)}"


def not_a_date(text: str) -> str:
    """The editor's sentence for text that is not written as a date: what to write instead, when that is clear."""
    readings: dict[str, PartialDate] = {}
    for candidate in date_candidates(text):
        try:
            readings.setdefault(candidate, PartialDate.parse(candidate))
        except ValueError:
            continue
    if len(readings) == 1:
        return f"'{text}' is not a date: write it as \"{next(iter(readings))}\""
    if len(readings) == 2:
        (first, first_date), (second, second_date) = readings.items()
        return (
            f"'{text}' is not a date: write \"{first}\" if it means {first_date.label()}, "
            f'or "{second}" if it means {second_date.label()}'
        )
    return f"'{text}' is not a date: {DATE_ADVICE}"


def _validate(text: str) -> PartialDate:
    try:
        return PartialDate.parse(text)
    except ValueError as error:
        raise PydanticCustomError(EDITOR_SENTENCE, "{sentence}", {"sentence": str(error)}) from None


def _day(text: str, whole: str) -> Day:
    """One side of a date: a real year, month and day, or the editor's sentence."""
    year, month, day = ([int(piece) for piece in text.split("-")] + [0, 0])[:3]
    if "-" in text and not 1 <= month <= 12:
        raise ValueError(f"'{whole}' has no month {month:02d}; months run from 01 to 12")
    if text.count("-") == 2:
        days = calendar.mdays[month] + (month == 2 and calendar.isleap(year))
        if not 1 <= day <= days:
            raise ValueError(f"'{whole}' is not a real date: {calendar.month_name[month]} {year} has {days} days")
    return Day(year, month, day)


def _day_label(day: Day) -> str:
    if day.day:
        return f"{day.day} {calendar.month_name[day.month]} {day.year}"
    if day.month:
        return f"{calendar.month_name[day.month]} {day.year}"
    return str(day.year)
