"""Read an article — plain text, Markdown, HTML or DOCX — into a title, a date line and paragraphs.

What ``brief draft`` extracts is referenced by paragraph number, and the fidelity checks read the
article back from the normalized text this module produces (``<id>.article.<lang>.txt``: UTF-8,
one paragraph per line, paragraphs separated by one blank line, numbered implicitly from 1).  So
the paragraphs here are the paragraphs of the article's body, in order, each with its white space
folded — nothing else is changed in its words.  The headline, when the format marks one (a first
``# `` line, ``<h1>``/``<title>``, a DOCX Title paragraph, or a short first line of plain text
without final punctuation), is the source's title and not a paragraph.

Articles come from the outside world, so every reader has limits: the file's size, the text's
size, the number of paragraphs, HTML nesting, a DOCX's uncompressed size.  Anything beyond them is
a :class:`ArticleError` with a sentence a user can act on, never a traceback; text that is merely
odd (no paragraphs, control characters, unbalanced quotes) gives a smaller draft.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from exporter.source.article import (
    MAX_ARTICLE_BYTES,
    ArticleError,  # the one class of unreadable articles
)
from exporter.source.article import read_article as read_file

MAX_FILE_BYTES = MAX_ARTICLE_BYTES      # the one article reader's limit (exporter.source.article)
MAX_TEXT_CHARS = 1_000_000              # of text kept, after markup is gone
MAX_PARAGRAPHS = 2_000
MAX_PARAGRAPH_CHARS = 20_000            # longer "paragraphs" are split at sentence ends
MAX_HTML_DEPTH = 256
MAX_DOCX_XML_BYTES = 20 * 1024 * 1024   # document.xml, uncompressed

FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
           ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx"}


@dataclass
class Article:
    """An article's body as numbered paragraphs (``paragraphs[0]`` is paragraph 1)."""

    paragraphs: list[str]
    title: str | None = None
    file: str = ""
    format: str = "text"
    notes: list[str] = field(default_factory=list)   # what was cut or dropped, for the user

    def normalized(self) -> str:
        """The text ``file:`` points at: paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs) + "\n" if self.paragraphs else ""


def read_article(path: str | os.PathLike) -> Article:
    """Read one article file; raise :class:`ArticleError` with a clear message when it cannot be."""
    p = Path(path)
    kind = FORMATS.get(p.suffix.lower())
    if kind is None:
        raise ArticleError(f"{p}: unknown article format {p.suffix or '(no extension)'!r}; "
                           f"use .txt, .md, .html or .docx")
    try:
        raw = read_file(p, MAX_FILE_BYTES, "articles")
    except ArticleError as exc:
        raise ArticleError(f"{p}: {exc}") from None
    if kind == "docx":
        article = _read_docx(raw, p)
    else:
        text = _decode(raw, p, kind)
        article = {"text": _read_text, "markdown": _read_markdown, "html": _read_html}[kind](text, p)
    article.file, article.format = str(p), kind
    return _bounded(article)


def from_text(text: str, kind: str = "text") -> Article:
    """An article from a string (for tests and callers that hold the text already)."""
    reader = {"text": _read_text, "markdown": _read_markdown, "html": _read_html}[kind]
    return _bounded(reader(text, Path("<text>")))


# --- decoding and cleaning -------------------------------------------------------------------

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def _decode(raw: bytes, path: Path, kind: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"PK\x03\x04", b"%PDF", b"\x7fELF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")) or b"\x00" in raw[:8192]:
        raise ArticleError(f"{path}: this is a binary file, not {'HTML' if kind == 'html' else 'text'}; "
                           "give the article as .txt, .md, .html or .docx")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = _CHARSET.search(raw[:4096]) if kind == "html" else None
        if declared:
            try:
                return raw.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        line = raw[: exc.start].count(b"\n") + 1
        raise ArticleError(f"{path}:{line}: the text is not UTF-8 (save the article as UTF-8)") from None


# Control characters (but tab and newlines), unpaired surrogates and non-characters cannot be in a
# brief's YAML or a DOCX; a soft hyphen or a zero-width space is invisible in the article anyway.
_DROP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b\ufeff\ufffe\uffff\ud800-\udfff]")
# (every run of white space but a single space, which is already what the fold makes: a long
# article's words are not copied once per space)
_SPACES = re.compile(r"[\t\r\n\u2028\u2029\x85][ \t\r\n\u2028\u2029\x85]*| [ \t\r\n\u2028\u2029\x85]+")


def clean(text: str) -> str:
    """One paragraph's text: NFC, invisible and control characters dropped, white space folded to
    one space (no-break and thin spaces are kept: they are typography, not layout)."""
    text = unicodedata.normalize("NFC", text)
    text = _DROP.sub("", text)
    return _SPACES.sub(" ", text).strip()


def _blocks(text: str) -> list[str]:
    """Paragraphs of plain text: separated by blank lines (lines inside a paragraph are joined)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [b for b in (clean(block) for block in re.split(r"\n[ \t\u00a0]*\n", text)) if b]


