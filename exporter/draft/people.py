"""The persons, states, bodies and groups an article names, read once for the whole article:
:class:`People` holds them with every mention, and resolves a later "M. Whitaker", "Lindborg" or
"the ambassador" to the one actor it can be — or to nobody when two fit."""

from __future__ import annotations

import bisect
import heapq
import re
from functools import cache

from exporter.draft import lexicon as L
from exporter.draft.bodies import find_bodies, initials, no_state_here, state_names, state_pattern, trie_pattern
from exporter.draft.found import FoundActor
from exporter.draft.orgnames import (
    CAPS_START,
    CONNECTORS,
    COUNTRY_PREFIX,
    DATELINE,
    ONE_NAME_WORD_HEADS,
    RANKS,
    acronym_expansions,
    ends_inside_a_name,
    named_orgs,
    org_role,
    parenthesized_role,
)
from exporter.draft.patterns import (
    ACRONYM_RE,
    APOS,
    DAY_OR_MONTH,
    HONORIFIC_RE,
    LOWER,
    MONTH_WORDS,
    NAME_PARTICLES,
    NAME_PREFIX,
    NAME_RE,
    NAME_WORD,
    SURNAME_REF,
    UPPER,
    compiled,
)
from exporter.draft.roles import (
    DATIVE_ROLE,
    DESCRIPTION_START,
    IN_AN_OPENING_ADJUNCT,
    ROLE_INITIALS,
    ROLE_WORDS,
    SUBJECT_AFTER_COMMA,
    TITLE_CONNECTORS,
    TRAILING_TITLE_WORDS,
    apposition_after,
    apposition_before,
    capitalize_role,
    role_words,
    speaks_as,
    title_before,
)
from exporter.draft.speakers import by_description, description_head


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
        self.by_paternal: dict[str, set[str]] = {}         # "Brizuela" of "María Eugenia Brizuela de Ávila"
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
            words = name.split()
            for i in range(2, len(words) - 2):         # (two given names before it: not "Jean Baptiste de Souza")
                if words[i + 1] in ("de", "y", "del", "e"):
                    self.by_paternal.setdefault(words[i], set()).add(name)
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

    def first_offset(self, name: str, paragraph: int) -> int:
        """Where ``paragraph`` first names ``name`` (its length when it does not)."""
        return min((o for o, n in self.in_paragraph.get(paragraph, ()) if n == name), default=1 << 30)

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

    def mentions_by_name(self) -> dict[str, list[tuple[int, int, str]]]:
        """Every mention (paragraph, offset, name) grouped by the actor's name, in the order read."""
        out: dict[str, list[tuple[int, int, str]]] = {}
        for position in self.positions:
            out.setdefault(position[2], []).append(position)
        return out

    def by_surname(self, words: str) -> str | None:
        found = self._by_surname(words)
        if found is None and ("'" in words or "’" in words):
            # "O'Malley" after "Stephen O’Malley": one apostrophe for the other, as a copy mixes them
            other = words.replace("'", "\0").replace("’", "'").replace("\0", "’")
            found = self._by_surname(other)
        return found

    def _by_surname(self, words: str) -> str | None:
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
        if not candidates and " " not in words:
            # the first of two family names, the one a person is called by ("María Eugenia Brizuela de
            # Ávila", then "Brizuela")
            candidates = [n for n in sorted(self.by_paternal.get(words, ())) if n in self.actors and self.actors[n].kind == "person"]
        return candidates[0] if len(candidates) == 1 else None

    def resolve(self, said: str, paragraph: int) -> str | None:
        """A speaker's full name from the words that named them — a name with or without its title,
        a description of one person named before, a body that speaks — or None."""
        said = said.strip(" ,.")
        said = re.sub(rf"(?<=[{LOWER}])\*(?=\s|,|$)", "", said)     # "Barry*": a name changed, as NGOs mark it
        whole = said
        said = re.sub(r"\s+(?:lors|during|at|in|on|sur)\b.*$", "", said)
        if said != whole:
            # "… displaced by the fighting in Iraq’s Mosul Secretary-General António Guterres": the
            # subject the adjunct's cut would lose, a person's full name ending the phrase
            # (or a surname alone after a title: "Speaking at the donation CDA Guevara")
            ending = re.search(rf"{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD})*$", whole)
            if ending:
                words = ending.group(0).split()
                # (a surname alone only after a participle's adjunct, not "Mr. Haysom in his meeting with
                # President Kiir")
                alone_too = said.split()[0].endswith(("ing", "ant")) if said.split() else False
                for k in range(len(words) if alone_too else len(words) - 1):
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
        # (not a bracket's gloss, "(Americas and Consular Affairs)" — but a person's name in brackets after a
        # title is theirs: "the Minister of Health (Dr. Jane Smith)")
        unglossed = re.sub(r"\([^()]*\)", lambda b: b.group(0) if _A_NAME_IN_BRACKETS.fullmatch(b.group(0))
                           and not any(map(_a_body_s_word, b.group(0).strip("()").split())) else " ", core)
        for found in re.finditer(rf"(?<![\w{APOS}.-]){NAME_WORD}(?:\s+(?:(?:de|du|des|da|di|van|von|der|den|le|la|bin|ben|ibn|abu)\s+)*"
                                 rf"(?:[{UPPER}]\.\s+)?{NAME_WORD})*", unglossed):
            words = found.group(0).split()
            # (a region's words only after a preposition or before another region's word: not "Pacifique
            # Nininahazwe Mbonimpa", "America Ferrera …")
            in_a_region = bool(re.search(rf"(?:\b(?:for|in|of|to|the|pour|en|de|du|des|au|aux|la|le)\s+|\bl[{APOS}]\s*|\bd[{APOS}]\s*)$",
                                         unglossed[:found.start()]))
            while words and (words[0] in L.NOT_FIRST_NAMES or words[0].lower() in L.PERSON_ROLES or words[0] in states
                             or words[0] == "Hon" and (len(words) >= 3 or words[1:2] and words[1] in L.NOT_FIRST_NAMES)
                             or words[0] in L.ORG_HEADS or words[0] in L.ORG_TAILS or _a_nationality_before_a_name(words)
                             or len(words) > 2 and words[0] in _GEOGRAPHIC and (in_a_region or words[1] in _GEOGRAPHIC)):
                in_a_region = in_a_region or words[0] in _GEOGRAPHIC
                words.pop(0)            # "U.S. Embassy Belmopan Chargé d’Affaires": a body's and a title's words
                                        # ("… Specialist for South Asia Andrew Brubaker": a region's)
            if words[:1] in (["du"], ["des"]) or words[:2] in (["de", "la"], ["de", "le"]):
                words = words[1 if words[0] != "de" else 2:]    # "Ministre de la Santé": no person named "de la
                                                                # Santé" (but "Minister van der Berg", "President al-Sisi")
            while words and (words[-1] in TRAILING_TITLE_WORDS or words[-1].lower() in L.PERSON_ROLES):
                words.pop()             # "… Belmopan Chargé": a title's word, never a surname's ("Theresa May")
            for k in range(len(words)):
                candidate = " ".join(words[k:])
                full = self.by_surname(candidate)
                if full and self.actors[full].kind == "person":     # not "Nations Unies" in a title
                    return full
            if len(words) >= 2 and not any(map(_a_body_s_word, words)) and words[-1] not in _PORTFOLIO_ENDS:
                plain_names.append(" ".join(words))      # (not "a Haitian National Police spokesperson", nor a
                                                         # portfolio's words: "the Minister for Foreign Affairs")
        if not description_head(said):
            # a description after an adjunct: "à l'issue de l'entretien le chef de la diplomatie"
            for m in reversed(list(DESCRIPTION_START.finditer(said))):
                if m.start() and description_head(said[m.start():]):
                    said = said[m.start():]
                    break
        if description_head(said):
            # "le diplomate américain", "la cheffe des affaires politiques de l'ONU": the one person
            # it fits, or nobody (two fit, or none) — unless the description ends with a name of its
            # own ("la Directrice exécutive du PAM Ertharin Cousin")
            fitting = by_description(said, self.persons())
            named_last = plain_names[-1] if plain_names and said.rstrip().endswith(plain_names[-1]) else None
            return named_last or fitting
        # A body that speaks: "la CEDEAO a déclaré", "the State Department said" — not one whose
        # part or member does ("Niger's junta", "un porte-parole de la CEDEAO"), nor two together
        # ("France and Germany said").
        titled = _A_TITLE_NOUN_THEN_NAME.search(said)
        if titled and not any(w in L.ORG_HEADS or w in L.ORG_TAILS for w in titled.group(1).split()):
            return titled.group(1)      # "ADB Senior Social Development Specialist Uzma Hoque": the name, not ADB
        someone = re.match(r"(?:un|une|a|an)\s+(?:[a-zé][\w-]*\s+)?([a-zé][\w-]*)", said)
        if someone and (someone.group(1) in L.PERSON_ROLES or someone.group(1) in L.DESCRIPTION_HEADS
                        or someone.group(1) in _SOMEONE_OF_A_BODY):
            return None                 # "un conseiller de la Commission de l'Union africaine (UA)": someone of it
                                        # (but "un communiqué du PAM", "a recent OCHA report" are the body's own words)
        if plain_names and said.rstrip().endswith(plain_names[-1]) and plain_names[-1] not in states \
                and not any(plain_names[-1] in n for a in self.actors.values() if a.kind != "person" for n in (a.name, *a.aliases)):
            return plain_names[-1]      # "ADB Principal Rural Development Specialist … Andrew Brubaker": the name, not ADB
                                        # (not "Save the Children Sri Lanka", "U.S. Embassy Port Moresby")
        speaking = [actor.name for actor in self.actors.values() if actor.kind != "person"
                    and any(speaks_as(said, n) for n in (actor.name, *actor.aliases))]
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
                and alone.lower() not in DAY_OR_MONTH and alone not in L.MEDIA \
                and not (said != whole and alone.endswith("ing")):      # "Speaking at the donation …": a participle
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
                     r"devait|peut|(?!(?:de|le|que|ce|une|entre|contre|comme)\b)[a-zé]+e|[a-zé]+ent)\b"),   # not "… de M. X"
    "en": re.compile(r"\s*(?:,[^,.“”]{1,150},\s*)?(?:(?:also|then|later|again|further|[a-z]{3,}ly)\s+)?(?:has|have|had|is|was|were|will|would|can|could|should|must|did|"
                     r"does|met|told|spoke|made|took|gave|held|led|sent|went|saw|wrote|began|came|brought|left|"
                     r"became|found|heard|kept|knew|paid|put|set|sought|stood|won|got|ran|said|[a-z]+ed|[a-z]+s)\b"),
}


