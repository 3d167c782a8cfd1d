"""Who a person is, as the article says it: the title before a name ("Prime Minister of Canada
Justin Trudeau", "le ministre des Affaires étrangères"), the apposition after it ("Molly Phee, the
Assistant Secretary…") or before it, and whether a role read so is one the person speaks as.
Used both to find persons (:mod:`exporter.draft.people`) and to name a quotation's speaker
(:mod:`exporter.draft.quotes`)."""

from __future__ import annotations

import re

from exporter.draft import lexicon as L
from exporter.draft.bodies import initials, state_names, trie_pattern
from exporter.draft.patterns import APOS, LOWER, UPPER

# The one-word roles ("ministre", "ambassador", "Secretary-General") as one alternation, longest first:
# built once for every pattern here and in :mod:`exporter.draft.people` that reads a role.
ROLE_WORDS = trie_pattern(sorted(w for w in L.PERSON_ROLES if " " not in w))
ROLE_INITIALS = initials([w for w in L.PERSON_ROLES if " " not in w], ignorecase=True)


def role_words(phrase: str) -> bool:
    low = phrase.lower()
    words = set(re.findall(rf"[{LOWER}-]+", low))
    words |= {part for word in words if "-" in word for part in word.split("-")}   # "Secretary-General"
    return bool(words & L.PERSON_ROLES) or "premier ministre" in low or "chargé d" in low


_DETERMINER = re.compile(rf"^(?!(?-i:UN)\b)(?:(?:la|le|les|the|a|an|un|une|son|sa|ses|leur|its|their|his|her)\s+|l[{APOS}]\s*)", re.I)


def capitalize_role(role: str) -> str:
    role = _DETERMINER.sub("", role.strip(" ,;:-–—"))
    return role[:1].upper() + role[1:] if role else role


_TITLE_STOP = {"le", "la", "les", "l", "l'", "l’", "the", "a", "an", "un", "une", "with", "to", "by", "from",
               "and", "that", "said", "met", "spoke", "avec", "par", "pour", "et", "que", "qu", "ont", "est",
               "sont", "in", "on", "at", "as", "de", "du", "des", "d", "of", "for", "aux", "au", "à",
               "concernant", "entre", "sur", "dont", "ou", "or", "but", "mais", "while", "when"}
TITLE_CONNECTORS = {"of", "for", "de", "d'", "d’", "du", "des", "aux", "au", "à", "la", "l'", "l’", "the", "and", "to",
                     "auprès", "pour", "les"}      # "le Haut Commissaire des Nations Unies pour les réfugiés"


# Abbreviations of five letters or more, which a full stop does not end a sentence after ("Lieut. Gen.").
_LONG_ABBREVIATIONS = {"lieut", "comdr", "comdt", "sergt", "assoc", "maréch", "gouv", "excel"}


def title_before(text: str) -> str | None:
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
        if not title and token == "," and len(tokens) >= 3 and tokens[-1] == ")" and tokens[-3] == "(" \
                and re.fullmatch(rf"[{UPPER}]{{2,8}}", tokens[-2]):
            # … and the title's own initials between it and the name: "le Représentant spécial … au Mali
            # (RSSG), El-Ghassim WANE"
            del tokens[-3:]
            continue
        if not re.match(r"\w", token) or (re.fullmatch(rf"[{UPPER}]?[{LOWER}]{{4,}}\.", token)
                                           and token[:-1].lower() not in _LONG_ABBREVIATIONS):
            break                                         # (a word of five letters and a full stop ends a sentence:
                                                          # "… Giorgio Napolitano. La Conseillère fédérale")
        if low in TITLE_CONNECTORS and title and tokens:
            # "Secretary of State", "Ambassador to the United Nations": connectors inside a title,
            # between two title words
            back = len(tokens) - 1
            while back > 0 and tokens[back].lower() in TITLE_CONNECTORS:
                back -= 1
            prev = tokens[back]
            if prev[:1].isupper() or re.sub(rf"^[ld][{APOS}]", "", prev.lower()) in L.PERSON_ROLES \
                    or prev.lower() in L.NATIONALITIES \
                    or re.fullmatch(rf"d[{APOS}]affaires", prev.lower()) \
                    or (prev.lower() == "charge" and back > 0 and tokens[back - 1].lower() == "en"):
                # "Chargé d’affaires des États-Unis", "Ministre italien des Affaires étrangères", "Haut
                # Commissaire assistante en charge des opérations"
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
    while title and title[0].lower() in TITLE_CONNECTORS:
        title.pop(0)
    while title and title[-1] in L.HONORIFICS:
        title.pop()
    phrase = " ".join(title)
    return phrase if phrase and role_words(phrase) else None


