"""The members page's directory: the members, then the partners, each entity's name linked to its page (its role
is its group's heading), and the priorities of its work in the Annex (their icon and number, with a legend)."""

from __future__ import annotations

from ..report import Report
from ..text.escape import html_attribute, html_text
from .browse_pages import member_title
from .charts import priority_label
from .common import Href, member_page_path
from .icons import icon_svg


def entities_overview(report: Report, href: Href, url_href: Href) -> str:
    """A directory of the members, then the partners, each group in the membership list's order (the report's):
    each entity's name linked to its page, whether it joined this year, and the priorities of its work (icon and
    number, with a legend). No counts per entity: the Annex is not exhaustive, and the site ranks no one (raw
    HTML, for the icons); the groups' sizes head them."""
    # A list, so that on a phone each mark stays beside its name (two columns), never wrapped away from it.
    legend = "".join(
        f'<li><span class="icat-directory__mark" data-priority="{p.number}">{icon_svg(p.icon)}P{p.number}</span> '
        f"{html_text(priority_label(p))}</li>"
        for p in report.priorities
    )
    parts = [
        '<div class="icat-directory__legend"><p>The marks name the priorities of each entity’s work in the Annex:</p>'
        f'<ul class="icat-directory__key">{legend}</ul></div>',
        "",
    ]
    for role, total in (("member", report.members_total), ("partner", report.partners_total)):
        if total:
            heading = f"{total} {role}{'' if total == 1 else 's'}"
            parts += [f"## {heading} {{ #{role}s }}", "", _directory(report, role, url_href), ""]
    return "\n".join(parts)


def _directory(report: Report, role: str, url_href: Href) -> str:
    entries = []
    for member in report.entities(role):
        # No role under its group's heading ("Member" under "27 members"): only news, a joining this year.
        joined = f"Joined in {member.joined}" if member.joined == report.info.year else ""
        own = {a.priority for a in report.activities_of(member.id)}
        reported = [p for p in report.priorities if p.number in own]
        marks = "".join(
            # "P3", not "3": on the grid a number is a count; here it names a priority.
            f'<li class="icat-directory__mark" data-priority="{p.number}">{icon_svg(p.icon)}'
            f'<span aria-hidden="true">P{p.number}</span>'
            f'<span class="visually-hidden">Priority {p.number}: {html_text(p.title)}</span></li>'
            for p in reported
        )
        under = f'<ul class="icat-directory__priorities" aria-label="Its work in the Annex, by priority">{marks}</ul>'
        entries.append(
            f'<li class="icat-directory__entry" data-role="{member.role}">'
            f'<a class="icat-directory__name" href="{html_attribute(url_href(member_page_path(member)))}">'
            f"{html_text(member_title(member))}</a>"
            + (f'<span class="icat-directory__joined">{html_text(joined)}</span>' if joined else "")
            + f"{under if marks else ''}</li>"
        )
    return '<ul class="icat-directory">\n' + "\n".join(entries) + "\n</ul>\n"
