"""The home page in a real browser: the key figures fit a phone and a desktop; the UN-blue palette
applies in light and dark, and on paper in its day colours (axe-core's check of every page, in
both palettes, is test_pages.py's)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
# The widest the page's content reaches, and the widest the page itself is.
OVERFLOW = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=list(VIEWPORTS))
def test_the_key_figures_are_visible_without_sideways_scrolling(new_context, site_root, viewport):
    size = VIEWPORTS[viewport]
    page = new_context(viewport=size, is_mobile=viewport == "phone", has_touch=viewport == "phone").new_page()
    page.goto(site_root)
    figures = page.locator("article ul.icat-figures > li")
    expect(figures).to_have_count(6)
    for index in range(6):
        figure = figures.nth(index)
        figure.evaluate("el => el.scrollIntoView({block: 'center'})")  # not at an edge, where a fraction of a px cuts
        expect(figure).to_be_in_viewport(ratio=1.0)
        box = figure.bounding_box()
        assert box and 0 <= box["x"] and box["x"] + box["width"] <= size["width"], (viewport, index, box)
    scroll_width, client_width = page.evaluate(OVERFLOW)
    assert scroll_width <= client_width, (
        f"the home page scrolls sideways at {viewport}: {scroll_width} > {client_width}"
    )
    # A large number reads with its label: "30 entities".
    first = " ".join(figures.first.inner_text().split())
    assert first.startswith("30 entities"), first
    number = page.locator("article .icat-figure__number").first
    label = page.locator("article .icat-figure__label").first
    size_of = "el => parseFloat(getComputedStyle(el).fontSize)"
    assert number.evaluate(size_of) >= 2 * label.evaluate(size_of), "the figure is a large number"


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_un_blue_palette_applies_in_light_and_dark(new_context, site_root, palette):
    page = new_context(palette=palette).new_page()
    page.goto(site_root)
    scheme = {"light": "default", "dark": "slate"}[palette]
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", scheme)
    expect(page.locator("body")).to_have_attribute("data-md-color-primary", "custom")


def test_on_paper_the_night_palette_prints_the_day_colours(new_context, site_root):
    """A reader who prints from the dark palette gets the same dark ink on white as from the light one
    (the night's light blue and light grey would be faint on paper)."""
    colours = "el => [getComputedStyle(el).color, getComputedStyle(el.parentElement).borderTopColor]"
    printed = {}
    for palette in ("light", "dark"):
        page = new_context(palette=palette).new_page()
        page.emulate_media(media="print")
        page.goto(site_root)
        note = page.locator(".icat-figure__note").first
        printed[palette] = [page.locator(".icat-figure__number").first.evaluate(colours), note.evaluate(colours)]
        screen = page.evaluate("matchMedia('screen').matches")
        assert not screen, "print media was not applied"
    assert printed["dark"] == printed["light"], printed
    assert printed["light"][0][0] == "rgb(0, 89, 138)", printed  # the day's figure colour, 7.5:1 on white


def test_the_header_wears_the_un_blue(page, site_root):
    page.goto(site_root)
    header = page.locator("header.md-header")
    expect(header).to_have_css("background-color", "rgb(0, 89, 138)")


def test_only_the_focusable_use_of_an_acronym_is_underlined(page, site_root):
    page.goto(site_root + "year-in-review/coordination/")
    uses = page.locator("article abbr").filter(has_text=re.compile(r"^ICAT$"))
    assert uses.count() > 1
    style = "el => [getComputedStyle(el).textDecorationLine, getComputedStyle(el).borderBottomStyle]"
    assert uses.first.get_attribute("tabindex") == "0"
    assert uses.first.evaluate(style)[0] == "underline"
    for index in range(1, uses.count()):
        assert uses.nth(index).get_attribute("tabindex") is None
        assert uses.nth(index).evaluate(style) == ["none", "none"], f"use {index + 1} of ICAT is underlined"


def test_the_legal_text_is_the_whole_reports_imprint_not_the_landings(page, site_root):
    page.goto(site_root)
    assert not page.locator("article h2#copyright").is_visible(), "the copyright and disclaimer show on the landing"
    assert not page.locator("article h2#contact").is_visible(), "the contacts show twice on the landing"
    link = page.locator("footer .icat-footer__copyright a", has_text="Copyright and disclaimer")
    link.click()
    page.wait_for_url("**/print_page/#home--copyright")
    heading = page.locator('[id="home--copyright"]')
    assert heading.is_visible() and "Copyright and disclaimer" in heading.inner_text()
    assert "The designations employed" in page.locator("#home").inner_text()
