"""Text hygiene and typography, applied once in ``localize`` so both formats print the same text.

``clean`` removes what must never reach a document (control characters, ANSI escapes, lone
surrogates) and normalises to NFC; ``typeset`` applies the conventions of a text's language:
French « » with no-break spaces, a narrow no-break space before ; ! ?, a no-break space before :,
and ’ for the apostrophe; English “ ” ‘ ’.  URLs, e-mail addresses and code are left untouched.

The no-break characters are the contract with the renderers: U+00A0 and U+202F must never become
line-break opportunities, whatever the backend.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from exporter.source.characters import CONTROL, control_character  # noqa: F401 (control_character: its public name here too)

NBSP = "\u00a0"
NNBSP = "\u202f"

_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
# Left as typed: URLs, e-mail addresses, and code — `in backticks` or <tag-like>.
_PROTECTED = re.compile(
    r"(?:https?://|mailto:|www\.)\S+|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|`[^`\n]*`|<[^<>\n]*>",
    re.IGNORECASE,
)


def _may_protect(text: str) -> bool:
    """False when ``text`` cannot hold what ``_PROTECTED`` matches, told from characters each
    alternative needs — ``:`` (``https?://``, ``mailto:``), ``@``, a backtick, ``<``, or
    ``www.`` in any case (only W and w lower to w) — so that most texts are not searched for
    addresses at every word (a quarter of the layout's time)."""
    return ("@" in text or ":" in text or "`" in text or "<" in text
            or "." in text and "www." in text.lower())


# A run of white space but newlines and the no-break spaces (which are typography, not layout),
# but for a single space, which would be replaced by itself (every space between two words).
_SPACES = re.compile("[^\\S\n\u00a0\u202f\u2007]{2,}|[^\\S \n\u00a0\u202f\u2007]")
_AROUND_NEWLINE = re.compile(" ?\n ?")
_BLANK_LINES = re.compile("\n{3,}")




def clean(text: str) -> tuple[str, int]:
    """Return ``text`` fit for print and how many characters were removed.

    White space is what a reader sees, the same in both formats: a run of spaces or tabs is one
    space, lines lose their edge spaces, two blank lines or more are one, and a text starts and
    ends with a character (YAML's folded and literal blocks end with a newline).  Newlines are
    kept: the layout turns them into line breaks.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    before = len(text)
    if "\x1b" in text:
        text = _ANSI.sub("", text)
    text = CONTROL.sub("", text)
    removed = before - len(text)
    text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _BLANK_LINES.sub("\n\n", _AROUND_NEWLINE.sub("\n", text))
    return unicodedata.normalize("NFC", text.strip(" \n")), removed


def typeset(text: str, lang: str) -> str:
    """Apply the typographic conventions of ``lang`` (``fr``, ``en``, …) outside URLs and e-mails."""
    rule = _RULES.get(lang.split("_")[0], _apostrophes)
    # URLs and e-mail addresses stand aside as placeholders while the rules run on the sentence.
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group())
        return f"\ue000{len(kept) - 1}\ue001"

    text = rule(_PROTECTED.sub(keep, text) if _may_protect(text) else text)
    return re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], text) if kept else text


_APOSTROPHE = re.compile(r"(?<=\w)'")
_OPENING_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))'")
_GUILLEMET_OPEN = re.compile("«[ \u00a0\u202f]*")
_GUILLEMET_CLOSE = re.compile("[ \u00a0\u202f]*»")
_HIGH_PUNCTUATION = re.compile("[ \u00a0\u202f]*([;!?]+)")
_COLON = re.compile("(?<![\\d:])[ \u00a0\u202f]*:(?![\\d:])")
_DIGIT_GROUP = re.compile(r"(?<=\d) (?=\d{3}\b)")
_PERCENT = re.compile("(?<=\\d)[ \u00a0]?%")
_NOTHING_TO_DO = re.compile("[\"'“”«»:;!?%]|\\d \\d")


def _apostrophes(text: str) -> str:
    # An apostrophe inside or at the end of a word: l'État, Africa's, States'.
    return _APOSTROPHE.sub("\u2019", text) if "'" in text else text


def _pair_quotes(text: str, open_: str, close: str) -> str:
    """Turn straight double quotes into curly ones, by position: after a space or start, open."""
    if '"' not in text:
        return text
    out, opened = [], False
    for i, ch in enumerate(text):
        if ch == '"':
            prev = text[i - 1] if i else " "
            opening = prev.isspace() or prev in "([{\u2014\u2013-/" or not opened and not prev.isalnum()
            out.append(open_ if opening and not opened else close)
            opened = opening and not opened
        else:
            out.append(ch)
    return "".join(out)


def _english(text: str) -> str:
    text = _pair_quotes(text, "\u201c", "\u201d")
    text = _apostrophes(text)
    return _OPENING_SINGLE.sub("\u2018", text) if "'" in text else text


def _french(text: str) -> str:
    if not _NOTHING_TO_DO.search(text):
        return text
    text = _pair_quotes(text, "«", "»")
    text = text.replace("\u201c", "«").replace("\u201d", "»")
    text = _apostrophes(text)
    # Each rule runs where its character is (the character tests are quicker than the searches).
    # Inside guillemets: one no-break space, whatever was typed.
    if "«" in text:
        text = _GUILLEMET_OPEN.sub("«" + NBSP, text)
    if "»" in text:
        text = _GUILLEMET_CLOSE.sub(NBSP + "»", text)
    # Before ; ! ? a narrow no-break space; before : a no-break space (not in 10:30 or ::).
    if ";" in text or "!" in text or "?" in text:
        text = _HIGH_PUNCTUATION.sub(lambda m: (NNBSP if m.start() else "") + m.group(1), text)
    if ":" in text:
        text = _COLON.sub(lambda m: (NBSP if m.start() else "") + ":", text)
    # Typed digit groups and percentages: 1 100, 12 %.
    if " " in text:
        text = _DIGIT_GROUP.sub(NNBSP, text)
    return _PERCENT.sub(NNBSP + "%", text) if "%" in text else text


_RULES = {"fr": _french, "en": _english}


def respell(text: str, spellings: dict[str, str]) -> str:
    """A house style's spellings: whole words, case-sensitive (GPO style writes ``US`` as
    ``U.S.``); a replacement ending in a period absorbs the sentence's own (``the U.S.``)."""
    if not spellings:
        return text
    pattern = _respelling(tuple(sorted(spellings)))

    def swap(match: re.Match[str]) -> str:
        replacement = spellings[match.group(1)]
        return replacement[:-1] if replacement.endswith(".") and match.group(2) == "." else replacement

    return pattern.sub(lambda m: swap(m) + m.group(2), text)


@functools.cache
def _respelling(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.$@/])({alternatives})(?![\w$@]|\.\w)(\.?)")


