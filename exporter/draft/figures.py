"""Figures: numbers with what they count — a unit, a noun, a currency or a percent sign — in digits
or in words, with the article's hedge ("environ", "more than") kept as it reads; never a date, a
year, an ordinal, a time, a duration or a number inside a name."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from exporter.draft import lexicon as L
from exporter.draft.bodies import initials, trie_pattern
from exporter.draft.found import FoundFigure
from exporter.draft.numbers import NUMBER_WORDS, Spelled, spelled_numbers
from exporter.draft.patterns import APOS, DAY_OR_MONTH, LOWER, MONTH_WORDS, UPPER, compiled


@cache
def _hedge_re(words: tuple[str, ...]) -> re.Pattern:
    """The hedge or bound that ends the text before a number ("environ ", "more than ")."""
    from exporter.checks.fidelity import APPROXIMATORS

    # (one small word may come between, as the fidelity check reads a hedge: "à peu près à trente centimètres";
    # "the" only after an approximation: not "concerned about the 1,500 refugees", but "close to the 1 million mark")
    approximation = "|".join(f"(?<={' '.join(phrase)})" for phrase in sorted(APPROXIMATORS))
    return re.compile(rf"(?<![\w]){initials(words, ignorecase=True)}({trie_pattern(sorted({w.lower() for w in words}))})"
                      rf"(?:\s+(?:à|au|aux|another)|(?:{approximation})\s+the)?\s*$", re.I)     # ("About another 180 …")


@cache
def _hedges_and_bounds(lang: str) -> list[str]:
    """The language's hedges and bounds together, longest first."""
    return sorted(L.HEDGES[lang] + L.BOUNDS[lang], key=len, reverse=True)


def _hedge_before(before: str, words: list[str]) -> str | None:
    m = _hedge_re(tuple(words)).search(before[-60:].rstrip(" \u00a0\u202f«“„\""))    # "plus de « 400.000 …"
    if not m:
        return None
    found = m.group(1).lower()
    if found == "above" and re.search(r"\b(?:the|these|those)\s+above\s*$", before[-30:], re.I):
        return None                                               # "the above 3 recommendations"
    return next((w for w in words if w.lower() == found), m.group(1))


# The currency signs of the lexicon's symbols ("$", "US$", "FJD$", "€" …), longest first; a code only
# before a number ("USD 350 million" as the sender writes it), the shilling's also against it ("Ksh1.3").
_SIGNS = sorted((s for s in L.CURRENCY_SYMBOLS if not s.isalpha()), key=len, reverse=True)
_SHILLINGS = sorted((s for s in L.CURRENCY_SYMBOLS if s.isalpha() and L.CURRENCY_SYMBOLS[s] in ("KES", "MWK")), key=len, reverse=True)
_SYMBOL = (r"(?:" + "|".join(re.escape(s) for s in _SIGNS) + r"|(?:USD|EUR|GBP|CHF|AUD|CAD|NZD|JPY)(?=\s\d)"
           + r"|(?:" + "|".join(_SHILLINGS) + r")(?=\s?\d))")
_SYMBOL_INITIAL = "[" + "".join(sorted({re.escape(s[0]) for s in [*_SIGNS, "USD", "EUR", "GBP", "CHF", "AUD", "CAD", "NZD", "JPY", *_SHILLINGS]})) + "]"
_NUMBER = {
    # (two groups after commas are thousands, as some French releases write them: "6,200,000 euros")
    # (and a point before one or two digits and a scale, as an English decimal: "8.4 millions de dollars")
    "fr": r"(?P<int>\d{1,3}(?:,\d{3}){2,}(?![\d,])|\d{1,3}(?:[ \u00a0\u202f\u2009.’']\d{3})+|\d+)"     # (Swiss: "80’000")
          r"(?:(?:,|(?<!\d\d\d\d)\.(?=\d{1,2}\s*(?:millions?|milliards?)\b))(?P<dec>\d+))?",
    # "€250 000", "1 500 families": the European Commission's English groups thousands with spaces
    "en": r"(?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|\d+)(?:\.(?P<dec>\d+))?",
}


_GLUED_UNITS = r"km/h|km|kg|mph|mm|cm"       # written against their number: "winds up to 240km/h"


def _figure_re(lang: str) -> re.Pattern:
    return re.compile(
        rf"(?={_SYMBOL_INITIAL}|\s?\d)(?<![\w.,/:])(?<!(?<!\d)-)(?P<sym>{_SYMBOL})?\s?{_NUMBER[lang]}(?!(?!(?:m|bn|mn|{_GLUED_UNITS})\b)\w|[.,]\d)"     # "$500m", "240km/h" read on
        rf"(?P<after>\s?(?:%|\u00a0%|\u202f%)?)")


