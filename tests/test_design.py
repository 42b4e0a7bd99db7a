"""The site as a publication, in the built pages: the report's own footer, readers' pages free of build text,
the editors' guide out of the menu but published, no acronym marks in headings, the chapters numbered in the
menu and in their headers. (The priorities' colours: test_colours.py.)"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from icat_report.text import html

from projects import ROOT
from site_text import index_name, page, page_text, read_page, straight

HEADINGS = "h1, h2, h3, h4, h5, h6"


def test_the_footer_is_the_reports_own(built_site, report):
    for path in ("", "annex/", "members/unodc/"):
        footer = page(built_site, path).css_first("footer .icat-footer")
        text = " ".join(footer.text().split())
        info = report.info
        assert f"{info.organisation_acronym} {info.organisation}" in text
        assert info.copyright in text
        links = dict((label, href) for href, label in html.links(footer))
        assert links[info.contacts.email] == f"mailto:{info.contacts.email}"
        assert links["icat.un.org"] == info.contacts.website
        assert links["X/Twitter: ICAT_News"] == info.contacts.twitter
        assert links["For editors"].endswith("editing/") and links["Cite this report"].endswith("cite/")
        # Beside "All rights reserved", a plain action, not a claim of an open licence the report does not give.
        assert links["Download the data"].endswith("data/") and "Open data" not in text
        assert "Made with" not in page(built_site, path).css_first("footer").text()


# What only an editor or a developer needs: commands, the preview's address, the sources' files.
BUILD_TEXT = re.compile(
    r"`?\bmake (?:serve|build|pdf|test|check|schemas|setup|render|fuzz)\b|\.venv\b|\blocalhost\b|127\.0\.0\.1"
    r"|\bdata/\w+\.yaml\b|\bdocs/[\w/-]*\.md\b|\bsrc/icat_report\b|\bhooks/\w+\.py\b"
)
EDITORS_PAGES = {"editing/"}


def test_no_readers_page_shows_build_text(built_site):
    shown = {}
    for path in sorted(built_site.rglob("*.html")):
        url = path.relative_to(built_site).as_posix().removesuffix("index.html")
        if url in EDITORS_PAGES:
            continue
        text = html.visible_text(html.document(path.read_text(encoding="utf-8")), hidden=html.HIDDEN)
        found = sorted({m.group(0) for m in BUILD_TEXT.finditer(text)})
        if found:
            shown[url or "/"] = found
    assert not shown, f"build text on readers' pages: {shown}"
    # The pattern finds what it is meant to (the editors' guide is full of it).
    guide = page_text(built_site, "editing/")
    assert {"make serve", "data/members.yaml"} <= {m.group(0) for m in BUILD_TEXT.finditer(guide)}


def _menu_pages(site: Path, path: str) -> set[str]:
    """The pages the menu (the top tabs and the sidebar's menu) links to, as addresses from the site's root."""
    document = page(site, path)
    links = {href for nav in document.css("nav.md-nav--primary, nav.md-tabs") for href, _ in html.links(nav)}
    return {urljoin(f"/{path}", href).split("#")[0] for href in links}


# A page of each part, and the readers' pages its menu lists in full (navigation.prune: the other parts are
# one link each, to their first page).
PARTS = {
    "foreword/": {"/foreword/", "/year-in-review/", "/annex/", "/acronyms/"},
    "timeline/": {"/members/", "/priorities/", "/timeline/", "/matrix/"},
    "members/unodc/": {"/members/", "/members/unodc/", "/timeline/", "/matrix/"},
}


@pytest.mark.parametrize("path", ["", *PARTS])
def test_the_menu_holds_readers_pages_only(built_site, path):
    menu = _menu_pages(built_site, path)
    assert "/editing/" not in menu and "/print_page/" not in menu
    assert PARTS.get(path, set()) <= menu
    assert {"/", "/foreword/", "/members/"} <= menu, "every part is one link away from every page"


def test_the_readers_search_holds_the_reports_pages_not_the_editors_guide(built_site):
    """The guide (a fifth of the index, YAML field by field) stays out of the readers' search: it is
    one link away in every footer. Every reader's page kind is still found."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert not any(location.startswith("editing/") for location in pages)
    assert {"", "foreword/", "annex/", "members/unodc/", "priorities/evidence-base/", "timeline/", "matrix/"} <= pages


def test_the_editors_guide_is_published_and_linked_from_every_footer_and_the_readme(built_site):
    assert "Editing the report" in page_text(built_site, "editing/")
    for path in sorted(built_site.rglob("index.html"))[:20]:
        footer = html.document(path.read_text(encoding="utf-8")).css_first("footer .icat-footer")
        assert any(label == "For editors" for _, label in html.links(footer)), path
    assert "docs/editing.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_printing_is_an_action_on_the_reports_pages(built_site):
    for path in ("foreword/", "annex/", "year-in-review/procurement/", "acronyms/"):
        action = page(built_site, path).css_first(".md-content > .icat-page-actions a")
        assert action is not None and action.attributes["href"].endswith("print_page/"), path
        assert " ".join(action.text().split()) == "Print or save the whole report"
        # What a phone shows (the words outside .icat-action__more) still says what the link does.
        shown = "".join(
            n.text(deep=False) for n in action.css("span") if "icat-action__more" not in n.attributes.get("class", "")
        )
        assert shown.strip() == "Print or save", path
    assert page(built_site, "").css_first(".icat-page-actions") is None, "the cover has its own button"
    # The pages to explore the report are not the report: no action to print it there.
    for path in ("members/", "members/unodc/", "priorities/evidence-base/", "timeline/", "matrix/"):
        assert page(built_site, path).css_first(".icat-page-actions") is None, path


def test_no_acronym_mark_in_a_heading_or_a_page_header(built_site):
    marked, emptied = {}, {}
    for path in sorted(built_site.rglob("*.html")):
        document = html.document(path.read_text(encoding="utf-8"))
        inside = document.css(", ".join(f"{h} abbr" for h in HEADINGS.split(", ")) + ", .icat-kicker abbr")
        if inside:
            marked[path.relative_to(built_site).as_posix()] = [a.text() for a in inside]
        # An acronym unmarked in a heading stays as text: "Name (OSRSG-CAAC)", never "Name ()".
        empty = [h.text() for h in document.css(HEADINGS) if "()" in h.text()]
        if empty:
            emptied[path.relative_to(built_site).as_posix()] = empty
    assert not marked, marked
    assert not emptied, emptied
    # Headings do hold acronyms: they are shown as plain text.
    assert "(UNODC)" in page(built_site, "members/unodc/").css_first("h1").text()


def test_an_acronym_right_after_its_expansion_is_not_marked_again(built_site):
    for path in ("who-we-are/", "", "annex/"):
        for mark in read_page(built_site, path).article.css("abbr[aria-description]"):
            before = " ".join((mark.prev.text() if mark.prev is not None else "").split()).lower()
            assert not before.endswith(f"{mark.attributes['aria-description'].lower()} ("), mark.parent.html[:200]
    # On "Who we are" the text spells UNODC out before it: the acronym stays plain there.
    article = read_page(built_site, "who-we-are/").article
    assert "United Nations Office on Drugs and Crime (UNODC)" in page_text(built_site, "who-we-are/")
    assert not [a for a in article.css("abbr") if a.text() == "UNODC" and "Drugs and Crime (" in (a.prev.text() or "")]


def test_the_reports_chapters_are_numbered_in_the_menu_and_their_headers(built_site):
    foreword = read_page(built_site, "foreword/").article
    assert straight(foreword.css_first("p.icat-kicker").text()) == "Chairs' Annual Report 2021"
    assert foreword.css_first("h1").text().replace("\u00b6", "").strip() == "1. Foreword"
    section = read_page(built_site, "year-in-review/procurement/").article
    assert section.css_first("p.icat-kicker").text() == "4. A year in review"
    assert section.css_first("h1").text().startswith("4.3 Using procurement practices")
    menu = page(built_site, "year-in-review/procurement/").css_first("nav.md-nav--primary")
    labels = [" ".join(a.text().split()) for a in menu.css("a.md-nav__link, label.md-nav__link")]
    for label in ("1. Foreword", "3. A message from the Co\u2011Chairs", "4.3 Procurement", "6. Annex", "Acronyms"):
        assert label in labels, labels
    # The acronyms close the report's part as its appendix: not counted among the chapters, not numbered.
    acronyms = read_page(built_site, "acronyms/").article
    assert straight(acronyms.css_first("p.icat-kicker").text()) == "Chairs' Annual Report 2021 · Reference"
    assert acronyms.css_first("h1").text().replace("\u00b6", "").strip() == "Acronyms"
    # Pages outside the report's chapters are not numbered; the home page has no kicker.
    timeline = read_page(built_site, "timeline/").article
    assert timeline.css_first("h1").text().startswith("Timeline")
    # Explore's pages are not a part of the report: their kicker says what they are for, with no page counter.
    assert timeline.css_first("p.icat-kicker").text() == "Explore the report"
    # The About part's pages say what they are (their front matter's kicker), not "Explore the report".
    for about in ("data/", "cite/", "edition-notes/"):
        assert read_page(built_site, about).article.css_first("p.icat-kicker").text() == "About this edition"
    assert read_page(built_site, "").article.css_first("p.icat-kicker") is None


def _official_logo_and_a_photo(project: Path) -> None:
    """What the secretariat would add once it holds the rights: the logo's file and a photo's."""
    (project / "docs" / "assets" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
        encoding="utf-8",
    )
    (project / "docs" / "assets" / "photos").mkdir()
    (project / "docs" / "assets" / "photos" / "brandolino.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3"/></svg>',
        encoding="utf-8",
    )
    report = project / "data" / "report.yaml"
    report.write_text(
        report.read_text(encoding="utf-8") + "logo: assets/logo.svg\nlogo_alt: ICAT logo\n", encoding="utf-8"
    )
    photos = project / "data" / "photos.yaml"
    text = photos.read_text(encoding="utf-8")
    before = "- id: foreword-brandolino\n  page: foreword.md\n"
    assert before in text
    photos.write_text(
        text.replace(
            before,
            before + "  image: assets/photos/brandolino.svg\n  alt: John Brandolino speaking\n  credit: © UNODC\n",
        ),
        encoding="utf-8",
    )


def test_the_logo_and_the_photos_show_once_their_files_are_given(make_site):
    site = make_site(_official_logo_and_a_photo)
    logo = page(site, "annex/").css_first("header a.icat-logo img")
    assert logo.attributes["alt"] == "ICAT logo" and logo.attributes["src"] == "../assets/logo.svg"
    assert page(site, "").css_first("header .icat-wordmark").text() == "ICAT", "the wordmark stays beside it"
    photo = page(site, "foreword/").css_first("article figure.photo#photo-foreword-brandolino")
    image = photo.css_first("img")
    assert image.attributes["alt"] == "John Brandolino speaking" and image.attributes["src"].endswith("brandolino.svg")
    assert " ".join(photo.css_first("figcaption").text().split()) == "John Brandolino (UNODC). © UNODC"
    assert "Photo not reproduced" not in page_text(site, "foreword/")


def test_without_their_files_no_logo_and_a_photo_is_one_quiet_line(built_site):
    assert page(built_site, "").css_first("header img") is None, "no logo is shipped"
    menu_title = page(built_site, "").css_first("nav.md-nav--primary .md-nav__title .md-logo")
    assert menu_title.css_first("svg") is None and menu_title.css_first(".icat-wordmark").text() == "ICAT", (
        "the phone menu's title shows the wordmark, not the theme's stock icon"
    )
    caption = page(built_site, "foreword/").css_first("article p.photo-caption#photo-foreword-brandolino")
    assert " ".join(caption.text().split()) == "Photo not reproduced: John Brandolino (UNODC)."


def _menu_groups(document) -> dict[str, list[str] | str]:
    """The members' menu groups of a page: an open group's entries, or a pruned group's one link."""
    groups: dict[str, list[str] | str] = {}
    for item in document.css("nav.md-nav--primary li.md-nav__item--nested"):
        if "md-nav__item--pruned" in (item.attributes.get("class") or ""):
            link = item.css_first("a.md-nav__link")
            groups[" ".join(link.text().split())] = link.attributes["href"]
            continue
        label = next((child for child in item.iter() if child.tag == "label"), None)
        name = " ".join(label.text().split()) if label is not None else ""
        links = [a for a in item.css("nav a.md-nav__link") if "#" not in a.attributes["href"]]  # not the TOC
        groups[name] = [" ".join(a.text().split()) for a in links]
    return {name: entries for name, entries in groups.items() if name in ("Members", "Partners")}


def test_the_members_menu_groups_members_and_partners_as_the_data_says(built_site, report):
    """A member's page lists its group whole, the other group is one link to its first page
    (navigation.prune keeps each page's menu to its own branch)."""
    in_menu = sorted(report.members, key=lambda m: index_name(m.short_name))  # the names the menu shows, A to Z
    members = [m for m in in_menu if m.role == "member"]
    partners = [m for m in in_menu if m.role == "partner"]
    for own, other, name, other_name in (
        (members, partners, "Members", "Partners"),
        (partners, members, "Partners", "Members"),
    ):
        groups = _menu_groups(page(built_site, f"members/{own[1].id}/"))
        assert groups == {name: [m.short_name for m in own], other_name: f"../{other[0].id}/"}


def test_member_and_priority_pages_have_their_place_in_the_menu(built_site, report):
    """A member's or a priority's page sits under its overview in Explore: the tab is the current one, the
    menu marks the page, and previous/next lead to its neighbours in the menu's order (members by the acronym
    the menu shows, A to Z, members before partners; priorities by number)."""
    by_name = sorted(report.members, key=lambda m: m.short_name.casefold())
    in_menu = [m for m in by_name if m.role == "member"] + [m for m in by_name if m.role == "partner"]
    for pages, overview in ((in_menu, "members"), (report.priorities, "priorities")):
        middle = pages[1]
        document = page(built_site, f"{overview}/{middle.id}/")
        tab = document.css_first(".md-tabs__item--active")
        assert tab is not None and " ".join(tab.text().split()) == "Explore"
        active = document.css_first("nav.md-nav--primary a.md-nav__link--active")
        assert active is not None and active.attributes["href"] == "./"
        previous = document.css_first("a.md-footer__link--prev").attributes["href"]
        following = document.css_first("a.md-footer__link--next").attributes["href"]
        assert (previous, following) == (f"../{pages[0].id}/", f"../{pages[2].id}/")


def test_the_headers_title_has_the_typographic_apostrophe_of_the_pages_text(built_site, report):
    """The pages' text gets curly quotes from the smarty extension; the header's title, written from data by
    the theme, gets them too (text/typography.py), so "Chairs’" reads the same above and on the page."""
    assert "'" in report.info.title  # the data keeps what its editors type
    title = page(built_site, "").css_first(".icat-header-identity__title").text().strip()
    assert title == report.info.title.replace("'", "\u2019")


def test_the_about_pages_have_their_part_in_the_menu(built_site):
    """Citing, the data and the notes on this edition: a tab of their own, the page marked in its menu (they
    opened with no tab marked and an empty menu)."""
    for about in ("cite/", "data/", "edition-notes/"):
        document = page(built_site, about)
        tab = document.css_first(".md-tabs__item--active")
        assert tab is not None and " ".join(tab.text().split()) == "About", about
        active = document.css_first("nav.md-nav--primary a.md-nav__link--active")
        assert active is not None and active.attributes["href"] == "./", about
