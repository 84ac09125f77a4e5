from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from awareness.models import City, Organisation, Service
from core.listing import FilteredListView, TermFilter
from core.publishing import StaffPreviewMixin

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


class OrganisationDetailView(StaffPreviewMixin, DetailView):
    model = Organisation
    template_name = "awareness/organisation_detail.html"

    def get_queryset(self):
        return super().get_queryset().select_related("city").prefetch_related(*DETAIL_RELATED)


organisation_detail = OrganisationDetailView.as_view()
