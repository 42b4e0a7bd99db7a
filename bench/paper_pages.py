#!/usr/bin/env python3
"""Every page of a PDF as a PNG, to look at (not a test): the report's PDF by default.

    .venv/bin/python bench/paper_pages.py [PDF] [--out FOLDER] [--scale 1.0]

pypdfium2 and pillow (`pip install pypdfium2 pillow`; not dependencies of the project) render
the pages; the PNGs go to bench/paper-pages/ (git ignores it) unless --out says otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PDF = ROOT / "site" / "downloads" / "icat-chairs-annual-report-2021.pdf"


def render(pdf: Path, out: Path, scale: float) -> list[Path]:
    import pypdfium2 as pdfium

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("page-*.png"):
        old.unlink()
    document = pdfium.PdfDocument(pdf)
    written = []
    for index in range(len(document)):
        target = out / f"page-{index + 1:02d}.png"
        document[index].render(scale=scale).to_pil().save(target)
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", type=Path, nargs="?", default=DEFAULT_PDF)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "paper-pages")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 72 pixels per inch")
    args = parser.parse_args()
    written = render(args.pdf, args.out, args.scale)
    print(f"{len(written)} pages of {args.pdf} in {args.out}/")


if __name__ == "__main__":
    main()
