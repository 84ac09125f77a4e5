"""Uploaded documents: PDF only, recognised by their content, within a size limit."""

from pathlib import PurePath
from uuid import uuid4

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

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
    try:
        reader = PdfReader(upload)
        if reader.is_encrypted:
            raise ValidationError(
                _("This PDF is password-protected; upload a copy without a password."),
                code="encrypted",
            )
        pages = len(reader.pages)
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise ValidationError(
            _("This PDF is damaged or unreadable. Please save it again and upload it anew."),
            code="unreadable",
        ) from error
    finally:
        upload.seek(0)
    if pages < 1:
        raise ValidationError(_("This PDF has no pages."), code="empty")


def document_path(instance, filename: str) -> str:
    """A readable, safe name that cannot be guessed from the title alone."""
    stem = slugify(PurePath(filename).stem)[:60] or "document"
    return f"resources/{stem}-{uuid4().hex[:8]}.pdf"
