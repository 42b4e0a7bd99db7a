"""The project's one HTML reader and writer, over selectolax's lexbor parser.

HTML is read the way a browser reads it (the HTML standard's parsing rules), never
with regular expressions: quotes of any kind or none, `>` inside an attribute value,
upper-case names and comments are all what a browser says they are. print_page.py
rewrites pages with it, and the tests read the built site with it.

A node is selectolax's `LexborNode`: `.tag`, `.attributes` (a dict to read),
`.attrs` (to change: `node.attrs["id"] = "x"`, `del node.attrs["tabindex"]`),
`.css(selector)`, `.css_first(selector)` and `.text()`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

Node = LexborNode

# Elements a reader neither sees nor hears.
HIDDEN = frozenset({"script", "style", "noscript", "template"})


def document(text: str) -> Node:
    """A whole page, parsed: its <html> element (`.css_first("article")` finds its content)."""
    return LexborHTMLParser(text).root


class Fragment:
    """A piece of a page (e.g. an article's content) parsed on its own, to change and write back."""

    def __init__(self, text: str) -> None:
        self._tree = LexborHTMLParser(text, is_fragment=True)

    def elements(self) -> Iterator[Node]:
        """Every element, in document order (comments and text are not elements)."""
        root = self._tree.root
        return iter(()) if root is None else (node for node in root.traverse() if node.is_element_node)

    def css(self, selector: str) -> list[Node]:
        """The elements that match a CSS selector, in document order."""
        return self._tree.css(selector)

    def css_first(self, selector: str) -> Node | None:
        return self._tree.css_first(selector)

    def rename(self, element: Node, tag: str) -> Node:
        """Put an element named `tag` in element's place, with its attributes and content."""
        renamed = self._tree.create_node(tag)
        for name, value in element.attributes.items():
            renamed.attrs[name] = value or ""
        while (child := element.first_child) is not None:
            renamed.insert_child(child, move=True)
        element.replace_with(renamed, move=True)
        return renamed

    def create(self, tag: str, attributes: dict[str, str], inner_html: str = "") -> Node:
        """A new element (not yet in the page) with these attributes and this content (HTML)."""
        element = self._tree.create_node(tag)
        for name, value in attributes.items():
            element.attrs[name] = value
        if inner_html:
            element.inner_html = inner_html
        return element

    def append(self, inner_html: str) -> None:
        """Add HTML at the end of the fragment."""
        last = self._tree.root
        if last is None:
            self._tree = LexborHTMLParser(inner_html, is_fragment=True)
            return
        while last.next is not None:
            last = last.next
        for node in reversed(list(_nodes(LexborHTMLParser(inner_html, is_fragment=True)))):
            last.insert_after(node)

    def html(self) -> str:
        return self._tree.html or ""


def _nodes(parsed: LexborHTMLParser) -> Iterator[Node]:
    node = parsed.root
    while node is not None:
        yield node
        node = node.next


def elements(node: Node) -> Iterator[Node]:
    """The node and every element inside it, in document order."""
    return (each for each in node.traverse() if each.is_element_node)


def ids(node: Node) -> set[str]:
    """The ids of the node and of every element in it (and the names of <a name>, old-style anchors)."""
    found = {each.attributes.get("id") for each in elements(node)}
    found |= {each.attributes.get("name") for each in node.css("a[name]")}
    return {each for each in found if each}


def links(node: Node) -> list[tuple[str, str]]:
    """(href, text) of every link in the node, its text with white space collapsed."""
    return [(a.attributes.get("href") or "", " ".join(a.text().split())) for a in node.css("a[href]")]


def visible_text(
    node: Node,
    *,
    hidden: Iterable[str] = HIDDEN,
    line_tags: Iterable[str] = (),
    spoken: Iterable[str] = (),
    tag_gap: str = "",
) -> str:
    """The text a reader gets from the node.

    The text of `hidden` elements is left out; each of `line_tags` starts a new line; the
    values of `spoken` attributes (e.g. alt, aria-label: heard even on an <svg>) are read
    where they stand; `tag_gap` goes in at each tag's start and end (" " keeps the words
    of neighbouring cells apart).
    """
    reader = _Reader(frozenset(hidden), frozenset(line_tags), tuple(spoken), tag_gap)
    reader.read(node, shown=True)
    return "".join(reader.out)


class _Reader:
    def __init__(self, hidden: frozenset[str], line_tags: frozenset[str], spoken: tuple[str, ...], tag_gap: str):
        self.hidden, self.line_tags, self.spoken, self.tag_gap = hidden, line_tags, spoken, tag_gap
        self.out: list[str] = []

    def read(self, node: Node, shown: bool) -> None:
        for child in node.iter(include_text=True):
            if child.is_text_node:
                if shown:
                    self.out.append(child.text_content or "")
            elif child.is_element_node:
                self._element(child, shown and child.tag not in self.hidden)

    def _element(self, element: Node, shown: bool) -> None:
        if shown and element.tag in self.line_tags:
            self.out.append("\n")
        self.out.extend(f" {value} " for name, value in element.attributes.items() if name in self.spoken and value)
        self.out.append(self.tag_gap)
        self.read(element, shown)
        self.out.append(self.tag_gap)
