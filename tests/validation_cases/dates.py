"""Bad-input cases, dates: malformed, impossible or out of range, and ranges that end before they start.

Each case: (name, data file, text in fixtures/minimal to replace or None for the whole file,
the replacement, the whole list of messages expected). tests/test_validation.py runs them."""

DATE_CASES = [
    (
        "date-malformed",
        "events.yaml",
        'date: "2021-01"',
        'date: "January 2021"',
        ["data/events.yaml:4:9: 'January 2021' is not a date: write it as \"2021-01\""],
    ),
    (
        "date-month",
        "events.yaml",
        'date: "2021-01"',
        'date: "2021-13"',
        ["data/events.yaml:4:9: '2021-13' has no month 13; months run from 01 to 12"],
    ),
    (
        "date-impossible",
        "events.yaml",
        "date: 2021-06-30",
        'date: "2021-02-30"',
        ["data/events.yaml:10:9: '2021-02-30' is not a real date: February 2021 has 28 days"],
    ),
    (
        "date-month-unquoted",
        "events.yaml",
        "date: 2021-06-30",
        "date: 2021-13-01",
        ["data/events.yaml:10:9: '2021-13-01' has no month 13; months run from 01 to 12"],
    ),
    (
        "date-impossible-unquoted",
        "events.yaml",
        "date: 2021-06-30",
        "date: 2021-02-30",
        ["data/events.yaml:10:9: '2021-02-30' is not a real date: February 2021 has 28 days"],
    ),
    (
        "date-year-unquoted",
        "events.yaml",
        'date: "2021-01"',
        "date: 2021",
        [
            "data/events.yaml:4:9: '2021' is read by YAML as a number, but 'date' is text; put it in quotes: date: "
            '"2021"'
        ],
    ),
    (
        "date-after-year",
        "events.yaml",
        "  planned: true\n",
        "",
        [
            "data/events.yaml:25:9: '2022-02' is after the report's year 2021; if the report says it will happen, add "
            "'planned: true', otherwise fix the year"
        ],
    ),
    (
        "date-far",
        "events.yaml",
        'date: "2021-01"',
        'date: "2012-01"',
        ["data/events.yaml:4:9: '2012-01' is far from the report's year 2021; check the year"],
    ),
    (
        "date-range-backwards",
        "events.yaml",
        '"2021-11-22/2021-11-23"',
        '"2021-11-23/2021-11-22"',
        [
            "data/events.yaml:20:9: the range '2021-11-23/2021-11-22' ends before it starts; write the earlier date "
            "first"
        ],
    ),
    (
        "qualifier-without-number",
        "events.yaml",
        "  participants: 130\n",
        "",
        ["data/events.yaml:13:27: participants_qualifier needs a participants number"],
    ),
    (
        "date-day-first",
        "events.yaml",
        'date: "2021-01"',
        'date: "14/10/2021"',
        ["data/events.yaml:4:9: '14/10/2021' is not a date: write it as \"2021-10-14\""],
    ),
    (
        "date-dots",
        "events.yaml",
        'date: "2021-01"',
        "date: 14.10.2021",
        ["data/events.yaml:4:9: '14.10.2021' is not a date: write it as \"2021-10-14\""],
    ),
    (
        "date-year-first-slashes",
        "events.yaml",
        'date: "2021-01"',
        "date: 2021/10/14",
        ["data/events.yaml:4:9: '2021/10/14' is not a date: write it as \"2021-10-14\""],
    ),
    (
        "date-no-zeros",
        "events.yaml",
        'date: "2021-01"',
        'date: "2021-6-5"',
        ["data/events.yaml:4:9: '2021-6-5' is not a date: write it as \"2021-06-05\""],
    ),
    (
        "date-in-words",
        "events.yaml",
        'date: "2021-01"',
        "date: 14 October 2021",
        ["data/events.yaml:4:9: '14 October 2021' is not a date: write it as \"2021-10-14\""],
    ),
    (
        "date-month-in-words",
        "events.yaml",
        'date: "2021-01"',
        "date: Oct 2021",
        ["data/events.yaml:4:9: 'Oct 2021' is not a date: write it as \"2021-10\""],
    ),
    (
        "date-range-in-words",
        "events.yaml",
        '"2021-11-22/2021-11-23"',
        "22-23 November 2021",
        ["data/events.yaml:20:9: '22-23 November 2021' is not a date: write it as \"2021-11-22/2021-11-23\""],
    ),
    (
        "date-month-first",
        "events.yaml",
        'date: "2021-01"',
        'date: "10/14/2021"',
        ["data/events.yaml:4:9: '10/14/2021' is not a date: write it as \"2021-10-14\""],
    ),
    (
        "date-ambiguous",
        "events.yaml",
        'date: "2021-01"',
        'date: "05/10/2021"',
        [
            "data/events.yaml:4:9: '05/10/2021' is not a date: write \"2021-10-05\" if it means 5 October 2021, or "
            '"2021-05-10" if it means 10 May 2021'
        ],
    ),
    (
        "date-not-real",
        "events.yaml",
        'date: "2021-01"',
        'date: "31/02/2021"',
        [
            'data/events.yaml:4:9: \'31/02/2021\' is not a date: write "2021-06-15", "2021-06", "2021" or a range '
            '"2021-11-22/2021-11-23"'
        ],
    ),
]
