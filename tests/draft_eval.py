"""Score `brief draft`'s extraction against the hand annotations of tests/articles/annotations.yaml.

Used by the tests (floors that must hold) and by benchmarks/draft_quality.py (the README's table).
A quote counts when its paragraph, its opening words and its speaker are right; a figure when its
paragraph, value and approx flag are; an actor when its name is one of the annotated names.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

ARTICLES = Path(__file__).resolve().parent / "articles"
ANNOTATIONS = ARTICLES / "annotations.yaml"


def make_docx(text_file: Path, docx_file: Path) -> Path:
    """A Word version of a plain-text article: its first line as a Title paragraph, then one
    paragraph per block (the .docx test input)."""
    import docx

    blocks = [b.strip().replace("\n", " ") for b in text_file.read_text("utf-8").split("\n\n") if b.strip()]
    document = docx.Document()
    document.add_paragraph(blocks[0], style="Title")
    for block in blocks[1:]:
        document.add_paragraph(block)
    document.core_properties.title = blocks[0]
    document.save(docx_file)
    return docx_file


def article_path(entry: dict, workdir: Path) -> Path:
    """The annotated file, made first when it is the generated .docx."""
    path = (ARTICLES / entry["file"]).resolve()
    if path.suffix == ".docx" and not path.exists():
        target = workdir / path.name
        if not target.exists():
            make_docx(path.with_suffix(".txt"), target)
        return target
    return path


@dataclass
class Score:
    found: int = 0
    expected: int = 0
    correct: int = 0

    def __iadd__(self, other: Score) -> Score:
        self.found += other.found
        self.expected += other.expected
        self.correct += other.correct
        return self

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    def cell(self) -> str:
        if not self.found and not self.expected:
            return "–"
        return f"{self.precision:.2f} / {self.recall:.2f} ({self.correct}/{self.found}, {self.correct}/{self.expected})"


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def score(extraction, gold: dict) -> dict[str, Score]:
    """Scores of one article's extraction (an :class:`exporter.draft.found.Extraction`)."""
    quotes = Score(len(extraction.quotes), len(gold["quotes"]))
    remaining = list(gold["quotes"])
    for q in extraction.quotes:
        for g in remaining:
            speakers = {g["speaker"], *g.get("speaker_also", [])}      # a body by its acronym or its name
            if g["paragraph"] == q.paragraph and _norm(q.text).startswith(_norm(g["starts"])) and q.speaker in speakers:
                quotes.correct += 1
                remaining.remove(g)
                break
    figures = Score(len(extraction.figures), len(gold["figures"]))
    remaining = list(gold["figures"])
    for f in extraction.figures:
        for g in remaining:
            if g["paragraph"] == f.paragraph and g["value"] == f.value and g["approx"] == f.approx:
                figures.correct += 1
                remaining.remove(g)
                break
    actors = Score(len(extraction.actors), len(gold["actors"]))
    remaining = [{_norm(n) for n in names} for names in gold["actors"]]
    for a in extraction.actors:
        names = {_norm(a.name)} | {_norm(n) for n in a.aliases}
        for g in remaining:
            if names & g:
                actors.correct += 1
                remaining.remove(g)
                break
    return {"quotes": quotes, "figures": figures, "actors": actors}


def evaluate(workdir: Path, nlp: bool) -> dict[str, dict[str, Score]]:
    """Scores per article, with the rules alone or with spaCy (when ``nlp`` and installed)."""
    from exporter.draft import nlp as nlp_module
    from exporter.draft.extract import extract, guess_language
    from exporter.draft.read import read_article

    gold_all = yaml.safe_load(ANNOTATIONS.read_text("utf-8"))
    results = {}
    for name, gold in gold_all.items():
        article = read_article(article_path(gold, workdir))
        lang = guess_language(article.paragraphs)
        model = nlp_module.load(lang) if nlp else None
        results[name] = score(extract(article.paragraphs, lang, article.title, model), gold)
    return results


def held_out(batch: int | None = None) -> set[str]:
    """The articles of the held-out half (``held_out: true``), or of one of its batches (1: chosen
    before the rules were changed for issue 21; 2 to 61: each chosen after the batch before it was
    scored, before the next round of changes, and scored once, blind)."""
    batches = _held_out_batches(ANNOTATIONS.stat().st_mtime_ns)
    return {name for name, n in batches.items() if batch is None or n == batch}


@cache
def _held_out_batches(_version: int) -> dict[str, int]:
    """Each held-out article's batch, read once per version of the annotations (the file takes about
    a second to parse, and the floors ask for the batches some thirty times)."""
    gold_all = yaml.safe_load(ANNOTATIONS.read_text("utf-8"))
    return {name: gold.get("batch", 1) for name, gold in gold_all.items() if gold.get("held_out")}


def totals(results: dict[str, dict[str, Score]], prefix: str = "", names=None) -> dict[str, Score]:
    """Summed scores of the articles whose name starts with ``prefix`` ("fr", "en"; the flagship
    counts as French), among ``names`` when given (a half of the corpus)."""
    out = {"quotes": Score(), "figures": Score(), "actors": Score()}
    for name, scores in results.items():
        if names is not None and name not in names:
            continue
        if name.startswith(prefix) or (prefix == "fr" and name == "niger-us-cooperation"):
            for kind, s in scores.items():
                out[kind] += s
    return out
