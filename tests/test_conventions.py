"""Conventions: every sample in every convention, style and locale, read as its readers would."""

from __future__ import annotations

import io
import re
import subprocess
from functools import cache

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from exporter.config.convention import available_conventions
from exporter.config.style import load_style
from exporter.layout import load_convention
from exporter.pipeline.export import export_file
from exporter.source.diagnostics import BriefError
from tests.conftest import ROOT, SAMPLE, brief_text, docx_text, need, pdf_text

CONVENTIONS = ["bilingual", "us-state", "fr-diplomatie"]
STYLES = ["formal", "plain"]
LOCALES = ["fr", "en", "en_US"]
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"


@cache
def memos(sample: str, convention: str, style: str) -> dict:
    """A sample exported in every locale: {(locale, format): bytes}; warnings and errors kept."""
    result = export_file(str(ROOT / "samples" / f"{sample}.yaml"), LOCALES, ["pdf", "docx"], load_style(style),
                         convention=convention)
    return {"errors": result.errors, "warnings": result.warnings,
            **{(m.locale, m.format): m.data for m in result.memos}}


EVERY = [(sample, convention, style) for sample in ("niger-us-cooperation", "niger-force-posture")
         for convention in CONVENTIONS for style in STYLES]


def pdf_lines(data: bytes) -> list[str]:
    return [line.strip() for page in PdfReader(io.BytesIO(data)).pages
            for line in page.extract_text().splitlines() if line.strip()]


def test_three_conventions_ship_and_load():
    assert available_conventions() == sorted(CONVENTIONS)
    state = load_convention("us-state")
    assert state.scheme == "us" and state.paragraph_mark == {"en": "¶"}
    letter = state.apply(load_style("formal"))
    # The S/ES memo templates: Times New Roman 12 (5 FAH-1 H-321's 14 is for routine memorandums).
    assert letter.page.paper == "Letter" and letter.size.body == 12 and letter.size.table >= 11
    assert round(letter.page.margin_left, 1) == 25.4 and letter.font == load_style("formal").font


@pytest.mark.parametrize("sample, convention, style", EVERY)
def test_every_sample_exports_cleanly_in_every_convention_style_and_locale(sample, convention, style):
    made = memos(sample, convention, style)
    # Two warnings belong to the combination, not to the samples: a French note told that the action
    # sample's marking is a US one (it is SBU), and a State memo told that the plain style cannot
    # change its look. Every other warning is a defect.
    expected = []
    if convention == "fr-diplomatie" and sample == "niger-force-posture":
        expected.append("carries the markings its administration uses")
    if convention == "us-state" and style == "plain":
        expected.append("convention fixes the typeface")
    unexpected = [w for w in made["warnings"] if not any(e in w.message for e in expected)]
    assert not made["errors"] and not unexpected, made["errors"] + unexpected
    for locale in LOCALES:
        assert pdf_text(made[(locale, "pdf")]) and docx_text(made[(locale, "docx")])


def assert_good_breaks(lines: list[str], where, letters: bool = True) -> None:
    """No line ends inside a word with a capital, nor (``letters``) leaves fewer than three
    letters before the hyphen or three after it."""
    for line, following in zip(lines, lines[1:]):
        match = re.search(r"(\w+)[-\u00ad]$", line)  # a hyphen the line breaking added is U+00AD
        if not match:
            continue
        head = match.group(1)
        tail = re.match(r"\w+", following)
        word = head + (tail.group() if tail else "")
        assert not any(ch.isupper() for ch in word), (where, line, following)
        if letters:
            assert len(head) >= 3 and tail and len(tail.group()) >= 3, (where, line, following)


@pytest.mark.parametrize("sample, convention, style", EVERY)
def test_no_name_is_hyphenated_and_no_break_leaves_fewer_than_two_and_three_letters(sample, convention, style):
    for locale in LOCALES:
        assert_good_breaks(pdf_lines(memos(sample, convention, style)[(locale, "pdf")]), locale)


@pytest.mark.parametrize("sample, convention, style", EVERY)
def test_no_label_or_dash_is_stranded_at_the_end_of_a_line(sample, convention, style):
    for locale in LOCALES:
        for line in pdf_lines(memos(sample, convention, style)[(locale, "pdf")]):
            assert not re.search(r"(\w[\s\u00a0]*[—–]|\b(Statut|Status|État)[\s\u00a0]?:|[—–][\s\u00a0]+À)$", line), \
                (locale, line)


