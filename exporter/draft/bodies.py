"""States, organisations and groups named in an article: the rows a policy memo's actors table is
mostly made of ("the United States", "le Niger", "the UN Security Council", "la CEDEAO").

States are found by their names in English and French — CLDR's, through babel, plus the other
names of :data:`~exporter.draft.lexicon.STATE_VARIANTS` — and are actors when the article names
them as a party at least once: "le Niger a été un allié", "the Government of Mauritania",
"l'Ambassadeur du Kenya"; not when every mention is a place ("in Niger", "au Niger", "la capitale
du Niger") or one of a list of places ("au Burkina Faso, au Mali et au Niger").  Well-known bodies
and groups come from :data:`~exporter.draft.lexicon.BODIES`, every name of one body merged into one
actor; English names that end with an organisation's noun ("U.S. Africa Command", "Ukraine Defense
Contact Group") are read here too.  Everything is a span of a paragraph: nothing is named that the
article does not name.
"""

from __future__ import annotations

import re
from functools import cache

from exporter.draft import lexicon as L

# Country names that are also first names or common words in one of the two languages.
_AMBIGUOUS = {"Maurice", "Salvador", "Man", "Jersey", "Guernsey", "Sark"}
_ARTICLES = r"(?:(?:the|le|la|les)\s+|l['’]\s*)?"


# Territories whose name spelled out is also a saint's ("Saint Martin", "Saint Pierre", "Saint Helena")
_SAINTS_TOO = {"MF", "BL", "PM", "SH"}


@cache
def state_names() -> dict[str, str]:
    """Every name of a state, English and French, with its CLDR code."""
    from babel import Locale

    names: dict[str, str] = {}
    for lang in ("en", "fr"):
        for code, name in Locale.parse(lang).territories.items():
            if len(code) != 2 or not code.isalpha() or code in L.NOT_STATES:
                continue
            # the name without its brackets, and what they hold when it ends the name and is a name itself
            # ("Myanmar (Burma)" → "Myanmar", "Burma"; "Cocos (Keeling) Islands" → "Cocos Islands", never "Islands")
            inside = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
            for variant in {re.sub(r"\s+", " ", re.sub(r"\([^()]*\)", " ", name)).strip(),
                            *([inside.group(2)] if inside and inside.group(2)[:1].isupper() else [])}:
                variant = variant.strip()
                if variant and variant not in _AMBIGUOUS:
                    names[variant] = code
                    # CLDR's short English forms as articles spell them out: "Trinidad & Tobago",
                    # "St. Lucia" → "Trinidad and Tobago", "Saint Lucia"
                    if lang == "en" and ("&" in variant or variant.startswith("St. ")) and code not in _SAINTS_TOO:
                        names[re.sub(r"^St\. ", "Saint ", variant.replace(" & ", " and "))] = code
    for code, variants in L.STATE_VARIANTS.items():
        for variant in variants:
            names[variant] = code
    return names


