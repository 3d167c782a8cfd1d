"""The second reading (issue 19): both samples, in every convention, style and locale, read as a
State desk officer, a French diplomat and a typographer would — PDF and DOCX alike."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from functools import cache
from itertools import pairwise

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from exporter.checks.loading import load_file
from exporter.config.fonts import drawable
from exporter.config.style import load_style
from exporter.layout import build, load_convention
from exporter.layout.fit import MM, fit_table, text_width_of
from exporter.localize.localizer import Localizer
from exporter.model.locales import parse_locale
from exporter.pipeline.export import build_documents, export_file
from exporter.render.docx.renderer import render as render_docx
from exporter.render.pdf.renderer import render as render_pdf
from exporter.tree import Citation, Document, Span, Table
from tests.conftest import SAMPLE, SECOND, brief_text, docx_text, need, pdf_text
from tests.test_conventions import CONVENTIONS, EVERY, LOCALES, STYLES, memos

SAMPLES = (SAMPLE, SECOND)
NO_FURNITURE = {"marking": "", "footer": ""}


def pdf_lines(data: bytes) -> list[str]:
    return [line.strip() for page in PdfReader(io.BytesIO(data)).pages
            for line in page.extract_text().splitlines() if line.strip()]


# A. Typesetting ------------------------------------------------------------------------------

def _tokens(cells) -> set[str]:
    """Every word a column holds, as a line may end or start on it."""
    out: set[str] = set()
    for content in cells:
        text = "".join(f"[{i.label}]" if isinstance(i, Citation) else getattr(i, "text", "") for i in content)
        out.update(text.split())
    return out


def _columns(document: Document, table: Table, style):
    """Each column of ``table`` as a document of its own, one column as wide as the table gives it:
    its lines are the column's lines, whatever a text extractor makes of cells side by side."""
    width = text_width_of(style, document.paper)
    for c, share in enumerate(table.widths):
        column = width * share / sum(table.widths)
        right = (width - column) / MM + style.page.margin_right
        narrow = replace(style, page=replace(style.page, margin_right=right))
        single = Table((_unlinked(table.header[c]),), tuple((_unlinked(row[c]),) for row in table.rows), (1.0,))
        yield narrow, Document(document.meta, replace(document.furniture, **NO_FURNITURE), (single,), document.paper), \
            [table.header[c], *(row[c] for row in table.rows)]


def _unlinked(content):
    """A cell's references as the text they print (a column alone has no sources to link to)."""
    return tuple(Span(f"[{i.label}]") if isinstance(i, Citation) else i for i in content)


def _broken_words(lines: list[str], words: set[str]) -> list[tuple[str, str]]:
    """Pairs of lines where a word was cut without a hyphen: a line ending on no whole word, or the
    next starting on none.  A word hyphenated at a line's end is joined to its end first (and must
    be a whole word then: "reposition-" + "nement", "ouest-" + "africain")."""
    lines = [line.split() for line in lines if not line.startswith("Page")]  # the page label is not the column's
    bad = []
    for i in range(len(lines) - 1):
        previous, line = lines[i], lines[i + 1]
        if not previous or not line:
            continue
        last = previous[-1]
        if last.endswith(("-", "\u00ad")):
            stem = last.rstrip("-\u00ad")
            joined = {stem + line[0], last.rstrip("\u00ad") + line[0]}
            if not joined & words:
                bad.append((" ".join(previous), " ".join(line)))
            previous[-1] = next(iter(joined & words), stem + line[0])
            del line[0]
            continue
        if last not in words or line[0] not in words:
            bad.append((" ".join(previous), " ".join(line)))
    return bad


