"""Quotations and who said them: the spans between quotation marks that hold a sentence or a
clause, and the speaker their attribution names — before the quotation ("Molly Phee said:"), after
it ("« … », affirme Salifou Mody"), around it, in the sentence before, or in a headline's
"Statement by".  A speaker the rules cannot name stays None: the draft writes a TODO, never a guess."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from exporter.draft import lexicon as L
from exporter.draft.bodies import state_names, trie_pattern
from exporter.draft.found import FoundQuote
from exporter.draft.patterns import (
    APOS,
    DAY_OR_MONTH,
    HONORIFIC_RE,
    LOWER,
    NAME,
    NAME_RE,
    NAME_WORD,
    SURNAME_REF,
    UPPER,
    compiled,
    sentences,
    speech_verbs,
)
from exporter.draft.people import People, name_words
from exporter.draft.roles import TITLE_CONNECTORS, capitalize_role, role_words
from exporter.draft.speakers import PRONOUNS, description_head, fits, genders, last_clause, opening_adjunct, pronoun_gender

_PAIRS = {"«": "»", "“": "”", "„": "“"}
MIN_QUOTE_WORDS = 5


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
    if paragraph.count("«") > paragraph.count("»"):
        paragraph = _closing_guillemets(paragraph)
    return paragraph


def _closing_guillemets(paragraph: str) -> str:
    """« typed where » closes a quotation ("… tue les enfants « , a déclaré X"): an opening mark after
    an open one, with only punctuation or the paragraph's end after it, read as the closing mark."""
    chars, depth = list(paragraph), 0
    for i, c in enumerate(chars):
        if c == "«":
            if depth and re.match(r"\s*(?:[,.;:!?]|$)", paragraph[i + 1:]) and paragraph[:i].rstrip()[-1:] not in ("", "«"):
                chars[i], depth = "»", depth - 1
            else:
                depth += 1
        elif c == "»":
            depth = max(0, depth - 1)
    return "".join(chars)


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
                if 0 < k < n - 1 and view[k - 1] == " " and view[k + 1].isalpha():
                    # a quotation inside, typed with the same marks: '"… one of the world's oldest
                    # "frozen" and forgotten conflicts. …"' — its closing mark, then the outer one's
                    inner = view.find('"', k + 1)
                    short = 0 < inner - k <= 30 and view[inner - 1].isalpha() and not re.search(r"[.!?;]", view[k:inner])
                    outer = view.find('"', inner + 1) if short and not view[inner + 1:inner + 2].isalnum() else -1
                    if outer > 0 and not view[outer - 1].isspace():
                        k = outer
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
    """The quotation's words without the spaces (or a copy's braces) inside the marks and a trailing
    comma (the sentence's, not the speaker's); the result is still a span of the paragraph."""
    while start < end and paragraph[start] in " \u00a0\u202f\u2009{":
        start += 1
    while end > start and paragraph[end - 1] in " \u00a0\u202f\u2009,;}":
        end -= 1              # (and a copy's braces around the words: "« {Je suis venu …} »")
    return start, end


@cache
def _attribution_patterns(lang: str) -> dict[str, re.Pattern]:
    """The attribution rules' patterns, compiled once per language."""
    verbs = speech_verbs(lang)
    # verbs that say who spoke only after the quotation: "», a dévoilé Dr MOETI" (but "a dévoilé le plan « … »")
    after = trie_pattern(sorted(set(L.SPEECH_VERBS[lang]) | set(L.SPEECH_VERBS_AFTER[lang])))
    days = "dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    _NO_RANK = "".join(rf"(?<!\b{r})" for r in ("Lt", "Gen", "Col", "Maj", "Sgt", "Adm", "Capt", "Cmdr", "Brig", "Cpl",
                                                  "Gén", "Mr", "Ms", "Mrs", "Dr", "St", "Jr", "Sr", "Amb", "Sen", "Rep",
                                                  "Prof", "Sgt"))
    # honorifics and initials whose period ends no sentence: "said Ms. Msuya", "said U.S. Ambassador …"
    abbreviated = rf"(?:(?:{HONORIFIC_RE}|U\.S\.|U\.N\.|(?:[{UPPER}]\.)+)\s+)*"     # (and "said C.C. Yu")
    roles = trie_pattern(sorted(w for w in L.PERSON_ROLES if " " not in w and w.islower()))
    initial = rf"(?<=\b[{UPPER}])\."              # the period of "U.S.", "Marie C. Damour": no sentence's end
    plain = rf"[^,.;:!?“”\"]|{initial}"
    adverb_en = r"(?:(?:also|then|later|again|further)\s+)?"
    # "a ainsi déclaré", "a-t-il notamment ajouté"
    adverb = r"(?:(?:ainsi|notamment|encore|également|aussi|alors|enfin|toutefois|cependant|néanmoins|pour sa part)\s+)?"
    return {
        # "a-t-il déclaré", and "a t-il déclaré" as some publishers type it
        # (the verbs said only after a quotation too: "a-t-il rapporté")
        "fr_pronoun": re.compile(rf"(?:a|ont|avait|aurait|avaient)[-\s]t-(?:il|elle|ils|elles)\s+{adverb}(?:{after})\b"),
        "fr_after": re.compile(
            # "leur a indiqué", "nous a déclaré": a pronoun object before the auxiliary; "a déclaré, M. X"
            rf"(?:(?:leur|lui|nous|vous|me|m['’]|t['’])\s*)?(?:(?:a|ont|avait|aurait|avaient|s['’](?:est|était)|se\s+sont)\s+{adverb})?(?:{after})(?:,(?=\s+(?:{HONORIFIC_RE})\s))?"
            # "a mis en garde, ce matin au Conseil de sécurité, le Coordonnateur spécial …"
            # (or with no comma before it: "raconte dans un entretien avec ONU Info, Dre Marie Marcos")
            rf"(?:\s*,\s*(?:ce matin|ce soir|cet après-midi|aujourd['’]hui|hier|lors|devant|dans|au|à|en|depuis|après)\b[^,«»]{{0,60}},"
            rf"|\s+(?:dans\s+(?:un|une)\s+(?:entretien|interview|entrevue|message|communiqué|déclaration)|lors\s+d)\b[^,«»]{{0,60}},)?"
            rf"\s+(?:(?:en|dans un|in)\s+[{LOWER}]+\s+)?"
            rf"(?:(?:{days}|hier|mardi soir|aussi|encore|également|ce matin|ce soir|cet après-midi|"
            rf"aujourd['’]hui|hier soir|hier matin)\s+)*"
            rf"(?:devant\s+(?:le|la|l['’]|les)\s*[^,«»]{{3,60}}?\s+(?=(?:le|la|l['’])\s*[{UPPER}]))?"
            # "a déclaré devant la presse le président du Conseil", "a déclaré à la presse, au nom des
            # membres du Conseil de sécurité, son Président"
            rf"(?:(?:devant la presse|à la presse|aux journalistes|aux médias)\s*,?\s+)?"
            rf"(?:au nom (?:de|du|des|d['’])[^,«»]{{0,60}},\s*)?"
            # ("le Représentant a.i. du PAM Tchad": an abbreviation, no sentence's end)
            # ("… de la Caraïbe orientale (OECO), Stephen O’Malley": a body's acronym in brackets inside the title)
            rf"(?P<who>{abbreviated}.{{2,160}}?)(?=[,;:!?]|\((?![{UPPER}]{{2,8}}\),\s*{NAME_WORD}\s+{NAME_WORD})|(?<!\s[{UPPER}])(?<!\sa)(?<!\sa\.i){_NO_RANK}\.|\s+(?:lors|à|au|aux|en|dans|devant|{days}|"
            rf"sur|après|avant|depuis|qui|dont|pendant|selon)\b|$)"),
        "fr_selon": re.compile(r"(?:selon|d'après|d’après|;?\s*(?:tels|telles|tel|telle)\s+(?:étaient|furent|sont|ont été|était)\s+"
                               # "«C’est une visite d’au revoir»; tels étaient les mots de Martin Kobler"
                               r"les\s+(?:mots|propos|paroles)\s+(?:de|du))\s+(?P<who>.{2,80}?)(?=[,.;:!?]|\s+qui\b|$)"),
        "en_after": re.compile(
            # (not at a body's acronym after its possessive: "said the World Food Programme’s (WFP) Deputy …")
            rf"(?:{after})\s+(?P<who>{abbreviated}.{{2,120}}?)(?=[,;:!?]|\((?![{UPPER}]{{2,8}}\)\s+[{UPPER}])|(?<!\s[{UPPER}])(?<!U\.S)(?<!U\.N){_NO_RANK}\.|"
            rf"\s+(?:in|at|on|to|during|after|before|when|who|that|told)\b|$)"),     # "said the U.S. Ambassador …"
        "en_subject": re.compile(
            rf"(?P<who>(?:he|she|they|(?:the|an?)\s+[{LOWER}{UPPER}](?:{plain}){{1,80}}?|"
            rf"(?:his|her|its|their)\s+(?:{roles})|"                     # "his spokesperson said"
            rf"(?:(?:agency|mission|embassy|ministry|office|bank|fund|programme|program|team|department)\s+)?"
            rf"(?:{roles})\s+[{UPPER}](?:{plain}){{1,80}}?|"          # "spokesperson Liz Throssell said", "agency spokesperson …"
            rf"(?:(?:{HONORIFIC_RE})\s+){{0,2}}[{UPPER}](?:[^,.;:!?]|{initial}){{1,100}}?(?:,\s(?:Jr|Sr)\.)?))"   # "Richard Mills, Jr., said"
            # (two honorifics: "H.E. Mme. Baykham Khatthiya")
            # an apposition: ", the U.S. ambassador to Fiji, Kiribati and Tonga,", ", Under-Secretary-General … also"
            rf"(?:,\s+(?:the|a|an|who|[{LOWER}]+ly|(?:{roles})\b)\s(?:[^.;:!?“”\"]|{initial}){{1,150}}?,"
            rf"|,\s+[{UPPER}](?:{plain}){{1,120}}?(?=,?\s+{adverb_en}(?:{verbs})\b)"   # (", James Lynch, told")
            # (an apposition its verb closes with no comma: "Stephanie Bunker, a spokesperson for OCHA said")
            rf"|,\s+(?:the|a|an)\s(?:{plain}){{1,100}}?(?=\s+{adverb_en}(?:{verbs})\b)"
            # (… or a role in lower case: "Pia Prytz Phiri, country representative for the UN High Commissioner
            # for Refugees (UNHCR) said")
            rf"|,\s+(?:[a-z]+\s+)?(?:{roles})\s(?:{plain}){{1,100}}?(?=\s+{adverb_en}(?:{verbs})\b))?"
            rf",?\s+{adverb_en}(?:{verbs})\b"),        # "… from the Office … (OCHA), told journalists"
        "selon_before": re.compile(r"(?:^|[,;:]\s*|\b(?i:et|and|mais|but)\s+)(?i:selon|d'après|d’après|according to|pour)\s+"
                                   # "According to Alison Drayton, Director of the UNFPA Caribbean, “": a name
                                   # and its title
                                   rf"(?P<who>[^,]{{2,80}}|{NAME},\s+[^,«»“”\"]{{2,80}}),\s*$"),
        # (letters after the name: "the Hon Pat Conroy MP:")
        "colon": re.compile(rf"(?:^|[-–—]\s|[.;]\s)\s*(?P<who>[^:«“\";]{{2,120}}?{NAME_WORD})(?:,?\s+(?:MP|TD|QC|KC|MLA|MEP|MHK))?\s?:\s*$"),
        "inverted": re.compile(rf"(?:comme\s+l['’]a(?:vait)?|ainsi\s+que\s+l['’]a(?:vait)?)\s+(?:{verbs})\s+"
                               rf"(?P<who>[^,«“\"]{{2,120}}),\s*$", re.I),
        "as_by": re.compile(rf"\bas\s+(?:{verbs})\s+by\s+(?P<who>[^,«“\"]{{2,120}}),\s*$", re.I),
        # ("s'est félicité", "se sont réjouis": a reflexive verb's auxiliary)
        "verb": re.compile(rf"\s+(?:(?:a|ont|avait|s['’]est|se\s+sont|has|had)\s+)?(?:{verbs})\b"),
        # "…, Matt Cannell, said" ending a paragraph (GOV.UK): the quotation paragraphs after it are his
        "ends_with_verb": re.compile(rf"(?:{verbs})\s*$"),
    }