def trie_pattern(words) -> str:
    """One regular expression for many literal words, as a trie: "Niger|Nigeria|Nigéria" →
    "Nig(?:er(?:ia)?|éria)".  Python's engine tries a flat alternation's branches one by one at
    every position of the text; a trie branches on each character once, so a 1 MB article is read
    in a few hundredths of a second instead of seconds."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def initials(words, ignorecase: bool = False) -> str:
    """A lookahead for the characters ``words`` begin with, to open a pattern with, before its
    lookbehinds.  Python's engine enters a pattern that opens with a lookbehind in full at every
    character of the text; behind this one test it goes on where no word can begin (scanning a long
    article for the names of states takes a third less time).  Case-insensitive words begin with most
    letters: their lookahead goes after the lookbehind that finds a word's start, which is then the
    more selective test."""
    if not all(words):
        return ""
    look = "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"
    return f"(?i:{look})" if ignorecase else look


@cache
def state_pattern() -> re.Pattern:
    """Every name of a state, as a word."""
    names = state_names()
    return re.compile(rf"{initials(names)}(?<![\w-])(?:{trie_pattern(names)})(?![\w-])")


@cache
def _place_re(lang: str) -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(L.PLACE_BEFORE[lang], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})\s+{_ARTICLES}$", re.I)


def _spellings(variant: str) -> set[str]:
    """A name as articles write it: as listed, and for a name of several words with every later
    word in lower or in upper initial ("Conseil de sécurité", "Conseil de Sécurité")."""
    if variant.upper() == variant or " " not in variant:
        return {variant}
    head, *rest = variant.split(" ")
    lower = " ".join([head] + [w.lower() for w in rest])
    title = " ".join([head] + [w if w.lower() in ("de", "du", "des", "la", "le", "of", "the", "for", "and", "et", "pour")
                               else w[:1].upper() + w[1:] for w in rest])
    return {variant, lower, title}


@cache
def _bodies_re() -> tuple[re.Pattern, dict[str, int]]:
    """One trie pattern for every spelling of every body's names, and which body each is."""
    index: dict[str, int] = {}
    for i, (_kind, names) in enumerate(L.BODIES):
        for name in names:
            for spelling in _spellings(name):
                index.setdefault(spelling, i)
    return re.compile(rf"{initials(index)}(?<![\w.-])(?:{trie_pattern(index)})(?![\w-])"), index


# The head of the name of a programme, fund or agency of the United Nations (not of an office, a
# mission, a council: the UN itself)
_AN_AGENCY = re.compile(r"^(?!(?:the\s+|The\s+)?United Nations Organi[sz]ation\s*$)"
                        r"(?:(?:the|The|le|Le|la|La|l['’]|L['’])\s*)?(?:(?:United Nations|UN|U\.N\.)\s+)?"
                        r"(?:[\w'’-]+\s+){0,3}(?:Programme|Program|Fund|Fonds|Agency|Agence|Organi[sz]ation|"
                        r"High Commissioner|Haut[- ]Commissariat|Entity|Entité|University|Université|Volunteers|Volontaires)\b"
                        r"(?!\s+des\s+Nations[\s-]+[Uu]nies\s*$)")
_UN_BEFORE = re.compile(r"(?:UN|U\.N\.|United Nations)\s+$")
_UN_AFTER = re.compile(r"\s+(?:des Nations [Uu]nies|de l['’]ONU|of the United Nations)(?![\w-])")


_TAIL_STOP = {"The", "A", "An", "In", "On", "At", "For", "With", "From", "By", "As", "This", "That", "These",
              "Those", "Our", "Their", "Its", "His", "Her", "And", "Of", "To", "Today", "Yesterday", "However",
              "Meanwhile", "According", "While", "When", "Under", "Since", "After", "Before", "During", "Both",
              "Every", "Each", "All", "Any", "No", "Another", "Other"}
_FRENCH_STOP = {"Le", "La", "Les", "L", "Au", "Aux", "Du", "De", "Des", "En", "Et", "Selon", "Pour", "Avec", "Dans"}
_TAIL_WORD = re.compile(rf"{initials(L.ORG_TAILS)}(?<![\w-])(?:{trie_pattern(L.ORG_TAILS)})(?![\w-])")
# The capitalized words of a body's name before its tail noun, after its ordinal ("75th Combat Support
# Hospital"), not past another body's possessive ("the Criminal Investigations Division's Human Trafficking
# Unit"; but "the U.S. President’s Malaria Initiative").
# A body's complement after its tail noun: "… Fund for Poverty Reduction", "… Centre for Disease Control"
_ITS_COMPLEMENT = re.compile(r"\s+(?:for|on)\s+(?:the\s+)?[A-Z][a-z][\w-]*(?:\s+(?:and\s+)?[A-Z][a-z][\w-]*){0,3}(?![\w'’-])")
_ITS_COMPLEMENT_STOP = re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                                  r"June|July|August|September|October|November|December")
_WORDS_BEFORE_TAIL = re.compile(rf"((?:U\.S\.\s+|U\.N\.\s+|\d{{1,4}}(?:st|nd|rd|th)\s+)?"
                                rf"(?:(?!(?:{trie_pattern(L.ORG_TAILS)})['’]s)[A-Z](?:[\w’'-]|\.(?=\w))*\s+){{1,4}})$")   # no sentence's end


