"""References between files: every member, event, link and priority a file names exists.

The data files' declarations (model/files.py) say which field refers to which kind of entry; one small function per
kind says what is defined and how to say it is not. Defined ids are taken from the
files as written, so that one invalid entry does not make every reference to it an
error too; a file that could not be read at all is not used (its own problem is
reported).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model.files import DATA_FILES, Reference
from ..problems import Problem, did_you_mean
from ..report import ICAT_ID
from .placed import Placed, Sources

# A kind's check: (what the data defines, a value) -> the sentence when it is unknown, else None.
Check = Callable[[Sources, Any], "str | None"]


def _member(sources: Sources, value: str) -> str | None:
    return _unknown(sources, "members.yaml", "member", value)


def _organiser(sources: Sources, value: str) -> str | None:
    if value == ICAT_ID:
        return None
    sentence = _unknown(sources, "members.yaml", "organiser", value)
    where = sources.where("members.yaml")
    return sentence and sentence.replace(f"in {where}", f"in {where} (or use '{ICAT_ID}' for the group itself)", 1)


def _event(sources: Sources, value: str) -> str | None:
    return _unknown(sources, "events.yaml", "event", value)


def _link(sources: Sources, value: str) -> str | None:
    return _unknown(sources, "links.yaml", "link", value)


def _priority(sources: Sources, value: int) -> str | None:
    numbers = sources.defined("priorities.yaml", "number")
    if numbers is None or value in numbers:
        return None
    shown = ", ".join(str(n) for n in sorted(n for n in numbers if isinstance(n, int)))
    return f"priority {value} is not defined in {sources.where('priorities.yaml')} (numbers: {shown})"


def _unknown(sources: Sources, name: str, what: str, value: str) -> str | None:
    known = sources.defined(name)
    if known is None or value in known:
        return None
    where = sources.where(name)
    advice = did_you_mean(value, known) or f"; add it to {where}, or use one of the ids there"
    return f"{what} '{value}' is not defined in {where}{advice}"


KINDS: dict[str, Check] = {
    "member": _member,
    "organiser": _organiser,
    "event": _event,
    "link": _link,
    "priority": _priority,
}


def problems(sources: Sources, placed: dict[str, list[Placed]]) -> list[Problem]:
    found = []
    for spec in DATA_FILES:
        for reference in spec.references:
            found += _reference_problems(sources, placed[spec.name], reference)
    return found


def _reference_problems(sources: Sources, entries: list[Placed], reference: Reference) -> list[Problem]:
    found = []
    for entry in entries:
        for location, value in entry.values(reference.field):
            sentence = KINDS[reference.kind](sources, value)
            if sentence:
                found.append(entry.problem(location, sentence))
    return found
