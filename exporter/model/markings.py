"""Marking schemes: the words and banner colours of each administration's handling markings.

A marking belongs to the scheme of the administration that issues it (``us``, ``fr``, ``ca``); the
memo's language changes its words only where the scheme has official ones in that language
(Canada's ``PROTÉGÉ B``): a US ``CONFIDENTIAL`` stays ``CONFIDENTIAL`` in a French memo.
The schemes are data (``markings.toml``); this module reads them once and decides the banner's
text colour so that its words stand out from the band in colour and in greyscale alike.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache

from exporter.resources import PACKAGE

# Free text (a marking of no known scheme) prints as a neutral banner.
NEUTRAL = "#1A1A1A"


@dataclass(frozen=True)
class Level:
    """One level of a scheme: its words, its banner colour, and the colour of the words on it."""

    words: str
    colour: str
    portion: str = ""  # the portion mark, such as SBU in "(SBU) …"; none in this scheme
    band: bool = True  # False: the words in black on the page (the scheme prescribes no colour)
    official: dict[str, str] = field(default_factory=dict)  # language → the scheme's own words in it

    @property
    def text(self) -> str:
        """White or black words, whichever stands out more from the band."""
        return "#FFFFFF" if contrast(self.colour, "#FFFFFF") >= contrast(self.colour, "#000000") else "#000000"


@dataclass(frozen=True)
class Scheme:
    """A marking scheme: its name, the language of its words, and its levels, in increasing order."""

    name: str
    language: str
    levels: dict[str, Level]
    unmarked: tuple[str, ...] = ()  # bare words that mean "no marking" in this scheme


@cache
def schemes() -> dict[str, Scheme]:
    """The shipped marking schemes by key (``us``, ``fr``), read once per process."""
    data = tomllib.loads((PACKAGE / "markings.toml").read_text("utf-8"))
    return {key: Scheme(value["name"], value["language"],
                        {name: Level(**level) for name, level in value["levels"].items()},
                        tuple(value.get("unmarked", ())))
            for key, value in data.items()}


def luminance(colour: str) -> float:
    """The relative luminance of ``#rrggbb`` (WCAG 2): what its grey is in greyscale."""
    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i:i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
