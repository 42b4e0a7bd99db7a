"""Measure (b): build time with synthetic data 10x and 100x the real data.

Every member, highlight and event is copied under new ids in a temporary copy of the project,
validated by `icat_report check` first; linear means each extra copy of the data costs the same.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
from pathlib import Path

import yaml
from common import ENV, PYTHON, build, copy_project, fmt, log

from icat_report.model.id_rules import activity_id

FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")


def multiply_data(data: Path, factor: int) -> dict:
    """Add (factor - 1) copies of every member, highlight and event, under new ids."""
    load = lambda name: yaml.safe_load((data / name).read_text(encoding="utf-8"))  # noqa: E731
    members, activities, events = load("members.yaml"), load("activities.yaml"), load("events.yaml")
    new_members, new_activities, new_events = list(members), list(activities), list(events)
    for copy in range(2, factor + 1):
        suffix = f"-x{copy}"
        ids = {m["id"]: m["id"] + suffix for m in members}
        for member in members:
            twin = {k: v for k, v in member.items() if k not in ("acronym", "listed_as")}
            twin.update(id=ids[member["id"]], name=f"{member['name']} (copy {copy})")
            new_members.append(twin)
        for activity in activities:
            twin = dict(activity)
            twin["members"] = [ids.get(m, m) for m in activity["members"]]
            twin["id"] = activity_id(activity["priority"], twin["members"])
            if activity.get("involved"):
                twin["involved"] = [ids.get(m, m) for m in activity["involved"]]
            twin["text"] = FOOTNOTE_REF.sub("", activity["text"])
            if activity.get("points"):
                twin["points"] = [FOOTNOTE_REF.sub("", p) for p in activity["points"]]
            new_activities.append(twin)
        for event in events:
            twin = dict(event)
            twin["id"] = event["id"] + suffix
            twin["organisers"] = [ids.get(o, o) for o in event.get("organisers", [])]
            new_events.append(twin)

    def dump(name, entries):
        # Dates and ids stay strings: quote every scalar the loader reads as text.
        (data / name).write_text(
            yaml.dump(entries, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
        )

    dump("members.yaml", new_members)
    dump("activities.yaml", new_activities)
    dump("events.yaml", new_events)
    return {"members": len(new_members), "highlights": len(new_activities), "events": len(new_events)}


def bench_scale(work: Path, source: Path, factors: list[int], runs: dict[int, int]) -> list[dict]:
    log("(b) build time with synthetic data")
    rows = []
    for factor in factors:
        project = copy_project(source, work / f"x{factor}")
        counts = (
            multiply_data(project / "data", factor)
            if factor > 1
            else {
                "members": len(yaml.safe_load((project / "data/members.yaml").read_text())),
                "highlights": len(yaml.safe_load((project / "data/activities.yaml").read_text())),
                "events": len(yaml.safe_load((project / "data/events.yaml").read_text())),
            }
        )
        check = subprocess.run(
            [PYTHON, "-m", "icat_report", "check", "--data", "data", "--docs", "docs"],
            cwd=project,
            env=ENV,
            capture_output=True,
            text=True,
        )
        if check.returncode != 0:
            raise SystemExit(f"synthetic data {factor}x is not valid:\n{check.stdout}{check.stderr}")
        times = []
        for attempt in range(runs[factor]):
            site = work / f"x{factor}-site-{attempt}"
            times.append(build(project, site))
            pages = len(list(site.rglob("*.html")))
            shutil.rmtree(site)
        median = statistics.median(times)
        rows.append({"factor": factor, **counts, "pages": pages, "median": median, "all": times})
        log(f"  {factor}x: {counts}, {pages} pages: {fmt(median)} (runs {[round(t, 2) for t in times]})")
    return rows


class _NoAliases(yaml.SafeDumper):
    """Writes a value repeated across copies out in full: the data files refuse YAML aliases past a few."""

    def ignore_aliases(self, data) -> bool:
        return True