# GPO Style Manual 9.9-9.10: "U.S." as an adjective (U.S. troops, the U.S. position), "United
# States" as a noun (the United States and France; the United States has).  A "US" followed by a
# word that cannot be the noun it qualifies (a verb, a conjunction, a preposition) or by
# punctuation is the noun.
_NOT_QUALIFIED = frozenset("""
    and or but nor than as to in of on for with at by from into over under about against between
    that which who whose whom is was were be been has had have will would could should shall may
    might must can cannot does did do says said wants wanted hopes hoped remains remained keeps
    kept says told tells offers offered urges urged sees saw also still not now then itself
""".split())
_US = re.compile(r"(?<![\w.$@/-])US(?![\w$@]|\.\w)(?:(?=\s+(\S+))|)")


def gpo_united_states(text: str) -> str:
    """``US`` written as GPO style wants it: ``U.S.`` before the noun it qualifies, ``United
    States`` where it is the noun itself."""
    if "US" not in text:
        return text

    def swap(match: re.Match[str]) -> str:
        if text[match.end():match.end() + 1] == "-":  # U.S.-Niger talks
            return "U.S."
        following = match.group(1)
        word = re.sub(r"^\W+|\W+$", "", following or "").lower()
        qualifies = bool(following) and following[0].isalnum() and bool(word) and word not in _NOT_QUALIFIED
        return "U.S." if qualifies else "United States"

    out = _US.sub(swap, text)
    return re.sub(r"United States['’]s\b", "United States’", out).replace("U.S..", "U.S.")


def _last_space(text: str) -> tuple[int, str] | None:
    r"""Where ``re.search(r" (\S+)\s*$", text)`` matches — the space before the text's last word,
    and that word — found from the end instead of trying every space: the last word is what
    follows the last white space once trailing white space is stripped (``\s`` is ``str.isspace``),
    and it matches only if that white space is a plain space."""
    stripped = text.rstrip()
    if not stripped:
        return None
    last = stripped.rsplit(None, 1)[-1]
    at = len(stripped) - len(last) - 1
    return (at, last) if at >= 0 and text[at] == " " else None


def bind_last_words(text: str, limit: int = 14) -> str:
    """The last two words of a paragraph on one line (no line of one short word at its end), when
    they are short enough together to leave the line breaking room: ``de sa famille.``."""
    found = _last_space(text)
    if found is None or _may_protect(text) and any(
            m.start() <= found[0] < m.end() for m in _PROTECTED.finditer(text)):
        return text  # nothing to bind, or the space belongs to an address or code, kept as typed
    at, last = found
    before = text[:at].rsplit(" ", 1)[-1]
    if len(before) + 1 + len(last) > limit or not before:
        return text
    return text[:at] + NBSP + text[at + 1:]


# Two or three capitalized words in a row — a name, a title, a country (United States, Assistant
# Secretary Phee) — short enough to travel as one.
_CAPITALIZED_RUN = re.compile(r"(?<![\w./:@#=&?-])[^\W\d_a-z][\w'’-]*(?: [^\W\d_a-z][\w'’-]*){1,2}(?![\w'’-])")


def bind_names(text: str, names: re.Pattern[str] | None) -> str:
    """A person's or body's name (``Mohamed Bazoum``, ``United States``) never split across lines:
    the brief's actors and speakers, and any run of two or three capitalized words (24 letters at
    most)."""
    if names is not None:
        text = names.sub(lambda m: m.group().replace(" ", NBSP), text)
    return _CAPITALIZED_RUN.sub(lambda m: m.group().replace(" ", NBSP) if len(m.group()) <= 24 else m.group(), text)
