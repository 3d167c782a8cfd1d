"""Organisations named by the shape of their names rather than by the lexicon: capitalized words
joined by "of", "for", "de", "du"… ("Bureau of Population, Refugees, and Migration", "Programme
alimentaire mondial"), an acronym with the name it stands for, the role a body is given around its
name, and where a body's name stops because a person's name starts.  The well-known bodies and the
states are :mod:`exporter.draft.bodies`'."""

from __future__ import annotations

import itertools
import re
from functools import cache

from exporter.draft import lexicon as L
from exporter.draft.bodies import initials, state_names, trie_pattern
from exporter.draft.patterns import APOS, DAY_OR_MONTH, LOWER, UPPER

COUNTRY_PREFIX = re.compile(r"^(?:U\.S\.|US|U\.N\.|UN)\s+")
CONNECTORS = {"of", "for", "the", "de", "des", "du", "d'", "d’", "la", "le", "les", "l'", "l’", "and", "et", "on", "pour", "à",
              "au", "aux"}
_ORG_CONNECTORS = r"of|for|on|the|and|to|in|de|des|du|d['’]|la|les?|l['’]|pour|et|aux|au|à"     # "… pour le Développement …"
# Lower-case words after a body's capitalized words that are no part of its name: a verb in the present,
# a word of time or place ("L'Organisation des Nations Unies indique", "… Santé locales").
_A_VERB_OR_A_TIME = ("(?:indique|indiquent|annonce|annoncent|estime|estiment|affirme|affirment|déclare|déclarent|souligne|"
                     "soulignent|précise|précisent|rapporte|rapportent|signale|signalent|confirme|confirment|explique|"
                     "expliquent|appelle|appellent|interpelle|revendique|exhorte|demande|demandent|condamne|salue|lance|"
                     "publie|recommande|rappelle|note|insiste|ajoute|reste|restent|prévoit|craint|a|ont|est|sont|"
                     "locale|locales|local|locaux|actuel|actuelle|compétent|compétente|compétents|concerné|concernée)")
_ORG_WORD = rf"(?:(?<=\bof\s)St\.(?=\s[{UPPER}])|(?:[{UPPER}]\.){{2,}}|[{UPPER}](?:[\w-]|\.(?=\w)|['’](?!s\b))+)"
_NAMED_ORG = re.compile(
    rf"{initials([*L.ORG_HEADS, 'U'])}(?<![\w-])((?:U\.S\.|U\.N\.|UN|United)\s+)?({trie_pattern(L.ORG_HEADS)})(?![\w-])"
    # "Ministère congolais de la Santé et de la Population": a French adjective, then the name goes on
    rf"((?:\s+[{LOWER}]+(?=(?:\s+(?:{_ORG_CONNECTORS})){{1,2}}\s*{_ORG_WORD}))?"
    # ("Organisation des Etats américains", "Ministère de la Santé publique": a French adjective after the
    # capitalized words too, not a verb nor a past participle)
    rf"(?:(?:\s+(?:{_ORG_CONNECTORS})){{0,3}}\s*{_ORG_WORD}|,\s+(?:and\s+)?{_ORG_WORD}){{1,6}}"
    rf"(?:\s+(?!{_A_VERB_OR_A_TIME}\b)[{LOWER}]+(?<!é)(?<!ée)(?<!és)(?<!ées)(?![\w'’-]))?"
    rf"|(?:\s+[{LOWER}]+){{1,3}}|)")


# A paragraph's head up to its dash, from a place in capitals: a dateline when it holds a date
# ("BANGUI, République centrafricaine / DAKAR, Sénégal/ GENÈVE, 8 janvier 2014 –").
CAPS_START = re.compile(rf"[{UPPER}]{{2,}}\b")
DATELINE = re.compile(r"[^–—.]{3,160}?\s[–—]\s")
# A capitalised word right before an organisation's head noun, not one that starts a sentence
# ("The Bank"): the head is inside a longer name ("… General Assembly Pakistan Floods meeting",
# "National Commission for Social Action"), which other rules read whole or not at all.
_INSIDE_CAPITALS = re.compile(rf"(?<![.!?:;«“\"(]\s)(?<!^)(?<![.!?:;«“\"(])\b[{UPPER}][{LOWER}]+\s+$")


