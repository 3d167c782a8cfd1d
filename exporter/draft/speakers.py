"""Who said it: the speaker a quotation's attribution names, resolved across the article.

An attribution names its speaker in one of three ways, and each is resolved only to a person the
article named before — or to nobody:

- by name, with or without a title: "Prime Minister of Canada Justin Trudeau", "as President Biden
  said", "M. Whitaker a dit que", "A/DAS Suarez told the media";
- by a description of a person named earlier: "le diplomate américain", "the ambassador", "la
  cheffe des affaires politiques de l'ONU" — the one person whose titles fit the description's head
  noun and most of its other words; when two fit, or none, the speaker stays unnamed;
- by a pronoun: "he said", "a-t-il ajouté" — the person named just before in the same sentence
  (not inside an opening "S'exprimant après avoir rencontré X, il…"), else the last person named as
  a sentence's subject before it; never a person the article gives the other gender ("M.", "Ms.",
  "la Rapporteuse spéciale …, X"), and nobody when the attribution before it was someone the article
  does not name ("« … », a dit son porte-parole." then "« … », a-t-il ajouté.").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from exporter.draft import lexicon as L
from exporter.draft.patterns import HONORIFIC_RE

PRONOUNS = {"he", "she", "they", "il", "elle", "ils", "elles"}
_CLAUSE = re.compile(r",\s+|\s+(?:when|and|that|as|while|whom|who|que|qu['’]|et|comme|lorsque|quand|alors que|tandis que)\s+"
                     r"|\s+qu['’](?=\w)", re.I)      # "pays qu'il a salué comme étant « … »"
_FUNCTION_WORDS = (L.STOPWORDS["fr"] | L.STOPWORDS["en"] | L.NOT_A_NOUN
                   | {"l", "d", "of", "the", "de", "du", "des", "la", "le", "les", "a", "an", "un", "une", "pour", "aux",
                      "au", "en", "to", "for", "sur", "this", "ce", "cette", "notre", "our", "son", "sa", "his", "her",
                      "ancien", "ancienne", "former", "nouveau", "nouvelle", "new", "haut", "top", "senior"})
# Words that may come between a description's determiner and its head: "the Special Representative",
# "la Secrétaire générale adjointe", "the U.S. envoy", "the acting Administrator".
_MODIFIERS = {"special", "spécial", "spéciale", "deputy", "assistant", "senior", "high", "haute", "permanent",
              "permanente", "principal", "principale", "acting", "u", "s", "un", "top", "chief", "vice", "under",
              # whose it is: "the European Commissioner responsible for …", "the EU envoy", "the Kenyan minister"
              "european", "européen", "européenne", "eu", "ue", "u.n.", "u.s."} | set(L.NATIONALITIES)
# What an office is for and where or how it is held, as news agencies write it ("the UN relief chief",
# "the UN resident coordinator for Comoros", "the regional director"): words a description may have
# before its head, which the title must then hold too, and which count for nothing else.
_OFFICE_WORDS = {"relief", "refugee", "refugees", "humanitarian", "aid", "rights", "human", "health", "food",
                 "peacekeeping", "political", "development", "resident", "résident", "résidente", "country", "regional",
                 "régional", "régionale", "national", "nationale", "executive", "exécutif", "exécutive", "interim",
                 "intérimaire"}
_MODIFIERS |= _OFFICE_WORDS
# Acronyms too wide to say whose office it is ("the UN chief" is Secretary-General António Guterres).
_WIDE_ACRONYMS = {"UN", "U.N.", "ONU", "US", "U.S.", "UE", "EU"}


_PARTICIPLE = re.compile(r"(?:\w+ing|s['’]exprimant|\w+ant)\b(?!\s+(?:that|que)\b)", re.I)


_POST_NOMINAL = re.compile(r"(?:[A-Za-z]{1,3}\.){1,3}|TD|T\.D\.|MP|QC|KC|PC|OBE|CBE|KBE")
_RELATIVE = re.compile(r"(.+?),\s+(?:who|qui)\s[^,]+,?\s*$", re.I)
_BARE_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}")
# The portfolios a title lists after its first ("…, Humanitarian Aid and Crisis Response"): capitalized words.
_PORTFOLIO = re.compile(r"(?:(?:and|&)\s+)?[A-Z][\w'’-]*(?:\s+(?:and|&|of|for|the|[A-Z][\w'’-]*))*")
_TWO_NAMED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*)*\s+(?:and|et)\s+"
                        r"[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*)*\s*$")


def last_clause(phrase: str) -> str:
    """The clause of an attribution that holds the verb's subject: "The world, as President Biden"
    → "President Biden"; "quoted President Zelenskyy when he" → "he"; two speakers stay two
    ("France and Germany")."""
    parts = phrase.rstrip().split(",")
    named = _A_RANK.sub("", parts[-2].strip()) if len(parts) >= 2 else ""      # ("Admiral Timothy Keating, …")
    if len(parts) >= 2 and (_opens_with_role(parts[-1]) or _a_body_s_role(parts[-1])) and _BARE_NAME.fullmatch(named) \
            and named.split()[0] not in L.NOT_FIRST_NAMES and not named.split()[0].endswith(("ing", "ant")) \
            and not _is_state(named):
        # "…, Louis Michel, the European Commissioner responsible for Development and Humanitarian
        # Aid said": a name, then its apposition with no comma to close it
        return parts[-2].strip()
    if len(parts) >= 3 and _BARE_NAME.fullmatch(parts[0].strip()) and _opens_with_role(parts[1]) \
            and parts[0].split()[0] not in L.NOT_FIRST_NAMES and not _is_state(parts[0].strip()) \
            and all(_PORTFOLIO.fullmatch(p.strip()) for p in parts[2:]):
        # "Kristalina Georgieva, European Commissioner for International Cooperation, Humanitarian Aid
        # and Crisis Response stated": the title lists its portfolios with commas of its own
        return parts[0].strip()
    both = _TWO_NAMED.search(phrase)
    if both:
        return both.group(0).strip()
    relative = _RELATIVE.match(phrase)
    if relative:
        phrase = relative.group(1)      # "Nuland, who is also the acting deputy secretary," → "Nuland"
    elif phrase.rstrip().endswith(","):
        # "Stephane Dujarric, spokesman for the Secretary-General," → "Stephane Dujarric"; the
        # apposition may hold commas of its own ("Antone Greubel, deputy chief of mission at U.S.
        # Embassy Suva, Fiji,"): it starts at the first part whose first words are a role's
        parts = phrase.rstrip().rstrip(",").split(",")
        # (letters after a name are the name's: "L’honorable Rob Nicholson, C.P., c.r., député …")
        parts = [parts[0], *(p for p in parts[1:] if not _POST_NOMINAL.fullmatch(p.strip()))]
        phrase = ",".join(parts) + ","
        named = re.sub(rf"^(?:{HONORIFIC_RE})\s+", "", parts[-1].strip())      # "Ms Lisa Phillips"
        if len(parts) >= 3 and _BARE_NAME.fullmatch(named) and _opens_with_role(parts[-2]) \
                and not _BARE_NAME.fullmatch(parts[0].strip()) and not _opens_with_role(parts[0]) \
                and named.split()[0] not in L.NOT_FIRST_NAMES and not _is_state(named):
            # "Following the announcement, the Head of DFID Kenya, Lisa Phillips,": after an opening
            # adjunct, a role and the name in apposition to it — the name is the subject
            return named
        at = next((i for i in range(1, len(parts)) if _opens_with_role(parts[i])
                   or (i == 1 and _BARE_NAME.fullmatch(parts[0].strip()) and _ends_with_role(parts[i]))), None)
        if at is not None and ",".join(parts[:at]).strip():
            phrase = ",".join(parts[:at])
    # (never inside brackets: "Minister of State of Foreign Affairs (Americas and Consular Affairs)")
    masked = re.sub(r"\([^()]*\)", lambda m: "(" + "x" * (len(m.group(0)) - 2) + ")", phrase)
    cuts = [0, *(i for m in _CLAUSE.finditer(masked) for i in m.span()), len(phrase)]
    parts = [phrase[a:b] for a, b in zip(cuts[::2], cuts[1::2]) if phrase[a:b].strip()]
    while len(parts) > 1 and _PARTICIPLE.match(parts[-1].strip()):
        parts.pop()              # "Guterres, speaking in New York," → "Guterres"
    return parts[-1].strip() if parts else phrase.strip()


def _is_state(words: str) -> bool:
    """Whether ``words`` name a state ("…, Papua New Guinea, the Minister for Health said")."""
    from exporter.draft.bodies import state_names

    return words in state_names()


def _ends_with_role(part: str) -> bool:
    """Whether a clause is a capitalized title ending with its role: "USAID East Africa Regional Mission
    Director" (after a name: "Larry Meserve, USAID … Director, said")."""
    words = re.sub(r"^(?:the|a|an|le|la|l['’])\s+", "", part.strip(), flags=re.I).split()
    return 2 <= len(words) <= 10 and words[-1].lower() in L.PERSON_ROLES and all(w[:1].isupper() or w in (
        "of", "for", "to", "and", "in", "on", "de", "du", "des", "pour", "&") for w in words)


