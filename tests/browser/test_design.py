"""The charts and the page's chrome in a real browser, at a phone's and a desktop's width: every timeline mark a
link the keyboard reaches, with a visible name and a visible focus, 24 px or more to touch and leading to its
event; no chart text under 12 px on a phone (the grid's at 14 px or more); the header's title never cut off; the tab
bar's labels large and opaque, the current part bold and underlined."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
MARKS = "figure.icat-timeline a.icat-timeline__mark"

# Every element with text of its own, shown on screen (not the text kept for screen readers), in the given places.
TEXT_SIZES = """(selector) => {
  const sizes = [];
  for (const root of document.querySelectorAll(selector)) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const shown = box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.clipPath !== 'inset(50%)';
      if (own && shown) sizes.push([el.textContent.trim().slice(0, 40), parseFloat(style.fontSize)]);
    }
  }
  return sizes;
}"""


def _open(new_context, site_root, path, viewport, palette="light"):
    size = VIEWPORTS[viewport]
    phone = viewport == "phone"
    page = new_context(palette=palette, viewport=size, is_mobile=phone, has_touch=phone).new_page()
    page.goto(site_root + path)
    return page


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_keyboard_reaches_every_timeline_mark_in_order_with_its_name_and_focus_shown(
    new_context, site_root, viewport
):
    page = _open(new_context, site_root, "timeline/", viewport)
    marks = page.locator(MARKS)
    count = marks.count()
    assert count > 40
    expected = marks.evaluate_all("marks => marks.map(m => m.getAttribute('href'))")
    page.locator("figure.icat-timeline a").first.focus()  # the first year's link, just before the first mark
    reached = []
    for _ in range(count + 6):  # the year links sit between the bands
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.className + ' ' + document.activeElement.getAttribute('href')")
        if focused.startswith("icat-timeline__mark"):
            reached.append(focused.split()[-1])
            label = page.locator(":focus .icat-timeline__label")
            box = label.bounding_box()
            assert box and box["width"] > 80 and box["height"] >= 12, (focused, box)
            assert 0 <= box["x"] and box["x"] + box["width"] <= VIEWPORTS[viewport]["width"], (focused, box)
            outline = page.evaluate(
                "[getComputedStyle(document.activeElement).outlineStyle,"
                " parseFloat(getComputedStyle(document.activeElement).outlineWidth)]"
            )
            assert outline[0] != "none" and outline[1] >= 2, (focused, outline)
        if len(reached) == count:
            break
    assert reached == expected


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_every_timeline_mark_is_a_target_of_24_px_or_more_apart_from_the_others(new_context, site_root, viewport):
    page = _open(new_context, site_root, "timeline/", viewport)
    boxes = page.locator(MARKS).evaluate_all(
        "marks => marks.map(m => { const r = m.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })"
    )
    assert boxes and all(w >= 24 and h >= 24 for _, _, w, h in boxes), [b for b in boxes if min(b[2:]) < 24][:5]
    for i, (x, y, w, h) in enumerate(boxes):
        for x2, y2, w2, h2 in boxes[i + 1 :]:
            overlap = min(x + w, x2 + w2) - max(x, x2) > 0.5 and min(y + h, y2 + h2) - max(y, y2) > 0.5
            assert not overlap, ((x, y, w, h), (x2, y2, w2, h2))


def test_a_mark_leads_to_its_event_in_the_list(new_context, site_root):
    page = _open(new_context, site_root, "timeline/", "phone")
    mark = page.locator(MARKS).nth(10)
    target = mark.get_attribute("href")
    event = page.locator(f"li{target}")
    assert event.inner_text().strip() and not _in_view(page, event), "the event is already in view"
    mark.press("Enter")  # focuses the mark, then presses Enter on it, as the keyboard does
    # The page moves to the event (the address's #fragment then follows the headings as the reader
    # scrolls: Material's navigation.tracking, so the test waits on where the page is, not on the address).
    expect(event).to_be_in_viewport()


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    return bool(box) and 0 <= box["y"] < page.viewport_size["height"]


@pytest.mark.parametrize(
    ("path", "selector", "smallest"),
    [
        ("timeline/", "figure.icat-chart", 12),
        ("members/", ".icat-directory", 12),
        ("priorities/", "figure.icat-chart", 12),
        ("matrix/", ".icat-matrix, .icat-matrix__legend", 14),
    ],
)
def test_no_chart_text_is_under_12_px_on_a_phone(new_context, site_root, path, selector, smallest):
    page = _open(new_context, site_root, path, "phone")
    sizes = page.evaluate(TEXT_SIZES, selector)
    assert len(sizes) > 10, sizes
    small = [(text, size) for text, size in sizes if size < smallest - 0.01]
    assert not small, f"/{path}: text under {smallest} px at 390 px: {small[:10]}"


# How many lines an element's text takes: the distinct tops of its text's line boxes.
LINES = """el => { const range = document.createRange(); range.selectNodeContents(el);
  return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; }"""


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_headers_title_is_whole_on_a_phone(new_context, site_root, palette):
    page = _open(new_context, site_root, "year-in-review/procurement/", "phone", palette)
    title = page.locator(".icat-header-identity__title")
    expect(title).to_have_text("Chairs\u2019 Annual Report 2021")  # typographic, as the pages' text
    whole = title.evaluate("el => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1")
    assert whole, "the title is cut off"
    lines = title.evaluate(LINES)
    assert lines == 1, f"the header's title wraps to {lines} lines at 390 px"
    box, search = title.bounding_box(), page.locator('label[for="__search"]').first.bounding_box()
    header = page.locator("header.md-header").bounding_box()
    assert box["x"] + box["width"] <= search["x"] and box["y"] >= header["y"]
    assert box["y"] + box["height"] <= header["y"] + header["height"]


TABS = """() => [...document.querySelectorAll('.md-tabs__item')].map(item => {
  const link = item.querySelector('.md-tabs__link'), style = getComputedStyle(link);
  return {text: link.textContent.trim(), active: item.classList.contains('md-tabs__item--active'),
    size: parseFloat(style.fontSize), weight: parseInt(style.fontWeight), opacity: parseFloat(style.opacity),
    underline: style.textDecorationLine.includes('underline')};
})"""


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_tab_bar_reads_at_a_glance_and_marks_the_current_part(new_context, site_root, palette):
    tabs = _open(new_context, site_root, "timeline/", "desktop", palette).evaluate(TABS)
    assert [t["text"] for t in tabs if t["active"]] == ["Explore"], tabs
    assert all(t["size"] >= 16 and t["opacity"] == 1 for t in tabs), "labels 16 px, opaque (Material's are 14, 70 %)"
    assert all((t["weight"] >= 700 and t["underline"]) == t["active"] for t in tabs), (
        "only the current part bold, underlined"
    )


# The element drawn at a label's centre: the label itself (or its text) when nothing covers it.
ON_TOP = """(el) => { const r = el.getBoundingClientRect();
  return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)); }"""


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_a_members_page_keeps_its_place_in_the_menu_in_view(new_context, site_root, palette):
    """Deep in the members' list (Material scrolls the menu to the page), its group's label stays shown."""
    page = _open(new_context, site_root, "members/unodc/", "desktop", palette)
    menu = page.locator("nav.md-nav--primary")
    expect(menu.locator("a.md-nav__link--active", has_text="UNODC")).to_be_in_viewport()
    group = menu.locator("label.md-nav__link", has_text="Members").filter(has_not_text="and")
    page.locator(".md-sidebar--primary .md-sidebar__scrollwrap").evaluate("el => el.scrollTop = 300")
    expect(group).to_be_in_viewport()
    assert group.evaluate(ON_TOP), "covered by the list under it"


# The first thing the page shows: its article's start, or the report's page action where it has one (on a phone
# the action has a line of its own above the kicker: report.css says why).
GAP_UNDER_HEADER = """() => Math.min(...['article > *:first-child', '.icat-page-actions']
    .map(s => document.querySelector(s)).filter(Boolean).map(e => e.getBoundingClientRect().top))
  - document.querySelector('.md-header').getBoundingClientRect().bottom"""


@pytest.mark.parametrize("path", ["foreword/", "members/unodc/", "timeline/", "print_page/", ""])
def test_a_phones_page_starts_close_under_the_header(new_context, site_root, path):
    """20 px of ground under the header on a content page (Material's left 50), none above the home page's cover."""
    gap = _open(new_context, site_root, path, "phone").evaluate(GAP_UNDER_HEADER)
    assert (gap == 0) if path == "" else (0 < gap <= 24), gap


TABLES = """() => [...document.querySelectorAll('article .md-typeset__table table')].map(table => {
  const wrap = table.closest('.md-typeset__scrollwrap');
  return {columns: table.querySelectorAll('thead th').length, cards: table.hasAttribute('data-cards'),
    display: getComputedStyle(table).display,
    sideways: wrap.scrollWidth > wrap.clientWidth + 1 || table.scrollWidth > table.clientWidth + 1};
})"""


@pytest.mark.parametrize("path", ["acronyms/", "data/", "edition-notes/", "editing/"])
def test_a_phone_shows_tables_by_one_rule(new_context, site_root, path):
    """Two columns: a table that fits without sideways scrolling; three or more: cards (report.css says why)."""
    tables = _open(new_context, site_root, path, "phone").evaluate(TABLES)
    assert tables, f"/{path} has no table"
    for table in tables:
        if table["columns"] >= 3:
            assert table["cards"] and table["display"] == "block", table
        else:
            assert not table["cards"] and table["display"] != "block" and not table["sideways"], table


WHOLE_WORDS = """(selector) => [...document.querySelectorAll(selector)].map(span =>
  [span.textContent, span.getClientRects().length])"""


@pytest.mark.parametrize(("path", "selector"), [("", ".icat-cover__tile-name"), ("priorities/", ".icat-card__title")])
def test_a_titles_hyphenated_words_stay_whole_on_a_phone(new_context, site_root, path, selector):
    """ "Rights-based" never ends a line at its hyphen: each such word is one box, on one line."""
    page = _open(new_context, site_root, path, "phone")
    words = page.evaluate(WHOLE_WORDS, f"{selector} .icat-nowrap, article h1 .icat-nowrap")
    assert "Rights-based" in [text for text, _ in words] or "rights-based" in [text for text, _ in words], words
    assert all(lines == 1 for _, lines in words), words


FONT_METRICS = """() => ({height: document.querySelector('article').getBoundingClientRect().height,
  family: getComputedStyle(document.querySelector('article p')).fontFamily,
  noto: document.fonts.check('16px "Noto Sans"')})"""


@pytest.mark.parametrize("path", ["foreword/", "annex/"])
def test_the_fallback_font_sets_the_text_as_noto_sans_would(new_context, site_root, path):
    """A reader whose font file is late reads the page in the fallback; when Noto Sans arrives the text
    must not jump: the article's height with the fonts blocked is within 3% of its height with them."""
    context = new_context(viewport={"width": 1280, "height": 800})
    blocked = context.new_page()
    blocked.route("**/*.woff2", lambda route: route.abort())
    blocked.goto(site_root + path, wait_until="load")
    late = blocked.evaluate(FONT_METRICS)
    page = context.new_page()
    page.goto(site_root + path, wait_until="load")
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate(FONT_METRICS)
    assert loaded["noto"] and "Noto Sans Fallback" in loaded["family"], loaded
    assert abs(late["height"] - loaded["height"]) <= 0.03 * loaded["height"], (late, loaded)


OPENING = """() => {
  const bg = el => getComputedStyle(el).backgroundColor;
  const kicker = document.querySelector('article .icat-kicker'), title = document.querySelector('article h1');
  const menu = document.querySelector('.md-sidebar--primary').getBoundingClientRect();
  const grid = document.querySelector('.md-main__inner').getBoundingClientRect();
  const text = document.querySelector('article').getBoundingClientRect();
  return {kicker: bg(kicker), title: bg(title), page: bg(document.body),
          left: text.left - menu.right, right: grid.right - text.right, width: text.width};
}"""


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("path", ["foreword/", "year-in-review/coordination/", "acronyms/"])
def test_a_report_page_opens_in_a_band_its_column_at_the_menus_edge_at_1280(new_context, site_root, path, palette):
    """A page of the report opens with its kicker and title on one band of its own (as a member's page opens in its
    colour); without sections to list on the right its text column starts where a page with the list starts hers
    (not centred: the text jumped sideways from page to page; test_frame.py), and keeps its measure."""
    opening = _open(new_context, site_root, path, "desktop", palette).evaluate(OPENING)
    with_list = _open(new_context, site_root, "annex/", "desktop", palette).evaluate(OPENING)
    assert opening["kicker"] == opening["title"] != opening["page"], opening
    assert opening["kicker"] not in ("rgba(0, 0, 0, 0)", "transparent"), opening
    assert abs(opening["left"] - with_list["left"]) < 1, (opening, with_list)
    assert opening["width"] <= 700, opening  # 36.8rem less its padding: the measure the pages with a list keep


@pytest.mark.parametrize("path", ["members/", "timeline/", "matrix/", "data/", "print_page/"])
def test_explores_the_about_and_the_whole_report_pages_open_in_the_same_band(new_context, site_root, path):
    """One header for every page but a member's or a priority's (which open in their colours): a reviewer saw four."""
    opening = _open(new_context, site_root, path, "desktop").evaluate(OPENING)
    report = _open(new_context, site_root, "foreword/", "desktop").evaluate(OPENING)
    assert opening["kicker"] == opening["title"] == report["kicker"] != opening["page"], (opening, report)
