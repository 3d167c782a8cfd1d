"""No content too long to render: a table row taller than a page, a word wider than its column."""

from __future__ import annotations

import io
import re
import subprocess

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader
from typer.testing import CliRunner

from exporter.checks.loading import load_bytes
from exporter.cli import app
from exporter.config.style import load_style
from exporter.pipeline.export import build_documents, export_loaded
from exporter.render.errors import MemoDoesNotFit
from exporter.render.pdf.renderer import render as pdf_render
from tests.conftest import ROOT, brief_text, docx_text, need, words

STANCE = " ".join(f"mot{i}" for i in range(1500))  # 1,500 words: about four pages of a narrow column
WORD = "x" * 3000
LONG_STANCE = brief_text(id="stance", extra=f"""
    actors:
      - name: Someone
        role: A role
        stance: {STANCE}
      - name: Other
        role: Second
        stance: Short.
    """)
LONG_WORD = brief_text(id="word", extra=f"""
    actors:
      - name: Someone
        role: {WORD}
        stance: Short.
    """)


def memos(text: str, style: str = "formal") -> dict[str, bytes]:
    result = export_loaded(load_bytes(text.encode(), "long.yaml"), None, ["pdf", "docx"], load_style(style))
    assert not result.errors, result.errors
    return {m.format: m.data for m in result.memos}


@pytest.mark.parametrize("text", [LONG_STANCE, LONG_WORD], ids=["1500-word stance", "3000-character word"])
def test_the_command_exports_both_formats(text, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "long.yaml").write_text(text, "utf-8")
    result = CliRunner().invoke(app, ["export", "long.yaml", "--out", "out", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".docx", ".pdf"]


@pytest.mark.parametrize("style", ["formal", "plain"])
def test_a_row_taller_than_a_page_splits_with_its_header_repeated(style):
    out = memos(LONG_STANCE, style)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out["pdf"])).pages]
    assert len(pages) >= 4
    assert words(" ".join(pages)).count("mot0") == 1
    assert [w for w in words(" ".join(pages)) if w.startswith("mot")] == STANCE.split()
    with_row = [p for p in pages if "mot" in p]
    assert len(with_row) >= 3 and all("Actor" in p and "Stance" in p for p in with_row)
    # The table starts on page 1, under its heading: no heading left alone, no page left empty.
    assert "Key actors" in pages[0] and "mot0" in pages[0]
    assert "Other" in pages[-1] and "Drafted by" in pages[-1]


def test_in_the_docx_only_the_long_row_may_break_and_the_header_repeats():
    word = docx.Document(io.BytesIO(memos(LONG_STANCE)["docx"]))
    rows = word.tables[0]._tbl.findall(qn("w:tr"))
    flags = [(row.trPr.find(qn("w:tblHeader")) is not None, row.trPr.find(qn("w:cantSplit")) is not None)
             for row in rows]
    assert flags == [(True, True), (False, False), (False, True)]
    assert [w for w in words(docx_text(memos(LONG_STANCE)["docx"])) if w.startswith("mot")] == STANCE.split()


def test_a_word_longer_than_its_column_wraps():
    out = memos(LONG_WORD)
    reader = PdfReader(io.BytesIO(out["pdf"]))
    assert len(reader.pages) >= 2
    pieces = [run for page in reader.pages for run in re.findall(r"x{5,}", page.extract_text().replace("\n", ""))]
    assert sum(map(len, pieces)) == len(WORD)
    assert WORD in docx_text(out["docx"])  # Word and LibreOffice break a word wider than its cell themselves


def test_rows_of_a_dozen_lines_stay_whole_on_their_page():
    actors = "".join(f"\n  - name: Actor {i}\n    role: Role {i}\n    stance: Begin{i} " + "word " * 50 + f"End{i}"
                     for i in range(30))
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(memos(brief_text(extra=f"actors:{actors}\n"))["pdf"])).pages]
    assert len(pages) >= 3
    for i in range(30):
        assert [f"Begin{i}" in p for p in pages] == [f"End{i}" in p for p in pages], i


def test_the_hostile_thirty_page_memo_still_renders():
    actors = "".join(f"\n  - name: Actor {i}\n    role: Role {i}\n    stance: Stance {i} " + "word " * 12 for i in range(360))
    issues = "".join(f"\n  - what: Issue {i}?\n    why: Because {i}." for i in range(200))
    out = memos(brief_text(extra=f"actors:{actors}\nopen_issues:{issues}\n"))
    assert len(PdfReader(io.BytesIO(out["pdf"])).pages) >= 15
    assert len(docx.Document(io.BytesIO(out["docx"])).tables[0].rows) == 361


