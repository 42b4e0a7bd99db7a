"""The preview in a real browser: a problem in the data turns the open page into the error page by
itself, and fixing the file brings the page back by itself (icat_site/preview.py, MkDocs' livereload)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import DEFAULT_TIMEOUT_MS
from .serving import REBUILD_SECONDS, misspell_unesco_name, serving

pytestmark = pytest.mark.browser

PAGE = "/members/unesco/"
NAME = "United Nations Educational, Scientific and Cultural Organization"
REBUILT_MS = REBUILD_SECONDS * 1000  # a rebuild, then the page's own reload


def test_the_open_page_shows_a_data_problem_and_comes_back_when_it_is_fixed(browser, project_copy):
    with serving(project_copy) as served:
        context = browser.new_context()
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        try:
            page = context.new_page()
            page.goto(served.base + PAGE)
            expect(page.locator("article h1")).to_contain_text(NAME)

            original, line = misspell_unesco_name(project_copy)
            problems = page.locator("main ul.problems li")
            expect(problems.first).to_contain_text(f"data/members.yaml:{line}:", timeout=REBUILT_MS)
            expect(page).to_have_title(re.compile(r"^The site cannot be built"))
            expect(page.locator("h1")).to_have_text("The site cannot be built")
            assert page.url == served.base + PAGE  # the same page reloaded itself, nobody navigated

            (project_copy / "data" / "members.yaml").write_text(original, encoding="utf-8")
            expect(page.locator("article h1")).to_contain_text(NAME, timeout=REBUILT_MS)
            expect(problems).to_have_count(0)
            assert served.alive()
        finally:
            context.close()
