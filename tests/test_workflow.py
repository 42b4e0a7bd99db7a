"""The GitHub workflows: valid against GitHub's schema (offline), and shaped as intended.

check-jsonschema validates with the schema it ships (`--builtin-schema
vendor.github-workflows`): nothing is downloaded. The run gets a proxy that points
nowhere, so a download attempt would fail the test rather than pass silently.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
SITE_WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
MAIN_PUSH = "github.event_name == 'push' && github.ref == 'refs/heads/main'"


def _check_jsonschema() -> list[str]:
    script = Path(sys.executable).parent / "check-jsonschema"
    if script.is_file():
        return [str(script)]
    found = shutil.which("check-jsonschema")
    return [found] if found else [sys.executable, "-m", "check_jsonschema"]


def _offline_env() -> dict[str, str]:
    env = dict(os.environ)
    nowhere = "http://127.0.0.1:9"  # the discard port: any download attempt fails
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        env[name] = nowhere
    env.pop("NO_PROXY", None)
    env.pop("no_proxy", None)
    return env


def test_there_are_workflows():
    assert SITE_WORKFLOW in WORKFLOWS, f"no {SITE_WORKFLOW.relative_to(ROOT)}"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_workflow_is_valid_against_githubs_schema_offline(workflow):
    result = subprocess.run(
        [*_check_jsonschema(), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True,
        text=True,
        env=_offline_env(),
        timeout=120,
    )
    assert result.returncode == 0, (
        f"{workflow.relative_to(ROOT)} is not a valid GitHub workflow:\n{result.stdout}{result.stderr}"
    )


@pytest.fixture(scope="module")
def site() -> dict:
    return yaml.safe_load(SITE_WORKFLOW.read_text(encoding="utf-8"))


def _triggers(workflow: dict):
    # YAML 1.1 reads the key `on` as True.
    return workflow.get("on", workflow.get(True))


def _steps(job: dict) -> list[dict]:
    return job.get("steps", [])


def _index(steps: list[dict], predicate) -> int:
    for index, step in enumerate(steps):
        if predicate(step):
            return index
    return -1


def _uses(prefix: str):
    return lambda step: str(step.get("uses", "")).startswith(prefix + "@")


def _runs(text: str):
    return lambda step: text in str(step.get("run", ""))


def test_runs_on_push_and_pull_request(site):
    triggers = _triggers(site)
    assert "push" in triggers and "pull_request" in triggers, f"triggers: {triggers}"


def test_least_privilege(site):
    assert site.get("permissions") == {"contents": "read"}, f"top-level permissions: {site.get('permissions')}"
    for name, job in site["jobs"].items():
        permissions = job.get("permissions", site["permissions"])
        assert isinstance(permissions, dict), f"job {name}: permissions must be listed, not {permissions!r}"
        writes = {k for k, v in permissions.items() if v == "write"}
        if name == "deploy":
            assert writes == {"pages", "id-token"}, f"deploy may write {writes}"
            assert set(permissions) == {"pages", "id-token"}, f"deploy permissions: {permissions}"
        else:
            assert not writes, f"job {name} may write {writes}: only deploy may"


def test_build_job_checks_data_first_then_tests_then_builds(site):
    steps = _steps(site["jobs"]["build"])
    checkout = _index(steps, _uses("actions/checkout"))
    python = _index(steps, _uses("actions/setup-python"))
    browsers = _index(steps, _runs("playwright install --with-deps chromium"))
    check = _index(steps, _runs("icat_report check --github"))
    test = _index(steps, _runs("make test"))
    build = _index(steps, _runs("make pdf"))  # the strict build, with the PDF
    upload = _index(steps, _uses("actions/upload-pages-artifact"))
    order = {
        "checkout": checkout,
        "setup-python": python,
        "playwright install": browsers,
        "data check": check,
        "make test": test,
        "strict build": build,
        "upload": upload,
    }
    assert all(i >= 0 for i in order.values()), f"missing steps: {[k for k, i in order.items() if i < 0]}"
    assert list(order.values()) == sorted(order.values()), f"steps out of order: {order}"

    setup = steps[python]["with"]
    assert str(setup["python-version"]) == "3.11"
    assert setup.get("cache") == "pip" and setup.get("cache-dependency-path") == "constraints.txt", setup

    env = steps[build].get("env", {})
    assert {"SITE_URL", "REPO_URL", "EDIT_URI"} <= set(env), f"build env: {env}"
    assert "steps.pages.outputs.base_url" in env["SITE_URL"]
    assert env["REPO_URL"] == "${{ github.server_url }}/${{ github.repository }}"
    assert env["EDIT_URI"].startswith("edit/") and env["EDIT_URI"].endswith("/docs/")


def test_deploy_job_publishes_only_from_main_after_the_build(site):
    deploy = site["jobs"]["deploy"]
    needs = deploy["needs"] if isinstance(deploy["needs"], list) else [deploy["needs"]]
    assert "build" in needs
    assert deploy.get("if") == MAIN_PUSH, f"deploy runs if {deploy.get('if')!r}"
    environment = deploy["environment"]
    assert (environment["name"] if isinstance(environment, dict) else environment) == "github-pages"
    assert _index(_steps(deploy), _uses("actions/deploy-pages")) >= 0


def test_pages_deploys_queue_and_are_never_cancelled(site):
    concurrency = site["jobs"]["deploy"].get("concurrency") or site.get("concurrency")
    assert isinstance(concurrency, dict) and concurrency.get("group"), f"concurrency: {concurrency!r}"
    assert concurrency.get("cancel-in-progress") is False


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_every_action_is_pinned_to_a_version(workflow):
    document = yaml.safe_load(workflow.read_text(encoding="utf-8"))
    loose = [
        step["uses"]
        for job in document["jobs"].values()
        for step in _steps(job)
        if "uses" in step and "@" not in step["uses"]
    ]
    assert not loose, f"actions without a version in {workflow.name}: {loose}"


PULL_REQUEST = "github.event_name == 'pull_request'"


def test_a_pull_request_gets_the_diff_in_its_summary(site):
    steps = _steps(site["jobs"]["build"])
    checkout = steps[_index(steps, _uses("actions/checkout"))]
    assert checkout.get("with", {}).get("fetch-depth") == 0, "the diff reads the base branch's history"
    check = _index(steps, _runs("icat_report check --github"))
    diff = _index(steps, _runs("icat_report diff"))
    assert 0 <= check < diff, "the diff follows the check (a side that does not check has nothing to compare)"
    step = steps[diff]
    assert step.get("if") == PULL_REQUEST and step.get("continue-on-error") is True
    assert '"origin/$BASE_REF"' in step["run"] and '>> "$GITHUB_STEP_SUMMARY"' in step["run"]
    assert step["env"] == {"BASE_REF": "${{ github.base_ref }}"}, "branch names go through the environment"
    assert "${{" not in step["run"], "no expression in the script's text"


def test_a_pull_request_uploads_its_site_as_a_preview_and_links_it(site):
    steps = _steps(site["jobs"]["build"])
    build = _index(steps, _runs("make pdf"))
    upload = _index(steps, lambda step: step.get("id") == "preview")
    assert 0 <= build < upload
    step = steps[upload]
    assert str(step["uses"]).startswith("actions/upload-artifact@") and step.get("if") == PULL_REQUEST
    assert step["with"]["name"] == "site-preview-pr-${{ github.event.pull_request.number }}"
    assert step["with"]["path"] == "site"
    link = steps[_index(steps, _runs("### Preview"))]
    assert link.get("if") == PULL_REQUEST and link["env"]["PREVIEW_URL"] == "${{ steps.preview.outputs.artifact-url }}"


def test_nothing_with_write_permission_runs_on_a_pull_request(site):
    for name, job in site["jobs"].items():
        permissions = job.get("permissions", site["permissions"])
        if any(value == "write" for value in permissions.values()):
            assert "pull_request" not in str(job.get("if", "")) and job.get("if") == MAIN_PUSH, name


# -- the weekly link check (.github/workflows/links.yml) ----------------------------------
LINKS_WORKFLOW = ROOT / ".github" / "workflows" / "links.yml"


@pytest.fixture(scope="module")
def links() -> dict:
    return yaml.safe_load(LINKS_WORKFLOW.read_text(encoding="utf-8"))


def test_the_link_check_runs_weekly_and_on_demand_only(links):
    triggers = _triggers(links)
    assert set(triggers) == {"schedule", "workflow_dispatch"}, f"triggers: {triggers}"
    (cron,) = [entry["cron"] for entry in triggers["schedule"]]
    minute, hour, day, month, weekday = cron.split()
    assert day == "*" and month == "*" and weekday.isdigit(), f"not once a week: {cron!r}"


def test_the_link_check_only_reads(links):
    assert links.get("permissions") == {"contents": "read"}, f"permissions: {links.get('permissions')}"
    for name, job in links["jobs"].items():
        assert job.get("permissions", links["permissions"]) == {"contents": "read"}, f"job {name}"


def test_the_link_check_builds_then_writes_its_table_to_the_summary_and_keeps_the_json(links):
    (job,) = links["jobs"].values()
    steps = _steps(job)
    order = [
        _index(steps, _uses("actions/checkout")),
        _index(steps, _uses("actions/setup-python")),
        _index(steps, _runs("make setup")),
        _index(steps, _runs("make build")),
        _index(steps, _runs("icat_report links")),
        _index(steps, _uses("actions/upload-artifact")),
    ]
    assert all(i >= 0 for i in order) and order == sorted(order), f"steps out of order or missing: {order}"
    check = " ".join(steps[order[4]]["run"].split())
    assert "--site site" in check and "--format markdown" in check
    assert check.endswith('>> "$GITHUB_STEP_SUMMARY"'), check
    report = check.split("--json ", 1)[1].split()[0]
    upload = steps[order[5]]
    assert upload["with"]["path"] == report
    # The check exits 1 for a broken address: the artifact is kept all the same.
    assert upload.get("if") in ("${{ !cancelled() }}", "always()", "${{ always() }}"), upload.get("if")
    assert not steps[order[4]].get("continue-on-error"), "a broken address should show the run red"


def test_the_link_check_never_stands_in_the_way_of_a_deploy(links, site):
    assert "deploy" not in links["jobs"]
    for job in site["jobs"].values():
        assert not any("icat_report links" in str(step.get("run", "")) for step in _steps(job))
