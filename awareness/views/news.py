import re

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from awareness.models import NewsItem, NewsKind
from core.listing import ChoiceFilter, FilteredListView
from core.publishing import StaffPreviewMixin
from core.querysets import TranslatedSlugMixin

UPCOMING = 3
FEED_ITEMS = 20
# Characters XML 1.0 forbids (text pasted from word processors can carry them).
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return NOT_XML.sub(" ", text or "")


class NewsListView(FilteredListView):
    model = NewsItem
    template_name = "awareness/news_list.html"
    context_object_name = "items"
    paginate_by = 10
    filters = {"kind": ChoiceFilter(_("Kind"), _("News and events"), "kind", NewsKind)}

    def base_queryset(self):
        return NewsItem.objects.newest()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["upcoming"] = (
            NewsItem.objects.published()
            .filter(kind=NewsKind.EVENT, event_start__gte=timezone.now())
            .order_by("event_start")[:UPCOMING]
        )
        return context


class NewsDetailView(StaffPreviewMixin, TranslatedSlugMixin, DetailView):
    model = NewsItem
    template_name = "awareness/news_detail.html"
    context_object_name = "item"


news_detail = NewsDetailView.as_view()


class NewsFeed(Feed):
    """An Atom feed of the latest news and events, in the language of its address."""

    feed_type = Atom1Feed
    title = _("News – Stop human trafficking")
    author_name = _("Stop human trafficking")
    subtitle = _("News and events about preventing human trafficking in Lithuania.")

    def link(self):
        return reverse("awareness:news")

    def feed_url(self):
        return reverse("awareness:news-feed")

    def items(self):
        return NewsItem.objects.newest()[:FEED_ITEMS]

    def item_title(self, item: NewsItem) -> str:
        return xml_safe(item.title)

    def item_description(self, item: NewsItem) -> str:
        # Atom's summary is HTML: the plain summary is escaped, not interpreted.
        return escape(xml_safe(item.summary))

    def item_pubdate(self, item: NewsItem):
        return item.publish_at

    def item_updateddate(self, item: NewsItem):
        return max(item.updated, item.publish_at)

    def item_categories(self, item: NewsItem):
        return [str(item.get_kind_display())]
