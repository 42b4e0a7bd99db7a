"""Words a phone must not lose, in a real browser at 390 px: a member's priority chips keep their short names, the
previous/next band shows both labels whole (not a bare arrow, not an ellipsis), and the page's action says what it
does inside the page's band, on a line that leaves the kicker whole."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# What the reader sees of an element: its rendered text, and whether any of it is cut (an ellipsis or an overflow).
SHOWN = """(el) => ({text: el.innerText.replace(/\\s+/g, ' ').trim(),
  cut: [el, ...el.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1
    && getComputedStyle(e).overflow !== 'visible'),
  right: el.getBoundingClientRect().right})"""


def _phone(new_context, site_root, path, palette="light"):
    page = new_context(palette=palette, viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    page.goto(site_root + path)
    return page


def test_a_members_priority_chips_keep_their_short_names_on_a_phone(new_context, site_root, report):
    page = _phone(new_context, site_root, "members/unodc/")
    chips = page.locator("article a.icat-chip")
    numbers = sorted({a.priority for a in report.activities if "unodc" in a.members})
    assert chips.count() == len(numbers)
    for chip, number in zip(chips.all(), numbers, strict=True):
        priority = report.priority_numbered(number)
        shown = chip.evaluate(SHOWN)
        assert shown["text"] == f"Priority {number} \u00b7 {priority.short_title or priority.title}", shown
        assert not shown["cut"] and shown["right"] <= PHONE["width"], shown


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("path", ["foreword/", "year-in-review/coordination/"])
def test_the_previous_and_next_band_shows_both_labels_on_a_phone(new_context, site_root, path, palette):
    page = _phone(new_context, site_root, path, palette)
    for direction, word in (("prev", "Previous"), ("next", "Next")):
        link = page.locator(f"a.md-footer__link--{direction}")
        title = link.get_attribute("aria-label").split(": ", 1)[1]
        shown = link.evaluate(SHOWN)
        assert shown["text"] == f"{word} {title}", shown
        assert not shown["cut"] and shown["right"] <= PHONE["width"], shown


KICKER_AND_ACTION = """() => {
  const kicker = document.querySelector('article .icat-kicker'), action = document.querySelector('.icat-action');
  const range = document.createRange();
  range.selectNodeContents(kicker);
  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
  const k = range.getBoundingClientRect(), a = action.getBoundingClientRect(), band = kicker.getBoundingClientRect();
  return {lines, apart: a.bottom <= k.top || a.right <= k.left, action: action.innerText.trim(),
          inBand: a.top >= band.top && a.bottom <= band.bottom && a.left >= band.left && a.right <= band.right};
}"""


@pytest.mark.parametrize("path", ["foreword/", "year-in-review/coordination/"])
def test_the_page_action_says_what_it_does_on_a_phone_and_leaves_the_kicker_whole(new_context, site_root, path):
    measured = _phone(new_context, site_root, path).evaluate(KICKER_AND_ACTION)
    assert measured["action"] == "Print or save", measured  # this build makes no PDF
    assert measured["apart"] and measured["lines"] == 1, measured
    assert measured["inBand"], measured  # inside the page's band, not floating alone above it


def test_the_timelines_key_keeps_each_mark_beside_its_label_on_a_phone(new_context, site_root):
    """A line of the key never ends between a priority's dot and its number (a reviewer read 5 as 4's colour)."""
    page = _phone(new_context, site_root, "timeline/")
    items = page.locator("figure.icat-timeline .icat-timeline__key-item")
    assert items.count() >= 3
    for item in items.all():
        dot, box = item.locator(".icat-timeline__dot").bounding_box(), item.bounding_box()
        # One line: the item is no taller than a line of the key, and its dot sits inside it.
        assert box["height"] < 2 * dot["height"] + 8 and box["y"] <= dot["y"] <= box["y"] + box["height"], box
