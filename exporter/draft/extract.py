"""Find what an analyst would copy from an article: quotations, figures, actors, the source's date,
and the sentences the analyst's own sections start from.

Rules first, so a draft never needs more than the standard library: quotation marks and speech
verbs, numbers with what they count, names with a title or an apposition.  Every extracted text is
a span of a paragraph (quotes are checked again when the draft is written), every item carries the
number of the paragraph it was found in, and nothing is guessed: a speaker the rules cannot name is
a ``TODO``, a figure without a unit or noun is left out.  :mod:`exporter.draft.nlp` may add what a
statistical model finds (names without a title, organizations that act); the rules do not need it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from exporter.draft import lexicon as L
from exporter.draft.bodies import find_bodies, state_names, trie_pattern
from exporter.draft.numbers import spelled_numbers
from exporter.draft.speakers import PRONOUNS, by_description, description_head, fits, last_clause, opening_adjunct

# Letters of names: Latin-1 and Latin Extended-A ("Vincetić", "Łukasz", "Şahin"), by case.
_EXTENDED_A = [chr(c) for c in range(0x100, 0x180)]
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A if c.isupper())
LOWER = "a-zß-öø-ÿœ" + "".join(c for c in _EXTENDED_A if c.islower() and c != "œ")
APOS = "'’"
# A word of a person's name: Molly, Jean-Noël, O'Brien, al-Charaa, McCain.
NAME_WORD = (rf"(?:(?:al|el|ad|ben|bin|ibn|abu)-)?(?:[{UPPER}][{LOWER}]+|(?![LD][{APOS}])[{UPPER}](?=[{APOS}][{UPPER}]?[{LOWER}]))"
             rf"(?:[{APOS}-][{UPPER}]?[{LOWER}]+)*(?:[{UPPER}][{LOWER}]+)?")
NAME = (rf"{NAME_WORD}(?:(?:\s+(?:[{UPPER}]\.\s+)?(?:(?:de|du|des|da|di|van|von|der|den|le|la|bin|ben|ibn|abu)\s+){{0,2}}"
        rf"{NAME_WORD}){{1,7}}(?:\s+[{UPPER}]{{3,}}(?![\w-]))?|\s+[{UPPER}]{{3,}}(?![\w-]))")
# A name may open with an initial ("B. Lynn Pascoe"), never with the French honorific "M.".
NAME_RE = re.compile(rf"(?<![\w{APOS}.-])(?:(?!M\.)[{UPPER}]\.\s+(?={NAME_WORD}\s+{NAME_WORD}))?{NAME}(?![\w-])")
HONORIFIC_RE = "|".join(re.escape(h) for h in sorted(L.HONORIFICS, key=len, reverse=True))
# The small words inside a name ("Jean-Yves Le Drian", "Mohamed Ould Ghazouani", "Ana Maria dos
# Santos" written "Dos"): one list for the name rules and for "M. <surname>" below.
_NAME_PARTICLES = {"Le", "La", "De", "Du", "Des", "Da", "Di", "Do", "Dos", "Das", "Del", "Della", "Van", "Von",
                   "Ould", "Ag", "El", "Al", "Ben", "Bin", "Ibn", "Abu", "Mac"}
_PARTICLE_RE = "(?:" + "|".join(sorted(_NAME_PARTICLES, key=lambda w: (-len(w), w))) + ")"
SURNAME_REF = re.compile(rf"(?<![\w.])(?:{HONORIFIC_RE})\s+(?P<name>{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?(?:{_PARTICLE_RE}\s+)?{NAME_WORD}){{0,2}}"
                         rf"|[{UPPER}]{{3,}}(?![\w-]))")
ACRONYM_RE = re.compile(rf"(?<![\w./-])([{UPPER}][{UPPER}0-9&]{{1,7}})(?![\w/-]|[{APOS}][{UPPER}])")   # not "ZA'ATRI"


@dataclass
class FoundQuote:
    text: str
    paragraph: int
    speaker: str | None          # the resolved name, or None when the rules found none
    said_as: str | None = None   # the words that named the speaker ("Mme Phee"), when they differ
    spoken: str | None = None    # a language the article says the words were spoken in
    headline: bool = False       # the speaker's full name is only in the article's title


@dataclass
class FoundFigure:
    value: int | float
    paragraph: int
    label: str
    approx: bool = False
    hedge: str | None = None     # the article's word: "environ", "more than"…
    unit: str | None = None
    currency: str | None = None
    percent: bool = False
    raw: str = ""


@dataclass
class FoundActor:
    name: str
    paragraph: int
    kind: str                    # person | state | organization | group
    role: str | None = None
    role_paragraph: int | None = None
    mentions: int = 1
    aliases: set[str] = field(default_factory=set)
    acts: bool = False           # subject of a verb, a quote's speaker, or named by a title
    found_by: str = "rules"
    party: bool = False          # a state named at least once as a party, not only as a place
    affiliation: str | None = None   # the body or state a person's title names ("of the U.S. Mission…")
    described: list[str] = field(default_factory=list)   # every title and apposition the article gives


@dataclass
class Extraction:
    language: str
    quotes: list[FoundQuote] = field(default_factory=list)
    figures: list[FoundFigure] = field(default_factory=list)
    actors: list[FoundActor] = field(default_factory=list)
    date: dt.date | None = None
    candidates: dict[str, list[tuple[int, str]]] = field(default_factory=dict)


# --- language ------------------------------------------------------------------------------------

def guess_language(paragraphs: list[str]) -> str:
    """fr or en, by which language's frequent words the text uses more (en when it cannot tell)."""
    words = re.findall(rf"[{LOWER}]+", " ".join(paragraphs[:40]).lower())[:5000]
    fr = sum(w in L.STOPWORDS["fr"] for w in words)
    en = sum(w in L.STOPWORDS["en"] for w in words)
    return "fr" if fr > en else "en"


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


# --- quotations ----------------------------------------------------------------------------------

_PAIRS = {"«": "»", "“": "”", "„": "“"}
MIN_QUOTE_WORDS = 5
MAX_ITEMS = 200          # quotes, figures, actors: each list of a draft


_ANY_MARK = re.compile(r"[«“„\"]")
_ANY_OPENER = re.compile(r"[«“„]")
_PAIR_SCAN = {"«": re.compile("[«»]"), "“": re.compile("[“”]"), "„": re.compile("[„“]")}


# Two single marks typed for a double one (‘’…’’, “…’’, ''…''): read as the double mark they stand
# for, the second character a filler, so that positions stay the paragraph's.
_DOUBLED = (("‘’", "“\x01"), ("‘‘", "“\x01"), ("’’", "”\x01"), ("''", '"\x01'))
_CLOSERS = "»”\""


def _marks_view(paragraph: str) -> str:
    if "‘" in paragraph or "’’" in paragraph or "''" in paragraph:
        for typed, read in _DOUBLED:
            paragraph = paragraph.replace(typed, read)
    return paragraph


def quotation_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each top-level quotation of a paragraph.  « » and “ ” are
    paired by nesting; straight double quotes in order; two single marks typed for a double one
    count as one.  A mark left open closes at the next closing mark of another kind (« … ’’, “ … »,
    “ … ", " … ” as typed) when no other quotation opens before it; else it closes nothing."""
    spans: list[tuple[int, int]] = []
    view = _marks_view(paragraph)
    if not _ANY_MARK.search(view):
        return spans
    i, n = 0, len(view)
    while i < n:
        found = _ANY_MARK.search(view, i)           # from mark to mark, not character by character
        if found is None:
            break
        i = found.start()
        ch = view[i]
        if ch in _PAIRS or ch == '"':
            close = _PAIRS.get(ch, '"')
            depth, j = 1, n
            if ch == '"':
                k = view.find('"', i + 1)
                depth, j = (1, n) if k < 0 else (0, k + 1)
            else:
                for mark in _PAIR_SCAN[ch].finditer(view, i + 1):
                    depth += 1 if mark.group(0) == ch and ch != close else -1
                    if not depth:
                        j = mark.end()
                        break
            other = min((k for k in (view.find(c, i + 1) for c in _CLOSERS if c != close) if k >= 0), default=-1)
            if other >= 0 and not _ANY_OPENER.search(view, i + 1, other) and (
                    depth or (other < j - 1 and (ch == '"' or _ANY_OPENER.search(view, other, j - 1)))):
                # closed by a mark of another kind, as typed: left open, or before a second quotation
                # opened with the kind that closes the first (‘’… », a déclaré X. « …’’)
                j = other + 1
            elif depth:
                if ch == '"':
                    break
                i += 1
                continue
            begin = i + 2 if i + 1 < n and view[i + 1] == "\x01" else i + 1
            spans.append((begin, j - 1))
            i = j
        else:
            i += 1
    return spans


def _trim_quote(paragraph: str, start: int, end: int) -> tuple[int, int]:
    """The quotation's words without the spaces inside the marks and a trailing comma (the
    sentence's, not the speaker's); the result is still a span of the paragraph."""
    while start < end and paragraph[start] in " \u00a0\u202f\u2009":
        start += 1
    while end > start and paragraph[end - 1] in " \u00a0\u202f\u2009,;":
        end -= 1
    return start, end


@cache
def _speech(lang: str) -> str:
    """The speech verbs of ``lang`` as one alternation, longest first."""
    return trie_pattern(L.SPEECH_VERBS[lang])


@cache
def _compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern built from word lists, compiled once (a long article calls these rules thousands
    of times; rebuilding the pattern string each time costs more than matching it)."""
    return re.compile(pattern, flags)


@cache
def _hedge_re(words: tuple[str, ...]) -> re.Pattern:
    """The hedge or bound that ends the text before a number ("environ ", "more than ")."""
    return re.compile(rf"(?<![\w])({trie_pattern(sorted({w.lower() for w in words}))})\s*$", re.I)


def _hedge_before(before: str, words: list[str]) -> str | None:
    m = _hedge_re(tuple(words)).search(before[-60:].rstrip(" \u00a0\u202f«“„\""))    # "plus de « 400.000 …"
    if not m:
        return None
    found = m.group(1).lower()
    return next((w for w in words if w.lower() == found), m.group(1))


@cache
def _attribution_patterns(lang: str) -> dict[str, re.Pattern]:
    """The attribution rules' patterns, compiled once per language."""
    verbs = _speech(lang)
    days = "dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    _NO_RANK = "".join(rf"(?<!\b{r})" for r in ("Lt", "Gen", "Col", "Maj", "Sgt", "Adm", "Capt", "Cmdr", "Brig", "Cpl",
                                                  "Gén", "Mr", "Ms", "Mrs", "Dr", "St", "Jr", "Sr", "Amb", "Sen", "Rep",
                                                  "Prof", "Sgt"))
    # honorifics and initials whose period ends no sentence: "said Ms. Msuya", "said U.S. Ambassador …"
    abbreviated = rf"(?:(?:{HONORIFIC_RE}|U\.S\.|U\.N\.|[{UPPER}]\.)\s+)*"
    roles = trie_pattern(sorted(w for w in L.PERSON_ROLES if " " not in w and w.islower()))
    initial = rf"(?<=\b[{UPPER}])\."              # the period of "U.S.", "Marie C. Damour": no sentence's end
    plain = rf"[^,.;:!?“”\"]|{initial}"
    adverb_en = r"(?:(?:also|then|later|again|further)\s+)?"
    # "a ainsi déclaré", "a-t-il notamment ajouté"
    adverb = r"(?:(?:ainsi|notamment|encore|également|aussi|alors|enfin|toutefois|cependant|néanmoins|pour sa part)\s+)?"
    return {
        "fr_pronoun": re.compile(rf"(?:a|ont|avait|aurait|avaient)-t-(?:il|elle|ils|elles)\s+{adverb}(?:{verbs})\b"),
        "fr_after": re.compile(
            rf"(?:(?:a|ont|avait|aurait|avaient)\s+{adverb})?(?:{verbs})"
            # "a mis en garde, ce matin au Conseil de sécurité, le Coordonnateur spécial …"
            rf"(?:\s*,\s*(?:ce matin|ce soir|cet après-midi|aujourd['’]hui|hier|lors|devant|dans|au|à|en|depuis)\b[^,«»]{{0,60}},)?\s+(?:(?:en|dans un|in)\s+[{LOWER}]+\s+)?"
            rf"(?:(?:{days}|hier|mardi soir|aussi|encore|également|ce matin|ce soir|cet après-midi|"
            rf"aujourd['’]hui|hier soir|hier matin)\s+)*"
            rf"(?:devant\s+(?:le|la|l['’]|les)\s*[^,«»]{{3,60}}?\s+(?=(?:le|la|l['’])\s*[{UPPER}]))?"
            # "a déclaré devant la presse le président du Conseil", "a déclaré à la presse, au nom des
            # membres du Conseil de sécurité, son Président"
            rf"(?:(?:devant la presse|à la presse|aux journalistes|aux médias)\s*,?\s+)?"
            rf"(?:au nom (?:de|du|des|d['’])[^,«»]{{0,60}},\s*)?"
            rf"(?P<who>{abbreviated}.{{2,120}}?)(?=[,;:!?(]|(?<!\s[{UPPER}]){_NO_RANK}\.|\s+(?:lors|à|au|aux|en|dans|devant|{days}|"
            rf"sur|après|avant|depuis|qui|dont|pendant|selon)\b|$)"),
        "fr_selon": re.compile(r"(?:selon|d'après|d’après)\s+(?P<who>.{2,80}?)(?=[,.;:!?]|$)"),
        "en_after": re.compile(
            rf"(?:{verbs})\s+(?P<who>{abbreviated}.{{2,120}}?)(?=[,;:!?(]|(?<!\s[{UPPER}])(?<!U\.S)(?<!U\.N){_NO_RANK}\.|"
            rf"\s+(?:in|at|on|to|during|after|before|when|who|that|told)\b|$)"),     # "said the U.S. Ambassador …"
        "en_subject": re.compile(
            rf"(?P<who>(?:he|she|they|(?:the|an?)\s+[{LOWER}{UPPER}](?:{plain}){{1,80}}?|"
            rf"(?:{roles})\s+[{UPPER}](?:{plain}){{1,80}}?|"          # "spokesperson Liz Throssell said"
            rf"(?:(?:{HONORIFIC_RE})\s+)?[{UPPER}](?:[^,.;:!?]|{initial}){{1,100}}?))"
            # an apposition: ", the U.S. ambassador to Fiji, Kiribati and Tonga,", ", Under-Secretary-General … also"
            rf"(?:,\s+(?:the|a|an|who|[{LOWER}]+ly|(?:{roles})\b)\s(?:[^.;:!?“”\"]|{initial}){{1,150}}?,"
            rf"|,\s+[{UPPER}](?:{plain}){{1,120}}?(?=\s+{adverb_en}(?:{verbs})\b))?"
            rf",?\s+{adverb_en}(?:{verbs})\b"),        # "… from the Office … (OCHA), told journalists"
        "selon_before": re.compile(r"(?:^|[,;:]\s*|\b(?:et|and|mais|but)\s+)(?:selon|d'après|d’après|according to|pour)\s+"
                                   r"(?P<who>[^,]{2,80}),\s*$",
                                   re.I),
        "colon": re.compile(rf"(?:^|[-–—]\s|[.;]\s)\s*(?P<who>[^:«“\";]{{2,120}}?{NAME_WORD})\s?:\s*$"),
        "inverted": re.compile(rf"(?:comme\s+l['’]a(?:vait)?|ainsi\s+que\s+l['’]a(?:vait)?)\s+(?:{verbs})\s+"
                               rf"(?P<who>[^,«“\"]{{2,120}}),\s*$", re.I),
        "as_by": re.compile(rf"\bas\s+(?:{verbs})\s+by\s+(?P<who>[^,«“\"]{{2,120}}),\s*$", re.I),
        "verb": re.compile(rf"\s+(?:(?:a|ont|avait|has|had)\s+)?(?:{verbs})\b"),
    }


_QUOTE_MARKS = re.compile(r"[«“\"]")
_SPOKEN = re.compile(r"\b(?:en|in)\s+(" + "|".join(L.SPOKEN_LANGUAGES) + r")\b", re.I)


_PLACE_TAIL = re.compile(r"(?:en|au|aux|à|dans|in|on|at)\s[^,«»“”\".;:!?]{1,30},\s+(?=\S)")   # "« … » en Guinée, a déclaré …"
_DASH_ASIDE = re.compile(r"[–—]\s(?:[^«»“”\"–—.;:!?]|(?<=\d)\.(?=\d)){1,120}?,\s+(?=\S)")


# After a description that a speech verb introduces, the name that closes its sentence: "said the UN
# Humanitarian Coordinator in Sri Lanka, Neil Buhne." (the description's adjunct, then the name).
_NAME_CLOSES_APPOSITION = re.compile(rf"(?:\s+(?:in|to|for)\s+(?:the\s+)?[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,3}})?"
                                     rf",\s+(?P<name>{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD}){{1,3}})\s*(?:[.;!?]|$)")
