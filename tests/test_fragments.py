"""PDF text is handed to reportlab as fragments, never markup: they must be what its parser made.

The reference is the markup the renderer used to emit — user text escaped, ``<b>``, ``<i>``,
``<a>``, ``<br/>`` and a small ``<font>`` for U+202F — parsed by reportlab itself.  If a reportlab
release changes what its parser makes, this test says so.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.colors import toColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from exporter.config.style import load_style
from exporter.render.pdf.fragments import NARROW_NBSP_SCALE, fragments
from exporter.render.pdf.renderer import _Styles
from exporter.tree import Citation, Link, Span

LINK_COLOR = "#1f4e79"
STYLES = _Styles(load_style(None), "fr")


def _escape(text: str, size: float) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    return text.replace("\u202f", f'<font size="{size * NARROW_NBSP_SCALE:.2f}">\u00a0</font>')


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def _markup(content, size: float, bold: bool, anchor: str | None) -> str:
    out = [f'<a name="{_attr(anchor)}"/>'] if anchor else []
    for item in content:
        if isinstance(item, Span):
            text = _escape(item.text, size)
            text = f"<b>{text}</b>" if item.bold or bold else text
            out.append(f"<i>{text}</i>" if item.italic else text)
        elif isinstance(item, Citation):
            out.append(f'<a href="#{_attr(item.target)}" color="{LINK_COLOR}">[{_escape(item.label, size)}]</a>')
        else:
            out.append(f'<a href="{_attr(item.url)}" color="{LINK_COLOR}">{_escape(item.text, size)}</a>')
    return "".join(out)


def _seen(frags) -> list[tuple]:
    """What a fragment draws, adjacent equal runs merged (the parser splits text at each entity)."""
    out: list[tuple] = []
    for f in frags:
        anchor = getattr(getattr(f, "cbDefn", None), "name", None)
        key = (f.fontName, f.fontSize, str(f.textColor), tuple(f.link), bool(getattr(f, "lineBreak", False)), anchor)
        if out and out[-1][0] == key and not key[4] and anchor is None:
            out[-1] = (key, out[-1][1] + f.text)
        else:
            out.append((key, f.text))
    return out


TEXT = st.lists(st.sampled_from(list("ab É&<>;\"'\n\t\u00a0\u202f") + ["<b>", "&amp;", "<img src=x>", "  "]),
                max_size=10).map("".join)
INLINE = st.one_of(
    st.builds(Span, TEXT, bold=st.booleans(), italic=st.booleans()),
    st.builds(Citation, st.sampled_from(["1", "1,\u00a0§\u00a06", "2, § 3"]), st.sampled_from(["source_1", "s&2"])),
    st.builds(Link, TEXT.filter(str.strip), st.sampled_from(["https://ex.org/a?b=1&c=<2>", "mailto:a@b.org"])),
)


@given(content=st.lists(INLINE, max_size=5).map(tuple), bold=st.booleans(),
       anchor=st.sampled_from([None, "section_1"]), role=st.sampled_from(["body", "heading", "quote", "cell"]))
def test_fragments_are_what_the_parser_made_of_the_markup(content, bold, anchor, role):
    style: ParagraphStyle = getattr(STYLES, role)
    ours = fragments(content, style, toColor(LINK_COLOR), bold, anchor)
    theirs = Paragraph(_markup(content, style.fontSize, bold, anchor), style).frags
    assert _seen(ours) == _seen(theirs)


def test_markup_in_user_text_prints_as_typed():
    frags = fragments((Span('<b>x</b> & <font name="Helvetica">y</font> <img src="z"/>'),), STYLES.body, toColor(LINK_COLOR))
    assert [f.text for f in frags] == ['<b>x</b> & <font name="Helvetica">y</font> <img src="z"/>']
    assert {f.fontName for f in frags} == {STYLES.body.fontName}


@given(st.text(st.sampled_from(list(" \t\n\r\u00a0\u2003\u202fab")), max_size=30))
def test_white_space_collapses_as_reportlab_s_parser_collapses_it(text):
    import re

    from exporter.render.pdf.fragments import _SPACES

    assert _SPACES.sub(" ", text) == re.sub(r"[^\S\u00a0]+", " ", text)