_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")
_OF_WHOM_BEFORE = re.compile(r"\b(?:[Oo]f the|[Pp]armi les|[Ss]ur les)\s+([a-zéèàç]+)(?:\s+[a-zéèàç]+)?,\s*$")
_OF_A_GROUP = re.compile(r"(?:ses|leurs|nos|vos|ces|the|its|their|our|these)\s+(?:(?:most|plus|more)\s+)?", re.I)
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?:;«“\"(])\s*$")
_STARTS_TEXT = re.compile(r"(?:^|[.!?:;«“\"(–—•·*‘'’)]|\s-|^\s*-)\s*$")      # … or a dateline's: "Aden – One hundred forty"
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
    date_after = compiled(rf"(?:er|ère|re|e|ème|eme|nd|rd|th|st)?\s*(?:{months})\b")
    date_before = compiled(rf"(?:{months})\s*$")
    hedges = sorted(L.HEDGES[lang], key=len, reverse=True)
    bounds = sorted(L.BOUNDS[lang], key=len, reverse=True)
    figures: list[FoundFigure] = []
    for number, paragraph in enumerate(paragraphs, 1):
        read_to = 0                               # the end of a number already read with the one before
        for m in pattern.finditer(paragraph):
            if m.start() < read_to:
                continue
            integer, decimals = m.group("int"), m.group("dec")
            digits = re.sub(r"[^\d]", "", integer)
            # Rules look back a sentence's worth of text, never the whole paragraph (which would
            # make a paragraph of many numbers quadratic).
            before = paragraph[max(0, m.start() - 200):m.start()]
            dash_before = _DASH_RANGE_BEFORE[lang].search(before[-30:]) if before.endswith(("-", "–")) else None
            if dash_before and not _a_range(dash_before.group("int"), integer, before[:len(before) - 30 + dash_before.start()]
                                            if len(before) > 30 else before[:dash_before.start()], paragraph[m.end():m.end() + 40]):
                dash_before = None
                if before.endswith("–"):
                    continue                      # "a 3–1 win", "aged 15–24": no count, and no range
            if before.endswith("-") and dash_before is None or dash_before and _YEAR.match(dash_before.group("int")):
                continue                          # "COVID-19", "G-20", "the 2010–11 season", "a 52-48 vote": no count
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
                        and not word.endswith((",", ";", ":", "'s", "’s")):      # (not "Nepal's 75 districts")
                    continue
            if prev_word and prev_word.group(1).lower().rstrip(".") in _LABEL_WORDS:
                continue
            if _A_RATE_BEFORE.search(before[-20:]) and re.fullmatch(r"10{2,}", digits) \
                    and not re.match(r"\s*(?:millions?|milliards?|billions?|thousand|mille)\b", paragraph[m.end():]):
                continue                                  # "80 per 1,000 live births": a rate's base
            value = Decimal(digits + ("." + decimals if decimals else ""))
            percent = bool(m.group("after").strip()) or bool(re.match(r"(?:pour\s*cent|percent|per cent)\b", low_rest))
            currency = (L.CURRENCY_SYMBOLS.get(m.group("sym"), m.group("sym")) if m.group("sym") else None)
            if dash_before and dash_before.group("sym") and not currency:
                currency = L.CURRENCY_SYMBOLS.get(dash_before.group("sym"), dash_before.group("sym"))   # "$10-15 million"
            unit = None
            tail = rest
            in_range = _RANGE_OPEN.search(before[-12:]) and _RANGE_TO[lang].match(rest)
            to_range = None if in_range or _FROM_BEFORE.search(before[-30:]) or _YEAR.match(integer) or integer == "1" \
                else _RANGE_TO_ONLY[lang].match(rest)      # (not "1 to 25,000 people": a ratio)
            if to_range and not m.group("sym"):
                in_range = to_range              # "to 50,000 to 60,000 beneficiaries": a range with no opening word
            dash_range = None if in_range or _YEAR.match(integer) else _DASH_RANGE[lang].match(after)
            if dash_range and not _a_range(integer, dash_range.group("int"), before, after[dash_range.end():dash_range.end() + 40]):
                if after.startswith("-"):
                    continue                      # "a 3-1 victory", "pages 12-15", "the 15-17 March meeting"
                dash_range = None
            if dash_range:
                in_range = dash_range            # "8-10 percent", "10–15 million women": a range written with a dash
            if dash_range and m.group("sym"):
                tail = after[dash_range.end():].lstrip()         # "$10-15 million": the second end's scale
            if in_range and not m.group("sym"):
                tail = rest[in_range.end():].lstrip() if not dash_range else after[dash_range.end():].lstrip()
                # "entre 2 et 3 milliards de dollars", "between 20 and 30 per cent": the second number's words
                percent = percent or bool(_PERCENT_TAIL.match(tail))
                if percent:
                    tail = ""
            scale = re.match(r"(millions?|milliards?|billions?|thousand|trillion|mds?|mn|bn)\b\.?\s*", tail, re.I) \
                or (re.match(r"(m)\b\s*", tail) if m.group("sym") and not after[:1].isspace() else None)   # "$500m"
            if not scale and re.match(r"(?:m|bn|mn)\b", after):
                continue                                  # "500m" with no currency: metres, or a name
            if scale:
                value *= L.SCALES[scale.group(1).lower()]
                tail = tail[scale.end():]
                lower_scale = re.match(r"(\d{1,3})\s+(millions?|mille|thousand)\b\s*", tail, re.I)
                if lower_scale and L.SCALES.get(lower_scale.group(2).lower(), 0) < L.SCALES[scale.group(1).lower()]:
                    # "2 milliards 912 millions FCFA": one amount in two scales
                    value += int(lower_scale.group(1)) * L.SCALES[lower_scale.group(2).lower()]
                    tail = tail[lower_scale.end():]
                    read_to = paragraph.find(lower_scale.group(0), m.end("int")) + len(lower_scale.group(1))
            if lang == "fr" and decimals and len(decimals) == 3 and not (scale or percent or currency) and "," in m.group(0) \
                    and integer != "0" and re.match(rf"[{LOWER}]+[sx]\b", tail) and not _currency_word(tail) \
                    and not _MAGNITUDE_BEFORE.search(before[-14:]):
                value = Decimal(digits + decimals)        # "30,000 enfants", as a French copy of an English text writes it
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
                        if unit is None and int(value) >= 3 and re.match(r"(?:entre\s+(?:eux|elles)|them)\b", word_tail):
                            # "490,000 people …, with 79,000 of them sheltering", "600 000 d'entre eux"
                            unit = previous.unit if (previous := _previous_counted(figures, number)) else ""
                        if unit is None and int(value) >= 3 and re.match(r"(?:those\s+(?:who|whom|most|least|still|already|in|at|on|with|without|from|under|hit|[a-z]+(?:ed|en|ing|est|ly))|"
                                                                                 r"(?:ceux|celles)\s+(?:qui|que|qu['’]|dont|les\s+plus|[a-zé]+(?:é|ée|és|ées|ant)))\b", word_tail):
                            unit = ""             # "over 3,000 of those most severely affected": a count, its noun unsaid
                        if unit is None:
                            continue
                    else:
                        unit = _counted(word_tail)
                        previous = figures[-1] if figures and figures[-1].paragraph == number and figures[-1].unit else None
                        if unit is None and previous and re.match(r"(?:ont|sont|avaient|étaient|have|had|were|are)\s", word_tail) \
                                and 0 <= m.start() - paragraph.rfind(previous.raw, 0, m.start()) <= 120 \
                                and not re.search(r"[.;!?]\s", paragraph[paragraph.rfind(previous.raw, 0, m.start()):m.start()]):
                            unit = previous.unit                  # "300 personnes ont perdu la vie et 2.000 ont été blessées"
                        if unit is None and previous and _AND_BEFORE.search(before[-30:]) and _WHERE_AFTER.match(word_tail) \
                                and not re.search(r"\d\s+(?:and|et)\s*$", before) \
                                and 0 <= m.start() - paragraph.rfind(previous.raw, 0, m.start()) <= 120 \
                                and not re.search(r"[.;!?]\s", paragraph[paragraph.rfind(previous.raw, 0, m.start()):m.start()]):
                            unit = previous.unit                  # "16,000 reside in the Kunene Region and 11,000 in the Ohangwena Region"
                        if unit is None and (out_of := _OUT_OF.match(word_tail)):
                            unit = _counted(word_tail[out_of.end():])    # "in 13 out of 18 regions"
                        if unit is None and previous and _ANOTHER_BEFORE.search(before[-12:]) and _WHERE_AFTER.match(word_tail) \
                                and not re.search(r"[.;!?]\s", paragraph[paragraph.rfind(previous.raw, 0, m.start()):m.start()]):
                            unit = previous.unit                  # "some 30,000 in December and another 18,000 in January"
                    if unit is None and not scale:
                        counted = re.search(r"\b(?:le |du |au )?nombre d(?:e |['’])\s*([a-zéèêàç]+)|\bnumber of ([a-z]+)",
                                            before[-150:])
                        if counted and re.match(r"\s*(?:[,.;]|$|(?:à|to)\s+\d(?![\d\s.,\u00a0\u202f]*(?:mois|ans|années|heures|jours|"
                                                r"semaines|h|months|years|hours|days|weeks)\b))", word_tail) \
                                and not re.search(r"[.;!?]\s(?!(?:Il|Elle|It|Ce\s+(?:chiffre|nombre)|(?:This|That|The)\s+(?:figure|number))\b)",
                                                  before[-150:][counted.end():]):
                            # (across a sentence only to the next one's pronoun: "Le nombre de cas a augmenté. Il
                            # est passé de 200 à 400.")
                            # (not an age or an hour: "le nombre d'enfants de 6 à 59 mois", "de 8 à 18 heures")
                            unit = counted.group(1) or counted.group(2)   # "le nombre de personnes … à 921 000,", "… est
                                                                          # passé de 70 000 à 1,4 million"
                        counted_after = re.match(r"(?:le nombre d(?:e\s+|['’])\s*|the number of\s+)([\w-]+)", word_tail)
                        if unit is None and counted_after:
                            unit = counted_after.group(1)                  # "estime à 50.000 le nombre de Burundais"
                        group = _OF_WHOM_BEFORE.search(before[-80:])
                        if unit is None and group and re.match(r"(?:were|was|are|sont|étaient|ont|have|had)\b", word_tail):
                            unit = group.group(1)                          # "Of the civilians killed, 740 were …"
                    if unit is None and not scale and _ON_A_SCALE.match(word_tail):
                        unit = "Richter"                           # "measuring 7.6 on the Richter Scale"
                    if unit is None and not scale and _MAGNITUDE_BEFORE.search(before[-14:]):
                        unit = "magnitude"                         # "un séisme de magnitude 7,1"
                    if unit is None and not (scale or in_range) and (joined := _JOINED_NOUN.match(after)) \
                            and joined.group(1) in _JOINED_NOUNS:
                        unit = joined.group(1)                     # "the 473-ton shipment", "a 30-person team"
                    if unit is None and not scale and before.endswith("(") and word_tail.startswith(")") \
                            and not re.search(r"[\d)]\s*\($", before) and _BRACKETED_BEFORE.search(before[-80:-1]) \
                            and (listed := _previous_bracketed(figures, number, paragraph, m.start())):
                        # "la Grèce (4968 migrants), l’Autriche (3469), Djibouti (3392)": counts listed in
                        # brackets after one whose noun they share (not "Article 16 (1), Article 17 (2)")
                        unit = listed.unit or ""
                    if unit is None and not scale and decimals is None and _counted_alone(before, word_tail, value, lang):
                        unit = ""                                  # "more than 155,000 could be impacted"
                    if unit is None and not scale:
                        continue
                    if value == 1 and re.match(r"[\w-]+\s+(?:per|pour|par)\s+\d", word_tail):
                        continue                                   # "1 nutritionist per 27,000 people": a ratio's one
            if not (percent or currency or scale) and _YEAR.match(integer) and decimals is None \
                    and not (unit and (unit.lower() in _MEASURES or unit.lower() in _COUNTED_THINGS
                                       and (_hedge_before(before, hedges) or _YEAR_BOUND.search(before[-20:])))):
                continue                              # a year, even "2012 budget" (not "près de 2000 tonnes")
            if not (percent or currency or unit is not None or scale):
                continue
            hedge = _hedge_before(before, hedges) or _hedge_after(paragraph[m.end():m.end() + 40])
            bound = None if hedge else _hedge_before(before, bounds)
            if to_range:
                bound = f"{m.group(0).strip()} {to_range.group(0).strip()}"     # "50,000 to 60,000"
            elif dash_range:
                bound = f"{m.group(0).strip()}{dash_range.group(0).strip()}"    # "8-10"
            elif dash_before:
                bound = f"{dash_before.group(0)}{m.group(0).strip()}"
            elif not in_range and (closing := _range_to_before(before, lang)):
                bound = bound or hedge or f"{closing} {m.group(0).strip()}"
                hedge = None
            ranged = _RANGE_OPEN.search(before[-12:]) if in_range and not to_range else _RANGE_CLOSE[lang].search(before[-40:])
            if ranged and not (hedge or bound):
                bound = ranged.group(1)          # a range's two ends, each a bound
            label = _clause(paragraph, m.start(), m.end())
            plain = int(value) if value == value.to_integral_value() else float(value)
            # A bound ("more than", "plus de") is not an exact number either: approx, as the fidelity
            # check reads the article (the comment in the draft says which bound it is).
            figures.append(FoundFigure(plain, number, label, approx=bool(hedge or bound), hedge=hedge or bound, unit=unit,
                                  currency=currency, percent=percent, raw=m.group(0).strip()))
    # A count read alone is the same count as one of the paragraph's with its noun ("Over 1,600 have
    # been rescued … the rescue of over 1,600 migrants"): that one only.
    with_noun = {(f.paragraph, f.value) for f in figures if f.unit}
    return [f for f in figures if f.unit != "" or (f.paragraph, f.value) not in with_noun]


