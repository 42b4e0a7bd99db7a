"""The Markdown text fields of the data: their link and footnote ids exist, their links are safe.

Text from the data writes a link as `[words][link-id]` (the address kept in
data/links.yaml) and a footnote as `[^footnote-id]`; an inline link target or an
autolink could carry any scheme, so it is refused here.
"""

from __future__ import annotations

from ..model.files import DATA_FILES
from ..problems import Problem, did_you_mean
from ..text.markdown_text import find_footnote_refs, find_link_refs, find_unsafe_links
from .placed import Placed, Sources


def problems(sources: Sources, placed: dict[str, list[Placed]]) -> list[Problem]:
    found = []
    for spec in DATA_FILES:
        for entry in placed[spec.name]:
            for pattern in spec.text_fields:
                for location, text in entry.values(pattern):
                    found += [entry.problem(location, sentence) for sentence in text_sentences(sources, text)]
    return found


def text_sentences(sources: Sources, text: str) -> list[str]:
    """What is wrong with one text: unknown link and footnote ids, unsafe link targets."""
    links, footnotes = sources.defined("links.yaml"), sources.defined("footnotes.yaml")
    sentences = []
    for link_id in find_link_refs(text):
        if links is not None and link_id not in links:
            sentences.append(f"link '{link_id}' is not defined in {_where(sources, 'links.yaml', link_id, links)}")
    for footnote_id in find_footnote_refs(text):
        if footnotes is not None and footnote_id not in footnotes:
            where = _where(sources, "footnotes.yaml", footnote_id, footnotes)
            sentences.append(f"footnote '{footnote_id}' is not defined in {where}")
    for target in find_unsafe_links(text):
        sentences.append(
            f"the link target '{target}' is not allowed: put the address in {sources.where('links.yaml')} "
            "(https:// or http:// only) and write [words][link-id]"
        )
    return sentences


def _where(sources: Sources, file: str, ident: str, known: set) -> str:
    """The file, and the nearest id, or else what to do (as references.py says it)."""
    where = sources.where(file)
    return where + (did_you_mean(ident, known) or f"; add it to {where}, or use one of the ids there")
