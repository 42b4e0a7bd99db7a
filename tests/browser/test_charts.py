"""The report's pictures and the entity-by-priority grid in a real headless Chromium.

The grid shows every priority's column inside the text column at 1280x800
without scrolling sideways; a phone never scrolls the page sideways; each picture is a
figure with an accessible name. (axe-core's survey of every page, in both palettes, is
test_pages.py's.)
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

CHART_PAGES = ["timeline/", "matrix/", "members/", "priorities/"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

GRID_GEOMETRY = """() => {
  const table = document.querySelector('.icat-matrix table');
  const frame = table.parentElement;
  const article = document.querySelector('article').getBoundingClientRect();
  const headers = [...table.querySelectorAll('thead th')].map(th => {
    const box = th.getBoundingClientRect();
    return {text: th.innerText.trim(), left: box.left, right: box.right};
  });
  return {tableWidth: table.getBoundingClientRect().width, frameClient: frame.clientWidth,
          frameScroll: frame.scrollWidth, articleRight: article.right, viewport: innerWidth, headers};
}"""
PAGE_WIDTH = "() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"


def test_the_grid_shows_every_column_at_1280(new_context, site_root):
    page = new_context(viewport=DESKTOP).new_page()
    page.goto(site_root + "matrix/")
    grid = page.evaluate(GRID_GEOMETRY)
    assert grid["frameScroll"] <= grid["frameClient"], f"the grid scrolls sideways: {grid}"
    headers = grid["headers"]
    assert len(headers) == 7 and "Total" not in [h["text"] for h in headers], headers  # no totals per entity
    for header in headers:
        assert 0 <= header["left"] and header["right"] <= min(grid["viewport"], grid["articleRight"] + 1), header
    # Short titles in the headers, not only numbers.
    assert "Evidence base" in headers[1]["text"] and "Partnerships" in headers[6]["text"], headers


@pytest.mark.parametrize("path", CHART_PAGES)
def test_a_phone_never_scrolls_the_page_sideways(new_context, site_root, path):
    page = new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    page.goto(site_root + path)
    width = page.evaluate(PAGE_WIDTH)
    assert width["scroll"] <= width["client"], f"/{path} is {width['scroll']} px wide in a {width['client']} px screen"


def test_the_grid_on_a_phone_keeps_every_column_on_screen(new_context, site_root):
    page = new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    page.goto(site_root + "matrix/")
    grid = page.evaluate(GRID_GEOMETRY)
    assert grid["frameScroll"] <= grid["frameClient"], grid
    assert all(h["right"] <= grid["viewport"] for h in grid["headers"]), grid["headers"]


@pytest.mark.parametrize(("path", "count"), [("timeline/", 1), ("priorities/", 1), ("members/", 0), ("matrix/", 1)])
def test_each_picture_is_a_named_figure(page, site_root, path, count):
    page.goto(site_root + path)
    figures = page.locator("article figure.icat-chart")
    assert figures.count() == count
    for index in range(count):
        figure = figures.nth(index)
        name = figure.evaluate("f => document.getElementById(f.getAttribute('aria-labelledby')).innerText")
        assert len(name.split()) >= 4 and figure.locator("figcaption").inner_text() == name
        assert figure.is_visible()
        for image in figure.locator('[role="img"]').all():
            assert image.get_attribute("aria-label")


def test_the_grid_starts_within_a_phones_first_screen_its_key_naming_the_columns_short(new_context, site_root):
    # The key names each column by number and short title on a phone (its headings carry the icons), so that the
    # table's headings and its first rows are on the first screen, not pushed below it by six full titles.
    page = new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    page.goto(site_root + "matrix/")
    first_row = page.locator(".icat-matrix table tbody tr").first.bounding_box()
    assert first_row["y"] + first_row["height"] <= PHONE["height"], first_row
    key = page.locator(".icat-matrix__columns-key li").first
    assert key.locator(".icat-matrix__key-short").is_visible() and key.locator(".icat-matrix__key-name").is_hidden()
    assert " ".join(key.inner_text().split()) == "Priority 1 Evidence base"  # "Priority" is for screen readers
    assert page.locator(".icat-matrix__columns-key").evaluate("k => k.getBoundingClientRect().height") < 160


# Each timeline mark's drawn dot (its ::before) and its target: sizes in px, and whether it has a priority.
MARK_DOTS = """() => [...document.querySelectorAll('figure.icat-timeline a.icat-timeline__mark')].map(m => {
  const dot = getComputedStyle(m, '::before');
  const box = m.getBoundingClientRect();
  return {priority: m.hasAttribute('data-priority'), dot: parseFloat(dot.width), dotHeight: parseFloat(dot.height),
          colour: dot.backgroundColor, target: Math.min(box.width, box.height)};
})"""


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize(("viewport", "smallest"), [(PHONE, 20), (DESKTOP, 14)])
def test_timeline_marks_read_at_a_glance_and_those_without_a_priority_recede(
    new_context, site_root, palette, viewport, smallest
):
    phone = viewport is PHONE
    page = new_context(palette=palette, viewport=viewport, is_mobile=phone, has_touch=phone).new_page()
    page.goto(site_root + "timeline/")
    marks = page.evaluate(MARK_DOTS)
    with_priority = [m for m in marks if m["priority"]]
    without = [m for m in marks if not m["priority"]]
    assert with_priority and without, marks[:3]
    # At 390 every mark is drawn 20 px or more, round, inside its target (24 px or more: test_design.py).
    assert all(m["dot"] >= smallest and m["dot"] == m["dotHeight"] and m["dot"] < m["target"] for m in marks), marks
    # An event filed under no priority is drawn smaller than a priority's, in one grey: the colours lead.
    assert max(m["dot"] for m in without) < min(m["dot"] for m in with_priority)
    assert len({m["colour"] for m in without if m["colour"] != "rgba(0, 0, 0, 0)"}) == 1
