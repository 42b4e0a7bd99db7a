"""Search on the live site (data/ as it is) finds every member and partner: its own page among the
first results for its short name, as a reader types it. Runs on any valid data (tests/test_live_data.py)."""

from __future__ import annotations

import pytest

from icat_report.render.common import member_page_path

from .conftest import serving_folder
from .search_worker import ask_search

pytestmark = [pytest.mark.browser, pytest.mark.live]
TOP = 5


@pytest.fixture(scope="module")
def live_root_url(live_site):
    with serving_folder(live_site) as base:
        yield base


def test_search_finds_each_member_on_its_own_page(live_project, live_root_url, browser):
    members = live_project.report.members
    context = browser.new_context()
    try:
        found = ask_search(context.new_page(), live_root_url, [member.short_name for member in members])
    finally:
        context.close()
    missed = []
    for member in members:
        own = member_page_path(member).removesuffix(".md") + "/"
        if own not in found[member.short_name][:TOP]:
            missed.append(f"{member.short_name!r}: {found[member.short_name][:TOP]}")
    assert not missed, f"search does not find these members' pages among its first {TOP} results: {missed}"
