"""brief is a good guest in someone else's process: importing ``exporter`` and rendering memos
leaves reportlab, python-docx, PyYAML and ``re`` as it found them for every other caller.

Each check runs in a fresh interpreter (this one imported ``exporter`` long ago): a program makes
its own PDF with reportlab, its own DOCX with python-docx, loads YAML and compiles reportlab's URL
pattern; then imports ``exporter`` and renders the flagship in both formats; then does its own work
again.  The bytes must be the same, every attribute of every reportlab, python-docx, PyYAML and
``re`` module (and of every class in them) the very object it was, reportlab's configuration equal.
A second program imports ``exporter`` first: the libraries it then imports must be as they ship.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.conftest import ROOT, SAMPLE

# The host program's own work, as bytes and values it can compare.
HOST_WORK = textwrap.dedent('''
    import io, re, zipfile, sys

    def own_pdf():
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
        if "GuestSerif" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("GuestSerif", FONT))
        styles = getSampleStyleSheet()
        body = styles["BodyText"]
        serif = body.clone("serif", fontName="GuestSerif")
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, invariant=1, title="Guest")
        text = "Le 14 d\\u00e9cembre, 12\\u202f000 soldats \\u2014 voir <a href='https://example.org/a?b=1'>la source</a>. " * 30
        doc.build([Paragraph(text, body), Paragraph(text, serif), Table([["a", "b"], ["c", "d"]])])
        return buffer.getvalue()

    def own_docx():
        import datetime, docx
        document = docx.Document()
        document.add_heading("Guest", 1)
        document.add_paragraph("Le 14 d\\u00e9cembre, 12\\u202f000 soldats.")
        document.core_properties.created = document.core_properties.modified = datetime.datetime(2024, 1, 1)
        buffer = io.BytesIO()
        document.save(buffer)
        with zipfile.ZipFile(buffer) as package:  # python-docx stamps the time into the zip's entries
            return {name: package.read(name) for name in package.namelist()}

    def own_values():
        import yaml
        from reportlab.platypus import paragraph
        from reportlab.lib import textsplit
        url = re.compile(paragraph.uri_pat.pattern, re.IGNORECASE)
        return (yaml.safe_load("a: [1, 2.5, caf\\u00e9, 2024-01-01]\\nb: {c: ~}"),
                (url.pattern, url.flags), (paragraph.uri_pat.pattern, paragraph.uri_pat.flags),
                (textsplit.rx.pattern, textsplit.rx.flags),
                yaml.reader.Reader.NON_PRINTABLE.pattern,
                bool(url.match("https://example.org/x")), bool(url.match("https://\\u0130stanbul.example/x")))

    PREFIXES = ("reportlab", "docx", "yaml", "re", "sre_")

    def snapshot():
        """Every attribute of every loaded module of those libraries, and of each class they define."""
        found = {}
        for name, module in list(sys.modules.items()):
            if module is None or not name.startswith(PREFIXES) or name.split(".")[0] not in (
                    "reportlab", "docx", "yaml", "re", "sre_compile", "sre_parse", "sre_constants"):
                continue
            found[name] = dict(vars(module))
            for key, value in list(vars(module).items()):
                if isinstance(value, type) and value.__module__ == name:
                    found[f"{name}.{key}"] = dict(vars(value))
        return found

    def config():
        from reportlab import rl_config
        return {k: v for k, v in vars(rl_config).items() if not k.startswith("__") and not callable(v)}
''')


def _run(program: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BRIEF_CACHE_DIR": ""}
    env.pop("BRIEF_COMPAT", None)
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_a_program_s_own_documents_and_libraries_are_as_before_and_after_a_memo():
    program = HOST_WORK + textwrap.dedent(f'''
        FONT = {str(ROOT / "exporter" / "fonts" / "LiberationSerif-Regular.ttf")!r}
        pdf, word, values, before, rl_before = own_pdf(), own_docx(), own_values(), snapshot(), config()

        import exporter
        for fmt in ("pdf", "docx"):
            for locale in ("fr", "en"):
                assert exporter.render_memo({str(SAMPLE)!r}, locale=locale, format=fmt)
        after = snapshot()
        changed = []
        for module, attributes in before.items():
            now = after.get(module, {{}})
            for key, value in attributes.items():
                if key not in now or now[key] is not value:
                    changed.append(f"{{module}}.{{key}}")
        assert not changed, changed
        assert config() == rl_before, {{k for k in rl_before if config().get(k) != rl_before[k]}}
        assert own_values() == values
        assert own_docx() == word
        assert own_pdf() == pdf
        print("ok")
    ''')
    assert _run(program).strip() == "ok"


def test_libraries_imported_after_exporter_are_as_they_ship():
    """A program that imports exporter first, renders, then uses reportlab and PyYAML: their
    import-time patterns are their own (the quick ones are only for the brief command)."""
    program = HOST_WORK + textwrap.dedent(f'''
        FONT = {str(ROOT / "exporter" / "fonts" / "LiberationSerif-Regular.ttf")!r}
        import exporter
        exporter.render_memo({str(SAMPLE)!r}, locale="fr", format="pdf")
        from exporter._compat.quickre import REPORTLAB_URI, TEXTSPLIT_CJK, YAML_NON_PRINTABLE
        import re
        values = own_values()
        assert values[2] == (REPORTLAB_URI, re.IGNORECASE | re.UNICODE), values[2]
        assert values[3][0] == TEXTSPLIT_CJK and values[4] == YAML_NON_PRINTABLE
        assert re.compile.__module__ == "re"
        print("ok")
    ''')
    assert _run(program).strip() == "ok"


def test_a_memo_renders_the_same_while_a_plain_reportlab_document_is_drawn_beside_it():
    """Threads: a memo and a plain reportlab document built at the same time, each as alone."""
    program = HOST_WORK + textwrap.dedent(f'''
        FONT = {str(ROOT / "exporter" / "fonts" / "LiberationSerif-Regular.ttf")!r}
        import exporter
        from concurrent.futures import ThreadPoolExecutor
        memo, pdf = exporter.render_memo({str(SAMPLE)!r}, locale="en", format="pdf"), own_pdf()
        with ThreadPoolExecutor(4) as pool:
            memos = [pool.submit(exporter.render_memo, {str(SAMPLE)!r}, locale="en", format="pdf") for _ in range(3)]
            plains = [pool.submit(own_pdf) for _ in range(3)]
            assert all(f.result() == memo for f in memos) and all(f.result() == pdf for f in plains)
        print("ok")
    ''')
    assert _run(program).strip() == "ok"
