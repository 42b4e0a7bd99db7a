"""The published pages of two revisions compared: which pages come and go, and how each page's text changes.

Both sites are built by MkDocs in processes of their own, side by side (the diff waits for the slower
of the two, not for both in turn). Each page's text is the words a reader sees in its content (its
<article>), read with the project's one HTML parser. Building needs the `site` extra (MkDocs and the
theme); the core only starts it, so `diff` still compares records and figures where MkDocs is absent.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..text import html
from .words import WordDiff, word_diff

SKIPPED = {"404.html"}
PERMALINK = "\u00b6"  # the headings' link sign (toc permalink): not a word of the page


class BuildError(Exception):
    """A side that could not be built; str() says which and why, in a few lines."""


@dataclass(frozen=True)
class PageChange:
    page: str
    """The page's address from the site's root: "members/unodc/" ("" for the home page)."""
    words: WordDiff


@dataclass(frozen=True)
class PageChanges:
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[PageChange, ...]


def build_sites(projects: dict[str, Path]) -> dict[str, Path]:
    """{side: its built site}: each project built by `mkdocs build`, all at once."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    env.pop("REPORT_PDF", None)  # a preview of the pages: the PDF is made by `make pdf`, not here
    running = {
        side: subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml", "-d", "site"],
            cwd=project,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for side, project in projects.items()
    }
    failed = []
    for side, process in running.items():
        output, _ = process.communicate()
        if process.returncode != 0:
            tail = "\n".join(output.decode(errors="replace").strip().splitlines()[-6:])
            failed.append(f"the {side} could not be built:\n{tail}")
    if failed:
        raise BuildError("\n".join(failed))
    return {side: project / "site" for side, project in projects.items()}


def page_texts(site: Path) -> dict[str, list[str]]:
    """{page address: the words of its content}, for every page of a built site."""
    texts = {}
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative in SKIPPED:
            continue
        article = html.document(path.read_text(encoding="utf-8")).css_first("article")
        if article is not None:
            words = html.visible_text(article, tag_gap=" ").split()
            texts[relative.removesuffix("index.html")] = [word for word in words if word != PERMALINK]
    return texts


def page_changes(base: dict[str, list[str]], head: dict[str, list[str]]) -> PageChanges:
    changed = []
    for page in head:
        if page in base and base[page] != head[page]:
            changed.append(PageChange(page, word_diff(base[page], head[page])))
    return PageChanges(
        added=tuple(page for page in head if page not in base),
        removed=tuple(page for page in base if page not in head),
        changed=tuple(changed),
    )
