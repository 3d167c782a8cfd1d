"""Write a draft brief as commented YAML: what the article gives, and ``TODO`` where an analyst writes.

The YAML is written by hand rather than dumped, because the comments are half of a draft's value:
which article paragraph each candidate sentence comes from, which hedge made a figure approximate,
how a speaker was named.  Every string goes through :func:`scalar`, which double-quotes and escapes
it (line separators included, which YAML would otherwise fold), so no article text can change the
YAML's structure; comments get the same treatment through :func:`comment`.

The brief schema is growing (#13: ``file:`` on sources, ``spoken``/``translated_by`` on quotes,
optional title and publisher).  :func:`schema_features` reads what this version of the model
accepts, so the same draft code writes those keys when the model has them and comments otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from exporter.draft import lexicon as L
from exporter.draft.found import Extraction

TODO = "TODO"


@dataclass(frozen=True)
class SchemaFeatures:
    """What the brief model of this installation accepts, among the #13 additions."""

    source_file: bool
    quote_spoken: bool
    quote_translated_by: bool
    source_title_optional: bool
    source_publisher_optional: bool


def schema_features() -> SchemaFeatures:
    """Read the model's fields: new keys are written only when ``brief validate`` accepts them."""
    from exporter.model.brief import Quote, Source

    source = {f.name: f for f in dataclasses.fields(Source)}
    quote = {f.name for f in dataclasses.fields(Quote)}

    def optional(f):
        return f is not None and (f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING)

    return SchemaFeatures("file" in source, "spoken" in quote, "translated_by" in quote,
                          optional(source.get("title")), optional(source.get("publisher")))


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x85": "\\N",
            "\u2028": "\\L", "\u2029": "\\P", "\x00": "\\0"}