_NAME_AFTER_A_STATE = re.compile(rf"\s+(?:to|in|for)\s+(?:the\s+)?(?P<state>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?)\s+"
                                 rf"(?P<name>{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD}){{1,3}})\s*(?:[.;!?]|$)")
def _name_ending_sentence(text: str, start: int) -> str | None:
    """The person's name that ends the sentence from ``start`` after its last comma ("… to Vanuatu,
    Fiji, Solomon Islands, Tonga and Tuvalu, Alpha Bah."), or None: two to four name words, not a
    state's or a place's."""
    end = re.search(rf"(?<!\s[{UPPER}])(?<!\bMs)(?<!\bMr)(?<!\bMrs)(?<!\bDr)[.;!?](?:\s|$)|[“”\"]|$", text[start:start + 240])
    sentence = text[start:start + (end.start() if end else 240)]
    if "," not in sentence:
        return None
    parts = sentence.split(",")
    for part in parts[:-1]:
        # only the places the title names may come between ("to Vanuatu, Fiji, … and Tuvalu"): not a
        # participle, a relative clause or another person's title ("…, thanking the Ambassador of Japan, X")
        for place in re.split(r"\s+(?:and|et)\s+", re.sub(r"^\s*(?:(?:to|in|for|of)\s+)?(?:the\s+)?", "", part).strip()):
            if place and place not in state_names():
                return None
    tail = parts[-1].strip()
    tail = re.sub(rf"^(?:a\.i\.\s+)?(?:(?:{HONORIFIC_RE})\s+)?", "", tail)   # "…, Ms. Samantha Cocco-Klein.", "…, a.i. Leyla Moses-Ones."
    if not re.fullmatch(rf"{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD}){{1,3}}", tail):
        return None
    return tail if _could_be_a_name(tail) else None


def _could_be_a_name(words: str) -> bool:
    """Whether name-like words are a person's, not a state's, a place's or a body's."""
    return not (words.split()[0] in L.NOT_FIRST_NAMES or words in state_names()
                or any(w in L.ORG_HEADS or w in L.ORG_TAILS for w in words.split()))


_A_DOCUMENT_AFTER = re.compile(
    r"(?:according to|selon|d['’]après)\s+(?:a|an|the|its|his|her|their|un|une|le|la|l['’]|son|sa|leur)\s*"
    r"(?:[\w.'’-]+\s+){0,4}?(?:news\s+|press\s+)?(?:release|statement|report|communiqué|communique|note|"
    r"document|letter|lettre|rapport|déclaration|dispatch|transcript)\b", re.I)


def _speech_after(rest: str, lang: str) -> str | None:
    """The speaker named right after a quotation: ', a déclaré Mme Phee', '," said Lindborg',
    '," Austin said', '», a-t-elle ajouté' (a pronoun: returns "<pronoun>")."""
    patterns = _attribution_patterns(lang)
    rest = rest.lstrip(" \u00a0\u202f,’'")          # ’ and ': the second of a closing ’’ or ''
    aside = _DASH_ASIDE.match(rest) or _PLACE_TAIL.match(rest)
    if aside:
        rest = rest[aside.end():]    # "“…,” – with a global average close to 17.24 degrees, said Omar Baddour"

    if _A_DOCUMENT_AFTER.match(rest):
        return None                  # "“…,” according to an UNMIT news release": a document, not who said it
    if lang == "fr":
        if patterns["fr_pronoun"].match(rest):
            return "<pronoun>"
        m = patterns["fr_after"].match(rest) or patterns["fr_selon"].match(rest)
        if m:
            return m.group("who")
    else:
        m = patterns["en_after"].match(rest) or patterns["en_subject"].match(rest)
        if m:
            who = m.group("who")
            described = re.match(r"(?:the|a|an)\s", who, re.I)
            named = _NAME_CLOSES_APPOSITION.match(rest, m.end("who")) if described else None
            if named and _could_be_a_name(named.group("name")):
                return named.group("name")   # "said the UN Humanitarian Coordinator in Sri Lanka, Neil Buhne."
            titled = _role_words(who)
            placed = _NAME_AFTER_A_STATE.match(rest, m.end("who")) if described and titled else None
            if placed and placed.group("state") in state_names():
                return placed.group("name")  # "said the U.S. Ambassador to Kazakhstan William Moser."
            if titled and not any(len(_name_words(n.group(0).split(), state_names())) >= 2 for n in NAME_RE.finditer(who)):
                last = _name_ending_sentence(rest, m.end("who"))
                if last:
                    return last              # "said acting UN Resident Coordinator to Vanuatu, Fiji, … and Tuvalu, Alpha Bah."
            return "<pronoun>" if who.lower() in ("he", "she", "they") else who
    return None


def _inner_attribution(text: str, lang: str, people: People, number: int) -> str | None:
    """The person an attribution inside a quotation's marks names, right after one of its commas
    ("…, note Carol Bellamy, Directrice générale de l'UNICEF. Mais …", "…, a dit Mme Bellamy."),
    or None: a name or a description that resolves to a person, never a pronoun."""
    pattern = _attribution_patterns(lang)["fr_after" if lang == "fr" else "en_after"]
    for comma in re.finditer(r",\s+", text):
        m = pattern.match(text, comma.end())
        if m is None:
            continue
        who = m.group("who").strip()
        if who.lower() in PRONOUNS:
            return None
        found = people.resolve(who, number)
        if found and people.actors.get(found) is not None and people.actors[found].kind == "person":
            return found
    return None


def _speech_before(before: str, lang: str) -> str | None:
    """The speaker named in the same sentence before a quotation: 'X a déclaré : «', 'X noted
    that “', 'Selon X, «', 'X said:'.  Returns the words of the subject."""
    patterns = _attribution_patterns(lang)
    tail = before[-400:]
    ends = tail.rstrip()[-1:]
    if ends == ",":
        m = patterns["selon_before"].search(tail)
        if m and not re.search(r"\s(?:que|qu['’]|that)\s", m.group("who")):
            return m.group("who")
    if _SELON_PRONOUN.search(tail):
        return "<pronoun>"                   # "Sentiment d'autant plus fondé selon lui que … « … »"
    inverted = _SAID_FIRST.search(tail) if lang == "en" else None
    if inverted and not re.search(r"\b(?:was|were|is|are|has|had|have|said|says|added)\b", inverted.group("aside")):
        return inverted.group("who")           # "Said Hassan, one migrant happy to return to the Gambia …: “"
    if ends == ":":
        # A speaker's name and a colon: "Secretary of State Michael R. Pompeo: “", "M. Kimani : «".
        m = patterns["colon"].search(tail)
        if m and NAME_RE.search(m.group("who")) and not patterns["verb"].search(m.group("who")):
            return m.group("who")
    if ends == ",":
        # The attribution inverted before the quotation: "comme l'a noté le chef de l'ONU, «",
        # "as noted by the Secretary-General, “".
        m = patterns["inverted"].search(tail) or patterns["as_by"].search(tail)
        if m:
            return m.group("who")
    # The last speech verb of the sentence, with no quotation mark after it and at most 120
    # characters to the quotation; its subject is the text before it, back to a quotation mark.
    for verb in reversed(list(patterns["verb"].finditer(tail))):
        head = tail[:verb.start()]
        if _PASSIVE.search(head):
            continue                           # "she was asked by X to …": no attribution
        after = tail[verb.end():]
        if _QUOTE_MARKS.search(after):
            # Partial quotations of one speaker's words in one sentence ("X told reporters that she
            # met the “…” and described the talks as “…”"): the marks between close what they open.
            if len(after) > 300 or not _closed_quotations(after):
                break
        elif len(after) > (300 if after.rstrip().endswith(":") else 120):
            break                   # a colon before the quotation: what the verb's subject said follows it
        mark = max(head.rfind(c) for c in "«“\"»”")
        who = head[max(mark + 1, len(head) - 300):]
        if mark >= 0 and head[mark] in "»”\"" and re.fullmatch(r"(?:a|ont|avait|avaient)-t-(?:il|elle|ils|elles)",
                                                           who.strip(" ,\u00a0\u202f")):
            return "<pronoun>"                 # "« … », a-t-elle déclaré, ajoutant que « … »"
        if mark >= 0 and head[mark] in "»”\"" and not who.strip(" ,\u00a0\u202f"):
            # The verb right after an earlier quotation of the sentence names its speaker after
            # it ("“…,” said X, adding that “…”", "« … », a-t-il dit, ajoutant que « … »").
            return _speech_after(tail[verb.start():], lang)
        if re.search(r"\s(?:and|et)\s*$", who):
            # "He expressed concern … and said the DPRK has “…”": the first verb's subject
            subject = re.match(rf"\s*(?:(?P<pronoun>(?i:he|she|il|elle))\b|(?P<name>{NAME}))", who)
            if subject:
                return "<pronoun>" if subject.group("pronoun") else subject.group("name")
        if len(who) >= 2:
            return re.sub(r"\s+(?:a|ont|avait|avaient|aurait|has|have|had)$", "", who)
        break
    return None


_SAID_FIRST = re.compile(rf"(?:^|(?<=[.!?»”\"]\s))\s*(?:Said|Says|Added|Adds|Explained|Explains|Noted|Notes)\s+"
                         rf"(?P<who>(?:(?:{HONORIFIC_RE})\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\s*(?P<aside>,[^:“”\"«»]*):\s*$")
_SELON_PRONOUN = re.compile(r"\b(?:selon|d['’]après)\s+(?:lui|elle)\b|\baccording to (?:him|her)\b", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|été|était|est|sont)\s*$", re.I)


def _closed_quotations(text: str) -> bool:
    """Whether every quotation mark of ``text`` belongs to a quotation closed within it."""
    spans = quotation_spans(text)
    if not spans:
        return False
    return not _ANY_MARK.search(text, spans[-1][1] + 1)


def _spoken_language(sentence: str) -> str | None:
    m = _SPOKEN.search(sentence)
    return L.SPOKEN_LANGUAGES[m.group(1).lower()] if m else None


_STATEMENT_BY = re.compile(r"^\W*(?:(?:Joint\s+|Press\s+)?(?:Statement|Remarks|Message|Address|Op-Ed)|"
                           r"Déclaration|Allocution|Discours|Message|Intervention|Tribune)\s+(?:by|of|from|de|du|d['’])\s",
                           re.I)


_ANOTHER_CLAUSE = re.compile(r"\b(?:qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles|where|which|who|whom|"
                             r"that|whose|when|lorsque|quand|où)\b", re.I)
_SAYING = re.compile(r",\s*(?:declaring|saying|adding|stressing|noting|warning|insisting|explaining|arguing|"
                     r"emphasi[sz]ing|underlining|recalling|déclarant|affirmant|ajoutant|soulignant|estimant|"
                     r"expliquant|rappelant|insistant|précisant|indiquant|avertissant)\s+(?:that|que|qu['’])\s"
                     r"[^«»“”\"]{0,80}$", re.I)


def statement_by(headline: str | None, people: People, lang: str) -> str | None:
    """The one person a headline says the text is by or about as its speaker ("Statement by UNICEF
    Executive Director Henrietta Fore", "Michelle Bachelet appelle à la retenue…", "…, estime Kofi
    Annan"): the speaker of the body's quotations that no sentence attributes. None for any other
    headline, or one that names two persons."""
    if not headline:
        return None
    named = {n for n in people.persons_at(0, 0, len(headline))}
    if len(named) != 1:
        return None
    name = named.pop()
    if _STATEMENT_BY.match(headline):
        return name
    first = min(o for o, n in people.in_paragraph[0] if n == name)
    before, after = headline[:first], headline[first + len(name):]
    opens = not re.search(r"[,.:;!?«“\"]", before) and all(w[:1].isupper() or w.lower() in _TITLE_CONNECTORS
                                                           for w in before.split())
    if opens and re.match(rf"\s+[{LOWER}]", after):
        return name                           # "Michelle Bachelet appelle à …", "UN chief Guterres urges …"
    if re.search(rf",\s*(?:{_speech(lang)})\s+(?:\S+\s+){{0,8}}$", before) and not after.strip(" .!"):
        return name                           # "…, estime Kofi Annan"
    return None


def find_quotes(paragraphs: list[str], lang: str, people: People, by: str | None = None) -> list[FoundQuote]:
    """Direct quotations of at least five words, each with its speaker resolved when the article
    names one; a quotation that continues the previous one's speaker ('… ,” said X. “…”') keeps it.
    ``by`` is the person the headline says the text is by (:func:`statement_by`)."""
    quotes: list[FoundQuote] = []
    carried: tuple[str | None, str | None] = (None, None)     # the speaker of a quotation left open
    ended: tuple[str | None, str | None] = (None, None)       # who spoke last in the paragraph before
    for number, paragraph in enumerate(paragraphs, 1):
        opens = _marks_view(paragraph[:2])[:1] in _OPENERS
        last_speaker: tuple[str | None, str | None] = carried if opens else (None, None)
        continues = opens and carried[0] is not None       # the next paragraph of a quotation left open
        carried = (None, None)
        if opens and last_speaker[0] is None and number > 1 and paragraphs[number - 2].rstrip().endswith(":"):
            # A quotation that is a paragraph of its own after "He added:" or "Mme Phee a déclaré :"
            last_speaker = (_introduced(paragraphs[number - 2], number - 1, people, lang), None)
        elif opens and last_speaker[0] is None:
            # A paragraph that opens with a quotation, after one that ended with another quotation
            # and its speaker ("“…,” the Secretary-General said." then "“And we need …”"): the
            # same speaker goes on, unless the quotation names another.
            last_speaker = ended
        ended = (None, None)
        starts = [o for o, _ in sentences(paragraph)] if any(c in paragraph for c in "«“„\"") else []
        spans = quotation_spans(paragraph)
        joined: list[FoundQuote] = []      # a quotation whose attribution is the next one's
        following = paragraphs[number] if number < len(paragraphs) else ""
        still_open = _open_to_next(paragraph, spans, following)
        if still_open is None and continues and number == len(paragraphs):
            # the article ends inside a quotation of several paragraphs (its last mark never closed)
            still_open = _open_to_next(paragraph, spans, paragraph[:1])
        if still_open is not None:
            spans = spans + [(still_open, len(paragraph))]
        elif not spans and not continues:
            lost = _lost_opening(paragraph, lang)
            if lost is not None:
                spans = [(0, lost)]
        for start, end in spans:
            s, e = _trim_quote(paragraph, start, end)
            text = paragraph[s:e]
            if len(text.split()) < MIN_QUOTE_WORDS or _A_TITLE_BEFORE.search(paragraph[max(0, start - 120):max(0, start - 1)]):
                continue                 # too short to be a quotation; a title ("The theme … is “Feed the Cities, …”")
            close = end + 1 if end < len(paragraph) else end
            sentence_start = max((o for o in starts if o <= start - 1), default=0)
            opened = start - 2 if start >= 2 and paragraph[start - 2:start] in ("‘’", "‘‘", "''") else start - 1
            before = paragraph[sentence_start: max(opened, 0)]
            after = paragraph[close: close + 200]
            said = _speech_after(after, lang)
            where = close
            if said is None and before.strip():
                said = _speech_before(before, lang)
                where = start
                if said is not None and said != "<pronoun>":
                    said = last_clause(said)
            if said is not None and said.lower() in PRONOUNS:
                said = "<pronoun>"
            if said == "<pronoun>":
                if last_speaker[0]:
                    resolved, said_as = last_speaker
                else:
                    skip = [(a - 1, b + 1) for a, b in spans]
                    adjunct = opening_adjunct(before)
                    if adjunct:
                        skip.append((sentence_start, sentence_start + adjunct))
                    resolved, said_as = people.antecedent(number, where, sentence_start, skip), None
                    described = _description_before(paragraph, starts, sentence_start, lang) if resolved else None
                    if described and resolved and not fits(described, people.actors[resolved].described):
                        resolved = None    # "Le représentant de la Syrie a affirmé que … « … », a-t-il déclaré"
            elif said is None and (inner := _inner_attribution(text, lang, people, number)):
                # "« Nous sommes allés aussi loin que nous le pouvions, note Carol Bellamy, Directrice
                # générale de l'UNICEF. Mais … »": the attribution inside the quotation marks
                resolved, said_as = inner, None
            elif said is None:
                resolved, said_as = last_speaker
                sentence_end = min((o for o in starts if o > close), default=len(paragraph))
                if resolved and any(n != resolved for n in people.persons_at(number, close, sentence_end)):
                    resolved, said_as = None, None      # "“…,” Tom Fletcher, Under-Secretary-General …": not the last speaker
                if resolved is None and not before.strip(" \u00a0\u202f"):
                    # A quotation that is a sentence of its own: the speaker of the paragraph's
                    # reported speech before it ("Le Représentant spécial a indiqué que … « … »"),
                    # or of the sentence after it that says so ("C'est un X choqué qui s'exprimait ainsi").
                    resolved = (_reported_speaker(paragraph, starts, sentence_start, number, people, lang)
                                or _said_so_next(paragraph, starts, close, number, people))
                if resolved is None and before.strip() and _OPERATIVE.match(text) \
                        and not re.search(r"[,;:]\s*$", before) and not _QUOTE_MARKS.search(before):
                    # 'le Conseil de sécurité « encourage le gouvernement … »': the subject right
                    # before the quoted verb, when it names a person or a body
                    resolved = people.resolve(last_clause(before.strip()), number)
                if resolved is None and text[:1].islower() and not _QUOTE_MARKS.search(before):
                    # "Jan Egeland a rendu hommage aux agences présentes pour « apporter … »": a partial
                    # quotation in a sentence whose subject, named first, is the one person it names
                    named = set(people.persons_at(number, sentence_start, start))
                    opening = [n for o, n in people.subjects_in(number) if sentence_start <= o <= sentence_start + 6]
                    if len(named) == 1 and opening and opening[0] in named and not _ANOTHER_CLAUSE.search(before):
                        resolved = opening[0]     # (not past "le rapport dans lequel le Secrétaire général avertit que")
                if resolved is None and _SAYING.search(before):
                    # "X visited the camps on Monday, declaring that “…”": the one person the
                    # sentence names before the participle
                    named = set(people.persons_at(number, sentence_start, start))
                    resolved = named.pop() if len(named) == 1 else None
                if resolved is None and by and not people.persons_at(number, sentence_start, start):
                    resolved = by          # a statement's own words, the headline naming whose
            else:
                resolved = people.resolve(said, number)
                if resolved is None and description_head(said) and where == close:
                    resolved = _named_after(after, said, people, number, close)
                if resolved is None and description_head(said) and number < len(paragraphs):
                    resolved = _named_next(paragraphs[number], people, number + 1)
                said_as = said.strip(" ,") if resolved and resolved not in said else None
            spoken = _spoken_language(before + " " + after[:120])
            if resolved and where == close:
                for waiting in joined:
                    # "« … », mais « … », avait dit Sukehiro Hasegawa": one attribution for both
                    waiting.speaker, waiting.said_as = resolved, said_as
            joined = []
            if resolved and resolved not in people.actors and " " in resolved and resolved in paragraph:
                # a speaker named only in this attribution ("…, said acting UN Resident Coordinator to
                # Vanuatu, …, Alpha Bah."): a person of the article, whom a later "he" stands for
                people.add(resolved, number, paragraph.find(resolved), "person", acts=True)
            quotes.append(FoundQuote(text, number, resolved, said_as, spoken))
            if resolved is None and _JOINED.match(after):
                joined = [quotes[-1]]
            if resolved:
                last_speaker = (resolved, said_as)
                people.subjects.append((number, start, resolved))
            if (start, end) == (still_open, len(paragraph)):
                carried = last_speaker if resolved else (None, None)
            ended = (resolved, said_as) if resolved and _ends_with_its_speaker(paragraph, close, resolved, number,
                                                                                people) else (None, None)
    return quotes


