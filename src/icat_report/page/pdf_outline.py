"""The PDF's bookmarks titled as the headings read.

Chromium writes a bookmark per heading, but joins the lines of a heading that wraps
without the space between them ("voices inanti-trafficking"). Each bookmark is matched,
in order, to the heading whose text is the same once spaces are ignored, and takes that
heading's text; a bookmark without such a heading is left as Chromium wrote it.
"""

from __future__ import annotations

from collections.abc import Iterator

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject


def _squeezed(text: str) -> str:
    return "".join(text.split())


def bookmarks(writer: PdfWriter) -> Iterator[DictionaryObject]:
    """Every bookmark of the PDF, in document order (depth first)."""
    outlines = writer.root_object.get("/Outlines")
    if outlines is None:
        return
    yield from _items(outlines.get_object().get("/First"))


def _items(item) -> Iterator[DictionaryObject]:
    while item is not None:
        entry = item.get_object()
        yield entry
        yield from _items(entry.get("/First"))
        item = entry.get("/Next")


def retitle_bookmarks(writer: PdfWriter, headings: list[str]) -> int:
    """Give each bookmark the text of its heading; return how many were changed."""
    changed = 0
    position = 0
    for entry in bookmarks(writer):
        title = str(entry.get("/Title", ""))
        for index in range(position, len(headings)):
            if _squeezed(headings[index]) == _squeezed(title):
                if headings[index] != title:
                    entry[NameObject("/Title")] = TextStringObject(headings[index])
                    changed += 1
                position = index + 1
                break
    return changed
