"""The link and footnote ids the pages under docs/ use are defined in the data.

The build fails on a page that uses an unknown `[words][link-id]` or `[^footnote-id]`.
Reading the pages here lets `check` say so first, as `docs/PAGE.md:LINE:COL: sentence`
(ids given to macros are checked with the macro calls, in page/page_checks.py). Code
(fenced blocks, inline code spans) and `{% raw %}` blocks are examples, not uses, and
are skipped.
"""

from __future__ import annotations

import re

from ..problems import Problem
from ..source.pages import Pages
from ..text.markdown_text import CODE, FOOTNOTE_REF, LINK_REF
from .placed import Sources

RAW = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", re.S)
# (pattern, group holding the id, kind, the data file that defines it)
DATA_REFERENCES = ((LINK_REF, 2, "link", "links.yaml"), (FOOTNOTE_REF, 1, "footnote", "footnotes.yaml"))


def problems(sources: Sources, docs: Pages) -> list[Problem]:
    found = []
    for src, text in docs.texts.items():
        found += page_problems(sources, docs.name(src), text)
    return found


def page_problems(sources: Sources, name: str, text: str) -> list[Problem]:
    """Unknown ids in one page's text, each at its line and column."""
    prose = _blank(RAW, _blank(CODE, text))
    found = []
    for pattern, group, kind, file in DATA_REFERENCES:
        known = sources.defined(file)
        for match in pattern.finditer(prose):
            if known is not None and match.group(group) not in known:
                sentence = f"{kind} '{match.group(group)}' is not defined in {sources.where(file)}"
                found.append(_problem(name, text, match.start(group), sentence + "; add it there or fix the id"))
    return found


def _blank(pattern: re.Pattern, text: str) -> str:
    """text with pattern's matches replaced by spaces (line breaks kept), so positions hold."""
    return pattern.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), text)


def _problem(name: str, text: str, offset: int, message: str) -> Problem:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return Problem(name, line, column, message)