def _description_before(paragraph: str, starts: list[int], sentence_start: int, lang: str) -> str | None:
    """The description that the sentence right before ``sentence_start`` makes its speaker ("Le
    représentant de la Syrie a affirmé que …"); None when that sentence has no such subject."""
    begin = max((o for o in starts if o < sentence_start), default=None)
    if begin is None:
        return None
    sentence = paragraph[begin:sentence_start]
    verb = _attribution_patterns(lang)["verb"].search(sentence)
    if verb is None or _QUOTE_MARKS.search(sentence):
        return None
    who = last_clause(sentence[:verb.start()])
    return who if description_head(who) and not NAME_RE.search(who) and not SURNAME_REF.search(who) else None


# The verbs a resolution or a statement is quoted from ("le Conseil « encourage … »", "the Council
# “condemns …”"): a quotation that opens with one has the subject before it as its speaker.
_OPERATIVE = re.compile(r"(?:se\s+)?(?:encourage|condamne|exhorte|demande|souligne|appelle|prie|réaffirme|félicite|"
                        r"salue|déplore|exige|invite|engage|décide|rappelle|affirme|déclare|insiste|"
                        r"condemns|urges|calls|welcomes|reaffirms|stresses|encourages|demands|decides|"
                        r"underlines|deplores|recalls|emphasizes|emphasises|expresses)\b")
_JOINED = re.compile(r"\s*[,;]?\s*(?:mais|et|puis|and|but|then)\s+[«“\"]", re.I)


def _lost_opening(paragraph: str, lang: str) -> int | None:
    """Where a quotation that opens the paragraph closes, when the publisher lost its opening mark
    ("The High Commissioner urges … justice,” spokesperson Liz Throssell said"): a closing mark with
    no opening one before it, right before an attribution. None otherwise."""
    close = min((i for i in (paragraph.find("”"), paragraph.find("»")) if i > 0), default=-1)
    if close < 0 or _ANY_OPENER.search(paragraph, 0, close) or paragraph.count('"', 0, close):
        return None
    return close if _speech_after(paragraph[close + 1:close + 200], lang) is not None else None


def _ends_with_its_speaker(paragraph: str, close: int, speaker: str, number: int, people: People) -> bool:
    """Whether what follows a quotation to its paragraph's end is only its attribution: short, no
    other person named in it."""
    if len(paragraph) - close > 250:
        return False
    return not any(n != speaker for n in people.persons_at(number, close, len(paragraph)))


def _introduced(paragraph: str, number: int, people: People, lang: str) -> str | None:
    """The speaker a paragraph ending with a colon introduces ("He added:", "M. Kimani a déclaré :"),
    resolved as an attribution before a quotation is; None when it names nobody sure."""
    start = max((o for o, _ in sentences(paragraph)), default=0)
    said = _speech_before(paragraph[start:].rstrip(), lang)
    if said is None and _HIS_WORDS.search(paragraph[start:]):
        # "Following are excerpts from his remarks:": the person "his" stands for
        return people.antecedent(number, len(paragraph), start, [])
    if said is None:
        return None
    if said == "<pronoun>" or said.strip().lower() in PRONOUNS:
        return people.antecedent(number, len(paragraph), start, [])
    return people.resolve(last_clause(said), number)


_HIS_WORDS = re.compile(r"\b(?:his|her|ses|son|sa)\s+(?:own\s+)?(?:remarks|statement|words|speech|address|message|"
                        r"propos|déclaration|discours|remarques|paroles|message|intervention)\b", re.I)
_SO_SAID = re.compile(r"s['’]exprim\w*\s+ainsi|s['’]est\s+ainsi\s+exprimé|c['’]est en ces termes que|"
                      r"\bainsi\s+(?:parlé|réagi|déclaré|résumé)|\bspoke those words\b|\bwith those words\b", re.I)


def _said_so_next(paragraph: str, starts: list[int], close: int, number: int, people: People) -> str | None:
    """The one person the sentence right after a quotation names as having said it ("« … ». C'est un
    David Gressly visiblement choqué qui s'exprimait ainsi …"); None otherwise."""
    begin = min((o for o in starts if o >= close), default=None)
    if begin is None:
        return None
    end = min((o for o in starts if o > begin), default=len(paragraph))
    if not _SO_SAID.search(paragraph, begin, end):
        return None
    named = set(people.persons_at(number, begin, end))
    return named.pop() if len(named) == 1 else None


_ENDS_WITH_ATTRIBUTION = re.compile(rf",\s*(?:[{UPPER}][\w{APOS}.-]*\s*){{1,4}}$|,\s*(?:he|she|il|elle)$")


def _reported_speaker(paragraph: str, starts: list[int], sentence_start: int, number: int, people: People,
                      lang: str) -> str | None:
    """The person whose words the sentences before ``sentence_start`` report — the subject of the
    nearest speech verb ("M. Chambas a indiqué que …", "He warned that …") — when no other person
    is named between it and the quotation; None otherwise."""
    verb_re = _attribution_patterns(lang)["verb"]
    earlier = [o for o in starts if o < sentence_start]
    end = sentence_start
    for begin in reversed(earlier):
        sentence = paragraph[begin:end]
        if _QUOTE_MARKS.search(sentence):
            return None                    # an earlier quotation's speaker is another rule's
        named = people.persons_at(number, begin, end)
        verb = verb_re.search(sentence)
        if verb is None:
            if named:
                return None
            end = begin
            continue
        who = last_clause(sentence[:verb.start()])
        if who.lower() in PRONOUNS:
            found = people.antecedent(number, begin + verb.start(), begin, [])
        else:
            found = people.resolve(who, number) if who else None
        if found is None or found not in people.actors or people.actors[found].kind != "person":
            return None
        parenthetical = bool(_ENDS_WITH_ATTRIBUTION.search(sentence[:verb.start()])) \
            and not sentence[verb.end():].strip(" .!?\u00a0")
        if any(n != found for n in named) and not parenthetical:
            return None          # another person named, unless the sentence ends "…, Austin said."
        return found
    return None


_OPENERS = {"«": "»", "“": "”", '"': '"'}
_A_TITLE_BEFORE = re.compile(r"\b(?:theme|title|titled|entitled|slogan|dubbed|motto|thème|titre|intitulée?s?|devise|"
                             r"baptisée?s?)\b(?:[^.!?«»“”\"]{0,80}?\b(?:is|was|est|était))?\s*[:,]?\s*$", re.I)


def _named_after(after: str, said: str, people: People, number: int, offset: int) -> str | None:
    """The person a description is followed by, in apposition ("», a dit le chef du bureau régional
    … (OCHA), Sune Gudnitz, dans un communiqué"), read as a person with that title; None otherwise."""
    at = after.find(said)
    if at < 0:
        return None
    m = re.match(rf"\s*(?:\([^()]{{1,30}}\)\s*)?,\s*(?:(?:l['’]|le |la |the |son |sa )[^,«»“”]{{1,60}},\s*)?"
                 rf"({NAME})(?=\s*[,.;]|\s*$|\s+(?:du|de|d['’]|of|from)\s)", after[at + len(said):])
    if m is None:
        return None
    name = people.by_surname(m.group(1))
    if name is None and _name_words(m.group(1).split(), state_names()) == m.group(1).split():
        name = m.group(1)
        start = offset + at + len(said) + m.start(1)
        people.add(name, number, start, "person", _capitalize(last_clause(said)), acts=True)
    return name if name is not None and people.actors[name].kind == "person" else None


def _named_next(paragraph: str, people: People, number: int = 0) -> str | None:
    """The person a description stands for when the next paragraph opens with their full name as the
    subject of a verb ("… », a constaté le chef de l'ONU." then "Antonio Guterres a observé …")."""
    m = NAME_RE.match(paragraph)
    if m and m.group(0) in people.actors and people.actors[m.group(0)].kind == "person" \
            and re.match(r"\s+(?:a|ont|avait|has|had|is|was|est)?\s*[a-zéè]+", paragraph[m.end():]):
        return m.group(0)
    # "Si M. Mankeur Ndiaye a estimé que …": the one person the next paragraph's first sentence names
    # as a subject, after an opening word or an honorific
    first = paragraph[: next((o for o, _ in sentences(paragraph) if o > 0), len(paragraph))]
    named = {n for o, n in people.subjects_in(number) if o < len(first)} if number else set()
    persons = set(people.persons_at(number, 0, len(first)))
    if len(named) == 1 and named == persons:
        return named.pop()
    return None


def _open_to_next(paragraph: str, spans: list[tuple[int, int]], following: str) -> int | None:
    """Where a quotation left open at the paragraph's end starts, when the next paragraph opens with
    the same mark — the convention for a quotation of several paragraphs (each opens the mark, only
    the last closes it).  None otherwise: an unclosed mark elsewhere closes nothing."""
    mark = following[:1]
    if mark not in _OPENERS:
        return None
    last_end = max((e for _, e in spans), default=-1)
    at = paragraph.rfind(mark)
    if at < 0 or at <= last_end:
        return None
    if paragraph.count(mark) - (2 * len(spans) if mark == '"' else 0) != 1 and mark == '"':
        return None
    if mark != '"' and _OPENERS[mark] in paragraph[at + 1:]:
        return None
    return at + 1


# --- people and organizations -------------------------------------------------------------------

def _role_words(phrase: str) -> bool:
    low = phrase.lower()
    words = set(re.findall(rf"[{LOWER}-]+", low))
    words |= {part for word in words if "-" in word for part in word.split("-")}   # "Secretary-General"
    return bool(words & L.PERSON_ROLES) or "premier ministre" in low or "chargé d" in low


_DETERMINER = re.compile(rf"^(?!UN\b)(?:(?:la|le|les|the|a|an|un|une|son|sa|ses|leur|its|their|his|her)\s+|l[{APOS}]\s*)", re.I)


def _capitalize(role: str) -> str:
    role = _DETERMINER.sub("", role.strip(" ,;:-–—"))
    return role[:1].upper() + role[1:] if role else role


_TITLE_STOP = {"le", "la", "les", "l", "l'", "l’", "the", "a", "an", "un", "une", "with", "to", "by", "from",
               "and", "that", "said", "met", "spoke", "avec", "par", "pour", "et", "que", "qu", "ont", "est",
               "sont", "in", "on", "at", "as", "de", "du", "des", "d", "of", "for", "aux", "au", "à",
               "concernant", "entre", "sur", "dont", "ou", "or", "but", "mais", "while", "when"}
_TITLE_CONNECTORS = {"of", "for", "de", "d'", "d’", "du", "des", "aux", "au", "à", "la", "l'", "l’", "the", "and", "to",
                     "auprès"}


def _title_before(text: str) -> str | None:
    """The title written right before a name: 'le président', "l'ancien président", 'Secretary of
    State', 'former Nigerien President', 'Assistant Secretary of State for African Affairs'."""
    tokens = re.findall(rf"[\w{APOS}.-]+|[^\w\s]", text[-160:])
    title: list[str] = []
    while tokens:
        token = tokens.pop()
        low = token.lower()
        if not title and len(tokens) >= 2 and (token, tokens[-2]) in ((")", "("), (",", ",")) \
                and re.fullmatch(rf"[{UPPER}]{{2,8}}", tokens[-1]):
            # the body's acronym between its name and the person's: "the head of the UN Refugee
            # Agency (UNHCR) Filippo Grandi", "Executive Director of the UN Population Fund, UNFPA, Natalia Kanem"
            del tokens[-2:]
            continue
        if not re.match(r"\w", token):
            break
        if low in _TITLE_CONNECTORS and title and tokens:
            # "Secretary of State", "Ambassador to the United Nations": connectors inside a title,
            # between two title words
            back = len(tokens) - 1
            while back > 0 and tokens[back].lower() in _TITLE_CONNECTORS:
                back -= 1
            prev = tokens[back]
            if prev[:1].isupper() or re.sub(rf"^[ld][{APOS}]", "", prev.lower()) in L.PERSON_ROLES \
                    or re.fullmatch(rf"d[{APOS}]affaires", prev.lower()):     # "Chargé d’affaires des États-Unis"
                title.append(token)
                continue
            break
        if (low in _TITLE_STOP and not (token.isupper() and len(token) > 1)) or low.endswith(("'", "’")):
            break                                         # ("UN" is a body, not the French "un")
        if len(title) >= 9:
            break
        title.append(token)
        if re.match(rf"[lL][{APOS}]", token):
            break                                         # "l'ambassadeur": the determiner opens the title
    title.reverse()
    while title and title[0].lower() in _TITLE_CONNECTORS:
        title.pop(0)
    while title and title[-1] in L.HONORIFICS:
        title.pop()
    phrase = " ".join(title)
    return phrase if phrase and _role_words(phrase) else None


_VERB_STOP = re.compile(
    r"\s+(?:a|ont|avait|est|sont|was|is|has|have|had|will|would|who|qui|announced|said|says|told|met|spoke|"
    r"noted|added|stated|expressed|declared|emphasized|stressed|launched|led|signed|visited|arrived|"
    r"made|participated|pointed|welcomed|thanked|presented|handed|opened|"
    r"a déclaré|a annoncé|a indiqué|a affirmé|s'est|s’est)\b")


# "au ministre de la Sécurité", "à la Représentante spéciale": another person's role, given to, which
# ends an apposition and may be the one a following name stands in (French only: an English "to the"
# belongs to titles, "Special Adviser to the Secretary-General").
_DATIVE_ROLE = re.compile(rf"(?:^|\s)(?:au|aux|à\s+la|à\s+l[{APOS}]\s*)\s*"
                          rf"(?=(?i:{trie_pattern(sorted(w for w in L.PERSON_ROLES if ' ' not in w))})\b)")


