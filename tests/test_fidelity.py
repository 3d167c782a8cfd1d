"""Faithful to the article: a brief that links its article's text is checked against it.

A misquote or a reference to a paragraph the article does not have stops the brief, at the line
that holds it; a figure the article does not show, or an ``approx`` that disagrees with the
article's hedges, warns (and ``--strict`` refuses it).  The article itself, when it cannot be read
as text, gets a clear message at the brief's ``file:`` line, never a traceback.
"""

from __future__ import annotations

import json
import os
import re
import shutil

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from exporter.checks.fidelity import (
    clean,
    contains,
    occurrences,
    parse_article,
    quote_tokens,
    tokens,
)
from exporter.checks.loading import load_file
from exporter.cli import app
from exporter.source.article import MAX_ARTICLE_BYTES, ArticleError, read_article
from exporter.source.diagnostics import BriefError
from tests.conftest import ARTICLE, SAMPLE, SECOND, brief_text

runner = CliRunner()
ARTICLE_TEXT = ARTICLE.read_text("utf-8")
PARAGRAPHS = [p.replace("\n", " ") for p in ARTICLE_TEXT.strip().split("\n\n")]
# Molly Phee's two quotes as the article gives them (paragraphs 2 and 8), without its quotation marks.
QUOTES = [re.search(r'"([^"]+)"', PARAGRAPHS[1]).group(1), re.search(r'"([^"]+)"', PARAGRAPHS[7]).group(1)]


@pytest.fixture
def linked(tmp_path):
    """The flagship brief beside its article in a temporary folder, changed by ``edits``
    (old → new, each old text found exactly once in the part of the brief from ``within`` on);
    returns the brief's path."""
    def write(*edits: tuple[str, str], sample=SAMPLE, article: bytes | None = None, within: str = ""):
        text = sample.read_text("utf-8")
        head, tail = (text.split(within, 1) if within else ("", text))
        for old, new in edits:
            assert tail.count(old) == 1, old
            tail = tail.replace(old, new)
        path = tmp_path / sample.name
        path.write_text(head + within + tail, "utf-8")
        target = tmp_path / ARTICLE.name
        if article is None:
            shutil.copyfile(ARTICLE, target)
        else:
            target.write_bytes(article)
        return path
    return write


def line_of(path, needle: str) -> int:
    """The line of the brief (from 1) where ``needle`` (one line or several) first starts."""
    text = path.read_text("utf-8")
    assert needle in text, needle
    return text[:text.index(needle)].count("\n") + 1


