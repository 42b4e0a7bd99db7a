"""Fuzzing as a test: mutated real data is refused at file:line:col or builds an inert site.

A bounded Hypothesis run (fixed seed, no example database, no shrinking: each case
is a full check and build) and every regression example of regressions.py, on two
worker processes with a time and memory limit (invariant.py). `make fuzz` runs
10,000 cases (bench/fuzz.py).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from .cases import Case, Edit
from .invariant import Harness, classify
from .regressions import EXAMPLES
from .strategies import cases

# A case takes 0.3 s (refused) to 2 s (accepted, built and read) on an idle machine, and several times
# that on a busy shared runner; a hang is a loop that never ends, so the cut can be generous.
TIME_LIMIT = 30.0
EXAMPLES_PER_RUN = 12


@pytest.fixture(scope="module")
def harness():
    with Harness(workers=2, time_limit=TIME_LIMIT) as running:
        yield running


@pytest.fixture(scope="module")
def regression_verdicts(harness):
    """Every regression example, run at once on both workers."""
    by_label = {example.case().label: example for example in EXAMPLES}
    return {by_label[case.label].name: verdict for case, verdict in harness.run(example.case() for example in EXAMPLES)}


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.name for example in EXAMPLES])
def test_regression_example_holds(regression_verdicts, example):
    verdict = regression_verdicts[example.name]
    assert verdict.holds, f"{example.name} ({example.klass}): {verdict.outcome}: {verdict.detail}"
    if example.expect:
        assert verdict.outcome == example.expect, (
            f"{example.name}: {verdict.outcome} ({verdict.detail}), not {example.expect}"
        )


@settings(
    max_examples=EXAMPLES_PER_RUN,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
@given(data=st.data())
def test_mutated_data_is_refused_or_builds_an_inert_site(harness, data):
    case = data.draw(cases(harness.sources), label="case")
    verdict = harness.verdict(case)
    assert verdict.holds, f"{case.label}\n  -> {verdict.outcome}: {verdict.detail}"


def test_the_harness_sees_an_injected_script(harness):
    """A control: raw HTML in a page (where an editor may write HTML) is seen as a new script."""
    page = Case("control", "control", (Edit("docs/foreword.md", b"\n<script>alert(1)</script>\n", b""),))
    verdict = harness.verdict(page)
    assert verdict.outcome == "injection" and "alert(1)" in verdict.detail


def test_the_unchanged_project_is_accepted(harness):
    assert harness.verdict(Case("clean", "control", ())).outcome == "accepted"


def test_a_check_that_prints_a_traceback_is_a_finding():
    answer = {
        "check": {"code": 1, "out": "", "err": "", "crash": "KeyError: 'x'"},
        "build": {"ok": False, "error": "x", "crash": None, "log": ""},
        "outside": [],
    }
    assert classify(answer).outcome == "traceback"
    answer["check"] = {"code": 0, "out": "data/ is sound", "err": "", "crash": None}
    assert classify(answer).outcome == "disagreement"
