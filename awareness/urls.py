from django.urls import path
from django.utils.translation import gettext_lazy as _

from awareness import views
from awareness.views import directory, facts, news, resources, search

app_name = "awareness"

urlpatterns = [
    path("", views.home, name="home"),
    path(_("help/"), directory.HelpView.as_view(), name="help"),
    path(_("help/<slug:slug>/"), directory.organisation_detail, name="organisation"),
    path(_("news/"), news.NewsListView.as_view(), name="news"),
    path(_("news.atom"), news.NewsFeed(), name="news-feed"),
    path(_("news/<slug:slug>/"), news.news_detail, name="news-detail"),
    path(_("resources/"), resources.ResourceListView.as_view(), name="resources"),
    path(_("resources/<slug:slug>/"), resources.resource_detail, name="resource"),
    path(_("facts/"), facts.facts, name="facts"),
    path(_("search/"), search.search, name="search"),
    # The content pages' catch-all stays last: a page cannot take the address
    # of another view (Page.clean checks it).
    path("<slug:slug>/", views.page_detail, name="page"),
]
