"""Regression examples: the smallest input of each class the fuzzer (or issue 10) found.

Each is a patch on the real files (the first occurrence of `old` replaced, or text
appended to the end), and what the invariant must say: "refused" when the input
must be refused with file:line:col sentences, None when either accepted with an
inert site or refused will do (e.g. a hostile text that may be shown as typed).
test_fuzz.py runs every one; a new finding gets a line here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cases import Case, Edit

SCRIPT = "<script>alert(1)</script>"
BOMB = "".join(
    ['- id: bomb\n  b0: &b0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n']
    + [f"  b{n}: &b{n} [{', '.join([f'*b{n - 1}'] * 9)}]\n" for n in range(1, 9)]
)


@dataclass(frozen=True)
class Example:
    name: str
    klass: str  # the class of finding it stood for
    path: str
    old: str  # "" appends `new` to the file
    new: str
    expect: str | None = None

    def case(self) -> Case:
        return Case(
            f"regression:{self.name}",
            "regression",
            (Edit(self.path, self.new.encode("utf-8"), self.old.encode("utf-8")),),
        )


def _value(name, klass, path, old, new, expect=None) -> Example:
    return Example(name, klass, path, old, new, expect)


EXAMPLES: tuple[Example, ...] = (
    # Injections: a value that closes its context (a Markdown link, a tag, a fence).
    _value(
        "url-paren",
        "injection",
        "data/links.yaml",
        'url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52021DC0171"',
        f'url: "https://a.b/){SCRIPT}"',
    ),
    _value("contacts-email", "injection", "data/report.yaml", "email: icat@un.org", f'email: "a@b.c){SCRIPT}"'),
    _value(
        "contacts-website",
        "injection",
        "data/report.yaml",
        'website: "http://icat.un.org/"',
        f'website: "https://a.b/){SCRIPT}"',
    ),
    _value(
        "told-in-anchor",
        "injection",
        "data/events.yaml",
        "told_in: year-in-review/coordination.md",
        f'told_in: "year-in-review/coordination.md#){SCRIPT}"',
    ),
    _value(
        "priority-title",
        "injection",
        "data/priorities.yaml",
        "title: Building the evidence base",
        f'title: "{SCRIPT}"',
    ),
    _value(
        "copyright",
        "injection",
        "data/report.yaml",
        'copyright: "© United Nations, 2022. All rights reserved."',
        'copyright: "<img src=x onerror=alert(1)>"',
    ),
    _value(
        "organisation-acronym",
        "injection",
        "data/report.yaml",
        "organisation_acronym: ICAT",
        'organisation_acronym: "<b onmouseover=alert(1)>ICAT</b>"',
    ),
    _value(
        "member-name-title",
        "injection",
        "data/members.yaml",
        "name: Council of the Baltic Sea States",
        f'name: "</title>{SCRIPT}"',
    ),
    _value(
        "report-title-bibtex",
        "injection",
        "data/report.yaml",
        'title: "Chairs\' Annual Report 2021"',
        f'title: "x}}\\n```\\n{SCRIPT}\\n```"',
    ),
    _value(
        "photo-page-fragment",
        "injection",
        "data/photos.yaml",
        "  page: foreword.md",
        f'  page: "foreword.md#\\">{SCRIPT}"',
    ),
    _value(
        "correction-page-fragment",
        "injection",
        "data/corrections.yaml",
        "- page: foreword.md",
        f'- page: "foreword.md#{SCRIPT}"',
    ),
    _value(
        "reference-definition",
        "injection",
        "data/activities.yaml",
        "",
        '- id: p1-ilo-2\n  priority: 1\n  members: [ilo]\n  text: "see [x][] and more\\n\\n[x]: javascript:alert(1)"\n',
    ),
    _value(
        "attr-list",
        "injection",
        "data/activities.yaml",
        "",
        '- id: p1-ilo-2\n  priority: 1\n  members: [ilo]\n  text: "x\\n{: onclick=alert(1) }"\n',
    ),
    # Tracebacks: tags, aliases, control characters, dates, odd ids, dangling references.
    _value(
        "tag-python",
        "traceback",
        "data/members.yaml",
        "name: Council of the Baltic Sea States",
        "name: !!python/object/apply:os.system ['echo pwned']",
        "refused",
    ),
    _value("tag-omap", "traceback", "data/members.yaml", "  role: member\n", "  role: !!omap [{a: 1}]\n", "refused"),
    _value("tag-custom", "traceback", "data/members.yaml", "acronym: CBSS", "acronym: !custom CBSS", "refused"),
    _value(
        "tag-int",
        "traceback",
        "data/members.yaml",
        "  role: member\n",
        "  role: member\n  joined: !!int abc\n",
        "refused",
    ),
    _value("recursive-alias", "traceback", "data/members.yaml", "", "- id: loop\n  name: &r [*r]\n", "refused"),
    _value("nul", "traceback", "data/members.yaml", "Baltic Sea", "Baltic\x00 Sea", "refused"),
    _value("vertical-tab", "traceback", "data/members.yaml", "Baltic Sea", "Baltic\x0b Sea", "refused"),
    _value("date-month-13", "traceback", "data/events.yaml", 'date: "2020"', "date: 2021-13-01", "refused"),
    _value("date-feb-30", "traceback", "data/events.yaml", 'date: "2020"', "date: 2021-02-30", "refused"),
    _value("id-list", "traceback", "data/members.yaml", "- id: cbss", "- id: [cbss]", "refused"),
    _value("id-mapping", "traceback", "data/members.yaml", "- id: cbss", "- id: {a: cbss}", "refused"),
    _value("id-bool", "traceback", "data/members.yaml", "- id: cbss", "- id: NO", "refused"),
    _value("dangling-member", "traceback", "data/activities.yaml", "members: [cted]", "members: [nope]", "refused"),
    _value(
        "macro-unknown-id",
        "traceback",
        "docs/foreword.md",
        'photo_caption("foreword-brandolino")',
        'photo_caption("coordination-group-meting")',
        "refused",
    ),
    # Hangs: an alias bomb, 100k characters that make Markdown slow.
    _value("alias-bomb", "hang", "data/members.yaml", "", BOMB, "refused"),
    _value(
        "backticks-100k",
        "hang",
        "data/activities.yaml",
        "",
        "- id: p1-ilo-2\n  priority: 1\n  members: [ilo]\n  text: " + "`" * 100_000 + "\n",
    ),
    _value(
        "brackets-100k",
        "hang",
        "data/activities.yaml",
        "",
        "- id: p1-ilo-2\n  priority: 1\n  members: [ilo]\n  text: " + "[a][" * 25_000 + "\n",
    ),
    # Disagreements and silent breakage.
    _value(
        "told-in-missing-anchor",
        "disagreement",
        "data/events.yaml",
        "told_in: year-in-review/coordination.md",
        'told_in: "year-in-review/coordination.md#no-such-anchor"',
        "refused",
    ),
    _value("member-id-index", "disagreement", "data/members.yaml", "- id: cbss", "- id: index", "refused"),
    _value(
        "priority-id-index",
        "disagreement",
        "data/priorities.yaml",
        "  id: evidence-base\n",
        "  id: index\n",
        "refused",
    ),
    _value(
        "macro-broken-syntax", "disagreement", "docs/matrix.md", "{{ matrix() }}", "{{ photo_caption( }}", "refused"
    ),
    _value(
        "macro-extra-argument",
        "disagreement",
        "docs/timeline.md",
        "{{ timeline() }}",
        "{{ timeline(None) }}",
        "refused",
    ),
    # Found by this fuzzer: a value with a line break printed into a problem's one line.
    _value(
        "id-with-newline",
        "unlocated",
        "data/footnotes.yaml",
        "- id: non-punishment-definition",
        '- id: "a\\n[x]: javascript:alert(1)"',
        "refused",
    ),
    # Found by `make fuzz` (seed 5380): an acronym's term ended its definition on the glossary page, where
    # every term is written as `*[TERM]: ""`, and a reference definition in it gave a javascript: link.
    _value(
        "acronym-term-definition",
        "injection",
        "data/acronyms.yaml",
        "- term: CoE\n",
        '- term: "CoE [x][] and\\n\\n[x]: javascript:alert(1)"\n',
    ),
    # Found by `make fuzz` (seeds 1018, 1117): a footnote reference in a plain value reached the matrix's raw
    # HTML, where the page finishing read it as a footnote: check passed, the build failed.
    _value(
        "footnote-in-raw-html", "disagreement", "data/members.yaml", "  acronym: UNODC\n", "  acronym: UNODC[^nope]\n"
    ),
)
