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

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from exporter.draft import lexicon as L

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿœ"
APOS = "'’"
# A word of a person's name: Molly, Jean-Noël, O'Brien, al-Charaa, McCain.
NAME_WORD = rf"(?:(?:al|el|ad|ben|bin|ibn|abu)-)?[{UPPER}][{LOWER}]+(?:[{APOS}-][{UPPER}]?[{LOWER}]+)*(?:[{UPPER}][{LOWER}]+)?"
NAME = rf"{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?(?:(?:de|du|des|da|di|van|von|der|den|le|la|bin|ben|ibn|abu)\s+)?{NAME_WORD}){{1,5}}"
NAME_RE = re.compile(rf"(?<![\w{APOS}-]){NAME}(?![\w-])")
HONORIFIC_RE = "|".join(re.escape(h) for h in sorted(L.HONORIFICS, key=len, reverse=True))
SURNAME_REF = re.compile(rf"(?<![\w.])(?:{HONORIFIC_RE})\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})?)")
ACRONYM_RE = re.compile(rf"(?<![\w.-])([{UPPER}][{UPPER}0-9&]{{1,7}})(?![\w-])")


@dataclass
class Quote:
    text: str
    paragraph: int
    speaker: str | None          # the resolved name, or None when the rules found none
    said_as: str | None = None   # the words that named the speaker ("Mme Phee"), when they differ
    spoken: str | None = None    # a language the article says the words were spoken in


@dataclass
class Figure:
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
class Actor:
    name: str
    paragraph: int
    kind: str                    # person | organization
    role: str | None = None
    role_paragraph: int | None = None
    mentions: int = 1
    aliases: set[str] = field(default_factory=set)
    acts: bool = False           # subject of a verb, a quote's speaker, or named by a title
    found_by: str = "rules"


@dataclass
class Extraction:
    language: str
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
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
_SENTENCE_END = re.compile(_ABBREV + rf"([.!?…]+[»”\"’']?)\s+(?=[«“\"'‘(]?\s?[{UPPER}0-9])")


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


def quotation_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each top-level quotation of a paragraph.  « » and “ ” are
    paired by nesting; straight double quotes in order.  An unclosed mark closes nothing: the rest
    of the paragraph is not taken for a quotation."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(paragraph)
    while i < n:
        ch = paragraph[i]
        if ch in _PAIRS:
            close = _PAIRS[ch]
            depth, j = 1, i + 1
            while j < n and depth:
                if paragraph[j] == ch and ch != close:
                    depth += 1
                elif paragraph[j] == close:
                    depth -= 1
                j += 1
            if depth:                       # unbalanced: skip this mark
                i += 1
                continue
            spans.append((i + 1, j - 1))
            i = j
        elif ch == '"':
            j = paragraph.find('"', i + 1)
            if j < 0:
                break
            spans.append((i + 1, j))
            i = j + 1
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


def _speech_after(rest: str, lang: str) -> str | None:
    """The speaker named right after a quotation: ', a déclaré Mme Phee', '," said Lindborg',
    '," Austin said', '», a-t-elle ajouté' (a pronoun: returns "<pronoun>")."""
    verbs = "|".join(re.escape(v) for v in sorted(L.SPEECH_VERBS[lang], key=len, reverse=True))
    rest = rest.lstrip(" \u00a0\u202f,")
    if lang == "fr":
        m = re.match(rf"(?:a|ont|avait|aurait|avaient)-t-(?:il|elle|ils|elles)\s+(?:{verbs})\b", rest)
        if m:
            return "<pronoun>"
        m = re.match(rf"(?:(?:a|ont|avait|aurait|avaient)\s+)?(?:{verbs})\s+(?:(?:en|dans un|in)\s+[{LOWER}]+\s+)?"
                     rf"(?:(?:dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|hier|mardi soir|aussi|encore|également)\s+)?"
                     rf"(?P<who>.{{2,120}}?)(?=[,.;:!?(]|\s+(?:lors|à|au|aux|en|dans|devant|dimanche|lundi|mardi|mercredi|"
                     rf"jeudi|vendredi|samedi|sur|après|avant|depuis|qui|dont|pendant|selon)\b|$)", rest)
        if m:
            return m.group("who")
        m = re.match(r"(?:selon|d'après|d’après)\s+(?P<who>.{2,80}?)(?=[,.;:!?]|$)", rest)
        if m:
            return m.group("who")
    else:
        m = re.match(rf"(?:{verbs})\s+(?P<who>.{{2,120}}?)(?=[,.;:!?(]|\s+(?:in|at|on|to|during|after|before|when|who|that|told)\b|$)", rest)
        if m:
            who = m.group("who")
            return "<pronoun>" if who.lower() in ("he", "she", "they") else who
        m = re.match(rf"(?P<who>(?:he|she|they|[{UPPER}][^,.;:!?]{{1,100}}?))\s+(?:{verbs})\b", rest)
        if m:
            who = m.group("who")
            return "<pronoun>" if who.lower() in ("he", "she", "they") else who
    return None


