"""Ask a question without a name; come back with the code to read the answer.

The code never appears in a URL: it is typed into a form and sent by POST.
Rate limits are counted in the cache, keyed by a hash of the client's
address (django-ratelimit); nothing about the client is stored in the database.
"""

from functools import partial

from django.conf import settings
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from consultations.codes import code_hash, new_code
from consultations.forms import AskForm, CodeForm, FollowUpForm
from consultations.models import MAX_TEXT, Consultation, ConsultationStatus, Message
from consultations.notify import notify_consultants
from core.middleware import when_database_down
from core.ratelimits import limited


def _limited(request: HttpRequest, group: str, increment: bool = True) -> bool:
    return request.method == "POST" and limited(
        request, f"consultation-{group}", settings.CONSULTATION_RATES[group], increment
    )


def _ask_again(request: HttpRequest) -> HttpResponse:
    """The database is down: the question form again, as the visitor filled it in."""
    context = {"form": AskForm(request.POST), "form_not_sent": True}
    return render(request, "consultations/ask.html", context)


@when_database_down(_ask_again)
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def ask(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        # Nothing on this page reads a table (what every page shows is kept per
        # content version): ask the database, so that a visitor learns it is down
        # before typing a question, not after (@when_database_down answers 503).
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    form = AskForm(request.POST or None)
    if request.method == "POST":
        # Only questions that are sent count: a form sent back to be corrected does not.
        if _limited(request, "ask", increment=False) or (
            form.is_valid() and _limited(request, "ask")
        ):
            return render(
                request, "consultations/ask.html", {"form": form, "limited": True}, status=429
            )
        if form.is_valid():
            code = new_code()
            _create(request, form.cleaned_data, code)
            return render(request, "consultations/sent.html", {"code": code})
    return render(request, "consultations/ask.html", {"form": form})


@transaction.atomic
def _create(request: HttpRequest, data: dict, code: str) -> Consultation:
    """The consultation and its first message, both or neither; the consultants
    are told once both are committed."""
    consultation = Consultation.objects.create(
        code_hash=code_hash(code),
        topic=data["topic"],
        language=data["language"],
        contact=data["contact"],
    )
    Message.objects.create(
        consultation=consultation, author=Message.Author.VISITOR, text=data["question"]
    )
    transaction.on_commit(partial(notify_consultants, request, consultation))
    return consultation


def _code_again(request: HttpRequest) -> HttpResponse:
    """The database is down: the code as typed, and a reply's text shown back."""
    context = {"form_not_sent": True, "unsent": request.POST.get("text", "")[:MAX_TEXT]}
    return _code_page(request, _retyped(CodeForm(request.POST)), **context)


@when_database_down(_code_again)
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def lookup(request: HttpRequest) -> HttpResponse:
    """Enter the code, see the thread."""
    if request.method != "POST":
        return _code_page(request, CodeForm())
    if "text" in request.POST:
        # A thread page from before replies had their own address: still a reply.
        return reply(request)
    form = CodeForm(request.POST)
    if _limited(request, "lookup"):
        return _code_page(request, _retyped(form), limited=True)
    if not form.is_valid():
        return _code_page(request, form)
    consultation = _find(form)
    if consultation is None:
        # A wrong code and an unknown one get the same answer.
        return _code_page(request, CodeForm(), not_found=True)
    return _thread_page(request, consultation, _reply_form(form))


@when_database_down(_code_again)
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def reply(request: HttpRequest) -> HttpResponse:
    """Post a follow-up to the thread (the code comes in a hidden field, never in
    the address). A refused message is shown again, never lost. Opened as an
    address (a restored tab, a bookmark), it leads to the look-up page."""
    if request.method != "POST":
        return redirect("consultations:answer", permanent=False)
    form = FollowUpForm(request.POST)
    unsent = request.POST.get("text", "")[:MAX_TEXT]
    # A reply tries a code as a look-up does: it counts against the same limit.
    if _limited(request, "lookup"):
        return _code_page(request, _retyped(form), limited=True, unsent=unsent)
    if "code" in form.errors:
        return _code_page(request, CodeForm(request.POST), unsent=unsent)
    consultation = _find(form)
    if consultation is None:
        return _code_page(request, CodeForm(), not_found=True, unsent=unsent)
    if consultation.status == ConsultationStatus.CLOSED:
        return _thread_page(request, consultation, None, unsent=unsent)
    if not form.is_valid():
        return _thread_page(request, consultation, form)
    _add_follow_up(request, consultation, form.cleaned_data["text"])
    return _thread_page(request, consultation, _reply_form(form), sent=True)


def _find(form: CodeForm) -> Consultation | None:
    return Consultation.objects.filter(code_hash=code_hash(form.data.get("code", ""))).first()


def _retyped(form: CodeForm) -> CodeForm:
    """An empty code form holding the code as the visitor typed it."""
    return CodeForm(initial={"code": form.data.get("code", "")})


def _reply_form(form: CodeForm) -> FollowUpForm:
    """An empty reply form carrying the code (in a hidden field) for the next message."""
    return FollowUpForm(initial={"code": form.data.get("code", "")})


def _code_page(request: HttpRequest, form: CodeForm, **context) -> HttpResponse:
    status = 429 if context.get("limited") else 200
    return render(request, "consultations/lookup.html", {"form": form, **context}, status=status)


def _thread_page(
    request: HttpRequest, consultation: Consultation, follow_up: FollowUpForm | None, **context
) -> HttpResponse:
    context |= {
        "consultation": consultation,
        "messages_list": consultation.messages.all(),
        "follow_up": follow_up,
    }
    return render(request, "consultations/thread.html", context)


@transaction.atomic
def _add_follow_up(request: HttpRequest, consultation: Consultation, text: str) -> None:
    """The message and the consultation's new status, both or neither."""
    Message.objects.create(consultation=consultation, author=Message.Author.VISITOR, text=text)
    consultation.status = ConsultationStatus.NEW
    consultation.save(update_fields=["status", "closed_at", "updated"])
    transaction.on_commit(partial(notify_consultants, request, consultation))
