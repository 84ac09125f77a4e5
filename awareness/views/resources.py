from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from awareness.models import Language, Resource, ResourceKind
from core.listing import ChoiceFilter, FilteredListView, TermFilter
from core.publishing import StaffPreviewMixin


class ResourceListView(FilteredListView):
    model = Resource
    template_name = "awareness/resource_list.html"
    context_object_name = "resources"
    filters = {
        "type": ChoiceFilter(_("Type"), _("All types"), "kind", ResourceKind),
        "language": TermFilter(
            _("Language"), _("All languages"), Language, "language", "resources"
        ),
    }

    def get_queryset(self):
        return super().get_queryset().select_related("language")


class ResourceDetailView(StaffPreviewMixin, DetailView):
    model = Resource
    template_name = "awareness/resource_detail.html"

    def get_queryset(self):
        return super().get_queryset().select_related("language")


resource_detail = ResourceDetailView.as_view()
