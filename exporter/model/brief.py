"""The brief: what an analyst records about one article, typed and validated.

A brief is content only: the locale decides labels and formats, the style decides looks.  Every
human-readable field is a :class:`Text` (one string, or a mapping language → string); dates are
dates and numbers are numbers so that the locale can format them.  Unknown keys are errors, so a
typo never passes silently.  ``brief schema`` prints this module as JSON Schema.

The field types that validate (``TextField``, ``Lang``…) are :class:`Checked` values at run time;
a type checker sees, under ``TYPE_CHECKING``, the type each one's check returns.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from exporter.source.records import Checked, pattern_type, record, spec
from exporter.source.records import describe as _kind

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
            if not isinstance(key, str) or not _LANG_RE.fullmatch(key):
                raise ValueError(f"{key!r} is not a language code (such as fr, en, en_GB)")
            if not isinstance(item, str):
                raise ValueError(f"the {key} text must be a string, not {_kind(item)}")
            out[key.replace("-", "_")] = item
        return Text(by_lang=out)
    if isinstance(value, dict):
        raise ValueError("an empty mapping: give a string, or {fr: …, en: …}")
    raise ValueError(f"expected a text (a string, or a mapping such as {{fr: …, en: …}}), not {_kind(value)}")


MAX_NUMBER = 10 ** 18


def _to_number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number such as 648 or 12.5 (no quotes, no separators), not {_kind(value)}")
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise ValueError("expected a finite number")
    if abs(value) >= MAX_NUMBER:
        raise ValueError(f"{value:g} is beyond any figure a memo states (less than 1e18): check it")
    return 0 if value == 0 else value  # -0.0 is 0


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

if TYPE_CHECKING:
    TextField: TypeAlias = Text
    Number: TypeAlias = int | float
    Lang: TypeAlias = str
    Slug: TypeAlias = str
    Currency: TypeAlias = str
else:
    TextField = Checked("Text", _to_text, _TEXT_SCHEMA)
    Number = Checked("Number", _to_number, {"type": "number"})
    Lang = pattern_type("Lang", LANG_PATTERN, "{value!r} is not a language code (such as fr, en, en_GB)",
                        "A language code: fr, en, en_GB…")
    Slug = pattern_type("Slug", SLUG_PATTERN,
                        "{value!r} is not a valid id: use lower-case letters, digits, - and _ (such as niger-us-cooperation)",
                        "Lower-case letters, digits, - and _; used in file names.")
    Currency = pattern_type("Currency", r"^[A-Z]{3}$", "{value!r} is not an ISO 4217 currency code (such as EUR, USD)",
                            "An ISO 4217 currency code.")


@record
class Ref:
    """A pointer from a statement to a source and, where known, the article's paragraph."""

    source: Slug = spec("The id of an entry in `sources`.")
    paragraph: int | None = spec("Paragraph number in the source, from 1.", default=None, ge=1)


def _refs() -> Any:  # a dataclass field (as spec gives), which a checker reads as a default
    return spec("Where the statement comes from.", factory=list)


def _assessment() -> Any:  # a dataclass field, as _refs
    return spec("The drafter's own inference from this statement, printed apart from it under the convention's "
                "label (Assessment: / Appréciation :): it needs no reference, and it is not checked against the "
                "article as the statement is.", default=None)


@record
class Signer:
    """Who signs the memo, and in what capacity."""

    name: str = spec("The signer's name, such as C. Durand.")
    title: TextField | None = spec("Their title, such as {fr: Le chef de la cellule de veille Sahel, en: Head, "
                                   "Sahel Monitoring Unit}.", default=None)


@record
class Routing:
    """Who the memo goes to, who sends it, when, and what it is about."""

    to: TextField = spec("The recipient.")
    from_: TextField = spec("The sender.", wire="from")
    date: dt.date = spec("The memo's date.")
    subject: TextField = spec("What the memo is about, in one line.")
    bureau: str | None = spec("The sending bureau's or office's symbol, such as AF or AF/W: a State memo's FROM "
                              "line is the symbol and the principal's name (AF – Molly Phee).", default=None)
    signer: Signer | None = spec("Who signs the memo: a State memo's principal (FROM), a French note's "
                                 "signature block.", default=None)


@record
class Actor:
    """A person or body that matters to the story, and where they stand."""

    name: TextField = spec()
    role: TextField = spec()
    also: list[TextField] = spec("Other names the article gives this actor (junte, conseil militaire): a statement "
                                 "that uses one is found where the article writes another.", factory=list)
    affiliation: TextField | None = spec(default=None)
    stance: TextField | None = spec(default=None)
    refs: list[Ref] = _refs()