_AGENT_BEFORE = re.compile(r"\b(?:by|par)\s+$")
# "…, la Rwandaise Valentine Rugwabiza": a nationality between an apposition's comma and the name
_NATIONALITY_END = re.compile(rf",\s*(?:(?:la|le|the)\s+)?(?i:{'|'.join(re.escape(n) for n in sorted(L.NATIONALITIES, key=len, reverse=True))})\s*$")
_TITLED_WORD = re.compile(rf"(?<![\w-]){ROLE_INITIALS}((?i:{ROLE_WORDS}))[,.]?\s+(?=({NAME_WORD})(?![\w-]))")
_HONORIFIC_END = re.compile(rf"(?:{HONORIFIC_RE})\s*$")
_AFTER_TITLE = re.compile(rf"{NAME_WORD}(?:\s+[IVX]{{1,4}}\b(?![’'.-]\w))?")     # (a regnal number: "King Mohammed VI")


def _is_subject(after: str, lang: str) -> bool:
    """Whether a person named right before ``after`` is a sentence's subject: a verb follows the
    name, or its apposition ("Le Président Mohamed Bazoum a reconnu", "President Biden commended")."""
    return bool(_SUBJECT_VERB[lang].match(after))


# Capitalized particles of a surname ("Jean-Yves Le Drian", "Lucas Da Silva", "Mohamed Ould Ghazouani"):
# inside a name, between two of its words, they are the name's, not a sentence's "Le" or "La".
_POSSESSIVE = re.compile(r"['’]s$")
_CAPS_FAMILY_FIRST = re.compile(rf"(?=[{UPPER}])(?<![\w.-])(?P<family>[{UPPER}]{{2,6}})\s+(?P<given>[{UPPER}][{LOWER}]+(?:-[{LOWER}]+)?)"
                                rf"(?=\s*,|\s*$|\s+(?:a|has|had|is|was|est|avait|will|said|told|(?P<verb>[a-z]+(?:ed|s)))\b)")


def _particle_inside(words: list[str], i: int) -> bool:
    return (words[i] in NAME_PARTICLES and 0 < i < len(words) - 1
            and re.fullmatch(NAME_WORD, words[i - 1]) is not None
            and words[i - 1] not in L.NOT_FIRST_NAMES and words[i - 1] not in L.ORG_HEADS)


# A title's last noun, then a person's name: the words of an attribution that end with the speaker.
_A_TITLE_NOUN_THEN_NAME = re.compile(rf"\b(?:Specialist|Expert|Analyst|Consultant|Officer|Adviser|Advisor)\s+"
                                     rf"({NAME_WORD}\s+{NAME_WORD})\s*$")
