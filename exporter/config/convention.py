"""Conventions: the structure, header, labels, closing lines and marking scheme a memo's readers expect.

A convention is data (``exporter/conventions/<name>.toml``, or any TOML file): which page-1 head
and closing lines it uses, which sections an information or an action memo has and in what order,
the label of each, how references cite a paragraph, which marking scheme a bare level such as
``confidential`` belongs to, and what it fixes of the page (a State memo is Letter, one-inch
margins, 14 pt).  The layout's section builders do the work; a convention only orders and names
them, so adding a convention is adding a file.

Labels are gettext message ids, translated by the catalogs in the *context* of the convention that
defines them (``msgctxt "fr-diplomatie"``): the same English words may need other French ones in
another convention.  A convention may ``extend`` another and override what it needs; inherited
labels keep their own context.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol, TypeAlias

from exporter.model.markings import schemes
from exporter.resources import PACKAGE
from exporter.source import tomlfile
from exporter.source.characters import control_character
from exporter.source.diagnostics import BriefError, FieldPath, Problem
from exporter.source.records import Checked, record, spec

if TYPE_CHECKING:
    from exporter.config.style import Style

DEFAULT_CONVENTION = "bilingual"
Kind = Literal["information", "action"]


def _mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("expected a table of style sections, such as page = { paper = \"Letter\" }")
    return value


if TYPE_CHECKING:
    Mapping: TypeAlias = dict[str, Any]
else:
    Mapping = Checked("Mapping", _mapping, {"type": "object"})


@record
class Sections:
    """The sections of each kind of memo, in order (names of the layout's section builders)."""

    information: list[str] = spec(factory=list)
    action: list[str] = spec(factory=list)


@record
class ConventionFile:
    """What a convention file holds; everything but ``name`` may be inherited through ``extends``."""

    name: str = spec("The convention's name, as --convention takes it.")
    description: str = spec(default="")
    extends: str | None = spec("A convention this one starts from.", default=None)
    sources: list[str] = spec("What the convention follows (documentation).", factory=list)
    header: Literal["routing", "state", "french-note"] | None = spec("The page-1 head.", default=None)
    closing: Literal["line", "state", "french-note"] | None = spec("The closing lines.", default=None)
    paragraph_mark: dict[str, str] | None = spec(
        "How a reference cites a paragraph, by the memo's language: en = \"¶\" (§ otherwise).", default=None)
    scheme: str | None = spec("The marking scheme a bare level (confidential) belongs to.", default=None)
    require_marking: bool | None = spec("Warn when the brief has no marking.", default=None)
    place: str | None = spec("The place in the dateline (Paris, le …).", default=None)
    decision: list[Literal["approve", "disapprove", "discuss"]] | None = spec(
        "The options of a decision block, in order.", default=None)
    decision_lines: Literal["options", "below"] | None = spec(
        "What the principal writes under the boxes (one affordance per option: its box): a date "
        "line only (options: the box ticked is the initialled choice, as at State), or initials "
        "and date lines (below).", default=None)
    number_sections: bool | None = spec("Number the body's sections (1. Principaux acteurs).", default=None)
    portion_marks: bool | None = spec("Mark each paragraph with its level, (U) or (SBU), as State does.",
                                      default=None)
    sections: Sections | None = spec(default=None)
    labels: dict[str, str] = spec("Label keys → message ids (English), translated by the catalogs.",
                                  factory=dict)
    style: Mapping | None = spec("What the convention fixes of the style: sections of a style file, "
                                 "such as page = { paper = \"Letter\" }.", default=None)
    spellings: Mapping | None = spec("House spellings by language, whole words: en = { al-Qaeda = \"al-Qaida\" }.",
                                     default=None)
    gpo: bool | None = spec("English text writes US as the GPO Style Manual does: U.S. before a noun, "
                            "United States as a noun.", default=None)
    page_limit: dict[Kind, int] | None = spec(
        "Pages a memo of each kind keeps to: action = 2 (a warning past it, counted in the PDF).", default=None)
    schemes: list[str] | None = spec("The marking schemes its administration uses: a marking of another warns "
                                     "(all schemes when absent).", default=None)
    banner: Literal["band", "text"] | None = spec(
        "How a scheme's marking prints: on a band of its colour (band), or in the text's colour, in "
        "centred capitals (text: as State memos show it).", default=None)
    bluf_lines: int | None = spec("Lines the summary (BLUF) of the head keeps to: 4 (a warning past it).",
                                  default=None, ge=1)


@dataclass(frozen=True)
class Convention:
    """A resolved convention: inheritance applied, every label with the context that translates it."""

    name: str
    description: str
    sources: tuple[str, ...]
    header: str
    closing: str
    paragraph_mark: dict[str, str]  # memo language → mark; § where none is given
    scheme: str | None
    require_marking: bool
    place: str | None
    decision: tuple[str, ...]
    decision_lines: str
    number_sections: bool
    portion_marks: bool
    sections: dict[str, tuple[str, ...]]
    labels: dict[str, tuple[str, str]]  # key → (context, msgid)
    style: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = field(default=())
    spellings: dict[str, dict[str, str]] = field(default_factory=dict)  # language → word → spelling
    gpo: bool = False
    page_limit: dict[Kind, int] = field(default_factory=dict)  # kind → pages
    bluf_lines: int | None = None
    schemes: tuple[str, ...] = ()  # the schemes its administration uses; () for any
    banner: str = "band"  # "text": a scheme's words in the text's colour, no band

    def label(self, key: str) -> tuple[str, str]:
        """(context, msgid) of a label key."""
        return self.labels[key]

    def apply(self, style: Style) -> Style:
        """``style`` with what this convention fixes (paper, margins, sizes)."""
        return _apply(style, self.style) if self.style else style


def conventions_dir() -> Path:
    """The shipped conventions (``*.toml``)."""
    return PACKAGE / "conventions"


def available_conventions() -> list[str]:
    """Names of the shipped conventions."""
    return sorted(p.stem for p in conventions_dir().glob("*.toml"))


class Parts(Protocol):
    """What a layout can build, for checking a convention against it: the names of its sections,
    and the label keys a convention's head, sections and closing use.  The layout passes its own
    (:func:`exporter.layout.load_convention`), so this stage never imports the one above it."""

    @property
    def sections(self) -> Collection[str]: ...

    def labels_needed(self, convention: Convention) -> set[str]: ...

    def __hash__(self) -> int: ...  # the check of a convention against them is cached


def read_convention(name_or_path: str | None, parts: Parts, root: str | Path | None = None) -> Convention:
    """A shipped convention by name, or a TOML file by path, checked against the ``parts`` a layout
    can build; raise :class:`BriefError` on a bad one.  ``root``, for a file a brief names: the
    folder its ``extends`` chain must stay in.  A file edited since it was last read (``brief
    watch`` runs for hours) is read again, and so is a convention whose ``extends`` chain was."""
    path = str(tomlfile.locate(name_or_path or DEFAULT_CONVENTION, conventions_dir(), "convention"))
    convention, files = _resolved(path, (), None if root is None else str(Path(root).resolve()))
    _check_parts(path, parts, files)
    return convention


def convention_files(name_or_path: str, root: str | Path | None = None) -> list[Path]:
    """The files a convention is read from: its own and those of its ``extends`` chain, as far as
    they can be read (``brief watch`` rebuilds when one of them is saved)."""
    path = tomlfile.locate(name_or_path, conventions_dir(), "convention")
    try:
        _, files = _resolved(str(path), (), None if root is None else str(Path(root).resolve()))
    except BriefError:
        return [path]
    return [Path(name) for name, _ in files]


MAX_EXTENDS = 16  # a chain of conventions deeper than this is a loop or a mistake

# The files a resolved convention was read from, each with its bytes at that time (None: unreadable).
Files: TypeAlias = "tuple[tuple[str, bytes | None], ...]"
@lru_cache(maxsize=64)
def _check_parts(path: str, parts: Parts, files: Files) -> None:
    """``files``: the convention as read, so that an edited one is checked again."""
    convention, _ = _resolved(path)
    _, text, shown = _read(path)
    problems = []
    for kind, names in convention.sections.items():
        for name in names:
            if name not in parts.sections:
                problems.append(tomlfile.problem(text, shown, ("sections", kind),
                                                 f"unknown section {name!r}; sections: {', '.join(parts.sections)}"))
    missing = sorted(parts.labels_needed(convention) - set(convention.labels))
    if missing:
        problems.append(tomlfile.problem(text, shown, ("labels",), f"labels missing: {', '.join(missing)}"))
    if problems:
        raise BriefError(problems)


def _read(path: str) -> tuple[ConventionFile, str, str]:
    """A convention file, parsed and checked: parsed again only once its bytes have changed."""
    return _parsed(path, tomlfile.current(path))


@lru_cache(maxsize=64)
def _parsed(path: str, data: bytes | None) -> tuple[ConventionFile, str, str]:
    shown = Path(path).name if Path(path).parent == conventions_dir() else path
    text, values = tomlfile.read(Path(path), shown) if data is None else tomlfile.parse(data, shown)
    return tomlfile.checked(ConventionFile, values, text, shown), text, shown


# (path, seen, root) → the convention resolved, and the files it was read from with their bytes:
# an entry holds while none of those files has changed (``brief watch`` runs for hours).
_RESOLVED: dict[tuple[str, tuple[str, ...], str | None], tuple[Convention, Files]] = {}


def _resolved(path: str, seen: tuple[str, ...] = (), root: str | None = None) -> tuple[Convention, Files]:
    key = (path, seen, root)
    held = _RESOLVED.get(key)
    if held is not None and all(tomlfile.current(name) == data for name, data in held[1]):
        return held
    _RESOLVED[key] = made = _resolve(path, seen, root)
    return made


def _resolve(path: str, seen: tuple[str, ...], root: str | None) -> tuple[Convention, Files]:
    data = tomlfile.current(path)
    own, text, shown = _parsed(path, data)
    files: Files = ((path, data),)
    if own.extends:
        def refuse(message: str) -> BriefError:
            return BriefError([tomlfile.problem(text, shown, ("extends",), message)])

        if not tomlfile.names_file(own.extends):
            base_path = conventions_dir() / f"{own.extends}.toml"
        else:  # a file, beside this one
            base_path = (Path(path).parent / own.extends).resolve()
            if root is not None and not base_path.is_relative_to(root):
                raise refuse(f"{own.extends!r} is outside the folder the brief may read")
        if not base_path.is_file():
            raise refuse(f"no such convention {own.extends!r}")
        chain = seen + (path,)
        if str(base_path) in chain:
            raise refuse(f"{own.extends!r} extends itself (through {' → '.join(Path(p).name for p in chain)})")
        if len(chain) > MAX_EXTENDS:
            raise refuse(f"a chain of more than {MAX_EXTENDS} conventions extending each other")
        base, inherited = _resolved(str(base_path), chain, root)
        files += inherited
    else:
        base = None
    labels = dict(base.labels) if base else {}
    labels.update({key: (own.name, msgid) for key, msgid in own.labels.items()})
    sections: dict[str, tuple[str, ...]] = dict(base.sections) if base else {"information": (), "action": ()}
    if own.sections is not None:
        sections = {"information": tuple(own.sections.information), "action": tuple(own.sections.action)}
    style = _merge(dict(base.style) if base else {}, own.style or {})
    spellings = _merge(base.spellings if base else {}, own.spellings or {})

    def pick(name: str, default: Any) -> Any:
        value = getattr(own, name)
        if value is not None:
            return value
        return getattr(base, name) if base else default

    convention = Convention(
        name=own.name, description=own.description or (base.description if base else ""),
        sources=tuple(own.sources) or (base.sources if base else ()),
        header=pick("header", "routing"), closing=pick("closing", "line"),
        paragraph_mark=pick("paragraph_mark", {}), scheme=pick("scheme", None),
        require_marking=pick("require_marking", False), place=pick("place", None),
        decision=tuple(pick("decision", ("approve", "disapprove", "discuss"))),
        decision_lines=pick("decision_lines", "below"), number_sections=pick("number_sections", False),
        portion_marks=pick("portion_marks", False),
        sections=sections, labels=labels,
        style=tuple((k, tuple(v.items())) for k, v in style.items()),
        spellings=spellings, gpo=pick("gpo", False),
        page_limit={**(base.page_limit if base else {}), **(own.page_limit or {})},  # per kind, as inherited
        bluf_lines=pick("bluf_lines", None), schemes=tuple(pick("schemes", ()) or ()),
        banner=pick("banner", "band"),
    )
    _check(convention, text, shown)
    return convention, files


def _merge(base: dict[str, Any], own: dict[str, Any]) -> dict[str, dict[str, Any]]:
    merged = {k: dict(v) for k, v in base.items()}
    for section, values in own.items():
        merged.setdefault(section, {}).update(values if isinstance(values, dict) else {})
    return merged


def _check(convention: Convention, text: str, shown: str) -> None:
    """What a record cannot say: a scheme that exists, printed texts without control characters,
    a style override that makes a valid style (the sections and labels a layout knows are checked
    by :func:`read_convention`)."""
    problems = []
    for lang, table in convention.spellings.items():
        if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
            problems.append(tomlfile.problem(text, shown, ("spellings", lang),
                                             "expected words and their spellings, such as US = \"U.S.\""))
    for path, value in _printed(convention):
        found = control_character(value)
        if found:
            problems.append(tomlfile.problem(text, shown, path, f"control character U+{ord(found):04X} in a text the memo prints"))
    for kind, pages in convention.page_limit.items():
        if pages < 1:
            problems.append(tomlfile.problem(text, shown, ("page_limit", kind), f"expected at least one page, not {pages}"))
    for name in convention.schemes:
        if name not in schemes():
            problems.append(tomlfile.problem(text, shown, ("schemes",), f"unknown marking scheme {name!r}"))
    if convention.scheme is not None and convention.scheme not in schemes():
        problems.append(tomlfile.problem(text, shown, ("scheme",), f"unknown marking scheme {convention.scheme!r}"))
    if problems:
        raise BriefError(problems)
    if convention.style:
        from exporter.config.style import load_style

        try:
            convention.apply(load_style(None))
        except BriefError as exc:
            raise BriefError([tomlfile.problem(text, shown, ("style",) + tuple(p.path.split(".")), p.message)
                              for p in exc.problems]) from None


def _printed(convention: Convention) -> Iterator[tuple[FieldPath, str]]:
    """(path, text) of what a convention puts on the page as it is written: labels (msgids, when a
    catalog has no translation), paragraph marks, the dateline's place, house spellings.  The
    brief's own text is cleaned in ``localize``; these are checked once, here."""
    for key, (_, msgid) in convention.labels.items():
        yield ("labels", key), msgid
    for lang, mark in convention.paragraph_mark.items():
        yield ("paragraph_mark", lang), mark
    if convention.place:
        yield ("place",), convention.place
    for lang, table in convention.spellings.items():
        for word, spelling in (table.items() if isinstance(table, dict) else ()):
            yield ("spellings", lang, word), f"{word}{spelling}"


@cache
def _apply(style: Style, overrides: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]) -> Style:
    from exporter.config.style import Style
    from exporter.source.records import Invalid, validate

    data = _as_data(style)
    for section, values in overrides:
        if section not in data or not isinstance(data[section], dict):
            raise BriefError([Problem("convention", f"no style section {section!r}", path=section)])
        data[section].update(dict(values))
    try:
        return validate(Style, data)
    except Invalid as exc:
        from exporter.source.diagnostics import join_path

        raise BriefError([Problem("convention", message, path=join_path(path)) for path, message in exc.errors]) from None


def _as_data(record: object) -> Any:
    import dataclasses

    if dataclasses.is_dataclass(record):
        return {f.name: _as_data(getattr(record, f.name)) for f in dataclasses.fields(record)}
    return record


def extract(fileobj: IO[bytes], keywords: object, comment_tags: object,
            options: object) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """A babel extractor for convention files: every label, with the convention as its context
    (``pybabel extract`` reads ``babel.cfg``)."""
    text = fileobj.read().decode("utf-8")
    data = tomllib.loads(text)
    context = data.get("name", "")
    lines = text.splitlines()
    for key, msgid in data.get("labels", {}).items():
        lineno = next((n for n, line in enumerate(lines, 1) if line.strip().startswith(f"{key} =")), 0)
        yield lineno, "pgettext", (context, msgid), [f"label {key}"]
