"""The risk test: one question per page, state in the signed form, no cookie."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from core.middleware import when_database_down
from core.pagecache import per_version
from quiz import scoring
from quiz.completion_counts import record_completion
from quiz.models import Loaded, Questionnaire
from quiz.state import STATE_MAX_AGE, State, StateError


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    questionnaires = Questionnaire.objects.published()
    return render(request, "quiz/index.html", {"questionnaires": questionnaires})


def _take_again(request: HttpRequest) -> HttpResponse:
    """The database is down: a page that sends the same step again (the signed
    state and the answers chosen, in hidden fields) when the visitor is ready."""
    fields = [
        (name, value)
        for name, values in request.POST.lists()
        if name in ("state", "action", "answer")
        for value in values
    ]
    return render(request, "quiz/unavailable.html", {"fields": fields, "form_not_sent": True})


# No CSRF token: it needs a cookie, and the test must set none. These POSTs are
# safe without it (docs/risk-test-privacy.md): the state is signed and expires,
# and a forged submission can do nothing but add one anonymous count, once.
@when_database_down(_take_again)
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def take(request: HttpRequest, slug: str) -> HttpResponse:
    if request.method != "POST":
        questionnaire = Questionnaire.objects.published().with_slug(slug, get_language()).first()
        if questionnaire is None:
            raise Http404
        return render(request, "quiz/intro.html", {"object": questionnaire})
    loaded = _loaded(request, slug)
    if loaded is None or not loaded.questions:
        raise Http404
    questionnaire = loaded.questionnaire
    action = request.POST.get("action")
    if action == "start":
        return _question(request, loaded, State(questionnaire.pk, loaded.fingerprint))
    try:
        state = State.loads(request.POST.get("state"), questionnaire.pk, loaded.fingerprint)
    except StateError as error:
        return _problem(request, questionnaire, error.reason)
    if not 0 <= state.index < len(loaded.questions) or action not in ("next", "back", "show"):
        return _problem(request, questionnaire, "forged")
    if action == "show":  # the same question again, e.g. in another language
        return _question(request, loaded, state)
    if action == "back":
        state.index = max(0, state.index - 1)
        return _question(request, loaded, state)
    return _answer(request, loaded, state)


def _loaded(request: HttpRequest, slug: str) -> Loaded | None:
    """The questionnaire with its questions, answers and bands (4 queries), loaded
    once per content version in each process: every step of every visitor's test
    reads the same (core.pagecache.per_version; an edit loads it again)."""
    language = get_language()

    def load() -> Loaded | None:
        questionnaire = Questionnaire.objects.published().with_slug(slug, language).first()
        return Loaded(questionnaire) if questionnaire is not None else None

    return per_version(request, f"quiz:{language}:{slug}", load, keep=lambda found: found)


def _answer(request, loaded: Loaded, state: State) -> HttpResponse:
    question = loaded.question_data[state.index]
    try:
        choice_ids = [int(value) for value in request.POST.getlist("answer")]
    except ValueError:
        choice_ids = [-1]
    error = scoring.answer_error(question, choice_ids)
    if error:
        return _question(request, loaded, state, error=error)
    state.answers[question.id] = choice_ids
    if state.index + 1 < len(loaded.questions):
        state.index += 1
        return _question(request, loaded, state)
    unanswered = _first_unanswered(loaded, state)
    if unanswered is not None:  # cannot happen through the pages; be safe anyway
        state.index = unanswered
        return _question(request, loaded, state, error="missing")
    return _result(request, loaded, state)


def _first_unanswered(loaded: Loaded, state: State) -> int | None:
    for index, question in enumerate(loaded.question_data):
        if scoring.answer_error(question, state.answers.get(question.id, [])):
            return index
    return None


def _question(request, loaded: Loaded, state: State, error: str | None = None) -> HttpResponse:
    question = loaded.questions[state.index]
    return render(
        request,
        "quiz/question.html",
        {
            "object": loaded.questionnaire,
            "questionnaire": loaded.questionnaire,
            "question": question,
            "number": state.index + 1,
            "total": len(loaded.questions),
            "selected": set(state.answers.get(question.pk, [])),
            "state": state.dumps(),
            "switch_state": state.dumps(),
            "error": error,
        },
    )


def _result(request, loaded: Loaded, state: State) -> HttpResponse:
    outcome = scoring.score(loaded.question_data, state.answers, loaded.band_data)
    chosen_ids = [c for ids in state.answers.values() for c in ids]
    record_completion(loaded.questionnaire, outcome.band_id, chosen_ids, state.nonce, STATE_MAX_AGE)
    band = next((b for b in loaded.bands if b.pk == outcome.band_id), None)
    chosen = set(chosen_ids)
    reasons = [
        (question, choice)
        for question in loaded.questions
        for choice in question.choices.all()
        if choice.pk in chosen and (choice.points > 0 or choice.red_flag) and choice.explanation
    ]
    return render(
        request,
        "quiz/result.html",
        {
            "object": loaded.questionnaire,
            "questionnaire": loaded.questionnaire,
            "band": band,
            "outcome": outcome,
            "reasons": reasons,
        },
    )


PROBLEMS = {"missing", "expired", "forged", "changed"}


def _problem(request, questionnaire: Questionnaire, reason: str) -> HttpResponse:
    return render(
        request,
        "quiz/problem.html",
        {
            "object": questionnaire,
            "questionnaire": questionnaire,
            "reason": reason if reason in PROBLEMS else "forged",
        },
        status=400,
    )
