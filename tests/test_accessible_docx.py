"""The DOCX as a screen-reader user meets it: title, headings in the outline, tables with a title,
a description and header rows; and LibreOffice's tagged PDF of it keeps that structure."""

from __future__ import annotations

import io
import re
import subprocess

import docx
import pikepdf
import pytest
from docx.oxml.ns import qn

from exporter.config.style import load_style
from exporter.pipeline.export import export_file
from tests.conftest import SAMPLE, SECOND, need

LOCALES = ["fr", "en"]
TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t"))).replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_table_has_a_title_a_description_and_a_repeated_header(sample_memos, locale):
    body = docx.Document(io.BytesIO(sample_memos[(locale, "docx")])).element.body
    tables = body.findall(qn("w:tbl"))
    assert len(tables) >= 3
    for tbl in tables:
        pr = tbl.find(qn("w:tblPr"))
        caption = pr.find(qn("w:tblCaption")).get(qn("w:val"))
        description = pr.find(qn("w:tblDescription")).get(qn("w:val"))
        heading = tbl.getprevious()  # the section's heading names the table
        assert heading.find(qn("w:pPr")).find(qn("w:pStyle")).get(qn("w:val")) == "Heading1"
        assert caption == _text(heading).strip()
        header, *rows = tbl.findall(qn("w:tr"))
        columns = [_text(tc).strip() for tc in header.findall(qn("w:tc"))]
        assert description == f"{caption} ({', '.join(columns)})"
        assert header.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
        # Short rows stay whole on their page, as in the PDF.
        assert all(row.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for row in rows)
        assert all(row.find(qn("w:trPr")).find(qn("w:tblHeader")) is None for row in rows)


@pytest.mark.parametrize("locale", LOCALES)
def test_headings_are_in_the_outline_and_the_title_in_the_properties(sample_memos, sample_documents, locale):
    word = docx.Document(io.BytesIO(sample_memos[(locale, "docx")]))
    for name, level in (("Heading 1", 0), ("Heading 2", 1)):
        outline = word.styles[name].element.pPr.find(qn("w:outlineLvl"))
        assert outline is not None and outline.get(qn("w:val")) == str(level)
    headings = [p for p in word.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) >= 5
    assert word.core_properties.title == sample_documents[locale].meta.title
    assert word.core_properties.language == sample_documents[locale].meta.lang


def _structure(text: str) -> list[tuple[str, str]]:
    """``pdfinfo -struct-text`` output as (element type, its text) in reading order."""
    elements: list[list] = []  # [indent, type, text parts]
    open_ones: list[list] = []
    for line in text.splitlines():
        if not line.strip() or line.strip().startswith("/"):
            continue
        indent = len(line) - len(line.lstrip())
        element = re.fullmatch(r"(\w+)(?: \(\w+\))?:", line.strip())
        while open_ones and open_ones[-1][0] >= indent:
            open_ones.pop()
        if element:
            node = [indent, element.group(1), []]
            elements.append(node)
            open_ones.append(node)
        elif line.strip().startswith('"'):
            for node in open_ones:
                node[2].append(line.strip()[1:-1])
    return [(kind, "".join(parts).strip()) for _, kind, parts in elements]


@pytest.mark.parametrize("path", [SAMPLE, SECOND], ids=["information", "action"])
def test_libreoffice_tagged_pdf_keeps_headings_and_table_headers(path, tmp_path):
    soffice = need("soffice")
    pdfinfo = need("pdfinfo")
    result = export_file(str(path), None, ["docx"], load_style("formal"))
    names = []
    for memo in result.memos:
        (tmp_path / memo.name).write_bytes(memo.data)
        names.append(str(tmp_path / memo.name))
    converted = subprocess.run([soffice, "--headless", "--convert-to", TAGGED_PDF, "--outdir", str(tmp_path), *names],
                               capture_output=True, text=True, timeout=180,
                               env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert converted.returncode == 0, converted.stderr
    for memo in result.memos:
        word = docx.Document(io.BytesIO(memo.data))
        pdf_path = tmp_path / memo.name.replace(".docx", ".pdf")
        structure = _structure(subprocess.run([pdfinfo, "-struct-text", str(pdf_path)], capture_output=True,
                                              text=True, check=True).stdout)
        squeeze = lambda s: " ".join(s.replace("\u00a0", " ").replace("\u202f", " ").split())  # noqa: E731
        headings = [squeeze(p.text) for p in word.paragraphs if p.style.name == "Heading 1"]
        assert len(headings) >= 4 and word.tables
        assert [squeeze(t) for kind, t in structure if kind == "H1"] == headings, memo.name
        columns = [squeeze(_text(tc)) for tbl in word.element.body.findall(qn("w:tbl"))
                   for tc in tbl.find(qn("w:tr")).findall(qn("w:tc"))]
        assert [squeeze(t) for kind, t in structure if kind == "TH"] == columns, memo.name
        assert sum(kind == "TD" for kind, _ in structure) >= 3 * len(word.tables)
        pdf = pikepdf.open(pdf_path)
        # LibreOffice takes the title from the core properties and shows it rather than the file name.
        assert str(pdf.docinfo.Title) == word.core_properties.title
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        assert str(pdf.Root.Lang) == word.core_properties.language