_PERCENT_TAIL = re.compile(r"[\u00a0\u202f]?%|(?:pour\s*cent|percent|per cent)\b", re.I)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+$", re.I)
# A noun joined to its number by a hyphen, as an adjective: "a 473-ton shipment", "a 30-person team" —
# only a noun that counts or measures (not "the 15-member Council", "the 27-country bloc", "a 3-pillar
# strategy", "a 360-degree approach", "a 5-year plan").
_JOINED_NOUN = re.compile(r"-([a-z]{3,})\b(?!-)")
_JOINED_NOUNS = {"ton", "tonne", "person", "people", "man", "woman", "strong", "bed", "truck", "vehicle", "kilometre",
                 "kilometer", "km", "mile", "metre", "meter", "foot", "litre", "liter", "room", "classroom", "house",
                 "hectare", "acre", "megawatt", "unit"}
# A year-shaped number counts when it measures something ("2000 kilos of powdered milk"), or counts
# people or things after a hedge or a bound ("près de 2000 personnes"); never "around 2019 levels".
_YEAR_BOUND = re.compile(r"(?<!\w)(?:more than|over|at least|plus de|au moins|plus d['’])\s*$", re.I)
_COUNTED_THINGS = {"people", "persons", "personnes", "migrants", "refugees", "réfugiés", "families", "familles", "children",
                   "enfants", "households", "ménages", "soldiers", "soldats", "troops", "civilians", "civils", "women", "femmes",
                   "men", "hommes", "students", "élèves", "workers", "patients", "cases", "cas", "deaths", "morts", "victims",
                   "victimes", "houses", "homes", "maisons", "schools", "écoles", "displaced", "déplacés", "beneficiaries",
                   "bénéficiaires"}
