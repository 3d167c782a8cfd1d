"""Every statement backed by the paragraph it cites: what a statement claims, checked against the
article's text (a source's ``file:``).

Quotes and key figures have their own checks (:mod:`exporter.checks.fidelity`).  This module reads every
other statement of a brief — an actor's stance, the US position, conditions, open issues, the
background and discussion of an action memo, the summary, figures' labels, and a quote that cannot
be compared word for word — and warns, at the line that holds it, when:

- a **name** it uses (a person, place, organisation, people) is not in the paragraphs it cites, in
  any of the forms :mod:`exporter.checks.names` and the brief's own actor names give it;
- a **number** or a **month** it gives is not there (a date the article does not give is never
  printed as the article's);
- it drops a **hedge**: the paragraph says "environ 648" and it says 648; the paragraph says what
  someone intends, hopes or fears, or what could happen, and it says what will or does;
- it holds a **relative date** ("dimanche", "last week") that nothing anchors: in a memo dated
  later, it reads as relative to the memo;
- its words are mostly **not in the paragraphs it cites**: the drafter's inference, stated as the
  article's fact (compared in the article's language only);
- it stands in a factual section with **no reference**.

A statement's ``assessment`` (and the brief's ``assessment`` section) is the drafter's own and is
never checked as the article's; a recommendation is checked for its names and numbers only.  What
these checks cannot see is in the README (Linked sources: the brief checked against its article).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from exporter.checks.fidelity import Reading, Target, targets, value_key
from exporter.checks.fidelity import _plain as _plain_text
from exporter.checks.fidelity import occurrences as _occurrences
from exporter.checks.names import MONTHS, NOT_NAMES, WEEKDAYS, entry_forms, forms
from exporter.model.brief import Ref, Text, same_language
from exporter.model.load import PLACEHOLDER
from exporter.source.diagnostics import Problem

if TYPE_CHECKING:
    from exporter.model.load import LoadedBrief


# A brief's texts are read by several checks, and a batch loads many copies of one brief: each
# text is cleaned, and its numbers found, once.
@lru_cache(maxsize=8192)
def _plain(text: str) -> str:
    return _plain_text(text)


@lru_cache(maxsize=8192)
def occurrences(text: str, language: str):
    if not _DIGIT.search(text) and _number_words(language).isdisjoint(_WORD_RE.findall(text.lower())):
        return []   # no digit, no number word: the common case, found without reading the text twice
    return _occurrences(text, language)


_DIGIT = re.compile(r"\d")
_WORD_RE = re.compile(r"[^\W\d_]+")


@cache
def _number_words(language: str) -> frozenset[str]:
    """Every word that may write a number in ``language`` (parts of compounds too), but un, une,
    one: articles as often as numbers, and never checked (see :func:`_numbers`)."""
    from exporter.checks.fidelity import number_words

    words, rough, scales = number_words(language)
    parts = {p for w in (*words, *rough, *scales) for p in re.split(r"[-\s]", w)}
    parts |= {p + "s" for p in rough}
    return frozenset(parts - {"un", "une", "one", "et", "and", "a", ""})


class Statement(NamedTuple):
    """A text of the brief that claims something, where it stands, and what it cites."""

    path: tuple                  # the field path of its text
    text: Text | str
    refs: list[Ref] | None       # None: it may draw on the whole article (a summary)
    kind: str                    # fact | proposal (names and numbers only) | quote (names, numbers)
    about: tuple[Text, ...] = ()  # the actor a stance is about: named by it without saying so
    section: str = ""            # for a message about a missing reference


def statements(brief) -> Iterator[Statement]:
    """Every statement of a brief that the article should back, in the brief's order."""
    yield Statement(("summary",), brief.summary, None, "fact")
    if brief.issue is not None:
        yield Statement(("issue",), brief.issue, None, "proposal")
    for i, r in enumerate(brief.recommendations):
        yield Statement(("recommendations", i, "text"), r.text, r.refs, "proposal")
    for key in ("background", "discussion"):
        for i, p in enumerate(getattr(brief, key)):
            yield Statement((key, i, "text"), p.text, p.refs, "fact", section=key)
    for i, a in enumerate(brief.actors):
        if a.stance is not None:
            yield Statement(("actors", i, "stance"), a.stance, a.refs, "fact", (a.name, *a.also), "actors")
    if brief.us_position is not None:
        pos = brief.us_position
        yield Statement(("us_position", "lead"), pos.lead, pos.refs, "fact", section="us_position")
        for i, p in enumerate(pos.points):
            yield Statement(("us_position", "points", i, "text"), p.text, p.refs, "fact", section="us_position")
    for i, c in enumerate(brief.conditions):
        yield Statement(("conditions", i, "what"), c.what, c.refs, "fact", (c.who,), "conditions")
    for i, o in enumerate(brief.open_issues):
        yield Statement(("open_issues", i, "what"), o.what, o.refs, "proposal")
        yield Statement(("open_issues", i, "why"), o.why, o.refs, "fact", section="open_issues")
    for i, f in enumerate(brief.figures):
        yield Statement(("figures", i, "label"), f.label, f.refs, "proposal", section="figures")
        if f.comparison is not None:
            yield Statement(("figures", i, "comparison", "label"), f.comparison.label, f.refs, "proposal")


