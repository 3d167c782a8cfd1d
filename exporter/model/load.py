"""Load a brief file: bytes → YAML → :class:`~exporter.model.brief.Brief`, or every problem with its line.

This is the only place that reads a brief's file.  It refuses what cannot be a brief before
parsing (too large, not UTF-8, empty), turns validation errors into ``file:line:col: path: message``
using the positions :mod:`exporter.source.yamlsource` recorded, and checks what a schema cannot:
that references point at sources that exist, that ids are unique.  What is suspicious but not
wrong (a placeholder left by ``brief draft``) travels as warnings on the loaded brief.  The
brief's faithfulness to the articles it links is checked one stage up, in :mod:`exporter.checks`.
"""

from __future__ import annotations

import dataclasses
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from exporter.model.brief import Brief, Ref, RelativeDate, Text
from exporter.model.locales import parse_locale
from exporter.source.diagnostics import (
    BriefError,
    FieldPath,
    NotUTF8,
    Problem,
    display_path,
    join_path,
    utf8_text,
)
from exporter.source.records import Invalid, validate, wire_items
from exporter.source.yamlsource import Located, YamlProblem, parse

MAX_BYTES = 2 * 1024 * 1024


@dataclass
class LoadedBrief:
    """A valid brief, the file it came from, where each of its texts stands in that file, and the
    warnings found while loading it (``--strict`` makes them errors)."""

    brief: Brief
    file: str
    located: Located
    text_paths: dict[int, FieldPath] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    folder: Path = field(default_factory=Path)   # where the brief's links are read from
    root: Path | None = None                     # what they may reach (default: ``folder``)

    def __post_init__(self) -> None:
        if not self.text_paths:
            _index_texts(self.brief, (), self.text_paths)

    def problem(self, path: FieldPath, message: str, warning: bool = False) -> Problem:
        """A problem located at the field ``path`` of this brief's file; an empty path is about the
        whole file (a missing catalog, say) and carries no line."""
        where = self.located.where(path) if path else None
        line, col = where if where else (None, None)
        return Problem(self.file, message, line, col, join_path(path), warning)

    def linked(self, name: str) -> Path:
        """The file a brief's link (a source's ``file:``, its ``convention:``) names, resolved
        against the brief's folder; :class:`OutsideRoot` when it leaves the boundary."""
        return linked_path(self.folder, name, self.root)

    def text_path(self, text: Text) -> FieldPath:
        """The field path a :class:`Text` object was read from (empty if unknown)."""
        return self.text_paths.get(id(text), ())



class OutsideRoot(ValueError):
    """A file a brief links that lies outside what the brief may read."""


def linked_path(folder: Path, name: str, root: Path | None = None) -> Path:
    """``name`` (a link written in a brief) resolved against the brief's ``folder``, symbolic
    links followed; :class:`OutsideRoot` unless it stays inside ``root`` (default: ``folder``).

    This is the boundary of what a brief may read: a brief comes from a contributor, the runner
    holds secrets, and a quote checked against any file would print that file's words."""
    boundary = Path(root if root is not None else folder).resolve()
    resolved = (Path(folder) / name).resolve()
    if not resolved.is_relative_to(boundary):
        where = "the folder given with --root" if root is not None else "the brief's folder"
        raise OutsideRoot(f"is outside {where} ({display_path(boundary)}): a brief may read only the files "
                          "under it (give a wider one with --root)")
    return resolved