_MEASURES = {"tonnes", "tons", "kilos", "kg", "kilogrammes", "kilograms", "litres", "liters", "doses", "mt"}


def _previous_bracketed(figures: list[FoundFigure], number: int, paragraph: str, at: int) -> FoundFigure | None:
    """The paragraph's figure before ``at`` when it was itself in brackets, within the 80 characters
    before (the first of a list: "(4968 migrants), l’Autriche (3469)", "(1,1 million), en Guinée Bissau (900000)")."""
    if not figures or figures[-1].paragraph != number:
        return None
    where = paragraph.rfind(figures[-1].raw, max(0, at - 80), at)
    return figures[-1] if where > 0 and paragraph[where - 1] == "(" else None


def _previous_counted(figures: list[FoundFigure], number: int) -> FoundFigure | None:
    """The paragraph's last figure read so far when it counts something (its noun a later count shares)."""
    return figures[-1] if figures and figures[-1].paragraph == number and figures[-1].unit else None


_AND_BEFORE = re.compile(r"(?:\band|\bet|,|\bincluding|\by compris|\bdont|\(|\((?:or|ou|soit))\s*$")
_OUT_OF = re.compile(r"(?:out\s+of|sur)\s+\d[\d,.\u00a0\u202f ]*\s+(?=[a-zé])")
_ANOTHER_BEFORE = re.compile(r"\b(?:another|d['’]autres|encore)\s+$", re.I)
_WHERE_AFTER = re.compile(r"(?:in|en|à|au|aux|dans|at|from)\s")
_BRACKETED_BEFORE = re.compile(r"\(\d[^()]{0,30}\)\s*(?:,|;|\bet|\band)\s*[^()]{1,40}$")


