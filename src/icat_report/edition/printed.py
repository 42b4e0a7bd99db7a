"""The printed edition's text and the ids of its records, as shipped with the package."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

TEXT = "printed-report-2021.txt"
RECORDS = "printed-records-2021.json"


@cache
def printed_text() -> str:
    """The printed report's text, as extracted from its PDF (with its links written as Markdown)."""
    return files(__package__).joinpath(TEXT).read_text(encoding="utf-8")


@cache
def printed_records() -> dict[str, frozenset[str]]:
    """{data file: the keys (ids, an acronym's term) of the records the printed report holds}."""
    listed = json.loads(files(__package__).joinpath(RECORDS).read_text(encoding="utf-8"))
    return {name: frozenset(keys) for name, keys in listed.items()}
