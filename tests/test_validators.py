"""PDF/UA-1 and PDF/A-2a as a validator nobody here wrote finds them: ``page`` (PyPI
``page-validation``), which implements the veraPDF rule set for both profiles without a JVM.

Every memo of both samples, in every convention, style and locale, and the long and hostile memos
the other tests make (a thirty-page memo, a table row taller than a page, scripts the fonts lack,
control characters, any brief Hypothesis writes), must show 0 failed rules for both profiles.
``tests/matterhorn.py`` and ``tests/pdfa_checker.py`` stay for what ``page`` does not look at
(reading order, table headers, the XMP read back by a second parser…).

A validator that passes everything proves nothing: the last tests take out, one at a time, what
makes the memos pass and show that ``page`` then fails them, on the rule concerned.
"""

from __future__ import annotations

import io
import itertools

import page  # page-validation, in the test extra: CI must have it
import pikepdf
import pytest
import yaml
from hypothesis import given, settings
from reportlab.pdfbase.pdfdoc import PDFDocument

from exporter._compat import reportlab as rl
from exporter.checks.loading import load_bytes
from exporter.config.style import load_style
from exporter.pipeline.export import export_loaded
from exporter.render.pdf import archive as pdfa
from exporter.tree import Table, inline_text
from tests.conftest import brief_text
from tests.matterhorn import Reader, _number_tree
from tests.pdfa_checker import problems
from tests.test_hostile import briefs as hostile_briefs
from tests.test_hostile import pdfs_of
from tests.test_pdftags import CONVENTIONS, FIXTURES, FONTS, memo

PROFILES = ("ua1", "2a")  # PDF/UA-1, PDF/A-2a
SAMPLES = ("niger-us-cooperation", "niger-force-posture")
STYLES = ("formal", "plain")
LOCALES = ("fr", "en", "en_US")


def failed_rules(data: bytes) -> list[str]:
    """Every rule ``page`` finds broken in ``data``, for either profile: ``profile rule: message``."""
    found = []
    for profile in PROFILES:
        report = page.validate_pdf_bytes(data, profile=profile)
        found += [f"{profile} {f.rule_id}: {f.message}" for f in report.failures]
        if not found:
            assert report.is_compliant and report.rules.total > 0, profile
    return found


def pdf_of(text: str, style: str = "formal") -> list[bytes]:
    """The PDF memos of a brief given as YAML text, one per language."""
    result = export_loaded(load_bytes(text.encode(), "brief.yaml"), None, ["pdf"], load_style(style))
    assert not result.errors, result.errors
    return [m.data for m in result.memos]


# The validator, calibrated --------------------------------------------------------------------

def test_page_passes_typsts_memo_and_fails_the_untagged_memo_brief_wrote_before():
    import typst  # in the test extra

    typ = FIXTURES / "typst-memo.typ"
    data = typst.compile(str(typ), pdf_standards=["a-2a", "ua-1"], font_paths=[str(FONTS)], ignore_system_fonts=True)
    assert failed_rules(data) == []
    old = failed_rules((FIXTURES / "untagged-memo.en.pdf").read_bytes())
    assert {"ua1 PDFUA1-CONTENT-TAGGING-001", "ua1 PDFUA1-METADATA-TITLE-001"} <= {r.split(":")[0] for r in old}


# Every memo of the samples --------------------------------------------------------------------

@pytest.mark.parametrize("sample, convention, style, locale",
                         list(itertools.product(SAMPLES, CONVENTIONS, STYLES, LOCALES)))
def test_every_sample_memo_is_pdf_ua_1_and_pdf_a_2a(sample, convention, style, locale):
    # memo() is cached: the tagging tests validate the same 36 files with our own checker.
    assert failed_rules(memo(sample, locale, style, convention)) == []


# Long and hostile memos -----------------------------------------------------------------------

def test_a_thirty_page_memo():
    actors = "".join(f"\n  - name: Actor {i}\n    role: Role {i}\n    stance: Stance {i} " + "word " * 12
                     for i in range(360))
    issues = "".join(f"\n  - what: Issue {i}?\n    why: Because {i}." for i in range(200))
    [data] = pdf_of(brief_text(extra=f"actors:{actors}\nopen_issues:{issues}\n"))
    assert len(pikepdf.open(io.BytesIO(data)).pages) >= 15
    assert failed_rules(data) == []


