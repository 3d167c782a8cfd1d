"""Typed records: frozen dataclasses validated against plain data, with every error and its path.

This is what pydantic would do for brief, in the part brief needs: strict types (no silent
``"12"`` → 12), unknown keys refused with a suggestion, all problems of a document collected with
their field paths, JSON Schema generated from the same declarations, at a small part of what
pydantic's import and schema building cost a short command (the README's Performance section).

A record may accept a shorter form: ``__shorthand__ = (function, schema)`` turns a value that is
not the record's mapping (a plain string, say) into one before it is checked.  A record whose
fields depend on each other (a range's ``from`` ≤ ``to``) says so in a method
``__check__(self) -> [(path within the record, message)]``, run once its fields are valid.

A record is a frozen dataclass; field types are ``str``, ``int``, ``float``, ``bool``,
``datetime.date``, ``Literal[...]``, ``list[T]``, ``dict[K, str]``, ``T | None``, another record,
a *checked type* (:class:`Checked`: a name for a validating function and its JSON Schema), or a
union of a scalar type and records (``dt.date | Range | Relative``): a mapping is read as the record
whose keys it shares, anything else as the scalar; a value that fits none is told every form.
A record names its form for such messages with ``__form__`` (``"a range {from:, to:}"``).
Constraints and documentation go in the field's metadata through :func:`spec`.

A checked type is a value, which a type checker cannot read as a type: a module that declares one
gives the checker the type its function returns under ``typing.TYPE_CHECKING`` (``TextField:
TypeAlias = Text``) and the :class:`Checked` otherwise, which is all that validation reads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Literal, TypeGuard, TypeVar

from exporter.source.diagnostics import FieldPath as Path

_T = TypeVar("_T")


class Invalid(Exception):
    """Validation failed; ``errors`` holds (path, message) for every problem found."""

    def __init__(self, errors: list[tuple[Path, str]]) -> None:
        super().__init__("; ".join(f"{p}: {m}" for p, m in errors))
        self.errors = errors


class Checked:
    """A named type checked by a function (value → value, ValueError on a bad one)."""

    def __init__(self, name: str, check: Callable[[Any], Any], schema: dict[str, Any]) -> None:
        self.__name__ = name
        self.check = check
        self.schema = schema

    def __repr__(self) -> str:
        return self.__name__

    # Callable and `|`-able so that annotations such as ``Text | None`` evaluate under typing.
    def __call__(self, value: Any) -> Any:
        return self.check(value)

    def __or__(self, other: Any) -> Any:
        # Not `self | other`: a Checked is no type, and `|` would call this method again.
        return typing.Optional[self] if other is None else typing.Union[self, other]  # noqa: UP007, UP045


def pattern_type(name: str, pattern: str, message: str, description: str) -> Checked:
    """A string type that must match ``pattern``; ``message`` may use ``{value!r}``."""
    compiled = re.compile(pattern)

    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(f"expected a string, not {describe(value)}")
        if not compiled.fullmatch(value):  # `$` alone would let a final newline through
            raise ValueError(message.format(value=value))
        return value

    return Checked(name, check, {"type": "string", "pattern": pattern, "description": description})


def spec(description: str = "", *, wire: str | None = None, default: Any = dataclasses.MISSING,
         factory: Callable[[], Any] | None = None, ge: float | None = None, gt: float | None = None,
         le: float | None = None, min_items: int | None = None) -> Any:
    """A dataclass field with its documentation, wire name (``wire``: the key in the file, when the
    attribute cannot be named so, such as ``from``) and bounds.

    A type checker reads it as a field specifier (``default`` or ``factory``: the field is optional);
    its keyword is not ``alias``, which would rename the constructor's parameter for the checker."""
    metadata = {"description": description, "wire": wire, "ge": ge, "gt": gt, "le": le, "min_items": min_items}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


@typing.dataclass_transform(frozen_default=True, field_specifiers=(spec,))
def record(cls: type[_T]) -> type[_T]:
    """Declare a record: a frozen dataclass with slots, whose fields are declared with :func:`spec`."""
    return dataclasses.dataclass(frozen=True, slots=True)(cls)


def describe(value: Any) -> str:
    """What a value is, for messages: "a number (12)", "a list"…"""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a boolean ({value})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, dt.datetime):
        return f"a date and time ({value})"
    if isinstance(value, dt.date):
        return f"a date ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return f"a string ({value!r})"
    return type(value).__name__


# Validation -------------------------------------------------------------------------------------

# A type as records reads it: a class, a checked type, or a typing form (``list[Ref]``, ``str | None``),
# which has no type of its own before Python's TypeForm.
TypeForm = Any


def _is_record(tp: TypeForm) -> TypeGuard[type]:
    """A record class (a dataclass: types are classes, never instances)."""
    return dataclasses.is_dataclass(tp)


