"""The Python API: a brief from a path, a string or a mapping; problems as values; memos as bytes."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import docx
import pytest
import yaml
from pypdf import PdfReader

import exporter
from exporter.config.style import load_style
from exporter.pipeline.export import export_file
from tests.conftest import ROOT, SAMPLE, brief_text


def test_a_brief_validates_from_a_path_a_string_and_a_mapping():
    text = SAMPLE.read_text("utf-8")
    from_path = exporter.validate_brief(SAMPLE)
    from_text = exporter.validate_brief(text, folder=SAMPLE.parent)
    from_mapping = exporter.validate_brief(yaml.safe_load(text), folder=SAMPLE.parent)
    for checked in (from_path, from_text, from_mapping):
        assert checked.ok, checked.problems
        assert checked.brief.brief == from_path.brief.brief
    assert from_text.brief.file == "<text>" and from_mapping.brief.file == "<mapping>"


def test_a_bad_brief_comes_back_as_problems_with_their_lines_not_an_exception():
    checked = exporter.validate_brief(brief_text(extra="figures:\n  - label: x\n    value: many\n"))
    assert not checked.ok and checked.brief is None
    assert checked.errors and all(isinstance(p, exporter.Problem) for p in checked.errors)
    assert any(p.line and p.path.startswith("figures") for p in checked.errors), checked.errors
    with pytest.raises(exporter.BriefError) as raised:
        exporter.load_brief(brief_text(extra="figures:\n  - label: x\n    value: many\n"))
    assert raised.value.problems == checked.errors


def test_strict_validation_counts_warnings_as_errors():
    placeholder = brief_text(summary="TODO write the summary")
    assert exporter.validate_brief(placeholder).ok
    assert exporter.validate_brief(placeholder).warnings
    strict = exporter.validate_brief(placeholder, strict=True)
    assert not strict.ok and strict.errors and not strict.warnings


def test_a_memo_renders_to_the_same_bytes_as_the_command_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1702512000")
    monkeypatch.chdir(tmp_path)
    pdf = exporter.render_memo(SAMPLE, locale="fr", format="pdf", style="formal")
    word = exporter.render_memo(SAMPLE, locale="en", format="docx", style="formal")
    assert list(tmp_path.iterdir()) == []
    exported = {m.name: m.data for m in export_file(str(SAMPLE), ["fr", "en"], ["pdf", "docx"], load_style("formal")).memos}
    assert exported["niger-us-cooperation.fr.pdf"] == pdf
    assert exported["niger-us-cooperation.en.docx"] == word
    assert "Niger" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert any("Niger" in p.text for p in docx.Document(io.BytesIO(word)).paragraphs)


def test_a_memo_follows_the_convention_and_style_asked_for():
    loaded = exporter.load_brief(SAMPLE)
    state = exporter.render_memo(loaded, locale="en_US", format="pdf", convention="us-state")
    plain = exporter.render_memo(loaded, locale="en_US", format="pdf")
    assert state != plain
    assert "INFORMATION MEMO" in PdfReader(io.BytesIO(state)).pages[0].extract_text()


def test_unusable_arguments_are_refused_clearly():
    with pytest.raises(ValueError, match="format 'odt'"):
        exporter.render_memo(SAMPLE, format="odt")
    with pytest.raises(exporter.BriefError, match="unknown locale"):
        exporter.render_memo(SAMPLE, locale="xx_nowhere")
    with pytest.raises(TypeError):
        exporter.load_brief(42)


def test_importing_the_package_loads_no_renderer():
    probe = ("import sys, exporter; assert exporter.__version__; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'docx', 'babel', 'yaml')))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
