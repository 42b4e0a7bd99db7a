"""The typeset PDF finished for PDF/UA: running heads and page numbers as artifacts.

WeasyPrint 70 tags the text of the page margins (running heads, page numbers) as marked
content whose structure elements it leaves out of the structure tree: content that is
neither in the tree nor an artifact, which PDF/UA-1 does not allow and which a screen reader
may read out of place. `margins_as_artifacts` is a WeasyPrint finisher (`write_pdf(finisher=)`:
it gets the PDF's objects after tagging, before they are written): each such piece of marked
content becomes an /Artifact (PDF/UA: page headers and footers are pagination artifacts), and
the parent tree forgets it. It works on pydyf's objects (WeasyPrint's PDF writer): a page's
content is a list of operands and operators, `/Span`, `<</MCID n>>`, `BDC`, ...
"""

from __future__ import annotations

import pydyf

ARTIFACT = ["/Artifact", b"BMC"]


def margins_as_artifacts(document, pdf: pydyf.PDF) -> int:
    """Make marked content outside the structure tree an artifact; return how many pieces."""
    root = _resolve(pdf, pdf.catalog["StructTreeRoot"])
    reached = _reached(pdf, root)
    numbers = _resolve(pdf, root["ParentTree"])["Nums"]
    changed = 0
    for position in range(0, len(numbers), 2):
        parents = numbers[position + 1]
        if not isinstance(parents, pydyf.Array):  # an annotation's single parent
            continue
        lost = {mcid for mcid, parent in enumerate(parents) if _resolve(pdf, parent).number not in reached}
        if lost:
            page = _resolve(pdf, pdf.page_references[numbers[position]])
            changed += _artifacts(_resolve(pdf, page["Contents"]).stream, lost)
            for mcid in lost:
                parents[mcid] = "null"
    return changed


def _resolve(pdf: pydyf.PDF, value):
    """The object a reference (b"12 0 R") names; any other value as it is."""
    return pdf.objects[int(bytes(value).split()[0])] if isinstance(value, (bytes, str)) else value


def _reached(pdf: pydyf.PDF, root: pydyf.Dictionary) -> set[int]:
    """The numbers of the structure elements the tree reaches from its root."""
    reached, pending = set(), [root]
    while pending:
        element = pending.pop()
        reached.add(element.number)
        kids = element.get("K")
        for kid in kids if isinstance(kids, pydyf.Array) else ():
            child = _resolve(pdf, kid) if isinstance(kid, bytes) else None
            if isinstance(child, pydyf.Dictionary) and child.get("Type") != "/OBJR":
                pending.append(child)
    return reached


def _artifacts(content: list, lost: set[int]) -> int:
    """Turn `/Tag <</MCID n>> BDC` into `/Artifact BMC` for each n in lost, in place."""
    changed, index = 0, 0
    while index < len(content) - 2:
        properties = content[index + 1]
        if content[index + 2] == b"BDC" and isinstance(properties, pydyf.Dictionary):
            if properties.get("MCID") in lost:
                content[index : index + 3] = ARTIFACT
                changed += 1
        index += 1
    return changed
