"""Bad-input cases, references: repeated ids and numbers, and ids, pages and anchors that do not exist.

Each case: (name, data file, text in fixtures/minimal to replace or None for the whole file,
the replacement, the whole list of messages expected). tests/test_validation.py runs them."""

REFERENCE_CASES = [
    (
        "duplicate-id",
        "members.yaml",
        "- id: coe",
        "- id: unhcr",
        ["data/members.yaml:10:7: id 'unhcr' is used twice (first on line 5); every entry needs its own id"],
    ),
    (
        "duplicate-priority-number",
        "priorities.yaml",
        "- number: 2",
        "- number: 1",
        [
            "data/activities.yaml:9:13: priority 2 is not defined in data/priorities.yaml (numbers: 1)",
            "data/priorities.yaml:7:11: priority number 1 is used twice; each priority needs its own number",
        ],
    ),
    (
        "unknown-member",
        "activities.yaml",
        "  members: [unodc]",
        "  members: [undoc]",
        ["data/activities.yaml:3:13: member 'undoc' is not defined in data/members.yaml (did you mean 'unodc'?)"],
    ),
    (
        "unknown-co-chair",
        "report.yaml",
        "co_chairs: [unodc, unhcr]",
        "co_chairs: [unodc, unchr]",
        ["data/report.yaml:8:20: member 'unchr' is not defined in data/members.yaml (did you mean 'unhcr'?)"],
    ),
    (
        "unknown-priority",
        "activities.yaml",
        "  priority: 2",
        "  priority: 7",
        ["data/activities.yaml:9:13: priority 7 is not defined in data/priorities.yaml (numbers: 1, 2)"],
    ),
    (
        "unknown-organiser",
        "events.yaml",
        "  organisers: [unodc]",
        "  organisers: [unodc-hq]",
        [
            "data/events.yaml:11:16: organiser 'unodc-hq' is not defined in data/members.yaml (or use 'icat' for the "
            "group itself) (did you mean 'unodc'?)"
        ],
    ),
    (
        "unknown-link",
        "activities.yaml",
        "[glotip-2020]",
        "[glotip-2021]",
        [
            "data/activities.yaml:4:9: link 'glotip-2021' is not defined in data/links.yaml (did you mean "
            "'glotip-2020'?)"
        ],
    ),
    (
        "unknown-link-nothing-near",
        "activities.yaml",
        "[glotip-2020]",
        "[world-drug-report]",
        [
            "data/activities.yaml:4:9: link 'world-drug-report' is not defined in data/links.yaml; add it to "
            "data/links.yaml, or use one of the ids there"
        ],
    ),
    (
        "unknown-footnote",
        "activities.yaml",
        "[^iraq]",
        "[^irak]",
        ["data/activities.yaml:4:9: footnote 'irak' is not defined in data/footnotes.yaml (did you mean 'iraq'?)"],
    ),
    (
        "unknown-event",
        "photos.yaml",
        "  event: group-meeting",
        "  event: group-meting",
        [
            "data/photos.yaml:4:10: event 'group-meting' is not defined in data/events.yaml (did you mean "
            "'group-meeting'?)"
        ],
    ),
    (
        "unknown-photo-member",
        "photos.yaml",
        "      member: unodc",
        "      member: unodoc",
        ["data/photos.yaml:8:15: member 'unodoc' is not defined in data/members.yaml (did you mean 'unodc'?)"],
    ),
    (
        "unknown-acronym-member",
        "acronyms.yaml",
        "  member: unodc",
        "  member: undoc",
        ["data/acronyms.yaml:2:11: member 'undoc' is not defined in data/members.yaml (did you mean 'unodc'?)"],
    ),
    (
        "unknown-event-link",
        "events.yaml",
        "  priority: 1\n",
        "  priority: 1\n  link: glotip-2021\n",
        ["data/events.yaml:16:9: link 'glotip-2021' is not defined in data/links.yaml (did you mean 'glotip-2020'?)"],
    ),
    (
        "unknown-anchor",
        "events.yaml",
        "  told_in: year-in-review/coordination.md\n- id: roundtable",
        "  told_in: year-in-review/coordination.md#cordination\n- id: roundtable",
        [
            "data/events.yaml:6:12: page 'year-in-review/coordination.md' has no heading or anchor '#cordination' (did "
            "you mean 'coordination'?); use an id the page has (see its headings' ¶ links) or give the page alone"
        ],
    ),
    (
        "unknown-page",
        "events.yaml",
        "  told_in: year-in-review/coordination.md\n- id: roundtable",
        "  told_in: year-in-review/cordination.md\n- id: roundtable",
        [
            "data/events.yaml:6:12: page 'year-in-review/cordination.md' does not exist under docs/ (did you mean "
            "'year-in-review/coordination.md'?)"
        ],
    ),
    (
        "page-by-file-name",
        "events.yaml",
        "  told_in: year-in-review/coordination.md\n- id: roundtable",
        "  told_in: coordination.md#coordination\n- id: roundtable",
        [
            "data/events.yaml:6:12: page 'coordination.md#coordination' does not exist under docs/; write "
            "'year-in-review/coordination.md#coordination'"
        ],
    ),
    (
        "page-elsewhere",
        "events.yaml",
        "  told_in: year-in-review/coordination.md\n- id: roundtable",
        "  told_in: foreword.md\n- id: roundtable",
        [
            "data/events.yaml:6:12: page 'foreword.md' does not exist under docs/; give the path of a page, e.g. "
            "year-in-review/survivors.md"
        ],
    ),
    (
        "unknown-member-no-near-id",
        "activities.yaml",
        "  members: [unodc]",
        "  members: [wfp]",
        [
            "data/activities.yaml:3:13: member 'wfp' is not defined in data/members.yaml; add it to "
            "data/members.yaml, or use one of the ids there"
        ],
    ),
    (
        "unknown-organiser-no-near-id",
        "events.yaml",
        "  organisers: [unodc]",
        "  organisers: [wfp]",
        [
            "data/events.yaml:11:16: organiser 'wfp' is not defined in data/members.yaml (or use 'icat' for the "
            "group itself); add it to data/members.yaml, or use one of the ids there"
        ],
    ),
    (
        "unknown-event-no-near-id",
        "photos.yaml",
        "  event: group-meeting",
        "  event: launch",
        [
            "data/photos.yaml:4:10: event 'launch' is not defined in data/events.yaml; add it to "
            "data/events.yaml, or use one of the ids there"
        ],
    ),
    (
        "activity-id-rule",
        "activities.yaml",
        "- id: p2-unhcr",
        "- id: unhcr-research",
        [
            "data/activities.yaml:8:7: the id 'unhcr-research' does not follow the rule for highlights, "
            "p<priority>-<member ids> in the order of 'members': write it as 'p2-unhcr'"
        ],
    ),
    (
        "activity-id-taken",
        "activities.yaml",
        "- id: p2-unhcr",
        "- id: p1-unodc-research\n  priority: 1\n  members: [unodc]\n  text: More research.\n- id: p2-unhcr",
        [
            "data/activities.yaml:8:7: the id 'p1-unodc-research' does not follow the rule for highlights, "
            "p<priority>-<member ids> in the order of 'members': write it as 'p1-unodc-2'"
        ],
    ),
    (
        "activity-id-members-order",
        "activities.yaml",
        "  members: [unhcr]",
        "  members: [unhcr, unodc]",
        [
            "data/activities.yaml:8:7: the id 'p2-unhcr' does not follow the rule for highlights, "
            "p<priority>-<member ids> in the order of 'members': write it as 'p2-unhcr-unodc'"
        ],
    ),
]