def _counted_alone(before: str, word_tail: str, value, lang: str) -> bool:
    """A count whose noun the sentence gives elsewhere, hedged or bounded and followed by a verb, a
    preposition or the clause's end: "more than 155,000 could be impacted", "plus de 1 500 à
    Brazzaville", "some 122,000 over the past month".  Not an age ("children under 5 are") nor a
    small number: from 10 up, and from 100 up after "over", "under", "above" or "below"."""
    word_tail = _MORE.sub("", word_tail)          # "Some 35,000 more have asked for help"
    if value < 10 or not _ALONE_AFTER[lang].match(word_tail) or _NOT_ALONE_AFTER.match(word_tail):
        return False
    found = _hedge_before(before, _hedges_and_bounds(lang))
    if not found or re.search(r"\b(?:aged?|âgée?s?|ages)\b", before[-30:], re.I) or _MEASURED.search(before[-120:]):
        return False
    ahead = re.sub(rf"{re.escape(found)}\W*$", "", before, flags=re.I).split()[-1:]
    if ahead and ahead[0].lower() in ("at", "vers", "be", "les", "the", "chez", "des", "être"):
        return False                          # "at around 10 in the morning", "must be at least 18", "les plus de 65"
    if value < 100 and found.lower() in L.BOUNDS[lang]:
        # "more than 20 were killed", "less than 50 for the past two years"; not "up to 14." nor
        # "those over 65 are most at risk": an age
        return found.lower() not in _AGE_BOUNDS and bool(_A_VERB_AFTER[lang].match(word_tail)
                                                         or _A_PLACE_OR_TIME_AFTER[lang].match(word_tail))
    return True


_MORE = re.compile(r"^(?:more|others|de plus|supplémentaires|autres)(?:\s+(?=\w)|(?=[.,;]|$))")
_AGE_BOUNDS = {"up to", "under", "below", "over", "above", "jusqu'à", "jusqu’à", "moins de", "moins d'", "moins d’"}


_NOT_ALONE_AFTER = re.compile(r"(?:in|for|out of|pour|sur|per|par)\s+(?:every|each|chaque|\d)|in the (?:morning|afternoon|evening)|"
                              r"at night|du (?:matin|soir)|de l['’]après-midi|à l['’]ombre", re.I)
# What a number with no noun may measure rather than count: a temperature, a score.
_MEASURED = re.compile(r"\b(?:temperatures?|températures?|thermomètre|mercure|degrees|degrés|scored?|scores?|°)", re.I)
_A_PLACE_OR_TIME_AFTER = {
    "en": re.compile(r"(?:in|for|since|from|during)\s+(?:the|a|an|[A-Z])|per\s+(?:year|day|week|month)\b"),
    "fr": re.compile(r"(?:en|dans|depuis|pour|à|au|aux)\s+(?:l|la|le|les|[A-Z]|quelques)\b|par\s+(?:an|jour|mois|semaine)\b"),
}
_A_VERB_AFTER = {
    "en": re.compile(r"(?:have|has|had|are|were|was|is|could|would|will|may|might|remain)\b"),
    "fr": re.compile(r"(?:ont|sont|avaient|étaient|seront|auraient|pourraient|doivent|restent)\b"),
}
_ALONE_AFTER = {
    "en": re.compile(r"(?:[,.;:)!?–—]|\s*$|(?:have|has|had|are|were|was|is|could|would|will|may|might|can|must|should|"
                     r"remain|in|from|at|on|over|across|during|since|for|in fact|per year|per day|per month)\b)"),
    "fr": re.compile(r"(?:[,.;:)!?–—]|\s*$|(?:ont|sont|avaient|étaient|seront|auraient|pourraient|doivent|restent|"
                     r"à|en|dans|au|aux|pour|depuis|sur|parmi)\b)"),
}


# A range: "entre 2 et 3 milliards de dollars", "between 2 and 3 billion".
_RANGE_OPEN = re.compile(r"\b(entre|between)\s*$", re.I)
_RANGE_TO = {lang: re.compile(rf"(?:et|and)\s+(?:{_NUMBER[lang]})(?:\s+|(?=[\u00a0\u202f]?%))") for lang in _NUMBER}
_RANGE_CLOSE = {lang: re.compile(rf"\b(entre|between)\s+(?:{_NUMBER[lang]})\s+(?:et|and)\s+$", re.I) for lang in _NUMBER}
# … and one with no opening word, "50,000 to 60,000 beneficiaries", "50 000 à 60 000 personnes" — but not
# a change, "from 50 to 60", "de 50 à 60".
_RANGE_TO_ONLY = {lang: re.compile(rf"(?:to|à)\s+(?:{_NUMBER[lang]})(?=\s+[{LOWER}])") for lang in _NUMBER}
# … and one written with a dash, "8-10 percent", "10–15 million women" (no space before the dash: not
# "about 500 – and hundreds more").
_DASH_RANGE = {lang: re.compile(rf"[-–](?:{_NUMBER[lang]})(?=\s|[\u00a0\u202f]?%)") for lang in _NUMBER}
_DASH_RANGE_BEFORE = {lang: re.compile(rf"(?<![\w.,/:-])(?P<sym>{_SYMBOL})?\s?(?:{_NUMBER[lang]})[-–]$") for lang in _NUMBER}
_A_RATE_BEFORE = re.compile(r"\b(?:per|pour|sur|in every|for every|out of every|of every)\s+$", re.I)
_LABEL_WORDS = {"n°", "no", "nº", "article", "art", "paragraphe", "§", "chapitre", "page", "p", "section", "résolution",
                "resolution", "number", "numéro", "fy", "covid",
                # a rank on a scale: "a category 4 cyclone"
                "category", "catégorie", "level", "niveau", "phase", "tier",
                # and their plurals, before a range: "pages 12-15", "IPC Phases 3-5"
                "articles", "pages", "pp", "paragraphs", "paragraphes", "sections", "chapters", "chapitres", "grade",
                "grades", "phases", "categories", "catégories", "levels", "niveaux", "resolutions", "résolutions"}
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages|âgée?s?(?:\s+de)?|between the ages of|entre)\s*$", re.I)
_AGE_AFTER = re.compile(r"\s*(?:age\b|years?\b|-year|year-olds|ans\b|tranche d['’]âge)", re.I)


