"""How a member's and a priority's page open, and how a priority shows wherever it appears.

A member's page opens with its identity in a band of UN blue: a kicker with its role, its
full name and acronym as the title, then the priorities of its work in the Annex, each a chip
in the priority's colour. A priority's page opens with a band in its colour, its large icon
tile, its number, its title and its tagline (the shift the Annex names). Headings and chips
about a priority carry `data-priority="N"` (render/priority_style.py gives each N its colour
and icon). All of it is Markdown with attribute lists (and md_in_html for the band), so every
build of the page (MkDocs, Zensical's plain project) has it.
"""

from __future__ import annotations

import re

from ..model import Member, Priority
from ..report import Report
from ..text.escape import html_text, markdown_text
from .charts import priority_label
from .icons import icon_svg

BAND_END = ["</div>", ""]


def _band(css_class: str, attributes: str = "", tile: str = "") -> list[str]:
    """The opening of a page header's band (md_in_html: Markdown inside), with its large tile if any."""
    return [f'<div class="icat-band {css_class}"{attributes} markdown="1">', tile, ""]


def _icon_tile(icon: str) -> str:
    return f'<div class="icat-band__icon" aria-hidden="true">{icon_svg(icon)}</div>'


def monogram(member: Member) -> str:
    """The letters of a member's tile: its acronym, or the initials of its name (a typographic mark, no logo)."""
    return member.acronym or "".join(word[0] for word in member.name.split() if word[0].isupper() and word != "The")


def _monogram_tile(member: Member) -> str:
    """A member's tile: its monogram, sized by its longest word (CSS: data-letters), broken after a hyphen."""
    letters = monogram(member)
    longest = max(len(word) for word in re.split(r"[\s-]+", letters) if word)
    text = html_text(letters).replace("-", "-<wbr>")
    return (
        f'<div class="icat-band__icon icat-band__monogram" data-letters="{min(longest, 8)}" aria-hidden="true">'
        f"{text}</div>"
    )


def priority_attributes(priority: Priority, anchor: str | None = None) -> str:
    """The attribute list that gives a heading (or a link) its priority's colour and icon."""
    ident = f"#{anchor} " if anchor else ""
    return f'{{ {ident}.icat-priority-mark data-priority="{priority.number}" }}'


def _role_kicker(report: Report, member: Member) -> str:
    role = "Member entity of ICAT" if member.role == "member" else "Partner of ICAT"
    facts = [role + (f" since {member.joined}" if member.joined else "")]
    years = [report.info.year] if member.id in report.info.co_chairs else []
    years += [report.info.year + 1] if member.id in report.info.incoming_co_chairs else []
    if years:
        facts.append(
            "Co\u2011Chair in "  # a non-breaking hyphen: "Co-" never ends a line
            + " and ".join(str(y) for y in years)
        )
    return " · ".join(facts)


def member_header(report: Report, member: Member, title: str) -> list[str]:
    """The opening of a member's page: kicker, title (plain text, escaped here), its priorities as chips."""
    lines = _band("icat-band--member", tile=_monogram_tile(member))
    lines += [f"{markdown_text(_role_kicker(report, member))}", "{ .icat-kicker }", "", f"# {markdown_text(title)}", ""]
    own = report.activities_of(member.id)
    under = [p for p in report.priorities if any(a.priority == p.number for a in own)]
    if under:
        chips = " ".join(
            # The priority's name is left out on a phone (report.css), so the chips sit side by side; a
            # no-break space before it, as a flex item's leading space is dropped.
            f'[Priority {p.number}<span class="icat-chip__name">\u00a0\u00b7 {markdown_text(priority_label(p))}</span>]'
            f"(#priority-{p.number})"
            f'{{ .icat-chip data-priority="{p.number}" }}'
            for p in under
        )
        lines += [f"Its work in the Annex, by priority: {chips}", "{ .icat-chips }", ""]
    return lines + BAND_END


def priority_header(report: Report, priority: Priority, title: str) -> list[str]:
    """The opening of a priority's page: its number and icon in its colour, its title, its tagline."""
    # The part, not the place: the title says the priority's number ("Priority 3: ..."), and the menu the others.
    kicker = "ICAT Action Plan · Priorities"
    lines = _band("icat-band--priority", f' data-priority="{priority.number}"', _icon_tile(priority.icon))
    lines += [
        markdown_text(kicker),
        f'{{ .icat-kicker .icat-kicker--priority data-priority="{priority.number}" }}',
        "",
        f'# {title} {{ .icat-priority-title data-priority="{priority.number}" }}',
        "",
    ]
    if priority.shift:
        lines += [f"{markdown_text(priority.shift)}", "{ .icat-standfirst }", ""]
    return lines + BAND_END