_A_RANK = re.compile(r"^(?:" + "|".join(sorted(L.RANKS_IN_FULL)) + r"|General)\s+(?=[A-ZÀ-Þ])")


def _a_body_s_role(part: str) -> bool:
    """Whether a clause is a body's name and a role in lower case: "U.S. Pacific Command commander"
    (after a name: "Admiral Timothy Keating, U.S. Pacific Command commander said")."""
    words = part.split()
    return 2 <= len(words) <= 8 and words[-1] in L.PERSON_ROLES and all(w[:1].isupper() for w in words[:-1])


def _opens_with_role(part: str) -> bool:
    """Whether a clause opens with a role, after a determiner and modifiers: "spokesman for …",
    "the deputy chief of mission …"."""
    # (a determiner is a word of its own: not the "A" of "Acting", the "Un" of "Under-Secretary")
    for word in re.sub(r"^(?:(?:the|a|an|le|la|un|une)\s+|l['’]\s*)", "", part.strip(), flags=re.I).lower().split(" ")[:4]:
        if word in L.PERSON_ROLES or word in L.DESCRIPTION_HEADS or word in ("membre", "member"):
            return True             # ("Mme Kristalina Georgieva, membre de la Commission européenne, a déclaré")
        if word not in _MODIFIERS and not word.endswith(("'s", "’s")):     # "the Secretary-General's Special Representative"
            return False
    return False


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    word = re.sub(r"^(?:l|d|qu)'", "", word)
    for suffix in ("es", "e", "s"):
        if len(word) > 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def description_head(phrase: str) -> tuple[str, str] | None:
    """(head word, its kind) when ``phrase`` describes a person ("le diplomate américain" →
    ("diplomate", "diplomat")); None when it names nobody by a description."""
    words = _words(phrase)
    determined = bool(words) and words[0].lower() in ("the", "le", "la", "l")
    if words and words[0][:1].isupper() and words[0].endswith(("'s", "’s")) and len(words) > 1:
        words, determined = words[1:], True         # "UNICEF's Regional Director": the possessor determines
    for word in words[:4]:
        low = re.sub(r"^(?:l|d)['’]", "", word.lower())
        if low.endswith(("'s", "’s")) and (determined or word[:1].isupper()):
            continue                # a possessor is never the head: "the Secretary-General's spokesperson"
        if low in L.DESCRIPTION_HEADS:
            return low, L.DESCRIPTION_HEADS[low]
        parts = [p for p in low.split("-") if p in L.DESCRIPTION_HEADS]
        if "-" in low and parts:
            # one hyphenated title: "the Secretary-General", "la Vice-Secrétaire générale"
            return low, L.DESCRIPTION_HEADS[parts[0]]
        # a word before any head: not a description ("Biden said"), unless a capitalized word after
        # the determiner, a body's name inside the description ("the UNIFIL Force Commander")
        if low not in _FUNCTION_WORDS and low not in L.NATIONALITIES and low not in _MODIFIERS \
                and not (determined and word[:1].isupper()):
            return None
    return None


