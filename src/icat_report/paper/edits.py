"""A part of the whole-report page made fit for paper (document.py calls these in order).

- What only the screen needs goes: permalinks, text hidden for screen readers (on paper
  it would show), charts whose table or list is on the page too, the back-links of notes,
  and a paragraph that is only a link to a page the paper leaves out ("All highlights
  under this priority, by entity").
- Every note goes to the foot of its page: the addresses of links (print_notes.py made
  them) and the report's own footnotes become `<span class="paper-note">` where they are
  called, which paper.css floats to the page's foot (CSS `float: footnote`).
- A link stays a link only where it leads: to another site, or within the paper. A link
  to a page of the site that is not on paper keeps its words, not its link. A link whose
  words are a page's address (the edition notes' "year-in-review/survivors") shows the
  number of the page where that part starts instead ("p. 12").
- Headings move up a level: on paper a chapter's title is an h1.
- A short table is kept on one page; a long one breaks between its rows.
- The acronyms are the site's list: the printed report's, in its order (by full name).
- A photo's caption ("Photo not reproduced: " and the names) has its label apart, so that
  paper.css can set the names as the caption and the label as a quiet lead.
"""

from __future__ import annotations

import re

from ..render.report_parts import PHOTO_NOT_REPRODUCED
from ..text.html import Fragment, Node
from ..whole_report.print_notes import NOTE_CALL, NOTE_LIST

NOTE = "paper-note"
KEEP = "paper-keep"
PAGE_REFERENCE = "paper-page-reference"  # paper.css writes "p. N"
SHORT_TABLE_ROWS = 12  # rows; at the tables' 8.5 pt, under half a page
# What only the screen needs. Decorative inline icons (svg, aria-hidden: the words beside them say what
# they mean) would become figures without a text equivalent in the tagged PDF; paper.css draws the
# priorities' icons where paper shows them.
SCREEN_ONLY = (
    "a.headerlink",
    ".visually-hidden",
    "figure.icat-chart",
    "a.footnote-backref",
    'svg[aria-hidden="true"]',
    ".icat-sections",  # a chapter's list of its sections: the contents say it, with pages
)
HEADING = re.compile(r"h([1-6])")
PRIORITY_ID = re.compile(r"--priority-(\d+)$")
ACRONYM, ACRONYMS = "Acronym", "paper-acronyms"
INLINE = frozenset({"a", "abbr", "b", "code", "em", "i", "span", "strong", "sup"})


def drop_screen_only(page: Fragment, kept_keys: set[str]) -> None:
    """Remove what only the screen needs, and paragraphs that only lead to pages not on paper."""
    for selector in SCREEN_ONLY:
        for element in page.css(selector):
            element.decompose()
    for paragraph in page.css("p"):
        links = paragraph.css("a[href]")
        if len(links) == 1 and _words(paragraph) == _words(links[0]) and _leaves_paper(links[0], kept_keys):
            paragraph.decompose()


def move_notes_to_the_foot(page: Fragment) -> int:
    """Put each address note and footnote where it is called, as a page-foot note; return how many."""
    moved = 0
    for call in page.css(f"a.{NOTE_CALL}"):
        note = page.css_first(f'[id="{(call.attributes.get("href") or "#")[1:]}"]')
        if note is not None:
            call.replace_with(page.create("span", {"class": NOTE}, note.inner_html or ""))
            moved += 1
    for reference in page.css("sup:has(> a.footnote-ref)"):
        target = (reference.css_first("a").attributes.get("href") or "#")[1:]
        note = page.css_first(f'[id="{target}"]')
        if note is not None:
            words = " ".join((each.inner_html or "").strip() for each in note.css("p")) or note.inner_html or ""
            reference.replace_with(page.create("span", {"class": NOTE}, words.removesuffix("&nbsp;").strip()))
            moved += 1
    for leftover in page.css(f"div.{NOTE_LIST}, div.footnote"):
        leftover.decompose()
    return moved


