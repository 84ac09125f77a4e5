from django.urls import path
from django.utils.translation import gettext_lazy as _

from awareness.views import directory, facts, news, pages, resources

app_name = "awareness"

urlpatterns = [
    path(_("help/"), directory.HelpView.as_view(), name="help"),
    path(_("help/<slug:slug>/"), directory.organisation_detail, name="organisation"),
    path(_("news/"), news.NewsListView.as_view(), name="news"),
    path(_("news.atom"), news.NewsFeed(), name="news-feed"),
    path(_("news/<slug:slug>/"), news.news_detail, name="news-detail"),
    path(_("resources/"), resources.ResourceListView.as_view(), name="resources"),
    path(_("resources/<slug:slug>/"), resources.resource_detail, name="resource"),
    path(_("facts/"), facts.facts, name="facts"),
    # The content pages' catch-all stays last: a page cannot take the address
    # of another view (Page.clean checks it).
    path("<slug:slug>/", pages.page_detail, name="page"),
]
