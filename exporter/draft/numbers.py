"""Numbers written in words, English and French: "One hundred forty-one", "a hundred and
forty-one", "cent quarante et un", "quatre-vingt-dix-neuf", "trois millions".

A figure written in words is still a figure: the draft reads it as a number the way a person does.
:func:`spelled_numbers` finds the runs of number words in a text and gives each run's value; the
rules that decide whether a run counts something (a noun after it, no determiner before it) live
in :mod:`exporter.draft.figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_UNITS = {
    "en": {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
           "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90},
    "fr": {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
           "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
           "cinquante": 50, "soixante": 60},
}
_HUNDRED = {"en": {"hundred"}, "fr": {"cent", "cents"}}
_SCALES = {"en": {"thousand": 10**3, "million": 10**6, "millions": 10**6, "billion": 10**9, "billions": 10**9,
                  "trillion": 10**12},
           "fr": {"mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9}}
_JOINERS = {"en": {"and"}, "fr": {"et"}}
# Every word a number is spelled with, in either language (a label never ends on one cut short).
NUMBER_WORDS = frozenset().union(*(set(_UNITS[lang]) | _HUNDRED[lang] | set(_SCALES[lang]) for lang in _UNITS))
_ARTICLE = {"en": {"a"}, "fr": set()}           # "a hundred", "a million"
_HALF = {"en": {"half"}, "fr": {"demi"}}         # "un demi-million", "a half million", "half-million"


@dataclass
class Spelled:
    value: int
    start: int
    end: int
    text: str


def _words(lang: str) -> set[str]:
    return set(_UNITS[lang]) | _HUNDRED[lang] | set(_SCALES[lang]) | _JOINERS[lang] | _ARTICLE[lang] | _HALF[lang]


_TOKEN = re.compile(r"[A-Za-zÀ-ÿ]+")


def _value(tokens: list[str], lang: str) -> int | None:
    """The value of a run of number words (lower case, hyphens split), or None if it is not one
    number ("two three", "and")."""
    units, hundred, scales = _UNITS[lang], _HUNDRED[lang], _SCALES[lang]
    total, current, seen = 0, 0, False
    last = None                                  # kind of the previous word: unit, ten, hundred, scale
    half = None                                  # "only" ("un demi-million"), "plus" ("two and a half million")
    for i, token in enumerate(tokens):
        if token in _ARTICLE[lang] and i and i + 1 < len(tokens) and tokens[i + 1] in _HALF[lang]:
            continue                             # the "a" of "two and a half", "half a million"
        if token in _JOINERS[lang] or (token in _ARTICLE[lang] and i == 0):
            if token in _ARTICLE[lang]:
                current, last = 1, "article"
            continue
        if token in units:
            n = units[token]
            if lang == "fr" and token in ("vingt", "vingts") and last == "unit" and current % 100 == 4:
                current += 76                    # quatre-vingt(s) = 80
                last = "ten"
                seen = True
                continue
            after_dix = lang == "fr" and i and tokens[i - 1] == "dix" and n < 10      # dix-sept, quatre-vingt-dix-neuf
            if last in ("unit", "teen") and not after_dix:
                return None                      # "two three"
            if last == "ten" and (n >= 10 and not (lang == "fr" and current % 100 in (60, 80) and n < 20)):
                return None                      # "twenty thirty"
            current += n
            last = "teen" if 10 <= n < 20 else "ten" if n >= 20 else "unit"
            seen = True
        elif token in hundred:
            current = (current or 1) * 100
            last, seen = "hundred", True
        elif token in _HALF[lang]:
            joined = i and tokens[i - 1] in _JOINERS[lang] or i >= 2 and tokens[i - 2] in _JOINERS[lang]
            if joined and last == "scale" and tokens[i - 1] in _JOINERS[lang] and i + 1 == len(tokens) \
                    and tokens[i - 2] in scales:
                total += scales[tokens[i - 2]] // 2   # "trois millions et demi"
                last, seen = "scale", True
                continue
            if joined and last in ("unit", "teen", "ten", "hundred"):
                half = "plus"
            elif last in (None, "article") or last == "unit" and current == 1:
                half = "only"
            else:
                return None                      # "two half", "million demi"
            last = "half"
        elif token in _ARTICLE[lang] and last == "half":
            continue                             # "half a million"
        elif token in scales:
            if half == "only":
                total += scales[token] // 2
            else:
                total += (current or 1) * scales[token] + (scales[token] // 2 if half == "plus" else 0)
            current, last, seen, half = 0, "scale", True, None
        else:
            return None
    if last == "half":
        return None                              # "une demi" of "une demi-heure": no number
    return total + current if seen else None


@cache
def _run_re(lang: str) -> re.Pattern:
    """A run of number words, found by one pattern (a long article is not tokenized word by word)."""
    from exporter.draft.bodies import initials, trie_pattern

    word = trie_pattern(sorted(_words(lang)))
    return re.compile(rf"(?<![\w-]){initials(_words(lang), ignorecase=True)}(?i:{word})(?:[ \u00a0-](?i:{word}))*(?![\w-])")


def spelled_numbers(text: str, lang: str) -> list[Spelled]:
    """Every run of number words in ``text`` with its value: "One hundred forty-one" → 141,
    "cent quarante et un" → 141, "trois millions" → 3 000 000.  A run never ends on "and"/"et"
    or "a"."""
    out: list[Spelled] = []
    for run in _run_re(lang).finditer(text):
        word = run.group(0)
        if _TOKEN.fullmatch(word):
            # One word ("un", "une", "trois", "a"): most runs of an article are one; read at once
            # as the loop below reads it.
            low = word.lower()
            value = None if low in _JOINERS[lang] or low in _ARTICLE[lang] else _value([low], lang)
            if value is not None:
                out.append(Spelled(value, run.start(), run.end(), word))
            continue
        tokens = [(run.start() + m.start(), run.start() + m.end(), m.group(0)) for m in _TOKEN.finditer(run.group(0))]
        i = 0
        while i < len(tokens):
            start, _, word = tokens[i]
            if word.lower() in _JOINERS[lang]:
                i += 1
                continue
            parts: list[str] = []
            last_good = None
            j = i
            while j < len(tokens):
                low = tokens[j][2].lower()
                if low in _ARTICLE[lang] and j > i and not (
                        j + 1 < len(tokens) and tokens[j + 1][2].lower() in _HALF[lang]
                        or tokens[j - 1][2].lower() in _HALF[lang]):
                    break                        # not the "a" of "two and a half", "half a million"
                parts.append(low)
                if low not in _JOINERS[lang] and low not in _ARTICLE[lang]:
                    value = _value(parts, lang)
                    if value is None and low in _HALF[lang] and j + 1 < len(tokens):
                        j += 1
                        continue                 # "demi" of "un demi-million": read on to its scale
                    if value is None:
                        break
                    last_good = (j, value)
                j += 1
            if last_good is None:
                i += 1
                continue
            k, value = last_good
            out.append(Spelled(value, start, tokens[k][1], text[start:tokens[k][1]]))
            i = k + 1
    return out
