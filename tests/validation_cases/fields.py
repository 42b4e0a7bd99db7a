"""Bad-input cases, fields: missing or unknown fields, wrong types and choices, id formats, lengths and
ranges.

Each case: (name, data file, text in fixtures/minimal to replace or None for the whole file,
the replacement, the whole list of messages expected). tests/test_validation.py runs them."""

FIELD_CASES = [
    (
        "acronym-with-brackets",
        "acronyms.yaml",
        "- term: UNODC\n",
        '- term: "UNODC [x][] and\\n\\n[x]: javascript:alert(1)"\n',
        [
            "data/acronyms.yaml:1:9: 'term': an acronym is written with letters, digits, spaces and . - / & ' only, "
            "at most 40 characters, e.g. UN-Habitat or GLO.ACT"
        ],
    ),
    (
        "missing-field",
        "members.yaml",
        "  name: United Nations High Commissioner for Refugees\n",
        "",
        ["data/members.yaml:5:3: 'name' is missing; add a line 'name: ...' to this entry"],
    ),
    (
        "unknown-field",
        "members.yaml",
        "  name: Council of Europe",
        "  nmae: Council of Europe",
        ["data/members.yaml:12:3: unknown field 'nmae' (did you mean 'name'?); fix its spelling or remove it"],
    ),
    (
        "unknown-nested-field",
        "report.yaml",
        "  email: icat@un.org",
        "  e-mail: icat@un.org",
        ["data/report.yaml:12:3: unknown field 'e-mail' (did you mean 'email'?); fix its spelling or remove it"],
    ),
    (
        "yaml11-no",
        "acronyms.yaml",
        "- term: SGBV",
        "- term: NO",
        [
            "data/acronyms.yaml:3:9: 'NO' is read by YAML as yes/no (true/false), but 'term' is text; put it in "
            'quotes: term: "NO"'
        ],
    ),
    (
        "yaml11-yes",
        "members.yaml",
        "  acronym: CoE",
        "  acronym: yes",
        [
            "data/members.yaml:11:12: 'yes' is read by YAML as yes/no (true/false), but 'acronym' is text; put it in "
            'quotes: acronym: "yes"'
        ],
    ),
    (
        "yaml11-on",
        "priorities.yaml",
        "  title: Addressing the core drivers",
        "  title: on",
        [
            "data/priorities.yaml:9:10: 'on' is read by YAML as yes/no (true/false), but 'title' is text; put it in "
            'quotes: title: "on"'
        ],
    ),
    (
        "yaml11-time",
        "events.yaml",
        "  title: ICAT Group meeting",
        "  title: 12:30",
        [
            "data/events.yaml:2:10: '12:30' is read by YAML as a number, but 'title' is text; put it in quotes: title: "
            '"12:30"'
        ],
    ),
    (
        "yaml11-number-as-id",
        "members.yaml",
        "- id: coe",
        "- id: 2021",
        [
            "data/members.yaml:10:7: '2021' is read by YAML as a number, but 'id' is text; put it in quotes: id: "
            '"2021"'
        ],
    ),
    (
        "yaml11-no-as-id",
        "members.yaml",
        "- id: coe",
        "- id: NO",
        [
            "data/members.yaml:10:7: 'NO' is read by YAML as yes/no (true/false), but 'id' is text; put it in quotes: "
            'id: "NO"'
        ],
    ),
    (
        "number-as-text",
        "members.yaml",
        "  joined: 2021",
        '  joined: "2021"',
        ["data/members.yaml:9:11: 'joined' must be a whole number, not '2021'"],
    ),
    (
        "bool-wrong",
        "events.yaml",
        "  planned: true",
        "  planned: maybe",
        ["data/events.yaml:26:12: 'planned' must be true or false, not 'maybe'"],
    ),
    (
        "list-where-text",
        "priorities.yaml",
        "  title: Addressing the core drivers",
        "  title: [Addressing, drivers]",
        ["data/priorities.yaml:9:10: 'title' must be text, not a list"],
    ),
    (
        "empty-text",
        "footnotes.yaml",
        "  text: A footnote about [the plan][action-plan].",
        '  text: ""',
        ["data/footnotes.yaml:2:9: 'text' is empty; write a value or remove the line"],
    ),
    (
        "role-choice",
        "members.yaml",
        "  role: partner",
        "  role: patner",
        ["data/members.yaml:13:9: 'role' must be one of 'member' or 'partner', not 'patner' (did you mean 'partner'?)"],
    ),
    (
        "event-kind",
        "events.yaml",
        "  kind: roundtable",
        "  kind: round-table",
        [
            "data/events.yaml:9:9: 'kind' must be one of 'meeting', 'consultation', 'briefing', 'side-event', "
            "'campaign', 'launch', 'statement', 'submission', 'hearing', 'conference', 'roundtable', 'webinar', "
            "'dialogue', 'training', 'publication' or 'session', not 'round-table' (did you mean 'roundtable'?)"
        ],
    ),
    (
        "id-format",
        "members.yaml",
        "- id: coe",
        "- id: CoE",
        [
            "data/members.yaml:10:7: 'CoE' is not a valid id: use lowercase letters, digits and single hyphens; write "
            "it as 'coe'"
        ],
    ),
    (
        "id-list",
        "members.yaml",
        "- id: coe",
        "- id: [coe, x]",
        ["data/members.yaml:10:7: 'id' must be text, not a list"],
    ),
    (
        "id-mapping",
        "members.yaml",
        "- id: coe",
        "- id: {coe: 1}",
        ["data/members.yaml:10:7: 'id' must be text, not a set of fields"],
    ),
    (
        "id-index",
        "members.yaml",
        "- id: coe",
        "- id: index",
        [
            "data/members.yaml:10:7: 'index' cannot be an id: a page index.md would take the place of an overview page "
            "of the site; choose another id"
        ],
    ),
    (
        "id-too-long",
        "members.yaml",
        "- id: coe",
        "- id: " + "c" * 61,
        ["data/members.yaml:10:7: 'id' is 61 characters long, more than the 60 allowed; shorten it"],
    ),
    (
        "title-too-long",
        "events.yaml",
        "  title: ICAT Group meeting",
        "  title: " + "x" * 301,
        ["data/events.yaml:2:10: 'title' is 301 characters long, more than the 300 allowed; shorten it"],
    ),
    (
        "text-too-long",
        "footnotes.yaml",
        "  text: A footnote about [the plan][action-plan].",
        "  text: " + "y" * 5001,
        ["data/footnotes.yaml:2:9: 'text' is 5,001 characters long, more than the 5,000 allowed; shorten it"],
    ),
    (
        "folded-text-slip",
        "activities.yaml",
        "  text: UNHCR conducted research under the [ICAT Action Plan][action-plan].\n",
        "  text: >-\n    UNHCR conducted research under the [ICAT Action Plan][action-plan].\n    points:\n      - A "
        "point.\n",
        [
            "data/activities.yaml:14:5: 'points:' is inside the text of 'text' that starts on line 12; if 'points' is "
            "a field of this entry, indent it as far as 'text:' (a likely indentation mistake)"
        ],
    ),
    (
        "empty-list",
        "activities.yaml",
        "  members: [unhcr]",
        "  members: []",
        ["data/activities.yaml:10:12: 'members' needs at least one entry"],
    ),
    (
        "number-range",
        "priorities.yaml",
        "- number: 2",
        "- number: 0",
        [
            "data/activities.yaml:9:13: priority 2 is not defined in data/priorities.yaml (numbers: 0, 1)",
            "data/priorities.yaml:7:11: 'number' is '0': input should be greater than or equal to 1",
        ],
    ),
    (
        "id-spaces",
        "members.yaml",
        "- id: coe",
        "- id: Council of_Europe",
        [
            "data/members.yaml:10:7: 'Council of_Europe' is not a valid id: use lowercase letters, digits and "
            "single hyphens; write it as 'council-of-europe'"
        ],
    ),
    (
        "id-reference-case",
        "activities.yaml",
        "  members: [unodc]",
        "  members: [UNODC]",
        [
            "data/activities.yaml:3:13: 'UNODC' is not a valid id: use lowercase letters, digits and single "
            "hyphens; write it as 'unodc'"
        ],
    ),
    (
        "choice-case",
        "members.yaml",
        "  role: partner",
        "  role: Partner",
        ["data/members.yaml:13:9: 'role' must be one of 'member' or 'partner', not 'Partner': write it as 'partner'"],
    ),
]