@record
class Point:
    """One statement, with its references, and the drafter's inference from it if any."""

    text: TextField = spec()
    refs: list[Ref] = _refs()
    assessment: TextField | None = _assessment()


@record
class Position:
    """The US position: a short lead and its points."""

    lead: TextField = spec()
    points: list[Point] = spec(factory=list)
    refs: list[Ref] = _refs()


@record
class Condition:
    """A condition set by one party: what, who must act, and whether it is met."""

    what: TextField = spec()
    who: TextField = spec("Who must act.")
    status: Literal["pending", "met", "unmet", "unknown"] = spec(default="unknown")
    refs: list[Ref] = _refs()


@record
class OpenIssue:
    """A question still open, and why it matters."""

    what: TextField = spec()
    why: TextField = spec("Why it matters, as the article supports it.")
    refs: list[Ref] = _refs()
    assessment: TextField | None = _assessment()


@record
class Comparison:
    """A reference value the figure is compared with (an earlier level, a target)."""

    value: Number = spec()
    label: TextField = spec()
    approx: bool = spec(default=False)


@record
class DateRange:
    """A period: the figure holds from one date to another (both included)."""

    __form__ = "a range {from:, to:}"

    from_: dt.date = spec("The first day.", wire="from")
    to: dt.date = spec("The last day, on or after `from`.")

    def __check__(self) -> list[tuple[tuple[str, ...], str]]:
        if self.to < self.from_:
            return [(("to",), f"the range ends ({self.to}) before it starts ({self.from_})")]
        return []


@record
class RelativeDate:
    """A date the source gives only relative to its own date ("last week" in an article of
    13 December 2023): kept as the source says it, never turned into a date it does not give."""

    __form__ = "{relative:, source:}"

    relative: Literal["same-day", "previous-day", "previous-week", "previous-month", "previous-year"] = spec(
        "When, relative to the source's date: same-day, previous-day, previous-week, previous-month, "
        "previous-year.")
    source: Slug = spec("The id of the source whose `date` it is relative to (it must have one).")


@record
class Figure:
    """A key figure: a number with its unit or currency, as-of date and comparison."""

    label: TextField = spec()
    value: Number = spec()
    value_max: Number | None = spec("Upper bound, when the figure is a range.", default=None)
    approx: bool = spec("The figure is approximate (≈).", default=False)
    unit: TextField | None = spec("Unit after the number; `percent` formats as a percentage.", default=None)
    currency: Currency | None = spec("ISO 4217 code.", default=None)
    as_of: dt.date | DateRange | RelativeDate | None = spec(
        "When the figure holds: a date (YYYY-MM-DD), a range {from:, to:}, or relative to a source's date "
        "{relative: previous-week, source: article}.", default=None)
    comparison: Comparison | None = spec(default=None)
    refs: list[Ref] = _refs()


def _to_spoken(value: Any) -> str:
    if value == "unknown":
        return "unknown"
    if not isinstance(value, str) or not _LANG_RE.fullmatch(value):
        shown = repr(value) if isinstance(value, str) else _kind(value)
        raise ValueError(f"expected a language code (such as fr, en, en_GB) or unknown, not {shown}")
    return value


if TYPE_CHECKING:
    Spoken: TypeAlias = str
else:
    Spoken = Checked("Spoken", _to_spoken, {
        "anyOf": [{"const": "unknown"}, {"type": "string", "pattern": LANG_PATTERN}],
        "description": "A language code (fr, en, en_GB…), or unknown.",
    })


def same_language(a: str, b: str) -> bool:
    """Two language codes name the same language (``fr`` and ``fr_CA`` do)."""
    return a.replace("-", "_").split("_")[0].lower() == b.replace("-", "_").split("_")[0].lower()


@record
class Quote:
    """A quotation: the words as the brief holds them, in what language they were spoken, and who
    translated them when the two differ."""

    speaker: TextField = spec()
    text: str = spec("The words as the brief holds them: verbatim from the source, which a linked source's "
                     "text must show word for word.")
    language: Lang = spec("The language of `text`.")
    spoken: Spoken = spec("The language the words were spoken in: a language code, or unknown (the source "
                          "does not say).", default="unknown")
    translated_by: Literal["speaker", "source", "analyst"] | None = spec(
        "Who put the words into `language` from the spoken language: speaker (their own version), source "
        "(the publication's translation) or analyst (ours). Required when `spoken` is another language "
        "than `language`; absent when they are the same.", default=None)
    translations: dict[Lang, str] = spec("The analyst's translations, by language; always labelled as ours.",
                                         factory=dict)
    refs: list[Ref] = _refs()

    def __check__(self) -> list[tuple[tuple[str, ...], str]]:
        if self.spoken == "unknown":
            return []
        if same_language(self.spoken, self.language):
            if self.translated_by is not None:
                return [(("translated_by",), f"the words were spoken in {self.spoken}, the language of `text`: "
                                             "nobody translated them (remove translated_by)")]
        elif self.translated_by is None:
            return [(("spoken",), f"the words were spoken in {self.spoken} and the text is in {self.language}: "
                                  "say who translated them (translated_by: speaker, source or analyst)")]
        return []


