"""The brief: what an analyst records about one article, typed and validated.

A brief is content only: the locale decides labels and formats, the style decides looks.  Every
human-readable field is a :class:`Text` (one string, or a mapping language → string); dates are
dates and numbers are numbers so that the locale can format them.  Unknown keys are errors, so a
typo never passes silently.  ``brief schema`` prints this module as JSON Schema.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
)

LANG_PATTERN = r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$"
SLUG_PATTERN = r"^[a-z0-9](?:[a-z0-9_-]{0,78}[a-z0-9])?$"
_LANG_RE = re.compile(LANG_PATTERN)


class Text:
    """A human-readable text: language-neutral (``neutral``) or one string per language.

    A plain YAML string is neutral — names such as ``Molly Phee`` or ``CNSP`` read the same in
    every language and take the memo's language.  A mapping ``{fr: …, en: …}`` holds translations.
    """

    __slots__ = ("neutral", "by_lang")

    def __init__(self, neutral: str | None = None, by_lang: dict[str, str] | None = None):
        self.neutral = neutral
        self.by_lang = dict(by_lang or {})

    def __repr__(self) -> str:
        return f"Text({self.neutral!r})" if self.neutral is not None else f"Text({self.by_lang!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.neutral, self.by_lang) == (other.neutral, other.by_lang)

    def __hash__(self) -> int:
        return hash((self.neutral, tuple(sorted(self.by_lang.items()))))

    def dump(self) -> str | dict[str, str]:
        """The YAML shape this text was read from."""
        return self.neutral if self.neutral is not None else dict(self.by_lang)


def _to_text(value: Any) -> Text:
    if isinstance(value, Text):
        return value
    if isinstance(value, str):
        return Text(neutral=value)
    if isinstance(value, dict) and value:
        out = {}
        for key, item in value.items():
            if not isinstance(key, str) or not _LANG_RE.match(key):
                raise ValueError(f"{key!r} is not a language code (such as fr, en, en_GB)")
            if not isinstance(item, str):
                raise ValueError(f"the {key} text must be a string, not {_kind(item)}")
            out[key.replace("-", "_")] = item
        return Text(by_lang=out)
    if isinstance(value, dict):
        raise ValueError("an empty mapping: give a string, or {fr: …, en: …}")
    raise ValueError(f"expected a text (a string, or a mapping such as {{fr: …, en: …}}), not {_kind(value)}")


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a boolean ({value})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, dt.date):
        return f"a date ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__


def _to_number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number such as 648 or 12.5 (no quotes, no separators), not {_kind(value)}"
                         + (f" {value!r}" if isinstance(value, str) else ""))
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise ValueError("expected a finite number")
    return value


_TEXT_SCHEMA = {
    "anyOf": [
        {"type": "string"},
        {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": LANG_PATTERN},
            "additionalProperties": {"type": "string"},
        },
    ],
    "description": "A string, or a mapping language → string such as {fr: …, en: …}.",
}

TextField = Annotated[
    Text,
    BeforeValidator(_to_text),
    PlainSerializer(lambda t: t.dump()),
    WithJsonSchema(_TEXT_SCHEMA),
]
Number = Annotated[
    int | float,
    BeforeValidator(_to_number),
    WithJsonSchema({"type": "number"}),
]
Lang = Annotated[str, Field(pattern=LANG_PATTERN, description="A language code: fr, en, en_GB…")]
Slug = Annotated[
    str,
    Field(pattern=SLUG_PATTERN, description="Lower-case letters, digits, - and _; used in file names."),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, arbitrary_types_allowed=True)


class Ref(_Strict):
    """A pointer from a statement to a source and, where known, the article's paragraph."""

    source: Slug = Field(description="The id of an entry in `sources`.")
    paragraph: Annotated[int, Field(ge=1)] | None = Field(None, description="Paragraph number in the source, from 1.")


Refs = Annotated[list[Ref], Field(default_factory=list, description="Where the statement comes from.")]


class Routing(_Strict):
    """Who the memo goes to, who sends it, when, and what it is about."""

    to: TextField
    from_: TextField = Field(alias="from")
    date: dt.date
    subject: TextField


class Actor(_Strict):
    """A person or body that matters to the story, and where they stand."""

    name: TextField
    role: TextField
    affiliation: TextField | None = None
    stance: TextField | None = None
    refs: Refs


class Point(_Strict):
    """One statement, with its references."""

    text: TextField
    refs: Refs


class Position(_Strict):
    """The US position: a short lead and its points."""

    lead: TextField
    points: list[Point] = Field(default_factory=list)
    refs: Refs


class Condition(_Strict):
    """A condition set by one party: what, who must act, and whether it is met."""

    what: TextField
    who: TextField = Field(description="Who must act.")
    status: Literal["pending", "met", "unmet", "unknown"] = "unknown"
    refs: Refs


class OpenIssue(_Strict):
    """A question still open, and why it matters."""

    what: TextField
    why: TextField
    refs: Refs


class Comparison(_Strict):
    """A reference value the figure is compared with (an earlier level, a target)."""

    value: Number
    approx: bool = False
    label: TextField


class Figure(_Strict):
    """A key figure: a number with its unit or currency, as-of date and comparison."""

    label: TextField
    value: Number
    value_max: Number | None = Field(None, description="Upper bound, when the figure is a range.")
    approx: bool = Field(False, description="The figure is approximate (≈).")
    unit: TextField | None = Field(None, description="Unit after the number; `percent` formats as a percentage.")
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = Field(None, description="ISO 4217 code.")
    as_of: dt.date | None = None
    comparison: Comparison | None = None
    refs: Refs


class Quote(_Strict):
    """A quotation in its original wording, with translations."""

    speaker: TextField
    text: str = Field(description="The original wording.")
    language: Lang = Field(description="The language of `text`.")
    translations: dict[Lang, str] = Field(default_factory=dict)
    refs: Refs


class Source(_Strict):
    """Where the brief's statements come from."""

    id: Slug
    publisher: TextField
    title: TextField
    date: dt.date | None = None
    language: Lang
    url: str | None = None


class Drafting(_Strict):
    """The drafting line: who wrote the memo and who cleared it."""

    drafted_by: TextField
    cleared_by: list[TextField] = Field(default_factory=list)
    date: dt.date | None = Field(None, description="Defaults to the routing date.")


class Brief(_Strict):
    """One article's structured summary: everything the memo says, in one or more languages."""

    id: Slug = Field(description="Names the output files: <id>.<locale>.<ext>.")
    kind: Literal["information", "action"] = "information"
    marking: TextField = Field(
        default_factory=lambda: Text("unclassified"),
        description="Handling marking; unclassified, restricted, confidential and secret are translated.",
    )
    languages: Annotated[list[Lang], Field(min_length=1)] = Field(
        description="The brief's languages, the original first: memos are made in each by default."
    )
    short_title: TextField | None = Field(None, description="Title for the footer; defaults to the subject.")
    keywords: list[str] = Field(default_factory=list)
    routing: Routing
    summary: TextField = Field(description="Bottom line up front: two to five sentences, conclusion first.")
    actors: list[Actor] = Field(default_factory=list)
    us_position: Position | None = None
    conditions: list[Condition] = Field(default_factory=list)
    open_issues: list[OpenIssue] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    drafting: Drafting