@cache
def _fields(cls: type) -> tuple[tuple[str, str, TypeForm, dataclasses.Field[Any], bool], ...]:
    """(wire name, attribute, type, field, required) for each field of a record class."""
    hints = typing.get_type_hints(cls)
    return tuple((f.metadata.get("wire") or f.name, f.name, hints[f.name], f,
                  f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
                 for f in dataclasses.fields(cls))


def wire_names(cls: type) -> list[str]:
    """The keys a record accepts, in declaration order."""
    return [wire for wire, *_ in _fields(cls)]


def wire_items(record: object) -> list[tuple[str, Any]]:
    """(wire name, value) of each field of a record instance, in declaration order."""
    cls: type = type(record)  # as a plain `type`, which mypy knows to be hashable (type[object] it does not)
    return [(wire, getattr(record, name)) for wire, name, *_ in _fields(cls)]


def validate(cls: type[_T], data: Any) -> _T:
    """``data`` as a ``cls`` record, or :class:`Invalid` with every problem."""
    errors: list[tuple[Path, str]] = []
    value = _check(cls, data, (), errors)
    if errors:
        raise Invalid(errors)
    return value


_NOTHING = object()


def _check(tp: TypeForm, value: Any, path: Path, errors: list[tuple[Path, str]]) -> Any:
    if isinstance(tp, Checked):
        try:
            return tp.check(value)
        except ValueError as exc:
            errors.append((path, str(exc)))
            return _NOTHING
    if _is_record(tp):
        return _record(tp, value, path, errors)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None and len(options) < len(typing.get_args(tp)):
            return None
        if len(options) == 1:
            return _check(options[0], value, path, errors)
        return _union(options, value, path, errors)
    if origin is Literal:
        allowed = typing.get_args(tp)
        if value in allowed and not isinstance(value, bool):
            return value
        errors.append((path, f"{value!r} is not one of: {', '.join(map(str, allowed))}"))
        return _NOTHING
    if origin is list:
        if not isinstance(value, list):
            errors.append((path, f"expected a list (lines starting with '- '), not {describe(value)}"))
            return _NOTHING
        (item_type,) = typing.get_args(tp)
        return [_check(item_type, item, path + (i,), errors) for i, item in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            errors.append((path, f"expected a mapping, not {describe(value)}"))
            return _NOTHING
        key_type, value_type = typing.get_args(tp)
        return {_check(key_type, k, path + (k,), errors): _check(value_type, v, path + (k,), errors)
                for k, v in value.items()}
    if tp is dt.date:
        return _date(value, path, errors)
    if tp is bool:
        if isinstance(value, bool):
            return value
        errors.append((path, f"expected true or false, not {describe(value)}"))
        return _NOTHING
    if tp in (int, float):
        ok = isinstance(value, int) if tp is int else isinstance(value, (int, float))
        if ok and not isinstance(value, bool):
            return value
        errors.append((path, f"expected {'a whole number' if tp is int else 'a number'}, not {describe(value)}"))
        return _NOTHING
    if tp is str:
        if isinstance(value, str):
            return value
        errors.append((path, f"expected a string, not {describe(value)}"))
        return _NOTHING
    raise TypeError(f"records: unsupported type {tp!r}")  # a declaration bug, not a user error


def _union(options: list[TypeForm], value: Any, path: Path, errors: list[tuple[Path, str]]) -> Any:
    """One of several forms: a mapping is the record sharing the most keys with it (so that its
    own errors — a missing ``to:`` — are the ones reported); anything else is tried against each
    scalar form in turn.  A value that fits no form gets one message naming them all."""
    records = [o for o in options if _is_record(o)]
    if isinstance(value, dict) and records:
        keys = set(value)
        best = max(records, key=lambda r: len(keys & set(wire_names(r))))
        if keys & set(wire_names(best)):
            return _check(best, value, path, errors)
    elif not isinstance(value, dict):
        for option in options:
            if _is_record(option):
                continue
            tried: list[tuple[Path, str]] = []
            checked = _check(option, value, path, tried)
            if not tried:
                return checked
    forms = [_form(o) for o in options]
    listed = ", ".join(forms[:-1]) + f", or {forms[-1]}" if len(forms) > 2 else " or ".join(forms)
    shown = repr(value) if isinstance(value, str) else describe(value)
    errors.append((path, f"expected {listed}, not {shown}"))
    return _NOTHING


def _form(tp: TypeForm) -> str:
    """How a message names one form of a union."""
    if _is_record(tp):
        return getattr(tp, "__form__", None) or "{" + ", ".join(f"{w}:" for w in wire_names(tp)) + "}"
    if tp is dt.date:
        return "a date written YYYY-MM-DD"
    if isinstance(tp, Checked):
        return tp.schema.get("description") or tp.__name__
    if typing.get_origin(tp) is Literal:
        return " or ".join(map(str, typing.get_args(tp)))
    return {str: "a string", int: "a whole number", float: "a number", bool: "true or false"}.get(tp, repr(tp))


def _date(value: Any, path: Path, errors: list[tuple[Path, str]]) -> Any:
    if isinstance(value, dt.datetime):
        errors.append((path, f"expected a date without a time, such as 2023-12-14, not {value}"))
        return _NOTHING
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    shown = repr(value) if isinstance(value, str) else describe(value)
    errors.append((path, f"expected a date written YYYY-MM-DD, such as 2023-12-14, not {shown}"))
    return _NOTHING


def _record(cls: type, value: Any, path: Path, errors: list[tuple[Path, str]]) -> Any:
    shorthand = getattr(cls, "__shorthand__", None)
    if shorthand is not None:
        value = shorthand[0](value)
    if not isinstance(value, dict):
        errors.append((path, f"expected a mapping of keys ({', '.join(wire_names(cls))}), not {describe(value)}"))
        return _NOTHING
    before = len(errors)
    known = wire_names(cls)
    for key in value:
        if key not in known:
            import difflib

            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(known)})"
            errors.append((path + (key,), f"unknown key {key!r}{hint}"))
    kwargs = {}
    for wire, name, tp, f, required in _fields(cls):
        here = path + (wire,)
        if wire not in value:
            if required:
                errors.append((here, "required, but missing"))
            continue
        checked = _check(tp, value[wire], here, errors)
        if checked is not _NOTHING:
            _bounds(f.metadata, checked, here, errors)
        kwargs[name] = checked
    if len(errors) > before:
        return _NOTHING
    made = cls(**kwargs)
    check = getattr(cls, "__check__", None)
    if check is not None:
        for where, message in check(made):
            errors.append((path + tuple(where), message))
        if len(errors) > before:
            return _NOTHING
    return made