def _to_relative_path(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a file name (a path relative to the brief), not {_kind(value)}")
    if not value.strip():
        raise ValueError("an empty file name")
    if "\x00" in value:
        raise ValueError("a file name cannot contain NUL characters")
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value):
        raise ValueError(f"{value!r} is an address: put it in url:, and the article's text in a file beside the brief")
    if value.startswith(("/", "\\")) or re.match(r"^[a-zA-Z]:[\\/]", value):
        raise ValueError(f"{value!r} is an absolute path: write it relative to the brief's folder, "
                         "so the brief and its article move together")
    return value


if TYPE_CHECKING:
    RelativePath: TypeAlias = str
else:
    RelativePath = Checked("RelativePath", _to_relative_path, {
        "type": "string", "minLength": 1, "not": {"pattern": r"^(/|\\|[a-zA-Z]:[\\/]|[a-zA-Z][a-zA-Z0-9+.-]*://)"},
        "description": "A file path relative to the brief's folder, with / between folders.",
    })


@record
class Source:
    """Where the brief's statements come from; with `file`, the article's own text, against which
    references, quotes and figures are checked."""

    id: Slug = spec("What `refs` name: a slug such as article.")
    language: Lang = spec("The language the source is written in.")
    publisher: TextField | None = spec("Who published it; absent when unknown (printed as unknown, never "
                                       "invented).", default=None)
    title: TextField | None = spec("Its headline; absent when unknown (printed as unknown, never invented).",
                                   default=None)
    date: dt.date | None = spec("Its date of publication.", default=None)
    url: str | None = spec("Where to read it: http, https or mailto addresses become links.", default=None)
    file: RelativePath | None = spec(
        "The article's text: a path relative to the brief, UTF-8 plain text, paragraphs separated by blank "
        "lines and numbered from 1 in order. References to it, quotes and figures are checked against it.",
        default=None)


def _office_only(value: Any) -> Any:
    """A clearance written as just its office (a text) stands for ``{office: …}``."""
    if isinstance(value, str) or (isinstance(value, dict) and value and all(
            isinstance(k, str) and _LANG_RE.fullmatch(k) for k in value)):
        return {"office": value}
    return value


@record
class Clearance:
    """One office that cleared the memo (or saw it for information), and who there; a plain text
    is an office listed among the clearances, its status unrecorded."""

    __shorthand__ = (_office_only, _TEXT_SCHEMA)

    office: TextField = spec("The clearing office, such as West Africa Office or AF/W.")
    name: str | None = spec("The person who cleared, such as J. Smith.", default=None)
    status: Literal["cleared", "info"] | None = spec(
        "cleared: the office agreed (State prints ok); info: it was only informed; absent when the brief "
        "does not record it (no status is printed: none is made up).", default=None)


@record
class Drafting:
    """The closing lines: who drafted the memo (office and person) and who cleared it."""

    drafted_by: TextField = spec("The drafting office.")
    name: str | None = spec("The drafter's name, printed with the office.", default=None)
    phone: str | None = spec("The drafter's telephone, as a State memo prints it (ext. 7-1234).", default=None)
    cleared_by: list[Clearance] = spec(factory=list)
    date: dt.date | None = spec("Defaults to the routing date.", default=None)


@record
class Attachment:
    """A document attached to an action memo, listed as a tab."""

    title: TextField = spec()


# What a CUI marking may say besides its level: the designation indicator's lines (CUI Marking
# Handbook, NARA, 2016; 32 CFR 2002.20): the designating agency and office, the categories and
# limited dissemination controls (also in the banner: CUI//SP-PRVCY//FED ONLY), a point of contact.
DESIGNATION_KEYS = ("controlled_by", "office", "categories", "dissemination", "poc")
_MARKING_KEYS = ("scheme", "level") + DESIGNATION_KEYS
# PRVCY, SP-EXPT, FED ONLY, REL TO USA.  The string's end as (?![\s\S]), not $: in Python and in a
# JSON Schema validator, $ would let a final line break through (into the banner).
DESIGNATION_WORD = r"^[A-Z0-9][A-Z0-9 -]{0,39}(?![\s\S])"
_DESIGNATION_WORD = re.compile(DESIGNATION_WORD)