@pytest.mark.parametrize("style", STYLES)
def test_a_table_row_taller_than_a_page_and_a_word_wider_than_its_column(style):
    stance = " ".join(f"mot{i}" for i in range(1500))
    text = brief_text(extra=f"actors:\n  - name: Someone\n    role: {'x' * 3000}\n    stance: {stance}\n"
                            "  - name: Other\n    role: Second\n    stance: Short.\n")
    [data] = pdf_of(text, style)
    assert len(pikepdf.open(io.BytesIO(data)).pages) >= 3
    assert failed_rules(data) == []


@pytest.mark.parametrize("summary", [
    "Ελληνικά και Кириллица",  # drawn
    "عربي, 中文字, emoji 🙂",  # not in the fonts: replaced visibly, never drawn as .notdef
    ("Bell\a, escape \x1b[31m, BOM \ufffe, zero\u200bwidth, soft\u00adhyphen, no\u2060join, "
     "« Ça » — l’œuvre, 1\u202f100\u00a0€"),
])
def test_scripts_the_fonts_lack_and_characters_that_draw_nothing(summary):
    extra = 'marking: "SECRET\\r\\nEYES ONLY"\nkeywords: [R&D, <b>x</b>]\n'
    text = brief_text(languages="fr, en", subject='"Deux\\nlignes, Ni\u00adger"',
                      summary=yaml.safe_dump(summary, allow_unicode=False).strip().removesuffix("...").strip(),
                      extra=extra)
    for data in pdf_of(text):
        assert failed_rules(data) == []


@settings(max_examples=15)
@given(hostile_briefs())
def test_any_brief_gives_a_conformant_pdf(data):
    for m in pdfs_of(data):
        assert failed_rules(m.data) == [], m.name


# A stream whose data ends in a carriage return ------------------------------------------------

def _formatted(content: bytes) -> bytes:
    stream = rl.EolStream(content=content)  # how a memo's streams are written
    stream.filters = []
    return stream.format(PDFDocument(invariant=True))


@pytest.mark.parametrize("content, eol", [(b"data\r", b"\r\n"), (b"data", b"\n"), (b"data\n", b"\n"),
                                          (b"data\r\n", b"\n")])
def test_the_end_of_line_before_endstream_leaves_the_data_whole_by_any_reading(content, eol):
    formatted = _formatted(content)
    assert formatted.endswith(b"stream\n" + content + eol + b"endstream\n")
    assert b"/Length %d" % len(content) in formatted
    # Read back from `endstream`, as a validator does: CR LF, else LF, is the marker.
    before = formatted[: -len(b"endstream\n")]
    data = before.split(b"stream\n", 1)[1]
    data = data[:-2] if data.endswith(b"\r\n") else data[:-1]
    assert data == content


_WORDS = ["Niamey", "Washington", "junta", "quorum", "vexed", "zeal", "jolt", "bauxite", "kayak", "wharf", "Öztürk",
          "Émile", "çà", "où", "ĳ"]


def _summary(n: int) -> str:
    """Brief ``n`` of a series whose memos differ in their text and in the letters their fonts embed."""
    words = [_WORDS[(n * 7 + i * i) % len(_WORDS)] for i in range(2 + n % 11)]
    return brief_text(summary=f"Summary {n}, " + " ".join(words) + ".")


@pytest.fixture(scope="module")
def cr_memo() -> tuple[str, bytes, int]:
    """A brief whose memo has a stream whose (compressed) data ends in CR, the memo, and that
    stream's object number: one stream in 256 does, and a memo's own streams are one or two (its
    pages; its fonts' differ only with the letters they hold), so a few hundred summaries find one
    (the 39th before the font subsets had tags of their own, the 301st since)."""
    for n in range(1000):
        [data] = pdf_of(_summary(n))
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for obj in pdf.objects:
                if isinstance(obj, pikepdf.Stream) and obj.read_raw_bytes().endswith(b"\r"):
                    return _summary(n), data, obj.objgen[0]
    raise AssertionError("no stream ends in CR in 1,000 memos: the search needs other summaries")


def test_a_memo_with_a_stream_that_ends_in_cr_is_conformant(cr_memo):
    _, data, number = cr_memo
    assert failed_rules(data) == [] and problems(data) == []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.get_object(number, 0).read_raw_bytes().endswith(b"\r")
    start = data.index(b"\n%d 0 obj" % number)
    assert data.index(b"\r\r\nendstream", start) < data.index(b"endobj", start)


