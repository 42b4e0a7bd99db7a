"""The typeset PDF finished for PDF/UA: running heads and page numbers as artifacts.

WeasyPrint 70 tags the text of the page margins (running heads, page numbers) as marked
content whose structure elements it leaves out of the structure tree: content that is
neither in the tree nor an artifact, which PDF/UA-1 does not allow and which a screen reader
may read out of place. Here each such piece of marked content becomes an /Artifact (PDF/UA:
page headers and footers are pagination artifacts), and the parent tree forgets it. pypdf
reads the content streams with its own parser and appends the changed pages to the file
(an incremental update: the rest of the file is kept byte for byte).
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, NameObject, NullObject


def margins_as_artifacts(path: Path) -> int:
    """Rewrite path so that marked content outside the structure tree is an artifact; return how many."""
    writer = PdfWriter(path, incremental=True)
    tree = writer.root_object["/StructTreeRoot"].get_object()
    outside = _outside_the_tree(tree)
    changed = 0
    for index, page in enumerate(writer.pages):
        if outside.get(index):
            changed += _artifacts(page, outside[index], writer)
    with path.open("wb") as stream:
        writer.write(stream)
    return changed


def _outside_the_tree(tree: DictionaryObject) -> dict[int, set[int]]:
    """{page index: the marked-content ids whose structure element the tree does not reach};
    their entries in the parent tree are emptied."""
    reached: set[int] = set()
    pending = [tree]
    while pending:
        element = pending.pop()
        reached.add(id(element))
        kids = element.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, DictionaryObject) and kid.get("/Type") != "/OBJR":
                pending.append(kid)
    numbers = tree["/ParentTree"].get_object()["/Nums"]
    outside: dict[int, set[int]] = {}
    for position in range(0, len(numbers), 2):
        parents = numbers[position + 1].get_object()
        if isinstance(parents, ArrayObject):  # a page's marked content (annotations have one parent)
            lost = {mcid for mcid, parent in enumerate(parents) if id(parent.get_object()) not in reached}
            for mcid in lost:
                parents[mcid] = NullObject()
            outside[int(numbers[position])] = lost
    return outside


def _artifacts(page, ids: set[int], writer: PdfWriter) -> int:
    content = ContentStream(page.get_contents(), writer)
    changed = 0
    for index, (operands, operator) in enumerate(content.operations):
        if operator == b"BDC" and len(operands) == 2 and isinstance(operands[1], DictionaryObject):
            if operands[1].get("/MCID") in ids:
                content.operations[index] = ([NameObject("/Artifact")], b"BMC")
                changed += 1
    page.replace_contents(content)
    page.compress_content_streams()
    return changed
