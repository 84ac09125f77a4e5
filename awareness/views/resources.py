from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from awareness.listing import ChoiceFilter, FilteredListView, TermFilter
from awareness.models import Language, Resource, ResourceKind


class ResourceListView(FilteredListView):
    template_name = "awareness/resource_list.html"
    context_object_name = "resources"
    filters = {
        "type": ChoiceFilter(_("Type"), "kind", ResourceKind),
        "language": TermFilter(_("Language"), Language, "language", "resources"),
    }

    def base_queryset(self):
        return Resource.objects.published()

    def get_queryset(self):
        return super().get_queryset().select_related("language")


@require_safe
def resource_detail(request: HttpRequest, slug: str) -> HttpResponse:
    resources = Resource.objects.published().select_related("language")
    resource = get_object_or_404(resources, slug=slug)
    return render(
        request, "awareness/resource_detail.html", {"object": resource, "resource": resource}
    )
