"""The Zensical build as the browser tests open it: which pages to survey, and in which palette."""

from __future__ import annotations

import json

from zensical_build import Builds

from icat_report import load_project
from icat_report.render.common import member_page_path, priority_page_path

from .conftest import PALETTE_SCHEMES, PALETTE_STORAGE_KEY, palette_choices


def zensical_storage(builds: Builds, root: str, palette: str) -> dict:
    """A storage_state that opens the Zensical site in `palette` (Zensical stores the choice as Material does)."""
    choice = next(c for c in palette_choices(builds.zensical) if c["color"]["scheme"] == PALETTE_SCHEMES[palette])
    entry = {"name": PALETTE_STORAGE_KEY, "value": json.dumps(choice)}
    return {"cookies": [], "origins": [{"origin": root.rstrip("/"), "localStorage": [entry]}]}


def pages_of_each_kind(builds: Builds) -> list[str]:
    """A page of each kind the site has (a member's and a priority's among them), as paths from the root."""
    report = load_project(builds.project / "data").report
    kinds = ["", "foreword/", "year-in-review/", "year-in-review/coordination/", "members/", "priorities/"]
    kinds += ["timeline/", "matrix/", "acronyms/", "cite/", "data/", "print_page/"]
    kinds += [member_page_path(report.members[0]).removesuffix(".md") + "/"]
    kinds += [priority_page_path(report.priorities[0]).removesuffix(".md") + "/"]
    return [kind for kind in kinds if (builds.zensical / kind / "index.html").is_file()]