_VERB_STOP = re.compile(
    r"\s+(?:a|ont|avait|est|sont|was|is|has|have|had|will|would|who|qui|announced|said|says|told|met|spoke|"
    r"noted|added|stated|expressed|declared|emphasized|stressed|launched|led|signed|visited|arrived|"
    r"made|participated|pointed|welcomed|thanked|presented|handed|opened|underlined|underscored|highlighted|"
    r"warned|urged|called|explained|announced|recalled|reiterated|praised|commended|"
    r"a déclaré|a annoncé|a indiqué|a affirmé|s'est|s’est)\b")


# "au ministre de la Sécurité", "à la Représentante spéciale": another person's role, given to, which
# ends an apposition and may be the one a following name stands in (French only: an English "to the"
# belongs to titles, "Special Adviser to the Secretary-General").
DATIVE_ROLE = re.compile(rf"(?:^|\s)(?:au|aux|à\s+la|à\s+l[{APOS}]\s*)\s*"
                          rf"(?=(?i:{ROLE_WORDS})\b)")


def apposition_after(rest: str) -> str | None:
    """', Assistant Secretary of State for African Affairs,' after a name (up to the next comma
    before a lower-case word, or a verb)."""
    if not rest.startswith(", "):
        return None
    body = rest[2:300]
    stop = _VERB_STOP.search(body)
    end = stop.start() if stop else len(body)
    dative = DATIVE_ROLE.search(body)
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
    if first in ("a", "ont", "qui", "who", "which", "dont", "et", "and") or re.fullmatch(r"[a-zé]{3,}(?:ant|ing)", first) \
            and not role_words(first) and phrase[:1].islower() and not _TITLE_NEXT.match(phrase.split(maxsplit=1)[-1]):
        return None                   # (", indiquant qu'il …", ", saying that …": a participle's clause)
    return phrase if role_words(phrase) or _DETERMINER.match(phrase) and role_words(phrase) else None


# After "acting", "commanding", "outgoing": a title goes on (a capitalized word or a role).
_TITLE_NEXT = re.compile(rf"(?:[{UPPER}]|(?i:{ROLE_WORDS})\b)")


# "a déclaré le Haut-Commissaire …": the French auxiliary, not the English article
_VERB_AFTER_A = re.compile(rf"a\s+[{LOWER}]+(?:é|i|u|it|is|ert)\b")


def _opens_with_a_role(phrase: str) -> bool:
    """Whether ``phrase`` opens with a role word, or with a title's adjective and then one ("president",
    "Regional Director in Eastern & Southern Africa", "Représentant spécial")."""
    words = phrase.split(" ", 2)
    return bool(role_words(words[0]) or (len(words) > 1 and words[0].lower() in _TITLE_ADJECTIVES and role_words(words[1])))


_A_VERB_BEFORE_ITS_SUBJECT = re.compile(rf"^(?:(?:a|ont|avait|avaient)\s+[{LOWER}]+(?:é|i|u|it|is|ert)|said|says|told|added|noted|"
                                        rf"explained)\s+(?=(?:un|une|le|la|les|a|an|the)\s|l[{APOS}])")


# A title's start: its determiner, or a capitalized role without one ("Minister of State for Development, …")
_A_TITLE_S_START = re.compile(rf"{_DETERMINER.pattern}|(?=(?-i:[{UPPER}]))(?:{ROLE_WORDS})\b", re.I)
# (not a person named with their title, before another's: "Ambassador Jones, Deputy Head of Mission, Sarah Lee")
_A_TITLED_NAME = re.compile(rf"(?i:{ROLE_WORDS})\s+(?!(?i:{ROLE_WORDS})\b)[{UPPER}][\w'’-]+")
_A_PORTFOLIO = re.compile(r"(?:(?:and|&|et)\s+)?[A-Z][\w'’-]*(?:\s+(?:and|&|et|of|for|the|[A-Z][\w'’-]*))*")