_A_NATIONALITY_BEFORE = re.compile(rf"(?:^|[^\w{APOS}-]\s*)(?<![{UPPER}][{LOWER}] )([{UPPER}][{LOWER}]+)\s+$")
_SOMEONE_OF_A_BODY = {"member", "members", "membre", "membres", "employé", "employée", "employee", "official", "officials",
                      "responsable", "staff", "worker", "travailleur", "travailleuse", "bénéficiaire", "beneficiary",
                      "agent", "officer", "volunteer", "bénévole", "volontaire", "expert", "experte", "délégué", "déléguée",
                      "delegate", "source", "fonctionnaire", "personnel"}


def _blocks_a_name(words: list[str], i: int, states, english: bool = False) -> bool:
    w = words[i]
    if w in _HONORIFIC_SET and not (english and w == "M." and 0 < i < len(words) - 1 and words[i - 1][:1].isupper()
                                    and words[i - 1] not in _HONORIFIC_SET and words[i - 1].lower() not in L.PERSON_ROLES
                                    and words[i - 1] not in L.NOT_FIRST_NAMES and words[i - 1].lower() not in L.STOPWORDS["en"]):
        return True                      # "Si M. Mankeur Ndiaye": the name is after the honorific (but in
                                         # English, "Shawn M. Siler": an initial inside a name)
    if w in ("Hon", "Honourable") and i and words[i - 1].rstrip(".") in ("Rt", "Right"):
        return True                      # "Rt Hon Winston Peters" (not "Lee Hon Kit")
    if i and words[i - 1] in ONE_NAME_WORD_HEADS:
        return True                      # "la Coopérative Twamaya": the body's name word, not a first name
    if _particle_inside(words, i) or (english and i == 0 and w in NAME_PARTICLES and len(words) >= 3):
        return False                     # (in English, a name's first particle: "La Fleur Quammie")
    if re.fullmatch(r"(?:[A-Z]\.){2,3}", w) and (i == 0 and 2 <= len(words) <= 4 or 0 < i < len(words) - 1) \
            and not any(x in L.NOT_FIRST_NAMES or x in L.ORG_HEADS or x in L.ORG_TAILS or x.lower() in L.PERSON_ROLES
                        for x in words[i + 1:i + 2]):
        return False                     # a first name written as initials, or middle ones: "C.C. Yu", "Naadir N.H. Hassan"
    if w.upper() == w and not re.fullmatch(r"[A-Z]\.", w):
        return not _caps_surname(words, i)
    if w.endswith(("'s", "’s")):
        return True                      # "Niger's Prime Minister …": a possessive, no name's word
    if i == 0 and len(w) >= 6 and w.endswith("ing") and len(words) > 1:
        return True                      # "Meeting Ban Ki-moon, the Minister said": a participle opens the sentence
    if w in ("Nino", "Niño", "Nina", "Niña") and i and words[i - 1] in ("El", "La"):
        return True                      # "El Niño", "La Niña": a climate (not "Nino Burjanadze")
    if w in ("Lake", "Mount") and i > 0 and (i + 1 == len(words) or not words[i + 1][:1].isupper()):
        return False                     # "Anthony Lake", not "Lake Chad"
    if i == 0 and w in ("Jordan", "Chad") and len(words) == 2 and re.fullmatch(NAME_WORD, words[1]) \
            and not any(words[1] in s for s in (states, L.NOT_FIRST_NAMES, L.ORG_HEADS, L.ORG_TAILS)):
        return False                     # a first name that is also a state's: "said Jordan Schwartz"
    return w in L.NOT_FIRST_NAMES or w in L.ORG_HEADS or w in L.ORG_TAILS or w in states or _hyphenated_role(w)


def _acronym_like(word: str) -> bool:
    """A word in capitals that is likelier an acronym than a second surname: four letters or fewer, or
    one the lexicon knows."""
    return len(word) <= 4 or word in L.NOT_ACTORS or word in _KNOWN_ACRONYMS


def _caps_surname(words: list[str], i: int) -> bool:
    """A surname written in capitals, as French administrative texts write it: the last word, after
    a name word or a name word and an initial, never an acronym the lexicon knows."""
    w = words[i]
    if i == len(words) - 2 and words[i + 1].isupper() and len(words[i + 1]) >= 3:
        if not _acronym_like(words[i + 1]) and _caps_surname(words, i + 1):
            return True                  # "Otavio MIRANDA FILHO": two words in capitals
        return _caps_surname(words[:i + 1], i)     # "M. Jean DUPONT UNICEF": the acronym is none of the name
    if i > 1 and words[i - 1].isupper() and len(words[i - 1]) >= 3 and words[i - 1].isalpha():
        if _acronym_like(w):
            return False
        words, i = [*words[:i - 1], words[i - 1] + " " + w], i - 1     # the second of two: read with the first
        w = words[i]
    return (i == len(words) - 1 and i > 0 and len(w) >= 3 and w.replace(" ", "").isalpha()
            and not any(part in L.NOT_ACTORS or part in _KNOWN_ACRONYMS for part in w.split())
            and (re.fullmatch(NAME_WORD, words[i - 1]) is not None or (
                i > 1 and re.fullmatch(r"[A-Z]\.", words[i - 1]) is not None and len(w) >= 5
                and re.fullmatch(NAME_WORD, words[i - 2]) is not None)))     # "Matshidiso R. MOETI" (not "Area C. ECHO")


_HONORIFIC_SET = set(L.HONORIFICS) | {"Rt", "Rt.", "Right"}      # "Rt Hon Winston Peters" (and "Hon" after it, below)
_NAME_PARTICLES_LOWER = {"de", "du", "des", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "le", "la"}
_LEADING_PARTICLES = {"El", "Al", "Abu", "Ben", "Bin", "Ibn", "Ould", "Ag"}     # "El Hadji Ibrahima Diene"
_TITLE_MODIFIERS = {"high", "haut", "haute", "special", "spécial", "spéciale", "deputy", "acting", "vice", "senior",
                    "former", "ancien", "ancienne", "principal", "principale", "chief", "agency", "interim", "intérimaire"}
_KNOWN_ACRONYMS = {name for _, names in L.BODIES for name in names if name.upper() == name}


_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


# (after a comma, only "Jr." or "Sr." that ends the name: not "Martha Pobee, Sr. Political Affairs Officer"
# nor "Ahmed Salem, II Corps commander")
_SUFFIX_AFTER = re.compile(r",\s(?:Jr|Sr)\.(?=\s*[,;:]|\s*$|\s+[a-z])|\s(?:Jr\.|Sr\.|Jr|Sr|II|III|IV)(?![\w-])")
_A_FULL_STOP = re.compile(r"\.")           # "Martin Luther King Jr.": the abbreviation's


def surname_of(name: str) -> str:
    """A person's last name word, past a generational suffix ("Lloyd J. Austin III", "Harry K.
    Thomas, Jr." → "Austin", "Thomas")."""
    words = name.split()
    return words[-2].rstrip(",") if len(words) > 2 and words[-1] in _SUFFIXES else words[-1]


