"""No forbidden line break, at any width: not inside a number or date, not before ; : ! ? »,
not after «, not between a number and its unit."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from exporter.checks.loading import load_file
from exporter.config.fonts import drawable
from exporter.config.style import load_style
from exporter.layout import build
from exporter.localize.localizer import Localizer
from exporter.model.locales import parse_locale
from exporter.render.pdf.renderer import render
from exporter.tree import Document, Paragraph, Span
from tests.conftest import SAMPLE, pdf_text

DENSE = (
    'Le 14 décembre 2023, environ 1 100 soldats ; puis 648 militaires ! Vraiment ? Objet : '
    '"une résolution satisfaisante" selon la CEDEAO : 12 % des 25 000 habitants ; 1 234 567 euros ? '
    "L'État a dit « non » ; « oui » : 3 000 km et 45 % !"
)


def dense_document(locale: str) -> tuple[Document, list[str]]:
    loaded = load_file(SAMPLE)
    loc = Localizer(loaded, parse_locale(locale), drawable("Liberation Serif"))
    base = build(loaded, loc, load_style("formal"))
    text = loc.finish(DENSE, "fr", ())
    from exporter.model.brief import Text

    values = [loc.date(dt.date(2023, 12, 14)), loc.number(1100), loc.number(25000), loc.number(1234567),
              loc.quantity(648, Text("militaires"), None, approx=True), loc.quantity(12.5, Text("percent"), None),
              loc.quantity(1234.5, None, "EUR")]
    block = Paragraph((Span(" · ".join([text] + values) + " "),))
    return Document(base.meta, base.furniture, (block,) * 3, base.paper), values


@pytest.mark.parametrize("style_name", ["formal", "plain"])
def test_dense_french_paragraph_never_breaks_where_it_must_not(style_name):
    document, values = dense_document("fr")
    style = load_style(style_name)
    checked = 0
    for right in range(22, 150, 4):  # text width from about 160 mm down to 35 mm
        narrow = replace(style, page=replace(style.page, margin_right=right))
        lines = [l.strip() for l in pdf_text(render(document, narrow)).splitlines() if l.strip()]
        body = [l for l in lines if not l.startswith(("UNCLASSIFIED", "Page ", "Niger"))]
        for previous, line in zip([""] + body, body):
            assert not re.match(r"^[;:!?»%€]", line), (right, line)
            assert not line.endswith("«"), (right, line)
            # A number split at its group separator: "1" at the end of one line, "100" next.
            assert not (re.search(r"\d$", previous) and re.match(r"^\d{3}\b", line)), (right, previous, line)
        joined = "\n".join(body).replace("\u00a0", " ").replace("\u202f", " ")
        for value in values + ["1 100", "12 %", "45 %", "Objet :", "« non »", "« une"]:
            flat = value.replace("\u00a0", " ").replace("\u202f", " ")
            assert flat in joined, (right, flat)
        checked += 1
    assert checked >= 30


def test_french_sample_has_no_line_starting_with_high_punctuation(sample_memos):
    for line in pdf_text(sample_memos[("fr", "pdf")]).splitlines():
        assert not re.match(r"^\s*[;:!?»]", line), line


def test_dense_french_paragraph_in_docx_through_libreoffice(tmp_path):
    """The same check on the DOCX, as LibreOffice lays it out (U+202F and U+00A0 are glue, UAX #14)."""
    import subprocess

    from exporter.render.docx.renderer import render as render_docx
    from tests.conftest import need

    soffice = need("soffice")
    document, values = dense_document("fr")
    style = load_style("formal")
    names = []
    for right in (22, 60, 95, 120):
        narrow = replace(style, page=replace(style.page, margin_right=right))
        path = tmp_path / f"dense-{right}.docx"
        path.write_bytes(render_docx(document, narrow))
        names.append(path)
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, names)],
                   capture_output=True, check=True, timeout=180, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    for path in names:
        text = pdf_text(path.with_suffix(".pdf").read_bytes())
        body = [l.strip() for l in text.splitlines() if l.strip()]
        for previous, line in zip([""] + body, body):
            assert not re.match(r"^[;:!?»%€]", line), (path.name, line)
            assert not line.endswith("«"), (path.name, line)
            assert not (re.search(r"\d$", previous) and re.match(r"^\d{3}\b", line)), (path.name, previous, line)
        joined = " ".join(body).replace("\u00a0", " ").replace("\u202f", " ")
        for value in values:
            assert value.replace("\u00a0", " ").replace("\u202f", " ") in joined, (path.name, value)


COMPOUNDS = ["États-Unis", "ouest-africain", "Al-Qaïda", "porte-parole", "vice-président", "Burkina-Faso"]


@pytest.mark.parametrize("style_name", ["formal", "plain"])
def test_compound_words_survive_hyphenation_in_cells_and_paragraphs(style_name):
    """reportlab, wrapping a hyphenated paragraph twice, once printed "ÉtatsU-nis" (a regression test)."""
    from exporter.tree import Heading, Table

    document, _ = dense_document("fr")
    sentence = " ".join(f"la {word} encore" for word in COMPOUNDS)
    # As in the actors table: a bold name, a line break, then the affiliation; under a heading.
    cells = tuple((Span("Molly Phee", bold=True), Span("\n"), Span(f"Département d’État des {w}")) for w in COMPOUNDS)
    blocks = (Paragraph((Span(sentence),)), Heading(1, (Span("Acteurs"),), "s"),
              Table(((Span("A"),), (Span("B"),), (Span("C"),)), tuple((c, c, c) for c in cells), (0.27, 0.3, 0.43)))
    document = Document(document.meta, document.furniture, blocks, document.paper)
    style = load_style(style_name)
    for right in range(22, 140, 6):
        narrow = replace(style, page=replace(style.page, margin_right=right))
        text = pdf_text(render(document, narrow))
        furniture = ("UNCLASSIFIED", "Page ", "Niger")  # marking, page label, footer (the short title)
        body = "\n".join(l for l in text.splitlines() if not l.startswith(furniture))
        letters = re.sub(r"[-\s\u00ad]", "", body)
        for word in COMPOUNDS:
            assert letters.count(word.replace("-", "")) == 1 + 3, (right, word)
            head, tail = word.split("-", 1)
            assert head + tail[0] not in body, (right, word)  # "ÉtatsU-nis"