def _ends_with_verb(paragraph: str, lang: str) -> bool:
    """Whether ``paragraph`` ends with a speech verb ("…, Matt Cannell, said"). Only its last 80
    characters are read: the longest speech verb is under 20 characters, and the pattern, anchored at
    the end, would otherwise be tried at every position of a long paragraph."""
    return bool(_attribution_patterns(lang)["ends_with_verb"].search(paragraph.rstrip()[-80:]))


_QUOTE_MARKS = re.compile(r"[«“\"]")
_SPOKEN = re.compile(r"\b(?:en|in)\s+(" + "|".join(L.SPOKEN_LANGUAGES) + r")\b", re.I)


_PLACE_TAIL = re.compile(r"(?:en|au|aux|à|dans|in|on|at)\s[^,«»“”\".;:!?]{1,30},\s+(?=\S)")   # "« … » en Guinée, a déclaré …"
_DASH_ASIDE = re.compile(r"[–—]\s(?:[^«»“”\"–—.;:!?]|(?<=\d)\.(?=\d)){1,120}?,\s+(?=\S)")


# After a description that a speech verb introduces, the name that closes its sentence: "said the UN
# Humanitarian Coordinator in Sri Lanka, Neil Buhne." (the description's adjunct, then the name).
_RANK_ABBREVIATIONS = r"(?:Maj|Gen|Lt|Col|Brig|Adm|Capt|Cmdr|Sgt|Cpl|Gén)\."
_NAME_CLOSES_APPOSITION = re.compile(rf"(?:\s+(?:in|to|for)\s+(?:the\s+)?[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,3}})?"
                                     rf",\s+(?:(?P<rank>(?:(?:{HONORIFIC_RE}|{_RANK_ABBREVIATIONS}|Senator|Sénat(?:eur|rice))\s+)+)(?=(?:{NAME_WORD}\s*)+[.;!?]|(?:{NAME_WORD}\s*)+$))?"
                                     rf"(?P<name>{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD}){{1,3}}|(?<=\.\s){NAME_WORD})\s*(?:[.;!?]|$)")
_NAME_AFTER_A_STATE = re.compile(rf"\s+(?:to|in|for)\s+(?:the\s+)?(?P<state>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?)\s+"
                                 rf"(?P<name>{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD}){{1,3}})\s*(?:[.;!?]|$)")
_NAME_AFTER_A_DASH = re.compile(rf"[-–—]\s*(?P<name>{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD}){{1,3}})\s*(?:,|$)")


def _name_ending_sentence(text: str, start: int) -> str | None:
    """The person's name that ends the sentence from ``start`` after its last comma ("… to Vanuatu,
    Fiji, Solomon Islands, Tonga and Tuvalu, Alpha Bah."), or None: two to four name words, not a
    state's or a place's."""
    end = re.search(rf"(?<!\s[{UPPER}])(?<!\bMs)(?<!\bMr)(?<!\bMrs)(?<!\bDr){_RANKS_BEFORE_A_POINT}[.;!?](?:\s|$)|[“”\"]|$",
                    text[start:start + 240])
    sentence = text[start:start + (end.start() if end else 240)]
    if "," not in sentence:
        return None
    parts = sentence.split(",")
    for part in parts[:-1]:
        # only the places the title names may come between ("to Vanuatu, Fiji, … and Tuvalu"): not a
        # participle, a relative clause or another person's title ("…, thanking the Ambassador of Japan, X")
        for place in re.split(r"\s+(?:and|et)\s+", re.sub(r"^\s*(?:(?:to|in|for|of)\s+)?(?:the\s+)?", "", part).strip()):
            if place and place not in state_names() and not _A_REGION.fullmatch(place):
                return None
    tail = parts[-1].strip()
    tail = re.sub(rf"^(?:a\.i\.\s+)?(?:(?:{HONORIFIC_RE})\s+)?", "", tail)   # "…, Ms. Samantha Cocco-Klein.", "…, a.i. Leyla Moses-Ones."
    tail = _A_SERVICE_S_RANK.sub("", tail)      # "said Mission Commander, Navy Capt. James Morgan."
    if not re.fullmatch(rf"{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD}){{1,3}}", tail):
        return None
    return tail if _could_be_a_name(tail) else None


_RANKS = ("Capt", "Gen", "Col", "Lt", "Maj", "Sgt", "Adm", "Cmdr", "Cdr", "Brig", "Cpl", "Pvt", "Spc", "Ens", "Gén")
_RANKS_BEFORE_A_POINT = "".join(rf"(?<!\b{r})" for r in _RANKS)
_A_SERVICE_S_RANK = re.compile(rf"^(?:(?:U\.S\.|Navy|Army|Air Force|Marine Corps|Coast Guard|Royal Navy)\s+)*(?:Rear\s+|Vice\s+)?"
                               rf"(?:{'|'.join(_RANKS)}|Captain|Colonel|General|Major|Admiral|Commander|Lieutenant)\.?\s+"
                               rf"(?:(?:Col|Gen|Cmdr|Cdr)\.?\s+)?")
# A region a title names ("Ambassador to Barbados and Eastern Caribbean"): a compass word and a place.
_A_REGION = re.compile(rf"(?:Eastern|Western|Northern|Southern|Central|East|West|North|South)\s+[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?")


def _could_be_a_name(words: str) -> bool:
    """Whether name-like words are a person's, not a state's, a place's or a body's."""
    return not (words.split()[0] in L.NOT_FIRST_NAMES or words in state_names()
                or any(w in L.ORG_HEADS or w in L.ORG_TAILS for w in words.split()))


_A_DOCUMENT_AFTER = re.compile(
    r"(?:according to|selon|d['’]après)\s+(?:a|an|the|its|his|her|their|un|une|le|la|l['’]|son|sa|leur)\s*"
    r"(?:[\w.'’-]+\s+){0,4}?(?:news\s+|press\s+)?(?:release|statement|report|communiqué|communique|note|"
    r"document|letter|lettre|rapport|déclaration|dispatch|transcript)\b", re.I)


def _past_an_aside(rest: str) -> str:
    """The text after a quotation, past its closing punctuation and an aside before the attribution."""
    rest = rest.lstrip(" \u00a0\u202f,’'")          # ’ and ': the second of a closing ’’ or ''
    aside = _DASH_ASIDE.match(rest) or _PLACE_TAIL.match(rest)
    return rest[aside.end():] if aside else rest    # "“…,” – with a global average close to 17.24 degrees, said Omar Baddour"


_A_SPOKESPERSON_S_DOCUMENT = re.compile(
    r"(?:according to|selon|d['’]après)\s+(?:a|an|the|un|une|le|la|l['’])\s*(?:[\w'’-]+\s+){0,3}?"
    r"(?:issued|released|published|diffusée?|publiée?)\s+(?:by|par)\s+(?:his|her|their|son|sa|leur)\s+"
    r"(?:spokesperson|spokesman|spokeswoman|porte-parole)\b", re.I)


def _speech_verb_ends(before: str, lang: str) -> bool:
    """Whether the text before a quotation ends with a speech verb ("Guterres said “", "a déclaré : «")."""
    return bool(compiled(rf"\b(?:{speech_verbs(lang)})(?:\s+(?:that|que|qu['’]))?\s*[:,]?\s*$").search(before[-60:]))


def _documented_after(rest: str) -> bool:
    """Whether a quotation is followed by a statement of someone's spokesperson ("he extended “his
    deepest condolences …,” according to a statement issued by his spokesperson"): the words are the
    spokesperson's, not those of the sentence's subject. (A body's release, "according to an UNMIT
    news release", only carries its speaker's words.)"""
    return bool(_A_SPOKESPERSON_S_DOCUMENT.match(_past_an_aside(rest)))


# An attribution that goes on to open the next quotation ("…, added in her remarks, “")
_INTRODUCES_THE_NEXT = re.compile(r"[^.!?«»“”\"]{0,60}?[,:]\s*[“\"«]")
_A_MEDIUM_REPORTS = re.compile(r"\s*,?\s*(?:a\s+)?rapport[ée]\b")
_MEDIUM_WORDS = {"Radio", "Agence", "agence", "journal", "quotidien", "hebdomadaire", "site", "chaîne", "Post", "Times"}


def _a_medium(who: str) -> bool:
    """Whether ``who`` names a newspaper, an agency or a station ("Radio Okapi", "Jeune Afrique", "le
    quotidien Le Monde", "Washington Post")."""
    words = re.sub(r"^(?:le|la|l['’]|the)\s*", "", who.strip(), flags=re.I).split()
    return bool(words) and (" ".join(words) in L.MEDIA or words[0] in L.MEDIA or words[0] in _MEDIUM_WORDS
                            or words[-1] in _MEDIUM_WORDS)


