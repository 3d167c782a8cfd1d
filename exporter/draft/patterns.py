"""The patterns every rule of :mod:`exporter.draft` reads text with: the letters of names, a name, a
surname after an honorific, an acronym, a sentence; and one cache of compiled patterns, so a rule
builds its pattern once per process, not once per paragraph."""

from __future__ import annotations

import re
from functools import cache

from exporter.draft import lexicon as L
from exporter.draft.bodies import initials, trie_pattern

# Letters of names: Latin-1 and Latin Extended-A ("Vincetić", "Łukasz", "Şahin"), by case.
_EXTENDED_A = [chr(c) for c in range(0x100, 0x180)]
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A if c.isupper())
LOWER = "a-zß-öø-ÿœ" + "".join(c for c in _EXTENDED_A if c.islower() and c != "œ")
APOS = "'’"
# The Arabic article or filiation a name word may open with, in lower case: "al-Charaa", "bin-Zayed".
NAME_PREFIXES = ("al", "el", "ad", "ben", "bin", "ibn", "abu")
NAME_PREFIX = "(?:" + "|".join(NAME_PREFIXES) + ")"
# A word of a person's name: Molly, Jean-Noël, O'Brien, al-Charaa, McCain.
NAME_WORD = (rf"(?:{NAME_PREFIX}-)?(?:[{UPPER}][{LOWER}]+|(?![LD][{APOS}])[{UPPER}](?=[{APOS}][{UPPER}]?[{LOWER}]))"
             rf"(?:[{APOS}-][{UPPER}]?[{LOWER}]+)*(?:[{UPPER}][{LOWER}]+)?")
# Honours written after a name in capitals, never a surname: "Senator Linda Reynolds CSC".
_POST_NOMINALS = r"(?:CSC|OBE|MBE|CBE|KBE|DBE|CMG|KCMG|GCMG|MVO|DSO|OAM|CNZM|ONZM|KNZM|DCNZM|GNZM)\b"
NAME = (rf"{NAME_WORD}(?:(?:\s+(?:(?:[{UPPER}]\.){{1,3}}\s+)?(?:(?:de|du|des|da|di|dos|das|del|della|van|von|der|den|le|la|bin|ben|ibn|abu|y)\s+){{0,2}}"
        rf"(?:{NAME_WORD}|D[{APOS}](?!Ivoire|[EÉ]tat|Alg[ée]rie|Afrique|Ha[iï]ti|Arabie|Irlande|Italie|Espagne|[EÉ]thiopie|"
        rf"[EÉ]gypte|Europe|Asie|Am[ée]rique|Iran|Irak|Isra[eë]l|Ouganda|Oman|Angola|Investissement|Appel|Arr[eê]t)[{UPPER}][{LOWER}]+)){{1,7}}"
        rf"(?:\s+(?:[{UPPER}]\.\s+)?(?!{_POST_NOMINALS})[{UPPER}]{{3,}}(?:\s+[{UPPER}]{{3,}})?(?![\w-]))?"
        rf"|\s+(?:[{UPPER}]\.\s+)?(?!{_POST_NOMINALS})[{UPPER}]{{3,}}(?:\s+[{UPPER}]{{3,}})?(?![\w-]))")       # "Otavio MIRANDA FILHO"
# (a later word may be an Italian or French surname with its particle: "Francesco D'Ovidio", "Michele
# Cervone D'Urso" — not "Côte D'Ivoire", "Ministre D'État", "Institut Pasteur D'Algérie")
# Dotted letters that are acronyms or titles, never a person's initials.
_DOTTED_NOT_INITIALS = ("(?:U\\.S|U\\.N|U\\.K|E\\.U|D\\.C|H\\.E|S\\.E|N\\.B|P\\.S|P\\.M|V\\.P|S\\.G|D\\.G|E\\.D|F\\.M|M\\.P|H\\.M|"
                        "H\\.R\\.H|S\\.M|S\\.A\\.R|S\\.A\\.S|S\\.A|R\\.C|H\\.C|D\\.R\\.C|U\\.A\\.E|U\\.S\\.A|A\\.U|R\\.D)")
# … and the words after an acronym, never after initials ("W.H.O. Director", "I.C.R.C. Delegation").
_NOT_AFTER_INITIALS = "(?:" + "|".join(re.escape(w) for w in sorted(
    {r.capitalize() for r in L.PERSON_ROLES} | set(L.ORG_HEADS) | set(L.ORG_TAILS), key=len, reverse=True)) + ")"
