"""Localize: a brief and a locale give every string resolved, every value formatted.

The :class:`Localizer` is the only place where a text is chosen among its languages, cleaned of
control characters, checked against the fonts, typeset for its language, and where dates, numbers
and currencies go through babel (CLDR).  The layout asks it for each piece of text it places, so
both renderers receive the same, final strings.  Everything doubtful becomes a warning located in
the brief's file; ``strict`` makes the caller treat warnings as errors.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import unicodedata
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date, format_interval
from babel.numbers import format_currency, format_decimal, format_percent

from exporter.localize.catalogs import find_catalog
from exporter.localize.typography import (
    NBSP,
    bind_names,
    clean,
    gpo_united_states,
    respell,
    typeset,
)
from exporter.model.brief import Brief, Text
from exporter.model.load import LoadedBrief
from exporter.model.locales import parse_locale
from exporter.source.diagnostics import FieldPath, Problem
from exporter.tree import Span

_QUOTES = {
    "fr": ("«" + NBSP, NBSP + "»"),
    "de": ("„", "“"),
    "es": ("«", "»"),
    "it": ("«", "»"),
    "pt": ("«", "»"),
    "ru": ("«", "»"),
}
_ENGLISH_QUOTES = ("\u201c", "\u201d")
# An approximate figure: a word, where "≈" would be a mathematician's sign (GPO writes "about").
_APPROX = {"fr": "environ", "en": "about", "de": "etwa", "es": "unos", "it": "circa", "pt": "cerca de"}
# GPO Style Manual 9.44: abbreviated months take a period; May, June and July are not abbreviated.
_GPO_MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b(?!\.)")
_GPO_SPELLED = {"Sep": "Sept.", "Jun": "June", "Jul": "July"}




def locale_tag(locale: Locale) -> str:
    """The BCP 47 tag with a region, as Word's proofing language wants it: fr → fr-FR."""
    if locale.territory:
        return f"{locale.language}-{locale.territory}"
    likely = get_global("likely_subtags").get(locale.language, "")
    region = likely.split("_")[-1] if likely.count("_") >= 1 else ""
    return f"{locale.language}-{region}" if region.isalpha() and region.isupper() else locale.language


@cache
def language_tag(code: str) -> str:
    """The BCP 47 tag of a brief's language code, with the region readers' tools expect (``en`` →
    ``en-US``, ``fr`` → ``fr-FR``, ``en_GB`` → ``en-GB``); the code itself if babel has no such
    language."""
    try:
        return locale_tag(Locale.parse(code.replace("-", "_")))
    except (UnknownLocaleError, ValueError, TypeError):
        return code.replace("_", "-")


_NAME = re.compile(r"^[^\W\d_][\w.'’-]*(?: [\w.'’-]+)*$")  # words, not markup or code


def _names_pattern(brief: Brief) -> re.Pattern[str] | None:
    """The names of the brief's actors and speakers, of two or three words, in every language."""
    names: set[str] = set()
    for text in [actor.name for actor in brief.actors] + [quote.speaker for quote in brief.quotes]:
        for value in ([text.neutral] if text.neutral is not None else text.by_lang.values()):
            words = value.split()
            if 2 <= len(words) <= 3 and len(value) <= 32 and _NAME.match(" ".join(words)):
                names.add(" ".join(words))
    if not names:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