def scalar(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly ``text``."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or 0xD800 <= ord(ch) <= 0xDFFF or ch in "\ufffe\uffff\ufeff":
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def comment(text: str, limit: int = 400) -> str:
    """One line of comment text: line breaks folded, long text cut with an ellipsis."""
    text = re.sub(r"[\s\u2028\u2029\x85]+", " ", text).strip()
    text = "".join(ch for ch in text if ch.isprintable() or ch == " ")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class DraftInput:
    """What the YAML is written from."""

    brief_id: str
    language: str
    article_file: str                  # relative to the brief
    title: str | None
    extraction: Extraction
    today: dt.date
    found_by: str                      # "rules" or "rules + spaCy fr_core_news_sm 3.8.0"
    source_name: str                   # the article file as the user named it


# What each kind of actor is, said next to its name, and what its role placeholder asks for: a
# state or a group has no affiliation to fill in; a person's is asked for when the article gives none.
_KIND_NOTE = {"person": "a person", "state": "a state", "organization": "an organisation",
              "group": "a group (armed or political)"}
_ROLE_ASK = {"person": "role", "state": "the state's part in the story (donor, host, party to the talks…)",
             "organization": "what the body is and does here", "group": "what the group is and does here"}


def _number(value) -> str:
    return str(value) if isinstance(value, int) else repr(value)


def render(draft: DraftInput, features: SchemaFeatures | None = None) -> str:
    """The draft brief's YAML text."""
    f = features or schema_features()
    x = draft.extraction
    lang = draft.language
    out: list[str] = []
    add = out.append

    def candidates(section: str, intro: str) -> None:
        found = x.candidates.get(section) or []
        if not found:
            add(f"  # {intro}: the rules found no sentence to start from.")
            return
        add(f"  # {intro} (§ = paragraph of {draft.article_file}):")
        for number, sentence in found:
            add(f"  #   § {number}: {comment(sentence)}")

    add(f"# Draft brief written by `brief draft` from {comment(draft.source_name)} ({draft.found_by}).")
    add("# Quotes, figures, actors and the source were found in the article, each with its paragraph;")
    add("# every TODO is yours to write: `brief validate --strict` refuses the brief while one remains.")
    add(f"# Paragraph numbers (§) refer to {draft.article_file}, the article's text as the brief cites it.")
    add(f"id: {draft.brief_id}")
    add("kind: information")
    add(f"languages: [{lang}]")
    add("")
    add("routing:")
    add(f"  to: {scalar(TODO + ': recipient')}")
    add(f"  from: {scalar(TODO + ': sending office')}")
    add(f"  date: {draft.today.isoformat()}    # the memo's date")
    if draft.title:
        add(f"  # The article's title: {comment(draft.title)}")
    add(f"  subject: {scalar(TODO + ': the subject, in one line')}")
    add("")
    add(f"summary: {scalar(TODO + ': two to five sentences, the conclusion first')}")
    candidates("summary", "The article's lead")
    add("")

    add("actors:" if x.actors else "actors: []   # the rules found no person, state, organisation or group")
    for actor in x.actors:
        add(f"  - name: {scalar(actor.name)}   # {_KIND_NOTE.get(actor.kind, actor.kind)}")
        if actor.aliases:
            add(f"    # also named: {comment(', '.join(sorted(actor.aliases)))}")
        if actor.role:
            add(f"    role: {scalar(actor.role)}")
        else:
            add(f"    role: {scalar(TODO + ': ' + _ROLE_ASK.get(actor.kind, 'role'))}   # the article gives none next to the name")
        if actor.affiliation:
            add(f"    affiliation: {scalar(actor.affiliation)}   # named in the article with it")
        elif actor.kind == "person":
            add(f"    affiliation: {scalar(TODO + ': affiliation')}   # the article names none next to the person")
        paragraphs = sorted({actor.paragraph} | ({actor.role_paragraph} if actor.role_paragraph else set()))
        add(f"    refs: [{', '.join(f'{{source: article, paragraph: {n}}}' for n in paragraphs)}]"
            + ("" if actor.found_by == "rules" else f"   # found by {actor.found_by}"))
    add("")

    add("us_position:")
    add(f"  lead: {scalar(TODO + ': the US position, in a sentence')}")
    candidates("us_position", "Sentences about the United States")
    add("  points: []")
    add("")
    add("conditions:")
    candidates("conditions", "Sentences with a condition or a demand")
    add(f"  - what: {scalar(TODO + ': what is asked')}")
    add(f"    who: {scalar(TODO + ': who must act')}")
    add("    status: unknown")
    add("")
    add("open_issues:")
    candidates("open_issues", "Sentences with a fear, a hope or a question")
    add(f"  - what: {scalar(TODO + ': the open question')}")
    add(f"    why: {scalar(TODO + ': why it matters')}")
    add("")

    add("figures:" if x.figures else "figures: []   # the rules found no number with a unit, a currency or a noun")
    notes_said = set()
    for fig in x.figures:
        add(f"  - label: {scalar(fig.label)}   # the article's words: shorten them")
        add(f"    value: {_number(fig.value)}")
        if fig.approx:
            bound = "" if fig.hedge in L.HEDGES[lang] or fig.hedge in L.HEDGES_AFTER else ": a bound"
            add(f"    approx: true   # the article says {comment(repr(fig.hedge))}{bound}")
        if fig.percent:
            add("    unit: percent")
        elif fig.currency:
            note = L.CURRENCY_NOTES.get(fig.currency)
            add(f"    currency: {fig.currency}" + (f"   # {note}" if note and fig.currency not in notes_said else ""))
            notes_said.add(fig.currency)
        elif fig.unit:
            add(f"    unit: {scalar(fig.unit)}")
        add(f"    refs: [{{source: article, paragraph: {fig.paragraph}}}]")
    add("")

    add("quotes:" if x.quotes else "quotes: []   # the article has no direct quotation of five words or more")
    for quote in x.quotes:
        speaker = quote.speaker or f"{TODO}: speaker"
        note = (f"   # the article says {comment(repr(quote.said_as), 120)}" if quote.said_as else
                "   # named in full only in the article's title" if quote.headline else
                "" if quote.speaker else "   # the article names no speaker next to the quotation")
        add(f"  - speaker: {scalar(speaker)}{note}")
        add(f"    language: {lang}")
        spoken = quote.spoken or "unknown"
        key = "spoken" if f.quote_spoken else "# spoken"
        add(f"    {key}: {spoken}" + ("" if quote.spoken else "   # the article does not say what language the words were spoken in"))
        if quote.spoken and quote.spoken != lang:
            key = "translated_by" if f.quote_translated_by else "# translated_by"
            add(f"    {key}: source   # the article gives them in {lang}")
        add(f"    text: {scalar(quote.text)}")
        add(f"    refs: [{{source: article, paragraph: {quote.paragraph}}}]")
    add("")

    add("sources:")
    add("  - id: article")
    if draft.title:
        add(f"    title: {scalar(draft.title)}")
    elif f.source_title_optional:
        add("    # title: the article's text gives none (absent = unknown)")
    else:
        add(f"    title: {scalar(TODO + ': the article title (the text gives none)')}")
    if f.source_publisher_optional:
        add("    # publisher: who published the article (absent = unknown)")
    else:
        add(f"    publisher: {scalar(TODO + ': who published the article')}")
    if x.date:
        add(f"    date: {x.date.isoformat()}")
    else:
        add("    # date: the article's text gives none")
    add(f"    language: {lang}")
    add("    # url: https://…")
    key = "file" if f.source_file else "# file"
    add(f"    {key}: {scalar(draft.article_file)}")
    add("")
    add("drafting:")
    add(f"  drafted_by: {scalar(TODO + ': drafting office')}")
    return "\n".join(out) + "\n"


def placeholders(text: str) -> int:
    """How many TODO placeholders a draft's YAML holds (for the command's summary)."""
    return len(re.findall(r'^\s*-?\s*[\w_]+: "TODO', text, re.M))