def _speech_before(before: str, lang: str) -> str | None:
    """The speaker named in the same sentence before a quotation: 'X a déclaré : «', 'X noted
    that “', 'Selon X, «', 'X said:'.  Returns the words of the subject."""
    verbs = "|".join(re.escape(v) for v in sorted(L.SPEECH_VERBS[lang], key=len, reverse=True))
    tail = before[-400:]
    m = re.search(r"(?:selon|d'après|d’après|according to)\s+(?P<who>[^,]{2,80}),\s*$", tail, re.I)
    if m:
        return m.group("who")
    m = re.search(rf"(?P<who>[^«“\"]{{2,300}}?)\s+(?:(?:a|ont|avait|has|had)\s+)?(?:{verbs})\b[^«“\"]{{0,120}}$", tail)
    if m:
        return m.group("who")
    return None


def _spoken_language(sentence: str) -> str | None:
    m = re.search(r"\b(?:en|in)\s+(" + "|".join(L.SPOKEN_LANGUAGES) + r")\b", sentence, re.I)
    return L.SPOKEN_LANGUAGES[m.group(1).lower()] if m else None


def find_quotes(paragraphs: list[str], lang: str, people: People) -> list[Quote]:
    """Direct quotations of at least five words, each with its speaker resolved when the article
    names one; a quotation that continues the previous one's speaker ('… ,” said X. “…”') keeps it."""
    quotes: list[Quote] = []
    for number, paragraph in enumerate(paragraphs, 1):
        last_speaker: tuple[str | None, str | None] = (None, None)
        starts = [o for o, _ in sentences(paragraph)] if any(c in paragraph for c in "«“„\"") else []
        for start, end in quotation_spans(paragraph):
            s, e = _trim_quote(paragraph, start, end)
            text = paragraph[s:e]
            if len(text.split()) < MIN_QUOTE_WORDS:
                continue
            close = end + 1 if end < len(paragraph) else end
            sentence_start = max((o for o in starts if o <= start - 1), default=0)
            before = paragraph[sentence_start: max(start - 1, 0)]
            after = paragraph[close: close + 200]
            said = _speech_after(after, lang)
            if said is None and before.strip():
                said = _speech_before(before, lang)
            if said == "<pronoun>":
                resolved, said_as = last_speaker if last_speaker[0] else (people.last_before(number, start), None)
            elif said is None:
                resolved, said_as = last_speaker
            else:
                resolved = people.resolve(said, number)
                said_as = said.strip(" ,") if resolved and resolved not in said else None
            spoken = _spoken_language(before + " " + after[:120])
            quotes.append(Quote(text, number, resolved, said_as, spoken))
            if resolved:
                last_speaker = (resolved, said_as)
    return quotes


# --- people and organizations -------------------------------------------------------------------

def _role_words(phrase: str) -> bool:
    low = phrase.lower()
    words = set(re.findall(rf"[{LOWER}-]+", low))
    return bool(words & L.PERSON_ROLES) or "premier ministre" in low or "chargé d" in low