@cache
def _tables(sample: str, convention: str, style_name: str, locale: str, squeeze: float = 0):
    style = load_convention(convention).apply(load_style(style_name))
    if squeeze:
        style = replace(style, page=replace(style.page, margin_left=style.page.margin_left + squeeze,
                                            margin_right=style.page.margin_right + squeeze))
    # Laid out as export does, but with the squeezed page (a convention would restore its own).
    chosen = load_convention(convention)
    loaded = load_file(str(sample))
    loc = Localizer(loaded, parse_locale(locale), drawable(style.font.body, style.font.heading), chosen.spellings, chosen.gpo)
    document = build(loaded, loc, style, chosen)
    return style, document, [b for b in document.blocks if isinstance(b, Table)]


@pytest.mark.parametrize("convention", CONVENTIONS)
@pytest.mark.parametrize("style_name", STYLES)
@pytest.mark.parametrize("squeeze", [0, 20])
def test_a_word_in_a_table_is_never_broken_without_a_hyphen(convention, style_name, squeeze):
    """"environ 648 militaire|s": a no-break group wider than its column was cut mid-word.  Every
    column of every table of both samples, at the style's width and squeezed 40 mm narrower: each
    line ends on a whole word or a hyphen."""
    checked = 0
    for sample in SAMPLES:
        for locale in ("fr", "en_US"):
            style, document, tables = _tables(sample, convention, style_name, locale, squeeze)
            for table in tables:
                for narrow, single, cells in _columns(document, table, style):
                    lines = pdf_lines(render_pdf(single, narrow))
                    assert not _broken_words(lines, _tokens(cells)), (sample.name, locale, lines)
                    checked += 1
    assert checked >= 18   # the samples hold 9 table columns a locale (no figure has an as-of date: the article gives none)


def test_the_figures_value_stays_whole_where_it_fits_and_breaks_at_spaces_where_it_cannot():
    value = (Span("environ\u00a0648\u00a0militaires", bold=True),)
    header = ((Span("Indicateur"),), (Span("Valeur"),))
    table = Table(header, (((Span("Militaires"),), value),), (0.8, 0.2))
    widened = fit_table(table, "Liberation Serif", 9.5, 450)
    assert widened.widths[1] > 0.2 and widened.rows[0][1] == value  # the column is sized for it
    squeezed = fit_table(table, "Liberation Serif", 9.5, 80)
    assert squeezed.rows[0][1][0].text == "environ 648 militaires"  # too narrow a page: it breaks at its spaces


def test_the_docx_tables_break_at_words_through_libreoffice(tmp_path):
    soffice = need("soffice")
    names = []
    for sample in SAMPLES:
        style, document, tables = _tables(sample, "us-state", "plain", "fr")
        for t, table in enumerate(tables):
            for c, (narrow, single, cells) in enumerate(_columns(document, table, style)):
                path = tmp_path / f"{sample.stem}-{t}-{c}.docx"
                path.write_bytes(render_docx(single, narrow))
                names.append((path, _tokens(cells)))
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *(str(p) for p, _ in names)],
                   capture_output=True, check=True, timeout=300, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    for path, words in names:
        lines = pdf_lines(path.with_suffix(".pdf").read_bytes())
        assert not _broken_words(lines, words), (path.name, lines)