# --- plain text and Markdown ------------------------------------------------------------------

def _looks_like_headline(block: str) -> bool:
    # no sentence's final stop, though a quoted word may end it ("… les réfugiés sahraouis «oubliés»")
    return len(block) <= 200 and "\n" not in block and not re.search(r"[.!?…:;][\s»\"”]*$", block) \
        and len(block.split()) <= 40


def _read_text(text: str, path: Path) -> Article:
    blocks = _blocks(text)
    title = None
    if len(blocks) > 1 and _looks_like_headline(blocks[0]):
        title, blocks = blocks[0], blocks[1:]
    return Article(blocks, title)


_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")


def _read_markdown(text: str, path: Path) -> Article:
    """Markdown reduced to its words: headings, emphasis, links and list markers removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"^```.*?^```[ \t]*$", "", text, flags=re.S | re.M)     # code is not the article
    title = None
    out_lines: list[str] = []
    for line in text.split("\n"):
        heading = _MD_HEADING.match(line)
        if heading:
            if title is None and heading.group(0).startswith("# ") and not any(earlier.strip() for earlier in out_lines):
                title = clean(heading.group(1))
                continue
            out_lines += ["", heading.group(1), ""]        # a heading is a paragraph of its own
            continue
        line = re.sub(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+", "", line)       # list markers
        line = re.sub(r"^\s{0,3}>\s?", "", line)                           # block quotes
        out_lines.append(line)
    body = "\n".join(out_lines)
    body = _MD_LINK.sub(r"\1", body)
    for _ in range(3):
        body = _MD_EMPHASIS.sub(r"\2", body)
    return Article(_blocks(body), title and _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", title)))


# --- HTML ---------------------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt",
               "pre", "section", "article", "figcaption", "caption", "tr", "ul", "ol", "table", "main", "body",
               "address"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "math", "head", "nav", "footer", "aside", "form",
              "button", "select", "iframe", "object"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


class _HtmlText(HTMLParser):
    """Collects the text of block elements in document order, the <title> and the first <h1>.

    html.parser never expands entities it does not know and has no DTD, so an entity bomb stays a
    few bytes; nesting is counted, and past :data:`MAX_HTML_DEPTH` open elements the document is
    refused (a browser would not lay it out either)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.stack: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self.h1: str | None = None
        self.in_title = False
        self.in_h1 = False
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.size = 0

    def _flush(self) -> None:
        text = clean("".join(self.current))
        self.current = []
        if text:
            self.blocks.append(text)

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            if tag == "br" and not self.skip:
                self.current.append("\n")
            return
        self.stack.append(tag)
        if len(self.stack) > MAX_HTML_DEPTH:
            raise ArticleError(f"the HTML nests more than {MAX_HTML_DEPTH} elements deep; "
                               "save the article's text (.txt) instead")
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag == "h1" and self.h1 is None:
                self.in_h1 = True
        # "header" is kept: many pages put the headline in it.

    def handle_startendtag(self, tag, attrs):
        if tag == "br" and not self.skip:
            self.current.append("\n")

    def handle_endtag(self, tag):
        if tag in _VOID or tag not in self.stack:
            return                                    # a stray end tag: ignore it, as browsers do
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in _SKIP_TAGS:
                self.skip -= 1
            if open_tag == "title" and self.in_title:
                self.in_title = False
                self.title = clean("".join(self.title_parts)) or None
            if open_tag == "h1" and self.in_h1:
                self.in_h1 = False
                self.h1 = clean("".join(self.h1_parts)) or None
                self.current = []                     # the headline is the title, not paragraph 1
            elif open_tag in _BLOCK_TAGS:
                self._flush()
            if open_tag == tag:
                break

    def handle_data(self, data):
        self.size += len(data)
        if self.size > MAX_TEXT_CHARS * 2:
            raise ArticleError(f"the page holds more than {MAX_TEXT_CHARS * 2:,} characters of text; "
                               "save the article's text alone")
        if self.in_title:
            self.title_parts.append(data)
        elif self.skip:
            return
        else:
            if self.in_h1:
                self.h1_parts.append(data)
            self.current.append(data)

    def close(self):
        super().close()
        self._flush()