def _bounds(meta: Mapping[str, Any], value: Any, path: Path, errors: list[tuple[Path, str]]) -> None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        for key, test, words in (("ge", lambda v, b: v >= b, "at least"), ("gt", lambda v, b: v > b, "more than"),
                                 ("le", lambda v, b: v <= b, "at most")):
            bound = meta.get(key)
            if bound is not None and not test(value, bound):
                errors.append((path, f"must be {words} {bound:g}, not {value:g}"))
    if meta.get("min_items") is not None and isinstance(value, list) and len(value) < meta["min_items"]:
        errors.append((path, f"list at least {meta['min_items']} item(s)"))


# JSON Schema ------------------------------------------------------------------------------------

def json_schema(cls: type, title: str) -> dict[str, Any]:
    """The JSON Schema (2020-12) of a record class and the records it holds."""
    defs: dict[str, dict[str, Any]] = {}
    root = _record_schema(cls, defs)
    defs.pop(cls.__name__, None)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title, **root, "$defs": defs}


def _record_schema(cls: type, defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required_keys: list[str] = []
    for wire, _name, tp, f, required in _fields(cls):
        prop = dict(_type_schema(tp, defs))
        meta = f.metadata
        if meta.get("description"):
            prop["description"] = meta["description"]
        for key, word in (("ge", "minimum"), ("gt", "exclusiveMinimum"), ("le", "maximum"), ("min_items", "minItems")):
            if meta.get(key) is not None:
                prop[word] = meta[key]
        if f.default is not dataclasses.MISSING and f.default is not None and isinstance(f.default, (str, int, float, bool)):
            prop["default"] = f.default
        if required:
            required_keys.append(wire)
        properties[wire] = prop
    schema: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": properties}
    if required_keys:
        schema["required"] = required_keys
    if cls.__doc__:
        schema["description"] = " ".join(cls.__doc__.split())
    return schema


def _type_schema(tp: TypeForm, defs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if isinstance(tp, Checked):
        return tp.schema
    if _is_record(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}
            defs[tp.__name__] = _record_schema(tp, defs)
        ref = {"$ref": f"#/$defs/{tp.__name__}"}
        shorthand = getattr(tp, "__shorthand__", None)
        return {"anyOf": [ref, shorthand[1]]} if shorthand is not None else ref
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        options = [_type_schema(a, defs) for a in args if a is not type(None)]
        if type(None) in args:
            options.append({"type": "null"})
        return {"anyOf": options}
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin is list:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if origin is dict:
        key_type, value_type = typing.get_args(tp)
        schema: dict[str, Any] = {"type": "object", "additionalProperties": _type_schema(value_type, defs)}
        if isinstance(key_type, Checked) and "pattern" in key_type.schema:
            schema["propertyNames"] = {"pattern": key_type.schema["pattern"]}
        return schema
    simple = {str: {"type": "string"}, bool: {"type": "boolean"}, int: {"type": "integer"},
              float: {"type": "number"}, dt.date: {"type": "string", "format": "date"}}
    return simple[tp]