# A name may open with an initial ("B. Lynn Pascoe"), never with the French honorific "M." nor with
# the second letter of "H. E." (His Excellency, Son Excellence). A French "d’" may come right before it
# ("Déclaration d’Abdullah Fadil", "la visite d’Antonio Guterres").
# (The lookahead first: every name begins with a capital or with one of NAME_PREFIXES; see
# bodies.initials.)
NAME_RE = re.compile(rf"(?=[{UPPER}{''.join(sorted({p[0] for p in NAME_PREFIXES}))}])(?:(?<![\w{APOS}.-])|(?<=\b[dD][{APOS}]))(?:(?:(?!M\.)(?<!\bH\.\s)(?<!\bS\.\s)[{UPPER}]\.\s+(?={NAME_WORD}\s+{NAME_WORD}))?{NAME}"
                     # a first name written as initials: "C.C. Yu", "A.P.J. Abdul Kalam" — not an acronym ("U.S. Army",
                     # "the U.A.E. Officials"), nor a title ("P.M. Modi", "S.G. Guterres", "H.R.H. Princess")
                     rf"|(?<!\bthe\s)(?<!\bThe\s)(?<!\bin\s)(?<!\bto\s)(?<!\bof\s)(?<!\bat\s)(?<!\bby\s)(?<!\bfor\s)(?<!\bfrom\s)"
                     rf"(?!{_DOTTED_NOT_INITIALS}\.)(?:[{UPPER}]\.){{2,3}} (?!{_NOT_AFTER_INITIALS}\b){NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})(?![\w-])")
HONORIFIC_RE = "|".join(re.escape(h) for h in sorted(L.HONORIFICS, key=len, reverse=True))
# The small words inside a name ("Jean-Yves Le Drian", "Mohamed Ould Ghazouani", "Ana Maria dos
# Santos" written "Dos"): one list for the name rules and for "M. <surname>" below.
NAME_PARTICLES = {"Le", "La", "De", "Du", "Des", "Da", "Di", "Do", "Dos", "Das", "Del", "Della", "Van", "Von",
                  "Ould", "Ag", "El", "Al", "Ben", "Bin", "Ibn", "Abu", "Mac"}
_PARTICLE_RE = "(?:" + "|".join(sorted(NAME_PARTICLES, key=lambda w: (-len(w), w))) + ")"
SURNAME_REF = re.compile(rf"{initials(L.HONORIFICS)}(?<![\w.])(?:{HONORIFIC_RE})\s+(?P<name>(?:(?:van|von|de|da|di|der|den|dos|das|del|della|ter|ten)\s+)?{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?(?:{_PARTICLE_RE}\s+)?{NAME_WORD}){{0,2}}"
                         rf"|[{UPPER}]{{3,}}(?![\w-]))")
ACRONYM_RE = re.compile(rf"(?=[{UPPER}])(?<![\w./$-])(?!(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|XOF|XAF)\d)([{UPPER}][{UPPER}0-9&]{{1,7}})(?![\w/-]|[{APOS}][{UPPER}])")   # not "ZA'ATRI", "USD1M"


# --- sentences -----------------------------------------------------------------------------------

_ABBREV = r"(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\b[A-Z])"
# The leading lookahead is the same condition as the group's first character: without it, every
# position of the paragraph runs the twelve lookbehinds (a twelfth of the extraction's time).
_SENTENCE_END = re.compile(r"(?=[.!?…])" + _ABBREV + rf"([.!?…]+[»”\"’']?)\s+(?=[«“\"'‘(]?\s?[{UPPER}0-9])")


def sentences(paragraph: str) -> list[tuple[int, str]]:
    """The sentences of a paragraph with their start offsets (a rule-based split that keeps
    abbreviations such as M., Mme, U.S. and initials inside their sentence)."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end(1)
        out.append((start, paragraph[start:end]))
        start = match.end()
    if start < len(paragraph):
        out.append((start, paragraph[start:]))
    return [(s, t) for s, t in out if t.strip()]


@cache
def speech_verbs(lang: str) -> str:
    """The speech verbs of ``lang`` as one alternation, longest first."""
    return trie_pattern(L.SPEECH_VERBS[lang])


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern built from word lists, compiled once (a long article calls these rules thousands
    of times; rebuilding the pattern string each time costs more than matching it)."""
    return re.compile(pattern, flags)


MONTH_WORDS = {m.lower() for m in L.MONTHS["fr"] + L.MONTHS["en"]}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
DAY_OR_MONTH = MONTH_WORDS | WEEKDAYS
