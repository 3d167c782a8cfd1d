"""`brief draft`: an article in, a draft brief that validates out — and nothing in it invented."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from exporter.checks.loading import load_file
from exporter.cli import app
from exporter.draft.build import default_id, draft_article, draft_from
from exporter.draft.extract import extract, quotation_spans
from exporter.draft.read import MAX_FILE_BYTES, ArticleError, from_text, read_article
from tests.conftest import ROOT
from tests.draft_eval import (
    ANNOTATIONS,
    ARTICLES,
    article_path,
    evaluate,
    make_docx,
    totals,
)

runner = CliRunner()
FLAGSHIP_ARTICLE = ROOT / "samples" / "article-niger-us-cooperation.fr.txt"
GOLD = yaml.safe_load(ANNOTATIONS.read_text("utf-8"))


def paragraphs_of(article_file: Path) -> list[str]:
    """The article's paragraphs as `file:` numbers them: blocks between blank lines, from 1."""
    return [p.strip() for p in article_file.read_text("utf-8").split("\n\n") if p.strip()]


def draft_yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8"))


@pytest.fixture(scope="module")
def flagship_draft(tmp_path_factory):
    out = tmp_path_factory.mktemp("draft")
    result = runner.invoke(app, ["draft", str(FLAGSHIP_ARTICLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_the_flagship_article_gives_phees_quotes_the_figures_and_the_actors(flagship_draft):
    brief = flagship_draft / "niger-us-cooperation.yaml"
    load_file(brief)                                       # validates
    data = draft_yaml(brief)
    quotes = [(q["speaker"], q["refs"][0]["paragraph"]) for q in data["quotes"]]
    assert quotes == [("Molly Phee", 2), ("Molly Phee", 8)]
    assert all(q["language"] == "fr" for q in data["quotes"])
    figures = {(f["value"], f.get("approx", False), f["refs"][0]["paragraph"]) for f in data["figures"]}
    assert {(648, True, 6), (1100, True, 6)} <= figures
    names = [a["name"] for a in data["actors"]]
    for name in ("Molly Phee", "CNSP", "Mohamed Bazoum", "CEDEAO", "Joe Biden"):
        assert name in names
    phee = data["actors"][names.index("Molly Phee")]
    assert phee["role"] == "Secrétaire d'État adjointe aux affaires africaines"
    assert data["sources"][0]["language"] == "fr" and data["languages"] == ["fr"]
    assert runner.invoke(app, ["validate", str(brief)]).exit_code == 0


def test_the_draft_says_what_is_left_to_write(flagship_draft):
    text = (flagship_draft / "niger-us-cooperation.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    for value in (data["summary"], data["us_position"]["lead"], data["conditions"][0]["what"],
                  data["open_issues"][0]["what"], data["drafting"]["drafted_by"]):
        assert value.startswith("TODO")
    # Candidate sentences are comments with their paragraph: the conditions section starts from
    # the sentence where Phee makes resumption depend on the CNSP's steps.
    conditions = text[text.index("conditions:"): text.index("open_issues:")]
    assert re.search(r"#   § 2: .*à mesure que le CNSP prend des mesures", conditions)
    assert "spoken" in text                                # said unknown, as a key or a comment
    # CI never ships a draft: --strict refuses it while a placeholder remains.
    from exporter.draft.write import schema_features

    if schema_features().source_file:
        assert data["quotes"][0]["spoken"] == "unknown"
        assert data["sources"][0]["file"] == "niger-us-cooperation.article.fr.txt"
        strict = runner.invoke(app, ["validate", "--strict", str(flagship_draft / "niger-us-cooperation.yaml")])
        assert strict.exit_code == 1 and "placeholder" in strict.output


def test_the_normalized_article_is_the_text_file_links_to(flagship_draft):
    written = (flagship_draft / "niger-us-cooperation.article.fr.txt").read_text("utf-8")
    original = [p.strip() for p in FLAGSHIP_ARTICLE.read_text("utf-8").split("\n\n") if p.strip()]
    assert written.endswith("\n") and "\n\n\n" not in written and not written.startswith("\n")
    assert paragraphs_of(flagship_draft / "niger-us-cooperation.article.fr.txt") == original
    assert not re.match(r"\s*\d+[.)]", written)            # no numbers written into the text
    text = (flagship_draft / "niger-us-cooperation.yaml").read_text("utf-8")
    assert "niger-us-cooperation.article.fr.txt" in text   # file: (or its comment until the schema has it)


@pytest.mark.parametrize("name", list(GOLD))
def test_every_quote_is_a_verbatim_span_of_its_paragraph(name, tmp_path):
    result = draft_article(article_path(GOLD[name], tmp_path), tmp_path, brief_id="t")
    paragraphs = paragraphs_of(result.article)
    data = draft_yaml(result.brief)
    for quote in data["quotes"]:
        paragraph = paragraphs[quote["refs"][0]["paragraph"] - 1]
        assert quote["text"] in paragraph
    for figure in data["figures"]:
        assert figure["refs"][0]["paragraph"] <= len(paragraphs)
    for actor in data["actors"]:
        assert all(ref["paragraph"] <= len(paragraphs) for ref in actor["refs"])
        assert actor["name"].split()[-1].lower() in " ".join(paragraphs).lower()   # named in the article
    load_file(result.brief)


def test_extraction_scores_on_the_annotated_articles(tmp_path):
    # Floors under the README's table: a change to the rules that loses quotes, figures or actors
    # on these hand-annotated articles fails here.
    scores = totals(evaluate(tmp_path, nlp=False))
    assert scores["quotes"].precision == 1.0 and scores["quotes"].recall == 1.0
    assert scores["figures"].precision >= 0.95 and scores["figures"].recall >= 0.95
    assert scores["actors"].precision >= 0.95 and scores["actors"].recall >= 0.8


def test_an_english_statement_in_html(tmp_path):
    article = read_article(ARTICLES / "en-state-sahel-assistance-2020.html")
    assert article.title == "The United States Announces Humanitarian Assistance for the Sahel Crisis Response"
    joined = "\n".join(article.paragraphs)
    assert "analytics" not in joined and "Home" not in joined and "official website" not in joined  # script, nav, footer
    assert "State Department’s Bureau" in joined                                     # &#8217; decoded
    result = draft_article(ARTICLES / "en-state-sahel-assistance-2020.html", tmp_path)
    data = draft_yaml(result.brief)
    assert data["sources"][0]["date"].isoformat() == "2020-09-24"
    assert data["sources"][0]["title"] == article.title and data["languages"] == ["en"]
    assert {(f["value"], f["currency"], f.get("approx", False)) for f in data["figures"]} == {
        (152000000, "USD", True), (67000000, "USD", True), (85000000, "USD", True)}


def test_said_surname_resolves_to_the_full_name(tmp_path):
    result = draft_article(ARTICLES / "en-usmission-rome-sahel-2012.txt", tmp_path)
    data = draft_yaml(result.brief)
    assert [(q["speaker"], q["refs"][0]["paragraph"]) for q in data["quotes"]] == [
        ("Nancy Lindborg", 2), ("Nancy Lindborg", 2), ("Karen Johnson", 4)]
    paragraphs = ["Secretary of State Antony J. Blinken met the Nigerien foreign minister on Monday.",
                  "“We stand with the people of Niger and their democratic institutions,” said Blinken."]
    quotes = extract(paragraphs, "en").quotes
    assert quotes[0].speaker == "Antony J. Blinken" and quotes[0].said_as == "Blinken"


def test_a_french_communique_as_docx(tmp_path):
    docx_file = make_docx(ARTICLES / "fr-meae-niger-point-de-presse-2005-07-07.txt", tmp_path / "communique.docx")
    from_docx = read_article(docx_file)
    from_txt = read_article(ARTICLES / "fr-meae-niger-point-de-presse-2005-07-07.txt")
    assert from_docx.title == from_txt.title == "Niger - Point de presse du 7 juillet 2005"
    assert from_docx.paragraphs == from_txt.paragraphs
    result = draft_article(docx_file, tmp_path, brief_id="niger-2005")
    data = draft_yaml(result.brief)
    assert data["sources"][0]["date"].isoformat() == "2005-07-07"
    values = [(f["value"], f.get("currency"), f.get("approx", False)) for f in data["figures"]]
    assert (3400000, "EUR", True) in values and (400000, "EUR", True) in values
    assert not any(f["value"] in (2004, 2005, 2001, 7, 16) for f in data["figures"])   # years and dates


def test_markdown_loses_its_markup_not_its_words(tmp_path):
    article = read_article(ARTICLES / "en-state-issoufou-call-2024.md")
    assert article.title == "Secretary Blinken’s Call with Former Nigerien President Issoufou"
    text = from_text("# Title\n\nSome **bold** and [a link](https://example.org) and `code`.\n\n- a list item\n", "markdown")
    assert text.paragraphs == ["Some bold and a link and code.", "a list item"]


def test_figures_never_take_dates_years_ordinals_or_names():
    paragraphs = ["Le 13 décembre 2023, la 3e réunion s'est tenue à la Base 201 ; en 2024, 12 % des 1 200 soldats "
                  "et 2,5 milliards de francs CFA, soit près de 4 millions de dollars, environ 30 personnes.",
                  "On May 19th, 2024, the 20th meeting at Air Base 201 counted 1,500 troops, 12.5% of them, "
                  "and $3.2 billion, about 40 people, COVID-19, at 05h00 and 15:30."]
    fr = {(f.value, f.approx, f.unit, f.currency, f.percent) for f in extract(paragraphs[:1], "fr").figures}
    assert fr == {(12, False, None, None, True), (1200, False, "soldats", None, False),
                  (2500000000, False, None, "XOF", False), (4000000, True, None, "USD", False),
                  (30, True, "personnes", None, False)}
    en = {(f.value, f.approx, f.unit, f.currency, f.percent) for f in extract(paragraphs[1:], "en").figures}
    assert en == {(1500, False, "troops", None, False), (12.5, False, None, None, True),
                  (3200000000, False, None, "USD", False), (40, True, "people", None, False)}


def test_spoken_language_is_said_only_when_the_article_says_it():
    paragraphs = ["« Nous ne céderons rien sur la souveraineté du pays », a déclaré en anglais le général Abdourahamane Tiani.",
                  "« Nous voulons un partenariat équilibré et respectueux », a ajouté le général Abdourahamane Tiani."]
    quotes = extract(paragraphs, "fr").quotes
    assert [(q.speaker, q.spoken) for q in quotes] == [("Abdourahamane Tiani", "en"), ("Abdourahamane Tiani", None)]


def test_spacy_finds_names_without_a_title():
    from exporter.draft import nlp

    model = nlp.load("fr")
    if model is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs the draft extra (spaCy and fr_core_news_sm)")
        pytest.skip("spaCy's French pipeline is not installed (pip install '.[draft]')")
    paragraphs = ["Emmanuel Macron a reçu le Premier ministre nigérien à Paris."]
    assert [a.name for a in extract(paragraphs, "fr").actors] == []
    found = extract(paragraphs, "fr", nlp=model).actors
    assert [(a.name, a.kind) for a in found] == [("Emmanuel Macron", "person")]


# --- the command's surface ---------------------------------------------------------------------------

def test_ids_come_from_the_file_name():
    assert default_id(Path("article-niger-us-cooperation.fr.txt")) == "niger-us-cooperation"
    assert default_id(Path("Communiqué du 7 juillet.docx")) == "communique-du-7-juillet"
    assert default_id(Path("«».txt")) == "draft"


def test_existing_files_are_kept_unless_forced(tmp_path):
    args = ["draft", str(FLAGSHIP_ARTICLE), "-o", str(tmp_path), "--rules-only"]
    assert runner.invoke(app, args).exit_code == 0
    again = runner.invoke(app, args)
    assert again.exit_code == 1 and "--force" in again.output
    assert runner.invoke(app, args + ["--force"]).exit_code == 0
    two = runner.invoke(app, ["draft", str(FLAGSHIP_ARTICLE), str(FLAGSHIP_ARTICLE), "--id", "x"])
    assert two.exit_code == 2
    bad = runner.invoke(app, ["draft", str(FLAGSHIP_ARTICLE), "--lang", "de", "-o", str(tmp_path)])
    assert bad.exit_code == 1 and "fr or en" in bad.output


# --- hostile articles ----------------------------------------------------------------------------------

def _refused(path: Path, tmp_path: Path, words: str) -> None:
    result = runner.invoke(app, ["draft", str(path), "-o", str(tmp_path / "out"), "--rules-only"])
    assert result.exit_code == 1, result.output
    assert words in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_binary_files_are_refused(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    _refused(tmp_path / "photo.txt", tmp_path, "binary")
    (tmp_path / "latin1.txt").write_bytes("Le président a déclaré".encode("latin-1"))
    _refused(tmp_path / "latin1.txt", tmp_path, "not UTF-8")
    (tmp_path / "fake.docx").write_bytes(b"this is no zip")
    _refused(tmp_path / "fake.docx", tmp_path, "not a Word document")
    (tmp_path / "article.pdf").write_bytes(b"%PDF-1.7")
    _refused(tmp_path / "article.pdf", tmp_path, "unknown article format")
    _refused(tmp_path / "missing.txt", tmp_path, "no such file")


def test_a_30_mb_article_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(30 * 1024 * 1024)
    _refused(big, tmp_path, f"limited to {MAX_FILE_BYTES:,} bytes")


def test_html_bombs(tmp_path):
    nested = tmp_path / "nested.html"
    nested.write_text("<div>" * 100_000 + "text" + "</div>" * 100_000, "utf-8")
    _refused(nested, tmp_path, "nests more than")
    # html.parser has no DTD: a declared entity is never expanded, so the "billion laughs" stays small.
    laughs = tmp_path / "laughs.html"
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    laughs.write_text(f'<!DOCTYPE html [<!ENTITY l0 "lol">{entities}]><p>&l9; &amp; « un texte » de 12 soldats</p>', "utf-8")
    result = draft_article(laughs, tmp_path / "laughs", brief_id="laughs", use_nlp=False)
    assert result.article.stat().st_size < 200
    # A page with only a script and an empty body has nothing to draft from.
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><script>var x = 1;</script></head><body>   </body></html>", "utf-8")
    _refused(empty, tmp_path, "no text found")


def test_a_docx_zip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (25 * 1024 * 1024) + b"</w:document>")
    bomb.write_bytes(buffer.getvalue())
    assert bomb.stat().st_size < 1024 * 1024
    _refused(bomb, tmp_path, "unpacks to")


def test_no_paragraphs_and_unbalanced_quotes(tmp_path):
    (tmp_path / "blank.txt").write_text("\n\n   \n\t\n", "utf-8")
    _refused(tmp_path / "blank.txt", tmp_path, "no text found")
    odd = tmp_path / "odd.txt"
    odd.write_text("« Une citation qui ne se ferme jamais, a déclaré M. Dupont.\n\n"
                   "Un \"guillemet seul et 40 soldats.\n\n« Encore » une « autre fois", "utf-8")
    result = draft_article(odd, tmp_path / "odd", use_nlp=False)
    data = draft_yaml(result.brief)
    assert data["quotes"] == [] and data["figures"][0]["value"] == 40
    # One enormous line is split at sentence ends, never into a 20,000-character paragraph.
    long_line = tmp_path / "long.txt"
    long_line.write_text(("Le ministre a parlé de 12 soldats. " * 3000).strip(), "utf-8")
    result = draft_article(long_line, tmp_path / "long", use_nlp=False)
    assert len(paragraphs_of(result.article)) > 1
    assert max(len(p) for p in paragraphs_of(result.article)) <= 20_000


_ALPHABET = st.sampled_from(list("abcdeé ÉZ.,;:!?'\"«»“”„’-–—()[]{}#*_<>&%$€£0123456789\n\n\t\u00a0\u202f\u2028\x85\x00\x07\ufeffMmeM.")
                            + ["a déclaré", "said", "Mme Phee", "Molly Phee", "environ", "about", "millions d'euros",
                               "$", " 1 100 ", " 648 ", "CNSP", "USAID (U.S. Agency)", "le président ", "Joe Biden"])


@given(st.lists(_ALPHABET, max_size=120).map("".join), st.sampled_from(["text", "markdown", "html"]),
       st.sampled_from(["fr", "en"]))
def test_any_text_gives_a_valid_draft_or_a_clear_refusal(tmp_path_factory, text, kind, lang):
    out = tmp_path_factory.mktemp("any")
    try:
        article = from_text(text, kind)
    except ArticleError:
        return
    if not article.paragraphs:
        return
    result = draft_from(article, out / "article.txt", out, lang, "any", force=True, use_nlp=False)
    paragraphs = paragraphs_of(result.article)
    assert paragraphs == article.paragraphs
    for quote in draft_yaml(result.brief)["quotes"]:
        assert quote["text"] in paragraphs[quote["refs"][0]["paragraph"] - 1]


@given(st.text(max_size=300))
def test_quotation_spans_are_inside_their_marks(text):
    for start, end in quotation_spans(text):
        assert 0 < start <= end < len(text) + 1
        assert text[start - 1] in "«“„\""