def named_orgs(paragraph: str, lang: str):
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


# Heads whose name says where they are posted ("the U.S. Embassy in Samoa", "l'Ambassade de France au Niger")
_POSTED = {"Embassy", "Ambassade", "Consulate", "Consulat"}
_NATIONALITY_WORDS = {w.capitalize() for w in L.NATIONALITIES}
_SERVICES = {"Gendarmerie", "Police", "Navy", "Marines", "Coast", "Customs", "Douanes", "Gendarmes"}
_PLACES_OF_THEIR_OWN = {"Hospital", "University", "School", "Clinic", "Hôpital", "Université", "École"}
# Heads whose name goes on with a complement or a French adjective, never a capitalized word.
_HEAD_OF_A_COMPLEMENT = {"Board", "Authority", "Autorité"}
# A town after an embassy's "à": one capitalized word, not a body's ("à Médecins du Monde", "à Oxfam",
# "à Plan International") — followed by punctuation, a lower-case word or an honorific.
_NOT_A_TOWN = sorted(L.ORG_HEADS | L.ORG_TAILS | {"Médecins", "Oxfam", "Plan", "Save", "Action", "Handicap", "Caritas", "Care"})
_TOWN_WORD = rf"(?:N['’])?[{UPPER}][{LOWER}]+(?:-(?:et-|au-|en-|les-|sur-)?[{UPPER}]?[{LOWER}]+)*"
_A_TOWN_AFTER = re.compile(rf"(?!(?:{'|'.join(_NOT_A_TOWN)})\b){_TOWN_WORD}(?:\s+(?!Mme\b|Mr\b|Ms\b|Dr\b){_TOWN_WORD}){{0,2}}"
                           rf"(?:[\s,.;:)]+(?:[{LOWER}]|Mme|M\.|Mr|Ms|$)|[,.;:)]|\s*$)")
_PARTIES_AFTER_AN_AUTHORITY = {"Israël", "Israel", "Hamas", "Gaza", "Fatah", "Jordanie", "Jordan", "Égypte", "Egypt"}


RANKS = {"gen", "col", "lt", "maj", "sgt", "adm", "capt", "cmdr", "brig", "cpl", "gén"}


_INSIDE_A_NAME = re.compile(rf"((?:\S+\s+){{0,2}}\S*[{UPPER}][\w-]+)\s+(?:of the|of|de la|de l[{APOS}]|du|des|de)\s+$")


_ENDS_WITH_OF = re.compile(rf"\s(?:of the|of|de la|de l[{APOS}]|du|des|de)\s+$")


def ends_inside_a_name(before: str) -> re.Match | None:
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


# Heads of names that, with no preposition after them, take one name word: "l'Association Lemba" (and
# that word is the body's, not a person's first name).
ONE_NAME_WORD_HEADS = {"Association", "Coopérative"}


def _a_person_s_name(words: list[str]) -> bool:
    """Whether ``words`` open with two capitalized words that are no body's ("Amadou Diallo", not
    "Country Office")."""
    run = []
    for w in words:
        if not w[:1].isupper() or w in L.ORG_HEADS or w in L.ORG_TAILS or w in L.NOT_FIRST_NAMES:
            break
        run.append(w)
    return len(run) >= 2


