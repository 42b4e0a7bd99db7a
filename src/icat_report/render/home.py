"""The home page's parts made from data: the cover, the key figures, the priority tiles, the ways to explore.

The home page is the report's cover: who publishes it, its title, the report's own words
about the year (data/report.yaml's cover_quote, checked against its page when the data is
loaded), the way into the report and the whole report to download, then the year in
numbers and the six priorities. Every number is counted from data/. The parts are raw
HTML (a tile needs its own elements) with every data value passed through text/escape.py;
links are built URLs (`url_href_from`), as MkDocs does not rewrite links in raw HTML. The
title is a Markdown heading inside the cover (md_in_html), so that the page's table of
contents and the whole-report page find it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..report import ICAT_ID, Report
from ..text.escape import href_attribute, html_attribute, html_text, markdown_text
from ..text.typography import curled, kept_whole_html
from .common import Href, in_words, member_page_path, number_in_words, priority_page_path
from .icons import icon_svg

FIRST_PAGE = "foreword.md"
WHOLE_REPORT_PAGE = "print_page.md"
KIND_PLURALS = {"side-event": "side events", "training": "trainings", "publication": "publications"}


@dataclass(frozen=True)
class KeyFigure:
    """One of the year's figures: read, and heard, as "30 entities"."""

    key: str
    number: int
    label: str
    note: str = ""


def _plural(number: int, one: str, many: str) -> str:
    return one if number == 1 else many


def _commonest_kinds(report: Report, held: list) -> str:
    """What the year's events mostly were, in words: "most of them meetings, webinars and briefings"."""
    kinds = [kind for kind, _ in Counter(e.kind for e in held).most_common(3)]
    words = [KIND_PLURALS.get(kind, f"{kind}s") for kind in kinds]
    if not words:
        return ""
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return f"most of them {listed}"


def key_figures(report: Report) -> tuple[KeyFigure, ...]:
    """The year's figures, counted from the data; each note says what the figure counts."""
    year = report.info.year
    members, partners = report.members_total, report.partners_total
    # By their short names: the caption stays one line in the row of figures (the members page spells them out).
    joined = [m.short_name for m in report.members if m.joined == year]
    held = [e for e in report.events if not e.planned and e.date.start.year == year]
    planned = sum(1 for e in report.events if e.planned and e.date.start.year == year + 1)
    reporting = sum(1 for m in report.members if report.activities_of(m.id))
    by_icat = sum(1 for e in held if ICAT_ID in e.organisers)
    acronym = report.info.organisation_acronym
    return (
        KeyFigure(
            "entities",
            report.entities_total,
            _plural(report.entities_total, "entity", "entities"),
            f"{members} {_plural(members, 'member', 'members')} and "
            f"{partners} {_plural(partners, 'partner', 'partners')}",
        ),
        KeyFigure("joined", len(joined), f"joined in {year}", in_words(joined) if joined else ""),
        KeyFigure(
            "highlights",
            len(report.activities),
            _plural(len(report.activities), "highlight", "highlights"),
            f"of their work, reported by {reporting} of the {report.entities_total} entities",
        ),
        KeyFigure(
            "events", len(held), f"{_plural(len(held), 'event', 'events')} in {year}", _commonest_kinds(report, held)
        ),
        # What the group did together, not the report's own structure (its six priorities were a figure here).
        KeyFigure("by-icat", by_icat, f"held by {acronym} itself", f"of the {len(held)} events, alone or with others"),
        KeyFigure("planned", planned, f"planned for {year + 1}", "meetings, launches and campaigns announced"),
    )


def _size(size_bytes: int | None) -> str:
    if not size_bytes:
        return ""
    return f" ({max(1, round(size_bytes / 1000))} KB)" if size_bytes < 1_000_000 else f" ({size_bytes / 1e6:.1f} MB)"


