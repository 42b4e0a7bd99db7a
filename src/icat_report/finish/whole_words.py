"""Hyphenated words of titles kept whole: "Rights-based" never ends a line at its hyphen.

A browser may break a line after any hyphen; in a title ("Ensuring a rights-based approach")
a word split as "rights-" / "based" reads badly, most of all in a phone's narrow columns and
tiles. The report's words are not edited for it: a non-breaking hyphen in data/ or docs/ would
change what search finds and what the fidelity checks compare. Instead the site wraps each
hyphenated word of a title in a span that does not wrap (report.css: .icat-nowrap).
`text.typography.kept_whole_html` does it for titles written as raw HTML (the cover's tiles, the priority cards,
the grid's column names); the Python-Markdown extension does it for every Markdown heading.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ..text.typography import HYPHENATED as _HYPHENATED
from ..text.typography import NOWRAP

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_LEFT_AS_IS = {"code", "pre", "script", "style"}


def _spans(text: str) -> tuple[str, list[etree.Element]]:
    """The text before the first hyphenated word, and a span per such word (its tail the text after it)."""
    pieces = _HYPHENATED.split(text)
    spans = []
    for word, after in zip(pieces[1::2], pieces[2::2], strict=True):
        span = etree.Element("span", {"class": NOWRAP})
        span.text, span.tail = word, after
        spans.append(span)
    return pieces[0], spans


def _keep_whole(element: etree.Element) -> None:
    """Wrap the hyphenated words of an element's text, its descendants' and their tails, in place."""
    for child in list(element):
        if child.tag not in _LEFT_AS_IS and child.get("class") != NOWRAP:
            _keep_whole(child)
        if child.tail:
            child.tail, spans = _spans(child.tail)
            at = list(element).index(child) + 1
            for offset, span in enumerate(spans):
                element.insert(at + offset, span)
    if element.text:
        element.text, spans = _spans(element.text)
        for offset, span in enumerate(spans):
            element.insert(offset, span)


class WholeWords(Treeprocessor):
    """Keep the hyphenated words of every heading whole (after attr_list took its `{ ... }` off the text)."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag in _HEADINGS:
                _keep_whole(element)


class WholeWordsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's API)
        # 5.5: after attr_list (8), which takes `{ #id .class }` off a heading's text, and after the acronyms'
        # step (abbr 7, explain_abbreviations 6), which puts a heading's acronyms back into its text: run before
        # it, this step moved "OSRSG-CAAC" into a span inside the <abbr>, and unmarking it left "()". Before toc (5).
        md.treeprocessors.register(WholeWords(md), "icat_whole_words", 5.5)


def makeExtension(**kwargs) -> WholeWordsExtension:  # noqa: N802 (Markdown's API)
    return WholeWordsExtension(**kwargs)
