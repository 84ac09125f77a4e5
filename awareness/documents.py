"""Uploaded documents: PDF only, recognised by their content, within a size limit,
and without anything a PDF viewer could run: JavaScript, embedded files, launch
actions, actions that send data or open other files, automatic actions."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import TYPE_CHECKING
from uuid import uuid4

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from pypdf import PdfReader

# pypdf (about 9 MB in every worker) is imported only when a PDF is checked: by
# an editor's upload, never by a reader's request (see docs/performance.md).

# The PDF header must start within the first 1,024 bytes (ISO 32000-1, 7.5.2).
HEADER_WINDOW = 1024


def validate_pdf(upload) -> None:
    """Refuse anything that is not a readable PDF of at most RESOURCE_MAX_UPLOAD_BYTES.

    The name and the browser's content type are not trusted: the bytes must be
    a PDF that pypdf can open and that has at least one page.
    """
    if getattr(upload, "_committed", False):
        return  # a file stored earlier was checked when it was uploaded
    limit = settings.RESOURCE_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    upload.seek(0)
    head = upload.read(HEADER_WINDOW)
    upload.seek(0)
    if b"%PDF-" not in head:
        raise ValidationError(_("Only PDF documents can be uploaded."), code="not_pdf")
    from pypdf import PdfReader  # noqa: PLC0415 (see above)
    from pypdf.errors import PdfReadError, PyPdfError  # noqa: PLC0415

    try:
        reader = PdfReader(upload)
        if reader.is_encrypted:
            raise ValidationError(
                _("This PDF is password-protected; upload a copy without a password."),
                code="encrypted",
            )
        pages = len(reader.pages)
    except (
        PdfReadError,
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        OSError,
        AttributeError,  # e.g. a trailer that is a number, not a dictionary
        IndexError,
        RecursionError,
    ) as error:
        raise ValidationError(
            _("This PDF is damaged or unreadable. Please save it again and upload it anew."),
            code="unreadable",
        ) from error
    finally:
        upload.seek(0)
    if pages < 1:
        raise ValidationError(_("This PDF has no pages."), code="empty")
    _refuse_active_content(upload, reader)


# What a reader's PDF viewer could be made to do, by kind: each kind found is
# named in the message, in this order.
JAVASCRIPT = "javascript"
EMBEDDED = "embedded"
LAUNCH = "launch"
EXTERNAL = "external"
MEDIA = "media"
AUTOMATIC = "automatic"
XFA = "xfa"
ACTIVE_KINDS = {
    JAVASCRIPT: _("JavaScript"),
    EMBEDDED: _("embedded files"),
    LAUNCH: _("a launch action (it can start programs or open files)"),
    EXTERNAL: _("actions that send data or open other files"),
    MEDIA: _("embedded media (RichMedia)"),
    AUTOMATIC: _("actions that run by themselves when the document or a page is opened"),
    XFA: _("an XFA form (it can run scripts)"),
}
# Keys of a dictionary, values of /S (an action's type), /Type and /Subtype.
_KEYS = {
    "/JS": JAVASCRIPT,
    "/JavaScript": JAVASCRIPT,
    "/EmbeddedFiles": EMBEDDED,
    "/EF": EMBEDDED,
    "/RichMediaContent": MEDIA,
    "/RichMediaSettings": MEDIA,
    "/XFA": XFA,
}
_VALUES = {
    "/JavaScript": JAVASCRIPT,
    "/Launch": LAUNCH,
    "/SubmitForm": EXTERNAL,
    "/ImportData": EXTERNAL,
    "/GoToR": EXTERNAL,
    "/GoToE": EXTERNAL,
    "/EmbeddedFile": EMBEDDED,
    "/FileAttachment": EMBEDDED,
    "/RichMedia": MEDIA,
}
# The same names for the raw scan of the bytes (a second net: objects pypdf
# does not reach, e.g. in a damaged or incrementally updated file).
_RAW_NAMES = {name[1:]: kind for name, kind in (_KEYS | _VALUES).items() if name != "/EF"}
_RAW_NAMES["AA"] = AUTOMATIC
# A PDF name: a slash and regular characters, which may be written #xx.
_NAME = re.compile(rb"/([^\s()<>\[\]{}/%\x00]+)")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


def _refuse_active_content(upload, reader: PdfReader) -> None:
    try:
        found = _active_objects(reader)
    except Exception as error:  # a damaged file may fail anywhere in pypdf: never a 500
        raise ValidationError(
            _("This PDF is damaged or unreadable. Please save it again and upload it anew."),
            code="unreadable",
        ) from error
    upload.seek(0)
    try:
        found |= _active_names(upload.read())
    finally:
        upload.seek(0)
    if found:
        named = ", ".join(str(label) for kind, label in ACTIVE_KINDS.items() if kind in found)
        raise ValidationError(
            _(
                "This PDF contains %(found)s, which could harm the devices of the people who "
                "open it. Save it again as a plain PDF (for example with “Print to PDF”) "
                "and upload that copy."
            ),
            code="active_content",
            params={"found": named},
        )


def _active_objects(reader: PdfReader) -> set[str]:
    """Every kind of active content in the objects pypdf can read.

    From the trailer (the catalog: /Names /JavaScript and /EmbeddedFiles,
    /OpenAction, /AA, /AcroForm; the pages with their /AA and annotations'
    actions) and from every object in the cross-reference tables and object
    streams, reached or not, each followed into all its dictionaries and arrays.
    """
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject  # noqa: PLC0415

    found: set[str] = set()
    seen: set[tuple[int, int]] = set()
    stack: list = [reader.trailer]
    for generation, numbers in reader.xref.items():
        stack.extend(IndirectObject(number, generation, reader) for number in numbers)
    stack.extend(IndirectObject(number, 0, reader) for number in reader.xref_objStm)
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            item = item.get_object()
        if isinstance(item, DictionaryObject):  # stream dictionaries included
            for key, value in item.items():
                if key in _KEYS:
                    found.add(_KEYS[key])
                elif (key == "/AA" and value) or (key == "/OpenAction" and _acts_by_itself(value)):
                    found.add(AUTOMATIC)
                elif key in ("/S", "/Type", "/Subtype") and str(value) in _VALUES:
                    found.add(_VALUES[str(value)])
                stack.append(value)
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return found


def _acts_by_itself(open_action) -> bool:
    """An /OpenAction that does more than show a page: a web address opened (the
    reader's address sent to a tracker), a chain of actions, anything but /GoTo.
    A destination (an array: which page, where) is harmless."""
    from pypdf.generic import DictionaryObject, IndirectObject  # noqa: PLC0415

    action = open_action.get_object() if isinstance(open_action, IndirectObject) else open_action
    if not isinstance(action, DictionaryObject):
        return False
    return str(action.get("/S")) != "/GoTo" or "/Next" in action


def _active_names(data: bytes) -> set[str]:
    """The kinds named anywhere in the raw bytes, with #xx escapes decoded (/J#61vaScript)."""
    found = set()
    for match in _NAME.finditer(data):
        name = _ESCAPE.sub(lambda escape: bytes([int(escape.group(1), 16)]), match.group(1))
        kind = _RAW_NAMES.get(name.decode("latin-1"))
        if kind:
            found.add(kind)
    return found


def document_path(instance, filename: str) -> str:
    """A readable, safe name that cannot be guessed from the title alone."""
    stem = slugify(PurePath(filename).stem)[:60] or "document"
    return f"resources/{stem}-{uuid4().hex[:8]}.pdf"