@pytest.mark.parametrize("sample, convention, style", EVERY)
def test_no_empty_paragraph_follows_a_table(sample, convention, style):
    for locale in LOCALES:
        body = docx.Document(io.BytesIO(memos(sample, convention, style)[(locale, "docx")])).element.body
        for table in body.iter(qn("w:tbl")):
            following = table.getnext()
            assert following is not None and following.tag == qn("w:p")
            assert "".join(t.text or "" for t in following.iter(qn("w:t"))).strip(), locale


def test_a_state_memo_in_us_english():
    text = pdf_text(memos("niger-us-cooperation", "us-state", "formal")[("en_US", "pdf")])
    assert "INFORMATION MEMO FOR DIRECTOR, AFRICA" in text and "BLUF:" in text
    # GPO: U.S. before a noun, United States as one — in the analyst's text, not in a cited title.
    assert "U.S. Department of State" in text and "US " not in text.replace("\u201cUS ready", "")
    assert "FROM:" in text and "SUBJECT:" in text and "¶" in text and "§" not in text
    lines = [line for line in text.splitlines() if line.startswith(("Drafted:", "Cleared:"))]
    assert lines[0].startswith("Drafted:") and "Cleared:" in lines[1]
    action = pdf_text(memos("niger-force-posture", "us-state", "formal")[("en_US", "pdf")])
    assert "ACTION MEMO FOR DIRECTOR, WEST AFRICA" in action
    # One Cleared line per clearer, each with its status.
    assert "West Africa Office (ok)" in action and "Political-Military Affairs (info)" in action
    page = PdfReader(io.BytesIO(memos("niger-us-cooperation", "us-state", "formal")[("en_US", "pdf")])).pages[0]
    assert [round(float(v)) for v in page.mediabox[2:]] == [612, 792]


def test_a_french_ministry_note():
    text = pdf_text(memos("niger-us-cooperation", "fr-diplomatie", "formal")[("fr", "pdf")])
    flat = text.replace("\u00a0", " ").replace("\u202f", " ")
    assert "NOTE" in flat and "à l’attention de Monsieur le directeur d’Afrique et de l’océan Indien" in flat
    assert "Paris, le 14 décembre 2023" in flat and "Objet :" in flat and "Rédacteur :" in flat
    action = pdf_text(memos("niger-force-posture", "fr-diplomatie", "formal")[("fr", "pdf")])
    assert "NOTE POUR DÉCISION" in action and action.count("Accord") == 2 and action.count("Désaccord") == 2
    assert "1. Acteurs en présence" in flat.replace("\u00a0", " ") and "Paraphe :" in action.replace("\u00a0", " ")


@pytest.mark.parametrize("sample, convention, style", [e for e in EVERY if e[0] == "niger-force-posture"])
def test_the_action_memo_asks_for_a_decision_in_both_languages(sample, convention, style):
    made = memos(sample, convention, style)
    for locale in LOCALES:
        text = pdf_text(made[(locale, "pdf")])
        words = ("Je vous propose", "Accord", "Désaccord") if locale == "fr" else \
            ("That you approve", "Approve", "Disapprove")
        assert all(text.count(w) >= 2 for w in words), (locale, words)
        boxes = [sdt for sdt in docx.Document(io.BytesIO(made[(locale, "docx")])).element.body.iter(qn("w:sdt"))
                 if sdt.find(qn("w:sdtPr")).find(W14 + "checkbox") is not None]
        assert len(boxes) == 6  # three options for each of two recommendations


def test_a_principal_ticks_a_box_in_the_docx_and_it_stays_ticked():
    data = memos("niger-force-posture", "us-state", "formal")[("en_US", "docx")]
    document = docx.Document(io.BytesIO(data))

    def boxes(document):
        return {sdt.find(qn("w:sdtPr")).find(qn("w:tag")).get(qn("w:val")): sdt
                for sdt in document.element.body.iter(qn("w:sdt"))}

    approve = boxes(document)["decision_1_1"]
    assert approve.find(qn("w:sdtPr")).find(qn("w:alias")).get(qn("w:val")) == "Recommendation 1: Approve"
    state = approve.find(qn("w:sdtPr")).find(W14 + "checkbox").find(W14 + "checked")
    assert state.get(W14 + "val") == "0"
    state.set(W14 + "val", "1")
    approve.find(qn("w:sdtContent")).iter(qn("w:t")).__next__().text = "\u2612"
    saved = io.BytesIO()
    document.save(saved)
    again = boxes(docx.Document(io.BytesIO(saved.getvalue())))
    ticked = {tag for tag, sdt in again.items()
              if sdt.find(qn("w:sdtPr")).find(W14 + "checkbox").find(W14 + "checked").get(W14 + "val") == "1"}
    assert ticked == {"decision_1_1"}
    assert "\u2612" in "".join(t.text for t in again["decision_1_1"].iter(qn("w:t")))


