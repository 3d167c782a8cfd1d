"""Faithful to the article: a brief checked against the text of the sources it links (``file:``).

A memo is only as good as its fidelity to its source.  When a source links the article's text,
loading a brief checks, each problem at the line of the brief that holds it:

- every reference's paragraph exists in the article (an error);
- every quote appears word for word in a paragraph it cites, typography aside (an error: a
  misquote never reaches a memo);
- every figure's number appears in a paragraph it cites, in any usual writing (a warning), and
  ``approx`` says what the article says: approximate when it hedges ("environ", "about"), exact
  when it does not (a warning).

Only :mod:`exporter.model.load` reads files; this module works on their bytes and the loaded brief.
What "typography aside" and "any usual writing" mean is spelled out below, next to the code that
does it, and in the README (The brief format → Linked sources).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from exporter.model.brief import Ref, same_language
from exporter.source.diagnostics import FieldPath, NotUTF8, Problem, utf8_text

if TYPE_CHECKING:
    from exporter.model.brief import Figure, Quote
    from exporter.model.load import LoadedBrief


# The article ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CitedArticle:
    """A linked article's text: its paragraphs (numbered from 1) and the line each starts on.
    (The small values below are named tuples: a dataclass costs ten times as much to create,
    and this module is imported by every ``brief validate`` of a linked brief.)"""

    name: str                     # the file as the brief names it, for messages
    paragraphs: tuple[str, ...]
    lines: tuple[int, ...]

    def where(self, numbers: list[int] | None) -> str:
        """How a message names some of its paragraphs: ``paragraph 6 (line 11) of article.txt``."""
        if not numbers:
            return self.name
        if len(numbers) == 1:
            n = numbers[0]
            return f"paragraph {n} (line {self.lines[n - 1]}) of {self.name}"
        return f"paragraphs {', '.join(map(str, numbers))} of {self.name}"


# Files that are not text, by their first bytes: a message that says what the file is.
_MAGIC = (
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt?)"),
    (b"%PDF-", "a PDF"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)
_SAVE_AS_TEXT = "save the article's text as a UTF-8 plain-text file, paragraphs separated by blank lines"
_HTML = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<\?xml)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def parse_article(raw: bytes, name: str) -> CitedArticle:
    """The article in ``raw`` (UTF-8 plain text): paragraphs are separated by blank lines and
    numbered from 1; the lines of a paragraph are one paragraph.  Raise ValueError saying why a
    file is not such a text."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("the file is UTF-16 text: save it as UTF-8")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise ValueError(f"the file is {what}, not plain text: {_SAVE_AS_TEXT}")
    try:
        text = utf8_text(raw)
    except NotUTF8 as exc:
        if b"\x00" in raw[:4096]:
            raise ValueError(f"the file is binary, not text: {_SAVE_AS_TEXT}") from None
        raise ValueError(f"the file is {exc}: save it as UTF-8") from None
    bad = _CONTROL.search(text)
    if bad:
        at_line = text.count("\n", 0, bad.start()) + 1
        what = "binary" if bad.group() == "\x00" else f"not plain text (U+{ord(bad.group()):04X} on line {at_line})"
        raise ValueError(f"the file is {what}: {_SAVE_AS_TEXT}")
    if _HTML.match(text):
        raise ValueError(f"the file is an HTML page, not plain text: {_SAVE_AS_TEXT} (`brief draft` writes one)")
    paragraphs: list[str] = []
    lines: list[int] = []
    current: list[str] = []
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if line.strip():
            if not current:
                lines.append(number)
            current.append(line.strip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    if not paragraphs:
        raise ValueError("the file holds no text: it should hold the article, paragraphs separated by blank lines")
    return CitedArticle(name, tuple(paragraphs), tuple(lines))


# Typography: what may differ between a quote and its article -----------------------------------

# Every space (of any width, no-break or not) and line break is one separator; soft hyphens and
# zero-width characters are nothing; quotation marks are nothing; apostrophes are one apostrophe
# (’ between two letters is an apostrophe, elsewhere a closing quotation mark); dashes and hyphens
# are one dash; "..." is "…".  Words and other punctuation must be the same, except the case of
# the quote's first letter and ellipses or a final . , ; : at its ends.
_INVISIBLE = {**dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff")),
              0x02BC: "\u2019"}  # the modifier letter apostrophe is a letter to \w: make it an apostrophe
QUOTE_MARKS = frozenset('"«»“”„‟‹›‚')
APOSTROPHES = frozenset("'’‘ʼ")
DASHES = frozenset("-‐‑‒–—―−⁃")
_TOKEN = re.compile(r"\w+|\.\.\.|\S")


class Token(NamedTuple):
    """A word or a punctuation mark, as compared (``key``), and where it stands in the text."""

    key: str
    start: int
    end: int


def clean(text: str) -> str:
    """NFC, without invisible characters: what :func:`tokens` reads, and what its offsets refer to."""
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE)


def tokens(text: str) -> list[Token]:
    """The words and punctuation of a cleaned text, typography folded (see above)."""
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        if t in QUOTE_MARKS:
            continue
        if t in APOSTROPHES:
            inside = 0 < m.start() and m.end() < len(text) and text[m.start() - 1].isalnum() and text[m.end()].isalnum()
            if not inside:
                continue
            t = "'"
        elif t in DASHES:
            t = "-"
        elif t == "...":
            t = "…"
        out.append(Token(t, m.start(), m.end()))
    return out