# A last name with its Arabic article or filiation in lower case ("Khalifa bin Zayed al-Nahayan")
_A_PREFIXED_NAME = re.compile(rf"{NAME_PREFIX}-[{UPPER}]")


def name_words(words: list[str], states, english: bool = False) -> list[str]:
    """The first run of at least two name words between the words that block a name, its edge
    particles and lower-case words dropped, with its generational suffix ("Lloyd J. Austin III");
    [] when there is none."""
    if len(words) > 2 and words[-1] in _SUFFIXES:
        run = name_words(words[:-1], states, english)
        return run + [words[-1]] if run and run[-1] == words[-2] else run
    for i in range(1, len(words) - 1):
        if words[i] not in ("du", "de", "des", "of"):
            continue
        ends = [j for j in range(i + 2, min(len(words), i + 4) + 1) if " ".join(words[i + 1:j]) in states]
        if ends:
            # "Michel Kafando du Burkina Faso": the state is no part of the name; "… des Maires du Niger
            # Amadou Diallo": the name is after it
            words = words[ends[-1]:] if len(words) - ends[-1] >= 2 else words[:i]
            break
    runs: list[list[str]] = [[]]
    for i, w in enumerate(words):
        if i and w.endswith(("'s", "’s")) and runs[-1] and w[:-2] and not _blocks_a_name([*words[:i], w[:-2]], i, states, english):
            runs[-1].append(w[:-2])     # "Secretary-General Ban Ki-moon's Special Representative": the possessor's name ends here
            runs.append([])
            continue
        if _blocks_a_name(words, i, states, english):
            if runs[-1] and runs[-1][-1][:1].isupper() and runs[-1][-1] not in NAME_PARTICLES \
                    and (w in L.ORG_HEADS or w in L.ORG_TAILS or w.lower() in L.PERSON_ROLES or _hyphenated_role(w)
                         or (i + 1 < len(words) and words[i + 1].lower() in L.PERSON_ROLES)):
                runs[-1] = []           # "… Integrated Stabilization Mission", "Prime Minister", "Latin America
            runs.append([])             # Regional Director": a body's or a title's words
        elif i + 1 == len(words) and w[:1].isupper() and w.lower() in L.PERSON_ROLES and len(runs[-1]) >= 2:
            runs[-1] = []               # "West Pokot County Governor": a title's words (but "John Major",
            runs.append([])             # and "Hassan Sheikh Mohamud")
        else:
            runs[-1].append(w)
    for run in runs:
        while run and (not run[0][:1].isupper() or (run[0] in NAME_PARTICLES and run[0] not in _LEADING_PARTICLES
                                                    and not (english and len(run) >= 3))
                       or run[0].lower() in L.PERSON_ROLES or run[0].lower().removesuffix("s") in L.PERSON_ROLES
                       or run[0].lower() in _TITLE_MODIFIERS or _a_nationality_before_a_name(run)
                       or run[0] == "Hon" and len(run) >= 3):   # "Senator the Hon Penny Wong" (but "Lee Hon Kit")
            run.pop(0)                    # "High Commissioner Grandi", "Colonel Amadou Abdramane", "Australian Tim Costello"
        while run and (not run[-1][:1].isupper() and not _A_PREFIXED_NAME.match(run[-1])
                       or run[-1] in NAME_PARTICLES or re.fullmatch(r"[A-Z]\.", run[-1])):
            run.pop()                     # (a name never ends with an initial: "Area C. OCHA said")
        while sum(w[:1].isupper() and w not in NAME_PARTICLES for w in run) > 4 + (1 if run and run[-1].isupper() else 0):
            run.pop(0)
        while len(run) > 2 and run[0] in _GEOGRAPHIC:
            run.pop(0)                    # "… for Latin America and the Caribbean Jean Gough" (but "Asia Bibi")
        if run and run[0].lower() in L.NATIONALITIES and any(map(_a_body_s_word, run[1:])):
            continue                      # "Congolese Red Cross", "Italian Coast Guard": a body
        if len(run) >= 2 and not all(w in _GEOGRAPHIC for w in run):     # not "Asia Pacific"
            return run
    return []


# Words of regions, never a whole person's name together ("Asia Pacific", "Southern Africa"), though
# one may be a first name ("Pacifique Nininahazwe", "America Ferrera").
_GEOGRAPHIC = {"Asia", "Asie", "Europe", "America", "Amérique", "Americas", "Pacific", "Pacifique", "Atlantic",
               "Atlantique", "Caribbean", "Caraïbes", "Africa", "Afrique", "Latin", "Central", "Southern",
               "Northern", "Eastern", "Western", "Middle", "East", "West", "North", "South", "Oceania", "Océanie"}
# Words of bodies and places after a nationality ("Haitian National Police", "Philippine Red Cross",
# "Indian Ocean"): the nationality is then part of their name, not an adjective before a person's.
_NOT_A_PERSON_S = {"National", "Red", "Cross", "Crescent", "Police", "Ocean", "Sea", "Gulf", "Army", "Navy",
                   "Guard", "Force", "Forces", "Republic", "Islands", "Coast", "Air", "Armed", "Federal", "State",
                   "Society", "Committee"}


_A_NAME_IN_BRACKETS = re.compile(rf"\(\s*(?:(?:{HONORIFIC_RE})\s+)?{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD})+\s*\)")
# The nouns of a body or a medium that an apposition describes ("a British charity", "une ONG
# suisse", "la radio onusienne"), and the participles that open a medium's ("citing local officials").
_BODY_NOUNS = {"charity", "charities", "organization", "organisation", "organizations", "organisations", "agency",
               "agencies", "agence", "ong", "ngo", "ngos", "group", "groupe", "radio", "journal", "newspaper", "média",
               "media", "network", "réseau", "fondation", "foundation", "association", "branche", "branch", "nonprofit",
               "non-profit", "think-tank", "tank", "institution", "company", "entreprise", "société", "coalition",
               "alliance", "union", "syndicat", "party", "parti", "movement", "mouvement", "station", "chaîne", "channel",
               "broadcaster", "quotidien", "daily", "outlet", "firm", "bank", "banque", "fund", "fonds", "chef-lieu"}


def _a_body_s_apposition(phrase: str) -> bool:
    """An apposition in lower case that describes a body or a medium, not a person (but "a resident of
    the city", "une habitante du village" are persons')."""
    words = [w.strip("'’").lower() for w in re.split(r"[\s'’]+", phrase) if w]
    if words[:3] in (["one", "of", "the"], ["l", "une", "des"], ["l", "un", "des"]):
        words = words[3:]           # "one of the largest charities", "l'une des plus grandes ONG"
    # (its head: the words before its first preposition — not "sage-femme au centre de santé de l'ONG",
    # "project manager at the charity", "working for a local charity", "whose group runs the shelter")
    head = []
    for w in words:
        if w in _APPOSITION_STOPS:
            break
        head.append(w)
    words = [w for w in head if w not in ("a", "an", "the", "un", "une", "la", "le", "les", "l", "one")]
    if not words or words[0] in L.PERSON_ROLES:
        return False                # "responsable de l'ONG", "head of the NGO": a person
    return re.fullmatch(r"citing|quoting|citant|[\w-]*based|basée?s?", words[0]) is not None \
        or any(w in _BODY_NOUNS for w in words[:5])


