"""The home page's parts made from data: the title block, the key figures, the co-chairs, the priority cards.

The home page is the report's landing: who publishes it, the year in numbers, who
chaired the group, the six priorities to start from. Every number is counted from
data/, so a new member or highlight moves the figures. The parts are raw HTML (a
figure, a card needs its own elements) with every data value passed through
text/escape.py; links are built URLs (`url_href_from`), as MkDocs does not rewrite
links in raw HTML. The title is a Markdown heading, so that the page's table of
contents and the whole-report page find it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Member
from ..report import Report
from ..text.escape import href_attribute, html_attribute, html_text, markdown_text
from .common import Href, member_page_path, priority_page_path


@dataclass(frozen=True)
class KeyFigure:
    """One of the year's figures: read, and heard, as "30 entities"."""

    key: str
    number: int
    label: str
    note: str = ""


def _plural(number: int, one: str, many: str) -> str:
    return one if number == 1 else many


def key_figures(report: Report) -> tuple[KeyFigure, ...]:
    """The year's figures, counted from the data."""
    year = report.info.year
    members, partners = report.members_total, report.partners_total
    joined = [m.short_name for m in report.members if m.joined == year]
    held = sum(1 for e in report.events if not e.planned and e.date.start.year == year)
    planned = sum(1 for e in report.events if e.planned and e.date.start.year == year + 1)
    return (
        KeyFigure(
            "entities",
            report.entities_total,
            _plural(report.entities_total, "entity", "entities"),
            f"{members} {_plural(members, 'member', 'members')} and "
            f"{partners} {_plural(partners, 'partner', 'partners')}",
        ),
        KeyFigure("joined", len(joined), f"joined in {year}", ", ".join(joined)),
        KeyFigure(
            "priorities",
            len(report.priorities),
            _plural(len(report.priorities), "priority", "priorities"),
            "of the ICAT Action Plan",
        ),
        KeyFigure(
            "highlights",
            len(report.activities),
            _plural(len(report.activities), "highlight", "highlights"),
            "from the membership, in the Annex",
        ),
        KeyFigure(
            "events", held, f"{_plural(held, 'event', 'events')} in {year}", "dated by the report, on the timeline"
        ),
        KeyFigure("planned", planned, f"planned for {year + 1}", "in the year ahead"),
    )


def title_block(report: Report) -> str:
    """The report's identity: the wordmark, the organisation's full name, then the title as the page's heading.

    The wordmark and the name read as one line, as on the report's cover
    ("ICAT The Inter-Agency Coordination Group against Trafficking in Persons").
    """
    info = report.info
    identity = (
        '<p class="icat-hero__identity">'
        f'<span class="icat-wordmark">{html_text(info.organisation_acronym)}</span> '
        f'<span class="icat-hero__organisation">{html_text(info.organisation)}</span></p>'
    )
    return f"{identity}\n\n# {markdown_text(info.title)} {{ .icat-hero__title }}\n"


def figures_list(report: Report) -> str:
    """The key figures as a list of large numbers, each followed by its label and note."""
    items = []
    for figure in key_figures(report):
        note = f' <span class="icat-figure__note">{html_text(figure.note)}</span>' if figure.note else ""
        items.append(
            f'<li class="icat-figure" data-figure="{html_attribute(figure.key)}">'
            f'<span class="icat-figure__number">{figure.number}</span> '
            f'<span class="icat-figure__label">{html_text(figure.label)}</span>{note}</li>'
        )
    return '<ul class="icat-figures">\n' + "\n".join(items) + "\n</ul>\n"


def _member_card(report: Report, member: Member, href: Href) -> str:
    year = report.info.year
    years = [year] + ([year + 1] if member.id in report.info.incoming_co_chairs else [])
    role = f"Co-chair in {' and '.join(str(y) for y in years)}"
    return (
        '<li class="icat-cochair">'
        f'<a href="{href_attribute(href(member_page_path(member)))}">'
        f'<span class="icat-cochair__acronym">{html_text(member.short_name)}</span> '
        f'<span class="icat-cochair__name">{html_text(member.name)}</span></a> '
        f'<span class="icat-cochair__role">{html_text(role)}</span></li>'
    )


def co_chairs(report: Report, href: Href) -> str:
    """The year's co-chairs, each linked to its page; then the next year's, where they change."""
    info = report.info
    cards = [_member_card(report, report.member(m), href) for m in info.co_chairs]
    parts = ['<ul class="icat-cochairs">', *cards, "</ul>"]
    incoming = [report.member(m) for m in info.incoming_co_chairs if m not in info.co_chairs]
    if incoming:
        links = " and ".join(
            f'<a href="{href_attribute(href(member_page_path(m)))}">{html_text(m.short_name)}</a> ({html_text(m.name)})'
            for m in incoming
        )
        parts.append(f'<p class="icat-cochairs__next">Joining as co-chair in {info.year + 1}: {links}.</p>')
    return "\n".join(parts) + "\n"


def priority_cards(report: Report, href: Href) -> str:
    """A card per priority of the Action Plan: its number, title, shift and highlight count, linked to its page."""
    cards = []
    for priority in report.priorities:
        count = len(report.activities_under(priority.number))
        shift = f'<p class="icat-card__shift">{html_text(priority.shift)}</p>' if priority.shift else ""
        cards.append(
            '<li class="icat-card">'
            f'<h3 class="icat-card__heading"><a href="{href_attribute(href(priority_page_path(priority)))}">'
            f'<span class="icat-card__number">Priority {priority.number}</span> '
            f'<span class="icat-card__title">{html_text(priority.title)}</span></a></h3>'
            f'{shift}<p class="icat-card__count">{count} {_plural(count, "highlight", "highlights")}</p></li>'
        )
    return '<ul class="icat-cards">\n' + "\n".join(cards) + "\n</ul>\n"
