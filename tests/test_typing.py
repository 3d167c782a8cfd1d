"""What a type checker is told about the records is what validation gives.

A field's checked type (``TextField``, ``Lang``, ``Colour``…) is a value that validation reads at run
time; mypy reads instead the type each one stands for, declared under ``TYPE_CHECKING``.  These
tests read those declarations and hold every value of the samples, the shipped styles and the
shipped conventions to them, so that the two cannot drift apart.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
import types
import typing
from types import ModuleType

import pytest

import exporter.config.convention as convention_module
import exporter.config.style as style_module
import exporter.model.brief as brief_module
from exporter.checks.loading import load_bytes, load_file
from exporter.config.convention import _read, available_conventions, conventions_dir
from exporter.config.style import available_styles, load_style
from exporter.source.records import Checked
from tests.conftest import SAMPLE, SECOND, brief_text

MODULES = (brief_module, style_module, convention_module)


def checker_types(module: ModuleType) -> dict[str, object]:
    """Name → the type an ``if TYPE_CHECKING:`` block of ``module`` declares, evaluated in it."""
    declared = {}
    for node in ast.parse(inspect.getsource(module)).body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                    declared[statement.target.id] = eval(ast.unparse(statement.value), vars(module))
    return declared


def conforms(value: object, tp: object) -> bool:
    """``value`` is of the type ``tp`` as a type checker reads it (unions, Literal, list, dict)."""
    if tp is typing.Any:
        return True
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, option) for option in args)
    if origin is typing.Literal:
        return value in args
    if origin is list:
        return isinstance(value, list) and all(conforms(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(conforms(k, args[0]) and conforms(v, args[1]) for k, v in value.items())
    if tp is type(None):
        return value is None
    if tp is float:  # a checker reads float as int | float
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if tp is dt.date:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    assert isinstance(tp, type), tp
    return isinstance(value, tp)


def records_in(value: object) -> list[object]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [value]
    if isinstance(value, list):
        return [r for item in value for r in records_in(item)]
    if isinstance(value, dict):
        return [r for item in value.values() for r in records_in(item)]
    return []


def check_record(record: object, seen: dict[str, int]) -> None:
    """Every field of ``record`` (and of the records it holds) against its declared type."""
    module = inspect.getmodule(type(record))
    namespace = {**vars(module), **checker_types(module)}
    for field in dataclasses.fields(record):
        tp = eval(field.type, namespace) if isinstance(field.type, str) else field.type
        value = getattr(record, field.name)
        assert conforms(value, tp), f"{type(record).__name__}.{field.name} = {value!r} is not {tp}"
        if value not in (None, [], {}):
            key = f"{type(record).__name__}.{field.name}"
            seen[key] = seen.get(key, 0) + 1
        for inner in records_in(value):
            check_record(inner, seen)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_checked_type_declares_its_type_for_the_checker(module):
    checked = {name for name, value in vars(module).items() if isinstance(value, Checked)}
    assert checked, module.__name__
    assert checked <= set(checker_types(module)), "a checked type the checker cannot read"
    assert set(checker_types(module)) <= set(vars(module)), "declared for the checker only"


def test_the_samples_hold_what_the_checker_is_told():
    seen: dict[str, int] = {}
    for path in (SAMPLE, SECOND):
        check_record(load_file(path).brief, seen)
    # A reader's checked fields, which the samples do not have.
    text = SAMPLE.read_text("utf-8").rstrip("\n") + (
        "\ndistribution:\n  - address: jane.doe@example.org\n    name: Jane Doe\n    language: en_GB\n    as: cc\n")
    check_record(load_bytes(text.encode("utf-8"), "with-readers.yaml", str(SAMPLE.parent)).brief, seen)
    # A figure's every form of date, and its currency and range.
    figures = """
        sources:
          - {id: article, language: en, date: 2023-12-13}
        figures:
          - {label: Troops, value: 648, value_max: 1100.5, approx: true, as_of: 2023-12-01, currency: USD}
          - {label: Aid, value: 200, as_of: {from: 2023-01-01, to: 2023-06-30}}
          - {label: Letter, value: 2, as_of: {relative: previous-week, source: article}}
        """
    check_record(load_bytes(brief_text(extra=figures).encode("utf-8"), "figures.yaml").brief, seen)
    for field in ("Brief.marking", "Quote.spoken", "Quote.translations", "Source.file", "Figure.as_of",
                  "Figure.value", "Figure.value_max", "Figure.currency", "DateRange.from_", "RelativeDate.source",
                  "Reader.address", "Reader.language", "Routing.from_"):
        assert seen.get(field), field


def test_the_shipped_styles_and_conventions_hold_what_the_checker_is_told():
    seen: dict[str, int] = {}
    for name in available_styles():
        check_record(load_style(name), seen)
    for name in available_conventions():
        check_record(_read(str(conventions_dir() / f"{name}.toml"))[0], seen)
    assert seen.get("Colours.text") and seen.get("ConventionFile.style")