@lru_cache(maxsize=4096)
def _states_in(text: str) -> frozenset[str]:
    from exporter.draft.bodies import state_names

    codes = {code for name, code in state_names().items() if name in text}
    codes |= {L.NATIONALITIES[w.lower()] for w in _words(text) if w.lower() in L.NATIONALITIES}
    if re.search(r"\bU\.S\.|\bUS\b|\bAmerican\b|\bAmerica\b", text):
        codes.add("US")
    if re.search(r"\bdu Faso\b", text):
        codes.add("BF")                     # "Président du Faso": Burkina Faso's president by his title
    return frozenset(codes)


def fits(phrase: str, described: list[str]) -> bool:
    """Whether a person with these titles and appositions fits the description ``phrase``: a title
    holds a word of the head's kind, most of the description's other words, and the state its
    nationality adjective names."""
    return _fits(phrase, tuple(described))


@lru_cache(maxsize=8192)
def _fits(phrase: str, described: tuple[str, ...]) -> bool:
    """:func:`fits`, remembered: a long article asks the same question for each of its persons
    at every description it meets."""
    head = description_head(phrase)
    if head is None or not described:
        return False
    _, kind = head
    fitting = L.DESCRIPTION_FITS[kind]
    text = " ".join(described)
    low = text.lower().replace("’", "'")
    title_words = {x.strip(",.") for x in low.split()}
    title_words |= {re.sub(r"^(?:l|d)'", "", w) for w in _words(low)}          # "—L'Administrateur du PNUD"
    # "Vice-Secrétaire" holds "secrétaire"; "Secrétaire-général" holds no general (an adjective, not a rank)
    title_words |= {part for x in title_words if "-" in x for i, part in enumerate(x.split("-"))
                    if not (i and part in ("general", "général", "générale"))}
    if not any((w in low.split() or w in low) if " " in w else w in title_words for w in fitting):
        return False
    if not any((head_word := _title_head_word(title)) is None
               or (head_word in fitting or any(part in fitting for part in head_word.split("-")))
               and not (head_word in ("secretary", "secrétaire") and kind != "secretary"
                        and not re.search(r"g[ée]n[ée]ral|ex[ée]cuti", title.lower()))
               for title in described):
        return False                # "le Secrétaire général" is not "la porte-parole du Secrétaire général"
    # "UN" in capitals is the body, not the French article: "the UN chief" is not any chief
    words = [w for w in _words(phrase) if w.lower() not in _FUNCTION_WORDS or (w.isupper() and len(w) > 1)]
    nationalities = {L.NATIONALITIES[w.lower()] for w in words if w.lower() in L.NATIONALITIES}
    if nationalities and not nationalities & _states_in(text):
        return False
    plain_words = _words(re.sub(r"['’]s\b", "", text))        # "UNICEF's Regional Director" holds "UNICEF"
    have = {_stem(w) for w in plain_words} | {_plain(_stem(w)) for w in plain_words} | _initials(text)
    # A possessor must be in the title ("WFP's Regional Director" is not UNICEF's), and is not one of the
    # words that must match besides ("UNICEF's Regional Director" is not UNICEF's Executive Director)
    possessors = [re.sub(r"['’]s$", "", w) for w in words if re.search(r"['’]s$", w)]
    if any(_stem(p) not in have and _plain(_stem(p)) not in have for p in possessors):
        return False
    # … a hyphenated head is the whole title ("WHO's Director-General" is not its Regional Director)
    if "-" in head[0] and head[0].replace("-", " ") not in low.replace("-", " "):
        return False
    if any(w.lower() in _OFFICE_WORDS and _stem(w) not in have for w in words):
        return False                # "the regional director" is not an Executive Director
    if any(w.isupper() and len(w) > 1 and w not in _WIDE_ACRONYMS and _stem(w) not in have and w not in text for w in words):
        return False                # "the executive director of UNICEF" is not WFP's
    others = [w for w in words if w.lower() not in L.NATIONALITIES and w.lower() not in L.DESCRIPTION_HEADS
              and w.lower() not in _OFFICE_WORDS
              and re.sub(r"^(?:l|d)['’]", "", w.lower()) not in L.DESCRIPTION_HEADS and not re.search(r"['’]s$", w)
              and w.lower() != head[0]]
    # … and a word that changes the rank must be there too ("Russia's deputy permanent representative")
    phrase_words = {w.lower() for w in _words(phrase)} | {p for w in _words(phrase) for p in w.lower().split("-")}
    if any(w in _RANK_CHANGING and w not in title_words for w in phrase_words):
        return False
    # … and the other way: "the Secretary-General" is not the Under-Secretary-General
    if not _holds_the_head_unranked(low, head[0], phrase_words):
        return False
    if not others:
        return True
    found = sum(1 for w in others if _stem(w) in have or _plain(_stem(w)) in have)
    return found * 2 >= len(others)