def versions(statement: Statement) -> Iterator[tuple[str | None, str, tuple]]:
    """(language or None for a neutral text, string, field path) of each of a statement's texts."""
    text = statement.text
    if isinstance(text, str):
        yield None, text, statement.path
    elif text.neutral is not None:
        yield None, text.neutral, statement.path
    else:
        for lang, string in text.by_lang.items():
            yield lang, string, statement.path + (lang,)


def _base(language: str | None) -> str:
    return (language or "").replace("-", "_").split("_")[0].lower()


# Names ----------------------------------------------------------------------------------------

_CAPITAL = re.compile(r"(?<![\w-])([A-ZÀ-ÖØ-ÞŒ]\w*(?:-\w+)*(?:'(?!s\b)\w+)*)")
_OPENERS = frozenset('.!?:;«»"“”([—–')


def _starts_sentence(text: str, at: int) -> bool:
    """The word at ``at`` opens a sentence, a quotation or a parenthesis (its capital is the
    sentence's, not a name's)."""
    before = text[max(0, at - 8):at].rstrip()
    if at > 8 and not before:
        before = text[:at].rstrip()
    return not before or before[-1] in _OPENERS or before.endswith(" -")


class _Known(NamedTuple):
    """The known names of a language, as :func:`_find` looks them up: by the key of a run of words."""

    keys: dict[str, object]           # _key(form) → entry
    acronyms: frozenset[str]          # keys of forms found in capitals only (US, EU, UE)
    first: dict[str, int]             # a form's first word (lower case) → the most words a form starting with it has


