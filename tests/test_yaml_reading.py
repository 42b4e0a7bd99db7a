"""Hostile or careless YAML is refused with one sentence at its line and column, never a traceback.

Tags that build objects, aliases that expand without bound or loop, invisible
control characters, keys that are not words and oversized files: each case starts
from the minimal data set (see data_edits.py) and asserts the whole message list.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from data_edits import data_with, problems_for

TAG_ADVICE = (
    "is not allowed in a data file; remove it "
    "(a value is text, a number, true or false, a list or 'field: value' lines)"
)
BOMB = "- id: a\n  name: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"  n{level}: &a{level} [" + ",".join(["*a" if level == 0 else f"*a{level - 1}"] * 9) + "]\n" for level in range(9)
)
# Two aliases per level stay under the alias limit, yet double the values at every level.
DOUBLING = (
    "- id: a\n  name: &b ["
    + ",".join(["x"] * 200)
    + "]\n"
    + "".join(
        f"  d{level}: &b{level} [" + ", ".join(["*b" if level == 0 else f"*b{level - 1}"] * 2) + "]\n"
        for level in range(10)
    )
)

CASES = [
    (
        "tag-python",
        "members.yaml",
        "  name: Council of Europe",
        '  name: !!python/object/apply:os.system ["echo hi"]',
        [f"data/members.yaml:12:9: the YAML tag '!!python/object/apply:os.system' {TAG_ADVICE}"],
    ),
    (
        "tag-omap",
        "members.yaml",
        "  name: Council of Europe",
        "  name: !!omap [a: 1]",
        [f"data/members.yaml:12:9: the YAML tag '!!omap' {TAG_ADVICE}"],
    ),
    (
        "tag-int-abc",
        "members.yaml",
        "  joined: 2021",
        "  joined: !!int abc",
        [f"data/members.yaml:9:11: the YAML tag '!!int' {TAG_ADVICE}"],
    ),
    (
        "tag-custom",
        "members.yaml",
        "  name: Council of Europe",
        "  name: !shout Council of Europe",
        [f"data/members.yaml:12:9: the YAML tag '!shout' {TAG_ADVICE}"],
    ),
    (
        "recursive-alias",
        "report.yaml",
        "co_chairs: [unodc, unhcr]",
        "co_chairs: &chairs [unodc, *chairs]",
        [
            "data/report.yaml:8:28: the alias '*chairs' is inside the value it refers to (a recursive alias); write "
            "the value out"
        ],
    ),
    (
        "undefined-alias",
        "report.yaml",
        "co_chairs: [unodc, unhcr]",
        "co_chairs: [unodc, *chairs]",
        ["data/report.yaml:8:20: the alias '*chairs' refers to no anchor '&chairs' above it; write the value out"],
    ),
    (
        "merge-key",
        "report.yaml",
        "  email: icat@un.org",
        "  <<: {email: icat@un.org}",
        ["data/report.yaml:12:3: merge keys ('<<') are not supported; write the fields out"],
    ),
    (
        "alias-bomb",
        "members.yaml",
        None,
        BOMB,
        [
            "data/members.yaml:5:20: this file uses more than 20 aliases ('*name'); write the values out instead of "
            "repeating them"
        ],
    ),
    (
        "alias-doubling",
        "members.yaml",
        None,
        DOUBLING,
        [
            "data/members.yaml:10:17: this file holds more than 100,000 values once its aliases are expanded; "
            "write the values out instead of repeating them through aliases"
        ],
    ),
    (
        "second-document",
        "footnotes.yaml",
        "- id: iraq",
        "---\n- id: iraq\n---\n- id: x",
        [
            "data/footnotes.yaml:3:1: this file holds a second YAML document (after '---'); a data file holds one: "
            "remove the '---' line"
        ],
    ),
    (
        "nul-and-vt",
        "footnotes.yaml",
        "A footnote about",
        "A foot\x00note\x0b about",
        [
            "data/footnotes.yaml:2:15: the invisible control character U+0000 (NUL) is not allowed in a data file; "
            "delete it",
            "data/footnotes.yaml:2:20: the invisible control character U+000B (VT) is not allowed in a data file; "
            "delete it",
        ],
    ),
    (
        "c1-control",
        "footnotes.yaml",
        "A footnote about",
        "A foot\x85note",
        [
            "data/footnotes.yaml:2:15: the invisible control character U+0085 (C1 control) is not allowed in a data "
            "file; delete it"
        ],
    ),
    (
        "key-is-a-list",
        "members.yaml",
        "  name: Council of Europe",
        "  [name]: Council of Europe",
        [
            "data/members.yaml:12:3: this field name is a list; a field name is a word such as 'name' followed by a "
            "colon "
            "(check for a stray '?', '[' or '{')"
        ],
    ),
    (
        "key-is-a-mapping",
        "members.yaml",
        "  name: Council of Europe",
        "  ? {name: x}\n  : Council of Europe",
        [
            "data/members.yaml:12:5: this field name is a set of fields; a field name is a word such as 'name' "
            "followed by a colon "
            "(check for a stray '?', '[' or '{')"
        ],
    ),
    (
        "too-deep",
        "footnotes.yaml",
        "  text: A footnote about [the plan][action-plan].",
        "  text: " + "[" * 30 + "]" * 30,
        [
            "data/footnotes.yaml:2:28: values are nested more than 20 levels deep here; check the indentation and the "
            "brackets"
        ],
    ),
    (
        "too-big",
        "links.yaml",
        None,
        "- id: x\n  title: " + "x" * 5_100_000 + "\n",
        [
            "data/links.yaml:1:1: this file is 5.1 MB, more than the 5 MB a data file may hold; check that it is the "
            "file you meant to save here"
        ],
    ),
]


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_each_hostile_input_has_its_message(tmp_path, file, old, new, expected):
    assert problems_for(tmp_path, file, old, new) == expected


def test_many_control_characters_are_summed_up(tmp_path):
    problems = problems_for(tmp_path, "footnotes.yaml", "A footnote about", "\x01" * 500)
    assert len(problems) == 21
    assert problems[-1].endswith(
        "480 more control characters follow from here; this does not look like a text file: restore it from the "
        "repository"
    )


def test_an_alias_bomb_is_refused_in_bounded_time_and_memory(tmp_path):
    """A fresh process with 1 GB of address space: building the bomb would need far more."""
    site = data_with(tmp_path, "members.yaml", None, BOMB)
    script = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from icat_report import DataError, load_project
        try:
            load_project({str(site / "data")!r})
        except DataError as error:
            print(error.problems[0])
            sys.exit(0)
        sys.exit("accepted")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("data/members.yaml:5:20: this file uses more than 20 aliases")


def test_a_few_aliases_are_still_fine(tmp_path):
    site = data_with(
        tmp_path,
        "report.yaml",
        "co_chairs: [unodc, unhcr]\nincoming_co_chairs: [unodc]",
        "co_chairs: &chairs [unodc, unhcr]\nincoming_co_chairs: *chairs",
    )
    from icat_report import load_project

    assert load_project(site / "data", site / "docs").report.info.incoming_co_chairs == ["unodc", "unhcr"]
