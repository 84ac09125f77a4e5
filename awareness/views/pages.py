from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.views.generic import DetailView

from awareness.models import Page
from core.publishing import StaffPreviewMixin
from core.querysets import TranslatedSlugMixin

CHILDREN_PER_PAGE = 20


class PageDetailView(StaffPreviewMixin, TranslatedSlugMixin, DetailView):
    """A content page; staff who may edit pages also see unpublished ones.
    A top-level page lists its published sub-pages, a page of them at a time."""

    model = Page
    template_name = "awareness/page_detail.html"

    def get_queryset(self):
        return super().get_queryset().select_related("parent")

    def get_context_data(self, **kwargs):
        page = self.object
        children = page.children.published() if page.parent_id is None else Page.objects.none()
        paginator = Paginator(children, CHILDREN_PER_PAGE)
        try:
            shown = paginator.page(self.request.GET.get("page") or 1)
        except InvalidPage as error:  # not a number, or past the end
            raise Http404 from error
        return super().get_context_data(**kwargs) | {
            "children": shown,
            "page_obj": shown,
            "paginator": paginator,
            "is_paginated": shown.has_other_pages(),
        }


page_detail = PageDetailView.as_view()