# Words that open a person's title before its role word ("Managing Director", "Country Director",
# "Regional Representative"), never the end of a body's name.
_A_TITLE_S_FIRST_WORDS = {"managing", "country", "regional", "executive", "deputy", "senior", "principal", "chief",
                          "acting", "interim", "vice", "assistant", "associate", "special"}


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
    if m.group(2) in _HEAD_OF_A_COMPLEMENT:
        # "Board of Directors", "Autorité palestinienne": never a capitalized word right after the head
        # ("Palestinian Authority Prime Minister": the tail rule's "Palestinian Authority"), nor an
        # adjective before a lower-case complement ("l'Autorité nationale de gestion des catastrophes")
        rest = tail.split()
        if not rest or rest[0][:1].isupper() \
                or rest[0] not in CONNECTORS and len(rest) > 1 and rest[1] in ("de", "des", "du", "d'", "d’"):
            return None
    words = ((m.group(1) or "") + m.group(2) + tail).replace(",", " ,").split()
    if m.group(2) in ONE_NAME_WORD_HEADS and len(words) > 2 and words[1][:1].isupper() and words[2][:1].isupper():
        words = words[:2]               # "l’Association Lemba", "la Coopérative Twamaya" (and not "… Fatou Diallo")
    kept: list[str] = []
    posted = False                  # past the place an embassy's name says it is in
    for i, word in enumerate(words):
        low = word.lower().strip(",")
        if posted and (word in ("and", "et", ",") or word.endswith(",")):
            if word.endswith(",") and word != ",":
                kept.append(word.rstrip(","))
            break                       # "Embassy in Jakarta and Honorary Consul in Medan": two names
        if word in ("in", "au", "aux", "en", "à") and m.group(2) in _POSTED:
            if word == "à" and not _A_TOWN_AFTER.match(" ".join(words[i + 1:i + 6]) + " "):
                break                   # "l'Ambassade du Japon à Médecins du Monde": whom it gives to, not where it is
            posted = True               # "l'Ambassade de Guinée à Tripoli", "the U.S. Embassy in Mauritius"
        elif word == "à" and i:
            break                       # "… à New York": where a body meets, no part of its name
        if posted and word.rstrip(".") in ("Mme", "M", "Mr", "Mrs", "Ms", "Dr"):
            break                       # "l'Ambassade de Suède à Bamako Mme Maria Larsson"
        if m.group(2) == "Board" and len(kept) >= 3 and word in ("of", "de", "du"):
            break                       # "Board of Directors of the World Bank": the board, then its bank
        if word in ("et", "and") and m.group(2) in _HEAD_OF_A_COMPLEMENT and i + 1 < len(words) \
                and (words[i + 1].isupper() or words[i + 1] in _PARTIES_AFTER_AN_AUTHORITY):
            break                       # "l'Autorité palestinienne et Hamas": two names (not "… of Heads of State
                                        # and Government")
        if word in ("et", "and") and i + 1 < len(words) and (words[i + 1].strip(",") in state_names()
                                                             or " ".join(words[i + 1:i + 3]).strip(",") in state_names()):
            break                       # "l'Autorité palestinienne et Israël": two parties
        if i and re.match(rf"[ld][{APOS}][{UPPER}]", word):
            kept.append(word)           # "… des Nations de l'Asie du Sud-Est"
            continue
        if i >= 2 and word[:1].isupper() and (words[i - 1] in state_names() or " ".join(words[i - 2:i]) in state_names()) \
                and words[i - 2 if words[i - 1] in state_names() else i - 3] in ("du", "de", "of", "des") \
                and _a_person_s_name(words[i:]):
            break                       # "l'Association des Maires du Niger Amadou Diallo": a person after the state
        if i and (low in L.PERSON_ROLES or low.rstrip(".") in RANKS or low in DAY_OR_MONTH
                  or "-" in low and any(part in L.PERSON_ROLES for part in low.split("-"))):
            while len(kept) > 1 and kept[-1].lower() in _A_TITLE_S_FIRST_WORDS:
                kept.pop()                               # "World Bank Managing Director": the title's word too
            break                                        # "Army Gen. …", "Department Spokesperson", "United Nations Secretary-General"
        if i and words[i - 1] == "and" and word.upper() == word:
            kept.pop()
            break                                        # "… Sahel Alliance States and ECOWAS": two names
        if i >= 2 and words[i - 2] == "," and words[i - 1] == "and":
            kept.append(word)
            break                                        # "Bureau of Population, Refugees, and Migration" ends here
        if word == "and" and i + 1 < len(words) and not words[i + 1][:1].isupper():
            break                                        # "… Assistance and the State Department": two names
        run_after = list(itertools.takewhile(lambda w: w[:1].isupper(), words[i + 1:]))
        if word in ("and", "et") and run_after and (
                run_after[0] in L.ORG_HEADS | L.ORG_TAILS | _SERVICES and len(run_after) == 1
                or run_after[0] in _NATIONALITY_WORDS and (any(w in L.ORG_HEADS for w in run_after[1:3])
                                                           or len(run_after) == 1
                                                           and not any(w[:1].isupper() for w in words[i + 2:]))
                or run_after[-1] in _PLACES_OF_THEIR_OWN):
            break                                        # "Ministry of Health and Trujillo Hospital", "U.S. Embassy and
                                                         # Honduran …": a second body
        if word in ("and", "et") and i + 2 < len(words) and words[i + 1] in ("le", "la", "les", "the") and words[i + 2] in L.ORG_HEADS \
                or word in ("and", "et") and i + 1 < len(words) and re.match(rf"l[{APOS}](?:{'|'.join(L.ORG_HEADS)})\b", words[i + 1]) \
                or word in ("le", "les") and (not i or words[i - 1] not in ("pour", "de", "sur", "contre", "dans", "par")):
            break                                        # "La Banque mondiale et les Nations Unies": two names; "le"
                                                         # only inside one after its preposition ("pour le Développement")
        if word in ("and", "et"):
            following = [w for w in words[i + 1:i + 4] if w not in CONNECTORS]
            if following and len(following[0]) > 1 and following[0].upper() == following[0]:
                break                                    # "Banque mondiale et du FIDA": two names
        if word in ("au", "aux", "en", "in", "à") and m.group(2) not in _POSTED and i + 1 < len(words) and (
                words[i + 1].strip(",") in state_names() or " ".join(words[i + 1:i + 3]).strip(",") in state_names()):
            break                                        # "des Nations Unies au Burkina Faso": a place
        if i and word[:1].islower() or word == ",":
            connector = word in CONNECTORS or word in ("to", "in", ",") or re.fullmatch(rf"d[{APOS}]|l[{APOS}]", word)
            if connector and any(w[:1].isupper() for w in words[i + 1:]):
                kept.append(word)
                continue
            if lang == "fr" and _ADJECTIVE.search(word) and word not in L.NOT_A_NOUN:
                kept.append(word)
                continue
            break
        kept.append(word)
    while kept and (kept[-1] in CONNECTORS or kept[-1] in ("to", "in", ",")):
        kept.pop()
    if lang == "fr" and kept and kept[0] == m.group(2) and m.group(2) in _NAMED_IN_LOWER_CASE and all(w[:1].islower() for w in kept[1:]) and not m.group(1) \
            and _DETERMINED.search(m.string, max(0, m.start() - 12), m.start()):
        # "le Centre national des catastrophes", "le Comité du patrimoine mondial": a French name whose
        # complement is written in lower case, after a determiner (not "Comité de pilotage" opening a sentence)
        end = m.start(2) + len(m.group(2))
        for word in kept[1:]:
            end = m.string.index(word, end) + len(word)
        complement = _lower_case_complement(m.string, end)
        going_on = re.match(rf"\s+(?:et\s+)?(?:de\s+la|de\s+l[{APOS}]|du|des)\s*(?P<word>[A-ZÀ-Ý][\w-]*)",
                            m.string[m.string.index(complement, end) + len(complement) if complement else end:])
        if complement and going_on and not going_on.group("word").isupper() \
                and going_on.group("word") not in ("République", "Royaume", "Ministère", "Gouvernement", "Présidence") \
                and not any(s.startswith(going_on.group("word")) for s in state_names()):
            return None                 # the name goes on in capitals: "la Fédération internationale des sociétés de la
                                        # Croix-Rouge", read whole or not at all (not a town: "… de la santé de Mopti")
        if complement and " ".join([*kept, complement]) not in _KNOWN_BODIES:
            kept.append(complement)     # (a body the lexicon knows is read whole by its own rule: "Conseil de
                                        # sécurité des Nations Unies")
    name = " ".join(kept).replace(" ,", ",")
    if " " not in name and name not in ("Congrès", "Congress", "Sénat", "Senate") or name in state_names():
        return None                     # (nor a state's name: "la Fédération de Russie")
    return name



