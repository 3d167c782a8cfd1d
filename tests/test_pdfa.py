"""The PDF as an archive keeps it: PDF/A-2 (ISO 19005-2) as far as ``tests/pdfa_checker.py`` can
tell, PDF/UA-1 identification, and the metadata read back by a second XMP parser (pikepdf's).

No veraPDF here (it needs Java): the checker is calibrated on a PDF/A-2a file Typst writes (it
passes) and on reportlab's output without ``render/pdfa`` (it fails, on the expected clauses).
"""

from __future__ import annotations

import io
import logging

import pikepdf
import pytest
from hypothesis import given, settings
from reportlab.pdfbase.pdfdoc import PDFStream

from exporter._compat import reportlab as rl
from exporter.checks.loading import load_bytes
from exporter.config.style import load_style
from exporter.pipeline.export import export_file, export_loaded
from exporter.render.pdf import archive as pdfa
from tests.conftest import SAMPLE, SECOND, brief_text
from tests.pdfa_checker import CLAUSES, problems
from tests.test_hostile import briefs as hostile_briefs
from tests.test_hostile import pdfs_of

logging.getLogger("fontTools").setLevel(logging.ERROR)  # our dehinted glyphs keep their padding

SAMPLES = [(SAMPLE, "formal"), (SAMPLE, "plain"), (SECOND, "formal"), (SECOND, "plain")]


def memos(path, style: str = "formal", convention: str | None = None) -> dict[str, bytes]:
    result = export_file(str(path), None, ["pdf"], load_style(style), convention=convention)
    assert not result.errors, result.errors
    return {m.locale: m.data for m in result.memos}


@pytest.mark.parametrize("path, style", SAMPLES, ids=lambda v: getattr(v, "stem", v))
def test_every_sample_passes_the_pdfa_checker(path, style):
    for locale, data in memos(path, style).items():
        assert problems(data) == [], locale


@pytest.mark.parametrize("convention", ["us-state", "fr-diplomatie"])
def test_every_convention_passes_the_pdfa_checker(convention):
    for locale, data in memos(SAMPLE, convention=convention).items():
        assert problems(data) == [], locale


def test_the_checker_passes_a_pdfa_2a_file_from_typst(tmp_path):
    typst = pytest.importorskip("typst")  # in the test extra; the import is what is being checked
    source = tmp_path / "memo.typ"
    source.write_text(
        '#set document(title: "Un mémo", author: "Cellule", keywords: ("Niger", "Sahel"),'
        ' date: datetime(year: 2023, month: 12, day: 14))\n'
        '#set text(lang: "fr", font: "Liberation Serif")\n'
        "= Résumé\nWashington est prêt à reprendre la coopération « par étapes ». "
        '#link("https://example.org")[La source].\n'
        "#table(columns: 2, table.header[*Acteur*][*Rôle*], [Molly Phee], [Secrétaire d'État adjointe])\n",
        "utf-8")
    fonts = str(pdfa.PACKAGE / "fonts")
    data = typst.compile(str(source), format="pdf", pdf_standards=["a-2a", "ua-1"], font_paths=[fonts],
                         ignore_system_fonts=True, timestamp=1702512000)
    assert problems(data, transparency=True) == []


def test_the_checker_fails_reportlab_without_the_archive_layer(monkeypatch):
    monkeypatch.setattr("exporter.render.pdf.renderer.archive", lambda canvas, lang: None)
    monkeypatch.setattr(rl.EolStream, "format", PDFStream.format)  # the memo's streams as reportlab writes them
    found = problems(memos(SAMPLE)["fr"])
    clauses = {p.split(":")[0] for p in found}
    assert {"6.1.7.1", "6.2.3", "6.2.4.3", "6.3.2", "6.6.2.1"} <= clauses, found
    assert clauses <= set(CLAUSES), clauses - set(CLAUSES)


def _mutated(change) -> list[str]:
    """The checker's problems with the flagship after ``change(pdf)``, saved by qpdf."""
    pdf = pikepdf.open(io.BytesIO(memos(SAMPLE)["en"]))
    change(pdf)
    buffer = io.BytesIO()
    pdf.save(buffer, static_id=True)
    return problems(buffer.getvalue())


def _set_xmp(pdf, old: bytes, new: bytes) -> None:
    stream = pdf.Root.Metadata
    stream.write(stream.read_bytes().replace(old, new))


def _first_font(pdf):
    return next(iter(pdf.pages[0].Resources.Font.values()))


def _widen_every_glyph(pdf):
    font = _first_font(pdf)
    font.Widths = pikepdf.Array([float(w) + 50 for w in font.Widths])


MUTATIONS = {
    "Info": lambda pdf: setattr(pdf.docinfo, "Title", "Another title"),
    "6.6.4": lambda pdf: _set_xmp(pdf, b"<pdfaid:part>2<", b"<pdfaid:part>3<"),
    "6.6.2.3": lambda pdf: _set_xmp(pdf, b"<pdf:Producer>", b"<pdf:Trapped>False</pdf:Trapped><pdf:Producer>"),
    "UA-1": lambda pdf: _set_xmp(pdf, b"<pdfaProperty:name>part<", b"<pdfaProperty:name>parts<"),
    "6.2.11.7.2": lambda pdf: _first_font(pdf).__delitem__("/ToUnicode"),
    "6.2.11.5": _widen_every_glyph,
    "6.3.2": lambda pdf: pdf.pages[0].Annots[0].__setitem__("/F", 2),
    "6.5": lambda pdf: pdf.Root.__setitem__("/OpenAction", pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="1")),
    "6.2.10": lambda pdf: pdf.pages[0].obj.__setitem__(
        "/Group", pikepdf.Dictionary(S=pikepdf.Name.Transparency, CS=pikepdf.Name.DeviceRGB)),
    "6.2.3": lambda pdf: pdf.Root.OutputIntents[0].DestOutputProfile.__setitem__("/N", 4),
    "6.6.2.1": lambda pdf: pdf.Root.__delitem__("/Metadata"),
}


