"""The core reads a page's front matter exactly as MkDocs does (icat_report.source.front_matter)."""

from __future__ import annotations

import pytest
from mkdocs.utils.meta import get_data

from icat_report.source.front_matter import split_front_matter

from projects import ROOT

CASES = [
    "---\ntitle: Foreword\ndescription: x\n---\n\n# Foreword\n",
    "---\ntitle: [not, a, mapping]\n---\nbody\n",
    "---\n- a list\n---\nbody\n",
    "---\ntitle: 'unclosed\n---\nbody\n",
    "---\ntitle: x\n...\nbody\n",
    "Title: Note\nAuthor: someone\n    and another\n\n# The page\n",
    "Note: a page that starts with a label\nloses it to the metadata, in MkDocs too\n",
    "# No front matter\n\nText: with a colon.\n",
    "",
    "---\n---\nempty\n",
    "\r\nkey: value\r\n\r\nbody\r\n",
]


@pytest.mark.parametrize("text", CASES)
def test_edge_cases_split_as_mkdocs_splits_them(text):
    assert split_front_matter(text) == get_data(text)


@pytest.mark.parametrize("path", sorted((ROOT / "docs").rglob("*.md")), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_page_splits_as_mkdocs_splits_it(path):
    text = path.read_text(encoding="utf-8")
    assert split_front_matter(text) == get_data(text)