def apposition_before(before: str) -> str | None:
    """'La secrétaire d'État adjointe aux affaires africaines, ' before a name: the phrase from the
    sentence's start (or the previous comma) when it begins with a determiner and holds a role."""
    if not before.rstrip(" ").endswith(","):
        return None
    head = before.rstrip(" ")[:-1]
    cut = max(head.rfind(","), head.rfind(". "), head.rfind(": "), head.rfind("; "))
    # (a title's portfolios listed with commas of their own: "The Minister of State for Development, Trade
    # Promotion and North South Co-operation, Seán Sherlock")
    while cut > 0 and head[cut] == "," and _A_PORTFOLIO.fullmatch(head[cut + 1:].strip()) \
            and (previous := max(head.rfind(",", 0, cut), head.rfind(". ", 0, cut), head.rfind(": ", 0, cut))) >= -1 \
            and _A_TITLE_S_START.match(re.sub(r"^(?:and|et)\s+", "", head[previous + 1:cut].strip())) \
            and not _A_TITLED_NAME.fullmatch(re.sub(r"^(?:and|et)\s+", "", head[previous + 1:cut].strip())) \
            and role_words(head[previous + 1:cut]):
        cut = previous
    phrase = re.sub(r"^(?:(?:et|and|selon|par|pour|avec|by|with|according to|from)\s+)+", "", head[cut + 1:].strip(), flags=re.I)
    # the subject after its verb: "…, a précisé un porte-parole du HCR, Leo Dobbs", "said a UNHCR spokesperson, X"
    phrase = _A_VERB_BEFORE_ITS_SUBJECT.sub("", phrase)
    if phrase and len(phrase.split()) <= 24 and _A_TITLE_S_START.match(phrase) and not _VERB_AFTER_A.match(phrase) \
            and not re.search(rf"\s{_VERB_AFTER_A.pattern}", phrase):    # "Le Secrétaire général a demandé à son Représentant"
        verb = any(m.group(1) not in TITLE_CONNECTORS | {"en", "sur", "contre", "chargé", "chargée"}
                   for m in re.finditer(rf"\s([{LOWER}]+)\s+(?:le|la|les|l[{APOS}])", phrase))
        if role_words(phrase) and _role_heads(phrase) and not verb:
            return phrase         # (not past a verb: "Le Directeur général de la FAO rencontre le Premier ministre
                                  # tchadien, M. X" — the nearest phrase below)
    # "… où elle se trouvait avec le Haut Commissaire des Nations Unies pour les réfugiés (HCR), X,":
    # the last phrase that starts with a determiner and holds a role.
    starts = [m.start() for m in re.finditer(rf"(?<![\w{APOS}])(?:(?:le|la|the)\s*|l[{APOS}]\s*|(?:son|sa|his|her|its|their)\s+)(?=[\w])",
                                             phrase, re.I)]
    # "… a été remise par X au ministre de la Sécurité et de la Protection civile, le Général Y"
    starts += [m.end() for m in DATIVE_ROLE.finditer(phrase)]
    # … else "… au programme du Secrétaire général de l’ONU, X", "… the release of Niger's president, X":
    # the nearest noun phrase a role heads, after its preposition or its possessor
    # (with its possessor: "UNICEF's Regional Director in Eastern & Southern Africa", "Niger's president")
    nearest = [m.start() if m.group(0).rstrip().endswith(("'s", "’s")) else m.end()
               for m in _BEFORE_A_ROLE.finditer(phrase) if _opens_with_a_role(phrase[m.end():])
               and (noun := _A_COMMON_NOUN_BEFORE.search(phrase[:m.start()]))
               and noun.group(0).strip().lower() not in _TITLE_ADJECTIVES and not _names_a_person(phrase[m.end():])
               and not _A_PERSON_S_PREPOSITION.search(phrase[:m.start()]) and not _A_PERSON_S_PREPOSITION.search(phrase[:m.end()])]
    # (a determiner after a person's noun and its preposition opens a complement: "The lawyer for the
    # former president, X" is the lawyer, not the president; but "a meeting with the Ambassador of Japan, X")
    starts = [start for start in starts if not _A_PERSON_S_PREPOSITION.search(phrase[:start])]
    for start in sorted(starts, reverse=True) + sorted(nearest, reverse=True):
        candidate = phrase[start:]
        if len(candidate.split()) <= 24 and role_words(candidate) and not re.search(rf"\s{_VERB_AFTER_A.pattern}", candidate) \
                and _role_heads(candidate):
            return candidate
    # "U.S. Ambassador to Niger, Eric P. Whitaker": a capitalised title from the sentence's start
    ends = [m.end() for m in re.finditer(r"(?<![A-Z])[.!?]\s|[,;:]\s?", head)]
    title = head[ends[-1]:].strip() if ends else head.strip()
    title = re.sub(r"^(?:Today|Yesterday|Tonight|Aujourd['’]hui|Hier)\s+", "", title)     # "Today European Commissioner for …, X"
    if title[:1].isupper() and len(title.split()) <= 10 and (_TITLE_START.match(title) or _capitalized_title(title)):
        return title
    return None