_DETERMINER = re.compile(rf"^(?:(?:la|le|les|the|a|an|un|une|son|sa|ses|leur|its|their|his|her)\s+|l[{APOS}]\s*)", re.I)


def _capitalize(role: str) -> str:
    role = _DETERMINER.sub("", role.strip(" ,;:-–—"))
    return role[:1].upper() + role[1:] if role else role


_TITLE_STOP = {"le", "la", "les", "l", "l'", "l’", "the", "a", "an", "un", "une", "with", "to", "by", "from",
               "and", "that", "said", "met", "spoke", "avec", "par", "pour", "et", "que", "qu", "ont", "est",
               "sont", "in", "on", "at", "as", "de", "du", "des", "d", "of", "for", "aux", "au", "à",
               "concernant", "entre", "sur", "dont", "ou", "or", "but", "mais", "while", "when"}
_TITLE_CONNECTORS = {"of", "for", "de", "d'", "d’", "du", "des", "aux", "au", "à", "la", "l'", "l’", "the", "and"}


def _title_before(text: str) -> str | None:
    """The title written right before a name: 'le président', "l'ancien président", 'Secretary of
    State', 'former Nigerien President', 'Assistant Secretary of State for African Affairs'."""
    tokens = re.findall(rf"[\w{APOS}.-]+|[^\w\s]", text[-160:])
    title: list[str] = []
    while tokens:
        token = tokens.pop()
        low = token.lower()
        if not re.match(r"\w", token):
            break
        if low in _TITLE_CONNECTORS and title and tokens:
            # "Secretary of State": a connector inside a title, between two title words
            prev = tokens[-1]
            if prev[:1].isupper() or prev.lower() in L.PERSON_ROLES:
                title.append(token)
                continue
            break
        if low in _TITLE_STOP or low.endswith(("'", "’")):
            break
        if len(title) >= 9:
            break
        title.append(token)
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
    r"a déclaré|a annoncé|a indiqué|a affirmé|s'est|s’est)\b")


def _apposition_after(rest: str) -> str | None:
    """', Assistant Secretary of State for African Affairs,' after a name (up to the next comma
    before a lower-case word, or a verb)."""
    if not rest.startswith(", "):
        return None
    body = rest[2:300]
    stop = _VERB_STOP.search(body)
    end = stop.start() if stop else len(body)
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


def _apposition_before(before: str) -> str | None:
    """'La secrétaire d'État adjointe aux affaires africaines, ' before a name: the phrase from the
    sentence's start (or the previous comma) when it begins with a determiner and holds a role."""
    if not before.rstrip(" ").endswith(","):
        return None
    head = before.rstrip(" ")[:-1]
    cut = max(head.rfind(","), head.rfind(". "), head.rfind(": "), head.rfind("; "))
    phrase = head[cut + 1:].strip()
    if not phrase or len(phrase.split()) > 14 or not _DETERMINER.match(phrase):
        return None
    return phrase if _role_words(phrase) else None