_APPOSITION_STOPS = {"of", "at", "with", "for", "in", "from", "on", "to", "by", "who", "whose", "which", "that", "de", "des",
                     "du", "d", "au", "aux", "à", "pour", "chez", "auprès", "dans", "avec", "en", "sur", "par", "qui",
                     "dont", "que"}


def _a_body_s_word(word: str) -> bool:
    """A word of a body's or a place's name, never of a person's ("Police", "Cross", "Ministry")."""
    return word in _NOT_A_PERSON_S or word in L.ORG_HEADS or word in L.ORG_TAILS


def _a_nationality_before_a_name(run: list[str]) -> bool:
    """Whether ``run`` opens with a nationality before a person's name ("Australian Tim Costello"),
    not one that is part of a body's name ("Haitian National Police") nor a first name before a
    particle ("Philippine de Rothschild")."""
    return (len(run) > 2 and run[0].lower() in L.NATIONALITIES and run[1] not in NAME_PARTICLES
            and run[1].lower() not in _NAME_PARTICLES_LOWER
            and not any(map(_a_body_s_word, run[1:])))


def _hyphenated_role(word: str) -> bool:
    """A title written as one hyphenated word — "Secretary-General", "Vice-Secrétaire",
    "Under-Secretary-General" — is never part of a person's name."""
    return "-" in word and any(part.lower() in L.PERSON_ROLES or part.lower() == "vice" for part in word.split("-"))


def _words_before_verbs(text: str, speech: str) -> set[str]:
    """The name words right before a speech verb ("Lindborg said"): each verb found first, the word
    before it read then (a pattern that starts with a name word is tried at every position of a long
    article; the verbs are few)."""
    out = set()
    word_at_end = compiled(rf"(?<![\w{APOS}-])(?:{NAME_WORD})$|\b(?:{NAME_WORD})$")
    for verb in compiled(rf"(?<=\S)(\s+)(?:{speech})\b").finditer(text):
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
            lower_re = re.compile(rf"{initials(words)}(?<![\w{APOS}-])(?:{trie_pattern(sorted(words))})(?![\w-])")
            body_words = {m.group(0) for text in paragraphs for m in lower_re.finditer(text)}
            for actor in headline_only:
                if any(w.lower() in body_words or w.lower().removesuffix("s") in body_words for w in actor.name.split()):
                    people.forget(actor.name)
        for name in {n for _, n in people.in_paragraph.get(0, ()) if " " not in n and people.actors[n].kind == "person"}:
            # "Special Representative Simão" over a body that names "Leonardo Santos Simão"
            full = [n for n in people.by_last_word.get(name, ()) if n != name and n in people.actors]
            if not full:
                # "La Princesse Haya rencontre …" over "La Princesse Haya Bint Al Hussein": the name she is called by
                full = [n for n in people.by_first_word.get(name.casefold(), ()) if n != name and n in people.actors
                        and people.actors[n].kind == "person"]
            if len(full) == 1:
                people.merge(full[0], name)
        _the_headline_s_country(people, headline, lang)
        _surnames_named_in_full(people)
        return people
    people = _find_people(paragraphs, lang)
    _surnames_named_in_full(people)
    return people


def _surnames_named_in_full(people: People) -> None:
    """A person read by a surname alone ("Le Premier Ministre Briceño") before the article gives the
    full name of the one person who bears it ("M. John A. Briceño"): one person, under the full name."""
    for actor in people.persons():
        if " " in actor.name or actor.name not in people.actors:
            continue
        full = [n for n in people.by_last_word.get(actor.name, ()) if n != actor.name and n in people.actors
                and people.actors[n].kind == "person" and surname_of(n) == actor.name]
        if len(full) == 1 and not _two_offices(actor, people.actors[full[0]]):
            target = people.actors[full[0]]
            paragraph, described = min(target.paragraph, actor.paragraph), target.described + [
                d for d in actor.described if d not in target.described]
            people.merge(full[0], actor.name)
            target.paragraph, target.described = paragraph, described


_HEADS_OF_STATE = {"president", "président", "présidente", "king", "roi", "queen", "reine", "prime", "premier", "première",
                   "emir", "émir", "sultan"}
_KIN = {"lady", "dame", "wife", "épouse", "husband", "époux", "son", "fils", "daughter", "fille", "brother", "frère",
        "sister", "sœur", "widow", "veuve", "mother", "mère", "father", "père"}


def _title_words(actor: FoundActor) -> set[str]:
    return {w.strip(",.’'").lower() for d in [*actor.described, actor.name] for w in d.split()}


def _two_offices(alone: FoundActor, full: FoundActor) -> bool:
    """Whether the titles of a surname read alone and of a full name say two persons: a head of state
    and someone else ("President Kagame", "First Lady Jeannette Kagame"; "President Museveni", "The
    Minister of Education and Sports, Janet Museveni"), or a relative."""
    said_alone, said_full = _title_words(alone), _title_words(full)
    if said_full & _KIN and not said_alone & _KIN:
        return True
    roles_alone, roles_full = said_alone & L.PERSON_ROLES, said_full & L.PERSON_ROLES
    return bool(roles_alone and roles_full and not roles_alone & roles_full
                and (roles_alone | roles_full) & _HEADS_OF_STATE)


def _the_headline_s_country(people: People, headline: str, lang: str) -> None:
    """The one state a headline names ("L'UE accroît son aide humanitaire au Mali", "UK assisting
    Pakistan in flood relief efforts") is the one the aid or the statement is for: a party, though
    the body names it only as where things happen.  Not a headline in capitals (its states are not
    all read), one that names two states, a state only where something is ("Refugees resettled in
    the UK"), nor a place named after one ("Gulf of Guinea", "Lake Chad Basin")."""
    if headline.upper() == headline:
        return
    found = list(state_pattern().finditer(headline))
    if len({state_names()[m.group(0)] for m in found}) != 1:
        return
    m = found[0]
    before = headline[:m.start()]
    if no_state_here(headline, m, lang) \
            or re.search(r"(?:\b(?:of|de|du|d['’]|from|depuis)|Lake|Lac|lac)\s+(?:the\s+|la\s+|le\s+|l['’])?$", before):
        return
    name = people.keys.get("state:" + state_names()[m.group(0)])
    actor = people.actors.get(name) if name else None
    if actor is not None and not actor.party and actor.paragraph > 0:
        actor.party, actor.role_paragraph = True, actor.paragraph