def _apposition_after(rest: str) -> str | None:
    """', Assistant Secretary of State for African Affairs,' after a name (up to the next comma
    before a lower-case word, or a verb)."""
    if not rest.startswith(", "):
        return None
    body = rest[2:300]
    stop = _VERB_STOP.search(body)
    end = stop.start() if stop else len(body)
    dative = _DATIVE_ROLE.search(body)
    if dative and dative.start() < end and not re.search(r"(?:conseill|adjoint|spécial|délégué|chargé|attaché)\w*\s*$",
                                                         body[:dative.start()], re.I):
        end = dative.start()          # "X, Coordonnateur du Système des Nations Unies au ministre de …"
    for m in re.finditer(rf",\s+(?=[{LOWER}])|(?<![{UPPER}])[.;:!?](?:\s|$)|\s[–—-]\s", body):
        if m.start() < end:
            end = m.start()
        break
    phrase = body[:end].strip(" ,")
    if not phrase or len(phrase.split()) > 20:
        return None
    first = phrase.split()[0].lower().strip(APOS)
    if first in ("a", "ont", "qui", "who", "which", "dont", "et", "and"):
        return None
    return phrase if _role_words(phrase) or _DETERMINER.match(phrase) and _role_words(phrase) else None


# "a déclaré le Haut-Commissaire …": the French auxiliary, not the English article
_VERB_AFTER_A = re.compile(rf"a\s+[{LOWER}]+(?:é|i|u|it|is|ert)\b")


def _apposition_before(before: str) -> str | None:
    """'La secrétaire d'État adjointe aux affaires africaines, ' before a name: the phrase from the
    sentence's start (or the previous comma) when it begins with a determiner and holds a role."""
    if not before.rstrip(" ").endswith(","):
        return None
    head = before.rstrip(" ")[:-1]
    cut = max(head.rfind(","), head.rfind(". "), head.rfind(": "), head.rfind("; "))
    phrase = re.sub(r"^(?:(?:et|and|selon|par|pour|avec|by|with|according to|from)\s+)+", "", head[cut + 1:].strip(), flags=re.I)
    if phrase and len(phrase.split()) <= 24 and _DETERMINER.match(phrase) and not _VERB_AFTER_A.match(phrase) \
            and not re.search(rf"\s{_VERB_AFTER_A.pattern}", phrase):    # "Le Secrétaire général a demandé à son Représentant"
        return phrase if _role_words(phrase) else None
    # "… où elle se trouvait avec le Haut Commissaire des Nations Unies pour les réfugiés (HCR), X,":
    # the last phrase that starts with a determiner and holds a role.
    starts = [m.start() for m in re.finditer(rf"(?<![\w{APOS}])(?:le|la|the|l[{APOS}])\s*(?=[\w])", phrase, re.I)]
    # "… a été remise par X au ministre de la Sécurité et de la Protection civile, le Général Y"
    starts += [m.end() for m in _DATIVE_ROLE.finditer(phrase)]
    for start in sorted(starts, reverse=True):
        candidate = phrase[start:]
        if len(candidate.split()) <= 14 and _role_words(candidate) and not re.search(rf"\s{_VERB_AFTER_A.pattern}", candidate):
            return candidate
    # "U.S. Ambassador to Niger, Eric P. Whitaker": a capitalised title from the sentence's start
    ends = [m.end() for m in re.finditer(r"(?<![A-Z])[.!?]\s|[,;:]\s?", head)]
    title = head[ends[-1]:].strip() if ends else head.strip()
    if title[:1].isupper() and len(title.split()) <= 10 and _TITLE_START.match(title):
        return title
    return None


# A sentence that opens with a title: its first words are a title's ("U.S. Ambassador to Niger",
# "Nigerien Foreign Minister", "UN Special Envoy"), not a verb's subject with a role in it.
_TITLE_START = re.compile(rf"(?:(?:U\.S\.|U\.N\.|UN|[{UPPER}][\w'’-]*(?:an|ian|ese|ish|ais|aise|ien|ienne))\s+)?"
                          rf"(?:(?:Deputy|Assistant|Special|Senior|Acting|Vice|Chief|Under)\s+)*"
                          rf"(?i:{trie_pattern(sorted(w for w in L.PERSON_ROLES if ' ' not in w))})\b")


_DESCRIPTION_START = re.compile(rf"(?<![\w{APOS}])(?:le|la|the|l[{APOS}])(?=[\s\w])", re.I)


def _speaks_as(said: str, name: str) -> bool:
    """Whether the attribution ``said`` names the body ``name`` as the speaker itself: not "Niger's
    junta", "the spokesperson of ECOWAS", "un porte-parole de la CEDEAO" (the Government of Niger
    is Niger's)."""
    if name not in said:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", said):
        if said[m.end():m.end() + 2] in ("'s", "’s"):
            continue
        follows = re.match(r"(?:\s+[\w-]+){1,4}", said[m.end():])
        if follows and any(w.lower() in L.PERSON_ROLES or w.lower() in _PERSON_NOUNS
                           or "-" in w and any(p in L.PERSON_ROLES for p in w.lower().split("-"))
                           for w in follows.group(0).split()):
            continue       # "the UNHCR official", "the ECOWAS spokesperson", "UN Resident Coordinator", "IOM Djibouti Chief of Mission"
        if _OWNED_BY.search(said[:m.start()]) and not _GOVERNMENT_OF.search(said[:m.start()]) \
                and not _DOCUMENT_OF.search(said[:m.start()]):
            continue
        return True
    return False


# A name inside a sentence's opening adjunct ("Meeting Ban Ki-moon, the Minister said", "After a
# meeting with Louis Michel, the minister said"): the words after its comma are the verb's subject,
# not the name's apposition.
_SUBJECT_AFTER_COMMA = re.compile(rf",\s+(?:the|a|an|le|la|l[{APOS}])\s*\w")
_IN_AN_OPENING_ADJUNCT = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z]\w+ing|After|Before|During|Following|With|Après|Avant|Lors|Avec)\b[^,.;:!?]*$")
_TRAILING_TITLE_WORDS = L.RANKS_IN_FULL | {"Chargé", "Chargée", "Coach"}
_PERSON_NOUNS = {"official", "officials", "responsable", "responsables", "staff", "member", "members", "envoy", "team",
                 "source", "sources", "expert", "experts", "worker", "workers", "personnel", "humanitarians",
                 "officers", "diplomats", "representatives", "spokespeople", "agencies", "humanitaires"}
_OWNED_BY = re.compile(rf"(?:\bof|\bde|\bdu|\bdes|\bd[{APOS}])\s*(?:the\s+|la\s+|l[{APOS}]\s*)?$", re.I)
# "un communiqué du PAM", "a statement from the State Department": the body's own words
_DOCUMENT_OF = re.compile(r"\b(?:communiqué|déclaration|rapport|message|lettre|note|statement|report|release|letter|"
                          r"readout)\s+(?:\w+\s+)?(?:of|from|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?$", re.I)
_GOVERNMENT_OF = re.compile(rf"^\s*(?:the\s+|le\s+)?(?:government|gouvernement)\s+(?:of|de|du|d[{APOS}])", re.I)


class People:
    """The persons and organizations of an article, in order of first mention, and how to find a
    full name from what a later sentence calls someone ("Mme Phee", "Blinken", "la ministre")."""

    def __init__(self) -> None:
        self.actors: dict[str, FoundActor] = {}
        self.positions: list[tuple[int, int, str]] = []   # (paragraph, offset, name) of mentions
        self.keys: dict[str, str] = {}                      # "state:NE", "body:3" → the actor's name
        self.subjects: list[tuple[int, int, str]] = []      # persons named as a sentence's subject
        # subjects by paragraph, and those paragraphs in order, for the list object and length read
        self._subjects_index: tuple[list, int, dict[int, list[tuple[int, str]]], list[int]] | None = None
        # Indexes that keep a long article linear: mentions by paragraph, persons by last word.
        self.in_paragraph: dict[int, list[tuple[int, str]]] = {}
        self.by_last_word: dict[str, set[str]] = {}
        self.by_first_word: dict[str, set[str]] = {}       # of names of two words or more, casefolded
        self.dropped: set[tuple[int, int, str]] = set()
        self.named_at: dict[int, list[tuple[int, int, str]]] = {}   # paragraph → (start, end, name) read there

    def add(self, name: str, paragraph: int, offset: int, kind: str, role: str | None = None,
            acts: bool = False, found_by: str = "rules") -> FoundActor:
        actor = self.actors.get(name)
        if actor is None:
            actor = self.actors[name] = FoundActor(name, paragraph, kind, found_by=found_by)
        else:
            actor.mentions += 1
        if role and not actor.role:
            actor.role, actor.role_paragraph = role, paragraph
        if role and role not in actor.described:
            actor.described.append(role)
        actor.acts = actor.acts or acts
        self.positions.append((paragraph, offset, name))
        self.in_paragraph.setdefault(paragraph, []).append((offset, name))
        if kind == "person":
            self.by_last_word.setdefault(surname_of(name), set()).add(name)
            if " " in name:
                self.by_first_word.setdefault(name.split()[0].casefold(), set()).add(name)
        return actor

    def add_body(self, key: str, text: str, names: list[str], paragraph: int, offset: int, kind: str) -> FoundActor:
        """A known body or group (every one of its ``names`` is the same actor, merged with one the
        acronym rules found under any of them)."""
        name = self.keys.get(key)
        if name is None:
            wanted = set(names) | {text}
            long_names = tuple(" " + n for n in wanted if " " in n)
            name = next((a.name for a in self.actors.values() if a.kind != "person"
                         and (({a.name} | a.aliases) & wanted or a.name.endswith(long_names))), None)
        actor = self.add(name or text, paragraph, offset, kind if name is None else self.actors[name].kind)
        if kind == "group":
            actor.kind = "group"
        if text != actor.name:
            actor.aliases.add(text)
        self.keys[key] = actor.name
        return actor

    def drop_inside(self, paragraph: int, start: int, end: int, name: str | None = None) -> None:
        """Forget the organisations' mentions inside a longer name read later, at ``start`` to
        ``end`` (but that name's own mention there, as ``name``: "UN Office for the Coordination of
        Humanitarian Affairs" is the body "Office for …" read before); an organisation left with none
        is no actor."""
        inner = [(paragraph, o, n) for o, n in self.in_paragraph.get(paragraph, [])
                 if self.actors[n].kind != "person" and start <= o and o + len(n) <= end and (o, o + len(n)) != (start, end)
                 and not (o == start and n == name)]
        for position in inner:
            self.dropped.add(position)
            self.in_paragraph[paragraph].remove(position[1:])
            name = position[2]
            actor = self.actors[name]
            actor.mentions -= 1
            if actor.mentions <= 0:
                del self.actors[name]
                self.keys = {k: v for k, v in self.keys.items() if v != name}

    def compact(self) -> None:
        """Forget the mentions :meth:`drop_inside` dropped (once, at the end: a long article stays linear)."""
        if self.dropped:
            self.positions = [position for position in self.positions if position not in self.dropped]
            self.dropped = set()

    def merge(self, into: str, other: str) -> None:
        """``other`` is another name of ``into`` ("U.S. Government" of "United States")."""
        source, target = self.actors.pop(other), self.actors[into]
        target.aliases |= {other} | source.aliases
        target.mentions += source.mentions
        target.acts = target.acts or source.acts
        target.party = True
        self.positions = [(p, o, into if n == other else n) for p, o, n in self.positions]
        self.in_paragraph = {p: [(o, into if n == other else n) for o, n in v] for p, v in self.in_paragraph.items()}
        self.subjects = [(p, o, into if n == other else n) for p, o, n in self.subjects]
        self.keys = {k: into if v == other else v for k, v in self.keys.items()}

    def add_state(self, code: str, text: str, paragraph: int, offset: int, place: bool) -> FoundActor:
        """A state's mention; ``place`` when the article names it only as where something is."""
        name = self.keys.get("state:" + code)
        actor = self.add(name or text, paragraph, offset, "state")
        if text != actor.name:
            actor.aliases.add(text)
        if not place and not actor.party and paragraph != actor.paragraph:
            actor.role_paragraph = paragraph               # where the article first names it as a party
        actor.party = actor.party or not place
        self.keys["state:" + code] = actor.name
        return actor

    def persons_at(self, paragraph: int, start: int, end: int) -> list[str]:
        """The persons named in ``paragraph`` between offsets ``start`` and ``end``, in the order read."""
        return [n for o, n in self.in_paragraph.get(paragraph, ()) if start <= o < end and self.actors[n].kind == "person"]

    def _subjects_by_paragraph(self) -> tuple[dict[int, list[tuple[int, str]]], list[int]]:
        """The subjects by paragraph, and the paragraphs that have one in order: extended with what
        was appended since the last call, rebuilt when the list was replaced (a long article asks
        for each quotation's paragraph; the list only grows by appending or is replaced whole)."""
        cached = self._subjects_index
        if cached is None or cached[0] is not self.subjects or cached[1] > len(self.subjects):
            cached = (self.subjects, 0, {}, [])
        if cached[1] < len(self.subjects):
            index, paragraphs = cached[2], cached[3]
            for p, o, n in self.subjects[cached[1]:]:
                if p not in index:
                    index[p] = []
                    bisect.insort(paragraphs, p)
                index[p].append((o, n))
        cached = self._subjects_index = (self.subjects, len(self.subjects), cached[2], cached[3])
        return cached[2], cached[3]

    def subjects_in(self, paragraph: int) -> list[tuple[int, str]]:
        """The (offset, name) of the subjects read in ``paragraph``."""
        return self._subjects_by_paragraph()[0].get(paragraph, [])

    def last_subject(self, paragraph: int, offset: int, keep) -> str | None:
        """The subject named last before ``offset`` of ``paragraph`` that ``keep`` accepts (the
        greatest (paragraph, offset, name)), read from the nearest paragraph back that has one."""
        index, paragraphs = self._subjects_by_paragraph()
        for p in reversed(paragraphs[:bisect.bisect_right(paragraphs, paragraph)]):
            found = max(((o, n) for o, n in index[p] if (p < paragraph or o < offset) and keep(n)), default=None)
            if found:
                return found[1]
        return None

    def persons(self) -> list[FoundActor]:
        return [a for a in self.actors.values() if a.kind == "person"]

    def by_surname(self, words: str) -> str | None:
        words = words.strip()
        if words in self.actors:
            return words
        last = words.split()[-1] if words.split() else words
        candidates = [n for n in sorted(self.by_last_word.get(last, ())) if n in self.actors
                      and self.actors[n].kind == "person" and (n.endswith(" " + words) or surname_of(n) == words
                                                               or surname_of(n).endswith(" " + words))]
        if not candidates and " " not in words:
            # a family name written first ("Qu Dongyu", then "M. Qu"), a name a person is called by
            # first ("Zeid Ra'ad Al Hussein", then "M. Zeid"): the one full name it starts
            candidates = [n for n in self.by_first_word.get(words.casefold(), ())
                          if n in self.actors and self.actors[n].kind == "person"]
        return candidates[0] if len(candidates) == 1 else None

    def resolve(self, said: str, paragraph: int) -> str | None:
        """A speaker's full name from the words that named them — a name with or without its title,
        a description of one person named before, a body that speaks — or None."""
        said = said.strip(" ,.")
        whole = said
        said = re.sub(r"\s+(?:lors|during|at|in|on|sur)\b.*$", "", said)
        if said != whole:
            # "… displaced by the fighting in Iraq’s Mosul Secretary-General António Guterres": the
            # subject the adjunct's cut would lose, a person's full name ending the phrase
            ending = re.search(rf"{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD})+$", whole)
            if ending:
                words = ending.group(0).split()
                for k in range(len(words) - 1):
                    full = self.by_surname(" ".join(words[k:]))
                    if full and " " in full and self.actors[full].kind == "person":
                        return full
        honor = re.match(rf"(?:{HONORIFIC_RE})\s+(?P<rest>.+)$", said)
        core = honor.group("rest") if honor else said
        if core.strip() in self.by_last_word:
            full = self.by_surname(core.strip())       # "M. ANNADIF", "Langley"
            if full:
                return full
        states = state_names()
        plain_names = []
        for run in re.findall(rf"(?<![\w{APOS}.-]){NAME_WORD}(?:\s+(?:(?:de|du|des|da|di|van|von|der|den|le|la|bin|ben|ibn|abu)\s+)*"
                              rf"(?:[{UPPER}]\.\s+)?{NAME_WORD})*", core):
            words = run.split()
            while words and (words[0] in L.NOT_FIRST_NAMES or words[0].lower() in L.PERSON_ROLES or words[0] in states
                             or words[0] in L.ORG_HEADS or words[0] in L.ORG_TAILS):
                words.pop(0)            # "U.S. Embassy Belmopan Chargé d’Affaires": a body's and a title's words
            while words and (words[-1] in _TRAILING_TITLE_WORDS or words[-1].lower() in L.PERSON_ROLES):
                words.pop()             # "… Belmopan Chargé": a title's word, never a surname's ("Theresa May")
            for k in range(len(words)):
                candidate = " ".join(words[k:])
                full = self.by_surname(candidate)
                if full and self.actors[full].kind == "person":     # not "Nations Unies" in a title
                    return full
            if len(words) >= 2:
                plain_names.append(" ".join(words))
        if not description_head(said):
            # a description after an adjunct: "à l'issue de l'entretien le chef de la diplomatie"
            for m in reversed(list(_DESCRIPTION_START.finditer(said))):
                if m.start() and description_head(said[m.start():]):
                    said = said[m.start():]
                    break
        if description_head(said):
            # "le diplomate américain", "la cheffe des affaires politiques de l'ONU": the one person
            # it fits, or nobody (two fit, or none).
            return by_description(said, self.persons())
        # A body that speaks: "la CEDEAO a déclaré", "the State Department said" — not one whose
        # part or member does ("Niger's junta", "un porte-parole de la CEDEAO"), nor two together
        # ("France and Germany said").
        speaking = [actor.name for actor in self.actors.values() if actor.kind != "person"
                    and any(_speaks_as(said, n) for n in (actor.name, *actor.aliases))]
        if len(speaking) == 1 and not re.search(r"\b(?:and|et)\b", said):
            return speaking[0]
        if speaking:
            return None
        # A plain name never seen before ("said Nancy Lindborg" with no earlier cue) stays as written;
        # so does a surname alone that is all the attribution holds ("Dujarric told reporters").
        if plain_names:
            return plain_names[-1]          # "U.S. Air Force Lt. Gen. Kirk Smith": the name comes last
        alone = core.strip()
        if re.fullmatch(NAME_WORD, alone) and alone not in L.NOT_FIRST_NAMES and alone not in L.ORG_HEADS \
                and alone not in states and alone.upper() not in L.NOT_ACTORS and alone.lower() not in L.PERSON_ROLES \
                and alone.lower() not in _DAY_OR_MONTH and alone not in L.MEDIA:
            return alone
        return None

    def antecedent(self, paragraph: int, offset: int, sentence_start: int, skip: list[tuple[int, int]]) -> str | None:
        """Who a pronoun at ``offset`` stands for: the person named last before it in its sentence
        (outside the ``skip`` spans: quotations, an opening adjunct), else the last person named as a
        sentence's subject or a quotation's speaker before the sentence, else the last person named
        before it."""
        def person(name: str) -> bool:
            return name in self.actors and self.actors[name].kind == "person"

        same = sorted((o, n) for o, n in self.in_paragraph.get(paragraph, ()) if sentence_start <= o < offset
                      and person(n) and not any(a <= o < b for a, b in skip))
        if same:
            return same[-1][1]
        subject = self.last_subject(paragraph, sentence_start, person)
        if subject:
            return subject
        earlier = heapq.nlargest(3, ((p, o, n) for p, o, n in self.positions
                                     if (p, o) < (paragraph, sentence_start) and person(n)))
        if not earlier:
            return None
        p, o, name = earlier[0]
        if any(q == p and o - r < 200 and m != name for q, r, m in earlier[1:]):
            return None            # "Blinken met Massoudou. …, he said": two persons just named, neither a subject
        return name

    def forget(self, name: str) -> None:
        """No actor after all: every mention of ``name`` is dropped."""
        del self.actors[name]
        self.positions = [position for position in self.positions if position[2] != name]
        self.subjects = [subject for subject in self.subjects if subject[2] != name]
        self.in_paragraph = {p: [(o, n) for o, n in v if n != name] for p, v in self.in_paragraph.items()}
        self.named_at = {p: [m for m in v if m[2] != name] for p, v in self.named_at.items()}
        for names in self.by_last_word.values():
            names.discard(name)

    def renumber(self, by: int) -> None:
        """Move every mention ``by`` paragraphs: the headline read as paragraph 1 becomes paragraph 0,
        before the first. An actor first named in the headline is cited from its first paragraph
        after it; one named only there keeps paragraph 0 (a speaker the body's quotations may name)."""
        self.positions = [(p + by, o, n) for p, o, n in self.positions]
        self.subjects = [(p + by, o, n) for p, o, n in self.subjects]
        self.in_paragraph = {p + by: v for p, v in self.in_paragraph.items()}
        self.named_at = {p + by: v for p, v in self.named_at.items()}
        first_in_body: dict[str, int] = {}
        for p, _, n in self.positions:
            if p > 0:
                first_in_body[n] = min(p, first_in_body.get(n, p))
        for actor in self.actors.values():
            actor.paragraph += by
            if actor.paragraph == 0:
                actor.paragraph = first_in_body.get(actor.name, 0)
            if actor.role_paragraph is not None:
                actor.role_paragraph = actor.role_paragraph + by or None

    def last_before(self, paragraph: int, offset: int) -> str | None:
        best = None
        for p, o, name in self.positions:
            if (p, o) < (paragraph, offset) and self.actors[name].kind == "person":
                best = name
        return best