@pytest.mark.parametrize("clause", MUTATIONS)
def test_the_checker_catches_each_kind_of_fault(clause):
    found = _mutated(MUTATIONS[clause])
    assert any(p.startswith(clause + ":") for p in found), found


def test_the_flagship_unchanged_by_qpdf_still_passes():
    assert _mutated(lambda pdf: None) == []


def test_xmp_read_by_pikepdf_says_what_the_info_dictionary_says(sample_memos):
    for locale in ("fr", "en"):
        pdf = pikepdf.open(io.BytesIO(sample_memos[(locale, "pdf")]))
        info = pdf.docinfo
        meta = pdf.open_metadata()
        assert meta["dc:title"] == str(info.Title)
        assert meta["dc:description"] == str(info.Subject)
        assert meta["dc:creator"] == [str(info.Author)]
        assert meta["pdf:Keywords"] == str(info.Keywords)
        assert meta["pdf:Producer"] == str(info.Producer)
        assert meta["xmp:CreatorTool"] == str(info.Creator)
        assert meta["xmp:CreateDate"] == meta["xmp:ModifyDate"] == "2023-12-14T00:00:00+00:00"
        assert str(info.CreationDate) == str(info.ModDate) == "D:20231214000000+00'00'"
        assert meta["dc:language"] == {str(pdf.Root.Lang)}
        assert meta.pdfa_status == "2A"
        assert meta["pdfuaid:part"] == "1"
        assert "/Trapped" not in info
        assert "/Filter" not in pdf.Root.Metadata  # XMP packets are meant to be found by scanning


def test_output_intent_is_the_shipped_srgb_profile(sample_memos):
    pdf = pikepdf.open(io.BytesIO(sample_memos[("fr", "pdf")]))
    [intent] = pdf.Root.OutputIntents
    assert intent.S == "/GTS_PDFA1" and str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
    profile = intent.DestOutputProfile
    assert int(profile.N) == 3 and profile.read_bytes() == pdfa.color_profile()
    icc = pdfa.color_profile()
    assert (icc[12:16], icc[16:20], icc[8]) == (b"mntr", b"RGB ", 4)
    assert (pdfa.PACKAGE / "icc" / "LICENSE-CC0.txt").read_text("utf-8").count("CC0 1.0 Universal") >= 1
    assert pdf.pdf_version == "1.7"


def test_every_link_prints(sample_memos):
    pdf = pikepdf.open(io.BytesIO(sample_memos[("en", "pdf")]))
    annots = [a for page in pdf.pages for a in page.get("/Annots", [])]
    assert len(annots) > 10
    assert all(int(a.F) == pdfa.PRINT for a in annots)


def test_the_file_id_is_stable_and_belongs_to_its_content():
    def pdf_of(summary: str) -> bytes:
        loaded = load_bytes(brief_text(summary=summary).encode(), "id.yaml")
        return export_loaded(loaded, None, ["pdf"], load_style("formal")).memos[0].data

    def file_id(data: bytes) -> list[bytes]:
        return [bytes(part) for part in pikepdf.open(io.BytesIO(data)).trailer.ID]

    first, again, other = pdf_of("One summary."), pdf_of("One summary."), pdf_of("Another summary.")
    assert first == again
    assert file_id(first) == file_id(again) and len(file_id(first)) == 2
    # Same title, author, subject and keywords: reportlab's invariant ID alone would be the same.
    assert file_id(first) != file_id(other)


def test_long_and_hostile_memos_pass_the_checker():
    actors = "".join(f"\n  - name: Actor {i}\n    role: Role {i}\n    stance: Stance {i} " + "word " * 12
                     for i in range(120))
    text = brief_text(summary='"« Ça » — l’œuvre, 1 100 € ; naïve Ελληνικά Кириллица"',
                      extra=f"actors:{actors}\nkeywords: [R&D, <b>x</b>]\n")
    loaded = load_bytes(text.encode(), "long.yaml")
    data = export_loaded(loaded, None, ["pdf"], load_style("formal")).memos[0].data
    assert problems(data) == []


def test_dates_follow_source_date_epoch_in_the_xmp_too(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = memos(SAMPLE)["fr"]
    meta = pikepdf.open(io.BytesIO(data)).open_metadata()
    assert meta["xmp:CreateDate"] == meta["xmp:ModifyDate"] == "2023-11-14T22:13:20+00:00"
    assert problems(data) == []


@settings(max_examples=15)
@given(hostile_briefs())
def test_any_brief_gives_a_pdf_that_passes_the_checker(data):
    for memo in pdfs_of(data):
        assert problems(memo.data) == [], memo.name


@pytest.mark.parametrize("subject, title", [("a\u00adb \u00ad", "ab"), ("Ni\u00adger\u00a0: talks", "Niger : talks")])
def test_a_soft_hyphen_is_left_out_of_the_title_both_dictionaries_give(write_brief, subject, title):
    """PDFDocEncoding has no character at U+00AD's code: the Info /Title read '�' where the XMP
    read a soft hyphen (Hypothesis found it)."""
    path = write_brief(brief_text(subject=f'"{subject}"'))
    memo = export_file(str(path), ["en"], ["pdf"], load_style(None)).memos[0]
    with pikepdf.open(io.BytesIO(memo.data)) as pdf:
        assert str(pdf.docinfo.Title) == title
        assert pdf.open_metadata().get("dc:title") == title
    assert problems(memo.data) == []
