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
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from exporter.diagnostics import BriefError, Problem, join_path
from exporter.fonts import FAMILIES
from exporter.resources import styles_dir

DEFAULT_STYLE = "formal"
Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
Points = Annotated[float, Field(gt=2, le=72)]
Millimetres = Annotated[float, Field(ge=5, le=60)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Fonts(_Section):
    body: str
    heading: str


class Sizes(_Section):
    body: Points
    small: Points
    table: Points
    kind: Points
    heading: Points
    marking: Points


class Colours(_Section):
    text: Colour
    heading: Colour
    rule: Colour
    link: Colour
    muted: Colour
    table_header: Colour
    table_border: Colour


class Markings(_Section):
    unclassified: Colour
    restricted: Colour
    confidential: Colour
    secret: Colour
    other: Colour


class Page(_Section):
    paper: Literal["auto", "A4", "Letter"] = "auto"
    margin_top: Millimetres
    margin_bottom: Millimetres
    margin_left: Millimetres
    margin_right: Millimetres


class Spacing(_Section):
    line: Annotated[float, Field(ge=1.0, le=3.0)]
    paragraph_after: Annotated[float, Field(ge=0, le=48)]
    heading_before: Annotated[float, Field(ge=0, le=72)]
    heading_after: Annotated[float, Field(ge=0, le=48)]


class Style(_Section):
    """A house style; every renderer reads only this."""

    name: str
    font: Fonts
    size: Sizes
    color: Colours
    marking: Markings
    page: Page
    spacing: Spacing

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
        style = Style.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            message = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            problems.append(Problem(shown, message, _line_of(text, loc), None, join_path(loc)))
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
