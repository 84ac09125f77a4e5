from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from awareness.models import City, Organisation, Service
from core.listing import FilteredListView, TermFilter, private_if, visible_to

DETAIL_RELATED = ("services", "languages")


class HelpView(FilteredListView):
    """Whom to call: the hotlines, then the organisations by city and service."""

    model = Organisation
    template_name = "awareness/help.html"
    context_object_name = "organisations"
    filters = {
        "city": TermFilter(_("City or place"), _("All places"), City, "city", "organisations"),
        "service": TermFilter(
            _("Service"), _("All services"), Service, "services", "organisations"
        ),
    }

    def get_context_data(self, **kwargs):
        # Filter and page links jump past the hotlines to the list.
        return super().get_context_data(**kwargs) | {"list_anchor": "directory"}

    def get_queryset(self):
        return super().get_queryset().select_related("city").prefetch_related(*DETAIL_RELATED)


@require_safe
def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisations, preview = visible_to(request, Organisation)
    organisation = get_object_or_404(
        organisations.select_related("city").prefetch_related(*DETAIL_RELATED), slug=slug
    )
    context = {
        "object": organisation,
        "organisation": organisation,
        "preview": not organisation.published,
    }
    return private_if(preview, render(request, "awareness/organisation_detail.html", context))