@cache
@cache
def _org_head_re() -> re.Pattern:
    """An organisation's head word ("Bureau", "Fund"), inside a name or ending it."""
    return re.compile(rf"{initials(L.ORG_HEADS)}(?<![\w-])(?:{trie_pattern(L.ORG_HEADS)})(?=\s|$)")


def acronym_expansions(text: str) -> dict[str, str]:
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
                               for w in words if w.lower() not in CONNECTORS).upper()
            if initials == acronym.upper():
                found[acronym] = re.sub(rf"[{APOS}]s$", "", " ".join(words))     # "… Development Agency's (CIDA)"
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
                        r"éen|éenne|éens|éennes|il|ile|ils|iles)$")


_KNOWN_BODIES = frozenset(name for _, names in L.BODIES for name in names)
# A determiner or a preposition's article right before a body's head: its name, not a common noun.
_DETERMINED = re.compile(rf"(?:(?<![\w-])(?:[Ll]e|[Ll]a|[Ll]es|du|au|aux|des)\s+|(?<![\w-])[LlDd][{APOS}]\s*)$")
# One complement of a French name in lower case: its preposition and article, a noun, the noun's adjectives
# ("de gestion", "des risques", "et catastrophes", "de la protection civile", "du patrimoine mondial").
_COMPLEMENT = re.compile(rf"\s+(?:(?:et\s+)?(?:de\s+la|de\s+l[{APOS}]|du|des|de|d[{APOS}])|pour\s+(?:la|le|les|l[{APOS}])|contre\s+(?:la|le|les|l[{APOS}])|et)"
                         rf"\s*(?P<noun>[{LOWER}][{LOWER}-]{{2,}})(?P<adjectives>(?:\s+[{LOWER}][{LOWER}-]+)*)")


