"""Typographic quotes and apostrophes for text typed with straight ones: "Chairs' report" -> “Chairs’ report”.

The data keeps the straight quotes its editors type. The pages' Markdown gets curly ones from
Python-Markdown's `smarty` extension (mkdocs.yml); text written outside Markdown (the site's header,
the PDF's cover and running heads: paper/quotes.py) gets them here. A quote opens at the start of the
text, after a space or an opening bracket or dash, and closes (or is an apostrophe) everywhere else.
"""

from __future__ import annotations

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
