"""A page's start-up: the palette toggle (overrides/partials/javascripts/palette.html), its fonts, and what the
theme's script changes once the page is parsed.

A class changed on the root, or the palette's attributes changed on the body, after the page is parsed
makes Chromium restyle every element: on the whole report that was most of what Lighthouse counts as
blocking time (bench/README.md). These tests record every such change made after the page's content
exists, and check that the toggle still does all the theme's palette component did. A font face that
arrives after the first layout costs the same whole-page pass: every face a page uses is preloaded.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import DEFAULT_TIMEOUT_MS, PALETTE_STORAGE_KEY
from projects import ROOT

pytestmark = pytest.mark.browser

PAGES = ["", "members/unodc/", "timeline/", "print_page/"]

# Before any of the page's scripts: record the root's class and the body's attributes whenever they
# change, and whether the page's content (the theme's container, after the header) existed by then.
RECORD_CHANGES = """
window.__changes = [];
new MutationObserver((records) => {
  const parsed = Boolean(document.querySelector(".md-container"));
  for (const r of records) {
    window.__changes.push({node: r.target.nodeName, attribute: r.attributeName, old: r.oldValue,
                           now: r.target.getAttribute(r.attributeName), parsed});
  }
}).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ["class", "data-md-color-scheme", "data-md-color-primary",
                                        "data-md-color-accent", "data-md-color-media",
                                        "data-md-color-switching"]});
"""
LATE_DOCUMENT_WIDE = """
window.__changes.filter((c) => c.parsed && (c.node === "HTML" || c.node === "BODY") && c.old !== c.now)
"""
STATE = """() => ({
  scheme: document.body.dataset.mdColorScheme,
  labels: [...document.querySelectorAll("form[data-icat-palette] label")].map((label) => !label.hidden),
  colorScheme: document.querySelector('meta[name="color-scheme"]')?.content,
  themeColor: document.querySelector('meta[name="theme-color"]')?.content,
})"""


def _fresh_page(browser, os_scheme: str):
    """A first visit: nothing stored, the system in the given colour scheme."""
    context = browser.new_context(color_scheme=os_scheme)
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    return context


@pytest.mark.parametrize("path", PAGES, ids=[p or "home" for p in PAGES])
def test_once_parsed_the_page_changes_nothing_that_restyles_the_whole_document(new_context, site_root, path):
    page = new_context().new_page()
    page.add_init_script(RECORD_CHANGES)
    page.goto(site_root + path, wait_until="load")
    # The theme's script has run (it publishes its streams on window) and the page has gone idle.
    page.wait_for_function("window.component$ !== undefined")
    page.evaluate("new Promise((done) => requestIdleCallback(done))")
    late = page.evaluate(LATE_DOCUMENT_WIDE)
    assert late == [], f"/{path}: changed on the root or the body once the page was parsed: {late}"
    # the recorder works: the root's class was changed, before the content existed
    early = page.evaluate("window.__changes.filter((c) => c.node === 'HTML' && !c.parsed)")
    assert early, "the recorder saw no change of the root's class at all"


# The header's colour in each palette, as tokens.css declares them: the light palette's first, the dark's second.
HEADER_COLOURS = re.findall(
    r"--md-primary-fg-color:\s*(#[0-9a-fA-F]{6})\s*;",
    (ROOT / "docs/assets/stylesheets/tokens.css").read_text(encoding="utf-8"),
)
# (the system's scheme, the palette a first visit opens in, the header's colour)
FIRST_VISITS = [("light", "default", HEADER_COLOURS[0]), ("dark", "slate", HEADER_COLOURS[1])]


@pytest.mark.parametrize(("os_scheme", "opens", "hex_colour"), FIRST_VISITS)
def test_a_first_visit_opens_in_the_readers_system_palette(browser, site_root, os_scheme, opens, hex_colour):
    context = _fresh_page(browser, os_scheme)
    try:
        page = context.new_page()
        page.goto(site_root + "members/unodc/", wait_until="load")
        page.wait_for_function("document.querySelector('meta[name=\"theme-color\"]')")
        state = page.evaluate(STATE)
        assert state["scheme"] == opens
        assert state["labels"].count(True) == 1, state
        assert state["colorScheme"] == ("dark" if opens == "slate" else "light")
        # the phone's address bar in the header's colour (tokens.css: --md-primary-fg-color of the palette)
        assert state["themeColor"] == hex_colour.lower()
    finally:
        context.close()


def test_the_toggle_switches_by_click_and_by_enter_and_remembers(page, site_root):
    page.goto(site_root)
    visible = page.locator("form[data-icat-palette] label:not([hidden])")
    expect(visible).to_have_count(1)
    visible.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    expect(page.locator('meta[name="color-scheme"]')).to_have_attribute("content", "dark")
    stored = "key => (JSON.parse(localStorage.getItem(key) || 'null') || {color: {}}).color.scheme"
    assert page.evaluate(stored, PALETTE_STORAGE_KEY) == "slate"
    # Enter on the focused toggle switches back (radio inputs answer only arrows and Space)
    page.locator("form[data-icat-palette] input:checked").focus()
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    assert page.evaluate(stored, PALETTE_STORAGE_KEY) == "default"
    assert page.evaluate("document.activeElement.matches('form[data-icat-palette] input:checked')")
    page.goto(site_root + "timeline/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")


# The Noto Sans faces the page has used, named as their files are (fonts.css: bold serves 600 to 800), once
# the page's fonts have settled; and the font files the page preloads (overrides/main.html).
FACES_USED = """async () => {
  await document.fonts.ready;
  return [...document.fonts].filter((f) => f.family.replaceAll('"', "") === "Noto Sans" && f.status === "loaded")
    .map((f) => (f.weight === "400" ? "400" : "700") + "-" + f.style);
}"""
FACES_PRELOADED = """[...document.querySelectorAll('link[rel="preload"][as="font"]')]
  .map((link) => link.href.match(/latin-(\\d+-\\w+)\\.woff2$/)[1])"""


@pytest.mark.parametrize("path", [*PAGES, "annex/"], ids=[p or "home" for p in [*PAGES, "annex/"]])
def test_every_face_a_page_uses_is_preloaded_and_none_it_does_not(new_context, site_root, path):
    """A face that arrives after the first layout makes the browser lay the whole page out again; a face
    preloaded and not used is bytes a phone waits for for nothing."""
    page = new_context().new_page()
    page.goto(site_root + path, wait_until="load")
    used, preloaded = sorted(page.evaluate(FACES_USED)), sorted(page.evaluate(FACES_PRELOADED))
    assert "400-normal" in used, f"/{path}: the reader's text is not in Noto Sans: {used}"
    assert used == preloaded, f"/{path}: faces used {used}, preloaded {preloaded}"