# The heads of French names whose complement is often written in lower case (not "Gouvernement angolais",
# "Mission d'exécuter", "Organisation pour les deux prochaines années", "Fonds de solidarité").
_NAMED_IN_LOWER_CASE = {"Centre", "Comité", "Bureau", "Direction", "Office", "Ministère", "Commission", "Conseil", "Service",
                        "Secrétariat", "Institut", "Fédération", "Groupe", "Observatoire", "Cellule", "Plateforme",
                        "Haut-Commissariat", "Délégation", "Inspection"}
# Nouns that end a name's complement, not a word of it: the country it is in, a time, a number.
_NOT_IN_A_NAME = {"pays", "mois", "année", "années", "an", "ans", "semaine", "semaines", "jour", "jours", "région", "ville",
                  "deux", "trois", "quatre", "cinq", "dix", "cent", "mille", "prochain", "prochaine", "prochains", "prochaines",
                  "dernier", "dernière", "derniers", "dernières", "représentation", "agence", "organisation",
                  # (another body's head, a place: "la Cellule de crise du ministère des affaires étrangères", "le
                  # Centre de santé de la commune de Kalaban", "le Bureau de vote")
                  "ministère", "gouvernement", "commune", "quartier", "village", "province", "préfecture", "vote"}


def _a_name_s_noun(word: str) -> bool:
    """Whether a lower-case word may be the noun of a French name's complement: not a function word, a
    verb, an infinitive ("d'exécuter"), a time or a place."""
    return not (word in L.NOT_A_NOUN or word in _NOT_IN_A_NAME or re.fullmatch(_A_VERB_OR_A_TIME, word)
                or word in DAY_OR_MONTH or word.endswith(("er", "ir")))


def _lower_case_complement(text: str, end: int) -> str:
    """The complements in lower case that go on a French body's name at ``end`` of ``text`` (at most
    four, each a noun and its adjectives, never a verb or a word of time), as written; "" when none."""
    out, at = "", end
    for _ in range(4):
        m = _COMPLEMENT.match(text, at)
        if m is None or not _a_name_s_noun(m.group("noun")):
            break
        stop = m.end("noun")
        for adjective in re.finditer(rf"\s+([{LOWER}][{LOWER}-]+)", m.group("adjectives")):
            word = adjective.group(1)
            if not _ADJECTIVE.search(word) or word.endswith(("é", "ée", "és", "ées")) or not _a_name_s_noun(word):
                break                   # (nor a participle: "… des questions liées")
            stop = m.start("adjectives") + adjective.end()
        out += text[at:stop]
        at = stop
    return out.strip()


def parenthesized_role(paragraph: str, start: int) -> str | None:
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


def org_role(before: str, acronym: str) -> str | None:
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
