"""House styles: fonts, sizes, colours, margins and paper, read from ``styles/*.toml``.

Both renderers read the same :class:`Style`, so a memo looks alike in DOCX and PDF.  ``--style``
takes a shipped style's name (``formal``, ``plain``) or a path to a TOML file; a bad file gets
``file:line: message``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from exporter.config.fonts import FAMILIES
from exporter.resources import styles_dir
from exporter.source import tomlfile
from exporter.source.diagnostics import BriefError
from exporter.source.records import pattern_type, record, spec

DEFAULT_STYLE = "formal"
if TYPE_CHECKING:
    Colour: TypeAlias = str
else:
    Colour = pattern_type("Colour", r"^#[0-9a-fA-F]{6}$", "{value!r} is not a colour written #rrggbb", "A colour, #rrggbb.")


def _points(description: str = "") -> Any:
    return spec(description or "Points.", gt=2, le=72)


def _mm(description: str = "") -> Any:
    return spec(description or "Millimetres.", ge=5, le=60)


@record
class Fonts:
    """Font families (shipped in exporter/fonts)."""

    body: str = spec("Family of the text.")
    heading: str = spec("Family of headings, the kind of memo and the marking.")


@record
class Sizes:
    """Font sizes in points."""

    body: float = _points()
    small: float = _points("Footer, attribution, drafting line.")
    table: float = _points()
    kind: float = _points("INFORMATION MEMO / NOTE.")
    heading: float = _points()
    marking: float = _points()


@record
class Colours:
    """Colours, #rrggbb."""

    text: Colour = spec()
    heading: Colour = spec()
    rule: Colour = spec()
    link: Colour = spec()
    muted: Colour = spec()
    table_header: Colour = spec()
    table_border: Colour = spec()


@record
class Page:
    """Paper and margins (millimetres)."""

    margin_top: float = _mm()
    margin_bottom: float = _mm()
    margin_left: float = _mm()
    margin_right: float = _mm()
    paper: Literal["auto", "A4", "Letter"] = spec("auto: Letter for en_US, A4 elsewhere.", default="auto")


@record
class Spacing:
    """Line height (a multiple of the size), space around paragraphs and headings (points), and
    whether words are hyphenated at line ends."""

    line: float = spec(ge=1.0, le=3.0)
    paragraph_after: float = spec(ge=0, le=48)
    heading_before: float = spec(ge=0, le=72)
    heading_after: float = spec(ge=0, le=48)
    hyphenate: bool = spec("Hyphenate at line ends (a State memo is set ragged right, unhyphenated).",
                           default=True)


@record
class Style:
    """A house style; every renderer reads only this."""

    name: str = spec()
    font: Fonts = spec()
    size: Sizes = spec()
    color: Colours = spec()
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
    """A shipped style by name, or a TOML file by path; raise :class:`BriefError` on a bad one.
    A file edited since it was last read (``brief watch`` runs for hours) is read again."""
    path = str(tomlfile.locate(name_or_path or DEFAULT_STYLE, styles_dir(), "style"))
    return _load_cached(path, tomlfile.current(path))


@lru_cache(maxsize=32)
def _load_cached(path: str, data: bytes | None) -> Style:
    """The style in ``path`` whose bytes are ``data`` (None: unreadable, which ``read`` says)."""
    shown = Path(path).name if Path(path).parent == styles_dir() else path
    text, values = tomlfile.read(Path(path), shown) if data is None else tomlfile.parse(data, shown)
    style = tomlfile.checked(Style, values, text, shown)
    check_fonts(style, text, shown)
    return style


def check_fonts(style: Style, text: str, shown: str) -> None:
    """The families a style names must be shipped ones (a record cannot say so by itself)."""
    for key in ("body", "heading"):
        family = getattr(style.font, key)
        if family not in FAMILIES:
            raise BriefError([tomlfile.problem(text, shown, ("font", key),
                                               f"{family!r} is not a shipped font family ({', '.join(FAMILIES)})")])