_SUBJECT_VERB = {
    "fr": re.compile(r"\s*(?:,[^,.«»]{1,150},\s*)?(?:a|ont|avait|avaient|est|sont|était|s['’]est|se|ne|n['’]a|va|doit|"
                     r"devait|peut|[a-zé]+e|[a-zé]+ent)\b"),
    "en": re.compile(r"\s*(?:,[^,.“”]{1,150},\s*)?(?:has|have|had|is|was|were|will|would|can|could|should|must|did|"
                     r"does|met|told|spoke|made|took|gave|held|led|sent|went|saw|wrote|began|came|brought|left|"
                     r"became|found|heard|kept|knew|paid|put|set|sought|stood|won|got|ran|said|[a-z]+ed|[a-z]+s)\b"),
}


_AGENT_BEFORE = re.compile(r"\b(?:by|par)\s+$")
_TITLED_WORD = re.compile(rf"(?<![\w-])((?i:{trie_pattern(sorted(w for w in L.PERSON_ROLES if ' ' not in w))}))[,.]?\s+(?=({NAME_WORD})(?![\w-]))")
_HONORIFIC_END = re.compile(rf"(?:{HONORIFIC_RE})\s*$")
_AFTER_TITLE = re.compile(rf"{NAME_WORD}")


def _is_subject(after: str, lang: str) -> bool:
    """Whether a person named right before ``after`` is a sentence's subject: a verb follows the
    name, or its apposition ("Le Président Mohamed Bazoum a reconnu", "President Biden commended")."""
    return bool(_SUBJECT_VERB[lang].match(after))


# Capitalized particles of a surname ("Jean-Yves Le Drian", "Lucas Da Silva", "Mohamed Ould Ghazouani"):
# inside a name, between two of its words, they are the name's, not a sentence's "Le" or "La".
_POSSESSIVE = re.compile(r"['’]s$")
_CAPS_FAMILY_FIRST = re.compile(rf"(?<![\w.-])(?P<family>[{UPPER}]{{2,6}})\s+(?P<given>[{UPPER}][{LOWER}]+)(?=\s*,|\s*$)")


def _particle_inside(words: list[str], i: int) -> bool:
    return (words[i] in _NAME_PARTICLES and 0 < i < len(words) - 1
            and re.fullmatch(NAME_WORD, words[i - 1]) is not None
            and words[i - 1] not in L.NOT_FIRST_NAMES and words[i - 1] not in L.ORG_HEADS)


def _blocks_a_name(words: list[str], i: int, states) -> bool:
    w = words[i]
    if w in _HONORIFIC_SET:
        return True                      # "Si M. Mankeur Ndiaye": the name is after the honorific
    if _particle_inside(words, i):
        return False
    if w.upper() == w and not re.fullmatch(r"[A-Z]\.", w):
        return not _caps_surname(words, i)
    if w.endswith(("'s", "’s")):
        return True                      # "Niger's Prime Minister …": a possessive, no name's word
    if i == 0 and len(w) >= 6 and w.endswith("ing") and len(words) > 1:
        return True                      # "Meeting Ban Ki-moon, the Minister said": a participle opens the sentence
    if w in ("Lake", "Mount") and i > 0 and (i + 1 == len(words) or not words[i + 1][:1].isupper()):
        return False                     # "Anthony Lake", not "Lake Chad"
    return w in L.NOT_FIRST_NAMES or w in L.ORG_HEADS or w in L.ORG_TAILS or w in states or _hyphenated_role(w)


def _caps_surname(words: list[str], i: int) -> bool:
    """A surname written in capitals, as French administrative texts write it: the last word, after
    a name word, never an acronym the lexicon knows."""
    w = words[i]
    return (i == len(words) - 1 and i > 0 and len(w) >= 3 and w.isalpha() and w not in L.NOT_ACTORS
            and w not in _KNOWN_ACRONYMS and re.fullmatch(NAME_WORD, words[i - 1]) is not None)


_HONORIFIC_SET = set(L.HONORIFICS)
_LEADING_PARTICLES = {"El", "Al", "Abu", "Ben", "Bin", "Ibn", "Ould", "Ag"}     # "El Hadji Ibrahima Diene"
_TITLE_MODIFIERS = {"high", "haut", "haute", "special", "spécial", "spéciale", "deputy", "acting", "vice", "senior",
                    "former", "ancien", "ancienne", "principal", "principale", "chief", "agency", "interim", "intérimaire"}
_KNOWN_ACRONYMS = {name for _, names in L.BODIES for name in names if name.upper() == name}


_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def surname_of(name: str) -> str:
    """A person's last name word, past a generational suffix ("Lloyd J. Austin III" → "Austin")."""
    words = name.split()
    return words[-2] if len(words) > 2 and words[-1] in _SUFFIXES else words[-1]


def _name_words(words: list[str], states) -> list[str]:
    """The first run of at least two name words between the words that block a name, its edge
    particles and lower-case words dropped, with its generational suffix ("Lloyd J. Austin III");
    [] when there is none."""
    if len(words) > 2 and words[-1] in _SUFFIXES:
        run = _name_words(words[:-1], states)
        return run + [words[-1]] if run and run[-1] == words[-2] else run
    for i in range(1, len(words) - 1):
        if words[i] in ("du", "de", "des", "of") and any(" ".join(words[i + 1:j]) in states
                                                         for j in range(i + 2, min(len(words), i + 4) + 1)):
            words = words[:i]                # "Michel Kafando du Burkina Faso": the state is no part of the name
            break
    runs: list[list[str]] = [[]]
    for i, w in enumerate(words):
        if i and w.endswith(("'s", "’s")) and runs[-1] and w[:-2] and not _blocks_a_name([*words[:i], w[:-2]], i, states):
            runs[-1].append(w[:-2])     # "Secretary-General Ban Ki-moon's Special Representative": the possessor's name ends here
            runs.append([])
            continue
        if _blocks_a_name(words, i, states):
            if runs[-1] and runs[-1][-1][:1].isupper() and runs[-1][-1] not in _NAME_PARTICLES \
                    and (w in L.ORG_HEADS or w in L.ORG_TAILS or w.lower() in L.PERSON_ROLES or _hyphenated_role(w)):
                runs[-1] = []           # "… Integrated Stabilization Mission", "Prime Minister": a body's or a title's words
            runs.append([])
        else:
            runs[-1].append(w)
    for run in runs:
        while run and (not run[0][:1].isupper() or (run[0] in _NAME_PARTICLES and run[0] not in _LEADING_PARTICLES)
                       or run[0].lower() in L.PERSON_ROLES or run[0].lower().removesuffix("s") in L.PERSON_ROLES
                       or run[0].lower() in _TITLE_MODIFIERS):
            run.pop(0)                    # "High Commissioner Grandi", "Colonel Amadou Abdramane"
        while run and (not run[-1][:1].isupper() or run[-1] in _NAME_PARTICLES):
            run.pop()
        while sum(w[:1].isupper() and w not in _NAME_PARTICLES for w in run) > 4 + (1 if run and run[-1].isupper() else 0):
            run.pop(0)
        if len(run) >= 2:
            return run
    return []


def _hyphenated_role(word: str) -> bool:
    """A title written as one hyphenated word — "Secretary-General", "Vice-Secrétaire",
    "Under-Secretary-General" — is never part of a person's name."""
    return "-" in word and any(part.lower() in L.PERSON_ROLES or part.lower() == "vice" for part in word.split("-"))


def _words_before_verbs(text: str, speech: str) -> set[str]:
    """The name words right before a speech verb ("Lindborg said"): each verb found first, the word
    before it read then (a pattern that starts with a name word is tried at every position of a long
    article; the verbs are few)."""
    out = set()
    word_at_end = _compiled(rf"(?<![\w{APOS}-])(?:{NAME_WORD})$|\b(?:{NAME_WORD})$")
    for verb in _compiled(rf"(?<=\S)(\s+)(?:{speech})\b").finditer(text):
        head = text[max(0, verb.start() - 48):verb.start()]
        found = word_at_end.search(head)
        if found:
            out.add(found.group(0))
    return out


def find_people(paragraphs: list[str], lang: str, headline: str | None = None) -> People:
    """Persons named with a cue (a title, an honorific, an apposition, a speech verb, a later
    "Mme <surname>"), and organizations (acronyms, "Long Name (ACR)", "Union européenne"…).
    The ``headline``, when given, is read first, as paragraph 0: it is often where the article
    names in full the person its body calls "Türk" or "he"."""
    if headline:
        people = _find_people([headline, *paragraphs], lang, headline=True)
        people.renumber(-1)
        headline_only = [a for a in people.persons() if a.paragraph == 0]
        if headline_only:
            # A headline in title case capitalizes verbs too ("Director General Visits Tripoli"): a
            # name is none when the body writes one of its words in lower case ("this visit").
            words = {w.lower() for a in headline_only for w in a.name.split()}
            words |= {w.removesuffix("s") for w in words}
            lower_re = re.compile(rf"(?<![\w{APOS}-])(?:{trie_pattern(sorted(words))})(?![\w-])")
            body_words = {m.group(0) for text in paragraphs for m in lower_re.finditer(text)}
            for actor in headline_only:
                if any(w.lower() in body_words or w.lower().removesuffix("s") in body_words for w in actor.name.split()):
                    people.forget(actor.name)
        for name in {n for _, n in people.in_paragraph.get(0, ()) if " " not in n and people.actors[n].kind == "person"}:
            # "Special Representative Simão" over a body that names "Leonardo Santos Simão"
            full = [n for n in people.by_last_word.get(name, ()) if n != name and n in people.actors]
            if len(full) == 1:
                people.merge(full[0], name)
        return people
    return _find_people(paragraphs, lang)


