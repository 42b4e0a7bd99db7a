"""Bad-input cases, the site's look: a priority's colour and icon, a photo's image, the logo, the cover's quote.

Each case: (name, data file, text in fixtures/minimal to replace or None for the whole file,
the replacement, the whole list of messages expected). tests/test_validation.py runs them."""

PRESENTATION_CASES = [
    (
        "priority-colour-too-light",
        "priorities.yaml",
        '  colour: "#00689d"',
        '  colour: "#7cc7f2"',
        [
            "data/priorities.yaml:5:11: 'colour': #7cc7f2 and white text on it have a contrast of 1.9:1, and WCAG AA "
            "needs 4.5:1; choose a darker colour"
        ],
    ),
    (
        "priority-colour-by-name",
        "priorities.yaml",
        '  colour: "#00689d"',
        "  colour: teal",
        ["data/priorities.yaml:5:11: 'colour': a colour is written #rrggbb, e.g. #00689d"],
    ),
    (
        "priority-icon-unknown",
        "priorities.yaml",
        "  icon: material/sprout-outline",
        "  icon: material/no-such-icon",
        [
            "data/priorities.yaml:11:9: 'material/no-such-icon' is not one of Material for MkDocs' icons; pick one "
            "from https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/ and write it as material/NAME"
        ],
    ),
    (
        "priority-icon-without-set",
        "priorities.yaml",
        "  icon: material/sprout-outline",
        "  icon: sprout",
        ["data/priorities.yaml:11:9: 'icon': an icon is written as its set and its name, e.g. material/scale-balance"],
    ),
    (
        "photo-image-missing",
        "photos.yaml",
        "  lead: From left\n",
        "  lead: From left\n  image: assets/photos/meeting.jpg\n  alt: Two speakers on a stage\n",
        [
            "data/photos.yaml:4:10: there is no file docs/assets/photos/meeting.jpg; put the image there or correct "
            "the path"
        ],
    ),
    (
        "photo-image-without-alt",
        "photos.yaml",
        "  lead: From left\n",
        "  lead: From left\n  image: assets/photos/meeting.jpg\n",
        ["data/photos.yaml:1:3: a photo with an image needs alt: what it shows, in a sentence"],
    ),
    (
        "cover-quote-not-on-its-page",
        "report.yaml",
        "co_chairs: [unodc, unhcr]\n",
        "co_chairs: [unodc, unhcr]\ncover_quote:\n  text: The year ICAT did nothing.\n"
        "  page: year-in-review/coordination.md\n  by: Nobody\n",
        [
            "data/report.yaml:10:9: these words are not on docs/year-in-review/coordination.md; copy them from the "
            "page exactly, so that the home page quotes the report as it stands"
        ],
    ),
    (
        "logo-without-alt",
        "report.yaml",
        "co_chairs: [unodc, unhcr]\n",
        "co_chairs: [unodc, unhcr]\nlogo: assets/logo.svg\n",
        ["data/report.yaml:1:1: a logo needs logo_alt: the words it shows, e.g. ICAT logo"],
    ),
]