class People:
    """The persons and organizations of an article, in order of first mention, and how to find a
    full name from what a later sentence calls someone ("Mme Phee", "Blinken", "la ministre")."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.positions: list[tuple[int, int, str]] = []   # (paragraph, offset, name) of mentions

    def add(self, name: str, paragraph: int, offset: int, kind: str, role: str | None = None,
            acts: bool = False, found_by: str = "rules") -> Actor:
        actor = self.actors.get(name)
        if actor is None:
            actor = self.actors[name] = Actor(name, paragraph, kind, found_by=found_by)
        else:
            actor.mentions += 1
        if role and not actor.role:
            actor.role, actor.role_paragraph = role, paragraph
        actor.acts = actor.acts or acts
        self.positions.append((paragraph, offset, name))
        return actor

    def persons(self) -> list[Actor]:
        return [a for a in self.actors.values() if a.kind == "person"]

    def by_surname(self, words: str) -> str | None:
        words = words.strip()
        if words in self.actors:
            return words
        candidates = [a.name for a in self.persons() if a.name.endswith(" " + words) or a.name.split()[-1] == words]
        return candidates[0] if len(candidates) == 1 else None

    def resolve(self, said: str, paragraph: int) -> str | None:
        """A speaker's full name from the words that named them, or None."""
        said = said.strip(" ,.")
        said = re.sub(r"\s+(?:lors|during|at|in)\b.*$", "", said)
        honor = re.match(rf"(?:{HONORIFIC_RE})\s+(?P<rest>.+)$", said)
        core = honor.group("rest") if honor else said
        names = NAME_RE.findall(core) or re.findall(rf"(?<![\w-]){NAME_WORD}(?![\w-])", core)
        for candidate in names:
            full = self.by_surname(candidate)
            if full:
                return full
        for candidate in names:
            if candidate in self.actors:
                return candidate
        acronym = ACRONYM_RE.search(said)
        if acronym:
            for actor in self.actors.values():
                if acronym.group(1) == actor.name or acronym.group(1) in actor.aliases:
                    return actor.name
        # "la ministre", "the Secretary": the one person whose role holds that word
        low = said.lower()
        role_words = set(re.findall(rf"[{LOWER}-]+", low)) & L.PERSON_ROLES
        if role_words:
            holders = [a.name for a in self.persons() if a.role and role_words & set(a.role.lower().split())]
            if len(set(holders)) == 1:
                return holders[0]
        if names:
            # A name that is plainly a name ("said Lindborg" with no earlier full name) stays as written.
            return names[0]
        return None

    def last_before(self, paragraph: int, offset: int) -> str | None:
        best = None
        for p, o, name in self.positions:
            if (p, o) < (paragraph, offset) and self.actors[name].kind == "person":
                best = name
        return best


