"""The registry of the memo's parts: page-1 heads, body sections and closings, each a builder
registered by name with the label keys it uses.

A convention names its parts (``header``, ``[sections]``, ``closing``); the layout looks each up
here, and :func:`exporter.layout.load_convention` checks that every name a convention gives is
registered and every label its parts use is defined.  One way to register, for all three kinds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from exporter.layout.context import Memo
from exporter.tree import Block

Builder = Callable[[Memo], list[Block]]


@dataclass(frozen=True)
class Part:
    """A head, a section or a closing: the label keys it uses and the function that builds it."""

    labels: tuple[str, ...]
    build: Builder


def registrar(table: dict[str, Part]) -> Callable[..., Callable[[Builder], Builder]]:
    """A decorator factory that registers a builder in ``table`` by name, with its label keys:
    ``head = registrar(HEADS)``, then ``@head("routing", "to", …)`` above the builder."""
    def named(name: str, *labels: str) -> Callable[[Builder], Builder]:
        def register(build: Builder) -> Builder:
            table[name] = Part(labels, build)
            return build
        return register
    return named
