"""The DOCX memo, as a colleague who opens it in Word or LibreOffice finds it."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from exporter.config.style import load_style
from exporter.pipeline.export import export_file
from tests.conftest import SAMPLE, brief_text, docx_text, need, pdf_text, words

LOCALES = [("fr", "docx"), ("en", "docx")]


def open_docx(data: bytes):
    return docx.Document(io.BytesIO(data))


@pytest.mark.parametrize("key", LOCALES)
def test_real_word_styles(sample_memos, key):
    document = open_docx(sample_memos[key])
    used = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "List Number", "List Bullet", "Quote"} <= used
    assert sum(p.style.name == "Heading 1" for p in document.paragraphs) >= 5
    assert all(t.style.name == "Table Grid" for t in document.tables) and len(document.tables) == 3


@pytest.mark.parametrize("key", LOCALES)
def test_headings_keep_with_next_and_tables_repeat_their_header(sample_memos, key):
    document = open_docx(sample_memos[key])
    assert document.styles["Heading 1"].paragraph_format.keep_with_next
    for table in document.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


@pytest.mark.parametrize("key", LOCALES)
def test_each_numbered_list_starts_at_one(sample_memos, key):
    body = open_docx(sample_memos[key]).element.body
    num_ids = []
    for p in body.iter(qn("w:p")):
        ppr = p.pPr
        if ppr is not None and ppr.style == "ListNumber":
            num_ids.append(ppr.numPr.numId.val)
    lists = list(dict.fromkeys(num_ids))
    assert len(lists) == 1  # the sources (the conditions are a table)
    numbering = open_docx(sample_memos[key]).part.numbering_part.element
    for num in numbering.num_lst:
        if num.numId in lists:
            assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


@pytest.mark.parametrize("key", LOCALES)
def test_footer_counts_pages_with_fields_and_carries_the_marking(sample_memos, key):
    section = open_docx(sample_memos[key]).sections[0]
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    marking = "UNCLASSIFIED"  # a US marking keeps its words in a French memo
    assert section.header.paragraphs[0].text.strip("\u00a0") == marking
    assert marking in "".join(p.text for p in section.footer.paragraphs)


@pytest.mark.parametrize("key", LOCALES)
def test_core_properties_and_language(sample_memos, key):
    document = open_docx(sample_memos[key])
    core = document.core_properties
    lang = {"fr": "fr-FR", "en": "en-US"}[key[0]]
    assert core.title.startswith("Niger") and core.language == lang
    assert core.author in ("Cellule de veille Sahel", "Sahel Monitoring Unit")
    assert "python-docx" not in (core.author + core.comments + core.last_modified_by)
    assert core.created.year == 2023 and core.modified == core.created
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:lang')}").get(qn("w:val")) == lang
    assert document.settings.element.find(qn("w:proofState")) is None


def test_a_french_quote_in_an_english_memo_is_tagged_french(sample_memos):
    body = open_docx(sample_memos[("en", "docx")]).element.body
    tagged = ["".join(t.text for t in r.iter(qn("w:t"))) for r in body.iter(qn("w:r"))
              if r.find(f"{qn('w:rPr')}/{qn('w:lang')}") is not None
              and r.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "fr-FR"]
    assert any("Au cours de nos discussions" in t for t in tagged)


def test_references_link_to_bookmarked_sources(sample_memos):
    body = open_docx(sample_memos[("fr", "docx")]).element.body
    anchors = {h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"))}
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert anchors == {"source_1"} and anchors <= bookmarks
    # Word takes letters, digits and underscores in bookmark names, starting with a letter.
    assert all(re.fullmatch(r"[A-Za-z]\w{0,39}", name) for name in bookmarks)
    assert {f"section_{n}" for n in range(1, 6)} <= bookmarks


def test_same_brief_same_bytes():
    style = load_style("formal")
    first = export_file(str(SAMPLE), ["en"], ["docx"], style).memos[0].data
    second = export_file(str(SAMPLE), ["en"], ["docx"], style).memos[0].data
    assert first == second
    stamps = {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()}
    assert stamps == {(2023, 12, 14, 0, 0, 0)}


@pytest.mark.parametrize("locale", ["fr", "en"])
def test_docx_and_pdf_carry_the_same_words(sample_memos, locale):
    docx_words = words(docx_text(sample_memos[(locale, "docx")]))
    pdf = pdf_text(sample_memos[(locale, "pdf")])
    # Furniture (marking, footer) is drawn on every PDF page; the DOCX has it once in header/footer.
    pdf_words = words(pdf.replace("-\n", "").replace("\u00ad\n", ""))  # U+00AD: a hyphen the line breaking added
    missing = [w for w in set(docx_words) if w not in pdf_words]
    assert not missing, missing[:20]
    assert abs(len(pdf_words) - len(docx_words)) / len(docx_words) < 0.1


@pytest.mark.parametrize("key", LOCALES)
def test_pandoc_reads_headings_tables_and_lists(sample_memos, key, tmp_path):
    pandoc = need("pandoc")
    path = tmp_path / "memo.docx"
    path.write_bytes(sample_memos[key])
    ast = json.loads(subprocess.run([pandoc, "-f", "docx", "-t", "json", str(path)], capture_output=True, check=True).stdout)
    kinds = [block["t"] for block in ast["blocks"]]
    assert kinds.count("Header") >= 5
    assert "Table" in kinds and "OrderedList" in kinds and "BulletList" in kinds


@pytest.mark.parametrize("style", ["formal", "plain"])
def test_libreoffice_converts_to_one_to_four_pages(tmp_path, style):
    soffice = need("soffice")
    result = export_file(str(SAMPLE), None, ["docx"], load_style(style))
    for memo in result.memos:
        (tmp_path / memo.name).write_bytes(memo.data)
    converted = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                                *[str(tmp_path / m.name) for m in result.memos]],
                               capture_output=True, text=True, timeout=180,
                               env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert converted.returncode == 0, converted.stderr
    from pypdf import PdfReader

    for memo in result.memos:
        pdf = tmp_path / memo.name.replace(".docx", ".pdf")
        pages = len(PdfReader(pdf).pages)
        assert 1 <= pages <= 4
        assert "Niger" in PdfReader(pdf).pages[0].extract_text()


# ECMA-376 sequences of the property elements brief writes: Word refuses (repair prompt) what
# LibreOffice forgives — an element out of order, or twice.
ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
           "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
           "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
           "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
           "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
           "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
             "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
    "style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat "
             "locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr",
}


@pytest.mark.parametrize("style_name", ["formal", "plain"])
def test_property_elements_follow_the_schema_order(style_name):
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    data = export_file(str(SAMPLE), ["fr"], ["docx"], load_style(style_name)).memos[0].data
    archive = zipfile.ZipFile(io.BytesIO(data))
    checked = 0
    for name in archive.namelist():
        if not name.startswith("word/") or not name.endswith(".xml"):
            continue
        root = etree.fromstring(archive.read(name))
        for parent, sequence in ORDER.items():
            rank = {tag: i for i, tag in enumerate(sequence.split())}
            for element in root.iter(w + parent):
                tags = [child.tag.replace(w, "") for child in element if child.tag.startswith(w)]
                positions = [rank.get(tag, -1) for tag in tags]
                assert -1 not in positions, (name, parent, tags)
                assert positions == sorted(positions) and len(set(tags)) == len(tags), (name, parent, tags)
                checked += 1
    assert checked > 100


def test_heading_colours_come_from_the_style_and_the_marking_from_its_scheme():
    from exporter.model.markings import schemes

    style = load_style("formal")
    document = open_docx(export_file(str(SAMPLE), ["fr"], ["docx"], style).memos[0].data)
    assert str(document.styles["Heading 1"].font.color.rgb) == style.color.heading.lstrip("#").upper()
    assert str(document.styles["Title"].font.color.rgb) == style.color.heading.lstrip("#").upper()
    marking_run = document.sections[0].header.paragraphs[0].runs[0]
    level = schemes()["us"].levels["unclassified"]
    assert str(marking_run.font.color.rgb) == level.text.lstrip("#").upper()
    assert marking_run._r.rPr.find(qn("w:shd")).get(qn("w:fill")) == level.colour.lstrip("#").upper()


def test_footer_fits_one_line_without_a_short_title(write_brief):
    subject = "Decision needed: keep the US military presence in Niger while talks with the junta proceed"
    memo = export_file(str(write_brief(brief_text(subject=f'"{subject}"'))), None, ["docx"], load_style("plain")).memos[0]
    footer = open_docx(memo.data).sections[0].footer.paragraphs[0]
    title = footer.text.split("\u00a0·")[0]
    assert title.endswith("…") and len(title) <= 65
    assert "Page\u00a0" in footer._p.xml and "\u00a0of\u00a0" in footer._p.xml
    # One right tab at the text width carries the page label; the template's own stops (for a
    # Letter page, past an A4 margin) would leave it glued to the date in LibreOffice.
    document = open_docx(memo.data)
    assert len(document.styles["Footer"].paragraph_format.tab_stops) == 0
    [stop] = footer.paragraph_format.tab_stops
    section = document.sections[0]
    assert abs(stop.position - (section.page_width - section.left_margin - section.right_margin)) < 1000


def test_a_title_longer_than_words_core_properties_take_is_cut_there_and_kept_whole_in_the_pdf(write_brief):
    """Word (and python-docx) hold a core property of at most 255 characters; a 400-character
    subject used to fail the DOCX."""
    subject = " ".join(["Niger"] * 66) + " end"  # 400 characters
    result = export_file(str(write_brief(brief_text(subject=subject, extra="keywords: [" + ", ".join(f"k{i:03d}" for i in range(60)) + "]\n"))),
                         ["en"], ["docx", "pdf"], load_style(None))
    assert not result.errors, result.errors
    memos = {m.format: m.data for m in result.memos}
    core = open_docx(memos["docx"]).core_properties
    assert len(core.title) == 255 and core.title.endswith("…") and subject.startswith(core.title[:-1])
    assert len(core.keywords) <= 255 and core.keywords.endswith("…")
    import pikepdf
    with pikepdf.open(io.BytesIO(memos["pdf"])) as pdf:
        assert subject in str(pdf.docinfo.Title)


@pytest.mark.parametrize("date, stamp", [("1970-01-01", (1980, 1, 1)), ("2150-06-30", (2107, 12, 31))])
def test_a_date_outside_what_a_zip_holds_is_stamped_at_the_nearest_it_holds(write_brief, date, stamp):
    text = brief_text().replace("date: 2024-03-05", f"date: {date}")
    result = export_file(str(write_brief(text)), ["en"], ["docx"], load_style(None))
    assert not result.errors, result.errors
    with zipfile.ZipFile(io.BytesIO(result.memos[0].data)) as archive:
        assert {info.date_time[:3] for info in archive.infolist()} == {stamp}
    assert open_docx(result.memos[0].data).core_properties.created.year == int(date[:4])


def test_a_part_holding_a_character_xml_refuses_is_an_error_not_a_file():
    from exporter.render.docx.shell import _xml_text

    assert _xml_text("<w:t>a\tb\nc</w:t>") == "<w:t>a\tb\nc</w:t>"
    for bad in ("\x00", "\x01", "\x0b", "\ufffe", "\ud800"):
        with pytest.raises(ValueError, match="not an XML character"):
            _xml_text(f"<w:t>a{bad}b</w:t>")
