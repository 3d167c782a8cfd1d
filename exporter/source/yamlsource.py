"""Read YAML safely and remember where every value came from.

PyYAML's composer gives us the node graph with a start mark per node; we build plain Python values
from it ourselves, so that (a) each value's path maps to its ``line:col`` for error messages, and
(b) limits hold while building: alias expansion and nesting are counted, so an alias bomb ("billion
laughs") is refused at once instead of exhausting memory.  Only the safe scalar types are built.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from exporter._compat.quickre import quick_patterns

with quick_patterns():  # PyYAML's first import: ≈ 5 ms quicker, same behaviour in the brief command (see _compat.quickre)
    import yaml

try:  # libyaml is several times faster; pure Python is the fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

MAX_NODES = 200_000
MAX_DEPTH = 64
# Characters of text once aliases are expanded: some 300 pages of memo, far more than any brief
# holds (the flagship sample has 25,000), and far less than an alias pointing 5,000 times at a
# long text would make the later stages build, lay out and render.
MAX_TEXT = 1_000_000


class YamlProblem(Exception):
    """The YAML text itself is unusable; carries the 1-based line and column where known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None, path: tuple = ()):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.path = path


@dataclass
class Located:
    """Plain data plus a map from each value's path to its 1-based (line, column)."""

    data: object
    positions: dict[tuple, tuple[int, int]]

    def where(self, path: tuple) -> tuple[int, int] | None:
        """The position of ``path``, or of its nearest ancestor that exists in the file."""
        path = tuple(path)
        while True:
            if path in self.positions:
                return self.positions[path]
            if not path:
                return None
            path = path[:-1]


def _mark(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def parse(text: str) -> Located:
    """Parse one YAML document into plain values with positions; raise :class:`YamlProblem`."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        context = exc.context or ""
        if exc.context_mark is not None and exc.problem_mark is not None and exc.context_mark.line != mark.line:
            context += f" (started on line {exc.context_mark.line + 1})"
        message = " ".join(str(x) for x in (context, exc.problem) if x)
        if mark is None:
            raise YamlProblem(f"invalid YAML: {message}") from None
        raise YamlProblem(f"invalid YAML: {message}", mark.line + 1, mark.column + 1) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {exc}") from None
    if root is None:
        raise YamlProblem("the file is empty: a brief is a YAML mapping (see `brief new`)")
    positions: dict[tuple, tuple[int, int]] = {}
    budget = [MAX_NODES]
    characters = [MAX_TEXT]
    # A constructor per document: it keeps every node it has built (marks, whole text and all).
    constructor = yaml.constructor.SafeConstructor()

    def build(node, path: tuple, depth: int, mark: tuple[int, int] | None = None):
        budget[0] -= 1
        if budget[0] < 0:
            line, col = _mark(node)
            raise YamlProblem(
                f"more than {MAX_NODES} values once aliases are expanded (an alias bomb?)", line, col
            )
        if depth > MAX_DEPTH:
            line, col = _mark(node)
            raise YamlProblem(f"nested deeper than {MAX_DEPTH} levels", line, col)
        # A mapping entry is located at its key: that is where a reader looks for ``date:``.
        positions[path] = mark or _mark(node)
        if isinstance(node, yaml.MappingNode):
            out = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    line, col = _mark(key_node)
                    raise YamlProblem("a mapping key must be a plain value", line, col)
                if key_node.tag == "tag:yaml.org,2002:merge":
                    line, col = _mark(key_node)
                    raise YamlProblem("merge keys (<<) are not supported in briefs", line, col)
                key = _scalar(constructor, key_node, path)
                if not isinstance(key, (str, int, float, bool)) and key is not None:
                    key = str(key)
                if key in out:
                    line, col = _mark(key_node)
                    raise YamlProblem(f"duplicate key {key!r}", line, col, path + (key,))
                out[key] = build(value_node, path + (key,), depth + 1, _mark(key_node))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node.value, str):
            characters[0] -= len(node.value)
            if characters[0] < 0:
                line, col = _mark(node)
                raise YamlProblem(f"more than {MAX_TEXT:,} characters of text once aliases are expanded: more "
                                  "than a memo holds (an alias repeating a long text?)", line, col, path)
        return _scalar(constructor, node, path)

    return Located(build(root, (), 0), positions)


_STR = "tag:yaml.org,2002:str"


def _scalar(constructor, node, path: tuple = ()):
    if node.tag == _STR and node.__class__ is yaml.ScalarNode:
        return node.value  # what SafeConstructor builds for a string, without its six calls
    try:
        return constructor.construct_object(node, deep=True)
    except (yaml.constructor.ConstructorError, ValueError, OverflowError) as exc:
        line, col = _mark(node)
        detail = getattr(exc, "problem", None) or str(exc)
        raise YamlProblem(f"cannot read value {node.value!r}: {detail}", line, col, path) from None


def is_date(value) -> bool:
    """True for a YAML date (not a datetime)."""
    return isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)