def test_an_action_memo_without_recommendations_is_refused(write_brief):
    from exporter.checks.loading import load_file

    with pytest.raises(BriefError) as caught:
        load_file(write_brief(brief_text(extra="kind: action\n")))
    [problem] = caught.value.problems
    assert problem.path == "kind" and "recommendations" in problem.message and problem.line == 11


@pytest.mark.parametrize("style", STYLES)
def test_pdf_and_docx_have_the_same_number_of_pages(tmp_path, style):
    """Through LibreOffice (Word is not available here), every sample in every convention and
    locale: the DOCX lays out on as many pages as the PDF."""
    soffice = need("soffice")
    expected = {}
    for sample in ("niger-us-cooperation", "niger-force-posture"):
        for convention in CONVENTIONS:
            made = memos(sample, convention, style)
            for locale in LOCALES:
                name = f"{sample}.{convention}.{locale}"
                (tmp_path / f"{name}.docx").write_bytes(made[(locale, "docx")])
                expected[name] = len(PdfReader(io.BytesIO(made[(locale, "pdf")])).pages)
    out = tmp_path / "lo"
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    *sorted(str(p) for p in tmp_path.glob("*.docx"))], check=True, capture_output=True, timeout=600)
    pages = {name: len(PdfReader(str(out / f"{name}.pdf")).pages) for name in expected}
    assert pages == expected
    # The DOCX keeps names whole too (LibreOffice hyphenates with the dictionaries .ci/run
    # installs); how many letters a break leaves is the word processor's own rule.
    for name in expected:
        assert_good_breaks(pdf_lines((out / f"{name}.pdf").read_bytes()), name, letters=False)


def test_an_unknown_convention_is_a_usage_error_and_a_brief_naming_one_gets_its_line(tmp_path, write_brief, monkeypatch):
    from typer.testing import CliRunner

    from exporter.cli import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["export", str(SAMPLE), "--convention", "baroque", "--jobs", "1"])
    assert result.exit_code == 2 and "bilingual, fr-diplomatie, us-state" in result.output
    path = write_brief(brief_text(extra="convention: baroque\n"))
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and f"{path.name}:11:1: convention: no such convention" in result.output


def test_a_bad_convention_file_names_its_line(tmp_path):
    text = (ROOT / "exporter" / "conventions" / "us-state.toml").read_text("utf-8")
    path = tmp_path / "house.toml"
    path.write_text(text.replace('header = "state"', 'header = "letterhead"').replace("name = \"us-state\"", "name = \"house\""), "utf-8")
    with pytest.raises(BriefError) as caught:
        load_convention(str(path))
    [problem] = caught.value.problems
    assert problem.path == "header" and problem.line == text.splitlines().index('header = "state"') + 1
    path.write_text(text.replace('"issue", ', '"issues", ').replace("name = \"us-state\"", "name = \"house\""), "utf-8")
    with pytest.raises(BriefError) as caught:
        load_convention(str(path))
    assert "unknown section 'issues'" in str(caught.value)


ENGLISH_ONLY = brief_text(
    languages="en", subject='"Decision needed: keep the troops while talks proceed; really?"',
    summary='"About 1,100 personnel were there before September; Western partners \\"worry\\" about Russia."',
    extra="""
    figures:
      - {label: US military personnel in Niger, value: 1100, approx: true}
    """)


def test_an_english_brief_asked_for_in_french_stays_english_under_french_labels(write_brief, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from exporter.cli import app

    path = write_brief(ENGLISH_ONLY)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["export", str(path), "--locale", "fr", "--out", "o", "--jobs", "1"])
    assert result.exit_code == 0 and "the brief is written in en, not fr" in result.output
    pdf = pdf_text((tmp_path / "o" / "demo.fr.pdf").read_bytes())
    flat = pdf.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Objet :" in flat and "Résumé" in flat  # French labels
    # English typography in the English text: no space before : or ;, English quotation marks.
    assert "Decision needed: keep" in pdf and "proceed; really?" in pdf and "\u201cworry\u201d" in pdf
    # One way of writing numbers in the whole memo: the text's (English) way, in the table too.
    assert pdf.count("1,100") == 2 and "1 100" not in flat
    body = docx.Document(io.BytesIO((tmp_path / "o" / "demo.fr.docx").read_bytes())).element.body
    summary = next(p for p in body.iter(qn("w:p")) if "Western partners" in "".join(t.text for t in p.iter(qn("w:t"))))
    langs = {r.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) for r in summary.iter(qn("w:r"))
             if r.find(qn("w:rPr")) is not None and r.find(qn("w:rPr")).find(qn("w:lang")) is not None}
    assert "en-US" in langs and "fr-FR" not in langs
    strict = CliRunner().invoke(app, ["export", str(path), "--locale", "fr", "--strict", "--out", "s", "--jobs", "1"])
    assert strict.exit_code == 1 and not (tmp_path / "s").exists() or not list((tmp_path / "s").iterdir())