def _speech_after(rest: str, lang: str, ended: bool = False) -> str | None:
    """The speaker named right after a quotation: ', a déclaré Mme Phee', '," said Lindborg',
    '," Austin said', '», a-t-elle ajouté' (a pronoun: returns "<pronoun>")."""
    patterns = _attribution_patterns(lang)
    rest = _past_an_aside(rest)
    if _A_DOCUMENT_AFTER.match(rest):
        return None                  # "“…,” according to an UNMIT news release": a document, not who said it
    dash = _NAME_AFTER_A_DASH.match(rest)
    if dash and _could_be_a_name(dash.group("name")) and not any(w in state_names() for w in dash.group("name").split()):
        return dash.group("name")    # "“…” - Karina Gould, Minister of International Development"
    if lang == "fr":
        if patterns["fr_pronoun"].match(rest):
            return "<pronoun>"
        m = patterns["fr_after"].match(rest) or patterns["fr_selon"].match(rest)
        if m and len(m.group("who")) > 120 and not re.search(r"\([A-Z]{2,8}\)", m.group("who")) \
                and _ENDS_WITH_A_NAME.search(m.group("who")):
            return None                  # a name at the end of a title that long is the complement's role holder's ("la
                                         # Conseillère principale du Représentant spécial … du Congo Martin Kobler")
        if m and _A_MEDIUM_REPORTS.match(rest) and _a_medium(m.group("who")):
            return None                  # "« … », rapporte Radio Okapi": the medium reports someone's words
        if m:
            return m.group("who")
    else:
        m = patterns["en_after"].match(rest) or patterns["en_subject"].match(rest)
        if m and ended and rest.lstrip(" ,")[:1].isupper() and _INTRODUCES_THE_NEXT.match(rest, m.end()):
            # '“… our two countries.” Major General Shawley … added in her remarks, “…”': after a quotation
            # that ends its sentence, the next one's attribution
            return None
        if m:
            who = m.group("who")
            described = re.match(r"(?:the|a|an)\s", who, re.I)
            titled = role_words(who)
            unnamed = titled and not any(len(name_words(n.group(0).split(), state_names())) >= 2 for n in NAME_RE.finditer(who))
            named = (_NAME_CLOSES_APPOSITION.match(rest, m.end("who"))
                     or (compiled(rf",\s+(?P<name>{NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)?{NAME_WORD}){{1,3}}),?\s+"
                                  rf"(?:{speech_verbs('en')})\b").match(rest, m.end("who"))
                         # (not "the widow of the late President, John Magufuli, said": the complement's name)
                         if not _a_role_in_its_complement(who) else None)) if described or unnamed else None
            if named and _could_be_a_name(named.group("name")):
                # "said the UN Humanitarian Coordinator in Sri Lanka, Neil Buhne.", "UNHCR Representative in
                # Zambia, James Lynch, told refugees"
                return named.group("name")
            bare_title = unnamed and who.split()[-1].lower() in L.PERSON_ROLES     # (not "Secretary Rubio")
            placed = _NAME_AFTER_A_STATE.match(rest, m.end("who")) if described and titled or bare_title else None
            if placed and placed.group("state") in state_names() and _could_be_a_name(placed.group("name")) \
                    and not any(w.lower() in DAY_OR_MONTH or w.lower() in L.PERSON_ROLES or w in ("City", "Last", "Next", "Beach")
                                for w in placed.group("name").split()):
                # "said the U.S. Ambassador to Kazakhstan William Moser.", "said WFP Representative and
                # Country Director in Sudan Hameed Nuru."
                return placed.group("name")
            if unnamed and not _a_role_in_its_complement(who):     # (not "the spokesperson of the Force Commander, General X")
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


_VIEW_THEN_COLON = re.compile(r"(?:^|[.;!?]\s+)(?:Pour|Selon|D['’]après|According to|For)\s+(?P<who>[^,«»“”\"]{2,80}),"
                              r"[^«»“”\".;!?]{0,240}:\s*$")


# A name, its title and a colon opening the paragraph or the sentence: "Caroline Gennez, ministre de
# la Coopération au développement : « … »"
_NAME_TITLE_COLON = re.compile(rf"(?:^|[-–—]\s|[.;]\s)\s*(?P<who>{NAME}),\s+(?P<title>[^:«»“”\";.]{{2,120}}?)\s?:\s*$")
# (after a comma inside the title, only a role, a capitalised word or a linking word: not "John Smith,
# Minister of Health, received a letter from … Mary Brown:")
_TITLE_LINKS = {"de", "du", "des", "d", "of", "for", "and", "et", "the", "la", "le", "les", "l", "in", "à", "au", "aux",
                "en", "pour", "to", "un", "une", "chargé", "chargée"}
_QUOTING = re.compile(r"\b(?:cit\w*|quot\w*|adding|ajoutant|put it|lui a|told|raconté)\b", re.I)


# '“…,” said Silvina Batakis, and added: “' — a second quotation the first one's attribution goes on to
_AND_THEN = re.compile(r"[»”\"](?P<said>\s*,?\s*[^«»“”\"]{2,200}?),?\s+(?:and|et)\s+(?P<verb>(?:(?:a|has|then|also|later|a\s+ensuite|a\s+encore)\s+)?[\w-]+)\s*:?\s*$")


# (not when another clause comes between, with its own subject: '“…,” said Minister Jane Smith, while
# Ambassador John Brown welcomed the deal and said: “…”')
_A_SECOND_SUBJECT = re.compile(r";|\b(?:while|whilst|whereas|but|as|when|whose|although|though|tandis|alors|mais|pendant|"
                             r"lorsque|quand|dont|cependant)\b(?:\s+(?:que|qu['’]))?\s+(?:[a-zà-ÿ'’-]+\s+){0,2}?"
                             r"(?:[ld]['’]\s*)?[A-ZÀ-Þ]")
# (its own subject, named: "while Ambassador John Brown", "tandis que l'ambassadeur Jean Martin" — not the
# speaker's own clause, "when she opened the meeting", "who spoke as the talks ended", "dont le pays …")


@lru_cache(maxsize=256)
def _speech_before(before: str, lang: str) -> str | None:
    """The speaker named in the same sentence before a quotation: 'X a déclaré : «', 'X noted
    that “', 'Selon X, «', 'X said:'.  Returns the words of the subject.  (Remembered: a quotation
    asks it twice, whether its attribution goes on to the next quotation, then who said it.)"""
    patterns = _attribution_patterns(lang)
    tail = before[-400:]
    joined = _AND_THEN.search(tail)
    if joined and patterns["ends_with_verb"].search(joined.group("verb")) and not _A_SECOND_SUBJECT.search(joined.group("said")):
        said = _speech_after(joined.group("said"), lang)
        if said and said != "<pronoun>":
            return said
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
        # A sentence opened with a person's view, its colon introducing their words: "Pour M. Grandi,
        # le principal indicateur … est le souhait des personnes : « … »"
        m = _VIEW_THEN_COLON.search(tail)
        between = tail[m.end("who") + 1:].rstrip().rstrip(":") if m else ""
        if m and (SURNAME_REF.match(m.group("who")) or NAME_RE.match(m.group("who"))) \
                and not re.search(r"(?<!^)(?<![.!?]\s)\b[A-ZÀ-Þ]", between.strip()) and not patterns["verb"].search(between) \
                and not _QUOTING.search(between):
            # (not when the clause names another person or reports someone's words: "According to Mr.
            # Dujarric, Secretary-General António Guterres told the Council:", "Selon M. Laerke, qui
            # citait un collègue, le message est clair :")
            return m.group("who")
        # A speaker's name and a colon: "Secretary of State Michael R. Pompeo: “", "M. Kimani : «".
        m = _NAME_TITLE_COLON.search(tail)
        if m and role_words(m.group("title")) and not patterns["verb"].search(m.group("title")) \
                and not any(w[:1].islower() and w.lower() not in L.PERSON_ROLES and w.lower() not in _TITLE_LINKS
                            for w in re.findall(r",\s+([\w'’-]+)", m.group("title"))):
            return m.group("who")       # "Caroline Gennez, ministre de la Coopération au développement : «"
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
        if mark >= 0 and head[mark] in "»”\"" and re.fullmatch(r"\s*(?:and|et)\s*", who):
            return "<same>"                    # "X termed it “…” and called upon all parties “…”": X again
        if re.search(r"\s(?:and|et)\s*$", who):
            # "He expressed concern … and said the DPRK has “…”": the first verb's subject
            subject = re.match(rf"\s*(?:(?P<pronoun>(?i:he|she|il|elle))\b|(?P<name>{NAME}))", who)
            if subject:
                return "<pronoun>" if subject.group("pronoun") else subject.group("name")
            first = patterns["verb"].search(who)
            first_subject = who[:first.start()].strip(" ,") if first else ""
            if first_subject and not _A_CLAUSE_IN_A_SUBJECT.search(first_subject):
                return first_subject           # "…, Sylvain Itté, a rappelé … et souligné que … « … »"
        if re.search(r"(?:^|,)\s*(?:(?:a|ont|avait|avaient)[-\s]t-(?:il|elle|ils|elles)|he|she)\s*$", who):
            return "<pronoun>"                 # "Mais avant tout, a-t-il ajouté, « … »", "But, she added, “…”"
        if len(who) >= 2:
            return re.sub(r"\s+(?:a|ont|avait|avaient|aurait|has|have|had)$", "", who)
        break
    return None


# A verb or a relative pronoun: the words before a speech verb are more than its subject ("Les
# syndicats ont rencontré le ministre X, ont déclaré …", "The report, which X said was accurate, …").
_A_CLAUSE_IN_A_SUBJECT = re.compile(r"\s(?:a|ont|est|sont|avait|avaient|has|have|had|is|are|was|were|qui|que|qu['’]|"
                                    r"which|who|that|whom)\s", re.I)


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
                           r"Déclaration|Allocution|Discours|Message|Intervention|Tribune)\s+(?:(?:by|of|from|de|du)\s|d['’]\s?)",
                           re.I)


# A clause's word between a sentence's subject and a quotation ("ainsi que" is "and": no clause).
_ANOTHER_CLAUSE = re.compile(r"\b(?:qui|(?<!\bainsi\s)que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles|where|which|who|whom|"
                             r"that|whose|when|lorsque|quand|où)\b", re.I)
# A sentence's subject, a description, and its auxiliary right before a quotation: "Le Secrétaire général a «".
_DESCRIBED_SUBJECT = re.compile(r"(?P<who>(?:[Ll]e|[Ll]a|[Tt]he)\s+[^,;:«»“”\"]{2,80}?)\s+(?:a|avait|has|had)(?:\s+(?:également|aussi|also))?")
_SAYING = re.compile(r",\s*(?:declaring|saying|adding|stressing|noting|warning|insisting|explaining|arguing|"
                     r"emphasi[sz]ing|underlining|recalling|déclarant|affirmant|ajoutant|soulignant|estimant|"
                     r"expliquant|rappelant|insistant|précisant|indiquant|avertissant|notant|relevant|observant|"
                     r"observing|pointing out)\s+(?:that\s|que\s|qu['’]\s?)"
                     r"[^«»“”\"]{0,80}$", re.I)


