"""Acronyms that explain themselves on hover and on focus, without breaking the text.

Python-Markdown's abbr extension wraps every use of an acronym in
`<abbr title="...">`. A `title` is announced by some screen readers at every use and
is read by text tools as if it stood in the sentence ("by United Nations Office on
Drugs and Crime UNODC and"). Here each `<abbr>` keeps its expansion in
`data-expansion`, shown by CSS on hover and focus (report.css), and in
`aria-description` for assistive technology. The first use of each acronym on a page
is reachable by keyboard (WCAG technique G102: expand at first use). A possessive
(ICAT's) is left whole, and the acronyms page, which spells every expansion out,
keeps none.
"""
from __future__ import annotations

import re

ABBR = re.compile(r'<abbr title="(?P<title>[^"]*)">(?P<term>[^<]*)</abbr>(?P<after>[\u2019\']s\b)?')


def explain_abbreviations(html: str, *, keep_any: bool = True) -> str:
    """The page's HTML with every acronym's expansion on hover, first uses focusable."""
    seen: set[str] = set()

    def rewrite(match: re.Match) -> str:
        term, after, title = match.group("term"), match.group("after") or "", match.group("title")
        if not keep_any or after:
            return term + after
        focus = "" if term in seen else ' tabindex="0"'
        seen.add(term)
        return f'<abbr data-expansion="{title}" aria-description="{title}"{focus}>{term}</abbr>'

    return ABBR.sub(rewrite, html)