def _find_people(paragraphs: list[str], lang: str, headline: bool = False) -> People:
    """:func:`find_people`, the first of ``paragraphs`` being the ``headline`` when true: its persons
    are read, not its states and bodies (a headline names the country a story is about, not always
    one that acts)."""
    people = People()
    speech = _speech(lang)
    verb_after_re = _compiled(rf"\s*,?\s*(?:(?:a|ont|avait|has|had)\s+)?(?:{speech})\b")
    verb_before_re = _compiled(rf"(?:{speech})\s*$")
    acts_after_re = _compiled(r"\s*,?\s*(?:(?:qui|who|which)\s+)?(?:(?:a|ont|avait|est|sont|vient|viennent|has|have|had|is|was|were|will|would|"
                              r"should|must|doit|devait|devra|pourrait|could)\b|(?:" + speech + r")\b)")
    text_all = "\n".join(paragraphs)
    expansions_early = _expansions(text_all)
    surname_refs = [list(SURNAME_REF.finditer(paragraph)) for paragraph in paragraphs]     # read here and twice below
    surnames_with_cue = {m.group("name").split()[-1] for refs in surname_refs for m in refs}
    surnames_with_cue |= set(re.findall(rf"(?:{speech})\s+({NAME_WORD})\b", text_all))
    surnames_with_cue |= _words_before_verbs(text_all, speech)

    # Persons.
    for number, paragraph in enumerate(paragraphs, 1):
        for match in NAME_RE.finditer(paragraph):
            name = match.group(0)
            # The name is the first run of name words between words that cannot be part of one
            # ("Le président Joe Biden" — the title rule reads the title —, "Michael Langley du Corps
            # des Marines"); a surname in capitals ends it ("Mahamat Saleh ANNADIF").
            words = _name_words(name.split(), state_names())
            if len(words) < 2:
                continue
            name = " ".join(words)
            offset = match.start() + match.group(0).index(words[0])
            known = people.actors.get(name)
            if known is not None and known.kind == "person" and known.role:
                # A person already read with a title or an apposition: this is one more mention.
                after = paragraph[match.end():match.end() + 300]
                people.add(name, number, offset, "person", acts=bool(verb_after_re.match(after)))
                if _is_subject(after, lang):
                    people.subjects.append((number, offset, name))
                continue
            before, after = paragraph[max(0, offset - 300):offset], paragraph[match.end():match.end() + 300]
            title = _title_before(before)
            honor = _HONORIFIC_END.search(before[-20:])
            role = _apposition_before(_HONORIFIC_END.sub("", before).rstrip() + " ") or (
                None if _IN_AN_OPENING_ADJUNCT.search(before) and _SUBJECT_AFTER_COMMA.match(after)
                else _apposition_after(after))
            verb_after = verb_after_re.match(after)
            verb_before = verb_before_re.search(before[-40:])
            agent = _AGENT_BEFORE.search(before[-12:])
            cue = title or honor or role or verb_after or verb_before or agent or words[-1] in surnames_with_cue
            if not cue:
                continue
            actor = people.add(name, number, offset, "person", _capitalize(role or title or "") or None,
                               acts=bool(verb_after or verb_before or title or honor))
            if title and role and _capitalize(title) not in actor.described:
                actor.described.append(_capitalize(title))
            if title and not role:
                # "au ministre de la Sécurité et de la Protection civile, le Général de brigade X": a
                # title in apposition to a role before it, which a later description may name
                head = re.sub(rf"(?:le|la|the|l[{APOS}])\s*{re.escape(title)}\s*$", "", before, flags=re.I)
                dative = list(_DATIVE_ROLE.finditer(head)) if head != before and head.rstrip().endswith(",") else []
                extra = head[dative[-1].end():].strip(" ,") if dative else None
                if extra and ("," in extra or not _role_words(extra) or not re.match(r"\s*[,.;]", after)):
                    extra = None        # not "le ministre de la Santé, le Général Amadou Diallo et le maire …"
                if extra and _capitalize(extra) not in actor.described:
                    actor.described.append(_capitalize(extra))
            if _is_subject(paragraph[match.end():], lang):
                people.subjects.append((number, offset, name))
        byline = NAME_RE.fullmatch(paragraph.strip())
        if byline and number < len(paragraphs) and len(paragraphs[number]) <= 80 and _role_words(paragraphs[number]) \
                and not any(w in L.NOT_FIRST_NAMES or w in L.ORG_HEADS for w in byline.group(0).split()):
            # "Hillary Rodham Clinton" over "Secretary of State": a press statement's byline.
            people.add(byline.group(0), number, 0, "person", _capitalize(paragraphs[number].strip(" .")), acts=True)
        label = re.match(rf"^([{UPPER}][{UPPER} .'’-]{{3,80}}):\s", paragraph)
        if label:
            words = label.group(1).split()
            roles = [i for i, w in enumerate(words) if w.lower() in L.PERSON_ROLES]
            if roles and len(words) - roles[-1] - 1 >= 1:
                name = " ".join(w.capitalize() for w in words[roles[-1] + 1:])
                role = " ".join(w.capitalize() for w in words[: roles[-1] + 1])
                people.add(name, number, 0, "person", role, acts=True)
        for match in surname_refs[number - 1]:
            full = people.by_surname(_POSSESSIVE.sub("", match.group("name")))
            if full:
                people.add(full, number, match.start(), "person", acts=True)
                if _is_subject(paragraph[match.end():], lang):
                    people.subjects.append((number, match.start(), full))
        for titled in _TITLED_WORD.finditer(paragraph):
            # A capitalized word right after a role word: "Chairman Brown", "Secretary Austin".
            if titled.group(1).lower() not in L.PERSON_ROLES:
                continue
            found = _AFTER_TITLE.match(paragraph, titled.start(2))
            assert found is not None, "the name word _TITLED_WORD saw ahead"
            word = found.group(0)
            full = people.by_surname(word)
            if full and full != word and word not in L.NOT_FIRST_NAMES \
                    and not any(o <= found.start() < o + len(n) for o, n in people.in_paragraph.get(number, ())):
                # "President Bazoum" after "Mohamed Bazoum": one more mention of the full name
                people.add(full, number, found.start(), "person").aliases.add(word)
                if _is_subject(paragraph[found.end():], lang):
                    people.subjects.append((number, found.start(), full))
                continue
            if word in L.NOT_FIRST_NAMES or word in L.ORG_HEADS or full \
                    or any(part.lower() in L.PERSON_ROLES for part in word.split("-")):
                continue                                  # "Assistant Secretary-General": a title, not a surname
            if any(o <= found.start() < o + len(n) for o, n in people.in_paragraph.get(number, ())):
                continue
            if re.match(rf"\s+(?:[{UPPER}]\.\s+)?{NAME_WORD}", paragraph[found.end():]):
                continue                                  # "General Michael Langley": not a surname alone
            title = _title_before(paragraph[max(0, found.start() - 200):found.start()])
            if title and title.split()[-1].lower() in L.PERSON_ROLES:
                people.add(word, number, found.start(), "person", _capitalize(title), acts=True)
                if _is_subject(paragraph[found.end():], lang):
                    people.subjects.append((number, found.start(), word))

    # A family name in capitals written first, in apposition or after a speech verb ("the
    # Director-General of the FAO, QU Dongyu, told"): the name as written.
    for number, paragraph in enumerate(paragraphs, 1):
        for m in _CAPS_FAMILY_FIRST.finditer(paragraph):
            family, given = m.group("family"), m.group("given")
            if family in L.NOT_ACTORS or family in _KNOWN_ACRONYMS or family in expansions_early \
                    or given in L.NOT_FIRST_NAMES or given in L.ORG_HEADS or given.lower() in L.PERSON_ROLES:
                continue
            if re.search(r",\s*$", paragraph[:m.start()]) or verb_before_re.search(paragraph[max(0, m.start() - 40):m.start()]):
                people.add(f"{family} {given}", number, m.start(), "person", acts=True)

    # A full name read before the cue that made it a person's ("« … ». C'est un David Gressly choqué
    # qui s'exprimait ainsi", then "David Gressly a averti …"): each of its mentions is one.
    full_names = [a.name for a in people.persons() if " " in a.name]
    if full_names:
        seen_at = {(p, o) for p, o, _ in people.positions}
        full_name_re = re.compile(rf"(?<![\w-])(?:{trie_pattern(sorted(full_names))})(?![\w-])")
        for number, paragraph in enumerate(paragraphs, 1):
            for m in full_name_re.finditer(paragraph):
                if (number, m.start()) not in seen_at:
                    people.add(m.group(0), number, m.start(), "person")
                    if _is_subject(paragraph[m.end():], lang):
                        people.subjects.append((number, m.start(), m.group(0)))

    # A surname alone with a speech verb ("Austin said", "…, Austin said, …", "adds Vincetić"): one
    # more mention of the one person of that name, as the subject of what is said.
    surnames: dict[str, list[str]] = {}
    for actor in people.persons():
        if " " in actor.name:
            surnames.setdefault(surname_of(actor.name), []).append(actor.name)
    unique = sorted(s for s, names in surnames.items() if len(names) == 1 and s not in L.NOT_FIRST_NAMES)
    if unique:
        seen_at = {(p, o) for p, o, _ in people.positions}
        # the surnames are scanned for, and the verb looked for next to each (a pattern that opened
        # with the speech verbs would try them at every character of a long article)
        surname_re = re.compile(rf"(?<![\w{APOS}.-])(?:{trie_pattern(unique)})(?![\w-])")
        verb_next_re = _compiled(rf"\s*,?\s+(?:{speech})\b")
        verb_last_re = _compiled(rf"(?<![\w-])(?:{speech})\s+$")
        for number, paragraph in enumerate(paragraphs, 1):
            for m in surname_re.finditer(paragraph):
                at = m.start()
                if not (verb_next_re.match(paragraph, m.end()) or verb_last_re.search(paragraph, max(0, at - 40), at)):
                    continue
                if not any(o <= at < o + len(n) for o, n in people.in_paragraph.get(number, ())) and (number, at) not in seen_at:
                    full = surnames[m.group(0)][0]
                    people.add(full, number, at, "person", acts=True).aliases.add(m.group(0))
                    people.subjects.append((number, at, full))

    # A person the article names only as "Mr. Guterres", "Mme Cousin": the surname is their name
    # (read after every full name, so that "Mme Phee" is Molly Phee when the article says so).
    states = state_names()
    for number, paragraph in enumerate(paragraphs, 1):
        for match in surname_refs[number - 1]:
            surname = _POSSESSIVE.sub("", match.group("name"))        # "Mr. Zelaya’s" → "Zelaya"
            words = surname.split()
            if people.by_surname(surname) or any(w in L.NOT_FIRST_NAMES or w in L.ORG_HEADS or w in states
                                                 or w.lower() in _RANKS for w in words) \
                    or any(a.name.startswith(surname + " ") for a in people.persons()):   # "Mme Sylvie Valérie …"
                continue
            offset = match.start("name")
            people.add(surname, number, offset, "person", acts=True)
            if _is_subject(paragraph[match.end():], lang):
                people.subjects.append((number, offset, surname))

    # Organizations: acronyms and their expansions.
    expansions = expansions_early
    for number, paragraph in enumerate(paragraphs, 1):
        if paragraph.upper() == paragraph or (headline and number == 1):   # a headline in capitals is not full of acronyms
            continue
        dateline = _DATELINE.match(paragraph) if _CAPS_START.match(paragraph) else None
        dateline_end = dateline.end() if dateline and re.search(r"\b(?:1[89]|20)\d\d\b", dateline.group(0)) \
            and any(w.lower() in _MONTH_WORDS for w in re.findall(r"[^\W\d_]+", dateline.group(0))) else 0
        for m in ACRONYM_RE.finditer(paragraph):
            acronym = m.group(1)
            if m.end() <= dateline_end:
                continue                  # "BANGUI, République centrafricaine / DAKAR, Sénégal/ GENÈVE, 8 janvier 2014 –"
            if acronym in L.NOT_ACTORS or len(acronym) < 2 or sum(c.isalpha() for c in acronym) < 2 \
                    or acronym in people.by_last_word:      # "M. ANNADIF": a surname in capitals
                continue
            if re.search(rf"(?<![\w.-])[{UPPER}]{{2,}}\s+$", paragraph[max(0, m.start() - 30):m.start()]) \
                    or re.match(rf"\s+[{UPPER}]{{2,}}(?![\w.-])", paragraph[m.end():m.end() + 30]):
                continue                                           # words in capitals: "DEPUTY PRESS SECRETARY …:"
            if paragraph[m.end():m.end() + 1] == ":" or acronym.lower() in _MONTH_WORDS \
                    or (m.start() == 0 and re.match(rf",\s*\d|,\s*[{UPPER}]+\s+\d|\s*\(\d|\s*[-–—/]|,\s*[{UPPER}][\w-]+\s*[-–—,]",
                                                    paragraph[m.end():])):
                continue                                           # "WHO: …", "NIAMEY, 16 DECEMBER –": a label, a dateline
            before, after = paragraph[max(0, m.start() - 300):m.start()], paragraph[m.end():m.end() + 300]
            if before.endswith("(") and acronym in expansions:
                # the definition itself: the body's first mention when its name is a body's
                # ("the UN Refugee Agency (UNHCR)", "l'Armée de libération nationale (ELN)"), none
                # for a programme's ("Voluntary Humanitarian Return (VHR)")
                if any(w in L.ORG_HEADS or w in L.ORG_TAILS for w in expansions[acronym].split()) \
                        and acronym not in L.NOT_ACTORS and acronym not in people.actors:
                    people.add(acronym, number, m.start(), "organization").aliases.add(expansions[acronym])
                continue
            known = people.actors.get(acronym)
            role = None if known is not None and known.role else (
                _org_role(before, acronym) or _apposition_after(after) or _parenthesized_role(paragraph, m.start()))
            if re.match(rf"\s+[{UPPER}][{LOWER}]", after):
                continue                                           # "UN Agencies": part of a longer name
            acts = bool(acts_after_re.match(after)
                        or re.search(r"\b(?:par|by)\s+(?:la|le|l'|l’|les|the)?\s*$", before))
            name = acronym
            actor = people.add(name, number, m.start(), "organization", role and _capitalize(role), acts=acts)
            if acronym in expansions:
                actor.aliases.add(expansions[acronym])
        # Named organizations: "Union européenne", "the U.N. World Food Programme", "Congrès",
        # "Bureau of Population, Refugees, and Migration", "Coalition for the Sahel".
        for at, named, inside in _named_orgs(paragraph, lang):
            if inside:
                # part of a longer name: only the acronym it spells out ("National Commission for
                # Social Action (NaCSA)") names the body
                short = next((a for a, long_form in expansions.items() if named in long_form), None)
                if short:
                    people.add(short, number, at, "organization")
                continue
            cut_name = _before_person(named, at, people.in_paragraph.get(number, ()), people)
            if cut_name is None:
                continue
            name = cut_name
            before = paragraph[max(0, at - 300):at]
            after = paragraph[at + len(name):at + len(name) + 300]
            inner = _ends_inside_a_name(before)
            if inner and not _role_words(inner.group(1)):
                continue                  # "State of the Union Address": inside a longer name (not a title's)
            short = next((a for a, long_form in expansions.items() if name in long_form or long_form in name), None)
            if short:
                people.add(short, number, at, "organization")
                continue
            acts = bool(acts_after_re.match(after) or re.search(r"\b(?:par|by)\s+(?:la|le|l'|l’|les|the)?\s*$", before))
            people.add(name, number, at, "organization", _apposition_after(after), acts=acts)
    for acronym, long_form in expansions.items():
        if acronym in people.actors:
            people.actors[acronym].aliases.add(long_form)
    # States, known bodies and groups: not inside a person's name or an acronym's spelled-out form.
    taken: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for p, o, name in people.positions:
        taken[p - 1].append((o, o + len(name)))
        people.named_at.setdefault(p, []).append((o, o + len(name), name))
    for long_form in expansions.values():
        for number, paragraph in enumerate(paragraphs, 1):
            start = paragraph.find(long_form)
            while start >= 0:
                taken[number - 1].append((start, start + len(long_form)))
                start = paragraph.find(long_form, start + 1)
    find_bodies(["", *paragraphs[1:]] if headline else paragraphs, lang, people, taken)
    # One body under two spellings ("Nations Unies", "Nations unies"), or with and without its
    # country ("U.S. Army South", then "Army South's headquarters"), is one actor.
    seen: dict[str, str] = {}
    for name in [n for n, a in people.actors.items() if a.kind != "person"]:
        first = seen.setdefault(name.casefold(), name)
        if first != name and name in people.actors and first in people.actors:
            people.merge(first, name)
    for name in [n for n, a in people.actors.items() if a.kind == "organization"]:
        short = _COUNTRY_PREFIX.sub("", name)
        if short != name and " " in short and short in people.actors and people.actors[short].kind == "organization":
            people.merge(name, short)
    return people


_COUNTRY_PREFIX = re.compile(r"^(?:U\.S\.|US|U\.N\.|UN)\s+")
_CONNECTORS = {"of", "for", "the", "de", "des", "du", "d'", "d’", "la", "l'", "l’", "and", "et", "on", "pour", "à", "au", "aux"}
_ORG_CONNECTORS = r"of|for|on|the|and|to|in|de|des|du|d['’]|la|l['’]|pour|et|aux|au"
_ORG_WORD = rf"(?:(?:[{UPPER}]\.){{2,}}|[{UPPER}](?:[\w-]|\.(?=\w)|['’](?!s\b))+)"
_NAMED_ORG = re.compile(
    rf"(?<![\w-])((?:U\.S\.|U\.N\.|UN|United)\s+)?({trie_pattern(L.ORG_HEADS)})(?![\w-])"
    # "Ministère congolais de la Santé et de la Population": a French adjective, then the name goes on
    rf"((?:\s+[{LOWER}]+(?=(?:\s+(?:{_ORG_CONNECTORS})){{1,2}}\s*{_ORG_WORD}))?"
    rf"(?:(?:\s+(?:{_ORG_CONNECTORS})){{0,3}}\s*{_ORG_WORD}|,\s+(?:and\s+)?{_ORG_WORD}){{1,6}}|(?:\s+[{LOWER}]+){{1,3}}|)")


# A paragraph's head up to its dash, from a place in capitals: a dateline when it holds a date
# ("BANGUI, République centrafricaine / DAKAR, Sénégal/ GENÈVE, 8 janvier 2014 –").
_CAPS_START = re.compile(rf"[{UPPER}]{{2,}}\b")
_DATELINE = re.compile(r"[^–—.]{3,160}?\s[–—]\s")
# A capitalised word right before an organisation's head noun, not one that starts a sentence
# ("The Bank"): the head is inside a longer name ("… General Assembly Pakistan Floods meeting",
# "National Commission for Social Action"), which other rules read whole or not at all.
_INSIDE_CAPITALS = re.compile(rf"(?<![.!?:;«“\"(]\s)(?<!^)(?<![.!?:;«“\"(])\b[{UPPER}][{LOWER}]+\s+$")


