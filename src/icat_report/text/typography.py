"""Typographic quotes and apostrophes for text typed with straight ones: "Chairs' report" -> “Chairs’ report”.

The data keeps the straight quotes its editors type. The pages' Markdown gets curly ones from
Python-Markdown's `smarty` extension (mkdocs.yml); text written outside Markdown (the site's header,
the PDF's cover and running heads: paper/quotes.py) gets them here. A quote opens at the start of the
text, after a space or an opening bracket or dash, and closes (or is an apostrophe) everywhere else.

And a title's hyphenated words written as raw HTML are kept whole (`kept_whole_html`; in Markdown
headings, finish/whole_words.py does it).
"""

from __future__ import annotations

import re

from .escape import html_text

OPENS_AFTER = " \t\n\r([{\u2014\u2013/\u00a0"
CURLY = {"'": ("\u2018", "\u2019"), '"': ("\u201c", "\u201d")}


def curled(text: str, before: str = "") -> str:
    """The text with its straight quotes curled; `before` is the character that precedes it."""
    out = []
    previous = before
    for character in text:
        if character in CURLY:
            opening, closing = CURLY[character]
            character = opening if not previous or previous in OPENS_AFTER else closing
        out.append(character)
        previous = character
    return "".join(out)


# A title's hyphenated words kept whole (finish/whole_words.py says why): the class of report.css that does not wrap.
NOWRAP = "icat-nowrap"
HYPHENATED = re.compile(r"(\w+(?:-\w+)+)")  # a group: re.split keeps the words between the rest


def kept_whole_html(text: str) -> str:
    """Plain text as HTML (escaped), each hyphenated word in a span that does not wrap. (Escaping leaves
    letters, digits and hyphens as they are, so the words are found in the escaped text.)"""
    return HYPHENATED.sub(lambda word: f'<span class="{NOWRAP}">{word.group()}</span>', html_text(text))