def _title_head_word(title: str) -> str | None:
    """The head word of a title that is one head and its complement ("porte-parole" in "porte-parole
    du Secrétaire général", "spokesperson" in "spokesperson for the Secretary-General"): the
    complement's words describe someone else.  None for any other title (two roles joined)."""
    low = title.lower().replace("’", "'")
    if re.search(r"\s(?:et|and)\s|,", low):
        return None
    m = re.match(r"(?:(?:le|la|the)\s+|l')?([\w-]+)\s+(?:du|de la|de l'|des|of the|of|to the|for the|auprès du|auprès de la)\s", low)
    if m is None:
        return None
    word = m.group(1)
    return word if word in L.DESCRIPTION_HEADS or any(p in L.DESCRIPTION_HEADS for p in word.split("-")) else None


def _holds_the_head_unranked(title: str, head: str, phrase_words: set[str]) -> bool:
    """Whether a title holds the description's head word without a word that changes its rank the
    description does not have ("under-secretary-general", "secrétaire général adjoint", "deputy
    director" for "the Secretary-General", "le Secrétaire général", "the director")."""
    pattern = re.escape(head).replace(r"\-", "[-\\s]")
    found = list(re.finditer(rf"(?:([\w']+)[-\s])?{pattern}(?:\s+([\w']+))?", title.replace("’", "'")))
    if not found:
        return True                 # the head's kind is in the title under another word ("chief" for "head")
    return any(not (m.group(1) in _RANK_CHANGING and m.group(1) not in phrase_words)
               and not (m.group(2) in ("adjoint", "adjointe") and m.group(2) not in phrase_words) for m in found)


