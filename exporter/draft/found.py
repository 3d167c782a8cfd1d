"""What the rules find in an article, each item with the number of the paragraph it was found in:
the records every stage of :mod:`exporter.draft` passes on, and the draft is written from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class FoundQuote:
    text: str
    paragraph: int
    speaker: str | None          # the resolved name, or None when the rules found none
    said_as: str | None = None   # the words that named the speaker ("Mme Phee"), when they differ
    spoken: str | None = None    # a language the article says the words were spoken in
    headline: bool = False       # the speaker's full name is only in the article's title


@dataclass
class FoundFigure:
    value: int | float
    paragraph: int
    label: str
    approx: bool = False
    hedge: str | None = None     # the article's word: "environ", "more than"…
    unit: str | None = None
    currency: str | None = None
    percent: bool = False
    raw: str = ""


@dataclass
class FoundActor:
    name: str
    paragraph: int
    kind: str                    # person | state | organization | group
    role: str | None = None
    role_paragraph: int | None = None
    mentions: int = 1
    aliases: set[str] = field(default_factory=set)
    acts: bool = False           # subject of a verb, a quote's speaker, or named by a title
    found_by: str = "rules"
    party: bool = False          # a state named at least once as a party, not only as a place
    affiliation: str | None = None   # the body or state a person's title names ("of the U.S. Mission…")
    described: list[str] = field(default_factory=list)   # every title and apposition the article gives


@dataclass
class Extraction:
    language: str
    quotes: list[FoundQuote] = field(default_factory=list)
    figures: list[FoundFigure] = field(default_factory=list)
    actors: list[FoundActor] = field(default_factory=list)
    date: dt.date | None = None
    candidates: dict[str, list[tuple[int, str]]] = field(default_factory=dict)


# A draft is read by a person: past these many items of a kind, the rest of an odd article is left out.
MAX_ITEMS = 200          # quotes, figures, actors: each list of a draft
