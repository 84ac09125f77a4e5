"""Uploads: real images only, and nothing of their metadata is ever stored."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import ExifTags, Image, PngImagePlugin

from stories.images import MAX_UPLOAD_BYTES, validate_image

SECRETS = [b"Vilnius Street 5", b"Jonas Jonaitis", b"SN-123456789"]


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (1200, 800), (200, 50, 50))
    exif = image.getexif()
    exif[ExifTags.Base.Artist] = "Jonas Jonaitis"
    exif[ExifTags.Base.ImageDescription] = "Vilnius Street 5"
    exif[ExifTags.Base.BodySerialNumber] = "SN-123456789"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (54.0, 41.0, 12.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (25.0, 16.0, 48.0)
    buffer = BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def png_with_text() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jonas Jonaitis")
    info.add_text("Location", "Vilnius Street 5")
    buffer = BytesIO()
    Image.new("RGBA", (600, 400), (0, 0, 255, 128)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def test_the_fixture_really_carries_gps():
    exif = Image.open(BytesIO(jpeg_with_gps())).getexif()
    assert exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == (54.0, 41.0, 12.0)


@pytest.mark.parametrize("content", [jpeg_with_gps(), png_with_text()], ids=["jpeg", "png"])
def test_no_metadata_survives_in_any_stored_file(make_story, media, content):
    story = make_story(
        illustration=SimpleUploadedFile("jonas-vilnius.jpg", content),
        illustration_alt_lt="Lagaminas",
        illustration_alt_en="A suitcase",
    )
    stored = [path for path in media.rglob("*") if path.is_file()]
    assert len(stored) == 2
    for path in stored:
        data = path.read_bytes()
        assert not any(secret in data for secret in SECRETS), path.name
        with Image.open(path) as image:
            assert image.format == "WEBP"
            assert dict(image.getexif()) == {}
            assert "exif" not in image.info and "xmp" not in image.info
        assert "jonas" not in path.name and "vilnius" not in path.name
    original_width = Image.open(BytesIO(content)).width
    assert story.illustration_small_width == 480
    assert story.illustration_width == min(960, original_width)  # never enlarged
    assert story.illustration_height and story.illustration_small_height
    for field in ("illustration", "illustration_small"):  # the stored sizes are the files'
        with Image.open(getattr(story, field).path) as image:
            assert image.size == (
                getattr(story, f"{field}_width"),
                getattr(story, f"{field}_height"),
            )
    story.refresh_from_db()
    assert story.illustration_small_width == 480


def test_story_page_shows_the_renditions_with_their_sizes(client, make_story, media):
    make_story(
        illustration=SimpleUploadedFile("a.jpg", jpeg_with_gps()),
        illustration_alt_lt="Lagaminas",
        illustration_alt_en="A suitcase",
    )
    html = client.get("/en/stories/story-1/").text
    assert 'width="480" height="320" alt="A suitcase"' in html
    assert " 960w" in html


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.jpg", b"%PDF-1.4 not an image"),
        ("anim.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
    ],
)
def test_only_real_jpeg_png_webp_are_accepted(name, content):
    with pytest.raises(ValidationError):
        validate_image(SimpleUploadedFile(name, content))


def test_gif_is_refused_with_a_clear_message():
    buffer = BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "GIF")
    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="Only JPEG, PNG and WebP"),
    ):
        validate_image(SimpleUploadedFile("a.gif", buffer.getvalue()))


def test_too_large_upload_is_refused():
    big = SimpleUploadedFile("big.jpg", b"\xff" * (MAX_UPLOAD_BYTES + 1))
    with translation.override("en"), pytest.raises(ValidationError, match="too large"):
        validate_image(big)


def test_alt_text_is_required_with_a_picture(make_story, media):
    story = make_story(illustration=SimpleUploadedFile("a.jpg", jpeg_with_gps()))
    story.illustration_alt_lt = ""
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "illustration_alt" in error.value.message_dict


def test_removing_the_illustration_removes_it_from_the_page_and_disk(client, make_story, media):
    story = make_story(
        illustration=SimpleUploadedFile("a.jpg", jpeg_with_gps()),
        illustration_alt_lt="Lagaminas",
        illustration_alt_en="A suitcase",
    )
    story.illustration = None
    story.save()
    assert not story.illustration_small
    assert "<img" not in client.get("/en/stories/story-1/").text
    assert [p for p in media.rglob("*") if p.is_file()] == []