# A sentence opened by an adjunct whose subject is the main clause's ("Après avoir présenté …",
# "After thanking …", "En saluant …"): not "During", "With", "Lors de", whose words may be anyone's.
_OPENING_PARTICIPLE = re.compile(rf"\s*(?:Après\s+(?:avoir|être)|Avant\s+d[e{APOS}]|En\s+[{LOWER}]+ant|"
                                 rf"(?:After|Before|Upon|On|When|While)\s+[a-z]+ing|(?!During\b)[A-Z][a-z]+ing)\b[^.!?«»“”\"]*$")


# An adjunct that quotes someone else's words or a text: "Après avoir lu la lettre des infirmières qui
# disaient « … »", "En répondant à l'appel des syndicats qui réclament « … »", "Citing the report's finding that".
_QUOTED_IN_THE_ADJUNCT = re.compile(
    r"\b(?:qui|que|qu['’]|dont|selon|lequel|laquelle|lesquels|who|which|that|according|saying|disant|"
    r"lu|entendu|reçu|read|heard|received|reading|hearing|receiving|lettre|rapport|appel|pétition|message|communiqué|"
    r"déclaration|slogan|campagne|thème|letter|report|call|petition|statement|campaign|theme|"
    r"dénon\w+|réclam\w+|demand\w*|complain\w*)\b", re.I)


def _main_clause_subject(paragraph: str, close: int, number: int, people: People) -> str | None:
    """The person named as the subject of the main clause right after a quotation closes an opening
    adjunct (", le lieutenant-colonel Abdoul Aziz Ouédraogo a indiqué"); None when none is."""
    comma = re.match(r"\s*,\s*", paragraph[close:])
    if comma is None:
        return None
    at = close + comma.end()
    for offset, name in people.subjects_in(number):
        if at <= offset <= at + 80 and not re.search(r"[,;:.!?«»“”\"]", paragraph[at:offset]) \
                and people.actors[name].kind == "person":
            return name
    return None


# A clause's subject that is a description, opening the sentence or a clause after a comma, and its
# auxiliary: "Dans le discours qu'il a prononcé, le Directeur général a souligné …".
_A_CLAUSE_S_DESCRIBED_SUBJECT = re.compile(rf"(?:^|,\s+){_DESCRIBED_SUBJECT.pattern}\s+[{LOWER}]")


def _described_subject(clause: str, number: int, start: int, people: People) -> str | None:
    """The one person a description that is the subject of ``clause`` fits, when the article named them
    before the quotation at ``start`` of paragraph ``number``; None otherwise."""
    for subject in _A_CLAUSE_S_DESCRIBED_SUBJECT.finditer(clause.strip()):
        if description_head(subject.group("who")) is not None:
            return _named_before(people.resolve(subject.group("who"), number), number, start, people)
    return None


def _named_before(resolved: str | None, number: int, start: int, people: People) -> str | None:
    """``resolved`` when it is a person the article named before ``start`` of paragraph ``number``
    (a description stands for someone named before it: not "le secrétaire général de la Ligue arabe",
    named after it); None otherwise."""
    actor = people.actors.get(resolved) if resolved else None
    if actor is None or actor.kind != "person" or actor.paragraph > number \
            or (actor.paragraph == number and people.first_offset(actor.name, number) > start):
        return None
    return resolved


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
    opens = not re.search(r"[,.:;!?«“\"]", before) and all(w[:1].isupper() or w.lower() in TITLE_CONNECTORS
                                                           for w in before.split())
    if opens and re.match(rf"\s+[{LOWER}]", after):
        return name                           # "Michelle Bachelet appelle à …", "UN chief Guterres urges …"
    if re.search(rf",\s*(?:{speech_verbs(lang)})\s+(?:\S+\s+){{0,8}}$", before) and not after.strip(" .!"):
        return name                           # "…, estime Kofi Annan"
    return None


def statement_opening(paragraphs: list[str], people: People) -> str | None:
    """The one person a first paragraph that heads the text names ("Déclaration de Kristalina
    Georgieva, Commissaire pour …", "Message du Conseiller fédéral Didier Burkhalter à l’occasion de
    …"): as :func:`statement_by` reads a headline."""
    if not paragraphs or len(paragraphs[0]) > 300 or not _STATEMENT_BY.match(paragraphs[0]):
        return None
    # (its author is named before its subject: not "Statement by the Spokesperson on the death of former
    # President Jacques Chirac", "Déclaration … sur l'arrestation de M. Alexeï Navalny")
    topic = _A_HEADING_S_TOPIC.search(paragraphs[0])
    named = set(people.persons_at(1, 0, topic.start() if topic else len(paragraphs[0])))
    return named.pop() if len(named) == 1 else None


_A_HEADING_S_TOPIC = re.compile(r"\s(?:on|about|concerning|regarding|following|after|upon|with|at|sur|concernant|après|avec|lors|"
                                r"suite|au\s+sujet|à\s+propos|à\s+l['’]occasion|en\s+hommage|in\s+memory)\s", re.I)


