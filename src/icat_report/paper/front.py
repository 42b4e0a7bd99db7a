"""The paper's first two pages, the cover and the inside cover (the imprint), and its back cover.

The cover is typographic, made from data/report.yaml and data/priorities.yaml: the
wordmark and the group's full name, a stripe of the priorities' colours, the title, the year
large and when it was published, the co-chairs (in the web cover's order), and the six
priorities as a band of their colours (no emblem or logo: the UN emblem may not be
reproduced). The inside cover holds the copyright and the disclaimer as the home page
words them (its "Copyright and disclaimer" section), what this edition leaves out (the photographs,
counted from data/photos.yaml), a suggested citation, and the contacts
from data/report.yaml. The back cover repeats the wordmark, the group's name and its
addresses, as the report's own back cover did.
"""

from __future__ import annotations

from ..model import Member
from ..render.common import number_in_words
from ..render.home import co_chairs
from ..report import Report
from ..text.escape import href_attribute, html_text
from ..text.html import Fragment
from .edition import KEY as EDITION
from .source import PaperError

COPYRIGHT_SECTION = "--copyright"  # the id of the home page's "Copyright and disclaimer" heading ends so
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def cover(report: Report) -> str:
    """The cover page's HTML."""
    info = report.info
    year = str(info.year)
    title = info.title.removesuffix(year).strip()
    chairs = "".join(f"<li>{_entity(member)}</li>" for member in co_chairs(report))  # the web cover's order
    count = number_in_words(len(report.priorities))
    priorities = "".join(
        f'<li data-priority="{p.number}"><span class="paper-cover__priority-number">{p.number}</span> '
        f"{html_text(p.title)}</li>"
        for p in report.priorities
    )
    return (
        '<section class="paper-cover">'
        '<div class="paper-cover__band">'
        f'<p class="paper-cover__wordmark">{html_text(info.organisation_acronym)}</p>'
        f'<p class="paper-cover__organisation">{html_text(info.organisation)}</p>'
        "</div>"
        '<div class="paper-cover__stripe"></div>'  # the priorities' colours, a motif (paper.css)
        f'<h1 class="paper-cover__title">{html_text(title)} <br><span class="paper-cover__year">{year}</span></h1>'
        f'<p class="paper-cover__label">Co-chaired in {year} by</p><ul class="paper-cover__chairs">{chairs}</ul>'
        # under the co-chairs, not the year: after the year's large type, text extractors run it on
        f'<p class="paper-cover__published">Published {html_text(str(info.published))}</p>'
        '<div class="paper-cover__foot">'
        f'<p class="paper-cover__label">The {count} priorities of the {html_text(info.organisation_acronym)} '
        f'Action Plan</p><ol class="paper-cover__priorities">{priorities}</ol></div>'
        "</section>"
    )


def _entity(member: Member) -> str:
    name = html_text(member.name)
    return f"{name} ({html_text(member.acronym)})" if member.acronym else name


def imprint(report: Report, home: Fragment, site_url: str | None) -> str:
    """The inside cover's HTML: copyright and disclaimer (from the home page), citation, contacts."""
    info = report.info
    organisation = info.organisation.removeprefix("The ")
    address = f' <a href="{href_attribute(site_url)}">{html_text(site_url)}</a>' if site_url else ""
    contacts = info.contacts
    photos = len(report.photos)
    edition = (
        f'<p class="paper-imprint__heading">This edition</p><p>The {photos} photographs of the printed report are not '
        'reproduced; their captions are kept. What else departs from the printed report: "About this edition", '
        f'<a class="paper-page-reference" href="#{EDITION}--title"></a>.</p>'
    )
    return (
        '<section class="paper-imprint">'
        f"{_copyright(home)}"
        f"{edition if photos else ''}"
        '<p class="paper-imprint__heading">Suggested citation</p>'
        f"<p>{html_text(organisation)} ({html_text(info.organisation_acronym)}). <em>{html_text(info.title)}</em>. "
        f"{html_text(info.publisher)}, {info.published}.{address}</p>"
        '<p class="paper-imprint__heading">Contact</p>'
        '<ul class="paper-imprint__contacts">'
        f'<li>Website: <a href="{href_attribute(contacts.website)}">{html_text(shown(contacts.website))}</a></li>'
        f'<li>X/Twitter: <a href="{href_attribute(contacts.twitter)}">{html_text(shown(contacts.twitter))}</a></li>'
        f'<li>E-mail: <a href="{href_attribute("mailto:" + contacts.email)}">{html_text(contacts.email)}</a></li>'
        "</ul></section>"
    )


def shown(address: str) -> str:
    """An address of data/report.yaml as the paper prints it, the same form everywhere: as the
    data (and the site) write it, "http://icat.un.org", without a closing slash."""
    return address.rstrip("/")


def _copyright(home: Fragment) -> str:
    """The home page's copyright section: its paragraphs, up to the next heading."""
    heading = next(
        (each for each in home.elements() if (each.attributes.get("id") or "").endswith(COPYRIGHT_SECTION)), None
    )
    if heading is None:
        raise PaperError(
            "the home page has no section whose id ends in 'copyright' (## Copyright and disclaimer { #copyright }): "
            "the inside cover prints its words"
        )
    words = []
    sibling = heading.next
    while sibling is not None and sibling.tag not in HEADINGS:
        if sibling.is_element_node:
            words.append(sibling.html or "")
        sibling = sibling.next
    return f'<p class="paper-imprint__heading">{html_text(heading.text())}</p>{"".join(words)}'


def back_cover(report: Report) -> str:
    """The back cover's HTML: the wordmark, the group's full name and its addresses."""
    info, contacts = report.info, report.info.contacts
    addresses = "".join(
        f'<li>{label}: <a href="{href_attribute(href)}">{html_text(words)}</a></li>'
        for label, href, words in (  # labelled as on the inside cover
            ("Website", contacts.website, shown(contacts.website)),
            ("E-mail", "mailto:" + contacts.email, contacts.email),
            ("X/Twitter", contacts.twitter, shown(contacts.twitter)),
        )
    )
    return (
        '<section class="paper-back">'
        f'<p class="paper-cover__wordmark">{html_text(info.organisation_acronym)}</p>'
        f'<p class="paper-cover__organisation">{html_text(info.organisation)}</p>'
        f'<ul class="paper-back__contacts">{addresses}</ul></section>'
    )