_RANK_CHANGING = {"deputy", "vice", "former", "assistant", "acting", "interim", "associate", "under", "adjoint", "adjointe",
                  "ancien", "ancienne", "intérimaire", "sous"}


def _initials(text: str) -> set[str]:
    """The acronyms a title spells out: "United Nations chief" → {"un"} (lower case, as stems are)."""
    out = set()
    for run in re.findall(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:of\s+|for\s+|the\s+)*[A-ZÀ-ÖØ-Þ][\w'’-]*)+", text):
        capitals = [w[0] for w in run.split() if w[0].isupper()]
        for i in range(len(capitals)):
            for j in range(i + 2, len(capitals) + 1):
                out.add("".join(capitals[i:j]).lower())
    return out


def by_description(phrase: str, persons) -> str | None:
    """The one person (of ``persons``, :class:`~exporter.draft.found.FoundActor`) the description
    fits, or None when none or several do."""
    described_by = description_head(phrase)
    if described_by is None:
        return None
    persons = list(persons)
    fitting = [a for a in persons if fits(phrase, a.described)]
    if not fitting:
        fitting = _by_a_bare_title(phrase, described_by, persons)
    if len(fitting) > 1:
        # Two fit: the one whose own title repeats the description's head word ("the UN chief" is
        # "United Nations chief António Guterres", not "the head of the UN Refugee Agency")
        head = _stem(described_by[0])
        fitting = [a for a in fitting if head in {_stem(w) for w in _words(" ".join(a.described))}]
    return fitting[0].name if len(fitting) == 1 else None


# Words of a description that name a body or a place, not a minister's portfolio.
_A_BODY_OR_A_PLACE = re.compile(r"\b[A-Z]{2,}\b|\b(?:" + "|".join(sorted(L.ORG_HEADS, key=len, reverse=True)) + r"|Bank|Banque|"
                                r"Organi[sz]ation|Union|Nations|Unies|Fund|Fonds|Programme|Program|Agency|Agence|League|Ligue|"
                                r"Cooperation|Coopération|Community|Communauté|régional|régionale|regional|européen|européenne|"
                                r"European|région|region|province|district|préfecture)\b")


def _by_a_bare_title(phrase: str, head: tuple[str, str], persons: list) -> list:
    """The one person titled by the description's head word alone ("le Ministre Remy Lamah"), when the
    description says more ("le Ministre de la Santé") and no other person holds a title of its kind;
    [] otherwise (nor when the description changes the rank: "le ministre adjoint")."""
    word, kind = head
    phrase_words = {w.lower() for w in _words(phrase)} | {p for w in _words(phrase) for p in w.lower().split("-")}
    if phrase_words & _RANK_CHANGING or _states_in(phrase):
        return []
    if kind != "minister" or _A_BODY_OR_A_PLACE.search(phrase):
        return []                   # (a minister's portfolio only: not "the President of the African Development
                                    # Bank", "le directeur régional de l'OMS", "le gouverneur de la région de Mopti")

    def bare(title: str) -> bool:
        words = [w.lower() for w in _words(title) if w.lower() not in ("le", "la", "l", "the")]
        return words == [word]

    fitting = L.DESCRIPTION_FITS[kind]
    of_the_kind = [a for a in persons if any(w in fitting for t in a.described for w in _words(t.lower()))]
    return of_the_kind if len(of_the_kind) == 1 and any(bare(t) for t in of_the_kind[0].described) else []


_ADJUNCT = re.compile(r"^\s*(?:\S+ant\b|\S+ing\b|après\b|after\b|avant\b|before\b|lors\b|during\b|en\s+\S+ant\b)", re.I)


def opening_adjunct(sentence_before: str) -> int:
    """Length of an opening adjunct whose implied subject is the pronoun that follows it
    ("S'exprimant après avoir rencontré le Président du Niger, Mohamed Bazoum, " → up to the last
    comma), 0 when the sentence has none."""
    if not _ADJUNCT.match(sentence_before):
        return 0
    cut = sentence_before.rstrip().rfind(",")
    return cut + 1 if cut > 0 else 0


# --- a pronoun's gender --------------------------------------------------------------------------

_MASCULINE_HONORIFICS = {"M.", "MM.", "Mr.", "Mr", "Monsieur", "Sir", "Lord"}
_FEMININE_HONORIFICS = {"Mme", "Mmes", "Mlle", "Mrs.", "Mrs", "Ms.", "Ms", "Madame", "Dame"}
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(h) for h in sorted(
    _MASCULINE_HONORIFICS | _FEMININE_HONORIFICS, key=len, reverse=True)) + r")\s+$")
