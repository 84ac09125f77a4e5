from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from core.listing import FilteredListView, TermFilter, private_if, visible_to
from stories.models import ExploitationForm, RecruitmentMethod, Story

RELATED_COUNT = 3


class StoryListView(FilteredListView):
    """Published stories, filtered by form of exploitation and recruitment method
    with plain links (no JavaScript), with a count beside each filter."""

    model = Story
    template_name = "stories/story_list.html"
    context_object_name = "stories"
    paginate_by = 10
    filters = {
        "form": TermFilter(
            _("Form of exploitation"), _("All"), ExploitationForm, "forms", "stories"
        ),
        "recruitment": TermFilter(
            _("How the person was recruited"), _("All"), RecruitmentMethod, "recruitment", "stories"
        ),
    }

    def get_queryset(self):
        return super().get_queryset().prefetch_related("forms")


def _detail_queryset(request: HttpRequest):
    stories, preview = visible_to(request, Story)
    return stories.prefetch_related("forms", "recruitment", "warning_signs"), preview


@require_safe
def story_detail(request: HttpRequest, slug: str) -> HttpResponse:
    stories, preview = _detail_queryset(request)
    story = stories.with_slug(slug, get_language()).first()
    if story is None:
        raise Http404
    form_ids = [form.pk for form in story.forms.all()]
    related = (
        Story.objects.published()
        .filter(forms__in=form_ids)
        .exclude(pk=story.pk)
        .distinct()[:RELATED_COUNT]
    )
    context = {"object": story, "story": story, "related": related, "preview": not story.is_public}
    return private_if(preview, render(request, "stories/story_detail.html", context))