def _to_marking(value: Any) -> Text | SchemeMarking:
    """A marking: ``{scheme: us, level: confidential}`` (a CUI one with its designation), or free
    text printed as is."""
    if isinstance(value, dict) and "scheme" in value:
        from exporter.model.markings import schemes

        SCHEMES = schemes()
        unknown = set(value) - set(_MARKING_KEYS)
        if unknown:
            raise ValueError(f"unknown key {sorted(unknown)[0]!r} in a marking (keys: {', '.join(_MARKING_KEYS)})")
        scheme, level = value.get("scheme"), value.get("level")
        if scheme not in SCHEMES:
            raise ValueError(f"unknown marking scheme {scheme!r}; schemes: {', '.join(SCHEMES)}")
        levels = SCHEMES[scheme].levels
        if level not in levels:
            raise ValueError(f"{level!r} is not a level of the {scheme} scheme; levels: {', '.join(levels)}")
        designation = {k: value[k] for k in DESIGNATION_KEYS if k in value}
        if designation and (scheme, level) != ("us", "cui"):
            raise ValueError(f"{sorted(designation)[0]} belongs to a CUI marking (scheme: us, level: cui) only")
        for key in ("controlled_by", "office", "poc"):
            if key in designation and (not isinstance(designation[key], str) or not designation[key].strip()):
                raise ValueError(f"{key}: expected a text")
        for key in ("categories", "dissemination"):
            words = designation.get(key, [])
            if isinstance(words, str):
                words = [words]
            if not isinstance(words, list) or not all(isinstance(w, str) and _DESIGNATION_WORD.fullmatch(w) for w in words):
                raise ValueError(f"{key}: expected markings in capitals as the CUI Registry writes them, "
                                 "such as [PRVCY] or [FED ONLY]")
            designation[key] = tuple(words)
        return SchemeMarking(scheme, level, **designation)
    return _to_text(value)


class SchemeMarking:
    """A marking of a known scheme (``us``, ``fr``): its words and colour come from the scheme,
    never translated into another scheme's words.  A CUI marking may carry its designation
    indicator (who controls the information, its categories and dissemination controls, a point
    of contact)."""

    __slots__ = ("scheme", "level") + DESIGNATION_KEYS

    def __init__(self, scheme: str, level: str, controlled_by: str | None = None, office: str | None = None,
                 categories: tuple[str, ...] = (), dissemination: tuple[str, ...] = (), poc: str | None = None):
        self.scheme, self.level = scheme, level
        self.controlled_by, self.office, self.poc = controlled_by, office, poc
        self.categories, self.dissemination = tuple(categories), tuple(dissemination)

    def _key(self) -> tuple[str | tuple[str, ...] | None, ...]:
        return (self.scheme, self.level) + tuple(getattr(self, k) for k in DESIGNATION_KEYS)

    def __repr__(self) -> str:
        extra = "".join(f", {k}={getattr(self, k)!r}" for k in DESIGNATION_KEYS if getattr(self, k))
        return f"SchemeMarking({self.scheme!r}, {self.level!r}{extra})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SchemeMarking) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def dump(self) -> dict[str, str | list[str]]:
        out: dict[str, str | list[str]] = {"scheme": self.scheme, "level": self.level}
        for key in DESIGNATION_KEYS:
            value = getattr(self, key)
            if value:
                out[key] = list(value) if isinstance(value, tuple) else value
        return out


if TYPE_CHECKING:
    MarkingField: TypeAlias = Text | SchemeMarking
else:
    MarkingField = Checked("Marking", _to_marking, {
        "anyOf": [
            {"type": "object", "required": ["scheme", "level"], "additionalProperties": False,
             "properties": {"scheme": {"type": "string"}, "level": {"type": "string"},
                            "controlled_by": {"type": "string", "description": "CUI only: the designating agency."},
                            "office": {"type": "string", "description": "CUI only: the designating office."},
                            "categories": {"anyOf": [{"type": "string", "pattern": DESIGNATION_WORD},
                                                     {"type": "array", "items": {"type": "string", "pattern": DESIGNATION_WORD}}],
                                           "description": "CUI only: categories, as the CUI Registry writes them."},
                            "dissemination": {"anyOf": [{"type": "string", "pattern": DESIGNATION_WORD},
                                                        {"type": "array", "items": {"type": "string", "pattern": DESIGNATION_WORD}}],
                                              "description": "CUI only: limited dissemination controls."},
                            "poc": {"type": "string", "description": "CUI only: a point of contact."}}},
            _TEXT_SCHEMA,
        ],
        "description": "A marking of a scheme, {scheme: us, level: confidential} or {scheme: fr, level: "
                       "diffusion-restreinte}; a CUI one may add its designation indicator (controlled_by, "
                       "office, categories, dissemination, poc); or free text, printed as is.",
    })