def test_page_fails_that_memo_when_its_cr_is_closed_by_a_lone_lf(monkeypatch, cr_memo):
    monkeypatch.setattr(rl, "eol_before_endstream", lambda data: b"\n")
    text, before, _ = cr_memo
    [data] = pdf_of(text)
    assert data != before
    assert any("PDFA2A-STREAM-LENGTH-001" in rule for rule in failed_rules(data))
    assert any(p.startswith("6.1.7.1:") and "ending in CR" in p for p in problems(data))  # ours agrees


# ToUnicode: no code maps to U+0000, U+FEFF or U+FFFE --------------------------------------------

def _to_unicode_entries(data: bytes) -> list[tuple[str, int, str]]:
    """(font, code, UTF-16BE hex value) for every bfchar entry of every ToUnicode map of ``data``."""
    entries = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and "/ToUnicode" in obj:
                cmap = obj.ToUnicode.read_bytes().decode("ascii")
                block = cmap.split("beginbfchar\n", 1)[1].split("\nendbfchar", 1)[0]
                for line in block.splitlines():
                    code, value = line.split()
                    entries.append((str(obj.BaseFont), int(code[1:-1], 16), value[1:-1]))
    return entries


def test_no_code_of_any_subset_maps_to_a_forbidden_value_and_code_0_is_never_drawn():
    data = memo("niger-us-cooperation", "fr", "formal", "bilingual")
    entries = _to_unicode_entries(data)
    assert len(entries) > 100
    assert not [e for e in entries if e[2] in ("0000", "FEFF", "FFFE")]
    assert not [e for e in entries if e[1] == 0]  # .notdef: no character
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for p in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(p):
                if str(operator) == "Tj":
                    assert b"\0" not in bytes(operands[0])


def test_page_fails_a_memo_whose_subsets_map_notdef_to_u0000(monkeypatch):
    monkeypatch.setattr(pdfa._NotdefOutOfToUnicode, "addObjects", lambda self, doc: None)
    [data] = pdf_of(brief_text())
    rules = failed_rules(data)
    assert any("PDFUA1-FONT-UNICODE-VALUE-001" in r for r in rules), rules
    assert any("PDFA2A-UNICODE-VALUE-001" in r for r in rules), rules
    assert any(p.startswith("6.2.11.7.2:") and "U+0000" in p for p in problems(data))  # ours agrees


def test_only_forbidden_entries_leave_the_cmap():
    cmap = "1 begincodespacerange\n<00> <03>\nendcodespacerange\n4 beginbfchar\n<00> <0000>\n" \
           "<01> <0041>\n<02> <FEFF>\n<03> <00E9>\nendbfchar\nendcmap"
    kept = pdfa._NotdefOutOfToUnicode.without_forbidden_values(cmap)
    assert kept == "1 begincodespacerange\n<00> <03>\nendcodespacerange\n2 beginbfchar\n" \
                   "<01> <0041>\n<03> <00E9>\nendbfchar\nendcmap"
    assert pdfa._NotdefOutOfToUnicode.without_forbidden_values(kept) == kept


# outloud's TBL-014: "a ruled grid holds N lines of text that no /Table covers" ---------------------

def _spoken(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize("locale", ["fr", "en"])
def test_what_a_table_draws_reaches_its_cells_through_the_parent_tree(locale, sample_memos, sample_documents):
    """Assistive technology goes from what is drawn to the structure through the ParentTree: every
    cell of every table the memo shows must be reached that way, as a TH or TD of a Table.  (outloud
    warns TBL-014 all the same: see the README's "Archiving and accessibility".)"""
    r = Reader(sample_memos[(locale, "pdf")])
    r.read_content()
    parents = _number_tree(r.root.StructTreeRoot.get("/ParentTree"))
    cells: dict[tuple, str] = {}
    for n, pdf_page in enumerate(r.pages):
        entry = parents[int(pdf_page.obj.StructParents)]
        for mcid in sorted(r.content[n]):
            element = entry[mcid]
            while element.get("/S") not in ("/TD", "/TH") and "/P" in element and "/S" in element.P:
                element = element.P  # a Link or a Span inside a cell
            if element.get("/S") in ("/TD", "/TH"):
                assert element.P.P.S in ("/Table", "/THead", "/TBody"), element.P.P.S
                cells[element.objgen] = cells.get(element.objgen, "") + "".join(r.content[n][mcid])
    reached = {_spoken(text) for text in cells.values()}
    tables = [b for b in sample_documents[locale].blocks if isinstance(b, Table)]
    shown = [_spoken(inline_text(cell)) for table in tables for row in (table.header, *table.rows) for cell in row]
    assert len(tables) >= 3 and len(shown) > 30
    assert [cell for cell in shown if cell and cell not in reached] == []
