"""What the data names for the site's look exists: the priorities' icons, the image files, the cover's quote.

A priority's icon must be one the theme ships (render/icons.py); a logo or a photo's image
must be a file under docs/; the words the home page quotes must be the words of the page
it names, so that the cover never misquotes the report. Each problem is reported at the
data's line, like every other.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from ..problems import Problem
from ..render.icons import icon_problem
from ..source.pages import Pages
from .placed import Placed


def icon_problems(placed: dict[str, list[Placed]]) -> list[Problem]:
    found = []
    for entry in placed["priorities.yaml"]:
        sentence = icon_problem(entry.record.icon)
        if sentence:
            found.append(entry.problem(("icon",), sentence))
    return found


def file_problems(placed: dict[str, list[Placed]], docs_dir: Path) -> list[Problem]:
    """A logo or photo whose file is not under docs/."""
    named = [(entry, "logo") for entry in placed["report.yaml"]]
    named += [(entry, "image") for entry in placed["photos.yaml"]]
    found = []
    for entry, field in named:
        path = getattr(entry.record, field)
        if path and not (Path(docs_dir) / posixpath.normpath(path)).is_file():
            sentence = f"there is no file {Path(docs_dir).name}/{path}; put the image there or correct the path"
            found.append(entry.problem((field,), sentence))
    return found


def _words(text: str) -> str:
    """Text as a run of words: line breaks, Markdown emphasis and curly quotes do not count."""
    text = text.replace("\u2019", "'").replace("*", "")
    return " ".join(re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text).split())


def quote_problems(placed: dict[str, list[Placed]], docs: Pages) -> list[Problem]:
    """The cover's quote is on the page it names, word for word."""
    found = []
    for entry in placed["report.yaml"]:
        quote = entry.record.cover_quote
        if quote is None:
            continue
        page = docs.texts.get(posixpath.normpath(quote.page))
        if page is None:
            sentence = f"page '{quote.page}' does not exist under {docs.folder}/; name the page that says the words"
            found.append(entry.problem(("cover_quote", "page"), sentence))
        elif _words(quote.text) not in _words(page):
            sentence = (
                f"these words are not on {docs.folder}/{quote.page}; copy them from the page exactly, "
                "so that the home page quotes the report as it stands"
            )
            found.append(entry.problem(("cover_quote", "text"), sentence))
    return found