def find_people(paragraphs: list[str], lang: str) -> People:
    """Persons named with a cue (a title, an honorific, an apposition, a speech verb, a later
    "Mme <surname>"), and organizations (acronyms, "Long Name (ACR)", "Union européenne"…)."""
    people = People()
    speech = "|".join(re.escape(v) for v in sorted(L.SPEECH_VERBS[lang], key=len, reverse=True))
    text_all = "\n".join(paragraphs)
    surnames_with_cue = set(m.group("name").split()[-1] for m in SURNAME_REF.finditer(text_all))
    surnames_with_cue |= set(re.findall(rf"(?:{speech})\s+({NAME_WORD})\b", text_all))
    surnames_with_cue |= set(re.findall(rf"\b({NAME_WORD})\s+(?:{speech})\b", text_all))

    # Persons.
    for number, paragraph in enumerate(paragraphs, 1):
        for match in NAME_RE.finditer(paragraph):
            name = match.group(0)
            words = name.split()
            # Trim leading words that cannot start a name ("Le président Joe Biden" is found by the title rule).
            cut = max((i + 1 for i, w in enumerate(words) if w in L.NOT_FIRST_NAMES or w in L.ORG_HEADS
                       or (w.upper() == w and not re.fullmatch(r"[A-Z]\.", w))), default=0)
            words = words[cut:]
            while len(words) > 3:
                words.pop(0)
            if len(words) < 2:
                continue
            name = " ".join(words)
            offset = match.start() + match.group(0).index(words[0])
            before, after = paragraph[max(0, offset - 300):offset], paragraph[match.end():match.end() + 300]
            title = _title_before(before)
            honor = re.search(rf"(?:{HONORIFIC_RE})\s*$", before)
            role = _apposition_before(before) or _apposition_after(after)
            verb_after = re.match(rf"\s*,?\s*(?:(?:a|ont|avait|has|had)\s+)?(?:{speech})\b", after)
            verb_before = re.search(rf"(?:{speech})\s*$", before)
            cue = title or honor or role or verb_after or verb_before or words[-1] in surnames_with_cue
            if not cue:
                continue
            people.add(name, number, offset, "person", _capitalize(role or title or "") or None,
                       acts=bool(verb_after or verb_before or title or honor))
        label = re.match(rf"^([{UPPER}][{UPPER} .'’-]{{3,80}}):\s", paragraph)
        if label:
            words = label.group(1).split()
            roles = [i for i, w in enumerate(words) if w.lower() in L.PERSON_ROLES]
            if roles and len(words) - roles[-1] - 1 >= 2:
                name = " ".join(w.capitalize() for w in words[roles[-1] + 1:])
                role = " ".join(w.capitalize() for w in words[: roles[-1] + 1])
                people.add(name, number, 0, "person", role, acts=True)
        for match in SURNAME_REF.finditer(paragraph):
            full = people.by_surname(match.group("name"))
            if full:
                people.add(full, number, match.start(), "person", acts=True)
        for match in re.finditer(rf"(?<![\w-]){NAME_WORD}(?![\w-])", paragraph):
            word = match.group(0)
            if word in L.NOT_FIRST_NAMES or word in L.ORG_HEADS or people.by_surname(word):
                continue
            if any(p == number and o <= match.start() < o + len(n) for p, o, n in people.positions):
                continue
            if re.match(rf"\s+(?:[{UPPER}]\.\s+)?{NAME_WORD}", paragraph[match.end():]):
                continue                                  # "General Michael Langley": not a surname alone
            title = _title_before(paragraph[max(0, match.start() - 200):match.start()])
            if title and title.split()[-1].lower() in L.PERSON_ROLES:
                people.add(word, number, match.start(), "person", _capitalize(title), acts=True)

    # Organizations: acronyms and their expansions.
    expansions = _expansions(text_all)
    for number, paragraph in enumerate(paragraphs, 1):
        if paragraph.upper() == paragraph:        # a headline in capitals is not full of acronyms
            continue
        for m in ACRONYM_RE.finditer(paragraph):
            acronym = m.group(1)
            if acronym in L.NOT_ACTORS or len(acronym) < 2 or sum(c.isalpha() for c in acronym) < 2:
                continue
            before, after = paragraph[max(0, m.start() - 300):m.start()], paragraph[m.end():m.end() + 300]
            if before.endswith("(") and acronym in expansions:
                continue                                           # the definition itself
            role = _org_role(before, acronym) or _apposition_after(after) or _parenthesized_role(paragraph, m.start())
            if re.match(rf"\s+[{UPPER}][{LOWER}]", after):
                continue                                           # "UN Agencies": part of a longer name
            acts = bool(re.match(r"\s*,?\s*(?:(?:qui|who|which)\s+)?(?:(?:a|ont|avait|est|sont|vient|viennent|has|have|had|is|was|were|will|would|"
                                 r"should|must|doit|devait|devra|pourrait|could)\b|(?:" + speech + r")\b)", after)
                        or re.search(r"\b(?:par|by)\s+(?:la|le|l'|l’|les|the)?\s*$", before))
            name = acronym
            actor = people.add(name, number, m.start(), "organization", role and _capitalize(role), acts=acts)
            if acronym in expansions:
                actor.aliases.add(expansions[acronym])
        # Named organizations: "Union européenne", "the U.N. World Food Programme", "Congrès".
        for m in re.finditer(rf"(?<![\w-])((?:U\.S\.|U\.N\.|United)\s+)?({'|'.join(sorted(L.ORG_HEADS, key=len, reverse=True))})"
                             rf"((?:\s+(?:of|for|on|the|and|de|des|du|d[{APOS}]|la|l[{APOS}]|pour|et)?\s*[{UPPER}][\w.’'-]+){{1,5}}|(?:\s+[{LOWER}]+){{1,3}}|)",
                             paragraph):
            name = (m.group(1) or "") + m.group(2) + m.group(3)
            name = re.sub(rf"\s+(?:of|for|on|the|and|de|des|du|d[{APOS}]|la|l[{APOS}]|pour|et)$", "", name.strip())
            if m.group(1) == "United " and m.group(2) != "Nations":
                continue
            kept = []
            for i, word in enumerate(name.split()):
                if i and (word.lower() in L.STOPWORDS["fr"] | L.STOPWORDS["en"] | L.NOT_A_NOUN
                          or (word[:1].islower() and not _ADJECTIVE.search(word))):
                    break
                kept.append(word)
            name = " ".join(kept)
            if " " not in name and name not in ("Congrès", "Congress", "Sénat", "Senate"):
                continue
            before = paragraph[max(0, m.start() - 300):m.start()]
            after = paragraph[m.start() + len(name):m.start() + len(name) + 300]
            if re.search(rf"\b(?:des|du|de la|of the|of)\s+(?:(?:U\.S\.|U\.N\.)\s+)?$|\bd[{APOS}](?:la\s+)?$", before):
                continue                  # "agences des Nations unies": a complement of another name
            acronym = next((a for a, long_form in expansions.items() if long_form.endswith(name) or name.endswith(long_form)), None)
            if acronym:
                people.add(acronym, number, m.start(), "organization")
                continue
            acts = bool(re.match(r"\s*,?\s*(?:(?:qui|who|which)\s+)?(?:(?:a|ont|avait|est|sont|vient|viennent|has|have|had|is|was|were|will|would)\b|(?:"
                                 + speech + r")\b)", after) or re.search(r"\b(?:par|by)\s+(?:la|le|l'|l’|les|the)?\s*$", before))
            people.add(name, number, m.start(), "organization", _apposition_after(after), acts=acts)
    for acronym, long_form in expansions.items():
        if acronym in people.actors:
            people.actors[acronym].aliases.add(long_form)
    return people