# A DOCTYPE with an internal subset (`<!DOCTYPE html [ <!ENTITY …> ]>`): html.parser ends the
# declaration at the subset's first `>`, and the rest (`]>`) would read as the article's text.
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[[^\]]*\]\s*>", re.IGNORECASE)


def _read_html(text: str, path: Path) -> Article:
    parser = _HtmlText()
    text = _DOCTYPE_SUBSET.sub("", text, count=1)
    try:
        parser.feed(text)
        parser.close()
    except ArticleError as exc:
        raise ArticleError(f"{path}: {exc}") from None
    except (AssertionError, ValueError) as exc:   # html.parser's own complaints about broken markup
        raise ArticleError(f"{path}: the HTML cannot be read ({exc})") from None
    title = parser.h1 or parser.title
    blocks = [b for b in parser.blocks if b != title]  # a page may repeat its headline
    return Article(blocks, title)


# --- DOCX ---------------------------------------------------------------------------------------

def _read_docx(raw: bytes, path: Path) -> Article:
    """Body paragraphs of a Word document (tables' cells after them), the Title paragraph or the
    document's title property as the title.  The zip is checked before python-docx opens it."""
    import io
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = {i.filename: i for i in archive.infolist()}
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ArticleError(f"{path}: not a Word document (.docx is a zip file; this one cannot be opened)") from None
    main = infos.get("word/document.xml")
    if main is None:
        raise ArticleError(f"{path}: not a Word document (no word/document.xml)")
    total = sum(i.file_size for i in infos.values())
    if main.file_size > MAX_DOCX_XML_BYTES or total > 20 * MAX_DOCX_XML_BYTES:
        raise ArticleError(f"{path}: the document unpacks to {total:,} bytes; that is not an article")
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx and lxml raise many kinds on a broken package
        raise ArticleError(f"{path}: the Word document cannot be read ({type(exc).__name__})") from None
    title = None
    blocks: list[str] = []
    for p in document.element.body.iter(qn("w:p")):
        text = clean("".join(node.text or "" if node.tag == qn("w:t") else " "
                             for node in p.iter(qn("w:t"), qn("w:br"), qn("w:tab"))))
        if not text:
            continue
        style = p.find(qn("w:pPr") + "/" + qn("w:pStyle"))
        style_id = style.get(qn("w:val")) if style is not None else ""
        if title is None and not blocks and style_id in ("Title", "Heading1", "Titre", "Titre1"):
            title = text
            continue
        blocks.append(text)
    if title is None:
        try:
            title = clean(document.core_properties.title or "") or None
        except Exception:  # a malformed core.xml is not worth failing for
            title = None
    return Article(blocks, title)


# --- limits ---------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«“\"A-ZÀ-ÖØ-Þ])")


def _bounded(article: Article) -> Article:
    """Long paragraphs split at sentence ends, then the paragraph and text limits applied."""
    paragraphs: list[str] = []
    for block in article.paragraphs:
        while len(block) > MAX_PARAGRAPH_CHARS:
            cut = max((m.start() for m in _SENTENCE_END.finditer(block, 0, MAX_PARAGRAPH_CHARS)), default=-1)
            if cut <= 0:
                cut = block.rfind(" ", 0, MAX_PARAGRAPH_CHARS)
            if cut <= 0:
                cut = MAX_PARAGRAPH_CHARS
            paragraphs.append(block[:cut].rstrip())
            block = block[cut:].lstrip()
            article.notes.append("a paragraph longer than 20,000 characters was split")
        if block:
            paragraphs.append(block)
    total = 0
    kept: list[str] = []
    for block in paragraphs:
        total += len(block)
        if len(kept) >= MAX_PARAGRAPHS or total > MAX_TEXT_CHARS:
            article.notes.append(f"only the first {len(kept)} paragraphs were kept (an article is limited to "
                                 f"{MAX_PARAGRAPHS:,} paragraphs and {MAX_TEXT_CHARS:,} characters)")
            break
        kept.append(block)
    article.paragraphs = kept
    article.notes = list(dict.fromkeys(article.notes))
    if article.title is not None:
        article.title = article.title[:300]
    return article