# Markings -----------------------------------------------------------------------------------

def test_every_level_of_every_scheme_stands_out_in_colour_and_in_greyscale():
    from exporter.model.markings import contrast, luminance, schemes

    body = luminance(load_style("formal").color.text)
    for key, scheme in schemes().items():
        for name, level in scheme.levels.items():
            # The words stand out from their band at AAA contrast, in colour as in grey; and they
            # are either as dark as the body text, or white on a band darker than mid-grey.
            assert contrast(level.colour, level.text) >= 7, (key, name)
            assert luminance(level.text) <= body or luminance(level.colour) <= 0.18, (key, name)


@pytest.mark.parametrize("marking, words, band", [
    ("{scheme: us, level: confidential}", "CONFIDENTIAL", "#0033A0"),
    ("{scheme: us, level: cui}", "CUI", "#502B85"),
    ("{scheme: fr, level: diffusion-restreinte}", "DIFFUSION RESTREINTE", "#1F3864"),
    ("{scheme: fr, level: tres-secret}", "TRÈS SECRET", "#A6111C"),
    ("Sensitive but unclassified", "SENSITIVE BUT UNCLASSIFIED", None),
    ("{fr: Projet, en: Draft}", None, None),
])
def test_a_marking_keeps_its_schemes_words_in_every_language(write_brief, marking, words, band):
    from exporter.checks.loading import load_file
    from exporter.pipeline.export import build_documents

    loaded = load_file(write_brief(brief_text(languages="fr, en", extra=f"marking: {marking}\n")))
    docs = {name: doc for name, doc, _ in build_documents(loaded, None, load_style("formal"))}
    fr, en = docs["fr"].furniture, docs["en"].furniture
    if words is None:  # free text in each language: its own words, no band, the text's colour
        assert (fr.marking, en.marking) == ("PROJET", "DRAFT") and not fr.marking_band
        assert fr.marking_colour == load_style("formal").color.text
        return
    assert fr.marking == en.marking == words  # never translated into another scheme's words
    assert fr.marking_band == en.marking_band == (band is not None)
    if band:
        assert fr.marking_colour == band
        assert fr.marking_lang == en.marking_lang == ("en-US" if "scheme: us" in marking else "fr-FR")
    pdf = pdf_text(export_file(str(loaded.file), ["fr"], ["pdf"], load_style("plain")).memos[0].data)
    assert pdf.count(words) >= 2


def test_a_bare_level_belongs_to_the_conventions_scheme_and_an_unknown_level_is_refused(write_brief):
    from exporter.checks.loading import load_file
    from exporter.pipeline.export import build_documents

    loaded = load_file(write_brief(brief_text(extra="marking: confidential\n")))
    [(_, state, _)] = build_documents(loaded, None, load_style("formal"), "us-state")
    [(_, note, _)] = build_documents(loaded, None, load_style("formal"), "fr-diplomatie")
    # State prints its classification as its memos do: centred capitals, in the text's black, no band.
    assert state.furniture.marking == "CONFIDENTIAL" and not state.furniture.marking_band
    assert state.furniture.marking_colour == load_convention("us-state").apply(load_style("formal")).color.text
    assert note.furniture.marking == "CONFIDENTIAL" and not note.furniture.marking_band  # no such French level
    # Unprotected text carries no French marking; State and the bilingual default print the US one.
    unclassified = load_file(write_brief(brief_text(extra="marking: unclassified\n")))
    words = {convention: doc.furniture.marking for convention in ("us-state", "bilingual", "fr-diplomatie")
             for _, doc, _ in build_documents(unclassified, None, load_style("formal"), convention)}
    assert words == {"us-state": "UNCLASSIFIED", "bilingual": "UNCLASSIFIED", "fr-diplomatie": ""}
    with pytest.raises(BriefError) as caught:
        load_file(write_brief(brief_text(extra="marking: {scheme: fr, level: unclassified}\n")))
    [problem] = caught.value.problems
    assert problem.path == "marking" and problem.line == 11 and "diffusion-restreinte" in problem.message


