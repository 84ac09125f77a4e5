from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from awareness.models import HomePage, NewsItem
from core.languages import fallback_language
from core.middleware import when_database_down
from core.ratelimits import limited
from stories.models import Story
from website.search.database import search as run_search
from website.search.words import MAX_LENGTH, highlight, parse, snippet

HOME_STORIES = 3
HOME_NEWS = 3


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    context = {
        "home": HomePage.load(),
        "stories": Story.objects.published().filter(featured=True)[:HOME_STORIES],
        "news": NewsItem.objects.newest()[:HOME_NEWS],
    }
    return render(request, "website/home.html", context)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawl everything public; not the admin, search results or the private flows."""
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


def _search_again(request: HttpRequest) -> HttpResponse:
    """The database is down: the search page with the words as they were typed."""
    context = {
        "max_length": MAX_LENGTH,
        "q": request.POST.get("q", "")[:MAX_LENGTH],
        "groups": [],
        "searched": False,
        "form_not_sent": True,
    }
    return render(request, "website/search.html", context)


@when_database_down(_search_again)
@csrf_exempt  # it reads and changes nothing; no token, so no cookie for readers
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def search(request: HttpRequest) -> HttpResponse:
    """The site search. The header's box posts the words, so they stay out of
    addresses, history and logs; ``?q=`` works too, for links. Results are grouped by kind."""
    raw = request.POST.get("q") if request.method == "POST" else request.GET.get("q")
    context = {"max_length": MAX_LENGTH, "q": "", "groups": [], "searched": raw is not None}
    if raw is None:
        return render(request, "website/search.html", context)
    if limited(request, "search", settings.SEARCH_RATE):
        context["error"] = _(
            "You have searched many times in a short time. Please wait a minute and try again."
        )
        return render(request, "website/search.html", context, status=429)
    query = parse(raw, get_language())
    context.update(q=query.text, error=query.error)
    if not query.error:
        context["groups"] = _results(run_search(query.stems, get_language()), query.stems)
    return render(request, "website/search.html", context)


def _results(groups: list[dict], stems: tuple[str, ...]) -> list[dict]:
    language = get_language()
    for group in groups:
        title, *texts = group["kind"].fields
        group["items"] = [
            {
                "url": result.get_absolute_url(),
                "title": highlight(getattr(result, title), stems),
                "text": snippet([getattr(result, field) or "" for field in texts], stems),
                # A text shown in a fallback language says which (its lang).
                "lang": fallback_language(result, title, language),
                "text_lang": next(
                    filter(None, (fallback_language(result, f, language) for f in texts)), ""
                ),
            }
            for result in group["results"]
        ]
    return groups
