"""Raw HTML links, re-pointed for a generator that reads them from the page's source file (Zensical).

MkDocs leaves links in raw HTML as written: the renderers write them relative to the
page's address (`members.md` is published at `members/`, so `unodc/` means
`members/unodc/`). Zensical reads every relative link, raw HTML included, relative
to the page's source file, as MkDocs reads links to .md files (zensical/zensical#258,
by design since its pull request #571): there `unodc/` would mean `unodc/`. On a page
that is not a folder's index the two differ by the page's own folder, so its name is
put in front (`members/unodc/`). Links in Markdown syntax go to .md files, which both
read alike; code is left as written.
"""

from __future__ import annotations

import re
from posixpath import basename, splitext
from urllib.parse import urlsplit

from icat_report.text.markdown_text import outside_code

RAW_LINK = re.compile(r"""(?P<before>\s(?:href|src)=)(?P<quote>["'])(?P<link>[^"'<>]*)(?P=quote)""")
INDEX_NAMES = ("index", "README")


def for_source_file(markdown: str, src_uri: str) -> str:
    """The page's Markdown with each relative raw HTML link made relative to its source file."""
    prefix = _own_folder(src_uri)
    if not prefix:
        return markdown

    def relinked(match: re.Match) -> str:
        link = match["link"]
        if not _relative(link):
            return match.group(0)
        return f"{match['before']}{match['quote']}{prefix}{link}{match['quote']}"

    return outside_code(markdown, lambda part: RAW_LINK.sub(relinked, part))


def _own_folder(src_uri: str) -> str:
    """The folder a page gets of its own ("members.md" -> "members/"; an index page gets none)."""
    stem = splitext(basename(src_uri))[0]
    return "" if stem in INDEX_NAMES else f"{stem}/"


def _relative(link: str) -> bool:
    return bool(link) and not link.startswith(("#", "/")) and not urlsplit(link).scheme
