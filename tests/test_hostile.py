"""Hostile and broken briefs: nothing crashes, nothing leaks, nothing is lost."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from exporter.checks.loading import load_bytes
from exporter.config.style import load_style
from exporter.pipeline.export import export_loaded
from exporter.source.diagnostics import BriefError
from tests.conftest import brief_text, docx_text, pdf_text

STYLE = load_style("formal")
MARKUP = ['R&D', '<b>bold</b>', '<font name=x>f</font>', '<img src="/etc/passwd"/>', 'a < b & c >', '&amp; &lt;', '<br/>']


def export(text: str, locales=None, formats=("pdf", "docx"), strict=False):
    loaded = load_bytes(text.encode("utf-8"), "hostile.yaml")
    return export_loaded(loaded, locales, list(formats), STYLE, strict)


def test_markup_in_text_prints_literally_in_both_formats(monkeypatch):
    opened = []
    real_open = open

    def spy(path, *args, **kwargs):
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    summary = " ".join(MARKUP)
    text = brief_text(summary=yaml.safe_dump(summary).strip().removesuffix("..."), extra=f"""
        actors:
          - name: {yaml.safe_dump(MARKUP[3]).strip().removesuffix('...').strip()}
            role: {yaml.safe_dump(MARKUP[2]).strip().removesuffix('...').strip()}
        """)
    monkeypatch.setattr("builtins.open", spy)
    result = export(text)
    monkeypatch.undo()
    assert not result.errors, result.errors
    assert not [p for p in opened if "passwd" in p]
    memos = {m.format: m.data for m in result.memos}
    pdf, word = pdf_text(memos["pdf"]), docx_text(memos["docx"])
    for literal in MARKUP:
        assert literal in pdf.replace("\n", " "), literal
        assert literal in word, literal


def test_control_characters_are_removed_with_a_warning_and_fail_under_strict():
    # (libyaml itself refuses a lone surrogate such as \\uD800; clean() is tested on its own.)
    text = brief_text(summary='"Bell\\a and escape \\e[31mred\\e[0m, null \\0, BOM \\uFFFE, lone \\u0085 end."')
    result = export(text)
    assert not result.errors
    assert any("removed" in w.message and w.path == "summary" and w.line == 8 for w in result.warnings)
    pdf = pdf_text(next(m.data for m in result.memos if m.format == "pdf"))
    assert "Bell and escape red, null , BOM , lone end." in " ".join(pdf.split())
    strict = export(text, strict=True)
    assert strict.errors and not strict.memos


@pytest.mark.parametrize("sample, name", [
    ("Ελληνικά και Кириллица", None),
    ("عربي", "ARABIC"),
    ("中文字", "CJK"),
    ("emoji 🙂 here", "SMILING"),
])
def test_any_script_is_drawn_or_visibly_replaced(sample, name):
    result = export(brief_text(summary=yaml.safe_dump(sample).strip().removesuffix("...").strip()))
    assert not result.errors
    pdf = pdf_text(next(m.data for m in result.memos if m.format == "pdf"))
    # The last two words of a paragraph are bound by a no-break space: a reader sees a space.
    word = docx_text(next(m.data for m in result.memos if m.format == "docx")).replace("\u00a0", " ")
    if name is None:
        assert sample in pdf and sample in word and not result.warnings
    else:
        assert "[U+" in pdf and "[U+" in word
        assert any(name in w.message for w in result.warnings)
    assert "\ufffd" not in pdf and "\x00" not in pdf


def test_a_three_thousand_character_word_and_url_wrap():
    word = "x" * 3000
    url = "https://example.org/" + "a" * 3000
    text = brief_text(summary=word, extra=f"""
        sources:
          - id: s
            publisher: P
            title: T
            language: en
            url: {url}
        """)
    result = export(text)
    assert not result.errors
    pdf = PdfReader(io.BytesIO(next(m.data for m in result.memos if m.format == "pdf")))
    width = float(pdf.pages[0].mediabox[2])
    extracted = "".join(p.extract_text() for p in pdf.pages)
    assert extracted.replace("\n", "").count("x" * 100) >= 29
    assert "https://example.org/" in extracted and "aaaa…aaaa" in extracted
    for page in pdf.pages:
        for annot in page.get("/Annots", []):
            rect = annot.get_object()["/Rect"]
            assert float(rect[2]) <= width


def test_forty_times_longer_lists_paginate_with_repeated_headers():
    actors = "".join(f"\n  - name: Actor {i}\n    role: Role {i}\n    stance: Stance {i} " + "word " * 12 for i in range(360))
    issues = "".join(f"\n  - what: Issue {i}?\n    why: Because {i}." for i in range(200))
    result = export(brief_text(extra=f"actors:{actors}\nopen_issues:{issues}\n"), formats=("pdf", "docx"))
    assert not result.errors
    pdf = PdfReader(io.BytesIO(next(m.data for m in result.memos if m.format == "pdf")))
    pages = [p.extract_text() for p in pdf.pages]
    assert len(pages) > 10
    with_table = [t for t in pages if "Actor 1" in t or "Stance" in t]
    assert sum(t.count("Actor\nRole\nStance") + t.count("Actor Role Stance") for t in with_table) >= 2
    word = docx.Document(io.BytesIO(next(m.data for m in result.memos if m.format == "docx")))
    assert len(word.tables[0].rows) == 361


# Property-based: any text anywhere, any list length, any optional part. ---------------------------

texts = st.one_of(
    st.text(min_size=1, max_size=40),
    st.dictionaries(st.sampled_from(["fr", "en", "de"]), st.text(max_size=40), min_size=1, max_size=3),
)
refs = st.lists(st.fixed_dictionaries({"source": st.just("s")}, optional={"paragraph": st.integers(1, 99)}), max_size=2)


@st.composite
def briefs(draw):
    data = {
        "id": "prop",
        "languages": draw(st.lists(st.sampled_from(["fr", "en", "de"]), min_size=1, max_size=3, unique=True)),
        "marking": draw(texts),
        "kind": draw(st.sampled_from(["information", "action"])),
        "routing": {"to": draw(texts), "from": draw(texts), "subject": draw(texts),
                    "date": draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))},
        "summary": draw(texts),
        "drafting": {"drafted_by": draw(texts), "cleared_by": draw(st.lists(texts, max_size=2))},
        "sources": [{"id": "s", "publisher": draw(texts), "title": draw(texts), "language": "en",
                     "url": draw(st.one_of(st.none(), st.text(max_size=30), st.just("javascript:alert(1)")))}],
    }
    if draw(st.booleans()):
        data["actors"] = draw(st.lists(st.fixed_dictionaries(
            {"name": texts, "role": texts, "refs": refs}, optional={"stance": texts, "affiliation": texts}), max_size=4))
    if draw(st.booleans()):
        data["us_position"] = {"lead": draw(texts), "points": draw(st.lists(st.fixed_dictionaries({"text": texts, "refs": refs}), max_size=3))}
    if draw(st.booleans()):
        data["conditions"] = draw(st.lists(st.fixed_dictionaries(
            {"what": texts, "who": texts, "status": st.sampled_from(["pending", "met", "unmet", "unknown"])}), max_size=3))
    if draw(st.booleans()):
        data["open_issues"] = draw(st.lists(st.fixed_dictionaries({"what": texts, "why": texts}), max_size=3))
    if draw(st.booleans()):
        number = st.one_of(st.integers(-10**12, 10**12), st.floats(-1e9, 1e9, allow_nan=False))
        data["figures"] = draw(st.lists(st.fixed_dictionaries(
            {"label": texts, "value": number},
            optional={"approx": st.booleans(), "unit": st.one_of(texts, st.just("percent")),
                      "currency": st.sampled_from(["EUR", "USD", "XOF"]), "as_of": st.dates(),
                      "comparison": st.fixed_dictionaries({"value": number, "label": texts})}), max_size=3))
    if draw(st.booleans()):
        data["quotes"] = draw(st.lists(st.fixed_dictionaries(
            {"speaker": texts, "text": st.text(min_size=1, max_size=60), "language": st.sampled_from(["fr", "en"])},
            optional={"translations": st.dictionaries(st.sampled_from(["fr", "en"]), st.text(max_size=40))}), max_size=2))
    return data


def pdfs_of(data: dict) -> list:
    """The PDF memos of a generated brief in the formal style (none when the brief does not load);
    a brief that loads must render without an error."""
    try:
        loaded = load_bytes(yaml.safe_dump(data, allow_unicode=False).encode("ascii"), "prop.yaml")
    except BriefError:
        return []
    result = export_loaded(loaded, None, ["pdf"], load_style("formal"))
    assert not result.errors, result.errors
    return result.memos


@given(briefs())
def test_any_brief_renders_to_valid_files_or_fails_cleanly(data):
    raw = yaml.safe_dump(data, allow_unicode=False).encode("ascii")
    try:
        loaded = load_bytes(raw, "prop.yaml")
    except BriefError as exc:
        assert all(p.file == "prop.yaml" and p.message for p in exc.problems)
        return
    result = export_loaded(loaded, None, ["pdf", "docx"], STYLE)
    assert not result.errors, result.errors
    for memo in result.memos:
        if memo.format == "pdf":
            text = pdf_text(memo.data)
            assert "\ufffd" not in text and len(PdfReader(io.BytesIO(memo.data)).pages) >= 1
        else:
            docx.Document(io.BytesIO(memo.data))


@given(st.binary(max_size=2000))
def test_random_bytes_never_crash_the_loader(raw):
    try:
        load_bytes(raw, "random.yaml")
    except BriefError as exc:
        assert exc.problems and all(p.file == "random.yaml" for p in exc.problems)
