"""The home page as the report's landing, built from data; and every page's OpenGraph and Twitter card."""

from __future__ import annotations

from pathlib import Path

import pytest

from icat_report.render import home
from icat_report.render.common import number_in_words
from icat_report.text import html

from editor_changes import add_un_habitat
from site_text import expected_figures, figures, page, page_text, read_page, straight


def test_the_key_figures_are_the_reports_counts(built_site, report):
    shown = figures(built_site)
    assert {key: number for key, (number, _, _) in shown.items()} == expected_figures(report)
    assert shown["entities"] == (30, "entities", "27 members and 3 partners")
    assert shown["joined"][1] == "joined in 2021" and shown["events"][1] == "events in 2021"
    # Number and label are one run of text, as a screen reader reads them.
    items = page(built_site, "").css("article ul.icat-figures > li")
    assert " ".join(items[0].text().split()).startswith("30 entities")


def test_the_key_figures_move_when_an_entity_joins(make_site, report):
    site = make_site(add_un_habitat)
    shown = figures(site)
    assert shown["entities"] == (31, "entities", "28 members and 3 partners")
    assert shown["joined"][0] == 4 and "UN-Habitat" in shown["joined"][2]
    assert shown["highlights"][0] == len(report.activities) + 1
    assert shown["events"][0] == expected_figures(report)["events"] + 1


def test_the_title_block_names_the_report_and_its_publisher(built_site, report):
    article = read_page(built_site, "").article
    identity = article.css_first(".icat-hero__identity")
    assert identity.css_first(".icat-wordmark").text() == report.info.organisation_acronym
    assert " ".join(identity.text().split()) == f"{report.info.organisation_acronym} {report.info.organisation}"
    title = article.css("h1")
    assert len(title) == 1 and straight(title[0].text()).replace("\u00b6", "") == report.info.title
    assert not article.css("img"), "no logos: the identity is words"


def test_the_cover_opens_with_the_reports_own_words_about_the_year(built_site, report, edition_project):
    article = read_page(built_site, "").article
    quote = report.info.cover_quote
    first_words = article.css_first(".icat-cover__quote p")
    assert " ".join(first_words.text().split()) == " ".join(quote.text.split())
    # They are the page's own words, and the first paragraph of the home page after its title.
    source = (edition_project / "docs" / quote.page).read_text(encoding="utf-8")
    assert " ".join(quote.text.split()) in " ".join(source.split())
    # (After the title block: the title and the line naming the year's co-chairs and the year of publication.)
    first_paragraph = article.css_first("h1 ~ blockquote p, h1 ~ p:not(.icat-cover__imprint)")
    assert first_paragraph.text() == first_words.text()
    assert "This site" not in page_text(built_site, "") and "website" not in first_words.text()
    assert article.css_first(".icat-cover__quote footer").text() == quote.by


def test_the_covers_priority_tiles_are_labelled_links_to_their_pages(built_site, report):
    tiles = page(built_site, "").css("article ul.icat-cover__motif > li")
    assert len(tiles) == len(report.priorities) == 6
    for tile, priority in zip(tiles, report.priorities, strict=True):
        name = priority.short_title or priority.title
        assert html.links(tile) == [(f"priorities/{priority.id}/", f"Priority {priority.number} {name}")]
        assert (built_site / "priorities" / priority.id / "index.html").is_file()
        # Its identity: the priority's colour (by its number) and its icon, the icon hidden from screen readers.
        assert tile.attributes["data-priority"] == str(priority.number)
        assert tile.css_first("svg.icat-icon").attributes["aria-hidden"] == "true"
        # It says that it leads on: an arrow inside the link, hidden from screen readers (the link's name says it).
        assert tile.css_first("a svg.icat-cover__tile-arrow").attributes["aria-hidden"] == "true"


def test_the_priorities_page_has_a_card_per_priority_with_its_count(built_site, report):
    cards = page(built_site, "priorities/").css("article ul.icat-cards > li")
    assert len(cards) == len(report.priorities)
    for card, priority in zip(cards, report.priorities, strict=True):
        assert html.links(card) == [(f"{priority.id}/", f"Priority {priority.number} {priority.title}")]
        # Whose work the page holds, in words, not a count of records ("8 highlights").
        entities = {m for a in report.activities_under(priority.number) for m in a.members}
        entity = "entity" if len(entities) == 1 else "entities"
        assert (
            card.css_first(".icat-card__count").text() == f"Work reported by {number_in_words(len(entities))} {entity}"
        )


def test_the_cover_names_the_years_co_chairs_and_the_next_co_chairs_are_on_their_pages(built_site, report):
    # One sentence under the title: the year's co-chairs by their full names from the data, each linked to its
    # page, and the year of publication on the same line (not a line of its own).
    line = page(built_site, "").css_first("article .icat-cover h1 ~ p.icat-cover__imprint")
    expected = sorted((report.member(m) for m in report.info.co_chairs), key=lambda m: m.short_name)
    names = " and the ".join(f"{m.name} ({m.acronym})" for m in expected)
    assert " ".join(line.text().split()) == (
        f"Co\u2011chaired in {report.info.year} by the {names}. Published {report.info.published}."
    )
    assert html.links(line) == [(f"members/{m.id}/", f"{m.name} ({m.acronym})") for m in expected]
    assert line.css_first(".icat-cover__published").text() == f"Published {report.info.published}."
    # The next year's co-chairs are not on the cover (they read as a second author) but in their own pages' kicker.
    cover = " ".join(page(built_site, "").css_first("article .icat-cover").text().split())
    for member in set(report.info.incoming_co_chairs) - set(report.info.co_chairs):
        assert report.member(member).name not in cover and report.member(member).short_name not in cover
    next_year = report.info.year + 1
    for member in report.info.incoming_co_chairs:
        kicker = page(built_site, f"members/{member}/").css_first("article .icat-kicker").text()
        assert "Co\u2011Chair in" in kicker and str(next_year) in kicker.split("Co\u2011Chair in")[1]


