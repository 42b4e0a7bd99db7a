"""Addresses as notes: on paper a link cannot be followed, so its address is printed,
but as a note, not inside the sentence (print_page.py runs this on each page it joins).

- A link to another site keeps its words in the text; a call `[n]` follows it, and its
  address goes to a numbered list at the end of the page's part ("Addresses of the
  links"). Both are print-only (class `icat-print-only`): the screen shows the link as
  it was. The PDF (icat_report.paper) moves each address to the foot of its page.
- A link whose words already are its address (`icat.un.org`) needs no note.
- A link inside one of the report's footnotes keeps its address next to its words: a
  note cannot hold a note.
- A link to the nearest page found (class NEAREST_PAGE: not certainly the page the report
  meant) says so before its address: "Nearest page found: ...".
- A reference without an address whose words point elsewhere ("Read more": VAGUE_LINK_WORDS)
  gets a note that says why nothing follows (NO_ADDRESS); other such words read as a name.
- An address may break only where a typesetter breaks one (Chicago Manual of Style
  14.18): after a slash or a double slash, before a dot, comma, hyphen, underscore,
  tilde, question mark, number sign or percent sign, before or after an equals sign or
  an ampersand. Each such place gets a <wbr>; nowhere else may the address break, so no
  word of it is ever cut.
"""

from __future__ import annotations

import html
import re

from ..text.html import Fragment, Node
from ..text.markdown_text import NEAREST_PAGE, UNLINKED, VAGUE_LINK_WORDS
from ..text.urls import comparable_address

PRINT_ONLY = "icat-print-only"
BARE_LINK = "whole-report__bare-link"
NOTE_CALL = "whole-report__address-call"
NOTE_LIST = "whole-report__addresses"
NOTE_ID = "link-address-"
NOTES_TITLE = "Addresses of the links"
NEAREST_LABEL = "Nearest page found: "
NO_ADDRESS = "No address found."
ADDRESS_PREFIXES = ("https://", "http://", "mailto:", "www.")
BREAK_AFTER = frozenset("/=&")
BREAK_BEFORE = frozenset(".,-_~?#%=&")
# Where a piece ends: after a run of slashes, after = or &, before any of BREAK_BEFORE.
_AFTER, _BEFORE = (re.escape("".join(sorted(chars))) for chars in (BREAK_AFTER - {"/"}, BREAK_BEFORE))
_BREAKS = re.compile(f"(?<=/)(?=[^/])|(?<=[{_AFTER}])|(?=[{_BEFORE}])")


def address_pieces(address: str) -> list[str]:
    """The address cut where it may break at the end of a line (never inside a word)."""
    return [piece for piece in _BREAKS.split(address) if piece]


def breakable_html(address: str) -> str:
    """The address as HTML text with a <wbr> at each place it may break."""
    return "<wbr>".join(html.escape(piece, quote=False) for piece in address_pieces(address))


def shown_address(href: str) -> str:
    """The address as a reader types it: an e-mail address without "mailto:"."""
    return href.removeprefix("mailto:")


def is_external(href: str) -> bool:
    return href.startswith(ADDRESS_PREFIXES[:3])


def note_addresses(page: Fragment) -> int:
    """Give each link to another site of the page its note; return how many notes it has."""
    notes: list[str] = []  # each note's HTML, in the order of their calls
    for link in [each for each in page.elements() if each.tag in ("a", "span")]:
        if link.tag == "span":
            if _points_nowhere(link):
                notes.append(NO_ADDRESS)
                _call_after(page, link, len(notes))
            continue
        href = link.attributes.get("href") or ""
        if not is_external(href):
            continue
        label = NEAREST_LABEL if NEAREST_PAGE in (link.attributes.get("class") or "").split() else ""
        if comparable_address(link.text()) == comparable_address(href):
            _mark_bare(link)
        elif _in_footnote(link):
            _address_after(page, link, f" ({label.lower()}{breakable_html(shown_address(href))})")
        else:
            notes.append(f'{label}<a href="{html.escape(href)}">{breakable_html(shown_address(href))}</a>')
            _call_after(page, link, len(notes))
    if notes:
        page.append(_note_list(notes))
    return len(notes)


def _mark_bare(link: Node) -> None:
    classes = link.attributes.get("class") or ""
    link.attrs["class"] = f"{classes} {BARE_LINK}".strip()
    link.inner_html = breakable_html(link.text())


def _points_nowhere(span: Node) -> bool:
    """Whether the span is a reference without an address whose words only point to it ("more")."""
    unlinked = UNLINKED in (span.attributes.get("class") or "").split()
    return unlinked and " ".join(span.text().split()).lower() in VAGUE_LINK_WORDS


def _in_footnote(link: Node) -> bool:
    parent = link.parent
    while parent is not None:
        if parent.tag == "div" and "footnote" in (parent.attributes.get("class") or "").split():
            return True
        parent = parent.parent
    return False


def _address_after(page: Fragment, link: Node, words: str) -> None:
    link.insert_after(page.create("span", {"class": PRINT_ONLY}, words))


def _call_after(page: Fragment, link: Node, number: int) -> None:
    attributes = {"class": f"{NOTE_CALL} {PRINT_ONLY}", "href": f"#{NOTE_ID}{number}"}
    link.insert_after(page.create("a", attributes, f"[{number}]"))


def _note_list(notes: list[str]) -> str:
    items = "".join(f'<li id="{NOTE_ID}{number}">{note}</li>' for number, note in enumerate(notes, start=1))
    return f'<div class="{NOTE_LIST} {PRINT_ONLY}"><p>{NOTES_TITLE}</p><ol>{items}</ol></div>'
