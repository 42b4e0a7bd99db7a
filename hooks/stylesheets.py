"""MkDocs hook: the site's own stylesheets, written one file per role, sent as one.

docs/assets/stylesheets/ keeps report.css, home.css, charts.css and print.css apart, so that
each is easy to find and change. A browser must fetch every stylesheet before it paints
anything, and on a phone each one more is a round trip before the first words show
(Lighthouse's first contentful paint): the build joins those `extra_css` files, in their
order, into one, links that one instead, and leaves the parts out of the site.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

BUNDLE = "assets/stylesheets/site.css"


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Replace the site's own stylesheets by one file holding them in order."""
    parts = [files.get_file_from_path(path) for path in config.extra_css]
    parts = [part for part in parts if part is not None]  # a stylesheet from elsewhere stays as it is
    if len(parts) < 2:
        return files
    joined = "\n".join(f"/* {part.src_uri} */\n{part.content_string.rstrip()}\n" for part in parts)
    for part in parts:
        files.remove(part)
    files.append(File.generated(config, BUNDLE, content=joined))
    ours = {part.src_uri for part in parts}
    config.extra_css = [BUNDLE] + [path for path in config.extra_css if path not in ours]
    return files
