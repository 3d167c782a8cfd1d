"""French and English as a native reader expects: dates, numbers, quotes, spaces, labels, fonts."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exporter.checks.loading import load_bytes, load_file
from exporter.config.fonts import FAMILIES, compute_coverage, coverage, drawable
from exporter.config.style import load_style
from exporter.localize.catalogs import available, catalog
from exporter.localize.localizer import Localizer
from exporter.localize.typography import NBSP, NNBSP, clean, typeset
from exporter.model.locales import parse_locale
from exporter.pipeline.export import build_documents
from exporter.tree import Span
from tests.conftest import ROOT, SAMPLE, brief_text, pdf_text


def localizer(locale: str) -> Localizer:
    loaded = load_file(SAMPLE)
    return Localizer(loaded, parse_locale(locale), drawable("Liberation Serif"))


@pytest.mark.parametrize("locale, expected", [
    ("fr", f"14{NBSP}décembre{NBSP}2023"),
    ("en", f"December{NBSP}14,{NBSP}2023"),
    ("en_GB", f"14{NBSP}December{NBSP}2023"),
    ("de", f"14.{NBSP}Dezember{NBSP}2023"),
])
def test_dates_are_long_and_unbreakable(locale, expected):
    assert localizer(locale).date(dt.date(2023, 12, 14)) == expected


def test_numbers_percentages_and_currencies_follow_the_locale():
    fr, en = localizer("fr"), localizer("en")
    assert fr.number(1100) == f"1{NNBSP}100" and en.number(1100) == "1,100"
    assert fr.number(1100, approx=True) == f"environ{NBSP}1{NNBSP}100"
    assert en.number(1100, approx=True) == f"about{NBSP}1,100"
    from exporter.model.brief import Text
    assert fr.quantity(12, Text("percent"), None) == f"12{NBSP}%"
    assert en.quantity(12, Text("percent"), None) == "12%"
    assert fr.quantity(1234.5, None, "EUR") == f"1{NNBSP}234,50{NBSP}€"
    assert en.quantity(600, Text("troops"), None, value_max=700) == f"600–700{NBSP}troops"
    from babel.numbers import format_decimal
    # Numbers follow the language the memo's text is in: a German brief in de_CH writes Swiss
    # numbers; the French and English sample in de_CH keeps its French text, and French numbers.
    assert localizer("de_CH").number(1100) == localizer("fr").number(1100)
    swiss = Localizer(load_bytes(brief_text(languages="de").encode()), parse_locale("de_CH"), drawable("Liberation Serif"))
    assert swiss.number(1100) == format_decimal(1100, locale="de_CH") != "1,100"


def test_french_typography():
    assert typeset('Il a dit "non" ; vraiment?', "fr") == f"Il a dit «{NBSP}non{NBSP}»{NNBSP}; vraiment{NNBSP}?"
    assert typeset("Objet: l'État", "fr") == f"Objet{NBSP}: l’État"
    assert typeset("à 10:30, voir https://ex.org/a?b=c:d ; ou a.b@c.fr : fin", "fr") == \
        f"à 10:30, voir https://ex.org/a?b=c:d{NNBSP}; ou a.b@c.fr{NBSP}: fin"


def test_english_typography():
    assert typeset("He said \"it's 'fine'\" to the States' envoy", "en") == \
        "He said \u201cit\u2019s \u2018fine\u2019\u201d to the States\u2019 envoy"
    assert typeset("see https://ex.org/it's", "en") == "see https://ex.org/it's"


def test_cleaning_removes_controls_and_normalises():
    text, removed = clean("a\x1b[31mred\x1b[0m\x00b\ud800c\r\nd\te\u0301\ufffe")
    assert text == "aredbc\nd \u00e9" and removed == 12


def test_white_space_is_what_a_reader_sees():
    assert clean("  A   subject\twith  tabs \n")[0] == "A subject with tabs"
    assert clean("one \n  two\n\n\n\nthree\n")[0] == "one\ntwo\n\nthree"
    assert clean("10\u202f000 km\u00a0: x")[0] == "10\u202f000 km\u00a0: x"  # no-break spaces are kept


def test_both_formats_show_the_same_spaces(write_brief):
    from exporter.pipeline.export import export_file
    from tests.conftest import docx_text

    path = write_brief(brief_text(subject='"A   subject\\twith tabs  "', summary=">\n  A folded summary\n  ending with a newline.\n"))
    memos = {m.format: m.data for m in export_file(str(path), None, ["pdf", "docx"], load_style(None)).memos}
    # A paragraph's last two words are bound by a no-break space, which a reader sees as a space.
    docx, pdf = docx_text(memos["docx"]).replace("\u00a0", " "), pdf_text(memos["pdf"])
    assert "Subject:\tA subject with tabs\n" in docx and "A subject with tabs\n" in pdf
    assert "\nA folded summary ending with a newline.\n" in docx
    assert "A folded summary ending with a newline." in pdf


def test_labels_come_from_the_catalogs():
    fr, en = localizer("fr"), localizer("en")
    assert fr.label("Subject", colon=True, context="bilingual") == f"Objet{NBSP}:"
    assert en.label("Subject", colon=True, context="bilingual") == "Subject:"
    assert fr.label("for the attention of {to}", context="fr-diplomatie") == "à l’attention de {to}"
    assert fr.label("Page {page} of {pages}") == "Page {page} sur {pages}"
    assert not fr.warnings and not en.warnings


def test_every_label_is_extracted_and_translated():
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    from exporter.config.convention import extract

    # The labels of the layout's code (_), and each convention's, keyed as the catalogs key them.
    extracted = {message for _, _, message, *_ in extract_from_dir(
        str(ROOT / "exporter"), method_map=[("**.py", "python")], keywords={"_": None})}
    for path in sorted((ROOT / "exporter" / "conventions").glob("*.toml")):
        with open(path, "rb") as handle:
            extracted.update(f"{context}\x04{message}" for _, _, (context, message), _ in extract(handle, None, None, None))
    template = read_po(open(ROOT / "exporter/locale/brief.pot", "rb"))
    assert extracted == {f"{m.context}\x04{m.id}" if m.context else m.id for m in template if m.id}, \
        "run pybabel extract (see babel.cfg)"
    for lang in ("fr", "en"):
        assert set(catalog(lang)) == extracted, f"{lang} catalog is missing labels"
    assert {"fr", "en"} <= set(available())


def test_missing_translation_falls_back_to_the_first_language_with_a_warning(write_brief):
    loaded = load_file(write_brief(brief_text(languages="fr, en", summary="{fr: Seulement en français.}")))
    [(name, doc, warnings)] = list(build_documents(loaded, ["en"], load_style("formal")))
    summary = next(b for b in doc.blocks if getattr(b, "role", None) == "body")
    assert summary.content[0] == Span("Seulement en\u00a0français.", lang="fr-FR")  # the last words bound
    assert any(w.path == "summary" and "no en text" in w.message and w.line == 8 for w in warnings)


def test_unknown_label_language_formats_values_and_warns(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from exporter.cli import app

    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    if True:
        result = runner.invoke(app, ["export", str(SAMPLE), "--locale", "de", "--format", "pdf", "--out", "o", "--jobs", "1"])
        assert result.exit_code == 0, result.output
        assert "no label catalog for de" in result.output
        text = pdf_text(open("o/niger-us-cooperation.de.pdf", "rb").read())
        # Dates and labels follow the memo's locale; numbers follow its text, which is French here.
        assert "14. Dezember 2023" in text and "Summary" in text and re.search("1[\u202f ]100", text)
        strict = runner.invoke(app, ["export", str(SAMPLE), "--locale", "de", "--strict", "--out", "s", "--jobs", "1"])
        assert strict.exit_code == 1
        assert "no label catalog for de" in strict.output and "warning" not in strict.output.split("\n")[0]
        import os
        assert not os.path.exists("s") or not os.listdir("s")


def test_fonts_cover_every_character_of_catalogs_and_samples():
    needed = set()
    for lang in ("fr", "en"):
        for text in catalog(lang).values():
            needed.update(text)
    for path in (ROOT / "samples").glob("*.yaml"):
        needed.update(path.read_text("utf-8"))
    needed.update("’“”«»…–—€œŒłŁ≈§\u00a0\u202f")
    needed -= {"\n"}
    for family in FAMILIES:
        missing = {c for c in needed if ord(c) not in coverage(family)}
        assert not missing, f"{family} lacks {sorted(missing)}"


def test_coverage_file_matches_the_fonts():
    computed = compute_coverage()
    for family in FAMILIES:
        assert coverage(family) == frozenset(cp for a, b in computed[family] for cp in range(a, b + 1))


def test_french_memo_reads_french(sample_memos):
    pdf = pdf_text(sample_memos[("fr", "pdf")])
    assert "14 décembre 2023" in pdf.replace("\u00a0", " ")
    assert re.search("1[ \u202f\u00a0]100", pdf) and "1,100" not in pdf
    assert "«" in pdf and "»" in pdf and '"' not in pdf
    assert "Objet" in pdf and "UNCLASSIFIED" in pdf and "Page 1 sur 2" in pdf  # a US marking stays US


def test_english_memo_reads_english(sample_memos):
    pdf = pdf_text(sample_memos[("en", "pdf")])
    assert "December 14, 2023" in pdf.replace("\u00a0", " ")
    assert "1,100" in pdf and "\u201c" in pdf and "\u201d" in pdf and '"' not in pdf
    assert "UNCLASSIFIED" in pdf and "Page 1 of 2" in pdf


def test_a_label_missing_from_a_catalog_falls_back_to_english_with_one_warning(monkeypatch):
    fr = dict(catalog("fr"))
    del fr["bilingual\x04Key actors"]
    monkeypatch.setattr("exporter.localize.localizer.find_catalog", lambda chain: ("fr", fr))
    loc = localizer("fr")
    assert loc.label("Key actors", context="bilingual") == "Key actors"
    assert loc.label("Summary", context="bilingual") == "Résumé"
    loc.label("Key actors", context="bilingual")
    assert [w.message for w in loc.warnings] == \
        ["[fr] no fr translation for label 'Key actors' (bilingual): using English"]


def test_translations_keep_their_placeholders():
    for lang in available():
        for msgid, msgstr in catalog(lang).items():
            assert set(re.findall(r"{\w+}", msgid)) == set(re.findall(r"{\w+}", msgstr)), (lang, msgid)


def test_our_po_reader_reads_what_babel_reads():
    from babel.messages.pofile import read_po as babel_read_po

    from exporter.localize.catalogs import read_po

    tricky = (
        '# comment\nmsgid ""\nmsgstr ""\n"Language: fr\\n"\n\n'
        '#, fuzzy\nmsgid "Fuzzy"\nmsgstr "Flou"\n\n'
        'msgid "Line\\nbreak \\"quoted\\" \\\\ back"\nmsgstr "Saut\\nde ligne « cité » \\\\"\n\n'
        'msgid ""\n"Wrapped "\n"over lines"\nmsgstr ""\n"Sur "\n"plusieurs lignes"\n\n'
        'msgid "Untranslated"\nmsgstr ""\n'
    )
    texts = [tricky] + [(ROOT / f"exporter/locale/{lang}/LC_MESSAGES/brief.po").read_text("utf-8") for lang in available()]
    for text in texts:
        oracle = {f"{m.context}\x04{m.id}" if m.context else m.id: m.string
                  for m in babel_read_po(io.BytesIO(text.encode("utf-8"))) if m.id and m.string and not m.fuzzy}
        assert read_po(text) == oracle
    assert read_po(tricky)["Line\nbreak \"quoted\" \\ back"] == "Saut\nde ligne « cité » \\"


def test_addresses_are_never_typeset():
    assert typeset("see https://ex.org/it's", "und") == "see https://ex.org/it's"
    assert typeset("l'avis de a'b@c.fr", "und") == "l’avis de a'b@c.fr"
    loc = localizer("fr")
    assert loc.finish("ftp://example.org/it's \"x\" : y", None, ()) == "ftp://example.org/it's \"x\" : y"


def test_a_warning_about_the_whole_file_names_no_line():
    loc = localizer("de")
    [warning] = [w for w in loc.warnings if "no label catalog" in w.message]
    assert warning.line is None and str(warning).startswith(f"{warning.file}: warning: ")


# The shortcuts of typography: each skips work only where it would change nothing -----------

_CASE_FOLDING = "\u0130\u0131\u212a\u017fKkSsIiWwMmAaLlTtOoHhPp"
_TYPOGRAPHY_TEXT = st.one_of(st.text(max_size=40), st.text(st.sampled_from(list(
    " \t\n\u00a0\u202f\u2007\u2003«»\"':;!?%@`<>./-0123456789é[]" + _CASE_FOLDING)), max_size=60))


@given(_TYPOGRAPHY_TEXT)
def test_a_text_with_an_address_or_code_always_passes_the_quick_test(text):
    from exporter.localize.typography import _PROTECTED, _may_protect

    assert not _PROTECTED.search(text) or _may_protect(text)


@given(_TYPOGRAPHY_TEXT)
def test_white_space_runs_become_one_space_as_before(text):
    from exporter.localize.typography import _SPACES

    assert _SPACES.sub(" ", text) == re.sub("[^\\S\n\u00a0\u202f\u2007]+", " ", text)


@given(st.one_of(_TYPOGRAPHY_TEXT, st.text(st.sampled_from(list(" \t\n\x0b\x1c\x85\u00a0\u2028\u3000ab.")), max_size=20)))
def test_the_last_space_is_where_the_pattern_finds_it(text):
    from exporter.localize.typography import _last_space

    match = re.search(r" (\S+)\s*$", text)
    assert _last_space(text) == ((match.start(), match.group(1)) if match else None)
