"""House styles: fonts, sizes, colours, margins and paper, read from ``styles/*.toml``.

Both renderers read the same :class:`Style`, so a memo looks alike in DOCX and PDF.  ``--style``
takes a shipped style's name (``formal``, ``plain``) or a path to a TOML file; a bad file gets
``file:line: message``.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from dataclasses import dataclass
from typing import Literal

from exporter.diagnostics import BriefError, Problem, join_path
from exporter.fonts import FAMILIES
from exporter.records import Invalid, pattern_type, spec, validate
from exporter.resources import styles_dir

DEFAULT_STYLE = "formal"
Colour = pattern_type("Colour", r"^#[0-9a-fA-F]{6}$", "{value!r} is not a colour written #rrggbb", "A colour, #rrggbb.")
section = dataclass(frozen=True, slots=True)


def _points(description: str = ""):
    return spec(description or "Points.", gt=2, le=72)


def _mm(description: str = ""):
    return spec(description or "Millimetres.", ge=5, le=60)


@section
class Fonts:
    """Font families (shipped in exporter/fonts)."""

    body: str = spec("Family of the text.")
    heading: str = spec("Family of headings, the kind of memo and the marking.")


@section
class Sizes:
    """Font sizes in points."""

    body: float = _points()
    small: float = _points("Footer, attribution, drafting line.")
    table: float = _points()
    kind: float = _points("INFORMATION MEMO / NOTE.")
    heading: float = _points()
    marking: float = _points()


@section
class Colours:
    """Colours, #rrggbb."""

    text: Colour = spec()
    heading: Colour = spec()
    rule: Colour = spec()
    link: Colour = spec()
    muted: Colour = spec()
    table_header: Colour = spec()
    table_border: Colour = spec()


@section
class Markings:
    """The colour of the handling marking, by level; `other` for free text."""

    unclassified: Colour = spec()
    restricted: Colour = spec()
    confidential: Colour = spec()
    secret: Colour = spec()
    other: Colour = spec()


@section
class Page:
    """Paper and margins (millimetres)."""

    margin_top: float = _mm()
    margin_bottom: float = _mm()
    margin_left: float = _mm()
    margin_right: float = _mm()
    paper: Literal["auto", "A4", "Letter"] = spec("auto: Letter for en_US, A4 elsewhere.", default="auto")


@section
class Spacing:
    """Line height (a multiple of the size) and space around paragraphs and headings (points)."""

    line: float = spec(ge=1.0, le=3.0)
    paragraph_after: float = spec(ge=0, le=48)
    heading_before: float = spec(ge=0, le=72)
    heading_after: float = spec(ge=0, le=48)


@section
class Style:
    """A house style; every renderer reads only this."""

    name: str = spec()
    font: Fonts = spec()
    size: Sizes = spec()
    color: Colours = spec()
    marking: Markings = spec()
    page: Page = spec()
    spacing: Spacing = spec()

    def paper_for(self, locale: str) -> str:
        """A4, or Letter for US English, unless the style fixes the paper."""
        if self.page.paper != "auto":
            return self.page.paper
        return "Letter" if locale.replace("-", "_") == "en_US" else "A4"


def available_styles() -> list[str]:
    """Names of the shipped styles."""
    return sorted(p.stem for p in styles_dir().glob("*.toml"))


def load_style(name_or_path: str | None = None) -> Style:
    """A shipped style by name, or a TOML file by path; raise :class:`BriefError` on a bad one."""
    spec = name_or_path or DEFAULT_STYLE
    if "/" not in spec and "\\" not in spec and not spec.endswith(".toml"):
        path = styles_dir() / f"{spec}.toml"
        if not path.is_file():
            raise BriefError([Problem(spec, f"no such style; the shipped styles are {', '.join(available_styles())}, or give a .toml file")])
        return _load_cached(str(path))
    path = Path(spec)
    if not path.is_file():
        raise BriefError([Problem(spec, "no such style file")])
    return _load_cached(str(path.resolve()))


@cache
def _load_cached(path: str) -> Style:
    shown = Path(path).name if Path(path).parent == styles_dir() else path
    try:
        text = Path(path).read_text("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise BriefError([Problem(shown, "the style file is not UTF-8 text")]) from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(match.group(1)) if match else None
        col = int(match.group(2)) if match else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise BriefError([Problem(shown, f"invalid TOML: {message}", line, col)]) from None
    try:
        style = validate(Style, data)
    except Invalid as exc:
        problems = [Problem(shown, message, _line_of(text, path), None, join_path(path)) for path, message in exc.errors]
        raise BriefError(problems) from None
    for key in ("body", "heading"):
        family = getattr(style.font, key)
        if family not in FAMILIES:
            raise BriefError([Problem(shown, f"{family!r} is not a shipped font family ({', '.join(FAMILIES)})",
                                      _line_of(text, ("font", key)), None, f"font.{key}")])
    return style


def _line_of(text: str, loc: tuple) -> int | None:
    """The line where ``[section]`` ``key =`` is written (tomllib keeps no positions)."""
    section, key = (loc[0], loc[1]) if len(loc) > 1 else (None, loc[0] if loc else None)
    current = None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"^\[([^\]]+)\]", stripped)
        if header:
            current = header.group(1).strip()
            if section == current and len(loc) == 1:
                return number
            continue
        if current == section and re.match(rf"^{re.escape(str(key))}\s*=", stripped):
            return number
    if section:
        return _line_of(text, (section,)) if len(loc) > 1 else None
    return None
