"""E-mail drafts: one memo's PDF and DOCX attached to an RFC 5322 message, written as ``.eml``.

Nothing is sent.  The subject is the memo's subject, the plain-text body gives the routing lines
and the summary in the memo's language.  The bytes are deterministic: the date comes from the
brief (or ``SOURCE_DATE_EPOCH``), the MIME boundary from the content.
"""

from __future__ import annotations

import hashlib
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from exporter.diagnostics import Problem
from exporter.export import build_documents, output_name, renderer
from exporter.load import load_file
from exporter.style import load_style
from exporter.tree import Paragraph, Routing, inline_text
from exporter.write import atomic_write, target

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


def build_draft(brief_file: Path, locale: str | None, to: list[str], style_spec: str | None = None,
                max_megabytes: float = 10.0) -> tuple[str, bytes, list[Problem]]:
    """The draft's file name, bytes, and warnings; raise :class:`BriefError` on a bad brief."""
    loaded = load_file(brief_file)
    style = load_style(style_spec)
    name, document, warnings = next(build_documents(loaded, [locale or loaded.brief.languages[0]], style))
    warnings = loaded.warnings + warnings
    attachments = [(output_name(loaded.brief.id, name, fmt), fmt, renderer(fmt)(document, style)) for fmt in ("pdf", "docx")]
    message = EmailMessage(policy=SMTP)
    message["Subject"] = document.meta.title
    if to:
        message["To"] = ", ".join(to)
    message["Date"] = format_datetime(document.meta.date)
    message["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft
    message.set_content(_body(document), charset="utf-8")
    for filename, fmt, data in attachments:
        maintype, subtype = MIME[fmt]
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    size = sum(len(data) for _, _, data in attachments)
    if size > max_megabytes * 1_000_000:
        warnings.append(Problem(loaded.file, f"the attachments weigh {size / 1e6:.1f} MB, over {max_megabytes:g} MB", warning=True))
    digest = hashlib.sha256(b"".join(data for _, _, data in attachments)).hexdigest()[:24]
    message.set_boundary(f"=_brief_{digest}")
    return output_name(loaded.brief.id, name, "eml"), message.as_bytes(), warnings


def write_draft(brief_file: Path, locale: str | None, to: list[str], out: Path, style_spec: str | None = None,
                max_megabytes: float = 10.0) -> tuple[Path, list[Problem]]:
    """Write the draft into ``out``; return its path and warnings."""
    name, data, warnings = build_draft(brief_file, locale, to, style_spec, max_megabytes)
    path = target(out, name)
    atomic_write(path, data)
    return path, warnings


def _body(document) -> str:
    lines: list[str] = []
    for block in document.blocks:
        if isinstance(block, Routing):
            lines.extend(f"{label} {inline_text(value)}" for label, value in block.rows)
            lines.append("")
        elif isinstance(block, Paragraph) and block.role == "body":
            lines.append(inline_text(block.content))
            break
    return "\n".join(lines).replace("\u202f", " ").replace("\u00a0", " ") + "\n"
