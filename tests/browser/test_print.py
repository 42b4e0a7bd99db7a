"""Printing from the browser (print.css): the whole-report page and a single page, in Chromium's
print media, read as a reader gets them on paper."""

from __future__ import annotations

import pytest

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
