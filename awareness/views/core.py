from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from django.views.static import serve

from awareness.listing import private_if, visible_to
from awareness.models import HomePage, NewsItem, Page
from stories.models import Story

HOME_STORIES = 3
HOME_NEWS = 3


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    context = {
        "home": HomePage.load(),
        "stories": Story.objects.published().filter(featured=True)[:HOME_STORIES],
        "news": NewsItem.objects.newest()[:HOME_NEWS],
    }
    return render(request, "awareness/home.html", context)


@require_safe
def page_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A content page; staff who may edit pages also see unpublished ones."""
    pages, preview = visible_to(request, Page)
    page = pages.with_slug(slug, get_language()).select_related("parent").first()
    if page is None:
        raise Http404
    children = page.children.published() if page.parent_id is None else Page.objects.none()
    context = {"object": page, "page": page, "children": children, "preview": not page.published}
    return private_if(preview, render(request, "awareness/page_detail.html", context))


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawl everything public; not the admin, search results or the private flows."""
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


@require_safe
def media(request: HttpRequest, path: str) -> HttpResponse:
    """Uploaded files, when no proxy serves them (MEDIA_ROOT read per request)."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """200 when the database answers, 503 when it does not (for monitors)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def _error(request, template: str, status: int) -> HttpResponse:
    return render(request, template, {"alternates_to_home": True}, status=status)


def bad_request(request, exception=None):
    return _error(request, "400.html", 400)


def permission_denied(request, exception=None):
    return _error(request, "403.html", 403)


def csrf_failure(request, reason=""):
    """A form sent without a valid token (an old page, cookies blocked)."""
    return render(request, "403_csrf.html", {"alternates_to_home": True}, status=403)


def page_not_found(request, exception=None):
    return _error(request, "404.html", 404)


def server_error(request):
    """Rendered without context processors: the database may be the problem."""
    template = loader.get_template("500.html")
    body = template.render(
        {
            "hotlines": settings.FALLBACK_HOTLINES,
            "quick_exit_url": settings.QUICK_EXIT_URL,
            "LANGUAGE_CODE": get_language() or settings.LANGUAGE_CODE,
        }
    )
    return HttpResponse(body, status=500)
