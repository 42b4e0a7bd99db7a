"""Broken YAML always gets a sentence at a line of the file, never a traceback: the real data files,
mutated the ways a hand slips (a tab, a space more or less, a stray quote, colon, dash or bracket, a
deleted character), read as the check reads them. The exact sentences are in validation_cases/syntax.py."""

from __future__ import annotations

import random

from icat_report.source.yaml_reader import read_source

from projects import EDITION

DATA = EDITION / "data"  # slips of the 2021 edition's files: an edit of data/ cannot fail these

SLIPS = ["\t", " ", "  ", '"', "'", ":", "-", "[", "]", "{", "}", "*", "&", "!", "|", ">", "#", "\n", "\\", "@", "`"]
PARSER_WORDS = ("<block end>", "<block mapping start>", "cannot start any token", "mapping values are not allowed")


def _slipped(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(text))
        choice = rng.random()
        if choice < 0.5:
            text = text[:at] + rng.choice(SLIPS) + text[at:]
        elif choice < 0.8:
            text = text[:at] + text[at + rng.randint(1, 3) :]
        else:
            start = text.rfind("\n", 0, at) + 1
            text = text[:start] + rng.choice(["", " ", "   ", "\t"]) + text[start:].lstrip(" ")
    return text


def test_every_slip_gets_a_sentence_at_a_line_of_the_file(tmp_path):
    rng = random.Random(2021)
    files = {path.name: path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.yaml"))}
    refused = 0
    for number in range(600):
        name = rng.choice(sorted(files))
        text = _slipped(files[name], rng)
        path = tmp_path / f"{number}-{name}"
        path.write_text(text, encoding="utf-8")
        source, problems = read_source(path, f"data/{name}")
        if source.data is not None:
            continue
        refused += 1
        lines = text.count("\n") + 1
        for problem in problems:
            assert 1 <= problem.line <= lines and problem.column >= 1, (text, problem)
            fallback = problem.message.startswith("YAML cannot read the file from here")
            assert fallback or not any(words in problem.message for words in PARSER_WORDS), problem
    assert refused > 200  # the slips do break the files: the test reads broken YAML
