"""Browser fixtures: the built site on a local HTTP server, and one headless Chromium.

The site is the `built_site` fixture's folder (the real site, built strictly), served
by http.server on 127.0.0.1 with a free port. Pages link relatively, so any port works.

Chromium is found in this order: Playwright's own build (`python -m playwright install
chromium`), then `$CHROMIUM`, then Debian's /usr/bin/chromium. Nothing is downloaded
at test time; without a browser the tests fail and say how to install one.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from icat_report import chromium
from icat_report.text import html

if TYPE_CHECKING:
    from .survey import BackgroundSurvey

DEFAULT_TIMEOUT_MS = 15_000
SYSTEM_CHROMIUM = chromium.SYSTEM_CHROMIUM  # a name here, so that tests can point it elsewhere
PALETTE_INPUTS = 'input.md-option[name="__palette"]'


# -- The site over HTTP ---------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a browser closing a connection early is not a test failure


def site_pages(site: Path) -> list[str]:
    """Every HTML page of the built site as a URL path relative to the site root."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative == "index.html":
            pages.append("")
        elif relative.endswith("/index.html"):
            pages.append(relative[: -len("index.html")])
        else:
            pages.append(relative)
    return pages


@contextlib.contextmanager
def serving_folder(folder: Path) -> Iterator[str]:
    """A built site served on 127.0.0.1 (a free port) while the block runs; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name=f"serving {folder.name}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def site_root(built_site: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1 (free port); yields its base URL."""
    with serving_folder(built_site) as base:
        yield base


@pytest.fixture(scope="session")
def pages(built_site: Path) -> list[str]:
    return site_pages(built_site)


# -- Chromium ----------------------------------------------------------------------------


def find_chromium(playwright) -> str:
    """The package's choice (icat_report.chromium); without one, the tests fail and say how to install one."""
    try:
        return chromium.find_chromium(playwright, system=SYSTEM_CHROMIUM)
    except chromium.NoChromium as missing:
        pytest.fail(f"The browser tests need Chromium. {missing}", pytrace=False)


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    executable = find_chromium(playwright_instance)
    browser = playwright_instance.chromium.launch(executable_path=executable, headless=True, args=chromium.LAUNCH_ARGS)
    yield browser
    browser.close()


# -- Palettes (Material stores the reader's choice in localStorage) ----------------------


def palette_choices(site: Path) -> list[dict]:
    """The palette toggle's options, in order, as Material stores a choice of one.

    Material writes `{"index": i, "color": {media, scheme, primary, accent}}` under the
    key `<scope path>.__palette` (scope = the site root, here "/"): see `__md_set` in
    the page head and the palette component in the bundle.
    """
    page = html.document((site / "index.html").read_text(encoding="utf-8"))
    choices = []
    for index, toggle in enumerate(page.css(PALETTE_INPUTS)):
        color = {key: toggle.attributes[f"data-md-color-{key}"] for key in ("media", "scheme", "primary", "accent")}
        choices.append({"index": index, "color": color})
    return choices


PALETTE_SCHEMES = {"light": "default", "dark": "slate"}
PALETTE_STORAGE_KEY = "/.__palette"


@pytest.fixture(scope="session")
def palette_storage(built_site: Path, site_root: str) -> Callable[[str], dict]:
    """A Playwright storage_state that makes Material open in the given palette."""
    choices = palette_choices(built_site)

    def storage(palette: str) -> dict:
        scheme = PALETTE_SCHEMES[palette]
        matching = [c for c in choices if c["color"]["scheme"] == scheme]
        assert matching, f"no palette with scheme {scheme!r} in mkdocs.yml (found {choices})"
        return {
            "cookies": [],
            "origins": [
                {
                    "origin": site_root.rstrip("/"),
                    "localStorage": [{"name": PALETTE_STORAGE_KEY, "value": json.dumps(matching[0])}],
                }
            ],
        }

    return storage


@pytest.fixture
def new_context(browser, palette_storage) -> Iterator[Callable[..., object]]:
    """Make browser contexts (closed after the test): new_context(palette="light", **options)."""
    made = []

    def make(palette: str = "light", **options):
        options.setdefault("color_scheme", "light")
        context = browser.new_context(storage_state=palette_storage(palette), **options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


@pytest.fixture
def page(new_context):
    """A page at a desktop viewport in the light palette."""
    return new_context().new_page()


# -- The axe surveys, in the background ---------------------------------------------------

# The surveys that run in the background; a test reads one when it is in the test's fixture closure.
BACKGROUND_SURVEYS = ("background_survey", "background_zensical_survey")
SURVEYS_WANTED = pytest.StashKey[set]()


@pytest.hookimpl(trylast=True)  # after -k and -m have deselected: a survey no selected test reads is not started
def pytest_collection_modifyitems(config, items) -> None:
    """The tests that read a survey go last, so that the surveys (axe on every page: about a minute)
    run in threads of their own while the other tests run, from the first browser test on."""
    wanted = {item: set(BACKGROUND_SURVEYS) & set(getattr(item, "fixturenames", ())) for item in items}
    items.sort(key=lambda item: bool(wanted[item]))  # stable: the order within each group is kept
    config.stash[SURVEYS_WANTED] = set().union(*wanted.values())


@pytest.fixture(scope="session", autouse=True)
def _surveys_start_with_the_first_browser_test(request) -> None:
    for name in sorted(request.config.stash.get(SURVEYS_WANTED, set())):
        request.getfixturevalue(name)


@pytest.fixture(scope="session")
def background_survey(playwright_instance, site_root, pages, palette_storage) -> Iterator[BackgroundSurvey]:
    """Every page in both palettes at a desktop's and a phone's width, surveyed in the background (survey.py);
    .result() waits for it."""
    from .survey import SURVEY_WIDTHS, BackgroundSurvey  # here: survey.py reads this module's settings

    storages = {palette: palette_storage(palette) for palette in PALETTE_SCHEMES}
    survey = BackgroundSurvey(find_chromium(playwright_instance), site_root, pages, storages, SURVEY_WIDTHS)
    yield survey
    survey.stop()


@pytest.fixture(scope="session")
def zensical_root(zensical_builds) -> Iterator[str]:
    """The Zensical site (tests/zensical_build.py) served on 127.0.0.1; yields its base URL."""
    with serving_folder(zensical_builds.zensical) as base:
        yield base


@pytest.fixture(scope="session")
def background_zensical_survey(playwright_instance, zensical_builds, zensical_root) -> Iterator[BackgroundSurvey]:
    """A page of each kind of the Zensical site in both palettes, surveyed in the background."""
    from .survey import BackgroundSurvey
    from .zensical_site import pages_of_each_kind, zensical_storage

    storages = {palette: zensical_storage(zensical_builds, zensical_root, palette) for palette in PALETTE_SCHEMES}
    paths = pages_of_each_kind(zensical_builds)
    survey = BackgroundSurvey(find_chromium(playwright_instance), zensical_root, paths, storages)
    yield survey
    survey.stop()
