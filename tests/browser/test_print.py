"""Printing from the browser (print.css): the whole-report page and a single page, in Chromium's
print media, read as a reader gets them on paper."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Text of the site that is not the report: it must not reach paper.
WEB_ONLY_TEXT = (
    "This site publishes",
    "use your browser's Print command",
    "Other ways to read it",
    "Start reading",
    "Download the report (PDF)",
    "The whole report on one page",
    "Link to this section",
)
SHOWN = "(element) => getComputedStyle(element).display !== 'none'"


def test_the_whole_report_prints_the_report_only_with_notes_and_appendices(site_root, page):
    page.goto(site_root + "print_page/", wait_until="load")
    calls = page.locator("a.whole-report__address-call")
    assert calls.count() >= 40
    assert not calls.first.evaluate(SHOWN), "a note call shows on screen"
    page.emulate_media(media="print")
    printed = page.locator("body").inner_text()
    for words in WEB_ONLY_TEXT:
        assert words not in printed, f"{words!r} shows in print"
    assert "Foreword" in printed and "Photo not reproduced:" in printed
    underlined = page.evaluate(
        "() => Array.from(document.querySelectorAll('article abbr'))"
        ".filter((a) => getComputedStyle(a).textDecorationLine !== 'none').length"
    )
    assert underlined == 0, f"{underlined} acronyms underlined in print"
    # Addresses as notes: a call after the link's words, the address listed at the chapter's end.
    assert calls.first.evaluate(SHOWN) and "[1]" in calls.first.inner_text()
    notes = page.locator("#annex .whole-report__addresses")
    assert notes.evaluate(SHOWN) and "https://" in notes.inner_text()
    inline = page.evaluate(
        "() => getComputedStyle(document.querySelector('#annex a[href^=\"https\"]'), '::after').content"
    )
    assert inline in ("none", "normal"), f"an address printed inside the text: {inline}"
    # What the PDF leaves out is not on the whole page at all; appendices are lettered as in the PDF.
    assert page.locator('section[data-paper="omitted"]').count() == 0
    for left_out in ("#timeline", "#matrix", "#members", "#priorities", "#cite", "#data", "#edition-notes"):
        assert page.locator(left_out).count() == 0, f"{left_out} is on the whole-report page"
    label = page.evaluate(
        "() => getComputedStyle(document.querySelector('section[data-paper=\"appendix\"] > h2'), '::before').content"
    )
    assert "Appendix " in label and "upper-alpha" in label, label


def test_a_single_page_prints_without_the_site_around_it(site_root, page):
    page.goto(site_root + "year-in-review/non-punishment/", wait_until="load")
    page.emulate_media(media="print")
    assert not page.locator(".md-sidebar--primary").first.evaluate("(e) => e.offsetParent !== null")
    printed = page.locator("article").inner_text()
    assert "Implementation of the non-punishment principle" in printed
    assert "Link to this section" not in printed
    # The page's actions (download, print) are the screen's, not the page's content.
    actions = page.locator(".icat-page-actions")
    assert actions.count() == 1 and not actions.is_visible()


def test_print_page_holds_the_whole_report(page, site_root):
    page.goto(site_root + "print_page/")
    expect(page.locator("article h1")).to_have_count(1)
    for heading in ("Foreword", "Annex", "A year in review", "The Year Ahead", "Acronyms"):
        expect(page.locator("article h2", has_text=heading).first).to_be_attached()
    assert page.locator("article section.whole-report__part").count() == 15 and not page.locator("#timeline").count()

    # The contents list leads to each chapter: the reader sees it (not the address: navigation.tracking rewrites it).
    contents = page.get_by_role("navigation", name="Contents", exact=True)
    assert contents.get_by_role("link", name="The Year Ahead").get_attribute("href").endswith("#year-ahead")
    contents.get_by_role("link", name="The Year Ahead").click()
    expect(page.locator("#year-ahead h2").first).to_be_in_viewport()
    # A section deep in the page, far below what the browser has laid out so far.
    deep = contents.get_by_role("link", name="Priority #6: Systematizing cooperation")
    assert deep.get_attribute("href").endswith("#annex--priority-6")
    deep.click()
    expect(page.locator('[id="annex--priority-6"]')).to_be_in_viewport()

    page.emulate_media(media="print")
    for chrome in (".md-sidebar--primary", ".md-sidebar--secondary", ".md-header", ".md-footer"):
        hidden = page.locator(chrome)
        assert all(not el.is_visible() for el in hidden.all()), f"{chrome} shows in print"
    expect(page.locator("article h2", has_text="Foreword").first).to_be_visible()
    # On paper: a chapter starts a sheet, a chapter's section runs on, a link's address is a note
    # (a call after its words, the address listed at the chapter's end), not in the sentence.
    style = "([selector, property, pseudo]) => getComputedStyle(document.querySelector(selector), pseudo)[property]"
    assert page.evaluate(style, ["#foreword", "breakBefore", None]) == "page"
    assert page.evaluate(style, ["#year-in-review-coordination", "breakBefore", None]) == "auto"
    assert page.evaluate(style, ['#annex a[href^="http"]', "content", "::after"]) in ("none", "normal")
    expect(page.locator("#annex a.whole-report__address-call").first).to_have_text("[1]")
    expect(page.locator("#annex .whole-report__addresses li").first).to_contain_text("https://")


# On paper: what follows each link of the article (its ::after), the article's measure, what is shown.
PRINTED_LINKS = """() => [...document.querySelectorAll('article a[href]')].map(a => ({
  href: a.getAttribute('href'), words: a.innerText.trim(), after: getComputedStyle(a, '::after').content}))"""
AFTER_HEADINGS = """() => [...document.querySelectorAll('article :is(h1, h2, h3) + :is(p, ul)')]
  .map(e => getComputedStyle(e).breakBefore)"""
MEASURE = """() => { const a = document.querySelector('article');
  return a.getBoundingClientRect().width / parseFloat(getComputedStyle(a).fontSize); }"""


@pytest.mark.parametrize("path", ["members/unodc/", "annex/", "year-in-review/coordination/"])
def test_a_page_printed_from_the_browser_reads_as_a_document(site_root, page, path):
    page.goto(site_root + path, wait_until="load")
    page.emulate_media(media="print")
    links = page.evaluate(PRINTED_LINKS)
    inside = [link for link in links if not link["href"].startswith(("http", "mailto:"))]
    outside = [link for link in links if link["href"].startswith("http") and link["words"] not in link["href"]]
    assert inside and outside, links[:5]
    # A link to another page of the site (or within the page) has no address after it.
    assert all(link["after"] in ("none", "normal") for link in inside), [x for x in inside if x["after"] != "none"]
    # A link to another site names its host, in short and in the editor's brackets: "[unodc.org]", never the
    # whole address.
    for link in outside:
        host = link["href"].split("/")[2].removeprefix("www.")
        assert link["after"] == f'"\u00a0[{host}]"', link
    # A measure of about 75 characters, not the sheet's width; no site header, menus or footer.
    assert page.evaluate(MEASURE) <= 38.5
    for chrome in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        assert all(not each.is_visible() for each in page.locator(chrome).all()), f"{chrome} prints"
    # A heading is kept with what follows it; a link that only leads to another page is not printed.
    follows = page.evaluate(AFTER_HEADINGS)
    assert follows and set(follows) == {"avoid"}, follows
    assert (
        not page.get_by_text("Every entity's work under this priority")
        .or_(page.get_by_text("This priority's work, entity by entity"))
        .filter(visible=True)
        .count()
    )


# A text colour against the background it stands on, as WCAG measures it (both as "rgb(r, g, b)").
CONTRAST = """(element) => {
  const channels = (colour) => colour.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number)
    .map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = (colour) => { const [r, g, b] = channels(colour); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const text = luminance(getComputedStyle(element).color);
  const ground = luminance(getComputedStyle(element.closest("td")).backgroundColor);
  return (Math.max(text, ground) + 0.05) / (Math.min(text, ground) + 0.05);
}"""


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_grid_prints_whole_words_and_legible_counts_from_either_palette(new_context, site_root, palette):
    """On paper the grid's column heads say "Priority N" only (a name in a seventh of the column broke inside
    its words), and a count on a pale cell is ink whatever palette the screen was in (it was the night's white)."""
    page = new_context(palette=palette).new_page()
    page.goto(site_root + "matrix/", wait_until="load")
    page.emulate_media(media="print")
    names = page.locator(".icat-matrix__table thead .icat-matrix__name")
    assert names.count() == 6 and not any(names.nth(i).evaluate(SHOWN) for i in range(6))
    counts = page.locator('.icat-matrix__table td[data-level="1"] a')
    assert counts.count() > 0
    ratios = [counts.nth(i).evaluate(CONTRAST) for i in range(counts.count())]
    assert min(ratios) >= 4.5, f"a count prints at {min(ratios):.1f}:1 on its cell"
