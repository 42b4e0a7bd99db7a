"""Icons from the sets Material for MkDocs ships (material/, fontawesome/, octicons/, simple/).

A priority names its icon in data/priorities.yaml the way the theme does
(`material/scale-balance`); the SVG is read from the installed theme's `.icons` folder,
so nothing is downloaded and nothing is vendored. Icons are pictures beside words: every
one is written `aria-hidden`, and the words next to it say what it means.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from urllib.parse import quote

THEME_PACKAGE = "material"


@functools.cache
def icons_folder() -> Path | None:
    """The theme's icon folder (material/templates/.icons), found without importing the theme; None if absent."""
    spec = importlib.util.find_spec(THEME_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "templates" / ".icons"
    return folder if folder.is_dir() else None


def icon_problem(name: str) -> str | None:
    """The editor's sentence when `name` is not an icon of the installed theme, else None.

    Where the theme is not installed (the core alone: `check` without the site's packages) there is
    nothing to check against and nothing to build with: the build, which has the theme, checks it."""
    folder = icons_folder()
    if folder is None:
        return None
    if not (folder / f"{name}.svg").is_file():
        return (
            f"'{name}' is not one of Material for MkDocs' icons; pick one from "
            "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ and write it as material/NAME"
        )
    return None


@functools.cache
def _svg(name: str) -> str:
    folder = icons_folder()
    if folder is None:  # the core alone, measuring the pages' words (no theme, no build): no picture
        return ""
    if icon_problem(name):
        raise ValueError(f"no icon {name!r}: the data's icons are checked when it is loaded")
    return " ".join((folder / f"{name}.svg").read_text(encoding="utf-8").split())


def icon_svg(name: str, css_class: str = "icat-icon") -> str:
    """The icon as inline SVG, hidden from assistive technology (its words stand beside it)."""
    svg = _svg(name)
    return svg.replace("<svg ", f'<svg class="{css_class}" aria-hidden="true" focusable="false" ', 1)


def icon_css_url(name: str) -> str:
    """The icon as a CSS url() value, for a mask (as Material draws its admonition icons)."""
    return f'url("data:image/svg+xml;charset=utf-8,{quote(_svg(name), safe=" /:=;,.-")}")'