def find_quotes(paragraphs: list[str], lang: str, people: People, by: str | None = None) -> list[FoundQuote]:
    """Direct quotations of at least five words, each with its speaker resolved when the article
    names one; a quotation that continues the previous one's speaker ('… ,” said X. “…”') keeps it.
    ``by`` is the person the headline says the text is by (:func:`statement_by`)."""
    quotes: list[FoundQuote] = []
    carried: tuple[str | None, str | None] = (None, None)     # the speaker of a quotation left open
    open_unnamed: tuple[FoundQuote, str] | None = None        # a quotation left open with no attribution
    unnamed: tuple[int, int] | None = None                    # where the last attribution named nobody sure
    known_genders = _Genders(paragraphs, people)
    ended: tuple[str | None, str | None] = (None, None)       # who spoke last in the paragraph before
    # a quotation's paragraphs with no marks of their own: up to which one, whose words, opened by which mark
    unmarked_until, unmarked_mark = 0, '"'
    unmarked_speaker: tuple[str | None, str | None] = (None, None)
    for number, paragraph in enumerate(paragraphs, 1):
        if number <= unmarked_until:
            # "“Today is a day of great sorrow …" then paragraphs with no marks, the last closing it: each
            # paragraph the same speaker's words
            end = paragraph.rstrip().rfind(_OPENERS[unmarked_mark]) if number == unmarked_until else len(paragraph)
            s, e = _trim_quote(paragraph, 0, end)
            if len(paragraph[s:e].split()) >= MIN_QUOTE_WORDS:
                quotes.append(FoundQuote(paragraph[s:e], number, *unmarked_speaker))
            carried, ended = (None, None), (unmarked_speaker if number == unmarked_until else (None, None))
            continue
        opens = _marks_view(paragraph[:2])[:1] in _OPENERS
        introduced = False                                  # opened after "X said:" ending the paragraph before
        last_speaker: tuple[str | None, str | None] = carried if opens else (None, None)
        continues = opens and carried[0] is not None       # the next paragraph of a quotation left open
        carried = (None, None)
        # "“Our contributions … in Ethiopia and Somalia." then "“Our partners will …,” Mr Peters says.":
        # the paragraphs of one quotation, whose attribution closes its last
        awaiting, open_unnamed = (open_unnamed if opens else None), None     # (quotation, who spoke before it)
        if opens and last_speaker[0] is None and number > 1 and (paragraphs[number - 2].rstrip().endswith(":")
                                                                 or _ends_with_verb(paragraphs[number - 2], lang)):
            # A quotation that is a paragraph of its own after "He added:", "Mme Phee a déclaré :" or
            # "…, Matt Cannell, said" (GOV.UK's style: the verb ends the paragraph, no colon)
            last_speaker = (_introduced(paragraphs[number - 2], number - 1, people, lang), None)
            introduced = last_speaker[0] is not None
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
        open_end = len(paragraph)         # where a quotation left open is taken to end
        if still_open is None and not continues:
            # "Greening said: “Britain’s operation … saved." and no closing mark: the words its colon
            # announces, to the paragraph's end
            still_open = _announced_and_left_open(paragraph, spans)
            open_end = _first_sentence_end(paragraph, still_open) if still_open is not None else open_end
        if still_open is None and continues and number == len(paragraphs):
            # the article ends inside a quotation of several paragraphs (its last mark never closed)
            still_open = _open_to_next(paragraph, spans, paragraph[:1])
        if still_open is None and (number == len(paragraphs) or paragraphs[number].lstrip()[:1] not in _OPENERS) and spans \
                and (left := _left_open(paragraph, spans)) is not None \
                and _SAID_BETWEEN.match(paragraph, max(e for _, e in spans) + 1, left[0] - 1) \
                and _closed_later(paragraphs, number, left[1]) is None:
            # '“…,” said Minister Ablonczy. “By fostering …' and the copy ends, or the next paragraph goes on
            # with no mark (its closing mark forgotten): the same speaker's next words, to the paragraph's end
            still_open = left[0]
        if still_open is None and opens and number == len(paragraphs) and not spans \
                and last_speaker[0] is not None and _left_open(paragraph, spans) == (1, paragraph[0]):
            still_open = 1          # the copy ends inside the next paragraph of the last speaker's words
        closes_in = None
        if still_open is None and (left_open := _left_open(paragraph, spans)) is not None:
            closes_in = _closed_later(paragraphs, number, left_open[1])
            if closes_in is not None:
                still_open, unmarked_mark = left_open
        if still_open is None and not continues and not spans and (dated := _DATELINE_OPENING.match(paragraph)) \
                and _OPENERS[dated.group(1)] not in paragraph[dated.end():] and re.search(r"[.!?]\s*$", paragraph):
            # a statement's dateline, its dash and words whose mark is never closed
            still_open, open_end = dated.end(), _first_sentence_end(paragraph, dated.end())
        if still_open is None and introduced and not spans and _left_open(paragraph, spans) == (1, paragraph[0]) \
                and re.search(r"[.!?]\s*$", paragraph):
            still_open = 1           # "Ms Federica Mogherini stated:" then '"The European Union will …' never closed
            open_end = _first_sentence_end(paragraph, 1)
        if still_open is None and not spans and (left := _left_open(paragraph, spans)) is not None \
                and (what := _WHAT_X_SAID.search(paragraph, left[0])) is not None:
            # « … » left open, then "C'est ce qu'a déclaré la Représentante spéciale …, Bintou Keita": the words
            # up to that sentence
            still_open, open_end = left[0], what.start()
        if still_open is not None:
            spans = spans + [(still_open, open_end)]
        elif not continues:
            # (a paragraph's first quotation, its opening mark lost, may be followed by others)
            lost = _lost_opening(paragraph, lang)
            if lost is not None and all(start > lost for start, _ in spans):
                spans = [(0, lost), *spans]
        for start, end in spans:
            s, e = _trim_quote(paragraph, start, end)
            text = paragraph[s:e]
            titled = _A_TITLE_BEFORE.search(paragraph[max(0, start - 120):max(0, start - 1)])
            if titled and titled.group("gap") and compiled(rf"\b(?:{speech_verbs(lang)})\b").search(titled.group("gap")):
                titled = None            # "When famine was declared, Guterres warned “…”": a speaker's words
            if titled or _a_name_in_title_case(paragraph[max(0, start - 40):max(0, start - 1)], text):
                continue                 # a title ("The theme … is “Feed the Cities, …”")
            if len(text.split()) < MIN_QUOTE_WORDS:
                # too short to be drafted, but it says who speaks on: "« C'est beaucoup », a déclaré M.
                # Grandi. « C'est une proportion … »"
                short_said = _speech_after(paragraph[end + 1:end + 200], lang)
                who = people.resolve(short_said, number) if short_said and short_said != "<pronoun>" else None
                if who and (actor := people.actors.get(who)) is not None and actor.kind == "person":
                    last_speaker = (who, None)
                continue
            close = end + 1 if end < len(paragraph) else end
            sentence_start = max((o for o in starts if o <= start - 1), default=0)
            opened = start - 2 if start >= 2 and paragraph[start - 2:start] in ("‘’", "‘‘", "''") else start - 1
            before = paragraph[sentence_start: max(opened, 0)]
            after = paragraph[close: close + 200]
            # (the next quotation's attribution only when this one has its own before it: not '“…!” said X,
            # adding: “…”', nor '“….” Minister Jane Smith said, “…”' with nobody named before)
            # (or when it goes on with the words of the speaker before it: '“…,” said Amina Yusuf.' then
            # '“Our house was destroyed.” Her neighbour Fatima Ali said, “…”')
            said = _speech_after(after, lang, ended=text.rstrip()[-1:] in ".!?" and (
                bool(before.strip()) and _speech_before(before, lang) is not None
                or not before.strip() and last_speaker[0] is not None))
            # (a statement of a spokesperson after it, unless a speech verb right before it names its speaker:
            # "Guterres said “…,” according to a statement issued by his spokesperson")
            documented = said is None and _documented_after(after) and not _speech_verb_ends(before, lang)
            where = close
            if said is None and before.strip() and not documented:
                said = _speech_before(before, lang)
                where = start
                if said is not None and said != "<pronoun>":
                    said = last_clause(said)
            if said is not None and said.lower() in PRONOUNS:
                said = "<pronoun>"
            if said == "<same>":
                # a second quotation of the sentence's subject: the first one's speaker, or nobody
                resolved, said_as = last_speaker
            elif said == "<pronoun>":
                if last_speaker[0]:
                    resolved, said_as = last_speaker
                elif unnamed and not _named_since(unnamed, (number, sentence_start), paragraphs, people):
                    # "« … », a dit son porte-parole." then "« … », a-t-il ajouté.": the same unnamed
                    # speaker, not the last person named before them
                    resolved, said_as = None, None
                else:
                    skip = [(a - 1, b + 1) for a, b in spans]
                    adjunct = opening_adjunct(before)
                    if adjunct:
                        skip.append((sentence_start, sentence_start + adjunct))
                    resolved, said_as = people.antecedent(number, where, sentence_start, skip), None
                    if not people.persons_at(number, sentence_start, where):
                        # the speaker of the paragraph's reported speech just before ("…, a précisé M. Qu.
                        # « … », a-t-il ajouté"), before a subject of an earlier paragraph
                        resolved = _reported_speaker(paragraph, starts, sentence_start, number, people, lang) or resolved
                    described = _description_before(paragraph, starts, sentence_start, lang) if resolved else None
                    if described and resolved and not fits(described, people.actors[resolved].described):
                        resolved = None    # "Le représentant de la Syrie a affirmé que … « … », a-t-il déclaré"
                pronoun = pronoun_gender(after[:80]) if where == close else pronoun_gender(before[-80:], last=True)
                if resolved and pronoun:
                    resolved = _of_gender(resolved, pronoun, known_genders, people, (number, where))
                    said_as = said_as if resolved else None
            elif documented:
                resolved, said_as = None, None
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
                                or _said_so_next(paragraph, starts, close, number, people)
                                or _what_x_said(paragraph, starts, close, number, people)
                                or (_the_subject_before(paragraph, starts, sentence_start, number, people)
                                    if _ends_its_sentence(paragraph, starts, text, close) else None))
                    if resolved is None and number < len(paragraphs) and not paragraph[close:].strip(" .\u00a0"):
                        # a paragraph that is the quotation, the next one saying who said it ("X, secrétaire
                        # du site, a fait cette déclaration mardi …")
                        following_starts = [o for o, _ in sentences(paragraphs[number])]
                        resolved = _said_so_next(paragraphs[number], following_starts, 0, number + 1, people)
                    if resolved is None and sentence_start == 0 and number > 1 and not paragraph[close:].strip(" .\u00a0") \
                            and not _QUOTE_MARKS.search(paragraphs[number - 2]) \
                            and not _SOMEONE_UNNAMED.search(sentences(paragraphs[number - 2])[-1][1] if paragraphs[number - 2] else ""):
                        # a paragraph that is the quotation, after one that ends reporting a person's words
                        # ("… and said he hopes the contribution can help." then "“The U.S. and Malaysia …”") —
                        # not when that sentence tells of someone unnamed, whose words these may be ("Grandi
                        # said he had spoken with a young mother …")
                        previous = paragraphs[number - 2]
                        resolved = _reported_speaker(previous, [o for o, _ in sentences(previous)], len(previous),
                                                     number - 1, people, lang, last_only=True)
                if resolved is None and before.strip() and _OPERATIVE.match(text) \
                        and not re.search(r"[,;:]\s*$", before) and not _QUOTE_MARKS.search(before):
                    # 'le Conseil de sécurité « encourage le gouvernement … »': the subject right
                    # before the quoted verb, when it names a person or a body
                    resolved = people.resolve(last_clause(before.strip()), number)
                if resolved is None and text[:1].islower() and not _QUOTE_MARKS.search(before):
                    # "Jan Egeland a rendu hommage aux agences présentes pour « apporter … »": a partial
                    # quotation in a sentence whose subject, named first, is the one person it names
                    named = set(people.persons_at(number, sentence_start, start))
                    opening = _opening_subjects(paragraph, number, sentence_start, people)
                    if len(named) == 1 and opening and opening[0] in named and not _ANOTHER_CLAUSE.search(before):
                        resolved = opening[0]     # (not past "le rapport dans lequel le Secrétaire général avertit que")
                    subject = _DESCRIBED_SUBJECT.fullmatch(before.strip())
                    if resolved is None and not named and subject and description_head(subject.group("who")):
                        # "Le Secrétaire général a « rejeté le recours à la violence … »": the one person the
                        # sentence's subject describes, named before it (not "le secrétaire général de la Ligue
                        # arabe", named after it)
                        resolved = _named_before(people.resolve(subject.group("who"), number), number, start, people)
                    pronoun_first = _OPENING_PRONOUN.match(before)
                    if resolved is None and not named and pronoun_first and _an_address(before) \
                            and not _ANOTHER_CLAUSE.search(before):
                        # "Il félicite également le peuple bissau-guinéen … « pour leur détermination … »": the
                        # person the sentence's pronoun stands for, in an act of address
                        resolved = people.antecedent(number, sentence_start, sentence_start, [])
                        gender = pronoun_gender(pronoun_first.group(1))
                        if resolved and gender:
                            resolved = _of_gender(resolved, gender, known_genders, people, (number, sentence_start))
                if resolved is None and (saying := _SAYING.search(before)):
                    # "X visited the camps on Monday, declaring that “…”": the one person the
                    # sentence names before the participle
                    named = set(people.persons_at(number, sentence_start, start))
                    subjects = {n for o, n in people.subjects_in(number) if sentence_start <= o < start}
                    resolved = named.pop() if len(named) == 1 and named <= subjects else None   # (not "presented to Minister X")
                    if resolved is None and not named:
                        # "…, le Directeur général a souligné combien …, estimant qu'il « … »": the one person
                        # the description opening the main clause fits, named before it
                        resolved = _described_subject(before[:saying.start()], number, start, people)
                if resolved is None and _OPENING_PARTICIPLE.match(before) and not _QUOTED_IN_THE_ADJUNCT.search(before):
                    # "Après avoir présenté les condoléances de la Mission « … », le lieutenant-colonel X a
                    # indiqué …": the adjunct's words are those of the main clause's subject
                    resolved = _main_clause_subject(paragraph, close, number, people)
                if resolved is None and by and not people.persons_at(number, sentence_start, start):
                    resolved = by          # a statement's own words, the headline naming whose
            else:
                # "his spokesperson", "a WFP official", "un responsable du PAM": someone the article does
                # not name (a name after it, in apposition, is read below)
                # (a name after a description, in apposition, before any earlier person the description
                # may fit: "a constaté le Commandant de la Force de la MINUSMA, le Général Dennis Gyllensporre")
                # (not when a role in the description's complement may be the name's: "le porte-parole du
                # Secrétaire général, António Guterres")
                head = description_head(said)
                named_after = head is not None and where == close
                complement = named_after and _a_role_in_its_complement(said)
                resolved = _named_after(after, said, people, number, close) if named_after and not complement else None
                if resolved is None:
                    # ("une porte-parole du HCR Melissa Fleming": someone the description goes on to name —
                    # not "a spokesperson for Secretary-General António Guterres", whose principal it names)
                    resolved = None if _SOMEONE_ELSE.match(said.strip()) and head \
                        and not _names_its_person(said.strip(), people) else people.resolve(said, number)
                if resolved is None and complement and head and head[1] != "spokesperson":
                    resolved = _named_after(after, said, people, number, close)     # (never after a spokesperson:
                                                                                    # the name is the complement's)
                if resolved is None and head and number < len(paragraphs):
                    resolved = _named_next(paragraphs[number], people, number + 1)
                    if resolved and people.actors[resolved].described and not fits(said, people.actors[resolved].described):
                        resolved = None        # "the Honduran leader said" is not "Secretary-General Ban Ki-moon" next
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
            if awaiting is not None and resolved and start <= 2 and awaiting[1] == resolved:
                # (only when the same person spoke before it: a closing mark forgotten after someone
                # else's words — a communiqué's, a refugee's — gives them to nobody)
                awaiting[0].speaker, awaiting[0].said_as = resolved, said_as
            awaiting = None
            if (start, end) == (still_open, len(paragraph)) and start <= 2 and resolved is None and said is None \
                    and not last_speaker[0]:
                before_it = next((q.speaker for q in reversed(quotes[:-1]) if q.paragraph < number), None)
                open_unnamed = (quotes[-1], before_it) if before_it else None
            if resolved is None and _JOINED.match(after):
                joined = [quotes[-1]]
            if resolved:
                last_speaker = (resolved, said_as)
                people.subjects.append((number, start, resolved))
                unnamed = None
            elif said is not None:
                # an attribution that names nobody the rules can resolve: the speaker has changed, so
                # the next quotation of the paragraph is not the one before's; and when it is someone
                # the article never names ("son porte-parole", "a WFP official"), neither is a later "he"
                last_speaker = (None, None)
                if _SOMEONE_ELSE.match(said.strip()):
                    unnamed = (number, close)
            if (start, end) == (still_open, len(paragraph)):
                carried = last_speaker if resolved else (None, None)
            ended = (resolved, said_as) if resolved and _ends_with_its_speaker(paragraph, close, resolved, number,
                                                                                people) else (None, None)
            if closes_in is not None and (start, end) == (still_open, len(paragraph)):
                unmarked_until, unmarked_speaker = closes_in, (resolved, said_as)
    _signed_below(quotes, paragraphs, people)
    _the_one_voice(quotes, paragraphs, people)
    return quotes