_ELLIPSES = (("…",), ("[", "…", "]"), ("(", "…", ")"))
_FINAL = frozenset(".,;:")


def quote_tokens(text: str) -> list[Token]:
    """A quote's tokens without what its ends may add: ellipses (… … [\u2026]) at either end, and a
    final . , ; or : (the sentence around a quote owns its punctuation)."""
    toks = tokens(text)
    changed = True
    while changed and toks:
        changed = False
        for group in _ELLIPSES:
            n = len(group)
            if tuple(t.key for t in toks[:n]) == group:
                toks, changed = toks[n:], True
            if tuple(t.key for t in toks[-n:]) == group:
                toks, changed = toks[:-n], True
        while toks and toks[-1].key in _FINAL:
            toks, changed = toks[:-1], True
    return toks


def _first_letter_variants(key: str) -> set[str]:
    return {key, key[:1].swapcase() + key[1:]}


_SEP = "\x1f"  # never a token: Python counts it as white space


def joined(toks: list[Token]) -> str:
    """Tokens as one string, each between separators, so that finding a run of tokens is a
    substring search (C speed, whatever the article's length)."""
    return _SEP + _SEP.join(t.key for t in toks) + _SEP


def needles(quote: list[Token]) -> tuple[str, ...]:
    """What to search a :func:`joined` text for: the quote's tokens, its first letter in either case."""
    rest = "".join(t.key + _SEP for t in quote[1:])
    return tuple(f"{_SEP}{first}{_SEP}{rest}" for first in _first_letter_variants(quote[0].key))


def contains(paragraph: list[Token] | str, quote: list[Token]) -> bool:
    """The quote's tokens appear in a row in the paragraph's (its first letter in either case);
    ``paragraph`` may be given :func:`joined` already."""
    haystack = paragraph if isinstance(paragraph, str) else joined(paragraph)
    return any(needle in haystack for needle in needles(quote))


def _shown(text: str, toks: list[Token], limit: int = 60) -> str:
    piece = " ".join(text[toks[0].start:toks[-1].end].split())
    return piece if len(piece) <= limit else piece[:limit - 1] + "…"


_LEFT_OUT_WORDS = 6


def difference(quote_text: str, quote: list[Token], para_text: str, para: list[Token]) -> tuple[float, str]:
    """How much of the quote the paragraph holds (0–1), and the first difference, in words."""
    pkeys = [t.key for t in para]
    qkeys = [t.key for t in quote]
    # The quote's first letter may take either case: compare it as the paragraph writes it.
    for variant in _first_letter_variants(qkeys[0]):
        if variant in pkeys:
            qkeys[0] = variant
            break
    matcher = difflib.SequenceMatcher(None, qkeys, pkeys, autojunk=False)
    share = sum(block.size for block in matcher.get_matching_blocks()) / len(qkeys)
    ops = [op for op in matcher.get_opcodes()]
    while ops and ops[0][0] == "insert":       # the paragraph's words before the quote
        ops.pop(0)
    while ops and ops[-1][0] == "insert":      # and after it
        ops.pop()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        # At the quote's ends, the paragraph goes on: compare as many of its words as the quote has.
        if tag == "replace" and i2 == len(quote) and j2 - j1 > i2 - i1:
            j2 = j1 + (i2 - i1)
        elif tag == "replace" and i1 == 0 and j2 - j1 > i2 - i1:
            j1 = j2 - (i2 - i1)
        ours = quote[i1:i2]
        # No more of the article than a reader needs to fix the quote: a few words past the
        # quote's own where words were changed, the first few of a passage the quote leaves out.
        theirs = para[j1:min(j2, j1 + (i2 - i1 + 2 if tag == "replace" else _LEFT_OUT_WORDS))]
        after = f" after “{_shown(quote_text, quote[max(0, i1 - 3):i1])}”" if i1 > 0 else " at the start"
        if tag == "replace":
            return share, f"“{_shown(quote_text, ours)}” where the article has “{_shown(para_text, theirs)}”"
        if tag == "delete":
            return share, f"“{_shown(quote_text, ours)}”{after} is not in the article"
        return share, f"the article has “{_shown(para_text, theirs)}”{after}, which the quote leaves out"
    return share, ""


# Numbers: every usual way of writing a figure ---------------------------------------------------

# Digits with any group separator (1100, 1 100 with any space, 1,100, 1.100, 1'100) and either
# decimal mark (12.5, 12,5); a separator followed by three digits reads both ways (1,100 is 1100
# or 1.1).  Followed by million/milliard/billion/thousand/mille, also that many.  Signs are
# ignored (a fall of 3 % may be written -3).
_SPACE_LIKE = dict.fromkeys(map(ord, "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003"
                                       "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"), " ")
