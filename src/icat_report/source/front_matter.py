"""A page's front matter and body, split exactly as MkDocs 1.6 splits them.

The core reads pages without MkDocs (`check` runs where MkDocs is not installed), but must
read them as the build does: a page's title, and where its Markdown starts, for line numbers.
So this is MkDocs' own `mkdocs.utils.meta.get_data` (BSD licence, (c) 2015 Waylan Limberg),
kept whole: YAML between `---` lines, else MultiMarkdown-style `key: value` lines up to the
first blank line (a page that starts "Note: ..." loses that line to the metadata in MkDocs
too). tests/test_front_matter.py holds it equal to MkDocs' on every page and on edge cases.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

YAML_RE = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
META_RE = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
META_MORE_RE = re.compile(r"^([ ]{4}|\t)(\s*)(?P<value>.*)")


def split_front_matter(doc: str) -> tuple[str, dict[str, Any]]:
    """(the page's Markdown, its metadata), as MkDocs reads them."""
    data: dict[str, Any] = {}
    if match := YAML_RE.match(doc):
        try:
            data = yaml.load(match.group(1), SafeLoader)  # noqa: S506 - the safe loader, as MkDocs
            if isinstance(data, dict):
                doc = doc[match.end() :].lstrip("\n")
            else:
                data = {}
        except Exception:  # noqa: BLE001 - MkDocs keeps the page whole when its YAML is broken
            pass
        return doc, data
    return _multimarkdown(doc, data)


def _multimarkdown(doc: str, data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    lines = doc.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    key = None
    while lines:
        line = lines.pop(0)
        if line.strip() == "":
            break
        if first := META_RE.match(line):
            key = first.group("key").lower().strip()
            value = first.group("value").strip()
            data[key] = f"{data[key]} {value}" if key in data else value
        elif (more := META_MORE_RE.match(line)) and key:
            data[key] += " {}".format(more.group("value").strip())
        else:
            lines.insert(0, line)
            break
    return "\n".join(lines).lstrip("\n"), data