def read_brief_file(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """The bytes of a brief file and its name as messages show it; :class:`BriefError` when it
    cannot be read, is not a regular file or is too large."""
    name = display_path(path)
    try:
        # Opened without waiting (a named pipe would block the open itself), then looked at.
        with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(info.st_mode):
                raise BriefError([Problem(name, "is not a regular file (a pipe, a device): save the brief as a file")])
            if info.st_size > max_bytes:
                raise BriefError([Problem(name, f"the file is {info.st_size:,} bytes; briefs are limited to "
                                                f"{max_bytes:,} bytes")])
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise BriefError([Problem(name, "no such file")]) from None
    except IsADirectoryError:
        raise BriefError([Problem(name, "is a folder, not a brief file")]) from None
    except OSError as exc:
        raise BriefError([Problem(name, f"cannot read the file: {exc.strerror or exc}")]) from None
    if len(raw) > max_bytes:
        raise BriefError([Problem(name, f"the file is larger than {max_bytes:,} bytes")])
    return raw, name


def parse_brief(raw: bytes, name: str = "<brief>") -> tuple[LoadedBrief, list[Problem]]:
    """A brief given as bytes, validated (``name`` is used in messages), with what its own text
    shows to be wrong: bad references and placeholders.  A file that is not a valid brief raises
    :class:`BriefError`; the articles its sources link are checked in :mod:`exporter.checks`."""
    try:
        text = utf8_text(raw)
    except NotUTF8 as exc:
        raise BriefError([Problem(name, "the file is not UTF-8 text (save it as UTF-8)", exc.line, exc.column)]) from None
    if "\x00" in text:
        at_line = text[: text.index("\x00")].count("\n") + 1
        raise BriefError([Problem(name, "the file contains NUL bytes: it is not a text file", at_line)])
    if not text.strip():
        raise BriefError([Problem(name, "the file is empty: a brief is a YAML mapping (see `brief new`)")])
    separator = _YAML_BREAK.search(text)
    if separator:  # YAML breaks the line there; an editor does not: every message after it would be off
        at = separator.start()
        at_line, column = text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
        raise BriefError([Problem(name, f"a U+{ord(separator.group()):04X} ({_BREAK_NAMES[separator.group()]}) in the "
                                        "text, which YAML reads as a line break: replace it with a space or a new line",
                                  at_line, column)])
    try:
        located = parse(text)
    except YamlProblem as exc:
        raise BriefError([Problem(name, exc.message, exc.line, exc.column, join_path(exc.path))]) from None
    if not isinstance(located.data, dict):
        what = "a list" if isinstance(located.data, list) else f"a single value ({type(located.data).__name__})"
        raise BriefError([Problem(name, f"the top level is {what}; a brief is a mapping of keys such as id:, routing:, summary:", 1, 1)])
    try:
        brief = validate(Brief, located.data)
    except Invalid as exc:
        problems = []
        for path, message in exc.errors:
            where = located.where(path)
            line, col = where if where else (None, None)
            problems.append(Problem(name, message, line, col, join_path(path)))
        problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise BriefError(problems) from None
    # Only the positions are kept: the plain data was a second copy of the brief.
    loaded = LoadedBrief(brief, name, Located(None, located.positions))
    return loaded, check_references(loaded) + check_placeholders(loaded)


def settle(loaded: LoadedBrief, problems: list[Problem]) -> LoadedBrief:
    """``loaded`` with ``problems``' warnings kept, in file order; :class:`BriefError` with the errors
    among them, if any."""
    errors = [p for p in problems if not p.warning]
    if errors:
        errors.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise BriefError(errors)
    loaded.warnings = sorted((p for p in problems if p.warning), key=lambda p: (p.line or 0, p.column or 0))
    return loaded


_BREAK_NAMES = {"\u2028": "line separator", "\u2029": "paragraph separator", "\x85": "next line"}
_YAML_BREAK = re.compile("[\u2028\u2029\x85]")


def check_references(loaded: LoadedBrief) -> list[Problem]:
    """What the schema cannot say: refs name existing sources, source ids are unique, an action
    memo has something to decide, the distribution list names each reader once in a language of
    the brief."""
    brief = loaded.brief
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for i, source in enumerate(brief.sources):
        if source.url:
            try:
                urlsplit(source.url)
            except ValueError as exc:
                problems.append(loaded.problem(("sources", i, "url"), f"not a usable address ({exc}): check it"))
        if source.id in seen:
            problems.append(loaded.problem(("sources", i, "id"), f"source id {source.id!r} is already used by sources[{seen[source.id]}]"))
        seen.setdefault(source.id, i)
    if len(set(brief.languages)) != len(brief.languages):
        problems.append(loaded.problem(("languages",), "a language is listed twice"))
    if brief.kind == "action" and not brief.recommendations:
        problems.append(loaded.problem(("kind",), "an action memo asks for a decision: add `recommendations:` "
                                                  "(at least one, such as \"That you approve …\")"))
    known = ", ".join(seen) or "none: add a sources: list"
    for path, ref in iter_refs(brief, ()):
        if ref.source not in seen:
            problems.append(loaded.problem(path + ("source",), f"no source with id {ref.source!r} (sources: {known})"))
    for i, figure in enumerate(brief.figures):
        if isinstance(figure.as_of, RelativeDate):
            here = ("figures", i, "as_of", "source")
            if figure.as_of.source not in seen:
                problems.append(loaded.problem(here, f"no source with id {figure.as_of.source!r} (sources: {known})"))
            elif brief.sources[seen[figure.as_of.source]].date is None:
                problems.append(loaded.problem(here, f"the source {figure.as_of.source!r} has no date: give it a "
                                                     "`date:`, or give the figure's date itself"))
    return problems + check_distribution(loaded)


def check_distribution(loaded: LoadedBrief) -> list[Problem]:
    """A distribution list names each reader once (addresses compared without regard to case),
    each in a language the brief is written in: a reader asking for another would get a memo of
    fallbacks.  A regional variant is its language (``en_GB`` for a brief in ``en``)."""
    from exporter.model.brief import same_language

    brief = loaded.brief
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for i, reader in enumerate(brief.distribution):
        key = reader.address.lower()
        if key in seen:
            problems.append(loaded.problem(("distribution", i, "address"),
                                           f"{reader.address} is already listed in distribution[{seen[key]}]"))
        seen.setdefault(key, i)
        if reader.language is None:
            continue
        try:
            parse_locale(reader.language)
        except BriefError as exc:
            problems.append(loaded.problem(("distribution", i, "language"), exc.problems[0].message))
            continue
        if not any(same_language(reader.language, lang) for lang in brief.languages):
            problems.append(loaded.problem(("distribution", i, "language"),
                                           f"the brief is not written in {reader.language} (languages: "
                                           f"{', '.join(brief.languages)})"))
    return problems


PLACEHOLDER = re.compile(r"\s*TODO\b")


def check_placeholders(loaded: LoadedBrief) -> list[Problem]:
    """Warnings for every text that still starts with ``TODO``: a placeholder ``brief draft``
    left for the analyst, which ``--strict`` (and so CI) refuses."""
    return [loaded.problem(path, "a placeholder left by `brief draft`: write it", warning=True)
            for path, text in iter_strings(loaded.brief, ()) if PLACEHOLDER.match(text)]






def walk(node: object, path: FieldPath) -> Iterator[tuple[FieldPath, object]]:
    """(field path, value) for every leaf of a brief (or a part of one): dataclasses, lists and
    mappings are walked, never yielded; a :class:`Text` and a :class:`Ref` are leaves. The one walk
    the brief's references, strings and texts are read by."""
    if isinstance(node, (Text, Ref)):
        yield path, node
    elif dataclasses.is_dataclass(node):
        for key, value in wire_items(node):
            yield from walk(value, path + (key,))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from walk(item, path + (i,))
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, path + (key,))
    else:
        yield path, node


def iter_refs(node: object, path: FieldPath) -> Iterator[tuple[FieldPath, Ref]]:
    """(field path, :class:`Ref`) for every reference in a brief (or a part of one)."""
    for at, value in walk(node, path):
        if isinstance(value, Ref):
            yield at, value


def iter_strings(node: object, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    """(field path, string) for every string a brief holds: each language of every text, quotes,
    names, keywords."""
    for at, value in walk(node, path):
        if isinstance(value, str):
            yield at, value
        elif isinstance(value, Text):
            if value.neutral is not None:
                yield at, value.neutral
            for lang, text in value.by_lang.items():
                yield at + (lang,), text


def _index_texts(node: object, path: FieldPath, out: dict[int, FieldPath]) -> None:
    out.update((id(value), at) for at, value in walk(node, path) if isinstance(value, Text))
