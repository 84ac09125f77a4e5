from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from awareness.models import Page
from core.listing import private_if, visible_to


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