def relink(page: Fragment, ids: set[str], parts: set[str]) -> None:
    """Keep links that lead somewhere on paper or to another site; unwrap the others. A link
    whose words are the address of a part ("year-in-review/survivors") becomes a page reference."""
    for link in page.css("a[href]"):
        href = link.attributes.get("href") or ""
        if href.startswith(("https://", "http://", "mailto:")):
            continue
        target = href[1:] if href.startswith("#") else None
        if target in ids:
            if target in parts and link.text().strip().replace("/", "-") == target:
                link.inner_html = ""
                link.attrs["class"] = PAGE_REFERENCE
            continue
        link.unwrap()


def keep_short_tables_whole(page: Fragment) -> None:
    """Mark the tables short enough to keep on one page (class paper-keep); longer ones break
    between rows, their header row repeated."""
    for table in page.css("table"):
        if len(table.css("tr")) <= SHORT_TABLE_ROWS:
            classes = table.attributes.get("class") or ""
            table.attrs["class"] = f"{classes} {KEEP}".strip()


def spaces_into_inline_elements(page: Fragment) -> None:
    """Move the space that ends a text before an inline element into that element ("Action,
    <strong>UNHCR" for "Action, <strong>UNHCR"). WeasyPrint 70 counts a text's last space
    when it decides whether the text fits its line; when only the space overflows, it breaks
    the line after the text's first word ("As" alone on a line, then "co-leads of ..."). The
    words and the spaces between them are the same."""
    for element in [each for each in page.elements() if each.tag in INLINE]:
        before, first = element.prev, element.first_child
        text = before.text_content if before is not None and before.is_text_node else None
        if text and text[-1].isspace() and text.strip() and first is not None:
            before.replace_with(text.rstrip())
            first.insert_before(" ")


def photo_labels_apart(page: Fragment) -> None:
    """The label "Photo not reproduced:" of each photo caption in a span of its own (class paper-photo-label)."""
    label = f"{PHOTO_NOT_REPRODUCED}:"
    for caption in page.css("p.photo-caption"):
        first = caption.first_child
        text = first.text_content if first is not None and first.is_text_node else ""
        if text and text.startswith(label):
            first.replace_with(text.removeprefix(label))
            caption.first_child.insert_before(page.create("span", {"class": "paper-photo-label"}, label))


def headings_up(page: Fragment) -> None:
    """h2 -> h1, h3 -> h2, ...: on paper a chapter's title is the top heading."""
    for heading in [each for each in page.elements() if HEADING.fullmatch(each.tag or "")]:
        renamed = page.rename(heading, f"h{max(1, int(heading.tag[1]) - 1)}")
        _priority_of(renamed)


def _priority_of(heading: Node) -> None:
    """A heading about a priority carries data-priority (as the screen's do), for its colour; its words stay
    as the report printed them ("Priority #1" is the Annex's own heading)."""
    found = PRIORITY_ID.search(heading.attributes.get("id") or "")
    if found and "data-priority" not in heading.attributes:
        heading.attrs["data-priority"] = found.group(1)


def acronyms_table(page: Fragment) -> None:
    """Mark the table of acronyms (its first column headed "Acronym") for paper.css. Its rows, headers and the
    sentence above it stay as the site has them: the printed report's own list first, in its order (by full
    name), so that the two editions give one list; a reviewer found the paper's sorted copy a second list."""
    for table in page.css("table"):
        header = table.css("thead th")
        if len(header) != 2 or header[0].text().strip() != ACRONYM or table.css_first("tbody") is None:
            continue
        table.attrs["class"] = f"{table.attributes.get('class') or ''} {ACRONYMS}".strip()


def _words(node: Node) -> str:
    return " ".join(node.text().split())


def _leaves_paper(link: Node, kept_keys: set[str]) -> bool:
    href = link.attributes.get("href") or ""
    if href.startswith("#"):
        return href[1:].split("--")[0] not in kept_keys
    return not href.startswith(("https://", "http://", "mailto:"))
