"""Bad-input cases, addresses and hostile text: web and e-mail addresses, and links or raw addresses
written inside text.

Each case: (name, data file, text in fixtures/minimal to replace or None for the whole file,
the replacement, the whole list of messages expected). tests/test_validation.py runs them."""

TEXT_CASES = [
    (
        "url-no-scheme",
        "links.yaml",
        '"https://sherloc',
        '"sherloc',
        ["data/links.yaml:3:8: 'url': an address must start with https:// or http:// (or mailto: for e-mail)"],
    ),
    (
        "url-javascript",
        "links.yaml",
        '"https://sherloc.unodc.org/cld/en/bibliography/2020/global_report_on_trafficking_in_persons.html?lng=en"',
        '"javascript:alert(1)"',
        ["data/links.yaml:3:8: 'url': an address must start with https:// or http:// (or mailto: for e-mail)"],
    ),
    (
        "mailto-malformed",
        "links.yaml",
        '"https://sherloc.unodc.org/cld/en/bibliography/2020/global_report_on_trafficking_in_persons.html?lng=en"',
        '"mailto:icat"',
        ["data/links.yaml:3:8: 'url': an e-mail link looks like mailto:name@example.org"],
    ),
    (
        "url-incomplete",
        "report.yaml",
        '"http://icat.un.org/"',
        '"https://icat"',
        [
            "data/report.yaml:11:12: 'website': this is not a complete web address: it needs a host such as "
            "https://www.example.org/"
        ],
    ),
    (
        "email-malformed",
        "report.yaml",
        "icat@un.org",
        "icat at un.org",
        [
            "data/report.yaml:12:10: 'email': an e-mail address looks like name@example.org (letters, digits and . _ + "
            "- only)"
        ],
    ),
    (
        "inline-javascript-link",
        "footnotes.yaml",
        "[the plan][action-plan]",
        "[the plan](javascript:alert(1))",
        [
            "data/footnotes.yaml:2:9: the link target 'javascript:alert(1' is not allowed: put the address in "
            "data/links.yaml (https:// or http:// only) and write [words][link-id]"
        ],
    ),
    (
        "inline-raw-address",
        "footnotes.yaml",
        "[the plan][action-plan]",
        "[the plan](https://example.org/plan)",
        [
            "data/footnotes.yaml:2:9: the link target 'https://example.org/plan' is not allowed: put the address in "
            "data/links.yaml (https:// or http:// only) and write [words][link-id]"
        ],
    ),
    (
        "link-confidence-choice",
        "links.yaml",
        "  title: ICAT Action Plan",
        '  title: ICAT Action Plan\n  confidence: "not-found (searched twice)"',
        [
            "data/links.yaml:6:15: 'confidence' must be one of 'page-itself', 'candidate', 'seen-as-text' or "
            "'not-found', not 'not-found (searched twice)'"
        ],
    ),
    (
        "link-confidence-without-url",
        "links.yaml",
        "  title: ICAT Action Plan",
        "  title: ICAT Action Plan\n  confidence: candidate",
        [
            "data/links.yaml:6:15: 'confidence' is candidate but 'url' is empty: give the address, or write "
            "confidence: not-found"
        ],
    ),
    (
        "link-not-found-with-url",
        "links.yaml",
        "- id: action-plan",
        "  confidence: not-found\n- id: action-plan",
        [
            "data/links.yaml:4:15: 'confidence' is not-found but 'url' gives an address: empty 'url', or write how "
            "the address was found"
        ],
    ),
]
