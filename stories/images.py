"""Illustrations: only real images, re-encoded without any metadata.

A photo can carry the GPS position where it was taken, the camera's serial
number or its author: for a survivor's story that can be dangerous. Every
upload is decoded, its pixels copied into a new image, and saved again in a
few widths; nothing of the original file's metadata survives.
"""

from dataclasses import dataclass
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
WIDTHS = (480, 960)  # the stored renditions; the largest is also the "original"


@dataclass(frozen=True)
class Rendition:
    width: int
    height: int
    content: ContentFile


def validate_image(upload) -> None:
    """Raise ValidationError unless ``upload`` is a real JPEG, PNG or WebP."""
    if getattr(upload, "_committed", False):
        return  # already stored: one of our own re-encoded renditions
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The picture is too large: at most %(limit)s."),
            params={"limit": filesizeformat(MAX_UPLOAD_BYTES)},
        )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            kind = image.format
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(_("The picture has too many pixels."))
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError):
        raise ValidationError(_("This file is not a picture we can use.")) from None
    finally:
        upload.seek(0)
    if kind not in ALLOWED_FORMATS:
        raise ValidationError(_("Only JPEG, PNG and WebP pictures are accepted."))


def _clean_copy(image: Image.Image) -> Image.Image:
    """The pixels alone: orientation applied, no EXIF, XMP, ICC or text chunks."""
    image = ImageOps.exif_transpose(image)
    mode = "RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB"
    pixels = image.convert(mode)
    clean = Image.new(mode, pixels.size)
    clean.paste(pixels)
    return clean


def renditions(upload) -> list[Rendition]:
    """WebP renditions of ``upload`` at WIDTHS (never wider than the original)."""
    upload.seek(0)
    with Image.open(upload) as original:
        clean = _clean_copy(original)
    result = []
    for width in WIDTHS:
        copy = clean.copy()
        copy.thumbnail((width, width * 4))
        buffer = BytesIO()
        copy.save(buffer, "WEBP", quality=80, method=4)
        result.append(Rendition(copy.width, copy.height, ContentFile(buffer.getvalue())))
    return result
