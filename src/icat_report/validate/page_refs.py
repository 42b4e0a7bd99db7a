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
        return f"page '{page}' does not exist under {docs.folder}/" + _page_advice(target, anchor, docs)
    if anchor and anchor not in known:
        return (
            f"page '{target}' has no heading or anchor '#{anchor}'{did_you_mean(anchor, known)}; "
            f"use an id the page has (see its headings' ¶ links) or give the page alone"
        )
    return None


def _page_advice(target: str, anchor: str, docs: Pages) -> str:
    """What to write for a page that does not exist: the page of that file name when there is one, the
    nearest path, or the form of a path."""
    name = posixpath.basename(target)
    named = [path for path in docs.texts if posixpath.basename(path) in (name, f"{name}.md")]
    suffix = f"#{anchor}" if anchor else ""
    if len(named) == 1:
        return f"; write '{named[0]}{suffix}'"
    if named:
        return f"; pages of that name: {', '.join(named)}: write the path of the one you mean"
    nearest = _nearest_page(target, list(docs.texts))
    if nearest:
        return f" (did you mean '{nearest}{suffix}'?)"
    return "; give the path of a page, e.g. year-in-review/survivors.md"


def _nearest_page(target: str, paths: list[str]) -> str | None:
    """The page a misspelt path or file name most likely means, or None; '.md' is left out of the
    comparison, where it would make any two names look alike."""
    by_stem = {path.removesuffix(".md"): path for path in paths}
    hint = did_you_mean(target.removesuffix(".md"), by_stem)
    if not hint:
        by_name: dict[str, list[str]] = {}
        for path in paths:
            by_name.setdefault(posixpath.basename(path).removesuffix(".md"), []).append(path)
        unique = {name: found[0] for name, found in by_name.items() if len(found) == 1}
        hint = did_you_mean(posixpath.basename(target).removesuffix(".md"), unique)
        by_stem = {name: unique[name] for name in unique}
    return by_stem[hint.removeprefix(" (did you mean '").removesuffix("'?)")] if hint else None