_CONNECTORS = {"of", "for", "the", "de", "des", "du", "d'", "d’", "la", "l'", "l’", "and", "et", "on", "pour", "à", "au", "aux"}


def _expansions(text: str) -> dict[str, str]:
    """Acronyms the article spells out: "U.N. World Food Programme (WFP)", "Programme alimentaire
    mondial (PAM)" — the shortest run of words before the parenthesis whose initials are the acronym."""
    found: dict[str, str] = {}
    for m in re.finditer(rf"([^()]{{1,160}}?)\s+\(([{UPPER}][{UPPER}0-9&]{{1,7}})\)", text):
        acronym = m.group(2)
        tokens = re.findall(rf"[\w.{APOS}-]+", m.group(1))[-12:]
        for k in range(1, len(tokens) + 1):
            words = tokens[-k:]
            if not words[0][:1].isupper():
                continue
            initials = "".join(re.sub(r"[^\w]", "", w)[:1] if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w.replace(".", "")
                               for w in words if w.lower() not in _CONNECTORS).upper()
            if initials == acronym.upper():
                found[acronym] = " ".join(words)
                break
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


def select_actors(people: People, quotes: list[Quote]) -> list[Actor]:
    """Actors worth a row: every person found with a cue; an organization that acts (subject of a
    verb, a quote's speaker), is given a role, or is named more than once."""
    speakers = {q.speaker for q in quotes if q.speaker}
    chosen = []
    for actor in people.actors.values():
        if actor.kind == "person" or actor.name in speakers or actor.role or actor.acts or actor.mentions > 1:
            chosen.append(actor)
    return sorted(chosen, key=lambda a: (a.paragraph, list(people.actors).index(a.name)))


# --- figures -------------------------------------------------------------------------------------

_SYMBOL = r"(?:US\$|\$|€|£|¥)"
_NUMBER = {
    "fr": r"(?P<int>\d{1,3}(?:[ \u00a0\u202f\u2009.]\d{3})+|\d+)(?:,(?P<dec>\d+))?",
    "en": r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?",
}


def _figure_re(lang: str) -> re.Pattern:
    return re.compile(
        rf"(?<![\w.,/:-])(?P<sym>{_SYMBOL})?\s?{_NUMBER[lang]}(?![\w]|[.,]\d)"
        rf"(?P<after>\s?(?:%|\u00a0%|\u202f%)?)")