def test_a_state_memo_without_a_marking_warns(write_brief):
    from exporter.checks.loading import load_file
    from exporter.pipeline.export import build_documents

    loaded = load_file(write_brief(brief_text()))
    [(_, doc, warnings)] = build_documents(loaded, None, load_style("formal"), "us-state")
    assert doc.furniture.marking == "" and any(w.path == "marking" for w in warnings)


# Line breaking ------------------------------------------------------------------------------

def test_breaks_keep_names_whole_and_fragments_long_enough():
    from exporter.localize.hyphenation import Breaks, hyphenator

    french = hyphenator("fr")
    breaks = Breaks(french, last="satisfaisante")
    assert list(breaks("Niger")) == [] and list(breaks("CEDEAO")) == [] and list(breaks("al-Qaeda")) == []
    assert list(breaks("États-Unis")) == [] and list(breaks("satisfaisante")) == []  # the last word
    pairs = list(breaks("coopération"))
    assert pairs and all(len(head) >= 3 and len(tail) >= 3 for head, tail in pairs)
    assert ("porte-", "parole") in list(breaks("porte-parole"))
    english = Breaks(french, {"repositioning": hyphenator("en-GB")})
    assert list(english("repositioning")) == [p for p in hyphenator("en-GB")("repositioning")
                                              if len(p[0]) >= 3 and len(p[1]) >= 3]


@pytest.mark.parametrize("convention", CONVENTIONS)
def test_a_long_table_at_the_end_starts_under_its_heading(write_brief, convention):
    """The memo's end travels together with the last lines of the body, never with a whole table:
    a table of sixty actors that ends the body starts on the page of its heading."""
    actors = "".join(f"  - {{name: Actor{i}, role: Role long enough to wrap onto a second line in its cell}}\n"
                     for i in range(60))
    path = write_brief(brief_text(extra="marking: {scheme: us, level: unclassified}\nactors:\n" + actors))
    data = export_file(str(path), None, ["pdf"], load_style("formal"), convention=convention).memos[0].data
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    [first] = [n for n, text in enumerate(pages) if re.search(r"Key [Aa]ctors|Actors involved", text)]
    assert "Actor0" in pages[first] and "Actor59" in pages[-1]
    assert len(pages) <= 5


def test_a_name_written_once_takes_the_memos_language_and_a_quotation_keeps_its_own(sample_documents):
    """A screen reader reads "Molly Phee" in the English memo's voice, and her French words in French."""
    from exporter.tree import Quotation, Table

    english = sample_documents["en"]
    actors = next(b for b in english.blocks if isinstance(b, Table))
    name = actors.rows[0][0][0]
    assert name.text.replace("\u00a0", " ") == "Molly Phee" and name.lang is None
    quotation = next(b for b in english.blocks if isinstance(b, Quotation))
    assert quotation.words.content[0].lang == "fr-FR"
    assert all(getattr(i, "lang", None) is None for i in quotation.attribution.content[:2])


@pytest.mark.parametrize("table, line", [('[labels]\nsubject = "SUBJ\\u0001ECT"', "labels.subject"),
                                          ('place = "Par\\u000bis"', "place"),
                                          ('[spellings.en]\nUS = "U.\\u0007S."', "spellings.en.US")])
def test_a_control_character_in_what_a_convention_prints_is_refused_at_its_line(tmp_path, table, line):
    """A convention's labels, place and spellings reach the page as written (the brief's own text
    is cleaned); a DOCX would not be XML with one."""
    path = tmp_path / "house.toml"
    path.write_text(f'name = "house"\nextends = "us-state"\n{table}\n', "utf-8")
    with pytest.raises(BriefError) as caught:
        load_convention(str(path))
    message = str(caught.value.problems[0])
    assert line in message and "control character U+00" in message and "house.toml:" in message


@pytest.mark.parametrize("text", ["\u0287 restricted", "ǆ special"])
def test_a_marking_whose_capitals_the_fonts_lack_keeps_those_letters(write_brief, text):
    """ʇ is in the fonts, its capital (U+A7B1) is not: printed in capitals it was a glyph the PDF
    could not draw (code 0, text extraction lost it)."""
    from exporter.config.style import load_style
    from exporter.pipeline.export import export_file

    path = write_brief(brief_text(extra=f'marking: "{text}"\n'))
    result = export_file(str(path), ["en"], ["pdf", "docx"], load_style(None))
    assert not result.errors and not result.warnings, (result.errors, result.warnings)
    pdf = next(m.data for m in result.memos if m.format == "pdf")
    page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "\x00" not in page
    assert page.splitlines()[0] == text.upper().replace("\uA7B1", "\u0287")


