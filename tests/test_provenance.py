"""Honest provenance in the model: who spoke in what language and who translated, when a figure
holds (a date, a range, or relative to its source's date), and sources whose title or publisher is
unknown — each rule a located error, and what is unknown printed as unknown."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from exporter.checks.loading import load_file
from exporter.cli import app
from exporter.config.style import load_style
from exporter.pipeline.export import build_documents
from exporter.source.diagnostics import BriefError
from exporter.tree import ListBlock, Table
from tests.conftest import brief_text

runner = CliRunner()

SOURCE = """
sources:
  - id: article
    language: fr
    date: 2023-12-13
"""


def quote(**fields: str) -> str:
    extra = "".join(f"    {key}: {value}\n" for key, value in fields.items())
    return f"quotes:\n  - speaker: Molly Phee\n    text: Bonjour.\n    language: fr\n{extra}"


def figure(as_of: str) -> str:
    return f"figures:\n  - label: Troops\n    value: 648\n    as_of: {as_of}\n    refs: [{{source: article}}]\n"


def problems_of(path):
    with pytest.raises(BriefError) as caught:
        load_file(path)
    return caught.value.problems


@pytest.mark.parametrize("fields", [{}, {"spoken": "unknown"}, {"spoken": "fr"}, {"spoken": "fr_FR"},
                                    {"spoken": "en", "translated_by": "source"},
                                    {"spoken": "en", "translated_by": "speaker"},
                                    {"spoken": "unknown", "translated_by": "analyst"}])
def test_a_quote_says_what_it_knows_of_its_language(write_brief, fields):
    [q] = load_file(write_brief(brief_text(extra=quote(**fields)))).brief.quotes
    assert q.spoken == fields.get("spoken", "unknown") and q.translated_by == fields.get("translated_by")


@pytest.mark.parametrize("fields, path, says", [
    ({"spoken": "en"}, "quotes[0].spoken", "say who translated them (translated_by: speaker, source or analyst)"),
    ({"spoken": "fr", "translated_by": "source"}, "quotes[0].translated_by", "nobody translated them"),
    ({"spoken": "French"}, "quotes[0].spoken", "expected a language code (such as fr, en, en_GB) or unknown"),
    ({"translated_by": "agency"}, "quotes[0].translated_by", "'agency' is not one of: speaker, source, analyst"),
])
def test_provenance_that_contradicts_itself_is_a_located_error(write_brief, fields, path, says):
    brief = write_brief(brief_text(extra=quote(**fields)))
    [problem] = problems_of(brief)
    key = path.rsplit(".", 1)[1]
    expected_line = next(n for n, line in enumerate(brief.read_text("utf-8").splitlines(), 1)
                         if line.strip().startswith(key + ":"))
    assert (problem.path, problem.line, problem.column) == (path, expected_line, 5)
    assert says in problem.message


@pytest.mark.parametrize("as_of, path, says", [
    ("14/12/2023", "figures[0].as_of",
     "expected a date written YYYY-MM-DD, a range {from:, to:}, or {relative:, source:}, not '14/12/2023'"),
    ("{from: 2023-12-10, to: 2023-12-04}", "figures[0].as_of.to", "the range ends (2023-12-04) before it starts"),
    ("{from: 2023-12-04}", "figures[0].as_of.to", "required, but missing"),
    ("{relative: last-week, source: article}", "figures[0].as_of.relative", "'last-week' is not one of"),
    ("{relative: previous-week, source: nowhere}", "figures[0].as_of.source", "no source with id 'nowhere'"),
    ("{relative: previous-week}", "figures[0].as_of.source", "required, but missing"),
    ("[2023-12-04, 2023-12-10]", "figures[0].as_of", "expected a date written YYYY-MM-DD, a range"),
])
def test_a_bad_as_of_is_told_every_form_it_may_take(write_brief, as_of, path, says):
    [problem] = problems_of(write_brief(brief_text(extra=figure(as_of) + SOURCE)))
    assert problem.path == path and says in problem.message and problem.line >= 13


def test_a_relative_date_needs_a_dated_source(write_brief):
    text = brief_text(extra=figure("{relative: previous-week, source: article}") + SOURCE.replace("    date: 2023-12-13\n", ""))
    [problem] = problems_of(write_brief(text))
    assert problem.path == "figures[0].as_of.source" and "has no date" in problem.message


def _figures_and_sources(path, locale):
    [(_, doc, warnings)] = list(build_documents(load_file(path), [locale], load_style("formal")))
    table = next(b for b in doc.blocks if isinstance(b, Table))
    sources = [b for b in doc.blocks if isinstance(b, ListBlock)][-1]
    as_of = "".join(i.text for i in table.rows[0][2])
    listed = "".join(getattr(i, "text", "") for i in sources.items[0].content)
    return as_of, listed, warnings


@pytest.mark.parametrize("as_of, locale, printed", [   # a table's dates are short, as CLDR abbreviates them
    ("2023-12-13", "fr", "13 déc. 2023"),
    ("{from: 2023-12-04, to: 2023-12-10}", "fr", "4–10 déc. 2023"),
    ("{from: 2023-12-04, to: 2023-12-10}", "en", "Dec 4\u202f–\u202f10, 2023"),
    ("{from: 2023-12-28, to: 2024-01-03}", "fr", "28 déc. 2023\u202f–\u202f3 janv. 2024"),
    ("{relative: previous-week, source: article}", "en", "the week before Dec 13, 2023"),
    ("{relative: previous-week, source: article}", "fr", "la semaine précédant le 13 déc. 2023"),
    ("{relative: previous-day, source: article}", "fr", "la veille du 13 déc. 2023"),
    ("{relative: same-day, source: article}", "en", "Dec 13, 2023"),
])
def test_a_figure_date_prints_as_the_source_gives_it(write_brief, as_of, locale, printed):
    path = write_brief(brief_text(languages="fr, en", extra=figure(as_of) + SOURCE))
    shown, _, warnings = _figures_and_sources(path, locale)
    assert shown.replace("\u00a0", " ") == printed
    assert not [w for w in warnings if "translation for label" in w.message]


@pytest.mark.parametrize("locale, printed", [("en", "Text in French, title and publisher not recorded, December 13, 2023"),
                                             ("fr", "Texte en français, titre et éditeur non précisés, 13 décembre 2023")])
def test_an_unknown_publisher_or_title_is_never_printed_as_unknown(write_brief, locale, printed):
    """What the brief does not record is not printed as "Publisher unknown, title unknown": the
    entry says what is known (issue 20: sources printed honestly)."""
    path = write_brief(brief_text(languages="fr, en", extra=SOURCE))
    [(_, doc, warnings)] = list(build_documents(load_file(path), [locale], load_style("formal")))
    sources = [b for b in doc.blocks if isinstance(b, ListBlock)][-1]
    listed = "".join(getattr(i, "text", "") for i in sources.items[0].content).replace("\u00a0", " ")
    assert listed == printed and "None" not in listed
    assert "unknown" not in listed and "inconnu" not in listed
    assert not [w for w in warnings if "translation for label" in w.message]


def test_the_schema_knows_the_new_forms():
    schema = json.loads(runner.invoke(app, ["schema"]).output)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    base = {"id": "x", "languages": ["fr"], "summary": "s", "drafting": {"drafted_by": "d"},
            "routing": {"to": "a", "from": "b", "date": "2024-01-01", "subject": "c"}}

    def errors(**extra):
        return [e.message for e in validator.iter_errors({**base, **extra})]

    good_figures = [{"label": "l", "value": 1, "as_of": as_of} for as_of in (
        "2023-12-13", {"from": "2023-12-04", "to": "2023-12-10"}, {"relative": "previous-week", "source": "article"})]
    assert not errors(figures=good_figures)
    assert errors(figures=[{"label": "l", "value": 1, "as_of": {"relative": "last-week", "source": "article"}}])
    assert errors(figures=[{"label": "l", "value": 1, "as_of": {"from": "2023-12-04"}}])
    assert not errors(quotes=[{"speaker": "s", "text": "t", "language": "fr", "spoken": "en", "translated_by": "source"}],
                      sources=[{"id": "article", "language": "fr", "file": "article.fr.txt"}])
    assert errors(quotes=[{"speaker": "s", "text": "t", "language": "fr", "spoken": "French"}])
    assert errors(quotes=[{"speaker": "s", "text": "t", "language": "fr", "translated_by": "agency"}])
    assert errors(sources=[{"id": "article", "language": "fr", "file": "/etc/passwd"}])
    properties = schema["$defs"]["Quote"]["properties"]
    assert properties["spoken"]["default"] == "unknown" and "analyst" in properties["translated_by"]["description"]
    assert "relative to the brief" in schema["$defs"]["Source"]["properties"]["file"]["description"]