# A paragraph that brings a voice the rules do not name, before a quotation set apart: someone described
# with an indefinite ("a resident told us", "Une agricultrice de la région … témoigne", "Local health workers"),
# a text that speaks ("The statement reads as follows"), a slogan, a banner.
_ANOTHER_VOICE = re.compile(
    r"\b(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Mm]any|[Ll]ocal|[Uu]ne?|[Dd]es|[Pp]lusieurs|[Cc]ertaine?s|"
    r"[Dd]['’]autres|[Uu]ne?\s+autre|[Oo]ne\s+of\s+the|[Ll]['’]une?\s+des)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:residents?|villagers?|mothers?|fathers?|wom[ae]n|m[ae]n|girls?|boys?|farmers?|workers?|teachers?|"
    r"students?|nurses?|doctors?|beneficiar(?:y|ies)|survivors?|refugees?|migrants?|volunteers?|activists?|"
    r"elders?|widows?|parents?|patients?|fisherm[ae]n|herders?|traders?|youths?|participants?|"
    r"habitante?s?|villageoise?s?|mères?|pères?|femmes?|hommes?|filles?|garçons?|"
    r"agricult(?:eur|rice)s?|cultivat(?:eur|rice)s?|éleveurs?|travailleu(?:r|se)s?|enseignante?s?|élèves?|"
    r"infirmi(?:er|ère)s?|médecins?|bénéficiaires?|survivante?s?|réfugiée?s?|déplacée?s?|migrante?s?|volontaires?|"
    r"bénévoles?|militante?s?|patiente?s?|commerçante?s?|pêcheurs?|veuves?|jeunes|participante?s?)|"
    r"(?:statement|message|letter|declaration|communiqué|déclaration|lettre|texte)\b[^.]{0,60}?\b(?:reads?|says|states|stipule|dit|indique)|"
    r"témoign\w*|slogans?|mottos?|banners?|placards?|devises?|banderoles?|pancartes?)\b")


def _the_one_voice(quotes: list[FoundQuote], paragraphs: list[str], people: People) -> None:
    """A paragraph that is a quotation and nothing else, which nothing attributes, in an article whose
    every attributed quotation is one person's: that person's words (a press release's pull quote, its
    speaker's words set apart: '“While there is still a lot of work ahead …”'). Not after a paragraph
    that ends with a colon, which announces someone the rules could not name, nor when the article names
    another person between that speaker's words before it (or its start) and it."""
    speakers = {q.speaker for q in quotes if q.speaker}
    if len(speakers) != 1:
        return
    (voice,) = speakers
    if voice not in people.actors or people.actors[voice].kind != "person":
        return
    # (not a person who speaks with the voice, named with it: "Phil Goff and Marian Hobbs said")
    said_in = {q.paragraph for q in quotes if q.speaker == voice}
    jointly = {(p, n) for p, _, n in people.positions if p in said_in
               and re.search(rf"{re.escape(voice)}\s+(?:and|et)\s+(?:[\w-]+\s+){{0,3}}{re.escape(n)}", paragraphs[p - 1])}
    others = sorted({p for p, _, n in people.positions if n != voice and n in people.actors
                     and people.actors[n].kind == "person" and (p, n) not in jointly})
    said = sorted(said_in)
    for quote in quotes:
        if quote.speaker is not None or (quote.paragraph > 1 and paragraphs[quote.paragraph - 2].rstrip().endswith(":")):
            continue
        k = bisect.bisect_left(said, quote.paragraph)
        since = said[k - 1] if k else 0
        if bisect.bisect_left(others, since) < bisect.bisect_left(others, quote.paragraph):
            continue                       # another person named in paragraphs since, up to the one before it
        rest = paragraphs[quote.paragraph - 1].replace(quote.text, "", 1)
        if quote.paragraph > 1 and _ANOTHER_VOICE.search(paragraphs[quote.paragraph - 2]) \
                and not any(p == quote.paragraph - 1 and n == voice for p, _, n in people.positions):
            continue                       # "A mother of five … told WFP staff …", "The statement reads as follows"
        if not re.search(r"\w", rest) and sum(q.paragraph == quote.paragraph for q in quotes) == 1:
            quote.speaker = voice


# A line that signs the quotation above it (Global Affairs Canada's "Quotes"): "- Marie-Claude
# Bibeau, Minister of International Development".
_SIGNATURE = re.compile(rf"\s*(?:[-–—]{{1,2}})?\s*(?P<name>{NAME})\s*(?:,|$)")     # (its dash may be missing too)


_A_TITLE_ONLY_AFTER = re.compile(r"\s*(?:[A-ZÀ-Þ][\w'’-]*|of|for|and|de|du|des|la|le|l['’]|d['’]|et|the|&|\s|,)*")


def _signed_below(quotes: list[FoundQuote], paragraphs: list[str], people: People) -> None:
    """The speaker of a paragraph's quotations that name none, signed by the next paragraph's line
    "- Name, Title" (a person of the article, and a title, nothing more), when that paragraph opens
    with the quotation and does not end with a colon (the items of a list are no signatures)."""
    for number, paragraph in enumerate(paragraphs[1:], 2):
        signed = _SIGNATURE.match(paragraph)
        rest = paragraph[signed.end():] if signed else ""
        # (a title in capitals, or in French lower case: "- François-Philippe Champagne, ministre des Affaires étrangères")
        titled = _A_TITLE_ONLY_AFTER.fullmatch(rest) or (role_words(rest) and len(rest.split()) <= 12
                                                         and not re.search(r"[,.;:!?«»“”\"]", rest.strip(" ,.")))
        if signed is None or len(paragraph) > 200 or not titled or paragraphs[number - 2].rstrip().endswith(":"):
            continue              # not a list's item, nor a line that goes on ("…, joined the announcement")
        if not re.match(r"\s*[-–—]", paragraph) and (
                (number >= 3 and _QUOTE_MARKS.search(paragraphs[number - 3]))
                or (number < len(paragraphs) and _SIGNATURE.match(paragraphs[number]) and len(paragraphs[number]) <= 200)):
            continue              # with no dash, not the words' continuation ("“…,” said one mother." above them), nor
                                  # a line of a list of names and titles ("Maria Lopez, Director …" then "Ahmed Khan, Head …")
        name = signed.group("name")
        person = people.actors.get(name)
        if person is None or person.kind != "person":
            continue
        above = [q for q in quotes if q.paragraph == number - 1]
        if above and all(q.speaker is None for q in above) and _marks_view(paragraphs[number - 2][:2])[:1] in _OPENERS:
            for q in above:
                q.speaker = name


_SOMEONE_ELSE = re.compile(r"(?:[Ss]on|[Ss]a|[Ll]eur|[Uu]ne?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]n?)\s")   # (not "UN")


def _named_since(since: tuple[int, int], until: tuple[int, int], paragraphs: list[str], people: People) -> bool:
    """Whether the text from ``since`` to ``until`` (paragraph, offset) names a person: a mention
    the rules recorded, or an honorific and a name ("M. Massieu a rencontré …")."""
    for number in range(since[0], until[0] + 1):
        text = paragraphs[number - 1]
        start = since[1] if number == since[0] else 0
        end = until[1] if number == until[0] else len(text)
        if any(start <= o < end and n in people.actors and people.actors[n].kind == "person"
               for o, n in people.in_paragraph.get(number, ())) or SURNAME_REF.search(text, start, end):
            return True
    return False


class _Genders:
    """The gender the article gives each person (:func:`~exporter.draft.speakers.genders`), read
    from that person's mentions once, when a pronoun first needs it."""

    def __init__(self, paragraphs: list[str], people: People) -> None:
        self.paragraphs, self.people = paragraphs, people
        self.known: dict[str, str | None] = {}
        self._mentions: dict[str, list[tuple[int, int, str]]] = {}
        self._indexed = -1

    def of(self, name: str) -> str | None:
        if name not in self.known:
            if self._indexed != len(self.people.positions):
                self._mentions, self._indexed = self.people.mentions_by_name(), len(self.people.positions)
            self.known[name] = genders(self.paragraphs, self._mentions.get(name, [])).get(name)
        return self.known[name]


def _of_gender(name: str, pronoun: str, known: _Genders, people: People, where: tuple[int, int]) -> str | None:
    """``name`` when the article gives it no gender or the pronoun's ("a-t-elle souligné" is never
    "le Secrétaire général … António Guterres"); else the one person of the pronoun's gender named
    before ``where``, or None when there is no such person or more than one."""
    if known.of(name) in (None, pronoun):
        return name
    before = {n for p, mentions in people.in_paragraph.items() if p <= where[0]
              for o, n in mentions if (p, o) < where and n in people.actors and people.actors[n].kind == "person"}
    others = {n for n in before if known.of(n) == pronoun}
    return others.pop() if len(others) == 1 else None


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


_A_TITLE_ONLY = re.compile(rf"(?:[LlDd][{APOS}]|(?:[Ll]e|[Ll]a|[Tt]he)\s+)?[\w{APOS}-]+(?:\s+[\w{APOS}-]+){{0,3}}\s+")


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
_A_PRONOUN_AND_ITS_AUXILIARY = re.compile(r"(?:il|elle|he|she)(?:\s+(?:a|avait|has|had|also|aussi|également|encore|then|later))*",
                                          re.I)