_PLAIN = {**_SPACE_LIKE, **dict.fromkeys(map(ord, APOSTROPHES), "'"), **dict.fromkeys(map(ord, DASHES), "-")}
# (A currency's letters may be written against the number, "Ksh1.3 billion", "PhP4.3 million", "$NZ2.25
# million", "MWK615 million"; the pound sign an e-mailed copy garbles into "=A3", quoted-printable's code
# for it: "a =A3463,000 contribution"; a scale or a unit after it, "£220.56m", "$3bn", "2,700kg", "240km/h".)
_NUMBER = re.compile(r"(?:(?<!\w)|(?<=\bKsh)|(?<=\bKShs)|(?<=\bKSh)|(?<=\bPhP)|(?<=\bPhp)|(?<=\bRs)|(?<=\$NZ)|(?<=\$US)|(?<=\$AU)"
                     r"|(?<=\bMWK)|(?<==A3))"
                     r"(\d{1,3}(?:[ ,.']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!(?!(?:m|mn|bn|k|km|kg|mm|cm|mph)\b)\w)")
_GLUED_SCALE = re.compile(r"(m|mn|bn)\b")
_SCALE = {"thousand": 1e3, "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
          "billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12}
_SCALE_AFTER = re.compile(r"\s*(" + "|".join(_SCALE) + r")\b")
_RANGE_SCALE = re.compile(r"(?:-|\s+(?:to|à|and|et)\s+)\d[\d.,]*\s*(" + "|".join(_SCALE) + r")\b")
_LOWER_SCALE = re.compile(r"\s+(\d{1,3})\s+(" + "|".join(_SCALE) + r")\b")
_AND_A_HALF = re.compile(r"\b([a-z]+)[- ]and[- ]a[- ]half[- ](million|billion)\b")
_A_SCALE = re.compile(r"\b(?:(half|a quarter of|three quarters of)\s+)?an?\s+(million|billion|thousand)\b|\b(un demi-)(million)\b")


def readings(written: str) -> set[float]:
    """Every value a number written with digits can mean."""
    groups = re.split(r"\D", written)
    separators = re.sub(r"\d", "", written)
    values: set[float] = set()
    if all(len(g) == 3 for g in groups[1:]):
        values.add(float("".join(groups)))
    if separators and separators[-1] in ".,":
        values.add(float("".join(groups[:-1]) + "." + groups[-1]))
    return values


# Numbers in words, in the source's language: whole numbers 0–99 and those times a hundred,
# thousand, million or billion ("deux cents", "three thousand"); French approximate counts
# (une dizaine, une centaine, un millier…), which are hedged by themselves.
def _french_words() -> dict[str, float]:
    units = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
    tens = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
    words = {w: float(n) for n, w in enumerate(units)}
    words["une"] = 1.0
    for t, name in tens.items():
        words[name] = float(t)
        for u in range(1, 10):
            joined = "et-un" if u == 1 else units[u]
            words[f"{name}-{joined}"] = float(t + u)
        words[f"{name}-et-une"] = float(t + 1)
    for u in range(1, 20):  # 61–79 and 81–99 count in twenties
        words["soixante-" + ("et-un" if u == 1 else "et-onze" if u == 11 else units[u])] = 60.0 + u
        words["quatre-vingt-" + units[u]] = 80.0 + u
    words.update({"quatre-vingts": 80.0, "quatre-vingt": 80.0, "quatre-vingt-une": 81.0})
    words.update({"cent": 100.0, "cents": 100.0, "mille": 1000.0})
    return words


def _english_words() -> dict[str, float]:
    units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
            90: "ninety"}
    words = {w: float(n) for n, w in enumerate(units)}
    for t, name in tens.items():
        words[name] = float(t)
        for u in range(1, 10):
            words[f"{name}-{units[u]}"] = float(t + u)
    words.update({"hundred": 100.0, "thousand": 1000.0, "dozen": 12.0})
    return words


# Counts that are approximate by themselves ("une centaine de soldats": about a hundred).
_FRENCH_ROUGH = {"dizaine": 10.0, "douzaine": 12.0, "quinzaine": 15.0, "vingtaine": 20.0, "trentaine": 30.0,
                 "quarantaine": 40.0, "cinquantaine": 50.0, "soixantaine": 60.0, "centaine": 100.0,
                 "millier": 1000.0}
