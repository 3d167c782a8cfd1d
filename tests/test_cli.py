"""The `brief` command as a user types it: exit codes, messages, files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from exporter import __version__
from exporter.checks.loading import load_file
from exporter.cli import app
from tests.conftest import ROOT, SAMPLE, brief_text

runner = CliRunner()


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_export_writes_both_formats_in_both_languages(in_tmp):
    result = runner.invoke(app, ["export", str(SAMPLE), "--out", "X", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (in_tmp / "X").iterdir())
    assert names == [f"niger-us-cooperation.{l}.{f}" for l in ("en", "fr") for f in ("docx", "pdf")]


def test_export_one_format_one_locale(in_tmp):
    result = runner.invoke(app, ["export", str(SAMPLE), "-f", "pdf", "-l", "en_GB", "--jobs", "1"])
    assert result.exit_code == 0
    assert [p.name for p in (in_tmp / "out").iterdir()] == ["niger-us-cooperation.en_GB.pdf"]


@pytest.mark.parametrize("args, message", [
    (["export", "missing.yaml"], "no such file"),
    (["export", str(SAMPLE), "--format", "odt"], "unknown format"),
    (["export", str(SAMPLE), "--locale", "xx_YY_ZZ"], "unknown locale"),
    (["export", str(SAMPLE), "--style", "baroque"], "no such style"),
    (["export", str(SAMPLE), "--shard", "3/2"], "--shard"),
])
def test_usage_errors_exit_2_with_a_message(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_bad_brief_exits_1_with_file_and_line(in_tmp):
    (in_tmp / "bad.yaml").write_text(brief_text() + "colour: red\n", "utf-8")
    result = runner.invoke(app, ["export", "bad.yaml"])
    assert result.exit_code == 1
    assert "bad.yaml:11:1: colour: unknown key" in result.output
    assert "Traceback" not in result.output and not (in_tmp / "out").exists()


def test_validate(in_tmp):
    assert runner.invoke(app, ["validate", str(SAMPLE)]).exit_code == 0
    (in_tmp / "bad.yaml").write_text(brief_text().replace("2024-03-05", "2024-13-05"), "utf-8")
    result = runner.invoke(app, ["validate", "bad.yaml", str(SAMPLE)])
    assert result.exit_code == 1 and "bad.yaml:6:9" in result.output


def test_validate_strict_fails_on_fallbacks(in_tmp):
    (in_tmp / "half.yaml").write_text(brief_text(languages="fr, en", summary="{fr: Bonjour.}"), "utf-8")
    assert runner.invoke(app, ["validate", "half.yaml"]).exit_code == 0
    strict = runner.invoke(app, ["validate", "half.yaml", "--strict"])
    assert strict.exit_code == 1 and "half.yaml:8:1: summary: [en] no en text" in strict.output


def test_schema_is_json_schema_of_the_brief():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.output)
    assert schema["title"] == "brief" and "routing" in schema["properties"]
    assert schema["additionalProperties"] is False
    assert "from" in schema["$defs"]["Routing"]["properties"]


def test_new_writes_a_starter_that_validates_and_exports(in_tmp):
    result = runner.invoke(app, ["new", "demo"])
    assert result.exit_code == 0
    assert load_file(in_tmp / "demo.yaml").brief.id == "demo"
    assert runner.invoke(app, ["new", "demo"]).exit_code == 2  # no silent overwrite
    assert runner.invoke(app, ["new", "../escape"]).exit_code == 2
    exported = runner.invoke(app, ["export", "demo.yaml", "--strict", "--jobs", "1"])
    assert exported.exit_code == 0, exported.output


def test_version_and_help_with_examples():
    assert runner.invoke(app, ["--version"]).output.strip() == f"brief {__version__}"
    for command in ("export", "validate", "schema", "new", "mail"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, command


def test_python_dash_m_runs_the_command():
    result = subprocess.run([sys.executable, "-m", "exporter", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == f"brief {__version__}"


def _command(*args: str, cwd) -> subprocess.CompletedProcess:
    """The command as the console script runs it (``python -m exporter`` takes the same path), its
    output block-buffered into pipes as in a CI log."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run([sys.executable, "-m", "exporter", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_the_console_script_keeps_exit_codes_and_output(in_tmp):
    # The process ends with os._exit once the command returns: statuses and buffered output survive.
    written = _command("export", str(SAMPLE), "-f", "pdf", "-l", "fr", "-o", "memos", cwd=in_tmp)
    assert written.returncode == 0, written.stderr
    assert "niger-us-cooperation.fr.pdf" in written.stdout
    assert (in_tmp / "memos" / "niger-us-cooperation.fr.pdf").read_bytes().startswith(b"%PDF-")
    (in_tmp / "bad.yaml").write_text(brief_text(extra="actors: 3\n"), "utf-8")
    refused = _command("validate", "bad.yaml", cwd=in_tmp)
    assert refused.returncode == 1 and "bad.yaml:" in refused.stderr and "actors" in refused.stderr
    usage = _command("export", "no-such-file.yaml", cwd=in_tmp)
    assert usage.returncode == 2 and "no-such-file.yaml" in usage.stderr
    assert _command("schema", cwd=in_tmp).stdout.rstrip().endswith("}")  # long output, flushed whole


