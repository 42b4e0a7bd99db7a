"""Cases drawn by Hypothesis (tests) or by a seeded generator (bench/fuzz.py), from the same mutations.

A case mixes the four families: structural changes and injections on parsed data,
byte-level changes to a data file, and wrong macro calls in a page. Sometimes two
mutations are stacked (in the same or different files).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hypothesis import strategies as st

from . import data_mutations, text_mutations
from .cases import Case, Chooser, RandomChooser, Sources, T

Mutation = Callable[[Chooser, Sources], Case]

# Weights: injections are the cases that get built (accepted), so they cost the most.
FAMILIES: tuple[Mutation, ...] = (
    data_mutations.structural,
    data_mutations.structural,
    data_mutations.structural,
    text_mutations.byte_level,
    text_mutations.byte_level,
    text_mutations.byte_level,
    data_mutations.injection,
    data_mutations.injection,
    data_mutations.injection,
    text_mutations.macro_call,
)


def make_case(ch: Chooser, sources: Sources) -> Case:
    """One case; one time in eight, two mutations stacked."""
    first = ch.pick(FAMILIES)(ch, sources)
    if ch.integer(0, 7):
        return first
    second = ch.pick(FAMILIES)(ch, _after(first, sources))
    return Case(f"{first.label} + {second.label}", f"{first.family}+{second.family}", first.edits + second.edits)


def _after(case: Case, sources: Sources) -> Sources:
    """The sources as the first mutation left them (a file it broke is mutated as text only)."""
    files = dict(sources.files)
    parsed = dict(sources.parsed)
    for edit in case.edits:
        if edit.new is not None:
            files[edit.path] = edit.new
            parsed.pop(edit.path, None)
    return _Partial(files, parsed)


class _Partial(Sources):
    @property
    def data_files(self) -> list[str]:
        return [name for name in self.files if name in self.parsed]


class DrawChooser:
    """Choices drawn by Hypothesis, so that a failing case shrinks and replays."""

    def __init__(self, draw) -> None:
        self._draw = draw

    def pick(self, options: Sequence[T]) -> T:
        return self._draw(st.sampled_from(options))

    def integer(self, low: int, high: int) -> int:
        return self._draw(st.integers(min_value=low, max_value=high))


def cases(sources: Sources) -> st.SearchStrategy[Case]:
    """Hypothesis strategy of cases over these sources."""

    @st.composite
    def draw_case(draw) -> Case:
        return make_case(DrawChooser(draw), sources)

    return draw_case()


def random_case(seed: int, sources: Sources) -> Case:
    """The case of this seed: bench/fuzz.py replays a finding from its seed."""
    case = make_case(RandomChooser(seed), sources)
    return Case(f"[seed {seed}] {case.label}", case.family, case.edits)