_HEDGE_WORDS = {w.split()[0] for ws in list(L.HEDGES.values()) + list(L.BOUNDS.values()) for w in ws}
_YEAR = re.compile(r"^(1[89]\d\d|2[01]\d\d)$")
_UNIT_WORD = re.compile(rf"[{LOWER}][{LOWER}{APOS}²³-]*")


def find_figures(paragraphs: list[str], lang: str) -> list[Figure]:
    """Numbers with what they count, percentages and amounts with a currency; never a date, a year,
    an ordinal, a time or a number inside a name."""
    pattern = _figure_re(lang)
    months = "|".join(re.escape(m) for m in L.MONTHS["fr"] + L.MONTHS["en"])
    hedges = sorted(L.HEDGES[lang], key=len, reverse=True)
    bounds = sorted(L.BOUNDS[lang], key=len, reverse=True)
    figures = []
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
            if re.match(rf"(?:er|ère|re|e|ème|eme|nd|rd|th|st)?\s*(?:{months})\b", low_rest) or \
                    re.search(rf"(?:{months})\s*$", before.lower()) or re.match(r"h\d|:\d|/\d", rest):
                continue
            # A number that belongs to a name: "Air Base 201", "Boeing 737" (not a capital that starts a sentence).
            prev_word = re.search(r"(\S+)\s+$", before)
            if prev_word and not m.group("sym"):
                word = prev_word.group(1)
                starts_sentence = re.search(r"(?:^|[.!?:;«“\"(])\s*$", before[:prev_word.start()])
                if word[:1].isupper() and not starts_sentence and word.lower() not in _HEDGE_WORDS:
                    continue
            if prev_word and prev_word.group(1).lower().rstrip(".") in ("n°", "no", "nº", "article", "art", "paragraphe", "§",
                                                                         "chapitre", "page", "p", "section", "résolution",
                                                                         "resolution", "number", "numéro", "fy", "covid"):
                continue
            value = Decimal(digits + ("." + decimals if decimals else ""))
            percent = bool(m.group("after").strip()) or bool(re.match(r"(?:pour\s*cent|percent|per cent)\b", low_rest))
            currency = L.CURRENCY_SYMBOLS.get(m.group("sym")) if m.group("sym") else None
            unit = None
            tail = rest
            scale = re.match(r"(millions?|milliards?|billions?|thousand|trillion|mds?|mn|bn)\b\.?\s*", tail, re.I)
            if scale:
                value *= L.SCALES[scale.group(1).lower()]
                tail = tail[scale.end():]
            if not percent:
                link = re.match(rf"(?:de\s+|d[{APOS}]\s*|of\s+)", tail)
                word_tail = tail[link.end():] if link else tail
                cur = next((code for word, code in sorted(L.CURRENCY_WORDS.items(), key=lambda kv: -len(kv[0]))
                            if word_tail.lower().startswith(word) and not re.match(r"\w", word_tail[len(word):len(word) + 1])), None)
                if cur and not currency:
                    currency = cur
                elif not currency:
                    if link and not scale:
                        continue                      # "2 de ses…": not a count
                    noun = _UNIT_WORD.match(word_tail)
                    if not noun or noun.group(0) in L.NOT_A_NOUN or len(noun.group(0)) < 2 \
                            or noun.group(0).lower() in (m.lower() for m in L.MONTHS["fr"] + L.MONTHS["en"]):
                        continue
                    unit = noun.group(0)
            if not (percent or currency or scale) and _YEAR.match(integer) and decimals is None:
                continue                              # a year, even "2012 budget"
            if not (percent or currency or unit):
                continue
            hedge = next((h for h in hedges if re.search(rf"(?<![\w]){re.escape(h)}\s*$", before, re.I)), None)
            bound = None if hedge else next((b for b in bounds if re.search(rf"(?<![\w]){re.escape(b)}\s*$", before, re.I)), None)
            label = _clause(paragraph, m.start(), m.end())
            plain = int(value) if value == value.to_integral_value() else float(value)
            # A bound ("more than", "plus de") is not an exact number either: approx, as the fidelity
            # check reads the article (the comment in the draft says which bound it is).
            figures.append(Figure(plain, number, label, approx=bool(hedge or bound), hedge=hedge or bound, unit=unit,
                                  currency=currency, percent=percent, raw=m.group(0).strip()))
    return figures


