import re

from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from django.views.generic import ListView

from stories.models import ExploitationForm, RecruitmentMethod, Story

FILTERS = {"form": ("forms", ExploitationForm), "recruitment": ("recruitment", RecruitmentMethod)}
RELATED_COUNT = 3
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,60}")


class StoryListView(ListView):
    """Published stories, filtered by form of exploitation and recruitment method
    with plain links (no JavaScript), with a count beside each filter."""

    template_name = "stories/story_list.html"
    context_object_name = "stories"
    paginate_by = 10
    http_method_names = ["get", "head", "options"]

    def selected(self) -> dict[str, str]:
        """The chosen filters; a value that cannot be a key (junk, NUL bytes) is ignored."""
        values = {key: self.request.GET.get(key, "") for key in FILTERS}
        return {key: value for key, value in values.items() if SLUG.fullmatch(value)}

    def filtered(self, skip: str | None = None):
        stories = Story.objects.published()
        for key, value in self.selected().items():
            if key != skip:
                stories = stories.filter(**{f"{FILTERS[key][0]}__slug": value})
        return stories

    def get_queryset(self):
        return self.filtered().prefetch_related("forms")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        selected = self.selected()
        context["selected"] = selected
        context["filters"] = [
            {"key": key, "terms": self.terms(key), "selected": selected.get(key)} for key in FILTERS
        ]
        return context

    def terms(self, key: str) -> list:
        """Every term with the number of stories it would show, given the other filter."""
        relation, model = FILTERS[key]
        matching = self.filtered(skip=key).values("pk")
        return list(model.objects.annotate(count=Count("stories", filter=Q(stories__in=matching))))


def _detail_queryset(request: HttpRequest):
    preview = request.user.has_perm("stories.change_story")
    stories = Story.objects.all() if preview else Story.objects.published()
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
    response = render(request, "stories/story_detail.html", context)
    if preview:
        add_never_cache_headers(response)
    return response
