"""Hyphenation for the PDF: pyphen's dictionaries, with patterns read as words need them.

pyphen parses every pattern of a dictionary when it opens it, on each run (tens of milliseconds:
the README's Performance section), and reportlab opens it again for every paragraph it breaks.  A
memo hyphenates a few dozen words.  Here a dictionary is indexed once (each
pattern keyed by its letters, its digits left unparsed) and a pattern's digits are parsed the
first time a word looks it up.  The algorithm is pyphen's (Liang's, at least two letters on each
side of a break) and the results are the same: a test compares both on every pattern and on the
words of the sample memos.  Dictionaries with non-standard breaks (``ff=f``) or escaped
characters (``^^e9``) are left to pyphen itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

Hyphenator = Callable[[str], Iterator[tuple[str, str]]]

_DIGITS = b"0123456789"
_IGNORED = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")
# A pattern line (not a comment) with a non-standard break such as "c1k/k=k,1,2", or an escape.
_PYPHEN_ONLY = re.compile(rb"^[^%#\n]*(?:/[^\n]*=|\^\^)", re.MULTILINE)
_EDGE_SPACE = re.compile(rb"^[ \t]+|[ \t]+$", re.MULTILINE)


def hyphenator(lang_tag: str) -> Hyphenator | None:
    """The hyphenator for a BCP 47 tag (``fr``, ``en-GB``), or None when pyphen has no dictionary.

    ``en-GB`` uses ``hyph_en_GB``, ``fr-CA`` falls back to ``hyph_fr``, plain ``en`` takes the
    first English dictionary (British), as pyphen does.  Each dictionary is read once per process.
    """
    try:
        import pyphen
    except ImportError:  # pragma: no cover - pyphen is a dependency
        return None
    code = lang_tag.replace("-", "_")
    for candidate in (code, code.split("_")[0]):
        if candidate in pyphen.LANGUAGES:
            return _dictionary(str(pyphen.LANGUAGES[candidate]))
    return None


@cache
def _dictionary(path: str) -> Hyphenator:
    data = Path(path).read_bytes()
    if _PYPHEN_ONLY.search(data):
        import pyphen

        iterate: Hyphenator = pyphen.Pyphen(filename=Path(path)).iterate  # a Path: pyphen 0.14 opens it with .open()
        return iterate
    return Patterns(data)


class Patterns:
    """One hyph_*.dic dictionary; calling it yields (head, tail) pairs, the longest head first."""

    left = right = 2  # the fewest letters before and after a break (pyphen's defaults)

    def __init__(self, data: bytes):
        first, _, body = data.partition(b"\n")
        encoding = first.decode("ascii").strip()
        if encoding.lower() == "microsoft-cp1251":
            encoding = "cp1251"
        body = body.replace(b"\r", b"")
        if b" \n" in body or b"\t\n" in body or b"\n " in body or b"\n\t" in body:
            body = _EDGE_SPACE.sub(b"", body)
        # ASCII digits are single bytes in UTF-8 and in the 8-bit encodings the dictionaries use.
        keys = body.translate(None, _DIGITS).decode(encoding).split("\n")
        lines = body.decode(encoding).split("\n")
        self._lines = dict(zip(keys, lines))
        if len(self._lines) < len(keys):
            self._keep_last_breaking(keys, lines)
        for key in [k for k in self._lines if not k or k.startswith(_IGNORED) or " " in k or "\t" in k]:
            del self._lines[key]
        self.maxlen = max(map(len, self._lines))
        self._parsed: dict[str, tuple[int, tuple[int, ...]] | None] = {}
        self._words: dict[str, list[int]] = {}

    def _keep_last_breaking(self, keys: list[str], lines: list[str]) -> None:
        """Of patterns repeated with the same letters, keep the last that has a break, as pyphen."""
        repeated = {key for key, count in Counter(keys).items() if count > 1}
        for key, line in zip(keys, lines):
            if key in repeated and _parse(line) is not None:
                self._lines[key] = line

    def _pattern(self, letters: str) -> tuple[int, tuple[int, ...]] | None:
        """The offset and values of the pattern with these letters (None: no such pattern)."""
        try:
            return self._parsed[letters]
        except KeyError:
            pass
        line = self._lines.get(letters)
        parsed = None if line is None else _parse(line)
        self._parsed[letters] = parsed
        return parsed

    def positions(self, word: str) -> list[int]:
        """Where ``word`` may break, as character offsets (Liang's algorithm, as pyphen)."""
        word = word.lower()
        points = self._words.get(word)
        if points is None:
            pointed = f".{word}."
            references = [0] * (len(pointed) + 1)
            for i in range(len(pointed) - 1):
                for j in range(i + 1, min(i + self.maxlen, len(pointed)) + 1):
                    pattern = self._pattern(pointed[i:j])
                    if pattern:
                        offset, values = pattern
                        for k, value in enumerate(values, i + offset):
                            if value > references[k]:
                                references[k] = value
            self._words[word] = points = [i - 1 for i, value in enumerate(references) if value % 2]
        right = len(word) - self.right
        return [i for i in points if self.left <= i <= right]

    def __call__(self, word: str) -> Iterator[tuple[str, str]]:
        for position in reversed(self.positions(word)):
            yield word[:position], word[position:]


def _parse(line: str) -> tuple[int, tuple[int, ...]] | None:
    """A pattern line such as ``.ab2c1`` → (offset of the first non-zero value, the values from
    there to the last non-zero one); None when it has no break.  A digit stands before the letter
    that follows it; digits in a row each count, as in pyphen."""
    values: list[int] = []
    digit = None
    for char in line:
        if "0" <= char <= "9":
            if digit is not None:
                values.append(digit)
            digit = ord(char) - 48
        else:
            values.append(digit or 0)
            digit = None
    values.append(digit or 0)
    if not any(values):
        return None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])