CUI = ('{scheme: us, level: cui, controlled_by: Department of State, office: Bureau of African Affairs, '
       'categories: [PRVCY], dissemination: [FED ONLY], poc: "Jane Doe, 202-647-0000"}')


@pytest.mark.parametrize("locale, labels", [
    ("en", ["Controlled by: Department of State", "Controlled by: Bureau of African Affairs", "CUI category: PRVCY",
            "Limited dissemination control: FED ONLY", "POC: Jane Doe, 202-647-0000"]),
    ("fr", ["Contrôlé par\u00a0: Department of State", "Contrôlé par\u00a0: Bureau of African Affairs",
            "Catégorie CUI\u00a0: PRVCY", "Contrôle de diffusion limitée\u00a0: FED ONLY",
            "Contact\u00a0: Jane Doe, 202-647-0000"]),
])
def test_a_cui_memo_carries_its_designation_indicator_on_page_one_and_its_controls_in_the_banner(write_brief, locale, labels):
    """NARA's CUI Marking Handbook: the banner reads CUI//CATEGORY//CONTROL, and the first page says
    who controls the information; labels in the memo's language, values as written (US English)."""
    path = write_brief(brief_text(languages="fr, en", extra=f"marking: {CUI}\n"))
    result = export_file(str(path), [locale], ["pdf", "docx"], load_style(None))
    assert not result.errors and not result.warnings, (result.errors, result.warnings)
    memos = {m.format: m.data for m in result.memos}
    def spaced(text: str) -> str:  # the PDF's text gives no-break spaces as spaces
        return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())

    labels = [spaced(label) for label in labels]
    pages = pdf_text(memos["pdf"]).split("\f")
    assert all(page.count("CUI//PRVCY//FED ONLY") == 2 for page in pages)
    lines = [spaced(line) for line in pages[0].splitlines()]
    assert [line for line in lines if line.split(":")[0] + ":" in {label.split(":")[0] + ":" for label in labels}] == labels
    words = [spaced(line) for line in docx_text(memos["docx"]).splitlines()]
    assert all(label in words for label in labels)
    if locale == "fr":  # the values are US English, and said so to a screen reader
        document = docx.Document(io.BytesIO(memos["docx"]))
        runs = [r for p in document.paragraphs for r in p.runs if "Department" in r.text]
        assert runs and runs[0]._r.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "en-US"


def test_a_cui_marking_that_does_not_name_its_agency_warns_and_other_levels_take_no_designation(write_brief):
    from exporter.checks.loading import load_file

    result = export_file(str(write_brief(brief_text(languages="en, fr", extra="marking: {scheme: us, level: cui}\n"))),
                         None, ["pdf"], load_style(None))
    assert len(result.memos) == 2  # a warning about the brief, said once for its two memos
    assert [w.message for w in result.warnings if "controlled_by" in w.message and "32 CFR 2002" in w.message] == [
        w.message for w in result.warnings] and len(result.warnings) == 1
    with pytest.raises(BriefError) as caught:
        load_file(write_brief(brief_text(extra="marking: {scheme: us, level: secret, controlled_by: State}\n")))
    assert re.search(r"brief\.yaml:11:\d+: marking: controlled_by belongs to a CUI marking", str(caught.value.problems[0]))
    with pytest.raises(BriefError) as caught:
        load_file(write_brief(brief_text(extra="marking: {scheme: us, level: cui, categories: [privacy <b>]}\n")))
    assert "categories" in str(caught.value.problems[0])


@pytest.mark.parametrize("sample", ["niger-us-cooperation", "niger-force-posture"])
def test_the_page_count_read_from_a_pdf_is_its_number_of_pages(sample):
    from exporter.render.pdf.renderer import page_count

    for memo in export_file(str(ROOT / "samples" / f"{sample}.yaml"), ["fr", "en_US"], ["pdf"], load_style("formal"),
                            convention="us-state").memos:
        assert page_count(memo.data) == len(PdfReader(io.BytesIO(memo.data)).pages)


