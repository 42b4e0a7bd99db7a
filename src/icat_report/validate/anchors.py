"""The anchors a page will have once built, read from its Markdown as the build makes them.

A link such as `told_in: year-in-review/survivors.md#hearing` must point at an id the
built page has, or the strict build fails. The ids come from explicit attribute lists
(`## Title { #id }`), from headings (Python-Markdown's toc slugify, numbered `_1`,
`_2` when repeated), from raw HTML `id` attributes and from photo captions. Fenced
code is skipped. What macros other than photo_caption add is not known here, so a
link to it is refused: `check` may be stricter than the build, never looser.
"""

from __future__ import annotations

import html
import re

from markdown.extensions.toc import slugify, unique

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
ATTR_LIST_END = re.compile(r"\s*\{:?([^{}]*)\}\s*$")
ATTR_ID = re.compile(r"\{:?[^{}\n]*?#([A-Za-z][\w-]*)[^{}\n]*\}")
HTML_ID = re.compile(r"""<[A-Za-z][^>]*?\s(?:id|name)\s*=\s*["']?([^"'\s>]+)""")
PHOTO_CAPTION = re.compile(r"""photo_caption\(\s*["']([^"']+)["']""")
# Inline markup that the toc drops before it makes a slug: links, code, emphasis, tags.
INLINE = (
    (re.compile(r"!?\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])"), r"\1"),
    (re.compile(r"`+"), ""),
    (re.compile(r"(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1"), r"\2"),
    (re.compile(r"<[^>]+>"), ""),
)


def page_anchors(text: str) -> set[str]:
    """Every id the built page will have that its Markdown (the page file's text) shows."""
    lines = _prose_lines(text)
    prose = "\n".join(lines)
    ids = set(ATTR_ID.findall(prose)) | set(HTML_ID.findall(prose))
    ids |= {f"photo-{photo_id}" for photo_id in PHOTO_CAPTION.findall(prose)}
    for line in lines:
        match = HEADING.match(line)
        if match and "{{" not in match.group(2) and not ATTR_ID.search(match.group(2)):
            unique(slugify(_heading_text(match.group(2)), "-"), ids)
    return ids


def _prose_lines(text: str) -> list[str]:
    """The page's lines without its front matter and fenced code (blank lines in their place)."""
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), 0)
        lines = [""] * (end + 1) + lines[end + 1 :]
    fence = None
    for index, line in enumerate(lines):
        match = FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)
            lines[index] = ""
        elif fence is not None:
            fence = None if line.strip().startswith(fence) else fence
            lines[index] = ""
    return lines


def _heading_text(text: str) -> str:
    text = ATTR_LIST_END.sub("", text)
    for pattern, replacement in INLINE:
        text = pattern.sub(replacement, text)
    return html.unescape(text)
