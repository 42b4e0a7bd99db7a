"""Checks within the data that no single entry can make: unique ids, dates near the report's year.

Uniqueness is checked on the files as written, so that an entry with another mistake
still counts; the rest on the validated records, which keep their place in the file.
"""

from __future__ import annotations

from ..model.files import DATA_FILES
from ..problems import Problem
from .placed import Placed, Sources

USED_TWICE = "{key} '{value}' is used twice (first on line {line}); every entry needs its own {key}"


def problems(sources: Sources, placed: dict[str, list[Placed]]) -> list[Problem]:
    found = []
    for spec in DATA_FILES:
        for unique in spec.unique:
            found += _duplicates(sources, spec.name, unique.key, unique.sentence)
    year = placed["report.yaml"][0].record.year
    for entry in placed["events.yaml"]:
        found += _event_problems(entry, year)
    return found


def _duplicates(sources: Sources, name: str, key: str, sentence: str | None) -> list[Problem]:
    source = sources[name]
    first_line: dict = {}
    found = []
    for index, item in enumerate(source.data if isinstance(source.data, list) else []):
        value = item.get(key) if isinstance(item, dict) else None
        if not isinstance(value, (str, int)):
            continue
        if value in first_line:
            message = sentence or USED_TWICE
            found.append(source.problem((index, key), message.format(key=key, value=value, line=first_line[value])))
        else:
            first_line[value] = source.position((index, key))[0]
    return found


def _event_problems(entry: Placed, year: int) -> list[Problem]:
    """A qualifier needs its number; a date is in or near the report's year (later ones planned)."""
    event = entry.record
    found = []
    if event.participants_qualifier and event.participants is None:
        found.append(entry.problem(("participants_qualifier",), "participants_qualifier needs a participants number"))
    first_year = event.date.start.year
    if first_year > year and not event.planned:
        found.append(
            entry.problem(
                ("date",),
                f"'{event.date}' is after the report's year {year}; if the report says "
                "it will happen, add 'planned: true', otherwise fix the year",
            )
        )
    elif not year - 1 <= first_year <= year + 1:
        found.append(entry.problem(("date",), f"'{event.date}' is far from the report's year {year}; check the year"))
    return found