def test_a_state_action_memo_past_two_pages_warns_and_the_sample_does_not(tmp_path):
    """The S/ES action memo template sets a firm two-page limit."""
    sample = ROOT / "samples" / "niger-force-posture.yaml"
    fits = export_file(str(sample), ["en_US"], ["pdf", "docx"], load_style(None), convention="us-state")
    assert not fits.errors and not [w for w in fits.warnings if "pages" in w.message]
    text = sample.read_text("utf-8")
    start = text.index("background:\n") + len("background:\n")
    end = text.index("\ndiscussion:")
    longer = text[:start] + text[start:end] * 4 + text[end:]  # the same background points, four times
    (tmp_path / "long.yaml").write_text(longer, "utf-8")
    (tmp_path / "article-niger-us-cooperation.fr.txt").write_text(
        (ROOT / "samples" / "article-niger-us-cooperation.fr.txt").read_text("utf-8"), "utf-8")
    result = export_file(str(tmp_path / "long.yaml"), ["en_US"], ["pdf"], load_style(None), convention="us-state")
    over = [w.message for w in result.warnings if "pages" in w.message]
    assert len(over) == 1 and "niger-force-posture.en_US.pdf runs to 3 pages" in over[0] and "keeps to 2" in over[0]
    assert export_file(str(tmp_path / "long.yaml"), ["en_US"], ["pdf"], load_style(None)).warnings == []  # bilingual: no limit
    strict = export_file(str(tmp_path / "long.yaml"), ["en_US"], ["pdf"], load_style(None), strict=True, convention="us-state")
    assert strict.errors and not strict.memos


def test_a_title_that_reads_like_a_page_tree_does_not_change_the_count(tmp_path):
    """The page count follows the trailer, the catalog and the page tree, not the file's first
    "/Count N /Kids" — which a subject could write (the Info title is not compressed)."""
    from exporter.render.pdf.renderer import page_count

    text = (ROOT / "samples" / "niger-force-posture.yaml").read_text("utf-8")
    subject = re.search(r'^    en: "Niger: hold the US presence[^\n]*$', text, re.M).group()
    path = tmp_path / "hostile.yaml"
    text = re.sub(r"^summary:\n(?:  .*\n|    .*\n)+", "summary: {en: A short summary., fr: Un court résumé.}\n", text,
                  count=1, flags=re.M)  # within the BLUF's four lines: strict stays about the page count
    path.write_text(text.replace(subject, '    en: "Niger /Count 9 /Kids hold"', 1), "utf-8")
    (tmp_path / "article-niger-us-cooperation.fr.txt").write_text(
        (ROOT / "samples" / "article-niger-us-cooperation.fr.txt").read_text("utf-8"), "utf-8")
    result = export_file(str(path), ["en_US"], ["pdf"], load_style(None), strict=True, convention="us-state")
    assert not result.errors, result.errors
    data = result.memos[0].data
    assert b"/Count 9 /Kids" in data and data.index(b"/Count 9 /Kids") < data.rindex(b"/Count 2 /Kids")
    assert page_count(data) == 2 == len(PdfReader(io.BytesIO(data)).pages)
    with pytest.raises(ValueError, match="no page tree"):
        page_count(b"%PDF-1.4 /Count 3 /Kids")


def test_a_convention_adds_page_limits_to_those_it_extends_and_refuses_none(tmp_path):
    path = tmp_path / "house.toml"
    path.write_text('name = "house"\nextends = "us-state"\npage_limit = { information = 3 }\n', "utf-8")
    assert load_convention(str(path)).page_limit == {"action": 2, "information": 3}
    zero = tmp_path / "zero.toml"  # (conventions are read once per path)
    zero.write_text('name = "zero"\nextends = "us-state"\npage_limit = { action = 0 }\n', "utf-8")
    with pytest.raises(BriefError, match="page_limit.action: expected at least one page"):
        load_convention(str(zero))


@pytest.mark.parametrize("marking, refused", [
    ("{scheme: us, level: cui, controlled_by: State, categories: \"PRVCY\\n\"}", True),  # a line break in the banner
    ("{scheme: us, level: cui, controlled_by: State, categories: [prvcy]}", True),
    ("{scheme: us, level: cui, controlled_by: State, categories: PRVCY, dissemination: [FED ONLY, NOCON]}", False),
])
def test_cui_categories_and_controls_are_words_in_capitals_and_the_schema_says_so(write_brief, marking, refused):
    import json

    import jsonschema
    import yaml

    from exporter.checks.loading import load_file
    from exporter.model.brief import Brief
    from exporter.source.records import json_schema

    path = write_brief(brief_text(extra=f"marking: {marking}\n"))
    data = json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))  # dates as strings
    valid = jsonschema.Draft202012Validator(json_schema(Brief, "brief")).is_valid(data)
    if refused:
        with pytest.raises(BriefError):
            load_file(path)
    else:
        load_file(path)
    assert valid != refused


