"""The priorities' colours and icons on paper, from the data, by the names the screen uses.

Each priority of data/priorities.yaml may give a `colour` (hex) and an `icon` (a Material for
MkDocs icon name such as `material/scale-balance`). Where it does, the paper gets the colour
as `--icat-priority-N` (paper.css has a colour for each priority where the data has none) and
the icon on the cover's tile and the Annex's heading of that priority. An icon is a
background image: PDF readers and assistive technology take it for the decoration it is (an
artifact), and the priority's number and title stay the words that name it. The icons are
read from the installed Material for MkDocs, which ships them (no request is made).
"""

from __future__ import annotations

import base64
import importlib.util
import string
from pathlib import Path

from ..model import Priority
from .source import PaperError

ICON_FOLDER = ("templates", ".icons")


def priority_styles(priorities: tuple[Priority, ...]) -> str:
    """CSS: each priority's colour and icons, where the data gives them."""
    rules = []
    for priority in priorities:
        colour = getattr(priority, "colour", None)
        if colour and _is_hex_colour(colour):
            rules.append(f":root {{ --icat-priority-{priority.number}: {colour}; }}")
        icon = getattr(priority, "icon", None)
        if icon:
            white, coloured = _icon_uri(icon, "#fff"), _icon_uri(icon, colour or "currentColor")
            rules.append(f'.paper-cover__priorities li[data-priority="{priority.number}"] {{ {_image(white)} }}')
            rules.append(f'h2[data-priority="{priority.number}"] {{ {_image(coloured)} padding-left: 10mm; }}')
    return "\n".join(rules)


def _image(uri: str) -> str:
    return f'background-image: url("{uri}");'


def _icon_uri(name: str, colour: str) -> str:
    """The icon as a data: address, drawn in colour."""
    svg = _icon_file(name).read_text(encoding="utf-8").replace("<svg ", f'<svg fill="{colour}" ', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _icon_file(name: str) -> Path:
    spec = importlib.util.find_spec("material")  # found, not imported: it would import MkDocs' theme
    folder = Path(next(iter(spec.submodule_search_locations))).joinpath(*ICON_FOLDER) if spec else None
    allowed = set(string.ascii_lowercase + string.digits + "-/")
    path = folder / f"{name}.svg" if folder and set(name) <= allowed and ".." not in name else None
    if path is None or not path.is_file():
        raise PaperError(f"data/priorities.yaml: the icon {name!r} is not an icon of Material for MkDocs")
    return path


def _is_hex_colour(value: str) -> bool:
    return value.startswith("#") and len(value) in (4, 7) and all(c in string.hexdigits for c in value[1:])
