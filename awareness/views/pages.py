from django.views.generic import DetailView

from awareness.models import Page
from core.publishing import StaffPreviewMixin
from core.querysets import TranslatedSlugMixin


class PageDetailView(StaffPreviewMixin, TranslatedSlugMixin, DetailView):
    """A content page; staff who may edit pages also see unpublished ones."""

    model = Page
    template_name = "awareness/page_detail.html"

    def get_queryset(self):
        return super().get_queryset().select_related("parent")

    def get_context_data(self, **kwargs):
        page = self.object
        children = page.children.published() if page.parent_id is None else Page.objects.none()
        return super().get_context_data(**kwargs) | {"children": children}


page_detail = PageDetailView.as_view()