def test_libreoffice_lays_out_the_long_row_and_the_long_word(tmp_path):
    soffice = need("soffice")
    for name, text in (("stance", LONG_STANCE), ("word", LONG_WORD)):
        (tmp_path / f"{name}.docx").write_bytes(memos(text)["docx"])
    converted = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                                str(tmp_path / "stance.docx"), str(tmp_path / "word.docx")],
                               capture_output=True, text=True, timeout=180,
                               env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert converted.returncode == 0, converted.stderr
    stance = PdfReader(tmp_path / "stance.pdf")
    assert len(stance.pages) >= 4
    assert [w for w in words(" ".join(p.extract_text() for p in stance.pages)) if w.startswith("mot")] == STANCE.split()
    word = PdfReader(tmp_path / "word.pdf").pages
    assert sum(len(run) for p in word for run in re.findall(r"x{5,}", p.extract_text().replace("\n", ""))) == len(WORD)


def test_the_marking_and_the_footer_stay_one_line_and_keep_their_no_break_spaces(sample_documents):
    text = brief_text(languages="fr", subject='"Niger : deux\\nlignes"', extra='marking: "diffusion\\r\\nlibre"\n')
    loaded = load_bytes(text.encode(), "lines.yaml")
    result = export_loaded(loaded, None, ["pdf", "docx"], load_style("formal"))
    assert not result.errors, result.errors
    [doc] = [d for _, d, _ in build_documents(loaded, None, load_style("formal"))]
    assert doc.furniture.marking == "DIFFUSION LIBRE"
    assert doc.furniture.footer.startswith("Niger\u00a0: deux lignes")
    # The flagship's French footer keeps its no-break space before the colon.
    assert "\u00a0:" in sample_documents["fr"].furniture.footer


# A memo that cannot be laid out at all: a style whose table type is so large, on a page whose
# margins leave so little room, that the key actors' header row and two lines of a row (the least
# a row split across pages keeps together) are taller than the page.
ONE_ACTOR = brief_text(id="tall", extra="""
    actors:
      - name: Someone
        role: A role
        stance: Short.
    """)


def towering_style(folder) -> str:
    text = (ROOT / "styles" / "formal.toml").read_text("utf-8")
    text = re.sub(r"(?m)^table = [\d.]+", "table = 72", text)
    text = re.sub(r"(?m)^line = [\d.]+", "line = 3.0", text)
    text = re.sub(r"(?m)^margin_(\w+) = \d+", r"margin_\1 = 60", text)
    (folder / "towering.toml").write_text(text, "utf-8")
    return str(folder / "towering.toml")


def test_a_memo_that_cannot_be_laid_out_says_what_did_not_fit_and_what_to_do(tmp_path):
    style = load_style(towering_style(tmp_path))
    loaded = load_bytes(ONE_ACTOR.encode(), "tall.yaml")
    [(_, document, _)] = build_documents(loaded, None, style)
    with pytest.raises(MemoDoesNotFit) as caught:  # ours, not reportlab's LayoutError
        pdf_render(document, style)
    assert caught.value.part == "the table “Key actors”" and caught.value.page
    result = export_loaded(loaded, None, ["pdf", "docx"], style)
    [problem] = result.errors
    assert result.memos == []  # not even the DOCX, which could be drawn
    assert str(problem).startswith("tall.yaml: tall.en.pdf: the memo cannot be laid out: the table “Key actors” "
                                   "does not fit on a page")
    assert "use a style with smaller type" in problem.message


def test_the_command_says_so_exits_non_zero_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tall.yaml").write_text(ONE_ACTOR, "utf-8")
    style = towering_style(tmp_path)
    result = CliRunner().invoke(app, ["export", "tall.yaml", "--style", style, "--out", "out", "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert "tall.en.pdf: the memo cannot be laid out: the table “Key actors” does not fit" in result.output
    assert "Traceback" not in result.output and "internal error" not in result.output and "LayoutError" not in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    # The same style in DOCX alone: Word lays its pages out itself, and the file is written.
    result = CliRunner().invoke(app, ["export", "tall.yaml", "--style", style, "-f", "docx", "--out", "out", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["tall.en.docx"]
