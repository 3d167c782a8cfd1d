"""spaCy, when installed (``pip install 'brief[draft]'``): names the rules cannot see.

The rules find a person only with a cue (a title, an honorific, an apposition, a speech verb) and
an organization only when it acts in a way they recognize.  spaCy's French pipeline
(``fr_core_news_sm``) adds persons tagged PER that are written in full (two words or more) and
organizations tagged ORG that are the subject of a verb, the agent of a passive, or carry an
apposition — what its parser tells apart and a regular expression cannot.  For English no
pipeline is installable here (``en_core_web_sm`` is not on the package index), so English drafts
use the rules alone.  Everything else — quotations, figures, dates — stays with the rules, which do
better on them (see the README's measurements).

Loading the pipeline takes seconds, so this module is imported by ``brief draft`` only, and the
pipeline is loaded once per process.
"""

from __future__ import annotations

import re
from functools import cache

MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm"}


class SpacyNames:
    """A loaded pipeline and what it adds to :class:`~exporter.draft.people.People`."""

    def __init__(self, pipeline, name: str):
        self.pipeline = pipeline
        self.name = name

    def add_people(self, paragraphs: list[str], people) -> None:
        """Add PER and acting ORG entities the rules missed; mark known ones that act."""
        from exporter.draft import lexicon as L
        from exporter.draft.roles import capitalize_role

        for number, doc in enumerate(self.pipeline.pipe(paragraphs, batch_size=32), 1):
            for ent in doc.ents:
                text = ent.text.strip(" ,.;:«»“”\"'’")
                root = ent.root
                acts = root.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "agent") or root.head.dep_ == "obl:agent"
                appos = [t for t in root.children if t.dep_ == "appos"]
                role = None
                if appos:
                    span = doc[appos[0].left_edge.i: appos[0].right_edge.i + 1].text
                    # "(PAM)", "(FAO, UNICEF)": acronyms, not a role
                    if not re.fullmatch(r"[\sA-Z0-9&,()]*", span):
                        role = capitalize_role(span) if len(span.split()) <= 15 else None
                if ent.label_ == "PER":
                    words = text.split()
                    if len(words) < 2 or words[0] in L.NOT_FIRST_NAMES or not all(w[:1].isupper() for w in words):
                        continue
                    if any(ch.isdigit() for ch in text) or people.by_surname(words[-1]) or text in people.actors:
                        continue
                    people.add(text, number, ent.start_char, "person", role, acts=acts, found_by=f"spaCy {self.name}")
                elif ent.label_ == "ORG":
                    known = next((a for a in people.actors.values() if text in a.aliases), None)
                    if known is not None:
                        known.acts = known.acts or acts
                        continue
                    if text in people.actors or text in L.NOT_ACTORS or text in L.THINGS_IN_CAPITALS or len(text) < 2:
                        if text in people.actors and acts:
                            people.actors[text].acts = True
                        continue
                    if not (acts or role) or not re.match(r"[A-ZÀ-Þ]", text):
                        continue
                    if text.split()[0].lower() in L.PERSON_ROLES:
                        continue                       # "Président du Conseil de sécurité": a title, not a body
                    people.add(text, number, ent.start_char, "organization", role, acts=acts,
                               found_by=f"spaCy {self.name}")


@cache
def load(lang: str) -> SpacyNames | None:
    """The pipeline for ``lang``, or None when spaCy or its model is not installed."""
    model = MODELS.get(lang)
    if model is None:
        return None
    try:
        import spacy

        pipeline = spacy.load(model, exclude=["lemmatizer"])
        version = pipeline.meta.get("version", "")
    except (ImportError, OSError, ValueError):
        return None
    return SpacyNames(pipeline, f"{model} {version}".strip())