# A sentence opened by a personal pronoun, its subject: "Il félicite …", "She thanked …".
_OPENING_PRONOUN = re.compile(r"\s*(Il|Elle|He|She)\s+(?:a\s+|has\s+|also\s+|aussi\s+|également\s+)*[a-zéèê]", re.I)
# The sentence after words whose mark is never closed that says whose they were: "C'est ce qu'a déclaré X".
_WHAT_X_SAID = re.compile(r"(?<=[.!?])\s+(?=C['’]est\s+ce\s+qu['’](?:a|ont|avait|avaient)\s+(?:déclaré|dit|affirmé|indiqué|souligné|"
                          r"expliqué|estimé|rappelé|martelé|lancé|précisé)\b)")
_SO_SAID = re.compile(r"s['’]exprim\w*\s+ainsi|s['’]est\s+ainsi\s+exprimé|c['’]est en ces termes que|"
                      r"\bainsi\s+(?:parlé|réagi|déclaré|résumé)|\bspoke those words\b|\bwith those words\b|"
                      r"\b(?:a|avait)\s+(?:fait|tenu)\s+(?:cette|ces)\s+(?:déclaration|propos|remarques?)\b|"
                      r"\b(?:a|avait)\s+prononcé\s+(?:ces|ce)\s+(?:mots|paroles|propos|discours)\b|"     # "a prononcé ces mots"
                      r"\b(?:spoke|uttered)\s+(?:these|those)\s+words\b|"
                      r"\bmade\s+(?:the|this|these)\s+(?:statement|remarks|comments)\b", re.I)


_REPORTS = re.compile(r"\b(?:said|says|told|explained|added|a\s+(?:dit|déclaré|expliqué|ajouté|indiqué|précisé)|que|qu['’]|that)\b",
                      re.I)


def _said_so_next(paragraph: str, starts: list[int], close: int, number: int, people: People) -> str | None:
    """The one person the sentence right after a quotation names as having said it ("« … ». C'est un
    David Gressly visiblement choqué qui s'exprimait ainsi …"); None otherwise."""
    begin = min((o for o in starts if o >= close), default=None)
    if begin is None:
        return None
    end = min((o for o in starts if o > begin), default=len(paragraph))
    so_said = _SO_SAID.search(paragraph, begin, end)
    if so_said is None:
        return None
    named = set(people.persons_at(number, begin, so_said.start()))     # its subject, not a person named after
    if len(named) != 1:
        return None
    name = named.pop()
    end_of_name = max((o + len(n) for o, n in people.in_paragraph.get(number, ()) if n == name and o < so_said.start()),
                      default=begin)
    if _REPORTS.search(paragraph[end_of_name:so_said.start()]):
        return None              # "Council spokesman X said the governor made the remarks …": X reports them
    return name


def _what_x_said(paragraph: str, starts: list[int], close: int, number: int, people: People) -> str | None:
    """The one person the sentence right after a quotation names, when it says "C'est ce qu'a déclaré …"
    (the subject after its verb: "… la Représentante spéciale …, Bintou Keita, ce jeudi à Bunia")."""
    what = _WHAT_X_SAID.match(paragraph, max(close - 1, 0)) or _WHAT_X_SAID.match(paragraph, close)
    if what is None:
        return None
    end = min((o for o in starts if o > what.end()), default=len(paragraph))
    named = set(people.persons_at(number, what.end(), end))
    return named.pop() if len(named) == 1 else None


_ENDS_WITH_ATTRIBUTION = re.compile(rf",\s*(?:[{UPPER}][\w{APOS}.-]*\s*){{1,4}}$|,\s*(?:he|she|il|elle)$")


def _reported_speaker(paragraph: str, starts: list[int], sentence_start: int, number: int, people: People,
                      lang: str, last_only: bool = False) -> str | None:
    """The person whose words the sentences before ``sentence_start`` report — the subject of the
    nearest speech verb ("M. Chambas a indiqué que …", "He warned that …") — when no other person
    is named between it and the quotation; None otherwise (and, when ``last_only``, when the last
    sentence before it reports nobody)."""
    verb_re = _attribution_patterns(lang)["verb"]
    earlier = [o for o in starts if o < sentence_start]
    end = sentence_start
    for begin in reversed(earlier[-1:] if last_only else earlier):
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
        inverted = sentence[verb.end():].strip(" .!?\u00a0")
        if sentence[:verb.start()].rstrip().endswith(",") and inverted and len(inverted.split()) <= 6:
            who = inverted                 # "Il faudra augmenter la production …, a précisé M. Qu."
        else:
            who = last_clause(sentence[:verb.start()])
        if who.lower() in PRONOUNS or (_A_PRONOUN_AND_ITS_AUXILIARY.fullmatch(who.strip()) and begin == 0):
            # (a pronoun with its auxiliary only at the paragraph's start: not "Le rapport … a été publié. Il a
            # également souligné", nor "La ministre …, Aminata Touré, était présente. Elle a rappelé")
            found = people.antecedent(number, begin + verb.start(), begin, [])      # ("Il a également précisé que …")
        else:
            found = people.resolve(who, number) if who else None
        if found is None and (opening := _opening_subjects(paragraph, number, begin, people)) and set(named) == {opening[0]}:
            found = opening[0]             # "Ambassador McFeeters met with and thanked … and said he hopes …"
        if found is None or found not in people.actors or people.actors[found].kind != "person":
            return None
        parenthetical = bool(_ENDS_WITH_ATTRIBUTION.search(sentence[:verb.start()])) \
            and not sentence[verb.end():].strip(" .!?\u00a0")
        if any(n != found for n in named) and not parenthetical:
            return None          # another person named, unless the sentence ends "…, Austin said."
        return found
    return None


# Someone a sentence tells of without a name: a quotation after it may be theirs.
_SOMEONE_UNNAMED = re.compile(r"\b(?:mothers?|fathers?|wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|refugees?|residents?|farmers?|"
                              r"people|persons|displaced|IDPs|youths?|adolescents?|teenagers?|pupils?|orphans?|victims?|"
                              r"witness(?:es)?|nurses?|doctors?|teachers?|volunteers?|health\s+workers?|elders?|grandmothers?|"
                              r"grandfathers?|leaders?|chiefs?|those\s+who|personnes|déplacée?s|jeunes|adolescente?s?|"
                              r"orphelins?|victimes?|témoins?|infirmi(?:er|ère)s?|médecins?|enseignante?s?|bénévoles?|"
                              r"volontaires?|rescapée?s?|sinistrée?s?|grand-mères?|grand-pères?|ceux\s+qui|celles\s+qui|"
                              r"survivors?|students?|widows?|families|family|villagers?|migrants?|patients?|someone|"
                              r"mères?|pères?|femmes?|hommes?|filles?|garçons?|enfants?|réfugiée?s?|habitante?s?|"
                              r"agricult(?:eur|rice)s?|survivante?s?|élèves?|veuves?|familles?|villageoise?s?|migrante?s?|"
                              r"patiente?s?|quelqu['’]un)\b", re.I)
# Verbs of an act of speech that a quotation right after may carry out: congratulating, thanking, urging …
_ADDRESSES = re.compile(
    r"\b(?:congratulat(?:e|ed|es|ing)|thank(?:ed|s|ing)?|welcom(?:e|ed|es|ing)|urg(?:e|ed|es|ing)|"
    r"call(?:ed|s|ing)?\s+(?:on|for|upon)|express(?:ed|es|ing)?|prais(?:e|ed|es|ing)|commend(?:ed|s|ing)?|"
    r"address(?:ed|es|ing)?|greet(?:ed|s|ing)?|pledg(?:e|ed|es|ing)|appeal(?:ed|s|ing)?|"
    r"(?:félicit|remerci|salu|exhort|exprim|adress|plaid)(?:e|é|ée|és|ées|es|ent|er|ait|aient|ant|a)|"
    r"appel(?:le|les|lent|é|ée|és|ées|er|ait|aient|ant|a)|encourag(?:e|é|ée|és|ées|es|ent|er|eait|eaient|eant|ea)|"
    r"rend\w*\s+hommage|spok(?:e|en)\s+(?:about|of|on|to)|a\s+parlé\s+(?:de|du|des|d['’])|s['’]est\s+exprimée?)\b", re.I)
# (not a noun or an adjective, after a determiner: "the address by", "a welcome banner", "les remerciements";
# nor a passive, whose subject is the one addressed: "was greeted by", "a été saluée par", "les messages adressés par")
_AN_ADDRESS_NOT_MADE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|these|le|la|les|un|une|des|du|son|sa|ses|"
                                  r"leur|leurs|ce|cette|ces|was|were|been|being|be|is|are|été|être|est|sont)\s+"
                                  r"(?:\w+ly\s+|\w+ment\s+)?|\b[lL]['’])$", re.I)
_PASSIVE_AGENT = re.compile(r"\s+(?:\w+\s+)?(?:by|par)\b", re.I)
_FRENCH_PARTICIPLE = re.compile(r"(?:é|ée|és|ées)$")
_AUXILIARY_BEFORE = re.compile(r"(?:\b(?:a|ont|avait|avaient|aura|auront|ayant|avoir)|\bs['’](?:est|était)|\bse\s+sont)\s+(?:\w+\s+)?$", re.I)


def _an_address(sentence: str) -> bool:
    """Whether the sentence makes an act of address, its verb active (not "was greeted by", "les
    remerciements des familles", "le quartier appelé Sabalibougou", "his address to the nation")."""
    for m in _ADDRESSES.finditer(sentence):
        head = sentence[:m.start()]
        if _AN_ADDRESS_NOT_MADE.search(head) or _PASSIVE_AGENT.match(sentence, m.end()):
            continue
        if _FRENCH_PARTICIPLE.search(m.group()) and not _AUXILIARY_BEFORE.search(head) and not re.match(r"s['’]est\s", m.group()):
            continue                  # (its auxiliary may be its own: "s’est exprimée")
        if re.match(r"spok(?:e|en)\s+to\b", m.group()) and _SOMEONE_UNNAMED.search(sentence, m.end()):
            continue                  # "spoke to residents", "spoke to displaced people": the words may be theirs
        return True
    return False


def _ends_its_sentence(paragraph: str, starts: list[int], text: str, close: int) -> bool:
    """Whether a quotation ends its sentence with nothing after it (not '“…,” one of the teachers said',
    '“…” is its motto')."""
    end = min((o for o in starts if o > close), default=len(paragraph))
    rest = paragraph[close:end]
    return not re.search(r"\w", rest) and (text.rstrip()[-1:] in ".!?…" or rest.strip()[:1] in (".", "!", "?"))


