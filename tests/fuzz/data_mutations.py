"""Mutations of a data file's parsed values, written back as YAML: structure and injections.

The file is parsed, one thing is changed (a key deleted, an entry duplicated, a type
swapped, an id renamed, a reference dangled, a string made huge or hostile, a value
nested deep), and the whole file is written again with yaml.safe_dump.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator

from . import payloads
from .cases import Case, Chooser, Edit, Sources, dump_yaml, short

Path_ = tuple[int | str, ...]

# Fields that refer to another record, and what they refer to.
MEMBER_REFS = ("members", "involved", "organisers", "co_chairs", "incoming_co_chairs", "member")
PAGE_REFS = ("page", "told_in")
OTHER_REFS = ("priority", "link", "event")
SWAPS: tuple[object, ...] = (
    "text",
    7,
    -1,
    0,
    3.5,
    [],
    ["a"],
    [["x"]],
    {},
    {"a": 1},
    None,
    True,
    False,
    "",
    "2021-13-01",
)


def slots(value: object, path: Path_ = ()) -> Iterator[tuple[Path_, object]]:
    """Every value in the tree with its path (the root excluded)."""
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    else:
        return
    for key, child in items:
        yield path + (key,), child
        yield from slots(child, path + (key,))


def get(root: object, path: Path_) -> object:
    for key in path:
        root = root[key]  # type: ignore[index]
    return root


def put(root: object, path: Path_, value: object) -> None:
    # A copy: a shared object would be written as a YAML alias.
    get(root, path[:-1])[path[-1]] = copy.deepcopy(value)  # type: ignore[index]


def _ids(sources: Sources) -> list[str]:
    found = []
    for name in sources.data_files:
        entries = sources.parsed[name]
        if isinstance(entries, list):
            found += [entry["id"] for entry in entries if isinstance(entry, dict) and isinstance(entry.get("id"), str)]
    return found


def _pick_slot(ch: Chooser, data: object, *, want=None) -> Path_ | None:
    candidates = [path for path, value in slots(data) if want is None or want(path, value)]
    return ch.pick(candidates) if candidates else None


def structural(ch: Chooser, sources: Sources) -> Case:
    """One structural change to one data file."""
    name = ch.pick(sources.data_files)
    data = sources.data(name)
    operation = ch.pick(tuple(OPERATIONS))
    what = OPERATIONS[operation](ch, sources, data)
    if what is None:  # nothing of that kind in this file: swap a type instead
        operation, what = "swap_type", _swap_type(ch, sources, data)
    if isinstance(what, tuple):  # the whole file was replaced
        data, what = what[1], f"the whole file = {short(what[1])}"
    return Case(f"structural:{operation} {name} {what}", "structural", (Edit(name, _dump(data)),))


def _dump(data: object) -> bytes:
    try:
        return dump_yaml(data)
    except RecursionError:  # nesting too deep for the emitter: say so in the file instead
        return b"deep: " + b"[" * 200 + b"]" * 200 + b"\n"


def _delete_key(ch, sources, data):
    path = _pick_slot(ch, data, want=lambda p, v: isinstance(p[-1], str))
    if path is None:
        return None
    del get(data, path[:-1])[path[-1]]
    return f"del {list(path)}"


def _duplicate_entry(ch, sources, data):
    if not isinstance(data, list) or not data:
        return None
    index = ch.integer(0, len(data) - 1)
    data.insert(ch.integer(0, len(data)), copy.deepcopy(get(data, (index,))))
    return f"copy of entry {index}"


def _swap_type(ch, sources, data):
    path = _pick_slot(ch, data)
    if path is None:
        return "__root__", ch.pick(SWAPS)
    value = ch.pick(SWAPS)
    put(data, path, value)
    return f"{list(path)} = {short(value)}"


def _change_id(ch, sources, data):
    path = _pick_slot(ch, data, want=lambda p, v: p[-1] in ("id", "number", "term"))
    if path is None:
        return None
    value = ch.pick((*payloads.IDS, ch.pick(_ids(sources)), 1, 99, 0, "7"))
    put(data, path, value)
    return f"{list(path)} = {short(value)}"


def _dangle(ch, sources, data):
    path = _pick_slot(
        ch, data, want=lambda p, v: any(k in MEMBER_REFS + PAGE_REFS + OTHER_REFS for k in p if isinstance(k, str))
    )
    if path is None:
        return None
    key = [k for k in path if isinstance(k, str)][-1]
    if key in PAGE_REFS:
        value = ch.pick(payloads.PAGES)
    elif key in MEMBER_REFS:
        value = ch.pick(("nope", "icat", ch.pick(_ids(sources)), "UNODC", ["nope"], "unodc-typo"))
    else:
        value = ch.pick(("nope", 0, 7, 99, "1", ch.pick(_ids(sources))))
    put(data, path, value)
    return f"{list(path)} = {short(value)}"


def _huge(ch, sources, data):
    path = _pick_slot(ch, data, want=lambda p, v: isinstance(v, str))
    if path is None:
        return None
    value = ch.pick(
        (
            "a" * payloads.HUGE,
            "word " * (payloads.HUGE // 5),
            "`" * payloads.HUGE,
            "[a][" * (payloads.HUGE // 4),
            "*" * payloads.HUGE,
            "_a" * (payloads.HUGE // 2),
            "\n" * payloads.HUGE,
            "[^x]" * (payloads.HUGE // 4),
        )
    )
    put(data, path, value)
    return f"{list(path)} = {short(value)}"


def _nest(ch, sources, data):
    path = _pick_slot(ch, data)
    if path is None:
        return None
    depth = ch.pick((3, 30, 150))
    value: object = get(data, path)
    for _ in range(depth):
        value = ch.pick(([value], {"a": value}))
    put(data, path, value)
    return f"{list(path)} nested {depth} deep"


def _unknown_key(ch, sources, data):
    path = _pick_slot(ch, data, want=lambda p, v: isinstance(v, dict))
    target = get(data, path) if path is not None else data
    if not isinstance(target, dict):
        return None
    key = ch.pick(("extra", "Id", "id ", "points", "<script>alert(1)</script>", "__class__", ""))
    target[key] = "x"
    return f"{list(path or ())} gains {key!r}"


def _empty(ch, sources, data):
    return "__root__", ch.pick(([], {}, None, "text", 1, [None], [[]]))


def injection(ch: Chooser, sources: Sources) -> Case:
    """A hostile or odd text in one string field of one data file (whole, or around the text)."""
    name = ch.pick(sources.data_files)
    data = sources.data(name)
    path = _pick_slot(ch, data, want=lambda p, v: isinstance(v, str))
    if path is None:
        return structural(ch, sources)
    key = [k for k in path if isinstance(k, str)][-1:] or [""]
    narrow = key[0] in ("url", "website", "twitter", "email") or key[0] in PAGE_REFS
    payload = ch.pick(payloads.URLS if narrow and ch.pick((True, True, False)) else payloads.INJECTIONS)
    original = str(get(data, path))
    how = ch.pick(("replace", "prefix", "suffix", "middle"))
    middle = len(original) // 2
    value = {
        "replace": payload,
        "prefix": payload + original,
        "suffix": original + payload,
        "middle": original[:middle] + payload + original[middle:],
    }[how]
    put(data, path, value)
    return Case(f"injection:{how} {name} {list(path)} {short(payload, 50)}", "injection", (Edit(name, _dump(data)),))


OPERATIONS = {
    "delete_key": _delete_key,
    "duplicate_entry": _duplicate_entry,
    "swap_type": _swap_type,
    "change_id": _change_id,
    "dangle": _dangle,
    "huge": _huge,
    "nest": _nest,
    "unknown_key": _unknown_key,
    "empty": _empty,
}