def test_the_cover_leads_into_the_report_and_to_the_whole_report(built_site):
    buttons = read_page(built_site, "").article.css(".icat-cover__actions a")
    assert [(b.attributes["href"], b.text(), "md-button--primary" in b.attributes["class"]) for b in buttons] == [
        ("foreword/", "Read the report", True),
        ("print_page/", "Print or save the whole report", False),  # this build makes no PDF
    ]
    text = page_text(built_site, "")
    for build_word in ("make", ".venv", "127.0.0.1", "localhost"):
        assert build_word not in text.split(), build_word


def test_each_way_into_the_report_appears_once_on_the_home_page(built_site):
    hrefs = [href for href, _ in read_page(built_site, "").links]
    repeated = {href for href in hrefs if hrefs.count(href) > 1}
    assert not repeated, f"links the home page gives more than once: {sorted(repeated)}"
    assert {"foreword/", "members/", "timeline/", "matrix/", "priorities/", "print_page/"} <= set(hrefs)


def test_no_generator_notice_in_the_footer(built_site):
    footer = page(built_site, "").css_first("footer")
    assert "Made with" not in footer.text() and "Material for MkDocs" not in footer.text()


# -- OpenGraph and Twitter card meta on every page ------------------------------------------


def card(document: html.Node) -> dict[str, str]:
    meta = {}
    for node in document.css("head meta"):
        key = node.attributes.get("property") or node.attributes.get("name") or ""
        if key.startswith(("og:", "twitter:")):
            assert key not in meta, f"{key} twice"
            meta[key] = node.attributes.get("content") or ""
    return meta


@pytest.mark.parametrize("path", ["", "foreword/", "members/unodc/", "priorities/accountability/", "timeline/"])
def test_a_page_has_its_own_card(built_site, path):
    document = page(built_site, path)
    meta = card(document)
    title = " ".join(document.css_first("title").text().split())
    assert title.startswith(meta["og:title"] + " - ") and meta["twitter:title"] == meta["og:title"]
    assert meta["og:url"] == document.css_first('link[rel="canonical"]').attributes["href"]
    assert meta["og:url"].endswith("/" + path)
    description = document.css_first('meta[name="description"]').attributes["content"]
    assert meta["og:description"] == meta["twitter:description"] == description
    assert meta["og:type"] == ("website" if path == "" else "article")
    assert meta["twitter:card"] == "summary" and meta["og:site_name"] == "ICAT Chairs' Annual Report 2021"


def test_every_page_has_a_card(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 55
    titles = set()
    for path in pages:
        meta = card(html.document(path.read_text(encoding="utf-8")))
        assert {"og:title", "og:description", "og:type", "og:site_name", "twitter:card"} <= set(meta), path
        titles.add(meta["og:title"])
    assert len(titles) > 50, "each page has its own title"


HOSTILE = 'Fish & "Chips" <script>alert(1)</script> {{ 7*7 }}'


def hostile_names(project: Path) -> None:
    members = project / "data" / "members.yaml"
    text = members.read_text(encoding="utf-8")
    named = "- id: unodc\n  acronym: UNODC\n  name: United Nations Office on Drugs and Crime\n"
    assert named in text
    members.write_text(text.replace(named, f"- id: unodc\n  acronym: UNODC\n  name: '{HOSTILE}'\n"), encoding="utf-8")
    priorities = project / "data" / "priorities.yaml"
    text = priorities.read_text(encoding="utf-8")
    priorities.write_text(
        text.replace("title: Holding traffickers accountable", f"title: '{HOSTILE}'"), encoding="utf-8"
    )


def test_cards_and_meta_show_data_as_typed(make_site):
    site = make_site(hostile_names)
    home_page = page(site, "")
    assert not home_page.css("article script"), "a script from the data"
    names = [" ".join(n.text().split()) for n in page(site, "priorities/").css(".icat-card__title")]
    assert names.count(HOSTILE) == 1
    assert "49" not in page_text(site, "").split("Copyright and disclaimer", 1)[0]
    document = page(site, "members/unodc/")
    assert " ".join(straight(document.css_first("article h1").text()).split()).startswith(HOSTILE)
    meta = card(document)
    assert meta["og:title"] == meta["twitter:title"] == f"{HOSTILE} (UNODC)"
    assert HOSTILE in card(page(site, "priorities/accountability/"))["og:description"]
    assert len(document.css("script")) == len(page(site, "members/unhcr/").css("script"))


def test_figures_render_without_mkdocs(report):
    rendered = home.figures_list(report)
    assert rendered.startswith('<ul class="icat-figures">') and rendered.count("<li ") == 6
    assert [figure.key for figure in home.key_figures(report)] == list(expected_figures(report))


def test_the_pdf_links_say_its_size_as_words_apart(report):
    class Built:
        path, size_bytes = "report.pdf", 308_000

    assert ">the report as a PDF (308 KB)</a>" in home.keep_the_report(Built(), lambda target: "./")
    cover = home.download_button(Built(), lambda target: "./")
    assert ">Download the PDF (308 KB)</a>" in cover and "md-button--primary" not in cover, "the second action"
    # With the PDF as without it, reading is the cover's first (filled) action, the PDF the second (outlined).
    buttons = html.document(home.cover(report, lambda target: target, pdf=Built())).css(".icat-cover__actions a")
    assert [(b.text(), "md-button--primary" in b.attributes["class"]) for b in buttons] == [
        ("Read the report", True),
        ("Download the PDF (308 KB)", False),
    ]