_WORD_SCALES = {"fr": {"cent": 100.0, "cents": 100.0, "mille": 1e3, "million": 1e6, "millions": 1e6,
                       "milliard": 1e9, "milliards": 1e9},
                "en": {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_FRENCH_ET = re.compile(r"\b(vingt|trente|quarante|cinquante|soixante) et (une?|onze)\b")


@cache
def number_words(language: str) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """(words → value, approximate words → value, scale words → factor) of a language; empty for
    a language brief has no words for (digits are still found)."""
    if language == "fr":
        return _french_words(), _FRENCH_ROUGH, _WORD_SCALES["fr"]
    if language == "en":
        return _english_words(), {}, _WORD_SCALES["en"]
    return {}, {}, {}


# Hedges: words that say a number is not exact, before it (at most one word between: "environ
# 648", "près de 1 100", "about some 600") or after it (at most one word between: "1 100 environ",
# "600 or so"), within its clause (never across , ; : . ! ? parentheses or quotation marks).
# Bounds ("plus de", "more than", "up to") count too: the article does not give the exact number,
# and the memo's only way to say so is ≈.
HEDGES_BEFORE = {
    "fr": ("environ", "près de", "près d'", "presque", "quelque", "approximativement", "à peu près", "autour de",
           "autour d'", "aux alentours de", "aux alentours d'", "pas loin de", "pas loin d'", "quasiment",
           "grosso modo", "de l'ordre de", "de l'ordre d'", "estimé à", "estimée à", "estimés à", "estimées à",
           "avoisinant", "plus ou moins", "pres de", "pratiquement", "une estimation de", "plus de", "plus d'",
           "moins de", "moins d'", "au moins", "au plus", "jusqu'à", "au-delà de", "au-delà d'", "au minimum",
           "au maximum", "supérieur à", "supérieure à", "supérieurs à", "supérieures à", "inférieur à",
           "inférieure à", "inférieurs à", "inférieures à", "dépassé", "dépasse", "dépassant", "au-dessus de", "~",
           "≈"),
    "en": ("about", "around", "approximately", "approx", "roughly", "nearly", "almost", "some", "close to",
           "an estimated", "estimated", "estimated to be", "an approximate", "more or less", "circa",
           "in the region of", "of the order of", "on the order of", "upwards of", "as many as", "as much as",
           "more than", "over", "less than", "fewer than", "under", "at least", "at most", "up to", "no more than",
           "no fewer than", "no less than", "in excess of", "above", "exceed", "exceeds", "exceeded", "exceeding",
           "surpass", "surpasses", "surpassed", "surpassing", "topped", "topping",
           "~", "≈"),
}
HEDGES_AFTER = {
    "fr": ("environ", "à peu près", "au moins", "au plus", "ou plus", "ou moins", "et plus"),
    "en": ("or so", "odd", "or more", "or less", "or fewer", "approximately", "roughly", "plus"),
}
_BOUNDARY = frozenset(",;:.!?()[]…") | QUOTE_MARKS
_CURRENCY_TOKENS = frozenset({"$", "€", "£", "¥", "us", "usd", "eur", "gbp", "chf", "ksh", "kshs", "php", "nz",
                              "hk", "fj", "fjd", "mwk"})     # (not "au", "ca": French words)
# (nor a definite article, which makes the number the one the sentence is about, not a hedged one:
# "above the 15 per cent threshold", "concerned about the 1,500 refugees")
# (nor "to" after one: "handed over to 9 districts" is exact — a hedge that ends in "to" is one phrase: "up to", "close to")
_NOT_BETWEEN = frozenset({"to", "which", "whom", "whose", "lequel", "laquelle", "lesquels", "lesquelles", "dont", "quel",
                          "quelle", "où", "where", "the", "these", "those"})
# (but an approximation's hedge stays one before "the": "close to the 1 million mark", "nearly the 2,000 mark";
# brief draft reads the same list)
APPROXIMATORS = frozenset({("nearly",), ("almost",), ("approximately",), ("roughly",), ("close", "to")})
_OPENING_MARKS = frozenset("«“„\"")
_GAP = 1


_WORDS_AND_MARKS = re.compile(r"\w+|[^\w\s]")


def _hedge_words(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in _WORDS_AND_MARKS.findall(phrase.lower()) if w not in ("'", "’", "-"))


@cache
def hedges(language: str) -> tuple[dict[str, list[tuple[str, ...]]], dict[str, list[tuple[str, ...]]]]:
    """The hedges of a language as word tuples: those before the number by their last word, those
    after it by their first (so that a number's neighbours are looked up, not compared with all)."""
    before: dict[str, list[tuple[str, ...]]] = {}
    after: dict[str, list[tuple[str, ...]]] = {}
    for phrase in map(_hedge_words, HEDGES_BEFORE.get(language, ())):
        before.setdefault(phrase[-1], []).append(phrase)
    for phrase in map(_hedge_words, HEDGES_AFTER.get(language, ())):
        after.setdefault(phrase[0], []).append(phrase)
    return before, after


class Occurrence(NamedTuple):
    """A number written in a paragraph: what it can mean, how the article writes it, and the
    article's words from its hedge to the number ("environ 648"; "" when it has none)."""

    values: frozenset[float]
    written: str
    hedged: str


def _plain(text: str) -> str:
    """A paragraph with every space one space, every apostrophe ', every dash -: offsets kept."""
    return clean(text).translate(_PLAIN)


def occurrences(paragraph: str, language: str) -> list[Occurrence]:
    """Every number a paragraph writes, in digits or in words of ``language``, with its hedge."""
    text = _plain(paragraph)
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer (İ): keep offsets aligned
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    words_of, rough, scales = number_words(language)
    found: list[tuple[int, int, frozenset[float], bool]] = []
    for m in _NUMBER.finditer(text):
        values = readings(m.group())
        end = m.end()
        scale = _SCALE_AFTER.match(lower, end)
        glued = _GLUED_SCALE.match(lower, end) if not scale else None
        if scale:
            values |= {v * _SCALE[scale.group(1)] for v in values}
            end = scale.end()
            if (lower_scale := _LOWER_SCALE.match(lower, end)) and _SCALE[lower_scale.group(2)] < _SCALE[scale.group(1)]:
                # "2 milliards 912 millions": one amount in two scales
                values |= {v * _SCALE[scale.group(1)] + int(lower_scale.group(1)) * _SCALE[lower_scale.group(2)]
                           for v in readings(m.group())}
                end = lower_scale.end()
        elif range_scale := _RANGE_SCALE.match(lower, end):
            values |= {v * _SCALE[range_scale.group(1)] for v in values}    # "entre 2 et 3 milliards", "10-15 million"
        if glued and re.search(r"[$€£¥]|\b[a-z]{2,3}\s?$", lower[max(0, m.start() - 4):m.start()]):
            values |= {v * (1e9 if glued.group(1) == "bn" else 1e6) for v in values}   # "$500m", "£3bn" (not "500m")
            end = glued.end()
        found.append((m.start(), end, frozenset(values), False))
    for m in _AND_A_HALF.finditer(lower):
        if (whole := words_of.get(m.group(1))) is not None:
            found.append((m.start(), m.end(), frozenset({(whole + 0.5) * _SCALE[m.group(2)]}), False))   # "two-and-a-half million"
    for m in _A_SCALE.finditer(lower):
        # "half a million", "a quarter of a million", "a million": counts with no numeral
        share = {"half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75}.get(m.group(1) or "", 0.5 if m.group(3) else 1.0)
        found.append((m.start(), m.end(), frozenset({share * _SCALE[m.group(2) or m.group(4)]}), False))
    if words_of or rough:
        joined = _FRENCH_ET.sub(lambda m: m.group().replace(" ", "-"), lower) if language == "fr" else lower
        matches = list(_WORD.finditer(joined))
        for k, m in enumerate(matches):
            word = m.group()
            if word in rough or word.rstrip("s") in rough:
                start = m.start()
                if k and matches[k - 1].group() in ("un", "une") and found and found[-1][0] == matches[k - 1].start():
                    start = found.pop()[0]  # "une centaine" is one count, not 1 and 100
                found.append((start, m.end(), frozenset({rough.get(word) or rough[word.rstrip("s")]}), True))
                continue
            a_hundred = word == "a" and language == "en" and k + 1 < len(matches) and matches[k + 1].group() == "hundred"
            if (word not in words_of and not a_hundred) or (k and (matches[k - 1].group() in words_of or matches[k - 1].group() == "a") and word in scales):
                continue
            value, end = (1.0 if a_hundred else words_of[word]), m.end()      # ("a hundred and forty-one states")
            nxt = matches[k + 1] if k + 1 < len(matches) else None
            if value in _TENS and nxt is not None and words_of.get(nxt.group(), 10) < 10 and joined[end:nxt.start()] == " ":
                value, end = value + words_of[nxt.group()], nxt.end()     # "seventy six", as a copy may write it
                nxt = matches[k + 2] if k + 2 < len(matches) else None
            if nxt is not None and nxt.group() in scales and joined[end:nxt.start()].strip() == "":
                value, end = value * scales[nxt.group()], nxt.end()
                rest = matches[k + 2] if k + 2 < len(matches) else None
                if nxt.group() == "hundred" and rest is not None and rest.group() == "and" and k + 3 < len(matches):
                    rest = matches[k + 3]
                if nxt.group() == "hundred" and rest is not None and words_of.get(rest.group(), 100) < 100 \
                        and joined[end:rest.start()].strip() in ("", "and"):
                    value, end = value + words_of[rest.group()], rest.end()     # "one hundred forty-one"
                if nxt.group() in ("hundred", "cent", "cents"):
                    larger = next((w for w in matches[k + 2:k + 6] if w.start() >= end), None)
                    if larger is not None and scales.get(larger.group(), 0) >= 1000 and joined[end:larger.start()].strip() == "":
                        value, end = value * scales[larger.group()], larger.end()   # "a hundred thousand people"
                elif scales[nxt.group()] >= 1e6:
                    more, end = _lower_part(matches, k + 2, joined, end, words_of, scales, scales[nxt.group()])
                    value += more                                               # "sept millions trois cent mille"
            found.append((m.start(), end, frozenset({value}), False))
    if not found:
        return []
    words = [(m.group(), m.start(), m.end()) for m in _WORDS_AND_MARKS.finditer(lower)]
    starts = [w[1] for w in words]
    before, after = hedges(language)
    ranged = _ranges(lower, sorted(found))
    out = []
    for start, end, meanings, rough_word in found:
        written = " ".join(text[start:end].split())
        if rough_word:
            hedged = written
        elif (start, end) in ranged:
            hedged = " ".join(text[slice(*ranged[start, end])].split())
        else:
            span = _hedge(words, starts, start, end, before, after)
            hedged = " ".join(text[span[0]:span[1]].split()) if span else ""
        out.append(Occurrence(meanings, written, hedged))
    return out


# A range's two ends, each a bound: "8-10 percent", "between 400 and 600", "entre 400 et 600",
# "50,000 to 60,000" — not a change, "from 50 to 60", "de 50 à 60", "passé de 16 000 à 37 000".
_RANGE_JOINT = re.compile(r"-|\s+(?:to|à|and|et)\s+")     # (not " - ": a dateline's dash)
_RANGE_OPENING = re.compile(r"\b(?:between|entre)\s+$")
_A_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")
_CHANGE_OPENING = re.compile(r"\b(?:from|de|d'|des|du)\s+$")


_TENS = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})


def _ranges(lower: str, found: list[tuple[int, int, frozenset[float], bool]]) -> dict[tuple[int, int], tuple[int, int]]:
    """Each number that is one end of a range, by its span: the range's span."""
    out = {}
    for (s1, e1, *_), (s2, e2, *_) in zip(found, found[1:]):
        joint = _RANGE_JOINT.fullmatch(lower, e1, s2)
        if joint is None or any(_A_YEAR.fullmatch(lower[s:e]) for s, e in ((s1, e1), (s2, e2))):
            continue                                   # (not "2015-2020", "from 1.9 million in 2017 to 4.3 million")
        opening = lower[max(0, s1 - 12):s1]
        if joint.group().strip() in ("and", "et") and not _RANGE_OPENING.search(opening):
            continue
        if joint.group().strip() in ("to", "à") and _CHANGE_OPENING.search(opening):
            continue
        span = (s1 - len(m.group()) if (m := _RANGE_OPENING.search(opening)) else s1, e2)
        out[s1, e1] = out[s2, e2] = span
    return out


def _lower_part(matches: list, k: int, joined: str, end: int, words_of: dict[str, float], scales: dict[str, float],
                scale: float) -> tuple[float, int]:
    """The number in words after a million's or a billion's scale word, below that scale ("trois cent
    mille" after "sept millions"), and where it ends; (0, ``end``) when none follows."""
    total, current, last = 0.0, 0.0, end
    for m in matches[k:]:
        word = m.group()
        if joined[last:m.start()].strip(" -") or (word not in words_of and word not in scales):
            break
        if word in scales and scales[word] >= 1e6:
            if scales[word] >= scale:
                break
            total, current = total + (current or 1) * scales[word], 0.0     # "deux milliards cinq cents millions"
        elif word in ("cent", "cents", "hundred"):
            current = (current or 1) * 100
        elif word in ("mille", "thousand"):
            total, current = total + (current or 1) * 1000, 0.0
        elif words_of[word] < 100:
            current += words_of[word]
        else:
            break
        last = m.end()
    found = total + current
    return (found, last) if 0 < found < scale else (0.0, end)


def _hedge(words: list[tuple[str, int, int]], starts: list[int], start: int, end: int, before,
           after) -> tuple[int, int] | None:
    """Where the hedge next to the number at [start, end) and the number stand together, or None.
    ``starts``: where each word starts (sorted), to find the number's neighbours at once."""
    ahead: list[tuple[str, int, int]] = []
    nearest = bisect_left(starts, start) - 1
    for k in range(nearest, -1, -1):
        if k == nearest and words[k][0] in _OPENING_MARKS:
            continue                          # a quotation that opens on the number: "plus de « 400.000 personnes »"
        if words[k][0] == "." and k and words[k - 1][0] == "approx":
            continue                          # "approx. 8.5 billion": an abbreviation's point
        if words[k][0] in _BOUNDARY or len(ahead) > 6:
            break
        if words[k][0] not in ("'", "-") and words[k][0] not in _CURRENCY_TOKENS:
            ahead.insert(0, words[k])         # (a currency between the hedge and its number: "about US$10 million")
    behind: list[tuple[str, int, int]] = []
    for k in range(bisect_left(starts, end), len(words)):
        if words[k][0] in _BOUNDARY or len(behind) > 6:
            break
        if words[k][0] not in ("'", "-"):
            behind.append(words[k])
    keys_ahead = [w[0] for w in ahead]
    keys_behind = [w[0] for w in behind]
    for gap in range(_GAP + 1):
        stop = len(keys_ahead) - gap
        blocked = bool(gap and keys_ahead[stop:stop + 1] and keys_ahead[stop] in _NOT_BETWEEN)
        the = blocked and keys_ahead[stop] == "the"
        for phrase in before.get(keys_ahead[stop - 1], ()) if stop > 0 and (not blocked or the) else ():   # ("under which 16")
            if the and phrase not in APPROXIMATORS:
                continue
            if stop >= len(phrase) and tuple(keys_ahead[stop - len(phrase):stop]) == phrase:
                return ahead[stop - len(phrase)][1], end
        for phrase in after.get(keys_behind[gap], ()) if gap < len(keys_behind) else ():
            if phrase == ("plus",) and gap:
                continue                      # "US$50 million credit plus a grant": "and", not "or more"
            if tuple(keys_behind[gap:gap + len(phrase)]) == phrase \
                    and keys_behind[gap + len(phrase):gap + len(phrase) + 1] not in (["de"], ["d"], ["than"]):
                return start, behind[gap + len(phrase) - 1][2]     # (not "quatre décès et plus de 182 blessés")
    return None


@lru_cache(maxsize=4096)
def _paragraph_occurrences(paragraph: str, language: str) -> tuple[Occurrence, ...]:
    """:func:`occurrences`, once per paragraph: a batch reads many briefs of one article."""
    return tuple(occurrences(paragraph, language))


def value_key(value: float) -> str:
    """A number as an index key: its magnitude to twelve significant digits (1.2 × 10⁶ read from
    "1,2 million" is the brief's 1200000; a sign is not a difference)."""
    return f"{abs(float(value)):.12g}"


# The checks ------------------------------------------------------------------------------------

class Target(NamedTuple):
    """Where a statement should be found: a linked source, and its paragraphs (None: anywhere)."""

    source_id: str
    language: str
    article: CitedArticle
    paragraphs: tuple[int, ...] | None

    def where(self) -> str:
        return self.article.where(list(self.paragraphs) if self.paragraphs else None)


class Reading:
    """The linked articles as the checks read them: each paragraph tokenized and its numbers found
    once, and for a search of a whole article, the article joined and indexed once — whatever the
    number of quotes and figures (a brief may hold many; an article may be long)."""

    def __init__(self, articles: dict[str, CitedArticle], languages: dict[str, str]):
        self.articles = articles
        self.languages = languages
        self._tokens: dict[tuple[str, int], tuple[str, list[Token], str, frozenset[str]]] = {}
        self._numbers: dict[tuple[str, int], dict[str, list[Occurrence]]] = {}
        self._whole: dict[str, tuple[str, list[int], dict[str, list[int]], dict[str, list[Occurrence]]]] = {}

    def tokens(self, sid: str, n: int) -> tuple[str, list[Token], str, frozenset[str]]:
        """Paragraph ``n`` of source ``sid``: its clean text, its tokens, them joined, their set."""
        key = (sid, n)
        if key not in self._tokens:
            text = clean(self.articles[sid].paragraphs[n - 1])
            toks = tokens(text)
            self._tokens[key] = (text, toks, joined(toks), frozenset(t.key for t in toks))
        return self._tokens[key]

    def numbers(self, sid: str, n: int) -> dict[str, list[Occurrence]]:
        """The numbers paragraph ``n`` of source ``sid`` writes, by :func:`value_key`."""
        key = (sid, n)
        if key not in self._numbers:
            language = self.languages[sid].replace("-", "_").split("_")[0].lower()
            index: dict[str, list[Occurrence]] = {}
            for occurrence in _paragraph_occurrences(self.articles[sid].paragraphs[n - 1], language):
                for v in occurrence.values:
                    index.setdefault(value_key(v), []).append(occurrence)
            self._numbers[key] = index
        return self._numbers[key]

    def whole(self, sid: str) -> tuple[str, list[int], dict[str, list[int]], dict[str, list[Occurrence]]]:
        """Source ``sid`` as one joined text (paragraphs apart), where each paragraph starts in it,
        the paragraphs each token is in, and every number it writes by :func:`value_key`."""
        if sid not in self._whole:
            parts: list[str] = []
            starts: list[int] = []
            postings: dict[str, list[int]] = {}
            numbers: dict[str, list[Occurrence]] = {}
            at = 0
            for n in range(1, len(self.articles[sid].paragraphs) + 1):
                _, _, text, keys = self.tokens(sid, n)
                starts.append(at)
                parts.append(text)
                at += len(text) + 1
                for key in keys:
                    postings.setdefault(key, []).append(n)
                for key, found in self.numbers(sid, n).items():
                    numbers.setdefault(key, []).extend(found)
            self._whole[sid] = ("\x1e".join(parts), starts, postings, numbers)
        return self._whole[sid]

    def find(self, target: Target, wanted: tuple[str, ...]) -> int | None:
        """The paragraph of ``target`` where one of the ``wanted`` needles is, or None."""
        if target.paragraphs is not None:
            return next((n for n in target.paragraphs
                         if any(w in self.tokens(target.source_id, n)[2] for w in wanted)), None)
        text, starts, _, _ = self.whole(target.source_id)
        hits = [i for i in (text.find(w) for w in wanted) if i >= 0]
        return bisect_right(starts, min(hits)) if hits else None

    def closest(self, target: Target, keys: set[str], limit: int = 3) -> list[int]:
        """The ``limit`` paragraphs of ``target`` sharing the most tokens with ``keys``; in a
        whole article, among those holding its rarest tokens (so a long article costs little)."""
        numbers: Sequence[int] | None = target.paragraphs
        if numbers is None:
            postings = self.whole(target.source_id)[2]
            rare = sorted((k for k in keys if k in postings), key=lambda k: len(postings[k]))[:3]
            numbers = sorted({n for k in rare for n in postings[k][:200]})
        scored = sorted(numbers, key=lambda n: -len(keys & self.tokens(target.source_id, n)[3]))
        return scored[:limit]

    def values(self, target: Target, key: str) -> list[Occurrence]:
        """Where ``target`` writes the number of :func:`value_key` ``key``."""
        if target.paragraphs is None:
            return self.whole(target.source_id)[3].get(key, [])
        return [o for n in target.paragraphs for o in self.numbers(target.source_id, n).get(key, ())]


def targets(refs: list[Ref], articles: dict[str, CitedArticle], languages: dict[str, str]) -> list[Target]:
    """The linked sources a statement's references point at, each with the paragraphs cited
    (those that exist); a statement without any reference may come from any linked source."""
    if not refs:
        return [Target(sid, languages[sid], article, None) for sid, article in articles.items()]
    cited: dict[str, set[int] | None] = {}
    for ref in refs:
        if ref.source not in articles:
            continue
        if ref.paragraph is None:
            cited[ref.source] = None
        elif (cited_here := cited.get(ref.source, set())) is not None:
            if ref.paragraph <= len(articles[ref.source].paragraphs):
                cited_here.add(ref.paragraph)
                cited[ref.source] = cited_here
    out = []
    for sid, numbers in cited.items():
        if numbers is not None and not numbers:
            continue  # only paragraphs that do not exist: already an error
        out.append(Target(sid, languages[sid], articles[sid], None if numbers is None else tuple(sorted(numbers))))
    return out


def reading_of(loaded: LoadedBrief, articles: dict[str, CitedArticle]) -> Reading:
    """The articles a brief links, as its checks read them (this module's and
    :mod:`exporter.checks.claims`, which share what each paragraph is read into)."""
    return Reading(articles, {s.id: s.language for s in loaded.brief.sources if s.id in articles})


def check(loaded: LoadedBrief, articles: dict[str, CitedArticle], reading: Reading | None = None) -> list[Problem]:
    """Every problem of fidelity between a brief and the articles its sources link (by source
    id): errors for a missing paragraph or a misquote, warnings for figures."""
    from exporter.model.load import iter_refs

    if not articles:
        return []
    brief = loaded.brief
    reading = reading or reading_of(loaded, articles)
    problems: list[Problem] = []
    for path, ref in iter_refs(brief, ()):
        article = articles.get(ref.source)
        if article is not None and ref.paragraph is not None and ref.paragraph > len(article.paragraphs):
            count = len(article.paragraphs)
            problems.append(loaded.problem(path + ("paragraph",), (
                f"{article.name} has no paragraph {ref.paragraph}: it has {count} paragraph{'s' * (count > 1)}, "
                "numbered from 1 and separated by blank lines")))
    for i, quote in enumerate(brief.quotes):
        problems += _check_quote(loaded, i, quote, reading)
    for i, figure in enumerate(brief.figures):
        problems += _check_figure(loaded, i, figure, reading)
    return problems


_DIFF_LIMIT = 4_000_000  # quote tokens × paragraph tokens beyond which no word-by-word comparison is made


def _check_quote(loaded: LoadedBrief, i: int, quote: Quote, reading: Reading) -> list[Problem]:
    if quote.translated_by == "analyst":
        return []  # our own words, labelled as such: no source holds them
    cited = targets(quote.refs, reading.articles, reading.languages)
    found = [t for t in cited if same_language(t.language, quote.language)]
    if not found:
        if not cited:
            return []
        # Not in the article's language: not checkable word for word, and never silently so
        # (its names and numbers are still checked: exporter.checks.claims).
        return [loaded.problem(("quotes", i, "language"), (
            f"the quote is in {quote.language} and {cited[0].article.name} in {cited[0].language}: it cannot be "
            f"checked word for word (only its names and numbers are); if the article gives these words, quote "
            f"them in its language"), warning=True)]
    text = clean(quote.text)
    wanted = quote_tokens(text)
    here = ("quotes", i, "text")
    if not wanted:
        return [loaded.problem(here, "the quote has no words")]
    wanted_needles = needles(wanted)
    if any(reading.find(target, wanted_needles) is not None for target in found):
        return []
    # Not where it is cited: is it elsewhere in the article?
    for target in found:
        if target.paragraphs is not None:
            n = reading.find(target._replace(paragraphs=None), wanted_needles)
            if n is not None:
                return [loaded.problem(here, f"not in the paragraph cited, but word for word in "
                                             f"{target.article.where([n])}: fix the reference")]
    # Compare word by word with the paragraphs that share the most words with it.
    keys = {t.key for t in wanted}
    best: tuple[float, str, str] | None = None
    for target in found:
        for n in reading.closest(target, keys):
            para_text, para, _, _ = reading.tokens(target.source_id, n)
            if len(wanted) * len(para) > _DIFF_LIMIT:
                continue
            share, first = difference(text, wanted, para_text, para)
            if best is None or share > best[0]:
                best = (share, first, target.article.where([n]))
    if best is not None and best[0] >= 0.5 and best[1]:
        detail = f"not word for word in {best[2]}: {best[1]}"
    else:
        detail = f"not found in {' or '.join(t.where() for t in found)}"
    return [loaded.problem(here, detail + " (a quote is word for word: only typography may differ)")]


def _check_figure(loaded: LoadedBrief, i: int, figure: Figure, reading: Reading) -> list[Problem]:
    found = targets(figure.refs, reading.articles, reading.languages)
    if not found:
        return []
    # (where the number is, the number, whether it is approximate (None: not said), where that is, whose)
    values: list[tuple[FieldPath, float, bool | None, FieldPath, str]] = [
        (("figures", i, "value"), figure.value, figure.approx, ("figures", i, "approx"), "")]
    if figure.value_max is not None:
        values.append((("figures", i, "value_max"), figure.value_max, None, (), ""))
    if figure.comparison is not None:
        values.append((("figures", i, "comparison", "value"), figure.comparison.value, figure.comparison.approx,
                       ("figures", i, "comparison", "approx"), " to the comparison"))
    where = " or ".join(t.where() for t in found)
    hedging = any(HEDGES_BEFORE.get(t.language.replace("-", "_").split("_")[0].lower()) for t in found)
    problems = []
    for path, value, approx, approx_path, whose in values:
        key = value_key(value)
        seen = [o for t in found for o in reading.values(t, key)]
        if not seen:
            shown = f"{value:g}" if isinstance(value, float) else str(value)
            problems.append(loaded.problem(path, (
                f"{shown} is not in {where} (looked for it in digits, with any group separator or decimal mark, "
                "and in words): check the figure and its reference"), warning=True))
            continue
        if approx is None or not hedging:
            continue
        hedged = [o for o in seen if o.hedged]
        if approx and not hedged:
            problems.append(loaded.problem(approx_path, (
                f"approx: true, but {where} gives “{seen[0].written}” without a hedge (such as “about”, "
                "“environ”): remove approx, or check the figure"), warning=True))
        elif not approx and hedged and len(hedged) == len(seen):     # (an exact one among them may be this one)
            problems.append(loaded.problem(approx_path, (
                f"{where} says “{hedged[0].hedged}”, not an exact number: add approx: true{whose}"), warning=True))
    return problems
