"""Every page of the built site, in the light and in the dark palette.

One survey per palette loads each HTML page once, records console errors, uncaught
page errors, failed responses and every network request, checks which colour scheme
Material applied, and runs axe-core (WCAG 2.0/2.1, levels A and AA). The tests below
read the survey, so each concern fails on its own with every offending page listed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

from .conftest import DEFAULT_TIMEOUT_MS, PALETTE_SCHEMES

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}


@dataclass
class PageReport:
    path: str
    status: int | None = None
    scheme: str | None = None
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Survey:
    palette: str
    origin: str
    pages: dict[str, PageReport]
    seconds: float


def record_into(current: list[PageReport], context, page, origin: str) -> None:
    """Every request, error and failed response of the context goes to the report in `current`
    (the page being surveyed); requests that would leave the site are blocked."""

    def note_request(req):
        if current:
            current[0].requests.append(req.url)

    def block_foreign(route):
        route.abort()  # recorded by note_request; never leave the machine

    context.on("request", note_request)
    context.route(lambda url: not (url.startswith(origin + "/") or url == origin), block_foreign)
    page.on(
        "console",
        lambda msg: (
            msg.type == "error"
            and current
            and current[0].errors.append(
                f"console error: {msg.text} ({msg.location.get('url', '')}:{msg.location.get('lineNumber', '')})"
            )
        ),
    )
    page.on("pageerror", lambda exc: current and current[0].errors.append(f"uncaught error: {exc}"))
    page.on("websocket", lambda ws: current and current[0].requests.append(ws.url))
    page.on(
        "response",
        lambda resp: resp.status >= 400 and current and current[0].errors.append(f"HTTP {resp.status} for {resp.url}"),
    )


def survey_page(page, axe, url: str, report: PageReport) -> None:
    """Load one page and fill its report: status, colour scheme, axe violations, time."""
    began = time.perf_counter()
    response = page.goto(url, wait_until="load")
    report.status = response.status if response else None
    report.scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    report.violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    page.wait_for_load_state("networkidle")
    report.seconds = time.perf_counter() - began


@pytest.fixture(scope="session", params=["light", "dark"])
def survey(request, browser, site_root, pages, palette_storage) -> Survey:
    from axe_playwright_python.sync_playwright import Axe

    palette = request.param
    origin = site_root.rstrip("/")
    axe = Axe()
    context = browser.new_context(storage_state=palette_storage(palette), color_scheme="light")
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    reports: dict[str, PageReport] = {}
    current: list[PageReport] = []  # the page being surveyed gets what is recorded
    page = context.new_page()
    record_into(current, context, page, origin)

    started = time.perf_counter()
    for path in pages:
        report = PageReport(path)
        current[:] = [report]
        survey_page(page, axe, site_root + path, report)
        reports[path] = report
    current.clear()
    elapsed = time.perf_counter() - started
    context.close()
    print(f"\n[{palette}] surveyed {len(reports)} pages in {elapsed:.1f} s")
    return Survey(palette, origin, reports, elapsed)


def _label(path: str) -> str:
    return "/" + path


def test_the_survey_covers_every_kind_of_page(survey):
    paths = set(survey.pages)
    assert len(paths) >= 55, f"only {len(paths)} HTML pages in the built site"
    for must in (
        "",
        "annex/",
        "timeline/",
        "matrix/",
        "print_page/",
        "404.html",
        "members/unodc/",
        "priorities/accountability/",
        "year-in-review/non-punishment/",
    ):
        assert must in paths, f"{_label(must)} is not in the built site"
    assert sum(p.startswith("members/") for p in paths) > 20
    assert sum(p.startswith("priorities/") for p in paths) > 5
    not_ok = [f"{_label(r.path)}: HTTP {r.status}" for r in survey.pages.values() if r.status != 200]
    assert not not_ok, "pages that did not load:\n" + "\n".join(not_ok)


def test_palette_is_applied(survey):
    expected = PALETTE_SCHEMES[survey.palette]
    wrong = [f"{_label(r.path)}: {r.scheme}" for r in survey.pages.values() if r.scheme != expected]
    if wrong:
        pytest.fail(
            f"{len(wrong)} of {len(survey.pages)} pages not in the {survey.palette} palette "
            f"(body data-md-color-scheme should be {expected!r}):\n" + "\n".join(wrong),
            pytrace=False,
        )


def test_no_console_error_and_no_uncaught_error(survey):
    bad = {r.path: r.errors for r in survey.pages.values() if r.errors}
    if bad:
        lines = [f"{_label(path)}:\n    " + "\n    ".join(errors) for path, errors in bad.items()]
        pytest.fail(
            f"{len(bad)} of {len(survey.pages)} pages logged errors ({survey.palette} palette):\n" + "\n".join(lines),
            pytrace=False,
        )


def test_no_request_leaves_the_local_server(survey):
    recorded = sum(len(r.requests) for r in survey.pages.values())
    # The recorder works: every page fetched at least itself, and search its index.
    assert all(r.requests for r in survey.pages.values()), "a page load recorded no request"
    assert any(u.endswith("/search/search_index.json") for r in survey.pages.values() for u in r.requests)
    offenders: dict[str, set[str]] = {}
    for report in survey.pages.values():
        for url in report.requests:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob"):
                continue
            if f"{parts.scheme}://{parts.netloc}" != survey.origin:
                offenders.setdefault(url, set()).add(_label(report.path))
    if offenders:
        lines = [
            f"{url}  (from {len(where)} pages: {', '.join(sorted(where)[:5])}{' ...' if len(where) > 5 else ''})"
            for url, where in sorted(offenders.items())
        ]
        pytest.fail(
            f"{len(offenders)} URLs requested from other origins than {survey.origin} "
            f"(of {recorded} requests on {len(survey.pages)} pages; all were blocked):\n" + "\n".join(lines),
            pytrace=False,
        )


def test_axe_finds_no_wcag_a_or_aa_violation(survey):
    failing = {r.path: r.violations for r in survey.pages.values() if r.violations}
    if not failing:
        return
    by_rule: dict[str, dict] = {}
    for path, violations in failing.items():
        for violation in violations:
            rule = by_rule.setdefault(violation["id"], {"violation": violation, "pages": [], "nodes": 0})
            rule["pages"].append(_label(path))
            rule["nodes"] += len(violation["nodes"])
    lines = [
        f"axe-core ({', '.join(AXE_TAGS)}), {survey.palette} palette: "
        f"{len(failing)} of {len(survey.pages)} pages have violations."
    ]
    for rule_id, rule in sorted(by_rule.items()):
        violation, where = rule["violation"], rule["pages"]
        first = violation["nodes"][0]
        summary = " ".join(first.get("failureSummary", "").split())
        lines += [
            f"- {rule_id} ({violation['impact']}): {violation['help']} [{violation['helpUrl']}]",
            f"    {rule['nodes']} elements on {len(where)} pages: {', '.join(where[:8])}"
            + (f" and {len(where) - 8} more" if len(where) > 8 else ""),
            f"    e.g. {' '.join(first['target'])}: {' '.join(first['html'].split())[:160]}",
            f"    {summary[:400]}",
        ]
    pytest.fail("\n".join(lines), pytrace=False)