_A_SCALE_AFTER = re.compile(r"(?:[.,]\d+)?\s*(?:million|billion|thousand|millions|milliards|m|bn)\b")    # "MWK615 million"
_A_YEAR_OR_AN_EDITION = re.compile(r"[A-Z]{2,}\d{2}")     # (not "CTF151", "AFR100": a task force, an initiative)
# A person's age in apposition right after their name: "Faezlan B. Angah, 15, from …", "Aïcha Diallo, 32 ans,".
# (the words after it go on in lower case: not a list of places and counts, "Ouham Pendé, 15, Nana Mambéré, 12, and …")
_AN_AGE_AFTER = re.compile(r",\s*(?:âgée?\s+de\s+)?\d{1,2}(?:\s+ans)?\s*,\s+(?!(?:and|et|or|ou)\b)(?=[a-zà-ÿ])")
_A_COUNT_BEFORE = re.compile(r"\d\s*,\s*(?:(?:and|et|or|ou)\s+)?$")
# A preposition and its article right before a name: the name is a title's or a body's complement.
_A_COMPLEMENT_S_ARTICLE = re.compile(rf"(?<![\w{APOS}])(?:du|des|de\s+la|de\s+l[{APOS}]|à\s+la|à\s+l[{APOS}]|au|aux|of\s+the|"
                                     rf"for\s+the|to\s+the)\s*$")
# The last word of a minister's portfolio, never of a person's name: "the Minister for Foreign Affairs".
_PORTFOLIO_ENDS = {"Affairs", "Affaires", "Development", "Développement", "Trade", "Commerce", "Cooperation", "Coopération",
                   "Defence", "Defense", "Défense", "Health", "Santé", "Security", "Sécurité", "Relations", "Finance",
                   "Finances", "Interior", "Intérieur", "Environment", "Environnement", "Education", "Éducation",
                   "Agriculture", "Aid", "Assistance", "Welfare", "Energy", "Énergie", "Transport", "Transports"}
# A dateline with no date, its town in capitals and its source in brackets: "BEIRUT (ILO News) – ".
_A_SOURCED_DATELINE = re.compile(rf"[{UPPER}][{UPPER}'’ .-]+\s*\([^()]{{2,40}}\)\s[–—]\s")
# After a dateline's town: its date ("TÉHÉRAN, République islamique d'Iran, le 18 septembre").
# (a few words, none a clause's: not "ACLED, a group that monitors conflict, reported on 3 May")
_A_DATE_AFTER = re.compile(r",\s*(?:(?!(?:a|an|the|that|which|who|qui|est|has|is|was|said|reported)\s)[^\s.;:()]+,?\s+){0,4}"
                           r"(?:le\s+)?\d{1,2}(?:er|st|nd|rd|th)?\s+(?:" + "|".join(sorted(MONTH_WORDS)) + r")\b", re.I)


@cache
def _person_s_speech_verbs(lang: str) -> str:
    """The speech verbs that make the name before or after them a person's: "expressed" only with
    "his" or "her" ("World Vision expressed concern" is a body's)."""
    return trie_pattern([v for v in L.SPEECH_VERBS[lang] if v not in ("expressed", "expresses")]) \
        + (r"|express(?:ed|es)(?=\s+(?:his|her)\b)" if lang == "en" else "")