_TITLE_PLURALS = {"Nations", "Affairs", "Services", "Forces", "States", "Operations", "Rights", "Refugees", "Islands",
                  "Emirates", "Provinces", "Territories", "Programmes", "Programs"}


def _capitalized_title(title: str) -> bool:
    """A title of capitalized words ending with its role ("West Pokot County Governor"), not a headline's
    words in title case ("In Meeting With Foreign Minister", "Kenya Welcomes New UNICEF Representative")."""
    if not _CAPITALIZED_TITLE.fullmatch(title):
        return False
    words = title.split()[:-1]
    return not any(w.lower() in L.STOPWORDS["en"] or w.lower() in L.STOPWORDS["fr"] or w in ("New", "As")
                   or (w.endswith("s") and not w.isupper() and w not in _TITLE_PLURALS) for w in words)


_PREPOSITIONS = {"de", "du", "des", "d", "of", "sur", "pour", "avec", "with", "on", "about", "for", "from", "by", "par",
                 "à", "au", "aux", "in", "en", "dans", "auprès", "to", "at", "contre", "against", "après", "after"}


_BEFORE_A_ROLE = re.compile(rf"(?<![\w{APOS}])(?:(?:du|des|de\s+la|of\s+the|of|to\s+the|for\s+the)\s+|d[{APOS}]\s*|de\s+l[{APOS}]\s*"
                            rf"|[{UPPER}][\w-]*[{APOS}]s\s+)")
# … a preposition after a common noun ("au programme du …", "the release of Niger's …"), not after a
# title's words ("le Représentant spécial du Secrétaire général": the apposition is the whole title's) …
_A_COMMON_NOUN_BEFORE = re.compile(rf"(?<![\w{APOS}-])(?!(?i:{ROLE_WORDS})\b)"
                                   rf"[{LOWER}][\w-]+\s*$|[{UPPER}][\w-]*[{APOS}]s\s*$")
_TITLE_ADJECTIVES = {"spécial", "spéciale", "adjoint", "adjointe", "général", "générale", "exécutif", "exécutive",
                     "principal", "principale", "permanent", "permanente", "résident", "résidente", "régional",
                     "régionale", "special", "deputy", "executive", "general", "resident", "regional", "chargé",
                     "chargée", "délégué", "déléguée", "humanitaire", "humanitarian"}
# … and a role that names no other person ("du président Al-Bashir, Jan Egeland").
_NAMES_A_PERSON = re.compile(rf"\s[{UPPER}][{LOWER}][\w-]*\s*$")
# (a place after a preposition is not one: "UNICEF's Regional Director in Eastern & Southern Africa, X")
_A_PLACE_AT_END = re.compile(rf"\s(?:in|for|to|of|on|at|en|pour|de|du|des|au|aux|à)\s+(?:[{UPPER}][\w-]*\s+(?:(?:&|and|et)\s+)?)*"
                             rf"[{UPPER}][{LOWER}][\w-]*\s*$")


def _names_a_person(role: str) -> bool:
    """Whether a role ends with the name of another person ("président Al-Bashir"), not of a place."""
    return bool(_NAMES_A_PERSON.search(role)) and not _A_PLACE_AT_END.search(role) \
        and role.split()[-1] not in state_names()      # "Chef de mission de l’OIM Mali": a body's office in a state