_SPELLED = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
            "neuf": 9, "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "cent": 100, "a": 1, "one": 1, "two": 2,
            "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
            "fifteen": 15, "twenty": 20, "hundred": 100}
_SPELLED_RE = re.compile(r"(?<![\w-])(?P<word>" + "|".join(sorted(_SPELLED, key=len, reverse=True)) +
                         r")\s+(?P<scale>millions?|milliards?|billions?)\s+(?:(?:de\s+|d['’]\s*|of\s+))?(?P<noun>[^\W\d_][\w'’-]*(?:\s+cfa)?)",
                         re.I)


def find_spelled_figures(paragraphs: list[str], lang: str) -> list[Figure]:
    """'un million d'euros', 'three million refugees': a number word with a scale (a number word
    alone — "deux bases" — is too often not a figure to take without a reader)."""
    hedges = sorted(L.HEDGES[lang], key=len, reverse=True)
    out = []
    for number, paragraph in enumerate(paragraphs, 1):
        for m in _SPELLED_RE.finditer(paragraph):
            if m.group("word") in ("a", "A") and lang != "en":
                continue
            value = _SPELLED[m.group("word").lower()] * L.SCALES[m.group("scale").lower()]
            noun = m.group("noun").lower()
            currency = next((code for word, code in L.CURRENCY_WORDS.items() if noun == word), None)
            if not currency and (noun in L.NOT_A_NOUN or len(noun) < 2):
                continue
            before = paragraph[max(0, m.start() - 100):m.start()]
            hedge = next((h for h in hedges + sorted(L.BOUNDS[lang], key=len, reverse=True)
                          if re.search(rf"(?<![\w]){re.escape(h)}\s*$", before, re.I)), None)
            out.append(Figure(value, number, _clause(paragraph, m.start(), m.end()), approx=bool(hedge), hedge=hedge,
                              unit=None if currency else m.group("noun"), currency=currency, raw=m.group(0)))
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
    every = [(n, s.strip()) for n, p in enumerate(paragraphs, 1) for _, s in sentences(p)]
    def having(cues):
        return [(n, s) for n, s in every if any(c in s.lower() for c in cues)]
    return {
        "summary": every[:2],
        "us_position": having(L.US_CUES[lang])[:limit],
        "conditions": having(L.CONDITION_CUES[lang])[:limit],
        "open_issues": having(L.UNCERTAINTY_CUES[lang])[:limit],
    }


# --- all together ------------------------------------------------------------------------------------

def extract(paragraphs: list[str], lang: str, title: str | None = None, nlp=None) -> Extraction:
    """Everything a draft is pre-filled with, found by the rules (and ``nlp``, when given)."""
    people = find_people(paragraphs, lang)
    if nlp is not None:
        nlp.add_people(paragraphs, people)
    quotes = find_quotes(paragraphs, lang, people)
    for q in quotes:
        if q.speaker and q.speaker in people.actors:
            people.actors[q.speaker].acts = True
    figures = sorted(find_figures(paragraphs, lang) + find_spelled_figures(paragraphs, lang),
                     key=lambda f: (f.paragraph, paragraphs[f.paragraph - 1].find(f.raw)))
    # A draft is read by a person: past these many, the rest of an odd article is left out.
    quotes, figures = quotes[:MAX_ITEMS], figures[:MAX_ITEMS]
    result = Extraction(lang, quotes=quotes, figures=figures,
                        actors=select_actors(people, quotes)[:MAX_ITEMS], date=find_date(title, paragraphs),
                        candidates=candidate_sentences(paragraphs, lang))
    return result