def _a_range(first: str, second: str, before: str, after: str) -> bool:
    """Whether "first-second" written with a dash is a range of one count: the second end larger
    (not a score, a vote, "50-50"), neither an age ("aged 15-24", "the 15-24 age group") nor days
    of a month ("15-17 March"), nor numbers after a label ("pages 12-15", "Phases 3-5")."""
    try:
        if float(second.replace(",", ".").replace(" ", "")) <= float(first.replace(",", ".").replace(" ", "")):
            return False
    except ValueError:
        return False
    words = before.split()
    if words and words[-1].lower().rstrip(".") in _LABEL_WORDS or _AGE_BEFORE.search(before) or _AGE_AFTER.match(after):
        return False
    return not re.match(rf"\s*(?:{'|'.join(sorted(MONTH_WORDS))})\b", after, re.I)
_RANGE_TO_BEFORE = {lang: re.compile(rf"(?<![\d.,])(?P<first>{_NUMBER[lang]})\s+(?:to|à)\s+$") for lang in _NUMBER}
_FROM_BEFORE = re.compile(r"\b(?:from|by|de|d['’]|par|passé\w*\s+de)\s*(?:(?:about|around|some|nearly|almost|an\s+estimated|"
                          r"approximately|environ|près\s+de|quelque)\s+)?$", re.I)   # "rose from about 2,000 to 5,000"
# A magnitude on a scale the figure is measured on.
_ON_A_SCALE = re.compile(r"on\s+the\s+Richter\s+scale|sur\s+l['’]échelle\s+(?:ouverte\s+)?de\s+Richter", re.I)


def _range_to_before(before: str, lang: str) -> str | None:
    """The range a number closes ("50,000 to 60,000"), written with no opening word; None otherwise."""
    m = _RANGE_TO_BEFORE[lang].search(before[-40:])
    if m is None or _FROM_BEFORE.search(before[-40:][:m.start()]) or _YEAR.match(m.group("int")) or m.group("int") == "1":
        return None                    # "from 1.9 million in 2017 to 4.3 million": a change, not a range
    return before[-40:][m.start():].strip()


_TIME_ADJECTIVES = {"dernières", "derniers", "dernière", "dernier", "prochaines", "prochains", "prochaine", "prochain",
                    "précédentes", "précédents", "premières", "premiers", "last", "past", "next", "previous", "first",
                    "coming"}


_TIME_ABBREVIATIONS = {"AM", "PM", "GMT", "UTC", "HRS", "EST", "EDT", "CET", "CEST", "BST", "HNE"}


def _counted(tail: str) -> str | None:
    """The noun a number counts, from the text right after it: "soldats", "troops"; "MT" in "357 MT
    CO2"; "member" in "80 UN member states".  None when what follows is no noun (a verb, a
    preposition, a month) or a duration ("deux jours", "2 years")."""
    nationality = re.match(rf"(?:(?:South|North|East|West|Central)\s+)?([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
                           rf"(?:\s+(?=[{LOWER}])|(?=[.,;]))", tail)      # ("170 000 Sud-Soudanais qui …", "… Sud-Soudanais.")
    if nationality and (nationality.group(1).lower() in L.NATIONALITIES
                        or re.fullmatch(r"[\w-]+(?:an|ian|ese|ais|aise|ien|ienne|iens|iennes|ains|aines)", nationality.group(1))):
        # "two Malian refugee leaders", "140 Ethiopian migrants"; the nationality itself when no noun
        # follows it: "105 Nigériens qui étaient bloqués", "more than 100,000 South Sudanese have fled"
        word = nationality.group(1)
        return _counted(tail[nationality.end():]) or (word if word.endswith(("s", "ese")) else None)
    place = re.match(rf"[{UPPER}][{LOWER}]+\s+(?=[{LOWER}]{{3,}})", tail)
    if place and place.group(0).strip().lower() not in L.NOT_A_NOUN | DAY_OR_MONTH \
            and (after_place := _counted(tail[place.end():])) and after_place.endswith(("s", "x")):
        return after_place                                      # "15,000 Alor households", "18 Ebola cases"
    other = re.match(r"(?:autres|other|more|additional|further|supplémentaires)\s+(?=[a-zéèêàç]{3,})", tail)
    if other:
        # "159 autres blessés", "10 more people"; "160 000 autres qui souffrent", "10 others were
        # injured": the others of a count the sentence gave
        return _counted(tail[other.end():]) or (other.group(0).strip() if other.group(0).startswith("autres") else None)
    if re.match(r"others\b", tail):
        return "others"
    acronym = re.match(r"(?:[A-Z]{2,5}\s+){1,2}(?=[a-z]|[A-Z][a-z])", tail)
    if acronym and (after_acronym := _counted(tail[acronym.end():])):
        return after_acronym                                    # "80 UN member states"
    if (unit := re.match(r"[A-Z]{1,4}\d?\b", tail)) and not re.match(r"[A-Z]{1,4}\d?\s+[A-Z][a-z]", tail) \
            and unit.group(0) not in _TIME_ABBREVIATIONS:
        return unit.group(0)                                        # a unit in capitals: MT, MW, GW
    if plural := re.match(r"[A-Z]{2,6}s\b", tail):
        return plural.group(0)                                      # "five NEHKs"
    capitalized = re.match(rf"(?:[{UPPER}][{LOWER}]+\s+){{0,3}}([{UPPER}][{LOWER}]+s)\b", tail)
    noun = _UNIT_WORD.match(tail)
    if capitalized:
        word = capitalized.group(1)                             # "UN Member States", "États", "New Emergency Health Kits"
    elif noun:
        word = noun.group(0)
    else:
        return None
    if word in L.NOT_A_NOUN or len(word) < 2 or word.lower() in MONTH_WORDS or word.lower() in L.DURATION_NOUNS:
        return None
    then = re.match(rf"{re.escape(word)}\s+([{LOWER}]+)", tail)
    if word.lower() in _TIME_ADJECTIVES and then and then.group(1) in L.DURATION_NOUNS:
        return None                                   # "les 20 dernières années", "the past 20 years"
    return word