class Localizer:
    """Resolves texts and formats values of one brief for one locale, collecting warnings.

    Labels follow the memo's locale; a text keeps the language it is written in — a plain string
    is in the brief's first language — and its typography and hyphenation follow that language.
    Numbers follow the language the brief's text is in (the memo's, or the one it falls back to),
    so that one memo writes them one way, in its tables and in its sentences alike.
    """

    def __init__(self, loaded: LoadedBrief, locale: Locale, charset: frozenset[str],
                 spellings: dict[str, dict[str, str]] | None = None, gpo: bool = False):
        """``spellings``: the convention's house spellings by language (``{"en": {"al-Qaeda":
        "al-Qaida"}}``); ``gpo``: English text writes ``US`` as the GPO Style Manual does.  Both
        apply to the analyst's text, never to a quotation."""
        self.loaded = loaded
        self.spellings = spellings or {}
        self.gpo = gpo
        self.locale = locale
        self.name = str(locale)
        self.lang = locale.language
        self.tag = locale_tag(locale)
        self.charset = charset
        self.warnings: list[Problem] = []
        self._said: set[Problem] = set()
        self._reported: set[str] = set()
        chain = [self.name, self.lang] if self.name != self.lang else [self.lang]
        found, self._labels = find_catalog(chain)
        self._label_fallback = found is None and self.lang != "en"
        if self._label_fallback:
            self._warn_once("catalog", (), f"no label catalog for {self.name}: labels are in English")
        languages = loaded.brief.languages
        self.first = languages[0].split("_")[0]
        self.content_locale = locale  # the locale of the memo's text: numbers and quotation marks follow it
        if self.lang not in {code.split("_")[0] for code in languages}:
            fallback = languages[0]
            self._warn_once("fallback", (), f"the brief is written in {', '.join(languages)}, not {self.lang}: "
                                            f"its {fallback} text is used, under {self.name} labels")
            self.content_locale = parse_locale(fallback, loaded.file)
        self.quotes = _QUOTES.get(self.content_locale.language, _ENGLISH_QUOTES)
        self.names = _names_pattern(loaded.brief)

    # Texts --------------------------------------------------------------------------------

    def text(self, value: Text | str | None, path: FieldPath | None = None, quoted: bool = False,
             name: bool = False, **style: bool) -> Span:
        """One text of the brief, in the memo's language if it has it, ready to print; ``quoted``:
        words as someone else wrote them (a cited title), which keep their spelling; ``name``: a
        person's or a body's name, which, written once for every language, belongs to none — a
        screen reader reads "Molly Phee" in the memo's voice, not in the brief's first language's."""
        if value is None:
            return Span("")
        if isinstance(value, str):
            value = Text(neutral=value)
        where = path if path is not None else self.loaded.text_path(value)
        raw, lang = self._choose(value, where)
        if name and value.neutral is not None:
            lang = self.lang
        return self.original(raw, lang, where, quoted, **style)

    def plain(self, value: Text | None) -> str:
        """A text as a plain string (for metadata and the footer)."""
        return self.text(value).text if value is not None else ""

    def original(self, raw: str, lang: str, path: FieldPath, quoted: bool = False, **style: bool) -> Span:
        """A text in a given language, tagged with its BCP 47 tag (``en-US``, ``fr-FR``) when it
        is not in the memo's language; ``quoted``: someone's words, which keep their spelling."""
        base = lang.split("_")[0].split("-")[0]
        return Span(self.finish(raw, lang, path, quoted), None if base == self.lang else language_tag(lang), **style)

    def finish(self, raw: str, lang: str | None, path: FieldPath, quoted: bool = False) -> str:
        """Clean, check against the fonts, and typeset one string of language ``lang`` (None: not
        prose, such as an address — cleaned and checked, never typeset); the convention's house
        spellings apply to the analyst's own text, not to ``quoted`` words."""
        text, removed = clean(raw)
        if removed:
            self._warn(path, f"removed {removed} control or bidirectional-override character(s)")
        text = self._drawable(text, path)
        if not lang:
            return text
        base = lang.split("_")[0]
        if not quoted:
            text = respell(text, self.spellings.get(base, {}))
            if self.gpo and base == "en":
                text = gpo_united_states(text)
        return typeset(bind_names(text, self.names), lang)

    def _choose(self, value: Text, path: FieldPath) -> tuple[str, str]:
        if value.neutral is not None:
            return value.neutral, self.first
        for key in (self.name, self.lang):
            if key in value.by_lang:
                return value.by_lang[key], key.split("_")[0]
        # The same language with another region (en_GB text for an en_US memo).
        for key, text in value.by_lang.items():
            if key.split("_")[0] == self.lang:
                return text, self.lang
        first = self.loaded.brief.languages[0]
        fallback = first if first in value.by_lang else next(iter(value.by_lang))
        if "fallback" not in self._reported or fallback != first:
            self._warn(path, f"no {self.name} text: using the {fallback} one")
        return value.by_lang[fallback], fallback.split("_")[0]

    def _drawable(self, text: str, path: FieldPath) -> str:
        if self.charset.issuperset(text):
            return text  # every character drawable: nearly every text (no set of it built)
        missing = set(text) - self.charset
        missing.discard("\n")
        if not missing:
            return text
        shown = ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}" for ch in sorted(missing)[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        self._warn(path, f"the style's fonts cannot draw {shown}{more}: replaced by [U+XXXX]")
        out = []
        for ch in text:
            if ch in missing:
                # Invisible format characters (joiners, variation selectors) have nothing to show.
                if unicodedata.category(ch) != "Cf":
                    out.append(f"[U+{ord(ch):04X}]")
            else:
                out.append(ch)
        return "".join(out)

    # Labels -------------------------------------------------------------------------------

    def label(self, message: str, colon: bool = False, context: str | None = None) -> str:
        """A fixed label in the memo's language, typeset: a msgid marked ``_(…)`` in the layout,
        or a convention's (translated in that convention's ``context``)."""
        translated = self._labels.get(f"{context}\x04{message}") if context else None
        if translated is None:
            translated = self._labels.get(message)
        if translated is None:
            translated = message
            if not self._label_fallback and self.lang != "en":
                where = f" ({context})" if context else ""
                self._warn_once(f"label:{context}:{message}", (),
                                f"no {self.name} translation for label {message!r}{where}: using English")
        if colon:
            translated += ":"
        return typeset(translated, self.lang if not self._label_fallback else "en")

    def capitals(self, text: str) -> str:
        """``text`` in capitals, as a marking or a State head prints it; a letter whose capital
        the fonts cannot draw (ʇ → Ꞇ) stays as it is, as it was checked drawable."""
        upper = text.upper()
        if self.charset.issuperset(upper):
            return upper
        return "".join(c.upper() if self.charset.issuperset(c.upper()) else c for c in text)

    def punct(self, text: str) -> str:
        """Punctuation the layout adds between texts ("; ", ": "), typeset for the memo's language."""
        return typeset("x" + text, self.lang)[1:]

    def quoted(self, span: Span) -> Span:
        """``span`` between the locale's quotation marks."""
        opening, closing = self.quotes
        return Span(f"{opening}{span.text}{closing}", span.lang, span.bold, span.italic)

    def language_name(self, code: str) -> str:
        """The name of a language in the memo's language (``fr`` → ``French`` / ``français``)."""
        base = code.split("_")[0]
        name: str = self.locale.languages.get(base, code)
        return name

    # Values -------------------------------------------------------------------------------

    def date(self, value: dt.date) -> str:
        """A long date (14 décembre 2023 / December 14, 2023) that never breaks across lines."""
        return format_date(value, "long", locale=self.locale).replace(" ", NBSP)

    def short_date(self, value: dt.date) -> str:
        """A table's date, its month abbreviated (13 déc. 2023 / Dec 13, 2023; GPO style writes
        Dec. 13, 2023 and Sept.), unbreakable."""
        return self._short(format_date(value, "medium", locale=self.locale))

    def short_period(self, start: dt.date, end: dt.date) -> str:
        """A table's range of days, as CLDR writes an interval (4–10 déc. 2023 / Dec 4 – 10,
        2023; across months and years, both ends in full), unbreakable."""
        if start == end:
            return self.short_date(start)
        return self._short(format_interval(start, end, "yMMMd", locale=self.locale).replace("\u2009", "\u202f"))

    def _short(self, text: str) -> str:
        if self.gpo and self.lang == "en":
            text = _GPO_MONTHS.sub(lambda m: _GPO_SPELLED.get(m.group(1), m.group(1) + "."), text)
        return text.replace(" ", NBSP)

    def number(self, value: float, approx: bool = False) -> str:
        """A number with the locale's grouping (1 100 / 1,100), "about" / "environ" when approximate."""
        return self.quantity(value, None, None, approx)

    def quantity(self, value: float, unit: Text | None, currency: str | None,
                 approx: bool = False, value_max: float | None = None) -> str:
        """A figure's value with its unit, percentage or currency, kept on one line."""
        def one(v: float) -> str:
            # As the brief writes it (0.000001 is not 0, -0.0 is 0), in a context wide enough
            # for any figure the model admits.
            exact = decimal.Decimal(repr(v)) if isinstance(v, float) else decimal.Decimal(v)
            with decimal.localcontext() as context:
                context.prec = 60
                if currency:
                    return format_currency(exact, currency, locale=self.content_locale).replace(" ", NBSP)
                if unit is not None and unit.neutral in ("percent", "%"):
                    return format_percent(exact / 100, locale=self.content_locale,
                                          decimal_quantization=False).replace(" ", NBSP)
                return format_decimal(exact, locale=self.content_locale, decimal_quantization=False).replace(" ", NBSP)

        text = one(value) if value_max is None else f"{one(value)}–{one(value_max)}"
        if approx:  # a word a reader — and a screen reader — reads as such, in the figure's language
            text = f"{_APPROX.get(self.content_locale.language, '≈')}{NBSP}{text}"
        if unit is not None and unit.neutral not in ("percent", "%") and not currency:
            text += NBSP + self.text(unit).text
        return text

    # Warnings -----------------------------------------------------------------------------

    def warn(self, path: FieldPath, message: str) -> None:
        """A warning about the field ``path`` of the brief (``--strict`` makes it an error)."""
        self._warn(path, message)

    def warn_brief(self, path: FieldPath, message: str) -> None:
        """A warning about the brief itself, the same in every locale (no ``[locale]`` before it:
        the export says it once, however many memos are made)."""
        self.warnings.append(self.loaded.problem(path, message, warning=True))

    def _warn(self, path: FieldPath, message: str) -> None:
        # A text the memo prints twice (the subject: in the head and in the file's title) is
        # finished twice: its warning is said once.
        problem = self.loaded.problem(path, f"[{self.name}] {message}", warning=True)
        if problem not in self._said:
            self._said.add(problem)
            self.warnings.append(problem)

    def _warn_once(self, key: str, path: FieldPath, message: str) -> None:
        if key not in self._reported:
            self._reported.add(key)
            self._warn(path, message)
