"""Measure how much of the report's source text a built site shows (our own measure).

A source word counts as covered when some run of N consecutive source words around
it (N = 6, or its whole paragraph when shorter) appears in the same order in the
visible text of the built pages. Case, punctuation and Markdown markup are ignored.
"""
from __future__ import annotations

import html.parser
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

RUN = 6
HIDDEN_TAGS = {"script", "style", "noscript", "template", "svg"}
SPOKEN_ATTRIBUTES = ("alt", "title", "aria-label")


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'").replace("\u2018", "'").replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


class VisibleText(html.parser.HTMLParser):
    """The text a reader sees or hears on a page (including abbr titles and alt text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        self.parts += [f" {value} " for name, value in attrs if name in SPOKEN_ATTRIBUTES and value]
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS and self.hidden:
            self.hidden -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def page_words(page: Path) -> list[str]:
    parser = VisibleText()
    parser.feed(page.read_text(encoding="utf-8"))
    return words("".join(parser.parts))


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
