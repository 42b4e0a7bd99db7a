"""What a reader does: search from the keyboard, the phone menu, acronyms, footnotes (printing: test_print.py)."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import PALETTE_STORAGE_KEY

pytestmark = pytest.mark.browser

TOP = 3  # "among the first results": the first three distinct pages

# (query, pages of which one must be among the first results; None: any result will do)
SEARCHES = [
    ("UNODC", ["members/unodc/"]),
    ("OSRSG-VAC", ["members/osrsg-vac/"]),
    ("ICAT's", None),
    # The pages have typographic apostrophes (smarty: Kaka’i, UNHCR’s); a reader types them straight.
    ("Kaka'i", ["members/osapg/", "annex/"]),
    ("UNHCR's", ["members/unhcr/"]),
    ("Barnahus", ["annex/", "priorities/rights-based-approach/"]),
    ("Apne Aap", ["year-in-review/survivors/"]),
    ("Turquesa", ["annex/"]),
    ("non-punishment", ["year-in-review/non-punishment/"]),
    ("organ removal", ["year-in-review/organ-removal/"]),
    ("UNICEF", ["members/unicef/"]),
    ("timeline", ["timeline/"]),
]

RESULT_LINKS = ".md-search-result__list a.md-search-result__link"


def _path(url: str, root: str) -> str:
    """A URL of the site as a path from its root, without query or fragment."""
    return urlsplit(url).path[len(urlsplit(root).path) :]


# Material's search runs in a web worker (assets/javascripts/workers/search.*.js) that answers each
# query message (type 2) with a result message (type 3). Typing sends a query per key, and under load the
# list on screen can still be the answer to "OSRSG-" when the test reads it. This records what was asked
# and answered, so that the test reads the list once it shows the answer to the whole query.
RECORD_SEARCHES = """
(() => {
  const Native = window.Worker;
  const log = window.__searches = {asked: [], answered: []};
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ({data}) => {
        if (data && data.type === 3) log.answered.push(data.data.items.flat().map(doc => doc.location));
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) log.asked.push(message.data);
      return super.postMessage(message, ...rest);
    }
  };
})();
"""
# The result links' pages once the worker has answered the query now in the search box and the list
# shows that answer (its first pages, in order); null until then.
RESULTS_OF_WHOLE_QUERY = """
([selector, root, top]) => {
  const log = window.__searches;
  const query = document.querySelector("input.md-search__input").value;
  if (!log || log.asked.at(-1) !== query || log.answered.length !== log.asked.length) return null;
  const pageOf = location => location.split("#")[0];
  const answered = [...new Set(log.answered.at(-1).map(pageOf))];
  const links = [...document.querySelectorAll(selector)].map(a => new URL(a.href).pathname.slice(root.length));
  const shown = [...new Set(links)];
  const enough = Math.min(answered.length, top);
  const same = shown.length >= enough && shown.length <= answered.length
    && shown.every((page, i) => page === answered[i]);
  return same ? links : null;
}
"""


def _search_page(page, root: str) -> None:
    """Open a page with the search worker's messages recorded, and focus the search box."""
    page.add_init_script(RECORD_SEARCHES)
    page.goto(root + "foreword/")
    page.keyboard.press("/")


def _results_of_whole_query(page, root: str) -> list[str]:
    """The result links' pages, in order, once the list shows the answer to the whole query typed."""
    root_path = urlsplit(root).path
    return page.wait_for_function(RESULTS_OF_WHOLE_QUERY, arg=[RESULT_LINKS, root_path, TOP]).json_value()


def _distinct(paths: list[str]) -> list[str]:
    return list(dict.fromkeys(paths))


@pytest.mark.parametrize("key", ["/", "s"], ids=["slash", "s"])
def test_search_opens_from_the_keyboard(page, site_root, key):
    page.goto(site_root + "foreword/")
    page.keyboard.press(key)
    expect(page.locator("input.md-search__input")).to_be_focused()


