"""Dates as precise as the report gives them: a day, a month, a year, or a range."""
from __future__ import annotations

import calendar
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Day:
    """A point in time to the precision known: month and day may be unknown (0)."""

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, text: str) -> Day:
        parts = [int(piece) for piece in text.split("-")]
        return cls(*parts)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        return "-".join(f"{v:02d}" if i else str(v) for i, v in enumerate((self.year, self.month, self.day)) if v)


@dataclass(frozen=True)
class PartialDate:
    """A date or a range, parsed from the events file's `date` text."""

    start: Day
    end: Day | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        first, _, last = text.partition("/")
        return cls(Day.parse(first), Day.parse(last) if last else None)

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
            return _one(s)
        if s.year == e.year and s.month == e.month and s.day and e.day:
            return f"{s.day}\u2013{e.day} {calendar.month_name[s.month]} {s.year}"
        return f"{_one(s)} \u2013 {_one(e)}"

    def iso(self) -> str:
        return self.start.iso() + (f"/{self.end.iso()}" if self.end else "")


def _one(day: Day) -> str:
    if day.day:
        return f"{day.day} {calendar.month_name[day.month]} {day.year}"
    if day.month:
        return f"{calendar.month_name[day.month]} {day.year}"
    return str(day.year)
