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
from exporter.draft.extract import extract
from exporter.draft.quotes import quotation_spans
from exporter.draft.read import MAX_FILE_BYTES, ArticleError, from_text, read_article
from tests.conftest import ROOT
from tests.draft_eval import (
    ANNOTATIONS,
    ARTICLES,
    article_path,
    evaluate,
    held_out,
    make_docx,
    totals,
)

runner = CliRunner()
FLAGSHIP_ARTICLE = ROOT / "samples" / "article-niger-us-cooperation.fr.txt"
GOLD = yaml.safe_load(ANNOTATIONS.read_text("utf-8"))
# Floors under the README's "How well it extracts" (measured by benchmarks/draft_quality.py):
# (kind, metric, floor). The tuning half meets issue 21's goal — quotes 0.9 recall at precision 1,
# figures 0.85, actors 0.8. The held-out half is kept in the parts it was set in: batches 1–5
# (the floors set when they were added, unchanged), batches 6–9, 10–12, 13–16, 17–19, 20–23, 24–26,
# 27–29, 30–33, 34–37, 38–43, 44–51 and 52–60 (added since, each scored blind once before the rules were changed for it;
# these floors hold what the rules reach on them now).
FLOORS = {
    "tuning": [("quotes", "precision", 1.0), ("quotes", "recall", 1.0), ("figures", "recall", 1.0),
               ("figures", "precision", 0.95), ("actors", "recall", 0.95), ("actors", "precision", 0.95)],
    "held-out": [("quotes", "precision", 0.9), ("quotes", "recall", 0.85), ("figures", "recall", 0.95),
                 ("figures", "precision", 0.95), ("actors", "recall", 0.9), ("actors", "precision", 0.88)],
    "held-out, batches 6-9": [("quotes", "precision", 0.95), ("quotes", "recall", 0.95), ("figures", "recall", 0.9),
                              ("figures", "precision", 0.95), ("actors", "recall", 0.85), ("actors", "precision", 0.85)],
    "held-out, batches 10-12": [("quotes", "precision", 0.93), ("quotes", "recall", 0.93), ("figures", "recall", 0.85),
                                ("figures", "precision", 0.95), ("actors", "recall", 0.8), ("actors", "precision", 0.8)],
    "held-out, batches 13-16": [("quotes", "precision", 0.85), ("quotes", "recall", 0.84), ("figures", "recall", 0.84),
                                ("figures", "precision", 0.94), ("actors", "recall", 0.79), ("actors", "precision", 0.83)],
    "held-out, batches 17-19": [("quotes", "precision", 0.97), ("quotes", "recall", 0.97), ("figures", "recall", 0.92),
                                ("figures", "precision", 0.96), ("actors", "recall", 0.75), ("actors", "precision", 0.9)],
    "held-out, batches 20-23": [("quotes", "precision", 0.92), ("quotes", "recall", 0.9), ("figures", "recall", 0.85),
                                ("figures", "precision", 0.94), ("actors", "recall", 0.7), ("actors", "precision", 0.78)],
    "held-out, batches 24-26": [("quotes", "precision", 0.97), ("quotes", "recall", 0.97), ("figures", "recall", 0.86),
                                ("figures", "precision", 0.94), ("actors", "recall", 0.74), ("actors", "precision", 0.85)],
    "held-out, batches 27-29": [("quotes", "precision", 0.9), ("quotes", "recall", 0.91), ("figures", "recall", 0.84),
                                ("figures", "precision", 0.97), ("actors", "recall", 0.76), ("actors", "precision", 0.74)],
    "held-out, batches 30-33": [("quotes", "precision", 0.92), ("quotes", "recall", 0.93), ("figures", "recall", 0.9),
                                ("figures", "precision", 0.96), ("actors", "recall", 0.8), ("actors", "precision", 0.85)],
    "held-out, batches 34-37": [("quotes", "precision", 0.85), ("quotes", "recall", 0.86), ("figures", "recall", 0.84),
                                ("figures", "precision", 0.95), ("actors", "recall", 0.78), ("actors", "precision", 0.84)],
    "held-out, batches 38-43": [("quotes", "precision", 0.87), ("quotes", "recall", 0.86), ("figures", "recall", 0.89),
                                ("figures", "precision", 0.97), ("actors", "recall", 0.79), ("actors", "precision", 0.85)],
    "held-out, batches 44-51": [("quotes", "precision", 0.88), ("quotes", "recall", 0.89), ("figures", "recall", 0.86),
                                ("figures", "precision", 0.95), ("actors", "recall", 0.81), ("actors", "precision", 0.87)],
    "held-out, batches 52-60": [("quotes", "precision", 0.92), ("quotes", "recall", 0.92), ("figures", "recall", 0.93),
                                ("figures", "precision", 0.96), ("actors", "recall", 0.82), ("actors", "precision", 0.85)],
}
FIRST_HELD_OUT = set().union(*(held_out(n) for n in (1, 2, 3, 4, 5)))


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


