"""Load every page of a site in headless Chromium, once per palette and screen width, side by side.

A survey records, for each page: its HTTP status, the colour scheme Material applied,
console errors, uncaught page errors, failed responses, every network request (those
that would leave the site are blocked), and axe-core's violations (WCAG 2.0, 2.1 and 2.2, A and AA).
Each palette is surveyed at each width asked for (a desktop's 1280 px, a phone's 390 px): the
layout, and so contrast, target sizes and what is shown, differ between them.

Why asynchronous, in a thread of its own: axe keeps one core busy while a page waits for
the network to go idle, so the palettes run side by side (on 2 cores the survey of both
takes about the time of one and a half). Playwright's sync API, which the other browser
tests use, cannot wait on two pages at once, and its event loop owns the main thread; so
the survey drives its own Chromium from Playwright's async API in a worker thread. Being
in a thread, it can also run while other tests do (`BackgroundSurvey`; conftest.py starts
it with the first browser test and runs the tests that read it last).
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from icat_report import chromium

from .conftest import DEFAULT_TIMEOUT_MS

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]  # 2.2 AA adds target size (2.5.8)
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}


@dataclass
class PageReport:
    path: str
    status: int | None = None
    scheme: str | None = None
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)


DESKTOP_WIDTH = 1280
PHONE_WIDTH = 390
VIEWPORT_HEIGHTS = {DESKTOP_WIDTH: 800, PHONE_WIDTH: 844}
SURVEY_WIDTHS = (DESKTOP_WIDTH, PHONE_WIDTH)  # the site's survey; Zensical's is at the desktop's width


@dataclass
class Survey:
    palette: str
    width: int
    origin: str
    pages: dict[str, PageReport]
    seconds: float

    @property
    def name(self) -> str:
        return survey_name(self.palette, self.width)


def survey_name(palette: str, width: int) -> str:
    return f"{palette} at {width} px"


class BackgroundSurvey:
    """A survey of every path under root, one browser context per palette (its Playwright
    storage_state in `storages`) and width, all at once, in a worker thread from now on."""

    def __init__(
        self,
        executable: str,
        root: str,
        paths: list[str],
        storages: dict[str, dict],
        widths: tuple[int, ...] = (DESKTOP_WIDTH,),
    ) -> None:
        self._stop = threading.Event()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="survey")
        setups = [(palette, storage, width) for palette, storage in storages.items() for width in widths]
        self._future = self._worker.submit(asyncio.run, _survey_all(executable, root, paths, setups, self._stop))

    def result(self) -> dict[str, Survey]:
        """{survey_name(palette, width): Survey}, once the survey is done (it raises what the survey raised)."""
        return self._future.result()

    def stop(self) -> None:
        """End the survey after the pages in hand (if it is still running) and its browser with it."""
        self._stop.set()
        self._worker.shutdown(wait=True)


async def _survey_all(
    executable: str, root: str, paths: list[str], setups: list[tuple[str, dict, int]], stop: threading.Event
) -> dict[str, Survey]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable, headless=True, args=chromium.LAUNCH_ARGS)
        try:
            surveys = await asyncio.gather(
                *(
                    _survey_palette(browser, palette, storage, width, root, paths, stop)
                    for palette, storage, width in setups
                )
            )
        finally:
            await browser.close()
    return {survey.name: survey for survey in surveys}


async def _survey_palette(
    browser, palette: str, storage: dict, width: int, root: str, paths: list[str], stop: threading.Event
) -> Survey:
    from axe_playwright_python.async_playwright import Axe

    axe, origin = Axe(), root.rstrip("/")
    viewport = {"width": width, "height": VIEWPORT_HEIGHTS.get(width, 800)}
    phone = width < 600
    context = await browser.new_context(
        storage_state=storage, color_scheme="light", viewport=viewport, is_mobile=phone, has_touch=phone
    )
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    current: list[PageReport] = []  # the page being surveyed gets what is recorded
    page = await context.new_page()
    await _record_into(current, context, page, origin)
    reports: dict[str, PageReport] = {}
    started = time.perf_counter()
    for path in paths:
        if stop.is_set():
            break  # nobody will read it: the session is ending
        report = reports[path] = PageReport(path)
        current[:] = [report]
        await _survey_page(page, axe, root + path, report)
    current.clear()
    elapsed = time.perf_counter() - started
    await context.close()
    print(f"\n[{survey_name(palette, width)}] surveyed {len(reports)} pages in {elapsed:.1f} s")
    return Survey(palette, width, origin, reports, elapsed)


async def _survey_page(page, axe, url: str, report: PageReport) -> None:
    """Load one page and fill its report; wait until the network is idle, so a request the
    page makes late is still counted as this page's."""
    response = await page.goto(url, wait_until="load")
    report.status = response.status if response else None
    report.scheme = await page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    report.violations = (await axe.run(page, options=AXE_OPTIONS)).response["violations"]
    await page.wait_for_load_state("networkidle")


async def _record_into(current: list[PageReport], context, page, origin: str) -> None:
    """Every request, error and failed response of the context goes to the report in `current`;
    requests that would leave the site are blocked (and recorded)."""

    def note(entry: str, to: str = "requests") -> None:
        if current:
            getattr(current[0], to).append(entry)

    async def block_foreign(route) -> None:
        await route.abort()  # recorded by the request listener; never leave the machine

    def console(message) -> None:
        if message.type == "error":
            where = f"{message.location.get('url', '')}:{message.location.get('lineNumber', '')}"
            note(f"console error: {message.text} ({where})", "errors")

    context.on("request", lambda request: note(request.url))
    await context.route(lambda url: not (url.startswith(origin + "/") or url == origin), block_foreign)
    page.on("console", console)
    page.on("pageerror", lambda error: note(f"uncaught error: {error}", "errors"))
    page.on("websocket", lambda socket: note(socket.url))
    page.on("response", lambda got: got.status >= 400 and note(f"HTTP {got.status} for {got.url}", "errors"))