@pytest.mark.parametrize("sample, convention, style", EVERY)
def test_no_last_page_holds_only_the_sources_and_the_closing(sample, convention, style):
    made = memos(sample, convention, style)
    for locale in LOCALES:
        pages = [p.extract_text() for p in PdfReader(io.BytesIO(made[(locale, "pdf")])).pages]
        last = [line.strip() for line in pages[-1].splitlines() if line.strip()]
        furniture = {last[0], last[-1]} | {line for line in last if "·" in line or line.startswith("Page ")}
        heading = next(i for i, line in enumerate(last) if line.rstrip(" :") in ("Sources", "Attachment", "Attachments",
                                                                                    "Pièce jointe", "Pièces jointes"))
        body = [line for line in last[:heading] if line not in furniture]
        assert body, (locale, last)  # real body text travels with the memo's end
        # The DOCX: from the last paragraph of the body on, every paragraph keeps with the next.
        paragraphs = list(docx.Document(io.BytesIO(made[(locale, "docx")])).element.body.iter(qn("w:p")))
        texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in paragraphs]
        start = max(i for i, text in enumerate(texts) if text.rstrip(" :") in ("Sources",)) - 1
        kept = [p.find(qn("w:pPr")) is not None and p.find(qn("w:pPr")).find(qn("w:keepNext")) is not None
                for p in paragraphs[start:-1] if "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()]
        assert all(kept[:-1]), (locale, texts[start:])


@pytest.mark.parametrize("sample, convention, style", EVERY)
def test_a_reference_never_breaks_and_never_stands_after_one_word(sample, convention, style):
    made = memos(sample, convention, style)
    for locale in LOCALES:
        lines = pdf_lines(made[(locale, "pdf")])
        for previous, line in pairwise(lines):
            assert not re.search(r"\[[^\]]*$", previous), (locale, previous, line)  # [1, | ¶ 2]
        for line in lines:
            # "steps. [1, ¶¶ 1, 2]" alone on a line: the word before it had nothing else.
            assert not re.fullmatch(r"(\(\w+\)\s)?\S+\s\[\d[^\]]*\]", line), (locale, line)


@pytest.mark.parametrize("convention", CONVENTIONS)
@pytest.mark.parametrize("style_name", STYLES)
def test_table_text_is_at_most_one_point_smaller_than_the_body(convention, style_name):
    style = load_convention(convention).apply(load_style(style_name))
    assert style.size.body - 1 <= style.size.table <= style.size.body
    data = memos("niger-us-cooperation", convention, style_name)[("fr", "docx")]
    table_text = docx.Document(io.BytesIO(data)).styles["Table Text"]
    assert table_text.font.size.pt == pytest.approx(style.size.table, abs=0.25)


def test_a_style_the_convention_fixes_is_said_not_silently_ignored():
    plain = export_file(str(SAMPLE), ["en_US"], ["pdf"], load_style("plain"), convention="us-state")
    assert any("fixes the typeface" in w.message and "'plain'" in w.message for w in plain.warnings)
    formal = export_file(str(SAMPLE), ["en_US"], ["pdf"], load_style("formal"), convention="us-state")
    assert not any("fixes the typeface" in w.message for w in formal.warnings)
    # Where the convention fixes nothing, the style shows: another face in each.
    fonts = {name: pdf_fonts(export_file(str(SAMPLE), ["fr"], ["pdf"], load_style(name)).memos[0].data)
             for name in ("formal", "plain")}
    assert any("Serif" in f for f in fonts["formal"]) and any("Sans" in f for f in fonts["plain"])


def pdf_fonts(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data))
    return {str(font["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()}


@pytest.mark.parametrize("convention", CONVENTIONS)
def test_one_affordance_per_decision_option(convention):
    made = memos("niger-force-posture", convention, "formal")
    for locale in LOCALES:
        body = docx.Document(io.BytesIO(made[(locale, "docx")])).element.body
        for p in body.iter(qn("w:p")):
            if p.find(qn("w:sdt")) is None:
                continue
            # A check box and the option's words: no line to write on beside the box.
            leaders = [tab.get(qn("w:leader")) for tab in p.iter(qn("w:tab")) if tab.get(qn("w:leader"))]
            assert not leaders, (locale, leaders)
            assert "_" not in "".join(t.text or "" for t in p.iter(qn("w:t")))
        text = docx_text(made[(locale, "docx")])
        assert "Discuss_" not in text and "discuss_" not in text


# B. Markings ---------------------------------------------------------------------------------

def test_a_scheme_with_official_words_in_the_memos_language_prints_them(write_brief):
    path = write_brief(brief_text(languages="fr, en", extra="marking: {scheme: ca, level: protected-b}\n"))
    result = export_file(str(path), ["fr", "en"], ["pdf", "docx"], load_style("formal"))
    made = {(m.locale, m.format): m.data for m in result.memos}
    assert pdf_text(made[("fr", "pdf")]).count("PROTÉGÉ B") >= 2 and "PROTECTED" not in pdf_text(made[("fr", "pdf")])
    assert pdf_text(made[("en", "pdf")]).count("PROTECTED B") >= 2
    header = docx.Document(io.BytesIO(made[("fr", "docx")])).sections[0].header.paragraphs[0].text
    assert header.strip("\u00a0") == "PROTÉGÉ B"
    # A scheme without official French words keeps its own: a US marking is not translated.
    assert "UNCLASSIFIED" in pdf_text(memos("niger-us-cooperation", "bilingual", "formal")[("fr", "pdf")])


def test_a_french_note_with_a_us_marking_is_warned_at_its_line(tmp_path):
    from typer.testing import CliRunner

    from exporter.cli import app

    result = CliRunner().invoke(app, ["validate", str(SECOND), "--convention", "fr-diplomatie"])
    assert result.exit_code == 0
    assert re.search(r"niger-force-posture\.yaml:\d+:\d+: warning: marking: a fr-diplomatie memo carries the "
                     r"markings its administration uses", result.output), result.output
    line = next(n for n, text in enumerate(SECOND.read_text("utf-8").splitlines(), 1) if text.startswith("marking:"))
    assert f"niger-force-posture.yaml:{line}:" in result.output
    strict = CliRunner().invoke(app, ["validate", str(SECOND), "--convention", "fr-diplomatie", "--strict"])
    assert strict.exit_code == 1
    assert not [w for w in memos("niger-force-posture", "us-state", "formal")["warnings"] if "markings" in w.message]


def test_state_prints_its_classification_in_black_capitals_and_other_conventions_in_their_schemes_colour():
    loaded = load_file(str(SECOND))
    for convention, band in (("us-state", False), ("bilingual", True)):
        [(_, document, _)] = list(build_documents(loaded, ["en_US"], load_style("formal"), convention))
        assert document.furniture.marking == "SENSITIVE BUT UNCLASSIFIED"
        assert document.furniture.marking_band is band
    page = PdfReader(io.BytesIO(memos("niger-force-posture", "us-state", "formal")[("en_US", "pdf")])).pages[0]
    text = page.extract_text()
    assert text.count("SENSITIVE BUT UNCLASSIFIED") == 2  # top and bottom


def test_state_marks_the_portions_of_its_tables_too():
    for locale in ("en_US", "fr"):
        made = memos("niger-us-cooperation", "us-state", "formal")
        for text in (pdf_text(made[(locale, "pdf")]), docx_text(made[(locale, "docx")])):
            flat = text.replace("\u00a0", " ")
            assert "(U) Molly Phee" in flat and "(U) CNSP" in flat and "(U) Militaires" in flat.replace("(U) US", "(U) Militaires") \
                or "(U) U.S. military" in flat, locale


# C. us-state ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sample", ["niger-us-cooperation", "niger-force-posture"])
def test_state_from_line_is_the_bureau_and_the_principal(sample):
    made = memos(sample, "us-state", "formal")
    for locale in LOCALES:
        for text in (pdf_text(made[(locale, "pdf")]), docx_text(made[(locale, "docx")])):
            assert re.search(r"(FROM|DE) ?: +AF/W – C\. Durand", re.sub(r"\s", " ", text)), locale


def test_a_state_memo_without_bureau_or_principal_warns(write_brief):
    result = export_file(str(write_brief(brief_text())), ["en_US"], ["pdf"], load_style("formal"), convention="us-state")
    assert any("bureau's symbol and the principal's name" in w.message for w in result.warnings)
    assert not any("bureau" in w.message for w in export_file(str(write_brief(brief_text())), ["en"], ["pdf"],
                                                             load_style("formal")).warnings)


def test_a_clearance_prints_a_status_only_when_the_brief_records_one():
    for locale in LOCALES:
        flagship = memos("niger-us-cooperation", "us-state", "formal")
        for text in (pdf_text(flagship[(locale, "pdf")]), docx_text(flagship[(locale, "docx")])):
            text = text.replace("\u00a0", " ")
            assert "(ok)" not in text and "(accord)" not in text, locale  # the brief records none
            assert "West Africa Office" in text or "Sous-direction d’Afrique occidentale" in text
        action = memos("niger-force-posture", "us-state", "formal")
        text = pdf_text(action[(locale, "pdf")])
        assert ("(ok)" in text and "(info)" in text) or ("(accord)" in text and "(pour information)" in text)


def test_state_limits_warn_at_validate_and_export_and_fail_under_strict(write_brief):
    from typer.testing import CliRunner

    from exporter.cli import app

    # Both samples keep to what the S/ES templates state: a BLUF of four lines at most (and the
    # action memo to two pages, tests/test_conventions.py); no source gives an information memo a
    # page count, so the flagship's three State pages warn of nothing.
    for sample in ("niger-us-cooperation", "niger-force-posture"):
        warnings = memos(sample, "us-state", "formal")["warnings"]
        assert not any("BLUF" in w.message or "pages" in w.message for w in warnings), warnings
    long = write_brief(brief_text(summary=" ".join(["The junta has not yet announced a transition timetable."] * 6)))
    said = export_file(str(long), ["en_US"], ["pdf"], load_style("formal"), convention="us-state").warnings
    assert any("the BLUF runs to" in w.message and "keep it to 4" in w.message and w.line for w in said), said
    result = CliRunner().invoke(app, ["validate", str(long), "--convention", "us-state", "--locale", "en_US"])
    assert "the BLUF runs to" in result.output and result.exit_code == 0
    assert CliRunner().invoke(app, ["validate", str(long), "--convention", "us-state", "--strict"]).exit_code == 1
    quiet = export_file(str(write_brief(brief_text())), ["en_US"], ["pdf"], load_style("formal"), convention="us-state")
    assert not any("BLUF" in w.message or "pages" in w.message for w in quiet.warnings)


def test_the_decision_by_date_prints_where_the_brief_gives_one():
    made = memos("niger-force-posture", "us-state", "formal")
    for text in (pdf_text(made[("en_US", "pdf")]), docx_text(made[("en_US", "docx")])):
        assert re.sub(r"\s+", " ", text).count("(Approve/Disapprove by December 22, 2023)") == 2
    french = memos("niger-force-posture", "fr-diplomatie", "formal")
    for text in (pdf_text(french[("fr", "pdf")]), docx_text(french[("fr", "docx")])):
        assert re.sub(r"\s+", " ", text).count("d’ici le 22 décembre 2023") == 2
    assert "Approve/Disapprove by" not in pdf_text(memos("niger-us-cooperation", "us-state", "formal")[("en_US", "pdf")])


# D. fr-diplomatie ----------------------------------------------------------------------------

@pytest.mark.parametrize("sample", ["niger-us-cooperation", "niger-force-posture"])
def test_a_french_note_ends_on_its_signature_and_cites_its_sources_under_the_subject(sample):
    made = memos(sample, "fr-diplomatie", "formal")
    for text in (pdf_text(made[("fr", "pdf")]), docx_text(made[("fr", "docx")])):
        flat = text.replace("\u00a0", " ")
        signature = flat.index("Le chef de la cellule de veille Sahel")
        assert flat.index("C. Durand", signature) < flat.index("Rédacteur")  # the signer, then the drafter
        objet, ref = flat.index("Objet :"), flat.index("Réf. :")
        assert objet < ref < flat.index("Résumé") and "[1] Texte en français, titre et éditeur non précisés" in flat[ref:ref + 80]
    signature = [p for p in docx.Document(io.BytesIO(made[("fr", "docx")])).paragraphs if p.style.name == "Signature"]
    assert len(signature) == 1 and "C. Durand" in signature[0].text


@pytest.mark.parametrize("convention", ["bilingual", "fr-diplomatie", "us-state"])
def test_french_labels_read_as_french_administrative_prose(convention):
    made = memos("niger-us-cooperation", convention, "formal")
    for text in (pdf_text(made[("fr", "pdf")]), docx_text(made[("fr", "docx")])):
        text = text.replace("\u00a0", " ")
        for calque in ("Rappel", "Situation", "Inconnue", "inconnu"):
            assert calque not in text, (convention, calque)
        assert "Pour mémoire" in text and "Non renseigné" in text and "Avancement" in text


@pytest.mark.parametrize("convention", CONVENTIONS)
@pytest.mark.parametrize("style_name", STYLES)
def test_both_formats_hyphenate_by_one_rule_or_neither_does(convention, style_name):
    """The PDF hyphenates by each text's language, never a name and never a paragraph's last word;
    the DOCX asks Word and LibreOffice for the same (w:autoHyphenation, the names and each
    paragraph's last word in runs they leave whole) — or, where the style does not hyphenate
    (a State memo), neither format does."""
    style = load_convention(convention).apply(load_style(style_name))
    made = memos("niger-us-cooperation", convention, style_name)
    for locale in LOCALES:
        document = docx.Document(io.BytesIO(made[(locale, "docx")]))
        auto = document.settings.element.find(qn("w:autoHyphenation")) is not None
        assert auto == style.spacing.hyphenate
        hyphenated = [line for line in pdf_lines(made[(locale, "pdf")]) if line.endswith("\u00ad")]
        assert bool(hyphenated) == style.spacing.hyphenate or (style.spacing.hyphenate and locale != "fr"), locale
        if not auto:
            continue
        for p in document.element.body.iter(qn("w:p")):
            runs = [r for r in p.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()]
            words = [r for r in runs if re.search(r"[^\W\d_]{4,}", "".join(t.text or "" for t in r.iter(qn("w:t"))))]
            if not words or p.find(qn("w:pPr")) is None:
                continue
            last = words[-1]
            text = "".join(t.text or "" for t in last.iter(qn("w:t")))
            tail = re.findall(r"[^\W\d_][\w'’\-]{3,}", text)
            if not tail:
                continue
            rpr = last.find(qn("w:rPr"))
            protected = rpr is not None and (rpr.find(qn("w:noProof")) is not None or rpr.find(qn("w:lang")) is not None)
            # The run holding the paragraph's last word leaves it whole (or it is a link's text).
            assert protected or last.getparent().tag == qn("w:hyperlink") or text.strip() != tail[-1] and \
                not text.rstrip(" .;:!?»”)").endswith(tail[-1]), (locale, text)


def test_no_last_page_of_only_the_closing_in_the_docx_through_libreoffice(tmp_path):
    soffice = need("soffice")
    names = []
    for sample, convention, locale in (("niger-us-cooperation", "us-state", "fr"),
                                       ("niger-us-cooperation", "fr-diplomatie", "fr"),
                                       ("niger-force-posture", "us-state", "en_US")):
        path = tmp_path / f"{sample}-{convention}-{locale}.docx"
        path.write_bytes(memos(sample, convention, "formal")[(locale, "docx")])
        names.append(path)
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, names)],
                   capture_output=True, check=True, timeout=300, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    for path in names:
        pages = [p.extract_text() for p in PdfReader(path.with_suffix(".pdf")).pages]
        last = [line.strip() for line in pages[-1].splitlines() if line.strip()]
        heading = next(i for i, line in enumerate(last) if line.rstrip(" :") in ("Sources", "Attachment", "Pièce jointe"))
        # Above the heading: the marking and body text, not the marking alone.
        assert [line for line in last[:heading] if not line.isupper()], (path.name, last[:heading + 2])
        # And a reference never breaks inside, in LibreOffice's lines too.
        lines = [line.strip() for page in pages for line in page.splitlines() if line.strip()]
        assert not [line for line in lines if re.search(r"\[[^\]]*$", line)], path.name