def _named_orgs(paragraph: str, lang: str):
    """(start, name, inside) of each body :data:`_NAMED_ORG` names, ``inside`` when a capitalised
    word before its head makes it part of a longer name; after a name cut short ("the U.S.
    Department of State and the Bureau of …"), the search goes on right after it."""
    pos = 0
    while True:
        m = _NAMED_ORG.search(paragraph, pos)
        if m is None:
            return
        name = _org_name(m, lang)
        if name is None:
            pos = m.end(2)
            continue
        inside = m.group(1) is None and _INSIDE_CAPITALS.search(paragraph, max(0, m.start() - 40), m.start()) is not None
        yield m.start(), name, inside
        pos = m.end(2) if inside else max(m.start() + len(name), m.start() + 1)


_RANKS = {"gen", "col", "lt", "maj", "sgt", "adm", "capt", "cmdr", "brig", "cpl", "gén"}


_MONTH_WORDS = {m.lower() for m in L.MONTHS["fr"] + L.MONTHS["en"]}
_DAY_OR_MONTH = _MONTH_WORDS | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}


def _before_person(name: str, start: int, mentions, people: People) -> str | None:
    """A body's name cut where a person's name read there begins ("United Nations Linda
    Thomas-Greenfield" after "Ambassador to the"): the body's words only, or None when one word is left."""
    for offset, other in mentions:
        if people.actors[other].kind == "person" and start < offset < start + len(name):
            words = name[: offset - start].split()
            while words and (words[-1] in _CONNECTORS or words[-1] in ("to", "in")):
                words.pop()
            cut = " ".join(words)
            return cut if " " in cut else None
    return name


_INSIDE_A_NAME = re.compile(rf"((?:\S+\s+){{0,2}}\S*[{UPPER}][\w-]+)\s+(?:of the|of|de la|de l[{APOS}]|du|des|de)\s+$")


_ENDS_WITH_OF = re.compile(rf"\s(?:of the|of|de la|de l[{APOS}]|du|des|de)\s+$")


def _ends_inside_a_name(before: str) -> re.Match | None:
    """"… Union of the " before a body's name: the words of a longer name it is inside.  The pattern
    is anchored at the end: it is tried on the last 120 characters first (a long article calls this
    for every body it names), on the whole text only when a match reaches the window's start."""
    if not _ENDS_WITH_OF.search(before[-40:]):
        return None                  # the pattern ends with one of these words: most texts end otherwise
    window = before[-120:]
    found = _INSIDE_A_NAME.search(window)
    if found is None or (found.start() > 0 or len(window) == len(before)):
        return found
    return _INSIDE_A_NAME.search(before)


def _org_name(m: re.Match, lang: str) -> str | None:
    """The name a match of :data:`_NAMED_ORG` stands for, or None: connectors kept only between
    capitalized words, a list of names only when it ends with "and X" ("Bureau of Population,
    Refugees, and Migration"), lower-case words only when they are French adjectives ("Union
    européenne"), no person's title ("Department Spokesperson")."""
    if m.group(1) == "United " and m.group(2) != "Nations":
        return None
    tail = m.group(3)
    listed = re.match(rf"((?:[^,]*,\s+)+and\s+{_ORG_WORD})", tail)
    if listed:
        tail = listed.group(1)                           # "of Population, Refugees, and Migration"
    elif "," in tail:
        tail = tail[: tail.index(",")]
    words = ((m.group(1) or "") + m.group(2) + tail).replace(",", " ,").split()
    kept: list[str] = []
    for i, word in enumerate(words):
        low = word.lower().strip(",")
        if i and (low in L.PERSON_ROLES or low.rstrip(".") in _RANKS or low in _DAY_OR_MONTH
                  or "-" in low and any(part in L.PERSON_ROLES for part in low.split("-"))):
            break                                        # "Army Gen. …", "Department Spokesperson", "United Nations Secretary-General"
        if i and words[i - 1] == "and" and word.upper() == word:
            kept.pop()
            break                                        # "… Sahel Alliance States and ECOWAS": two names
        if i >= 2 and words[i - 2] == "," and words[i - 1] == "and":
            kept.append(word)
            break                                        # "Bureau of Population, Refugees, and Migration" ends here
        if word == "and" and i + 1 < len(words) and not words[i + 1][:1].isupper():
            break                                        # "… Assistance and the State Department": two names
        if word in ("and", "et"):
            following = [w for w in words[i + 1:i + 4] if w not in _CONNECTORS]
            if following and len(following[0]) > 1 and following[0].upper() == following[0]:
                break                                    # "Banque mondiale et du FIDA": two names
        if word in ("au", "aux", "en", "in", "à") and i + 1 < len(words) and (
                words[i + 1].strip(",") in state_names() or " ".join(words[i + 1:i + 3]).strip(",") in state_names()):
            break                                        # "des Nations Unies au Burkina Faso": a place
        if i and word[:1].islower() or word == ",":
            connector = word in _CONNECTORS or word in ("to", "in", ",") or re.fullmatch(rf"d[{APOS}]|l[{APOS}]", word)
            if connector and any(w[:1].isupper() for w in words[i + 1:]):
                kept.append(word)
                continue
            if lang == "fr" and _ADJECTIVE.search(word) and word not in L.NOT_A_NOUN:
                kept.append(word)
                continue
            break
        kept.append(word)
    while kept and (kept[-1] in _CONNECTORS or kept[-1] in ("to", "in", ",")):
        kept.pop()
    name = " ".join(kept).replace(" ,", ",")
    if " " not in name and name not in ("Congrès", "Congress", "Sénat", "Senate"):
        return None
    return name



@cache
@cache
def _org_head_re() -> re.Pattern:
    """An organisation's head word ("Bureau", "Fund"), inside a name or ending it."""
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(L.ORG_HEADS)})(?=\s|$)")


def _expansions(text: str) -> dict[str, str]:
    """Acronyms the article spells out: "U.N. World Food Programme (WFP)", "Programme alimentaire
    mondial (PAM)" — the shortest run of words before the parenthesis whose initials are the acronym.
    (Each "(ACR)" is found first, then the words before it read: linear in the article's length.)"""
    found: dict[str, str] = {}
    for m in re.finditer(rf"\s\(([{UPPER}][{UPPER}0-9&]{{1,7}})\)", text):
        acronym = m.group(1)
        if acronym in found:
            continue
        window = text[max(0, m.start() - 160):m.start()]
        window = window[window.rfind(")") + 1:]
        window = window[window.rfind("(") + 1:]
        tokens = re.findall(rf"[\w.{APOS}-]+", window)[-12:]
        for k in range(1, len(tokens) + 1):
            words = tokens[-k:]
            if not words[0][:1].isupper():
                continue
            initials = "".join(re.sub(r"[^\w]", "", w)[:1] if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w.replace(".", "")
                               for w in words if w.lower() not in _CONNECTORS).upper()
            if initials == acronym.upper():
                found[acronym] = " ".join(words)
                break
        else:
            # Letters that are not the words' initials ("Bureau des Nations Unies pour l'Afrique de
            # l'Ouest et le Sahel (UNOWAS)", "Mission multidimensionnelle … au Mali (MINUSMA)"): the
            # name that starts with an organisation's word and runs, without a comma, to the parenthesis.
            text_before = window.rstrip()
            heads = [h for h in _org_head_re().finditer(text_before)
                     if h.group(0).strip() not in ("Nations",) and h.group(0)[:1].isupper()
                     and not re.search(r"[,;:.()]", text_before[h.start():])]
            if heads:
                start = heads[-1].start()
                lead = re.search(rf"(?:(?<![\w-])[{UPPER}][\w’'-]+\s+){{1,3}}$", text_before[:start])
                if lead:
                    words = lead.group(0).split()
                    while words and words[0] in ("The", "A", "An", "In", "On", "At", "Of", "For", "With", "By", "Le", "La",
                                                 "Les", "Un", "Une", "Du", "Des", "De", "Au", "Aux"):
                        words.pop(0)
                    start -= len(" ".join(words)) + 1 if words else 0   # "African Union Mission in Somalia"
                found[acronym] = text_before[start:].strip()   # from the head nearest the parenthesis
    return found


# Lower-case words that can end an organization's French name: "Union européenne", "Banque
# mondiale", "Programme alimentaire mondial", "Nations unies".
_ADJECTIVE = re.compile(r"(?:é|ée|és|ées|al|ale|aux|ales|ien|ienne|iens|iennes|ain|aine|ains|aines|ais|aise|"
                        r"ique|iques|el|elle|els|elles|if|ive|aire|aires|unies|uni|ial|iale|ois|oise|an|ane|"
                        r"éen|éenne|éens|éennes)$")


def _parenthesized_role(paragraph: str, start: int) -> str | None:
    """'d'autres agences des Nations unies (FAO, UNICEF)', 'du service aérien … (UNHAS)': the noun
    phrase before a parenthesis that holds only acronyms, when its head is an organization's kind."""
    open_at = paragraph.rfind("(", 0, start)
    if open_at < 0 or not re.fullmatch(rf"[\s{UPPER}0-9&,]*", paragraph[open_at + 1:start]):
        return None
    close = paragraph.find(")", start)
    if close < 0 or not re.fullmatch(rf"[\s{UPPER}0-9&,]*", paragraph[start:close]):
        return None
    head_text = paragraph[:open_at].rstrip()
    starts = [m.end() for m in re.finditer(rf"(?:^|\s)(?:d[{APOS}]autres|other|les|le|la|du|des|de la|the|of the)\s+|"
                                          rf"(?:^|\s)(?:l|d)[{APOS}]\s*", head_text)]
    for start_at in reversed(starts):
        role = head_text[start_at:]
        if not role or len(role) > 80 or re.search(r"[,;()]", role):
            break
        head = role.split()[0].lower()
        head = head[:-1] if head.endswith("s") and head[:-1] in L.ORG_ROLES else head
        if head in L.ORG_ROLES:
            return role
    return None


_KNOWN_AS = re.compile(rf"\s*[-–—,(]?\s*(?:connue?s?|appelée?s?|dite?s?|known as|called)\s+"
                       rf"(?:sous le nom d[e{APOS}]\s*(?:la\s+|l[{APOS}]\s*|le\s+)?|as\s+)?$")
_OF_THE = re.compile(rf"\s+(?:de la|de l[{APOS}]|du|des|of the|of)\s*$")


def _org_role(before: str, acronym: str) -> str | None:
    """'le bloc ouest-africain de la ', 'conseil militaire … - connu sous le nom de ' before an acronym.

    Each pattern is anchored on the words right before the acronym first, then the role is read
    backwards to its determiner: no regular expression scans the whole window."""
    known = _KNOWN_AS.search(before[-80:])
    if known:
        head = before[: len(before) - (len(before[-80:]) - known.start())]
        starts = [m.end() for m in re.finditer(rf"(?:^|\s)(?:(?:du|de la|des|le|la|the|of the)\s+|(?:de l|l)[{APOS}]\s*)", head[-120:])]
        if starts:
            role = head[-120:][starts[-1]:].strip()
            if 3 <= len(role) <= 90 and not re.search(r"[,;()«»“”\"]", role):
                return role
    of = _OF_THE.search(before[-20:])
    if of:
        head = before[: len(before) - (len(before[-20:]) - of.start())][-80:]
        for m in re.finditer(rf"(?:^|\s)(?:le|la|the|un|une|a)\s+|(?:^|\s)l[{APOS}]\s*", head, re.I):
            role = head[m.end():]
            words = role.split()
            if words and words[0].lower() in L.ORG_ROLES and len(words) <= 5:
                return role
    return None


def _affiliations(actors: list[FoundActor], people: People, paragraphs: list[str]) -> None:
    """A person's affiliation: the body or state their title or apposition names first ("Chargé
    d'Affaires of the U.S. Mission …", "Ambassadeur des États-Unis au Niger"); an organisation's:
    the body it belongs to ("the State Department’s Bureau of …").  Only actors of the draft."""
    bodies = [a for a in actors if a.kind != "person"]
    mentions: dict[str, list[tuple[int, int, str]]] = {}
    for position in people.positions:
        mentions.setdefault(position[2], []).append(position)

    def first_named(text: str, exclude: str) -> str | None:
        hits = []
        for body in bodies:
            if body.name == exclude:
                continue
            for name in {body.name} | body.aliases:
                m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
                if m:
                    hits.append((m.start(), -len(name), body.name))
        return min(hits)[2] if hits else None

    for actor in actors:
        if actor.kind == "person" and actor.described:
            actor.affiliation = first_named(" ".join(actor.described), actor.name)
        elif actor.kind == "organization":
            for p, o, _ in mentions.get(actor.name, ())[:20]:
                owner = re.search(r"(\S[^,;:()]{0,80}?)['’]s\s+$", paragraphs[p - 1][max(0, o - 90):o])
                found = owner and first_named(owner.group(1), actor.name)
                if found:
                    actor.affiliation = found
                    break


def select_actors(people: People, quotes: list[FoundQuote]) -> list[FoundActor]:
    """Actors worth a row: every person found with a cue; every organisation or group named by its
    name or acronym; every state the article names as a party (not only as a place)."""
    chosen = []
    for actor in people.actors.values():
        if actor.paragraph == 0:
            continue                          # named only in the headline, and not a speaker
        if actor.kind in ("person", "organization", "group") or actor.party:
            chosen.append(actor)
    return sorted(chosen, key=lambda a: (a.paragraph, list(people.actors).index(a.name)))


# --- figures -------------------------------------------------------------------------------------

# The currency signs of the lexicon's symbols ("$", "US$", "FJD$", "€" …), longest first; a code only
# before a number ("USD 350 million" as the sender writes it).
_SIGNS = sorted((s for s in L.CURRENCY_SYMBOLS if not s.isalpha()), key=len, reverse=True)
_SYMBOL = r"(?:" + "|".join(re.escape(s) for s in _SIGNS) + r"|(?:USD|EUR|GBP|CHF)(?=\s\d))"
_NUMBER = {
    "fr": r"(?P<int>\d{1,3}(?:[ \u00a0\u202f\u2009.]\d{3})+|\d+)(?:,(?P<dec>\d+))?",
    # "€250 000", "1 500 families": the European Commission's English groups thousands with spaces
    "en": r"(?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|\d+)(?:\.(?P<dec>\d+))?",
}


_GLUED_UNITS = r"km/h|km|kg|mph|mm|cm"       # written against their number: "winds up to 240km/h"


def _figure_re(lang: str) -> re.Pattern:
    return re.compile(
        rf"(?<![\w.,/:-])(?P<sym>{_SYMBOL})?\s?{_NUMBER[lang]}(?!(?!(?:m|bn|mn|{_GLUED_UNITS})\b)\w|[.,]\d)"     # "$500m", "240km/h" read on
        rf"(?P<after>\s?(?:%|\u00a0%|\u202f%)?)")


_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")
_OF_WHOM_BEFORE = re.compile(r"\b(?:[Oo]f the|[Pp]armi les|[Ss]ur les)\s+([a-zéèàç]+)(?:\s+[a-zéèàç]+)?,\s*$")
_OF_A_GROUP = re.compile(r"(?:ses|leurs|nos|vos|ces|the|its|their|our|these)\s+(?:(?:most|plus|more)\s+)?", re.I)
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?:;«“\"(])\s*$")
_HEDGE_WORDS = {w.split()[0] for ws in list(L.HEDGES.values()) + list(L.BOUNDS.values()) for w in ws}
_YEAR = re.compile(r"^(1[89]\d\d|2[01]\d\d)$")
_UNIT_WORD = re.compile(rf"[{LOWER}][{LOWER}{APOS}²³-]*")


# The currency words, longest first, as one pattern matched at the start of what follows a number.
_PERCENT_AFTER = re.compile(r"[ \u00a0]*(?:pour\s*cent|percent|per cent)\b", re.I)
_CURRENCY_WORDS_LONGEST_FIRST = sorted(L.CURRENCY_WORDS.items(), key=lambda kv: -len(kv[0]))
_CURRENCY_WORD = re.compile("(?:" + "|".join(re.escape(w) for w, _ in _CURRENCY_WORDS_LONGEST_FIRST) + r")(?!\w)")


def _currency_word(text: str) -> str | None:
    """The currency a word right at the start of ``text`` names ("dollars", "d'euros" after "de"),
    or None."""
    m = _CURRENCY_WORD.match(text[:40].lower())
    return L.CURRENCY_WORDS[m.group(0)] if m else None