# A word as names are made of: hyphens and inner apostrophes kept (Al-Qaïda, N'Djamena), a French
# elision (l', d', qu') and an English possessive ('s) left out: "l'Union européenne" names the
# Union, "Biden's letter" Biden.
_NAME_WORD = re.compile(r"(?:\b(?:[dlDL]|[nmtsjc]|[Qq]u)')?(\w+(?:-\w+)*(?:'(?!s\b)\w+)*)")
_ELIDED = re.compile(r"(?:^|\W)(?:[dlnmtsjc]|qu|jusqu|lorsqu|puisqu)'$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _known(language: str, extra: tuple[tuple[str, ...], ...]) -> _Known:
    """The known names of ``language``: the table's, and a brief's ``extra`` groups."""
    pairs: dict[str, object] = {}
    for form, n in forms(language).items():
        pairs[next(f for f in entry_forms(n) if f.lower() == form)] = ("table", n)
    for n, group in enumerate(extra):   # the table's entry wins; Names.forms_of joins the two
        for form in group:
            pairs.setdefault(form, ("brief", n))
    keys: dict[str, object] = {}
    acronyms = set()
    for form, entry in pairs.items():
        key = _key(form.replace(".", ""))
        keys.setdefault(key, entry)
        if form.replace(".", "").isupper():
            acronyms.add(key)
    first: dict[str, int] = {}
    for form in pairs:
        words = _NAME_WORD.findall(form.replace(".", ""))
        if words:
            first[words[0].lower()] = max(first.get(words[0].lower(), 0), len(words))
    return _Known(keys, frozenset(acronyms), first)


def _key(written: str) -> str:
    """A name as a lookup key: lower case, one space for any run of spaces and dashes."""
    return " ".join(written.lower().replace("-", " ").split())


_DOTTED = re.compile(r"(?<!\w)(?:[A-Z]\.){2,}")


def _key_of(known: _Known, key: str) -> str:
    """The key of the table's form a written key was found under (its inflection taken off)."""
    if key in known.keys:
        return key
    for ending in ("es", "s", "e", "x"):
        if key.endswith(ending) and key[:-len(ending)] in known.keys:
            return key[:-len(ending)]
    return key


def _lookup(keys: dict[str, object], written: str):
    key = _key(written)
    if key in keys:
        return keys[key]
    for ending in ("es", "s", "e", "x"):
        if key.endswith(ending) and key[:-len(ending)] in keys:
            return keys[key[:-len(ending)]]
    return None


@lru_cache(maxsize=16384)
def _writes(text: str, candidates: tuple[str, ...]) -> bool:
    """``text`` writes one of a name's forms (once per paragraph and name, whatever the briefs):
    any spacing or dash between its words, an apostrophe of any kind, a plural or feminine ending
    (``s``, ``es``, ``e``, ``x``), in any case — but an acronym or a dotted name (``CNSP``,
    ``U.S.``) in its own capitals and not inside a longer dotted one.  Compared as folded text,
    not as a regular expression per name: compiling one for every name of every brief was most of
    what the claims check cost a fresh process."""
    for form in candidates:
        exact = form.isupper() or "." in form
        haystack, needle = _folded(text, not exact), _folded(form, not exact)
        if needle and _found(haystack, needle, exact):
            return True
    return False


_GAPS = re.compile(r"[\s\-‐-―]+")
_ENDINGS = ("", "s", "es", "e", "x")


@lru_cache(maxsize=8192)
def _folded(text: str, fold_case: bool) -> str:
    """``text`` as names are compared in it: each run of spaces and dashes one space, every
    apostrophe a straight one, and its case folded (unless it must match as written)."""
    text = _GAPS.sub(" ", text.replace("’", "'"))
    return text.casefold() if fold_case else text


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _found(haystack: str, needle: str, exact: bool) -> bool:
    """``needle`` stands in ``haystack`` as a whole word (with an ending, unless ``exact``)."""
    at = haystack.find(needle)
    while at != -1:
        before = haystack[at - 1] if at else " "
        if not _is_word(before) and not (exact and before == "."):
            end = at + len(needle)
            for ending in ("",) if exact else _ENDINGS:
                stop = end + len(ending)
                if haystack.startswith(ending, end) and (stop == len(haystack) or not _is_word(haystack[stop])):
                    return True
        at = haystack.find(needle, at + 1)
    return False


class Names:
    """The names a brief's checks know: the table's, and the brief's own (every language of an
    actor's name and its ``also`` list count as one name)."""

    def __init__(self, brief):
        self.extra: list[tuple[str, ...]] = []
        for actor in brief.actors:
            group: list[str] = []
            for text in (actor.name, *actor.also):
                group += [text.neutral] if text.neutral is not None else list(text.by_lang.values())
            self.extra.append(tuple(dict.fromkeys(g for g in group if g.strip())))
        self._forms: dict[object, tuple[str, ...]] = {}

    def forms_of(self, key) -> tuple[str, ...]:
        """Every form of a known name's entry."""
        if key not in self._forms:
            self._forms[key] = self._all_forms(key)
        return self._forms[key]

    def _all_forms(self, key) -> tuple[str, ...]:
        kind, n = key
        if kind == "brief":
            out = list(self.extra[n])
            for form in self.extra[n]:
                for lang in ("fr", "en"):
                    m = forms(lang).get(form.lower())
                    if m is not None:
                        out += entry_forms(m)
            return tuple(dict.fromkeys(out))
        out = list(entry_forms(n))
        for group in self.extra:
            if any(f.lower() in map(str.lower, out) for f in group):
                out += group
        return tuple(dict.fromkeys(out))

    def find(self, text: str, language: str, article_words: frozenset[str] | None) -> list[tuple[str, object]]:
        """The names a text uses: (as written, entry key or the written word itself).  A known
        name is found in any case; another capitalized word is a name unless it starts a sentence,
        is a title (Mme, President) or a month or weekday — and, in a language other than the
        article's (``article_words`` given), only if the article writes it as it is."""
        return list(_find(text, language, article_words, tuple(self.extra)))


@lru_cache(maxsize=8192)
def _find(text: str, language: str, article_words: frozenset[str] | None,
          extra: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, object], ...]:
    """:meth:`Names.find`, once per text (a batch loads many copies of one brief)."""
    plain = _plain(text)
    taken = [False] * len(plain)
    found: list[tuple[int, str, object]] = []
    known = _known(language, extra)
    words = [(m.start(1), m.end(1), m.group(1)) for m in _NAME_WORD.finditer(plain)]
    i = 0
    while i < len(words):
        lower = words[i][2].lower()
        most = known.first.get(lower) or next((known.first[lower[:-len(e)]] for e in ("es", "s", "e", "x")
                                               if lower.endswith(e) and lower[:-len(e)] in known.first), 0)
        for n in range(min(most, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            if n > 1 and not re.fullmatch(r"[\w'-]+(?:\s+[\w'-]+)*", plain[start:end]):
                continue   # a name's words follow one another, with nothing but spaces between
            written = plain[start:end]
            key = _key(written)
            entry = _lookup(known.keys, key)
            if entry is None:
                continue
            if _key_of(known, key) in known.acronyms and not written.isupper():
                continue   # "us" is a word; US a name
            taken[start:end] = [True] * (end - start)
            found.append((start, written, entry))
            i += n - 1
            break
        i += 1
    # Forms written with dots (U.S.): the words above read them as letters.
    for m in _DOTTED.finditer(plain):
        entry = known.keys.get(_key(m.group().replace(".", "")))
        if entry is not None and not any(taken[m.start():m.end()]):
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
            found.append((m.start(), m.group(), entry))
    calendar = _calendar(language)
    for m in _CAPITAL.finditer(plain):
        word = m.group(1)
        if any(taken[m.start():m.end()]) or len(word) < 2 or word.lower() in NOT_NAMES or word.lower() in calendar:
            continue
        if _starts_sentence(plain, m.start()):
            continue
        if m.start() and plain[m.start() - 1] == "'" and not _ELIDED.search(plain[max(0, m.start() - 9):m.start()]):
            continue   # inside a word (O'Brien is found whole), not after an elision
        if article_words is not None and word not in article_words:
            continue
        found.append((m.start(), word, word))
    return tuple((written, key) for _, written, key in sorted(found, key=lambda f: f[0]))


@cache
def _calendar(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in MONTHS.get(language, ()) + WEEKDAYS.get(language, ()))


# Hedges on claims -------------------------------------------------------------------------------

# What a paragraph may say besides a fact: someone's intention, hope or fear, a possibility, an
# attribution.  Each kind: the markers that find it in an article, and the words that keep it in
# a statement (any of them: "entend", "veut" and "intention" all keep an intention).
CLAIM_HEDGES: dict[str, dict[str, tuple[str, str]]] = {
    "intention": {
        "fr": (r"l'intention\b|\bentend(?:ent|ait|aient)?\b|\bcompt(?:e|ent|ait|aient)\s+\w+er\b",
               r"intention|entend\w*|compt\w*|veu\w*|voul\w*|souhait\w*|prêts?|prêtes?|dispos\w*|envisag\w*"),
        "en": (r"\bintends?\b|\bintention\b|\bplans? to\b",
               r"intend\w*|intention\w*|intent|plan\w*|want\w*|ready|willing|prepared|seek\w*|aim\w*"),
    },
    "hope": {
        "fr": (r"\bespér\w*|\bespèr\w*", r"espér\w*|espèr\w*|souhait\w*"),
        "en": (r"\bhop(?:e|es|ed|ing)\b", r"hop\w*|wish\w*"),
    },
    "fear": {
        "fr": (r"\bcrai\w*|\bcrainte\w*|\bredout\w*", r"crai\w*|crainte\w*|redout\w*|inqui\w*|peur"),
        "en": (r"\bfears?\b|\bfeared\b|\bconcerns? that\b", r"fear\w*|concern\w*|worr\w*|afraid"),
    },
    "possibility": {
        "fr": (r"\bpourrai(?:t|ent)\b|\brisqu(?:e|ent) de\b", r"pourr\w*|peut|peuvent|risqu\w*|éventuel\w*|possible\w*"),
        "en": (r"\bcould\b|\bmight\b|\bmay\b", r"could|might|may|possibl\w*|risk\w*|potential\w*"),
    },
    "attribution": {
        "fr": (r"\bselon\b|\bd'après\b", r"selon|d'après|indiqu\w*|décla\w*|affirm\w*|estim\w*"),
        "en": (r"\baccording to\b", r"according|said|says|stated|told|reported\w*|claim\w*"),
    },
}
_KIND_NAMES = {"intention": "an intention", "hope": "a hope", "fear": "a fear", "possibility": "a possibility",
               "attribution": "an attribution"}
_KEEP = {"intention": {"fr": "entend, a l'intention de", "en": "intends"},
         "hope": {"fr": "espère", "en": "hopes"},
         "fear": {"fr": "craignent, fait craindre", "en": "fear"},
         "possibility": {"fr": "pourrait", "en": "could"},
         "attribution": {"fr": "selon", "en": "according to"}}


@cache
def _markers(language: str) -> list[tuple[str, re.Pattern, re.Pattern]]:
    return [(kind, re.compile(by_lang[language][0], re.IGNORECASE),
             re.compile(rf"(?<!\w)(?:{by_lang[language][1]})(?!\w)", re.IGNORECASE))
            for kind, by_lang in CLAIM_HEDGES.items() if language in by_lang]


_CLAUSE_END = re.compile(r"[,;:.!?]")


# Words: a statement's own words against its paragraphs' ---------------------------------------

_STOP = {
    "fr": frozenset(["alors", "aussi", "autre", "autres", "avant", "avec", "avoir", "bien", "cela", "celle", "celles", "celui", "ceux", "cette", "chaque", "comme", "dans", "depuis", "donc", "dont", "elle", "elles", "encore", "entre", "être", "fait", "font", "leur", "leurs", "lors", "lorsque", "mais", "même", "mêmes", "moins", "notre", "nous", "ont", "pour", "plus", "quand", "quel", "quelle", "quelles", "quels", "sans", "selon", "sera", "seront", "ses", "sont", "sous", "tandis", "tant", "toute", "toutes", "tous", "tout", "très", "vers", "votre", "vous", "était", "étaient", "avait", "avaient", "également", "ainsi", "après", "aux", "auprès", "celui-ci", "cela", "contre", "deux", "trois", "ceci", "ici", "pendant", "peut"]),
    "en": frozenset(["about", "after", "also", "among", "been", "before", "being", "both", "but", "could", "does", "during", "each", "from", "have", "having", "into", "more", "most", "other", "over", "same", "should", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until", "very", "were", "what", "when", "where", "which", "while", "whose", "will", "with", "would"]),
}
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


@lru_cache(maxsize=8192)
def _stems(text: str, language: str) -> frozenset[str]:
    """A text's content words, each by its first four letters (the cheapest stemmer that lets
    "reprise" meet "reprendre" and "chassé" meet "chassées")."""
    stop = _STOP.get(language, frozenset())
    return frozenset(w[:4] for w in _LONG_WORD.findall(text.replace("'", " ").lower()) if w not in stop)


def _name_stems(found: list[tuple[str, object]]) -> set[str]:
    """The stems of the words of names: a name is checked as a name, not as a word."""
    return {w.lower()[:4] for written, _ in found for w in _WORD_RE.findall(written)}


# Relative dates ---------------------------------------------------------------------------------

_RELATIVE = {
    "fr": re.compile(r"(?<!\w)(?:(?:le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier| passé)?"
                     r"|hier|avant-hier|aujourd'hui|demain|après-demain|la veille|le lendemain"
                     r"|(?:la |cette )?semaine (?:dernière|passée|précédente|prochaine)|cette semaine"
                     r"|(?:le |ce )?mois (?:dernier|passé|prochain)|ce mois-ci"
                     r"|l'an (?:dernier|passé|prochain)|l'année (?:dernière|passée|prochaine)|cette année"
                     r"|récemment|ce matin|ce soir)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(?:(?:on |last |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                     r"|yesterday|today|tomorrow|(?:last|this|next) (?:week|month|year)"
                     r"|the (?:previous|preceding|following) (?:day|week|month|year)|the day before|the week before"
                     r"|recently|this morning|tonight)(?!\w)", re.IGNORECASE),
}
# What anchors a relative date in the statement: "précédant l'article", "before the press
# conference", or a date of its own ("dimanche 10 décembre").
_ANCHOR = {
    "fr": re.compile(r"^\W*(?:\w+\W+){0,3}?(?:précédant|précédent|avant|suivant|après)\s*\S", re.IGNORECASE),
    "en": re.compile(r"^\W*(?:\w+\W+){0,3}?(?:before|preceding|prior to|after|following)\s+\S", re.IGNORECASE),
}


def _anchored(found: str, rest: str, language: str, months: tuple[str, ...]) -> bool:
    """A relative date is anchored when the statement says what it is relative to: an object
    after "the week before", a reference after it ("précédant l'article", "before the press
    conference"), or a date of its own ("dimanche 10 décembre")."""
    clause = _CLAUSE_END.split(rest, 1)[0]
    if re.match(r"^\W*\d{1,2}(?:er)?\s+(?:" + "|".join(months) + r")", clause, re.IGNORECASE):
        return True
    if found.lower().endswith(("before", "avant")):
        return bool(re.match(r"^\s+\w", clause))
    return bool(_ANCHOR[language].match(clause))


# The checks -------------------------------------------------------------------------------------

class _Paragraphs:
    """What the claim checks read of each paragraph, computed once per brief."""

    def __init__(self, reading: Reading, names: Names):
        self.reading = reading
        self.names = names
        self._plain: dict[tuple[str, int], str] = {}
        self._words: dict[str, frozenset[str]] = {}
        self._clauses: dict[tuple[str, int], list] = {}

    def plain(self, sid: str, n: int) -> str:
        key = (sid, n)
        if key not in self._plain:
            self._plain[key] = _plain(self.reading.articles[sid].paragraphs[n - 1]).replace("\n", " ")
        return self._plain[key]

    def words(self, sid: str) -> frozenset[str]:
        """Every word the article writes, as written (to tell its names from a language's words)."""
        if sid not in self._words:
            self._words[sid] = frozenset(w for n in range(1, len(self.reading.articles[sid].paragraphs) + 1)
                                         for w in re.findall(r"[\w'-]+", self.plain(sid, n)))
        return self._words[sid]

    def has_name(self, sid: str, n: int, candidates: tuple[str, ...]) -> bool:
        """Paragraph ``n`` writes one of a name's forms."""
        return _writes(self.plain(sid, n), candidates)

    def numbers_of(self, target: Target) -> tuple[int, ...]:
        return target.paragraphs or tuple(range(1, len(target.article.paragraphs) + 1))

    def clauses(self, sid: str, n: int, language: str) -> list:
        """The hedged clauses of a paragraph: (kind, words as the article has them, names, stems)."""
        key = (sid, n)
        if key not in self._clauses:
            text = self.plain(sid, n)
            out = []
            for kind, marker, _ in _markers(language):
                for m in marker.finditer(text):
                    start = max((text.rfind(c, 0, m.start()) for c in ",;:.!?"), default=-1) + 1
                    end = _CLAUSE_END.search(text, m.end())
                    clause = text[start:end.start() if end else len(text)].strip(' "«»“”')
                    found = self.names.find(clause, language, None)
                    keys = {k for _, k in found}
                    out.append((kind, clause, keys, _stems(clause, language) - _name_stems(found)))
            self._clauses[key] = out
        return self._clauses[key]


def check_statements(loaded: LoadedBrief, reading: Reading) -> list[Problem]:
    """Warnings for every statement the paragraphs it cites do not back (see the module's doc)."""
    brief = loaded.brief
    names = Names(brief)
    paragraphs = _Paragraphs(reading, names)
    problems: list[Problem] = []
    for statement in statements(brief):
        if all(PLACEHOLDER.match(string) for _, string, _ in versions(statement)):
            continue                    # a "TODO" a drafter has yet to write claims nothing (--strict refuses it)
        problems += _check(loaded, statement, reading, paragraphs, names)
    for i, quote in enumerate(brief.quotes):
        found = targets(quote.refs, reading.articles, reading.languages)
        if found and not any(same_language(t.language, quote.language) for t in found):
            problems += _check(loaded, Statement(("quotes", i, "text"), quote.text, quote.refs, "quote"),
                               reading, paragraphs, names)
    return problems


_SECTION_NAMES = {"actors": "an actor's stance", "us_position": "the US position", "conditions": "a condition",
                  "open_issues": "an open issue", "figures": "a key figure", "background": "the background",
                  "discussion": "the discussion"}


def _check(loaded, statement: Statement, reading: Reading, paragraphs: _Paragraphs, names: Names) -> list[Problem]:
    problems: list[Problem] = []
    refs = statement.refs
    if refs is not None and not refs and statement.section:
        problems.append(loaded.problem(statement.path, (
            f"{_SECTION_NAMES[statement.section]} with no reference: cite the paragraph it comes from "
            "(refs: [{source: …, paragraph: N}]), or, if it is the drafter's own inference, make it an assessment"),
            warning=True))
    found = targets(refs or [], reading.articles, reading.languages)
    if not found:
        return problems
    where = " or ".join(t.where() for t in found)
    for language, string, path in versions(statement):
        for target in found:
            art_lang = _base(target.language)
            lang = _base(language) or art_lang
            problems += _names(loaded, path, string, lang, target, paragraphs, names, where)
            problems += _numbers(loaded, path, string, lang, target, reading, where)
            problems += _months(loaded, path, string, lang, art_lang, target, paragraphs, where)
            if statement.kind == "fact":
                problems += _relative(loaded, path, string, lang)
            break  # the first linked source a statement cites is the one it is read against
    if statement.kind == "fact" and found:
        problems += _hedges(loaded, statement, found[0], paragraphs, names)
        if refs:
            problems += _support(loaded, statement, found[0], paragraphs, names)
    return problems


def _names(loaded, path, string, lang, target: Target, paragraphs: _Paragraphs, names: Names, where) -> list[Problem]:
    art_lang = _base(target.language)
    article_words = None if lang == art_lang else paragraphs.words(target.source_id)
    out = []
    said = set()
    for written, key in names.find(string, lang, article_words):
        if key in said:
            continue
        said.add(key)
        candidates = names.forms_of(key) if isinstance(key, tuple) else (str(key),)
        cited = paragraphs.numbers_of(target)
        if any(paragraphs.has_name(target.source_id, n, candidates) for n in cited):
            continue
        elsewhere = [n for n in range(1, len(target.article.paragraphs) + 1) if n not in cited
                     and paragraphs.has_name(target.source_id, n, candidates)]
        shown = ", ".join(f"“{c}”" for c in candidates[:5]) + (", …" if len(candidates) > 5 else "")
        tail = (f"; the article has it in {target.article.where(elsewhere[:3])}: cite that paragraph"
                if elsewhere else ": the article does not name it")
        out.append(loaded.problem(path, f"“{written}” is not in {where} (looked for {shown}){tail}", warning=True))
    return out


def _numbers(loaded, path, string, lang, target: Target, reading: Reading, where) -> list[Problem]:
    out = []
    for occurrence in occurrences(string, lang):
        if occurrence.values == {1.0} and not occurrence.written[:1].isdigit():
            continue  # "un", "une", "one": an article as often as a number
        keys = [value_key(v) for v in occurrence.values]
        seen = [o for n in (target.paragraphs or range(1, len(target.article.paragraphs) + 1))
                for k in keys for o in reading.numbers(target.source_id, n).get(k, ())]
        if not seen:
            out.append(loaded.problem(path, (
                f"{occurrence.written} is not in {where} (looked for it in digits and in words): a number or "
                "date the article does not give is not the article's"), warning=True))
        elif not occurrence.hedged and all(o.hedged for o in seen):
            out.append(loaded.problem(path, (
                f"the article says “{seen[0].hedged}”, the statement “{occurrence.written}”: keep the hedge "
                "(environ, about…)"), warning=True))
    return out


def _months(loaded, path, string, lang, art_lang, target, paragraphs: _Paragraphs, where) -> list[Problem]:
    mine, theirs = MONTHS.get(lang), MONTHS.get(art_lang)
    if not mine or not theirs:
        return []
    out = []
    for found in _month_re(lang).finditer(string):
        month = found.group()
        wanted = _month_re(art_lang, [m.lower() for m in mine].index(month.lower()))
        if not any(wanted.search(paragraphs.plain(target.source_id, p)) for p in paragraphs.numbers_of(target)):
            out.append(loaded.problem(path, f"“{month}” is not in {where}: a date the article does not give "
                                            "is not the article's", warning=True))
    return out


@cache
def _month_re(language: str, n: int | None = None) -> re.Pattern:
    """The months of a language (or its month ``n``, from 0) as a pattern, in any case."""
    names = MONTHS[language] if n is None else (MONTHS[language][n],)
    return re.compile(rf"(?<!\w)(?:{'|'.join(names)})(?!\w)", re.IGNORECASE)


def _relative(loaded, path, string, lang) -> list[Problem]:
    pattern = _RELATIVE.get(lang)
    if pattern is None:
        return []
    out = []
    plain = _plain(string)
    for m in pattern.finditer(plain):
        if _anchored(m.group(), plain[m.end():], lang, MONTHS[lang]):
            continue
        example = "le dimanche précédant l'article" if lang == "fr" else "the Sunday before the article"
        out.append(loaded.problem(path, (
            f"“{m.group()}” is relative to the article's date, and a reader takes it as relative to the memo's: "
            f"anchor it (“{example}”, or the date itself), or leave it out"), warning=True))
    return out


def _article_version(statement: Statement, language: str) -> str | None:
    text = statement.text
    if isinstance(text, str):
        return text
    if text.neutral is not None:
        return text.neutral
    return next((s for lang, s in text.by_lang.items() if same_language(lang, language)), None)


def _hedges(loaded, statement: Statement, target: Target, paragraphs: _Paragraphs, names: Names) -> list[Problem]:
    art_lang = _base(target.language)
    own = _article_version(statement, art_lang)
    if own is None:
        return []
    keys = {k for _, k in names.find(own, art_lang, None)}
    for about in statement.about:
        for form in ([about.neutral] if about.neutral is not None else about.by_lang.values()):
            keys |= {k for _, k in names.find(form, art_lang, None)} or {form}
    if not keys:
        return []           # a hedged clause counts only when it names what the statement names
    stems = _stems(own, art_lang) - _name_stems(names.find(own, art_lang, None))
    out = []
    said = set()
    for n in paragraphs.numbers_of(target):
        for kind, clause, clause_keys, clause_stems in paragraphs.clauses(target.source_id, n, art_lang):
            if kind in said or not (keys & clause_keys) or len(stems & clause_stems) < 2:
                continue
            for language, string, path in versions(statement):
                lang = _base(language) or art_lang
                keep = next((k[2] for k in _markers(lang) if k[0] == kind), None)
                if keep is None or keep.search(_plain(string)):
                    continue
                said.add(kind)
                shown = clause if len(clause) <= 90 else clause[:89] + "…"
                out.append(loaded.problem(path, (
                    f"{target.article.where([n])} gives {_KIND_NAMES[kind]} (“{shown}”), which the statement "
                    f"states as a fact: keep it ({_KEEP[kind].get(lang, _KEEP[kind]['en'])}…)"),
                    warning=True))
    return out


def _support(loaded, statement: Statement, target: Target, paragraphs: _Paragraphs, names: Names) -> list[Problem]:
    """A statement in the article's language whose words are mostly not in the paragraphs it
    cites: an inference of the drafter's, unless it paraphrases more freely than this can see."""
    art_lang = _base(target.language)
    own = _article_version(statement, art_lang)
    if own is None or not target.paragraphs:
        return []
    stems = _stems(own, art_lang) - _name_stems(names.find(own, art_lang, None))
    if len(stems) < 3:
        return []
    cited: set[str] = set()
    for n in target.paragraphs:
        cited |= _stems(paragraphs.plain(target.source_id, n), art_lang)
    missing = sorted(stems - cited)
    if len(missing) * 2 <= len(stems):
        return []
    path = statement.path + ((next(k for k in statement.text.by_lang if same_language(k, art_lang)),)
                             if isinstance(statement.text, Text) and statement.text.neutral is None else ())
    words = [w for w in re.findall(r"[^\W\d_]+", own) if w.lower()[:4] in missing][:4]
    return [loaded.problem(path, (
        f"most of its words are not in {target.where()} ({', '.join(f'“{w}”' for w in words)} are not): if it is "
        "the drafter's inference, write it as an assessment (assessment:), apart from the facts; if the article "
        "says it, cite the paragraph that does"), warning=True)]
