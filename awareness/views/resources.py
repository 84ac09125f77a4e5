from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from awareness.models import Language, Resource, ResourceKind
from core.listing import ChoiceFilter, FilteredListView, TermFilter, private_if, visible_to


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


@require_safe
def resource_detail(request: HttpRequest, slug: str) -> HttpResponse:
    resources, preview = visible_to(request, Resource)
    resource = get_object_or_404(resources.select_related("language"), slug=slug)
    context = {"object": resource, "resource": resource, "preview": not resource.published}
    return private_if(preview, render(request, "awareness/resource_detail.html", context))
