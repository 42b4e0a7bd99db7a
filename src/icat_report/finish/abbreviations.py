"""Acronyms that explain themselves on hover and on focus, without breaking the text.

The build hands the report's acronyms to Python-Markdown's `abbr` extension once, as
its `glossary` (the icat-report plugin sets it from `glossary(report)`). A page that
spells every acronym out says `explain_acronyms: false` in its front matter
(page_text.py then lifts the glossary there, as the `abbr` extension allows).

A Python-Markdown extension that runs after the `abbr` extension. That extension
wraps every use of an acronym in `<abbr title="...">`; a `title` is announced by
some screen readers at every use and is read by text tools as if it stood in the
sentence ("by United Nations Office on Drugs and Crime UNODC and"). Here each
`<abbr>` keeps its expansion in `data-expansion`, shown by CSS on hover and focus
(docs/assets/stylesheets/report.css), and in `aria-description` for assistive
technology. The first use of each acronym on a page is reachable by keyboard (WCAG
technique G102: expand at first use). An acronym is left as plain text where a
mark would break a word or be in the way: a possessive (ICAT's), a hyphenated name
(UN-Habitat), an address (twitter.com/ICAT), inside a link, inside a heading (a title
is read whole: the page's text explains its acronyms), inside bold text or a photo's
caption (marks there make a paragraph look marked up), and right after its own
expansion ("United Nations Office on Drugs and Crime (UNODC)": the words are there).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import TYPE_CHECKING

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

if TYPE_CHECKING:
    from ..report import Report

POSSESSIVE = ("'s", "\u2019s")
# An acronym joined to the word next to it by a hyphen (UN-Habitat) is part of a name.
HYPHEN = "-"
# A run of text holding one of these is an address (twitter.com/ICAT, icat@un.org);
# HIV/AIDS and UNODC/ICAT are not.
ADDRESS_MARKS = ("://", "www.", "@", ".org", ".com", ".net", ".int")
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A page header's line above its title (render/page_header.py), and a photo's caption line (report_parts.py):
# a caption is one quiet line of names, not a row of marks.
HEADER_CLASSES = frozenset({"icat-kicker", "photo-caption"})
# Bold text already stands out: a dotted mark under it makes a paragraph look marked up. Captions likewise.
PLAIN_TAGS = frozenset({"a", "strong", "b", "figcaption"}) | HEADINGS


def glossary(report: Report) -> dict[str, str]:
    """Every acronym of the report with its expansion: the `abbr` extension's `glossary`.

    The model admits only terms that cannot end a definition (model/types.py, AcronymTerm);
    a term that could is left out here too, so that no value from data becomes Markdown syntax.
    """
    return {
        acronym.term: " ".join(report.expansion(acronym).split())
        for acronym in report.acronyms
        if not any(char in "[]\\" or not char.isprintable() for char in acronym.term)
    }


class ExplainAbbreviations(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        self._visit(root, plain=False, seen=set())

    def _visit(self, parent: etree.Element, plain: bool, seen: set[str]) -> None:
        """plain: inside a link or a heading, where an acronym stays plain text."""
        unwrapped = 0  # children replaced by their text so far: the later ones moved up by as many places
        for position, child in enumerate(list(parent)):
            if child.tag == "abbr" and "title" in child.attrib:
                unwrapped += self._explain(parent, position - unwrapped, child, plain, seen)
            elif next(child.iter("abbr"), None) is not None:  # no walk into a subtree without acronyms
                self._visit(child, plain or _plain_text(child), seen)

    @staticmethod
    def _explain(parent: etree.Element, index: int, abbr: etree.Element, plain: bool, seen: set[str]) -> bool:
        """Explain the acronym at parent[index]; True when it is left as plain text (its element removed)."""
        term, expansion = abbr.text or "", abbr.attrib.pop("title")
        before = (parent[index - 1].tail if index else parent.text) or ""
        if plain or _joined(before, abbr) or _after_expansion(before, expansion):
            _unwrap(parent, index, abbr)
            return True
        abbr.set("data-expansion", expansion)
        abbr.set("aria-description", expansion)
        if term not in seen:
            seen.add(term)
            abbr.set("tabindex", "0")
        return False


def _plain_text(element: etree.Element) -> bool:
    """Whether acronyms in element stay plain text: a link, a heading, bold text, a caption, a page header's kicker."""
    classes = set((element.get("class") or "").split())
    return element.tag in PLAIN_TAGS or bool(classes & HEADER_CLASSES)


def _joined(before: str, abbr: etree.Element) -> bool:
    """Whether the acronym (after the text `before`) is part of a longer word or address: ICAT's, UN-Habitat,
    twitter.com/ICAT."""
    after = abbr.tail or ""
    if before.endswith(HYPHEN) or after.startswith((HYPHEN, *POSSESSIVE)):
        return True
    word = before.split()[-1] if before[-1:].strip() else ""
    word += (abbr.text or "") + (after.split()[0] if after[:1].strip() else "")
    return any(mark in word for mark in ADDRESS_MARKS)


def _after_expansion(before: str, expansion: str) -> bool:
    """Whether the acronym follows its own expansion in brackets: "Name (ACRONYM)"."""
    return before.rstrip().endswith("(") and " ".join(before.split()).lower().endswith(f"{expansion.lower()} (")


def _unwrap(parent: etree.Element, index: int, element: etree.Element) -> None:
    """Replace element (parent[index]) by its text, joined to the text around it."""
    text = (element.text or "") + (element.tail or "")
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
