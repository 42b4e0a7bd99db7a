"""The addresses in the paper's notes: where they may break, and "See note N." for a repeat.

- The site's printed page lets an address break anywhere in a word; on paper such a break reads
  as part of the address ("forced-labou / r"). Here an address breaks after a slash or a dot, or
  after the "?", "&" and "=" of its query. A piece longer than LONG_WORDS (a path segment of
  many words) may also break before a hyphen, and one longer than LONG_PIECE (an encoded query
  string) before a "%": the hyphen or "%" then opens the next line, so it cannot be read as a
  typesetter's hyphen (Chicago's rule). Never between the "%XX" escapes of one character
  ("%E2%80%99", an apostrophe); the scheme ("https://") and a last piece shorter than SHORT
  ("html") are joined to the piece next to them.
- A note that gives an address already given in a note of the same chapter says "See note N."
  instead (the notes are numbered per chapter, in the order of their calls: paper.css). A note
  may say first that its address is the nearest page found (print_notes.NEAREST_LABEL).
"""

from __future__ import annotations

import html
import re

from ..text.html import Fragment, Node
from ..whole_report.print_notes import NEAREST_LABEL

NOTE = "paper-note"
PIECE = "paper-address-piece"
BREAK_AFTER = re.compile(r"(?<=[/.?&=])(?=[^/])")
BREAK_BEFORE_HYPHEN = re.compile(r"(?<=[^-])(?=-[^-])")
BREAK_BEFORE_PERCENT = re.compile(r"(?<!%[0-9A-Fa-f]{2})(?=%)")  # before a run of escapes, not inside one
LONG_WORDS = 30  # characters: a path segment of a few words ("icmpd-and-unodc-will-co-chair-...")
LONG_PIECE = 80  # characters: about two thirds of a line of notes at 7.5 pt
SHORT = 6  # characters: "html", "en/" join the piece before them


def breakable(address: str) -> str:
    """The address as HTML text, a <wbr> at each place it may break."""
    pieces: list[str] = []
    for piece in BREAK_AFTER.split(address):
        parts = BREAK_BEFORE_HYPHEN.split(piece) if len(piece) > LONG_WORDS else [piece]
        parts = [
            each for part in parts for each in (BREAK_BEFORE_PERCENT.split(part) if len(part) > LONG_PIECE else [part])
        ]
        pieces += [part for part in parts if part]
    if len(pieces) > 1 and len(pieces[-1]) < SHORT:  # "html" not alone on the note's last line
        pieces[-2:] = [pieces[-2] + pieces[-1]]
    if len(pieces) > 1 and pieces[0].endswith("//"):  # nor "https://" at the end of a line
        pieces[:2] = [pieces[0] + pieces[1]]
    # each piece unbroken (paper.css: nowrap), or the typesetter would still break after its hyphens
    return "<wbr>".join(f'<span class="{PIECE}">{html.escape(piece, quote=False)}</span>' for piece in pieces)


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
    """The note's address when the note is only a link showing its own address (after the nearest page's
    label, if any), else None."""
    links = note.css("a[href]")
    words = " ".join(note.text().split()).removeprefix(NEAREST_LABEL.strip()).strip()
    if len(links) != 1 or words != links[0].text().strip():
        return None
    href = links[0].attributes.get("href") or ""
    shown = links[0].text().strip()
    return href if shown in (href, href.removeprefix("mailto:")) else None