@pytest.mark.parametrize(("query", "expected"), SEARCHES, ids=[q for q, _ in SEARCHES])
def test_search_finds_and_the_keyboard_reaches_the_result(page, site_root, query, expected):
    _search_page(page, site_root)
    search = page.locator("input.md-search__input")
    expect(search).to_be_focused()
    page.keyboard.type(query)

    results = _results_of_whole_query(page, site_root)
    pages = _distinct(results)
    meta = page.locator(".md-search-result__meta").inner_text()
    assert pages, f"search for {query!r} found nothing ({meta!r})"
    if expected:
        assert set(expected) & set(pages[:TOP]), (
            f"search for {query!r}: none of {expected} among the first {TOP} results; results ({meta}): {pages[:10]}"
        )
        target = next(p for p in pages if p in expected)
    else:
        target = pages[0]

    # Down the list from the search box to the result, then Enter.
    presses = 0
    for _ in range(len(results) + 1):
        page.keyboard.press("ArrowDown")
        presses += 1
        focused = page.evaluate("document.activeElement && document.activeElement.href || ''")
        if focused and _path(focused, site_root) == target:
            break
    else:
        pytest.fail(f"search for {query!r}: ArrowDown never focused a result for /{target}")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: _path(url, site_root) == target)
    expect(page.locator("article h1").first).to_be_visible()
    print(f"{query!r}: /{target} reached with {presses} ArrowDown; first results {pages[:TOP]}")


def test_phone_menu_leads_to_a_page(new_context, site_root):
    """From the home page's menu, the Explore part is one link (the menu lists each page's own part:
    navigation.prune); from there, the menu lists the part's pages and leads to the timeline."""
    context = new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_root)
    drawer = page.locator("nav.md-nav--primary")
    expect(drawer).not_to_be_in_viewport()

    page.locator('label.md-header__button[for="__drawer"]').click()
    expect(drawer).to_be_in_viewport()
    explore = drawer.get_by_role("link", name="Explore", exact=True).first
    expect(explore).to_be_in_viewport(ratio=0.9)
    explore.click()
    page.wait_for_url(lambda url: _path(url, site_root) == "members/")

    # The menu opens where the page is (Members and partners); its title leads back up to Explore's pages.
    page.locator('label.md-header__button[for="__drawer"]').click()
    drawer.locator("label.md-nav__title", has_text="Members and partners").first.click()
    timeline = drawer.locator('a.md-nav__link[href="../timeline/"]').first
    expect(timeline).to_be_in_viewport(ratio=0.9)
    timeline.click()
    page.wait_for_url(lambda url: _path(url, site_root) == "timeline/")
    expect(page.locator("article h1").first).to_contain_text("Timeline")


# A page of each part, and the overview pages its menu names (each page's menu lists its own part).
OVERVIEWS = {
    "foreword/": [("6. Annex", "../annex/")],  # the report's chapters are numbered in the menu
    "members/": [
        ("Members and partners", "./"),
        ("Priorities", "../priorities/"),
        ("Timeline", "../timeline/"),
        ("Entities by priority", "../matrix/"),
    ],
}


@pytest.mark.parametrize("path", list(OVERVIEWS))
def test_navigation_names_every_overview_page(page, site_root, path):
    page.goto(site_root + path)
    nav = page.locator("nav.md-nav--primary")
    for name, href in OVERVIEWS[path]:
        link = nav.locator(f'a.md-nav__link[href="{href}"]')
        assert link.count() >= 1, f"the navigation of /{path} has no link to {href}"
        texts = [" ".join(t.split()) for t in link.all_inner_texts()]
        assert name in texts, f"the navigation links {href} as {texts}, not as {name!r}"


# The expansion shows as the ::after content of a hovered or focused acronym.
AFTER_IS = "([el, wanted]) => wanted.includes(getComputedStyle(el, '::after').content)"
HIDDEN = ["none", "normal"]


