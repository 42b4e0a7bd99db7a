"""The report's figures, named as a reader would quote them, and those a change moves.

The year's key figures as the home page shows them (render/home.py), the highlights under each
priority, and each entity's highlights (under each priority) and events: what a reviewer checks a
change against. Figures are matched by what they count (an entity by its id), so renaming an
entity moves none of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..render.home import key_figures
from ..report import Report


@dataclass(frozen=True)
class MovedFigure:
    name: str
    before: int | None
    after: int | None


def report_figures(report: Report) -> dict[str, tuple[str, int]]:
    """{what it counts: (its name for a reader, the number)}."""
    figures = {f"home:{figure.key}": (f"{figure.label} (home page)", figure.number) for figure in key_figures(report)}
    figures["links"] = ("references with an address", sum(1 for link in report.links if link.url))
    for priority in report.priorities:
        count = len(report.activities_under(priority.number))
        figures[f"priority:{priority.number}"] = (f"highlights under priority {priority.number}", count)
    for member in report.members:
        own = report.activities_of(member.id)
        figures[f"member:{member.id}"] = (f"{member.short_name}: highlights", len(own))
        for priority in report.priorities:
            under = sum(1 for activity in own if activity.priority == priority.number)
            figures[f"member:{member.id}:{priority.number}"] = (
                f"{member.short_name}: highlights under priority {priority.number}",
                under,
            )
        figures[f"member:{member.id}:events"] = (f"{member.short_name}: events", len(report.events_of(member.id)))
    return figures


def moved_figures(before: Report, after: Report) -> list[MovedFigure]:
    """The figures whose number differs, in the order of the head's figures (then those gone)."""
    old, new = report_figures(before), report_figures(after)
    moved = []
    for key in dict.fromkeys([*new, *old]):
        was, now = old.get(key, (None, None))[1], new.get(key, (None, None))[1]
        if (was or 0) != (now or 0):  # an entity added with nothing to count moves no figure
            moved.append(MovedFigure((new.get(key) or old[key])[0], was, now))
    return moved