def find_figures(paragraphs: list[str], lang: str) -> list[FoundFigure]:
    """Numbers with what they count, percentages and amounts with a currency; never a date, a year,
    an ordinal, a time or a number inside a name."""
    pattern = _figure_re(lang)
    months = trie_pattern(L.MONTHS["fr"] + L.MONTHS["en"])
    date_after = _compiled(rf"(?:er|ère|re|e|ème|eme|nd|rd|th|st)?\s*(?:{months})\b")
    date_before = _compiled(rf"(?:{months})\s*$")
    hedges = sorted(L.HEDGES[lang], key=len, reverse=True)
    bounds = sorted(L.BOUNDS[lang], key=len, reverse=True)
    figures: list[FoundFigure] = []
    for number, paragraph in enumerate(paragraphs, 1):
        for m in pattern.finditer(paragraph):
            integer, decimals = m.group("int"), m.group("dec")
            digits = re.sub(r"[^\d]", "", integer)
            # Rules look back a sentence's worth of text, never the whole paragraph (which would
            # make a paragraph of many numbers quadratic).
            before = paragraph[max(0, m.start() - 200):m.start()]
            after = paragraph[m.end("int") if not decimals else m.end("dec"):][:200]
            rest = after.lstrip(" \u00a0\u202f")
            low_rest = rest.lower()
            # Dates, times and ordinals.
            if date_after.match(low_rest) or date_before.search(before[-20:].lower()) or re.match(r"h\d|:\d|/\d", rest) \
                    or re.match(r"(?:ème|eme|ième|er|ère)\b", low_rest):
                continue                                  # "le 30 ème Sommet": an ordinal, spaced
            # A number that belongs to a name: "Air Base 201", "Boeing 737" (not a capital that starts a sentence).
            prev_word = _PREVIOUS_WORD.search(before[-60:])
            if prev_word and not m.group("sym"):
                word = prev_word.group(1)
                starts_sentence = _STARTS_SENTENCE.search(before[-60:][:prev_word.start()])
                if word[:1].isupper() and not starts_sentence and word.lower() not in _HEDGE_WORDS \
                        and not word.endswith((",", ";", ":")):
                    continue
            if prev_word and prev_word.group(1).lower().rstrip(".") in ("n°", "no", "nº", "article", "art", "paragraphe", "§",
                                                                         "chapitre", "page", "p", "section", "résolution",
                                                                         "resolution", "number", "numéro", "fy", "covid",
                                                                         # a rank on a scale: "a category 4 cyclone"
                                                                         "category", "catégorie", "level", "niveau",
                                                                         "phase", "tier"):
                continue
            value = Decimal(digits + ("." + decimals if decimals else ""))
            percent = bool(m.group("after").strip()) or bool(re.match(r"(?:pour\s*cent|percent|per cent)\b", low_rest))
            currency = (L.CURRENCY_SYMBOLS.get(m.group("sym"), m.group("sym")) if m.group("sym") else None)
            unit = None
            tail = rest
            in_range = _RANGE_OPEN.search(before[-12:]) and _RANGE_TO[lang].match(rest)
            if in_range and not m.group("sym"):
                tail = rest[in_range.end():]     # "entre 2 et 3 milliards de dollars": the second number's words
            scale = re.match(r"(millions?|milliards?|billions?|thousand|trillion|mds?|mn|bn)\b\.?\s*", tail, re.I) \
                or (re.match(r"(m)\b\s*", tail) if m.group("sym") and not after[:1].isspace() else None)   # "$500m"
            if not scale and re.match(r"(?:m|bn|mn)\b", after):
                continue                                  # "500m" with no currency: metres, or a name
            if scale:
                value *= L.SCALES[scale.group(1).lower()]
                tail = tail[scale.end():]
            if not percent:
                link = re.match(rf"(?:de\s+|d[{APOS}]\s*|of\s+)", tail)
                word_tail = tail[link.end():] if link else tail
                cur = _currency_word(word_tail)
                if cur and not currency:
                    currency = cur
                elif not currency:
                    if link and not scale:
                        # "26 de ses partenaires", "750,000 of the most vulnerable": a count of some of
                        # a group, in digits; "2 de ses…" alone is none
                        owned = _OF_A_GROUP.match(word_tail)
                        unit = _counted(word_tail[owned.end():]) if owned and int(value) >= 3 else None
                        if unit is None:
                            continue
                    else:
                        unit = _counted(word_tail)
                        previous = figures[-1] if figures and figures[-1].paragraph == number and figures[-1].unit else None
                        if unit is None and previous and re.match(r"(?:ont|sont|avaient|étaient|have|had|were|are)\s", word_tail) \
                                and 0 <= m.start() - paragraph.rfind(previous.raw, 0, m.start()) <= 120 \
                                and not re.search(r"[.;!?]\s", paragraph[paragraph.rfind(previous.raw, 0, m.start()):m.start()]):
                            unit = previous.unit                  # "300 personnes ont perdu la vie et 2.000 ont été blessées"
                    if unit is None and not scale:
                        counted = re.search(r"\b(?:le |du |au )?nombre d(?:e |['’])\s*([a-zéèêàç]+)|\bnumber of ([a-z]+)",
                                            before[-150:])
                        if counted and re.match(r"\s*(?:[,.;]|$)", word_tail):
                            unit = counted.group(1) or counted.group(2)   # "le nombre de personnes … à 921 000,"
                        counted_after = re.match(r"(?:le nombre d(?:e\s+|['’])\s*|the number of\s+)([\w-]+)", word_tail)
                        if unit is None and counted_after:
                            unit = counted_after.group(1)                  # "estime à 50.000 le nombre de Burundais"
                        group = _OF_WHOM_BEFORE.search(before[-80:])
                        if unit is None and group and re.match(r"(?:were|was|are|sont|étaient|ont|have|had)\b", word_tail):
                            unit = group.group(1)                          # "Of the civilians killed, 740 were …"
                    if unit is None and not scale:
                        continue
            if not (percent or currency or scale) and _YEAR.match(integer) and decimals is None:
                continue                              # a year, even "2012 budget"
            if not (percent or currency or unit or scale):
                continue
            hedge = _hedge_before(before, hedges)
            bound = None if hedge else _hedge_before(before, bounds)
            ranged = _RANGE_OPEN.search(before[-12:]) if in_range else _RANGE_CLOSE[lang].search(before[-40:])
            if ranged and not (hedge or bound):
                bound = ranged.group(1)          # a range's two ends, each a bound
            label = _clause(paragraph, m.start(), m.end())
            plain = int(value) if value == value.to_integral_value() else float(value)
            # A bound ("more than", "plus de") is not an exact number either: approx, as the fidelity
            # check reads the article (the comment in the draft says which bound it is).
            figures.append(FoundFigure(plain, number, label, approx=bool(hedge or bound), hedge=hedge or bound, unit=unit,
                                  currency=currency, percent=percent, raw=m.group(0).strip()))
    return figures


# A range: "entre 2 et 3 milliards de dollars", "between 2 and 3 billion".
_RANGE_OPEN = re.compile(r"\b(entre|between)\s*$", re.I)
_RANGE_TO = {lang: re.compile(rf"(?:et|and)\s+(?:{_NUMBER[lang]})\s+") for lang in _NUMBER}
_RANGE_CLOSE = {lang: re.compile(rf"\b(entre|between)\s+(?:{_NUMBER[lang]})\s+(?:et|and)\s+$", re.I) for lang in _NUMBER}


_TIME_ADJECTIVES = {"dernières", "derniers", "dernière", "dernier", "prochaines", "prochains", "prochaine", "prochain",
                    "précédentes", "précédents", "premières", "premiers", "last", "past", "next", "previous", "first",
                    "coming"}


def _counted(tail: str) -> str | None:
    """The noun a number counts, from the text right after it: "soldats", "troops"; "MT" in "357 MT
    CO2"; "member" in "80 UN member states".  None when what follows is no noun (a verb, a
    preposition, a month) or a duration ("deux jours", "2 years")."""
    nationality = re.match(rf"([{UPPER}][{LOWER}]+)\s+(?=[{LOWER}])", tail)
    if nationality and (nationality.group(1).lower() in L.NATIONALITIES
                        or re.fullmatch(r"\w+(?:an|ian|ese|ais|aise|ien|ienne|iens|iennes|ains|aines)", nationality.group(1))):
        tail = tail[nationality.end():]                         # "two Malian refugee leaders", "140 Ethiopian migrants"
    other = re.match(r"(?:autres|other|more|additional|further|supplémentaires)\s+(?=[a-zéèêàç]{3,})", tail)
    if other:
        tail = tail[other.end():]                               # "159 autres blessés", "10 more people"
    acronym = re.match(r"(?:[A-Z]{2,5}\s+){1,2}(?=[a-z]|[A-Z][a-z])", tail)
    if acronym:
        tail = tail[acronym.end():]
    elif (unit := re.match(r"[A-Z]{1,4}\d?\b", tail)) and not re.match(r"[A-Z]{1,4}\d?\s+[A-Z][a-z]", tail):
        return unit.group(0)                                        # a unit in capitals: MT, MW, GW
    capitalized = re.match(rf"(?:[{UPPER}][{LOWER}]+\s+){{0,2}}([{UPPER}][{LOWER}]+s)\b", tail)
    noun = _UNIT_WORD.match(tail)
    if capitalized:
        word = capitalized.group(1)                             # "UN Member States", "États"
    elif noun:
        word = noun.group(0)
    else:
        return None
    if word in L.NOT_A_NOUN or len(word) < 2 or word.lower() in _MONTH_WORDS or word.lower() in L.DURATION_NOUNS:
        return None
    then = re.match(rf"{re.escape(word)}\s+([{LOWER}]+)", tail)
    if word.lower() in _TIME_ADJECTIVES and then and then.group(1) in L.DURATION_NOUNS:
        return None                                   # "les 20 dernières années", "the past 20 years"
    return word


_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:les|des|ces|nos|vos|leurs|ses|mes|tes|the|these|those|our|their|its|his|her|both|all|my|your|between|entre|"
    r"pour|of the|de ces|l['’]un|one of)|\bl['’])\s*$", re.I)




def find_spelled_figures(paragraphs: list[str], lang: str) -> list[FoundFigure]:
    """Figures written in words: "un million d'euros", "three million refugees", "One hundred
    forty-one UN Member States", "cent quarante et un États", "cinq élections".  Without a scale
    word, a number counts only from two up, with a noun right after it and no determiner before it
    ("the two officials", "nos deux pays" and "deux jours" are no figures)."""
    hedges = sorted(L.HEDGES[lang] + L.BOUNDS[lang], key=len, reverse=True)
    out = []
    for number, paragraph in enumerate(paragraphs, 1):
        for run in spelled_numbers(paragraph, lang):
            words = run.text.lower().replace("-", " ").split()
            scale = words[-1] in L.SCALES or len(words) >= 3 and words[-3] in L.SCALES and words[-1] in ("demi", "half")
            if not scale and run.value < 2 and not _PERCENT_AFTER.match(paragraph, run.end):
                continue                      # "un", "une", "a", "one": no count without a scale (and no percent)
            before = paragraph[max(0, run.start - 100):run.start]
            after = paragraph[run.end:run.end + 120]
            if len(words) == 1 and (scale or words[0] in ("hundred", "thousand", "cent", "mille")) \
                    or re.search(r"\d[\d\s\u00a0\u202f.,]*$", before):
                continue                                      # "millions of people", "several hundred lives", "2,5 milliards"
            if _NOT_A_COUNT_BEFORE.search(before) and not scale:
                continue
            rest = after.lstrip(" \u00a0")
            if re.match(r"(?:pour\s*cent|percent|per cent)\b", rest, re.I):
                unit, currency, percent = None, None, True
            else:
                percent = False
                link = re.match(rf"(?:de\s+|d[{APOS}]\s*|of\s+)", rest)
                tail = rest[link.end():] if link else rest
                currency = _currency_word(tail)
                if link and not (scale or currency):
                    continue                                  # "deux de ses…", "two of them"
                unit = None if currency else _counted(tail)
                if not (currency or unit):
                    continue
                if not scale and run.value < 2:
                    continue                                  # "une visite", "a plan", "one of"
            hedge = _hedge_before(before, hedges)
            raw = paragraph[run.start:run.end]
            out.append(FoundFigure(run.value, number, _clause(paragraph, run.start, run.end), approx=bool(hedge), hedge=hedge,
                              unit=unit, currency=currency, percent=percent, raw=raw))
    return out


def _clause(paragraph: str, start: int, end: int, max_words: int = 16) -> str:
    """The words around a figure, up to the clause's punctuation, at most ``max_words``: a verbatim
    label the analyst shortens."""
    left = max(paragraph.rfind(p, 0, start) for p in (", ", "; ", ": ", ". ", "(", " – ", " — "))
    right_candidates = [i for i in (paragraph.find(p, end) for p in (", ", "; ", ": ", ".", ")", " – ", " — ")) if i >= 0]
    right = min(right_candidates) if right_candidates else len(paragraph)
    left = left + 1 if left >= 0 else 0
    before_words = paragraph[left:start].split()
    after_words = paragraph[end:right].split()
    words = before_words[-5:] + paragraph[start:end].split() + after_words[:max_words - 5]
    return " ".join(words).strip(" ,;:«»“”\"")


# --- the source's date -----------------------------------------------------------------------------

def find_date(title: str | None, paragraphs: list[str]) -> dt.date | None:
    """The article's own date when its head gives one (a dateline, "September 24, 2020",
    "(Paris, le 16 juin 2005)", 2023-12-13); never a date from the story's body."""
    head = ([title] if title else []) + paragraphs[:3]
    for i, text in enumerate(head):
        if i > 0 and len(text) > 120 and not re.match(r"^\(?[\w .'-]{2,40},\s*(?:le\s+)?\d", text):
            window = text[:80]
        else:
            window = text
        found = _parse_date(window)
        if found:
            return found
    return None


def _parse_date(text: str) -> dt.date | None:
    candidates = []
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if m:
        candidates.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    month_names = "|".join(sorted(L.MONTH_NUMBER, key=len, reverse=True))
    m = re.search(rf"\b(\d{{1,2}})(?:er)?\s+({month_names})\.?\s+(\d{{4}})\b", text, re.I)
    if m:
        candidates.append((int(m.group(3)), L.MONTH_NUMBER[m.group(2).lower()], int(m.group(1))))
    m = re.search(rf"\b({month_names})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", text, re.I)
    if m:
        candidates.append((int(m.group(3)), L.MONTH_NUMBER[m.group(1).lower()], int(m.group(2))))
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
    if m:
        candidates.append((int(m.group(3)), int(m.group(2)), int(m.group(1))))
    for year, month, day in candidates:
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


# --- where the analyst starts ------------------------------------------------------------------------

def candidate_sentences(paragraphs: list[str], lang: str, limit: int = 6) -> dict[str, list[tuple[int, str]]]:
    """Sentences a reader would start each analyst section from, with their paragraph numbers:
    the lead for the summary, sentences about the United States, sentences with a condition or a
    demand, sentences with a fear, a hope or a question."""
    def every():
        for n, p in enumerate(paragraphs, 1):
            for _, s in sentences(p):
                yield n, s.strip()

    def having(cues):
        found = []
        for n, s in every():
            low = s.lower()
            if any(c in low for c in cues):
                found.append((n, s))
                if len(found) == limit:
                    break
        return found
    return {
        "summary": [x for _, x in zip(range(2), every())],
        "us_position": having(L.US_CUES[lang])[:limit],
        "conditions": having(L.CONDITION_CUES[lang])[:limit],
        "open_issues": having(L.UNCERTAINTY_CUES[lang])[:limit],
    }


# --- all together ------------------------------------------------------------------------------------

def extract(paragraphs: list[str], lang: str, title: str | None = None, nlp=None) -> Extraction:
    """Everything a draft is pre-filled with, found by the rules (and ``nlp``, when given)."""
    people = find_people(paragraphs, lang, title)
    if nlp is not None:
        nlp.add_people(paragraphs, people)
    quotes = find_quotes(paragraphs, lang, people, statement_by(title, people, lang))
    in_body: dict[str, bool] = {}
    for q in quotes:
        if q.speaker and q.speaker in people.actors:
            people.actors[q.speaker].acts = True
        if q.speaker and title and q.speaker in title:
            if q.speaker not in in_body:
                in_body[q.speaker] = any(q.speaker in text for text in paragraphs)
            q.headline = not in_body[q.speaker]
    for actor in people.persons():
        if actor.paragraph == 0:
            # Named in full only in the headline: an actor when the body names them too ("Türk"),
            # cited where it first does; otherwise only the speaker of the quotations it gives them.
            surname = re.compile(rf"(?<![\w-]){re.escape(surname_of(actor.name))}(?![\w-])")
            actor.paragraph = next((n for n, text in enumerate(paragraphs, 1) if surname.search(text)), 0)
    figures = sorted(find_figures(paragraphs, lang) + find_spelled_figures(paragraphs, lang),
                     key=lambda f: (f.paragraph, paragraphs[f.paragraph - 1].find(f.raw)))
    # A draft is read by a person: past these many, the rest of an odd article is left out.
    quotes, figures = quotes[:MAX_ITEMS], figures[:MAX_ITEMS]
    actors = select_actors(people, quotes)[:MAX_ITEMS]
    _affiliations(actors, people, paragraphs)
    result = Extraction(lang, quotes=quotes, figures=figures, actors=actors, date=find_date(title, paragraphs),
                        candidates=candidate_sentences(paragraphs, lang))
    return result
