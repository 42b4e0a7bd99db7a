"""Every page of the built site, in the light and in the dark palette, at a desktop's and a phone's width.

One survey per palette and width (survey.py; the four run side by side) loads each HTML page once,
records console errors, uncaught page errors, failed responses and every network request,
checks which colour scheme Material applied, and runs axe-core (WCAG 2.0, 2.1 and 2.2, levels A
and AA). The tests below read the surveys, so each concern fails on its own with every
offending page listed. Being every page, this is the axe check of the home page, the
chart pages and every other page.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from .conftest import PALETTE_SCHEMES
from .survey import AXE_TAGS, SURVEY_WIDTHS, Survey, survey_name

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def surveys(background_survey) -> dict[str, Survey]:
    """Both palettes' surveys of every page (started with the first browser test: conftest.py)."""
    return background_survey.result()


@pytest.fixture(params=[survey_name(palette, width) for palette in PALETTE_SCHEMES for width in SURVEY_WIDTHS])
def survey(request, surveys) -> Survey:
    return surveys[request.param]


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
            f"{len(wrong)} of {len(survey.pages)} pages not in the {survey.palette} palette ({survey.width} px) "
            f"(body data-md-color-scheme should be {expected!r}):\n" + "\n".join(wrong),
            pytrace=False,
        )


def test_no_console_error_and_no_uncaught_error(survey):
    bad = {r.path: r.errors for r in survey.pages.values() if r.errors}
    if bad:
        lines = [f"{_label(path)}:\n    " + "\n    ".join(errors) for path, errors in bad.items()]
        pytest.fail(
            f"{len(bad)} of {len(survey.pages)} pages logged errors ({survey.name}):\n" + "\n".join(lines),
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
        f"axe-core ({', '.join(AXE_TAGS)}), {survey.name}: {len(failing)} of {len(survey.pages)} pages have violations."
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
