"""The PDF's hyphenator reads pyphen's dictionaries lazily and must break words exactly as pyphen."""

from __future__ import annotations

import re
from pathlib import Path

import pyphen
import pytest
from hypothesis import given
from hypothesis import strategies as st

from exporter.localize.hyphenation import Patterns, hyphenator
from tests.conftest import ROOT

DICTIONARIES = sorted({Path(str(path)) for path in pyphen.LANGUAGES.values()})


def _pyphen_table(path: Path) -> dict[str, tuple[int, tuple[int, ...]]]:
    return {k: (start, tuple(int(v) for v in values)) for k, (start, values) in pyphen.HyphDict(path).patterns.items()}


@pytest.mark.parametrize("path", DICTIONARIES, ids=lambda p: p.stem)
def test_every_pattern_reads_as_pyphen_reads_it(path):
    data = path.read_bytes()
    if re.search(rb"^[^%#\n]*(?:/[^\n]*=|\^\^)", data, re.MULTILINE):
        pytest.skip("non-standard breaks or escapes: left to pyphen itself")
    patterns = Patterns(data)
    ours = {letters: patterns._pattern(letters) for letters in patterns._lines}
    assert {k: v for k, v in ours.items() if v} == _pyphen_table(path)


def _sample_words() -> list[str]:
    text = " ".join(p.read_text("utf-8") for p in (ROOT / "samples").iterdir())
    return sorted(set(re.findall(r"[^\W\d_]{4,}", text)))


@pytest.mark.parametrize("lang", ["fr", "en_GB", "en_US"])
def test_words_of_the_samples_break_where_pyphen_breaks_them(lang):
    ours, theirs = hyphenator(lang), pyphen.Pyphen(lang=lang)
    words = _sample_words()
    assert len(words) > 500
    breaking = 0
    for word in words:
        expected = list(theirs.iterate(word))
        assert list(ours(word)) == expected, word
        breaking += bool(expected)
    assert breaking > 200  # the comparison is not between two empty lists


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçœ-'ABCÉ", min_size=1, max_size=30))
def test_any_word_breaks_where_pyphen_breaks_it(word):
    for lang in ("fr", "en_GB"):
        assert list(hyphenator(lang)(word)) == list(pyphen.Pyphen(lang=lang).iterate(word))


def test_language_tags_find_their_dictionary():
    assert hyphenator("fr-CA") is hyphenator("fr")
    assert list(hyphenator("en-US")("hyphenation")) == list(pyphen.Pyphen(lang="en_US").iterate("hyphenation"))
    assert list(hyphenator("en")("colour")) == list(pyphen.Pyphen(lang="en").iterate("colour"))
    assert hyphenator("xx") is None


def test_dictionaries_with_non_standard_breaks_are_left_to_pyphen():
    hungarian = hyphenator("hu")  # "ssz" → "sz-sz": a break that changes letters
    assert not isinstance(hungarian, Patterns)
    assert list(hungarian("asszonnyal")) == list(pyphen.Pyphen(lang="hu").iterate("asszonnyal"))


@given(st.text(st.sampled_from(list(" \t\n\u00a0.,;«»()-'’abcé1")), max_size=30))
def test_the_last_word_is_the_last_of_the_words(text):
    from exporter.localize.hyphenation import last_word_of, words_of

    assert last_word_of(text) == words_of(text)[-1:]
