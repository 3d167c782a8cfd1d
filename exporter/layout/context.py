"""What every section builder works with: the brief, its localizer, the convention, and the memo's
running state (section numbers, the sources' numbering).

A builder asks this object for a label by key (the convention names it, the catalogs translate it),
for a text of the brief ready to print, and for the references of a statement; it never reads a
catalog or a convention file itself.
"""

from __future__ import annotations

import re

from exporter.config.convention import Convention
from exporter.config.style import Style
from exporter.localize.localizer import Localizer
from exporter.localize.typography import NBSP
from exporter.model.brief import Ref, Source, Text
from exporter.model.load import LoadedBrief
from exporter.tree import Citation, Heading, Inline, Span

_FIELD = re.compile(r"\{(\w+)\}")


def _ranges(numbers: list[int]) -> list[str]:
    """Sorted paragraph numbers as runs: [1, 2, 3, 5] → ["1–3", "5"]; two in a row stay a pair."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return [f"{r[0]}–{r[-1]}" if len(r) > 2 else ",\u00a0".join(map(str, r)) for r in runs]


def fill(label: str, values: dict[str, Inline | str]) -> tuple[Inline, ...]:
    """A translated label as inlines, each ``{field}`` replaced by its value (a string, or a span
    that keeps its own language and look)."""
    out: list[Inline] = []
    for n, piece in enumerate(_FIELD.split(label)):
        if n % 2 == 0:
            if piece:
                out.append(Span(piece))
        else:
            value = values[piece]
            out.append(Span(value) if isinstance(value, str) else value)
    return tuple(out)


class Memo:
    """One memo being laid out: one brief, one locale, one convention."""

    def __init__(self, loaded: LoadedBrief, loc: Localizer, convention: Convention, style: Style | None = None):
        self.loaded = loaded
        self.style = style  # the house style, as the convention fixes it: what lengths are measured in
        self.brief = loaded.brief
        self.loc = loc
        self.convention = convention
        self.sources = {source.id: n for n, source in enumerate(self.brief.sources, 1)}
        self._sections = 0
        self._numbered = 0

    # Labels ---------------------------------------------------------------------------------

    def label(self, key: str, colon: bool = False, **values: str) -> str:
        """The convention's label ``key`` in the memo's language; ``values`` fill its {fields}."""
        context, msgid = self.convention.label(key)
        text = self.loc.label(msgid, colon=colon, context=context)
        return text.format(**values) if values else text

    def fill(self, key: str, **values: Inline | str) -> tuple[Inline, ...]:
        """The label ``key`` as inlines, each of its ``{field}``s replaced by a value — a text of
        the brief keeps its own language and look (``INFORMATION MEMO FOR {to}``)."""
        context, msgid = self.convention.label(key)
        return fill(self.loc.label(msgid, context=context), values)

    def colon(self, key: str) -> str:
        """A label followed by the memo language's colon (``Objet :`` / ``Subject:``)."""
        return self.label(key, colon=True)

    # Texts ----------------------------------------------------------------------------------

    def text(self, value: Text | str | None, quoted: bool = False, name: bool = False, **style: bool) -> Span:
        """A text of the brief, in the memo's language when it has it, ready to print; ``quoted``
        for words as someone else wrote them (a cited title: no house respelling); ``name`` for a
        name written once for every language (it takes the memo's language)."""
        return self.loc.text(value, None, quoted, name, **style)

    def plain(self, value: Text | None) -> str:
        return self.loc.plain(value)

    def refs(self, items: list[Ref]) -> list[Inline]:
        """References grouped by source, each a link to its entry: ``[1, ¶¶ 1–2, 5][2]``.  The
        paragraph sign is the convention's for the memo's language — ``¶`` in English, where ``§``
        reads as "section", ``§`` elsewhere — doubled for several paragraphs, runs as ranges."""
        groups: dict[str, list[int]] = {}
        for ref in items:
            groups.setdefault(ref.source, [])
            if ref.paragraph and ref.paragraph not in groups[ref.source]:
                groups[ref.source].append(ref.paragraph)
        out: list[Inline] = []
        mark = self.convention.paragraph_mark.get(self.loc.lang, "¶" if self.loc.lang == "en" else "§")
        for source_id, paragraphs in groups.items():
            n = self.sources[source_id]
            label = str(n)
            if paragraphs:
                spans = _ranges(sorted(paragraphs))
                sign = mark * 2 if len(paragraphs) > 1 else mark
                # A reference never breaks across lines: [1, ¶ 6] stays whole.
                label += f",{NBSP}{sign}{NBSP}" + f",{NBSP}".join(spans)
            out.append(Citation(label, f"source_{n}"))
        return ([Span(NBSP)] if out else []) + out

    def citation(self, source: Source) -> list[Inline]:
        """A source as a reader cites it: what the brief records of it, and only that — its
        publisher, « title » and date; a publisher or title it does not record is left out, never
        printed as "unknown", a missing date is said (``undated``), and a source with neither
        publisher nor title says what is known: a text in
        its language (the sources list adds where it was read; a French note's ``Réf.`` line
        cites it the same way)."""
        loc = self.loc
        _ = loc.label
        content: list[Inline] = []
        if source.publisher is not None:
            content.append(self.text(source.publisher))
        if source.title is not None:
            content += [Span(", ")] * bool(content) + [loc.quoted(self.text(source.title, quoted=True))]
        if not content:
            language = loc.language_name(source.language)
            content.append(Span(_("Text in {language}, title and publisher not recorded").format(language=language)))
        # The date is said either way: a reader must not take a missing one for an oversight.
        content.append(Span(", " + (loc.date(source.date) if source.date else _("undated"))))
        return content

    # Structure ------------------------------------------------------------------------------

    def heading(self, key: str, level: int = 1, numbered: bool = True) -> Heading:
        """A section heading with its label and a bookmark anchor of its own; numbered (``1.``)
        when the convention numbers the body's parts, as a French note does."""
        self._sections += 1
        text = self.label(key)
        if numbered and self.convention.number_sections:
            self._numbered += 1
            text = f"{self._numbered}.\u00a0{text}"
        return Heading(level, (Span(text),), f"section_{self._sections}")