def _wait_for_after(page, element, wanted: list[str]) -> None:
    """Wait until the element's ::after content is one of `wanted` (styles follow events a frame later)."""
    page.wait_for_function(AFTER_IS, arg=[element, wanted])


def test_acronym_expands_on_hover_and_on_focus(page, site_root):
    page.goto(site_root + "year-in-review/non-punishment/")
    abbr = page.locator("article abbr[data-expansion][tabindex='0']").first
    expansion = abbr.get_attribute("data-expansion")
    assert expansion and len(expansion) > len(abbr.inner_text())
    assert abbr.get_attribute("aria-description") == expansion
    element, shown = abbr.element_handle(), [json.dumps(expansion)]

    page.mouse.move(0, 0)
    _wait_for_after(page, element, HIDDEN)  # nothing shows without hover or focus
    abbr.hover()
    _wait_for_after(page, element, shown)
    page.mouse.move(0, 0)
    _wait_for_after(page, element, HIDDEN)  # and nothing stays after the pointer left
    abbr.focus()
    _wait_for_after(page, element, shown)
    page.evaluate("document.activeElement.blur()")
    _wait_for_after(page, element, HIDDEN)


def test_acronym_is_reached_with_tab(page, site_root):
    page.goto(site_root + "year-in-review/non-punishment/")
    page.mouse.move(0, 0)
    presses = 0
    for _ in range(200):
        page.keyboard.press("Tab")
        presses += 1
        if page.evaluate("document.activeElement.tagName") == "ABBR":
            break
    else:
        pytest.fail("200 presses of Tab never reached an acronym")
    focused = page.evaluate_handle("document.activeElement")
    expansion = focused.evaluate("el => el.dataset.expansion")
    _wait_for_after(page, focused, [json.dumps(expansion)])  # focused by Tab: the expansion shows


def test_footnote_reference_and_back_link(page, site_root):
    page.goto(site_root + "year-in-review/non-punishment/")
    reference = page.locator("article a.footnote-ref").first
    note_id = reference.get_attribute("href").removeprefix("#")
    ref_id = reference.evaluate("a => a.closest('[id]').id")

    reference.click()
    page.wait_for_url(lambda url: urlsplit(url).fragment == note_id)
    note = page.locator(f'[id="{note_id}"]')
    expect(note).to_be_in_viewport()

    back = note.locator("a.footnote-backref").first
    assert back.get_attribute("href") == f"#{ref_id}"
    back.focus()
    page.keyboard.press("Enter")  # the back-link by keyboard
    page.wait_for_url(lambda url: urlsplit(url).fragment == ref_id)
    expect(page.locator(f'[id="{ref_id}"]')).to_be_in_viewport()


def test_palette_toggle_stores_the_choice_where_the_tests_put_it(page, site_root):
    """The dark survey sets localStorage itself: check that Material stores it there."""
    page.goto(site_root)
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    page.locator('label[for="__palette_1"]').click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    # Material stores the choice as it applies it; wait for the stored value, not for time.
    stored = "key => (JSON.parse(localStorage.getItem(key) || 'null') || {color: {}}).color.scheme === 'slate'"
    page.wait_for_function(stored, arg=PALETTE_STORAGE_KEY)
    page.goto(site_root + "timeline/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


# Pages made from the data rank first for their own names.
OWN_NAMES = [
    ("UNODC", "members/unodc/"),
    ("UNICEF", "members/unicef/"),
    ("OSRSG-VAC", "members/osrsg-vac/"),
    ("timeline", "timeline/"),
]


@pytest.mark.parametrize(("query", "expected"), OWN_NAMES, ids=[q for q, _ in OWN_NAMES])
def test_a_page_ranks_first_for_its_own_name(page, site_root, query, expected):
    _search_page(page, site_root)
    page.keyboard.type(query)
    pages = _distinct(_results_of_whole_query(page, site_root))
    assert pages and pages[0] == expected, f"search for {query!r}: first results {pages[:5]}"
