"""How much of the printed report's text a set of texts holds: the fidelity measure.

A printed word counts as held when some run of RUN consecutive printed words around it (its whole
paragraph when shorter) appears in the same order in one of the texts. Case, punctuation and
Markdown markup are ignored. The tests measure the built site with it, `make check` the pages and
data without a build.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

RUN = 6
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")


def words(text: str) -> list[str]:
    """The text's words, lower case, without punctuation or apostrophes."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def paragraphs(source: str) -> list[list[str]]:
    """The printed text's paragraphs (blocks between blank lines) as lists of words."""
    found, block = [], []
    for line in source.splitlines() + [""]:
        if line.strip():
            line = _AUTOLINK.sub(r"\1", _MARKDOWN_LINK.sub(r"\1", line))
            block += words(line.replace("*", " "))
        elif block:
            found.append(block)
            block = []
    return found


@dataclass(frozen=True)
class Coverage:
    covered: int
    total: int
    missing: tuple[str, ...]
    """The printed words not held, in the printed order."""

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.total if self.total else 100.0


def coverage(source: str, texts: Iterable[list[str]]) -> Coverage:
    """How many of the words of `source` (the printed text) the texts (each a list of words) hold."""
    runs: set[tuple[str, ...]] = set()
    flat_parts = []
    for found in texts:
        flat_parts.append(" ".join(found))
        runs.update(tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1))
    flat = " " + " ".join(flat_parts) + " "
    covered = total = 0
    missing: list[str] = []
    for paragraph in paragraphs(source):
        hit = [False] * len(paragraph)
        if len(paragraph) < RUN:
            if f" {' '.join(paragraph)} " in flat:
                hit = [True] * len(paragraph)
        else:
            for i in range(len(paragraph) - RUN + 1):
                if tuple(paragraph[i : i + RUN]) in runs:
                    hit[i : i + RUN] = [True] * RUN
        total += len(paragraph)
        covered += sum(hit)
        missing += [word for word, held in zip(paragraph, hit, strict=True) if not held]
    return Coverage(covered, total, tuple(missing))