def validate(*args: str):
    result = runner.invoke(app, ["validate", *map(str, args)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


# The samples ---------------------------------------------------------------------------------

def test_the_samples_link_their_article_and_are_faithful_to_it():
    for path in (SAMPLE, SECOND):
        loaded = load_file(path)
        [source] = [s for s in loaded.brief.sources if s.id == "article"]
        assert source.file == ARTICLE.name
        assert loaded.warnings == []
    result = validate(SAMPLE, SECOND, "--strict")
    assert result.exit_code == 0, result.output


# Quotes ----------------------------------------------------------------------------------------

def test_a_changed_word_in_a_quote_fails_validation_at_the_quote_line(linked):
    path = linked(("nous voulions redevenir un bon partenaire", "nous voulions devenir un bon partenaire"),
                  within="\nquotes:\n")
    result = validate(path)
    assert result.exit_code == 1
    line = line_of(path, "    text: >-\n      J'ai dit")  # at its text: key
    assert f"{path.name}:{line}:5: quotes[1].text:" in result.output and "quotes[1].text" in result.output
    assert "“devenir” where the article has “redevenir”" in result.output
    assert "paragraph 8" in result.output and "valid" not in result.output


@pytest.mark.parametrize("old, new, says", [
    ("j'ai confirmé l'intention", "j'ai annoncé l'intention", "“annoncé” where the article has “confirmé”"),
    ("en matière de sécurité et de développement", "en matière de sécurité", "leaves out"),
    ("par étapes, réciproquement", "par étapes, très réciproquement", "“très” after"),
    ("Au cours de nos discussions", "Au cours des discussions", "“des” where the article has “de nos”"),
    ("que le CNSP prend des mesures", "que le CNSP prend des mesures concrètes", "“concrètes”"),
])
def test_every_kind_of_misquote_is_an_error_naming_the_words(linked, old, new, says):
    path = linked((old, new), within="\nquotes:\n")
    with pytest.raises(BriefError) as caught:
        load_file(path)
    [problem] = caught.value.problems
    assert problem.path == "quotes[0].text" and not problem.warning
    assert problem.line == line_of(path, "    text: >-\n      Au cours de")  # at its text: key
    assert says in problem.message, problem.message


def test_a_quote_cited_from_the_wrong_paragraph_names_the_right_one(linked):
    path = linked(("paragraph: 2}", "paragraph: 3}"), within="\nquotes:\n")
    with pytest.raises(BriefError) as caught:
        load_file(path)
    [problem] = caught.value.problems
    assert "word for word in paragraph 2 (line 3)" in problem.message and "fix the reference" in problem.message


def test_a_quote_translated_by_the_analyst_is_not_looked_for_in_the_article(linked):
    path = linked(("J'ai dit clairement au CNSP", "J'ai dit fermement au CNSP"),
                  ("    language: fr\n    text: >-\n      J'ai dit", "    language: fr\n    spoken: en\n"
                   "    translated_by: analyst\n    text: >-\n      J'ai dit"), within="\nquotes:\n")
    assert load_file(path).warnings == []


def test_a_quote_in_another_language_than_its_source_is_not_compared_with_it(linked):
    path = linked(("    language: fr\n    text: >-\n      J'ai dit clairement au CNSP",
                   "    language: en\n    text: >-\n      J'ai dit fermement au CNSP"), within="\nquotes:\n")
    load_file(path)


# Typography may differ, words may not --------------------------------------------------------

SPACES = st.sampled_from([" ", "\u00a0", "\u202f", "\u2009", "\n", "  ", " \n "])
APOSTROPHES = st.sampled_from(["'", "\u2019", "\u02bc"])
DASHES = st.sampled_from(["-", "\u2010", "\u2011", "\u2013", "\u2014"])
MARKS = st.sampled_from([("", ""), ('"', '"'), ("«\u00a0", "\u00a0»"), ("«\u202f", "\u202f»"), ("“", "”"),
                         ("„", "“"), ("‘", "’"), ("« ", " »")])
ENDS = st.sampled_from(["", "…", "...", "[…] ", "… "])


@st.composite
def retypeset(draw, text: str) -> str:
    """``text`` set again by another hand: other spaces, apostrophes, dashes, quotation marks,
    ellipses at the ends, the first letter's case, a final full stop, a space before punctuation,
    invisible soft hyphens."""
    out = []
    for ch in text:
        if ch == " ":
            out.append(draw(SPACES))
        elif ch in "'’":
            out.append(draw(APOSTROPHES))
        elif ch == "-":
            out.append(draw(DASHES))
        elif ch in ",;:?!" and draw(st.booleans()):
            out.append(draw(st.sampled_from(["\u202f", "\u00a0", " "])) + ch)
        elif ch.isalpha() and draw(st.integers(0, 30)) == 0:
            out.append(ch + "\u00ad")
        else:
            out.append(ch)
    body = "".join(out)
    if draw(st.booleans()):
        body = body[:1].swapcase() + body[1:]
    body += draw(st.sampled_from(["", ".", "…", "..."]))
    opening, closing = draw(MARKS)
    return opening + draw(ENDS) + body + closing


def _found(quote: str, paragraph: str) -> bool:
    return contains(tokens(clean(paragraph)), quote_tokens(clean(quote)))


@given(st.sampled_from([0, 1]), st.data())
def test_a_quote_set_again_with_other_typography_still_matches(which, data):
    quote = data.draw(retypeset(QUOTES[which]))
    assert _found(quote, PARAGRAPHS[[1, 7][which]]), quote


WORD = re.compile(r"[^\W\d_]+")


@given(st.sampled_from([0, 1]), st.data(), st.text(st.characters(whitelist_categories=("Ll", "Lu")), min_size=1,
                                                    max_size=12))
def test_a_quote_with_any_word_replaced_never_matches(which, data, replacement):
    original = QUOTES[which]
    words = list(WORD.finditer(original))
    chosen = words[data.draw(st.integers(0, len(words) - 1))]
    assume(replacement.lower() != chosen.group().lower())
    changed = original[:chosen.start()] + replacement + original[chosen.end():]
    quote = data.draw(retypeset(changed))
    assert not _found(quote, PARAGRAPHS[[1, 7][which]]), quote


def test_internal_punctuation_and_case_are_words_too():
    paragraph = PARAGRAPHS[7]
    assert _found("j'ai dit clairement au CNSP", paragraph)                 # the first letter's case
    assert not _found("J'ai dit clairement au cnsp", paragraph)             # any other letter's
    assert not _found("J'ai dit clairement, au CNSP", paragraph)            # a comma added inside
    assert not _found("J'ai dit clairement au CNSP que nous voulions redevenir un bon partenaire mais", paragraph)


# References ------------------------------------------------------------------------------------

def test_a_reference_to_paragraph_99_fails_validation_at_its_line(linked):
    path = linked(("    refs: [{source: article, paragraph: 10}]\n  - name:\n      fr: CEDEAO",
                   "    refs: [{source: article, paragraph: 99}]\n  - name:\n      fr: CEDEAO"))
    result = validate(path)
    assert result.exit_code == 1
    line = line_of(path, "paragraph: 99")
    column = path.read_text("utf-8").splitlines()[line - 1].index("paragraph") + 1
    assert f"{path.name}:{line}:{column}: actors[2].refs[0].paragraph:" in result.output
    assert "has no paragraph 99: it has 10 paragraphs" in result.output


# Figures ---------------------------------------------------------------------------------------

def test_a_figure_not_in_its_paragraph_warns_and_strict_refuses_it(linked):
    path = linked(("    value: 648\n", "    value: 649\n"))
    result = validate(path)
    assert result.exit_code == 0 and f"{path.name}: valid" in result.output
    line = line_of(path, "value: 649")
    assert f"{path.name}:{line}:5: warning: figures[0].value: 649 is not in paragraph 6" in result.output
    strict = validate(path, "--strict")
    assert strict.exit_code == 1 and "warning" not in strict.output and "figures[0].value: 649" in strict.output


def test_a_comparison_or_an_upper_bound_not_in_the_article_warns(linked):
    path = linked(("      value: 1100\n", "      value: 1200\n"), ("    value: 648\n", "    value: 648\n    value_max: 700\n"))
    warnings = load_file(path).warnings
    assert [w.path for w in warnings] == ["figures[0].value_max", "figures[0].comparison.value"]


@pytest.mark.parametrize("edits, path, says", [
    ((("    value: 648\n    approx: true\n", "    value: 648\n"),), "figures[0].approx", "says “environ 648”"),
    ((("      value: 1100\n      approx: true\n", "      value: 1100\n"),), "figures[0].comparison.approx",
     "says “environ 1 100”, not an exact number: add approx: true to the comparison"),
    ((("    value: 2\n", "    value: 2\n    approx: true\n"),), "figures[1].approx",
     "gives “deux” without a hedge"),
])
def test_approx_must_agree_with_the_article(linked, edits, path, says):
    [warning] = load_file(linked(*edits)).warnings
    assert warning.path == path and says in warning.message and warning.warning


@pytest.mark.parametrize("written, value", [
    ("1100", 1100), ("1 100", 1100), ("1\u202f100", 1100), ("1\u00a0100", 1100), ("1\u2009100", 1100),
    ("1,100", 1100), ("1.100", 1100), ("1'100", 1100), ("1’100", 1100), ("648", 648), ("12 %", 12), ("12%", 12),
    ("12,5 %", 12.5), ("12.5", 12.5), ("1 100,5", 1100.5), ("1,100.5", 1100.5), ("1,2 million", 1_200_000),
    ("3 milliards", 3e9), ("deux bases", 2), ("vingt et un", 21), ("soixante-dix-sept", 77),
    ("quatre-vingt-dix", 90), ("deux cents", 200), ("trois mille", 3000), ("une centaine", 100),
])
def test_a_french_number_is_found_however_it_is_written(written, value):
    assert any(value in o.values for o in occurrences(f"Il y avait {written} soldats.", "fr")), written


@pytest.mark.parametrize("written, value", [
    ("two bases", 2), ("twenty-one", 21), ("ninety-nine", 99), ("three thousand", 3000), ("1,100", 1100),
    ("a dozen", 12), ("2.5 million", 2_500_000),
])
def test_an_english_number_is_found_however_it_is_written(written, value):
    assert any(value in o.values for o in occurrences(f"There were {written} troops.", "en")), written


@pytest.mark.parametrize("sentence, language, hedged", [
    ("Il y avait environ 1 100 soldats.", "fr", "environ 1 100"),
    ("Près de 1 100 soldats.", "fr", "Près de 1 100"),
    ("Ils étaient 1 100 environ.", "fr", "1 100 environ"),
    ("Plus de 600 morts.", "fr", "Plus de 600"),
    ("Jusqu’à 600 soldats.", "fr", "Jusqu'à 600"),
    ("Une centaine de soldats.", "fr", "Une centaine"),
    ("About 1,100 troops.", "en", "About 1,100"),
    ("Some 600 people or so.", "en", "Some 600"),
    ("600 or so people.", "en", "600 or so"),
    ("There were 648 troops.", "en", ""),
    ("The toll has exceeded 200.", "en", "exceeded 200"),           # bounds a draft reads too
    ("Coverage is just above 80 per cent.", "en", "above 80"),
    ("L'insécurité reste supérieure à 30 %.", "fr", "supérieure à 30"),
    ("Environ la moitié, soit 648 soldats.", "fr", ""),          # the clause ends before the number
    ("Il y avait 648 soldats, environ 300 civils.", "fr", ""),   # the hedge belongs to the next number
])
def test_a_hedge_counts_only_next_to_its_number(sentence, language, hedged):
    assert occurrences(sentence, language)[0].hedged == hedged


@pytest.mark.parametrize("sentence, language, value, hedged", [
    # numbers written as `brief draft` reads them, so that a draft's figures are found where they are
    ("Every year half a million women die.", "en", 500000, ""),
    ("A hundred and forty-one states voted for it.", "en", 141, ""),
    ("Two-and-a-half million people were reached.", "en", 2500000, ""),
    ("It announced nearly $500m in grant-based support.", "en", 500000000, "nearly $500m"),
    ("Drugs with a street value of £220.56m were seized.", "en", 220560000, ""),
    ("The committee approved Ksh1.3 billion.", "en", 1300000000, ""),
    ("The Government has committed about US$10 million.", "en", 10000000, "about US$10 million"),
    ("Le coût atteint 2 milliards 912 millions FCFA.", "fr", 2912000000, ""),
    ("Plus de « 400.000 personnes » ont fui.", "fr", 400000, "Plus de « 400.000"),
    # a range's ends are bounds, each with its range's scale
    ("Avec entre 400 et 600 Syriens chaque nuit.", "fr", 400, "entre 400 et 600"),
    ("Growth averaged 8-10 percent.", "en", 10, "8-10"),
    ("Donors pledged between 2 and 3 billion dollars.", "en", 2000000000, "between 2 and 3 billion"),
    ("Le don vaut sept millions trois cent mille dollars.", "fr", 7300000, ""),
    ("Il faut deux milliards cinq cents millions de dollars.", "fr", 2500000000, ""),
    ("L'attaque a fait 45 victimes, dont 30 enfants environ.", "fr", 30, "30 enfants environ"),
])
def test_numbers_written_every_way_a_release_writes_them(sentence, language, value, hedged):
    found = [o for o in occurrences(sentence, language) if float(value) in o.values]
    assert found and found[0].hedged == hedged


@pytest.mark.parametrize("sentence, language", [
    ("It rose from 50 to 60 people.", "en"),                         # a change, not a range
    ("It ran from 2015-2020 and cost 30 lives.", "en"),              # years
    ("OCHA fait état de quatre décès et plus de 182 blessés.", "fr"),  # "et plus" is the next number's
    ("Niamey, le 9 juillet 2004 - 30 soldats sont morts.", "fr"),    # a dateline's dash
    ("The programme under which 30 organisations work.", "en"),      # a relative, not a bound
    ("It gave a US$30 million credit plus a grant.", "en"),           # "plus": and, not "or more"
])
def test_what_is_no_range_and_no_hedge(sentence, language):
    assert [o.hedged for o in occurrences(sentence, language) if 30.0 in o.values or 4.0 in o.values
            or 50.0 in o.values] in ([""], ["", ""])


def test_an_exact_figure_is_not_warned_when_the_article_also_gives_its_number_exactly(linked):
    # The paragraph says "environ 648" and, later, "648" alone: an exact 648 may be the second one.
    exact = ARTICLE_TEXT.replace("dans le pays.", "dans le pays, dont 648 à Niamey.", 1).encode("utf-8")
    edits = (("    value: 648\n    approx: true\n", "    value: 648\n"),)
    assert [w.path for w in load_file(linked(*edits, article=exact)).warnings] == []
    assert [w.path for w in load_file(linked(*edits)).warnings] == ["figures[0].approx"]


# Draft placeholders ------------------------------------------------------------------------------

def test_a_placeholder_from_brief_draft_warns_and_strict_refuses_it(write_brief):
    path = write_brief(brief_text(summary='"TODO: the conclusion first"'))
    result = validate(path)
    assert result.exit_code == 0
    assert "brief.yaml:8:1: warning: summary: a placeholder left by `brief draft`: write it" in result.output
    assert validate(path, "--strict").exit_code == 1
    assert load_file(write_brief(brief_text(summary="'Nothing TODO here.'"))).warnings == []


def test_load_warnings_reach_the_export_report_and_strict_refuses_to_write(linked, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = linked(("    value: 648\n", "    value: 649\n"))
    result = runner.invoke(app, ["export", str(path), "-f", "docx", "-l", "en", "--jobs", "1", "--report", "r.json"])
    assert result.exit_code == 0 and "649 is not in paragraph 6" in result.output
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert [w["path"] for w in report["warnings"]] == ["figures[0].value"] and len(report["outputs"]) == 1
    strict = runner.invoke(app, ["export", str(path), "-f", "docx", "--jobs", "1", "--strict", "--out", "strict"])
    assert strict.exit_code == 1 and "figures[0].value: 649 is not in paragraph 6" in strict.output
    assert not (tmp_path / "strict").exists() or not list((tmp_path / "strict").iterdir())


# Articles that cannot be read ------------------------------------------------------------------

@pytest.mark.parametrize("content, says", [
    (b"\x00\x01\x02binary\x00" * 100, "binary"),
    (b"PK\x03\x04" + b"\x00" * 100, "a ZIP archive (a .docx or .odt?), not plain text"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF"),
    ("Le texte en latin-1 : déclaré.".encode("latin-1"), "not UTF-8 text (line 1, column 24): save it as UTF-8"),
    ("Le texte en UTF-16.".encode("utf-16"), "UTF-16 text: save it as UTF-8"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "an HTML page"),
    (b"  \n\n \t\n", "holds no text"),
    (b"Texte\x07avec une sonnerie.\n", "not plain text (U+0007 on line 1)"),
])
def test_an_article_that_is_not_text_gets_a_clear_error_at_the_file_line(linked, content, says):
    path = linked(article=content)
    result = validate(path)
    assert result.exit_code == 1 and "Traceback" not in result.output
    line = line_of(path, "file: article-")
    assert f"{path.name}:{line}:5: sources[0].file: {ARTICLE.name}: " in result.output and says in result.output


def test_a_missing_or_unreadable_article_gets_a_clear_error(linked, tmp_path):
    path = linked()
    (tmp_path / ARTICLE.name).unlink()
    result = validate(path)
    assert result.exit_code == 1 and "no such file (looked for" in result.output and ARTICLE.name in result.output
    (tmp_path / ARTICLE.name).mkdir()
    assert "is a folder" in validate(path).output
    (tmp_path / ARTICLE.name).rmdir()
    os.mkfifo(tmp_path / ARTICLE.name)   # reading a pipe would wait forever: refused unopened
    assert "is not a regular file" in validate(path).output
    (tmp_path / ARTICLE.name).unlink()
    (tmp_path / ARTICLE.name).symlink_to("/dev/zero")
    assert "is not a regular file" in validate(path).output


def test_a_huge_article_is_refused_without_being_read(linked, tmp_path, monkeypatch):
    path = linked()
    with open(tmp_path / ARTICLE.name, "r+b") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)   # sparse: the size is what counts
    result = validate(path)
    assert result.exit_code == 1
    assert f"sources[0].file: {ARTICLE.name}: the file is {MAX_ARTICLE_BYTES + 1:,} bytes; linked articles are " \
           f"limited to {MAX_ARTICLE_BYTES:,} bytes" in result.output
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("the oversized article was opened"))
    with pytest.raises(ArticleError):
        read_article(tmp_path / ARTICLE.name)


def test_a_file_must_be_a_relative_path(linked):
    for value, says in (("/etc/passwd", "absolute path"), ("https://example.org/a.txt", "is an address"),
                        ("''", "an empty file name")):
        path = linked(("file: article-niger-us-cooperation.fr.txt", f"file: {value}"))
        result = validate(path)
        assert result.exit_code == 1 and "sources[0].file" in result.output and says in result.output


def test_an_article_with_windows_line_ends_and_a_bom_reads_the_same():
    article = parse_article(b"\xef\xbb\xbf" + ARTICLE_TEXT.replace("\n", "\r\n").encode(), "a.txt")
    assert len(article.paragraphs) == 10 and article.lines[1] == 3
    assert article.paragraphs == parse_article(ARTICLE_TEXT.encode(), "a.txt").paragraphs


def test_a_long_article_is_searched_whole_and_the_closest_paragraph_named(tmp_path):
    """Without a paragraph, a quote may be anywhere in the article: found there, or compared with
    the paragraph nearest to it, however long the article (here 3,000 paragraphs)."""
    filler = [f"Paragraphe {n} : les troupes, au nombre de {n * 7}, restent sur place." for n in range(1, 3001)]
    filler[2199] = "Le ministre a déclaré : « Nous ne partirons pas avant l'été », selon son entourage."
    (tmp_path / "long.fr.txt").write_text("\n\n".join(filler), "utf-8")
    extra = """
        sources: [{id: long, language: fr, file: long.fr.txt}]
        quotes:
          - {speaker: Le ministre, language: fr, text: "nous ne partirons pas avant l’été"}
        figures:
          - {label: Troupes, value: 14000, refs: [{source: long}]}
          - {label: Autres, value: 15401, refs: [{source: long}]}
        """
    brief = tmp_path / "long.yaml"
    brief.write_text(brief_text(languages="fr", extra=extra), "utf-8")
    [warning] = load_file(brief).warnings
    assert warning.path == "figures[1].value" and "15401 is not in long.fr.txt" in warning.message
    brief.write_text(brief_text(languages="fr", extra=extra.replace("avant l’été", "avant l’hiver")), "utf-8")
    with pytest.raises(BriefError) as caught:
        load_file(brief)
    [problem] = caught.value.problems
    assert "paragraph 2200 (line 4399)" in problem.message and "“hiver” where the article has “été”" in problem.message


@given(st.binary(max_size=3000), st.text(max_size=200), st.text(max_size=60))
def test_any_article_any_quote_any_file_name_loads_or_fails_cleanly(tmp_path_factory, article, said, name):
    """Whatever the article's bytes, the quote and the file: value, loading ends with a brief or
    with located problems, never another exception."""
    import yaml

    folder = tmp_path_factory.mktemp("any")
    (folder / "a.txt").write_bytes(article)
    extra = yaml.safe_dump({
        "sources": [{"id": "a", "language": "fr", "file": name or "a.txt"}],
        "quotes": [{"speaker": "X", "language": "fr", "text": said or "x", "refs": [{"source": "a"}]}],
        "figures": [{"label": "F", "value": 1100, "approx": True, "refs": [{"source": "a", "paragraph": 2}]}],
    }, allow_unicode=True)
    path = folder / "any.yaml"
    path.write_text(brief_text(languages="fr") + extra, "utf-8")
    try:
        load_file(path)
    except BriefError as exc:
        assert exc.problems and all(p.message for p in exc.problems)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_hedge_the_draft_reads_the_check_reads_too(language):
    # `brief draft` marks a figure approx when one of these comes before its number; the check must
    # then find that hedge in the article, or every draft would warn about its own figures.
    from exporter.draft import lexicon as L

    missed = [hedge for hedge in L.HEDGES[language] + L.BOUNDS[language]
              if not occurrences(f"Il y a {hedge} 30 personnes." if language == "fr" else f"There are {hedge} 30 people.",
                                 language)[0].hedged]
    assert missed == []


def test_a_currency_sign_before_its_country_letters_is_read():
    from exporter.checks.fidelity import occurrences

    assert any(2250000.0 in o.values for o in occurrences("New Zealand committed $NZ2.25 million to relief.", "en"))
