"""Typographic quotes and apostrophes in the paper's text: "Chairs' report" -> “Chairs’ report”.

The data and pages keep the straight quotes their editors type; typeset text uses curly ones.
Only text is changed, never an attribute, code or an address (a note's address keeps its
characters). A quote opens at the start of the text, after a space or an opening bracket or
dash, and closes (or is an apostrophe) everywhere else; the character before a text node is
the last one of the text before it, so "<strong>ICAT</strong>'s" gets an apostrophe.

A dash never starts a line: an em or en dash is bound to the word before it, by a word joiner
(U+2060) where it follows the word ("anticipated\u2060\u2014it") or a no-break space where a space
stands before it ("2021\u00a0\u2013 the").
"""

from __future__ import annotations

import re

from ..text.html import Node, document
from ..text.typography import curled

UNTOUCHED = frozenset({"code", "pre", "kbd", "samp", "script", "style"})
ADDRESS = "paper-address-piece"  # addresses.py: a piece of an address in a note
DASH = re.compile("(^|[ \u00a0\u2060]?)([\u2013\u2014])")


def bound_dashes(text: str) -> str:
    """The text with each em or en dash bound to what stands before it (see above)."""
    return DASH.sub(
        lambda match: ("\u00a0" if match.group(1) in " \u00a0" and match.group(1) else "\u2060") + match.group(2), text
    )


def curl_quotes(body: str) -> str:
    """The body's HTML with the quotes of its text curled and its dashes bound, outside code and
    addresses."""
    root = document(f"<!DOCTYPE html><html><body>{body}</body></html>").css_first("body")
    previous = ""
    for node in [each for each in root.traverse(include_text=True) if each.is_text_node]:
        text = node.text_content or ""
        if any(mark in text for mark in "'\"\u2013\u2014") and not _untouched(node):
            changed = bound_dashes(curled(text, previous[-1:]))
            if changed != text:
                node.replace_with(changed)
        previous = text if text.strip() else previous + text
    return root.inner_html or ""


def _untouched(node: Node) -> bool:
    parent = node.parent
    while parent is not None and parent.tag != "body":
        if parent.tag in UNTOUCHED or ADDRESS in (parent.attributes.get("class") or "").split():
            return True
        parent = parent.parent
    return False
