"""A bad brief gets `file:line:col: field: message` for every problem, never a traceback."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exporter.checks.loading import load_bytes, load_file
from exporter.source.diagnostics import BriefError
from tests.conftest import SAMPLE, SECOND, brief_text


def problems_of(path):
    with pytest.raises(BriefError) as caught:
        load_file(path)
    return caught.value.problems


def test_samples_are_valid():
    for path in (SAMPLE, SECOND):
        loaded = load_file(path)
        assert loaded.brief.id == path.stem


def test_unknown_key_on_the_last_line_is_reported_at_that_line(tmp_path):
    text = SAMPLE.read_text("utf-8").rstrip("\n") + "\nsumary_typo: oops\n"
    path = tmp_path / "typo.yaml"
    path.write_text(text, "utf-8")
    [problem] = problems_of(path)
    last_line = len(text.splitlines())
    assert problem.line == last_line
    assert str(problem).startswith(f"{problem.file}:{last_line}:1: sumary_typo: unknown key")
    assert "typo.yaml" in problem.file
    assert "did you mean 'summary'" in problem.message


def test_yaml_syntax_error_names_file_and_line(write_brief):
    path = write_brief(brief_text() + "actors:\n  - name: [unclosed\n")
    [problem] = problems_of(path)
    # libyaml notices at the end of the file; the message names where the list started.
    assert problem.line == 13
    assert "invalid YAML" in problem.message and "started on line 12" in problem.message


def test_malformed_date_names_file_line_and_field(write_brief):
    path = write_brief(brief_text().replace("date: 2024-03-05", "date: 14/12/2023"))
    [problem] = problems_of(path)
    assert (problem.line, problem.path) == (6, "routing.date")
    assert "YYYY-MM-DD" in problem.message


def test_impossible_date_is_reported_with_its_line(write_brief):
    path = write_brief(brief_text().replace("date: 2024-03-05", "date: 2024-02-30"))
    [problem] = problems_of(path)
    assert (problem.line, problem.path) == (6, "routing.date")
    assert "day is out of range" in problem.message


def test_every_problem_of_a_file_is_reported_in_line_order(write_brief):
    text = brief_text(id="Bad Id").replace("to: Director", "to: 42") + "figures:\n  - label: x\n    value: '1 100'\n"
    problems = problems_of(write_brief(text))
    assert [(p.line, p.path) for p in problems] == [(1, "id"), (4, "routing.to"), (13, "figures[0].value")]
    assert "not a valid id" in problems[0].message
    assert "expected a number" in problems[2].message


def test_reference_to_a_missing_source_is_an_error(write_brief):
    text = brief_text(extra="""
        conditions:
          - what: Something
            who: Someone
            refs: [{source: nowhere, paragraph: 2}]
        """)
    [problem] = problems_of(write_brief(text))
    assert problem.path == "conditions[0].refs[0].source"
    assert "nowhere" in problem.message and problem.line == 15


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n# only a comment\n", "empty"),
    (b"- a\n- b\n", "top level is a list"),
    (b"just a string\n", "top level is a single value"),
    ("id: caf\u00e9\n".encode("latin-1"), "not UTF-8"),
    (bytes(range(256)) * 4, "not UTF-8"),
])
def test_unusable_files_get_a_clear_refusal(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    problems = problems_of(path)
    assert message in problems[0].message
    assert problems[0].file.endswith("bad.yaml")


def test_oversized_file_is_refused_without_being_read(tmp_path, monkeypatch):
    # How fast refusals are is measured in benchmarks/run.py; here: the file is never opened.
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"summary: " + b"x" * (30 * 1024 * 1024) + b"\n")
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("the oversized file was opened"))
    [problem] = problems_of(path)
    assert "limited to 2,097,152 bytes" in problem.message and problem.file.endswith("huge.yaml")


def test_alias_bomb_is_refused_quickly():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
    # Ten levels of nine aliases expand to a billion values; building stops at MAX_NODES.
    with pytest.raises(BriefError) as caught:
        load_bytes("\n".join(lines).encode(), "bomb.yaml")
    assert "alias" in caught.value.problems[0].message and caught.value.problems[0].file == "bomb.yaml"


def test_deep_nesting_is_refused():
    with pytest.raises(BriefError) as caught:
        load_bytes(("x: " + "[" * 200 + "]" * 200).encode(), "deep.yaml")
    assert "nested deeper" in caught.value.problems[0].message


def test_duplicate_keys_are_errors(write_brief):
    [problem] = problems_of(write_brief(brief_text() + "summary: again\n"))
    assert "duplicate key 'summary'" in problem.message and problem.line == 11


def test_text_may_be_a_string_or_a_language_mapping(write_brief):
    loaded = load_file(write_brief(brief_text(languages="fr, en", summary="{fr: Résumé., en: Summary.}")))
    assert loaded.brief.summary.by_lang == {"fr": "Résumé.", "en": "Summary."}
    [problem] = problems_of(write_brief(brief_text(summary="{French: x}")))
    assert "not a language code" in problem.message


def test_loading_keeps_no_yaml_nodes_behind():
    """A batch loads hundreds of briefs in one process: nothing of the YAML parse may outlive it
    (a shared constructor once kept every node, with the whole file's text, for good)."""
    import gc

    import yaml

    for _ in range(3):
        load_file(SAMPLE)
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, (yaml.Node, yaml.Mark))]


_YAML_SCALARS = st.one_of(st.text(max_size=12), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(),
                          st.dates())


@given(st.recursive(_YAML_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)), max_leaves=12),
    st.booleans())
def test_yaml_values_are_what_pyyaml_builds(value, flow):
    """The parser builds strings itself (the other scalars through PyYAML's constructor): the
    same values as ``yaml.safe_load``, quoted or plain, in block or flow style."""
    import yaml

    from exporter.source.yamlsource import parse

    text = yaml.safe_dump({"v": value}, allow_unicode=True, default_flow_style=flow)
    assert parse(text).data == yaml.safe_load(text)
    assert parse("v: !!str 12\nw: '12'\nx: \"é\\t\"\ny: |\n  a\n  b\n").data == {"v": "12", "w": "12", "x": "é\t",
                                                                                 "y": "a\nb\n"}