# "'s Minister for …", "'s Ambassador": a title after a state's possessive
_A_TITLE_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}(?i:{trie_pattern(sorted(w for w in L.PERSON_ROLES if ' ' not in w))})\b")


def _is_place(paragraph: str, start: int, lang: str, names_end: frozenset[int] = frozenset(), after: str = "") -> bool:
    """"in Niger", "au Niger", "la capitale du Niger"; "Ramstein, Germany", "Niamey, Niger": a
    town and its country — not a person's name and their state's title ("Maria Minna, Canada's
    Minister …"), a person's name read ending at ``names_end`` and a title after the state."""
    before = paragraph[max(0, start - 30):start]
    if _place_re(lang).search(before):
        return True
    town = re.search(r"([A-ZÀ-Þ][\w'’-]+),\s*$", before)
    return bool(town and (town.group(1) not in state_names() or before[:town.start()].endswith("New "))   # "West New Britain, Papua New Guinea"
                and town.group(1) not in L.NOT_FIRST_NAMES
                and not (start - len(before) + town.end(1) in names_end and _A_TITLE_AFTER.match(after)))


@cache
def _names_of(code: str) -> tuple[str, ...]:
    """Every name of the state ``code``."""
    return tuple(n for n, c in state_names().items() if c == code)


def no_state_here(paragraph: str, m: re.Match, lang: str) -> bool:
    """A state's name that names no state here: a short name of the other language ("RCA" in English,
    the Regional Cooperative Agreement); a gloss in brackets ("la République démocratique du Congo
    (RDC)", "BUNIA (RDC), 12 juin"; not a person's or a town's country: "Marc Pecsteen (Belgium)",
    "Beyrouth (Liban)"); the end of a place's name ("West New Britain", "New Guinea"); a
    short name closing a body's ("Cancer Research UK", "UNICEF UK")."""
    text, before = m.group(0), paragraph[max(0, m.start() - 40):m.start()]
    if L.SHORT_STATE_NAMES.get(text, lang) != lang:
        return True
    if before.endswith("(") and paragraph[m.end():m.end() + 1] == ")":
        glossed = before.rstrip(" (")
        word = glossed.rsplit(None, 1)[-1] if glossed.strip() else ""
        if word.isupper() or word == "Congo" or glossed.endswith(_names_of(state_names()[text])):
            return True       # its full name's, a dateline's town in capitals', a plain "Congo"'s gloss
    if before.endswith(("New ", "Nueva ", "Nouvelle ")):
        return True
    owner = re.search(r"([A-Z][\w&.'’-]*)\s+$", before) if text in L.SHORT_STATE_NAMES else None
    return bool(owner and owner.group(1) not in _TAIL_STOP and owner.group(1) not in _FRENCH_STOP)


