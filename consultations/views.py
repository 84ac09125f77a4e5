"""Ask a question without a name; come back with the code to read the answer.

The code never appears in a URL: it is typed into a form and sent by POST.
Rate limits are counted in the cache, keyed by a hash of the client's
address (django-ratelimit); nothing about the client is stored in the database.
"""

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from consultations.codes import code_hash, new_code
from consultations.forms import AskForm, CodeForm, FollowUpForm
from consultations.models import MAX_TEXT, Consultation, ConsultationStatus, Message
from consultations.notify import notify_consultants
from core.ratelimits import limited


def _limited(request: HttpRequest, group: str, increment: bool = True) -> bool:
    return request.method == "POST" and limited(
        request, f"consultation-{group}", settings.CONSULTATION_RATES[group], increment
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def ask(request: HttpRequest) -> HttpResponse:
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
            consultation = _create(form.cleaned_data, code)
            notify_consultants(request, consultation)
            return render(request, "consultations/sent.html", {"code": code})
    return render(request, "consultations/ask.html", {"form": form})


@transaction.atomic
def _create(data: dict, code: str) -> Consultation:
    consultation = Consultation.objects.create(
        code_hash=code_hash(code),
        topic=data["topic"],
        language=data["language"],
        contact=data["contact"],
    )
    Message.objects.create(
        consultation=consultation, author=Message.Author.VISITOR, text=data["question"]
    )
    return consultation


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def answer(request: HttpRequest) -> HttpResponse:
    """Read a consultation by its code, and add a follow-up message."""
    if request.method != "POST":
        return render(request, "consultations/lookup.html", {"form": CodeForm()})
    following_up = "text" in request.POST
    form = (FollowUpForm if following_up else CodeForm)(request.POST)
    if _limited(request, "lookup"):
        # The visitor's code and unsent reply come back, so that nothing typed is lost.
        context = {
            "form": CodeForm(initial={"code": form.data.get("code", "")}),
            "limited": True,
            "unsent": request.POST.get("text", "")[:MAX_TEXT],
        }
        return render(request, "consultations/lookup.html", context, status=429)
    if not form.is_valid() and "code" in form.errors:
        return render(request, "consultations/lookup.html", {"form": form})
    consultation = Consultation.objects.filter(
        code_hash=code_hash(form.data.get("code", ""))
    ).first()
    if consultation is None:
        # A wrong code and an unknown one get the same answer.
        return render(request, "consultations/lookup.html", {"form": CodeForm(), "not_found": True})
    follow_up = form if following_up else None
    if following_up and form.is_valid() and consultation.status != ConsultationStatus.CLOSED:
        _add_follow_up(consultation, form.cleaned_data["text"])
        notify_consultants(request, consultation)
        follow_up, sent = None, True
    else:
        sent = False
    return render(
        request,
        "consultations/thread.html",
        {
            "consultation": consultation,
            "messages_list": consultation.messages.all(),
            "follow_up": follow_up or FollowUpForm(initial={"code": form.data.get("code")}),
            "sent": sent,
        },
    )


@transaction.atomic
def _add_follow_up(consultation: Consultation, text: str) -> None:
    Message.objects.create(consultation=consultation, author=Message.Author.VISITOR, text=text)
    consultation.status = ConsultationStatus.NEW
    consultation.save(update_fields=["status", "closed_at", "updated"])