# A French title opened by its determiner right before a name, after a comma or a sentence's start:
# "Le Secrétaire général de l'ONU, António Guterres", "la Rapporteuse spéciale …, Sheila Keetharuth".
_TITLE_DETERMINER = re.compile(r"(?:^|[,;(]\s*|[.!?]\s+)(?P<det>[Ll]e|[Ll]a)\s+(?P<noun>[\w-]+)[^,;:.!?«»“”\"()]{0,100},?\s*$")
_TITLE_NOUNS = L.PERSON_ROLES | {"rapporteur", "rapporteure", "rapporteuse", "expert", "experte"}
# Words of a title written in the masculine only for a man (the feminine is "représentante",
# "générale"…); "le chef", "le ministre", "le procureur" are said of women too.
_MASCULINE_FORMS = {"représentant", "rapporteur", "directeur", "coordonnateur", "coordinateur", "président", "ambassadeur",
                    "envoyé", "délégué", "administrateur", "conseiller", "général", "spécial", "adjoint"}
# A finite verb inside the words before a name: the determiner is another clause's subject's.
_A_VERB = re.compile(r"\s(?:a|ont|est|sont|avait|avaient|sera|fut)\s")
_PRONOUN_GENDER = {"il": "m", "he": "m", "elle": "f", "she": "f"}


def genders(paragraphs: list[str], mentions) -> dict[str, str]:
    """The gender the article gives each person ("m" or "f"), read from the honorific before a
    mention ("M. Whitaker", "Ms. Msuya") or the determiner of a French title right before it ("la
    Rapporteuse spéciale …, Sheila B. Keetharuth"); a person given none, or both, is left out.
    ``mentions`` are (paragraph, offset, name) triples, paragraph 1 the first."""
    seen: dict[str, set[str]] = {}
    for number, offset, name in mentions:
        if not 1 <= number <= len(paragraphs):
            continue
        before = paragraphs[number - 1][max(0, offset - 160):offset]
        honorific = _HONORIFIC_BEFORE.search(before)
        if honorific:
            seen.setdefault(name, set()).add("m" if honorific.group(1) in _MASCULINE_HONORIFICS else "f")
            continue
        title = _TITLE_DETERMINER.search(before)
        if title and title.group("noun").lower() in _TITLE_NOUNS and not _A_VERB.search(title.group(0)):
            if title.group("det").lower() == "la":
                seen.setdefault(name, set()).add("f")
            elif set(_words(title.group(0).lower())) & _MASCULINE_FORMS:
                seen.setdefault(name, set()).add("m")   # "le Secrétaire général", not "le chef" (said of women too)
    return {name: next(iter(found)) for name, found in seen.items() if len(found) == 1}


_PRONOUN = re.compile(r"(?<![\w’'])(?:-t-)?(il|elle|he|she)(?![\w’'])", re.I)


def pronoun_gender(attribution: str, last: bool = False) -> str | None:
    """The gender of the pronoun an attribution speaks through ("a-t-elle ajouté", "he said"): its
    first pronoun, or its last when ``last`` (an attribution before the quotation)."""
    found = _PRONOUN.findall(attribution)
    if not found:
        return None
    return _PRONOUN_GENDER[(found[-1] if last else found[0]).lower()]