def _the_subject_before(paragraph: str, starts: list[int], sentence_start: int, number: int, people: People) -> str | None:
    """The person the sentence right before a quotation of its own opens with as its subject, when that
    sentence is an act of speech (congratulating, thanking, urging …), names no one else and quotes
    nothing ("Vice President Guerrero also took the opportunity to congratulate the Prime Minister …
    “South Asia is …”"); None otherwise."""
    earlier = [o for o in starts if o < sentence_start]
    if not earlier:
        return None
    begin = earlier[-1]
    sentence = paragraph[begin:sentence_start]
    if _QUOTE_MARKS.search(sentence):
        return None
    if not _an_address(sentence):
        return None                 # (not "Le ministre Hassoumi Massoudou était à Paris. « … »")
    named = set(people.persons_at(number, begin, sentence_start))
    opening = _opening_subjects(paragraph, number, begin, people)
    return opening[0] if len(named) == 1 and opening and opening[0] in named else None


def _opening_subjects(paragraph: str, number: int, sentence_start: int, people: People) -> list[str]:
    """The persons named as the subject that opens the sentence at ``sentence_start``, at once or after a
    title ("L’ambassadeur Sylvain Itté a …", "Vice President Guerrero also took …")."""
    return [n for o, n in people.subjects_in(number) if sentence_start <= o <= sentence_start + 6
            or sentence_start < o and _A_TITLE_ONLY.fullmatch(paragraph[sentence_start:o])
            and role_words(paragraph[sentence_start:o]) and _all_title_words(paragraph[sentence_start:o])]


def _all_title_words(gap: str) -> bool:
    """Whether the words before a name, past a determiner, are a title's: capitalized, roles or their
    connectors (not "The visit of Vice President")."""
    words = re.sub(rf"^\s*(?:[LlDd][{APOS}]|(?:[Ll]e|[Ll]a|[Tt]he)\s+)", "", gap).split()
    return all(w[:1].isupper() or w.lower() in L.PERSON_ROLES or w.lower() in TITLE_CONNECTORS for w in words)


_OPENERS = {"«": "»", "“": "”", '"': '"'}
_A_TITLE_BEFORE = re.compile(r"\b(?:theme|title|titled|entitled|slogan|dubbed|motto|thème|titre|intitulée?s?|devise|"
                             r"baptisée?s?)\b(?:[^.!?«»“”\"]{0,80}?\b(?:is|was|est|était))?\s*[:,]?\s*$"
                             # a book's title after its noun: "un exemplaire de son ouvrage « East and West … »"
                             r"|\b(?:ouvrage|livre|book|roman|novel|essai|film|documentaire|documentary)\s*$"
                             # a project's name in apposition: "The new project, “Bringing back jobs …,” aims"
                             r"|\b(?:project|programme|program|initiative|campaign|projet|campagne)\s*,\s*$"
                             # a name given by a passive: "le 19 août est déclaré depuis 2008 « Journée … »"
                             # (close before the mark, with no colon between; find_quotes checks there is no speech verb)
                             r"|\b(?:est|a été|fut|sont|ont été|is|was|has been|are|were)\s+(?:déclarée?s?|proclamée?s?|désignée?s?|"
                             r"declared|proclaimed|designated)\b(?P<gap>[^.!?;:«»“”\"]{0,40})$", re.I)


_RANK_WORDS = "|".join(sorted(L.RANKS_IN_FULL | {"General", "Général", "Générale", "Major", "Commandant"}, key=len, reverse=True))


_A_NAMED_THING_BEFORE = re.compile(r"\b(?:project|programme|program|initiative|campaign|plan|strategy|projet|campagne|"
                                   r"stratégie|opération|operation)\s*$", re.I)
_A_NAMED_THING_FIRST = re.compile(r"(?:Project|Programme|Program|Initiative|Campaign|Plan|Strategy|Fund|Facility)\b")
_SMALL_WORDS = {"of", "for", "the", "and", "in", "on", "to", "a", "through", "de", "du", "des", "la", "le", "les", "et",
                "pour", "en", "d'", "l'"}


def _a_name_in_title_case(before: str, text: str) -> bool:
    """Whether a quotation is the name of the project or campaign named right before it, in title
    case ("The project “Community Stabilization through Durable Return Solutions, Governance and
    Livelihood Development in the Lake Chad Region,” funded by KOICA"): no one's words."""
    words = [w for w in re.findall(r"[\w'’-]+", text) if w.lower() not in _SMALL_WORDS]
    if _A_DETERMINER_BEFORE.search(before) and len(words) >= 4 and all(w[:1].isupper() for w in words) \
            and not re.search(r"[.!?;:]", text):
        return True                   # "This new “Education Sector Reform Performance Contract” will build on …"
    if not (_A_NAMED_THING_BEFORE.search(before) or _A_NAMED_THING_FIRST.match(text)):
        return False                  # (or the name says what it is: "The US$60 million “Project for … Delivery”")
    return bool(words and not re.search(r"[.!?]\s+\S", text) and sum(w[:1].isupper() for w in words) >= 0.8 * len(words))


# A determiner, and perhaps one adjective, right before a quotation: the quotation is a noun phrase's name.
_A_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|a|an|its|their|our|le|la|les|l['’]|du|des|un|une|ce|cet|cette|son|sa|leur)"
                                  r"(?:\s+[a-zé]+)?\s*$", re.I)


_ENDS_WITH_A_NAME = re.compile(rf"({NAME_WORD}\s+{NAME_WORD})\s*$")


def _names_its_person(said: str, people: People) -> bool:
    """Whether a description opened by "un"/"a" ends with the name of a person of the article, with no
    role of its complement between ("une porte-parole du HCR Melissa Fleming")."""
    m = _ENDS_WITH_A_NAME.search(said)
    if m is None or _a_role_in_its_complement(said) or any(w in L.ORG_HEADS or w in L.ORG_TAILS for w in m.group(1).split()):
        return False
    full = people.by_surname(m.group(1))
    return full is not None and people.actors[full].kind == "person"


def _a_role_in_its_complement(said: str) -> bool:
    """Whether a description's complement holds a role of its own ("the spokesperson of the Force
    Commander", "le porte-parole du Secrétaire général"): a name after it may be either's."""
    parts = re.split(r"\s(?:du|de la|de l['’]|des|of the|of|for the|for)\s", said, maxsplit=1)
    return len(parts) == 2 and bool(role_words(parts[1]))


def _named_after(after: str, said: str, people: People, number: int, offset: int) -> str | None:
    """The person a description is followed by, in apposition ("», a dit le chef du bureau régional
    … (OCHA), Sune Gudnitz, dans un communiqué"), read as a person with that title; None otherwise."""
    at = after.find(said)
    if at < 0:
        return None
    m = re.match(rf"\s*(?:\([^()]{{1,30}}\)\s*)?(?:,\s*(?:(?:l['’]|le |la |the |son |sa )[^,«»“”]{{1,60}},\s*)?"
                 # "le Représentant de l’UNICEF en Guinée Dr. Mohamed Ag Ayoya": the title's place, then the name
                 rf"|\s+(?:en|au|aux|à|in|to)\s+[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?\s+(?=(?:{HONORIFIC_RE})\s)"
                 # "le responsable du bureau éthiopien du HCR à Gambella, Alexander Kishara": the place, a comma, the name
                 rf"|\s+(?:en|au|aux|à|in|to)\s+[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?\s*,\s*)"
                 # "le Général Dennis Gyllensporre", "le lieutenant-colonel Abdoul Aziz Ouédraogo"
                 rf"(?:(?:le|la|the)\s+)?(?:(?:{HONORIFIC_RE}|{_RANK_WORDS}|(?i:lieutenant-colonel|colonel|commandant|capitaine|"
                 rf"général|lieutenant|major))\s+)?"
                 rf"({NAME})(?=\s*[,.;]|\s*$|\s+(?:du|de|d['’]|of|from)\s|\s+(?:lors|during)\b)", after[at + len(said):])
    if m is None:
        return None
    name = people.by_surname(m.group(1))
    if name is None and name_words(m.group(1).split(), state_names()) == m.group(1).split():
        name = m.group(1)
        start = offset + at + len(said) + m.start(1)
        people.add(name, number, start, "person", capitalize_role(last_clause(said)), acts=True)
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


def _left_open(paragraph: str, spans: list[tuple[int, int]]) -> tuple[int, str] | None:
    """(where its words start, its mark) for the quotation a paragraph opens last and never closes."""
    last_end = max((e for _, e in spans), default=-1)
    for mark, closer in _OPENERS.items():
        at = paragraph.rfind(mark)
        if at <= last_end:
            continue
        if (mark == '"' and paragraph.count('"') % 2 == 1) or (mark != '"' and closer not in paragraph[at:]):
            return at + 1, mark
    return None


def _closed_later(paragraphs: list[str], number: int, mark: str) -> int | None:
    """The number of the paragraph that closes a quotation left open in paragraph ``number`` when the
    paragraphs between hold no quotation mark at all and that one ends with the closing mark only."""
    closer = _OPENERS[mark]
    for later in range(number + 1, min(number + 8, len(paragraphs)) + 1):
        text = paragraphs[later - 1].rstrip()
        marks = [c for c in text if c in "«»“”\""]
        if not marks:
            continue
        if marks == [closer] and re.search(rf"{re.escape(closer)}[.)]?$", text):
            return later
        return None
    return None


def _announced_and_left_open(paragraph: str, spans: list[tuple[int, int]]) -> int | None:
    """Where a quotation that a speaker and a colon announce starts, when its mark is never closed
    and the paragraph ends with a sentence's end; None otherwise."""
    last_end = max((e for _, e in spans), default=-1)
    m = _ANNOUNCED_OPENING.search(paragraph, last_end + 1)
    if m is None or _OPENERS[m.group(1)] in paragraph[m.end():] or not re.search(r"[.!?]\s*$", paragraph):
        return None
    return m.end()


def _first_sentence_end(paragraph: str, start: int) -> int:
    """The end of the first sentence from ``start``: how much of a quotation whose closing mark is
    missing is surely the speaker's (the words after it may be the article's own)."""
    m = re.search(r"[.!?](?=\s+\S|\s*$)", paragraph[start:])
    return start + m.end() if m else len(paragraph)


# Between a quotation and the next one: its attribution alone ('," said Minister Ablonczy. ')
_SAID_BETWEEN = re.compile(r"[,.]?\s*[^«»“”\".!?]{2,160}[.:]\s*$")
_ANNOUNCED_OPENING = re.compile(r":\s*([«“])\s?")
# … or a statement's dateline and its dash: 'Bruxelles le 10 septembre 2013 – "Je condamne …'
_DATELINE_OPENING = re.compile(r"[A-ZÀ-Þ][^«»“”\"–—.;:!?]{2,60}?\b(?:1[89]|20)\d\d\s*[–—-]\s*([«“\"])\s?")


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
