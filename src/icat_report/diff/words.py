"""A word diff: where two texts differ, each change with a few words of context around it."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

CONTEXT = 4  # words of context around a change
HUNKS = 3  # changes kept per text


@dataclass(frozen=True)
class Hunk:
    before: tuple[str, ...]
    removed: tuple[str, ...]
    added: tuple[str, ...]
    after: tuple[str, ...]


@dataclass(frozen=True)
class WordDiff:
    added: int
    removed: int
    hunks: tuple[Hunk, ...]
    """The first HUNKS changes."""


def word_diff(old: list[str], new: list[str]) -> WordDiff:
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    added = removed = 0
    hunks = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        removed += i2 - i1
        added += j2 - j1
        if len(hunks) < HUNKS:
            before = tuple(old[max(0, i1 - CONTEXT) : i1])
            hunks.append(Hunk(before, tuple(old[i1:i2]), tuple(new[j1:j2]), tuple(new[j2 : j2 + CONTEXT])))
    return WordDiff(added, removed, tuple(hunks))
