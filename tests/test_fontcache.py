"""Parsed faces kept between runs (exporter/render/pdf/fontcache.py): a face read from the cache is the
face reportlab parses, a memo's bytes do not depend on the cache, and a bad or unwritable cache
costs a parse, never a run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from exporter.config.fonts import FACES, face_path
from exporter.render.pdf import fontcache
from exporter.render.pdf.fontcache import cache_key, cached_ttfont
from tests.conftest import ROOT, SAMPLE

FAMILIES = ["Liberation Serif", "Liberation Sans"]


def attributes(font) -> dict:
    """What a face holds, its unit conversion compared by value (a function is never equal)."""
    state = dict(font.face.__dict__)
    scale = state.pop("_pdfScale")
    state["_pdfScale(x)"] = [scale(x) for x in (0, 1, 1234, -215)]
    state["name types"] = {k: (type(v).__name__, getattr(v, "ustr", None)) for k, v in state.items()
                           if isinstance(v, bytes) and k != "_ttf_data"}
    return state


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("face", FACES)
def test_a_face_read_from_the_cache_is_the_face_reportlab_parses(family, face, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path))
    path = str(face_path(family, face))
    parsed = TTFont("parsed", path, asciiReadable=0)
    first = cached_ttfont("first", path, asciiReadable=0)  # parses, and writes the cache
    assert len(list(tmp_path.iterdir())) == 1
    from_cache = cached_ttfont("cached", path, asciiReadable=0)
    assert attributes(first) == attributes(parsed)
    assert attributes(from_cache) == attributes(parsed)
    assert type(from_cache.face.name) is type(parsed.face.name)


def test_a_corrupt_or_foreign_entry_is_parsed_again_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path))
    path = str(face_path("Liberation Serif", "regular"))
    parsed = attributes(TTFont("parsed", path, asciiReadable=0))
    entry = tmp_path / cache_key(open(path, "rb").read(), 1)
    import marshal

    for bad in (b"", b"\x00garbage", b"\xff" * 100, marshal.dumps({"values": {}, "names": {}}),
                marshal.dumps({"values": {"unitsPerEm": 2048}, "names": {}}),  # decodes, but a parse gives more
                marshal.dumps({"values": [1], "names": {}}), marshal.dumps({"values": {}, "names": []}),
                marshal.dumps([]), marshal.dumps({"values": {"unitsPerEm": "2048"}, "names": {}})):
        entry.write_bytes(bad)
        assert attributes(cached_ttfont("again", path, asciiReadable=0)) == parsed
        assert entry.read_bytes() != bad  # rewritten by the parse
    assert attributes(cached_ttfont("again", path, asciiReadable=0)) == parsed


def test_an_unwritable_cache_costs_a_parse_not_a_run(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(blocker / "brief"))
    path = str(face_path("Liberation Sans", "bold"))
    assert attributes(cached_ttfont("x", path, asciiReadable=0)) == attributes(TTFont("y", path, asciiReadable=0))
    assert list(tmp_path.iterdir()) == [blocker]


def test_the_cache_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_CACHE_DIR", "")
    assert fontcache.cache_folder() is None
    monkeypatch.delenv("BRIEF_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert fontcache.cache_folder() == tmp_path / "brief"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # ignored, as the XDG specification says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert fontcache.cache_folder() == tmp_path / "home" / ".cache" / "brief"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert fontcache.cache_folder() == tmp_path / "home" / ".cache" / "brief"
    # No home at all (a container's user without one): no cache, never ./~/.cache in the folder
    # the command runs in.
    monkeypatch.delenv("HOME")
    monkeypatch.setattr(fontcache.os.path, "expanduser", lambda path: path)
    assert fontcache.cache_folder() is None


def test_the_key_names_the_bytes_and_what_reads_them():
    data = open(face_path("Liberation Serif", "regular"), "rb").read()
    assert cache_key(data, 1) == cache_key(bytes(data), 1)
    assert len({cache_key(data, 1), cache_key(data, 0), cache_key(data[:-1] + b"\x01", 1)}) == 3


def export(out, cache) -> dict[str, bytes]:
    env = {**os.environ, "BRIEF_CACHE_DIR": str(cache)}
    subprocess.run([sys.executable, "-m", "exporter", "export", str(SAMPLE), "-o", str(out), "-q", "-f", "pdf",
                    "--style", "formal"], check=True, cwd=ROOT, env=env)
    return {p.name: p.read_bytes() for p in out.iterdir()}


def test_a_memo_has_the_same_bytes_with_a_cold_a_warm_or_no_cache(tmp_path):
    cold = export(tmp_path / "cold", tmp_path / "cache")
    assert len(list((tmp_path / "cache").iterdir())) == 4  # the style's one family, four faces
    warm = export(tmp_path / "warm", tmp_path / "cache")
    off = export(tmp_path / "off", "")
    assert cold == warm == off and len(cold) == 2