_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:les|des|ces|nos|vos|leurs|ses|mes|tes|the|these|those|our|their|its|his|her|both|all|my|your|between|entre|"
    r"pour|of the|de ces|l['’]un|one of)|\bl['’])\s*$", re.I)




_A_FRACTION_BEFORE = re.compile(rf"\b(a|one|three|un|trois)\s+(?:quarters?|quarts?)\s+(?:of\s+|d[e{APOS}]\s*)$", re.I)


def find_spelled_figures(paragraphs: list[str], lang: str) -> list[FoundFigure]:
    """Figures written in words: "un million d'euros", "three million refugees", "One hundred
    forty-one UN Member States", "cent quarante et un États", "cinq élections".  Without a scale
    word, a number counts only from two up, with a noun right after it and no determiner before it
    ("the two officials", "nos deux pays" and "deux jours" are no figures)."""
    hedges = _hedges_and_bounds(lang)
    out = []
    for number, paragraph in enumerate(paragraphs, 1):
        runs = spelled_numbers(paragraph, lang)
        # A range in words, "deux à quatre", "between two and three": each end a bound
        ranged: dict[int, str] = {}
        second_of: dict[int, Spelled] = {}
        for first, second in zip(runs, runs[1:]):
            joint = paragraph[first.end:second.start]
            opened = re.search(r"\b(?:entre|between)\s+$", paragraph[max(0, first.start - 10):first.start], re.I)
            if re.fullmatch(r"\s+(?:à|to)\s+|-", joint) and not _FROM_BEFORE.search(paragraph[max(0, first.start - 30):first.start]) \
                    or re.fullmatch(r"\s+(?:et|and)\s+", joint) and opened:
                ranged[first.start] = ranged[second.start] = paragraph[first.start:second.end]
                second_of[first.start] = second
        for run in runs:
            if run.text[:1].isupper() and not _STARTS_TEXT.search(paragraph[max(0, run.start - 60):run.start]):
                continue                      # "the Group of Five Sahel countries": a name's number
            words = run.text.lower().replace("-", " ").split()
            scale = words[-1] in L.SCALES or len(words) >= 3 and words[-3] in L.SCALES and words[-1] in ("demi", "half")
            read_from, factor = run.end, 1
            partner = second_of.get(run.start)
            if partner is not None:
                read_from = partner.end           # "deux à quatre équipes": the first end counts the second's noun
                if not scale and (last := partner.text.lower().split()[-1]) in L.SCALES:
                    scale, factor = True, L.SCALES[last]      # … and has its scale: "entre deux et trois millions"
            if not scale and run.value < 2 and not _PERCENT_AFTER.match(paragraph, run.end):
                continue                      # "un", "une", "a", "one": no count without a scale (and no percent)
            before = paragraph[max(0, run.start - 100):run.start]
            after = paragraph[read_from:read_from + 120]
            if re.match(r"\s+(?:quarters?|quarts?)\b", after, re.I):
                continue                                      # "three quarters of a million": read with its scale
            if len(words) == 1 and (scale and factor == 1 or words[0] in ("hundred", "thousand", "cent", "mille")) \
                    or re.search(r"\d(?:[.,]\d+)?[\s\u00a0\u202f]*$", before):
                continue                                      # "millions of people", "several hundred lives", "2,5 milliards"
                                                              # (not "Dès 2019, un milliard d’euros")
            if _A_RATIO_BEFORE.search(before) and not scale:
                continue                                      # "un adulte sur quatre", "one in four children": a ratio
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
                if not (currency or unit) and not (scale and _FROM_BEFORE.search(before[-30:]) and re.match(r"(?:to|à)\s+\d[\d.,]*\s*(?:millions?|milliards?|billions?|thousand)\b", rest)):
                    continue                                  # (but "from five million to 7.5 million": a range's first number)
                if not scale and run.value < 2:
                    continue                                  # "une visite", "a plan", "one of"
            value, start = run.value * factor, run.start
            fraction = _A_FRACTION_BEFORE.search(before) if scale else None
            if fraction:
                # "a quarter of a million", "trois quarts d'un million": the fraction of the scale
                value = value * (3 if fraction.group(1).lower() in ("three", "trois") else 1) // 4
                start, before = start - len(fraction.group(0)), before[:fraction.start()]
            hedge = _hedge_before(before, hedges) or ranged.get(run.start) or _hedge_after(paragraph[run.end:run.end + 40])
            raw = paragraph[start:run.end]
            out.append(FoundFigure(value, number, _clause(paragraph, start, run.end), approx=bool(hedge), hedge=hedge,
                              unit=unit, currency=currency, percent=percent, raw=raw))
        if lang == "fr":
            out += _rough_counts(paragraph, number, hedges)
    return out


