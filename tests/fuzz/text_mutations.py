"""Mutations of a file's text: bytes, indentation, YAML tags and aliases, and pages' macro calls.

These work on the file as typed (not on parsed values), where an editor's slip lands:
a stray NUL or invalid UTF-8, a line indented one space too far, a tag, an alias
bomb, an unquoted impossible date, a macro called with an id that does not exist.
"""

from __future__ import annotations

import re

from . import payloads
from .cases import Case, Chooser, Edit, Sources, short

VALUE_LINE = re.compile(rb"^(\s*(?:- )?[A-Za-z_]+:)[ \t]+(\S.*)$", re.MULTILINE)
MACRO_CALL = re.compile(rb"\{\{\s*(\w+)\((.*?)\)\s*\}\}")


def byte_level(ch: Chooser, sources: Sources) -> Case:
    """One change to a data file's bytes."""
    name = ch.pick(sources.data_files)
    text = sources.files[name]
    operation = ch.pick(tuple(BYTE_OPERATIONS))
    new, what = BYTE_OPERATIONS[operation](ch, text)
    return Case(f"bytes:{operation} {name} {what}", "bytes", (Edit(name, new),))


def _line_of(text: bytes, at: int) -> int:
    return text.count(b"\n", 0, at) + 1


def _insert(ch, text):
    at, chunk = ch.integer(0, len(text)), ch.pick(payloads.BYTES)
    return text[:at] + chunk + text[at:], f"insert {chunk!r} at line {_line_of(text, at)}"


def _delete(ch, text):
    at = ch.integer(0, max(len(text) - 1, 0))
    size = ch.pick((1, 2, 8, 64))
    return text[:at] + text[at + size :], f"delete {short(text[at : at + size], 30)} at line {_line_of(text, at)}"


def _replace(ch, text):
    at, chunk = ch.integer(0, max(len(text) - 1, 0)), ch.pick(payloads.BYTES)
    return text[:at] + chunk + text[
        at + 1 :
    ], f"replace {text[at : at + 1]!r} by {chunk!r} at line {_line_of(text, at)}"


def _indent(ch, text):
    lines = text.split(b"\n")
    index = ch.integer(0, len(lines) - 1)
    shift = ch.pick((b" ", b"  ", b"    ", b"\t", b"-1", b"-2", b"-all"))
    line = lines[index]
    if shift.startswith(b"-"):
        lines[index] = (
            line.lstrip(b" ")
            if shift == b"-all"
            else line[int(shift[1:]) :]
            if line.startswith(b" " * int(shift[1:]))
            else line
        )
    else:
        lines[index] = shift + line
    return b"\n".join(lines), f"indent line {index + 1} by {shift!r}"


def _value(ch, text):
    matches = list(VALUE_LINE.finditer(text))
    if not matches:
        return _insert(ch, text)
    match = ch.pick(matches)
    value = ch.pick(payloads.VALUES).encode()
    key = match.group(1)
    if ch.pick((False, False, True)):  # the key an editor would most likely type the value into
        key = re.sub(rb"[A-Za-z_]+:$", ch.pick((b"id:", b"date:", b"priority:", b"url:", b"members:")), key)
    new = text[: match.start()] + key + b" " + value + text[match.end() :]
    return new, f"line {_line_of(text, match.start())}: {(key + b' ' + value).decode().strip()}"


def _alias(ch, text):
    matches = list(VALUE_LINE.finditer(text))
    if len(matches) < 2:
        return _insert(ch, text)
    first, second = sorted((ch.pick(matches), ch.pick(matches)), key=lambda m: m.start())
    if first.start() == second.start():
        return text, "nothing (same line twice)"
    merge = ch.pick((False, True))
    target = b"<<: *a" if merge else second.group(1) + b" *a"
    indent = re.match(rb"\s*(?:- )?", second.group(1)).group(0) if merge else b""
    out = (
        text[: first.start()]
        + first.group(1)
        + b" &a "
        + first.group(2)
        + text[first.end() : second.start()]
        + indent
        + target
        + text[second.end() :]
    )
    return (
        out,
        f"alias: line {_line_of(text, first.start())} anchored, "
        f"line {_line_of(text, second.start())} {target.decode()}",
    )


def _bomb(ch, text):
    levels = ch.pick((3, 6, 9))
    lines = ['  b0: &b0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"  b{n}: &b{n} [{', '.join([f'*b{n - 1}'] * 9)}]" for n in range(1, levels)]
    return _append_entry(text, ["id: bomb", *lines]), f"alias bomb {levels} levels of 9"


def _recursive(ch, text):
    kind = ch.pick(("&r [*r]", "&r {a: *r}", "&r [[*r]]"))
    return _append_entry(text, ["id: loop", f"text: {kind}"]), f"recursive alias {kind}"


def _append_entry(text: bytes, fields: list[str]) -> bytes:
    """An entry added at the end: a list item for list files, a top-level key for report.yaml."""
    fields = [each.strip() for each in fields]
    if re.search(rb"^- ", text, re.MULTILINE):
        body = "- " + fields[0] + "\n" + "".join(f"  {each}\n" for each in fields[1:])
    else:
        body = "fuzz_entry:\n" + "".join(f"  {each}\n" for each in fields)
    return text.rstrip(b"\n") + b"\n" + body.encode()


def _encoding(ch, text):
    how = ch.pick(("crlf", "bom", "utf16", "latin1", "cr", "documents", "nul-end"))
    new = {
        "crlf": text.replace(b"\n", b"\r\n"),
        "bom": b"\xef\xbb\xbf" + text,
        "cr": text.replace(b"\n", b"\r"),
        "utf16": text.decode("utf-8").encode("utf-16"),
        "latin1": text.decode("utf-8").encode("latin-1", "replace"),
        "documents": text + b"\n---\n" + text,
        "nul-end": text + b"\x00",
    }[how]
    return new, how


BYTE_OPERATIONS = {
    "insert": _insert,
    "delete": _delete,
    "replace": _replace,
    "indent": _indent,
    "value": _value,
    "alias": _alias,
    "bomb": _bomb,
    "recursive": _recursive,
    "encoding": _encoding,
}


def macro_call(ch: Chooser, sources: Sources) -> Case:
    """A page's macro call with wrong arguments, or a wrong call added to a page."""
    pages = [name for name in sources.pages if MACRO_CALL.search(sources.files[name])]
    name = ch.pick(pages)
    text = sources.files[name]
    if ch.pick((True, False)):
        match = ch.pick(list(MACRO_CALL.finditer(text)))
        arguments = ch.pick(payloads.MACRO_ARGUMENTS).encode()
        call = b"{{ " + match.group(1) + b"(" + arguments + b") }}"
        new = text[: match.start()] + call + text[match.end() :]
        return Case(
            f"docs:arguments {name} line {_line_of(text, match.start())}: {call.decode()[:80]}",
            "docs",
            (Edit(name, new),),
        )
    lines = text.split(b"\n")
    at = ch.integer(0, len(lines))
    line = ch.pick(payloads.MACRO_LINES)
    new = b"\n".join(lines[:at] + [b"", line.encode(), b""] + lines[at:])
    return Case(f"docs:call {name} line {at + 2}: {line}", "docs", (Edit(name, new),))
