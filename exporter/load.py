"""Load a brief file: bytes → YAML → :class:`~exporter.model.Brief`, or every problem with its line.

This is the only place that touches a brief's file.  It refuses what cannot be a brief before
parsing (too large, not UTF-8, empty), turns pydantic's errors into ``file:line:col: path: message``
using the positions :mod:`exporter.yamlsource` recorded, and checks what a schema cannot: that
references point at sources that exist, and that ids are unique.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from exporter.diagnostics import BriefError, Problem, join_path
from exporter.model import Brief, Text
from exporter.yamlsource import Located, YamlProblem, parse

MAX_BYTES = 2 * 1024 * 1024


@dataclass
class LoadedBrief:
    """A valid brief, the file it came from, and where each of its texts stands in that file."""

    brief: Brief
    file: str
    located: Located
    text_paths: dict[int, tuple] = field(default_factory=dict)

    def problem(self, path: tuple, message: str, warning: bool = False) -> Problem:
        """A problem located at the field ``path`` of this brief's file."""
        where = self.located.where(path)
        line, col = where if where else (None, None)
        return Problem(self.file, message, line, col, join_path(path), warning)

    def text_path(self, text: Text) -> tuple:
        """The field path a :class:`Text` object was read from (empty if unknown)."""
        return self.text_paths.get(id(text), ())


def display_path(path: str | os.PathLike) -> str:
    """A path as the user should see it: relative to the working folder when inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(p)


def load_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> LoadedBrief:
    """Read and validate one brief; raise :class:`BriefError` with every problem found."""
    name = display_path(path)
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise BriefError([Problem(name, f"the file is {size:,} bytes; briefs are limited to {max_bytes:,} bytes")])
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise BriefError([Problem(name, "no such file")]) from None
    except IsADirectoryError:
        raise BriefError([Problem(name, "is a folder, not a brief file")]) from None
    except OSError as exc:
        raise BriefError([Problem(name, f"cannot read the file: {exc.strerror or exc}")]) from None
    if len(raw) > max_bytes:
        raise BriefError([Problem(name, f"the file is larger than {max_bytes:,} bytes")])
    return load_bytes(raw, name)


def load_bytes(raw: bytes, name: str = "<brief>") -> LoadedBrief:
    """Validate a brief given as bytes (``name`` is used in messages)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise BriefError([Problem(name, "the file is not UTF-8 text (save it as UTF-8)", line, col)]) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise BriefError([Problem(name, "the file contains NUL bytes: it is not a text file", line)])
    if not text.strip():
        raise BriefError([Problem(name, "the file is empty: a brief is a YAML mapping (see `brief new`)")])
    try:
        located = parse(text)
    except YamlProblem as exc:
        raise BriefError([Problem(name, exc.message, exc.line, exc.column, join_path(exc.path))]) from None
    if not isinstance(located.data, dict):
        what = "a list" if isinstance(located.data, list) else f"a single value ({type(located.data).__name__})"
        raise BriefError([Problem(name, f"the top level is {what}; a brief is a mapping of keys such as id:, routing:, summary:", 1, 1)])
    try:
        brief = Brief.model_validate(located.data)
    except ValidationError as exc:
        problems = [_problem(name, located, err) for err in exc.errors()]
        problems.sort(key=lambda p: (p.line or 0, p.column or 0))
        raise BriefError(problems) from None
    loaded = LoadedBrief(brief, name, located)
    _index_texts(brief, (), loaded.text_paths)
    problems = check_references(loaded)
    if problems:
        raise BriefError(problems)
    return loaded


def check_references(loaded: LoadedBrief) -> list[Problem]:
    """What the schema cannot say: refs name existing sources, source ids are unique."""
    brief = loaded.brief
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for i, source in enumerate(brief.sources):
        if source.id in seen:
            problems.append(loaded.problem(("sources", i, "id"), f"source id {source.id!r} is already used by sources[{seen[source.id]}]"))
        seen.setdefault(source.id, i)
    if len(set(brief.languages)) != len(brief.languages):
        problems.append(loaded.problem(("languages",), "a language is listed twice"))
    for path, ref in _iter_refs(brief, ()):
        if ref.source not in seen:
            known = ", ".join(seen) or "none: add a sources: list"
            problems.append(loaded.problem(path + ("source",), f"no source with id {ref.source!r} (sources: {known})"))
    return problems


def _iter_refs(node, path):
    from exporter.model import Ref

    if isinstance(node, Ref):
        yield path, node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _iter_refs(getattr(node, name), path + (_alias(node, name),))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _iter_refs(item, path + (i,))


def _alias(model: BaseModel, name: str) -> str:
    info = type(model).model_fields[name]
    return info.alias or name


def _index_texts(node, path: tuple, out: dict[int, tuple]) -> None:
    if isinstance(node, Text):
        out[id(node)] = path
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            _index_texts(getattr(node, name), path + (_alias(node, name),), out)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            _index_texts(item, path + (i,), out)


_FRIENDLY = {
    "missing": "required, but missing",
    "date_from_datetime_parsing": "expected a date written YYYY-MM-DD, such as 2023-12-14",
    "date_type": "expected a date written YYYY-MM-DD, such as 2023-12-14",
    "date_parsing": "expected a date written YYYY-MM-DD, such as 2023-12-14",
    "date_from_datetime_inexact": "expected a date without a time, such as 2023-12-14",
    "list_type": "expected a list (lines starting with '- ')",
    "model_type": "expected a mapping of keys",
    "model_attributes_type": "expected a mapping of keys",
    "dict_type": "expected a mapping of keys",
    "string_type": "expected a string",
    "bool_type": "expected true or false",
}


def _problem(name: str, located: Located, err: dict) -> Problem:
    loc = tuple(err["loc"])
    kind = err["type"]
    message = err["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    if kind == "extra_forbidden":
        import difflib

        model_fields = _fields_at(loc[:-1])
        message = f"unknown key {loc[-1]!r}"
        close = difflib.get_close_matches(str(loc[-1]), model_fields, n=1)
        if close:
            message += f" (did you mean {close[0]!r}?)"
        elif model_fields:
            message += f" (known keys: {', '.join(model_fields)})"
    elif kind == "string_pattern_mismatch":
        pattern = (err.get("ctx") or {}).get("pattern", "")
        if "a-z0-9" in pattern:
            message = f"{err['input']!r} is not a valid id: use lower-case letters, digits, - and _ (such as niger-us-cooperation)"
        else:
            message = f"{err['input']!r} is not a language code (such as fr, en, en_GB)"
    elif kind in _FRIENDLY:
        message = _FRIENDLY[kind]
        if kind.startswith("date") and "input" in err and not isinstance(err["input"], dict):
            message += f", not {err['input']!r}"
    elif kind == "literal_error":
        message = f"{err['input']!r} is not one of {err['ctx']['expected']}"
    elif kind == "too_short" and loc and loc[-1] == "languages":
        message = "list at least one language, such as [fr, en]"
    where = located.where(loc)
    line, col = where if where else (None, None)
    return Problem(name, message, line, col, join_path(loc))


def _fields_at(loc: tuple) -> list[str]:
    """The keys a mapping at ``loc`` accepts, for suggestions on unknown keys."""
    model: type[BaseModel] | None = Brief
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        info = model.model_fields.get(part) or next(
            (f for f in model.model_fields.values() if f.alias == part), None
        )
        model = _model_of(info.annotation) if info else None
    if model is None:
        return []
    return [f.alias or n for n, f in model.model_fields.items()]


def _model_of(annotation) -> type[BaseModel] | None:
    import typing

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_of(arg)
        if found:
            return found
    return None