@cache
def _rough_re() -> tuple[re.Pattern, dict[str, float]]:
    """French counts approximate by themselves, as the fidelity check reads them (one list)."""
    from exporter.checks.fidelity import number_words

    rough = number_words("fr")[1]
    return re.compile(rf"(?=[uU])(?<![\w-])(?:un|une)\s+({trie_pattern(sorted(rough))})\s+(?:de\s+|d[{APOS}]\s*)(?=\w)", re.I), rough


def _rough_counts(paragraph: str, number: int, hedges: list[str]) -> list[FoundFigure]:
    """"une centaine de personnes", "plus d'un millier de réfugiés": about a hundred, about a thousand
    (never "des centaines", "plusieurs milliers": no number)."""
    pattern, rough = _rough_re()
    out = []
    for m in pattern.finditer(paragraph):
        before = paragraph[max(0, m.start() - 100):m.start()]
        hedge = _hedge_before(before, hedges) or m.group(0).split()[0] + " " + m.group(1)
        value, tail, currency = int(rough[m.group(1).lower()]), paragraph[m.end():m.end() + 120], None
        scaled = re.match(rf"(milliers|millions|milliards)\s+(?:de\s+|d[{APOS}]\s*)", tail, re.I)
        if scaled:
            # "une dizaine de milliers de réfugiés", "une centaine de millions de dollars": the scale's
            value *= {"milliers": 1000, "millions": 10 ** 6, "milliards": 10 ** 9}[scaled.group(1).lower()]
            tail = tail[scaled.end():]
            currency = _currency_word(tail)
        out.append(FoundFigure(value, number, _clause(paragraph, m.start(), m.end(1)), approx=True,
                               hedge=hedge, unit=None if currency else _counted(tail), currency=currency,
                               raw=paragraph[m.start():m.end(1)]))
    return out


_FULL_STOP = re.compile(r"\.(?!\d)")
_A_RATIO_BEFORE = re.compile(r"\b(?:un|une|one)\s+(?:[\w’'-]+\s+){0,2}(?:sur|in|out of)\s+$", re.I)
# A hedge after the number, as the fidelity check reads one ("1 100 environ", "600 or so", "un adulte sur
# quatre environ"): at most one word between, no punctuation, and not the next number's ("et plus de 182").
_HEDGE_AFTER = re.compile(r"\s*(?:(?!(?:à|to|and|et|of|sur|contre|soit|or|ou|from|de)\s)[\w’'-]+\s+)?"
                          rf"({trie_pattern(sorted(L.HEDGES_AFTER | L.BOUNDS_AFTER))})"
                          r"\b(?!\s+(?:de|d['’]|than|que)\b)(?!\s*(?:[\d$€£]|half|a\s|one\s|la moitié|un\s|une\s))", re.I)


def _hedge_after(text: str) -> str | None:
    m = _HEDGE_AFTER.match(text)
    return m.group(1) if m else None


def _clause(paragraph: str, start: int, end: int, max_words: int = 16) -> str:
    """The words around a figure, up to the clause's punctuation, at most ``max_words``: a verbatim
    label the analyst shortens — a span of the paragraph as written ("$500m", "240km/h" stay whole)."""
    left = max(paragraph.rfind(p, 0, start) for p in (", ", "; ", ": ", ". ", "(", " – ", " — "))
    right_candidates = [i for i in (paragraph.find(p, end) for p in (", ", "; ", ": ", ")", " – ", " — ")) if i >= 0]
    if stop := _FULL_STOP.search(paragraph, end):
        right_candidates.append(stop.start())              # (not the point of "the 7.8 magnitude earthquake")
    right = min(right_candidates) if right_candidates else len(paragraph)
    left = left + 1 if left >= 0 else 0
    before = list(_WORD_SPAN.finditer(paragraph, left, start))[-5:]
    numbers = [i for i, w in enumerate(before) if any(c.isdigit() for c in w.group())]
    range_end = paragraph[start - 1:start] in ("-", "–") or numbers and numbers[-1] == len(before) - 2 \
        and before[-1].group().lower() in ("and", "et", "to", "à")
    if numbers and not range_end:
        # Another number in the words before: start after it and its clause ("killing at least 23
        # people and affecting another 50,000": "affecting another 50,000", never "least 23 people …",
        # a hedge cut in two).
        rest = before[numbers[-1] + 1:]
        joint = next((i for i, w in enumerate(rest) if w.group().lower() in ("and", "et", "or", "ou") or w.group().endswith(",")),
                     None)
        before = rest[joint + 1:] if joint is not None else rest
    after = list(_WORD_SPAN.finditer(paragraph, end, right))
    kept = after[:max_words - 5]
    if len(kept) < len(after):
        while kept and (any(c.isdigit() for c in kept[-1].group()) or kept[-1].group().lower() in NUMBER_WORDS):
            kept.pop()                                    # never a number cut short ("… et à 100" of "100 000")
    first = before[0].start() if before else start
    last = kept[-1].end() if kept else end
    if after and after[0].start() == end and after[0] not in kept:
        last = after[0].end()                             # the rest of a word the number is written against
    return " ".join(paragraph[first:last].split()).strip(" ,;:«»“”\"")


_WORD_SPAN = re.compile(r"\S+")
