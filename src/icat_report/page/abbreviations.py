"""Acronyms that explain themselves on hover and on focus, without breaking the text.

A Python-Markdown extension that runs after the `abbr` extension. That extension
wraps every use of an acronym in `<abbr title="...">`; a `title` is announced by
some screen readers at every use and is read by text tools as if it stood in the
sentence ("by United Nations Office on Drugs and Crime UNODC and"). Here each
`<abbr>` keeps its expansion in `data-expansion`, shown by CSS on hover and focus
(docs/assets/stylesheets/report.css), and in `aria-description` for assistive
technology. The first use of each acronym on a page is reachable by keyboard (WCAG
technique G102: expand at first use), and a possessive (ICAT's) is left whole.
"""
from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

POSSESSIVE = ("'s", "\u2019s")


class ExplainAbbreviations(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        seen: set[str] = set()
        for parent in root.iter():
            for child in list(parent):
                if child.tag == "abbr" and "title" in child.attrib:
                    self._explain(parent, child, seen)

    @staticmethod
    def _explain(parent: etree.Element, abbr: etree.Element, seen: set[str]) -> None:
        term, expansion = abbr.text or "", abbr.attrib.pop("title")
        if (abbr.tail or "").startswith(POSSESSIVE):
            _unwrap(parent, abbr)
            return
        abbr.set("data-expansion", expansion)
        abbr.set("aria-description", expansion)
        if term not in seen:
            seen.add(term)
            abbr.set("tabindex", "0")


def _unwrap(parent: etree.Element, element: etree.Element) -> None:
    """Replace element by its text, joined to the text around it."""
    text = (element.text or "") + (element.tail or "")
    index = list(parent).index(element)
    if index:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(element)


class ExplainAbbreviationsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # After 'abbr' (priority 7), which creates the <abbr> elements.
        md.treeprocessors.register(ExplainAbbreviations(md), "explain_abbreviations", 6)


def makeExtension(**kwargs) -> ExplainAbbreviationsExtension:  # noqa: N802 (Markdown's API)
    return ExplainAbbreviationsExtension(**kwargs)