@record
class Recommendation:
    """What the principal is asked to approve ("That you approve …"), with its references."""

    text: TextField = spec()
    refs: list[Ref] = _refs()


# An address as a distribution list holds it: ASCII, one @, a dotted domain of letters, digits and
# hyphens (an internationalized domain in its xn-- form).  Quoted local parts and address
# literals are legal in RFC 5321 but never on a ministry's distribution list; refusing them keeps
# every header we write plain.
EMAIL_PATTERN = (r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                 r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
if TYPE_CHECKING:
    EmailAddress: TypeAlias = str
else:
    EmailAddress = pattern_type("EmailAddress", EMAIL_PATTERN,
                                "{value!r} is not an e-mail address such as jane.doe@example.org",
                                "An e-mail address, such as jane.doe@example.org.")


@record
class Reader:
    """One reader on the brief's distribution list: where `brief mail --send` sends the memo, in
    which language, and whether as a main recipient (to) or in copy (cc)."""

    address: EmailAddress = spec("The reader's e-mail address.")
    name: TextField | None = spec("The reader's name, shown with the address (Jane Doe <jane@example.org>).",
                                  default=None)
    language: Lang | None = spec("The memo's language for this reader: one of the brief's languages, or a "
                                 "regional variant of one (en_GB); default: the brief's first language.",
                                 default=None)
    as_: Literal["to", "cc"] = spec("to: a main recipient (default); cc: in copy.", wire="as", default="to")


@record
class Brief:
    """One article's structured summary: everything the memo says, in one or more languages."""

    id: Slug = spec("Names the output files: <id>.<locale>.<ext>.")
    languages: list[Lang] = spec("The brief's languages, the original first: memos are made in each by default.",
                                 min_items=1)
    routing: Routing = spec()
    summary: TextField = spec("Bottom line up front: two to five sentences, conclusion first.")
    drafting: Drafting = spec()
    issue: TextField | None = spec("Action memo: the issue for decision, in a sentence or two.", default=None)
    recommendations: list[Recommendation] = spec("Action memo: what the principal is asked to approve; "
                                                 "each gets a decision block.", factory=list)
    decide_by: dt.date | None = spec("Action memo: the date the principal is asked to decide by, when the "
                                     "brief gives one (Approve/Disapprove by 12/20/23).", default=None)
    background: list[Point] = spec("Action memo: the background, a paragraph each.", factory=list)
    discussion: list[Point] = spec("Action memo: the discussion, a paragraph each.", factory=list)
    attachments: list[Attachment] = spec("Documents attached (tabs).", factory=list)
    kind: Literal["information", "action"] = spec(
        "information, or action: a memo that asks for a decision (needs `recommendations`).",
        default="information")
    convention: str | None = spec("The memo's convention: bilingual (default), us-state, fr-diplomatie, or a "
                                  ".toml file; `--convention` overrides it.", default=None)
    marking: MarkingField | None = spec(
        "Handling marking: {scheme: us|fr, level: …}, or free text printed as is; none when absent.",
        default=None)
    short_title: TextField | None = spec("Title for the footer; defaults to the subject.", default=None)
    keywords: list[TextField] = spec("For the files' properties; each a text, such as {fr: CEDEAO, en: ECOWAS}.",
                                     factory=list)
    actors: list[Actor] = spec(factory=list)
    us_position: Position | None = spec(default=None)
    conditions: list[Condition] = spec(factory=list)
    open_issues: list[OpenIssue] = spec(factory=list)
    figures: list[Figure] = spec(factory=list)
    quotes: list[Quote] = spec(factory=list)
    assessment: list[Point] = spec("The drafter's own assessment, apart from the facts: a section of its own (a "
                                   "French note's Commentaire); references optional, never checked as the "
                                   "article's.", factory=list)
    sources: list[Source] = spec(factory=list)
    distribution: list[Reader] = spec("Who receives the memo from `brief mail --send` (unless --to or --cc "
                                      "is given): each reader in their language.", factory=list)
