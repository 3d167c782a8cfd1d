"""The quicker reportlab helpers (exporter.render.rlquick) answer exactly as reportlab's own."""

from __future__ import annotations

import itertools

from hypothesis import given, strategies as st
from reportlab.lib import colors
from reportlab.lib.abag import ABag
from reportlab.platypus import paragraph
from reportlab.platypus.paraparser import ParaFrag

from exporter.render import rlquick

RED, OTHER_RED = colors.Color(1, 0, 0), colors.Color(1, 0, 0)
# Values of each compared attribute: absent, None, equal but not identical objects, different ones.
VALUES = {
    "fontName": ["Liberation", "Liberation-Bold", None],
    "fontSize": [11, 11.0, 10.5],
    "textColor": [RED, OTHER_RED, colors.blue, None],
    "rise": [0, 2],
    "us_lines": [[], [("u", 1)]],
    "link": [[], [(0, "#a")], [(0, "#b")]],
    "backColor": [None, colors.yellow],
    "nobr": [None, True],
    "cbDefn": [ABag(kind="anchor")],
    "lineBreak": [True, False],
}
ABSENT = object()


@st.composite
def frags(draw):
    frag = ParaFrag(text=draw(st.sampled_from(["a", "b ", ""])))
    for key, values in VALUES.items():
        value = draw(st.sampled_from([ABSENT, *values]) if key not in ("cbDefn", "lineBreak")
                     else st.sampled_from([ABSENT, ABSENT, ABSENT, *values]))
        if value is not ABSENT:
            setattr(frag, key, value)
    return frag


def test_same_frag_is_installed_by_the_pdf_renderer():
    import exporter.render.pdf  # noqa: F401

    assert paragraph.sameFrag is rlquick.same_frag


@given(frags(), frags())
def test_same_frag_answers_as_reportlab(f, g):
    assert rlquick.same_frag(f, g) == bool(rlquick._reportlab_same_frag(f, g))
    h = f.clone()  # a clone (as reportlab's line breaking makes) is the same fragment
    assert rlquick.same_frag(f, h) == bool(rlquick._reportlab_same_frag(f, h))


def test_same_frag_on_each_attribute_alone():
    base = {"fontName": "Liberation", "fontSize": 11, "textColor": RED}
    for key, values in VALUES.items():
        for a, b in itertools.product([ABSENT, *values], repeat=2):
            f, g = ParaFrag(**base), ParaFrag(**base)
            if a is not ABSENT:
                setattr(f, key, a)
            if b is not ABSENT:
                setattr(g, key, b)
            assert rlquick.same_frag(f, g) == bool(rlquick._reportlab_same_frag(f, g)), (key, a, b)


def test_same_frag_leaves_other_objects_to_reportlab():
    class Styled(ParaFrag):
        backColor = colors.yellow  # a class attribute: reportlab's getattr sees it

    f, g = Styled(fontName="x"), ParaFrag(fontName="x")
    assert rlquick.same_frag(f, g) == bool(rlquick._reportlab_same_frag(f, g)) is False