# Every article at the newest releases; every n-th with BRIEF_CORPUS_SAMPLE=n (.ci/run's runs at the floors and
# with the fast paths off, which look for a library's difference, not for a rule's: the corpus grows by a
# batch a round, and CI must stay under ten minutes).
CORPUS_SAMPLE = list(GOLD)[:: int(os.environ.get("BRIEF_CORPUS_SAMPLE") or 1)]


@pytest.mark.parametrize("name", CORPUS_SAMPLE)
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
    loaded = load_file(result.brief)
    # The draft reads its figures as `brief validate` checks them against the article: no figure
    # the check cannot find, no approx it would contradict, no label that drops a hedge.
    assert [str(w) for w in loaded.warnings if w.path.startswith("figures") and "placeholder" not in w.message] == []


# The ten articles the first floors were set on (before the corpus grew for issue 21).
FIRST_TEN = {"niger-us-cooperation", "en-usmission-rome-sahel-2012", "en-state-sahel-assistance-2020",
             "en-state-issoufou-call-2024", "fr-meae-niger-declaration-2005-06-16",
             "fr-meae-niger-point-de-presse-2005-07-07", "en-dod-singh-briefing-niger", "en-usaid-sahel-food-2022",
             "fr-meae-rome-pam-2017", "fr-meae-rome-pam-2019"}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    return evaluate(tmp_path_factory.mktemp("scores"), nlp=False)


def test_extraction_scores_on_the_annotated_articles(scores):
    # Floors under the README's table: a change to the rules that loses quotes, figures or actors
    # on these hand-annotated articles fails here.
    first = totals(scores, names=FIRST_TEN)
    assert first["quotes"].precision == 1.0 and first["quotes"].recall == 1.0
    assert first["figures"].precision >= 0.95 and first["figures"].recall >= 0.95
    assert first["actors"].precision >= 0.95 and first["actors"].recall >= 0.8


@pytest.mark.parametrize("half", ["tuning", "held-out", "held-out, batches 6-9", "held-out, batches 10-12",
                                  "held-out, batches 13-16", "held-out, batches 17-19", "held-out, batches 20-23",
                                  "held-out, batches 24-26", "held-out, batches 27-29", "held-out, batches 30-33",
                                  "held-out, batches 34-37", "held-out, batches 38-43", "held-out, batches 44-51",
                                  "held-out, batches 52-60"])
