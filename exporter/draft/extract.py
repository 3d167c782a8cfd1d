"""Find what an analyst would copy from an article: quotations, figures, actors, the source's date,
and the sentences the analyst's own sections start from.

Rules first, so a draft never needs more than the standard library: quotation marks and speech
verbs, numbers with what they count, names with a title or an apposition.  Every extracted text is
a span of a paragraph (quotes are checked again when the draft is written), every item carries the
number of the paragraph it was found in, and nothing is guessed: a speaker the rules cannot name is
a ``TODO``, a figure without a unit or noun is left out.  :mod:`exporter.draft.nlp` may add what a
statistical model finds (names without a title, organizations that act); the rules do not need it.

This module runs the rules in order; each kind has its own module: :mod:`~exporter.draft.people`
(persons, states and bodies, read once for the whole article), :mod:`~exporter.draft.quotes`
(quotations and their speakers), :mod:`~exporter.draft.figures`, :mod:`~exporter.draft.actors`
(the actors table), and what they share in :mod:`~exporter.draft.patterns`,
:mod:`~exporter.draft.roles` and :mod:`~exporter.draft.orgnames`.
"""

from __future__ import annotations

import datetime as dt
import re

from exporter.draft import lexicon as L
from exporter.draft.actors import affiliations, select_actors
from exporter.draft.figures import find_figures, find_spelled_figures
from exporter.draft.found import MAX_ITEMS, Extraction
from exporter.draft.patterns import LOWER, sentences
from exporter.draft.people import find_people, surname_of
from exporter.draft.quotes import find_quotes, statement_by, statement_opening

# --- language ------------------------------------------------------------------------------------

def guess_language(paragraphs: list[str]) -> str:
    """fr or en, by which language's frequent words the text uses more (en when it cannot tell)."""
    words = re.findall(rf"[{LOWER}]+", " ".join(paragraphs[:40]).lower())[:5000]
    fr = sum(w in L.STOPWORDS["fr"] for w in words)
    en = sum(w in L.STOPWORDS["en"] for w in words)
    return "fr" if fr > en else "en"


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


def _one_named_person(word: str, number: int, paragraphs: list[str], people) -> bool:
    """Whether a one-word speaker is a person the attribution names ("a déclaré Barry*, 18 ans", "dit
    Benjamin, 12 ans, un enfant", "Said Hassan, one migrant"): not "Washington said", "Tearfund said",
    nor "Biden" when the article names two Bidens."""
    if any(a.kind == "person" and a.name.split()[-1] == word for a in people.actors.values()):
        return False
    return bool(re.search(rf"(?<![\w-]){re.escape(word)}\*|(?<![\w-]){re.escape(word)},\s+(?:\d|(?:un|une|a|an|one)\s)",
                          paragraphs[number - 1]))


# --- all together ------------------------------------------------------------------------------------

def extract(paragraphs: list[str], lang: str, title: str | None = None, nlp=None) -> Extraction:
    """Everything a draft is pre-filled with, found by the rules (and ``nlp``, when given)."""
    people = find_people(paragraphs, lang, title)
    if nlp is not None:
        nlp.add_people(paragraphs, people)
    quotes = find_quotes(paragraphs, lang, people, statement_by(title, people, lang) or statement_opening(paragraphs, people))
    in_body: dict[str, bool] = {}
    for q in quotes:
        if q.speaker and q.speaker in people.actors:
            people.actors[q.speaker].acts = True
        elif q.speaker and not q.headline and (" " in q.speaker or _one_named_person(q.speaker, q.paragraph, paragraphs, people)):
            # a speaker named only where they speak ("a déclaré Barry*, 18 ans"): a person of the article
            people.add(q.speaker, q.paragraph, max(paragraphs[q.paragraph - 1].find(q.speaker), 0), "person", acts=True)
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
    affiliations(actors, people, paragraphs)
    result = Extraction(lang, quotes=quotes, figures=figures, actors=actors, date=find_date(title, paragraphs),
                        candidates=candidate_sentences(paragraphs, lang))
    return result
