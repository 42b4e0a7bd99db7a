"""The Zensical build in headless Chromium: its search finds the report, and axe finds no violation.

The site is rendered and built by Zensical from a copy of the project (tests/zensical_build.py,
once per session) and served on 127.0.0.1; axe's survey of it runs in the background
(conftest.py). The word searched for a highlight is picked from data/ (a word of one
highlight and of no other), so the test holds whatever the data says.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest

from icat_report import load_project
from icat_report.render.common import member_page_path, priority_page_path

from .conftest import DEFAULT_TIMEOUT_MS, PALETTE_SCHEMES
from .survey import DESKTOP_WIDTH, Survey, survey_name
from .zensical_site import zensical_storage

pytestmark = pytest.mark.browser

SEARCH_BUTTON = ".md-search__button"
SEARCH_INPUT = 'dialog[aria-label="Search"] input[role="combobox"]'  # in the search's (open) shadow root
RESULT_LINKS = 'ol[role="listbox"] a[href]'
MIN_WORD = 9


@pytest.fixture
def open_page(browser, zensical_builds, zensical_root):
    """open_page(path, palette="light"): a page of the Zensical site in a fresh context (closed after)."""
    contexts = []

    def open_(path: str, palette: str = "light"):
        storage = zensical_storage(zensical_builds, zensical_root, palette)
        context = browser.new_context(storage_state=storage, color_scheme="light")
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.goto(zensical_root + path)
        return page

    yield open_
    for context in contexts:
        context.close()


def search(page, words: str) -> set[str]:
    """Type words into Zensical's search; the page paths (from the root) its results link to."""
    page.click(SEARCH_BUTTON)
    page.locator(SEARCH_INPUT).fill(words)
    page.locator(RESULT_LINKS).first.wait_for()
    hrefs = page.locator(RESULT_LINKS).evaluate_all("links => links.map(a => a.href)")
    return {urlsplit(href).path for href in hrefs}


def _site_path(src_uri: str) -> str:
    return "/" + src_uri.removesuffix(".md") + "/"


def test_search_finds_a_member_page_by_its_acronym(open_page, zensical_builds):
    report = load_project(zensical_builds.project / "data").report
    member = next(m for m in report.members if m.short_name.isupper())
    found = search(open_page(""), member.short_name)
    assert _site_path(member_page_path(member)) in found, f"{member.short_name}: results lead to {sorted(found)}"


def test_search_finds_a_highlight_by_a_distinctive_word(open_page, zensical_builds):
    report = load_project(zensical_builds.project / "data").report
    word, activity = _distinctive_word(report)
    found = search(open_page(""), word)
    shown_on = {_site_path(member_page_path(m)) for m in activity.members}
    shown_on.add(_site_path(priority_page_path(report.priority_numbered(activity.priority))))
    assert found & shown_on, f"{word!r} (highlight {activity.id}): results lead to {sorted(found)}"


def _distinctive_word(report):
    """A long word of exactly one highlight, found in no other highlight."""
    per_activity = {a.id: set(re.findall(rf"[A-Za-z]{{{MIN_WORD},}}", a.text)) for a in report.activities}
    counts = Counter(word.lower() for words in per_activity.values() for word in words)
    for activity in report.activities:
        for word in sorted(per_activity[activity.id]):
            if counts[word.lower()] == 1:
                return word, activity
    pytest.fail("no highlight has a word of its own")


@pytest.fixture(scope="session")
def zensical_surveys(background_zensical_survey) -> dict[str, Survey]:
    """A page of each kind, in both palettes (started with the first browser test: conftest.py)."""
    surveys = background_zensical_survey.result()
    assert all(len(survey.pages) >= 12 for survey in surveys.values()), {p: list(s.pages) for p, s in surveys.items()}
    return surveys


@pytest.mark.parametrize("palette", list(PALETTE_SCHEMES))
def test_axe_finds_no_violation_on_a_page_of_each_kind(zensical_surveys, palette):
    survey = zensical_surveys[survey_name(palette, DESKTOP_WIDTH)]
    for path, report in survey.pages.items():
        assert report.status == 200, f"{path or 'home'}: HTTP {report.status}"
        assert report.scheme == PALETTE_SCHEMES[palette], f"{path or 'home'}: palette {report.scheme!r}"
    found = {
        path or "home": [f"{v['id']}: {len(v['nodes'])} nodes" for v in report.violations]
        for path, report in survey.pages.items()
        if report.violations
    }
    assert not found, f"axe ({palette} palette, Zensical build): {found}"
