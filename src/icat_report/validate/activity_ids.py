"""The id rule of the Annex highlights: p<priority>-<member ids> (model/id_rules.py).

It is checked once the other files are known, not in the model: a highlight whose member or
priority is misspelt has one mistake, reported by references.py, and its id is not judged by
a member or priority that does not exist. The suggestion is an id no other highlight has.
"""

from __future__ import annotations

from ..model.id_rules import activity_id, follows_activity_id_rule
from ..model.records import Activity
from ..problems import Problem
from .placed import Placed, Sources


def problems(sources: Sources, placed: dict[str, list[Placed]]) -> list[Problem]:
    members, priorities = sources.defined("members.yaml"), sources.defined("priorities.yaml", "number")
    taken = sources.defined("activities.yaml") or set()
    found = []
    for entry in placed["activities.yaml"]:
        activity: Activity = entry.record  # type: ignore[assignment]
        if follows_activity_id_rule(activity.id, activity.priority, activity.members):
            continue
        if members is not None and not set(activity.members) <= members:
            continue  # the member is the mistake (references.py says so)
        if priorities is not None and activity.priority not in priorities:
            continue
        found.append(entry.problem(("id",), id_sentence(activity, taken - {activity.id})))
    return found


def id_sentence(activity: Activity, taken: set) -> str:
    """What to write instead of an id that breaks the rule: the first id of the rule no other highlight has."""
    number = 1
    while activity_id(activity.priority, activity.members, number) in taken:
        number += 1
    suggestion = activity_id(activity.priority, activity.members, number)
    return (
        f"the id '{activity.id}' does not follow the rule for highlights, p<priority>-<member ids> in the order "
        f"of 'members': write it as '{suggestion}'"
    )