def download_button(pdf, href: Href) -> str:
    """The cover's second action, outlined: the PDF when the build makes it (`pdf` has .path and .size_bytes), else
    the whole report on one page to print or save. (A built file, not a page: linked from the site's root.)"""
    if pdf is None:
        target, label, kind = href(WHOLE_REPORT_PAGE), "Print or save the whole report", ""
    else:
        root = href("index.md")
        target = ("" if root == "./" else root) + pdf.path
        label, kind = f"Download the PDF{_size(pdf.size_bytes)}", ' type="application/pdf"'
    return f'<a class="md-button icat-cover__download" href="{href_attribute(target)}"{kind}>{html_text(label)}</a>'


def keep_the_report(pdf, href: Href) -> str:
    """How to keep the whole report, for the whole-report page: the PDF's link when the build makes it, else
    the browser's own Print command (never how the site is built)."""
    if pdf is None:
        return "To keep it, print this page or save it as a PDF with your browser's Print command."
    root = href("index.md")
    target = ("" if root == "./" else root) + pdf.path
    return (
        f'Or download it: <a class="report-pdf-download" href="{href_attribute(target)}" type="application/pdf">'
        f"the report as a PDF {html_text(_size(pdf.size_bytes).strip())}</a>."
    )


def co_chairs(report: Report) -> list:
    """The year's co-chairs (members), in the alphabetical order the report signs in ("UNHCR and UNODC"),
    whatever the order of the data's list: the web cover's order, and the paper cover's (paper/front.py)."""
    return sorted((report.member(m) for m in report.info.co_chairs), key=lambda m: m.short_name)


def _imprint_line(report: Report, href: Href) -> str:
    """Who chaired ICAT in the report's year and when the report was published, as one sentence under the title:
    "Co-chaired in 2021 by the United Nations High Commissioner for Refugees (UNHCR) and the United Nations Office
    on Drugs and Crime (UNODC). Published 2022." Each co-chair by its full name from the data, linked to its page
    (acronyms alone read as a code); the co-chairs are web-only (the printed cover did not name them). Who
    chairs ICAT after the year is said on those members' pages, in their kicker: on the cover it read as a
    second author."""
    info = report.info
    published = f'<span class="icat-cover__published">Published {info.published}.</span>'
    if not info.co_chairs:
        return f'<p class="icat-cover__imprint">{published}</p>'
    chairs = co_chairs(report)
    names = [f'the <a href="{href_attribute(href(member_page_path(m.id)))}">{html_text(m.label)}</a>' for m in chairs]
    word = "Co\u2011chaired"  # a non-breaking hyphen: "Co-" never ends a line
    return (
        f'<p class="icat-cover__imprint"><span class="icat-cover__chairs icat-web-only">'
        f"{word} in {info.year} by {in_words(names)}.</span> {published}</p>"
    )


def _motif(report: Report, href: Href) -> str:
    """The priorities as tiles in their colours, each with its icon and short name, linked to its page; an
    arrow says that a tile leads on (a reviewer took the tiles for a picture)."""
    arrow = icon_svg("material/arrow-right", "icat-icon icat-cover__tile-arrow")
    tiles = "".join(
        f'<li class="icat-cover__tile" data-priority="{p.number}">'
        f'<a href="{href_attribute(href(priority_page_path(p)))}">{icon_svg(p.icon)}'
        f'<span class="icat-cover__tile-number">Priority {p.number}</span> '
        f'<span class="icat-cover__tile-name">{kept_whole_html(p.short_title or p.title)}</span>{arrow}</a></li>'
        for p in report.priorities
    )
    label = f"The {len(report.priorities)} priorities of the ICAT Action Plan"
    return f'<ul class="icat-cover__motif icat-web-only" aria-label="{html_attribute(label)}">{tiles}</ul>'


