"""Bad-input cases, the file itself: duplicate keys, encoding, and an empty, missing or wrongly shaped
file (YAML syntax: syntax.py).

Each case: (name, data file, text in fixtures/minimal to replace or None for the whole file,
the replacement, the whole list of messages expected). tests/test_validation.py runs them."""

FILE_CASES = [
    (
        "duplicate-key",
        "members.yaml",
        "  role: partner\n",
        "  role: partner\n  role: member\n",
        [
            "data/members.yaml:14:3: 'role' appears twice in this entry (first on line 13); keep one and delete the "
            "other"
        ],
    ),
    (
        "empty-file",
        "footnotes.yaml",
        None,
        "# nothing yet\n",
        ["data/footnotes.yaml:1:1: the file is empty; it should hold a list of entries (see the example at its top)"],
    ),
    (
        "mapping-not-list",
        "priorities.yaml",
        None,
        "number: 1\nid: evidence-base\ntitle: Building the evidence base\n",
        [
            "data/priorities.yaml:1:1: this file should hold a list of entries, each starting with '- ' (see the "
            "example at its top)"
        ],
    ),
    (
        "report-is-list",
        "report.yaml",
        None,
        "- title: x\n",
        ["data/report.yaml:1:1: this file should hold 'field: value' lines (see the example at its top)"],
    ),
    (
        "entry-not-mapping",
        "acronyms.yaml",
        "- term: SGBV\n  expansion: sexual and gender-based violence\n",
        "- SGBV\n",
        ["data/acronyms.yaml:3:3: each entry should be a set of 'field: value' lines under its '- '"],
    ),
    (
        "not-utf8",
        "footnotes.yaml",
        None,
        "- id: iraq\n  text: Caf\xe9 in Latin-1\n".encode("latin-1"),
        ["data/footnotes.yaml:2:12: the file is not UTF-8 text; save it again with the UTF-8 encoding"],
    ),
    (
        "missing-file",
        "acronyms.yaml",
        None,
        b"",
        ["data/acronyms.yaml:1:1: the file is empty; it should hold a list of entries (see the example at its top)"],
    ),
]
