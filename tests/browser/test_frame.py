"""The page's frame in a real browser, at a desktop's width: the text column starts at one x on every kind of
page, with or without "On this page"; the home page's first screen holds the cover and the row of the year's
figures, on the cover's grid."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
# A page of every frame: a chapter without "On this page", one with it, a wide chart, a member's page (its own
# menu of members), a page without the menu (the whole report).
PAGE_KINDS = ("foreword/", "annex/", "timeline/", "members/unodc/", "print_page/")
FRAME = """() => ({
  left: document.querySelector('article.md-content__inner').getBoundingClientRect().left,
  onThisPage: [...document.querySelectorAll('.md-sidebar--secondary .md-nav__link')]
    .some(link => link.getBoundingClientRect().width > 0),
})"""


def test_the_text_column_starts_at_the_same_x_on_every_kind_of_page(new_context, site_root):
    page = new_context(viewport=DESKTOP).new_page()
    frames = {}
    for path in PAGE_KINDS:
        page.goto(site_root + path)
        frames[path] = page.evaluate(FRAME)
    # The set holds both kinds of page: with the right-hand list shown, and without it.
    assert {frame["onThisPage"] for frame in frames.values()} == {True, False}, frames
    lefts = {path: round(frame["left"], 1) for path, frame in frames.items()}
    assert len(set(lefts.values())) == 1, f"the article's left edge moves between page kinds at 1280 px: {lefts}"


COVER = """() => {
  const box = selector => document.querySelector(selector).getBoundingClientRect();
  const figures = box('article ul.icat-figures'), text = box('article .icat-cover__text'),
    cover = box('article .icat-cover'), actions = box('article .icat-cover__actions');
  return {figures: [figures.left, figures.right, figures.bottom], text: text.left, cover: [cover.left, cover.right],
    actions: actions.bottom, quote: box('article .icat-cover__quote').bottom, height: innerHeight};
}"""


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_cover_and_the_row_of_figures_are_in_the_first_screen_on_one_grid(new_context, site_root, palette):
    page = new_context(palette=palette, viewport=DESKTOP).new_page()
    page.goto(site_root)
    expect(page.locator("article ul.icat-figures > li")).to_have_count(6)
    at = page.evaluate(COVER)
    # Title, the year's words, the two actions and every figure (one row) above the fold, before any scrolling.
    assert at["quote"] <= at["actions"] <= at["figures"][2] <= at["height"], at
    tops = page.locator("article ul.icat-figures > li").evaluate_all("items => items.map(i => i.offsetTop)")
    assert len(set(tops)) == 1, f"the figures are not one row: {tops}"
    # One grid: the figures start where the cover's text starts and end where the cover (its tiles) ends.
    assert abs(at["figures"][0] - at["text"]) < 1 and abs(at["figures"][0] - at["cover"][0]) < 1, at
    assert abs(at["figures"][1] - at["cover"][1]) < 1, at


# The members' menu once the theme has mounted it (it sizes the menu, then centres the current entry, in one
# step): its scroll, and for the part's title, the current entry's group label and the entry, whether each is
# in the menu's view and not under another element (a sticky label), and where.
MENU = """() => {
  const menu = document.querySelector('.md-sidebar--primary .md-sidebar__scrollwrap');
  const view = menu.getBoundingClientRect();
  const seen = el => {
    const r = el.getBoundingClientRect(), hit = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
    return {top: r.top, shown: r.top >= view.top - 1 && r.bottom <= view.bottom + 1 && !!hit && el.contains(hit)}; };
  const entry = [...menu.querySelectorAll('a.md-nav__link--active[href]')].find(link => link.clientHeight);
  const group = entry.closest('.md-nav__item--nested').querySelector(':scope > label.md-nav__link');
  const part = menu.querySelector('.md-nav[data-md-level="1"] .md-nav__container > a');
  return {scroll: menu.scrollTop, part: seen(part), group: seen(group), entry: seen(entry),
          groupName: group.textContent.trim()};
}"""
MOUNTED = "() => document.querySelector('.md-sidebar--primary .md-sidebar__scrollwrap').style.height !== ''"


@pytest.mark.parametrize(("member", "first_screen"), [("ohchr", True), ("unodc", False)])
def test_a_members_menu_opens_with_the_entrys_group_label_above_it(new_context, site_root, member, first_screen):
    """OHCHR's entry is in the menu's first screen (the theme centred it nonetheless, hiding the part's title):
    the menu opens at its top. UNODC's is further down: the menu scrolls to it, its group's label in view."""
    page = new_context(viewport=DESKTOP).new_page()
    page.goto(f"{site_root}members/{member}/")
    page.wait_for_function(MOUNTED)
    menu = page.evaluate(MENU)
    assert menu["groupName"] == "Members", menu
    assert menu["entry"]["shown"] and menu["group"]["shown"], menu
    assert menu["group"]["top"] < menu["entry"]["top"], menu
    if first_screen:
        assert menu["scroll"] == 0 and menu["part"]["shown"], menu
    else:
        assert menu["scroll"] > 0, menu