# After a person's noun and its preposition ("A lawyer for Sudan's president, X"), a complement is not
# who X is.
_A_PERSON_S_PREPOSITION = re.compile(r"\b(?:lawyer|lawyers|attorney|avocate?|wife|husband|son|daughter|épouse|époux|"
                                     r"fils|fille|aide|adviser|advisor|conseill[eè]re?|spokes(?:man|woman|person)|"
                                     r"porte-parole|friend|ami|amie|brother|sister|frère|sœur|father|mother|père|"
                                     r"mère|colleague|collègue)\s+(?:for|of|to|de|du|des|pour)\s+$", re.I)
_DETERMINERS = {"le", "la", "les", "the", "a", "an", "un", "une", "son", "sa", "ses", "leur", "his", "her", "its", "their"}


def _role_heads(phrase: str) -> bool:
    """Whether a role is the head of a phrase that opens with its determiner — "le Haut Commissaire
    des Nations Unies", "the commanding officer of Healy" — not a word of a complement after a
    preposition ("les motivations du gouvernement du président Al-Bashir", "l'exposé du Secrétaire
    général")."""
    words = re.findall(rf"[\w{APOS}-]+", phrase)
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]                               # (an elided one, "l’ambassadeur", holds its noun)
    for word in words:
        word = re.sub(rf"^[lLdD][{APOS}]", "", word)
        if role_words(word):
            return True
        if re.sub(rf"[{APOS}].*$", "", word.lower()) in _PREPOSITIONS:
            return False
    return False


# A title of capitalized words that ends with its role: "West Pokot County Governor", "WFP Country Director".
_CAPITALIZED_TITLE = re.compile(rf"(?:[{UPPER}][\w'’.-]*\s+(?:(?:of|for|de|du|des)\s+)?){{1,5}}"
                                rf"(?i:{ROLE_WORDS})")


# A sentence that opens with a title: its first words are a title's ("U.S. Ambassador to Niger",
# "Nigerien Foreign Minister", "UN Special Envoy"), not a verb's subject with a role in it.
_TITLE_START = re.compile(rf"(?:(?:U\.S\.|U\.N\.|UN|[{UPPER}][\w'’-]*(?:an|ian|ese|ish|ais|aise|ien|ienne))\s+)?"
                          rf"(?:(?:Deputy|Assistant|Special|Senior|Acting|Vice|Chief|Under)\s+)*"
                          rf"(?i:{ROLE_WORDS})\b")


DESCRIPTION_START = re.compile(rf"(?<![\w{APOS}])(?:(?:le|la|the)(?=\s)|l[{APOS}](?=\s?\w))", re.I)   # not "leader"


def speaks_as(said: str, name: str) -> bool:
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
SUBJECT_AFTER_COMMA = re.compile(rf",\s+(?:the|a|an|le|la|l[{APOS}])\s*\w")
IN_AN_OPENING_ADJUNCT = re.compile(r"(?:^|[.!?]\s+)(?:[A-Z]\w+ing|After|Before|During|Following|With|Après|Avant|Lors|Avec)\b[^,.;:!?]*$")
TRAILING_TITLE_WORDS = (L.RANKS_IN_FULL - {"Major"}) | {"Chargé", "Chargée", "Coach"}   # ("John Major" keeps his name)
_PERSON_NOUNS = {"official", "officials", "responsable", "responsables", "staff", "member", "members", "envoy", "team",
                 "source", "sources", "expert", "experts", "worker", "workers", "personnel", "humanitarians",
                 "officers", "diplomats", "representatives", "spokespeople", "agencies", "humanitaires"}
_OWNED_BY = re.compile(rf"(?:\bof|\bde|\bdu|\bdes|\bd[{APOS}])\s*(?:the\s+|la\s+|l[{APOS}]\s*)?$", re.I)
# "un communiqué du PAM", "a statement from the State Department": the body's own words
_DOCUMENT_OF = re.compile(r"\b(?:communiqué|déclaration|rapport|message|lettre|note|statement|report|release|letter|"
                          r"readout)\s+(?:\w+\s+)?(?:of|from|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’]\s*)?$", re.I)
_GOVERNMENT_OF = re.compile(rf"^\s*(?:the\s+|le\s+)?(?:government|gouvernement)\s+(?:of|de|du|d[{APOS}])", re.I)