def _list_members(matches: list[re.Match], paragraph: str) -> set[int]:
    """Indexes of the state names that belong to a list of three or more ("Burkina Faso, Chad,
    Mali, Mauritania, and Niger", "(Burkina Faso, Mali, Mauritanie, Niger et Tchad)")."""
    runs: list[list[int]] = []
    for i, m in enumerate(matches):
        if runs and re.fullmatch(r"\s*[,;]?\s*(?:(?:and|et|or|ou|as well as)\s+)?(?:(?:the|le|la|les|au|aux|en|à)\s+|l['’]\s*)?",
                                 paragraph[matches[i - 1].end():m.start()]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return {i for run in runs if len(run) >= 3 and not _listed_subject(matches, run, paragraph) for i in run}


# A list of states that opens its clause and is followed by its verb ("l'Australie, la Nouvelle-Zélande,
# les Etats-Unis et de nombreuses ONG travaillent avec …", "that Japan, Norway and Canada have pledged"):
# the states act, the list names no places.
# (Only a verb of acting: not "Chad, Niger and Mali were affected", "… sont confrontés à …", "… received
# $10 million", "… are among the most vulnerable".)
_OPENS_A_CLAUSE = re.compile(r"(?:^|[.;:]\s+|\b(?:que|qu['’]|that)\s+)(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+)?$", re.I)
_ITS_VERB = re.compile(r"(?:\s*,?\s*(?:et|and)\s+[^,.;:«»“”]{0,60}?)?\s+(?:(?:have|has|had|will|ont|avaient|vont)\s+)?"
                       r"(?:(?:also|already|jointly|each|together|également|déjà|ensemble|aussi)\s+)?"
                       r"(?!(?:been|received|receive|affected|hit|struck|faced|suffered|experienced|remain|remained|"
                       r"needed|listed|ranked|named|included|located|based|été|reçu|touchés|frappés|confrontés|concernés|"
                       r"restent|demeurent|comptent|figurent|souffrent)\b)"
                       r"(?:[a-z]+ed|sent|gave|given|made|brought|lent|led|paid|took|taken|built|sold|pledge|sign|agree|announce|provide|donate|commit|support|fund|work|are working|"
                       r"travaillent|s['’]engagent|soutiennent|appuient|financent|participent|contribuent|"
                       r"(?:se\s+sont\s+)?engagés|[a-zéè]+é)\b")


def _listed_subject(matches: list[re.Match], run: list[int], paragraph: str) -> bool:
    first, last = matches[run[0]], matches[run[-1]]
    return bool(_OPENS_A_CLAUSE.search(paragraph[max(0, first.start() - 40):first.start()])
                and _ITS_VERB.match(paragraph, last.end()))


def find_bodies(paragraphs: list[str], lang: str, people, taken: list[list[tuple[int, int]]]) -> None:
    """Add the article's states, known bodies and groups, and English "… Command" names to
    ``people`` (a :class:`~exporter.draft.people.People`), merged with the organisations the
    acronym rules already found.  ``taken`` holds, per paragraph, the spans of names already read
    (persons, expansions): a state or body inside one is not another mention."""
    pattern, index_of = _bodies_re()
    kinds = [kind for kind, _ in L.BODIES]
    names = state_names()
    for number, paragraph in enumerate(paragraphs, 1):
        spans = list(taken[number - 1])

        def inside(start: int, end: int, spans: list[tuple[int, int]] = spans) -> bool:
            return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)

        found = []
        for m in pattern.finditer(paragraph):
            index = index_of[m.group(0)]
            start, end = m.start(), m.end()
            if m.group(0).upper() == m.group(0) and (re.match(r"\s+[A-Z][a-z]", paragraph[end:]) or paragraph[end:end + 1] == ":"):
                continue                                   # "UN Agencies": part of a longer name; "WHO:", a label
            if index:                                      # "UN Security Council", "… des Nations unies"
                prefix = _UN_BEFORE.search(paragraph[max(0, start - 20):start])
                start -= len(prefix.group(0)) if prefix else 0
                suffix = _UN_AFTER.match(paragraph, end)
                end = suffix.end() if suffix else end
            found.append((start, end, index, paragraph[start:end]))
        found_spans = [(s, e) for s, e, _, _ in found]
        # The United Nations named inside the name of one of its programmes, funds and agencies
        # ("Programme alimentaire mondial des Nations Unies", "United Nations Children's Fund"): an actor
        # too, as readers count it — not inside one of its offices, missions or councils
        # ("Bureau des Nations Unies pour l'Afrique de l'Ouest", "Security Council"), the UN itself.
        un_inside: tuple[int, str] | None = None
        for start, end, index, text in found:
            outer_spans = [(s, e) for s, e in found_spans if s <= start and end <= e and (s, e) != (start, end)]
            if outer_spans:
                if index == 0 and un_inside is None and any(_AN_AGENCY.search(paragraph[s:e]) for s, e in outer_spans):
                    un_inside = (start, text)
                continue
            if inside(start, end):
                if index == 0 and un_inside is None and any(_AN_AGENCY.search(paragraph[s:e]) for s, e in spans
                                                            if s <= start and end <= e and (s, e) != (start, end)):
                    un_inside = (start, text)
                    continue
                # "Department of State" inside "U.S. Department of State": the body read there is this one.
                outer = next((n for a, z, n in people.named_at.get(number, ()) if a <= start and end <= z
                              and n in people.actors and people.actors[n].kind != "person"), None)
                if outer and f"body:{index}" not in people.keys:
                    people.keys[f"body:{index}"] = outer
                continue
            body = people.add_body(f"body:{index}", text, L.BODIES[index][1], number, start, kinds[index])
            spans.append((start, end))
            people.drop_inside(number, start, end, body.name)   # "Nations Unies" of "Conseil de sécurité des Nations Unies"
        if un_inside is not None and "body:0" not in people.keys:
            people.add_body("body:0", un_inside[1], L.BODIES[0][1], number, un_inside[0], kinds[0])
        if lang == "en":
            for tail in _TAIL_WORD.finditer(paragraph):
                lead = _WORDS_BEFORE_TAIL.search(paragraph[max(0, tail.start() - 80):tail.start()])
                if not lead or (tail.start() - len(lead.group(1)) > 0
                                and re.match(r"[\w.-]", paragraph[tail.start() - len(lead.group(1)) - 1])):
                    continue
                words = (lead.group(1) + tail.group(0)).split()
                owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), default=None)
                lead_start = tail.start() - len(lead.group(1))
                if owner is not None and (re.search(r"\bof(?:\s+the)?\s+$", paragraph[max(0, lead_start - 12):lead_start])
                                          or words[owner][:-2].rstrip("'’") in _TAIL_STOP
                                          or words[owner][:-2] in state_names()):
                    # "the Office of the President’s Kenya Food Security Group": the possessive ends
                    # another body's name ("The President's Malaria Initiative" is one name); "Today’s Assembly";
                    # a state's ("Pakistan’s National Disaster Management Authority")
                    words = words[owner + 1:]
                while words and words[0] in _TAIL_STOP:
                    words.pop(0)
                if len(words) < 2:
                    continue
                name = " ".join(words)
                start, end = tail.end() - len(name), tail.end()
                if paragraph[start:end] != name or any(s < end and start < e for s, e in spans):
                    continue
                complement = _ITS_COMPLEMENT.match(paragraph, end)
                if complement and not _ITS_COMPLEMENT_STOP.match(complement.group(0).split()[-1]) \
                        and not any(w in L.ORG_HEADS or w in L.ORG_TAILS or w in ("Government", "Federation")
                                    for w in complement.group(0).split()) \
                        and not state_pattern().search(complement.group(0)):
                    # (not a state the body works for: "the Norwegian Refugee Council for Yemen", "the
                    # Humanitarian Fund for Afghanistan", "the African Development Bank on Mozambique")
                    # "the Japan Fund for Poverty Reduction": its complement is its name's
                    name, end = name + complement.group(0), complement.end()
                people.add_body(f"name:{name}", name, [name], number, start, "organization")
                spans.append((start, end))
        matches = [m for m in state_pattern().finditer(paragraph) if not inside(m.start(), m.end())
                   and not any(s <= m.start() < e for s, e in spans) and not no_state_here(paragraph, m, lang)]
        listed = _list_members(matches, paragraph)
        names_end = frozenset(z for a, z, n in people.named_at.get(number, ()) if n in people.actors
                              and people.actors[n].kind == "person")
        places: list[bool] = []
        for i, m in enumerate(matches):
            before, after = paragraph[max(0, m.start() - 30):m.start()], paragraph[m.end():m.end() + 30]
            of = re.search(r"(?:\bof|\bde|\bdu|\bd['’])\s*$", before)
            if re.match(r"\s+[A-Z][a-z]", after) and not of and m.group(0) not in ("United States",):
                places.append(False)                       # (one entry per match: places[i - 1] is the one before)
                continue                                   # "Ukraine Defense Contact Group", "Lake Chad Basin"
            place = i in listed or _is_place(paragraph, m.start(), lang, names_end, paragraph[m.end():m.end() + 60])
            if not place and i and places[-1] and re.fullmatch(r"\s*(?:,|and|et|or|ou)\s*(?:(?:the|le|la|les|au|aux|en)\s+)?",
                                                              paragraph[matches[i - 1].end():m.start()]):
                place = True                               # "the coastal states of Benin and Togo"
            places.append(place)
            people.add_state(names[m.group(0)], m.group(0), number, m.start(), place)
    people.compact()
    merge_governments(people)


