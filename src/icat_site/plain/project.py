"""A plain project: the site's final pages as Markdown files, with a config any Material-style generator builds.

What the MkDocs build makes of each page (capture.py hands it over) is
written as it stands: the page's front matter and final Markdown (macros resolved,
links and footnotes done), every other file byte for byte (assets, open data,
schemas), and a config that needs no plugin or hook of this project, for Zensical.
The whole-report page is filled by joining the other pages' HTML (print_page.py): its
filling goes into its Markdown file as raw HTML, so it is not made a second way.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .links import for_source_file

DOCS = "docs"
SITE = "site"
CONFIG = "mkdocs.yml"
# Theme settings Zensical's own theme (the successor of Material's) takes as they are.
THEME_NAME = "material"
THEME_VARIANT = "classic"  # Material's look; "modern" is Zensical's new one


@dataclass
class PlainProject:
    """What the build hands over, page by page, then written as one folder."""

    pages: dict[str, str] = field(default_factory=dict)
    """{path under docs/: front matter and final Markdown}"""
    files: dict[str, bytes] = field(default_factory=dict)
    """{path under docs/: content} of every file that is not a page"""
    own_html: dict[str, str] = field(default_factory=dict)
    """{path under docs/: HTML} of the whole-report page before it is filled"""
    settings: dict[str, Any] = field(default_factory=dict)

    def add_file(self, src_uri: str, content: bytes) -> None:
        self.files[src_uri] = content

    def add_page(self, src_uri: str, meta: dict[str, Any], markdown: str) -> None:
        self.pages[src_uri] = front_matter(meta) + markdown

    def add_filling(self, src_uri: str, filled_html: str) -> None:
        """The whole-report page as filled: what was added after its own HTML goes in as raw HTML."""
        own = self.own_html.pop(src_uri)
        if not filled_html.startswith(own):
            raise ValueError(f"docs/{src_uri}: the whole-report page's own HTML changed while it was filled")
        filling = filled_html[len(own) :].strip()
        if filling:
            self.pages[src_uri] = self.pages[src_uri].rstrip() + f"\n\n{raw_html_block(filling)}\n"

    def set_settings(self, settings: dict[str, Any]) -> None:
        self.settings = settings

    def write(self, out: Path) -> None:
        """Write the project into `out` (its docs/ afresh; Zensical's .cache/ and site/ are kept)."""
        docs = out / DOCS
        shutil.rmtree(docs, ignore_errors=True)
        for src_uri, content in self.files.items():
            _write(docs / src_uri, content)
        for src_uri, text in self.pages.items():
            _write(docs / src_uri, for_source_file(text, src_uri).encode("utf-8"))
        config = yaml.safe_dump(zensical_config(self.settings), sort_keys=False, allow_unicode=True, width=1000)
        _write(out / CONFIG, (CONFIG_HEADER + config).encode("utf-8"))


CONFIG_HEADER = (
    "# Written by `python -m icat_report render` from mkdocs.yml and data/: do not edit.\n"
    "# Every page is final Markdown; build with `zensical build` (no plugin or hook of the project).\n"
)


def front_matter(meta: dict[str, Any]) -> str:
    if not meta:
        return ""
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1000) + "---\n\n"


def raw_html_block(html: str) -> str:
    """The filling as HTML Markdown passes through untouched, which search leaves out.

    MkDocs' search indexes the whole-report page before it is filled (hooks/whole_report.py),
    so it finds the page by its own text and lists no sentence twice; Zensical indexes what
    it builds, except what is marked `data-search-exclude`."""
    return f"<div data-search-exclude>\n{html}\n</div>"


def zensical_config(settings: dict[str, Any]) -> dict[str, Any]:
    """The config for the plain project: the site's settings, its Markdown extensions, and search.

    Paths are relative (Zensical refuses an absolute docs_dir). Search takes only the
    separator (Zensical refuses the search plugin's other options)."""
    config = {name: value for name, value in settings.items() if name not in {"theme", "search_separator"}}
    config["docs_dir"] = DOCS
    config["site_dir"] = SITE
    config["theme"] = {"name": THEME_NAME, "variant": THEME_VARIANT, **settings.get("theme", {})}
    separator = settings.get("search_separator")
    config["plugins"] = [{"search": {"separator": separator}} if separator else "search"]
    return config


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