def _find_people(paragraphs: list[str], lang: str, headline: bool = False) -> People:
    """:func:`find_people`, the first of ``paragraphs`` being the ``headline`` when true: its persons
    are read, not its states and bodies (a headline names the country a story is about, not always
    one that acts)."""
    people = People()
    # ("expressed" names a person only with "his", "her": not "World Vision expressed concern")
    speech = _person_s_speech_verbs(lang)
    # (past an apposition in lower case: "Flora Sossou, sage-femme, a expliqué")
    verb_after_re = compiled(rf"(?:\s*,\s*(?P<app>[{LOWER}][^,.;:«»“”\"()]{{0,50}})(?=,))?\s*,?\s*(?:(?:a|ont|avait|s['’]est|has|had)\s+)?(?:{speech})\b")
    verb_before_re = compiled(rf"(?:{speech})\s*$")
    acts_after_re = compiled(r"\s*,?\s*(?:(?:qui|who|which)\s+)?(?:(?:a|ont|avait|est|sont|vient|viennent|has|have|had|is|was|were|will|would|"
                              r"should|must|doit|devait|devra|pourrait|could)\b|(?:" + speech + r")\b)")
    text_all = "\n".join(paragraphs)
    expansions_early = acronym_expansions(text_all)
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
            words = name_words(name.split(), state_names(), english=lang == "en")
            if len(words) >= 3 and words[0] == name.split()[0] and paragraph[max(0, match.start() - 8):match.start()].endswith("depuis ") \
                    and re.search(rf"(?:{speech})\s+depuis\s+$", paragraph[max(0, match.start() - 40):match.start()]):
                words = words[1:]          # "a déclaré depuis Bruxelles Anthony Lake": the place he speaks from
            if len(words) < 2 or " ".join(words) in state_names() \
                    or any(s.group(0).endswith(" " + " ".join(words)) for s in state_pattern().finditer(match.group(0))):
                continue            # ("Le Burkina Faso s'est dit prêt": a state; "the United Arab Emirates": not "Arab Emirates")
            name = " ".join(words)
            offset = match.start() + match.group(0).index(words[0])
            end = match.end()
            if match.group(0).endswith(words[-1]):
                # "Harry K. Thomas, Jr.", "Martin Luther King Jr.": the suffix, as written, is part of the name
                suffix = _SUFFIX_AFTER.match(paragraph, end) if words[-1] not in _SUFFIXES else \
                    _A_FULL_STOP.match(paragraph, end) if words[-1] in ("Jr", "Sr") else None
                if suffix:
                    name += suffix.group(0)
                    end = suffix.end()
            known = people.actors.get(name)
            if known is None and (full := people.by_surname(name)) and full != name and full.endswith(" " + name):
                name, known = full, people.actors[full]      # "Graziano da Silva" after "José Graziano da Silva"
            if known is not None and known.kind == "person" and known.role:
                # A person already read with a title or an apposition: this is one more mention.
                after = paragraph[end:end + 300]
                people.add(name, number, offset, "person", acts=bool(verb_after_re.match(after)))
                title = title_before(paragraph[max(0, offset - 300):offset])
                if title:
                    # "le porte-parole du Ministre Remy Lamah", "the spokesperson for Minister X": the minister's
                    # title is "Ministre", not the spokesperson's
                    tail = re.split(r"\s(?:du|des|de\s+la|de|of(?:\s+the)?|for(?:\s+the)?|to(?:\s+the)?|auprès\s+du)\s+", title)[-1]
                    if tail != title and tail.split()[0].lower() in L.PERSON_ROLES:
                        title = tail
                if title and capitalize_role(title) not in known.described:
                    known.described.append(capitalize_role(title))     # "le Ministre Remy Lamah", read as a colonel first
                if _is_subject(after, lang):
                    people.subjects.append((number, offset, name))
                continue
            before, after = paragraph[max(0, offset - 300):offset], paragraph[end:end + 300]
            if _A_COMPLEMENT_S_ARTICLE.search(before[-12:]):
                continue            # "Secrétaire d’État à la Production Animale", "Director-General for the Civil
                                    # Protection": a title's or a body's complement, never a person after an article
            title = title_before(before)
            if title and len(title.split()) >= 2 and title.split()[-1].lower() in L.NATIONALITIES \
                    and title.split()[-2].lower() in TITLE_CONNECTORS:
                title = None        # ("Directorate-General for European Civil Protection": the adjective of a complement)
            honor = _HONORIFIC_END.search(before[-20:])
            role = apposition_before(_NATIONALITY_END.sub(",", _HONORIFIC_END.sub("", before)).rstrip() + " ")
            if role and IN_AN_OPENING_ADJUNCT.search(before.rstrip().removesuffix(",")) and not re.match(r"\s*,", after):
                role = None         # "After meeting Niger's president, Amina Mohamed said": the adjunct's object
            role = role or (None if IN_AN_OPENING_ADJUNCT.search(before) and SUBJECT_AFTER_COMMA.match(after)
                            else apposition_after(after))
            verb_after = verb_after_re.match(after)
            if verb_after and verb_after.group("app") and _a_body_s_apposition(verb_after.group("app")):
                verb_after = None   # "Christian Aid, a British charity, said", "Radio Okapi, la radio onusienne, a annoncé"
            verb_before = verb_before_re.search(before[-40:])
            agent = _AGENT_BEFORE.search(before[-12:])
            aged = _AN_AGE_AFTER.match(after) and not _A_COUNT_BEFORE.search(before)   # "Faezlan B. Angah, 15, from …"
            cue = title or honor or role or verb_after or verb_before or agent or aged or words[-1] in surnames_with_cue
            if verb_after and not (title or honor or role or aged) and re.search(rf"\b[dD][{APOS}]$", before):
                continue            # "Le gouverneur d’El Fasher a déclaré", "le maire d’Abomey Calavi a indiqué": the
                                    # name after "d’" is the complement of the noun before it, whose verb this is
            if not cue or (len(words) == 2 and words[0].lower() in L.NATIONALITIES and not (title or honor or role)):
                continue            # (a nationality and one word is a body's name: "Irish Aid" — not "Representative French Hill")
            actor = people.add(name, number, offset, "person", capitalize_role(role or title or "") or None,
                               acts=bool(verb_after or verb_before or title or honor))
            if title and role and capitalize_role(title) not in actor.described:
                actor.described.append(capitalize_role(title))
            if title and not role:
                # "au ministre de la Sécurité et de la Protection civile, le Général de brigade X": a
                # title in apposition to a role before it, which a later description may name
                head = re.sub(rf"(?:le|la|the|l[{APOS}])\s*{re.escape(title)}\s*$", "", before, flags=re.I)
                dative = list(DATIVE_ROLE.finditer(head)) if head != before and head.rstrip().endswith(",") else []
                extra = head[dative[-1].end():].strip(" ,") if dative else None
                if extra and ("," in extra or not role_words(extra) or not re.match(r"\s*[,.;]", after)):
                    extra = None        # not "le ministre de la Santé, le Général Amadou Diallo et le maire …"
                if extra and capitalize_role(extra) not in actor.described:
                    actor.described.append(capitalize_role(extra))
            if _is_subject(paragraph[end:], lang):
                people.subjects.append((number, offset, name))
        byline = NAME_RE.fullmatch(paragraph.strip())
        if byline and number < len(paragraphs) and len(paragraphs[number]) <= 80 and role_words(paragraphs[number]) \
                and not any(w in L.NOT_FIRST_NAMES or w in L.ORG_HEADS for w in byline.group(0).split()):
            # "Hillary Rodham Clinton" over "Secretary of State": a press statement's byline.
            people.add(byline.group(0), number, 0, "person", capitalize_role(paragraphs[number].strip(" .")), acts=True)
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
            title = title_before(paragraph[max(0, found.start() - 200):found.start()])
            if title and title.split()[-1].lower() in L.PERSON_ROLES:
                people.add(word, number, found.start(), "person", capitalize_role(title), acts=True)
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
            window = paragraph[max(0, m.start() - 48):m.start()]
            title = title_before(window)
            if title and role_words(title.split()[-1]) and given not in state_names():
                # after a title: "FAO Director-General QU Dongyu visited", "… said"
                people.add(f"{family} {given}", number, m.start(), "person", capitalize_role(title), acts=True)
                continue
            if m.group("verb"):
                continue                  # another verb after the name: only after a title
            before = _HONORIFIC_END.sub("", window)                    # "said Mr. OSAWA Tsutomu,"
            followed_by_a_verb = not re.match(r"\s*(?:,|$)", paragraph[m.end():])
            if given in state_names() or (followed_by_a_verb and before == window):
                continue                  # "IRC Kenya said": a body and its country; a verb after the name
            if re.search(r",\s*$", before) or verb_before_re.search(before) or before != window:   # only after "le Dr"
                people.add(f"{family} {given}", number, m.start(), "person", acts=True)

    # A full name read before the cue that made it a person's ("« … ». C'est un David Gressly choqué
    # qui s'exprimait ainsi", then "David Gressly a averti …"): each of its mentions is one.
    full_names = [a.name for a in people.persons() if " " in a.name]
    if full_names:
        seen_at = {(p, o) for p, o, _ in people.positions}
        full_name_re = re.compile(rf"{initials(full_names)}(?<![\w-])(?:{trie_pattern(sorted(full_names))})(?![\w-])")
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
        surname_re = re.compile(rf"{initials(unique)}(?<![\w{APOS}.-])(?:{trie_pattern(unique)})(?![\w-])")
        verb_next_re = compiled(rf"\s*,?\s+(?:{speech})\b")
        verb_last_re = compiled(rf"(?<![\w-])(?:{speech})\s+$")
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
                                                 or w.lower() in RANKS for w in words) \
                    or any(a.name.startswith(surname + " ") for a in people.persons()):   # "Mme Sylvie Valérie …"
                continue
            offset = match.start("name")
            # "M. Matsuura, Directeur général de l'UNESCO a inauguré": the apposition after the surname
            # is the person's title, as after a full name
            # (only when the surname opens its sentence, or a clause after a comma, "Le 8 juillet, M. Matsuura,
            # …": not "Selon M. Diallo, le gouverneur …", "After meeting Mr. Diallo, the Governor …"; nor a list,
            # "M. Diallo, le ministre et le représentant de l'OMS ont …")
            opening = re.split(r"[.!?;:]\s", _HONORIFIC_END.sub("", paragraph[max(0, offset - 300):offset]))[-1].strip()
            role = apposition_after(paragraph[match.end():match.end() + 300]) if not opening or opening.endswith(",") else None
            if role and re.search(r"\s(?:et|and)\s+(?:le|la|les|l['’]|the|a|an)\b", role):
                role = None
            people.add(surname, number, offset, "person", capitalize_role(role) if role else None, acts=True)
            if _is_subject(paragraph[match.end():], lang):
                people.subjects.append((number, offset, surname))

    # Organizations: acronyms and their expansions.
    expansions = expansions_early
    for number, paragraph in enumerate(paragraphs, 1):
        if paragraph.upper() == paragraph or (headline and number == 1):   # a headline in capitals is not full of acronyms
            continue
        dateline = DATELINE.match(paragraph) if CAPS_START.match(paragraph) else None
        dateline_end = dateline.end() if dateline and (re.search(r"\b(?:1[89]|20)\d\d\b", dateline.group(0))
                                                       and any(w.lower() in MONTH_WORDS for w in re.findall(r"[^\W\d_]+", dateline.group(0)))
                                                       or _A_SOURCED_DATELINE.fullmatch(dateline.group(0))) else 0
        for m in ACRONYM_RE.finditer(paragraph):
            acronym = m.group(1)
            if m.end() <= dateline_end:
                continue                  # "BANGUI, République centrafricaine / DAKAR, Sénégal/ GENÈVE, 8 janvier 2014 –"
            if acronym in L.NOT_ACTORS or (acronym in L.THINGS_IN_CAPITALS and acronym not in expansions) \
                    or len(acronym) < 2 or sum(c.isalpha() for c in acronym) < 2 \
                    or acronym in people.by_last_word:      # "M. ANNADIF": a surname in capitals
                continue
            if re.search(rf"(?<![\w.-])[{UPPER}]{{2,}}\s+$", paragraph[max(0, m.start() - 30):m.start()]) \
                    or re.match(rf"\s+[{UPPER}]{{2,}}(?![\w.-])", paragraph[m.end():m.end() + 30]):
                continue                                           # words in capitals: "DEPUTY PRESS SECRETARY …:"
            if paragraph[m.end():m.end() + 1] == "$" or _A_YEAR_OR_AN_EDITION.fullmatch(acronym) or acronym.lower() in L.SCALES \
                    or re.fullmatch(r"[A-Z]{3}\d{3,}", acronym) and _A_SCALE_AFTER.match(paragraph, m.end()):
                continue                  # "NZ$7 million": a currency; "FY14", "COP25", "KQ23": a year, an edition;
                                          # "60 MILLIONS de Francs": a scale in capitals; "MWK615 million": a currency's code
            if paragraph[m.end():m.end() + 1] == ":" or acronym.lower() in MONTH_WORDS \
                    or (m.start() == 0 and (re.match(rf",\s*\d|,\s*[{UPPER}]+\s+\d|\s*\(\d|\s*[-–—/]|,\s*[{UPPER}][\w-]+\s*[-–—,]"
                                                     rf"|,\s*(?i:{'|'.join(sorted(MONTH_WORDS))})\.?\s+\d",
                                                     paragraph[m.end():]) or _A_DATE_AFTER.match(paragraph, m.end()))):
                continue                                           # "WHO: …", "NIAMEY, 16 DECEMBER –": a label, a dateline
                                                                   # ("TÉHÉRAN, République islamique d'Iran, le 18 septembre")
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
                org_role(before, acronym) or apposition_after(after) or parenthesized_role(paragraph, m.start()))
            if (nxt := re.match(rf"\s+(?=[{UPPER}][{LOWER}])", after)) and (acronym in L.TITLE_ACRONYMS or not any(
                    o == m.end() + nxt.end() and people.actors[n].kind == "person"
                    for o, n in people.in_paragraph.get(number, ()) if n in people.actors)):
                continue                                           # "UN Agencies": part of a longer name (not
                                                                   # "du DFAE Ignazio Cassis": a person's title)
            acts = bool(acts_after_re.match(after)
                        or re.search(r"\b(?:par|by)\s+(?:la|le|l'|l’|les|the)?\s*$", before))
            name = acronym
            actor = people.add(name, number, m.start(), "organization", role and capitalize_role(role), acts=acts)
            if acronym in expansions:
                actor.aliases.add(expansions[acronym])
        # Named organizations: "Union européenne", "the U.N. World Food Programme", "Congrès",
        # "Bureau of Population, Refugees, and Migration", "Coalition for the Sahel".
        for at, named, inside in named_orgs(paragraph, lang):
            national = _A_NATIONALITY_BEFORE.search(paragraph[max(0, at - 40):at]) if inside else None
            if national and national.group(1).lower() in L.NATIONALITIES \
                    and not re.search(rf"(?<!\w)(?!(?:The|A|An|Le|La|Les|L)\s)[{UPPER}][\w-]*\s+$",
                                      paragraph[max(0, at - 60):at - len(national.group(0)) + 1]):
                # (not "the South Sudanese Ministry": a nationality of two words the rule would cut)
                # "the Honduran Ministry of Health", "the Croatian Bank for Reconstruction and Development":
                # a nationality that is the name's first word
                named, at, inside = f"{national.group(1)} {named}", at - len(national.group(0)), False
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
            inner = ends_inside_a_name(before)
            if inner and not role_words(inner.group(1)):
                continue                  # "State of the Union Address": inside a longer name (not a title's)
            short = next((a for a, long_form in expansions.items() if name in long_form or long_form in name), None)
            if short:
                people.add(short, number, at, "organization")
                continue
            acts = bool(acts_after_re.match(after) or re.search(r"\b(?:par|by)\s+(?:la|le|l'|l’|les|the)?\s*$", before))
            people.add(name, number, at, "organization", apposition_after(after), acts=acts)
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
        short = COUNTRY_PREFIX.sub("", name)
        if short != name and " " in short and short in people.actors and people.actors[short].kind == "organization":
            people.merge(name, short)
    return people


def _before_person(name: str, start: int, mentions, people: People) -> str | None:
    """A body's name cut where a person's name read there begins ("United Nations Linda
    Thomas-Greenfield" after "Ambassador to the"): the body's words only, or None when one word is left."""
    for offset, other in mentions:
        if people.actors[other].kind == "person" and start < offset < start + len(name):
            words = name[: offset - start].split()
            while words and (words[-1] in CONNECTORS or words[-1] in ("to", "in")):
                words.pop()
            cut = " ".join(words)
            return cut if " " in cut else None
    return name
