"""Dates written the way people write them (14/10/2021, 14 October 2021, Oct 2021), read back into the
form the data wants, so that the editor's sentence can say what to write instead.

Day-first is the UN's convention, but a guess is worse than no suggestion: a numeric date whose
day-first and month-first readings are both real and differ (05/10/2021) gets both, and the
editor chooses (dates.py keeps the readings that are real dates).
"""

from __future__ import annotations

import re

MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = r"(?P<month_name>[A-Za-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_SEPARATOR = r"[/.\-]"

# Forms with the month in words: unambiguous.
_WORDS = (
    re.compile(rf"{_DAY} {_MONTH},? {_YEAR}", re.I),  # 14 October 2021
    re.compile(rf"{_MONTH} {_DAY},? {_YEAR}", re.I),  # October 14, 2021
    re.compile(rf"{_MONTH},? {_YEAR}", re.I),  # October 2021
    re.compile(rf"(?P<first>\d{{1,2}}) ?[-\u2013] ?{_DAY} {_MONTH},? {_YEAR}", re.I),  # 22-23 November 2021
)
_YEAR_FIRST = re.compile(rf"{_YEAR}{_SEPARATOR}(?P<month>\d{{1,2}})(?:{_SEPARATOR}(?P<day>\d{{1,2}}))?")
_YEAR_LAST = re.compile(rf"(?P<a>\d{{1,2}}){_SEPARATOR}(?:(?P<b>\d{{1,2}}){_SEPARATOR})?{_YEAR}")


def date_candidates(text: str) -> list[str]:
    """What `text` may mean in the data's form ("2021-10-14", "2021-10", "2021-11-22/2021-11-23"), day-first
    reading first; two for 05/10/2021, none when it is no form known here. Not every candidate is a real
    date: dates.py keeps those that are."""
    text = text.strip()
    for pattern in _WORDS:
        if match := pattern.fullmatch(text):
            days = [match[name] for name in ("first", "day") if name in pattern.groupindex and match[name]]
            return [_iso(match["year"], _month_number(match["month_name"]), days)]
    if match := _YEAR_FIRST.fullmatch(text):
        return [_iso(match["year"], int(match["month"]), [match["day"]] if match["day"] else [])]
    if match := _YEAR_LAST.fullmatch(text):
        if match["b"] is None:  # 10/2021: a month
            return [_iso(match["year"], int(match["a"]), [])]
        return [_iso(match["year"], int(match["b"]), [match["a"]]), _iso(match["year"], int(match["a"]), [match["b"]])]
    return []


def _month_number(name: str) -> int:
    """1 to 12 for a month's name or its first three letters or more; 0 for a word that is no month."""
    name = name.lower()
    return next((number for number, full in enumerate(MONTHS, 1) if len(name) >= 3 and full.startswith(name)), 0)


def _iso(year: str, month: int, days: list[str]) -> str:
    """ "2021-10", "2021-10-14", or the range "2021-11-22/2021-11-23" for two days."""
    return "/".join(f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "") for day in days or [""])
