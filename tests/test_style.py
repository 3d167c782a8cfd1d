"""House styles: shipped ones load, a bad file gets file:line, both renderers read the same style."""

from __future__ import annotations

import pytest

from exporter.config.style import available_styles, load_style
from exporter.source.diagnostics import BriefError
from tests.conftest import ROOT


def test_two_styles_ship():
    assert available_styles() == ["formal", "plain"]
    assert load_style("formal").font.body == "Liberation Serif"
    assert load_style("plain").font.body == "Liberation Sans"
    assert load_style(str(ROOT / "styles" / "plain.toml")) == load_style("plain")


@pytest.mark.parametrize("change, line, message", [
    (("body = 10\n", 'body = "big"\n'), 10, "size.body"),
    (("line = 1.25", "line = 1.25\nleading = 3"), 35, "spacing.leading: unknown key"),
    (('text = "#111111"', 'text = "black"'), 18, "color.text"),
    (('body = "Liberation Sans"', 'body = "Comic Sans"'), 6, "not a shipped font family"),
    (('paper = "auto"', 'paper = "A3"'), 27, "page.paper"),
    (("[size]", "[size"), 9, "invalid TOML"),
])
def test_a_bad_style_file_names_file_and_line(tmp_path, change, line, message):
    text = (ROOT / "styles" / "plain.toml").read_text("utf-8")
    assert change[0] in text
    path = tmp_path / "house.toml"
    path.write_text(text.replace(change[0], change[1], 1), "utf-8")
    with pytest.raises(BriefError) as caught:
        load_style(str(path))
    problem = caught.value.problems[0]
    assert problem.file == str(path) and problem.line == line, str(problem)
    assert message in str(problem)


def test_unknown_style_name_lists_the_shipped_ones():
    with pytest.raises(BriefError) as caught:
        load_style("baroque")
    assert "formal, plain" in caught.value.problems[0].message


def test_an_edited_style_file_is_read_again(tmp_path):
    # brief watch draws with a style file for hours: a save is seen at the next read, even one of
    # the same size within the same tick of the file system's clock.
    path = tmp_path / "house.toml"
    text = (ROOT / "styles" / "formal.toml").read_text("utf-8")
    path.write_text(text, "utf-8")
    assert load_style(str(path)).size.body == 10.5
    assert load_style(str(path)) is load_style(str(path))  # read once while unchanged
    path.write_text(text.replace("body = 10.5", "body = 11.5"), "utf-8")
    assert load_style(str(path)).size.body == 11.5
    path.write_text(text.replace("body = 10.5", "body = 99.5"), "utf-8")
    with pytest.raises(BriefError):
        load_style(str(path))
    path.write_text(text, "utf-8")
    assert load_style(str(path)).size.body == 10.5