_GOVERNMENT = re.compile(r"^(?:(?P<a>.+?)\s+Government|Government of (?:the\s+)?(?P<b>.+)|"
                         r"[Gg]ouvernement (?:du|de la|de l['’]|des|d['’]|de)\s*(?P<c>.+)|Gouvernement (?P<d>[\w-]+))$")
# "the Government of the Republic of Mozambique", "Gouvernement de la République d’Haïti": the state's short name
_REPUBLIC_OF = re.compile(r"^(?:(?:Federal|Democratic|Islamic)\s+)?Republic of (?:the\s+)?|"
                          r"^République (?:fédérale |démocratique |islamique )?(?:du |de la |de l['’]|d['’]|de )")
_SHORT = {"U.S.": "US", "US": "US"}       # ("UK", "U.K." are state names: lexicon.STATE_VARIANTS)
# Nationalities of two states: "Gouvernement congolais" is Kinshasa's or Brazzaville's.
_TWO_STATES_NATIONALITIES = {"congolais", "congolaise", "congolese"}
# Formal names that are not "Republic of" and a state's short name: Taiwan's is not China's.
_NOT_ITS_SHORT_NAME = {"Republic of China", "République de Chine"}


def merge_governments(people) -> None:
    """"U.S. Government", "the Government of Mauritania", "gouvernement du Niger": the state itself.
    A government named by its nationality ("Gouvernement centrafricain", "Canadian Government") is
    the state's only when the article names the state too (its name is not ours to invent) and the
    nationality is one state's."""
    names = state_names()
    for actor in list(people.actors.values()):
        if actor.kind != "organization" or actor.name not in people.actors:
            continue
        m = _GOVERNMENT.match(actor.name)
        state = m and (m.group("a") or m.group("b") or m.group("c") or m.group("d"))
        if not m or not state:
            continue
        short = _REPUBLIC_OF.sub("", state) if state not in _NOT_ITS_SHORT_NAME else state
        code = names.get(state) or names.get(short) or _SHORT.get(state)
        if not code:
            by_nationality = L.NATIONALITIES.get(state.lower()) if not m.group("b") and not m.group("c") \
                and state.lower() not in _TWO_STATES_NATIONALITIES else None
            named = people.keys.get("state:" + by_nationality) if by_nationality else None
            if named:
                people.merge(named, actor.name)
            continue
        state = short if short in names else state
        key = "state:" + code
        if key not in people.keys:
            people.add_state(code, state, actor.paragraph, 0, place=False)
            people.positions.pop()                     # the government's own mention stands for it
            people.actors[people.keys[key]].mentions -= 1
        people.merge(people.keys[key], actor.name)