def cover(report: Report, href: Href, pdf=None) -> str:
    """The cover: the wordmark and publisher, the title, the report's words about the year, the two actions."""
    info = report.info
    identity = (
        '<p class="icat-hero__identity">'
        f'<span class="icat-wordmark">{html_text(info.organisation_acronym)}</span> '
        f'<span class="icat-hero__organisation">{html_text(info.organisation)}</span></p>'
    )
    quote = ""
    if info.cover_quote:
        q = info.cover_quote
        quote = (
            f'<blockquote class="icat-cover__quote"><p>{html_text(" ".join(q.text.split()))}</p>'
            f"<footer>{html_text(q.by)}</footer></blockquote>"
        )
    # Reading on the site is the first action in every build; keeping the report (PDF or print) the second.
    read = f'<a class="md-button md-button--primary" href="{href_attribute(href(FIRST_PAGE))}">Read the report</a>'
    actions = f'<p class="icat-cover__actions icat-web-only">{read} {download_button(pdf, href)}</p>'
    # The frame is the container the cover's layout asks for its width (home.css: @container).
    return (
        '<div class="icat-cover-frame" markdown="1">\n<div class="icat-cover" markdown="1">\n'
        f'<div class="icat-cover__text" markdown="1">\n{identity}\n\n'
        f"# {markdown_text(info.title)} {{ .icat-hero__title }}\n\n{_imprint_line(report, href)}\n"
        f"{quote}\n{actions}\n</div>\n{_motif(report, href)}\n</div>\n</div>\n"
    )


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


def _reported_by(entities: int) -> str:
    """A priority card's last line: whose work the page holds, as a reader says it (not a count of records)."""
    if not entities:
        return "No work reported in the Annex yet"
    return f"Work reported by {number_in_words(entities)} {_plural(entities, 'entity', 'entities')}"


def priority_cards(report: Report, href: Href, heading: str = "h3") -> str:
    """A tile per priority: its colour and icon, number, title, shift and how many entities reported work under it,
    linked to its page.
    Each title is a heading of the level the page needs below its own (h3 under the home page's h2)."""
    cards = []
    for priority in report.priorities:
        entities = len(report.entities_under(priority.number))
        # Raw HTML is not Markdown: its quotes are curled here, as smarty curls the pages' own text.
        shift = f'<p class="icat-card__shift">{curled(html_text(priority.shift))}</p>' if priority.shift else ""
        cards.append(
            f'<li class="icat-card" data-priority="{priority.number}">'
            f'<span class="icat-card__icon">{icon_svg(priority.icon)}</span>'
            f'<{heading} class="icat-card__heading"><a href="{href_attribute(href(priority_page_path(priority)))}">'
            f'<span class="icat-card__number">Priority {priority.number}</span> '
            f'<span class="icat-card__title">{kept_whole_html(priority.title)}</span></a></{heading}>'
            f'{shift}<p class="icat-card__count">{_reported_by(entities)}</p></li>'
        )
    return '<ul class="icat-cards">\n' + "\n".join(cards) + "\n</ul>\n"


def explore_cards(report: Report, href: Href) -> str:
    """The ways to read the report other than in order: by entity, by date, by entity and priority."""
    dated = len(report.events)
    ways = (
        ("members.md", "material/account-group-outline", "Members and partners",
         f"A page for each of the {report.entities_total} entities: its highlights, events and people."),
        ("priorities.md", "material/format-list-numbered", "Priorities",
         f"The {number_in_words(len(report.priorities))} priorities of the Action Plan and the highlights under each."),
        ("timeline.md", "material/calendar-month-outline", "Timeline",
         f"The {dated} meetings, launches and campaigns in the report, month by month."),
        ("matrix.md", "material/grid", "Entities by priority",
         "Which entity reported work under which priority, as a table."),
    )  # fmt: skip
    cards = [
        f'<li class="icat-way"><span class="icat-way__icon">{icon_svg(icon)}</span>'
        f'<h3 class="icat-way__heading"><a href="{href_attribute(href(page))}">{html_text(title)}</a></h3>'
        f'<p class="icat-way__text">{html_text(text)}</p></li>'
        for page, icon, title, text in ways
    ]
    return '<ul class="icat-ways">\n' + "\n".join(cards) + "\n</ul>\n"
