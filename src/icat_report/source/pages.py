"""The pages under docs/, read once: the checks of the data against the pages (anchors, the
ids the pages use, their macro calls) all read this one copy."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Pages:
    """Every Markdown page under the docs folder, by its path there (e.g. year-in-review/survivors.md)."""

    folder: str
    """The docs folder's name, as problems name a page: docs/foreword.md."""
    texts: dict[str, str]
    path: Path | None = None
    """The docs folder itself, where files the data names (images) are looked for."""

    def name(self, src: str) -> str:
        return f"{self.folder}/{src}"


def read_pages(docs_dir: Path) -> Pages:
    docs_dir = Path(docs_dir)
    texts = {
        path.relative_to(docs_dir).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(docs_dir.rglob("*.md"))
    }
    return Pages(docs_dir.name, texts, docs_dir)
