"""The addresses in the paper's notes: where they may break, and "See note N." for a repeat.

- The site's printed page lets an address break before a hyphen or an underscore too
  (whole_report/print_notes.py, Chicago's rule); on paper such a break reads as part of the
  address ("forced-labou / r"). Here an address breaks only after a slash or a dot, or after the
  "?", "&" and "=" of its query; a piece still too long for a line of notes (an encoded query
  string) may also break before a "%".
- A note that gives an address already given in a note of the same chapter says "See note N."
  instead (the notes are numbered per chapter, in the order of their calls: paper.css).
"""

from __future__ import annotations

import html
import re

from ..text.html import Fragment, Node

NOTE = "paper-note"
PIECE = "paper-address-piece"
BREAK_AFTER = re.compile(r"(?<=[/.?&=])(?=[^/])")
BREAK_BEFORE_PERCENT = re.compile(r"(?=%)")
LONG_PIECE = 80  # characters: about two thirds of a line of notes at 7.5 pt


def breakable(address: str) -> str:
    """The address as HTML text, a <wbr> at each place it may break."""
    pieces = []
    for piece in BREAK_AFTER.split(address):
        pieces += BREAK_BEFORE_PERCENT.split(piece) if len(piece) > LONG_PIECE else [piece]
    # each piece unbroken (paper.css: nowrap), or the typesetter would still break after its hyphens
    return "<wbr>".join(f'<span class="{PIECE}">{html.escape(piece, quote=False)}</span>' for piece in pieces if piece)


def address_notes(chapter: Fragment) -> None:
    """Break each note's address only where paper.css allows, and make a repeat "See note N."."""
    first_note: dict[str, int] = {}
    for number, note in enumerate(chapter.css(f"span.{NOTE}"), start=1):
        address = _only_address(note)
        if address is None:
            continue
        if address in first_note:
            note.inner_html = f"See note {first_note[address]}."
        else:
            first_note[address] = number
            link = note.css_first("a[href]")
            link.inner_html = breakable(link.text())


def _only_address(note: Node) -> str | None:
    """The note's address when the note is only a link showing its own address, else None."""
    links = note.css("a[href]")
    if len(links) != 1 or " ".join(note.text().split()) != links[0].text().strip():
        return None
    href = links[0].attributes.get("href") or ""
    shown = links[0].text().strip()
    return href if shown in (href, href.removeprefix("mailto:")) else None