def test_an_edited_convention_file_is_read_again_and_so_is_one_it_extends(tmp_path):
    # brief watch reads a convention file for hours: a save must be seen at the next read, even
    # one of the same size within the same tick of the file system's clock.
    base = tmp_path / "base.toml"
    base.write_text('name = "base"\nextends = "us-state"\npage_limit = { information = 3 }\n', "utf-8")
    house = tmp_path / "house.toml"
    house.write_text('name = "house"\nextends = "base.toml"\n', "utf-8")
    assert load_convention(str(house)).page_limit == {"action": 2, "information": 3}
    assert load_convention(str(house)) is load_convention(str(house))  # read once while unchanged
    base.write_text(base.read_text("utf-8").replace("information = 3", "information = 4"), "utf-8")
    assert load_convention(str(house)).page_limit == {"action": 2, "information": 4}
    house.write_text('name = "house"\nextends = "base.toml"\npage_limit = { action = 5 }\n', "utf-8")
    assert load_convention(str(house)).page_limit == {"action": 5, "information": 4}
    house.write_text('name = "house"\nextends = "base.toml"\npage_limit = { action = 0 }\n', "utf-8")
    with pytest.raises(BriefError, match="page_limit.action: expected at least one page"):
        load_convention(str(house))
    house.write_text('name = "house"\nextends = "base.toml"\npage_limit = { action = 6 }\n', "utf-8")
    assert load_convention(str(house)).page_limit == {"action": 6, "information": 4}


@pytest.mark.parametrize("convention", CONVENTIONS)
@pytest.mark.parametrize("style", STYLES)
def test_every_font_subset_has_a_tag_of_its_own(convention, style):
    # ISO 32000-1, 9.6.4: six capitals and a plus sign, and different subsets of one file never
    # share a tag (reportlab's are all AAAAAA+); the /BaseFont, the descriptor's /FontName and
    # the ToUnicode map's CMapName name the subset alike.
    import pikepdf

    made = memos("niger-us-cooperation", convention, style)
    assert not made["errors"], made["errors"]
    for locale in LOCALES:
        with pikepdf.open(io.BytesIO(made[(locale, "pdf")])) as pdf:
            fonts = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font"]
            names = [str(font.BaseFont)[1:] for font in fonts]
            assert len(names) >= 3, names                          # regular, bold, italic at least
            for font, name in zip(fonts, names):
                assert re.fullmatch(r"[A-Z]{6}\+Liberation(Serif|Sans)(-\w+)?", name), name
                assert str(font.FontDescriptor.FontName)[1:] == name
                assert f"/CMapName /{name} def".encode() in font.ToUnicode.read_bytes()
            tags = [name[:6] for name in names]
            assert len(set(tags)) == len(tags), (locale, names)


def test_a_subset_tag_is_its_contents_and_two_never_share_one():
    from exporter.render.pdf.subsettags import subset_tag

    tag = subset_tag("LiberationSerif", "<01> <0041>", set())
    assert re.fullmatch(r"[A-Z]{6}", tag)
    assert subset_tag("LiberationSerif", "<01> <0041>", set()) == tag        # the same subset, the same tag
    assert subset_tag("LiberationSerif", "<01> <0042>", set()) != tag        # other characters
    assert subset_tag("LiberationSerif-Bold", "<01> <0041>", set()) != tag   # another face
    other = subset_tag("LiberationSerif", "<01> <0041>", {tag})             # taken: another, as steadily
    assert other != tag and re.fullmatch(r"[A-Z]{6}", other)
    assert subset_tag("LiberationSerif", "<01> <0041>", {tag}) == other


def test_a_face_of_more_than_one_subset_tags_each_apart(write_brief):
    # More than 255 characters of one face: reportlab splits it into subsets (AAAAAA+, AAAAAB+).
    import pikepdf

    letters = "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isalpha())
    result = export_file(str(write_brief(brief_text(summary=" ".join(letters[i:i + 8] for i in range(0, len(letters), 8))))),
                         None, ["pdf"], load_style("formal"))
    assert not result.errors, result.errors
    with pikepdf.open(io.BytesIO(result.memos[0].data)) as pdf:
        names = [str(o.BaseFont)[1:] for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font"]
    regular = [name for name in names if name.endswith("+LiberationSerif")]
    assert len(regular) >= 2, names
    assert len({name[:6] for name in names}) == len(names), names
