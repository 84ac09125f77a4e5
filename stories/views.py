from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from core.listing import FilteredListView, TermFilter
from core.publishing import StaffPreviewMixin
from core.querysets import TranslatedSlugMixin
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


class StoryDetailView(StaffPreviewMixin, TranslatedSlugMixin, DetailView):
    model = Story
    template_name = "stories/story_detail.html"

    def get_queryset(self):
        return super().get_queryset().prefetch_related("forms", "recruitment", "warning_signs")

    def get_context_data(self, **kwargs):
        story = self.object
        form_ids = [form.pk for form in story.forms.all()]
        # EXISTS rather than a join with DISTINCT: the newest published stories
        # are read in the index's order until three share a form, instead of
        # every story of those forms being joined, deduplicated and sorted.
        shares_a_form = Exists(
            Story.forms.through.objects.filter(
                story_id=OuterRef("pk"), exploitationform_id__in=form_ids
            )
        )
        related = (
            Story.objects.published().filter(shares_a_form).exclude(pk=story.pk)[:RELATED_COUNT]
        )
        return super().get_context_data(**kwargs) | {"related": related}


story_detail = StoryDetailView.as_view()
