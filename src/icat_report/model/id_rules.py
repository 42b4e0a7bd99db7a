"""Ids that follow from other fields of their entry: a highlight's id is p<priority>-<member ids>.

All 37 highlights of the report are named so (p1-ilo-iom: priority 1, ILO with IOM), which
keeps an id telling and unique without a choice to make; a second highlight of the same
entities under one priority takes -2, a third -3. validate/activity_ids.py checks it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def activity_id(priority: int, members: Sequence[str], number: int = 1) -> str:
    """The id a highlight must have: p<priority>-<member ids> in the order of `members`, then -<number>
    for the second, third, ... highlight of the same entities under one priority."""
    return f"p{priority}-" + "-".join(members) + (f"-{number}" if number > 1 else "")


def follows_activity_id_rule(ident: str, priority: int, members: Sequence[str]) -> bool:
    base = activity_id(priority, members)
    return ident == base or re.fullmatch(re.escape(base) + r"-(?:[2-9]|[1-9]\d+)", ident) is not None
