"""Every private name of python-docx that brief reaches, with its public path beside it.

One: the ``[Content_Types].xml`` of a package (:func:`content_types`), which the DOCX shell
(:mod:`exporter.render.docx.shell`) writes itself, a part at a time, instead of letting python-docx
zip the package.  Inside the range of versions the suite runs on (:data:`FLOOR` to :data:`BELOW`)
it is python-docx's own ``_ContentTypesItem``; outside it, or with ``BRIEF_COMPAT=public``, the
package is saved to memory and the file read back from the zip — what python-docx writes there,
the same bytes, a few milliseconds once per template rather than a fraction of one.
"""

from __future__ import annotations

import io
import zipfile
from importlib.metadata import PackageNotFoundError, version

from exporter._compat import public_only, version_tuple, within

try:
    VERSION = version_tuple(version("python-docx"))
except PackageNotFoundError:  # pragma: no cover - a vendored or renamed copy
    VERSION = ()
FLOOR = (1, 1, 0)  # the lowest version CI runs the suite on (.ci/floors.txt)
BELOW = (1, 3)  # the first version not yet tested
FAST = {"content_types": within(VERSION, FLOOR, BELOW) and not public_only()}


def content_types(word, parts) -> bytes:
    """The ``[Content_Types].xml`` python-docx writes for the document ``word`` made of ``parts``
    (every part already marshalled)."""
    if FAST["content_types"]:
        try:
            from docx.opc.pkgwriter import _ContentTypesItem
        except ImportError:  # pragma: no cover - renamed in a release inside the range
            pass
        else:
            return _ContentTypesItem.from_parts(parts).blob
    saved = io.BytesIO()
    word.save(saved)
    with zipfile.ZipFile(saved) as package:
        return package.read("[Content_Types].xml")


def replace_in_package(data: bytes, name: str, blob: bytes) -> bytes:
    """The DOCX ``data`` with its file ``name`` (``docProps/app.xml``…) holding ``blob`` instead:
    python-docx gives a part no setter for its bytes, so the saved package is written anew."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, blob if info.filename == name else source.read(info))
    return out.getvalue()