@pytest.mark.parametrize("value, status", [(None, 0), (0, 0), (1, 1), (2, 2), (256 + 3, 3), ("a message", 1)])
def test_exit_status_follows_sys_exit(value, status, capsys):
    from exporter.process import exit_status

    assert exit_status(value) == status
    assert capsys.readouterr().err == ("a message\n" if isinstance(value, str) else "")


def test_help_and_validate_import_neither_reportlab_nor_python_docx():
    # Nor what only `brief draft` and `brief watch` need: spaCy (seconds to load) and watchfiles.
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from exporter.cli import app\n"
        "r = CliRunner()\n"
        "assert r.invoke(app, ['--help']).exit_code == 0\n"
        "assert r.invoke(app, ['draft', '--help']).exit_code == 0\n"
        "assert r.invoke(app, ['watch', '--help']).exit_code == 0\n"
        f"assert r.invoke(app, ['validate', {str(SAMPLE)!r}]).exit_code == 0\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'docx', 'spacy', 'thinc', 'watchfiles')\n"
        "               or m.startswith(('exporter.draft', 'exporter.pipeline.watch')))\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_export_and_a_rules_only_draft_import_no_nlp_and_no_watcher(in_tmp):
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from exporter.cli import app\n"
        "r = CliRunner()\n"
        f"assert r.invoke(app, ['export', {str(SAMPLE)!r}, '-f', 'pdf', '-l', 'fr', '-j', '1']).exit_code == 0\n"
        f"assert r.invoke(app, ['draft', {str(ROOT / 'samples' / 'article-niger-us-cooperation.fr.txt')!r}, '--rules-only']).exit_code == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'watchfiles')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=in_tmp)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_draft_does_not_import_the_layout_to_read_the_epoch(in_tmp):
    # the draft's date needs SOURCE_DATE_EPOCH only: the layout and the localizer are a memo's
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from exporter.cli import app\n"
        f"assert CliRunner().invoke(app, ['draft', {str(ROOT / 'samples' / 'article-niger-us-cooperation.fr.txt')!r}, "
        "'--rules-only']).exit_code == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('exporter.layout', 'exporter.localize', 'exporter.render'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=in_tmp,
                            env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_docx_only_export_does_not_import_reportlab(in_tmp):
    probe = (
        "import sys\n"
        "from exporter.pipeline.export import export_file\n"
        "from exporter.config.style import load_style\n"
        f"export_file({str(SAMPLE)!r}, ['fr'], ['docx'], load_style(None))\n"
        "print([m for m in sys.modules if m.startswith('reportlab')])\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]", result.stderr


def test_unwritable_places_get_a_message_not_a_traceback(in_tmp):
    (in_tmp / "blocker").write_text("a file where a folder should be", "utf-8")
    result = runner.invoke(app, ["export", str(SAMPLE), "--out", "blocker/sub", "--jobs", "1"])
    assert result.exit_code == 2 and "cannot create the folder: blocker is a file" in result.output
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["export", str(SAMPLE), "-f", "pdf", "-l", "fr", "--report", "blocker/r.json", "--jobs", "1"])
    assert result.exit_code == 1 and "cannot write the report" in result.output
    result = runner.invoke(app, ["mail", str(SAMPLE), "--out", "blocker/sub"])
    assert result.exit_code == 2 and "--out blocker/sub: cannot create the folder: blocker is a file" in result.output


def test_the_schema_accepts_the_samples_and_refuses_a_typo():
    import jsonschema
    import yaml

    schema = json.loads(runner.invoke(app, ["schema"]).output)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for path in (ROOT / "samples").glob("*.yaml"):
        data = yaml.safe_load(path.read_text("utf-8"))
        data = json.loads(json.dumps(data, default=str))  # dates as editors see them: strings
        assert not list(validator.iter_errors(data)), path.name
    data["sumary"] = "typo"
    assert any("sumary" in e.message for e in validator.iter_errors(data))
