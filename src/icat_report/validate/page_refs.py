"""Pages the data names (told_in, page) exist under docs/, with the anchors they give.

The strict build fails on a link to a missing page or a missing anchor; this check
finds both in the data first, at the data's line.
"""

from __future__ import annotations

import posixpath

from ..model.files import DATA_FILES
from ..problems import Problem, did_you_mean
from ..source.pages import Pages
from .anchors import page_anchors
from .placed import Placed


def problems(placed: dict[str, list[Placed]], docs: Pages) -> list[Problem]:
    anchors: dict[str, set[str] | None] = {}
    found = []
    for spec in DATA_FILES:
        for field in spec.page_fields:
            for entry in placed[spec.name]:
                sentence = page_sentence(getattr(entry.record, field), docs, anchors)
                if sentence:
                    found.append(entry.problem((field,), sentence))
    return found


def page_sentence(page: str, docs: Pages, anchors: dict[str, set[str] | None]) -> str | None:
    """What is wrong with a page reference 'path.md#anchor', or None; `anchors` caches each page's ids."""
    target, _, anchor = page.partition("#")
    if target not in anchors:
        # A page is one of those read from docs/: ../ or an absolute path is none of them.
        text = docs.texts.get(posixpath.normpath(target)) if target else None
        anchors[target] = page_anchors(text) if text is not None else None
    known = anchors[target]
    if known is None:
        return (
            f"page '{page}' does not exist under {docs.folder}/; give the path of a page, "
            "e.g. year-in-review/survivors.md"
        )
    if anchor and anchor not in known:
        return (
            f"page '{target}' has no heading or anchor '#{anchor}'{did_you_mean(anchor, known)}; "
            f"use an id the page has (see its headings' ¶ links) or give the page alone"
        )
    return None
