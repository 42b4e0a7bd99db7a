"""Measure how much of the report's source text a built site shows (our own measure).

A source word counts as covered when some run of N consecutive source words around
it (N = 6, or its whole paragraph when shorter) appears in the same order in the
visible text of the built pages. Case, punctuation and Markdown markup are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from icat_report.page import html

RUN = 6
HIDDEN_TAGS = {"script", "style", "noscript", "template", "svg"}
SPOKEN_ATTRIBUTES = ("alt", "title", "aria-label")


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def page_words(page: Path) -> list[str]:
    """The words a reader sees or hears on a page (including alt text and titles)."""
    text = html.visible_text(
        html.document(page.read_text(encoding="utf-8")), hidden=HIDDEN_TAGS, spoken=SPOKEN_ATTRIBUTES, tag_gap=" "
    )
    return words(text)


def _source_paragraphs(source: Path) -> list[list[str]]:
    paragraphs, block = [], []
    for line in source.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
            line = re.sub(r"<(https?://[^>]+)>", r"\1", line)
            block += words(line.replace("*", " "))
        elif block:
            paragraphs.append(block)
            block = []
    return paragraphs


@dataclass
class Coverage:
    covered: int
    total: int
    missing: list[str]

    @property
    def percent(self) -> float:
        return 100.0 * self.covered / self.total


def coverage(source: Path, pages: list[Path]) -> Coverage:
    runs: set[tuple[str, ...]] = set()
    flat_parts = []
    for page in pages:
        found = page_words(page)
        flat_parts.append(" ".join(found))
        runs.update(tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1))
    flat = " " + " ".join(flat_parts) + " "
    covered = total = 0
    missing = []
    for paragraph in _source_paragraphs(source):
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
        missing += [w for w, h in zip(paragraph, hit, strict=True) if not h]
    return Coverage(covered, total, missing)