def test_both_halves_of_the_corpus_meet_the_floors(scores, half):
    # Issue 21's goal, on the half the rules were tuned on and on the half they were not: quotes
    # found right (text, speaker, paragraph), and most of what the annotations hold found.
    names = {"tuning": set(scores) - held_out(), "held-out": FIRST_HELD_OUT,
             "held-out, batches 6-9": set().union(*(held_out(n) for n in (6, 7, 8, 9))),
             "held-out, batches 10-12": set().union(*(held_out(n) for n in (10, 11, 12))),
             "held-out, batches 13-16": set().union(*(held_out(n) for n in (13, 14, 15, 16))),
             "held-out, batches 17-19": held_out(17) | held_out(18) | held_out(19),
             "held-out, batches 20-23": set().union(*(held_out(n) for n in (20, 21, 22, 23))),
             "held-out, batches 24-26": set().union(*(held_out(n) for n in (24, 25, 26))),
             "held-out, batches 27-29": set().union(*(held_out(n) for n in (27, 28, 29))),
             "held-out, batches 30-33": set().union(*(held_out(n) for n in (30, 31, 32, 33))),
             "held-out, batches 34-37": set().union(*(held_out(n) for n in (34, 35, 36, 37))),
             "held-out, batches 38-43": set().union(*(held_out(n) for n in range(38, 44))),
             "held-out, batches 44-51": set().union(*(held_out(n) for n in range(44, 52))),
             "held-out, batches 52-60": set().union(*(held_out(n) for n in range(52, 61)))}[half]
    assert len(names) >= 10
    got = totals(scores, names=names)
    for kind, metric, floor in FLOORS[half]:
        assert getattr(got[kind], metric) >= floor, (half, kind, metric, got[kind].cell())


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


