"""Shared fixtures: briefs built in a few lines, memos exported once, outputs read back as a reader would."""

from __future__ import annotations

import atexit
import io
import os
import re
import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis: 40 examples per property in CI; HYPOTHESIS_PROFILE=campaign for a long run.
settings.register_profile("ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("campaign", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Parsed fonts are cached between runs (exporter/render/pdf/fontcache.py): the tests and the commands
# they start keep theirs in a folder of their own, not in the user's cache.
SESSION_FOLDER = Path(tempfile.mkdtemp(prefix="brief-test-cache-"))
os.environ["BRIEF_CACHE_DIR"] = str(SESSION_FOLDER)
atexit.register(shutil.rmtree, os.environ["BRIEF_CACHE_DIR"], True)

ROOT = Path(__file__).resolve().parent.parent

# The SMTP test server's fixtures (server, clean_mail_environment), for the mail tests.
pytest_plugins = ["tests.smtp_server"]
SAMPLE = ROOT / "samples" / "niger-us-cooperation.yaml"
SECOND = ROOT / "samples" / "niger-force-posture.yaml"
ARTICLE = ROOT / "samples" / "article-niger-us-cooperation.fr.txt"  # the samples' linked source

MINIMAL = """\
id: {id}
languages: [{languages}]
routing:
  to: Director
  from: Desk
  date: 2024-03-05
  subject: {subject}
summary: {summary}
drafting:
  drafted_by: Desk
"""


def brief_text(id: str = "demo", languages: str = "en", subject: str = "A subject", summary: str = "A summary.", extra: str = "") -> str:
    """A minimal valid brief as YAML text, plus ``extra`` top-level YAML."""
    return MINIMAL.format(id=id, languages=languages, subject=subject, summary=summary) + textwrap.dedent(extra)


@pytest.fixture
def write_brief(tmp_path):
    """Write a brief file into a temporary folder and return its path."""
    def write(text: str, name: str = "brief.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, "utf-8")
        return path
    return write


def need(tool: str) -> str:
    """The path of an external tool; skipped locally when absent, but CI must have it.  LibreOffice
    (``soffice``) comes with a user profile of this test session's own: two sessions side by side
    (CI runs the suite at the floors and with the fast paths off at once) would otherwise share
    one, and the second instance to start fails."""
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is required in CI (.ci/run installs it)")
        pytest.skip(f"{tool} is not installed")
    return _own_profile(found) if tool == "soffice" else found


def _own_profile(soffice: str) -> str:
    """A script that runs ``soffice`` with a user profile in this session's temporary folder."""
    folder = SESSION_FOLDER
    script = folder / "soffice"
    if not script.exists():
        profile = (folder / "libreoffice-profile").as_uri()
        script.write_text(f'#!/bin/sh\nexec "{soffice}" "-env:UserInstallation={profile}" "$@"\n', "utf-8")
        script.chmod(0o755)
    return str(script)


def pdf_text(data: bytes) -> str:
    """The text of a PDF as pypdf extracts it, pages joined by form feeds."""
    from pypdf import PdfReader

    return "\f".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    """Every paragraph of a DOCX body (tables included, in order), one per line."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    lines = []
    for p in document.element.body.iter(qn("w:p")):
        parts = []
        for node in p.iter(qn("w:t"), qn("w:br"), qn("w:tab"), qn("w:noBreakHyphen")):
            parts.append(node.text or "" if node.tag == qn("w:t") else
                         {qn("w:br"): "\n", qn("w:tab"): "\t", qn("w:noBreakHyphen"): "-"}[node.tag])
        lines.append("".join(parts))
    return "\n".join(lines)


def words(text: str) -> list[str]:
    """Words as a reader sees them: spaces of every width folded, punctuation kept apart."""
    text = text.replace("\u202f", " ").replace("\u00a0", " ")
    return re.findall(r"\w+", text)


@pytest.fixture(scope="session")
def sample_memos():
    """The flagship sample exported once: {(locale, format): bytes}."""
    from exporter.config.style import load_style
    from exporter.pipeline.export import export_file

    result = export_file(str(SAMPLE), None, ["pdf", "docx"], load_style("formal"))
    assert not result.errors, result.errors
    return {(m.locale, m.format): m.data for m in result.memos}


@pytest.fixture(scope="session")
def sample_documents():
    """The flagship sample's layout trees: {locale: Document}."""
    from exporter.checks.loading import load_file
    from exporter.config.style import load_style
    from exporter.pipeline.export import build_documents

    loaded = load_file(SAMPLE)
    return {name: doc for name, doc, _ in build_documents(loaded, None, load_style("formal"))}
