"""Bad-input cases, YAML syntax: tabs, indentation, block text, quotes, colons and dashes, each said in
plain words at the line and column where the fix goes.

Each case: (name, data file, text in fixtures/minimal to replace or None for the whole file,
the replacement, the whole list of messages expected). tests/test_validation.py runs them."""

SYNTAX_CASES = [
    (
        "syntax-tab",
        "members.yaml",
        "  acronym: UNHCR",
        "\tacronym: UNHCR",
        [
            "data/members.yaml:6:1: this line has a tab character here; YAML lays out a file with spaces only: "
            "replace the tab with spaces"
        ],
    ),
    (
        "yaml-syntax-indent",
        "members.yaml",
        "  name: United Nations Office on Drugs and Crime",
        "name: United Nations Office on Drugs and Crime",
        [
            "data/members.yaml:3:1: this line is indented 0 spaces, the lines of this entry 2: indent it 2 spaces, "
            "like them"
        ],
    ),
    (
        "syntax-indent-three",
        "members.yaml",
        "  name: Council of Europe",
        "   name: Council of Europe",
        [
            "data/members.yaml:12:4: this line is indented 3 spaces, the lines of this entry 2: indent it 2 spaces, "
            "like them"
        ],
    ),
    (
        "syntax-indent-one",
        "members.yaml",
        "  name: United Nations High Commissioner for Refugees",
        " name: United Nations High Commissioner for Refugees",
        [
            "data/members.yaml:7:2: this line is indented 1 space, the lines of this entry 2: indent it 2 spaces, "
            "like them"
        ],
    ),
    (
        "syntax-indent-nested",
        "photos.yaml",
        "      member: unodc",
        "     member: unodc",
        [
            "data/photos.yaml:8:6: this line is indented 5 spaces, the lines of this entry 6: indent it 6 spaces, "
            "like them"
        ],
    ),
    (
        "syntax-indent-list",
        "members.yaml",
        "- id: coe",
        " - id: coe",
        [
            "data/members.yaml:10:2: this line is indented 1 space, the other '- ' lines of this list 0: start it at "
            "the left edge, like them"
        ],
    ),
    (
        "syntax-indent-report",
        "report.yaml",
        "  email: icat@un.org",
        "   email: icat@un.org",
        ["data/report.yaml:12:4: this line is indented 3 spaces, the fields above it 2: indent it 2 spaces, like them"],
    ),
    (
        "syntax-block-not-indented",
        "activities.yaml",
        "  text: UNHCR conducted research under the [ICAT Action Plan][action-plan].",
        "  text: >-\n  **UNHCR** conducted research under the [ICAT Action Plan][action-plan].",
        [
            "data/activities.yaml:13:3: the text under 'text: >-' (line 12) must be indented further than 'text:'; "
            "indent its lines 4 spaces"
        ],
    ),
    (
        "syntax-block-line-less",
        "activities.yaml",
        "  text: UNHCR conducted research under the [ICAT Action Plan][action-plan].",
        "  text: |\n    UNHCR conducted research\n  under the [ICAT Action Plan][action-plan].",
        [
            "data/activities.yaml:14:3: this line is indented 2 spaces, the text under 'text: |' (line 12) 4: indent "
            "it 4 spaces, like the lines above it"
        ],
    ),
    (
        "syntax-block-read-as-empty",
        "activities.yaml",
        "  text: UNHCR conducted research under the [ICAT Action Plan][action-plan].",
        "  text: |\n  UNHCR said: research under the [ICAT Action Plan][action-plan].",
        [
            "data/activities.yaml:12:9: 'text' is empty: the lines of text under 'text: |' must be indented further "
            "than 'text:'",
            "data/activities.yaml:13:3: unknown field 'UNHCR said' (known fields: id, priority, members, involved, "
            "text, points); fix its spelling or remove it",
        ],
    ),
    (
        "yaml-syntax-quote",
        "links.yaml",
        "title: ICAT Action Plan",
        'title: "ICAT Action Plan',
        ['data/links.yaml:5:10: the quotation mark " opened here is never closed: end the value with "'],
    ),
    (
        "syntax-quote-open-line",
        "links.yaml",
        "title: Global Report on Trafficking in Persons 2020",
        'title: "Global Report on Trafficking in Persons 2020',
        [
            'data/links.yaml:2:10: the quotation mark " opened here is not closed on its line, so YAML reads on to '
            'the next " (line 3); end the value with " on this line'
        ],
    ),
    (
        "syntax-quote-inside",
        "report.yaml",
        'title: "Chairs\' Annual Report 2021"',
        "title: 'Chairs' Annual Report 2021'",
        [
            "data/report.yaml:1:17: the value of 'title' ends at its second quotation mark, so YAML cannot read the "
            'text after it; write it as title: "Chairs\' Annual Report 2021"'
        ],
    ),
    (
        "syntax-escape",
        "report.yaml",
        "2022. All rights",
        "2022\\. All rights",
        [
            'data/report.yaml:7:35: inside double quotes a backslash starts an escape such as \\" or \\n, and this '
            "one is not; write a backslash as \\\\, or put the value in single quotes"
        ],
    ),
    (
        "syntax-colon-space",
        "members.yaml",
        "  acronym: CoE",
        "  acronym:CoE",
        ["data/members.yaml:11:10: a space is missing after 'acronym:'; write 'acronym: CoE'"],
    ),
    (
        "syntax-colon-space-first",
        "members.yaml",
        "- id: coe",
        "- id:coe",
        ["data/members.yaml:10:5: a space is missing after 'id:'; write '- id: coe'"],
    ),
    (
        "syntax-dash-space",
        "members.yaml",
        "- id: coe",
        "-id: coe",
        ["data/members.yaml:10:1: a space is missing after '-'; write '- id: coe'"],
    ),
    (
        "syntax-colon-in-value",
        "priorities.yaml",
        "  title: Addressing the core drivers",
        "  title: Priority 2: Addressing the core drivers",
        [
            "data/priorities.yaml:9:20: the value of 'title' holds ': ', which YAML reads as the start of a field; "
            'put the value in quotes: title: "Priority 2: Addressing the core drivers"'
        ],
    ),
    (
        "syntax-starts-with-bracket",
        "footnotes.yaml",
        "  text: A footnote about [the plan][action-plan].",
        "  text: [The plan][action-plan] has a footnote.",
        [
            "data/footnotes.yaml:2:9: a value that starts with [ is read by YAML as a list; put it in quotes: "
            'text: "[The plan][action-plan] has a footnote."'
        ],
    ),
    (
        "syntax-starts-with-star",
        "footnotes.yaml",
        "  text: A footnote about [the plan][action-plan].",
        "  text: *Italic* words about [the plan][action-plan].",
        [
            "data/footnotes.yaml:2:9: a value that starts with * is read by YAML as an alias (a repeated value); "
            'put it in quotes: text: "*Italic* words about [the plan][action-plan]."'
        ],
    ),
    (
        "syntax-unclosed-bracket",
        "report.yaml",
        "co_chairs: [unodc, unhcr]",
        "co_chairs: [unodc, unhcr",
        [
            "data/report.yaml:8:12: the list opened with '[' here is not closed: end it with ']' on the same line "
            "(if the value is text, put it in quotes)"
        ],
    ),
    (
        "syntax-stray-text",
        "footnotes.yaml",
        "  text: A footnote about [the plan][action-plan].",
        "  text: A footnote\n  about [the plan][action-plan].",
        [
            "data/footnotes.yaml:3:3: YAML expects 'field: value' on this line: if it continues the value of 'text' "
            "(line 2), indent it further than 'text:'; if it is a field, put ': ' after its name"
        ],
    ),
    (
        "syntax-anchor",
        "members.yaml",
        "  role: partner",
        "  role: &",
        [
            "data/members.yaml:13:9: a value that starts with & is read by YAML as an anchor (a name for a repeated "
            'value); put it in quotes: role: "&"'
        ],
    ),
    (
        "syntax-other",
        "members.yaml",
        "  role: partner",
        "...\n  role: partner",
        [
            "data/members.yaml:14:3: YAML cannot read the file from here; compare this line and the one before it "
            "with an entry that works: the same indentation for the fields of an entry, a space after each ':' and "
            "'-', every quote closed (YAML's own words: expected '<document start>', but found '<block mapping "
            "start>')"
        ],
    ),
]