def test_a_bug_of_the_rules_is_one_articles_message_not_a_traceback(tmp_path, monkeypatch):
    # A rule that fails on some text reports that article, writes nothing for it, and the others
    # are still drafted.
    import exporter.draft.extract as extract_module

    real = extract_module.extract

    def failing(paragraphs, *args, **kwargs):
        if any("Garowe" in p for p in paragraphs):
            raise IndexError("list index out of range")
        return real(paragraphs, *args, **kwargs)

    monkeypatch.setattr(extract_module, "extract", failing)
    (tmp_path / "bad.txt").write_text("Title\n\nThe meeting in Garowe ended on Monday.\n", "utf-8")
    (tmp_path / "good.txt").write_text("Title\n\nThe meeting in Niamey ended on Monday.\n", "utf-8")
    result = runner.invoke(app, ["draft", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "-o",
                                 str(tmp_path / "out"), "--rules-only"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "bad.txt: the draft rules failed on this article (IndexError" in result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.article.en.txt", "good.yaml"]


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
        assert text[start - 1] in "«“„\"‘’'"


# --- issue 21: what an article says, on articles never seen -------------------------------------

@pytest.mark.parametrize("lang, paragraphs, speaker", [
    ("en", ["Prime Minister of Canada Justin Trudeau said, “We will stand with Ukraine for as long as it takes.”"],
     "Justin Trudeau"),
    ("en", ["President of the European Commission, Ursula von der Leyen said, “Europe will stand by Ukraine every step of the way.”"],
     "Ursula von der Leyen"),
    ("fr", ["L'ambassadeur des États-Unis au Niger, Eric Whitaker, a rencontré le ministre.",
            "M. Whitaker a dit que « les États-Unis restent un partenaire fiable du Niger » lors de la rencontre."],
     "Eric Whitaker"),
    ("fr", ["« Nous travaillons sur une nouvelle forme de coopération avec nos partenaires », affirme Salifou Mody."],
     "Salifou Mody"),
    ("en", ["Last night, President Biden commended the courage of the Ukrainian people.",
            "The world, as President Biden said, “is choosing the side of peace and security.”"], "Biden"),
])
def test_a_speaker_named_with_a_title_or_after_the_quote(lang, paragraphs, speaker):
    quotes = extract(paragraphs, lang).quotes
    assert [q.speaker for q in quotes] == [speaker]


def test_a_description_names_the_one_person_it_fits_and_nobody_when_two_do():
    one = ["L'ambassadeur des États-Unis au Niger, Eric Whitaker, a rencontré le ministre nigérien.",
           "Le diplomate américain a rappelé que son pays a fourni « plus de deux milliards de dollars d'aide en vingt ans »."]
    quote = extract(one, "fr").quotes[0]
    assert (quote.speaker, quote.said_as) == ("Eric Whitaker", "Le diplomate américain")
    two = ["L'ambassadeur des États-Unis, Eric Whitaker, a parlé. L'ambassadrice américaine à l'ONU, Linda "
           "Thomas-Greenfield, a parlé.", one[1]]
    assert extract(two, "fr").quotes[0].speaker is None                   # two fit: the draft says TODO
    en = ["U.S. Ambassador Kathleen FitzGibbon met the minister on Monday.",
          "“Our partnership with Niger remains strong and it will endure,” the ambassador said."]
    assert extract(en, "en").quotes[0].speaker == "Kathleen FitzGibbon"
    # A spokesperson is not the Secretary-General they speak for.
    spokesman = ["Le Secrétaire général de l'ONU, António Guterres, a participé au sommet.",
                 "« Le dîner vise à répondre à la crise au Sahel », a précisé le porte-parole du Secrétaire général."]
    assert extract(spokesman, "fr").quotes[0].speaker is None


def test_a_pronoun_is_the_person_named_before_it_not_an_object_of_an_opening_clause():
    paragraphs = ["Le Secrétaire général de l'ONU, António Guterres, est arrivé lundi à Niamey.",
                  "S'exprimant après avoir rencontré le Président du Niger, Mohamed Bazoum, il a déclaré que "
                  "« la communauté internationale doit réaliser » ce qui se passe.",
                  "Le Président Mohamed Bazoum a reconnu l'engagement de M. Guterres. « Nous devons adapter notre "
                  "réponse », a-t-il ajouté."]
    assert [q.speaker for q in extract(paragraphs, "fr").quotes] == ["António Guterres", "Mohamed Bazoum"]


def test_states_bodies_and_groups_are_actors_once_each_and_places_are_not():
    paragraphs = ["Les Etats-Unis et le Niger ont signé un accord ; le Conseil de sécurité des Nations Unies s'est réuni.",
                  "Au Mali, au Burkina Faso et au Tchad, l'ONU et la CEDEAO (Communauté économique des États de "
                  "l'Afrique de l'Ouest) soutiennent les victimes de l'État islamique.",
                  "Le Conseil de sécurité a condamné l'attaque ; les États-Unis l'ont condamnée aussi."]
    actors = {a.name: a for a in extract(paragraphs, "fr").actors}
    assert set(actors) == {"Etats-Unis", "Niger", "Conseil de sécurité des Nations Unies", "ONU", "CEDEAO", "État islamique"}
    assert [actors[n].kind for n in ("Etats-Unis", "Niger", "ONU", "État islamique")] == ["state", "state", "organization", "group"]
    assert "États-Unis" in actors["Etats-Unis"].aliases and "Conseil de sécurité" in actors["Conseil de sécurité des Nations Unies"].aliases
    en = ["The United States and Japan voted for the text in the UN General Assembly and the UN Security Council.",
          "The U.S. Government funds the European Commission's work in Niger and in Chad."]
    actors = {a.name: a for a in extract(en, "en").actors}
    assert set(actors) == {"United States", "Japan", "UN General Assembly", "UN Security Council", "European Commission"}
    assert "U.S. Government" in actors["United States"].aliases


@pytest.mark.parametrize("lang, text, value, unit", [
    ("en", "One hundred forty-one UN Member States voted for it.", 141, "States"),
    ("en", "A hundred and forty-one states voted to support it.", 141, "states"),
    ("fr", "Cent quarante et un États ont voté pour.", 141, "États"),
    ("fr", "Quatre-vingt-dix-neuf soldats sont rentrés.", 99, "soldats"),
    ("en", "The text was co-sponsored by an additional 80 UN member states.", 80, "member"),
    ("en", "Emissions fell to 200 MT CO2, down from baseline value of 357 MT CO2.", 357, "MT"),
    ("fr", "Le ministre a signé deux accords.", 2, "accords"),
])
def test_figures_written_in_words_counts_and_baselines(lang, text, value, unit):
    assert (value, unit) in {(f.value, f.unit) for f in extract([text], lang).figures}


@pytest.mark.parametrize("lang, text, expected", [
    # a range written with a dash, or whose unit follows only its second end: both ends, each a bound
    ("en", "Ethiopia has seen growth averaging 8-10 percent annually.", {(8, True), (10, True)}),
    ("en", "Every year 10-15 million women suffer serious illness.", {(10000000, True), (15000000, True)}),
    ("en", "Between 20 and 30% of the people were displaced.", {(20, True), (30, True)}),
    ("fr", "Avec entre 400 et 600 Syriens qui franchissent la frontière chaque nuit.", {(400, True), (600, True)}),
    # a count whose noun the sentence gives elsewhere, hedged or bounded
    ("en", "If the cuts carry on into next year, more than 155,000 could be impacted.", {(155000, True)}),
    ("en", "It has doubled, bringing total displacement to over 700,000.", {(700000, True)}),
    ("fr", "L'accident a coûté la vie à près de 200 personnes et en a blessé plus de 1 500 à Brazzaville.",
     {(200, True), (1500, True)}),
    ("en", "The toll has exceeded 200.", {(200, True)}),
    ("en", "Total needs for recovery are estimated at US$520.4 million.", {(520400000, True)}),
    # the noun a number counts, written other ways
    ("fr", "105 Nigériens qui étaient bloqués au Tchad sont rentrés.", {(105, False)}),
    ("en", "More than 100,000 South Sudanese have fled to Uganda.", {(100000, True)}),
    ("en", "The earthquake rendered more than 15,000 Alor households homeless.", {(15000, True)}),
    ("en", "The 473-ton shipment of aid is slated to arrive.", {(473, False)}),
    ("en", "Reports say that 30 of Nepal's 75 districts were affected.", {(75, False)}),
    ("en", "USAID will transport 65,000 MT of food donated by Brazil.", {(65000, False)}),
    ("fr", "Un séisme de magnitude 7,1 a frappé mardi.", {(7.1, False)}),
    ("fr", "Elle apporte une aide de 200000 $US aux efforts humanitaires.", {(200000, False)}),
    ("fr", "Ce premier envoi couvrira les besoins de 30,000 enfants vulnérables.", {(30000, False)}),
    ("fr", "Près de 2000 tonnes de céréales seront distribuées.", {(2000, True)}),
    ("fr", "Pour 32 000 enfants qui souffrent de malnutrition grave et 160 000 autres qui souffrent de malnutrition "
           "modérée.", {(32000, False), (160000, False)}),
    ("en", "Some 490,000 people are displaced, with 79,000 of them sheltering at UN bases.", {(490000, True), (79000, False)}),
    ("en", "Some 27,000 are affected, of which 16,000 reside in the Kunene Region and 11,000 in the Ohangwena Region.",
     {(27000, True), (16000, False), (11000, False)}),
    ("fr", "Les pays incluent la Grèce (4968 migrants), l’Autriche (3469), Djibouti (3392) et l’Italie (958).",
     {(4968, False), (3469, False), (3392, False), (958, False)}),
    ("en", "UXO accidents fell from an average of about 300 per year to less than 50 for the past two years.",
     {(300, True), (50, True)}),
    ("en", "The mission has 12,000 troops, and 3,000 in Goma alone; the toll exceeded 200 on Tuesday.",
     {(12000, False), (3000, False), (200, True)}),
    ("fr", "Un taux de 0,125 % a été fixé ; l'euro s'échangeait à 1,085 dollar.", {(0.125, False), (1.085, False)}),
    ("fr", "Il faudra entre deux et trois millions de dollars.", {(2000000, True), (3000000, True)}),
    # a hedge after the number, as the fidelity check reads it; a ratio is no count
    ("fr", "Ils étaient 1 100 soldats environ, et un adulte sur quatre environ vit avec le VIH.", {(1100, True)}),
    ("en", "Some 600 people or so fled, and one in four children is malnourished.", {(600, True)}),
])
def test_figures_whose_noun_or_bound_is_written_apart(lang, text, expected):
    assert {(f.value, f.approx) for f in extract([text], lang).figures} == expected


def test_a_range_with_a_currency_keeps_both_ends_scale_and_currency():
    found = extract(["The appeal seeks $10-15 million, and some €3-4 billion is needed."], "en").figures
    assert [(f.value, f.approx, f.currency) for f in found] == [
        (10000000, True, "USD"), (15000000, True, "USD"), (3000000000, True, "EUR"), (4000000000, True, "EUR")]


def test_a_label_is_the_article_s_words_and_never_cuts_a_number_or_its_hedge():
    paragraph = ("Floods hit the country, killing at least 23 people and affecting another 50,000 across the country "
                 "after the 7.8 magnitude earthquake, with about $500m in aid and 240km/h winds reported so far today.")
    labels = {f.value: f.label for f in extract([paragraph], "en").figures}
    assert labels[50000] == "affecting another 50,000 across the country after the 7.8 magnitude earthquake"
    assert "$500m" in labels[500000000] and "240km/h" in labels[240]
    assert not labels[23].rstrip().endswith(("least", "50"))


@pytest.mark.parametrize("lang, text", [
    # (the review of round 39's figure rules: each of these gave a figure once)
    ("en", "Youth aged 15-24 account for a share of the unemployed; the 15-24 age group is most affected."),
    ("en", "The 15-17 March meeting was postponed, and the nominee was confirmed by a 52-48 vote."),
    ("en", "It was a 3-1 victory; see pages 12-15 of the report, on IPC Phase 3-5 levels."),
    ("en", "The attack began at around 10 in the morning. At around 1430, the convoy was attacked."),
    ("en", "Volunteers must be at least 18. Children up to 14 are eligible, and those over 65 are most at risk."),
    ("fr", "Les plus de 65 sont les plus vulnérables ; le thermomètre a dépassé 45 à Niamey."),
    ("en", "Temperatures reached nearly 50 in Jacobabad, and students scored above 500 in mathematics."),
    ("en", "About 45 in every 1,000 live births end badly, and emissions rebounded to around 2019 levels."),
    ("en", "In line with Article 16 (1), Article 17 (2) and Article 18 (3) of the Convention, states must act."),
    ("en", "Data were collected in Sudan (1), Chad (2) and Niger (3)."),
    ("en", "The briefing starts at 3 PM on Monday and at 10 Geneva time on Tuesday."),
    ("en", "The strategy takes a 360-degree approach; the 27-country bloc and the 47-seat Council agreed."),
    ("en", "The Council endorsed the above recommendations."),
    ("en", "Children under 5 are most at risk, and people over 65 are too."),
    ("en", "COVID-19 cases rose in the 2010-11 season and again in 2015-2016."),
    ("en", "Guterres told the 15-member Council that the Group of Five Sahel countries need a 10-point plan."),
    ("en", "Up to 2030 the plan runs, and in 2000 people voted."),
    ("en", "The aid covers (1) food, (2) water and (3) shelter."),
    ("fr", "Le Conseil a rappelé Haïti (2010), le Chili (2010) et le Japon (2011)."),
    ("en", "Over 1,600 have been rescued since Friday, the rescue of over 1,600 migrants from several vessels."),
])
def test_no_figure_from_an_age_a_year_a_name_or_an_enumeration(lang, text):
    # (one of these sentences has a figure, the rescue's "over 1,600 migrants")
    found = [(f.value, f.unit) for f in extract([text], lang).figures]
    assert found in ([], [(1600, "migrants")])


def test_references_and_durations_are_no_figures():
    fr = extract(["Les deux pays ont discuté pendant deux jours ; il y a 2 ans, une visite de trois semaines."], "fr")
    en = extract(["The two officials met for two days, and the three of them spoke 5 times."], "en")
    assert fr.figures == [] and en.figures == []


def test_the_draft_types_its_actors_and_asks_for_what_each_kind_lacks(tmp_path):
    article = tmp_path / "niger.txt"
    article.write_text("L'ambassadeur des États-Unis au Niger, Eric Whitaker, a rencontré le ministre.\n\n"
                       "Le Niger et la CEDEAO ont parlé de l'État islamique. Mme Aïcha Diallo, porte-parole, a "
                       "déclaré : « Nous voulons un partenariat équilibré et respectueux. »\n", "utf-8")
    result = draft_article(article, tmp_path, brief_id="niger", use_nlp=False)
    text = result.brief.read_text("utf-8")
    actors = {a["name"]: a for a in draft_yaml(result.brief)["actors"]}
    assert actors["Eric Whitaker"]["affiliation"] == "États-Unis"              # from his title
    assert actors["Aïcha Diallo"]["affiliation"].startswith("TODO")           # the article names none
    assert actors["Niger"]["role"].startswith("TODO: the state's part") and "affiliation" not in actors["Niger"]
    assert "affiliation" not in actors["État islamique"] and actors["État islamique"]["role"].startswith("TODO")
    assert '"Niger"   # a state' in text and '"État islamique"   # a group' in text
    load_file(result.brief)                                                   # validates
    strict = runner.invoke(app, ["validate", "--strict", str(result.brief)])
    assert strict.exit_code != 0 and "actors[" in strict.output               # refused while TODOs remain


def test_titles_descriptions_and_inverted_attributions():
    # A title's last word is not a first name; "the Special Representative" is the one person with
    # that title; "welcomed that" introduces a quotation; "comme l'a noté X," is an attribution.
    en = ["U.S. Department of State Deputy Assistant Secretary for Regional Security Policy John Kerrigan met the "
          "minister. Kerrigan said that “the talks covered the risks posed by armed groups along the border.”",
          "The Special Representative of the Secretary-General for Central Africa, Maria Lopes, briefed the Council.",
          "The Special Representative warned that “the gains of the last two years remain fragile and easily lost”. "
          "Ms. Lopes welcomed that “the new road map gives the region a unique opportunity to cooperate”."]
    x = extract(en, "en")
    assert [q.speaker for q in x.quotes] == ["John Kerrigan", "Maria Lopes", "Maria Lopes"]
    assert {a.name for a in x.actors if a.kind == "person"} == {"John Kerrigan", "Maria Lopes"}
    fr = ["Le Secrétaire général de l’ONU, Jean Dupont, est arrivé à Dakar.",
          "Le Sahel souffre et, comme l’a noté le chef de l’ONU, « les populations civiles paient le prix le plus lourd »."]
    assert [q.speaker for q in extract(fr, "fr").quotes] == ["Jean Dupont"]


def test_a_label_in_capitals_and_a_town_with_its_country_are_no_actors():
    x = extract(["DEPUTY PRESS SECRETARY JANE ROE: Hello. The Secretary left for Ramstein, Germany, where the CNSP "
                 "and Russia met."], "en")
    assert [(a.name, a.kind) for a in x.actors] == [("Jane Roe", "person"), ("CNSP", "organization"), ("Russia", "state")]


def test_a_quotation_over_several_paragraphs_keeps_its_speaker():
    # Each paragraph opens the mark, only the last closes it; the speaker is named once, before a colon.
    paragraphs = ['Washington, DC - Secretary of State Jane Q. Public: "On behalf of the United States, I extend '
                  'congratulations to the people of the country.',
                  '"We work together with regional and international partners to strengthen regional security.',
                  '"We extend our best wishes to the people for peace and prosperity in the coming year."']
    quotes = extract(paragraphs, "en").quotes
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Jane Q. Public"), (2, "Jane Q. Public"), (3, "Jane Q. Public")]
    assert quotes[1].text.startswith("We work together") and quotes[2].text.endswith("coming year.")
    # An unclosed mark that the next paragraph does not reopen still closes nothing.
    assert extract(['He said: "It will never close.', "And the next paragraph is plain."], "en").quotes == []


def test_names_of_bodies_are_read_whole_and_once():
    x = extract(["The U.S. Department of State and the Bureau of Population, Refugees, and Migration and the U.S. Agency "
                 "for International Development work with the State Department; Army Gen. Mark Smith spoke of the "
                 "Islamic State of Iraq and Syria, of the coastal states of Benin and Togo and of the Sahel Alliance "
                 "States and ECOWAS."], "en")
    names = {a.name: a for a in x.actors}
    assert set(names) == {"U.S. Department of State", "Bureau of Population, Refugees, and Migration",
                          "U.S. Agency for International Development", "Mark Smith", "Islamic State of Iraq and Syria",
                          "Sahel Alliance States", "ECOWAS"}
    assert "State Department" in names["U.S. Department of State"].aliases
    fr = extract(["Le Chef du Bureau des Nations Unies pour l’Afrique de l’Ouest et le Sahel (UNOWAS), M. Jean Dupont, a "
                  "parlé de la Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali (MINUSMA)."], "fr")
    assert {a.name: sorted(a.aliases) for a in fr.actors if a.kind == "organization"} == {
        "UNOWAS": ["Bureau des Nations Unies pour l’Afrique de l’Ouest et le Sahel"],
        "MINUSMA": ["Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali"]}


def test_scaled_numbers_counts_named_before_and_durations_after_an_adjective():
    en = {(f.value, f.approx) for f in extract(["Displacement rose to more than 1.1 million, with 110,000 refugees, over "
                                                "the past 20 years."], "en").figures}
    assert en == {(1100000, True), (110000, False)}
    fr = {(f.value, f.unit) for f in extract(["Le nombre de personnes déplacées s'élevait en juin à 921 000, au cours "
                                              "des 20 dernières années."], "fr").figures}
    assert fr == {(921000, "personnes")}


def test_a_body_speaking_in_a_communique_a_byline_and_a_person_after_an_acronym():
    fr = ["Le Programme alimentaire mondial (PAM) alerte.",
          "« Les conditions critiques se retrouvent à des degrés divers dans les pays de la région », indique un "
          "communiqué du Programme alimentaire mondial (PAM) publié aujourd'hui.",
          "Elle se trouvait avec le Haut Commissaire des Nations Unies pour les réfugiés (HCR), Jean Dupont, à "
          "Niamey, et avec l'équipe pays des Nations Unies au Burkina Faso le 6 oct 2023."]
    x = extract(fr, "fr")
    assert [q.speaker for q in x.quotes] == ["PAM"]
    persons = {a.name: a.role for a in x.actors if a.kind == "person"}
    assert persons == {"Jean Dupont": "Haut Commissaire des Nations Unies pour les réfugiés (HCR)"}
    assert "Nations Unies" in {a.name for a in x.actors} and x.figures == []
    en = extract(["Press Statement", "Jane Q. Public", "Secretary of State", "The United States gives $120 million."], "en")
    assert [(a.name, a.role) for a in en.actors if a.kind == "person"] == [("Jane Q. Public", "Secretary of State")]


def test_a_surname_with_an_honorific_a_speaker_named_next_and_an_agent():
    en = ["“The situation challenges us all, and every one of us,” Mr. Lemaire told the 15-member body, in a "
          "presidential statement presented by Anne-Marie de Vries (Netherlands) under document S/PRST/2020/2, with "
          "the African Union Mission in Somalia (AMISOM)."]
    x = extract(en, "en")
    assert [q.speaker for q in x.quotes] == ["Lemaire"]
    names = {a.name: sorted(a.aliases) for a in x.actors}
    assert "Anne-Marie de Vries" in names and "PRST" not in names and "African Union" not in names
    assert names["AMISOM"] == ["African Union Mission in Somalia"]
    fr = ["« Il y a urgence, les populations civiles paient le prix », a constaté le chef de l’ONU à New York.",
          "Jean Dupont a observé que la violence continue, en particulier vers les pays du Golfe de Guinée."]
    x = extract(fr, "fr")
    assert [q.speaker for q in x.quotes] == ["Jean Dupont"] and "Guinée" not in {a.name for a in x.actors}


def test_titles_labels_and_datelines_in_capitals_are_no_actors():
    x = extract(["NIAMEY, 16 DECEMBER – The Assistant Secretary-General for Humanitarian Affairs, Ms Jane Roe, met the "
                 "minister.", "WHO: Jane Roe, Assistant Secretary-General", "WHAT: a mission with OCHA"], "en")
    assert {a.name for a in x.actors} == {"Jane Roe", "OCHA"}