# Line breaking a typographer signs off, whatever the language: at least three letters before a
# break (not co-opération) and three after it, never inside a word with a capital (a name, an acronym, a proper
# adjective: Niger, CNSP, al-Qaeda, Western), a compound only at its own hyphens, and never in a
# paragraph's last word, so that no paragraph ends on a lone fragment.
LEFT, RIGHT = 3, 3
# The shortest word Word or LibreOffice may break (two letters each side, their least): what the
# DOCX must guard from them when this rule says no (a DOCX cannot state LEFT and RIGHT).
WORD_PROCESSOR_SHORTEST = 4
_EDGES = re.compile(r"^[^\w]+|[^\w]+$")


def never_broken(word: str) -> bool:
    """A word no line may break inside, in either format: a name, an acronym or a proper
    adjective (a capital anywhere in it: Niger, CNSP, al-Qaeda, Western)."""
    return not word.islower() and any(ch.isupper() for ch in word)


def compound(word: str) -> bool:
    """A compound, which breaks at its own hyphens only (re-engagement), in either format."""
    return "-" in word


def words_of(text: str) -> list[str]:
    """The words of a text as reportlab hands them to a hyphenator (edge punctuation removed)."""
    return [w for w in (_EDGES.sub("", token) for token in text.split()) if w]


def last_word_of(text: str) -> list[str]:
    """The last of :func:`words_of`, alone in a list (empty when the text has no word)."""
    for token in reversed(text.split()):
        word = _EDGES.sub("", token)
        if word:
            return [word]
    return []


class Breaks:
    """The hyphenation of one paragraph: each word by the patterns of its own language."""

    __slots__ = ("default", "foreign", "last")

    def __init__(self, default: Hyphenator | None, foreign: dict[str, Hyphenator | None] | None = None,
                 last: str | None = None):
        self.default = default
        self.foreign = foreign or {}
        self.last = last

    def __call__(self, word: str) -> Iterator[tuple[str, str]]:
        if word == self.last or never_broken(word):
            return
        if compound(word) or "\u00ad" in word:
            # A compound breaks at its hyphens only, the longest head first.
            for i in range(len(word) - 1, 0, -1):
                if word[i - 1] == "-" and i - 1 >= LEFT and len(word) - i >= RIGHT:
                    yield word[:i], word[i:]
            return
        patterns = self.foreign.get(word, self.default)
        if patterns is None:
            return
        for head, tail in patterns(word):
            if len(head) >= LEFT and len(tail) >= RIGHT:
                yield head, tail
